/* xdoc.c: export stage, what the run exporters share about a vg_xdoc
 * (xdoc.h), and the set of 16-byte ids they keep to write a shared object
 * once per run. */
#include "export/xdoc.h"

#include <stdio.h>
#include <string.h>

#include "util/alloc.h"

const vg_xent *vg_xdoc_ent(const vg_xdoc *d, int32_t e)
{
    return e >= 0 && (uint32_t)e < d->nents ? &d->ents[e] : NULL;
}

const char *vg_xdoc_join_names(const vg_xdoc *d, vg_xidx v, char *buf, size_t size)
{
    size_t k = 0;
    buf[0] = '\0';
    for (uint32_t i = 0; i < v.n && k < size; i++) {
        const vg_xent *x = vg_xdoc_ent(d, v.v[i]);
        if (x) {
            int n = snprintf(buf + k, size - k, "%s%s", k ? "; " : "", x->name);
            k = n < 0 ? size : k + (size_t)n;
        }
    }
    return buf;
}

/* ---- id sets: open addressing, linear probing, at most half full ---- */

static int is_empty(const uint8_t u[16])
{
    static const uint8_t zero[16];
    return !memcmp(u, zero, 16);
}

/* The slot u goes to in a table of cap slots (a power of two): ids are
 * hashes already, so their first bytes serve. */
static size_t home(const uint8_t u[16], size_t cap)
{
    uint64_t h;
    memcpy(&h, u, sizeof h);
    return (size_t)h & (cap - 1);
}

/* Puts u in slot (known not to hold it). */
static void place(uint8_t (*slot)[16], size_t cap, const uint8_t u[16])
{
    size_t k = home(u, cap);
    while (!is_empty(slot[k]))
        k = (k + 1) & (cap - 1);
    memcpy(slot[k], u, 16);
}

int vg_xidset_add(vg_xidset *s, const uint8_t u[16])
{
    if (s->cap) {
        for (size_t k = home(u, s->cap); !is_empty(s->slot[k]); k = (k + 1) & (s->cap - 1))
            if (!memcmp(s->slot[k], u, 16))
                return 0;
    }
    if (2 * (s->n + 1) > s->cap) {
        size_t cap = s->cap ? 2 * s->cap : 256;
        if (cap > SIZE_MAX / 16)
            return -1;
        uint8_t(*slot)[16] = vg_malloc(cap * 16);
        if (!slot)
            return -1;
        memset(slot, 0, cap * 16);
        for (size_t i = 0; i < s->cap; i++)
            if (!is_empty(s->slot[i]))
                place(slot, cap, s->slot[i]);
        vg_free(s->slot);
        s->slot = slot;
        s->cap = cap;
    }
    place(s->slot, s->cap, u);
    s->n++;
    return 1;
}
