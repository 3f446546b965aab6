/* fold.c: text stage. Folding for matching, and NFC for display.
 *
 * Takes UTF-8 text and produces its folded form: Unicode compatibility
 * decomposition (NFKD), case folding, combining marks removed, default
 * ignorables (soft hyphen, zero-width joiners) removed, through utf8proc.
 * Our own code adds only what utf8proc lacks:
 *   - Turkic i: dotted capital "İ" (U+0130) and dotless "ı" (U+0131) both
 *     fold to "i", so "İstanbul", "ISTANBUL", "Istanbul" -> "istanbul" and
 *     "Balı", "BALI" -> "bali" (utf8proc folds "İ" to "i" + U+0307, whose
 *     mark we strip anyway, and leaves "ı" alone);
 *   - typographic quotes to ASCII: ’ ‘ ‚ ‛ ′ ´ ʼ -> ' and “ ” „ ‟ ″ « » -> ";
 *   - every dash (category Pd) and the minus sign U+2212 -> '-';
 *   - every space separator (category Zs) -> ' '.
 * Stripping marks also removes spacing vowel signs of Indic scripts; the
 * folded form is only ever compared with other folded forms, so this is
 * consistent, but it is not for display (use vg_nfc).
 *
 * Algorithm: one pass over code points. ASCII bytes take a fast path (a
 * table-free tolower) and never reach utf8proc; others go through
 * utf8proc_decompose_char into a fixed buffer on the stack (the longest
 * decomposition in Unicode is 18 code points). Nothing here calls malloc:
 * utf8proc's allocating entry points (utf8proc_map, utf8proc_NFC) are not
 * used, so there is no utf8proc buffer to free.
 *
 * Invariants: output is valid UTF-8 without NUL for valid input; invalid
 * bytes in the input (which callers should not pass) become U+FFFD, one
 * per byte. Pure functions, no state: thread-safe.
 */
#include "text/fold.h"

#include <stdint.h>
#include <string.h>
#include <utf8proc.h>

#include "util/utf8.h"
#include "vigil/vigil.h"

#define FOLD_OPTS                                                                     \
    ((utf8proc_option_t)(UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | \
                         UTF8PROC_STRIPMARK | UTF8PROC_IGNORE))

/* Longest utf8proc decomposition is 18 code points (U+FDFA); room to spare. */
#define DECOMP_MAX 32

/* Small stack buffer tried first by vg_fold before sizing exactly. */
#define FOLD_STACK 256

/* Our mappings, applied to each code point before and after utf8proc.
 * "Muğla" is untouched here (ğ is decomposed and its breve stripped by
 * utf8proc); "Balı" has its "ı" mapped to "i" here. */
static int32_t fold_map(int32_t cp)
{
    switch (cp) {
    case 0x0130: /* İ */
    case 0x0131: /* ı */
        return 'i';
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: /* ‘ ’ ‚ ‛ */
    case 0x2032: case 0x00B4: case 0x02BC: case 0x02BB: /* ′ ´ ʼ ʻ */
    case 0xFF07:
        return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: /* “ ” „ ‟ */
    case 0x2033: case 0x00AB: case 0x00BB: case 0xFF02: /* ″ « » */
        return '"';
    case 0x2212: /* minus sign */
        return '-';
    default:
        break;
    }
    if (cp >= 0x2000) {
        utf8proc_category_t c = utf8proc_category(cp);
        if (c == UTF8PROC_CATEGORY_PD)
            return '-';
        if (c == UTF8PROC_CATEGORY_ZS)
            return ' ';
    }
    return cp;
}

/* Output sink: writes while there is room, always counts. */
typedef struct sink {
    char *out;
    size_t cap, len;
} sink;

static void sink_byte(sink *k, char c)
{
    if (k->len < k->cap)
        k->out[k->len] = c;
    k->len++;
}

static void sink_cp(sink *k, int32_t cp)
{
    if (cp < 0x80) {
        sink_byte(k, (char)cp);
        return;
    }
    char tmp[4];
    size_t m = vg_utf8_encode(cp, tmp);
    for (size_t j = 0; j < m; j++)
        sink_byte(k, tmp[j]);
}

/* Folds one non-ASCII code point into k. */
static void fold_cp(sink *k, int32_t cp)
{
    cp = fold_map(cp);
    if (cp < 0x80) {
        if (cp >= 'A' && cp <= 'Z')
            cp |= 0x20;
        sink_byte(k, (char)cp);
        return;
    }
    utf8proc_int32_t dst[DECOMP_MAX];
    utf8proc_ssize_t m = utf8proc_decompose_char(cp, dst, DECOMP_MAX, FOLD_OPTS, NULL);
    if (m < 0 || m > DECOMP_MAX) {
        sink_cp(k, cp); /* cannot happen with valid code points; keep it */
        return;
    }
    for (utf8proc_ssize_t j = 0; j < m; j++)
        sink_cp(k, fold_map(dst[j]));
}

