/* test_date.c: calendar arithmetic, metadata date strings and date
 * expressions in text (src/text/date.c). Text cases build a real document
 * (vg_doc_set_text + vg_tok_run) and scan it left to right, as the
 * extraction layer does, against the anchor 2016-07-01 (a Friday) unless
 * said otherwise. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "text/date.h"
#include "text/doc.h"
#include "text/tok.h"

static const vg_date anchor = {2016, 7, 1, VG_DATE_DAY};
static const vg_date no_anchor = {0, 0, 0, VG_DATE_NONE};

static vg_date day(int y, int m, int d)
{
    vg_date v = {(int16_t)y, (int8_t)m, (int8_t)d, VG_DATE_DAY};
    return v;
}

static const char *iso(vg_date d, char *buf)
{
    vg_date_format(d, buf, 16);
    return buf;
}

/* ---- arithmetic -------------------------------------------------------- */

static void test_days(void **state)
{
    (void)state;
    char b[16];
    assert_int_equal(vg_date_to_days(day(1970, 1, 1)), 0);
    assert_int_equal(vg_date_to_days(day(2016, 7, 1)), 16983);
    assert_int_equal(vg_date_to_days(day(1969, 12, 31)), -1);
    assert_int_equal(vg_date_to_days(day(2000, 3, 1)) - vg_date_to_days(day(2000, 2, 28)), 2);
    assert_int_equal(vg_date_to_days(day(1900, 3, 1)) - vg_date_to_days(day(1900, 2, 28)), 1);
    /* year and month precision count from their first day */
    vg_date y2016 = {2016, 0, 0, VG_DATE_YEAR}, m2016 = {2016, 6, 0, VG_DATE_MONTH};
    assert_int_equal(vg_date_to_days(y2016), vg_date_to_days(day(2016, 1, 1)));
    assert_int_equal(vg_date_to_days(m2016), vg_date_to_days(day(2016, 6, 1)));
    assert_string_equal(iso(vg_date_from_days(16983), b), "2016-07-01");
    assert_string_equal(iso(vg_date_from_days(-719162), b), "0001-01-01");
    assert_string_equal(iso(vg_date_from_days(2932896), b), "9999-12-31");
    assert_int_equal(vg_date_from_days(2932897).prec, VG_DATE_NONE);
    assert_int_equal(vg_date_from_days(-719163).prec, VG_DATE_NONE);
    /* round trip over the whole range, every 97th day */
    for (long d = -719162; d <= 2932896; d += 97) {
        vg_date v = vg_date_from_days(d);
        assert_int_equal(v.prec, VG_DATE_DAY);
        assert_int_equal(vg_date_to_days(v), d);
    }
}

static void test_add_weekday_valid(void **state)
{
    (void)state;
    char b[16];
    assert_string_equal(iso(vg_date_add_days(day(2016, 2, 28), 1), b), "2016-02-29");
    assert_string_equal(iso(vg_date_add_days(day(2016, 2, 28), 2), b), "2016-03-01");
    assert_string_equal(iso(vg_date_add_days(day(2015, 2, 28), 1), b), "2015-03-01");
    assert_string_equal(iso(vg_date_add_days(day(2016, 12, 31), 1), b), "2017-01-01");
    assert_string_equal(iso(vg_date_add_days(day(2016, 7, 1), -366), b), "2015-07-01");
    assert_int_equal(vg_date_add_days(day(2016, 7, 1), 100000000L).prec, VG_DATE_NONE);
    assert_int_equal(vg_date_add_days(day(2016, 7, 1), -100000000L).prec, VG_DATE_NONE);
    vg_date m = {2016, 6, 0, VG_DATE_MONTH};
    vg_date r = vg_date_add_days(m, 40);
    assert_true(r.prec == VG_DATE_MONTH && r.year == 2016 && r.month == 6);

    assert_int_equal(vg_date_weekday(day(2016, 7, 1)), 4); /* Friday */
    assert_int_equal(vg_date_weekday(day(1970, 1, 1)), 3); /* Thursday */
    assert_int_equal(vg_date_weekday(day(1969, 12, 29)), 0);
    assert_int_equal(vg_date_weekday(day(2016, 7, 3)), 6);
    assert_int_equal(vg_date_weekday(m), -1);

    assert_true(vg_date_valid(day(2016, 2, 29)));
    assert_true(vg_date_valid(day(2000, 2, 29)));
    assert_false(vg_date_valid(day(1900, 2, 29)));
    assert_false(vg_date_valid(day(2015, 2, 29)));
    assert_false(vg_date_valid(day(2016, 2, 30)));
    assert_false(vg_date_valid(day(2016, 4, 31)));
    assert_false(vg_date_valid(day(2016, 13, 1)));
    assert_false(vg_date_valid(day(2016, 0, 1)));
    assert_false(vg_date_valid(day(0, 1, 1)));
    assert_false(vg_date_valid(no_anchor));
    vg_date bad_year = {2016, 3, 0, VG_DATE_YEAR};
    assert_false(vg_date_valid(bad_year));
}

static void test_format(void **state)
{
    (void)state;
    char b[16];
    vg_date y = {2016, 0, 0, VG_DATE_YEAR}, m = {2016, 6, 0, VG_DATE_MONTH},
            y9 = {9, 0, 0, VG_DATE_YEAR};
    assert_int_equal(vg_date_format(y, b, sizeof b), 4);
    assert_string_equal(b, "2016");
    assert_int_equal(vg_date_format(m, b, sizeof b), 7);
    assert_string_equal(b, "2016-06");
    assert_int_equal(vg_date_format(day(2016, 6, 29), b, sizeof b), 10);
    assert_string_equal(b, "2016-06-29");
    assert_int_equal(vg_date_format(y9, b, sizeof b), 4);
    assert_string_equal(b, "0009");
    assert_int_equal(vg_date_format(no_anchor, b, sizeof b), 0);
    assert_string_equal(b, "");
    assert_int_equal(vg_date_format(day(2016, 2, 30), b, sizeof b), 0);
    assert_int_equal(vg_date_format(day(2016, 6, 29), b, 10), 0); /* too small */
    assert_string_equal(b, "");
    assert_int_equal(vg_date_format(day(2016, 6, 29), NULL, 16), 0);
}

