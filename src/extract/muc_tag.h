/* muc_tag.h: the MUC-4 role tagger's output as candidate entities, and
 * the features of each candidate and of the document's set of them
 * (for the entity filter and the relevance classifier). Shared by muc.c
 * and the trainer. */
#ifndef VG_MUC_TAG_H
#define VG_MUC_TAG_H
#include <stddef.h>
#include <stdint.h>

#include "extract/muc_feat.h"
#include "extract/muc_model.h"
#include "text/doc.h"

/* One tagged span. */
typedef struct vg_muc_occ {
    uint32_t a, b;  /* tokens, end exclusive */
    uint8_t role;   /* vg_muc_role */
    uint8_t type;   /* MUC type of the nearest trigger in its sentence, or 0 */
    float score;    /* tagger margin over O, summed over its tokens */
    uint32_t ent;   /* index into the entities */
} vg_muc_occ;

/* One candidate entity: a role and a normalised string. */
typedef struct vg_muc_ent {
    const char *norm;   /* the scorer's normalisation, arena */
    uint32_t a, b;      /* tokens of its best occurrence */
    uint8_t role;
    uint32_t nocc;      /* tagged occurrences */
    uint32_t ntext;     /* occurrences of its tokens anywhere in the text */
    float score;        /* best occurrence */
    uint32_t types;     /* bit t: an occurrence sits by a trigger of MUC type t */
    uint32_t first_sent;
    float keep;         /* entity filter score (> 0: keep) */
    int32_t alias;      /* entity it is an alias of (same referent), or -1 */
    uint8_t src;        /* bit 0: found by the tagger, bit 1: by the span classifier */
    float sscore;       /* the span classifier's best margin over P_SPAN_BIAS (src & 2) */
} vg_muc_ent;

typedef struct vg_muc_cands {
    vg_muc_occ *occ;
    size_t nocc, capocc;
    vg_muc_ent *ent;
    size_t nent, capent;
} vg_muc_cands;

/* Tags d with m's tagger (lin[VG_MUC_LIN_TAG], param OBIAS) and collects
 * the candidates into c (zeroed first). Arrays in doc's arena. Returns
 * VIGIL_OK or VIGIL_ENOMEM. */
int vg_muc_tag(const vg_muc_model *m, const vg_muc_doc *d, vg_doc *doc, vg_muc_cands *c);

/* The candidates of d as the model's P_CANDS says: 0 the tagger, 1 the
 * span classifier, 2 both (spans only where the tagger found nothing),
 * 3 both (every span the tagger did not give exactly), 4 the tagger's,
 * with the span classifier's margin on the spans it also found. Like
 * vg_muc_tag. */
int vg_muc_cands_run(const vg_muc_model *m, const vg_muc_doc *d, vg_doc *doc, vg_muc_cands *c);

/* Feature keys of candidate k for the entity filter; at most max. */
enum { VG_MUC_MAX_ENTFEATS = 64 };
size_t vg_muc_ent_feats(const vg_muc_doc *d, const vg_muc_cands *c, size_t k, uint64_t *keys,
                        size_t max);

/* Summary features of the candidates, for the relevance classifier; at
 * most max. */
size_t vg_muc_cand_feats(const vg_muc_doc *d, const vg_muc_cands *c, uint64_t *keys, size_t max);

/* Summary of the entity filter's margins over its base threshold
 * (margin[k] for a candidate of role role[k], k < n), for the relevance
 * and type classifiers; at most max. */
enum { VG_MUC_MAX_KEEPFEATS = 16 };
size_t vg_muc_keep_feats(const float *margin, const uint8_t *role, size_t n, uint64_t *keys,
                         size_t max);

/* ---- noun-phrase candidates (muc_span.c) ---- */

typedef struct vg_muc_span {
    uint32_t a, b;   /* tokens of the span */
    uint32_t ra, rb; /* tokens of the run (phrase) it was cut from */
} vg_muc_span;

/* Lists the candidate spans of d into out (at most max); returns how
 * many. */
size_t vg_muc_spans(const vg_muc_doc *d, vg_muc_span *out, size_t max);

/* Feature keys of span [a, b) cut from run [ra, rb); at most max. */
enum { VG_MUC_MAX_SPANFEATS = 64 };
size_t vg_muc_span_feats(const vg_muc_doc *d, uint32_t a, uint32_t b, uint32_t ra, uint32_t rb,
                         uint64_t *keys, size_t max);

/* Candidates from the span classifier (lin[VG_MUC_LIN_SPAN], param
 * SPAN_BIAS) instead of the tagger; like vg_muc_tag. */
int vg_muc_span_cands(const vg_muc_model *m, const vg_muc_doc *d, vg_doc *doc, vg_muc_cands *c);

/* The MUC type (vg_muc_type) a trigger class reports, 0 for none. */
int vg_muc_trig_type(int trig);

#endif
