/* lexmatch.c: extract stage. The phrase index of the lexicons and the
 * matcher that runs at every token of a document.
 *
 * Takes phrases (lexicon aliases, gazetteer names) and produces a trie of
 * their folded tokens kept in one open-addressing hash table: the key of a
 * node is (parent node, the token's norm), hashed with 64-bit FNV-1a over
 * the norm mixed with the parent, so the key of a phrase is built one token
 * at a time and matching "a car bomb exploded" at "car" costs one probe for
 * "car", one for "bomb" (a hit: weapons.tsv "car bomb"), one for
 * "exploded" (absent: stop). Every proper prefix of a phrase is a node,
 * which is what lets the matcher stop early; a node with kids == 0 ends
 * the walk without a probe. A slot holds its node's whole key (the parent,
 * and the bytes of a word of up to 7 bytes, most words in a text) and the
 * node's flags, so a probe that finds such a word and goes on with the walk
 * touches one cache line: no node, no string. A longer word's slot keeps 56
 * bits of its hash and is verified against the node's string.
 *
 * The table is megabytes (about 135,000 nodes) and most probes miss: half
 * of a document's tokens start no phrase, and most continuations are not
 * in it. So a blocked Bloom filter over the same slot hashes (8 to 16 bits
 * a key, a few hundred KiB that stay in cache) answers first: a probe goes
 * to the table only when both of its key's bits are set in its 64-bit
 * block, which turns away all but a few percent of the misses. In front
 * of it, a bit set of the phrases' first words, tested with the word hash
 * the token carries, answers most tokens (which start no phrase) before a
 * key is hashed or the matcher's stack frame is made.
 *
 * Phrases are cut into tokens by our own tokenizer (tok.c), so a lexicon
 * alias matches exactly the token sequences it produces in a document. A
 * phrase of ASCII letters, other Unicode letters and marks, and single
 * spaces takes a fast path (split at spaces, fold each word) that gives
 * the same tokens; test_lexicon.c checks this by looking up every indexed
 * phrase (about 125,000) through the real tokenizer.
 *
 * Gaps: "blew * up" is stored as blew -> (gap node) -> up; the matcher
 * tries gaps of 1..gapmax tokens that hold no sentence-final punctuation
 * and do not cross a blank line, "blew the bus up" -> 4 tokens.
 *
 * Invariants: node 0 is the root; every other token node is in the table
 * exactly once, and once the filter is made, its key's bits are set in it;
 * gap nodes are in neither. Matching never allocates
 * and does bounded work: at most VG_LEX_MAX_TOKENS levels and MATCH_STATES
 * pending gap branches per start token. */
#include <stdint.h>
#include <string.h>
#include <utf8proc.h>

#include "extract/lexicon_internal.h"
#include "text/fold.h"
#include "text/tok.h"
#include "util/alloc.h"
#include "util/utf8.h"
#include "util/wordhash.h"

#define MATCH_STATES 64 /* gap branches pending in one match */

/* The probe's helpers run at every token of a document, and most tokens
 * end there (the filter turns them away): the compiler's out-of-line
 * copies cost a call and a stack frame each time, so they are inlined. */
#if defined(__GNUC__)
#define LEX_INLINE static inline __attribute__((always_inline))
#define LEX_NOINLINE static __attribute__((noinline))
#else
#define LEX_INLINE static inline
#define LEX_NOINLINE static
#endif
#define MATCH_FOUND 64  /* phrase ends found in one match */

void *vg_lex_reserve(void *arr, size_t *cap, size_t need, size_t elem)
{
    if (need <= *cap)
        return arr;
    size_t ncap = *cap ? *cap : 16;
    while (ncap < need) {
        if (ncap > SIZE_MAX / 2)
            return NULL;
        ncap *= 2;
    }
    size_t bytes;
    if (vg_mul_size(ncap, elem, &bytes) != 0)
        return NULL;
    void *p = vg_realloc(arr, bytes);
    if (!p)
        return NULL;
    *cap = ncap;
    return p;
}

/* ---- cutting phrases into tokens ---- */

void vg_lexbuild_init(vg_lexbuild *b)
{
    vg_doc_init(&b->doc);
    vg_buf_init(&b->norms);
}

