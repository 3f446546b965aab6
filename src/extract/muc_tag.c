/* muc_tag.c: stage extract (MUC-4), the role tagger and its candidates.
 *
 * Takes a document prepared by muc_feat.c and the model's tagger, and
 * produces candidate role fillers: the tagger (averaged structured
 * perceptron over BIO labels of the five roles) is decoded per sentence by
 * Viterbi under the BIO constraints; each span becomes an occurrence, and
 * occurrences of one role with the same normalised string one candidate
 * entity. Then the features of each candidate for the entity filter
 * (how sure the tagger was, how often and where the string occurs, its
 * head and context words, the triggers near it) and a summary of all of
 * them for the relevance classifier.
 *
 * Invariants: arrays live in the document arena; at most MAX_ENTS
 * candidates per document (more are dropped), so the pairwise checks stay
 * bounded; the text search of a candidate is linear in the tokens.
 */
#include "extract/muc_tag.h"

#include <stdlib.h>
#include <string.h>

#include "extract/extract.h"
#include "extract/muc.h"
#include "util/arena.h"

enum { MAX_ENTS = 256 };

enum {
    EF_BIAS = 200, EF_SCORE, EF_NOCC, EF_NTEXT, EF_SENT, EF_HEAD, EF_FIRST, EF_LEN, EF_GAZ,
    EF_PREV, EF_NEXT, EF_TYPES, EF_OTHER, EF_SUB, EF_NTRIGS, EF_CLAIM, EF_PREV2, EF_HEADSC,
    EF_SENTTR, EF_RANK, EF_SSC, EF_SSCMAX, EF_SRC, EF_SPANSC,
    CF_COUNT = 300, CF_MAX, CF_TYPES, CF_NONE, CF_TOP, CF_SMAX, CF_SPOS, CF_SFIRST, CF_ROLESC,
    KF_COUNT = 350, KF_MAX, KF_TOTAL, KF_ANCHOR
};

int vg_muc_trig_type(int trig)
{
    switch (trig) {
    case VG_MUC_TR_ATTACK: case VG_MUC_TR_KILL: return VG_MUC_ATTACK;
    case VG_MUC_TR_BOMB: return VG_MUC_BOMBING;
    case VG_MUC_TR_KIDNAP: return VG_MUC_KIDNAPPING;
    case VG_MUC_TR_ARSON: return VG_MUC_ARSON;
    case VG_MUC_TR_ROB: return VG_MUC_ROBBERY;
    case VG_MUC_TR_STRIKE: return VG_MUC_FORCED_WORK_STOPPAGE;
    default: return VG_MUC_NONE;
    }
}

/* The MUC type of the trigger nearest to tokens [a, b) in their
 * sentence, 0 when the sentence has none. */
static int occ_type(const vg_muc_doc *d, uint32_t a, uint32_t b)
{
    uint32_t sent = d->t[a].sent;
    for (size_t dist = 1; dist < 64; dist++) {
        int inside = 0;
        if (a >= dist && d->t[a - dist].sent == sent) {
            inside = 1;
            int t = vg_muc_trig_type(d->t[a - dist].trig);
            if (t)
                return t;
        }
        if (b - 1 + dist < d->n && d->t[b - 1 + dist].sent == sent) {
            inside = 1;
            int t = vg_muc_trig_type(d->t[b - 1 + dist].trig);
            if (t)
                return t;
        }
        if (!inside)
            break;
    }
    return VG_MUC_NONE;
}

/* Token-level margins: emission of the chosen label minus that of O. */
static float span_score(const float *emit, const uint8_t *lab, size_t a, size_t b)
{
    float s = 0;
    for (size_t i = a; i < b; i++)
        s += emit[i * VG_MUC_NTAGS + lab[i]] - emit[i * VG_MUC_NTAGS];
    return s;
}

/* Adds the span [a, b) of role r, merging it into the candidate of an
 * equal normalised string. */
