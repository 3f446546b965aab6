/* muc.h: MUC-4 role-filler templates for a document (--format muc4), from
 * the extraction results and a model trained on the MUC-4 train split
 * (data/model/, rebuilt by the command recorded beside it). */
#ifndef VG_MUC_H
#define VG_MUC_H
#include <stdint.h>
#include <stdio.h>

#include "extract/lexicon.h"
#include "extract/muc_model.h"
#include "text/doc.h"
#include "vigil/vigil.h"

typedef struct vg_muc_model vg_muc_model;

/* Loads the model at path (format: muc_model.c; every count and offset
 * checked). A missing file is not an error: *out is NULL and vg_muc_run
 * makes no templates. Returns VIGIL_OK, or VIGIL_EPARSE / VIGIL_ENOMEM
 * with err filled for a corrupt file. The model is read-only afterwards
 * and may be shared by threads. */
int vg_muc_model_load(vg_muc_model **out, const char *path, vigil_error *err);
void vg_muc_model_free(vg_muc_model *m);

/* Builds doc's MUC-4 templates (after vg_extract_run) into the document's
 * arena and leaves them in doc->ex->muc (nowhere when doc->ex is NULL).
 * Returns VIGIL_OK or VIGIL_ENOMEM. Thread-safe for distinct documents.
 * Costs about 0.4 ms per KB of text that contains incident words, so it
 * runs only when MUC-4 output is wanted (vigil_ctx_enable_muc4). */
int vg_muc_run(const vg_lex *lx, const vg_muc_model *m, vg_doc *doc);

/* Writes {"docid": ..., "templates": [{"incident_type", "PerpInd",
 * "PerpOrg", "Target", "Victim", "Weapon"}, ...]} and a newline
 * ("templates": [] when vg_muc_run left none). Returns VIGIL_OK or
 * VIGIL_ENOMEM / VIGIL_EIO. */
int vg_export_muc4(const vg_doc *doc, FILE *out);

/* ---- the result, and the pieces the trainer (tools/muc4) shares ---- */

enum { VG_MUC_ROLES = 5 }; /* PerpInd, PerpOrg, Target, Victim, Weapon */

/* One role filler: an entity given by one mention, as written. */
typedef struct vg_muc_filler {
    const char *text;       /* NUL-terminated, in the arena */
    uint32_t start, end;    /* bytes of its first mention */
    float score;            /* the entity filter's margin over its threshold */
} vg_muc_filler;

typedef struct vg_muc_template {
    uint8_t type;                          /* vg_muc_type (extract.h) */
    vg_muc_filler *fill[VG_MUC_ROLES];
    uint32_t nfill[VG_MUC_ROLES];
} vg_muc_template;

typedef struct vg_muc_result {
    vg_muc_template *tpl;
    uint32_t ntpl;
    float relevance;        /* the relevance score (> 0: relevant) */
    int main_type;          /* the type classifier's choice (vg_muc_type) */
    float type_score[8];    /* its scores, by vg_muc_type */
    const struct vg_muc_cands *cands; /* the tagger's candidates (muc_tag.h), or NULL */
    const struct vg_muc_doc *md;      /* the features' view of the document */
} vg_muc_result;

/* The first token of a person filler (PerpInd, Victim) spanning tokens
 * [a, b) of doc once the titles before a name of two or more plain words
 * are left out ("colonel guillermo benavides" -> "guillermo benavides"),
 * as the answer keys write them; a when there is no title, or no such name
 * after it ("president of the republic", "general staff"). */
uint32_t vg_muc_person_start(const vg_doc *doc, uint32_t a, uint32_t b);

/* Predicts doc's templates (tokens and sentences done) into out, all in
 * the document's arena. m may be NULL (no templates). Returns VIGIL_OK or
 * VIGIL_ENOMEM. */
int vg_muc_predict(const vg_lex *lx, const vg_muc_model *m, vg_doc *doc, vg_muc_result *out);

/* The result vg_muc_run left on doc, or NULL. */
const vg_muc_result *vg_muc_result_get(const vg_doc *doc);

/* Writes one prediction line for docid (JSON, the scorer's format). */
int vg_muc_write_json(const char *docid, const vg_muc_result *r, FILE *out);

/* Viterbi over n tokens: emit is n x VG_MUC_NTAGS, trans (NTAGS + 1) x
 * NTAGS (last row: sentence start); BIO constraints enforced. Writes the
 * labels to out; delta (n x NTAGS floats) and back (n x NTAGS) are
 * scratch. */
void vg_muc_viterbi(const float *emit, size_t n, const float *trans, uint8_t *out, float *delta,
                    uint8_t *back);

/* The scorer's normalisation of s[0..n) into out[0..cap): lower case,
 * ASCII punctuation dropped, articles a/an/the dropped, whitespace
 * squeezed. Returns its length (truncated to cap - 1). */
size_t vg_muc_normalize(const char *s, size_t n, char *out, size_t cap);

/* MUC-4 name of an incident type ("attack"), NULL for none. */
const char *vg_muc_type_str(int type);

#endif