void vg_lexbuild_fini(vg_lexbuild *b)
{
    vg_doc_fini(&b->doc);
    vg_buf_fini(&b->norms);
}

/* 1 when s[0..n) is words of letters and marks separated by single ASCII
 * spaces: the tokenizer makes one word token of each ("Ar Raqqah",
 * "Muğla"), so splitting at spaces gives its tokens. */
static int plain_phrase(const char *s, size_t n)
{
    const unsigned char *t = (const unsigned char *)s;
    if (n == 0 || t[0] == ' ' || t[n - 1] == ' ')
        return 0;
    for (size_t i = 0; i < n;) {
        unsigned c = t[i];
        if (c < 0x80) {
            if (c == ' ') {
                if (t[i + 1] == ' ')
                    return 0;
            } else if (!((c | 0x20) - 'a' < 26u)) {
                return 0;
            }
            i++;
            continue;
        }
        int32_t cp;
        size_t m = vg_utf8_decode(t + i, n - i, &cp);
        if (m == 0 || cp == 0x02BC) /* a letter (Lm) to Unicode, an apostrophe to tok.c */
            return 0;
        switch (utf8proc_category(cp)) {
        case UTF8PROC_CATEGORY_LU:
        case UTF8PROC_CATEGORY_LL:
        case UTF8PROC_CATEGORY_LT:
        case UTF8PROC_CATEGORY_LM:
        case UTF8PROC_CATEGORY_LO:
        case UTF8PROC_CATEGORY_NL:
        case UTF8PROC_CATEGORY_MN:
        case UTF8PROC_CATEGORY_MC:
        case UTF8PROC_CATEGORY_ME:
            break;
        default:
            return 0;
        }
        /* tok.c's other exceptions (U+0085, U+2028, U+2029, U+200B, U+FEFF)
         * are not letters or marks */
        i += m;
    }
    return 1;
}

static int split_plain(vg_lexbuild *b, const char *s, size_t n, vg_lexph *ph, const char **why)
{
    vg_buf_reset(&b->norms);
    size_t offs[VG_LEX_MAX_TOKENS];
    ph->n = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i;
        int ascii = 1;
        while (j < n && s[j] != ' ') {
            if ((unsigned char)s[j] >= 0x80)
                ascii = 0;
            j++;
        }
        if (ph->n == VG_LEX_MAX_TOKENS) {
            *why = "too many tokens";
            return VIGIL_EPARSE;
        }
        offs[ph->n] = b->norms.len;
        if (ascii) {
            if (vg_buf_reserve(&b->norms, j - i + 1) != 0)
                return VIGIL_ENOMEM;
            char *d = b->norms.data + b->norms.len;
            for (size_t k = i; k < j; k++) {
                unsigned c = (unsigned char)s[k];
                d[k - i] = (char)(c - 'A' < 26u ? c | 0x20 : c);
            }
            b->norms.len += j - i;
        } else if (vg_fold_buf(s + i, j - i, &b->norms) != 0) {
            return VIGIL_ENOMEM;
        }
        size_t len = b->norms.len - offs[ph->n];
        if (len > UINT16_MAX) {
            *why = "token too long";
            return VIGIL_EPARSE;
        }
        ph->len[ph->n] = (uint16_t)len;
        if (vg_buf_putc(&b->norms, '\0') != 0)
            return VIGIL_ENOMEM;
        ph->n++;
        i = j < n ? j + 1 : j;
    }
    for (size_t k = 0; k < ph->n; k++)
        ph->norm[k] = b->norms.data + offs[k];
    return VIGIL_OK;
}

