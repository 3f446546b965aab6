/* muc.c: stage extract (MUC-4), templates.
 *
 * Takes an analysed document and the MUC-4 model (muc_model.h) and
 * produces the document's MUC-4 templates: incident type and the role
 * fillers PerpInd, PerpOrg, Target, Victim, Weapon, in the answer-key
 * format of MUC-4 as processed by Du, Rush & Cardie (2021).
 *
 * Algorithm (every classifier trained by tools/muc4 on the train split):
 *   1. a document with no incident trigger word gets no template;
 *   2. each sentence gets an incident-sentence score (logistic regression
 *      over its words and trigger classes), a feature for what follows;
 *   3. candidates: the role tagger (muc_tag.c: BIO over the five roles,
 *      averaged structured perceptron, Viterbi per sentence) gives spans,
 *      grouped into one candidate entity per role and normalised string
 *      (P_CANDS may instead or also take the noun-phrase span classifier's);
 *   4. the entity filter (logistic regression over each candidate's
 *      occurrences, contexts, gazetteer and trigger evidence) scores them;
 *   5. relevance (does the document report a terrorist incident?) and
 *      incident types: logistic regressions over the document's words,
 *      bigrams, triggers with their neighbours, lexicon classes, a
 *      summary of the candidates and (P_KEEPF) of the filter's scores;
 *      the filter's threshold then keeps the fillers, stricter in a
 *      doubtful document; aliases of one referent are merged (strict
 *      metric);
 *   6. templates (assemble): one per incident type present, fillers
 *      shared except where trigger evidence ties them to one type, and a
 *      second template of the main type when the targets and victims are
 *      reported in separate parts of the text.
 * Thresholds are model parameters, chosen by cross-validation on train.
 *
 * Invariants: everything is allocated in the document arena; the model is
 * read-only; work is linear in the tokens, and the pairwise steps are
 * bounded by the candidate cap of muc_tag.c.
 */
#include "extract/muc.h"

#include <float.h>
#include <stdlib.h>
#include <string.h>

#include "extract/entity.h"
#include "extract/extract.h"
#include "extract/muc_feat.h"
#include "extract/muc_model.h"
#include "extract/muc_tag.h"
#include "util/arena.h"

enum { MAX_DOCFEATS = 1 << 16 };

/* Trigger classes that report a MUC-4 incident (bits of vg_muc_doc.strig). */
#define INCIDENT_TRIGGERS                                                                          \
    (1u << VG_MUC_TR_ATTACK | 1u << VG_MUC_TR_KILL | 1u << VG_MUC_TR_BOMB |                        \
     1u << VG_MUC_TR_KIDNAP | 1u << VG_MUC_TR_ARSON | 1u << VG_MUC_TR_ROB | 1u << VG_MUC_TR_STRIKE)

const char *vg_muc_type_str(int type)
{
    static const char *const names[] = {NULL,    "attack",  "bombing",
                                        "kidnapping", "arson", "robbery",
                                        "forced work stoppage"};
    return type > 0 && type <= VG_MUC_FORCED_WORK_STOPPAGE ? names[type] : NULL;
}

/* ---- Viterbi with the BIO constraints ---- */

/* 1 when label b may follow label a (a = VG_MUC_NTAGS: sentence start):
 * an I of role r only after B or I of r. */
static int bio_ok(int a, int b)
{
    if (b == 0 || (b & 1))
        return 1;
    return a != VG_MUC_NTAGS && a != 0 && (a - 1) / 2 == (b - 1) / 2;
}

void vg_muc_viterbi(const float *emit, size_t n, const float *trans, uint8_t *out, float *delta,
                    uint8_t *back)
{
    enum { L = VG_MUC_NTAGS };
    if (n == 0)
        return;
    for (int b = 0; b < L; b++)
        delta[b] = bio_ok(L, b) ? trans[L * L + b] + emit[b] : -FLT_MAX;
    for (size_t i = 1; i < n; i++) {
        const float *prev = &delta[(i - 1) * L];
        for (int b = 0; b < L; b++) {
            float best = -FLT_MAX;
            int arg = 0;
            for (int a = 0; a < L; a++) {
                if (prev[a] == -FLT_MAX || !bio_ok(a, b))
                    continue;
                float s = prev[a] + trans[a * L + b];
                if (s > best) {
                    best = s;
                    arg = a;
                }
            }
            delta[i * L + b] = best == -FLT_MAX ? -FLT_MAX : best + emit[i * L + b];
            back[i * L + b] = (uint8_t)arg;
        }
    }
    int arg = 0;
    for (int b = 1; b < L; b++)
        if (delta[(n - 1) * L + b] > delta[(n - 1) * L + arg])
            arg = b;
    for (size_t i = n; i-- > 0;) {
        out[i] = (uint8_t)arg;
        if (i > 0)
            arg = back[i * L + arg];
    }
}

