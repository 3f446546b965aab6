/* test_sent.c: sentence splitting (sent.c): abbreviations, initials,
 * decimals, quotes, bullets, blank lines, headlines, hard-wrapped prose,
 * datelines, text without case, paragraph numbers, the length limit. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>

#include "text/doc.h"
#include "text/sent.h"
#include "text/tok.h"
#include "util/alloc.h"

static vg_doc *mkdoc(const char *s, size_t n)
{
    vg_doc *d = vg_malloc(sizeof *d);
    assert_non_null(d);
    vg_doc_init(d);
    assert_int_equal(vg_doc_set_text(d, s, n), VIGIL_OK);
    assert_int_equal(vg_tok_run(d), VIGIL_OK);
    assert_int_equal(vg_sent_run(d), VIGIL_OK);
    return d;
}

static void freedoc(vg_doc *d)
{
    vg_doc_fini(d);
    vg_free(d);
}

/* Sentences cover the tokens in order, once each, with trimmed spans. */
static void check_invariants(const vg_doc *d)
{
    uint32_t next_tok = 0;
    uint32_t prev_end = 0;
    for (size_t i = 0; i < d->nsents; i++) {
        const vg_sent *s = &d->sents[i];
        assert_int_equal(s->tok_start, next_tok);
        assert_true(s->tok_start < s->tok_end);
        assert_int_equal(s->start, d->toks[s->tok_start].start);
        assert_int_equal(s->end, d->toks[s->tok_end - 1].end);
        assert_true(s->start >= prev_end);
        assert_true(s->end <= d->len);
        if (i > 0)
            assert_true(s->para >= d->sents[i - 1].para);
        else
            assert_int_equal(s->para, 0);
        next_tok = s->tok_end;
        prev_end = s->end;
    }
    assert_int_equal(next_tok, d->ntoks);
}

/* Splits s and checks the sentence texts against want (NULL-terminated). */
static vg_doc *expect(const char *s, const char *const *want)
{
    vg_doc *d = mkdoc(s, strlen(s));
    check_invariants(d);
    size_t n = 0;
    char buf[1024];
    while (want[n]) {
        assert_true(n < d->nsents);
        const vg_sent *st = &d->sents[n];
        size_t len = st->end - st->start;
        assert_true(len < sizeof buf);
        memcpy(buf, d->text + st->start, len);
        buf[len] = '\0';
        assert_string_equal(buf, want[n]);
        n++;
    }
    assert_int_equal(d->nsents, n);
    return d;
}

static void test_abbreviations(void **state)
{
    (void)state;
    static const char *const want[] = {
        "Gen. Hulusi Akar met Mr. Smith on Jan. 4 in the U.S. capital.",
        "He left at 5 p.m. from No. 5 Ataturk St. in Ankara.", NULL};
    freedoc(expect("Gen. Hulusi Akar met Mr. Smith on Jan. 4 in the U.S. capital. "
                   "He left at 5 p.m. from No. 5 Ataturk St. in Ankara.",
                   want));

    /* an abbreviation ending a sentence: split before a capitalised
     * function word only */
    static const char *const want2[] = {"He moved to the U.S.", "Then he left.",
                                        "He met U.S. Army officers at 5 p.m.",
                                        "The talks at Acme Inc.", "In 2015 they met.", NULL};
    freedoc(expect("He moved to the U.S. Then he left. He met U.S. Army officers at 5 p.m. "
                   "The talks at Acme Inc. In 2015 they met.",
                   want2));

    /* a clock time ends its sentence before any capitalised word but a
     * weekday, a month or a zone */
    static const char *const want3[] = {"Gunmen attacked the checkpoint at 11 p.m.", "No one was injured.",
                                        "They came back at 9 a.m. Monday and at 4 p.m. GMT on Tuesday.", NULL};
    freedoc(expect("Gunmen attacked the checkpoint at 11 p.m. No one was injured. "
                   "They came back at 9 a.m. Monday and at 4 p.m. GMT on Tuesday.",
                   want3));

    /* a maritime report's local time is no lieutenant */
    static const char *const want4[] = {"The attack happened at 0340 LT.", "Nine armed pirates boarded the tanker.",
                                        "Lt. Col. Ahmed Musa said so.", NULL};
    freedoc(expect("The attack happened at 0340 LT. Nine armed pirates boarded the tanker. "
                   "Lt. Col. Ahmed Musa said so.",
                   want4));
}

