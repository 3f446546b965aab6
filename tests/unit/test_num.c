/* test_num.c: numbers and quantities (src/text/num.c), through real
 * documents: vg_doc_set_text + vg_tok_run, then vg_num_scan at each token
 * left to right, as the extraction layer calls it. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "text/doc.h"
#include "text/num.h"
#include "text/tok.h"

/* -1 in an expected bound: open (has_min / has_max 0). */
#define OPEN (-1.0)

static void make_doc(vg_doc *doc, const char *text)
{
    vg_doc_init(doc);
    assert_int_equal(vg_doc_set_text(doc, text, strlen(text)), VIGIL_OK);
    assert_int_equal(vg_tok_run(doc), VIGIL_OK);
}

/* The first quantity in text, scanning left to right and skipping what a
 * match consumed; 0 tokens when there is none. */
static size_t first_quant(const char *text, vg_quant *q, char *span, size_t spansize)
{
    vg_doc doc;
    size_t n = 0;
    make_doc(&doc, text);
    span[0] = '\0';
    for (size_t i = 0; i < doc.ntoks; i++) {
        n = vg_num_scan(&doc, i, doc.ntoks, q);
        if (n) {
            assert_int_equal(q->tok_start, i);
            assert_int_equal(q->tok_end, i + n);
            assert_int_equal(q->start, doc.toks[i].start);
            assert_int_equal(q->end, doc.toks[i + n - 1].end);
            size_t len = q->end - q->start;
            assert_true(len < spansize);
            memcpy(span, doc.text + q->start, len);
            span[len] = '\0';
            break;
        }
    }
    vg_doc_fini(&doc);
    return n;
}

static void check_quant(const char *text, const char *want_span, double min, double max, int approx)
{
    vg_quant q;
    char span[128];
    size_t n = first_quant(text, &q, span, sizeof span);
    if (n == 0)
        fail_msg("no quantity in \"%s\"", text);
    if (strcmp(span, want_span) != 0)
        fail_msg("\"%s\": span \"%s\", want \"%s\"", text, span, want_span);
    if (min == OPEN) {
        assert_int_equal(q.has_min, 0);
    } else {
        if (!q.has_min || q.min != min)
            fail_msg("\"%s\": min %g (has %d), want %g", text, q.min, q.has_min, min);
    }
    if (max == OPEN) {
        if (q.has_max)
            fail_msg("\"%s\": max %g, want open", text, q.max);
    } else {
        if (!q.has_max || q.max != max)
            fail_msg("\"%s\": max %g (has %d), want %g", text, q.max, q.has_max, max);
    }
    if (q.approx != approx)
        fail_msg("\"%s\": approx %d, want %d", text, q.approx, approx);
    assert_int_equal(q.has_total, 0);
}

static void check_none(const char *text)
{
    vg_quant q;
    char span[128];
    if (first_quant(text, &q, span, sizeof span) != 0)
        fail_msg("\"%s\": unexpected quantity \"%s\"", text, span);
}

static void test_num_word(void **state)
{
    (void)state;
    double v = -1;
    assert_int_equal(vg_num_word("seven", 5, &v), 0);
    assert_true(v == 7);
    assert_int_equal(vg_num_word("dozen", 5, &v), 0);
    assert_true(v == 12);
    assert_int_equal(vg_num_word("2,000", 5, &v), 0);
    assert_true(v == 2000);
    assert_int_equal(vg_num_word("1,234,567.25", 12, &v), 0);
    assert_true(v == 1234567.25);
    assert_int_equal(vg_num_word("1.5", 3, &v), 0);
    assert_true(v == 1.5);
    /* military notation: "3x KIA" */
    assert_int_equal(vg_num_word("3x", 2, &v), 0);
    assert_true(v == 3);
    assert_int_equal(vg_num_word("1.5x", 4, &v), -1);
    assert_int_equal(vg_num_word("3xx", 3, &v), -1);
    assert_int_equal(vg_num_word("twenty-one", 10, &v), 0);
    assert_true(v == 21);
    assert_int_equal(vg_num_word("ninety-nine", 11, &v), 0);
    assert_true(v == 99);
    assert_int_equal(vg_num_word("zero", 4, &v), 0);
    assert_true(v == 0);
    assert_int_equal(vg_num_word("thousand", 8, &v), 0);
    assert_true(v == 1000);
    /* n bounds the read: "sevenfold" cut to "seven" */
    assert_int_equal(vg_num_word("sevenfold", 5, &v), 0);
    assert_true(v == 7);
    v = -1;
    assert_int_equal(vg_num_word("7th", 3, &v), -1);
    assert_int_equal(vg_num_word("1,00", 4, &v), -1);
    assert_int_equal(vg_num_word("1,0000", 6, &v), -1);
    assert_int_equal(vg_num_word(",100", 4, &v), -1);
    assert_int_equal(vg_num_word("1.", 2, &v), -1);
    assert_int_equal(vg_num_word("1.2.3", 5, &v), -1);
    assert_int_equal(vg_num_word("twenty-ten", 10, &v), -1);
    assert_int_equal(vg_num_word("one-twenty", 10, &v), -1);
    assert_int_equal(vg_num_word("abc", 3, &v), -1);
    assert_int_equal(vg_num_word("", 0, &v), -1);
    assert_int_equal(vg_num_word(NULL, 3, &v), -1);
    assert_int_equal(vg_num_word("1234567890123456", 16, &v), -1);
    assert_true(v == -1);
}