/* ---- normalisation (the scorer's) ---- */

size_t vg_muc_normalize(const char *s, size_t n, char *out, size_t cap)
{
    /* lower case, ASCII punctuation dropped, whitespace squeezed, then the
     * words "a", "an", "the" dropped */
    size_t m = 0;
    size_t wstart = 0;
    int in_word = 0;
    if (cap == 0)
        return 0;
    for (size_t i = 0; i <= n; i++) {
        unsigned char c = i < n ? (unsigned char)s[i] : ' ';
        if (c < 128 && ((c >= '!' && c <= '/') || (c >= ':' && c <= '@') ||
                        (c >= '[' && c <= '`') || (c >= '{' && c <= '~')))
            continue;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            if (in_word) {
                size_t wl = m - wstart;
                const char *w = out + wstart;
                if ((wl == 1 && w[0] == 'a') || (wl == 2 && !memcmp(w, "an", 2)) ||
                    (wl == 3 && !memcmp(w, "the", 3)))
                    m = wstart; /* drop the article */
                else if (m + 1 < cap)
                    out[m++] = ' ';
                in_word = 0;
            }
            continue;
        }
        if (!in_word) {
            in_word = 1;
            wstart = m;
        }
        if (m + 1 < cap)
            out[m++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    while (m > 0 && out[m - 1] == ' ')
        m--;
    out[m] = 0;
    return m;
}

/* ---- aliases ---- */

/* The lexicon actor whose alias spells exactly tokens [a, b), or -1. */
static int64_t actor_of(const vg_lex *lx, const vg_doc *doc, uint32_t a, uint32_t b)
{
    vg_lex_hit hits[8];
    size_t nh = vg_lex_match(lx, doc, a, b, hits, 8);
    if (nh > 8)
        nh = 8;
    for (size_t h = 0; h < nh; h++)
        if (hits[h].kind == VG_LK_ACTOR && hits[h].ntok == b - a)
            return hits[h].rec;
    return -1;
}

/* Marks kept candidates of one role that name the same referent: one
 * lexicon actor, or a parenthesised alias ("farabundo marti national
 * liberation front (fmln)"). The strict metric counts each entity once,
 * so only the best-scored name is written. Linear in the occurrences plus
 * the pairs of candidates (at most MAX_ENTS, muc_tag.c). */
static void merge_aliases(const vg_lex *lx, vg_doc *doc, vg_muc_cands *c)
{
    int64_t *act = vg_arena_alloc(&doc->arena, (c->nent + 1) * sizeof *act);
    uint32_t *occ_at = vg_arena_calloc(&doc->arena, doc->ntoks + 1, sizeof *occ_at);
    uint8_t *paren = vg_arena_calloc(&doc->arena, c->nent * c->nent + 1, 1);
    if (!act || !occ_at || !paren)
        return;
    for (size_t k = 0; k < c->nent; k++)
        act[k] = lx && c->ent[k].role == VG_MUC_PERPORG ? actor_of(lx, doc, c->ent[k].a, c->ent[k].b)
                                                       : -1;
    for (size_t k = 0; k < c->nocc; k++)
        if (c->occ[k].a < doc->ntoks)
            occ_at[c->occ[k].a] = (uint32_t)k + 1;
    /* "x ( y )": the occurrence after the parenthesis, closed right after */
    for (size_t k = 0; k < c->nocc; k++) {
        uint32_t e = c->occ[k].b;
        if (e + 1 >= doc->ntoks || !vg_tok_is(&doc->toks[e], "(") || !occ_at[e + 1])
            continue;
        const vg_muc_occ *y = &c->occ[occ_at[e + 1] - 1];
        if (y->b < doc->ntoks && vg_tok_is(&doc->toks[y->b], ")") && y->role == c->occ[k].role) {
            paren[(size_t)c->occ[k].ent * c->nent + y->ent] = 1;
            paren[(size_t)y->ent * c->nent + c->occ[k].ent] = 1;
        }
    }
    for (size_t k = 0; k < c->nent; k++) {
        vg_muc_ent *x = &c->ent[k];
        if (x->keep < 0 || x->alias >= 0)
            continue;
        for (size_t j = k + 1; j < c->nent; j++) {
            vg_muc_ent *y = &c->ent[j];
            if (y->keep < 0 || y->alias >= 0 || y->role != x->role)
                continue;
            if (!(act[k] >= 0 && act[k] == act[j]) && !paren[k * c->nent + j])
                continue;
            if (y->keep > x->keep) {
                x->alias = (int32_t)j;
                break;
            }
            y->alias = (int32_t)k;
        }
    }
}

/* ---- templates ---- */

/* Words for a person's rank, office or trade, sorted by strcmp. The
 * answer keys name a person without them ("ignacio ellacuria", not "rector
 * ignacio ellacuria"): in the train split's keys a title before a name of
 * two or more words stands outside the person's mention 270 times and
 * opens it 19 times. */
static const char *const person_titles[] = {
    "agent",      "ambassador", "analyst",     "archbishop", "attorney",  "bishop",
    "businessman", "candidate", "captain",     "cattleman",  "citizen",   "colonel",
    "commander",  "comrade",    "congressman", "corporal",   "councilman", "deputy",
    "director",   "doctor",     "domestic",    "dr",         "engineer",  "farmer",
    "father",     "general",    "governor",    "journalist", "judge",     "justice",
    "lawyer",     "leader",     "lieutenant",  "magistrate", "major",     "mayor",
    "minister",   "monsignor",  "mr",          "mrs",        "msgr",      "newsman",
    "officer",    "peasant",    "policeman",   "president",  "priest",    "professor",
    "rector",     "reporter",   "senator",     "sergeant",   "sister",    "student",
    "teacher",
};

static int cmp_str(const void *k, const void *e)
{
    return strcmp((const char *)k, *(const char *const *)e);
}

uint32_t vg_muc_person_start(const vg_doc *doc, uint32_t a, uint32_t b)
{
    for (uint32_t k = a; k < b; k++)
        if (doc->toks[k].kind != VG_TOK_WORD || (doc->toks[k].flags & VG_TF_DIGIT))
            return a;
    /* the words after the titles name a person: no common word or
     * further title among them ("peasant union leaders", "deputy attorney
     * general", "general staff officers" keep theirs) */
    uint32_t s0 = a;
    while (b - s0 >= 3 && bsearch(doc->toks[s0].norm, person_titles, sizeof person_titles / sizeof *person_titles,
                                  sizeof *person_titles, cmp_str))
        s0++;
    for (uint32_t k = s0; k < b && s0 > a; k++)
        if (vg_names_class(doc->toks[k].norm) & (VG_WC_COMMON | VG_WC_TITLE))
            return a;
    return s0;
}

static int add_filler(vg_doc *doc, vg_muc_template *tp, uint32_t *caps, const vg_muc_ent *x)
{
    int r = x->role;
    uint32_t a = r == VG_MUC_PERPIND || r == VG_MUC_VICTIM ? vg_muc_person_start(doc, x->a, x->b) : x->a;
    uint32_t s = doc->toks[a].start, e = doc->toks[x->b - 1].end;
    for (uint32_t k = 0; k < tp->nfill[r]; k++)
        if (tp->fill[r][k].end - tp->fill[r][k].start == e - s &&
            !memcmp(tp->fill[r][k].text, doc->text + s, e - s))
            return VIGIL_OK; /* the same name with and without its title */
    if (tp->nfill[r] == caps[r]) {
        uint32_t nc = caps[r] ? caps[r] * 2 : 8;
        vg_muc_filler *nf = vg_arena_grow(&doc->arena, tp->fill[r], tp->nfill[r], nc, sizeof *nf);
        if (!nf)
            return VIGIL_ENOMEM;
        tp->fill[r] = nf;
        caps[r] = nc;
    }
    vg_muc_filler *f = &tp->fill[r][tp->nfill[r]++];
    f->text = vg_arena_strndup(&doc->arena, doc->text + s, e - s);
    if (!f->text)
        return VIGIL_ENOMEM;
    f->start = s;
    f->end = e;
    f->score = x->keep;
    return VIGIL_OK;
}

/* Builds the templates, one per incident type present: the type
 * classifier's best type, the types it scores above P_TYPE2, and any
 * other type (bombing, kidnapping, arson, robbery, work stoppage) whose
 * trigger sits by a kept target, victim or weapon ("set fire to [a grocery
 * store]"). Fillers are shared between the templates (the answer keys
 * repeat perpetrators across incidents), except that a target, victim,
 * weapon or individual perpetrator seen next to triggers of some present
 * types goes only to those. With split 0: one template. */
/* How many clusters the kept targets and victims form: their first
 * sentences, split where gap or more sentences separate them. */
static unsigned anchor_clusters(const vg_muc_cands *c, uint32_t gap)
{
    uint64_t seen[4] = {0}; /* sentences 0..255 */
    for (size_t k = 0; k < c->nent; k++) {
        const vg_muc_ent *x = &c->ent[k];
        if ((x->role == VG_MUC_TARGET || x->role == VG_MUC_VICTIM) && x->keep >= 0 &&
            x->alias < 0 && x->first_sent < 256)
            seen[x->first_sent / 64] |= 1ull << (x->first_sent % 64);
    }
    unsigned n = 0;
    uint32_t last = 0;
    int any = 0;
    for (uint32_t s = 0; s < 256; s++) {
        if (!(seen[s / 64] >> (s % 64) & 1))
            continue;
        if (!any || s - last >= gap)
            n++;
        any = 1;
        last = s;
    }
    return n;
}

static int assemble(vg_doc *doc, const vg_muc_cands *c, int main_type, int split, uint32_t extra,
                    const float *param, vg_muc_result *out)
{
    enum { NT = VG_MUC_FORCED_WORK_STOPPAGE + 1 };
    uint32_t present = 1u << main_type;
    if (split) {
        present |= extra;
        for (size_t k = 0; k < c->nent; k++)
            if (c->ent[k].role >= VG_MUC_TARGET && c->ent[k].keep >= 0)
                present |= c->ent[k].types & ~(1u << VG_MUC_ATTACK | 1u);
    }
    int slot[NT];
    uint32_t ntpl = 0;
    slot[main_type] = (int)ntpl++;
    for (int t = 1; t < NT; t++)
        if (t != main_type && (present & (1u << t)))
            slot[t] = (int)ntpl++;
    /* targets and victims reported in separate parts of the text: a
     * second incident of the main type, by the same organisation, whose
     * other fillers cannot be told apart from the first's */
    int second = split && param[VG_MUC_P_EXTRA_GAP] > 0 &&
                 anchor_clusters(c, (uint32_t)param[VG_MUC_P_EXTRA_GAP]) >= 2;
    vg_muc_template *tp = vg_arena_calloc(&doc->arena, ntpl + 1, sizeof *tp);
    uint32_t(*caps)[VG_MUC_ROLES] = vg_arena_calloc(&doc->arena, ntpl + 1, sizeof *caps);
    if (!tp || !caps)
        return VIGIL_ENOMEM;
    for (int t = 1; t < NT; t++)
        if (present & (1u << t))
            tp[slot[t]].type = (uint8_t)t;
    for (size_t k = 0; k < c->nent; k++) {
        const vg_muc_ent *x = &c->ent[k];
        if (x->keep < 0 || x->alias >= 0)
            continue;
        uint32_t types = present;
        if (x->role != VG_MUC_PERPORG && (x->types & present))
            types = x->types & present;
        int rc = VIGIL_OK;
        for (int t = 1; t < NT && rc == VIGIL_OK; t++)
            if (types & (1u << t))
                rc = add_filler(doc, &tp[slot[t]], caps[slot[t]], x);
        if (rc != VIGIL_OK)
            return rc;
    }
    if (second) {
        vg_muc_template *t2 = &tp[ntpl];
        t2->type = (uint8_t)main_type;
        t2->fill[VG_MUC_PERPORG] = tp[0].fill[VG_MUC_PERPORG];
        t2->nfill[VG_MUC_PERPORG] = tp[0].nfill[VG_MUC_PERPORG];
        ntpl++;
    }
    out->tpl = tp;
    out->ntpl = ntpl;
    return VIGIL_OK;
}

int vg_muc_predict(const vg_lex *lx, const vg_muc_model *m, vg_doc *doc, vg_muc_result *out)
{
    memset(out, 0, sizeof *out);
    if (!m)
        return VIGIL_OK;
    vg_muc_doc *d = vg_arena_calloc(&doc->arena, 1, sizeof *d);
    vg_muc_cands *c = vg_arena_calloc(&doc->arena, 1, sizeof *c);
    if (!d || !c)
        return VIGIL_ENOMEM;
    int rc = vg_muc_doc_init(d, doc, lx);
    if (rc != VIGIL_OK)
        return rc;
    out->md = d;
    out->relevance = -1;
    /* no word of an attack, killing, bombing, kidnapping, arson, robbery
     * or strike anywhere: nothing to report, and nothing more to compute */
    uint32_t any_trig = 0;
    for (size_t s = 0; s < d->nsents; s++)
        any_trig |= d->strig[s];
    if (!(any_trig & INCIDENT_TRIGGERS))
        return VIGIL_OK;
    vg_muc_doc_mark_gaz(d, &m->gaz);
    rc = vg_muc_doc_score_sents(d, doc, &m->lin[VG_MUC_LIN_SENT]);
    if (rc == VIGIL_OK)
        rc = vg_muc_cands_run(m, d, doc, c);
    if (rc != VIGIL_OK)
        return rc;
    out->cands = c;

    /* the entity filter's raw scores, and their margins over its base
     * threshold per role */
    float *es = vg_arena_alloc(&doc->arena, (c->nent + 1) * sizeof *es);
    float *margin = vg_arena_alloc(&doc->arena, (c->nent + 1) * sizeof *margin);
    uint8_t *roles = vg_arena_alloc(&doc->arena, c->nent + 1);
    if (!es || !margin || !roles)
        return VIGIL_ENOMEM;
    uint64_t ek[VG_MUC_MAX_ENTFEATS];
    for (size_t k = 0; k < c->nent; k++) {
        size_t ne = vg_muc_ent_feats(d, c, k, ek, VG_MUC_MAX_ENTFEATS);
        vg_muc_linear_score(&m->lin[VG_MUC_LIN_ENT], ek, ne, &es[k]);
        roles[k] = c->ent[k].role;
        margin[k] = es[k] - m->param[VG_MUC_P_ENT_BIAS] -
                    m->param[VG_MUC_P_ENT_ROLE + c->ent[k].role];
    }

    /* relevance and type: document features, the candidates' summary and
     * (P_KEEPF) the filter's */
    d->relx = (unsigned)m->param[VG_MUC_P_RELX];
    size_t maxk = d->n * 8 + 128 < MAX_DOCFEATS ? d->n * 8 + 128 : MAX_DOCFEATS;
    uint64_t *keys = vg_arena_alloc(&doc->arena, maxk * sizeof *keys);
    if (!keys)
        return VIGIL_ENOMEM;
    size_t nk = vg_muc_doc_feats(d, 0, d->n, keys, maxk - 64 - VG_MUC_MAX_KEEPFEATS);
    nk += vg_muc_cand_feats(d, c, keys + nk, 64);
    if (m->param[VG_MUC_P_KEEPF] > 0)
        nk += vg_muc_keep_feats(margin, roles, c->nent, keys + nk, VG_MUC_MAX_KEEPFEATS);
    float rel, ts[VG_MUC_FORCED_WORK_STOPPAGE];
    vg_muc_linear_score(&m->lin[VG_MUC_LIN_REL], keys, nk, &rel);
    rel -= m->param[VG_MUC_P_REL_BIAS];
    out->relevance = rel;
    if (rel <= 0)
        return VIGIL_OK;
    vg_muc_linear_score(&m->lin[VG_MUC_LIN_TYPE], keys, nk, ts);
    int best = 0;
    for (int k = 1; k < VG_MUC_FORCED_WORK_STOPPAGE; k++)
        if (ts[k] > ts[best])
            best = k;
    out->main_type = best + 1;
    uint32_t extra = 0;
    for (int k = 0; k < VG_MUC_FORCED_WORK_STOPPAGE; k++) {
        out->type_score[k + 1] = ts[k];
        if (ts[k] > m->param[VG_MUC_P_TYPE2])
            extra |= 1u << (k + 1);
    }

    /* the entity filter's decisions: stricter in a document whose
     * relevance is doubtful */
    for (size_t k = 0; k < c->nent; k++) {
        float thr = 0;
        if (rel < m->param[VG_MUC_P_ENT_PIVOT])
            thr += m->param[VG_MUC_P_ENT_ALPHA] * (m->param[VG_MUC_P_ENT_PIVOT] - rel);
        c->ent[k].keep = margin[k] - thr;
    }
    if (m->param[VG_MUC_P_MERGE] > 0)
        merge_aliases(lx, doc, c);
    return assemble(doc, c, best + 1, (int)m->param[VG_MUC_P_SPLIT], extra, m->param, out);
}

int vg_muc_run(const vg_lex *lx, const vg_muc_model *m, vg_doc *doc)
{
    vg_muc_result *r = vg_arena_calloc(&doc->arena, 1, sizeof *r);
    if (!r)
        return VIGIL_ENOMEM;
    int rc = vg_muc_predict(lx, m, doc, r);
    if (doc->ex)
        doc->ex->muc = r;
    return rc;
}

const vg_muc_result *vg_muc_result_get(const vg_doc *doc)
{
    return doc->ex ? doc->ex->muc : NULL;
}
