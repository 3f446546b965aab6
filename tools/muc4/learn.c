/* learn.c: the MUC-4 trainer's learners (tools/muc4): the averaged
 * structured perceptron (Collins 2002) for the role tagger, and logistic
 * regressions (binary, one-vs-rest, multinomial; L2, AdaGrad steps) for the
 * sentence, relevance, type, entity-filter and span classifiers.
 *
 * Weights are dense rows per feature while training (feature key ->
 * index in a hash table); the perceptron averages with the lazy form
 * w_avg = w - acc / c, acc summing c * delta over the updates. The result
 * is converted to the sparse vg_muc_linear of the model, dropping weights
 * below PRUNE (perceptron) or PRUNE_LR (regressions) in absolute value:
 * cross-validation found the pruned regressions slightly better.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract/extract.h"
#include "extract/muc.h"
#include "train.h"

#define PRUNE 1e-3
#define PRUNE_LR 1e-2

/* ---- phrase table ---- */

void ptab_init(phrase_tab *t)
{
    t->n = 0;
    t->cap = 1024;
    t->ents = calloc(t->cap, sizeof *t->ents);
}

void ptab_fini(phrase_tab *t)
{
    free(t->ents);
    t->ents = NULL;
}

phrase_ent *ptab_get(phrase_tab *t, uint64_t key, int create)
{
    if (create && 2 * (t->n + 1) > t->cap) {
        phrase_tab nt = {calloc(t->cap * 2, sizeof *t->ents), 0, t->cap * 2};
        for (size_t s = 0; s < t->cap; s++)
            if (t->ents[s].key)
                *ptab_get(&nt, t->ents[s].key, 1) = t->ents[s];
        free(t->ents);
        *t = nt;
    }
    size_t mask = t->cap - 1;
    for (size_t s = (size_t)key & mask;; s = (s + 1) & mask) {
        if (t->ents[s].key == key)
            return &t->ents[s];
        if (!t->ents[s].key) {
            if (!create)
                return NULL;
            memset(&t->ents[s], 0, sizeof t->ents[s]);
            t->ents[s].key = key;
            t->n++;
            return &t->ents[s];
        }
    }
}

/* ---- feature index ---- */

typedef struct findex {
    uint64_t *keys; /* slots */
    uint32_t *ids;
    size_t n, cap;
    uint64_t *bykey; /* id -> key */
    size_t capkey;
} findex;

static void fx_init(findex *x)
{
    x->cap = 1 << 16;
    x->n = 0;
    x->keys = calloc(x->cap, sizeof *x->keys);
    x->ids = calloc(x->cap, sizeof *x->ids);
    x->capkey = 1 << 15;
    x->bykey = malloc(x->capkey * sizeof *x->bykey);
}

static void fx_fini(findex *x)
{
    free(x->keys);
    free(x->ids);
    free(x->bykey);
}

static uint32_t fx_get(findex *x, uint64_t key)
{
    if (2 * (x->n + 1) > x->cap) {
        findex nx = {calloc(x->cap * 2, sizeof *x->keys), calloc(x->cap * 2, sizeof *x->ids), 0,
                     x->cap * 2, x->bykey, x->capkey};
        for (size_t s = 0; s < x->cap; s++) {
            if (!x->keys[s])
                continue;
            size_t mask = nx.cap - 1;
            size_t t = (size_t)x->keys[s] & mask;
            while (nx.keys[t])
                t = (t + 1) & mask;
            nx.keys[t] = x->keys[s];
            nx.ids[t] = x->ids[s];
        }
        nx.n = x->n;
        free(x->keys);
        free(x->ids);
        *x = nx;
    }
    size_t mask = x->cap - 1;
    for (size_t s = (size_t)key & mask;; s = (s + 1) & mask) {
        if (x->keys[s] == key)
            return x->ids[s];
        if (!x->keys[s]) {
            x->keys[s] = key;
            x->ids[s] = (uint32_t)x->n;
            if (x->n == x->capkey) {
                x->capkey *= 2;
                x->bykey = realloc(x->bykey, x->capkey * sizeof *x->bykey);
            }
            x->bykey[x->n] = key;
            return (uint32_t)x->n++;
        }
    }
}

/* ---- averaged weights ---- */

typedef struct avgw {
    size_t nrow, L;
    float *w;
    double *acc;
    double c; /* update clock */
} avgw;

