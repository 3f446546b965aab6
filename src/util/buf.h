/* buf.h: growable byte buffer on the heap (for output and I/O, which
 * outlive a single allocation pattern). Always NUL-terminated when len>0. */
#ifndef VG_BUF_H
#define VG_BUF_H
#include <stdarg.h>
#include <stddef.h>

typedef struct vg_buf {
    char *data;
    size_t len;
    size_t cap;
} vg_buf;

void vg_buf_init(vg_buf *b);
void vg_buf_fini(vg_buf *b);
void vg_buf_reset(vg_buf *b); /* len = 0, memory kept */
/* Each returns 0 or VIGIL_ENOMEM. */
int vg_buf_reserve(vg_buf *b, size_t extra);
int vg_buf_append(vg_buf *b, const void *p, size_t n);
int vg_buf_puts(vg_buf *b, const char *s);
int vg_buf_putc(vg_buf *b, char c);
int vg_buf_printf(vg_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Hands the data (NUL-terminated) to the caller, who frees it with vg_free. */
char *vg_buf_detach(vg_buf *b, size_t *len);

#endif