static int add_span(vg_doc *doc, const vg_muc_doc *d, vg_muc_cands *c, int r, size_t a, size_t b,
                    float score, int src)
{
    /* trim punctuation at the edges: "(fmln)" -> "fmln" */
    while (a < b && doc->toks[a].kind == VG_TOK_PUNCT)
        a++;
    while (b > a && doc->toks[b - 1].kind == VG_TOK_PUNCT)
        b--;
    if (a >= b)
        return VIGIL_OK;
    uint32_t s = doc->toks[a].start, e = doc->toks[b - 1].end;
    char norm[256];
    size_t nl = vg_muc_normalize(doc->text + s, e - s, norm, sizeof norm);
    if (nl == 0)
        return VIGIL_OK;
    size_t k = 0;
    for (; k < c->nent; k++)
        if (c->ent[k].role == r && !strcmp(c->ent[k].norm, norm))
            break;
    if (k == c->nent) {
        if (c->nent >= MAX_ENTS)
            return VIGIL_OK;
        if (c->nent == c->capent) {
            size_t nc = c->capent ? 2 * c->capent : 16;
            vg_muc_ent *ne = vg_arena_grow(&doc->arena, c->ent, c->nent, nc, sizeof *ne);
            if (!ne)
                return VIGIL_ENOMEM;
            c->ent = ne;
            c->capent = nc;
        }
        vg_muc_ent *x = &c->ent[c->nent++];
        memset(x, 0, sizeof *x);
        x->norm = vg_arena_strndup(&doc->arena, norm, nl);
        if (!x->norm)
            return VIGIL_ENOMEM;
        x->role = (uint8_t)r;
        x->a = (uint32_t)a;
        x->b = (uint32_t)b;
        x->score = score;
        x->first_sent = d->t[a].sent;
        x->alias = -1;
        x->src = (uint8_t)src;
        if (src & 2)
            x->sscore = score;
    } else if (src == 1 ? !(c->ent[k].src & 1) || score > c->ent[k].score
                        : !(c->ent[k].src & 1) && score > c->ent[k].score) {
        c->ent[k].score = score;
        c->ent[k].a = (uint32_t)a;
        c->ent[k].b = (uint32_t)b;
    }
    if (c->nocc == c->capocc) {
        size_t nc = c->capocc ? 2 * c->capocc : 16;
        vg_muc_occ *no = vg_arena_grow(&doc->arena, c->occ, c->nocc, nc, sizeof *no);
        if (!no)
            return VIGIL_ENOMEM;
        c->occ = no;
        c->capocc = nc;
    }
    c->ent[k].src |= (uint8_t)src;
    if ((src & 2) && score > c->ent[k].sscore)
        c->ent[k].sscore = score;
    int t = occ_type(d, (uint32_t)a, (uint32_t)b);
    c->occ[c->nocc++] = (vg_muc_occ){(uint32_t)a, (uint32_t)b, (uint8_t)r, (uint8_t)t, score,
                                     (uint32_t)k};
    c->ent[k].nocc++;
    if (t)
        c->ent[k].types |= 1u << t;
    return VIGIL_OK;
}

/* How often the token sequence [a, b) occurs in the document. */
static uint32_t count_text(const vg_muc_doc *d, uint32_t a, uint32_t b)
{
    uint32_t n = 0, len = b - a;
    for (size_t i = 0; i + len <= d->n; i++) {
        uint32_t j = 0;
        while (j < len && d->t[i + j].w == d->t[a + j].w)
            j++;
        n += j == len;
    }
    return n;
}