static void test_initials_and_decimals(void **state)
{
    (void)state;
    static const char *const want[] = {"J. R. Smith said the attack was planned.",
                                       "Prices rose 1.5 percent to 2,000.50 lira.",
                                       "Ş. Yılmaz agreed.", NULL};
    freedoc(expect("J. R. Smith said the attack was planned. Prices rose 1.5 percent to "
                   "2,000.50 lira. Ş. Yılmaz agreed.",
                   want));
}

static void test_quotes_and_brackets(void **state)
{
    (void)state;
    static const char *const want[] = {"He said \"go.\"", "Then he left.", NULL};
    freedoc(expect("He said \"go.\" Then he left.", want));

    static const char *const want2[] = {
        "“Our security forces prevented a possible massacre,” Yılmaz told reporters.",
        "“We cannot rule out that other members are still at large.”",
        "(US authorities believe İlhami Balı is not Turkey emir.)", "It’s believed.", NULL};
    freedoc(expect("“Our security forces prevented a possible massacre,” Yılmaz told reporters. "
                   "“We cannot rule out that other members are still at large.” (US "
                   "authorities believe İlhami Balı is not Turkey emir.) It’s believed.",
                   want2));

    static const char *const want3[] = {"\"Why?\" he asked.", "Nobody knew!",
                                        "What now?!", "Officials did not say.", NULL};
    freedoc(expect("\"Why?\" he asked. Nobody knew! What now?! Officials did not say.", want3));
}

static void test_no_space(void **state)
{
    (void)state;
    static const char *const want[] = {"See example.com for details.", "It ended.",
                                       "The talks failed.", NULL};
    freedoc(expect("See example.com for details. It ended.The talks failed.", want));
    static const char *const want2[] = {"see example.com for details.", "it ended.", NULL};
    freedoc(expect("see example.com for details. it ended.", want2));
}

static void test_ellipsis(void **state)
{
    (void)state;
    static const char *const want[] = {"He waited...", "Then he left... and came back.", NULL};
    freedoc(expect("He waited... Then he left... and came back.", want));
}

static void test_bullets(void **state)
{
    (void)state;
    static const char *const want[] = {"Officials said:",
                                       "• ISIS sent 5 groups.",
                                       "Each has 6, 7 people.",
                                       "• CIA believes they went in\n    within last weeks.",
                                       "- Dash item",
                                       "* Star item",
                                       "1. Numbered item",
                                       "a) Lettered item.",
                                       "It goes on.",
                                       "The end.",
                                       NULL};
    vg_doc *d = expect("Officials said:\n\n  • ISIS sent 5 groups. Each has 6, 7 people.\n"
                       "  • CIA believes they went in\n    within last weeks.\n- Dash item\n"
                       "* Star item\n1. Numbered item\na) Lettered item.\n   It goes on.\n"
                       "The end.",
                       want);
    static const uint32_t para[] = {0, 1, 1, 2, 3, 4, 5, 6, 6, 7};
    static const uint32_t flags[] = {VG_SF_PARA, VG_SF_BULLET | VG_SF_PARA, 0, VG_SF_BULLET,
                                     VG_SF_BULLET, VG_SF_BULLET, VG_SF_BULLET, VG_SF_BULLET,
                                     0, VG_SF_PARA};
    for (size_t i = 0; i < d->nsents; i++) {
        assert_int_equal(d->sents[i].para, para[i]);
        assert_int_equal(d->sents[i].flags, flags[i]);
    }
    freedoc(d);
}

static void test_blank_lines(void **state)
{
    (void)state;
    static const char *const want[] = {"First paragraph without a period",
                                       "Second paragraph.", "Third, after spaces.", NULL};
    vg_doc *d = expect("First paragraph without a period\n\nSecond paragraph.\n \t\r\n"
                       "Third, after spaces.\n\n\n",
                       want);
    for (size_t i = 0; i < 3; i++) {
        assert_int_equal(d->sents[i].para, i);
        assert_true(d->sents[i].flags & VG_SF_PARA);
    }
    freedoc(d);
}