int vg_lexbuild_split(vg_lexbuild *b, const char *s, size_t n, vg_lexph *ph, const char **why)
{
    *why = "";
    ph->n = 0;
    int rc;
    if (plain_phrase(s, n)) {
        rc = split_plain(b, s, n, ph, why);
        if (rc != VIGIL_OK)
            return rc;
    } else {
        vg_doc_reset(&b->doc);
        rc = vg_doc_set_text(&b->doc, s, n);
        if (rc == VIGIL_ENOMEM)
            return rc;
        if (rc != VIGIL_OK) {
            *why = "not text";
            return VIGIL_EPARSE;
        }
        rc = vg_tok_run(&b->doc);
        if (rc != VIGIL_OK)
            return rc == VIGIL_ENOMEM ? rc : VIGIL_EPARSE;
        if (b->doc.ntoks > VG_LEX_MAX_TOKENS) {
            *why = "too many tokens";
            return VIGIL_EPARSE;
        }
        for (size_t k = 0; k < b->doc.ntoks; k++) {
            const vg_token *t = &b->doc.toks[k];
            int gap = t->normlen == 1 && t->norm[0] == '*';
            ph->norm[k] = gap ? NULL : t->norm;
            ph->len[k] = gap ? 0 : t->normlen;
        }
        ph->n = b->doc.ntoks;
    }
    if (ph->n == 0) {
        *why = "empty phrase";
        return VIGIL_EPARSE;
    }
    for (size_t k = 0; k < ph->n; k++)
        if (!ph->norm[k] && (k == 0 || k + 1 == ph->n || !ph->norm[k - 1])) {
            *why = "a '*' gap must stand between words";
            return VIGIL_EPARSE;
        }
    return VIGIL_OK;
}

/* ---- the index ---- */

/* The slot hash of a node: its parent and the word hash of its token
 * (vg_wordhash_hash, which tokens carry), mixed by splitmix64's finalizer. */
LEX_INLINE uint64_t key_hash(uint32_t parent, uint32_t word)
{
    uint64_t h = ((uint64_t)word << 32 | parent) + 0x9E3779B97F4A7C15ULL;
    h = (h ^ (h >> 30)) * 0xBF58476D1CE4E5B9ULL;
    h = (h ^ (h >> 27)) * 0x94D049BB133111EBULL;
    return h ^ (h >> 31);
}

/* The filter's block of slot hash h, and the two bits h sets in it. The
 * block comes from the tag's low bits and the bits from bits 20..31, which
 * the slot index does not use while the table has at most 2^20 slots; when
 * they overlap the filter only turns away fewer misses. */
LEX_INLINE size_t filter_block(const vg_lexidx *ix, uint64_t h)
{
    return (size_t)(h >> 32) & (ix->nfilter - 1);
}

LEX_INLINE uint64_t filter_bits(uint64_t h)
{
    return 1ULL << ((h >> 20) & 63) | 1ULL << ((h >> 26) & 63);
}

static void filter_add(vg_lexidx *ix, uint64_t h)
{
    ix->filter[filter_block(ix, h)] |= filter_bits(h);
}

/* 0 when the filter proves slot hash h absent; 1 when h may be in the
 * table (always, before the filter is made). */
LEX_INLINE int filter_admits(const vg_lexidx *ix, uint64_t h)
{
    if (!ix->filter)
        return 1;
    uint64_t bits = filter_bits(h);
    return (ix->filter[filter_block(ix, h)] & bits) == bits;
}

/* The first-word set (vg_lexidx.first), keyed by a token's word hash. */
static void first_add(vg_lexidx *ix, uint32_t word)
{
    size_t b = word & ix->first_mask;
    ix->first[b >> 6] |= 1ULL << (b & 63);
}

/* 0 when no phrase starts with the word whose hash is word; 1 when one
 * may (always, while there is no set). */
LEX_INLINE int first_admits(const vg_lexidx *ix, uint32_t word)
{
    if (!ix->first)
        return 1;
    size_t b = word & ix->first_mask;
    return (int)(ix->first[b >> 6] >> (b & 63)) & 1;
}

static void drop_first(vg_lexidx *ix)
{
    vg_free(ix->first);
    ix->first = NULL;
    ix->first_mask = 0;
}

#define KEY_LONG 0xFF00000000000000ULL /* the top byte of a longer word's key */

/* The slot key of the word s[0..n) whose slot hash is h (see vg_lexslot):
 * a short word's bytes are read as two overlapping 4-byte pieces (or three
 * single bytes), which the compiler makes plain loads; a byte both pieces
 * hold lands at the same place in each. */