int vg_muc_tag(const vg_muc_model *m, const vg_muc_doc *d, vg_doc *doc, vg_muc_cands *c)
{
    enum { L = VG_MUC_NTAGS };
    memset(c, 0, sizeof *c);
    const vg_muc_linear *lin = &m->lin[VG_MUC_LIN_TAG];
    size_t n = d->n;
    if (n == 0 || lin->nextra != (L + 1) * L)
        return VIGIL_OK;
    float *emit = vg_arena_alloc(&doc->arena, n * L * sizeof *emit);
    float *delta = vg_arena_alloc(&doc->arena, n * L * sizeof *delta);
    uint8_t *back = vg_arena_alloc(&doc->arena, n * L);
    uint8_t *lab = vg_arena_alloc(&doc->arena, n);
    if (!emit || !delta || !back || !lab)
        return VIGIL_ENOMEM;
    uint64_t keys[VG_MUC_MAX_TOKFEATS];
    for (size_t i = 0; i < n; i++) {
        size_t nk = vg_muc_tok_feats(d, i, keys, VG_MUC_MAX_TOKFEATS);
        vg_muc_linear_score(lin, keys, nk, &emit[i * L]);
        emit[i * L] -= m->param[VG_MUC_P_OBIAS];
    }
    for (size_t s = 0; s < doc->nsents; s++) {
        size_t a = doc->sents[s].tok_start, b = doc->sents[s].tok_end;
        if (b > n)
            b = n;
        if (a >= b)
            continue;
        vg_muc_viterbi(&emit[a * L], b - a, lin->extra, &lab[a], &delta[a * L], &back[a * L]);
    }
    for (size_t i = 0; i < n;) {
        int l = lab[i];
        if (l == 0 || !(l & 1)) {
            i++;
            continue;
        }
        size_t j = i + 1;
        while (j < n && lab[j] == l + 1 && d->t[j].sent == d->t[i].sent)
            j++;
        int rc = add_span(doc, d, c, (l - 1) / 2, i, j, span_score(emit, lab, i, j), 1);
        if (rc != VIGIL_OK)
            return rc;
        i = j;
    }
    for (size_t k = 0; k < c->nent; k++)
        c->ent[k].ntext = count_text(d, c->ent[k].a, c->ent[k].b);
    return VIGIL_OK;
}

/* ---- candidates from the span classifier ---- */

typedef struct scored {
    uint32_t a, b;
    uint8_t role;
    float margin;
} scored;

static int cmp_scored(const void *x, const void *y)
{
    const scored *p = x, *q = y;
    if (p->margin != q->margin)
        return p->margin > q->margin ? -1 : 1;
    return p->a < q->a ? -1 : p->a > q->a ? 1 : (p->b < q->b ? -1 : p->b > q->b);
}

/* The span classifier's candidates added to c (mode 0: c is empty; 2:
 * spans only on tokens no occurrence of c covers; 3: every span that is
 * not exactly an occurrence of c, which then gains the span's score; 4:
 * no new span, only those scores). */
