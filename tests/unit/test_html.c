/* test_html.c: HTML pages and fragments (src/ingest/html.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "ingest/ingest.h"
#include "util/alloc.h"
#include "util/buf.h"
#include "util/error.h"
#include "util/utf8.h"

#include "helpers.h"

/* Ingests s; asserts VIGIL_OK and the text invariants. */
static void ingest(vg_doc *doc, const char *s)
{
    vigil_error err;
    vg_error_clear(&err);
    vg_doc_init(doc);
    int rc = vg_ingest_html(doc, s, strlen(s), "t.html", &err);
    if (rc != VIGIL_OK)
        fail_msg("vg_ingest_html: %d %s", rc, err.message);
    assert_int_equal(doc->len, strlen(doc->text));
    assert_int_equal(vg_utf8_valid_prefix(doc->text, doc->len), doc->len);
}

static void test_news_page(void **state)
{
    (void)state;
    size_t n;
    char *html = read_fixture("html/news.html", &n);
    vg_doc doc;
    ingest(&doc, html);
    assert_string_equal(doc.text,
                        "Turkish police detained five suspects on Thursday after a raid in the "
                        "Fatih district of Istanbul, officials said.\n\n"
                        "The operation followed \xE2\x80\x9Cweeks of surveillance\xE2\x80\x9D, "
                        "according to a police statement & local media. Caf\xC3\xA9 owners in "
                        "the area said they heard shots.\n\n"
                        "Warnings\n\n"
                        "Authorities had warned of attacks in the coming weeks.\n\n"
                        "\xE2\x80\xA2 Five people were detained\n"
                        "\xE2\x80\xA2 Two weapons were seized\n\n"
                        "The suspects\xE2\x80\x99 lawyers did not comment.");
    assert_null(strstr(doc.text, "FURNITURE"));
    assert_string_equal(doc.title, "Police detain suspects after Istanbul raid");
    assert_string_equal(doc.author, "Ay\xC5\x9F"
                                    "e Y\xC4\xB1lmaz");
    assert_string_equal(doc.publisher, "Daily Planet");
    assert_string_equal(doc.url, "https://planet.example/world/istanbul-raid");
    assert_string_equal(doc.lang, "en-GB");
    assert_int_equal(doc.published.prec, VG_DATE_DAY);
    assert_int_equal(doc.published.year, 2016);
    assert_int_equal(doc.published.month, 7);
    assert_int_equal(doc.published.day, 1);
    assert_int_equal(doc.ndiags, 0);
    vg_doc_fini(&doc);
    free(html);
}

static void test_title_sources(void **state)
{
    (void)state;
    vg_doc doc;
    /* og:title wins over <title> and <h1> */
    ingest(&doc, "<html><head><title>Page title</title><meta property='og:title' "
                 "content='OG title'></head><body><h1>H1 title</h1><p>x</p></body></html>");
    assert_string_equal(doc.title, "OG title");
    vg_doc_fini(&doc);
    /* " - Site" suffix stripped when it is og:site_name */
    ingest(&doc, "<html><head><title>Bomb threat at port - Harbour Times</title>"
                 "<meta property='og:site_name' content='Harbour Times'></head>"
                 "<body><p>x</p></body></html>");
    assert_string_equal(doc.title, "Bomb threat at port");
    assert_string_equal(doc.publisher, "Harbour Times");
    vg_doc_fini(&doc);
    /* not stripped when the suffix is another name */
    ingest(&doc, "<html><head><title>Bomb threat at port - Harbour Times</title>"
                 "<meta property='og:site_name' content='Other'></head><body></body></html>");
    assert_string_equal(doc.title, "Bomb threat at port - Harbour Times");
    vg_doc_fini(&doc);
    /* first <h1> when there is no title */
    ingest(&doc, "<body><h1>  First  <em>heading</em> </h1><h1>Second</h1><p>x</p></body>");
    assert_string_equal(doc.title, "First heading");
    vg_doc_fini(&doc);
}

