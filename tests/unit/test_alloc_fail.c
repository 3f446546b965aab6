/* Failure paths: the whole extract path (reader -> analyse -> write) with
 * an allocator that fails the Nth allocation, for every N until a run
 * succeeds. Each failing run must return an error code cleanly; leaks are
 * caught by LeakSanitizer in the sanitizer build (make test). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "vigil/vigil.h"

typedef struct counting {
    long calls;
    long fail_at; /* 0: never */
    long failed;
} counting;

static void *c_malloc(size_t n, void *ud)
{
    counting *c = ud;
    if (c->fail_at && ++c->calls == c->fail_at) {
        c->failed++;
        return NULL;
    }
    return malloc(n);
}

static void *c_realloc(void *p, size_t n, void *ud)
{
    counting *c = ud;
    if (c->fail_at && ++c->calls == c->fail_at) {
        c->failed++;
        return NULL;
    }
    return realloc(p, n);
}

static void c_free(void *p, void *ud)
{
    (void)ud;
    free(p);
}

static const char *const inputs[] = {
    "{\"id\":\"a\",\"text\":\"ANKARA, July 4 - Turkish police detained 12 people on Sunday. "
    "Officials said \\u2022 more attacks may come.\",\"title\":\"Raid\",\"published\":\"2016-07-04\"}\n"
    "{\"id\":\"b\",\"text\":\"Bad \\u0000 byte.\"}\n",
    "Friday, July 01, 2016\n\nUS Sources are concerned\n\n  \xe2\x80\xa2 US authorities believe "
    "that ISIS sent 5 groups.\n  \xe2\x80\xa2 Each has 6, 7 people.\n",
    "<html><head><title>T</title><meta name=\"author\" content=\"A B\"></head><body><nav>x</nav>"
    "<article><p>Gunmen attacked a bus in \xc4\xb0zmir yesterday.</p><ul><li>one</li></ul></article>"
    "</body></html>",
    "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>F</title><item><title>I</title>"
    "<description>&lt;p&gt;A bomb exploded.&lt;/p&gt;</description><pubDate>Fri, 01 Jul 2016 "
    "10:00:00 GMT</pubDate></item></channel></rss>",
};
static const char *const names[] = {"in.jsonl", "in.txt", "in.html", "in.xml"};

/* Runs the document pipeline over file path with the knowledge in ctx
 * (loaded once, outside the failing allocator: test_lexicon fails every
 * allocation of a load); returns 0 when every step succeeded, 1 when some
 * step reported an error. */
static int pipeline(const vigil_ctx *ctx, const char *path, FILE *sink)
{
    vigil_error err;
    vigil_reader *r = NULL;
    vigil_doc *doc = NULL;
    int failed = 0;
    const char *paths[] = {path};
    if (vigil_reader_open(&r, paths, 1, NULL, &err) != VIGIL_OK) {
        failed = 1;
        goto done;
    }
    if (vigil_doc_new(&doc) != VIGIL_OK) {
        failed = 1;
        goto done;
    }
    for (;;) {
        int rc = vigil_reader_next(r, doc, &err);
        if (rc == VIGIL_EOF)
            break;
        if (rc != VIGIL_OK) {
            assert_true(rc < 0);
            assert_true(err.message[0] != '\0');
            failed = 1;
            if (rc == VIGIL_ENOMEM)
                break;
            continue;
        }
        if (vigil_analyze(ctx, doc, &err) != VIGIL_OK ||
            vigil_write(doc, VIGIL_FORMAT_JSONL, 0, sink, &err) != VIGIL_OK)
            failed = 1;
    }
done:
    vigil_doc_free(doc);
    vigil_reader_close(r);
    return failed;
}

static void test_every_allocation_can_fail(void **state)
{
    (void)state;
    char dir[] = "/tmp/vigil-allocXXXXXX";
    assert_non_null(mkdtemp(dir));
    FILE *sink = fopen("/dev/null", "w");
    assert_non_null(sink);
    vigil_ctx *ctx = NULL;
    assert_int_equal(vigil_ctx_new(&ctx, VIGIL_SOURCE_DIR "/data", NULL), VIGIL_OK);
    for (size_t k = 0; k < sizeof inputs / sizeof inputs[0]; k++) {
        char path[256];
        snprintf(path, sizeof path, "%s/%s", dir, names[k]);
        FILE *f = fopen(path, "w");
        assert_non_null(f);
        fputs(inputs[k], f);
        fclose(f);

        /* count the allocations of a clean run, and check it succeeds */
        counting c = {0, 0, 0};
        vigil_allocator a = {c_malloc, c_realloc, c_free, &c};
        vigil_set_allocator(&a);
        int clean = pipeline(ctx, path, sink);
        /* in.jsonl holds one good and one repaired document: clean */
        assert_int_equal(clean, 0);
        long n = 0;
        for (long at = 1; at < 100000; at++) {
            c.calls = 0;
            c.fail_at = at;
            c.failed = 0;
            int rc = pipeline(ctx, path, sink);
            if (c.failed == 0) {
                assert_int_equal(rc, 0);
                n = at;
                break;
            }
            /* a failed allocation either surfaced as an error, or was
             * absorbed where the code degrades by design (diagnostics) */
        }
        vigil_set_allocator(NULL);
        assert_true(n > 1);
        unlink(path);
    }
    vigil_ctx_free(ctx);
    fclose(sink);
    rmdir(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_allocation_can_fail),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
