/* Unit tests for src/ingest text.c and jsonl.c, and src/text/doc.c: the
 * document's text door, plain-text headers, JSON Lines records, sniffing,
 * content ids. (HTML and feeds: test_html.c, test_feed.c.) */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "ingest/ingest.h"

static void test_set_text_repairs_and_reports(void **state)
{
    (void)state;
    vg_doc d;
    vg_doc_init(&d);
    const char raw[] = "Attack in \xff\xfeIzmir\x00.";
    assert_int_equal(vg_doc_set_text(&d, raw, sizeof raw - 1), VIGIL_OK);
    assert_string_equal(d.text, "Attack in \xef\xbf\xbdIzmir\xef\xbf\xbd.");
    assert_int_equal(d.len, strlen(d.text));
    assert_int_equal(d.ndiags, 2);
    assert_int_equal(d.diags[0].offset, 10);
    assert_non_null(strstr(d.diags[0].message, "byte 10"));
    assert_int_equal(d.diags[1].offset, 17);
    vg_doc_fini(&d);
}

static void test_set_text_binary(void **state)
{
    (void)state;
    vg_doc d;
    vg_doc_init(&d);
    char raw[4096];
    for (size_t i = 0; i < sizeof raw; i++)
        raw[i] = (char)(i % 7 == 0 ? 0 : 0x80 + i % 64);
    assert_int_equal(vg_doc_set_text(&d, raw, sizeof raw), VIGIL_EUTF8);
    /* the text is still set and valid */
    assert_true(d.len > 0);
    vg_doc_fini(&d);
}

static void test_diag_cap(void **state)
{
    (void)state;
    vg_doc d;
    vg_doc_init(&d);
    for (int i = 0; i < VIGIL_MAX_DIAGS + 10; i++)
        vg_doc_diag(&d, 0, VIGIL_EUTF8, i, "bad byte at %d", i);
    assert_int_equal(d.ndiags, VIGIL_MAX_DIAGS);
    assert_int_equal(d.diags_dropped, 10);
    vg_doc_reset(&d);
    assert_int_equal(d.ndiags, 0);
    assert_int_equal(d.len, 0);
    vg_doc_fini(&d);
}

static void test_text_blog_header(void **state)
{
    (void)state;
    const char *t = "Friday, July 01, 2016\n\n"
                    "US Sources are concerned next wave of attack may be deadlier in Turkey\n\n"
                    "In first hour of the attack, I was able to reach a source.\n";
    vg_doc d;
    vg_doc_init(&d);
    assert_int_equal(vg_ingest_text(&d, t, strlen(t), "blog.txt", NULL), VIGIL_OK);
    assert_string_equal(d.title, "US Sources are concerned next wave of attack may be deadlier in Turkey");
    assert_int_equal(d.published.year, 2016);
    assert_int_equal(d.published.month, 7);
    assert_int_equal(d.published.day, 1);
    assert_int_equal(d.len, strlen(t)); /* the analysed text is the whole input */
    vg_doc_fini(&d);
}

/* A situation report's "As of" line, and a Spanish dateline, date it */
static void test_text_as_of_and_spanish_dateline(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        int day;
    } cases[] = {
        {"SUDAN: Attacks on displacement sites\nFlash Update No. 2\nAs of 22 January 2026\n\n"
         "Shelling hit the camp on 20 January.\n",
         22},
        {"BOGOTÁ, 27 de enero de 2026 (Agencia Andina) — Guerrillas blew up a pipeline on Monday.\n", 27},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        vg_doc d;
        vg_doc_init(&d);
        assert_int_equal(vg_ingest_text(&d, cases[k].text, strlen(cases[k].text), "x", NULL), VIGIL_OK);
        assert_int_equal(d.published.year, 2026);
        assert_int_equal(d.published.month, 1);
        assert_int_equal(d.published.day, cases[k].day);
        vg_doc_fini(&d);
    }
}

