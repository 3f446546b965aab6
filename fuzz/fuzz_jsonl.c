/* fuzz_jsonl.c: libFuzzer target for JSON Lines and plain-text ingest
 * (src/ingest/jsonl.c, text.c): each input line -> vg_ingest_json_line, or
 * the whole input -> vg_ingest_text.
 *
 * First byte: bit 0 chooses plain text instead of JSON Lines.
 * Invariants: VIGIL_OK, or a negative code with a message naming the
 * document "fuzz:<line>"; the text is valid UTF-8, NUL-free, and
 * doc->len == strlen(text); metadata strings are valid UTF-8. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "ingest/ingest.h"
#include "util/utf8.h"

#include "fuzz.h"

static void check_doc(const vg_doc *d)
{
    CHECK(d->text != NULL);
    CHECK(strlen(d->text) == d->len);
    check_str(d->text);
    check_str(d->title);
    check_str(d->author);
    check_str(d->url);
    check_str(d->id);
    if (d->published.prec != VG_DATE_NONE)
        CHECK(vg_date_valid(d->published));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    int text = data[0] & 1;
    const char *s = (const char *)data + 1;
    size_t n = size - 1;
    vg_doc d;
    vg_doc_init(&d);
    vigil_error err;
    if (text) {
        int rc = vg_ingest_text(&d, s, n, "fuzz", &err);
        CHECK(rc == VIGIL_OK || (rc < 0 && err.message[0]));
        check_doc(&d);
    } else {
        long line = 0;
        while (n > 0) {
            const char *nl = memchr(s, '\n', n);
            size_t len = nl ? (size_t)(nl - s) : n;
            line++;
            vg_doc_reset(&d);
            int rc = vg_ingest_json_line(&d, s, len, "fuzz", line, &err);
            if (rc == VIGIL_OK) {
                check_doc(&d);
            } else {
                char want[32];
                snprintf(want, sizeof want, "fuzz:%ld", line);
                CHECK(rc < 0 && strcmp(err.doc, want) == 0 && err.message[0]);
            }
            s += len + (nl ? 1 : 0);
            n -= len + (nl ? 1 : 0);
        }
    }
    vg_doc_fini(&d);
    return 0;
}
