/* lexicon_internal.h: what lexload.c (the loader) and lexmatch.c (the
 * phrase index) share: the body of vg_lex and the index interface. Not for
 * other modules: they use lexicon.h. */
#ifndef VG_LEXICON_INTERNAL_H
#define VG_LEXICON_INTERNAL_H
#include <stddef.h>
#include <stdint.h>

#include "extract/lexicon.h"
#include "text/doc.h"
#include "util/arena.h"
#include "util/buf.h"

#define VG_LEX_MAX_TOKENS 32 /* tokens in one phrase (gaps included) */
#define VG_LEX_MAX_GAP 4     /* tokens one '*' may span */

/* The phrase index is a trie stored in a hash table: node k is the phrase
 * "<phrase of nodes[k].parent> <token norm>", found by hashing (parent,
 * norm), so matching costs one probe per token and stops as soon as no
 * phrase continues (kids == 0). Node 0 is the root (the empty phrase). A
 * '*' in a phrase leads from a node to its gap node (nodes[k].gap), which
 * is not in the table: its children are keyed by (gap node, norm). */
typedef struct vg_lexnode {
    uint32_t parent; /* node of the phrase without its last token */
    uint32_t str;    /* offset of the last token's norm in vg_lexidx.strs */
    uint32_t hits;   /* first hit in vg_lexidx.hits */
    uint32_t nhits;
    uint32_t gap;   /* gap node, or 0 */
    uint16_t len;   /* bytes of the last token's norm */
    uint8_t kids;   /* 1: some phrase continues through a token child */
    uint8_t gapmax; /* a gap node: it spans 1..gapmax tokens */
} vg_lexnode;

/* A slot of the phrase index's hash table, 16 bytes (four to a cache line,
 * the allocator's alignment): the key of its node and the node's flags, so
 * that a probe for a word of up to 7 bytes is verified in the slot alone,
 * and a walk step that neither ends a phrase nor meets a gap reads no node.
 * key: the word's bytes, zero-padded, with its length in the top byte; a
 * longer word has 0xFF there and 56 bits of the slot hash below, and is
 * verified against the node's string. ref: the node id (below
 * VG_LEX_MAX_NODES) | VG_LEXS_* flags; 0 is an empty slot (node 0, the
 * root, is never in the table). */
typedef struct vg_lexslot {
    uint64_t key;
    uint32_t parent;
    uint32_t ref;
} vg_lexslot;

#define VG_LEX_MAX_NODES (1u << 28)
#define VG_LEXS_ID (VG_LEX_MAX_NODES - 1)
#define VG_LEXS_KIDS (1u << 31) /* nodes[id].kids */
#define VG_LEXS_GAP (1u << 30)  /* nodes[id].gap != 0 */
#define VG_LEXS_HITS (1u << 29) /* nodes[id].nhits != 0 */

typedef struct vg_lexpend {
    uint32_t node;
    vg_lex_hit hit;
} vg_lexpend;

typedef struct vg_lexidx {
    vg_lexnode *nodes;
    size_t nnodes, capnodes;
    vg_lexslot *slots; /* every token node (not the root, not gap nodes) */
    size_t nslots;     /* a power of two, at least 1.5 times nnodes */
    char *strs;      /* token norms, NUL-terminated */
    size_t nstrs, capstrs;
    vg_lex_hit *hits; /* grouped by node after vg_lexidx_finish */
    size_t nhits;
    vg_lexpend *pend; /* hits added before vg_lexidx_finish */
    size_t npend, cappend;
    /* A blocked Bloom filter over the slot hashes of all token nodes, made
     * by vg_lexidx_finish (NULL before): one 64-bit block per probe, two
     * bits in it per key. Invariant: every key in the table has its bits
     * set, so a clear bit proves a key absent without touching slots. */
    uint64_t *filter;
    size_t nfilter; /* blocks, a power of two */
    /* The first words of the phrases, made with the filter: bit (word hash
     * & first_mask) is set for every child of the root, so a token
     * whose bit is clear starts no phrase, which most tokens are answered
     * by before any key is hashed. NULL (admit every token) before the
     * filter is made and while the root has a gap, which any token may
     * start. */
    uint64_t *first;
    size_t first_mask; /* its bits - 1, the bits a power of two */
} vg_lexidx;

/* A phrase cut into token norms; a NULL norm is a '*' gap. The norms live
 * in the vg_lexbuild that made them, until its next split. */
typedef struct vg_lexph {
    size_t n;
    const char *norm[VG_LEX_MAX_TOKENS];
    uint16_t len[VG_LEX_MAX_TOKENS];
} vg_lexph;