static void test_digits(void **state)
{
    (void)state;
    check_quant("7 people", "7", 7, 7, 0);
    check_quant("some 2,000 troops", "some 2,000", 2000, 2000, 1);
    check_quant("2,000 troops", "2,000", 2000, 2000, 0);
    check_quant("a 1.5 increase", "1.5", 1.5, 1.5, 0);
    check_quant("30,000 refugees", "30,000", 30000, 30000, 0);
    check_quant("1.5 million refugees", "1.5 million", 1.5e6, 1.5e6, 0);
    check_quant("2 dozen eggs", "2 dozen", 24, 24, 0);
    check_quant("5 hundred thousand", "5 hundred thousand", 500000, 500000, 0);
}

static void test_words(void **state)
{
    (void)state;
    check_quant("seven men", "seven", 7, 7, 0);
    check_quant("twenty-one men", "twenty-one", 21, 21, 0);
    check_quant("twenty one men", "twenty one", 21, 21, 0);
    check_quant("one hundred people", "one hundred", 100, 100, 0);
    check_quant("two hundred people", "two hundred", 200, 200, 0);
    check_quant("one hundred and fifty", "one hundred and fifty", 150, 150, 0);
    check_quant("three thousand five hundred", "three thousand five hundred", 3500, 3500, 0);
    check_quant("twenty-one thousand", "twenty-one thousand", 21000, 21000, 0);
    check_quant("a hundred people", "a hundred", 100, 100, 0);
    check_quant("a dozen gunmen", "a dozen", 12, 12, 0);
    check_quant("dozen gunmen", "dozen", 12, 12, 0);
    check_quant("half a dozen gunmen", "half a dozen", 6, 6, 1);
    check_quant("one", "one", 1, 1, 0);
    check_quant("one two", "one", 1, 1, 0);
    check_quant("two hundred and the rest", "two hundred", 200, 200, 0);
    /* upper case */
    check_quant("TWENTY-ONE MEN", "TWENTY-ONE", 21, 21, 0);
    check_quant("Two Hundred", "Two Hundred", 200, 200, 0);
}

static void test_vague(void **state)
{
    (void)state;
    check_quant("dozens of people", "dozens", 24, OPEN, 1);
    check_quant("DOZENS OF PEOPLE", "DOZENS", 24, OPEN, 1);
    check_quant("hundreds were hurt", "hundreds", 200, OPEN, 1);
    check_quant("thousands fled", "thousands", 2000, OPEN, 1);
    check_quant("scores of people", "scores", 40, OPEN, 1);
    check_quant("tens of thousands", "tens of thousands", 20000, OPEN, 1);
    check_quant("hundreds of thousands", "hundreds of thousands", 200000, OPEN, 1);
    check_quant("several cells", "several", 3, OPEN, 1);
    check_quant("several hundred", "several hundred", 300, 900, 1);
    check_quant("a few thousand", "a few thousand", 2000, 9000, 1);
    check_quant("a few men", "a few", 2, OPEN, 1);
    check_quant("a couple of hundred", "a couple of hundred", 200, 200, 1);
    check_quant("a couple of men", "a couple", 2, 2, 1);
}

