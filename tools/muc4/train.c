/* train.c: the MUC-4 trainer (tools/muc4), builds data/model/muc4.model
 * from the MUC-4 train split.
 *
 * usage: muc4-train [--data DIR] train TRAIN.jsonl MODEL
 *            train on every document of TRAIN.jsonl, write MODEL
 *        muc4-train [--data DIR] cv TRAIN.jsonl K PRED.jsonl
 *            K-fold cross-validation: each fold's documents predicted by
 *            a model trained on the others, all written to PRED.jsonl
 *            (score it with shared/tools/muc4-score against TRAIN.jsonl)
 *        muc4-train [--data DIR] predict MODEL DOCS.jsonl PRED.jsonl
 *   DIR is Vigil's data directory (the lexicons are features).
 *
 * Takes the answer keys ({"docid", "text", "templates"}), analyses each
 * text with Vigil's own text layer and the feature code of the extractor
 * (src/extract/muc_feat.c, muc_tag.c), labels every occurrence of every
 * gold string, and trains (learn.c), in this order:
 *   - the gazetteer of train fillers; the marks the training documents
 *     see are jackknifed (JACK parts: each document sees a gazetteer built
 *     without it), so the learners do not trust it more than it deserves;
 *   - the incident-sentence classifier, jackknifed the same way (INNER
 *     parts) for the scores the later stages train on;
 *   - the role tagger, also jackknifed to give each training document the
 *     candidates a tagger that never saw it would give;
 *   - on those candidates, the entity filter and the relevance and
 *     incident-type classifiers;
 * then writes the model with the thresholds below. The defaults are the
 * settings chosen by 5-fold cross-validation on train (never on dev);
 * MUC_* environment variables override them for experiments (see main).
 * Deterministic (fixed seeds, no threads): the same input gives the same
 * model file, byte for byte. This is a tool: it exits on out of memory.
 */
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract/extract.h"
#include "extract/muc.h"
#include "extract/muc_feat.h"
#include "extract/muc_model.h"
#include "text/doc.h"
#include "text/sent.h"
#include "text/tok.h"
#include "util/alloc.h"

#include "train.h"

/* ---- reading the answer keys ---- */

static int type_of(const char *s)
{
    if (!s)
        return VG_MUC_ATTACK;
    if (!strncmp(s, "attack", 6))
        return VG_MUC_ATTACK;
    if (!strncmp(s, "bombing", 7))
        return VG_MUC_BOMBING;
    if (!strcmp(s, "kidnapping"))
        return VG_MUC_KIDNAPPING;
    if (!strcmp(s, "arson"))
        return VG_MUC_ARSON;
    if (!strcmp(s, "robbery"))
        return VG_MUC_ROBBERY;
    if (!strcmp(s, "forced work stoppage"))
        return VG_MUC_FORCED_WORK_STOPPAGE;
    return VG_MUC_ATTACK;
}

static const char *const role_keys[VG_MUC_NROLES] = {"PerpInd", "PerpOrg", "Target", "Victim",
                                                     "Weapon"};

/* Word hashes of a string as the tokenizer cuts it. */
static size_t phrase_words(const char *s, size_t len, uint64_t *out, size_t max)
{
    vg_doc d;
    vg_doc_init(&d);
    size_t n = 0;
    if (vg_doc_set_text(&d, s, len) == VIGIL_OK && vg_tok_run(&d) == VIGIL_OK) {
        for (size_t i = 0; i < d.ntoks && n < max; i++)
            out[n++] = vg_muc_hash_bytes(d.toks[i].norm, d.toks[i].normlen);
        if (d.ntoks > max)
            n = 0;
    }
    vg_doc_fini(&d);
    return n;
}

static void add_mention(tr_doc *td, int tpl, int role, int ent, const char *s)
{
    if (td->nment == td->capment) {
        td->capment = td->capment ? 2 * td->capment : 16;
        td->ment = realloc(td->ment, td->capment * sizeof *td->ment);
    }
    tr_mention *m = &td->ment[td->nment++];
    memset(m, 0, sizeof *m);
    m->tpl = tpl;
    m->role = role;
    m->ent = ent;
    m->nw = phrase_words(s, strlen(s), m->w, VG_MUC_GAZ_MAXLEN);
    m->hash = m->nw ? vg_muc_phrase_hash(m->w, m->nw) : 0;
    m->text = strdup(s);
    char norm[256];
    vg_muc_normalize(s, strlen(s), norm, sizeof norm);
    m->norm = strdup(norm);
}