static int span_cands_add(const vg_muc_model *m, const vg_muc_doc *d, vg_doc *doc,
                          vg_muc_cands *c, int mode)
{
    enum { L = 1 + VG_MUC_NROLES };
    const vg_muc_linear *lin = &m->lin[VG_MUC_LIN_SPAN];
    if (d->n == 0 || lin->nlabels != L)
        return VIGIL_OK;
    size_t maxspans = 24 * d->n + 16;
    vg_muc_span *sp = vg_arena_alloc(&doc->arena, maxspans * sizeof *sp);
    if (!sp)
        return VIGIL_ENOMEM;
    size_t ns = vg_muc_spans(d, sp, maxspans);
    scored *sc = vg_arena_alloc(&doc->arena, (ns + 1) * sizeof *sc);
    uint8_t *used = vg_arena_calloc(&doc->arena, d->n, 1);
    if (!sc || !used)
        return VIGIL_ENOMEM;
    uint32_t *tag_at = vg_arena_calloc(&doc->arena, d->n, sizeof *tag_at);
    if (!tag_at)
        return VIGIL_ENOMEM;
    for (size_t k = 0; k < c->nocc; k++) {
        if (c->occ[k].a >= d->n)
            continue;
        tag_at[c->occ[k].a] = (uint32_t)k + 1;
        if (mode == 2)
            for (uint32_t i = c->occ[k].a; i < c->occ[k].b && i < d->n; i++)
                used[i] = 1;
    }
    size_t nsc = 0;
    uint64_t keys[VG_MUC_MAX_SPANFEATS];
    float bias = m->param[VG_MUC_P_SPAN_BIAS];
    for (size_t k = 0; k < ns; k++) {
        size_t nk = vg_muc_span_feats(d, sp[k].a, sp[k].b, sp[k].ra, sp[k].rb, keys,
                                      VG_MUC_MAX_SPANFEATS);
        float s[L];
        vg_muc_linear_score(lin, keys, nk, s);
        int best = 1;
        for (int l = 2; l < L; l++)
            if (s[l] > s[best])
                best = l;
        float margin = s[best] - s[0];
        if (margin > bias)
            sc[nsc++] = (scored){sp[k].a, sp[k].b, (uint8_t)(best - 1), margin - bias};
    }
    qsort(sc, nsc, sizeof *sc, cmp_scored);
    for (size_t k = 0; k < nsc; k++) {
        int clash = 0;
        for (uint32_t i = sc[k].a; i < sc[k].b && !clash; i++)
            clash = used[i];
        if (clash)
            continue;
        for (uint32_t i = sc[k].a; i < sc[k].b; i++)
            used[i] = 1;
        int same = 0;
        if (mode >= 3 && tag_at[sc[k].a]) { /* the tagger's own span gains the margin */
            const vg_muc_occ *o = &c->occ[tag_at[sc[k].a] - 1];
            if (o->b == sc[k].b && o->role == sc[k].role) {
                vg_muc_ent *x = &c->ent[o->ent];
                if (!(x->src & 2) || sc[k].margin > x->sscore)
                    x->sscore = sc[k].margin;
                x->src |= 2;
                same = 1;
            }
        }
        if (same || mode == 4)
            continue;
        int rc = add_span(doc, d, c, sc[k].role, sc[k].a, sc[k].b, sc[k].margin, 2);
        if (rc != VIGIL_OK)
            return rc;
    }
    return VIGIL_OK;
}

int vg_muc_span_cands(const vg_muc_model *m, const vg_muc_doc *d, vg_doc *doc, vg_muc_cands *c)
{
    memset(c, 0, sizeof *c);
    int rc = span_cands_add(m, d, doc, c, 0);
    if (rc != VIGIL_OK)
        return rc;
    for (size_t k = 0; k < c->nent; k++)
        c->ent[k].ntext = count_text(d, c->ent[k].a, c->ent[k].b);
    return VIGIL_OK;
}

int vg_muc_cands_run(const vg_muc_model *m, const vg_muc_doc *d, vg_doc *doc, vg_muc_cands *c)
{
    float mode = m->param[VG_MUC_P_CANDS];
    if (mode == 1)
        return vg_muc_span_cands(m, d, doc, c);
    int rc = vg_muc_tag(m, d, doc, c);
    if (rc != VIGIL_OK || !(mode == 2 || mode == 3 || mode == 4))
        return rc;
    rc = span_cands_add(m, d, doc, c, (int)mode);
    if (rc != VIGIL_OK)
        return rc;
    for (size_t k = 0; k < c->nent; k++)
        c->ent[k].ntext = count_text(d, c->ent[k].a, c->ent[k].b);
    return VIGIL_OK;
}

/* ---- candidate features ---- */

static uint64_t score_bucket(float s)
{
    uint64_t b = 0;
    for (float t = 0.5f; s > t && b < 10; t *= 2)
        b++;
    return s < 0 ? 11 : b;
}

static uint64_t cap_u(uint64_t v, uint64_t max) { return v < max ? v : max; }

/* 1 when the words of y occur inside x as a contiguous run (y shorter). */
static int contains_words(const char *x, const char *y)
{
    size_t ny = strlen(y), nx = strlen(x);
    if (ny >= nx)
        return 0;
    for (const char *p = strstr(x, y); p; p = strstr(p + 1, y))
        if ((p == x || p[-1] == ' ') && (p[ny] == 0 || p[ny] == ' '))
            return 1;
    return 0;
}