static void aw_init(avgw *a, size_t nrow, size_t L)
{
    a->nrow = nrow;
    a->L = L;
    a->w = calloc(nrow * L + 1, sizeof *a->w);
    a->acc = calloc(nrow * L + 1, sizeof *a->acc);
    a->c = 1;
}

static void aw_fini(avgw *a)
{
    free(a->w);
    free(a->acc);
}

static inline void aw_upd(avgw *a, size_t row, size_t l, float d)
{
    a->w[row * a->L + l] += d;
    a->acc[row * a->L + l] += a->c * d;
}

static float aw_avg(const avgw *a, size_t row, size_t l)
{
    return (float)(a->w[row * a->L + l] - a->acc[row * a->L + l] / a->c);
}

/* Converts averaged weights to a sparse model. */
static void to_linear_pruned(const avgw *a, const findex *x, uint32_t nextra, const float *extra,
                             vg_muc_linear *out, double prune)
{
    uint64_t *keys = malloc((x->n ? x->n : 1) * sizeof *keys);
    uint32_t *start = malloc((x->n + 1) * sizeof *start);
    size_t maxp = x->n * a->L + 1;
    uint8_t *lab = malloc(maxp);
    float *wt = malloc(maxp * sizeof *wt);
    uint32_t nf = 0, np = 0;
    for (size_t f = 0; f < x->n; f++) {
        uint32_t s = np;
        for (size_t l = 0; l < a->L; l++) {
            float v = aw_avg(a, f, l);
            if (fabsf(v) >= prune) {
                lab[np] = (uint8_t)l;
                wt[np++] = v;
            }
        }
        if (np > s) {
            keys[nf] = x->bykey[f];
            start[nf++] = s;
        }
    }
    start[nf] = np;
    if (vg_muc_linear_build(out, (uint32_t)a->L, nf, keys, start, lab, wt, nextra, extra) !=
        VIGIL_OK) {
        fprintf(stderr, "muc4-train: cannot build linear model\n");
        exit(1);
    }
    free(keys);
    free(start);
    free(lab);
    free(wt);
}

/* For the logistic regressions: every feature seen gets a small weight,
 * so the model keeps only those that matter. */
static void to_linear_lr(const avgw *a, const findex *x, vg_muc_linear *out)
{
    const char *e = getenv("MUC_PRUNE_LR");
    to_linear_pruned(a, x, 0, NULL, out, e ? atof(e) : PRUNE_LR);
}

static uint32_t rng_next(uint32_t *s)
{
    *s = *s * 1103515245u + 12345u;
    return *s >> 8;
}

static void shuffle(int *v, size_t n, uint32_t *seed)
{
    for (size_t i = n; i > 1; i--) {
        size_t j = rng_next(seed) % i;
        int t = v[i - 1];
        v[i - 1] = v[j];
        v[j] = t;
    }
}

/* ---- the tagger ---- */

typedef struct tagdoc {
    tr_doc *td;
    uint32_t *off; /* per token: start in feats; n + 1 */
    uint32_t *feats;
} tagdoc;