/* ---- metadata strings -------------------------------------------------- */

static void check_parse(const char *s, const char *want)
{
    vg_date d;
    char b[16];
    if (vg_date_parse(s, strlen(s), &d) != 0)
        fail_msg("vg_date_parse(\"%s\") failed", s);
    if (strcmp(iso(d, b), want) != 0)
        fail_msg("vg_date_parse(\"%s\") = %s, want %s", s, b, want);
}

static void check_parse_fails(const char *s)
{
    vg_date d;
    char b[16];
    if (vg_date_parse(s, strlen(s), &d) == 0)
        fail_msg("vg_date_parse(\"%s\") accepted: %s", s, iso(d, b));
}

static void test_parse(void **state)
{
    (void)state;
    check_parse("2016-07-01", "2016-07-01");
    check_parse("2016-07-01T10:00:00Z", "2016-07-01");
    /* military date-time groups */
    check_parse("221800Z JAN 26", "2026-01-22");
    check_parse("052359Z MAR 2025", "2025-03-05");
    check_parse("181200ZMAR26", "2026-03-18"); /* written solid */
    check_parse("181200ZMAR2026", "2026-03-18");
    check_parse_fails("181200ZMRZ26");
    check_parse_fails("322400Z JAN 26"); /* no day 32, no hour 24 */
    check_parse_fails("221800Z JAN 26 extra");
    check_parse("2016-07-01T10:00:00.123+02:00", "2016-07-01");
    check_parse("2016-07-01 10:00", "2016-07-01");
    check_parse("2016-07-01t10:00:00-0400", "2016-07-01");
    check_parse("  2016-07-01  ", "2016-07-01");
    check_parse("Fri, 01 Jul 2016 10:00:00 GMT", "2016-07-01");
    check_parse("Fri, 01 Jul 2016 10:00:00 +0000", "2016-07-01");
    check_parse("Fri, 1 Jul 16 10:00 EDT", "2016-07-01");
    check_parse("July 1, 2016", "2016-07-01");
    check_parse("JULY 1, 2016", "2016-07-01");
    check_parse("Friday, July 01, 2016", "2016-07-01");
    check_parse("July 1st, 2016 at 10:30 a.m.", "2016-07-01");
    check_parse("July 1, 2016 10:30 PM (EST)", "2016-07-01");
    check_parse("Jul. 1 2016", "2016-07-01");
    check_parse("Sept 1, 2016", "2016-09-01");
    check_parse("1 July 2016", "2016-07-01");
    check_parse("1st of July, 2016", "2016-07-01");
    /* Spanish, Portuguese and French month names */
    check_parse("27 de enero de 2026", "2026-01-27");
    check_parse("27 enero 2026", "2026-01-27");
    check_parse("3 de marco de 2026", "2026-03-03");
    check_parse("3 mars 2026", "2026-03-03");
    check_parse_fails("27 de january de"); /* no year */
    check_parse_fails("27 of enero of 2026");
    check_parse("2016/07/01", "2016-07-01");
    check_parse("2016.07.01", "2016-07-01");
    check_parse("7/1/2016", "2016-07-01");
    check_parse("07/01/2016", "2016-07-01");
    check_parse("7/1/16", "2016-07-01");
    check_parse("29/06/2016", "2016-06-29");
    check_parse("29.06.2016", "2016-06-29");
    check_parse("July 2016", "2016-07");
    check_parse("2016-07", "2016-07");
    check_parse("2016", "2016");
    check_parse("2016-02-29", "2016-02-29");
    check_parse("1 July\xc2\xa0"
                "2016",
                "2016-07-01"); /* no-break space */

    check_parse_fails("");
    check_parse_fails("   ");
    check_parse_fails("Feb 30, 2016");
    check_parse_fails("2016-02-30");
    check_parse_fails("2015-02-29");
    check_parse_fails("2016-13-01");
    check_parse_fails("2016-00-10");
    check_parse_fails("32/01/2016");
    check_parse_fails("13/13/2016");
    check_parse_fails("July 1");
    check_parse_fails("July");
    check_parse_fails("hello");
    check_parse_fails("2016-07-01 garbage words");
    check_parse_fails("2016-07-01T25:00");
    check_parse_fails("2016-07-01T10:75");
    check_parse_fails("16");
    check_parse_fails("12345");
    check_parse_fails("2016.07");
    check_parse("1 Juillet 2016", "2016-07-01");
    check_parse_fails("1 Jolly 2016");
    check_parse_fails("1 July 2016 \xe2\x80\x94");
    {
        vg_date d;
        assert_int_equal(vg_date_parse("2016-07-01\0x", 12, &d), -1); /* NUL inside */
        assert_int_equal(vg_date_parse(NULL, 3, &d), -1);
        assert_int_equal(vg_date_parse("2016", 4, NULL), -1);
        /* n bounds the read */
        assert_int_equal(vg_date_parse("2016-07-01", 4, &d), 0);
        assert_int_equal(d.prec, VG_DATE_YEAR);
        /* a Thai Buddhist Era year is 543 ahead of the common era */
        /* accented month names, upper or lower case */
        static const struct {
            const char *s;
            int y, m, dd;
        } acc[] = {{"3 f\xc3\xa9vrier 2026", 2026, 2, 3},
                   {"1 de mar\xc3\xa7o de 2023", 2023, 3, 1},
                   {"15 ao\xc3\xbbt 2024", 2024, 8, 15},
                   {"2 D\xc3\x89" "CEMBRE 2025", 2025, 12, 2}};
        for (size_t k = 0; k < sizeof acc / sizeof acc[0]; k++) {
            assert_int_equal(vg_date_parse(acc[k].s, strlen(acc[k].s), &d), 0);
            assert_int_equal(d.year, acc[k].y);
            assert_int_equal(d.month, acc[k].m);
            assert_int_equal(d.day, acc[k].dd);
        }
        assert_int_equal(vg_date_parse("3 f\xc3\x97vrier 2026", 15, &d), -1); /* a sign, no letter */
        assert_int_equal(vg_date_parse("15 January 2569", 15, &d), 0);
        assert_int_equal(d.year, 2026);
        assert_int_equal(vg_date_ce_year(2479), 2479);
        assert_int_equal(vg_date_ce_year(2651), 2651);
    }
}

