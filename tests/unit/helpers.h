/* helpers.h: what several unit tests share (include after <cmocka.h>): a
 * monotonic clock for the time bounds of pathological cases, reading a
 * fixture from tests/unit/data/, loading the project's knowledge, and
 * analysing a text written in a test. */
#ifndef VG_TEST_HELPERS_H
#define VG_TEST_HELPERS_H
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ingest/ingest.h"

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

/* Loads the project's data/ into *ctx (for a group setup): 0, or -1 with
 * the reason on stderr. */
static inline int load_ctx(vigil_ctx **ctx)
{
    vigil_error err;
    if (vigil_ctx_new(ctx, VIGIL_SOURCE_DIR "/data", &err) != VIGIL_OK) {
        fprintf(stderr, "cannot load data: %s\n", err.message);
        return -1;
    }
    return 0;
}

/* text analysed as the plain-text document id, published on date
 * (YYYY-MM-DD) when date is not NULL; the caller frees it. */
static inline vigil_doc *analyze_text(vigil_ctx *ctx, const char *id, const char *text,
                                      const char *date)
{
    vigil_doc *doc;
    assert_int_equal(vigil_doc_new(&doc), VIGIL_OK);
    assert_int_equal(vg_ingest_text(&doc->d, text, strlen(text), id, NULL), VIGIL_OK);
    doc->d.id = id;
    if (date)
        assert_int_equal(vg_date_parse(date, strlen(date), &doc->d.published), 0);
    assert_int_equal(vigil_analyze(ctx, doc, NULL), VIGIL_OK);
    assert_non_null(doc->d.ex);
    return doc;
}

#endif