void train_tagger(tr_set *set, const int *idx, size_t n, const tr_opts *o, vg_muc_linear *out)
{
    enum { L = VG_MUC_NTAGS, T = (VG_MUC_NTAGS + 1) * VG_MUC_NTAGS };
    findex x;
    fx_init(&x);
    tagdoc *tds = calloc(n ? n : 1, sizeof *tds);
    size_t ntd = 0;
    uint64_t keys[VG_MUC_MAX_TOKFEATS];
    size_t maxtok = 1;
    for (size_t k = 0; k < n; k++) {
        tr_doc *td = &set->docs[idx[k]];
        if (td->ntpl == 0 && !(o->flags & 1))
            continue;
        tagdoc *g = &tds[ntd++];
        g->td = td;
        g->off = malloc((td->md.n + 1) * sizeof *g->off);
        size_t cap = td->md.n * 48 + 1, nf = 0;
        g->feats = malloc(cap * sizeof *g->feats);
        for (size_t i = 0; i < td->md.n; i++) {
            g->off[i] = (uint32_t)nf;
            size_t nk = vg_muc_tok_feats(&td->md, i, keys, VG_MUC_MAX_TOKFEATS);
            if (nf + nk > cap) {
                cap = 2 * (nf + nk);
                g->feats = realloc(g->feats, cap * sizeof *g->feats);
            }
            for (size_t j = 0; j < nk; j++)
                g->feats[nf++] = fx_get(&x, keys[j]);
        }
        g->off[td->md.n] = (uint32_t)nf;
        if (td->md.n > maxtok)
            maxtok = td->md.n;
    }
    /* the mean of tag_avg perceptrons that see the documents in different
     * orders: less dependence on one order (train CV, three seeds: 44.41
     * for one, 44.70 for 5, 44.84 for 10, 45.08 for 20) */
    int runs = o->tag_avg >= 1 ? o->tag_avg : 1;
    avgw a, tr, fin, ftr;
    aw_init(&fin, x.n, L);
    aw_init(&ftr, 1, T);
    float *emit = malloc(maxtok * L * sizeof *emit);
    float *delta = malloc(maxtok * L * sizeof *delta);
    uint8_t *back = malloc(maxtok * L);
    uint8_t *pred = malloc(maxtok);
    int *order = malloc((ntd ? ntd : 1) * sizeof *order);
    for (size_t k = 0; k < ntd; k++)
        order[k] = (int)k;
    for (int run = 0; run < runs; run++) {
    aw_init(&a, x.n, L);
    aw_init(&tr, 1, T);
    for (size_t k = 0; k < ntd; k++)
        order[k] = (int)k;
    uint32_t seed = o->seed + 7919u * (uint32_t)run;
    for (int ep = 0; ep < o->epochs; ep++) {
        shuffle(order, ntd, &seed);
        size_t errs = 0, toks = 0;
        for (size_t q = 0; q < ntd; q++) {
            tagdoc *g = &tds[order[q]];
            tr_doc *td = g->td;
            for (size_t s = 0; s < td->doc.nsents; s++) {
                size_t sa = td->doc.sents[s].tok_start, sb = td->doc.sents[s].tok_end;
                if (sb > td->md.n)
                    sb = td->md.n;
                if (sa >= sb)
                    continue;
                size_t m = sb - sa;
                for (size_t i = 0; i < m; i++) {
                    float *e = &emit[i * L];
                    for (int l = 0; l < L; l++)
                        e[l] = 0;
                    for (uint32_t j = g->off[sa + i]; j < g->off[sa + i + 1]; j++) {
                        const float *wr = &a.w[(size_t)g->feats[j] * L];
                        for (int l = 0; l < L; l++)
                            e[l] += wr[l];
                    }
                }
                vg_muc_viterbi(emit, m, tr.w, pred, delta, back);
                const uint8_t *gold = &td->gold[sa];
                int wrong = 0;
                for (size_t i = 0; i < m; i++)
                    if (pred[i] != gold[i])
                        wrong = 1;
                toks += m;
                if (wrong) {
                    for (size_t i = 0; i < m; i++) {
                        if (pred[i] != gold[i]) {
                            errs++;
                            for (uint32_t j = g->off[sa + i]; j < g->off[sa + i + 1]; j++) {
                                aw_upd(&a, g->feats[j], gold[i], 1);
                                aw_upd(&a, g->feats[j], pred[i], -1);
                            }
                        }
                        int gp = i ? gold[i - 1] : L, pp = i ? pred[i - 1] : L;
                        aw_upd(&tr, 0, (size_t)(gp * L + gold[i]), 1);
                        aw_upd(&tr, 0, (size_t)(pp * L + pred[i]), -1);
                    }
                }
                a.c++;
                tr.c++;
            }
        }
        if (getenv("MUC_VERBOSE"))
            fprintf(stderr, "tagger epoch %d: %zu token errors of %zu\n", ep, errs, toks);
    }
    for (size_t f = 0; f < x.n * L; f++)
        fin.w[f] += aw_avg(&a, f / L, f % L) / (float)runs;
    for (int j = 0; j < T; j++)
        ftr.w[j] += aw_avg(&tr, 0, (size_t)j) / (float)runs;
    aw_fini(&a);
    aw_fini(&tr);
    }
    float trans[T];
    for (int j = 0; j < T; j++)
        trans[j] = aw_avg(&ftr, 0, (size_t)j);
    const char *pe = getenv("MUC_PRUNE_TAG");
    to_linear_pruned(&fin, &x, T, trans, out, pe ? atof(pe) : PRUNE);
    if (getenv("MUC_VERBOSE"))
        fprintf(stderr, "tagger: %zu features, %u kept, %u pairs\n", x.n, out->nfeat,
                out->npairs);
    for (size_t k = 0; k < ntd; k++) {
        free(tds[k].off);
        free(tds[k].feats);
    }
    free(tds);
    free(emit);
    free(delta);
    free(back);
    free(pred);
    free(order);
    aw_fini(&fin);
    aw_fini(&ftr);
    fx_fini(&x);
}

