/* test_feed.c: RSS 2.0, RSS 1.0 and Atom feeds (src/ingest/feed.c). */
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
#include "util/buf.h"
#include "util/error.h"
#include "util/utf8.h"

#include "helpers.h"

static vg_feed *open_ok(const char *s, size_t n)
{
    vg_feed *f = NULL;
    vigil_error err;
    vg_error_clear(&err);
    int rc = vg_feed_open(&f, s, n, "feed.xml", &err);
    if (rc != VIGIL_OK)
        fail_msg("vg_feed_open: %d %s", rc, err.message);
    assert_non_null(f);
    return f;
}

/* Next item into doc (reset first); asserts VIGIL_OK and the invariants. */
static void next_ok(vg_feed *f, vg_doc *doc)
{
    vigil_error err;
    vg_error_clear(&err);
    vg_doc_reset(doc);
    int rc = vg_feed_next(f, doc, &err);
    if (rc != VIGIL_OK)
        fail_msg("vg_feed_next: %d %s", rc, err.message);
    assert_int_equal(doc->len, strlen(doc->text));
    assert_int_equal(vg_utf8_valid_prefix(doc->text, doc->len), doc->len);
}

static void assert_date(vg_date d, int y, int m, int day)
{
    assert_int_equal(d.prec, VG_DATE_DAY);
    assert_int_equal(d.year, y);
    assert_int_equal(d.month, m);
    assert_int_equal(d.day, day);
}

static void assert_eof(vg_feed *f, vg_doc *doc)
{
    vigil_error err;
    vg_doc_reset(doc);
    assert_int_equal(vg_feed_next(f, doc, &err), VIGIL_EOF);
    assert_int_equal(vg_feed_next(f, doc, &err), VIGIL_EOF);
}

static void test_rss2(void **state)
{
    (void)state;
    size_t n;
    char *xml = read_fixture("feed/rss2.xml", &n);
    vg_feed *f = open_ok(xml, n);
    vg_doc doc;
    vg_doc_init(&doc);

    next_ok(f, &doc);
    assert_string_equal(doc.id, "wire-17");
    assert_string_equal(doc.title, "Raid in Istanbul");
    assert_string_equal(doc.url, "https://wire.example/raid");
    assert_date(doc.published, 2016, 7, 1);
    assert_string_equal(doc.author, "Ay\xC5\x9F"
                                    "e Y\xC4\xB1lmaz");
    assert_string_equal(doc.publisher, "Planet Wire");
    assert_string_equal(doc.lang, "en");
    /* content:encoded beats the description; the script is gone */
    assert_string_equal(doc.text, "Police detained five suspects.\n\n"
                                  "Officials said more raids would follow & checks continue.");

    next_ok(f, &doc);
    assert_string_equal(doc.id, "https://wire.example/warning");
    assert_string_equal(doc.title, "Warning issued to police & army");
    assert_date(doc.published, 2016, 6, 29);
    assert_string_equal(doc.author, "John Roe");
    assert_string_equal(doc.text, "Authorities warned of attacks in coming weeks.\n\n"
                                  "\xE2\x80\xA2 Stay alert\n\xE2\x80\xA2 Report bags");

    next_ok(f, &doc);
    assert_string_equal(doc.title, "Short note");
    assert_null(doc.url);
    assert_non_null(doc.id);
    assert_memory_equal(doc.id, "sha256:", 7);
    assert_date(doc.published, 2016, 6, 30);
    assert_string_equal(doc.text, "Plain text only.");

    assert_eof(f, &doc);
    vg_doc_fini(&doc);
    vg_feed_free(f);
    free(xml);
}

