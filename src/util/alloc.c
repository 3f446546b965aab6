/* alloc.c: util stage. Routes malloc/realloc/free through the hook set with
 * vigil_set_allocator (the C library's by default), so tests can fail the Nth
 * allocation and count bytes. */
#include "util/alloc.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>
#include <jansson.h>

#include "vigil/vigil.h"

static void *libc_malloc(size_t n, void *ud) { (void)ud; return malloc(n); }
static void *libc_realloc(void *p, size_t n, void *ud) { (void)ud; return realloc(p, n); }
static void libc_free(void *p, void *ud) { (void)ud; free(p); }

static vigil_allocator hook = {libc_malloc, libc_realloc, libc_free, NULL};

/* Routes jansson's and cJSON's allocations through the hook too, so a failing allocator
 * reaches them. libxml2 keeps the C library's allocator: 2.9.14 crashes in
 * htmlParseDocument when an allocation fails (found by test_alloc_fail), so
 * failing its allocations tests libxml2, not us. */
void vigil_set_allocator(const vigil_allocator *a)
{
    if (a) {
        hook = *a;
        json_set_alloc_funcs(vg_malloc, vg_free);
        cJSON_Hooks ch = {vg_malloc, vg_free};
        cJSON_InitHooks(&ch);
    } else {
        json_set_alloc_funcs(malloc, free);
        cJSON_InitHooks(NULL);
        hook.malloc = libc_malloc;
        hook.realloc = libc_realloc;
        hook.free = libc_free;
        hook.ud = NULL;
    }
}

void *vg_malloc(size_t n) { return hook.malloc(n ? n : 1, hook.ud); }

void *vg_calloc(size_t count, size_t size)
{
    size_t n;
    if (vg_mul_size(count, size, &n) != 0)
        return NULL;
    void *p = vg_malloc(n);
    if (p)
        memset(p, 0, n);
    return p;
}

void *vg_realloc(void *p, size_t n) { return hook.realloc(p, n ? n : 1, hook.ud); }

void vg_free(void *p)
{
    if (p)
        hook.free(p, hook.ud);
}

char *vg_strdup(const char *s)
{
    size_t n = strlen(s) + 1;
    char *d = vg_malloc(n);
    if (d)
        memcpy(d, s, n);
    return d;
}

int vg_mul_size(size_t a, size_t b, size_t *out)
{
    if (a != 0 && b > SIZE_MAX / a)
        return -1;
    *out = a * b;
    return 0;
}