/* Scratch space for cutting phrases into tokens with the real tokenizer. */
typedef struct vg_lexbuild {
    vg_doc doc;
    vg_buf norms;
} vg_lexbuild;

void vg_lexbuild_init(vg_lexbuild *b);
void vg_lexbuild_fini(vg_lexbuild *b);

/* Cuts s[0..n) (valid UTF-8) into token norms as vg_tok_run would, a '*'
 * token becoming a gap. Returns VIGIL_OK, VIGIL_ENOMEM, or VIGIL_EPARSE
 * with *why saying what is wrong (no tokens, too many, misplaced gap). */
int vg_lexbuild_split(vg_lexbuild *b, const char *s, size_t n, vg_lexph *ph, const char **why);

int vg_lexidx_init(vg_lexidx *ix);
void vg_lexidx_fini(vg_lexidx *ix);
/* Adds the phrase ph->norm[from..to) with its hit (ntok is set when
 * matching); gaps span 1..gapmax tokens. VIGIL_OK or VIGIL_ENOMEM. */
int vg_lexidx_add(vg_lexidx *ix, const vg_lexph *ph, size_t from, size_t to, unsigned gapmax,
                  const vg_lex_hit *hit);
/* Groups the added hits by node, dropping repeats (same kind, record and
 * flags: "İstanbul" and its alternative "Istanbul"), and makes the filter.
 * Call once. */
int vg_lexidx_finish(vg_lexidx *ix);
/* Hits of phrases starting at toks[i] and ending by toks[end - 1], longest
 * first; only those of want tokens when want > 0. Returns the count of all
 * (may exceed max). */
size_t vg_lexidx_match(const vg_lexidx *ix, const vg_token *toks, size_t i, size_t end,
                       vg_lex_hit *out, size_t max, size_t want);

typedef struct vg_lexdef {
    char cc[3];
    const char *head; /* folded */
    uint32_t actor;
    uint32_t next; /* 1 + the next row of the same country (vg_lex.def_of), 0 none */
} vg_lexdef;

typedef struct vg_lexlist {
    const char *name; /* "@turkey_context" */
    const char **words;
    size_t nwords;
} vg_lexlist;

struct vg_lex {
    char **files; /* the files' bytes: table strings point into them */
    size_t nfiles, capfiles;
    vg_arena arena; /* derived strings and small arrays */

    vg_actor *actors;
    size_t nactors, capactors;
    vg_place *places;
    size_t nplaces, capplaces;
    vg_trigger *triggers;
    size_t ntriggers, captriggers;
    vg_weapon *weapons;
    size_t nweapons, capweapons;
    vg_target *targets;
    size_t ntargets, captargets;
    vg_cue *cues;
    size_t ncues, capcues;
    vg_hedge *hedges;
    size_t nhedges, caphedges;
    vg_neg *negs;
    size_t nnegs, capnegs;
    vg_pattern *patterns;
    size_t npatterns, cappatterns;
    vg_stop *stops;
    size_t nstops, capstops;
    vg_lexlist *lists;
    size_t nlists, caplists;
    vg_lexdef *defs;
    size_t ndefs, capdefs;
    /* 1 + the first default row of each ISO code (AA..ZZ, then one chain
     * for any other code), 0 none; rows chain on in file order */
    uint32_t def_of[26 * 26 + 1];
    size_t ndemonyms;
    int32_t country_of[26 * 26]; /* place index by ISO code, -1 */

    vg_lexidx idx;  /* every kind but VG_LK_STOP */
    vg_lexidx stop; /* actor_stop.tsv phrases */
};

/* One row of actor_stop.tsv (its 5 fields, cut in place, living as long
 * as lx): a @list definition, or a vg_stop with its licences parsed and its
 * phrase indexed in lx->stop. VIGIL_OK, VIGIL_ENOMEM, or VIGIL_EPARSE with
 * msg saying why (lexstop.c). */
int vg_lexstop_row(vg_lex *lx, vg_lexbuild *b, char **f, char *msg, size_t cap);

/* Makes room for need elements in a heap array of *cap; returns the
 * (possibly moved) array or NULL on overflow or out of memory (the old one
 * stays valid). */
void *vg_lex_reserve(void *arr, size_t *cap, size_t need, size_t elem);

/* ---- loading ---- */

#define VG_LEX_MAX_FILE ((size_t)64 * 1024 * 1024) /* bytes per data file */
#define VG_LEX_MAX_FIELD 4096                      /* bytes per field, exclusive */
#define VG_LEX_MAX_COLS 16                         /* columns per row */