static void test_author_sources(void **state)
{
    (void)state;
    vg_doc doc;
    /* article:author that is a URL is skipped for the byline */
    ingest(&doc, "<head><meta property='article:author' content='https://fb.example/x'></head>"
                 "<body><article><p class='byline'>By Jane Doe</p><p>Text.</p></article></body>");
    assert_string_equal(doc.author, "Jane Doe");
    vg_doc_fini(&doc);
    ingest(&doc, "<head><meta property='article:author' content='Sam Smith'></head><body></body>");
    assert_string_equal(doc.author, "Sam Smith");
    vg_doc_fini(&doc);
    ingest(&doc, "<body><p>Story by <a rel='author' href='/u/1'>Ali Veli</a></p></body>");
    assert_string_equal(doc.author, "Ali Veli");
    vg_doc_fini(&doc);
    /* a byline with its day: the name, and the day when the page gives no other */
    ingest(&doc, "<body><article><h1>Car bomb kills 9</h1><p class='byline'>By Lina Haddad | 25 "
                 "November 2026</p><p>A car bomb exploded in Manbij.</p></article></body>");
    assert_string_equal(doc.author, "Lina Haddad");
    assert_int_equal(doc.published.prec, VG_DATE_DAY);
    assert_int_equal(doc.published.year, 2026);
    assert_int_equal(doc.published.month, 11);
    assert_int_equal(doc.published.day, 25);
    vg_doc_fini(&doc);
    ingest(&doc, "<head><meta property='article:published_time' content='2026-11-26'></head><body>"
                 "<p class='byline'>Lina Haddad | 25 November 2026</p><p>x</p></body>");
    assert_string_equal(doc.author, "Lina Haddad");
    assert_int_equal(doc.published.day, 26);
    vg_doc_fini(&doc);
    ingest(&doc, "<body><p class='byline'>By Jane Doe, Reuters</p><p>x</p></body>");
    assert_string_equal(doc.author, "Jane Doe, Reuters");
    assert_int_equal(doc.published.prec, VG_DATE_NONE);
    vg_doc_fini(&doc);
    /* a long "author" block is a bio, not a name */
    ingest(&doc, "<body><div class='author'>Jane is a reporter who has covered security in the "
                 "region for twenty years and written three books on the subject of policing, "
                 "and more.</div><p>x</p></body>");
    assert_null(doc.author);
    vg_doc_fini(&doc);
}

static void test_jsonld_graph(void **state)
{
    (void)state;
    vg_doc doc;
    ingest(&doc,
           "<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
           "\"@graph\":[{\"@type\":\"WebSite\",\"@id\":\"https://x/#site\",\"name\":\"Site\"},"
           "{\"@type\":\"Person\",\"@id\":\"https://x/#p1\",\"name\":\"John Roe\"},"
           "{\"@type\":\"NewsArticle\",\"headline\":\"LD headline\","
           "\"datePublished\":\"2016-06-29T10:00:00Z\",\"author\":{\"@id\":\"https://x/#p1\"},"
           "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Planet News\"}}]}</script>"
           "</head><body><p>Body text here.</p></body></html>");
    assert_string_equal(doc.author, "John Roe");
    assert_string_equal(doc.publisher, "Planet News");
    assert_string_equal(doc.title, "LD headline");
    assert_int_equal(doc.published.year, 2016);
    assert_int_equal(doc.published.month, 6);
    assert_int_equal(doc.published.day, 29);
    assert_string_equal(doc.text, "Body text here.");
    vg_doc_fini(&doc);
}

static void test_jsonld_array(void **state)
{
    (void)state;
    vg_doc doc;
    ingest(&doc, "<script type='application/ld+json'>[{\"@type\":\"BreadcrumbList\"},"
                 "{\"@type\":[\"ReportageNewsArticle\"],\"author\":[{\"name\":\"A One\"},"
                 "\"B Two\"],\"datePublished\":\"2015-12-31\"}]</script>"
                 "<script type='application/ld+json'>{not json</script><p>x</p>");
    assert_string_equal(doc.author, "A One, B Two");
    assert_int_equal(doc.published.year, 2015);
    assert_int_equal(doc.published.month, 12);
    vg_doc_fini(&doc);
}

