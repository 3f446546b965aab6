/* train.h: the MUC-4 trainer's shared types (tools/muc4 only). */
#ifndef MUC4_TRAIN_H
#define MUC4_TRAIN_H
#include <stddef.h>
#include <stdint.h>

#include "extract/muc_feat.h"
#include "extract/muc_model.h"
#include "extract/muc_tag.h"
#include "text/doc.h"

enum { TR_MAX_TPL = 16 };

/* One gold mention: its template, role, entity, and tokens. */
typedef struct tr_mention {
    int tpl, role, ent;
    uint64_t w[VG_MUC_GAZ_MAXLEN];
    size_t nw;          /* 0: longer than a gazetteer phrase, or empty */
    uint64_t hash;      /* vg_muc_phrase_hash of w */
    char *text;
    char *norm;         /* the scorer's normalisation of text */
    int found;          /* occurs in the document's tokens */
} tr_mention;

/* A candidate entity of a jackknifed tagger run: its filter features and
 * whether it matches a gold entity of its role. */
typedef struct tr_cand {
    uint64_t keys[VG_MUC_MAX_ENTFEATS];
    uint8_t nkeys, role, label;
} tr_cand;

typedef struct tr_doc {
    char *id;
    vg_doc doc;
    vg_muc_doc md;
    int ntpl;
    int type;                  /* majority vg_muc_type, 0 when no template */
    int tpl_type[TR_MAX_TPL];
    tr_mention *ment;
    size_t nment, capment;
    uint8_t *gold;             /* per token: tagger label */
    tr_cand *cands;            /* jackknifed candidates */
    size_t ncands;
    uint64_t sum[64];          /* their summary features (relevance) */
    size_t nsum;
    uint64_t ksum[VG_MUC_MAX_KEEPFEATS]; /* the jackknifed filter's summary (keepf) */
    size_t nksum;
    float pred_rel;
} tr_doc;

typedef struct tr_set {
    const vg_lex *lx; /* lexicons for features, or NULL */
    tr_doc *docs;
    size_t n, cap;
} tr_set;

typedef struct tr_opts {
    int epochs;      /* tagger */
    int tag_avg;     /* taggers averaged, each over another order of the documents */
    int doc_epochs;  /* relevance and type */
    int jack;        /* jackknife parts for the gazetteer */
    float rel_bias;
    unsigned seed;
    int flags;       /* experiments */
    int split;
    float obias;
    float ent_bias;
    float ent_role[VG_MUC_NROLES]; /* per-role offsets of ent_bias */
    float ent_alpha, ent_pivot;    /* stricter entities in doubtful documents */
    int extra_gap;                 /* second template of the main type (0: never) */
    float type2;
    int merge;       /* aliases merged */
    int cands;       /* candidates: 0 tagger, 1 span classifier */
    float span_bias;
    int inner;       /* jackknife parts for the candidate features (0: none) */
    int keepf;       /* relevance and type also see the entity filter's summary */
    int relx;        /* relevance and type also see the relevance context (muc_feat.c) */
    int ent_all;     /* entity filter trained on the candidates of every doc, not only relevant */
} tr_opts;

/* Phrase statistics for the gazetteer (open addressing on the hash). */
typedef struct phrase_ent {
    uint64_t key;
    int fill[VG_MUC_NROLES]; /* docs where it fills role r */
    int present;             /* docs where it occurs */
    int last_doc, present_doc;
    unsigned seen_roles;
} phrase_ent;

typedef struct phrase_tab {
    phrase_ent *ents;
    size_t n, cap;
} phrase_tab;

void ptab_init(phrase_tab *t);
void ptab_fini(phrase_tab *t);
phrase_ent *ptab_get(phrase_tab *t, uint64_t key, int create);

/* learn.c */
void train_tagger(tr_set *set, const int *idx, size_t n, const tr_opts *o, vg_muc_linear *out);
void train_span_model(tr_set *set, const int *idx, size_t n, const tr_opts *o, vg_muc_linear *out);
/* The role (vg_muc_role) whose gold string tokens [a, b) of td spell, or -1. */
int span_gold_role(const tr_doc *td, uint32_t a, uint32_t b);
void train_sent_model(tr_set *set, const int *idx, size_t n, const tr_opts *o, vg_muc_linear *out);
void train_entity_filter(tr_set *set, const int *idx, size_t n, const tr_opts *o,
                         vg_muc_linear *out);
void train_doc_classifiers(tr_set *set, const int *idx, size_t n, const tr_opts *o,
                           vg_muc_model *m);

#endif