/* ---- document classifiers ---- */

typedef struct docvec {
    uint32_t *f;
    size_t n;
} docvec;

static void doc_vectors(tr_set *set, const int *idx, size_t n, findex *x, docvec *dv, int with_sum,
                        int o_keepf)
{
    enum { MAXK = 1 << 16 };
    uint64_t *keys = malloc(MAXK * sizeof *keys);
    for (size_t k = 0; k < n; k++) {
        tr_doc *td = &set->docs[idx[k]];
        size_t nk = vg_muc_doc_feats(&td->md, 0, td->md.n, keys, MAXK - 64 - VG_MUC_MAX_KEEPFEATS);
        if (with_sum)
            for (size_t j = 0; j < td->nsum; j++)
                keys[nk++] = td->sum[j];
        if (with_sum && o_keepf)
            for (size_t j = 0; j < td->nksum; j++)
                keys[nk++] = td->ksum[j];
        dv[k].f = malloc((nk ? nk : 1) * sizeof *dv[k].f);
        dv[k].n = nk;
        for (size_t j = 0; j < nk; j++)
            dv[k].f[j] = fx_get(x, keys[j]);
    }
    free(keys);
}

/* Binary logistic regression with L2 (lambda per update, scaled by 1/n)
 * and AdaGrad steps; y[k] in {0, 1}. Weights into w (nfeat). */
static void train_logreg(const docvec *dv, const float *y, size_t n, size_t nfeat, int epochs,
                         double lambda, double eta, uint32_t seed, float *w)
{
    double *g2 = calloc(nfeat + 1, sizeof *g2);
    int *order = malloc((n ? n : 1) * sizeof *order);
    for (size_t k = 0; k < n; k++)
        order[k] = (int)k;
    for (size_t f = 0; f < nfeat; f++)
        w[f] = 0;
    for (int ep = 0; ep < epochs; ep++) {
        shuffle(order, n, &seed);
        for (size_t q = 0; q < n; q++) {
            size_t k = (size_t)order[q];
            double s = 0;
            for (size_t j = 0; j < dv[k].n; j++)
                s += w[dv[k].f[j]];
            double p = 1.0 / (1.0 + exp(-s));
            double g = p - y[k];
            for (size_t j = 0; j < dv[k].n; j++) {
                uint32_t f = dv[k].f[j];
                double gf = g + lambda * w[f];
                g2[f] += gf * gf;
                w[f] -= (float)(eta * gf / (sqrt(g2[f]) + 1e-8));
            }
        }
    }
    free(g2);
    free(order);
}

/* The incident-sentence classifier: logistic regression over the
 * sentences of docs idx[0..n), a sentence positive when it holds a gold
 * filler of a relevant document. */
void train_sent_model(tr_set *set, const int *idx, size_t n, const tr_opts *o, vg_muc_linear *out)
{
    enum { MAXK = 4096 };
    findex x;
    fx_init(&x);
    size_t ns = 0;
    for (size_t k = 0; k < n; k++)
        ns += set->docs[idx[k]].md.nsents;
    docvec *sv = calloc(ns + 1, sizeof *sv);
    float *y = calloc(ns + 1, sizeof *y);
    uint64_t *keys = malloc(MAXK * sizeof *keys);
    size_t q = 0;
    for (size_t k = 0; k < n; k++) {
        tr_doc *td = &set->docs[idx[k]];
        for (size_t s = 0; s < td->md.nsents; s++, q++) {
            size_t nk = vg_muc_sent_feats(&td->md, s, keys, MAXK);
            sv[q].f = malloc((nk + 1) * sizeof *sv[q].f);
            sv[q].n = nk;
            for (size_t j = 0; j < nk; j++)
                sv[q].f[j] = fx_get(&x, keys[j]);
            int pos = 0;
            if (td->ntpl > 0) {
                size_t a = td->doc.sents[s].tok_start, b = td->doc.sents[s].tok_end;
                for (size_t i = a; i < b && i < td->md.n; i++)
                    if (td->gold[i])
                        pos = 1;
            }
            y[q] = (float)pos;
        }
    }
    avgw a;
    aw_init(&a, x.n, 1);
    const char *e;
    double lambda = (e = getenv("MUC_SENT_L2")) ? atof(e) : 1e-3;
    double eta = (e = getenv("MUC_SENT_ETA")) ? atof(e) : 0.05;
    train_logreg(sv, y, ns, x.n, o->doc_epochs / 2 + 1, lambda, eta, o->seed + 13, a.w);
    to_linear_lr(&a, &x, out);
    for (size_t j = 0; j < ns; j++)
        free(sv[j].f);
    free(sv);
    free(y);
    free(keys);
    aw_fini(&a);
    fx_fini(&x);
}