static void test_time_in_article(void **state)
{
    (void)state;
    vg_doc doc;
    /* the header's "today" date is outside the article; the article's wins */
    ingest(&doc, "<body><header><time datetime='2020-01-01'>Today</time></header>"
                 "<article><p>Story text.</p><footer><time datetime='2016-06-29'>June 29</time>"
                 "</footer></article></body>");
    assert_int_equal(doc.published.year, 2016);
    assert_int_equal(doc.published.month, 6);
    assert_int_equal(doc.published.day, 29);
    assert_string_equal(doc.text, "Story text.");
    vg_doc_fini(&doc);
    /* meta date beats <time> */
    ingest(&doc, "<head><meta name='date' content='2014-03-04'></head><body><article>"
                 "<time datetime='2016-06-29'>x</time><p>y</p></article></body>");
    assert_int_equal(doc.published.year, 2014);
    vg_doc_fini(&doc);
}

static void test_bullets_entities(void **state)
{
    (void)state;
    vg_doc doc;
    ingest(&doc, "<body><p>Tom &amp; Jerry &eacute;t&eacute; &#8217;s&nbsp;here</p>"
                 "<ul><li>One</li><li> Two <b>bold</b></li><li><p>Three</p></li></ul>"
                 "<ol><li>Four<ul><li>Nested</li></ul></li></ol><p>End<br>line two</p></body>");
    assert_string_equal(doc.text, "Tom & Jerry \xC3\xA9t\xC3\xA9 \xE2\x80\x99s here\n\n"
                                  "\xE2\x80\xA2 One\n\xE2\x80\xA2 Two bold\n\xE2\x80\xA2 Three\n\n"
                                  "\xE2\x80\xA2 Four\n\xE2\x80\xA2 Nested\n\nEnd\nline two");
    vg_doc_fini(&doc);
}

static void test_pre_and_table(void **state)
{
    (void)state;
    vg_doc doc;
    ingest(&doc, "<body><p>Log:</p><pre>line 1\n    indented  twice\nline 3</pre>"
                 "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table></body>");
    assert_string_equal(doc.text, "Log:\n\nline 1\n    indented  twice\nline 3\n\na b\nc");
    vg_doc_fini(&doc);
}

static void test_broken_html(void **state)
{
    (void)state;
    vg_doc doc;
    ingest(&doc, "<html><body><div><p>First para<p>Second <i>para</div></div></span>"
                 "<div><p>Third <b>bold</b> text</body>");
    assert_string_equal(doc.text, "First para\n\nSecond para\n\nThird bold text");
    vg_doc_fini(&doc);
    ingest(&doc, "no tags at all, just text & more");
    assert_string_equal(doc.text, "no tags at all, just text & more");
    vg_doc_fini(&doc);
}

static void test_furniture_tokens(void **state)
{
    (void)state;
    vg_doc doc;
    ingest(&doc, "<body class='page-header-fixed'><main>"
                 "<div class='post has-comments'><p>Kept A</p></div>"
                 "<div class='comment-list'><p>Dropped B</p></div>"
                 "<div id='site-footer'><p>Dropped C</p></div>"
                 "<div role='navigation'><p>Dropped D</p></div>"
                 "<div aria-label='Share this story'><p>Dropped E</p></div>"
                 "<div class='ad_slot'><p>Dropped F</p></div>"
                 "<div class='Newsletter'><p>Dropped G</p></div>"
                 "<div class='navigator headerless'><p>Kept H</p></div>"
                 "<div hidden><p>Dropped I</p></div>"
                 "<article class='comment-body'><p>Dropped J</p></article>"
                 "</main></body>");
    assert_string_equal(doc.text, "Kept A\n\nKept H");
    vg_doc_fini(&doc);
}

static void test_readability(void **state)
{
    (void)state;
    vg_doc doc;
    ingest(&doc, "<body><div class='top'><a href='/'>Home</a> <a href='/a'>Alpha</a></div>"
                 "<div class='wrap'><div class='text'>"
                 "<p>Long paragraph one, with enough text to count for the scoring of blocks.</p>"
                 "<p>Long paragraph two, also with plenty of words to make this the best block.</p>"
                 "</div></div>"
                 "<div class='widget'><p><a href='/x'>A paragraph made of one long link that is "
                 "long enough to score but is all link text</a></p></div></body>");
    assert_string_equal(doc.text,
                        "Long paragraph one, with enough text to count for the scoring of "
                        "blocks.\n\nLong paragraph two, also with plenty of words to make this "
                        "the best block.");
    vg_doc_fini(&doc);
}

