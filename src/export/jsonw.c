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

void vg_jw_keyn(vg_jw *w, const char *key, size_t n)
{
    sep(w);
    const char *colon = w->pretty ? "\": " : "\":";
    size_t ncolon = w->pretty ? 3 : 2;
    if (n < sizeof w->buf && n + 1 + ncolon <= sizeof w->buf - w->len) {
        /* the whole key fits in the block: one copy, no checks per piece */
        char *p = w->buf + w->len;
        p[0] = '"';
        memcpy(p + 1, key, n);
        memcpy(p + 1 + n, colon, ncolon);
        w->len += 1 + n + ncolon;
    } else {
        putc1(w, '"');
        put(w, key, n);
        put(w, colon, ncolon);
    }
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

/* Writes v to tmp as "%.15g" would, without printf, when v is the double
 * nearest to m / 10^d for an integer m of at most 15 digits and d <= 6
 * ("2", "-25.42778"); returns the length written, or 0 to leave v to
 * snprintf. Why it is the same text: then |v - m/10^d| is at most half
 * an ulp of v, below 2^-53 |v|, while rounding to 15 significant digits
 * moves a value by up to half a unit of its 15th digit, above 5e-16 |v|;
 * so v rounds to m/10^d itself, which "%g" prints in positional form
 * (its exponent is within -4..14, as 1e-4 <= |v| < 1e15 is asked) with
 * the trailing zeros of the fraction dropped. */
static size_t short_real(double v, char *tmp)
{
    static const double pow10[] = {1, 10, 100, 1e3, 1e4, 1e5, 1e6};
    double a = v < 0 ? -v : v;
    if (!(a >= 1e-4 && a < 1e15))
        return 0;
    int d = 0;
    long long m = 0;
    for (; d < 7; d++) {
        double s = a * pow10[d];
        if (s >= 1e15)
            return 0;
        m = (long long)(s + 0.5);
        if ((double)m / pow10[d] == a)
            break;
    }
    if (d == 7)
        return 0;
    /* the digits of m, right to left, with the point d digits in */
    char dig[24];
    size_t k = sizeof dig;
    for (int i = 0; i < d || m > 0; i++) {
        dig[--k] = (char)('0' + m % 10);
        m /= 10;
        if (i + 1 == d)
            dig[--k] = '.';
    }
    if (d > 0 && dig[k] == '.')
        dig[--k] = '0';
    size_t n = sizeof dig - k;
    if (d > 0)
        while (dig[k + n - 1] == '0') /* the fraction's trailing zeros */
            n--;
    if (dig[k + n - 1] == '.')
        n--;
    size_t o = 0;
    if (v < 0)
        tmp[o++] = '-';
    memcpy(tmp + o, dig + k, n);
    return o + n;
}

void vg_jw_real(vg_jw *w, double v)
{
    if (!isfinite(v)) {
        vg_jw_null(w);
        return;
    }
    char tmp[40];
    size_t fast = short_real(v, tmp);
    if (fast) {
        if (!memchr(tmp, '.', fast)) {
            tmp[fast++] = '.';
            tmp[fast++] = '0';
        }
        sep(w);
        put(w, tmp, fast);
        return;
    }
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

/* 1 when one of the 8 bytes of x is a quote, a backslash, below 0x20 or
 * above 0x7F: the bytes the escaper must look at one by one. (y - ones) &
 * ~y sets the top bit of a zero byte of y, and (x - 0x20s) & ~x that of a
 * byte below 0x20; a borrow can set more top bits only after a byte that
 * is set itself, so each test is exact as a yes/no. */
static int word_needs_care(uint64_t x)
{
    const uint64_t ones = 0x0101010101010101ULL, high = 0x8080808080808080ULL;
    uint64_t quote = x ^ (ones * '"'), bslash = x ^ (ones * '\\');
    uint64_t control = (x - ones * 0x20) & ~x;
    uint64_t is_quote = (quote - ones) & ~quote, is_bslash = (bslash - ones) & ~bslash;
    return (control | is_quote | is_bslash | x) & high ? 1 : 0;
}

/* 1 for a byte that needs no care (word_needs_care's complement, a byte
 * at a time). The table is built by the compiler. */
#define PB(c) ((c) >= 0x20 && (c) < 0x80 && (c) != '"' && (c) != '\\')
#define PB4(c) PB(c), PB((c) + 1), PB((c) + 2), PB((c) + 3)
#define PB16(c) PB4(c), PB4((c) + 4), PB4((c) + 8), PB4((c) + 12)
#define PB64(c) PB16(c), PB16((c) + 16), PB16((c) + 32), PB16((c) + 48)
static const unsigned char plain_byte[256] = {PB64(0), PB64(64), PB64(128), PB64(192)};
#undef PB64
#undef PB16
#undef PB4
#undef PB

/* The string body: runs of bytes that need nothing are copied whole; the
 * run is skipped 8 bytes at a time while no byte needs care, and its last
 * few bytes by the string's last 8, which overlap bytes already passed
 * (when one of those needed care the word does too, and the bytes are
 * looked at one by one). */
static void escaped(vg_jw *w, const unsigned char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    size_t run = 0, i = 0;
    while (i < n) {
        uint64_t x;
        if (n - i >= 8) {
            if (memcpy(&x, s + i, 8), !word_needs_care(x)) {
                i += 8;
                continue;
            }
        } else if (n >= 8 && (memcpy(&x, s + n - 8, 8), !word_needs_care(x))) {
            i = n;
            continue;
        }
        unsigned char c = s[i];
        if (plain_byte[c]) {
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