static void test_atom(void **state)
{
    (void)state;
    size_t n;
    char *xml = read_fixture("feed/atom.xml", &n);
    vg_feed *f = open_ok(xml, n);
    vg_doc doc;
    vg_doc_init(&doc);

    next_ok(f, &doc);
    assert_string_equal(doc.id, "urn:uuid:1111");
    assert_string_equal(doc.title, "Threat & update");
    assert_string_equal(doc.url, "https://blog.example/posts/1"); /* alternate, not self */
    assert_date(doc.published, 2016, 6, 28);                      /* published, not updated */
    assert_string_equal(doc.author, "Jane Doe");
    assert_string_equal(doc.publisher, "Intel Blog");
    assert_string_equal(doc.lang, "en-US");
    assert_string_equal(doc.text, "First paragraph.\n\nSecond paragraph.");

    next_ok(f, &doc);
    assert_string_equal(doc.id, "urn:uuid:2222");
    assert_string_equal(doc.url, "https://blog.example/posts/2");
    assert_date(doc.published, 2016, 7, 2);
    assert_string_equal(doc.author, "Blog Team"); /* the feed's author */
    assert_string_equal(doc.text, "XHTML body.\n\n\xE2\x80\xA2 one\n\xE2\x80\xA2 two");

    assert_eof(f, &doc);
    vg_doc_fini(&doc);
    vg_feed_free(f);
    free(xml);
}

static void test_atom_text_and_summary(void **state)
{
    (void)state;
    const char *xml = "<feed xmlns='http://www.w3.org/2005/Atom'><entry><id>e1</id>"
                      "<content type='text'>  Keep &lt;b&gt; as text  </content></entry>"
                      "<entry><id>e2</id><summary type='html'>&lt;p&gt;From summary&lt;/p&gt;"
                      "</summary><content type='image/png' src='x.png'/></entry></feed>";
    vg_feed *f = open_ok(xml, strlen(xml));
    vg_doc doc;
    vg_doc_init(&doc);
    next_ok(f, &doc);
    assert_string_equal(doc.text, "Keep <b> as text");
    next_ok(f, &doc);
    assert_string_equal(doc.id, "e2");
    assert_string_equal(doc.text, "From summary");
    assert_eof(f, &doc);
    vg_doc_fini(&doc);
    vg_feed_free(f);
}

static void test_rss1(void **state)
{
    (void)state;
    size_t n;
    char *xml = read_fixture("feed/rss1.xml", &n);
    vg_feed *f = open_ok(xml, n);
    vg_doc doc;
    vg_doc_init(&doc);
    next_ok(f, &doc);
    assert_string_equal(doc.id, "https://old.example/a");
    assert_string_equal(doc.url, "https://old.example/a?utm=1");
    assert_string_equal(doc.title, "Alpha");
    assert_string_equal(doc.author, "Ann Example");
    assert_string_equal(doc.publisher, "Old Feed");
    assert_date(doc.published, 2016, 5, 1);
    assert_string_equal(doc.text, "Alpha text.");
    next_ok(f, &doc);
    assert_string_equal(doc.id, "https://old.example/b");
    assert_int_equal(doc.published.prec, VG_DATE_NONE);
    assert_string_equal(doc.text, "Beta text.");
    assert_eof(f, &doc);
    vg_doc_fini(&doc);
    vg_feed_free(f);
    free(xml);
}

static void test_malformed(void **state)
{
    (void)state;
    const char *xml = "<?xml version=\"1.0\"?>\n<rss><channel>\n<item><title>x</title>\n"
                      "</channel></rss>\n";
    vg_feed *f = (vg_feed *)1;
    vigil_error err;
    vg_error_clear(&err);
    assert_int_equal(vg_feed_open(&f, xml, strlen(xml), "bad.xml", &err), VIGIL_EPARSE);
    assert_null(f);
    assert_int_equal(err.code, VIGIL_EPARSE);
    assert_string_equal(err.stage, "ingest");
    assert_string_equal(err.doc, "bad.xml");
    assert_int_equal(err.line, 4);
    assert_true(err.column > 0);
    assert_true(err.offset > 50 && err.offset <= (long long)strlen(xml));
    assert_non_null(strstr(err.message, "line 4"));
    assert_non_null(strstr(err.message, "mismatch"));

    vg_error_clear(&err);
    assert_int_equal(vg_feed_open(&f, "", 0, "empty.xml", &err), VIGIL_EPARSE);
    assert_null(f);
    vg_error_clear(&err);
    assert_int_equal(vg_feed_open(&f, "<html><body/></html>", 20, "page.xml", &err), VIGIL_EPARSE);
    assert_non_null(strstr(err.message, "root element is <html>"));
}

