/* utf8.h: UTF-8 decoding and repair. */
#ifndef VG_UTF8_H
#define VG_UTF8_H
#include <stddef.h>
#include <stdint.h>

/* Decodes one code point at s[0..n) (n >= 1). Returns its length in bytes
 * (1..4) and sets *cp, or returns 0 for an invalid or truncated sequence
 * (overlongs, surrogates and values above U+10FFFF are invalid). NUL is
 * valid here; callers decide. */
size_t vg_utf8_decode(const unsigned char *s, size_t n, int32_t *cp);

/* Encodes cp into out (4 bytes room); returns the length. */
size_t vg_utf8_encode(int32_t cp, char *out);

/* Called for each run of invalid bytes (and NUL bytes) that vg_utf8_repair
 * replaces: offset of the first bad byte in the input, and run length. */
typedef void (*vg_utf8_bad_fn)(void *ud, size_t offset, size_t len);

/* Copies in[0..n) to out, replacing each maximal run of invalid bytes (and
 * each NUL) by U+FFFD. out must hold 3*n+1 bytes. Returns the output length
 * and NUL-terminates. *nbad gets the number of invalid bytes. */
size_t vg_utf8_repair(const char *in, size_t n, char *out, size_t *nbad, vg_utf8_bad_fn bad,
                      void *ud);

/* Length of the valid prefix (no NUL) of s[0..n). */
size_t vg_utf8_valid_prefix(const char *s, size_t n);

#endif