static void test_text_headline_then_date_and_byline(void **state)
{
    (void)state;
    const char *t = "Gunmen storm hotel in Mogadishu\n29 June 2016\nBy Amina Hassan\n\n"
                    "MOGADISHU - Gunmen stormed a hotel on Tuesday.\n";
    vg_doc d;
    vg_doc_init(&d);
    assert_int_equal(vg_ingest_text(&d, t, strlen(t), "x", NULL), VIGIL_OK);
    assert_string_equal(d.title, "Gunmen storm hotel in Mogadishu");
    assert_string_equal(d.author, "Amina Hassan");
    assert_int_equal(d.published.day, 29);
    assert_int_equal(d.published.month, 6);
    vg_doc_fini(&d);
    /* the day of publication said outright, and by whom */
    t = "SITUATION REPORT\nReporting period: 1 - 15 August 2022\nDate of publication: 18 August 2022 by OCHA "
        "Burkina Faso\n\nOn 13 August, two health workers were abducted.\n";
    vg_doc_init(&d);
    assert_int_equal(vg_ingest_text(&d, t, strlen(t), "x", NULL), VIGIL_OK);
    assert_string_equal(d.author, "OCHA Burkina Faso");
    assert_int_equal(d.published.day, 18);
    assert_int_equal(d.published.month, 8);
    vg_doc_fini(&d);
    /* the name without its post; a comma before another name stays */
    static const char *const bylines[][2] = {
        {"Accused plotters appear in court\n\nBy Rachel Dimitriou, Court Reporter\n\nThree men appeared.\n",
         "Rachel Dimitriou"},
        {"Accused plotters appear in court\n\nBy Rachel Dimitriou, Melbourne\n\nThree men appeared.\n",
         "Rachel Dimitriou, Melbourne"},
    };
    for (size_t i = 0; i < sizeof bylines / sizeof *bylines; i++) {
        vg_doc_init(&d);
        assert_int_equal(vg_ingest_text(&d, bylines[i][0], strlen(bylines[i][0]), "x", NULL), VIGIL_OK);
        assert_string_equal(d.author, bylines[i][1]);
        vg_doc_fini(&d);
    }
    /* the name, and the day beside it: "By NAME | DATE [| OUTLET]",
     * "By NAME, DATE", "By NAME - DATE" */
    static const char *const dated[] = {
        "Headline here\n\nBy Claire Duval | 3 September 2025\n\nGunmen attacked a village.\n",
        "Headline here\n\nBy Claire Duval | September 3, 2025 | The Jihad Monitor\n\nGunmen attacked a village.\n",
        "Headline here\n\nBy Claire Duval, 3 September 2025\n\nGunmen attacked a village.\n",
        "Headline here\n\nBy Claire Duval - 3 September 2025\n\nGunmen attacked a village.\n",
    };
    for (size_t i = 0; i < sizeof dated / sizeof *dated; i++) {
        vg_doc_init(&d);
        assert_int_equal(vg_ingest_text(&d, dated[i], strlen(dated[i]), "x", NULL), VIGIL_OK);
        assert_string_equal(d.author, "Claire Duval");
        assert_int_equal(d.published.year, 2025);
        assert_int_equal(d.published.month, 9);
        assert_int_equal(d.published.day, 3);
        vg_doc_fini(&d);
    }
    /* a wire's credit line at the end names the reporter; a byline at the
     * top wins over it; "Reporting by" inside the story is no credit */
    static const char *const credits[][2] = {
        {"KABUL (Reuters) - A bomb exploded.\n\n(Reporting by Jibran Ahmad in Peshawar; Writing by Saad "
         "Sayeed; Editing by Hugh Lawson)\n",
         "Jibran Ahmad"},
        {"KABUL (Reuters) - A bomb exploded.\n\nReporting by Jane Roe and John Doe; Editing by Ann Lee\n",
         "Jane Roe"},
        {"Headline here\n\nBy Claire Duval\n\nA bomb exploded.\n(Reporting by Jibran Ahmad)\n", "Claire Duval"},
        {"A bomb exploded. Reporting by local media said two died.\n\nMore follows.\n", NULL},
        {"Reporting by Jane Roe found that two died.", NULL}, /* a credit line opens no text */
    };
    for (size_t i = 0; i < sizeof credits / sizeof *credits; i++) {
        vg_doc_init(&d);
        assert_int_equal(vg_ingest_text(&d, credits[i][0], strlen(credits[i][0]), "x", NULL), VIGIL_OK);
        if (credits[i][1])
            assert_string_equal(d.author, credits[i][1]);
        else
            assert_null(d.author);
        vg_doc_fini(&d);
    }
}