static void test_no_items(void **state)
{
    (void)state;
    const char *xml = "<rss version='2.0'><channel><title>Empty</title></channel></rss>";
    vg_feed *f = open_ok(xml, strlen(xml));
    vg_doc doc;
    vg_doc_init(&doc);
    assert_eof(f, &doc);
    vg_doc_fini(&doc);
    vg_feed_free(f);
}

static const char *lol_dtd =
    "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n"
    " <!ENTITY lol \"lol\">\n"
    " <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
    " <!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">\n"
    " <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
    " <!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">\n"
    " <!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">\n"
    " <!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">\n"
    " <!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">\n"
    " <!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">\n"
    " <!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">\n"
    "]>\n";

/* Iterates every item; asserts no text holds needle or is longer than max. */
static void drain(vg_feed *f, const char *needle, size_t max)
{
    vg_doc doc;
    vg_doc_init(&doc);
    vigil_error err;
    int rc;
    for (;;) {
        vg_doc_reset(&doc);
        rc = vg_feed_next(f, &doc, &err);
        if (rc != VIGIL_OK)
            break;
        assert_true(doc.len <= max);
        assert_null(strstr(doc.text, needle));
        assert_true(!doc.title || !strstr(doc.title, needle));
    }
    assert_int_equal(rc, VIGIL_EOF);
    vg_doc_fini(&doc);
}

static void test_billion_laughs(void **state)
{
    (void)state;
    vg_buf b;
    vg_buf_init(&b);
    assert_int_equal(vg_buf_puts(&b, lol_dtd), VIGIL_OK);
    assert_int_equal(vg_buf_puts(&b, "<rss><channel><title>&lol9;</title><item><title>t&lol9;"
                                     "</title><description>a&lol9;b</description></item>"
                                     "</channel></rss>"),
                     VIGIL_OK);
    vg_feed *f = NULL;
    vigil_error err;
    vg_error_clear(&err);
    double t0 = now();
    int rc = vg_feed_open(&f, b.data, b.len, "lol.xml", &err);
    if (rc == VIGIL_OK) {
        drain(f, "lollollol", 100);
        vg_feed_free(f);
    } else {
        /* libxml2 2.9 refuses it outright: "detected an entity reference loop" */
        assert_int_equal(rc, VIGIL_EPARSE);
        assert_non_null(strstr(err.message, "entity"));
    }
    assert_true(now() - t0 < 1.0);

    /* quadratic blowup: one 20 KB entity used 5,000 times; libxml2 accepts
     * it, the reference nodes are skipped, nothing is expanded */
    vg_buf_reset(&b);
    assert_int_equal(vg_buf_puts(&b, "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY big \""),
                     VIGIL_OK);
    for (int i = 0; i < 2000; i++)
        assert_int_equal(vg_buf_puts(&b, "BIGBIGBIG "), VIGIL_OK);
    assert_int_equal(vg_buf_puts(&b, "\">]><rss><channel><item><description>x "), VIGIL_OK);
    for (int i = 0; i < 5000; i++)
        assert_int_equal(vg_buf_puts(&b, "&big;"), VIGIL_OK);
    assert_int_equal(vg_buf_puts(&b, " y</description></item></channel></rss>"), VIGIL_OK);
    t0 = now();
    rc = vg_feed_open(&f, b.data, b.len, "big.xml", &err);
    if (rc == VIGIL_OK) {
        drain(f, "BIGBIG", 100);
        vg_feed_free(f);
    } else {
        assert_int_equal(rc, VIGIL_EPARSE);
    }
    assert_true(now() - t0 < 1.0);
    vg_buf_fini(&b);
}

