/* muc_feat.h: features of a document for the MUC-4 models: per token (the
 * role tagger) and per document (relevance, incident type). Shared by the
 * extractor (muc.c) and the trainer (tools/muc4), so both see exactly the
 * same keys. */
#ifndef VG_MUC_FEAT_H
#define VG_MUC_FEAT_H
#include <stddef.h>
#include <stdint.h>

#include "extract/lexicon.h"
#include "extract/muc_model.h"
#include "text/doc.h"

/* Closed word classes (what a token can be besides an open word). */
typedef enum vg_muc_cls {
    VG_MUC_CL_OPEN = 0, VG_MUC_CL_DET, VG_MUC_CL_PREP, VG_MUC_CL_CONJ, VG_MUC_CL_AUX,
    VG_MUC_CL_REL, VG_MUC_CL_PRON, VG_MUC_CL_PUNCT, VG_MUC_CL_NUM, VG_MUC_CL_VERB,
    VG_MUC_CL_TITLE
} vg_muc_cls;

/* Trigger classes: the kind of event a word reports. */
typedef enum vg_muc_trig {
    VG_MUC_TR_NONE = 0, VG_MUC_TR_ATTACK, VG_MUC_TR_KILL, VG_MUC_TR_BOMB, VG_MUC_TR_KIDNAP,
    VG_MUC_TR_ARSON, VG_MUC_TR_ROB, VG_MUC_TR_STRIKE, VG_MUC_TR_CLASH, VG_MUC_TR_CLAIM,
    VG_MUC_TR_ARREST, VG_MUC_NTRIG
} vg_muc_trig;

/* What the feature functions know of one token. */
typedef struct vg_muc_tok {
    uint64_t w;     /* hash of the folded form */
    uint8_t cls;    /* vg_muc_cls */
    uint8_t trig;   /* vg_muc_trig */
    uint8_t bound;  /* 1: ends a noun phrase (preposition, verb, punctuation ...) */
    uint8_t gaz[VG_MUC_NROLES]; /* 0, or bucket (1..15) << 2 | position (1 first, 2 inside) */
    uint8_t wgaz[VG_MUC_NROLES]; /* word gazetteer: 0, or bucket 1..15 */
    uint8_t gazlen[VG_MUC_NROLES]; /* tokens of the best phrase starting here */
    uint16_t lex[2];  /* lexicon classes of the hits covering it (VG_MUC_LX_*
                         << 1 | inside), longest hit first; 0 none */
    uint16_t rx;    /* relevance context: VG_MUC_RX_* bits */
    uint32_t sent;  /* sentence index */
} vg_muc_tok;

/* Relevance context of a token (vg_muc_tok.rx): what MUC-4's relevance
 * criteria ask about an incident sentence (combat between armed forces,
 * a hedged or future act, an old event, a civilian target). */
enum {
    VG_MUC_RX_MIL = 1 << 0,    /* a military trigger ("clashes", "killed in combat") */
    VG_MUC_RX_ARMY = 1 << 1,   /* the army or security forces */
    VG_MUC_RX_GUER = 1 << 2,   /* an armed group */
    VG_MUC_RX_CIV = 1 << 3,    /* a civilian victim or a non-military physical target */
    VG_MUC_RX_MILTGT = 1 << 4, /* soldiers, an army post as the target */
    VG_MUC_RX_HEDGE = 1 << 5,  /* a hedge, a modal, a threat or plan ("will", "threatened") */
    VG_MUC_RX_OLD = 1 << 6,    /* a year, "ago", "anniversary" */
    VG_MUC_RX_RECENT = 1 << 7, /* "today", "yesterday", a weekday */
    VG_MUC_RX_NEG = 1 << 8,    /* a negation cue */
    VG_MUC_RX_LEGAL = 1 << 9   /* a legal or arrest trigger ("sentenced", "arrested") */
};

/* A document prepared for feature extraction (arrays in the doc arena). */
typedef struct vg_muc_doc {
    const vg_doc *doc;
    vg_muc_tok *t;      /* doc->ntoks */
    size_t n;
    uint32_t *strig;    /* per sentence: bit k set when trigger class k occurs */
    size_t nsents;
    float *sscore;      /* per sentence: incident-sentence score, or NULL */
    unsigned relx;      /* 1: vg_muc_doc_feats adds the relevance-context features
                           (the model's VG_MUC_P_RELX; 0 in models without it) */
} vg_muc_doc;

/* Prepares d for doc (tokens and sentences done); lx (may be NULL) gives
 * the lexicon classes. Returns VIGIL_OK or VIGIL_ENOMEM. */
int vg_muc_doc_init(vg_muc_doc *d, vg_doc *doc, const vg_lex *lx);

/* Marks gazetteer phrases of g on d's tokens (clears earlier marks). */
void vg_muc_doc_mark_gaz(vg_muc_doc *d, const vg_muc_gaz *g);

/* Hash of the phrase made of tokens words[0..n) (word hashes). */
uint64_t vg_muc_phrase_hash(const uint64_t *words, size_t n);

/* Gazetteer key of a single word (how often the word sits inside a
 * filler of each role), distinct from the key of the one-word phrase. */
static inline uint64_t vg_muc_word_key(uint64_t w) { return vg_muc_mix(0x77177ull, w); }

/* Feature keys of token i for the tagger; writes at most max keys
 * (VG_MUC_MAX_TOKFEATS is enough) and returns how many. */
enum { VG_MUC_MAX_TOKFEATS = 64 };
size_t vg_muc_tok_feats(const vg_muc_doc *d, size_t i, uint64_t *keys, size_t max);

/* Feature keys of the whole document (relevance and type): distinct keys,
 * sorted; at most max. */
size_t vg_muc_doc_feats(const vg_muc_doc *d, size_t tok_start, size_t tok_end, uint64_t *keys,
                        size_t max);

/* Counts of d's incident sentences by relevance context (cnt has
 * VG_MUC_RC_N entries): all of them, clean (no sign of combat between
 * armed forces, of a hedge or of an old date), combat without a civilian
 * target, hedged, old, recent. */
enum {
    VG_MUC_RC_INCIDENT = 0, VG_MUC_RC_CLEAN, VG_MUC_RC_COMBAT, VG_MUC_RC_HEDGED, VG_MUC_RC_OLD,
    VG_MUC_RC_RECENT, VG_MUC_RC_N
};
void vg_muc_rel_context(const vg_muc_doc *d, unsigned *cnt);

/* Feature keys of sentence s for the incident-sentence classifier:
 * distinct, sorted; at most max. */
size_t vg_muc_sent_feats(const vg_muc_doc *d, size_t s, uint64_t *keys, size_t max);

/* Scores every sentence of d with lin (1 label) into d->sscore (arena of
 * doc). Returns VIGIL_OK or VIGIL_ENOMEM. */
int vg_muc_doc_score_sents(vg_muc_doc *d, vg_doc *doc, const vg_muc_linear *lin);

/* A coarse bucket of a sentence score (0 .. 7), for features. */
uint64_t vg_muc_sscore_bucket(float s);

/* The trigger class of a folded word, VG_MUC_TR_NONE for none. */
int vg_muc_trigger_of(const char *w, size_t n);

/* A feature key from a template id and up to two values. */
static inline uint64_t vg_muc_key(uint32_t tmpl, uint64_t a, uint64_t b)
{
    return vg_muc_mix(vg_muc_mix((uint64_t)tmpl * 0x100000001b3ull + 7, a), b);
}

#endif
