/* utf8.c: util stage. UTF-8 decoding per RFC 3629 (no overlongs, no
 * surrogates, nothing above U+10FFFF) and repair: each maximal invalid run
 * becomes one U+FFFD, as the Unicode "substitution of maximal subparts"
 * practice suggests for a run of bytes that starts no valid sequence. */
#include "util/utf8.h"
#include <stdint.h>
#include <string.h>

size_t vg_utf8_decode(const unsigned char *s, size_t n, int32_t *cp)
{
    unsigned c = s[0];
    if (c < 0x80) {
        *cp = (int32_t)c;
        return 1;
    }
    size_t len;
    int32_t v, min;
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
        v = (int32_t)(c & 0x1F);
        min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        v = (int32_t)(c & 0x0F);
        min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        v = (int32_t)(c & 0x07);
        min = 0x10000;
    } else {
        return 0;
    }
    if (n < len)
        return 0;
    for (size_t i = 1; i < len; i++) {
        unsigned cc = s[i];
        if ((cc & 0xC0) != 0x80)
            return 0;
        v = (v << 6) | (int32_t)(cc & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
        return 0;
    *cp = v;
    return len;
}

size_t vg_utf8_encode(int32_t cp, char *out)
{
    unsigned char *o = (unsigned char *)out;
    if (cp < 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        cp = 0xFFFD;
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | (cp >> 6));
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | (cp >> 18));
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

size_t vg_utf8_repair(const char *in, size_t n, char *out, size_t *nbad, vg_utf8_bad_fn bad,
                      void *ud)
{
    const unsigned char *s = (const unsigned char *)in;
    size_t i = 0, o = 0, badcount = 0;
    while (i < n) {
        /* fast path: a run of ASCII without NUL */
        while (i < n && s[i] < 0x80 && s[i] != 0)
            out[o++] = (char)s[i++];
        if (i >= n)
            break;
        int32_t cp;
        size_t len = s[i] ? vg_utf8_decode(s + i, n - i, &cp) : 0;
        if (len) {
            for (size_t k = 0; k < len; k++)
                out[o++] = (char)s[i + k];
            i += len;
            continue;
        }
        size_t runstart = i;
        while (i < n && (s[i] == 0 || vg_utf8_decode(s + i, n - i, &cp) == 0))
            i++;
        badcount += i - runstart;
        if (bad)
            bad(ud, runstart, i - runstart);
        o += vg_utf8_encode(0xFFFD, out + o);
    }
    out[o] = '\0';
    if (nbad)
        *nbad = badcount;
    return o;
}

size_t vg_utf8_valid_prefix(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    const uint64_t ones = 0x0101010101010101ULL, high = 0x8080808080808080ULL;
    while (i < n) {
        /* eight ASCII bytes, none of them NUL, at a time */
        uint64_t x;
        if (n - i >= 8 && (memcpy(&x, u + i, 8), ((x | ((x - ones) & ~x)) & high) == 0)) {
            i += 8;
            continue;
        }
        if (u[i] && u[i] < 0x80) {
            i++;
            continue;
        }
        int32_t cp;
        size_t len = u[i] ? vg_utf8_decode(u + i, n - i, &cp) : 0;
        if (!len)
            break;
        i += len;
    }
    return i;
}
