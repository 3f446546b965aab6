/* fuzz_html.c: libFuzzer target for HTML ingest (src/ingest/html.c): page
 * bytes -> vg_ingest_html, or fragment bytes -> vg_html_fragment_text,
 * checking the invariants they promise.
 *
 * The first input byte chooses the options (STYLE.md section 6), the rest is
 * the HTML:
 *   bit 0: a fragment (vg_html_fragment_text, appended after "x") instead of
 *          a page
 * Invariants: VIGIL_OK, or an error code with err filled; the document text
 * is valid UTF-8 without NUL and doc->len == strlen(text); metadata strings
 * are valid UTF-8; a fragment only appends, and what it appends is valid
 * UTF-8. A violated invariant calls __builtin_trap(), which libFuzzer
 * reports. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "ingest/ingest.h"
#include "util/buf.h"
#include "util/error.h"
#include "util/utf8.h"

#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    int fragment = data[0] & 1;
    const char *html = (const char *)data + 1;
    size_t n = size - 1;
    if (fragment) {
        vg_buf b;
        vg_buf_init(&b);
        CHECK(vg_buf_puts(&b, "x") == VIGIL_OK);
        int rc = vg_html_fragment_text(html, n, &b);
        CHECK(rc == VIGIL_OK || rc == VIGIL_ENOMEM);
        CHECK(b.len >= 1 && b.data[0] == 'x' && strlen(b.data) == b.len);
        CHECK(vg_utf8_valid_prefix(b.data, b.len) == b.len);
        vg_buf_fini(&b);
        return 0;
    }
    vg_doc doc;
    vg_doc_init(&doc);
    vigil_error err;
    vg_error_clear(&err);
    int rc = vg_ingest_html(&doc, html, n, "fuzz.html", &err);
    if (rc != VIGIL_OK) {
        CHECK(rc < 0 && err.code == rc && err.message[0]);
    } else {
        CHECK(doc.text && doc.len == strlen(doc.text));
        CHECK(vg_utf8_valid_prefix(doc.text, doc.len) == doc.len);
        CHECK(doc.len <= 4 * n + 16);
        check_str(doc.title);
        check_str(doc.author);
        check_str(doc.publisher);
        check_str(doc.url);
        check_str(doc.lang);
        if (doc.published.prec != VG_DATE_NONE)
            CHECK(vg_date_valid(doc.published));
    }
    vg_doc_fini(&doc);
    return 0;
}