static void test_ranges(void **state)
{
    (void)state;
    check_quant("6-7 people", "6-7", 6, 7, 0);
    check_quant("6\xe2\x80\x93"
                "7 people",
                "6\xe2\x80\x93"
                "7",
                6, 7, 0); /* en dash */
    check_quant("6 to 7 people", "6 to 7", 6, 7, 0);
    check_quant("six or seven people", "six or seven", 6, 7, 0);
    check_quant("SIX OR SEVEN PEOPLE", "SIX OR SEVEN", 6, 7, 0);
    check_quant("6 or 7", "6 or 7", 6, 7, 0);
    check_quant("one or two", "one or two", 1, 2, 0);
    check_quant("Each has 6, 7 people like", "6, 7", 6, 7, 0);
    check_quant("(w 6, 7 people each)", "6, 7", 6, 7, 0);
    check_quant("between 6 and 7", "between 6 and 7", 6, 7, 0);
    check_quant("BETWEEN SIX AND SEVEN", "BETWEEN SIX AND SEVEN", 6, 7, 0);
    check_quant("from 6 to 7 people", "from 6 to 7", 6, 7, 0);
    check_quant("1 to 2 million", "1 to 2 million", 1e6, 2e6, 0);
    check_quant("about 6 to 7", "about 6 to 7", 6, 7, 1);
    check_quant("2000 to 3000 people", "2000 to 3000", 2000, 3000, 0);
    /* not ranges */
    check_quant("3-2 win", "3", 3, 3, 0);
    check_quant("5, 6 and 7", "5", 5, 5, 0);
    check_quant("6, 7.", "6", 6, 6, 0);
    check_quant("5, 30 people", "5", 5, 5, 0);
    check_quant("between 6", "6", 6, 6, 0);
}

static void test_open(void **state)
{
    (void)state;
    check_quant("30 plus ISIS militants", "30 plus", 30, OPEN, 0);
    check_quant("30-plus militants", "30-plus", 30, OPEN, 0);
    check_quant("30+ militants", "30+", 30, OPEN, 0);
    check_quant("30 PLUS", "30 PLUS", 30, OPEN, 0);
    check_quant("more than 30", "more than 30", 30, OPEN, 0);
    check_quant("MORE THAN 30", "MORE THAN 30", 30, OPEN, 0);
    check_quant("over 30", "over 30", 30, OPEN, 0);
    check_quant("at least 30", "at least 30", 30, OPEN, 0);
    check_quant("more than a dozen", "more than a dozen", 12, OPEN, 0);
    check_quant("one or more of them", "one or more", 1, OPEN, 0);
    check_quant("30 or more", "30 or more", 30, OPEN, 0);
    check_quant("up to 30", "up to 30", OPEN, 30, 0);
    check_quant("as many as 30", "as many as 30", OPEN, 30, 0);
    check_quant("fewer than 30", "fewer than 30", OPEN, 30, 0);
    check_quant("less than 30", "less than 30", OPEN, 30, 0);
    check_quant("at most 30", "at most 30", OPEN, 30, 0);
    check_quant("30 or fewer", "30 or fewer", OPEN, 30, 0);
    check_quant("up to 6 or 7", "up to 6 or 7", OPEN, 7, 0);
    check_quant("nearly 200", "nearly 200", 200, 200, 1);
    check_quant("about 200", "about 200", 200, 200, 1);
    check_quant("around 200", "around 200", 200, 200, 1);
    check_quant("approximately 200", "approximately 200", 200, 200, 1);
    check_quant("APPROXIMATELY 200", "APPROXIMATELY 200", 200, 200, 1);
    check_quant("some 200", "some 200", 200, 200, 1);
    check_quant("an estimated 200", "an estimated 200", 200, 200, 1);
    check_quant("30 or so", "30 or so", 30, 30, 1);
    check_quant("thirty-odd", "thirty-odd", 30, 30, 1);
    check_quant("about 2000 people", "about 2000", 2000, 2000, 1);
}

static void test_decades(void **state)
{
    (void)state;
    check_quant("comparing to 2000s in recent past", "2000s", 2000, 9999, 1);
    check_quant("the 200s", "200s", 200, 999, 1);
    check_quant("in his 30s", "30s", 30, 39, 1);
    check_none("in the 1990s");
    check_none("the 1500s");
}

