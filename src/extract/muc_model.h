/* muc_model.h: the MUC-4 model (data/model/muc4.model): sparse linear
 * models keyed by 64-bit feature hashes, a gazetteer of train fillers, and
 * a few scalar parameters. Loaded once into a vigil_ctx and read-only
 * afterwards; built and saved by tools/muc4 (the trainer). */
#ifndef VG_MUC_MODEL_H
#define VG_MUC_MODEL_H
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "vigil/vigil.h"

/* The five MUC-4 roles, in the order of the answer keys. */
typedef enum vg_muc_role {
    VG_MUC_PERPIND = 0, VG_MUC_PERPORG, VG_MUC_TARGET, VG_MUC_VICTIM, VG_MUC_WEAPON,
    VG_MUC_NROLES
} vg_muc_role;

/* Token labels of the tagger: O, then B and I of each role
 * (B of role r = 1 + 2r, I = 2 + 2r). */
enum { VG_MUC_NTAGS = 1 + 2 * VG_MUC_NROLES };

/* Magic line and version of the model file. */
#define VG_MUC_MAGIC "vigil-muc4-model"
#define VG_MUC_VERSION 1

/* Limits on what a model file may hold (checked on load). */
enum {
    VG_MUC_MAX_LABELS = 64,
    VG_MUC_MAX_FEATS = 1u << 24,
    VG_MUC_MAX_PAIRS = 1u << 26,
    VG_MUC_MAX_EXTRA = 4096,
    VG_MUC_MAX_GAZ = 1u << 22,
    VG_MUC_MAX_PARAMS = 256,
    VG_MUC_GAZ_MAXLEN = 8 /* tokens in a gazetteer phrase */
};

/* A sparse linear model: feature key -> (label, weight) pairs. Keys live
 * in an open-addressing table (capacity a power of two, key 0 = empty)
 * whose slot holds the row's place in pairs, so a lookup touches one slot
 * and one run of pairs. extra holds dense weights a model needs beside
 * its features (the tagger's transitions: (L + 1) x L, row L = sentence
 * start). */
typedef struct vg_muc_slot {
    uint64_t key;
    uint32_t start, count; /* the row: pairs[start .. start + count) */
} vg_muc_slot;

typedef struct vg_muc_pair {
    float w;
    uint32_t lab;
} vg_muc_pair;

typedef struct vg_muc_linear {
    uint32_t nlabels;
    uint32_t nfeat, npairs, nextra;
    uint32_t cap;        /* table slots, power of two, > 2 nfeat */
    vg_muc_slot *slots;  /* cap */
    vg_muc_pair *pairs;  /* npairs, rows in file order */
    float *extra;        /* nextra */
} vg_muc_linear;

/* Gazetteer: phrase hash (vg_muc_phrase_hash of its tokens) -> one byte
 * per role: 0 not a filler of that role, else a confidence bucket 1..15. */
typedef struct vg_muc_gaz {
    uint32_t n, cap;
    uint64_t *keys;     /* cap, 0 = empty */
    uint8_t *info;      /* cap * VG_MUC_NROLES */
} vg_muc_gaz;

/* Scalar parameters (thresholds and switches), by index; the file may
 * hold fewer (the rest are 0) or more (ignored). */
enum {
    VG_MUC_P_REL_BIAS = 0,  /* relevance threshold offset */
    VG_MUC_P_ENT_BIAS,      /* entity filter threshold */
    VG_MUC_P_SPLIT,         /* templates: 0 one, 1 one per incident type present (muc.c) */
    VG_MUC_P_OBIAS,         /* subtracted from the tagger's O score (recall) */
    VG_MUC_P_TYPE2,         /* a further type gets a template when its score exceeds this */
    VG_MUC_P_SPAN_BIAS,     /* a span is a candidate when its role beats none by this */
    VG_MUC_P_CANDS,         /* candidates: 0 tagger, 1 span classifier, 2-4 both
                               (vg_muc_cands_run, muc_tag.h) */
    VG_MUC_P_MERGE,         /* write one mention per referent (aliases merged): 0/1 */
    VG_MUC_P_ENT_ROLE,      /* + role: per-role offsets of the entity threshold (5) */
    VG_MUC_P_ENT_ALPHA = VG_MUC_P_ENT_ROLE + 5, /* threshold rises by alpha per unit ... */
    VG_MUC_P_ENT_PIVOT,     /* ... of relevance below this pivot */
    VG_MUC_P_EXTRA_GAP,     /* > 0: a second template of the main type when targets and
                               victims sit this many sentences apart */
    VG_MUC_P_KEEPF,         /* 1: relevance and type also see the entity filter's scores */
    VG_MUC_P_RELX,          /* document features: 1 adds the relevance context (muc_feat.c) */
    VG_MUC_NPARAMS
};