static int load_docs(const char *path, tr_set *set)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        fprintf(stderr, "muc4-train: cannot open %s\n", path);
        return -1;
    }
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    const vg_lex *lx = set->lx;
    memset(set, 0, sizeof *set);
    set->lx = lx;
    while ((len = getline(&line, &cap, f)) > 0) {
        json_error_t je;
        json_t *o = json_loadb(line, (size_t)len, 0, &je);
        if (!o)
            continue;
        const char *id = json_string_value(json_object_get(o, "docid"));
        const char *text = json_string_value(json_object_get(o, "text"));
        if (!id || !text) {
            json_decref(o);
            continue;
        }
        if (set->n == set->cap) {
            set->cap = set->cap ? 2 * set->cap : 256;
            set->docs = realloc(set->docs, set->cap * sizeof *set->docs);
        }
        tr_doc *td = &set->docs[set->n++];
        memset(td, 0, sizeof *td);
        td->id = strdup(id);
        vg_doc_init(&td->doc);
        td->doc.id = td->id;
        if (vg_doc_set_text(&td->doc, text, strlen(text)) != VIGIL_OK ||
            vg_tok_run(&td->doc) != VIGIL_OK || vg_sent_run(&td->doc) != VIGIL_OK ||
            vg_muc_doc_init(&td->md, &td->doc, set->lx) != VIGIL_OK) {
            fprintf(stderr, "muc4-train: cannot analyse %s\n", id);
            exit(1);
        }
        json_t *tpls = json_object_get(o, "templates");
        size_t ti;
        json_t *t;
        int type_votes[8] = {0};
        json_array_foreach(tpls, ti, t)
        {
            int tt = type_of(json_string_value(json_object_get(t, "incident_type")));
            if (td->ntpl < TR_MAX_TPL)
                td->tpl_type[td->ntpl] = tt;
            td->ntpl++;
            type_votes[tt]++;
            for (int r = 0; r < VG_MUC_NROLES; r++) {
                json_t *ents = json_object_get(t, role_keys[r]);
                size_t ei;
                json_t *e;
                json_array_foreach(ents, ei, e)
                {
                    size_t mi;
                    json_t *mm;
                    json_array_foreach(e, mi, mm)
                    {
                        const char *s = json_string_value(json_object_get(mm, "text"));
                        if (s)
                            add_mention(td, (int)ti, r, (int)ei, s);
                    }
                }
            }
        }
        td->type = 0;
        for (int k = 1; k < 8; k++)
            if (type_votes[k] > type_votes[td->type])
                td->type = k;
        json_decref(o);
    }
    free(line);
    fclose(f);
    for (size_t k = 0; k < set->n; k++) /* the array moved while growing */
        set->docs[k].md.doc = &set->docs[k].doc;
    return 0;
}

/* ---- gold labels: every occurrence of every gold mention ---- */

typedef struct span {
    uint32_t a, b;
    int role;
} span;

static int cmp_span_len(const void *x, const void *y)
{
    const span *p = x, *q = y;
    uint32_t lp = p->b - p->a, lq = q->b - q->a;
    if (lp != lq)
        return lp > lq ? -1 : 1;
    return p->a < q->a ? -1 : p->a > q->a;
}

/* Labels every token of td (flags & 4: only each string's first
 * occurrence, for comparison). */
static void label_doc(tr_doc *td, int flags)
{
    size_t n = td->md.n;
    td->gold = calloc(n ? n : 1, 1);
    /* role of each distinct phrase: the role it fills most often */
    span *sp = NULL;
    size_t nsp = 0, capsp = 0;
    for (size_t k = 0; k < td->nment; k++) {
        tr_mention *m = &td->ment[k];
        if (!m->nw)
            continue;
        int votes[VG_MUC_NROLES] = {0};
        for (size_t j = 0; j < td->nment; j++)
            if (td->ment[j].hash == m->hash)
                votes[td->ment[j].role]++;
        int role = 0;
        for (int r = 1; r < VG_MUC_NROLES; r++)
            if (votes[r] > votes[role])
                role = r;
        if (role != m->role)
            continue;
        for (size_t i = 0; i + m->nw <= n; i++) {
            size_t j = 0;
            while (j < m->nw && td->md.t[i + j].w == m->w[j])
                j++;
            if (j < m->nw)
                continue;
            if (nsp == capsp) {
                capsp = capsp ? 2 * capsp : 64;
                sp = realloc(sp, capsp * sizeof *sp);
            }
            sp[nsp++] = (span){(uint32_t)i, (uint32_t)(i + m->nw), role};
            m->found = 1;
            if (flags & 4)
                break;
        }
    }
    qsort(sp, nsp, sizeof *sp, cmp_span_len);
    for (size_t k = 0; k < nsp; k++) {
        int free_ = 1;
        for (uint32_t i = sp[k].a; i < sp[k].b; i++)
            if (td->gold[i])
                free_ = 0;
        if (!free_)
            continue;
        td->gold[sp[k].a] = (uint8_t)(1 + 2 * sp[k].role);
        for (uint32_t i = sp[k].a + 1; i < sp[k].b; i++)
            td->gold[i] = (uint8_t)(2 + 2 * sp[k].role);
    }
    free(sp);
}