LEX_INLINE uint64_t word_key(const char *s, size_t n, uint64_t h)
{
    const unsigned char *u = (const unsigned char *)s;
    if (n > 7)
        return KEY_LONG | (h >> 8);
    uint64_t k = 0;
    if (n >= 4) {
        const unsigned char *e = u + n - 4;
        uint64_t lo = (uint32_t)(u[0] | u[1] << 8 | u[2] << 16 | (uint32_t)u[3] << 24);
        uint64_t hi = (uint32_t)(e[0] | e[1] << 8 | e[2] << 16 | (uint32_t)e[3] << 24);
        k = lo | hi << (8 * (n - 4));
    } else if (n > 0) {
        k = (uint64_t)u[0] | (uint64_t)u[n >> 1] << (8 * (n >> 1)) | (uint64_t)u[n - 1] << (8 * (n - 1));
    }
    return k | (uint64_t)n << 56;
}

/* The flags a node's slot carries. */
static uint32_t node_flags(const vg_lexnode *nd)
{
    return (nd->kids ? VG_LEXS_KIDS : 0) | (nd->gap ? VG_LEXS_GAP : 0) | (nd->nhits ? VG_LEXS_HITS : 0);
}

/* The ref (node id | flags) of the child of parent for the token s[0..n),
 * whose slot hash is h; 0 when absent. Does not ask the filter. */
LEX_INLINE uint32_t probe(const vg_lexidx *ix, uint64_t h, uint32_t parent, const char *s, size_t n)
{
    uint64_t key = word_key(s, n, h);
    size_t mask = ix->nslots - 1;
    for (size_t k = (size_t)h & mask;; k = (k + 1) & mask) {
        const vg_lexslot *sl = &ix->slots[k];
        if (!sl->ref)
            return 0;
        if (sl->key != key || sl->parent != parent)
            continue;
        if (n <= 7) /* the key is the word itself */
            return sl->ref;
        const vg_lexnode *nd = &ix->nodes[sl->ref & VG_LEXS_ID];
        if (nd->len == n && memcmp(ix->strs + nd->str, s, n) == 0)
            return sl->ref;
    }
}

/* probe, after the filter: the ref of the child, 0 when absent. */
LEX_INLINE uint32_t find(const vg_lexidx *ix, uint32_t parent, uint32_t word, const char *s, size_t n)
{
    uint64_t h = key_hash(parent, word);
    if (!filter_admits(ix, h))
        return 0;
    return probe(ix, h, parent, s, n);
}

static void put_slot(vg_lexslot *slots, size_t nslots, uint64_t h, uint64_t key, uint32_t parent,
                     uint32_t ref)
{
    size_t mask = nslots - 1;
    size_t k = (size_t)h & mask;
    while (slots[k].ref)
        k = (k + 1) & mask;
    slots[k] = (vg_lexslot){key, parent, ref};
}

static uint64_t node_hash(const vg_lexidx *ix, const vg_lexnode *nd)
{
    return key_hash(nd->parent, vg_wordhash_hash(ix->strs + nd->str, nd->len));
}

static int rehash(vg_lexidx *ix, size_t nslots)
{
    size_t bytes;
    if (vg_mul_size(nslots, sizeof(vg_lexslot), &bytes) != 0)
        return VIGIL_ENOMEM;
    vg_lexslot *slots = vg_calloc(nslots, sizeof *slots);
    if (!slots)
        return VIGIL_ENOMEM;
    for (size_t i = 1; i < ix->nnodes; i++) {
        const vg_lexnode *nd = &ix->nodes[i];
        if (nd->str == UINT32_MAX) /* a gap node */
            continue;
        uint64_t h = node_hash(ix, nd);
        put_slot(slots, nslots, h, word_key(ix->strs + nd->str, nd->len, h), nd->parent,
                 (uint32_t)i | node_flags(nd));
    }
    vg_free(ix->slots);
    ix->slots = slots;
    ix->nslots = nslots;
    return VIGIL_OK;
}

/* Brings the flags in node id's slot up to date with the node; the root
 * and gap nodes have no slot. */
static void sync_slot(vg_lexidx *ix, uint32_t id)
{
    const vg_lexnode *nd = &ix->nodes[id];
    if (id == 0 || nd->str == UINT32_MAX)
        return;
    size_t mask = ix->nslots - 1;
    for (size_t k = (size_t)node_hash(ix, nd) & mask; ix->slots[k].ref; k = (k + 1) & mask)
        if ((ix->slots[k].ref & VG_LEXS_ID) == id) {
            ix->slots[k].ref = id | node_flags(nd);
            return;
        }
}

