/* alloc.h: the one allocator hook every heap allocation goes through. */
#ifndef VG_ALLOC_H
#define VG_ALLOC_H
#include <stddef.h>

void *vg_malloc(size_t n);
void *vg_calloc(size_t count, size_t size); /* NULL on overflow too */
void *vg_realloc(void *p, size_t n);
void vg_free(void *p);
char *vg_strdup(const char *s);

/* a * b without overflow: returns 0 and sets *out, or -1 on overflow. */
int vg_mul_size(size_t a, size_t b, size_t *out);

#endif
