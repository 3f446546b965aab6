/* test_muc.c: the MUC-4 stage (src/extract/muc*.c, src/export/muc4.c):
 * normalisation, trigger words, features, Viterbi under the BIO
 * constraints, the model file (round trip and rejection of corrupt
 * files), and a whole prediction with a small hand-made model. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "api/api.h"
#include "extract/extract.h"
#include "extract/muc.h"
#include "extract/muc_feat.h"
#include "extract/muc_model.h"
#include "extract/muc_tag.h"
#include "text/doc.h"
#include "text/sent.h"
#include "text/tok.h"
#include "util/alloc.h"

#include "helpers.h"

static void analyse(vg_doc *d, const char *text)
{
    vg_doc_init(d);
    assert_int_equal(vg_doc_set_text(d, text, strlen(text)), VIGIL_OK);
    assert_int_equal(vg_tok_run(d), VIGIL_OK);
    assert_int_equal(vg_sent_run(d), VIGIL_OK);
}

static void test_normalize(void **state)
{
    (void)state;
    char out[64];
    const char *s = "The  FMLN's (Farabundo) attack";
    assert_int_equal(vg_muc_normalize(s, strlen(s), out, sizeof out), strlen("fmlns farabundo attack"));
    assert_string_equal(out, "fmlns farabundo attack");
    s = "a bomb at the u.s. embassy";
    vg_muc_normalize(s, strlen(s), out, sizeof out);
    assert_string_equal(out, "bomb at us embassy");
    s = "an";
    assert_int_equal(vg_muc_normalize(s, strlen(s), out, sizeof out), 0);
    assert_string_equal(out, "");
    /* truncated to the buffer, still terminated */
    s = "abcdefghijklmnop";
    assert_int_equal(vg_muc_normalize(s, strlen(s), out, 5), 4);
    assert_string_equal(out, "abcd");
}