static int new_node(vg_lexidx *ix, uint32_t parent, uint32_t *out)
{
    if (ix->nnodes >= VG_LEX_MAX_NODES - 1) /* ids share a slot's ref with its flags */
        return VIGIL_ENOMEM;
    vg_lexnode *nodes = vg_lex_reserve(ix->nodes, &ix->capnodes, ix->nnodes + 1, sizeof *nodes);
    if (!nodes)
        return VIGIL_ENOMEM;
    ix->nodes = nodes;
    vg_lexnode *nd = &nodes[ix->nnodes];
    memset(nd, 0, sizeof *nd);
    nd->parent = parent;
    nd->str = UINT32_MAX;
    *out = (uint32_t)ix->nnodes++;
    return VIGIL_OK;
}

int vg_lexidx_init(vg_lexidx *ix)
{
    memset(ix, 0, sizeof *ix);
    uint32_t root;
    if (new_node(ix, 0, &root) != VIGIL_OK)
        return VIGIL_ENOMEM;
    ix->nodes[root].str = 0;
    ix->strs = vg_lex_reserve(NULL, &ix->capstrs, 1, 1);
    if (!ix->strs)
        return VIGIL_ENOMEM;
    ix->strs[0] = '\0';
    ix->nstrs = 1;
    return rehash(ix, 1024);
}

void vg_lexidx_fini(vg_lexidx *ix)
{
    vg_free(ix->nodes);
    vg_free(ix->slots);
    vg_free(ix->strs);
    vg_free(ix->hits);
    vg_free(ix->pend);
    vg_free(ix->filter);
    vg_free(ix->first);
    memset(ix, 0, sizeof *ix);
}

/* The child of parent for the token s[0..n), made when absent. */
static int child(vg_lexidx *ix, uint32_t parent, const char *s, size_t n, uint32_t *out)
{
    uint32_t word = vg_wordhash_hash(s, n);
    uint32_t id = find(ix, parent, word, s, n) & VG_LEXS_ID;
    if (id) {
        *out = id;
        return VIGIL_OK;
    }
    /* up to 2/3 full: slots are twice the size of a tag and an id, so
     * the table stays at the bytes it had at half full (4 MiB today) */
    if ((ix->nnodes + 1) * 3 > ix->nslots * 2 && rehash(ix, ix->nslots * 2) != VIGIL_OK)
        return VIGIL_ENOMEM;
    if (ix->nstrs + n + 1 > UINT32_MAX - 1)
        return VIGIL_ENOMEM;
    char *strs = vg_lex_reserve(ix->strs, &ix->capstrs, ix->nstrs + n + 1, 1);
    if (!strs)
        return VIGIL_ENOMEM;
    ix->strs = strs;
    if (new_node(ix, parent, &id) != VIGIL_OK)
        return VIGIL_ENOMEM;
    vg_lexnode *nd = &ix->nodes[id];
    nd->str = (uint32_t)ix->nstrs;
    nd->len = (uint16_t)n;
    memcpy(ix->strs + ix->nstrs, s, n);
    ix->strs[ix->nstrs + n] = '\0';
    ix->nstrs += n + 1;
    uint64_t h = key_hash(parent, word);
    put_slot(ix->slots, ix->nslots, h, word_key(s, n, h), parent, id);
    if (!ix->nodes[parent].kids) {
        ix->nodes[parent].kids = 1;
        sync_slot(ix, parent);
    }
    if (ix->filter)
        filter_add(ix, h);
    if (parent == 0 && ix->first)
        first_add(ix, word);
    *out = id;
    return VIGIL_OK;
}