static void test_text_wire_has_no_title(void **state)
{
    (void)state;
    const char *t = "ANKARA, March 4 (Vigil Wire) - Turkish police detained 12 suspected "
                    "militants on Sunday, officials said.\n";
    vg_doc d;
    vg_doc_init(&d);
    assert_int_equal(vg_ingest_text(&d, t, strlen(t), "x", NULL), VIGIL_OK);
    assert_null(d.title);
    assert_int_equal(d.published.prec, VG_DATE_NONE);
    vg_doc_fini(&d);
}

static void test_text_datelines(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        int y, m, d;
        const char *title;
    } cases[] = {
        {"\xc4\xb0STANBUL, 20 November 2015 (Vigil Wire) - Turkish police detained 14 people.\n",
         2015, 11, 20, NULL},
        {"POLIC\xc3\x8d" "A NACIONAL - PRESS OFFICE\nMadrid, 25 August 2017\n\nFour arrested in Madrid\n\n"
         "The police said.\n",
         2017, 8, 25, "POLIC\xc3\x8d" "A NACIONAL - PRESS OFFICE"},
        {"PESHAWAR, Pakistan, Jan 28, 2022 (Vigil Wire) - The Pakistani Taliban denied it.\n", 2022,
         1, 28, NULL},
        {"TRAVEL ADVISORY: PHILIPPINES\nLevel 3 - Reconsider travel\n\nIssued: 12 April 2017\n"
         "Office of Consular Affairs\n\nThe threat of kidnapping is high.\n",
         2017, 4, 12, "TRAVEL ADVISORY: PHILIPPINES"},
        {"Outlook\n\nPublished 3 March 2021\n\nInsurgents will likely attack.\n", 2021, 3, 3,
         "Outlook"},
        {"Is the port next?\nPosted 22 September 2025 by Helena Marques\n\nI spent last week in "
         "Pemba.\n",
         2025, 9, 22, "Is the port next?"},
        /* a header naming the document and its date */
        {"The Federal Public Prosecutor General\nPress release No. 71/2025 of 4 December 2025\n\n"
         "Officers arrested three suspects.\n",
         2025, 12, 4, "The Federal Public Prosecutor General"},
        {"FROM: OPS ROOM ABUJA\nSITREP 114 // ABUJA // 05 JUN 2025 // 0630Z\n\nA. ISWAP "
         "ATTACKED A BASE.\n",
         2025, 6, 5, "FROM: OPS ROOM ABUJA"},
        {"GOVERNMENT OF PAKISTAN\nIslamabad, dated 14th November, 2025 (Friday)\n\nA bomb "
         "exploded.\n",
         2025, 11, 14, "GOVERNMENT OF PAKISTAN"},
        /* a label with a clock after the date; a later update; a masthead
         * or a thread's heading ending in the date */
        {"MARITIME SECURITY ADVISORY\nDate: 18 February 2026, 1130 UTC\n\nA tanker was "
         "boarded.\n",
         2026, 2, 18, "MARITIME SECURITY ADVISORY"},
        {"Uganda Travel Advice\nLatest update: 2 December 2025\n\nTerrorists may attack.\n", 2025,
         12, 2, "Uganda Travel Advice"},
        {"Stockport Courier \xe2\x80\x94 Thursday 6 March 2025\n\nA shop was robbed.\n", 2025, 3, 6,
         "Stockport Courier \xe2\x80\x94 Thursday 6 March 2025"},
        {"Thread by @SentinelGeo \xc2\xb7 14 Jan 2025\n\n1/ A drone struck a truck.\n", 2025, 1, 14,
         "Thread by @SentinelGeo \xc2\xb7 14 Jan 2025"},
        /* a clock after the date with no comma; a bar; a date line with
         * its clock and tag; a standfirst before the byline and date */
        {"UKMTO WARNING 047/2025\nIssued: 09 AUG 2025 1315 UTC\n\n1. A vessel was struck.\n",
         2025, 8, 9, "UKMTO WARNING 047/2025"},
        {"SAHEL OUTLOOK\nPublished 1 July 2025 | Classification: Client Confidential\n\nAttacks "
         "are likely.\n",
         2025, 7, 1, "SAHEL OUTLOOK"},
        {"SECURITY BRIEFING: WEEK 12\nAfrica Desk | Issued Monday 23 March 2026 | Distribution: "
         "clients\n\nMortar rounds were fired.\n",
         2026, 3, 23, "SECURITY BRIEFING: WEEK 12"},
        {"UKMTO WARNING 014/2026\nIssued: 22 JAN 2026 / 1430 UTC\n\nA vessel was struck.\n", 2026, 1,
         22, "UKMTO WARNING 014/2026"},
        /* a broadcast's air date; a maritime report's date and time */
        {"Frontline Tonight\nBroadcast Sunday 29 June 2025\n\nMilitants attacked a post.\n", 2025, 6, 29,
         "Frontline Tonight"},
        {"Frontline Tonight\nAired: 29 June 2025\n\nMilitants attacked a post.\n", 2025, 6, 29,
         "Frontline Tonight"},
        {"PIRACY LIVE REPORT\nDate/Time: 02.11.2025, 0415 UTC\n\nPirates boarded a bulk carrier.\n", 2025, 11,
         2, "PIRACY LIVE REPORT"},
        /* an advisory's release date; a parliamentary answer's day */
        {"Cybersecurity Advisory\nRelease Date: February 10, 2026\n\nThe actors will target utilities.\n", 2026, 2,
         10, "Cybersecurity Advisory"},
        {"Terrorism: Arrests\nAnswered on 10 February 2026 by Dan Jarvis\n\nA bomb exploded in Leeds.\n", 2026, 2,
         10, "Terrorism: Arrests"},
        /* the day of publication said outright wins over a period's end */
        {"BURKINA FASO: SITUATION REPORT\nReporting period: 1 - 15 August 2022\nDate of publication: 18 "
         "August 2022\n\nOn 13 August, two health workers were abducted.\n",
         2022, 8, 18, "BURKINA FASO: SITUATION REPORT"},
        {"cotabato city updates\n\nposted wed 8 oct 2025 \xc2\xb7 9:47 pm \xc2\xb7 by kuya rj\n\na "
         "grenade went off.\n",
         2025, 10, 8, "cotabato city updates"},
        {"Militants kill dozens in village raid\n\nMarch 3, 2026 6:42 PM GMT+1 \xc2\xb7 Updated\n\n"
         "BENI, Congo, March 3 (Reuters) - Militants killed dozens.\n",
         2026, 3, 3, "Militants kill dozens in village raid"},
        {"THE LONG NIGHT\nTen years after the Bataclan, a survivor learns to listen again.\n\nBy "
         "Jane Doe\nNovember 10, 2025\n\nOn the evening of November 13, 2015, he heard shots.\n",
         2025, 11, 10, "THE LONG NIGHT"},
        {"Indus Watch OSINT (@indus_geoint) \xc2\xb7 19 Nov 2025 \xc2\xb7 thread\n\n1/6 A drone "
         "struck a post.\n",
         2025, 11, 19, "Indus Watch OSINT (@indus_geoint) \xc2\xb7 19 Nov 2025 \xc2\xb7 thread"},
        /* a numeric date line: month first unless what follows it says
         * it was written elsewhere ("hrs", a zone outside the US) */
        {"ZACATECAS SECURITY\n\n07/10/2026 09:40 hrs.\n\nGunmen ambushed a convoy.\n", 2026, 10, 7,
         "ZACATECAS SECURITY"},
        {"JAMUNDI CAR BOMB\nPublished: 11/04/2026 08:15 (COT)\n\nA car bomb exploded.\n", 2026, 4,
         11, "JAMUNDI CAR BOMB"},
        {"DALLAS SHOOTING\nPublished: 11/04/2026 08:15 (CST)\n\nA gunman opened fire.\n", 2026, 11,
         4, "DALLAS SHOOTING"},
        {"DALLAS SHOOTING\n\n07/10/2026 09:40 AM\n\nA gunman opened fire.\n", 2026, 7, 10,
         "DALLAS SHOOTING"},
        {"DALLAS SHOOTING\n\n03/04/2025 10:15 AM | By John West\n\nA gunman opened fire.\n", 2025, 3,
         4, "DALLAS SHOOTING"},
        /* a military message's date-time group */
        {"SITREP 022/26\nDTG: 221800Z JAN 26\n\nFighters attacked a base.\n", 2026, 1, 22,
         "SITREP 022/26"},
        {"DTG: 181200ZMAR26\nB. 180245ZMAR26. IED STRIKE AGAINST IRAQI ARMY (IA) FOOT PATROL VIC "
         "TARMIYAH.\n",
         2026, 3, 18, NULL},
        /* a headline about a past date says nothing of the document's */
        {"Remembering the attack of 11 September 2001\n\nTwenty years on, the city remembers.\n",
         0, 0, 0, "Remembering the attack of 11 September 2001"},
        /* no year: nothing */
        {"KABUL, Sept 6 (Vigil Wire) - A car bomb exploded.\n", 0, 0, 0, NULL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        vg_doc d;
        vg_doc_init(&d);
        assert_int_equal(vg_ingest_text(&d, cases[i].text, strlen(cases[i].text), "x", NULL),
                         VIGIL_OK);
        if (cases[i].y) {
            assert_int_equal(d.published.prec, VG_DATE_DAY);
            assert_int_equal(d.published.year, cases[i].y);
            assert_int_equal(d.published.month, cases[i].m);
            assert_int_equal(d.published.day, cases[i].d);
        } else {
            assert_int_equal(d.published.prec, VG_DATE_NONE);
        }
        if (cases[i].title)
            assert_string_equal(d.title, cases[i].title);
        else
            assert_null(d.title);
        vg_doc_fini(&d);
    }
}