size_t vg_fold_into(const char *s, size_t n, char *out, size_t cap)
{
    sink k = {out, cap, 0};
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
        unsigned c = u[i];
        if (c < 0x80) {
            sink_byte(&k, (char)(c - 'A' < 26u ? c | 0x20 : c));
            i++;
            continue;
        }
        int32_t cp;
        size_t m = vg_utf8_decode(u + i, n - i, &cp);
        if (m == 0) {
            cp = 0xFFFD;
            m = 1;
        }
        fold_cp(&k, cp);
        i += m;
    }
    if (k.len < cap)
        out[k.len] = '\0';
    return k.len;
}

int vg_fold_buf(const char *s, size_t n, vg_buf *out)
{
    size_t need = vg_fold_into(s, n, NULL, 0);
    if (need == SIZE_MAX || vg_buf_reserve(out, need + 1) != 0)
        return VIGIL_ENOMEM;
    vg_fold_into(s, n, out->data + out->len, need + 1);
    out->len += need;
    return VIGIL_OK;
}

char *vg_fold(vg_arena *a, const char *s, size_t n, size_t *outlen)
{
    size_t i = 0;
    while (i < n && (unsigned char)s[i] < 0x80)
        i++;
    if (i == n) { /* ASCII fast path: "ISTANBUL" -> "istanbul" */
        if (n == SIZE_MAX)
            return NULL;
        char *d = vg_arena_alloc(a, n + 1);
        if (!d)
            return NULL;
        for (size_t j = 0; j < n; j++) {
            unsigned c = (unsigned char)s[j];
            d[j] = (char)(c - 'A' < 26u ? c | 0x20 : c);
        }
        d[n] = '\0';
        if (outlen)
            *outlen = n;
        return d;
    }
    char tmp[FOLD_STACK];
    size_t need = vg_fold_into(s, n, tmp, sizeof tmp);
    char *d;
    if (need < sizeof tmp) {
        d = vg_arena_strndup(a, tmp, need);
    } else {
        if (need == SIZE_MAX)
            return NULL;
        d = vg_arena_alloc(a, need + 1);
        if (d)
            vg_fold_into(s, n, d, need + 1);
    }
    if (d && outlen)
        *outlen = need;
    return d;
}

char *vg_nfc(vg_arena *a, const char *s, size_t n, size_t *outlen)
{
    const utf8proc_option_t opts = (utf8proc_option_t)(UTF8PROC_STABLE | UTF8PROC_COMPOSE);
    if (n > (size_t)(PTRDIFF_MAX / 8))
        return NULL;
    /* utf8proc wants valid UTF-8: repair first (a no-op for valid text). */
    const char *src = s;
    if (vg_utf8_valid_prefix(s, n) != n) {
        if (n > SIZE_MAX / 3 - 1)
            return NULL;
        char *fixed = vg_arena_alloc(a, 3 * n + 1);
        if (!fixed)
            return NULL;
        n = vg_utf8_repair(s, n, fixed, NULL, NULL, NULL);
        src = fixed;
    }
    size_t i = 0;
    while (i < n && (unsigned char)src[i] < 0x80)
        i++;
    if (i == n) { /* ASCII is already NFC */
        char *d = vg_arena_strndup(a, src, n);
        if (d && outlen)
            *outlen = n;
        return d;
    }
    utf8proc_int32_t probe[1];
    utf8proc_ssize_t need = utf8proc_decompose((const utf8proc_uint8_t *)src,
                                               (utf8proc_ssize_t)n, probe, 0, opts);
    if (need < 0)
        return NULL;
    /* The code points are re-encoded in place, so the UTF-8 result (at most
     * 4 bytes per code point, plus a NUL) always fits in the same block. */
    utf8proc_int32_t *buf = vg_arena_calloc(a, (size_t)need + 1, sizeof *buf);
    if (!buf)
        return NULL;
    utf8proc_ssize_t got = utf8proc_decompose((const utf8proc_uint8_t *)src,
                                              (utf8proc_ssize_t)n, buf, need, opts);
    if (got < 0 || got > need)
        return NULL;
    utf8proc_ssize_t len = utf8proc_reencode(buf, got, opts);
    if (len < 0)
        return NULL;
    if (outlen)
        *outlen = (size_t)len;
    return (char *)buf;
}

unsigned vg_fold_case_shape(const char *s, size_t n)
{
    unsigned shape = 0;
    int first = 1;
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
        unsigned c = u[i];
        int up = 0, low = 0;
        if (c < 0x80) {
            up = c - 'A' < 26u;
            low = c - 'a' < 26u;
            i++;
        } else {
            int32_t cp;
            size_t m = vg_utf8_decode(u + i, n - i, &cp);
            if (m == 0) {
                i++;
                continue;
            }
            i += m;
            utf8proc_category_t cat = utf8proc_category(cp);
            up = cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
            low = cat == UTF8PROC_CATEGORY_LL;
            if (!up && !low && cat != UTF8PROC_CATEGORY_LM && cat != UTF8PROC_CATEGORY_LO)
                continue;
        }
        if (!up && !low) {
            if (c < 0x80)
                continue;
            first = 0; /* a caseless letter (Arabic, CJK) comes first */
            continue;
        }
        if (up)
            shape |= 1u;
        if (low)
            shape |= 2u;
        if (first && up)
            shape |= 4u;
        first = 0;
    }
    return shape;
}