/* ---- gazetteer of train fillers ---- */

/* Builds the gazetteer from docs idx[0..n) except those with part ==
 * skip (-1: none); buckets as documented in muc_feat.h. */
static void build_gaz(tr_set *set, const int *idx, size_t n, const int *part, int skip,
                      vg_muc_gaz *g)
{
    /* distinct phrases of the training docs */
    phrase_tab pt;
    ptab_init(&pt);
    for (size_t k = 0; k < n; k++) {
        tr_doc *td = &set->docs[idx[k]];
        if (skip >= 0 && part[k] == skip)
            continue;
        for (size_t j = 0; j < td->nment; j++) {
            tr_mention *m = &td->ment[j];
            if (!m->nw)
                continue;
            phrase_ent *pe = ptab_get(&pt, m->hash, 1);
            if (pe->last_doc != (int)idx[k] + 1 || !(pe->seen_roles & (1u << m->role))) {
                if (pe->last_doc != (int)idx[k] + 1)
                    pe->seen_roles = 0;
                pe->last_doc = (int)idx[k] + 1;
                pe->seen_roles |= 1u << m->role;
                pe->fill[m->role]++;
            }
        }
    }
    /* in how many training docs does each phrase occur at all */
    for (size_t k = 0; k < n; k++) {
        tr_doc *td = &set->docs[idx[k]];
        if (skip >= 0 && part[k] == skip)
            continue;
        for (size_t i = 0; i < td->md.n; i++) {
            uint64_t h = 0x5eedull;
            for (size_t len = 1; len <= VG_MUC_GAZ_MAXLEN && i + len <= td->md.n; len++) {
                h = vg_muc_mix(h, td->md.t[i + len - 1].w);
                phrase_ent *pe = ptab_get(&pt, h, 0);
                if (pe && pe->present_doc != (int)idx[k] + 1) {
                    pe->present_doc = (int)idx[k] + 1;
                    pe->present++;
                }
            }
        }
    }
    /* words: how often each sits inside a filler of each role (relevant
     * docs only, where the labels are) */
    phrase_tab wt;
    ptab_init(&wt);
    for (size_t k = 0; k < n; k++) {
        tr_doc *td = &set->docs[idx[k]];
        if ((skip >= 0 && part[k] == skip) || td->ntpl == 0)
            continue;
        for (size_t i = 0; i < td->md.n; i++) {
            if (td->md.t[i].cls == VG_MUC_CL_PUNCT)
                continue;
            phrase_ent *pe = ptab_get(&wt, vg_muc_word_key(td->md.t[i].w), 1);
            pe->present++;
            if (td->gold[i])
                pe->fill[(td->gold[i] - 1) / 2]++;
        }
    }
    if (vg_muc_gaz_init(g, (uint32_t)(pt.n + wt.n)) != VIGIL_OK) {
        fprintf(stderr, "muc4-train: out of memory\n");
        exit(1);
    }
    for (size_t s = 0; s < pt.cap; s++) {
        phrase_ent *pe = &pt.ents[s];
        if (!pe->key)
            continue;
        uint8_t info[VG_MUC_NROLES] = {0};
        int any = 0;
        for (int r = 0; r < VG_MUC_NROLES; r++) {
            if (!pe->fill[r])
                continue;
            double p = (double)pe->fill[r] / (pe->present > pe->fill[r] ? pe->present : pe->fill[r]);
            int pb = p < 0.15 ? 0 : p < 0.4 ? 1 : p < 0.7 ? 2 : 3;
            info[r] = (uint8_t)(1 + pb + (pe->fill[r] >= 2 ? 4 : 0));
            any = 1;
        }
        if (any)
            (void)vg_muc_gaz_put(g, pe->key, info);
    }
    ptab_fini(&pt);
    for (size_t s = 0; s < wt.cap; s++) {
        phrase_ent *pe = &wt.ents[s];
        if (!pe->key)
            continue;
        uint8_t info[VG_MUC_NROLES] = {0};
        int any = 0;
        for (int r = 0; r < VG_MUC_NROLES; r++) {
            if (!pe->fill[r])
                continue;
            double p = (double)pe->fill[r] / pe->present;
            int pb = p < 0.05 ? 0 : p < 0.2 ? 1 : p < 0.5 ? 2 : 3;
            info[r] = (uint8_t)(1 + pb + (pe->fill[r] >= 3 ? 4 : 0));
            any = 1;
        }
        if (any)
            (void)vg_muc_gaz_put(g, pe->key, info);
    }
    ptab_fini(&wt);
}

