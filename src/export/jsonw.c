/* jsonw.c: export stage, the shared JSON writer (see jsonw.h). Output is
 * byte-for-byte what a tree dump would give in compact mode (",", ":") and
 * in pretty mode (two-space indent, ": ", "[]" and "{}" when empty), so the
 * records stay stable for the golden tests. Invariant: buf[0..len) holds
 * output not yet handed to stdio, len <= sizeof buf. */
#include "export/jsonw.h"

#include <assert.h>
#include <math.h>
#include <string.h>

#include "util/buf.h"
#include "util/utf8.h"
#include "vigil/vigil.h"

void vg_jw_init(vg_jw *w, FILE *out, int pretty)
{
    w->out = out;
    w->mem = NULL;
    w->pretty = pretty;
    w->failed = 0;
    w->depth = 0;
    w->after_key = 0;
    w->len = 0;
}

void vg_jw_init_mem(vg_jw *w, vg_buf *mem)
{
    vg_jw_init(w, NULL, 0);
    w->mem = mem;
}

/* Hands s[0..n) to the sink. */
static void sink(vg_jw *w, const char *s, size_t n)
{
    if (w->failed || !n)
        return;
    if (w->mem ? vg_buf_append(w->mem, s, n) != VIGIL_OK : fwrite(s, 1, n, w->out) != n)
        w->failed = 1;
}

static void drain(vg_jw *w)
{
    sink(w, w->buf, w->len);
    w->len = 0;
}

int vg_jw_flush(vg_jw *w)
{
    drain(w);
    return !w->failed ? VIGIL_OK : w->mem ? VIGIL_ENOMEM : VIGIL_EIO;
}

static void put(vg_jw *w, const char *s, size_t n)
{
    if (n > sizeof w->buf - w->len) {
        drain(w);
        if (n > sizeof w->buf) {
            sink(w, s, n);
            return;
        }
    }
    memcpy(w->buf + w->len, s, n);
    w->len += n;
}

static void putc1(vg_jw *w, char c)
{
    if (w->len == sizeof w->buf)
        drain(w);
    w->buf[w->len++] = c;
}

static void newline(vg_jw *w)
{
    static const char spaces[] = "                                ";
    putc1(w, '\n');
    for (int k = 0; k < w->depth; k++)
        put(w, spaces, 2);
}

/* Before any value or key: the comma and line break of the container. */
static void sep(vg_jw *w)
{
    if (w->after_key) {
        w->after_key = 0;
        return;
    }
    if (w->depth == 0)
        return;
    if (!w->empty[w->depth - 1])
        putc1(w, ',');
    w->empty[w->depth - 1] = 0;
    if (w->pretty)
        newline(w);
}

static void begin(vg_jw *w, char c)
{
    sep(w);
    putc1(w, c);
    assert(w->depth < VG_JW_MAX_DEPTH);
    if (w->depth < VG_JW_MAX_DEPTH)
        w->empty[w->depth++] = 1;
}

static void end(vg_jw *w, char c)
{
    assert(w->depth > 0);
    if (w->depth == 0)
        return;
    int was_empty = w->empty[--w->depth];
    if (w->pretty && !was_empty)
        newline(w);
    putc1(w, c);
}

void vg_jw_object_begin(vg_jw *w) { begin(w, '{'); }
void vg_jw_object_end(vg_jw *w) { end(w, '}'); }
void vg_jw_array_begin(vg_jw *w) { begin(w, '['); }
void vg_jw_array_end(vg_jw *w) { end(w, ']'); }

void vg_jw_key(vg_jw *w, const char *key)
{
    sep(w);
    putc1(w, '"');
    put(w, key, strlen(key));
    if (w->pretty)
        put(w, "\": ", 3);
    else
        put(w, "\":", 2);
    w->after_key = 1;
}

void vg_jw_null(vg_jw *w)
{
    sep(w);
    put(w, "null", 4);
}

void vg_jw_bool(vg_jw *w, int v)
{
    sep(w);
    if (v)
        put(w, "true", 4);
    else
        put(w, "false", 5);
}

void vg_jw_int(vg_jw *w, long long v)
{
    char tmp[24];
    size_t k = sizeof tmp;
    unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
    do {
        tmp[--k] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        tmp[--k] = '-';
    sep(w);
    put(w, tmp + k, sizeof tmp - k);
}

void vg_jw_real(vg_jw *w, double v)
{
    if (!isfinite(v)) {
        vg_jw_null(w);
        return;
    }
    char tmp[40];
    int n = snprintf(tmp, sizeof tmp - 2, "%.15g", v);
    if (n < 0 || (size_t)n >= sizeof tmp - 2) {
        vg_jw_null(w);
        return;
    }
    if (!strpbrk(tmp, ".eE")) {
        tmp[n++] = '.';
        tmp[n++] = '0';
    }
    sep(w);
    put(w, tmp, (size_t)n);
}

/* The string body: runs of bytes that need nothing are copied whole. */
static void escaped(vg_jw *w, const unsigned char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    size_t run = 0, i = 0;
    while (i < n) {
        unsigned char c = s[i];
        if (c >= 0x20 && c != '"' && c != '\\' && c < 0x80) {
            i++;
            continue;
        }
        size_t len = 1;
        if (c >= 0x80) {
            int32_t cp;
            size_t seq = vg_utf8_decode(s + i, n - i, &cp);
            if (seq) {
                i += seq;
                continue;
            }
        }
        put(w, (const char *)s + run, i - run);
        switch (c) {
        case '"': put(w, "\\\"", 2); break;
        case '\\': put(w, "\\\\", 2); break;
        case '\n': put(w, "\\n", 2); break;
        case '\r': put(w, "\\r", 2); break;
        case '\t': put(w, "\\t", 2); break;
        case '\b': put(w, "\\b", 2); break;
        case '\f': put(w, "\\f", 2); break;
        default:
            if (c < 0x20) {
                char u[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
                put(w, u, 6);
            } else {
                put(w, "\xEF\xBF\xBD", 3); /* an invalid byte: U+FFFD */
            }
        }
        i += len;
        run = i;
    }
    put(w, (const char *)s + run, n - run);
}

void vg_jw_strn(vg_jw *w, const char *s, size_t n)
{
    sep(w);
    putc1(w, '"');
    escaped(w, (const unsigned char *)s, n);
    putc1(w, '"');
}

void vg_jw_str(vg_jw *w, const char *s)
{
    if (s)
        vg_jw_strn(w, s, strlen(s));
    else
        vg_jw_null(w);
}

void vg_jw_json(vg_jw *w, const char *s, size_t n)
{
    sep(w);
    put(w, s, n);
}

void vg_jw_raw(vg_jw *w, const char *s, size_t n) { put(w, s, n); }