/* Multinomial logistic regression with AdaGrad and L2: instances xv[k]
 * with labels y[k] in [0, L); weights w (nfeat x L). */
static void train_softmax(const docvec *xv, const uint8_t *y, size_t n, size_t nfeat, size_t L,
                          int epochs, double lambda, double eta, uint32_t seed, float *w)
{
    double *g2 = calloc(nfeat * L + 1, sizeof *g2);
    int *order = malloc((n ? n : 1) * sizeof *order);
    double s[16], p[16];
    for (size_t k = 0; k < n; k++)
        order[k] = (int)k;
    memset(w, 0, nfeat * L * sizeof *w);
    for (int ep = 0; ep < epochs; ep++) {
        shuffle(order, n, &seed);
        for (size_t q = 0; q < n; q++) {
            size_t k = (size_t)order[q];
            for (size_t l = 0; l < L; l++)
                s[l] = 0;
            for (size_t j = 0; j < xv[k].n; j++) {
                const float *wr = &w[(size_t)xv[k].f[j] * L];
                for (size_t l = 0; l < L; l++)
                    s[l] += wr[l];
            }
            double mx = s[0], z = 0;
            for (size_t l = 1; l < L; l++)
                if (s[l] > mx)
                    mx = s[l];
            for (size_t l = 0; l < L; l++)
                z += (p[l] = exp(s[l] - mx));
            for (size_t l = 0; l < L; l++)
                p[l] = p[l] / z - (l == y[k]);
            for (size_t j = 0; j < xv[k].n; j++) {
                size_t base = (size_t)xv[k].f[j] * L;
                for (size_t l = 0; l < L; l++) {
                    double gf = p[l] + lambda * w[base + l];
                    if (gf == 0)
                        continue;
                    g2[base + l] += gf * gf;
                    w[base + l] -= (float)(eta * gf / (sqrt(g2[base + l]) + 1e-8));
                }
            }
        }
    }
    free(g2);
    free(order);
}

/* The span classifier: every candidate span of the relevant docs, labelled
 * with the role whose gold string it equals (after normalisation). */
void train_span_model(tr_set *set, const int *idx, size_t n, const tr_opts *o, vg_muc_linear *out)
{
    enum { L = 1 + VG_MUC_NROLES };
    findex x;
    fx_init(&x);
    size_t cap = 1 << 16, ni = 0;
    docvec *xv = malloc(cap * sizeof *xv);
    uint8_t *y = malloc(cap);
    uint64_t keys[VG_MUC_MAX_SPANFEATS];
    for (size_t k = 0; k < n; k++) {
        tr_doc *td = &set->docs[idx[k]];
        if (td->ntpl == 0 && !(o->flags & 16))
            continue;
        size_t maxs = 24 * td->md.n + 16;
        vg_muc_span *sp = malloc(maxs * sizeof *sp);
        size_t ns = vg_muc_spans(&td->md, sp, maxs);
        for (size_t q = 0; q < ns; q++) {
            if (ni == cap) {
                cap *= 2;
                xv = realloc(xv, cap * sizeof *xv);
                y = realloc(y, cap);
            }
            size_t nk = vg_muc_span_feats(&td->md, sp[q].a, sp[q].b, sp[q].ra, sp[q].rb, keys,
                                          VG_MUC_MAX_SPANFEATS);
            xv[ni].f = malloc((nk + 1) * sizeof *xv[ni].f);
            xv[ni].n = nk;
            for (size_t j = 0; j < nk; j++)
                xv[ni].f[j] = fx_get(&x, keys[j]);
            int r = span_gold_role(td, sp[q].a, sp[q].b);
            y[ni++] = (uint8_t)(r + 1);
        }
        free(sp);
    }
    avgw a;
    aw_init(&a, x.n, L);
    const char *e;
    double lambda = (e = getenv("MUC_SPAN_L2")) ? atof(e) : 1e-4;
    double eta = (e = getenv("MUC_SPAN_ETA")) ? atof(e) : 0.05;
    int epochs = (e = getenv("MUC_SPAN_EPOCHS")) ? atoi(e) : 5;
    train_softmax(xv, y, ni, x.n, L, epochs, lambda, eta, o->seed + 19, a.w);
    to_linear_lr(&a, &x, out);
    if (getenv("MUC_VERBOSE"))
        fprintf(stderr, "span model: %zu spans, %zu features, %u kept\n", ni, x.n, out->nfeat);
    for (size_t j = 0; j < ni; j++)
        free(xv[j].f);
    free(xv);
    free(y);
    aw_fini(&a);
    fx_fini(&x);
}