int vg_lexidx_add(vg_lexidx *ix, const vg_lexph *ph, size_t from, size_t to, unsigned gapmax,
                  const vg_lex_hit *hit)
{
    uint32_t cur = 0;
    if (gapmax < 1)
        gapmax = 1;
    if (gapmax > VG_LEX_MAX_GAP)
        gapmax = VG_LEX_MAX_GAP;
    for (size_t k = from; k < to; k++) {
        if (!ph->norm[k]) {
            if (!ix->nodes[cur].gap) {
                uint32_t g;
                if (new_node(ix, cur, &g) != VIGIL_OK)
                    return VIGIL_ENOMEM;
                ix->nodes[cur].gap = g;
                sync_slot(ix, cur);
                if (cur == 0)
                    drop_first(ix); /* any token may start a phrase now */
            }
            cur = ix->nodes[cur].gap;
            if (ix->nodes[cur].gapmax < gapmax)
                ix->nodes[cur].gapmax = (uint8_t)gapmax;
            continue;
        }
        if (child(ix, cur, ph->norm[k], ph->len[k], &cur) != VIGIL_OK)
            return VIGIL_ENOMEM;
    }
    if (cur == 0)
        return VIGIL_OK;
    vg_lexpend *p = vg_lex_reserve(ix->pend, &ix->cappend, ix->npend + 1, sizeof *p);
    if (!p)
        return VIGIL_ENOMEM;
    ix->pend = p;
    p[ix->npend].node = cur;
    p[ix->npend].hit = *hit;
    ix->npend++;
    return VIGIL_OK;
}

/* Makes the filter over every token node: 8 to 16 bits a key (256 KiB
 * for today's 135,000 nodes), so that two bits a key in 64-bit blocks
 * turn away 94% to 98% of absent keys. */
static int make_filter(vg_lexidx *ix)
{
    size_t nfilter = 64;
    while (nfilter * 64 < ix->nnodes * 8) {
        if (nfilter > SIZE_MAX / 128)
            return VIGIL_ENOMEM;
        nfilter *= 2;
    }
    uint64_t *filter = vg_calloc(nfilter, sizeof *filter);
    if (!filter)
        return VIGIL_ENOMEM;
    vg_free(ix->filter);
    ix->filter = filter;
    ix->nfilter = nfilter;
    for (size_t i = 1; i < ix->nnodes; i++) {
        const vg_lexnode *nd = &ix->nodes[i];
        if (nd->str != UINT32_MAX) /* not a gap node */
            filter_add(ix, key_hash(nd->parent, vg_wordhash_hash(ix->strs + nd->str, nd->len)));
    }
    return VIGIL_OK;
}

/* Makes the first-word set: 16 to 32 bits a first word (256 KiB for
 * today's 88,000), so a word that starts no phrase is turned away 94% to
 * 97% of the time. None while the root has a gap. */
static int make_first(vg_lexidx *ix)
{
    drop_first(ix);
    if (ix->nodes[0].gap)
        return VIGIL_OK;
    size_t nfirst = 0;
    for (size_t i = 1; i < ix->nnodes; i++)
        if (ix->nodes[i].parent == 0 && ix->nodes[i].str != UINT32_MAX)
            nfirst++;
    size_t words = 1;
    while (words * 64 < nfirst * 16) {
        if (words > SIZE_MAX / 128)
            return VIGIL_ENOMEM;
        words *= 2;
    }
    ix->first = vg_calloc(words, sizeof *ix->first);
    if (!ix->first)
        return VIGIL_ENOMEM;
    ix->first_mask = words * 64 - 1;
    for (size_t i = 1; i < ix->nnodes; i++) {
        const vg_lexnode *nd = &ix->nodes[i];
        if (nd->parent == 0 && nd->str != UINT32_MAX)
            first_add(ix, vg_wordhash_hash(ix->strs + nd->str, nd->len));
    }
    return VIGIL_OK;
}