static void test_external_entities(void **state)
{
    (void)state;
    char path[] = "/tmp/vigil-xxe-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    const char *secret = "XXE-SECRET-7f3a";
    assert_int_equal(write(fd, secret, strlen(secret)), (ssize_t)strlen(secret));
    close(fd);
    char xml[2048];
    snprintf(xml, sizeof xml,
             "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n"
             "<!ENTITY xxe SYSTEM \"file://%s\">\n"
             "<!ENTITY pw SYSTEM \"file:///etc/passwd\">\n"
             "<!ENTITY net SYSTEM \"http://127.0.0.1:9/x\">\n"
             "<!ENTITY %% pe SYSTEM \"file://%s\"> %%pe;\n]>\n"
             "<rss><channel><title>T &xxe;</title><item><title>a &xxe; &pw;</title>"
             "<link>&xxe;</link><description>x &xxe; &pw; &net; y</description>"
             "<content:encoded xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">"
             "&lt;p&gt;c &amp;xxe; d&lt;/p&gt;</content:encoded></item></channel></rss>",
             path, path);
    vg_feed *f = NULL;
    vigil_error err;
    vg_error_clear(&err);
    double t0 = now();
    int rc = vg_feed_open(&f, xml, strlen(xml), "xxe.xml", &err);
    assert_int_equal(rc, VIGIL_OK);
    vg_doc doc;
    vg_doc_init(&doc);
    next_ok(f, &doc);
    assert_null(strstr(doc.text, secret));
    assert_null(strstr(doc.text, "root:"));
    assert_null(strstr(doc.title, secret));
    assert_string_equal(doc.title, "a");
    assert_true(!doc.publisher || !strstr(doc.publisher, secret));
    assert_true(!doc.url || !strstr(doc.url, secret));
    /* the HTML entity reference left in the content is just text */
    assert_string_equal(doc.text, "c &xxe; d");
    assert_eof(f, &doc);
    vg_doc_fini(&doc);
    vg_feed_free(f);
    unlink(path);
    assert_true(now() - t0 < 1.0);
}

static void test_encodings(void **state)
{
    (void)state;
    char path[] = "/tmp/vigil-feed-stderr-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    fflush(stderr);
    int saved = dup(2);
    assert_int_equal(dup2(fd, 2), 2);

    /* windows-1252, with 0x81 (unassigned there) */
    const char *w = "<?xml version=\"1.0\" encoding=\"windows-1252\"?>\n<rss><channel>"
                    "<title>Caf\xE9 news</title><item><title>\x93Quoted\x94 \x81</title>"
                    "<description>Na\xEFve</description></item></channel></rss>";
    vg_feed *f = open_ok(w, strlen(w));
    vg_doc doc;
    vg_doc_init(&doc);
    next_ok(f, &doc);
    assert_string_equal(doc.publisher, "Caf\xC3\xA9 news");
    assert_string_equal(doc.title, "\xE2\x80\x9CQuoted\xE2\x80\x9D \xEF\xBF\xBD");
    assert_string_equal(doc.text, "Na\xC3\xAFve");
    assert_int_equal(doc.ndiags, 1);
    assert_non_null(strstr(doc.diags[0].message, "windows-1252"));
    vg_feed_free(f);

    /* UTF-8 with a bad byte: repaired, the first document says where */
    const char *u = "<rss><channel><item><description>caf\xE9 x</description></item>"
                    "<item><description>ok</description></item></channel></rss>";
    f = open_ok(u, strlen(u));
    next_ok(f, &doc);
    assert_string_equal(doc.text, "caf\xEF\xBF\xBD x");
    assert_int_equal(doc.ndiags, 1);
    assert_int_equal(doc.diags[0].offset, 36);
    next_ok(f, &doc);
    assert_int_equal(doc.ndiags, 0);
    vg_feed_free(f);

    /* UTF-16LE with a BOM */
    const char *ascii = "<rss><channel><item><title>Wide</title></item></channel></rss>";
    char wide[256];
    size_t k = 0;
    wide[k++] = (char)0xFF;
    wide[k++] = (char)0xFE;
    for (const char *p = ascii; *p; p++) {
        wide[k++] = *p;
        wide[k++] = 0;
    }
    f = open_ok(wide, k);
    next_ok(f, &doc);
    assert_string_equal(doc.title, "Wide");
    vg_feed_free(f);

    /* malformed: an error, and still nothing printed */
    vigil_error err;
    assert_int_equal(vg_feed_open(&f, "<rss><channel>\x01</rss>", 21, "x", &err), VIGIL_EPARSE);

    fflush(stderr);
    assert_int_equal(dup2(saved, 2), 2);
    close(saved);
    off_t size = lseek(fd, 0, SEEK_END);
    close(fd);
    unlink(path);
    assert_int_equal(size, 0);
    vg_doc_fini(&doc);
}