static void test_triggers(void **state)
{
    (void)state;
    struct {
        const char *w;
        int trig;
    } cases[] = {
        {"kidnapped", VG_MUC_TR_KIDNAP}, {"abduction", VG_MUC_TR_KIDNAP},
        {"bombs", VG_MUC_TR_BOMB},       {"car-bomb", VG_MUC_TR_BOMB},
        {"robbery", VG_MUC_TR_ROB},      {"roberto", VG_MUC_TR_NONE},
        {"murdered", VG_MUC_TR_KILL},    {"assassination", VG_MUC_TR_KILL},
        {"clashes", VG_MUC_TR_CLASH},    {"burned", VG_MUC_TR_ARSON},
        {"stoppage", VG_MUC_TR_STRIKE},  {"attacked", VG_MUC_TR_ATTACK},
        {"executive", VG_MUC_TR_NONE},   {"the", VG_MUC_TR_NONE},
        {"", VG_MUC_TR_NONE},            {"zzz", VG_MUC_TR_NONE},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        assert_int_equal(vg_muc_trigger_of(cases[i].w, strlen(cases[i].w)), cases[i].trig);
    assert_int_equal(vg_muc_trig_type(VG_MUC_TR_KILL), VG_MUC_ATTACK);
    assert_int_equal(vg_muc_trig_type(VG_MUC_TR_BOMB), VG_MUC_BOMBING);
    assert_int_equal(vg_muc_trig_type(VG_MUC_TR_CLASH), VG_MUC_NONE);
}

static void test_doc_features(void **state)
{
    (void)state;
    vg_doc d;
    analyse(&d, "fmln terrorists kidnapped the mayor of san miguel. the army denied it.");
    vg_muc_doc md;
    assert_int_equal(vg_muc_doc_init(&md, &d, NULL), VIGIL_OK);
    assert_int_equal(md.n, d.ntoks);
    assert_int_equal(md.nsents, 2);
    /* "kidnapped" is a trigger and ends a phrase; "the" a determiner; "of" a preposition */
    assert_int_equal(md.t[2].trig, VG_MUC_TR_KIDNAP);
    assert_int_equal(md.t[2].bound, 1);
    assert_int_equal(md.t[3].cls, VG_MUC_CL_DET);
    assert_int_equal(md.t[5].cls, VG_MUC_CL_PREP);
    assert_int_equal(md.t[0].sent, 0);
    assert_int_equal(md.t[9].sent, 1);
    assert_true(md.strig[0] & (1u << VG_MUC_TR_KIDNAP));
    assert_false(md.strig[1] & (1u << VG_MUC_TR_KIDNAP));
    uint64_t a[VG_MUC_MAX_TOKFEATS], b[VG_MUC_MAX_TOKFEATS];
    size_t na = vg_muc_tok_feats(&md, 4, a, VG_MUC_MAX_TOKFEATS);
    size_t nb = vg_muc_tok_feats(&md, 4, b, VG_MUC_MAX_TOKFEATS);
    assert_true(na > 20);
    assert_int_equal(na, nb);
    assert_memory_equal(a, b, na * sizeof a[0]);
    /* a different token has different keys: its word feature differs */
    nb = vg_muc_tok_feats(&md, 0, b, VG_MUC_MAX_TOKFEATS);
    assert_true(a[1] != b[1]);
    /* the limit is respected */
    assert_int_equal(vg_muc_tok_feats(&md, 4, a, 3), 3);
    /* document features are distinct and sorted */
    uint64_t dk[512];
    size_t nd = vg_muc_doc_feats(&md, 0, md.n, dk, 512);
    assert_true(nd > 10);
    for (size_t i = 1; i < nd; i++)
        assert_true(dk[i - 1] < dk[i]);
    /* spans: "fmln terrorists" is a run; "the mayor of san miguel" an of-span */
    vg_muc_span sp[256];
    size_t ns = vg_muc_spans(&md, sp, 256);
    int whole = 0, ofspan = 0;
    for (size_t i = 0; i < ns; i++) {
        assert_true(sp[i].a < sp[i].b && sp[i].b <= md.n);
        whole |= sp[i].a == 0 && sp[i].b == 2;
        ofspan |= sp[i].a == 3 && sp[i].b == 8;
    }
    assert_true(whole);
    assert_true(ofspan);
    vg_doc_fini(&d);
}

static void test_viterbi_bio(void **state)
{
    (void)state;
    enum { L = VG_MUC_NTAGS, N = 3 };
    float emit[N * L], trans[(L + 1) * L], delta[N * L];
    uint8_t back[N * L], out[N];
    memset(emit, 0, sizeof emit);
    memset(trans, 0, sizeof trans);
    /* token 0 prefers I-Victim (not allowed at the start), then B-Victim */
    emit[0 * L + 2 + 2 * VG_MUC_VICTIM] = 5;
    emit[0 * L + 1 + 2 * VG_MUC_VICTIM] = 3;
    /* token 1 prefers I-Victim, token 2 I-Target (not after Victim) */
    emit[1 * L + 2 + 2 * VG_MUC_VICTIM] = 4;
    emit[2 * L + 2 + 2 * VG_MUC_TARGET] = 2;
    vg_muc_viterbi(emit, N, trans, out, delta, back);
    assert_int_equal(out[0], 1 + 2 * VG_MUC_VICTIM);
    assert_int_equal(out[1], 2 + 2 * VG_MUC_VICTIM);
    assert_int_equal(out[2], 0);
}

/* A model whose every linear part is empty but well shaped. */
static vg_muc_model *empty_model(void)
{
    vg_muc_model *m;
    assert_int_equal(vg_muc_model_new(&m), VIGIL_OK);
    uint32_t start0 = 0;
    static const uint32_t labels[VG_MUC_NLIN] = {VG_MUC_NTAGS, 1, VG_MUC_FORCED_WORK_STOPPAGE, 1, 1,
                                                 1 + VG_MUC_NROLES};
    float trans[(VG_MUC_NTAGS + 1) * VG_MUC_NTAGS] = {0};
    for (int i = 0; i < VG_MUC_NLIN; i++)
        assert_int_equal(vg_muc_linear_build(&m->lin[i], labels[i], 0, NULL, &start0, NULL, NULL,
                                             i == VG_MUC_LIN_TAG ? (VG_MUC_NTAGS + 1) * VG_MUC_NTAGS : 0,
                                             trans),
                         VIGIL_OK);
    assert_int_equal(vg_muc_gaz_init(&m->gaz, 4), VIGIL_OK);
    return m;
}

/* Replaces lin with rows: keys[i] -> (label, weight). */
static void set_rows(vg_muc_linear *lin, uint32_t nlabels, const uint64_t *keys, size_t n,
                     const uint8_t *lab, const float *wt, uint32_t nextra, const float *extra)
{
    uint32_t *start = vg_calloc(n + 1, sizeof *start);
    assert_non_null(start);
    for (size_t i = 0; i <= n; i++)
        start[i] = (uint32_t)i;
    vg_muc_linear_fini(lin);
    assert_int_equal(vg_muc_linear_build(lin, nlabels, (uint32_t)n, keys, start, lab, wt, nextra,
                                         extra),
                     VIGIL_OK);
    vg_free(start);
}

static unsigned char *save_model(const vg_muc_model *m, size_t *len)
{
    char *buf = NULL;
    FILE *f = open_memstream(&buf, len);
    assert_non_null(f);
    assert_int_equal(vg_muc_model_save(m, f), VIGIL_OK);
    fclose(f);
    return (unsigned char *)buf;
}

static void test_model_round_trip(void **state)
{
    (void)state;
    vg_muc_model *m = empty_model();
    uint64_t keys[3] = {11, 22, 33};
    uint8_t lab[3] = {0, 0, 0};
    float wt[3] = {1.5f, -2.0f, 0.25f};
    set_rows(&m->lin[VG_MUC_LIN_REL], 1, keys, 3, lab, wt, 0, NULL);
    uint8_t info[VG_MUC_NROLES] = {0, 3, 0, 0, 0};
    assert_int_equal(vg_muc_gaz_put(&m->gaz, 777, info), VIGIL_OK);
    m->param[VG_MUC_P_REL_BIAS] = -3;
    size_t len;
    unsigned char *buf = save_model(m, &len);
    vg_muc_model *r;
    vigil_error err;
    assert_int_equal(vg_muc_model_parse(&r, buf, len, &err), VIGIL_OK);
    float s;
    uint64_t q[2] = {22, 33};
    vg_muc_linear_score(&r->lin[VG_MUC_LIN_REL], q, 2, &s);
    assert_true(s > -1.76f && s < -1.74f);
    uint64_t unseen = 44;
    vg_muc_linear_score(&r->lin[VG_MUC_LIN_REL], &unseen, 1, &s);
    assert_true(s == 0);
    const uint8_t *g = vg_muc_gaz_get(&r->gaz, 777);
    assert_non_null(g);
    assert_int_equal(g[1], 3);
    assert_null(vg_muc_gaz_get(&r->gaz, 778));
    assert_true(r->param[VG_MUC_P_REL_BIAS] == -3);
    /* saving again gives the same bytes */
    size_t len2;
    unsigned char *buf2 = save_model(r, &len2);
    assert_int_equal(len, len2);
    assert_memory_equal(buf, buf2, len);
    free(buf2);
    vg_muc_model_free(r);

    /* corrupt files are rejected, never crash */
    unsigned char *bad = malloc(len);
    assert_non_null(bad);
    memcpy(bad, buf, len);
    bad[0] = 'X'; /* magic */
    assert_int_equal(vg_muc_model_parse(&r, bad, len, &err), VIGIL_EPARSE);
    assert_null(r);
    for (size_t cut = 0; cut < len; cut += 7) /* every truncation */
        assert_int_equal(vg_muc_model_parse(&r, buf, cut, &err), VIGIL_EPARSE);
    /* a label out of range: find the REL section's label byte (rows 11,22,33) */
    memcpy(bad, buf, len);
    for (size_t i = 0; i + 4 < len; i++)
        if (!memcmp(bad + i, "LIN1", 4)) {
            size_t lab_off = i + 8 + 16 + 3 * 8 + 4 * 4; /* header, counts, keys, offsets */
            bad[lab_off] = 9;
            break;
        }
    assert_int_equal(vg_muc_model_parse(&r, bad, len, &err), VIGIL_EPARSE);
    assert_non_null(strstr(err.message, "label out of range"));
    /* a weight that is not a number */
    memcpy(bad, buf, len);
    for (size_t i = 0; i + 4 < len; i++)
        if (!memcmp(bad + i, "LIN1", 4)) {
            size_t wt_off = i + 8 + 16 + 3 * 8 + 4 * 4 + 3;
            memset(bad + wt_off, 0xff, 4);
            break;
        }
    assert_int_equal(vg_muc_model_parse(&r, bad, len, &err), VIGIL_EPARSE);
    free(bad);
    free(buf);
    vg_muc_model_free(m);
}

static void test_model_load_missing(void **state)
{
    (void)state;
    vg_muc_model *m = (vg_muc_model *)1;
    vigil_error err;
    assert_int_equal(vg_muc_model_load(&m, "/nonexistent/muc4.model", &err), VIGIL_OK);
    assert_null(m);
    /* the committed model loads */
    assert_int_equal(vg_muc_model_load(&m, VIGIL_SOURCE_DIR "/data/model/muc4.model", &err),
                     VIGIL_OK);
    assert_non_null(m);
    assert_int_equal(m->lin[VG_MUC_LIN_TAG].nlabels, VG_MUC_NTAGS);
    vg_muc_model_free(m);
}

/* Keys of token i that no other token of the document has. */
static size_t own_keys(const vg_muc_doc *md, size_t i, uint64_t *out)
{
    uint64_t k[VG_MUC_MAX_TOKFEATS], o[VG_MUC_MAX_TOKFEATS];
    size_t nk = vg_muc_tok_feats(md, i, k, VG_MUC_MAX_TOKFEATS), n = 0;
    for (size_t a = 0; a < nk; a++) {
        int shared = 0;
        for (size_t j = 0; j < md->n && !shared; j++) {
            if (j == i)
                continue;
            size_t no = vg_muc_tok_feats(md, j, o, VG_MUC_MAX_TOKFEATS);
            for (size_t b = 0; b < no; b++)
                shared |= o[b] == k[a];
        }
        int dup = 0;
        for (size_t b = 0; b < n; b++)
            dup |= out[b] == k[a];
        if (!shared && !dup)
            out[n++] = k[a];
    }
    return n;
}

static void test_predict(void **state)
{
    (void)state;
    const char *text = "fmln urban commandos bombed the power station.";
    vg_doc d;
    analyse(&d, text);
    vg_muc_doc md;
    assert_int_equal(vg_muc_doc_init(&md, &d, NULL), VIGIL_OK);
    vg_muc_model *m = empty_model();
    /* tagger: "fmln" (token 0) is B-PerpOrg, "station" (token 6) B-Target */
    uint64_t keys[2 * VG_MUC_MAX_TOKFEATS];
    uint8_t lab[2 * VG_MUC_MAX_TOKFEATS];
    float wt[2 * VG_MUC_MAX_TOKFEATS];
    size_t n0 = own_keys(&md, 0, keys);
    size_t n6 = own_keys(&md, 6, keys + n0);
    assert_true(n0 > 0 && n6 > 0);
    for (size_t i = 0; i < n0 + n6; i++) {
        lab[i] = (uint8_t)(i < n0 ? 1 + 2 * VG_MUC_PERPORG : 1 + 2 * VG_MUC_TARGET);
        wt[i] = 10;
    }
    float trans[(VG_MUC_NTAGS + 1) * VG_MUC_NTAGS] = {0};
    set_rows(&m->lin[VG_MUC_LIN_TAG], VG_MUC_NTAGS, keys, n0 + n6, lab, wt,
             (VG_MUC_NTAGS + 1) * VG_MUC_NTAGS, trans);
    /* relevance and type: every document feature votes relevant, bombing */
    uint64_t dk[256];
    size_t nd = vg_muc_doc_feats(&md, 0, md.n, dk, 256);
    uint8_t dl[256], tl[256];
    float dw[256];
    for (size_t i = 0; i < nd; i++) {
        dl[i] = 0;
        tl[i] = VG_MUC_BOMBING - 1;
        dw[i] = 1;
    }
    set_rows(&m->lin[VG_MUC_LIN_REL], 1, dk, nd, dl, dw, 0, NULL);
    set_rows(&m->lin[VG_MUC_LIN_TYPE], VG_MUC_FORCED_WORK_STOPPAGE, dk, nd, tl, dw, 0, NULL);
    m->param[VG_MUC_P_TYPE2] = 100;
    vg_muc_result r;
    assert_int_equal(vg_muc_predict(NULL, m, &d, &r), VIGIL_OK);
    assert_true(r.relevance > 0);
    assert_int_equal(r.ntpl, 1);
    assert_int_equal(r.tpl[0].type, VG_MUC_BOMBING);
    assert_int_equal(r.tpl[0].nfill[VG_MUC_PERPORG], 1);
    assert_string_equal(r.tpl[0].fill[VG_MUC_PERPORG][0].text, "fmln");
    assert_int_equal(r.tpl[0].nfill[VG_MUC_TARGET], 1);
    assert_string_equal(r.tpl[0].fill[VG_MUC_TARGET][0].text, "station");
    assert_int_equal(r.tpl[0].nfill[VG_MUC_VICTIM], 0);

    /* the JSON line */
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    assert_non_null(f);
    assert_int_equal(vg_muc_write_json("doc-1", &r, f), VIGIL_OK);
    fclose(f);
    assert_string_equal(buf, "{\"docid\":\"doc-1\",\"templates\":[{\"incident_type\":\"bombing\","
                             "\"PerpInd\":[],\"PerpOrg\":[\"fmln\"],\"Target\":[\"station\"],"
                             "\"Victim\":[],\"Weapon\":[]}]}\n");
    free(buf);

    /* an irrelevant verdict writes no template */
    m->param[VG_MUC_P_REL_BIAS] = 1000;
    assert_int_equal(vg_muc_predict(NULL, m, &d, &r), VIGIL_OK);
    assert_int_equal(r.ntpl, 0);
    f = open_memstream(&buf, &len);
    assert_non_null(f);
    assert_int_equal(vg_muc_write_json("doc-1", &r, f), VIGIL_OK);
    fclose(f);
    assert_string_equal(buf, "{\"docid\":\"doc-1\",\"templates\":[]}\n");
    free(buf);
    /* union candidates: an empty span classifier whose bias lets every
     * span through adds spans of its first role (PerpInd); mode 2 only
     * where the tagger found nothing, mode 3 anywhere but its own spans */
    m->param[VG_MUC_P_REL_BIAS] = 0;
    m->param[VG_MUC_P_SPAN_BIAS] = -1;
    for (int mode = 2; mode <= 3; mode++) {
        m->param[VG_MUC_P_CANDS] = (float)mode;
        assert_int_equal(vg_muc_predict(NULL, m, &d, &r), VIGIL_OK);
        assert_int_equal(r.ntpl, 1);
        assert_int_equal(r.tpl[0].nfill[VG_MUC_PERPORG], 1);
        assert_true(r.tpl[0].nfill[VG_MUC_PERPIND] > 0);
        int covers_tagged = 0;
        for (uint32_t k = 0; k < r.tpl[0].nfill[VG_MUC_PERPIND]; k++)
            covers_tagged |= strstr(r.tpl[0].fill[VG_MUC_PERPIND][k].text, "fmln") != NULL ||
                             strstr(r.tpl[0].fill[VG_MUC_PERPIND][k].text, "station") != NULL;
        assert_int_equal(covers_tagged, mode == 3);
    }
    m->param[VG_MUC_P_CANDS] = 0;
    m->param[VG_MUC_P_SPAN_BIAS] = 0;

    /* with P_KEEPF the relevance classifier also sees the entity filter's
     * summary: a heavy negative weight on it (both candidates, margin 0
     * under the empty filter) turns the document irrelevant */
    m->param[VG_MUC_P_REL_BIAS] = 0;
    float mg[2] = {0, 0};
    uint8_t rl[2] = {VG_MUC_PERPORG, VG_MUC_TARGET};
    uint64_t kk[VG_MUC_MAX_KEEPFEATS];
    size_t nkk = vg_muc_keep_feats(mg, rl, 2, kk, VG_MUC_MAX_KEEPFEATS);
    assert_true(nkk > 0 && nd + nkk <= 256);
    for (size_t i = 0; i < nkk; i++) {
        dk[nd + i] = kk[i];
        dl[nd + i] = 0;
        dw[nd + i] = -1000;
    }
    set_rows(&m->lin[VG_MUC_LIN_REL], 1, dk, nd + nkk, dl, dw, 0, NULL);
    assert_int_equal(vg_muc_predict(NULL, m, &d, &r), VIGIL_OK);
    assert_int_equal(r.ntpl, 1); /* not used without the switch */
    m->param[VG_MUC_P_KEEPF] = 1;
    assert_int_equal(vg_muc_predict(NULL, m, &d, &r), VIGIL_OK);
    assert_true(r.relevance <= 0);
    assert_int_equal(r.ntpl, 0);
    /* no model: no templates */
    assert_int_equal(vg_muc_predict(NULL, NULL, &d, &r), VIGIL_OK);
    assert_int_equal(r.ntpl, 0);
    vg_muc_model_free(m);
    vg_doc_fini(&d);
}

/* Titles before a person's name are left out of a filler, not a name's
 * own words nor a title without a name after it. */
static void test_person_start(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        uint32_t a, b, want;
    } cases[] = {
        {"rector ignacio ellacuria was killed.", 0, 3, 1},
        {"the killers of sister juana margarita flores fled.", 3, 7, 4},
        {"lieutenant colonel luis fernando guzman ordered it.", 0, 5, 2},
        {"president of the republic alfredo cristiani spoke.", 0, 6, 0}, /* "of" inside */
        {"the general staff met.", 1, 3, 1},            /* no name left after it */
        {"peasant union leaders were shot.", 0, 3, 0},  /* common words, no name */
        {"deputy attorney general ruled.", 0, 3, 0},    /* titles, no name */
        {"senator cifuentes was shot.", 0, 2, 0},       /* a one-word name keeps its title */
        {"ignacio ellacuria was killed.", 0, 2, 0},     /* no title */
        {"judge 4 ramirez ruled.", 0, 3, 0},            /* not a plain word */
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        vg_doc d;
        analyse(&d, cases[k].text);
        assert_true(cases[k].b <= d.ntoks);
        uint32_t got = vg_muc_person_start(&d, cases[k].a, cases[k].b);
        if (got != cases[k].want)
            fail_msg("%s: %u, want %u", cases[k].text, got, cases[k].want);
        vg_doc_fini(&d);
    }
}