int span_gold_role(const tr_doc *td, uint32_t a, uint32_t b)
{
    if (b <= a)
        return -1;
    uint32_t s = td->doc.toks[a].start, e = td->doc.toks[b - 1].end;
    char norm[256];
    if (vg_muc_normalize(td->doc.text + s, e - s, norm, sizeof norm) == 0)
        return -1;
    int votes[VG_MUC_NROLES] = {0}, any = 0;
    for (size_t j = 0; j < td->nment; j++)
        if (!strcmp(td->ment[j].norm, norm)) {
            votes[td->ment[j].role]++;
            any = 1;
        }
    if (!any)
        return -1;
    int role = 0;
    for (int r = 1; r < VG_MUC_NROLES; r++)
        if (votes[r] > votes[role])
            role = r;
    return role;
}

/* ---- candidates of held-out taggers ---- */

static int is_gold(const tr_doc *td, int role, const char *norm)
{
    for (size_t j = 0; j < td->nment; j++)
        if (td->ment[j].role == role && !strcmp(td->ment[j].norm, norm))
            return 1;
    return 0;
}

/* Records the candidates of a tagger on td: filter features, labels, and
 * the summary features for relevance. */
static void record_cands(tr_doc *td, const vg_muc_model *tm)
{
    vg_muc_cands c;
    int rc = vg_muc_cands_run(tm, &td->md, &td->doc, &c);
    if (rc != VIGIL_OK) {
        fprintf(stderr, "muc4-train: tagging failed on %s\n", td->id);
        exit(1);
    }
    free(td->cands);
    td->cands = calloc(c.nent + 1, sizeof *td->cands);
    td->ncands = c.nent;
    for (size_t k = 0; k < c.nent; k++) {
        tr_cand *tc = &td->cands[k];
        tc->nkeys = (uint8_t)vg_muc_ent_feats(&td->md, &c, k, tc->keys, VG_MUC_MAX_ENTFEATS);
        tc->role = c.ent[k].role;
        tc->label = (uint8_t)is_gold(td, c.ent[k].role, c.ent[k].norm);
    }
    td->nsum = vg_muc_cand_feats(&td->md, &c, td->sum, 64);
}

static void set_params(vg_muc_model *m, const tr_opts *o)
{
    m->param[VG_MUC_P_REL_BIAS] = o->rel_bias;
    m->param[VG_MUC_P_ENT_BIAS] = o->ent_bias;
    m->param[VG_MUC_P_SPLIT] = (float)o->split;
    m->param[VG_MUC_P_OBIAS] = o->obias;
    m->param[VG_MUC_P_TYPE2] = o->type2;
    m->param[VG_MUC_P_SPAN_BIAS] = o->span_bias;
    m->param[VG_MUC_P_CANDS] = (float)o->cands;
    m->param[VG_MUC_P_MERGE] = (float)o->merge;
    for (int r = 0; r < VG_MUC_NROLES; r++)
        m->param[VG_MUC_P_ENT_ROLE + r] = o->ent_role[r];
    m->param[VG_MUC_P_ENT_ALPHA] = o->ent_alpha;
    m->param[VG_MUC_P_ENT_PIVOT] = o->ent_pivot;
    m->param[VG_MUC_P_EXTRA_GAP] = (float)o->extra_gap;
    m->param[VG_MUC_P_KEEPF] = (float)o->keepf;
    m->param[VG_MUC_P_RELX] = (float)o->relx;
}

