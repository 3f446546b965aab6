/* muc_span.c: stage extract (MUC-4), noun-phrase candidates.
 *
 * Takes a document prepared by muc_feat.c and produces candidate role
 * fillers from its noun phrases: every run of tokens between phrase
 * boundaries (prepositions, conjunctions, auxiliaries, relative words,
 * pronouns, punctuation) yields its sub-spans of up to MAX_SPAN tokens, and
 * a run followed by "of" and another run yields the spans across it
 * ("headquarters of the national guard"). A classifier over six labels
 * (none and the five roles; multinomial logistic regression trained by
 * tools/muc4) scores each span from its words (head, first, modifier),
 * its edges (is it the whole run, what stands before and after it), the
 * words beyond the phrase boundaries ("kidnapped by [the fmln]",
 * "[jose rodriguez] was murdered"), the nearest triggers, the gazetteer
 * of train fillers, the lexicon classes and the sentence's incident
 * score. Spans whose best role beats "none" by more than P_SPAN_BIAS are
 * kept, overlapping ones resolved greedily by score, and become the
 * occurrences of candidate entities (muc_tag.c).
 *
 * Invariants: work is linear in the tokens (at most MAX_SPAN spans start
 * at a token, each with a bounded feature count); the arrays live in the
 * document arena.
 */
#include <stdlib.h>
#include <string.h>

#include "extract/extract.h"
#include "extract/muc.h"
#include "extract/muc_tag.h"
#include "util/arena.h"

enum { MAX_SPAN = 8, MAX_OF_SPAN = 12 };

enum {
    SF_BIAS = 400, SF_HEAD, SF_FIRST, SF_MOD, SF_HSUF, SF_LEN, SF_PREV, SF_PREV2, SF_NEXT,
    SF_NEXT2, SF_PREVHEAD, SF_EDGE, SF_FCLS, SF_LB, SF_LB2, SF_RB, SF_RB2, SF_LTR, SF_RTR,
    SF_LTRW, SF_RTRW, SF_GAZ, SF_HWGAZ, SF_LEX, SF_SSC, SF_SIDX, SF_OF, SF_NUM, SF_NAMES,
    SF_HEADTR, SF_LBH, SF_RBH, SF_INW
};

/* 1 when token j ends a noun phrase run. */
static int run_bound(const vg_muc_tok *t)
{
    switch (t->cls) {
    case VG_MUC_CL_PREP: case VG_MUC_CL_CONJ: case VG_MUC_CL_AUX: case VG_MUC_CL_REL:
    case VG_MUC_CL_PRON: case VG_MUC_CL_PUNCT: case VG_MUC_CL_VERB:
        return 1;
    default:
        return 0;
    }
}

static uint64_t dist_b(size_t d) { return d <= 1 ? 1 : d == 2 ? 2 : d <= 4 ? 3 : d <= 8 ? 4 : 5; }