static int same_keys(const uint64_t *a, size_t na, const uint64_t *b, size_t nb)
{
    return na == nb && !memcmp(a, b, na * sizeof *a);
}

static void test_keep_feats(void **state)
{
    (void)state;
    float mg[3] = {1.5f, -3, 0.5f};
    uint8_t rl[3] = {VG_MUC_PERPIND, VG_MUC_TARGET, VG_MUC_NROLES + 3};
    uint64_t a[VG_MUC_MAX_KEEPFEATS], b[VG_MUC_MAX_KEEPFEATS];
    size_t na = vg_muc_keep_feats(mg, rl, 3, a, VG_MUC_MAX_KEEPFEATS);
    assert_true(na > 0 && na <= VG_MUC_MAX_KEEPFEATS);
    /* a role out of range is ignored */
    size_t nb = vg_muc_keep_feats(mg, rl, 2, b, VG_MUC_MAX_KEEPFEATS);
    assert_true(same_keys(a, na, b, nb));
    /* the margins matter: a kept candidate turned doubtful changes them */
    mg[0] = -1.5f;
    nb = vg_muc_keep_feats(mg, rl, 2, b, VG_MUC_MAX_KEEPFEATS);
    assert_false(same_keys(a, na, b, nb));
    /* so do the roles */
    mg[0] = 1.5f;
    rl[0] = VG_MUC_VICTIM;
    nb = vg_muc_keep_feats(mg, rl, 2, b, VG_MUC_MAX_KEEPFEATS);
    assert_false(same_keys(a, na, b, nb));
    /* bounded by max; no candidates still summarised */
    assert_int_equal(vg_muc_keep_feats(mg, rl, 2, b, 3), 3);
    assert_true(vg_muc_keep_feats(mg, rl, 0, b, VG_MUC_MAX_KEEPFEATS) > 0);
}