static void test_item_limit(void **state)
{
    (void)state;
    vg_buf b;
    vg_buf_init(&b);
    assert_int_equal(vg_buf_puts(&b, "<rss><channel>"), VIGIL_OK);
    for (int i = 0; i < VG_FEED_MAX_ITEMS + 5; i++)
        assert_int_equal(vg_buf_printf(&b, "<item><guid>%d</guid></item>", i), VIGIL_OK);
    assert_int_equal(vg_buf_puts(&b, "</channel></rss>"), VIGIL_OK);
    vg_feed *f = open_ok(b.data, b.len);
    vg_doc doc;
    vg_doc_init(&doc);
    vigil_error err;
    int count = 0, rc;
    for (;;) {
        vg_doc_reset(&doc);
        rc = vg_feed_next(f, &doc, &err);
        if (rc != VIGIL_OK)
            break;
        count++;
    }
    assert_int_equal(count, VG_FEED_MAX_ITEMS);
    assert_int_equal(rc, VIGIL_ELIMIT);
    assert_non_null(strstr(err.message, "more than 100000 items"));
    assert_string_equal(doc.id ? doc.id : "", "");
    assert_int_equal(vg_feed_next(f, &doc, &err), VIGIL_EOF);
    vg_doc_fini(&doc);
    vg_feed_free(f);
    vg_buf_fini(&b);
}

static void test_deep_feed(void **state)
{
    (void)state;
    vg_buf b;
    vg_buf_init(&b);
    assert_int_equal(vg_buf_puts(&b, "<rss><channel><item><description>"), VIGIL_OK);
    for (int i = 0; i < 100000; i++)
        assert_int_equal(vg_buf_puts(&b, "<d>"), VIGIL_OK);
    vg_feed *f = NULL;
    vigil_error err;
    double t0 = now();
    assert_int_equal(vg_feed_open(&f, b.data, b.len, "deep.xml", &err), VIGIL_EPARSE);
    assert_true(now() - t0 < 1.0);
    assert_non_null(strstr(err.message, "depth"));
    vg_buf_fini(&b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_rss2),
        cmocka_unit_test(test_atom),
        cmocka_unit_test(test_atom_text_and_summary),
        cmocka_unit_test(test_rss1),
        cmocka_unit_test(test_malformed),
        cmocka_unit_test(test_no_items),
        cmocka_unit_test(test_billion_laughs),
        cmocka_unit_test(test_external_entities),
        cmocka_unit_test(test_encodings),
        cmocka_unit_test(test_item_limit),
        cmocka_unit_test(test_deep_feed),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
