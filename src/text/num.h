/* num.h: numbers and quantities in text.
 *
 * Surface forms recognised by vg_num_scan (examples from fixtures):
 *   digits:     "7", "2,000", "1.5", "30,000"; words: "seven", "twenty-one",
 *               "a dozen", "dozens", "hundreds", "thousands", "one hundred"
 *   ranges:     "6-7", "6 to 7", "six or seven", "6, 7 people", "between 6 and 7"
 *   open:       "30 plus", "30-plus", "more than 30", "at least 30", "over 30",
 *               "up to 30" (max), "fewer than 5", "nearly 200", "about 200"
 *   decades:    "2000s" as a count: min 2000, max 9999, approx; "200s" 200..999
 *   part-of:    "4 of 7" (value 4, of 7; min = max = 4, total = 7)
 */
#ifndef VG_NUM_H
#define VG_NUM_H
#include <stddef.h>
#include <stdint.h>

#include "text/tok.h"

typedef struct vg_quant {
    uint32_t start, end;         /* byte span of the whole expression */
    uint32_t tok_start, tok_end; /* token indices, end exclusive */
    double min, max;             /* bounds; see has_min / has_max */
    double total;                /* "4 of 7": 7; else 0 */
    uint8_t has_min, has_max;    /* 0: open on that side */
    uint8_t approx;              /* "about", "nearly", "dozens", "2000s" */
    uint8_t has_total;
} vg_quant;

/* The value of one number word or numeral token text (folded, lower case):
 * "seven" -> 7, "dozen" -> 12, "2,000" -> 2000, "1.5" -> 1.5, "7th"? no.
 * Returns 0 and sets *v, or -1. */
int vg_num_word(const char *s, size_t n, double *v);

struct vg_doc;

/* Scans a quantity starting at token i (not beyond token end). Returns the
 * number of tokens consumed (0 when none) and fills *out. Years ("2016",
 * "in 1989") and dates are not quantities: a caller runs vg_date_scan
 * first. */
size_t vg_num_scan(const struct vg_doc *doc, size_t i, size_t end, vg_quant *out);

/* 0 when vg_num_scan finds nothing at token t whatever follows it: not a
 * number, nor a word that starts with a digit, holds a hyphen ("twenty-one")
 * or is marked VG_TF_NUMSTART (num.c's could_start, less its look at the
 * hyphen's word). A caller that asks of every token skips the call for
 * most of them. */
static inline int vg_num_may_start(const vg_token *t)
{
    if (t->kind == VG_TOK_NUM)
        return 1;
    return t->kind == VG_TOK_WORD &&
           ((t->flags & (VG_TF_HYPHEN | VG_TF_NUMSTART)) || (unsigned)(t->head & 0xFFu) - '0' < 10u);
}

/* 1 when folded word s[0..n) (hash: vg_wordhash_hash of it) can open a
 * quantity ("two", "dozens", "about", "a"). The tokenizer sets
 * VG_TF_NUMSTART from it. */
int vg_num_starter(uint32_t hash, const char *s, size_t n);
/* The same marks as vg_date_words_mark, for the words that open a
 * quantity. */
void vg_num_starters_mark(uint64_t *bits, size_t nbits);
/* The same marks for the number words ("two", "thousand", "dozen"), which
 * the date scanner counts with (vg_date_word_opens). */
void vg_num_words_mark(uint64_t *bits, size_t nbits);
/* Word k of the words that open a quantity, NULL past the end (for tests
 * and the tokenizer's table of the words it marks). */
const char *vg_num_starter_word(size_t k);
/* Word k of the number words, NULL past the end (the same). */
const char *vg_num_number_word(size_t k);

#endif