int vg_lexidx_finish(vg_lexidx *ix)
{
    if (make_filter(ix) != VIGIL_OK || make_first(ix) != VIGIL_OK)
        return VIGIL_ENOMEM;
    /* counting sort of the pending hits by node, stable, so the hits of
     * one row stay together and in the row's order */
    size_t nn = ix->nnodes;
    for (size_t i = 0; i < nn; i++)
        ix->nodes[i].nhits = 0;
    for (size_t i = 0; i < ix->npend; i++)
        ix->nodes[ix->pend[i].node].nhits++;
    uint32_t at = 0;
    for (size_t i = 0; i < nn; i++) {
        ix->nodes[i].hits = at;
        at += ix->nodes[i].nhits;
        ix->nodes[i].nhits = 0;
    }
    vg_lex_hit *hits = vg_calloc(ix->npend ? ix->npend : 1, sizeof *hits);
    if (!hits)
        return VIGIL_ENOMEM;
    for (size_t i = 0; i < ix->npend; i++) {
        vg_lexnode *nd = &ix->nodes[ix->pend[i].node];
        hits[nd->hits + nd->nhits++] = ix->pend[i].hit;
    }
    /* drop repeats in place: a repeat is of the same record, and a row's
     * hits are adjacent, so only the run of the same record is compared */
    size_t w = 0;
    for (size_t i = 0; i < nn; i++) {
        vg_lexnode *nd = &ix->nodes[i];
        size_t start = w;
        for (size_t k = nd->hits; k < (size_t)nd->hits + nd->nhits; k++) {
            const vg_lex_hit *h = &hits[k];
            int dup = 0;
            for (size_t j = w; j > start; j--) {
                const vg_lex_hit *o = &hits[j - 1];
                if (o->rec != h->rec || o->kind != h->kind)
                    break;
                if (o->aflags == h->aflags) {
                    dup = 1;
                    break;
                }
            }
            if (!dup)
                hits[w++] = *h;
        }
        nd->hits = (uint32_t)start;
        nd->nhits = (uint32_t)(w - start);
        if (nd->nhits)
            sync_slot(ix, (uint32_t)i);
    }
    vg_free(ix->pend);
    ix->pend = NULL;
    ix->npend = ix->cappend = 0;
    vg_free(ix->hits);
    ix->hits = hits;
    ix->nhits = w;
    return VIGIL_OK;
}

/* ---- matching ---- */

/* A gap may not run over a sentence end or a blank line. */
static int gap_ok(const vg_token *t)
{
    if (t->flags & VG_TF_PARA)
        return 0;
    if (t->kind != VG_TOK_PUNCT)
        return 1;
    char c = t->norm[0];
    return !(c == '.' || c == '!' || c == '?');
}

typedef struct mstate {
    uint32_t node;
    uint32_t pos; /* next token to match */
} mstate;

typedef struct mfound {
    uint32_t node;
    uint32_t ntok;
} mfound;

/* The hits of node, a phrase of ntok tokens, into out[total..max): returns
 * total plus their number (those past max are counted, not written). */
LEX_INLINE size_t put_hits(const vg_lexidx *ix, uint32_t node, uint32_t ntok, vg_lex_hit *out, size_t max,
                           size_t total)
{
    const vg_lexnode *nd = &ix->nodes[node];
    for (uint32_t k = 0; k < nd->nhits; k++) {
        if (total < max) {
            out[total] = ix->hits[nd->hits + k];
            out[total].ntok = (uint16_t)ntok;
        }
        total++;
    }
    return total;
}

/* vg_lexidx_match past the first tests: ref0 is the ref of toks[i]'s
 * node under the root (0 when absent), which the caller has probed. */
LEX_NOINLINE size_t walk(const vg_lexidx *ix, const vg_token *toks, size_t i, size_t end, vg_lex_hit *out,
                         size_t max, size_t want, uint32_t ref0)
{
    mstate st[MATCH_STATES];
    mfound found[MATCH_FOUND];
    size_t nst = 0, nfound = 0;
    st[nst++] = (mstate){0, (uint32_t)i};
    while (nst > 0) {
        mstate s = st[--nst];
        uint32_t node = s.node;
        uint32_t fl = node_flags(&ix->nodes[node]);
        size_t pos = s.pos;
        for (size_t depth = 0; depth < VG_LEX_MAX_TOKENS; depth++) {
            if ((fl & VG_LEXS_GAP) && pos < end) {
                /* "blew * up": the gap node's children match after 1..gapmax tokens */
                const vg_lexnode *nd = &ix->nodes[node];
                size_t gmax = ix->nodes[nd->gap].gapmax;
                for (size_t g = 1; g <= gmax && pos + g < end; g++) {
                    if (!gap_ok(&toks[pos + g - 1]) || (toks[pos + g].flags & VG_TF_PARA))
                        break;
                    if (nst < MATCH_STATES)
                        st[nst++] = (mstate){nd->gap, (uint32_t)(pos + g)};
                }
            }
            if (!(fl & VG_LEXS_KIDS) || pos >= end)
                break;
            const vg_token *t = &toks[pos];
            /* the root is only ever at toks[i], whose node is ref0 */
            uint32_t ref = node ? find(ix, node, t->hash, t->norm, t->normlen) : ref0;
            if (!ref)
                break;
            node = ref & VG_LEXS_ID;
            fl = ref;
            pos++;
            if ((ref & VG_LEXS_HITS) && nfound < MATCH_FOUND)
                found[nfound++] = (mfound){node, (uint32_t)(pos - i)};
        }
    }
    /* most walks end on the first or second word without a phrase */
    if (nfound == 0)
        return 0;
    /* longest first; insertion sort keeps equal lengths in found order */
    for (size_t a = 1; a < nfound; a++) {
        mfound f = found[a];
        size_t b = a;
        while (b > 0 && found[b - 1].ntok < f.ntok) {
            found[b] = found[b - 1];
            b--;
        }
        found[b] = f;
    }
    size_t total = 0;
    for (size_t a = 0; a < nfound; a++)
        if (!want || found[a].ntok == want)
            total = put_hits(ix, found[a].node, found[a].ntok, out, max, total);
    return total;
}