size_t vg_muc_ent_feats(const vg_muc_doc *d, const vg_muc_cands *c, size_t k, uint64_t *keys,
                        size_t max)
{
    size_t n = 0;
#define ADD(t, a, b)                                                                               \
    do {                                                                                           \
        if (n < max)                                                                               \
            keys[n++] = vg_muc_key((t), (a), (b));                                                 \
    } while (0)
    const vg_muc_ent *x = &c->ent[k];
    uint64_t r = x->role;
    uint64_t sb = score_bucket(x->score);
    ADD(EF_BIAS, r, 0);
    ADD(EF_SCORE, r, sb);
    ADD(EF_NOCC, r, cap_u(x->nocc, 4));
    ADD(EF_NTEXT, r, cap_u(x->ntext, 5) << 4 | cap_u(x->ntext - x->nocc, 3));
    ADD(EF_SENT, r, cap_u(x->first_sent, 6));
    ADD(EF_HEAD, r, d->t[x->b - 1].w);
    ADD(EF_HEADSC, r << 8 | (sb > 4 ? 4 : sb), d->t[x->b - 1].w);
    ADD(EF_FIRST, r, d->t[x->a].w);
    ADD(EF_LEN, r, cap_u(x->b - x->a, 6));
    ADD(EF_GAZ, r, d->t[x->a].gaz[x->role]);
    ADD(EF_PREV, r, x->a > 0 ? d->t[x->a - 1].w : 1);
    ADD(EF_PREV2, r, x->a > 1 ? d->t[x->a - 2].w : 1);
    ADD(EF_NEXT, r, x->b < d->n ? d->t[x->b].w : 1);
    ADD(EF_TYPES, r, x->types);
    uint32_t st = x->first_sent < d->nsents ? d->strig[x->first_sent] : 0;
    ADD(EF_SENTTR, r, st & ~(1u << VG_MUC_TR_CLAIM));
    ADD(EF_CLAIM, r, (st >> VG_MUC_TR_CLAIM) & 1);
    unsigned other = 0, sub = 0, rank = 0;
    for (size_t j = 0; j < c->nent; j++) {
        const vg_muc_ent *y = &c->ent[j];
        if (j == k)
            continue;
        if (y->role != x->role && !strcmp(y->norm, x->norm))
            other |= 1u << y->role;
        if (y->role == x->role) {
            if (contains_words(y->norm, x->norm))
                sub |= 1;
            if (contains_words(x->norm, y->norm))
                sub |= 2;
            if (y->score > x->score)
                rank++;
        }
    }
    if (d->sscore) {
        float mx = -1e9f;
        for (size_t j = 0; j < c->nocc; j++)
            if (c->occ[j].ent == k && d->sscore[d->t[c->occ[j].a].sent] > mx)
                mx = d->sscore[d->t[c->occ[j].a].sent];
        ADD(EF_SSC, r, vg_muc_sscore_bucket(d->sscore[d->t[x->a].sent]));
        ADD(EF_SSCMAX, r, vg_muc_sscore_bucket(mx));
    }
    ADD(EF_OTHER, r, other);
    ADD(EF_SUB, r, sub);
    ADD(EF_RANK, r, cap_u(rank, 4));
    unsigned ntrig = 0;
    for (size_t s = 0; s < d->nsents; s++)
        ntrig += (d->strig[s] & ~(1u << VG_MUC_TR_CLAIM | 1u << VG_MUC_TR_CLASH |
                                  1u << VG_MUC_TR_ARREST)) != 0;
    ADD(EF_NTRIGS, r, cap_u(ntrig, 5));
    if (x->src != 1) { /* the span classifier's view (union candidates) */
        ADD(EF_SRC, r, x->src);
        ADD(EF_SPANSC, r << 4 | x->src, x->src & 2 ? score_bucket(x->sscore) : 99);
        ADD(EF_SPANSC, r << 4 | x->src, d->t[x->b - 1].w);
    }
#undef ADD
    return n;
}