size_t vg_muc_span_feats(const vg_muc_doc *d, uint32_t a, uint32_t b, uint32_t ra, uint32_t rb,
                         uint64_t *keys, size_t max)
{
    size_t n = 0;
#define ADD(t, x, y)                                                                               \
    do {                                                                                           \
        if (n < max)                                                                               \
            keys[n++] = vg_muc_key((t), (x), (y));                                                 \
    } while (0)
    const vg_muc_tok *t = d->t;
    const vg_token *k = d->doc->toks;
    uint32_t sent = t[a].sent;
    uint64_t head = t[b - 1].w, first = t[a].w;
    uint64_t prev = a > 0 && t[a - 1].sent == sent ? t[a - 1].w : 1;
    uint64_t prev2 = a > 1 && t[a - 2].sent == sent ? t[a - 2].w : 1;
    uint64_t next = b < d->n && t[b].sent == sent ? t[b].w : 2;
    uint64_t next2 = b + 1 < d->n && t[b + 1].sent == sent ? t[b + 1].w : 2;
    ADD(SF_BIAS, 0, 0);
    ADD(SF_HEAD, head, 0);
    ADD(SF_FIRST, first, b - a == 1);
    if (b - a >= 2)
        ADD(SF_MOD, t[b - 2].w, head);
    const vg_token *hk = &k[b - 1];
    if (hk->normlen >= 4)
        ADD(SF_HSUF, vg_muc_hash_bytes(hk->norm + hk->normlen - 3, 3), 0);
    ADD(SF_LEN, b - a < 6 ? b - a : 6, 0);
    ADD(SF_PREV, prev, 0);
    ADD(SF_PREV2, prev2, prev);
    ADD(SF_NEXT, next, 0);
    ADD(SF_NEXT2, next, next2);
    ADD(SF_PREVHEAD, prev, head);
    ADD(SF_EDGE, (uint64_t)(a == ra) << 1 | (b == rb), 0);
    ADD(SF_FCLS, t[a].cls, a > ra ? t[a - 1].cls : 99);
    for (uint32_t i = a; i + 1 < b; i++)
        ADD(SF_INW, t[i].w, 0);
    /* the boundaries of the run: "murder of [x]", "[x] was kidnapped" */
    if (ra > 0 && t[ra - 1].sent == sent) {
        uint64_t lb = t[ra - 1].w;
        uint64_t lb2 = ra > 1 && t[ra - 2].sent == sent ? t[ra - 2].w : 3;
        ADD(SF_LB, lb, a == ra);
        ADD(SF_LB2, lb, lb2);
        ADD(SF_LBH, lb, head);
    } else {
        ADD(SF_LB, 4, a == ra);
    }
    if (rb < d->n && t[rb].sent == sent) {
        uint64_t r1 = t[rb].w;
        uint64_t r2 = rb + 1 < d->n && t[rb + 1].sent == sent ? t[rb + 1].w : 5;
        ADD(SF_RB, r1, b == rb);
        ADD(SF_RB2, r1, r2);
        ADD(SF_RBH, r1, head);
    } else {
        ADD(SF_RB, 6, b == rb);
    }
    /* nearest triggers */
    for (size_t j = a, s = 0; j > 0 && s < 16; j--, s++) {
        const vg_muc_tok *u = &t[j - 1];
        if (u->sent != sent)
            break;
        if (u->trig && u->trig != VG_MUC_TR_CLAIM) {
            ADD(SF_LTR, u->trig, dist_b(a - j + 1));
            ADD(SF_LTRW, u->w, dist_b(a - j + 1) > 3);
            ADD(SF_HEADTR, head, u->trig);
            break;
        }
    }
    for (size_t j = b, s = 0; j < d->n && s < 16; j++, s++) {
        const vg_muc_tok *u = &t[j];
        if (u->sent != sent)
            break;
        if (u->trig && u->trig != VG_MUC_TR_CLAIM) {
            ADD(SF_RTR, u->trig, dist_b(j - b + 1));
            ADD(SF_RTRW, u->w, dist_b(j - b + 1) > 3);
            ADD(SF_HEADTR, head, (uint64_t)u->trig << 8);
            break;
        }
    }
    /* gazetteer of train fillers: the span itself, and its head word */
    for (int r = 0; r < VG_MUC_NROLES; r++) {
        uint8_t g0 = t[a].gaz[r];
        if (g0 && (g0 & 3) == 1)
            ADD(SF_GAZ, (uint64_t)r << 8 | (g0 >> 2), t[a].gazlen[r] == b - a);
        if (t[b - 1].wgaz[r])
            ADD(SF_HWGAZ, (uint64_t)r << 8 | t[b - 1].wgaz[r], 0);
    }
    unsigned names = 0;
    for (uint32_t i = a; i < b; i++)
        names += t[i].wgaz[VG_MUC_VICTIM] != 0 || t[i].wgaz[VG_MUC_PERPIND] != 0;
    ADD(SF_NAMES, names < 4 ? names : 4, b - a < 5 ? b - a : 5);
    if (t[b - 1].lex[0])
        ADD(SF_LEX, t[b - 1].lex[0], t[a].lex[0]);
    if (d->sscore)
        ADD(SF_SSC, vg_muc_sscore_bucket(d->sscore[sent]), 0);
    ADD(SF_SIDX, sent < 3 ? sent : 3, 0);
    ADD(SF_NUM, t[a].cls == VG_MUC_CL_NUM, 0);
#undef ADD
    return n;
}

/* Lists the candidate spans of the document (at most max) into out;
 * returns how many. */
size_t vg_muc_spans(const vg_muc_doc *d, vg_muc_span *out, size_t max)
{
    size_t n = 0;
    size_t i = 0;
    while (i < d->n && n < max) {
        if (run_bound(&d->t[i])) {
            i++;
            continue;
        }
        uint32_t sent = d->t[i].sent;
        size_t j = i;
        while (j < d->n && !run_bound(&d->t[j]) && d->t[j].sent == sent)
            j++;
        for (size_t a = i; a < j && n < max; a++)
            for (size_t b = a + 1; b <= j && b - a <= MAX_SPAN && n < max; b++)
                out[n++] = (vg_muc_span){(uint32_t)a, (uint32_t)b, (uint32_t)i, (uint32_t)j};
        /* "x of (the) y": spans from inside the run to the end of the next */
        if (j + 1 < d->n && d->t[j].sent == sent && vg_tok_is(&d->doc->toks[j], "of")) {
            size_t c = j + 1;
            size_t e = c;
            while (e < d->n && !run_bound(&d->t[e]) && d->t[e].sent == sent)
                e++;
            if (e > c)
                for (size_t a = i; a < j && n < max; a++)
                    if (e - a <= MAX_OF_SPAN)
                        out[n++] = (vg_muc_span){(uint32_t)a, (uint32_t)e, (uint32_t)i,
                                                 (uint32_t)e};
        }
        i = j;
    }
    return n;
}
