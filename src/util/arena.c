/* arena.c: util stage. Chunked bump allocation (as in cmark's and Lua's
 * allocators): chunks double in size up to 1 MiB, and a request larger than
 * a chunk gets a chunk of its own. Invariant: total <= cap. */
#include "util/arena.h"

#include <stdint.h>
#include <string.h>

#include "util/alloc.h"

#define ALIGN 16
#define FIRST_CHUNK 8192
#define MAX_CHUNK ((size_t)1 << 20)

struct vg_chunk {
    vg_chunk *next;
    size_t size; /* usable bytes after the header */
    size_t used;
    /* data follows, aligned */
};

#define HDR ((sizeof(vg_chunk) + ALIGN - 1) & ~(size_t)(ALIGN - 1))

void vg_arena_init(vg_arena *a, size_t cap)
{
    a->head = NULL;
    a->total = 0;
    a->cap = cap;
    a->capped = 0;
}

void vg_arena_fini(vg_arena *a)
{
    vg_chunk *c = a->head;
    while (c) {
        vg_chunk *next = c->next;
        vg_free(c);
        c = next;
    }
    a->head = NULL;
    a->total = 0;
}

void vg_arena_reset(vg_arena *a)
{
    /* keep the largest chunk, free the others */
    vg_chunk *keep = NULL;
    for (vg_chunk *c = a->head; c; c = c->next)
        if (!keep || c->size > keep->size)
            keep = c;
    vg_chunk *c = a->head;
    while (c) {
        vg_chunk *next = c->next;
        if (c != keep)
            vg_free(c);
        c = next;
    }
    a->head = keep;
    a->total = 0;
    a->capped = 0;
    if (keep) {
        keep->next = NULL;
        keep->used = 0;
        a->total = keep->size;
    }
}

void *vg_arena_alloc(vg_arena *a, size_t n)
{
    if (n > SIZE_MAX - ALIGN)
        return NULL;
    n = (n + ALIGN - 1) & ~(size_t)(ALIGN - 1);
    if (n == 0)
        n = ALIGN;
    vg_chunk *c = a->head;
    if (c && c->size - c->used >= n) {
        void *p = (char *)c + HDR + c->used;
        c->used += n;
        return p;
    }
    size_t size = c ? c->size * 2 : FIRST_CHUNK;
    if (size > MAX_CHUNK)
        size = MAX_CHUNK;
    if (size < n)
        size = n;
    if (size > a->cap || a->total > a->cap - size) {
        a->capped = 1;
        return NULL;
    }
    vg_chunk *nc = vg_malloc(HDR + size);
    if (!nc)
        return NULL;
    nc->size = size;
    nc->used = n;
    a->total += size;
    /* a dedicated big chunk goes behind the head so the head keeps serving */
    if (c && size == n && c->size - c->used > 256) {
        nc->next = c->next;
        c->next = nc;
    } else {
        nc->next = c;
        a->head = nc;
    }
    return (char *)nc + HDR;
}

void *vg_arena_calloc(vg_arena *a, size_t count, size_t size)
{
    size_t n;
    if (vg_mul_size(count, size, &n) != 0)
        return NULL;
    void *p = vg_arena_alloc(a, n);
    if (p)
        memset(p, 0, n);
    return p;
}

char *vg_arena_strndup(vg_arena *a, const char *s, size_t n)
{
    if (n == SIZE_MAX)
        return NULL;
    char *d = vg_arena_alloc(a, n + 1);
    if (!d)
        return NULL;
    if (n)
        memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

void *vg_arena_grow(vg_arena *a, void *old, size_t len, size_t new_cap, size_t elem)
{
    size_t bytes;
    if (vg_mul_size(new_cap, elem, &bytes) != 0)
        return NULL;
    void *p = vg_arena_alloc(a, bytes);
    if (p && old && len)
        memcpy(p, old, len * elem);
    return p;
}
