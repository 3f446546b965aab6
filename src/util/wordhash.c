/* wordhash.c: see wordhash.h. FNV-1a over the bytes, linear probing; the
 * table's words are compared in full, so a hit is exact. */
#include "util/wordhash.h"

#include <string.h>

uint32_t vg_wordhash_hash(const char *s, size_t n)
{
    uint32_t h = VG_WORDHASH_START;
    for (size_t i = 0; i < n; i++)
        h = vg_wordhash_step(h, (unsigned char)s[i]);
    return vg_wordhash_end(h);
}

void vg_wordhash_mark(uint64_t *bits, size_t nbits, const char *word)
{
    uint32_t h = vg_wordhash_hash(word, strlen(word)) & (uint32_t)(nbits - 1);
    bits[h / 64] |= 1ULL << (h % 64);
}

static const char *word_of(const vg_wordhash *h, size_t i)
{
    const char *w;
    memcpy(&w, h->base + i * h->stride, sizeof w);
    return w;
}

int vg_wordhash_init(vg_wordhash *h, const void *table, size_t n, size_t stride, uint32_t *slots,
                     size_t nslots)
{
    if (n >= 65535 || nslots < 2 * n || nslots == 0 || (nslots & (nslots - 1)) ||
        stride < sizeof(const char *))
        return -1;
    h->base = table;
    h->stride = stride;
    h->n = n;
    h->mask = (uint32_t)(nslots - 1);
    h->slots = slots;
    memset(slots, 0, nslots * sizeof *slots);
    for (size_t i = 0; i < n; i++) {
        const char *w = word_of(h, i);
        uint32_t hash = vg_wordhash_hash(w, strlen(w)), k = hash & h->mask;
        while (slots[k])
            k = (k + 1) & h->mask;
        slots[k] = (hash & 0xFFFF0000u) | (uint32_t)(i + 1);
    }
    return 0;
}

long vg_wordhash_find(const vg_wordhash *h, const char *s, size_t len)
{
    return vg_wordhash_find_hashed(h, vg_wordhash_hash(s, len), s, len);
}

long vg_wordhash_find_hashed(const vg_wordhash *h, uint32_t hash, const char *s, size_t len)
{
    if (len == 0)
        return -1;
    uint32_t tag = hash & 0xFFFF0000u;
    for (uint32_t k = hash & h->mask; h->slots[k]; k = (k + 1) & h->mask) {
        if ((h->slots[k] & 0xFFFF0000u) != tag)
            continue;
        size_t i = (size_t)(h->slots[k] & 0xFFFFu) - 1;
        const char *w = word_of(h, i);
        /* the words are short: a loop in line beats a call to strncmp */
        size_t j = 0;
        while (j < len && w[j] == s[j] && w[j] != '\0')
            j++;
        if (j == len && w[len] == '\0')
            return (long)i;
    }
    return -1;
}
