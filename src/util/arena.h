/* arena.h: bump allocator, one per document. Freeing or resetting the arena
 * frees everything allocated from it. A byte cap bounds growth: past it,
 * allocations return NULL and `capped` is set (the caller records
 * VIGIL_ELIMIT). */
#ifndef VG_ARENA_H
#define VG_ARENA_H
#include <stddef.h>

typedef struct vg_chunk vg_chunk;

typedef struct vg_arena {
    vg_chunk *head;   /* newest chunk first */
    size_t total;     /* bytes held in chunks */
    size_t cap;       /* maximum total */
    int capped;       /* an allocation failed for the cap */
} vg_arena;

void vg_arena_init(vg_arena *a, size_t cap);
void vg_arena_fini(vg_arena *a);
/* Frees all but the first (largest reused) chunk; contents are gone. */
void vg_arena_reset(vg_arena *a);
/* n bytes aligned to 16, uninitialised; NULL on cap or out of memory. */
void *vg_arena_alloc(vg_arena *a, size_t n);
/* Zeroed count*size bytes, overflow-checked. */
void *vg_arena_calloc(vg_arena *a, size_t count, size_t size);
/* Copy of s[0..n) plus a NUL. */
char *vg_arena_strndup(vg_arena *a, const char *s, size_t n);
/* Grows an arena array: returns a new block of new_cap elements holding the
 * first `len` elements of old (which is abandoned to the arena). */
void *vg_arena_grow(vg_arena *a, void *old, size_t len, size_t new_cap, size_t elem);

#endif