static void test_total(void **state)
{
    (void)state;
    vg_quant q;
    char span[128];
    assert_int_equal(first_quant("4 of 7 people in the group", &q, span, sizeof span), 3);
    assert_string_equal(span, "4 of 7");
    assert_true(q.has_min && q.has_max && q.min == 4 && q.max == 4);
    assert_true(q.has_total && q.total == 7);
    assert_int_equal(first_quant("FOUR OUT OF THE SEVEN", &q, span, sizeof span), 5);
    assert_string_equal(span, "FOUR OUT OF THE SEVEN");
    assert_true(q.min == 4 && q.max == 4 && q.has_total && q.total == 7);
    /* "of" + a non-number is not ours */
    assert_int_equal(first_quant("one of the attackers", &q, span, sizeof span), 1);
    assert_string_equal(span, "one");
    assert_int_equal(q.has_total, 0);
    /* a total below the part is not a total */
    assert_int_equal(first_quant("7 of 4", &q, span, sizeof span), 1);
    assert_int_equal(q.has_total, 0);
}

static void test_years(void **state)
{
    (void)state;
    check_none("in 2015");
    check_none("in 2015 the group");
    check_none("the 2016 attack");
    check_none("Turkey's 2015 elections");
    check_none("2016.");
    check_none("2015 was bad");
    check_none("2014-2016");
    check_none("from 2014 to 2016");
    check_quant("2016 people", "2016", 2016, 2016, 0);
    check_quant("a group of 2000 militants", "2000", 2000, 2000, 0);
    check_quant("2,016 people", "2,016", 2016, 2016, 0);
    check_quant("1850 people", "1850", 1850, 1850, 0);
    check_quant("a 400 block of flats", "400", 400, 400, 0); /* no "the": not an address */
    /* in a date, the day is a quantity to this scanner (dates run first) */
    check_quant("July 1, 2016", "1", 1, 1, 0);
    {
        vg_doc doc;
        vg_quant q;
        make_doc(&doc, "July 1, 2016");
        assert_int_equal(vg_num_scan(&doc, 3, doc.ntoks, &q), 0); /* "2016" */
        vg_doc_fini(&doc);
    }
}

static void test_negatives(void **state)
{
    (void)state;
    check_none("the 1st of many");
    check_none("the 5th");
    check_none("29th");
    check_none("Gen. Smith attacked the goal");
    check_none("a six-year-old boy");
    check_none("a 30-day visa");
    check_none("30% of them");
    check_none("30 percent");
    check_none("30 per cent");
    check_none("$5 million");
    check_none("at 10:30");
    check_none("in the 1200 block of North Grant Avenue");
    check_none("the 400 block of Elm Street");
    check_none("some of them");
    check_none("more than ever");
    check_none("up to date");
    check_none("the scores were");
    check_none("tens");
    check_none("a man");
    check_none("hundred");
    check_none("ISIS MAY ATTACK");
}

static void test_bounds(void **state)
{
    (void)state;
    vg_doc doc;
    vg_quant q;
    make_doc(&doc, "6 to 7 people");
    /* end cuts the range: only "6" */
    assert_int_equal(vg_num_scan(&doc, 0, 2, &q), 1);
    assert_true(q.min == 6 && q.max == 6);
    assert_int_equal(vg_num_scan(&doc, 0, 3, &q), 3);
    assert_true(q.min == 6 && q.max == 7);
    assert_int_equal(q.start, 0);
    assert_int_equal(q.end, 6);
    assert_int_equal(vg_num_scan(&doc, 0, 0, &q), 0);
    assert_int_equal(vg_num_scan(&doc, 4, 99, &q), 0);
    assert_int_equal(vg_num_scan(&doc, 99, 99, &q), 0);
    assert_int_equal(vg_num_scan(NULL, 0, 1, &q), 0);
    vg_doc_fini(&doc);

    /* "more than" at the very end */
    make_doc(&doc, "more than");
    assert_int_equal(vg_num_scan(&doc, 0, doc.ntoks, &q), 0);
    vg_doc_fini(&doc);

    /* a long run of number words is read in bounded pieces */
    char buf[4096] = "";
    for (int k = 0; k < 300; k++)
        strcat(buf, "one ");
    make_doc(&doc, buf);
    for (size_t i = 0; i < doc.ntoks; i++) {
        size_t n = vg_num_scan(&doc, i, doc.ntoks, &q);
        assert_true(n >= 1 && n <= 3);
    }
    vg_doc_fini(&doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_num_word), cmocka_unit_test(test_digits),
        cmocka_unit_test(test_words),    cmocka_unit_test(test_vague),
        cmocka_unit_test(test_ranges),   cmocka_unit_test(test_open),
        cmocka_unit_test(test_decades),  cmocka_unit_test(test_total),
        cmocka_unit_test(test_years),    cmocka_unit_test(test_negatives),
        cmocka_unit_test(test_bounds),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
