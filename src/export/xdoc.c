/* xdoc.c: export stage, what the run exporters share about a vg_xdoc
 * (xdoc.h). */
#include "export/xdoc.h"

#include <stdio.h>

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
