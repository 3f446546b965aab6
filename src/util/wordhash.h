/* wordhash.h: a hash index over a static table of words, for the word
 * classes the analysis asks of every token (names.c's word classes, the
 * date scanner's keywords). The table itself stays where it is written
 * (an array of structs whose first member is the word); the index holds
 * entry numbers in open-addressing slots, each beside 16 bits of its
 * word's hash so that a probe reads the table only when those agree (most
 * tokens are no word of the table). Build it once (pthread_once) and
 * it is read-only afterwards, safe to share between threads. */
#ifndef VG_UTIL_WORDHASH_H
#define VG_UTIL_WORDHASH_H
#include <stddef.h>
#include <stdint.h>

typedef struct vg_wordhash {
    const char *base;  /* the table: n entries of stride bytes */
    size_t stride;     /* each starts with a const char * (the NUL-terminated word) */
    size_t n;
    uint32_t mask;     /* slots - 1 */
    uint32_t *slots;   /* hash >> 16 in the high half, 1 + entry number in
                        * the low half; 0 empty */
} vg_wordhash;

/* Indexes table[0..n) (entries of stride bytes, first member the word)
 * into slots[0..nslots); nslots is a power of two of at least 2n and n is
 * below 65535. Returns 0, or -1 when those do not hold. */
int vg_wordhash_init(vg_wordhash *h, const void *table, size_t n, size_t stride, uint32_t *slots,
                     size_t nslots);

/* The hash the index uses (FNV-1a, folded), for callers' own filters. */
uint32_t vg_wordhash_hash(const char *s, size_t n);

/* Sets bit (hash & (nbits - 1)) of bits[] for the NUL-terminated word:
 * a caller's quick reject (nbits a power of two, a multiple of 64). */
void vg_wordhash_mark(uint64_t *bits, size_t nbits, const char *word);

/* The same hash a byte at a time, for a caller that reads the bytes
 * anyway (the tokenizer, as it folds a word): h = VG_WORDHASH_START, then
 * h = vg_wordhash_step(h, byte) for each byte, then vg_wordhash_end(h). */
#define VG_WORDHASH_START 2166136261u
static inline uint32_t vg_wordhash_step(uint32_t h, unsigned char c) { return (h ^ c) * 16777619u; }
static inline uint32_t vg_wordhash_end(uint32_t h) { return h ^ (h >> 15); }

/* The entry number of s[0..len) in the table, or -1. */
long vg_wordhash_find(const vg_wordhash *h, const char *s, size_t len);

/* The same, with hash = vg_wordhash_hash(s, len) already at hand (a
 * token's). */
long vg_wordhash_find_hashed(const vg_wordhash *h, uint32_t hash, const char *s, size_t len);

#endif