/* ---- text -------------------------------------------------------------- */

static void make_doc(vg_doc *doc, const char *text)
{
    vg_doc_init(doc);
    assert_int_equal(vg_doc_set_text(doc, text, strlen(text)), VIGIL_OK);
    assert_int_equal(vg_tok_run(doc), VIGIL_OK);
}

/* The first expression in text against a, scanning left to right. */
static size_t first_ref(const char *text, vg_date a, vg_timeref *tr, char *span)
{
    vg_doc doc;
    size_t n = 0;
    make_doc(&doc, text);
    span[0] = '\0';
    for (size_t i = 0; i < doc.ntoks; i++) {
        n = vg_date_scan(&doc, i, doc.ntoks, a, tr);
        if (n) {
            assert_int_equal(tr->tok_start, i);
            assert_int_equal(tr->tok_end, i + n);
            assert_int_equal(tr->start, doc.toks[i].start);
            assert_int_equal(tr->end, doc.toks[i + n - 1].end);
            size_t len = tr->end - tr->start;
            assert_true(len < 128);
            memcpy(span, doc.text + tr->start, len);
            span[len] = '\0';
            break;
        }
    }
    vg_doc_fini(&doc);
    return n;
}

/* Expected value/from/to as ISO strings, "" for prec NONE. */
static void check_ref_at(const char *text, vg_date a, const char *want_span, const char *value,
                         const char *from, const char *to, int is_window, int relative)
{
    vg_timeref tr;
    char span[128], b1[16], b2[16], b3[16];
    if (first_ref(text, a, &tr, span) == 0)
        fail_msg("no date in \"%s\"", text);
    if (strcmp(span, want_span) != 0)
        fail_msg("\"%s\": span \"%s\", want \"%s\"", text, span, want_span);
    iso(tr.value, b1);
    iso(tr.from, b2);
    iso(tr.to, b3);
    if (strcmp(b1, value) || strcmp(b2, from) || strcmp(b3, to))
        fail_msg("\"%s\": value %s from %s to %s, want %s %s %s", text, b1, b2, b3, value, from,
                 to);
    if (tr.is_window != is_window || tr.relative != relative)
        fail_msg("\"%s\": window %d relative %d, want %d %d", text, tr.is_window, tr.relative,
                 is_window, relative);
}

static void check_point(const char *text, const char *span, const char *value, int relative)
{
    check_ref_at(text, anchor, span, value, "", "", 0, relative);
}

static void check_window(const char *text, const char *span, const char *value, const char *from,
                         const char *to)
{
    check_ref_at(text, anchor, span, value, from, to, 1, 1);
}

static void check_no_date(const char *text)
{
    vg_timeref tr;
    char span[128];
    if (first_ref(text, anchor, &tr, span) != 0)
        fail_msg("\"%s\": unexpected date \"%s\"", text, span);
}

