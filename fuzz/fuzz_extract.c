/* fuzz_extract.c: libFuzzer target for the whole extract path behind
 * `vigil extract`: bytes -> ingest (text or HTML by the first byte) ->
 * vigil_analyze -> the JSON record, and the run exports (STIX, GeoJSON,
 * CSV), through the public types.
 *
 * Invariants: analysis returns VIGIL_OK or a negative code; the record is
 * one line of valid JSON (jansson parses it back); the STIX bundle and the
 * GeoJSON FeatureCollection are JSON objects of their type; the CSV ends
 * in CRLF; every token and sentence span lies inside the text, in order. */
#include <jansson.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>

#include "export/export.h"
#include "ingest/ingest.h"

#include "fuzz.h"

static vigil_ctx *ctx;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    if (!ctx && vigil_ctx_new(&ctx, NULL, NULL) != VIGIL_OK)
        __builtin_trap();
    vigil_doc *doc;
    CHECK(vigil_doc_new(&doc) == VIGIL_OK);
    vg_doc *d = &doc->d;
    vigil_error err;
    int rc = (data[0] & 1) ? vg_ingest_html(d, (const char *)data + 1, size - 1, "fuzz", &err)
                           : vg_ingest_text(d, (const char *)data + 1, size - 1, "fuzz", &err);
    if (rc == VIGIL_OK) {
        d->id = "fuzz";
        d->published = (vg_date){2016, 7, 1, VG_DATE_DAY};
        rc = vigil_analyze(ctx, doc, &err);
        CHECK(rc == VIGIL_OK || rc < 0);
        uint32_t prev = 0;
        for (size_t i = 0; i < d->ntoks; i++) {
            CHECK(d->toks[i].start >= prev && d->toks[i].start < d->toks[i].end);
            CHECK(d->toks[i].end <= d->len);
            prev = d->toks[i].end;
        }
        prev = 0;
        for (size_t i = 0; i < d->nsents; i++) {
            CHECK(d->sents[i].start >= prev && d->sents[i].end <= d->len);
            CHECK(d->sents[i].tok_start <= d->sents[i].tok_end && d->sents[i].tok_end <= d->ntoks);
            prev = d->sents[i].end;
        }
        char *out = NULL;
        size_t outlen = 0;
        FILE *f = open_memstream(&out, &outlen);
        CHECK(f != NULL);
        CHECK(vigil_write(doc, VIGIL_FORMAT_JSONL, VIGIL_WRITE_TEXT, f, &err) == VIGIL_OK);
        CHECK(fclose(f) == 0);
        CHECK(outlen > 0 && out[outlen - 1] == '\n' && memchr(out, '\n', outlen) == out + outlen - 1);
        json_error_t jerr;
        json_t *r = json_loadb(out, outlen, 0, &jerr);
        CHECK(r != NULL && json_is_object(r));
        json_decref(r);
        free(out);
        static const vigil_format fmts[] = {VIGIL_FORMAT_STIX, VIGIL_FORMAT_GEOJSON,
                                            VIGIL_FORMAT_CSV};
        static const char *const types[] = {"bundle", "FeatureCollection", NULL};
        for (int k = 0; k < 3; k++) {
            out = NULL;
            outlen = 0;
            f = open_memstream(&out, &outlen);
            CHECK(f != NULL);
            CHECK(vigil_write(doc, fmts[k], 0, f, &err) == VIGIL_OK);
            CHECK(fclose(f) == 0);
            if (types[k]) {
                r = json_loadb(out, outlen, 0, &jerr);
                CHECK(r != NULL && json_is_object(r));
                const char *t = json_string_value(json_object_get(r, "type"));
                CHECK(t && !strcmp(t, types[k]));
                json_decref(r);
            } else {
                CHECK(outlen >= 2 && out[outlen - 2] == '\r' && out[outlen - 1] == '\n');
            }
            free(out);
        }
    }
    vigil_doc_free(doc);
    return 0;
}