/* Gives each doc the summary of an entity filter that never saw it:
 * trained on the other parts' candidates, its margins over the base
 * threshold summarised as vg_muc_predict does for relevance. */
static void jackknife_keep(tr_set *set, const int *idx, size_t n, const tr_opts *o)
{
    int *trn = malloc((n ? n : 1) * sizeof *trn);
    for (int p = 0; p < o->inner; p++) {
        size_t ntrn = 0;
        for (size_t k = 0; k < n; k++)
            if ((int)(k % (size_t)o->inner) != p)
                trn[ntrn++] = idx[k];
        vg_muc_linear fl;
        train_entity_filter(set, trn, ntrn, o, &fl);
        for (size_t k = 0; k < n; k++) {
            if ((int)(k % (size_t)o->inner) != p)
                continue;
            tr_doc *td = &set->docs[idx[k]];
            float *mg = malloc((td->ncands + 1) * sizeof *mg);
            uint8_t *rl = malloc(td->ncands + 1);
            for (size_t j = 0; j < td->ncands; j++) {
                float s;
                vg_muc_linear_score(&fl, td->cands[j].keys, td->cands[j].nkeys, &s);
                rl[j] = td->cands[j].role;
                mg[j] = s - o->ent_bias - o->ent_role[rl[j]];
            }
            td->nksum = vg_muc_keep_feats(mg, rl, td->ncands, td->ksum, VG_MUC_MAX_KEEPFEATS);
            free(mg);
            free(rl);
        }
        vg_muc_linear_fini(&fl);
    }
    free(trn);
}

/* Trains the tagger on all but one part of the docs, in turn, and records
 * each held-out part's candidates. */
static void jackknife_cands(tr_set *set, const int *idx, size_t n, const tr_opts *o)
{
    int *trn = malloc((n ? n : 1) * sizeof *trn);
    for (int p = 0; p < o->inner; p++) {
        size_t ntrn = 0;
        for (size_t k = 0; k < n; k++)
            if ((int)(k % (size_t)o->inner) != p)
                trn[ntrn++] = idx[k];
        vg_muc_model tm;
        memset(&tm, 0, sizeof tm);
        if (o->cands)
            train_span_model(set, trn, ntrn, o, &tm.lin[VG_MUC_LIN_SPAN]);
        if (o->cands != 1)
            train_tagger(set, trn, ntrn, o, &tm.lin[VG_MUC_LIN_TAG]);
        set_params(&tm, o);
        for (size_t k = 0; k < n; k++)
            if ((int)(k % (size_t)o->inner) == p)
                record_cands(&set->docs[idx[k]], &tm);
        vg_muc_linear_fini(&tm.lin[VG_MUC_LIN_TAG]);
        vg_muc_linear_fini(&tm.lin[VG_MUC_LIN_SPAN]);
    }
    free(trn);
}

/* ---- the whole training run on a set of docs ---- */

