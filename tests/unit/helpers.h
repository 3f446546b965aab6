/* helpers.h: what several unit tests share (include after <cmocka.h>): a
 * monotonic clock for the time bounds of pathological cases, and reading a
 * fixture from tests/unit/data/. */
#ifndef VG_TEST_HELPERS_H
#define VG_TEST_HELPERS_H
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static inline double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* The fixture tests/unit/data/<rel> (at most 1 MiB), NUL-terminated, in a
 * malloc'd buffer the caller frees; *n gets its length. */
static inline char *read_fixture(const char *rel, size_t *n)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/tests/unit/data/%s", VIGIL_SOURCE_DIR, rel);
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    char *buf = malloc(1 << 20);
    assert_non_null(buf);
    *n = fread(buf, 1, (1 << 20) - 1, f);
    buf[*n] = '\0';
    fclose(f);
    return buf;
}

#endif
