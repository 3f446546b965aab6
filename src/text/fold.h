/* fold.h: normalization for matching, through utf8proc: NFKD, case folding,
 * combining marks stripped, plus the Turkic rules utf8proc lacks (dotted
 * capital I "İ" and dotless "ı" both fold to "i"). So "İstanbul",
 * "ISTANBUL", "istanbul" and "Istanbul" fold to "istanbul"; "Balı" and
 * "BALI" to "bali"; "Muğla" to "mugla". Typographic apostrophes and quotes
 * fold to ASCII. */
#ifndef VG_FOLD_H
#define VG_FOLD_H
#include <stddef.h>

#include "util/arena.h"
#include "util/buf.h"

/* Appends the folded form of s[0..n) (valid UTF-8) to out. Returns
 * VIGIL_OK or VIGIL_ENOMEM. */
int vg_fold_buf(const char *s, size_t n, vg_buf *out);

/* Folds s[0..n) into out[0..cap) like snprintf: returns the length of the
 * whole folded form (without NUL); when it is < cap, out holds all of it,
 * NUL-terminated. out may be NULL when cap is 0 (to measure). Never
 * allocates; used by the tokenizer to fold into its own pool. */
size_t vg_fold_into(const char *s, size_t n, char *out, size_t cap);

/* Folded copy in the arena, NUL-terminated; *outlen gets its length. NULL
 * on out of memory. ASCII input takes a fast path. */
char *vg_fold(vg_arena *a, const char *s, size_t n, size_t *outlen);

/* NFC-normalized copy in the arena (for display names). */
char *vg_nfc(vg_arena *a, const char *s, size_t n, size_t *outlen);

/* Classifies the case of s: bit 1 has an upper-case letter, bit 2 has a
 * lower-case letter, bit 4 first letter is upper case. */
unsigned vg_fold_case_shape(const char *s, size_t n);

#endif