static void train_models(tr_set *set, const int *idx, size_t n, const tr_opts *o, vg_muc_model *m)
{
    /* jackknifed gazetteer marks on the training docs */
    int *part = malloc((n ? n : 1) * sizeof *part);
    for (size_t k = 0; k < n; k++)
        part[k] = (int)(k % (size_t)o->jack);
    for (int j = 0; j < o->jack; j++) {
        vg_muc_gaz g;
        build_gaz(set, idx, n, part, j, &g);
        for (size_t k = 0; k < n; k++)
            if (part[k] == j)
                vg_muc_doc_mark_gaz(&set->docs[idx[k]].md, &g);
        vg_muc_gaz_fini(&g);
    }
    build_gaz(set, idx, n, part, -1, &m->gaz);
    free(part);

    /* jackknifed incident-sentence scores, then the final sentence model */
    if (o->inner > 1) {
        int *trn = malloc((n ? n : 1) * sizeof *trn);
        for (int p = 0; p < o->inner; p++) {
            size_t ntrn = 0;
            for (size_t k = 0; k < n; k++)
                if ((int)(k % (size_t)o->inner) != p)
                    trn[ntrn++] = idx[k];
            vg_muc_linear sl;
            train_sent_model(set, trn, ntrn, o, &sl);
            for (size_t k = 0; k < n; k++)
                if ((int)(k % (size_t)o->inner) == p) {
                    tr_doc *td = &set->docs[idx[k]];
                    if (vg_muc_doc_score_sents(&td->md, &td->doc, &sl) != VIGIL_OK)
                        exit(1);
                }
            vg_muc_linear_fini(&sl);
        }
        free(trn);
    }
    train_sent_model(set, idx, n, o, &m->lin[VG_MUC_LIN_SENT]);

    if (o->inner > 1)
        jackknife_cands(set, idx, n, o);
    if (o->inner > 1 && o->keepf)
        jackknife_keep(set, idx, n, o);
    if (o->cands >= 2) {
        train_tagger(set, idx, n, o, &m->lin[VG_MUC_LIN_TAG]);
        train_span_model(set, idx, n, o, &m->lin[VG_MUC_LIN_SPAN]);
    } else if (o->cands) {
        float zero[(VG_MUC_NTAGS + 1) * VG_MUC_NTAGS] = {0};
        uint32_t start0 = 0;
        if (vg_muc_linear_build(&m->lin[VG_MUC_LIN_TAG], VG_MUC_NTAGS, 0, NULL, &start0, NULL,
                                NULL, (VG_MUC_NTAGS + 1) * VG_MUC_NTAGS, zero) != VIGIL_OK)
            exit(1);
        train_span_model(set, idx, n, o, &m->lin[VG_MUC_LIN_SPAN]);
    } else {
        train_tagger(set, idx, n, o, &m->lin[VG_MUC_LIN_TAG]);
        uint32_t start0 = 0;
        if (vg_muc_linear_build(&m->lin[VG_MUC_LIN_SPAN], 1 + VG_MUC_NROLES, 0, NULL, &start0,
                                NULL, NULL, 0, NULL) != VIGIL_OK)
            exit(1);
    }
    set_params(m, o);
    train_doc_classifiers(set, idx, n, o, m);
}

/* A prediction line with the candidates, for analysis scripts: the
 * scorer ignores the "_" keys. */
static void write_debug(tr_doc *td, const vg_muc_result *r, FILE *out)
{
    json_t *o = json_object();
    json_object_set_new(o, "docid", json_string(td->id));
    json_t *tpls = json_array();
    for (uint32_t t = 0; t < r->ntpl; t++) {
        json_t *jt = json_object();
        json_object_set_new(jt, "incident_type", json_string(vg_muc_type_str(r->tpl[t].type)));
        for (int k = 0; k < VG_MUC_NROLES; k++) {
            json_t *a = json_array();
            for (uint32_t e = 0; e < r->tpl[t].nfill[k]; e++)
                json_array_append_new(a, json_string(r->tpl[t].fill[k][e].text));
            json_object_set_new(jt, role_keys[k], a);
        }
        json_array_append_new(tpls, jt);
    }
    json_object_set_new(o, "templates", tpls);
    json_object_set_new(o, "_rel", json_real(r->relevance));
    unsigned rc[VG_MUC_RC_N];
    vg_muc_rel_context(&td->md, rc);
    json_t *jrc = json_array();
    for (int k = 0; k < VG_MUC_RC_N; k++)
        json_array_append_new(jrc, json_integer(rc[k]));
    json_object_set_new(o, "_rc", jrc);
    json_object_set_new(o, "_main", json_integer(r->main_type));
    json_t *ts = json_array();
    for (int k = 1; k <= VG_MUC_FORCED_WORK_STOPPAGE; k++)
        json_array_append_new(ts, json_real(r->type_score[k]));
    json_object_set_new(o, "_tscore", ts);
    json_t *ents = json_array();
    const vg_muc_cands *c = r->cands;
    for (size_t k = 0; c && k < c->nent; k++) {
        const vg_muc_ent *x = &c->ent[k];
        json_t *e = json_object();
        uint32_t s = td->doc.toks[x->a].start, en = td->doc.toks[x->b - 1].end;
        json_object_set_new(e, "role", json_string(role_keys[x->role]));
        json_object_set_new(e, "text", json_stringn(td->doc.text + s, en - s));
        json_object_set_new(e, "start", json_integer(s));
        json_object_set_new(e, "sent", json_integer(x->first_sent));
        json_object_set_new(e, "types", json_integer(x->types));
        json_object_set_new(e, "keep", json_real(x->keep));
        json_object_set_new(e, "score", json_real(x->score));
        json_t *occ = json_array();
        for (size_t j = 0; j < c->nocc; j++)
            if (c->occ[j].ent == k) {
                json_t *oc = json_array();
                json_array_append_new(oc, json_integer(td->md.t[c->occ[j].a].sent));
                json_array_append_new(oc, json_integer(c->occ[j].type));
                json_array_append_new(occ, oc);
            }
        json_object_set_new(e, "occ", occ);
        json_array_append_new(ents, e);
    }
    json_object_set_new(o, "_ents", ents);
    json_t *st = json_array();
    for (size_t s = 0; s < td->md.nsents; s++)
        json_array_append_new(st, json_integer(td->md.strig[s]));
    json_object_set_new(o, "_strig", st);
    json_t *ss = json_array();
    for (size_t s = 0; r->md && r->md->sscore && s < r->md->nsents; s++)
        json_array_append_new(ss, json_real(r->md->sscore[s]));
    json_object_set_new(o, "_ssc", ss);
    json_dumpf(o, out, JSON_COMPACT | JSON_PRESERVE_ORDER);
    fputc('\n', out);
    json_decref(o);
}