/* vg_lexidx_match past the first-word set. */
LEX_NOINLINE size_t match_at(const vg_lexidx *ix, const vg_token *toks, size_t i, size_t end, vg_lex_hit *out,
                             size_t max, size_t want)
{
    uint64_t h0 = key_hash(0, toks[i].hash);
    /* without the set (a gap at the root, which would let any token start
     * a phrase, or no filter yet) the walk asks the filter; with it, most
     * words it let by do start a phrase, so the root is probed at once */
    const vg_token *t = &toks[i];
    if (!ix->first)
        return walk(ix, toks, i, end, out, max, want,
                    filter_admits(ix, h0) ? probe(ix, h0, 0, t->norm, t->normlen) : 0);
    /* most walks stop after toks[i]: its node has no gap, and no child
     * for toks[i + 1] ("the" leads to "the hague", not to "the army").
     * Such a walk finds at most the node's own phrase, of one token,
     * which is answered here without walk's stack of pending branches;
     * any other goes to walk, which does it all again from the node. */
    uint32_t ref = probe(ix, h0, 0, t->norm, t->normlen);
    if (!ref)
        return 0;
    uint32_t node = ref & VG_LEXS_ID;
    const vg_token *n = i + 1 < end ? &toks[i + 1] : NULL;
    if (!(ref & VG_LEXS_GAP) && !((ref & VG_LEXS_KIDS) && n && find(ix, node, n->hash, n->norm, n->normlen)))
        return (ref & VG_LEXS_HITS) && want <= 1 ? put_hits(ix, node, 1, out, max, 0) : 0;
    return walk(ix, toks, i, end, out, max, want, ref);
}

size_t vg_lexidx_match(const vg_lexidx *ix, const vg_token *toks, size_t i, size_t end,
                       vg_lex_hit *out, size_t max, size_t want)
{
    /* most tokens start no phrase: the first-word set, a bit test on the
     * hash the token carries, turns away most of them here, before a key
     * is hashed or match_at's registers are saved (a set implies nodes) */
    if (i >= end || !first_admits(ix, toks[i].hash))
        return 0;
    if (!ix->nodes || end - i > UINT32_MAX / 2)
        return 0;
    return match_at(ix, toks, i, end, out, max, want);
}

size_t vg_lex_match(const vg_lex *lx, const vg_doc *doc, size_t i, size_t end, vg_lex_hit *out,
                    size_t max)
{
    if (end > doc->ntoks)
        end = doc->ntoks;
    return vg_lexidx_match(&lx->idx, doc->toks, i, end, out, max, 0);
}

size_t vg_lex_stop_match(const vg_lex *lx, const vg_doc *doc, size_t i, size_t end, vg_lex_hit *out,
                         size_t max)
{
    if (end > doc->ntoks)
        end = doc->ntoks;
    return vg_lexidx_match(&lx->stop, doc->toks, i, end, out, max, 0);
}

size_t vg_lex_lookup(const vg_lex *lx, const char *text, vg_lex_hit *out, size_t max)
{
    vg_doc doc;
    vg_doc_init(&doc);
    size_t total = 0;
    if (vg_doc_set_text(&doc, text, strlen(text)) == VIGIL_OK && vg_tok_run(&doc) == VIGIL_OK &&
        doc.ntoks > 0)
        total = vg_lexidx_match(&lx->idx, doc.toks, 0, doc.ntoks, out, max, doc.ntoks);
    vg_doc_fini(&doc);
    return total;
}