static void test_absolute(void **state)
{
    (void)state;
    check_point("Friday, July 01, 2016", "Friday, July 01, 2016", "2016-07-01", 0);
    check_point("FRIDAY, JULY 01, 2016", "FRIDAY, JULY 01, 2016", "2016-07-01", 0);
    check_point("Friday 1 July 2016 at noon", "Friday 1 July 2016", "2016-07-01", 0);
    check_point("on July 1, 2016.", "July 1, 2016", "2016-07-01", 0);
    check_point("July 1 2016", "July 1 2016", "2016-07-01", 0);
    check_point("29 June 2016", "29 June 2016", "2016-06-29", 0);
    check_point("the 29th of June, 2016", "29th of June, 2016", "2016-06-29", 0);
    check_point("on 2016-06-29 the", "2016-06-29", "2016-06-29", 0);
    check_point("on 6/29/2016 the", "6/29/2016", "2016-06-29", 0);
    check_point("on 29.06.2016 the", "29.06.2016", "2016-06-29", 0);
    /* either way round: month first, unless the text writes its day first
     * (another date that can only be read so, or a zone or "hrs" after) */
    check_point("on 07/10/2026 the", "07/10/2026", "2026-07-10", 0);
    check_point("on 07/10/2026 at 09:40 hrs.", "07/10/2026", "2026-10-07", 0);
    check_point("on 07/10/2026 at 09:40 EST", "07/10/2026", "2026-07-10", 0);
    check_point("on 03/04/2025 in the West Bank", "03/04/2025", "2025-03-04", 0); /* no zone */
    check_point("at 220215Z JAN 26 fighters attacked", "220215Z JAN 26", "2026-01-22", 0);
    check_point("B. 180245ZMAR26. IED STRIKE", "180245ZMAR26", "2026-03-18", 0);
    check_point("on 07/10/2026, after the raid of 25/09/2026", "07/10/2026", "2026-10-07", 0);
    check_point("on 07/10/2026, after the raid of 09/25/2026", "07/10/2026", "2026-07-10", 0);
    check_point("June 2016", "June 2016", "2016-06", 0);
    check_point("in June of 2015", "June of 2015", "2015-06", 0);
    check_point("in 2015", "2015", "2015", 0);
    check_point("in 2015 on a visit", "2015", "2015", 0);
    check_point("in 2021 on 26 August", "2021", "2021", 0);
    check_point("in 2012 on 3 occasions", "2012", "2012", 0);
    check_point("the curfew begins at 1800 on Sunday", "Sunday", "2016-06-26", 1);
    check_point("from 2000 on 12 November", "12 November", "2016-11-12", 1);
    check_point("IN 2015", "2015", "2015", 0);
    check_point("during 2015 the group", "2015", "2015", 0);
    check_point("Jan. 5, 2015", "Jan. 5, 2015", "2015-01-05", 0);
    /* Spanish, French and Portuguese month names next to a day or year */
    check_point("Original: Agencia del Llano, 7 julio 2025]", "7 julio 2025", "2025-07-07", 0);
    check_point("le 14 juillet 2024", "14 juillet 2024", "2024-07-14", 0);
    check_point("em 3 março 2023", "3 março 2023", "2023-03-03", 0);
    /* the year from the anchor: relative */
    check_point("told Berlin Reuters on June 29.", "June 29", "2016-06-29", 1);
    check_point("JUNE 29", "JUNE 29", "2016-06-29", 1);
    check_point("June 29th", "June 29th", "2016-06-29", 1);
    /* lower-case "may" after a day: a month after a preposition or before
     * punctuation ("4 may strike" stays a modal, test_negatives) */
    check_point("on 19 may, a bomb damaged a church", "19 may", "2016-05-19", 1);
    check_point("the bomb exploded on 19 may.", "19 may", "2016-05-19", 1);
    /* a day alone: of the anchor's month (2016-07-01), or the month before
     * when the day is still ahead */
    check_point("On the 1st, a bomb exploded", "1st", "2016-07-01", 1);
    check_point("On the 3rd, a bomb exploded", "3rd", "2016-06-03", 1);
    check_no_date("on the 3rd floor of the hotel");
    /* translated wire: "the 3rd of this month", "the 16th of last month"
     * (the anchor is 2016-07-01) */
    check_point("lost their lives on the 3rd of this month", "3rd of this month", "2016-07-03", 1);
    check_point("on the 16th of last month near Gao", "16th of last month", "2016-06-16", 1);
    /* two days: a night is the day it began, a span a window */
    check_point("On the night of 13 to 14 June, gunmen attacked", "13 to 14 June", "2016-06-13", 1);
    check_ref_at("Fighting on 13 to 14 June 2016 displaced 400", anchor, "13 to 14 June 2016", "", "2016-06-13",
                 "2016-06-14", 1, 0);
    check_window("clashes on 13 to 14 June", "13 to 14 June", "", "2016-06-13", "2016-06-14");
    check_point("gunmen attacked on the night of 13 - 14 June", "13 - 14 June", "2016-06-13", 1);
    check_point("drones struck a refinery on the night of June 13-14", "June 13-14", "2016-06-13", 1);
    check_window("clashes on June 13-14", "June 13-14", "", "2016-06-13", "2016-06-14");
    /* spans of days, either way round, with or without the year; a
     * second day not after the first is no span */
    check_ref_at("attacks between April 3-6, 2026 at churches", anchor, "April 3-6, 2026", "",
                 "2026-04-03", "2026-04-06", 1, 0);
    check_ref_at("on 3-6 April 2026", anchor, "3-6 April 2026", "", "2026-04-03", "2026-04-06", 1, 0);
    check_ref_at("Week 11 (10-16 March 2025)", anchor, "10-16 March 2025", "", "2025-03-10",
                 "2025-03-16", 1, 0);
    check_window("on April 3\u20136 in Lagos", "April 3\u20136", "", "2016-04-03", "2016-04-06");
    check_window("from June 3 to 6", "June 3 to 6", "", "2016-06-03", "2016-06-06");
    check_window("June 3 through 6", "June 3 through 6", "", "2016-06-03", "2016-06-06");
    check_ref_at("attacks from 3 to 6 April 2026", anchor, "3 to 6 April 2026", "", "2026-04-03",
                 "2026-04-06", 1, 0);
    check_window("between 3 and 6 June", "between 3 and 6 June", "", "2016-06-03", "2016-06-06");
    /* the tense of a span without its year, as of one day */
    check_window("fighters overran the town on 3-7 December", "3-7 December", "", "2015-12-03", "2015-12-07");
    check_window("talks will be held on 3 to 7 December", "3 to 7 December", "", "2016-12-03", "2016-12-07");
    check_ref_at("between 3 and 6 April 2026", anchor, "between 3 and 6 April 2026", "",
                 "2026-04-03", "2026-04-06", 1, 0);
    check_point("on June 6-3 there", "June 6", "2016-06-06", 1);
    /* a spaced dash after a dateline's day, a count of years, and a
     * second month are no spans of days */
    check_point("KABUL, May 2 - 12 soldiers were killed", "May 2", "2016-05-02", 1);
    check_point("sentenced him on March 5 to 10 years in prison", "March 5", "2016-03-05", 1);
    check_window("guarded from April 3 to 6 May", "from April 3 to 6 May", "", "2016-04-03", "2016-05-06");
    check_point("on June 30-31 there", "June 30", "2016-06-30", 1);
    check_point("before the 2nd of next month", "2nd of next month", "2016-08-02", 1);
    check_point("1 July", "1 July", "2016-07-01", 1);
    check_point("jan. 5", "jan. 5", "2016-01-05", 1);
    check_point("Jan 5", "Jan 5", "2016-01-05", 1);
    check_point("in May", "May", "2016-05", 1);
    check_point("June was deadly", "June", "2016-06", 1);
    check_point("mid-June", "mid-June", "2016-06", 1);
    check_point("in mid-2015", "mid-2015", "2015", 0);
    check_point("May 5", "May 5", "2016-05-05", 1);
    /* within 6 months after the anchor: the anchor's year */
    check_point("December 31", "December 31", "2016-12-31", 1);
    check_point("in December", "December", "2016-12", 1);
    check_point("January 5", "January 5", "2016-01-05", 1);
    {
        vg_date dec20 = {2016, 12, 20, VG_DATE_DAY}, jan10 = {2016, 1, 10, VG_DATE_DAY};
        check_ref_at("January 5", dec20, "January 5", "2017-01-05", "", "", 0, 1);
        check_ref_at("December 20", jan10, "December 20", "2015-12-20", "", "", 0, 1);
        check_ref_at("July 5", jan10, "July 5", "2016-07-05", "", "", 0, 1);   /* +177 days */
        check_ref_at("July 20", jan10, "July 20", "2015-07-20", "", "", 0, 1); /* +192 days */
        check_ref_at("in October", jan10, "October", "2015-10", "", "", 0, 1);
        check_ref_at("in June", jan10, "June", "2016-06", "", "", 0, 1);
    }
    /* day checked against the month */
    check_no_date("June 31");
    check_no_date("Feb 30");
    check_no_date("an overnight curfew");
    check_point("Feb 29", "Feb 29", "2016-02-29", 1);
}