static void predict_docs(tr_set *set, const int *idx, size_t n, const vg_muc_model *m, FILE *out)
{
    for (size_t k = 0; k < n; k++) {
        tr_doc *td = &set->docs[idx[k]];
        vg_muc_result r;
        if (vg_muc_predict(set->lx, m, &td->doc, &r) != VIGIL_OK) {
            fprintf(stderr, "muc4-train: predict failed on %s\n", td->id);
            exit(1);
        }
        td->pred_rel = r.relevance;
        if (getenv("MUC_DEBUG"))
            write_debug(td, &r, out);
        else if (vg_muc_write_json(td->id, &r, out) != VIGIL_OK) {
            fprintf(stderr, "muc4-train: write failed\n");
            exit(1);
        }
    }
}

static void report_alignment(tr_set *set)
{
    size_t found = 0, total = 0;
    for (size_t k = 0; k < set->n; k++)
        for (size_t j = 0; j < set->docs[k].nment; j++) {
            total++;
            found += set->docs[k].ment[j].found;
        }
    fprintf(stderr, "gold mentions aligned to tokens: %zu of %zu\n", found, total);
}

static void usage(void)
{
    fprintf(stderr, "usage: muc4-train [--data DIR] train TRAIN.jsonl MODEL\n"
                    "       muc4-train [--data DIR] cv TRAIN.jsonl K PRED.jsonl\n"
                    "       muc4-train [--data DIR] predict MODEL DOCS.jsonl PRED.jsonl\n"
                    "DIR: Vigil's data directory, for the lexicons (default: data)\n");
    exit(2);
}