/* A story split around an ad slot: the best block's siblings with text stay,
 * link lists and short furniture do not. */
static void test_readability_siblings(void **state)
{
    (void)state;
    vg_doc doc;
    ingest(&doc, "<body><div class='page'>"
                 "<div class='lead'><p>The lead paragraph of the story says what happened, "
                 "where it happened, and who said so.</p></div>"
                 "<div class='slot'><a href='/a'>Buy</a> <a href='/b'>Sell</a></div>"
                 "<div class='rest'><p>A second paragraph with more detail about the raid "
                 "and the people who were detained.</p><p>A third paragraph with the police "
                 "statement and the reactions from officials.</p></div>"
                 "<div class='tags'><a href='/t/1'>Raid</a> <a href='/t/2'>Police</a></div>"
                 "</div></body>");
    assert_string_equal(doc.text,
                        "The lead paragraph of the story says what happened, where it happened, "
                        "and who said so.\n\nA second paragraph with more detail about the raid "
                        "and the people who were detained.\n\nA third paragraph with the police "
                        "statement and the reactions from officials.");
    vg_doc_fini(&doc);
}

/* ASP.NET pages wrap everything in one <form>: it holds paragraphs, so it
 * stays; a search form does not. */
static void test_form_wrapper(void **state)
{
    (void)state;
    vg_doc doc;
    ingest(&doc, "<body><form id='aspnetForm'><div><form class='s'><input name='q'>Search "
                 "SEARCH-FURNITURE</form></div><div class='story'><p>Police said five people "
                 "were detained.</p></div></form></body>");
    assert_string_equal(doc.text, "Police said five people were detained.");
    vg_doc_fini(&doc);
}

static void test_empty_and_binary(void **state)
{
    (void)state;
    vg_doc doc;
    ingest(&doc, "<html><head><title>Only a title</title></head><body>  </body></html>");
    assert_int_equal(doc.len, 0);
    assert_string_equal(doc.text, "");
    assert_string_equal(doc.title, "Only a title");
    vg_doc_fini(&doc);
    ingest(&doc, "");
    assert_int_equal(doc.len, 0);
    vg_doc_fini(&doc);

    char bin[256];
    for (size_t i = 0; i < sizeof bin; i++)
        bin[i] = (char)(i % 7 == 0 ? 0 : 0xFF - i % 64);
    vigil_error err;
    vg_error_clear(&err);
    vg_doc_init(&doc);
    assert_int_equal(vg_ingest_html(&doc, bin, sizeof bin, "bin.html", &err), VIGIL_EUTF8);
    assert_int_equal(err.code, VIGIL_EUTF8);
    assert_string_equal(err.stage, "ingest");
    assert_string_equal(err.doc, "bin.html");
    assert_non_null(strstr(err.message, "binary"));
    vg_doc_fini(&doc);
}

static void test_invalid_utf8(void **state)
{
    (void)state;
    vg_doc doc;
    ingest(&doc, "<p>caf\xE9 ok</p>");
    assert_string_equal(doc.text, "caf\xEF\xBF\xBD ok");
    assert_int_equal(doc.ndiags, 1);
    assert_int_equal(doc.diags[0].code, VIGIL_EUTF8);
    assert_int_equal(doc.diags[0].offset, 6);
    vg_doc_fini(&doc);
}

/* 100,000 nested <div>: libxml2 stops at 256 levels; the text before the
 * nesting is kept and a diagnostic says why the rest is missing. */