/* The relevance context of a document's incident sentences: a bombing of
 * a bus is a clean incident, army-guerrilla clashes are combat, a
 * possible attack is hedged, and one dated years before the text's latest
 * year is old. */
static void rel_counts(const char *text, unsigned *cnt)
{
    vg_doc d;
    analyse(&d, text);
    vigil_ctx *ctx;
    assert_int_equal(load_ctx(&ctx), 0);
    vg_muc_doc md;
    assert_int_equal(vg_muc_doc_init(&md, &d, vg_ctx_lex(ctx)), VIGIL_OK);
    memset(cnt, 0, VG_MUC_RC_N * sizeof *cnt);
    vg_muc_rel_context(&md, cnt);
    vg_doc_fini(&d);
    vigil_ctx_free(ctx);
}

static void test_rel_context(void **state)
{
    (void)state;
    unsigned c[VG_MUC_RC_N];
    rel_counts("fmln terrorists bombed a bus in san salvador today.", c);
    assert_true(c[VG_MUC_RC_INCIDENT] >= 1);
    assert_true(c[VG_MUC_RC_CLEAN] >= 1);
    assert_int_equal(c[VG_MUC_RC_COMBAT], 0);
    rel_counts("ten guerrillas were killed in clashes with the army near san miguel.", c);
    assert_true(c[VG_MUC_RC_COMBAT] >= 1);
    assert_int_equal(c[VG_MUC_RC_CLEAN], 0);
    rel_counts("the guerrillas may attack power stations in the capital.", c);
    assert_true(c[VG_MUC_RC_HEDGED] >= 1);
    rel_counts("in 1985 guerrillas bombed the embassy. the talks resumed in 1990.", c);
    assert_true(c[VG_MUC_RC_OLD] >= 1);
}

static void test_empty_doc(void **state)
{
    (void)state;
    vg_doc d;
    analyse(&d, "");
    vigil_error err;
    vg_muc_model *m = NULL;
    assert_int_equal(vg_muc_model_load(&m, VIGIL_SOURCE_DIR "/data/model/muc4.model", &err),
                     VIGIL_OK);
    vg_muc_result r;
    assert_int_equal(vg_muc_predict(NULL, m, &d, &r), VIGIL_OK);
    assert_int_equal(r.ntpl, 0);
    vg_muc_model_free(m);
    vg_doc_fini(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_normalize),       cmocka_unit_test(test_triggers),
        cmocka_unit_test(test_doc_features),    cmocka_unit_test(test_viterbi_bio),
        cmocka_unit_test(test_model_round_trip), cmocka_unit_test(test_model_load_missing),
        cmocka_unit_test(test_predict),         cmocka_unit_test(test_keep_feats),
        cmocka_unit_test(test_rel_context), cmocka_unit_test(test_empty_doc),
        cmocka_unit_test(test_person_start),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