int main(int argc, char **argv)
{
    /* the defaults are the settings chosen by 5-fold cross-validation on
     * the train split; the MUC_* variables override them for experiments */
    tr_opts o = {.epochs = 10, .tag_avg = 20, .doc_epochs = 20, .jack = 10, .inner = 5, .seed = 12345,
                 .obias = 4, .split = 1, .type2 = 0, .rel_bias = -2, .ent_bias = -1,
                 .merge = 1, .cands = 0, .span_bias = -3,
                 .ent_role = {-0.5f, -0.5f, 0, 0, 0.5f}, .ent_alpha = 0.5f, .ent_pivot = 2,
                 .extra_gap = 2, .keepf = 0, .ent_all = 0, .relx = 1};
    const char *env;
    if ((env = getenv("MUC_EPOCHS")))
        o.epochs = atoi(env);
    if ((env = getenv("MUC_TAG_AVG")))
        o.tag_avg = atoi(env);
    if ((env = getenv("MUC_DOC_EPOCHS")))
        o.doc_epochs = atoi(env);
    if ((env = getenv("MUC_REL_BIAS")))
        o.rel_bias = (float)atof(env);
    if ((env = getenv("MUC_OBIAS")))
        o.obias = (float)atof(env);
    if ((env = getenv("MUC_INNER")))
        o.inner = atoi(env);
    if ((env = getenv("MUC_ENT_BIAS")))
        o.ent_bias = (float)atof(env);
    if ((env = getenv("MUC_TYPE2")))
        o.type2 = (float)atof(env);
    if ((env = getenv("MUC_ENT_ROLE")))
        sscanf(env, "%f,%f,%f,%f,%f", &o.ent_role[0], &o.ent_role[1], &o.ent_role[2],
               &o.ent_role[3], &o.ent_role[4]);
    if ((env = getenv("MUC_ENT_ALPHA")))
        o.ent_alpha = (float)atof(env);
    if ((env = getenv("MUC_ENT_PIVOT")))
        o.ent_pivot = (float)atof(env);
    if ((env = getenv("MUC_EXTRA_GAP")))
        o.extra_gap = atoi(env);
    if ((env = getenv("MUC_MERGE")))
        o.merge = atoi(env);
    if ((env = getenv("MUC_CANDS")))
        o.cands = atoi(env);
    if ((env = getenv("MUC_SPAN_BIAS")))
        o.span_bias = (float)atof(env);
    if ((env = getenv("MUC_SEED")))
        o.seed = (unsigned)atoi(env);
    if ((env = getenv("MUC_ENT_ALL")))
        o.ent_all = atoi(env);
    if ((env = getenv("MUC_KEEPF")))
        o.keepf = atoi(env);
    if ((env = getenv("MUC_RELX")))
        o.relx = atoi(env);
    if ((env = getenv("MUC_SPLIT")))
        o.split = atoi(env);
    if ((env = getenv("MUC_FLAGS")))
        o.flags = atoi(env);
    const char *data_dir = getenv("MUC_DATA");
    if (!data_dir)
        data_dir = "data";
    if (argc >= 3 && !strcmp(argv[1], "--data")) {
        data_dir = argv[2];
        argc -= 2;
        argv += 2;
    }
    if (argc < 2)
        usage();
    tr_set set;
    memset(&set, 0, sizeof set);
    vg_lex *lx = NULL;
    if (!getenv("MUC_NOLEX")) {
        vigil_error lerr;
        if (vg_lex_load(&lx, data_dir, &lerr) != VIGIL_OK) {
            fprintf(stderr, "muc4-train: cannot load the lexicons of %s: %s\n", data_dir,
                    lerr.message);
            return 1;
        }
    }
    set.lx = lx;
    if (!strcmp(argv[1], "predict")) {
        if (argc != 5)
            usage();
        vg_muc_model *m = NULL;
        vigil_error err;
        if (vg_muc_model_load(&m, argv[2], &err) != VIGIL_OK || !m) {
            fprintf(stderr, "muc4-train: cannot load %s: %s\n", argv[2], m ? "" : err.message);
            return 1;
        }
        if (load_docs(argv[3], &set))
            return 1;
        FILE *out = fopen(argv[4], "w");
        int *idx = malloc(set.n * sizeof *idx);
        for (size_t k = 0; k < set.n; k++)
            idx[k] = (int)k;
        predict_docs(&set, idx, set.n, m, out);
        fclose(out);
        vg_muc_model_free(m);
        return 0;
    }
    if (argc < 4)
        usage();
    if (load_docs(argv[2], &set))
        return 1;
    for (size_t k = 0; k < set.n; k++) {
        label_doc(&set.docs[k], o.flags);
        set.docs[k].md.relx = (unsigned)o.relx;
    }
    report_alignment(&set);
    if (!strcmp(argv[1], "train")) {
        int *idx = malloc(set.n * sizeof *idx);
        for (size_t k = 0; k < set.n; k++)
            idx[k] = (int)k;
        vg_muc_model *m;
        if (vg_muc_model_new(&m) != VIGIL_OK)
            return 1;
        train_models(&set, idx, set.n, &o, m);
        FILE *f = fopen(argv[3], "wb");
        if (!f || vg_muc_model_save(m, f) != VIGIL_OK || fclose(f) != 0) {
            fprintf(stderr, "muc4-train: cannot write %s\n", argv[3]);
            return 1;
        }
        vg_muc_model_free(m);
        free(idx);
        return 0;
    }
    if (!strcmp(argv[1], "cv")) {
        if (argc != 5)
            usage();
        int K = atoi(argv[3]);
        if (K < 2)
            usage();
        FILE *out = fopen(argv[4], "w");
        if (!out)
            return 1;
        int *tr = malloc(set.n * sizeof *tr), *te = malloc(set.n * sizeof *te);
        for (int f = 0; f < K; f++) {
            size_t ntr = 0, nte = 0;
            for (size_t k = 0; k < set.n; k++) {
                if ((int)(k % (size_t)K) == f)
                    te[nte++] = (int)k;
                else
                    tr[ntr++] = (int)k;
            }
            vg_muc_model *m;
            if (vg_muc_model_new(&m) != VIGIL_OK)
                return 1;
            train_models(&set, tr, ntr, &o, m);
            predict_docs(&set, te, nte, m, out);
            vg_muc_model_free(m);
            fprintf(stderr, "fold %d done\n", f);
        }
        fclose(out);
        return 0;
    }
    usage();
    return 2;
}