static void test_json_line(void **state)
{
    (void)state;
    const char *l = "{\"id\":\"wire-17\",\"text\":\"Bomb in Kabul.\",\"title\":\"  Kabul \\n blast \","
                    "\"published\":\"2016-06-29T10:00:00Z\",\"url\":\"https://x.invalid/a\","
                    "\"extra\":[1,2]}";
    vg_doc d;
    vg_doc_init(&d);
    vigil_error e;
    assert_int_equal(vg_ingest_json_line(&d, l, strlen(l), "b.jsonl", 3, &e), VIGIL_OK);
    assert_string_equal(d.id, "wire-17");
    assert_string_equal(d.text, "Bomb in Kabul.");
    assert_string_equal(d.title, "Kabul blast");
    assert_string_equal(d.url, "https://x.invalid/a");
    assert_int_equal(d.published.day, 29);
    vg_doc_reset(&d);
    const char *num = "{\"id\": 42, \"text\": \"x\"}";
    assert_int_equal(vg_ingest_json_line(&d, num, strlen(num), "b.jsonl", 4, &e), VIGIL_OK);
    assert_string_equal(d.id, "42");
    vg_doc_reset(&d);
    /* an integer id past 2^53 keeps every digit */
    const char *big = "{\"id\": 1234567890123456789, \"text\": \"x\"}";
    assert_int_equal(vg_ingest_json_line(&d, big, strlen(big), "b.jsonl", 4, &e), VIGIL_OK);
    assert_string_equal(d.id, "1234567890123456789");
    vg_doc_reset(&d);
    /* an escaped NUL is a U+FFFD with a warning naming its column; an
     * escaped backslash before "u0000" is no NUL; invalid UTF-8 in a string
     * is repaired, not refused; a field we do not read may repeat */
    const char *nul = "{\"text\":\"a\\u0000b\\\\u0000c\",\"x\":1,\"x\":2,\"title\":\"caf\xe9\"}";
    assert_int_equal(vg_ingest_json_line(&d, nul, strlen(nul), "b.jsonl", 5, &e), VIGIL_OK);
    assert_string_equal(d.text, "a\xef\xbf\xbd" "b\\u0000c");
    assert_string_equal(d.title, "caf\xef\xbf\xbd");
    int warned = 0;
    for (size_t k = 0; k < d.ndiags; k++)
        warned |= strstr(d.diags[k].message, "column 11: an escaped NUL") != NULL;
    assert_true(warned);
    vg_doc_fini(&d);
}