/* The entity filter: logistic regression over the candidates of the
 * jackknifed taggers in relevant documents, and with ent_all in the
 * others too (all negatives there: the filter also runs in documents
 * wrongly taken as relevant); an empty model without candidates: every
 * candidate kept. */
void train_entity_filter(tr_set *set, const int *idx, size_t n, const tr_opts *o,
                         vg_muc_linear *out)
{
    findex x;
    fx_init(&x);
    size_t nc = 0;
    for (size_t k = 0; k < n; k++)
        if (set->docs[idx[k]].ntpl > 0 || o->ent_all)
            nc += set->docs[idx[k]].ncands;
    docvec *cv = calloc(nc + 1, sizeof *cv);
    float *y = calloc(nc + 1, sizeof *y);
    size_t q = 0;
    for (size_t k = 0; k < n; k++) {
        tr_doc *td = &set->docs[idx[k]];
        if (td->ntpl == 0 && !o->ent_all)
            continue;
        for (size_t j = 0; j < td->ncands; j++, q++) {
            tr_cand *tc = &td->cands[j];
            cv[q].f = malloc((tc->nkeys + 1u) * sizeof *cv[q].f);
            cv[q].n = tc->nkeys;
            for (size_t i = 0; i < tc->nkeys; i++)
                cv[q].f[i] = fx_get(&x, tc->keys[i]);
            y[q] = tc->label;
        }
    }
    avgw a;
    aw_init(&a, x.n, 1);
    if (nc) {
        const char *e;
        double lambda = (e = getenv("MUC_ENT_L2")) ? atof(e) : 1e-3;
        double eta = (e = getenv("MUC_ENT_ETA")) ? atof(e) : 0.05;
        train_logreg(cv, y, nc, x.n, o->doc_epochs, lambda, eta, o->seed + 11, a.w);
    }
    to_linear_lr(&a, &x, out);
    for (size_t j = 0; j < nc; j++)
        free(cv[j].f);
    free(cv);
    free(y);
    aw_fini(&a);
    fx_fini(&x);
}