/* The linear models of the file, by index. */
enum {
    VG_MUC_LIN_TAG = 0, /* token tagger, VG_MUC_NTAGS labels + transitions */
    VG_MUC_LIN_REL,     /* document relevance, 1 label (score > 0: relevant) */
    VG_MUC_LIN_TYPE,    /* incident type, one label per vg_muc_type - 1 */
    VG_MUC_LIN_ENT,     /* entity filter, 1 label (keep when > 0) */
    VG_MUC_LIN_SENT,    /* incident sentence, 1 label */
    VG_MUC_LIN_SPAN,    /* noun-phrase span: none and the five roles */
    VG_MUC_NLIN
};

struct vg_muc_model {
    vg_muc_linear lin[VG_MUC_NLIN];
    vg_muc_gaz gaz;
    float param[VG_MUC_NPARAMS];
};
typedef struct vg_muc_model vg_muc_model;

/* 64-bit hashing of features and phrases (stable across platforms). */
uint64_t vg_muc_hash_bytes(const char *s, size_t n);
static inline uint64_t vg_muc_mix(uint64_t a, uint64_t b)
{
    uint64_t x = a ^ (b + 0x9e3779b97f4a7c15ull + (a << 6) + (a >> 2));
    x ^= x >> 31;
    x *= 0xbf58476d1ce4e5b9ull;
    x ^= x >> 29;
    x *= 0x94d049bb133111ebull;
    x ^= x >> 32;
    return x ? x : 1; /* 0 marks an empty slot */
}

/* Adds the weights of feature key to scores[0..nlabels). */
void vg_muc_linear_add(const vg_muc_linear *m, uint64_t key, float *scores);
/* Sums the weights of keys[0..n) into scores (zeroed first). */
void vg_muc_linear_score(const vg_muc_linear *m, const uint64_t *keys, size_t n, float *scores);

/* Building (the trainer): rows given as parallel arrays; keys distinct and
 * nonzero. Returns VIGIL_OK or VIGIL_ENOMEM / VIGIL_EUSAGE. */
int vg_muc_linear_build(vg_muc_linear *m, uint32_t nlabels, uint32_t nfeat, const uint64_t *keys,
                        const uint32_t *start, const uint8_t *lab, const float *wt,
                        uint32_t nextra, const float *extra);
void vg_muc_linear_fini(vg_muc_linear *m);

/* Gazetteer lookups and building. */
const uint8_t *vg_muc_gaz_get(const vg_muc_gaz *g, uint64_t key);
int vg_muc_gaz_init(vg_muc_gaz *g, uint32_t expect);
int vg_muc_gaz_put(vg_muc_gaz *g, uint64_t key, const uint8_t info[VG_MUC_NROLES]);
void vg_muc_gaz_fini(vg_muc_gaz *g);

/* An empty model (every weight zero) the trainer fills; free with
 * vg_muc_model_free. */
int vg_muc_model_new(vg_muc_model **out);
void vg_muc_model_free(vg_muc_model *m); /* also in muc.h */

/* Writes m to f in the file format read by vg_muc_model_load. Returns
 * VIGIL_OK or VIGIL_EIO. */
int vg_muc_model_save(const vg_muc_model *m, FILE *f);

/* Parses a model from memory (what vg_muc_model_load does after reading
 * the file): every count, offset, label and weight is checked. */
int vg_muc_model_parse(vg_muc_model **out, const unsigned char *p, size_t n, vigil_error *err);

#endif