static void test_deep_nesting(void **state)
{
    (void)state;
    const size_t depth = 100000;
    vg_buf b;
    vg_buf_init(&b);
    assert_int_equal(vg_buf_puts(&b, "<html><body><p>Before the nesting.</p>"), VIGIL_OK);
    for (size_t i = 0; i < depth; i++)
        assert_int_equal(vg_buf_puts(&b, "<div>"), VIGIL_OK);
    assert_int_equal(vg_buf_puts(&b, "deep text"), VIGIL_OK);
    for (size_t i = 0; i < depth; i++)
        assert_int_equal(vg_buf_puts(&b, "</div>"), VIGIL_OK);
    vg_doc doc;
    double t0 = now();
    ingest(&doc, b.data);
    double dt = now() - t0;
    assert_true(dt < 2.0);
    assert_string_equal(doc.text, "Before the nesting.");
    assert_int_equal(doc.ndiags, 1);
    assert_int_equal(doc.diags[0].code, VIGIL_ELIMIT);
    assert_non_null(strstr(doc.diags[0].message, "deeper than 256"));
    vg_doc_fini(&doc);

    /* 250 levels (under the cap) then 200,000 stray end tags: each is looked
     * up in the open-element stack, so the cap keeps this linear */
    vg_buf_reset(&b);
    for (size_t i = 0; i < 250; i++)
        assert_int_equal(vg_buf_puts(&b, "<span>"), VIGIL_OK);
    assert_int_equal(vg_buf_puts(&b, "inside"), VIGIL_OK);
    for (size_t i = 0; i < 200000; i++)
        assert_int_equal(vg_buf_puts(&b, "</x>"), VIGIL_OK);
    t0 = now();
    ingest(&doc, b.data);
    dt = now() - t0;
    assert_true(dt < 2.0);
    assert_string_equal(doc.text, "inside");
    vg_doc_fini(&doc);
    vg_buf_fini(&b);
}

/* libxml2 must not write to stderr, whatever the input. */
static void test_silent(void **state)
{
    (void)state;
    char path[] = "/tmp/vigil-html-stderr-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    fflush(stderr);
    int saved = dup(2);
    assert_true(saved >= 0);
    assert_int_equal(dup2(fd, 2), 2);
    vg_doc doc;
    ingest(&doc, "<html><body><div><p>x</span></tr><td>&bogus; <?pi?><!-- c --><![CDATA[y]]>"
                 "<meta charset='shift_jis'>\x83\x65\x83\x58\x83\x67\x01\x02</body></html></html>");
    vg_doc_fini(&doc);
    vg_buf b;
    vg_buf_init(&b);
    assert_int_equal(vg_html_fragment_text("<p>a</b></i><table><p>b", 24, &b), VIGIL_OK);
    vg_buf_fini(&b);
    fflush(stderr);
    assert_int_equal(dup2(saved, 2), 2);
    close(saved);
    off_t size = lseek(fd, 0, SEEK_END);
    close(fd);
    unlink(path);
    assert_int_equal(size, 0);
}

static void test_fragment(void **state)
{
    (void)state;
    vg_buf b;
    vg_buf_init(&b);
    assert_int_equal(vg_buf_puts(&b, "X:"), VIGIL_OK);
    const char *f = "<p>A &amp; B</p><script>no()</script><ul><li>x</li><li>y</li></ul>";
    assert_int_equal(vg_html_fragment_text(f, strlen(f), &b), VIGIL_OK);
    assert_string_equal(b.data, "X:A & B\n\n\xE2\x80\xA2 x\n\xE2\x80\xA2 y");
    vg_buf_reset(&b);
    assert_int_equal(vg_html_fragment_text("plain \xFF text", 12, &b), VIGIL_OK);
    assert_string_equal(b.data, "plain \xEF\xBF\xBD text");
    vg_buf_reset(&b);
    assert_int_equal(vg_html_fragment_text("", 0, &b), VIGIL_OK);
    assert_int_equal(b.len, 0);
    vg_buf_fini(&b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_news_page),        cmocka_unit_test(test_title_sources),
        cmocka_unit_test(test_author_sources),   cmocka_unit_test(test_jsonld_graph),
        cmocka_unit_test(test_jsonld_array),     cmocka_unit_test(test_time_in_article),
        cmocka_unit_test(test_bullets_entities), cmocka_unit_test(test_pre_and_table),
        cmocka_unit_test(test_broken_html),      cmocka_unit_test(test_furniture_tokens),
        cmocka_unit_test(test_readability),      cmocka_unit_test(test_readability_siblings),
        cmocka_unit_test(test_form_wrapper),     cmocka_unit_test(test_empty_and_binary),
        cmocka_unit_test(test_invalid_utf8),     cmocka_unit_test(test_deep_nesting),
        cmocka_unit_test(test_silent),           cmocka_unit_test(test_fragment),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
