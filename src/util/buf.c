/* buf.c: util stage. Doubling growth with overflow checks. */
#include "util/buf.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "util/alloc.h"
#include "vigil/vigil.h"

void vg_buf_init(vg_buf *b)
{
    b->data = NULL;
    b->len = 0;
    b->cap = 0;
}

void vg_buf_fini(vg_buf *b)
{
    vg_free(b->data);
    vg_buf_init(b);
}

void vg_buf_reset(vg_buf *b)
{
    b->len = 0;
    if (b->data)
        b->data[0] = '\0';
}

int vg_buf_reserve(vg_buf *b, size_t extra)
{
    if (extra > SIZE_MAX - b->len - 1)
        return VIGIL_ENOMEM;
    size_t need = b->len + extra + 1;
    if (need <= b->cap)
        return VIGIL_OK;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < need) {
        if (cap > SIZE_MAX / 2) {
            cap = need;
            break;
        }
        cap *= 2;
    }
    char *p = vg_realloc(b->data, cap);
    if (!p)
        return VIGIL_ENOMEM;
    b->data = p;
    b->cap = cap;
    return VIGIL_OK;
}

int vg_buf_append(vg_buf *b, const void *p, size_t n)
{
    if (vg_buf_reserve(b, n) != VIGIL_OK)
        return VIGIL_ENOMEM;
    if (n)
        memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = '\0';
    return VIGIL_OK;
}

int vg_buf_puts(vg_buf *b, const char *s) { return vg_buf_append(b, s, strlen(s)); }

int vg_buf_putc(vg_buf *b, char c) { return vg_buf_append(b, &c, 1); }

int vg_buf_printf(vg_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        return VIGIL_EINTERNAL;
    if (vg_buf_reserve(b, (size_t)n) != VIGIL_OK)
        return VIGIL_ENOMEM;
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
    return VIGIL_OK;
}

char *vg_buf_detach(vg_buf *b, size_t *len)
{
    if (vg_buf_reserve(b, 0) != VIGIL_OK)
        return NULL;
    char *d = b->data;
    if (len)
        *len = b->len;
    vg_buf_init(b);
    return d;
}