static void test_json_line_errors(void **state)
{
    (void)state;
    static const struct {
        const char *line;
        const char *want;
    } cases[] = {
        {"{\"id\":\"a\",\"text\":\"x\"", "malformed json at line 7"},
        {"[1,2]", "not a json object"},
        {"{\"id\":\"a\"}", "no \"text\" string"},
        {"{\"text\":5}", "no \"text\" string"},
        {"{\"text\":\"x\",\"title\":3}", "must be strings"},
        {"{\"text\":\"x\",\"id\":[1]}", "\"id\" must be"},
        {"{\"text\":\"x\",\"text\":\"y\"}", "\"text\" is given twice"},
        {"{\"text\":\"x\",\"id\":4.5}", "\"id\" must be"},
        {"{\"text\":\"x\",\"id\":1e300}", "\"id\" must be"},
        {"{\"text\":\"x\"} {}", "column 14: text after the value"},
        {"{\"text\":\"x\",", "column 12, near ','"},
        {"{\"text\":\"x\" ] }", "column 13, near '] }'"},
        {"{\"text\":\"a\0b\"}", "column 11: a NUL byte"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        vg_doc d;
        vg_doc_init(&d);
        vigil_error e;
        /* the NUL case's length reaches past its NUL */
        size_t n = strlen(cases[i].line);
        if (strstr(cases[i].want, "NUL"))
            n += 1 + strlen(cases[i].line + n + 1);
        int rc = vg_ingest_json_line(&d, cases[i].line, n, "b.jsonl", 7, &e);
        assert_int_equal(rc, VIGIL_EPARSE);
        assert_string_equal(e.doc, "b.jsonl:7");
        if (!strstr(e.message, cases[i].want))
            fail_msg("case %zu: message \"%s\" lacks \"%s\"", i, e.message, cases[i].want);
        vg_doc_fini(&d);
    }
}

static void test_sniff(void **state)
{
    (void)state;
    assert_int_equal(vg_ingest_sniff("a.jsonl", "x", 1), VIGIL_INPUT_JSONL);
    assert_int_equal(vg_ingest_sniff("a.HTML", "x", 1), VIGIL_INPUT_HTML);
    assert_int_equal(vg_ingest_sniff("notes.md", "x", 1), VIGIL_INPUT_TEXT);
    /* a page saved as .txt is still a page; other .txt is text */
    assert_int_equal(vg_ingest_sniff("page.txt", "\n <!DOCTYPE html><html>", 23), VIGIL_INPUT_HTML);
    assert_int_equal(vg_ingest_sniff("page.txt", "<html lang=\"en\">", 16), VIGIL_INPUT_HTML);
    assert_int_equal(vg_ingest_sniff("note.txt", "<b>not a page</b>", 17), VIGIL_INPUT_TEXT);
    assert_int_equal(vg_ingest_sniff("note.txt", "{\"a\": 1}", 8), VIGIL_INPUT_TEXT);
    assert_int_equal(vg_ingest_sniff(NULL, "  {\"id\":1}", 10), VIGIL_INPUT_JSONL);
    const char *rss = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>";
    assert_int_equal(vg_ingest_sniff("feed", rss, strlen(rss)), VIGIL_INPUT_RSS);
    const char *atom = "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">";
    assert_int_equal(vg_ingest_sniff(NULL, atom, strlen(atom)), VIGIL_INPUT_RSS);
    const char *html = "<!DOCTYPE html><html><body>";
    assert_int_equal(vg_ingest_sniff(NULL, html, strlen(html)), VIGIL_INPUT_HTML);
    assert_int_equal(vg_ingest_sniff("x.xml", html, strlen(html)), VIGIL_INPUT_HTML);
    assert_int_equal(vg_ingest_sniff(NULL, "Gunmen attacked", 15), VIGIL_INPUT_TEXT);
}

static void test_content_id(void **state)
{
    (void)state;
    vg_doc d;
    vg_doc_init(&d);
    assert_int_equal(vg_doc_set_text(&d, "abc", 3), VIGIL_OK);
    /* sha256("abc") = ba7816bf8f01cfea414140de5dae2223... */
    assert_string_equal(vg_ingest_content_id(&d), "sha256:ba7816bf8f01cfea414140de5dae2223");
    vg_doc_fini(&d);
}

/* The date given (--date) stands for a document that states none, and for
 * one that states only its month or year when the day falls within it
 * ("March 2025" under a report's title); a day stated wins, and so does a
 * month the day given is not in. */
static void test_given_date_refines_month(void **state)
{
    (void)state;
    static const struct {
        const char *text, *given, *want;
    } cases[] = {
        {"ANNUAL THREAT ASSESSMENT\nMarch 2025\n\nMilitants attacked a post in Kaya on Monday.\n",
         "2025-03-18", "2025-03-18"},
        {"ANNUAL THREAT ASSESSMENT\nMarch 2025\n\nMilitants attacked a post in Kaya on Monday.\n",
         "2025-05-02", "2025-03"},
        {"WEEKLY BRIEF\n14 March 2025\n\nMilitants attacked a post in Kaya on Monday.\n", "2025-03-18",
         "2025-03-14"},
        {"Militants attacked a post in Kaya on Monday.\n", "2025-03-18", "2025-03-18"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        char path[] = "/tmp/vigil-test-date-XXXXXX";
        int fd = mkstemp(path);
        assert_true(fd >= 0);
        FILE *f = fdopen(fd, "w");
        assert_non_null(f);
        fputs(cases[k].text, f);
        fclose(f);
        const char *paths[] = {path};
        vigil_read_opts o = {.input = VIGIL_INPUT_TEXT, .fallback_date = cases[k].given};
        vigil_reader *r = NULL;
        vigil_doc *doc = NULL;
        vigil_error err;
        assert_int_equal(vigil_reader_open(&r, paths, 1, &o, &err), VIGIL_OK);
        assert_int_equal(vigil_doc_new(&doc), VIGIL_OK);
        assert_int_equal(vigil_reader_next(r, doc, &err), VIGIL_OK);
        char buf[16];
        vigil_doc_published(doc, buf, sizeof buf);
        assert_string_equal(buf, cases[k].want);
        vigil_doc_free(doc);
        vigil_reader_close(r);
        unlink(path);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_set_text_repairs_and_reports),
        cmocka_unit_test(test_set_text_binary),
        cmocka_unit_test(test_diag_cap),
        cmocka_unit_test(test_text_blog_header),
        cmocka_unit_test(test_text_headline_then_date_and_byline),
        cmocka_unit_test(test_text_as_of_and_spanish_dateline),
        cmocka_unit_test(test_text_wire_has_no_title),
        cmocka_unit_test(test_text_datelines),
        cmocka_unit_test(test_json_line),
        cmocka_unit_test(test_json_line_errors),
        cmocka_unit_test(test_sniff),
        cmocka_unit_test(test_content_id),
        cmocka_unit_test(test_given_date_refines_month),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