static void test_headlines(void **state)
{
    (void)state;
    static const char *const want[] = {
        "Turkish police detain 23 suspects",
        "ANKARA, July 4 (Reuters) - Turkish police detained 23 people on Monday.",
        "Officials said more raids were planned.", NULL};
    vg_doc *d = expect("Turkish police detain 23 suspects\nANKARA, July 4 (Reuters) - Turkish "
                       "police detained 23 people on Monday. Officials said more raids were "
                       "planned.",
                       want);
    assert_int_equal(d->sents[0].flags, VG_SF_HEADLINE | VG_SF_PARA);
    assert_int_equal(d->sents[1].flags, VG_SF_PARA);
    assert_int_equal(d->sents[1].para, 1);
    assert_int_equal(d->sents[2].para, 1);
    freedoc(d);

    static const char *const want2[] = {"Friday, July 01, 2016", "US Sources are concerned",
                                        "By Selin Aydoğan",
                                        "In first hour of the attack, I spoke to a source.",
                                        NULL};
    d = expect("Friday, July 01, 2016\nUS Sources are concerned\nBy Selin Aydoğan\nIn first "
               "hour of the attack, I spoke to a source.",
               want2);
    assert_true(d->sents[0].flags & VG_SF_HEADLINE);
    assert_true(d->sents[1].flags & VG_SF_HEADLINE);
    assert_true(d->sents[2].flags & VG_SF_HEADLINE);
    assert_false(d->sents[3].flags & VG_SF_HEADLINE);
    freedoc(d);

    /* a newline before a lower-case word, or after a comma or a dash, is
     * not a boundary */
    static const char *const want3[] = {"The army said that\nthe guerrillas attacked.",
                                        "ANKARA, July 4 (Reuters) -\nTurkish police said so.",
                                        NULL};
    freedoc(expect("The army said that\nthe guerrillas attacked.\n\nANKARA, July 4 (Reuters) -\n"
                   "Turkish police said so.",
                   want3));
}

/* A plain-text table: each row a sentence and a paragraph of its own,
 * however long; prose after it splits as usual. */
static void test_table_rows(void **state)
{
    (void)state;
    static const char *const want[] = {
        "Country    | Threat                                                  | Likelihood",
        "France     | Low-sophistication attack on crowded places by a lone actor | highly likely",
        "Germany    | Vehicle-ramming attack on a Christmas market            | realistic possibility",
        "Notes follow.", NULL};
    vg_doc *d = expect("Country    | Threat                                                  | Likelihood\n"
                       "France     | Low-sophistication attack on crowded places by a lone actor | highly likely\n"
                       "Germany    | Vehicle-ramming attack on a Christmas market            | realistic possibility\n"
                       "Notes follow.",
                       want);
    assert_true(d->sents[1].para != d->sents[2].para);
    assert_false(d->sents[1].flags & VG_SF_HEADLINE);
    freedoc(d);
}

static void test_hard_wrapped(void **state)
{
    (void)state;
    static const char *const want[] = {
        "The army said today that urban guerrillas attacked a power\nstation near the capital "
        "on Monday night, killing two guards.",
        "Officials said the damage was assessed by engineers from the\nLempa River "
        "Hydroelectric Executive Commission, which runs\nthe plant.",
        NULL};
    freedoc(expect("The army said today that urban guerrillas attacked a power\n"
                   "station near the capital on Monday night, killing two guards.\n"
                   "Officials said the damage was assessed by engineers from the\n"
                   "Lempa River Hydroelectric Executive Commission, which runs\n"
                   "the plant.",
                   want));
}

static void test_all_caps(void **state)
{
    (void)state;
    static const char *const want[] = {
        "SAN SALVADOR, 14 MAR 90 (VIGIL WIRE) -- THE ARMY SAID TODAY.",
        "GUERRILLAS ATTACKED THE FARM.", "COL. ISAACS SAID THE U.S. EMBASSY WAS SAFE.",
        "THE FMLN'S RADIO DENIED IT.", NULL};
    freedoc(expect("SAN SALVADOR, 14 MAR 90 (VIGIL WIRE) -- THE ARMY SAID TODAY. GUERRILLAS "
                   "ATTACKED THE FARM. COL. ISAACS SAID THE U.S. EMBASSY WAS SAFE. THE FMLN'S "
                   "RADIO DENIED IT.",
                   want));
}

static void test_all_lower(void **state)
{
    (void)state;
    static const char *const want[] = {
        "the guatemala army denied today that guerrillas attacked the \"santo tomas\" farm.",
        "a guerrilla column attacked the farm 2 days ago.",
        "col isaacs said that j. smith left the u.s.", "the government denied it.",
        "we reiterate our willingness to discuss the armed struggle.",
        "2. if the government agrees, the fmln will agree to a meeting.", NULL};
    freedoc(expect("the guatemala army denied today that guerrillas attacked the \"santo tomas\" "
                   "farm.    a guerrilla column attacked the farm 2 days ago.    col isaacs said "
                   "that j. smith left the u.s. the government denied it.    we reiterate our "
                   "willingness to discuss the armed struggle.    2. if the government agrees, "
                   "the fmln will agree to a meeting.",
                   want));
}

