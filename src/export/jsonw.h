/* jsonw.h: the exporters' shared JSON writer. It streams JSON text (RFC
 * 8259) into a fixed block that is handed to stdio in large writes, so a
 * record is written without building a tree of it first: no allocation per
 * value, and memory bounded whatever the record's size. Commas, colons and
 * (in pretty mode) two-space indentation are placed by the writer; callers
 * only say begin/end, key and value. Strings are escaped as RFC 8259 asks
 * (quote, backslash, control characters); bytes that are not valid UTF-8
 * are written as U+FFFD, so the output is always valid UTF-8 JSON. */
#ifndef VG_EXPORT_JSONW_H
#define VG_EXPORT_JSONW_H
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define VG_JW_MAX_DEPTH 32

struct vg_buf;

typedef struct vg_jw {
    FILE *out;                   /* the stream, or NULL when writing to mem */
    struct vg_buf *mem;          /* else a memory buffer that grows */
    int pretty;
    int failed;                  /* a write to out failed; errno says why */
    int depth;                   /* open containers */
    int after_key;               /* a key was written; its value comes next */
    unsigned char empty[VG_JW_MAX_DEPTH]; /* nothing yet in the container at each depth */
    size_t len;
    char buf[32768];
} vg_jw;

/* Starts writing to out; pretty indents by two spaces per level. */
void vg_jw_init(vg_jw *w, FILE *out, int pretty);

/* Starts writing (compact) to the end of mem; vg_jw_flush then returns
 * VIGIL_ENOMEM when mem could not grow. */
void vg_jw_init_mem(vg_jw *w, struct vg_buf *mem);

/* Hands what is buffered to stdio (which may buffer it further). Returns
 * VIGIL_OK, or VIGIL_EIO when any write to out failed (errno set by
 * stdio). */
int vg_jw_flush(vg_jw *w);

void vg_jw_object_begin(vg_jw *w);
void vg_jw_object_end(vg_jw *w);
void vg_jw_array_begin(vg_jw *w);
void vg_jw_array_end(vg_jw *w);

/* The key key[0..n) of the next member of the open object: plain ASCII
 * that needs no escaping (the record's keys). */
void vg_jw_keyn(vg_jw *w, const char *key, size_t n);

/* The same for a NUL-terminated key. Inline, so a literal's length is a
 * constant and its copy a few moves: a record has hundreds of keys. The
 * common case (compact output, inside an object, room in the block) is
 * written here; vg_jw_keyn does every other. Always inlined where the
 * compiler allows it: an out-of-line copy would measure and copy the key
 * at run time. */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline void vg_jw_key(vg_jw *w, const char *key)
{
    size_t n = strlen(key);
    if (!w->pretty && !w->after_key && w->depth > 0 && n + 4 <= sizeof w->buf - w->len) {
        char *p = w->buf + w->len;
        if (!w->empty[w->depth - 1])
            *p++ = ',';
        w->empty[w->depth - 1] = 0;
        *p++ = '"';
        memcpy(p, key, n);
        p += n;
        *p++ = '"';
        *p++ = ':';
        w->len = (size_t)(p - w->buf);
        w->after_key = 1;
        return;
    }
    vg_jw_keyn(w, key, n);
}

void vg_jw_null(vg_jw *w);
void vg_jw_bool(vg_jw *w, int v);
void vg_jw_int(vg_jw *w, long long v);
/* A number with up to 15 significant digits and always a fraction or an
 * exponent ("5.0", "-25.42778"); NaN and infinities, which JSON cannot
 * hold, are written as null. */
void vg_jw_real(vg_jw *w, double v);
/* s[0..n) as a JSON string. */
void vg_jw_strn(vg_jw *w, const char *s, size_t n);
/* The NUL-terminated s as a string, or null when s is NULL. */
void vg_jw_str(vg_jw *w, const char *s);
/* A value that is already JSON text (the caller guarantees it). */
void vg_jw_json(vg_jw *w, const char *s, size_t n);
/* Raw text the caller guarantees is valid JSON (a newline between records). */
void vg_jw_raw(vg_jw *w, const char *s, size_t n);

#endif