static void test_relative_points(void **state)
{
    (void)state;
    check_point("in our second conversation yesterday about", "yesterday", "2016-06-30", 1);
    check_point("YESTERDAY", "YESTERDAY", "2016-06-30", 1);
    check_point("yesterday morning", "yesterday morning", "2016-06-30", 1);
    check_point("today", "today", "2016-07-01", 1);
    check_point("tomorrow", "tomorrow", "2016-07-02", 1);
    check_point("tonight", "tonight", "2016-07-01", 1);
    check_point("last night", "last night", "2016-06-30", 1);
    check_point("drones attacked a refinery overnight, the governor said", "overnight", "2016-06-30", 1);
    check_point("overnight on Tuesday", "Tuesday", "2016-06-28", 1);
    check_point("overnight Saturday", "Saturday", "2016-06-25", 1);
    check_point("this morning", "this morning", "2016-07-01", 1);
    check_point("on Tuesday", "Tuesday", "2016-06-28", 1);
    check_point("on Friday", "Friday", "2016-07-01", 1);
    check_point("on Saturday night", "Saturday night", "2016-06-25", 1);
    check_point("last Friday", "last Friday", "2016-06-24", 1);
    check_point("LAST FRIDAY", "LAST FRIDAY", "2016-06-24", 1);
    check_point("last Monday", "last Monday", "2016-06-27", 1);
    check_point("next Friday", "next Friday", "2016-07-08", 1);
    check_point("next Monday", "next Monday", "2016-07-04", 1);
    check_point("this Tuesday", "this Tuesday", "2016-06-28", 1);
    check_point("two days ago", "two days ago", "2016-06-29", 1);
    check_point("TWO DAYS AGO", "TWO DAYS AGO", "2016-06-29", 1);
    check_point("3 weeks ago", "3 weeks ago", "2016-06-10", 1);
    check_point("a week ago", "a week ago", "2016-06-24", 1);
    check_point("48 hours ago", "48 hours ago", "2016-06-29", 1);
    check_point("two months ago", "two months ago", "2016-05", 1);
    check_point("a year ago", "a year ago", "2015", 1);
    check_point("several years ago", "several years ago", "2013", 1);
    check_point("last June", "last June", "2016-06", 1);
    check_point("last July", "last July", "2015-07", 1);
    check_point("next March", "next March", "2017-03", 1);
    check_point("earlier today", "earlier today", "2016-07-01", 1);
    /* the clause's tense: ahead after "will", "expected", "due"; back
     * after a verb in the past; else the nearest */
    check_point("is expected to appear in court on Tuesday", "Tuesday", "2016-07-05", 1);
    check_point("will be sentenced on 5 January", "5 January", "2017-01-05", 1);
    check_point("had visited the station in December", "December", "2015-12", 1);
    check_point("was killed on 20 December", "20 December", "2015-12-20", 1);
    check_point("the vote on 20 December", "20 December", "2016-12-20", 1);
    /* ... an irregular past too ("overran", "fled", "blew"), not a present
     * that reads the same ("set") */
    check_point("fighters overran the town of Baga on 20 December", "20 December", "2015-12-20", 1);
    check_point("the residents fled on 20 December", "20 December", "2015-12-20", 1);
    check_point("a bomber blew himself up on 20 December", "20 December", "2015-12-20", 1);
    check_point("they set out on 20 December", "20 December", "2016-12-20", 1);
    check_point("talks will be held on 20 December", "20 December", "2016-12-20", 1);
    /* (not a verb of a clause before it: "who won re-election, travels
     * to Maiduguri on 20 December"; not "is held") */
    check_point("The president, who won re-election, travels to Maiduguri on 20 December", "20 December",
                "2016-12-20", 1);
    check_point("The election is held on 20 December", "20 December", "2016-12-20", 1);
    check_point("said. On Tuesday", "Tuesday", "2016-06-28", 1); /* not past the sentence */
    check_point("On 12 June movement along the road was halted", "12 June", "2016-06-12", 1);
    /* a date that opens its clause: the verb after it */
    check_point("On 20 December, gunmen killed two farmers", "20 December", "2015-12-20", 1);
    check_point("20 December: gunmen killed two farmers", "20 December", "2015-12-20", 1);
    check_point("On 20 December, the court will rule", "20 December", "2016-12-20", 1);
    check_point("On 20 December the vote takes place", "20 December", "2016-12-20", 1);
    check_point("On 20 December, armed police will guard the polls", "20 December", "2016-12-20", 1);
    check_point("On 20 December, the so-called Islamic State may attack", "20 December", "2016-12-20", 1);
    check_point("On 20 December, a summit hosted by Kenya will meet", "20 December", "2016-12-20", 1);
    check_point("Talks on 20 December ended the strike", "20 December", "2016-12-20", 1);
    check_point("the men arrested after the bombing would be charged in March", "March", "2017-03", 1);
}