static void test_max_tokens(void **state)
{
    (void)state;
    size_t words = 1200;
    char *s = vg_malloc(words * 5 + 1);
    assert_non_null(s);
    for (size_t k = 0; k < words; k++)
        memcpy(s + 5 * k, "word ", 5);
    vg_doc *d = mkdoc(s, words * 5 - 1);
    check_invariants(d);
    assert_int_equal(d->nsents, 3);
    assert_int_equal(d->sents[0].tok_end - d->sents[0].tok_start, 512);
    assert_int_equal(d->sents[1].tok_end - d->sents[1].tok_start, 512);
    assert_int_equal(d->sents[2].tok_end - d->sents[2].tok_start, 176);
    size_t limits = 0;
    for (size_t i = 0; i < d->ndiags; i++)
        limits += d->diags[i].code == VIGIL_ELIMIT;
    assert_int_equal(limits, 1); /* once per document */
    freedoc(d);
    vg_free(s);
}

static void test_empty(void **state)
{
    (void)state;
    vg_doc *d = mkdoc("", 0);
    assert_int_equal(d->nsents, 0);
    assert_null(d->sents);
    freedoc(d);
    d = mkdoc("  \n\n ", 5);
    assert_int_equal(d->nsents, 0);
    freedoc(d);
    static const char *const want[] = {"•", "x", NULL};
    freedoc(expect("•\n\nx", want));
}

static void test_spans(void **state)
{
    (void)state;
    static const char *const want[] = {"Izmir, Antalya and Muğla are targets.", "Soon.", NULL};
    vg_doc *d = expect("   Izmir, Antalya and Muğla are targets.   Soon.  \n", want);
    assert_int_equal(d->sents[0].start, 3);
    assert_int_equal(d->sents[0].end, 3 + strlen("Izmir, Antalya and Muğla are targets."));
    assert_int_equal(d->sents[0].tok_start, 0);
    assert_int_equal(d->sents[0].tok_end, 8);
    assert_int_equal(d->sents[1].tok_start, 8);
    assert_int_equal(d->sents[1].tok_end, 10);
    freedoc(d);
}

static void test_arena_limit(void **state)
{
    (void)state;
    vg_doc d;
    vg_doc_init(&d);
    const char *s = "One. Two. Three.";
    assert_int_equal(vg_doc_set_text(&d, s, strlen(s)), VIGIL_OK);
    assert_int_equal(vg_tok_run(&d), VIGIL_OK);
    d.arena.cap = d.arena.total;
    /* the first chunk may still have room: fill it */
    while (vg_arena_alloc(&d.arena, 16))
        ;
    d.arena.capped = 0;
    assert_int_equal(vg_sent_run(&d), VIGIL_ELIMIT);
    assert_int_equal(d.nsents, 0);
    vg_doc_fini(&d);
}

/* Repetitive inputs that would expose quadratic work, each with a time
 * bound far above what linear work needs (even under sanitizers). */
static void test_pathological(void **state)
{
    (void)state;
    static const char *const units[] = {"!", ")", "A. ", "x\n", "a'", "U.S", "1,000",
                                        "\xE2\x80\xA2 ", "\"go.\" ", "- x\n", ".", "--"};
    size_t n = 200000;
    char *s = vg_malloc(n + 8);
    assert_non_null(s);
    for (size_t u = 0; u < sizeof units / sizeof units[0]; u++) {
        size_t ul = strlen(units[u]), len = 0;
        s[len++] = '.';
        while (len + ul <= n) {
            memcpy(s + len, units[u], ul);
            len += ul;
        }
        clock_t t0 = clock();
        vg_doc *d = mkdoc(s, len);
        double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
        check_invariants(d);
        assert_true(d->ntoks > 0);
        assert_true(secs < 5.0);
        freedoc(d);
    }
    vg_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_abbreviations), cmocka_unit_test(test_initials_and_decimals),
        cmocka_unit_test(test_quotes_and_brackets), cmocka_unit_test(test_ellipsis),
        cmocka_unit_test(test_no_space),      cmocka_unit_test(test_table_rows),
        cmocka_unit_test(test_bullets),       cmocka_unit_test(test_blank_lines),
        cmocka_unit_test(test_headlines),     cmocka_unit_test(test_hard_wrapped),
        cmocka_unit_test(test_all_caps),      cmocka_unit_test(test_all_lower),
        cmocka_unit_test(test_max_tokens),    cmocka_unit_test(test_empty),
        cmocka_unit_test(test_spans),         cmocka_unit_test(test_arena_limit),
        cmocka_unit_test(test_pathological),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