size_t vg_muc_cand_feats(const vg_muc_doc *d, const vg_muc_cands *c, uint64_t *keys, size_t max)
{
    size_t n = 0;
#define ADD(t, a, b)                                                                               \
    do {                                                                                           \
        if (n < max)                                                                               \
            keys[n++] = vg_muc_key((t), (a), (b));                                                 \
    } while (0)
    unsigned count[VG_MUC_NROLES] = {0};
    float best[VG_MUC_NROLES] = {0};
    uint32_t types = 0;
    for (size_t k = 0; k < c->nent; k++) {
        const vg_muc_ent *x = &c->ent[k];
        count[x->role]++;
        if (x->score > best[x->role])
            best[x->role] = x->score;
        if (x->role >= VG_MUC_TARGET)
            types |= x->types;
    }
    for (int r = 0; r < VG_MUC_NROLES; r++) {
        ADD(CF_COUNT, (uint64_t)r, cap_u(count[r], 4));
        ADD(CF_MAX, (uint64_t)r, count[r] ? score_bucket(best[r]) : 99);
    }
    ADD(CF_TYPES, types, 0);
    ADD(CF_NONE, c->nent == 0, 0);
    float top = 0;
    for (int r = 0; r < VG_MUC_NROLES; r++)
        if (best[r] > top)
            top = best[r];
    ADD(CF_TOP, score_bucket(top), 0);
    if (d->sscore && d->nsents) {
        float mx = d->sscore[0];
        size_t arg = 0, npos = 0;
        for (size_t s = 0; s < d->nsents; s++) {
            if (d->sscore[s] > mx) {
                mx = d->sscore[s];
                arg = s;
            }
            npos += d->sscore[s] > 0;
        }
        ADD(CF_SMAX, vg_muc_sscore_bucket(mx), 0);
        ADD(CF_SPOS, cap_u(npos, 5), 0);
        ADD(CF_SFIRST, vg_muc_sscore_bucket(d->sscore[0]), cap_u(arg, 4));
        for (size_t k = 0; k < c->nent; k++) {
            const vg_muc_ent *x = &c->ent[k];
            if (x->role == VG_MUC_VICTIM || x->role == VG_MUC_TARGET)
                ADD(CF_ROLESC, x->role, vg_muc_sscore_bucket(d->sscore[d->t[x->a].sent]));
        }
    }
#undef ADD
    return n;
}

/* A coarse bucket of a filter margin. */
static uint64_t margin_bucket(float s)
{
    return s < -2 ? 0 : s < -1 ? 1 : s < 0 ? 2 : s < 1 ? 3 : s < 2 ? 4 : s < 4 ? 5 : 6;
}

size_t vg_muc_keep_feats(const float *margin, const uint8_t *role, size_t n, uint64_t *keys,
                         size_t max)
{
    size_t nk = 0;
#define ADD(t, a, b)                                                                               \
    do {                                                                                           \
        if (nk < max)                                                                              \
            keys[nk++] = vg_muc_key((t), (a), (b));                                                \
    } while (0)
    unsigned count[VG_MUC_NROLES] = {0}, total = 0;
    float best[VG_MUC_NROLES];
    int any[VG_MUC_NROLES] = {0};
    for (size_t k = 0; k < n; k++) {
        int r = role[k];
        if (r >= VG_MUC_NROLES)
            continue;
        if (margin[k] > 0) {
            count[r]++;
            total++;
        }
        if (!any[r] || margin[k] > best[r])
            best[r] = margin[k];
        any[r] = 1;
    }
    float anchor = -1e9f;
    for (int r = 0; r < VG_MUC_NROLES; r++) {
        ADD(KF_COUNT, (uint64_t)r, cap_u(count[r], 3));
        ADD(KF_MAX, (uint64_t)r, any[r] ? margin_bucket(best[r]) : 99);
        if ((r == VG_MUC_TARGET || r == VG_MUC_VICTIM) && any[r] && best[r] > anchor)
            anchor = best[r];
    }
    ADD(KF_TOTAL, cap_u(total, 6), 0);
    ADD(KF_ANCHOR, anchor > -1e8f ? margin_bucket(anchor) : 99, 0);
#undef ADD
    return nk;
}