static void test_calendar(void **state)
{
    (void)state;
    check_window("last week", "last week", "", "2016-06-20", "2016-06-26");
    check_window("this week", "this week", "", "2016-06-27", "2016-07-03");
    check_window("next week", "next week", "", "2016-07-04", "2016-07-10");
    check_window("last month", "last month", "2016-06", "2016-06-01", "2016-06-30");
    check_window("LAST MONTH", "LAST MONTH", "2016-06", "2016-06-01", "2016-06-30");
    check_window("this month", "this month", "2016-07", "2016-07-01", "2016-07-31");
    check_window("next month", "next month", "2016-08", "2016-08-01", "2016-08-31");
    check_window("last year", "last year", "2015", "2015-01-01", "2015-12-31");
    check_window("this year", "this year", "2016", "2016-01-01", "2016-12-31");
    check_window("next year", "next year", "2017", "2017-01-01", "2017-12-31");
    check_window("earlier this month", "earlier this month", "2016-07", "2016-07-01", "2016-07-01");
    check_window("earlier this year", "earlier this year", "2016", "2016-01-01", "2016-07-01");
    check_window("later this year", "later this year", "2016", "2016-07-01", "2016-12-31");
    check_window("earlier this week", "earlier this week", "", "2016-06-27", "2016-07-01");
    {
        vg_date jan = {2016, 1, 15, VG_DATE_DAY};
        check_ref_at("last month", jan, "last month", "2015-12", "2015-12-01", "2015-12-31", 1, 1);
        check_ref_at("next month", (vg_date){2016, 12, 5, VG_DATE_DAY}, "next month", "2017-01",
                     "2017-01-01", "2017-01-31", 1, 1);
    }
}

static void test_rolling(void **state)
{
    (void)state;
    check_window("went into Turkey from Syria within last weeks, about a month",
                 "within last weeks", "", "2016-06-03", "2016-07-01");
    check_window("in the last few weeks", "in the last few weeks", "", "2016-06-03", "2016-07-01");
    check_window("in recent weeks", "in recent weeks", "", "2016-06-03", "2016-07-01");
    check_window("over the past month", "over the past month", "", "2016-06-01", "2016-07-01");
    check_window("militants in last month able", "in last month", "", "2016-06-01", "2016-07-01");
    check_window("in the last week", "in the last week", "", "2016-06-24", "2016-07-01");
    check_window("the past two weeks", "the past two weeks", "", "2016-06-17", "2016-07-01");
    check_window("past 24 hours", "past 24 hours", "", "2016-06-30", "2016-07-01");
    check_window("in recent months", "in recent months", "", "2016-04-02", "2016-07-01");
    check_window("over the last three years", "over the last three years", "", "2013-07-02",
                 "2016-07-01");
    check_window("recently", "recently", "", "2016-06-01", "2016-07-01");
    check_window("RECENTLY", "RECENTLY", "", "2016-06-01", "2016-07-01");
    check_window("lately", "lately", "", "2016-06-01", "2016-07-01");
    check_window("comparing to 2000s in recent past.", "in recent past", "", "2016-06-01",
                 "2016-07-01");
    check_window("in the recent past", "in the recent past", "", "2016-06-01", "2016-07-01");
    check_window("soft targets in Turkey in coming days or weeks.", "in coming days or weeks", "",
                 "2016-07-01", "2016-07-29");
    check_window("IN COMING DAYS OR WEEKS", "IN COMING DAYS OR WEEKS", "", "2016-07-01",
                 "2016-07-29");
    check_window("in the coming days", "in the coming days", "", "2016-07-01", "2016-07-08");
    check_window("in the coming weeks", "in the coming weeks", "", "2016-07-01", "2016-07-29");
    check_window("in the next few days", "in the next few days", "", "2016-07-01", "2016-07-08");
    check_window("in the next 48 hours", "in the next 48 hours", "", "2016-07-01", "2016-07-03");
    check_window("within the next two to three weeks", "within the next two to three weeks", "",
                 "2016-07-01", "2016-07-22");
    check_window("in the coming months", "in the coming months", "", "2016-07-01", "2016-09-29");
    check_window("in the days ahead", "in the days ahead", "", "2016-07-01", "2016-07-08");
    check_window("in the weeks to come", "in the weeks to come", "", "2016-07-01", "2016-07-29");
    check_window("may want to conduct their attacks soon, before", "soon", "", "2016-07-01",
                 "2016-07-31");
    check_window("facing in near future:", "in near future", "", "2016-07-01", "2016-07-31");
    check_window("in the near future", "in the near future", "", "2016-07-01", "2016-07-31");
}

static void test_bounded(void **state)
{
    (void)state;
    check_window("since January", "since January", "", "2016-01-01", "2016-07-01");
    check_window("SINCE JANUARY", "SINCE JANUARY", "", "2016-01-01", "2016-07-01");
    check_window("since September", "since September", "", "2015-09-01", "2016-07-01");
    check_window("since 2014", "since 2014", "", "2014-01-01", "2016-07-01");
    check_window("since June 29", "since June 29", "", "2016-06-29", "2016-07-01");
    check_window("since last week", "since last week", "", "2016-06-20", "2016-07-01");
    check_window("since Tuesday", "since Tuesday", "", "2016-06-28", "2016-07-01");
    check_window("since May", "since May", "", "2016-05-01", "2016-07-01");
    check_window("by the end of the year", "by the end of the year", "", "2016-07-01",
                 "2016-12-31");
    check_window("by the end of next month", "by the end of next month", "", "2016-07-01",
                 "2016-08-31");
    check_window("until the end of June 2017", "until the end of June 2017", "", "2016-07-01",
                 "2017-06-30");
    check_window("until March", "until March", "", "2016-07-01", "2017-03-31");
    check_window("until 2017", "until 2017", "", "2016-07-01", "2017-12-31");
    check_window("until Monday", "until Monday", "", "2016-07-01", "2016-07-04");
    /* an end before the anchor leaves the start open */
    check_window("until June 29", "until June 29", "", "", "2016-06-29");
    check_window("from June 1 to June 5", "from June 1 to June 5", "", "2016-06-01", "2016-06-05");
    check_ref_at("between 2014 and 2016", anchor, "between 2014 and 2016", "", "2014-01-01",
                 "2016-12-31", 1, 0);
    check_ref_at("from 2014 to 2016", anchor, "from 2014 to 2016", "", "2014-01-01", "2016-12-31",
                 1, 0);
    check_ref_at("in the 1990s", anchor, "in the 1990s", "", "1990-01-01", "1999-12-31", 1, 0);
    check_ref_at("the 2000s", anchor, "the 2000s", "", "2000-01-01", "2009-12-31", 1, 0);
    /* "before" only with an edge or a period, or a month or a year (to its
     * eve) */
    check_window("before March 2017", "before March 2017", "", "2016-07-01", "2017-02-28");
    check_window("before 2018", "before 2018", "", "2016-07-01", "2017-12-31");
    /* ... one already begun leaves the start open */
    check_window("before May 2016", "before May 2016", "", "", "2016-04-30");
    /* ... but not a year gone ("shortly before 1700", a clock time) */
    check_point("shortly before 1700", "1700", "1700", 0);
    check_window("before the end of the year", "before the end of the year", "", "2016-07-01",
                 "2016-12-31");
    check_window("before Christmas", "before Christmas", "", "2016-07-01", "2016-12-25");
    check_window("before summer", "before summer", "", "2016-07-01", "2017-06-01");
    check_point("before dawn on Monday", "Monday", "2016-06-27", 1);
}