/* One data file being read (lexread.c). */
typedef struct vg_lexrd {
    char path[1024];
    char *buf;
    size_t len, pos;
    size_t line;
    vigil_error *err;
    /* lexicon files */
    const char *const *cols;
    size_t ncols;
    int seen_columns;
} vg_lexrd;

/* One load: the lexicon being filled and its scratch space. */
typedef struct vg_lexld {
    vg_lex *lx;
    vg_lexbuild b;
    vg_lexrd r;
    vigil_error *err;
    /* per actor, until parents are resolved */
    const char **parent;
    size_t *line;
    size_t capparent, capline;
} vg_lexld;

/* names, count of a static array of names (for vg_lex_pick) */
#define VG_LEX_NAMES(a) (a), sizeof(a) / sizeof((a)[0])

/* Makes room for one more element of arr (n used, cap allocated), or
 * returns the out-of-memory error from the enclosing function. */
#define VG_LEX_RESERVE(L, arr, n, cap)                                                             \
    do {                                                                                           \
        void *p_ = vg_lex_reserve((arr), &(cap), (n) + 1, sizeof *(arr));                          \
        if (!p_)                                                                                   \
            return vg_lexrd_nomem(&(L)->r);                                                        \
        (arr) = p_;                                                                                \
    } while (0)

/* Fills err with "path:line: message" (or "path: message" before line 1),
 * sets err->line, and returns code. */
int vg_lexrd_fail(vg_lexrd *r, int code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
int vg_lexrd_nomem(vg_lexrd *r);
/* Reads dir/name whole into a block that L->lx keeps (VIGIL_EIO when it
 * cannot be read, VIGIL_EPARSE past VG_LEX_MAX_FILE bytes). */
int vg_lexrd_open(vg_lexld *L, const char *dir, const char *name);
/* The same for a vigil-lexicon file whose #@columns must be cols. */
int vg_lexrd_open_lexicon(vg_lexld *L, const char *dir, const char *name, const char *const *cols,
                          size_t ncols);
/* The next line, NUL-terminated in place without its "\n" or "\r\n";
 * returns 0 at the end of the file. */
int vg_lexrd_line(vg_lexrd *r, char **line, size_t *len);
/* VIGIL_EPARSE unless s[0..n) is valid UTF-8 without NUL. */
int vg_lexrd_check(vg_lexrd *r, const char *s, size_t n);
/* Cuts a data row into exactly r->ncols fields, checking their lengths. */
int vg_lexrd_fields(vg_lexrd *r, char *s, char **f);
/* The next data row of a vigil-lexicon file: 1 with f filled, 0 at the
 * end, or an error. Checks the format line (line 1) and #@columns, skips
 * comments, sections and blank lines. */
int vg_lexrd_row(vg_lexrd *r, char **f);
/* Cuts s at each sep in place; stores up to max pieces and returns how
 * many there are. */
size_t vg_lex_cut(char *s, char sep, char **out, size_t max);
/* Index of s in names[0..n), or -1. */
int vg_lex_pick(const char *s, const char *const *names, size_t n);
/* vg_lex_pick, failing with "unknown WHAT" when s is none of names. */
int vg_lexrd_pick(vg_lexrd *r, const char *s, const char *what, const char *const *names, size_t n,
                  int *out);
/* '|'-separated flags, flag names[k] setting bit k. */
int vg_lexrd_flags(vg_lexrd *r, char *s, const char *const *names, size_t n, uint32_t *bits);
/* An ISO 3166-1 alpha-2 code ("TR"); empty allowed unless required. */
int vg_lexrd_country(vg_lexrd *r, const char *s, char cc[3], int required);
/* A lower-case identifier: "jihadist", "explosive_material". */
int vg_lexrd_ident(vg_lexrd *r, const char *s, const char *what);
/* Indexes phrase (a string living as long as the lexicon) with its hit;
 * VG_AF_ABBR is added for acronyms. */
int vg_lexld_index(vg_lexld *L, vg_lexidx *ix, const char *phrase, int kind, unsigned aflags,
                   uint32_t rec, unsigned gapmax);

/* armed_groups.tsv, government.tsv (has_parent) and media.tsv (its
 * affiliated= names resolve among actors [groups_from, groups_to)):
 * actors and pattern rows (lexactor.c). *first gets the file's first
 * actor index. */
int vg_lexld_actors(vg_lexld *L, const char *dir, const char *name, int has_parent, size_t *first,
                    size_t groups_from, size_t groups_to);

#endif