void train_doc_classifiers(tr_set *set, const int *idx, size_t n, const tr_opts *o,
                           vg_muc_model *m)
{
    enum { NT = VG_MUC_FORCED_WORK_STOPPAGE };
    findex x;
    fx_init(&x);
    docvec *dv = calloc(n ? n : 1, sizeof *dv);
    docvec *tv = calloc(n ? n : 1, sizeof *tv);
    doc_vectors(set, idx, n, &x, dv, o->inner > 1 && !(o->flags & 32), o->keepf);
    doc_vectors(set, idx, n, &x, tv, 0, 0);
    avgw rel, typ;
    aw_init(&rel, x.n, 1);
    aw_init(&typ, x.n, NT);
    int *order = malloc((n ? n : 1) * sizeof *order);
    for (size_t k = 0; k < n; k++)
        order[k] = (int)k;
    uint32_t seed = o->seed + 1;
    for (int ep = 0; ep < o->doc_epochs; ep++) {
        shuffle(order, n, &seed);
        for (size_t q = 0; q < n; q++) {
            size_t k = (size_t)order[q];
            tr_doc *td = &set->docs[idx[k]];
            float s = 0;
            for (size_t j = 0; j < dv[k].n; j++)
                s += rel.w[dv[k].f[j]];
            float y = td->ntpl > 0 ? 1.0f : -1.0f;
            if (y * s <= 0)
                for (size_t j = 0; j < dv[k].n; j++)
                    aw_upd(&rel, dv[k].f[j], 0, y);
            rel.c++;
            if (td->ntpl > 0) {
                float ts[NT] = {0};
                for (size_t j = 0; j < dv[k].n; j++)
                    for (int l = 0; l < NT; l++)
                        ts[l] += typ.w[(size_t)dv[k].f[j] * NT + (size_t)l];
                int best = 0;
                for (int l = 1; l < NT; l++)
                    if (ts[l] > ts[best])
                        best = l;
                int gold = td->type - 1;
                if (best != gold)
                    for (size_t j = 0; j < dv[k].n; j++) {
                        aw_upd(&typ, dv[k].f[j], (size_t)gold, 1);
                        aw_upd(&typ, dv[k].f[j], (size_t)best, -1);
                    }
                typ.c++;
            }
        }
    }
    if (!(o->flags & 2)) {
        float *y = malloc((n ? n : 1) * sizeof *y), *w = malloc((x.n + 1) * sizeof *w);
        for (size_t k = 0; k < n; k++)
            y[k] = set->docs[idx[k]].ntpl > 0 ? 1.0f : 0.0f;
        const char *e;
        double lambda = (e = getenv("MUC_LR_L2")) ? atof(e) : 1e-3;
        double eta = (e = getenv("MUC_LR_ETA")) ? atof(e) : 0.1;
        /* the mean of MUC_REL_AVG (default 5) regressions that see the documents
         * in different orders (less dependence on the seed) */
        int avg = (e = getenv("MUC_REL_AVG")) && atoi(e) >= 1 ? atoi(e) : 5;
        for (size_t f = 0; f < x.n; f++) /* into the averaged form: acc = 0 */
            rel.w[f] = rel.acc[f] = 0;
        for (int r = 0; r < avg; r++) {
            train_logreg(dv, y, n, x.n, o->doc_epochs, lambda, eta,
                         o->seed + 7 + 7919u * (uint32_t)r, w);
            for (size_t f = 0; f < x.n; f++)
                rel.w[f] += w[f] / (float)avg;
        }
        free(y);
        free(w);
    }
    to_linear_lr(&rel, &x, &m->lin[VG_MUC_LIN_REL]);
    if (!(o->flags & 8)) {
        /* one-vs-rest logistic regressions: is there a template of type l */
        float *y = malloc((n ? n : 1) * sizeof *y), *w = malloc((x.n + 1) * sizeof *w);
        docvec *rv = malloc((n ? n : 1) * sizeof *rv);
        size_t nr = 0;
        for (size_t k = 0; k < n; k++)
            if (set->docs[idx[k]].ntpl > 0)
                rv[nr++] = dv[k];
        const char *e;
        double lambda = (e = getenv("MUC_TY_L2")) ? atof(e) : 1e-3;
        double eta = (e = getenv("MUC_TY_ETA")) ? atof(e) : 0.05;
        for (int l = 0; l < NT; l++) {
            nr = 0;
            for (size_t k = 0; k < n; k++) {
                tr_doc *td = &set->docs[idx[k]];
                if (td->ntpl == 0)
                    continue;
                int has = 0;
                for (int t = 0; t < td->ntpl && t < TR_MAX_TPL; t++)
                    has |= td->tpl_type[t] == l + 1;
                y[nr++] = (float)has;
            }
            train_logreg(rv, y, nr, x.n, o->doc_epochs, lambda, eta, o->seed + 17 + (uint32_t)l, w);
            for (size_t f = 0; f < x.n; f++) {
                typ.w[f * NT + (size_t)l] = w[f];
                typ.acc[f * NT + (size_t)l] = 0;
            }
        }
        free(y);
        free(w);
        free(rv);
    }
    to_linear_lr(&typ, &x, &m->lin[VG_MUC_LIN_TYPE]);
    train_entity_filter(set, idx, n, o, &m->lin[VG_MUC_LIN_ENT]);
    for (size_t k = 0; k < n; k++) {
        free(dv[k].f);
        free(tv[k].f);
    }
    free(dv);
    free(tv);
    free(order);
    aw_fini(&rel);
    aw_fini(&typ);
    fx_fini(&x);
}