/* Seasons and feasts, seen from the anchor (2016-07-01, in summer). */
static void test_seasons(void **state)
{
    (void)state;
    check_window("this summer", "this summer", "", "2016-06-01", "2016-08-31");
    check_window("next summer", "next summer", "", "2017-06-01", "2017-08-31");
    check_window("last summer", "last summer", "", "2015-06-01", "2015-08-31");
    check_window("in the winter", "in the winter", "", "2016-12-01", "2017-02-28");
    check_window("last winter", "last winter", "", "2015-12-01", "2016-02-29");
    check_window("during the end-of-year holidays", "during the end-of-year holidays", "",
                 "2016-12-20", "2017-01-06");
    check_point("during Easter services", "during Easter", "2017-04-16", 1);
    check_point("over Christmas", "over Christmas", "2016-12-25", 1);
    /* quarters and the rest of the year */
    check_ref_at("likely in Q3 2025.", anchor, "Q3 2025", "", "2025-07-01", "2025-09-30", 1, 0);
    check_ref_at("in Q4", anchor, "Q4", "", "2016-10-01", "2016-12-31", 1, 1);
    check_window("for the rest of 2016", "the rest of 2016", "", "2016-07-01", "2016-12-31");
    check_window("over the remainder of the year", "the remainder of the year", "", "2016-07-01",
                 "2016-12-31");
    check_no_date("the rest of the group");
    check_no_date("Q5 results");
    check_ref_at("over Easter", (vg_date){2024, 3, 5, VG_DATE_DAY}, "over Easter", "2024-03-31", "", "", 0, 1);
    check_no_date("since the Arab Spring");
    check_window("during the festive season", "during the festive season", "", "2016-12-20",
                 "2017-01-06");
    check_no_date("the end-of-year report");
    check_no_date("a festive mood");
    check_no_date("an attack on a Christmas market");
    /* feasts of one day name their day alone: Thanksgiving the fourth
     * Thursday of November, Black Friday the day after, Good Friday two
     * days before Easter */
    check_ref_at("attacks on Black Friday", (vg_date){2026, 11, 19, VG_DATE_DAY}, "Black Friday",
                 "2026-11-27", "", "", 0, 1);
    check_ref_at("on Thanksgiving", (vg_date){2025, 11, 1, VG_DATE_DAY}, "Thanksgiving", "2025-11-27", "",
                 "", 0, 1);
    check_ref_at("was bombed on Good Friday", (vg_date){2026, 5, 10, VG_DATE_DAY}, "Good Friday",
                 "2026-04-03", "", "", 0, 1);
    check_no_date("a good deal");
    check_no_date("the black car");
}

static void test_no_anchor(void **state)
{
    (void)state;
    /* absolute forms resolve; relative ones are consumed, unresolved */
    check_ref_at("July 1, 2016", no_anchor, "July 1, 2016", "2016-07-01", "", "", 0, 0);
    check_ref_at("yesterday", no_anchor, "yesterday", "", "", "", 0, 1);
    check_ref_at("June 29", no_anchor, "June 29", "", "", "", 0, 1);
    check_ref_at("on Tuesday", no_anchor, "Tuesday", "", "", "", 0, 1);
    check_ref_at("two days ago", no_anchor, "two days ago", "", "", "", 0, 1);
    check_ref_at("last month", no_anchor, "last month", "", "", "", 1, 1);
    check_ref_at("in coming days or weeks", no_anchor, "in coming days or weeks", "", "", "", 1, 1);
    check_ref_at("since 2014", no_anchor, "since 2014", "", "2014-01-01", "", 1, 1);
    /* an invalid anchor counts as none */
    vg_date bad = {2016, 2, 30, VG_DATE_DAY};
    check_ref_at("yesterday", bad, "yesterday", "", "", "", 0, 1);
    /* an anchor at month or year precision serves what it can */
    vg_date m = {2016, 7, 0, VG_DATE_MONTH}, y = {2016, 0, 0, VG_DATE_YEAR};
    check_ref_at("last month", m, "last month", "2016-06", "2016-06-01", "2016-06-30", 1, 1);
    check_ref_at("yesterday", m, "yesterday", "", "", "", 0, 1);
    check_ref_at("last year", y, "last year", "2015", "2015-01-01", "2015-12-31", 1, 1);
    check_ref_at("June 29", y, "June 29", "2016-06-29", "", "", 0, 1);
}

