/* fuzz_feed.c: libFuzzer target for feed ingest (src/ingest/feed.c): feed
 * bytes -> vg_feed_open, then every item through vg_feed_next, checking the
 * invariants they promise.
 *
 * The first input byte chooses the options (STYLE.md section 6), the rest is
 * the feed:
 *   bit 0: reuse one document across items with vg_doc_reset (as the reader
 *          does) instead of a fresh document per item
 * Invariants: vg_feed_open returns VIGIL_OK with a feed or an error with err
 * filled and no feed; vg_feed_next returns VIGIL_OK, VIGIL_EOF (and then
 * again VIGIL_EOF) or an error; every document has an id, valid UTF-8 text
 * without NUL with len == strlen(text), and valid UTF-8 metadata. A
 * violated invariant calls __builtin_trap(), which libFuzzer reports. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "ingest/ingest.h"
#include "util/error.h"
#include "util/utf8.h"

#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    int reuse = data[0] & 1;
    vg_feed *f = NULL;
    vigil_error err;
    vg_error_clear(&err);
    int rc = vg_feed_open(&f, (const char *)data + 1, size - 1, "fuzz.xml", &err);
    if (rc != VIGIL_OK) {
        CHECK(f == NULL && rc < 0 && err.code == rc && err.message[0]);
        return 0;
    }
    CHECK(f != NULL);
    vg_doc doc;
    vg_doc_init(&doc);
    for (;;) {
        if (reuse) {
            vg_doc_reset(&doc);
        } else {
            vg_doc_fini(&doc);
            vg_doc_init(&doc);
        }
        rc = vg_feed_next(f, &doc, &err);
        if (rc == VIGIL_EOF) {
            CHECK(vg_feed_next(f, &doc, &err) == VIGIL_EOF);
            break;
        }
        if (rc != VIGIL_OK) {
            CHECK(rc < 0 && err.code == rc);
            continue;
        }
        CHECK(doc.id != NULL && doc.id[0]);
        CHECK(doc.text && doc.len == strlen(doc.text));
        CHECK(vg_utf8_valid_prefix(doc.text, doc.len) == doc.len);
        check_str(doc.id);
        check_str(doc.title);
        check_str(doc.author);
        check_str(doc.publisher);
        check_str(doc.url);
        check_str(doc.lang);
        if (doc.published.prec != VG_DATE_NONE)
            CHECK(vg_date_valid(doc.published));
    }
    vg_doc_fini(&doc);
    vg_feed_free(f);
    return 0;
}