/* Every month and weekday spelling the scanner knows, through its table. */
static void test_names(void **state)
{
    (void)state;
    static const struct {
        const char *w;
        int month;
    } months[] = {
        {"January", 1},   {"Jan", 1},   {"Jan.", 1},      {"February", 2},  {"Feb", 2},
        {"Feb.", 2},      {"March", 3}, {"Mar", 3},       {"Mar.", 3},      {"April", 4},
        {"Apr", 4},       {"Apr.", 4},  {"May", 5},       {"June", 6},      {"Jun", 6},
        {"Jun.", 6},      {"July", 7},  {"Jul", 7},       {"Jul.", 7},      {"August", 8},
        {"Aug", 8},       {"Aug.", 8},  {"September", 9}, {"Sep", 9},       {"Sep.", 9},
        {"Sept", 9},      {"Sept.", 9}, {"October", 10},  {"Oct", 10},      {"Oct.", 10},
        {"November", 11}, {"Nov", 11},  {"Nov.", 11},     {"December", 12}, {"Dec", 12},
        {"Dec.", 12},
    };
    static const char *const weekdays[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                           "Friday", "Saturday", "Sunday"};
    char text[64], want[16], b[16];
    for (size_t k = 0; k < sizeof months / sizeof months[0]; k++) {
        vg_timeref tr;
        char span[128];
        snprintf(text, sizeof text, "%s 5, 2015", months[k].w);
        assert_int_equal(first_ref(text, anchor, &tr, span), 4);
        snprintf(want, sizeof want, "2015-%02d-05", months[k].month);
        assert_string_equal(iso(tr.value, b), want);
        assert_string_equal(span, text);
    }
    /* 2016-06-27 was a Monday: "last Monday" .. "last Sunday" */
    static const char *const last[] = {"2016-06-27", "2016-06-28", "2016-06-29", "2016-06-30",
                                       "2016-06-24", "2016-06-25", "2016-06-26"};
    for (size_t k = 0; k < 7; k++) {
        snprintf(text, sizeof text, "last %s", weekdays[k]);
        check_point(text, text, last[k], 1);
    }
}

static void test_negatives(void **state)
{
    (void)state;
    check_no_date("2016 people were killed");
    check_no_date("a group of 2000 militants");
    /* four digits as a 24-hour clock, not a year */
    check_no_date("the curfew runs from 2200 to 0500");
    check_no_date("a curfew from 2000 until 0600");
    check_no_date("the 5th");
    check_no_date("Gen. Smith attacked the goal");
    check_no_date("ISIS may attack");
    check_no_date("ISIS MAY ATTACK");
    check_no_date("as soon as possible");
    check_no_date("soon after the attack");
    check_no_date("on 9/11 and 24/7");
    check_no_date("claimed by ISIS");
    check_no_date("for two weeks");
    check_no_date("the last attack");
    check_no_date("in the past");
    check_no_date("the recent attack");
    check_no_date("6-7 people");
    check_no_date("between 6 and 7");
    check_no_date("4 may strike");
    check_no_date("about 20 may attack the base");
    check_no_date("March on the capital");
    check_no_date("the next day");
    check_no_date("a day");
    check_no_date("10:30");
    check_no_date("1.5 million");
    check_no_date("Julio Cesar Gaviria said"); /* a given name, not the month */
    check_no_date("County Mayo farmers");
    check_no_date("the April 19 Movement (M-19)"); /* names */
    check_no_date("the March 23 Movement");
    check_no_date("the April 6 Youth Movement");
    check_no_date("the 19 april movement (m-19)");
}

static void test_bounds(void **state)
{
    (void)state;
    vg_doc doc;
    vg_timeref tr;
    char b[16];
    make_doc(&doc, "July 1, 2016 and June");
    /* end cuts the year off */
    assert_int_equal(vg_date_scan(&doc, 0, 2, anchor, &tr), 2);
    assert_string_equal(iso(tr.value, b), "2016-07-01");
    assert_int_equal(tr.relative, 1);
    assert_int_equal(vg_date_scan(&doc, 0, 1, anchor, &tr), 1); /* "July" */
    assert_string_equal(iso(tr.value, b), "2016-07");
    assert_int_equal(vg_date_scan(&doc, 0, doc.ntoks, anchor, &tr), 4);
    assert_int_equal(tr.start, 0);
    assert_int_equal(tr.end, 12);
    assert_int_equal(vg_date_scan(&doc, 0, 0, anchor, &tr), 0);
    assert_int_equal(vg_date_scan(&doc, doc.ntoks, doc.ntoks + 5, anchor, &tr), 0);
    assert_int_equal(vg_date_scan(&doc, 1000, 2000, anchor, &tr), 0);
    assert_int_equal(vg_date_scan(NULL, 0, 1, anchor, &tr), 0);
    vg_doc_fini(&doc);

    /* a window cut at the end of the tokens */
    make_doc(&doc, "in coming days or");
    assert_int_equal(vg_date_scan(&doc, 0, doc.ntoks, anchor, &tr), 3);
    assert_string_equal(iso(tr.to, b), "2016-07-08");
    vg_doc_fini(&doc);

    /* many prepositions in a row: each call looks a few tokens ahead */
    char buf[8192] = "";
    for (int k = 0; k < 500; k++)
        strcat(buf, "in the last ");
    make_doc(&doc, buf);
    for (size_t i = 0; i < doc.ntoks; i++)
        assert_int_equal(vg_date_scan(&doc, i, doc.ntoks, anchor, &tr), 0);
    vg_doc_fini(&doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_days),     cmocka_unit_test(test_add_weekday_valid),
        cmocka_unit_test(test_format),   cmocka_unit_test(test_parse),
        cmocka_unit_test(test_absolute), cmocka_unit_test(test_relative_points),
        cmocka_unit_test(test_calendar), cmocka_unit_test(test_rolling),
        cmocka_unit_test(test_bounded),  cmocka_unit_test(test_no_anchor),
        cmocka_unit_test(test_names),    cmocka_unit_test(test_negatives),
        cmocka_unit_test(test_bounds),   cmocka_unit_test(test_seasons),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
