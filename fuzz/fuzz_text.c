/* fuzz_text.c: libFuzzer target for the text layer: document text ->
 * tokens (tok.c) -> sentences (sent.c) -> a date and a number scan at every
 * token (date.c, num.c), checking the invariants each stage promises.
 *
 * The first input byte chooses the options (STYLE.md section 6), the rest
 * is the document:
 *   bits 0-1: 0 as is, 1 ASCII upper case, 2 ASCII lower case (the
 *             MUC-4 styles that take the splitter's no-case path), 3 as is
 *   bit 2:    anchor date unknown (prec NONE) instead of 2016-07-01
 *   bit 3:    scan only up to the end of each token's sentence instead of
 *             the end of the document
 * A violated invariant calls __builtin_trap(), which libFuzzer reports. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "text/date.h"
#include "text/doc.h"
#include "text/num.h"
#include "text/sent.h"
#include "text/tok.h"
#include "util/alloc.h"

#include "fuzz.h"

static void check_tokens(const vg_doc *d)
{
    uint32_t prev = 0;
    for (size_t i = 0; i < d->ntoks; i++) {
        const vg_token *t = &d->toks[i];
        CHECK(t->start < t->end);
        CHECK(t->end <= d->len);
        CHECK(t->start >= prev);
        CHECK(t->norm != NULL);
        CHECK(strlen(t->norm) == t->normlen);
        CHECK(t->kind <= VG_TOK_BULLET);
        prev = t->end;
    }
}

static void check_sentences(const vg_doc *d)
{
    uint32_t next = 0, prev_end = 0, prev_para = 0;
    for (size_t i = 0; i < d->nsents; i++) {
        const vg_sent *s = &d->sents[i];
        CHECK(s->tok_start == next);
        CHECK(s->tok_start < s->tok_end && s->tok_end <= d->ntoks);
        CHECK(s->start == d->toks[s->tok_start].start);
        CHECK(s->end == d->toks[s->tok_end - 1].end);
        CHECK(s->start >= prev_end && s->end <= d->len);
        CHECK(s->para >= prev_para);
        next = s->tok_end;
        prev_end = s->end;
        prev_para = s->para;
    }
    CHECK(d->ntoks == 0 || next == d->ntoks);
}

static void check_span(const vg_doc *d, size_t i, size_t used, size_t end, uint32_t start_b,
                       uint32_t end_b)
{
    CHECK(i + used <= end);
    CHECK(start_b <= end_b && end_b <= d->len);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    unsigned opt = data[0];
    data++;
    size--;
    char *text = vg_malloc(size + 1);
    if (!text)
        return 0;
    for (size_t k = 0; k < size; k++) {
        unsigned char c = data[k];
        if ((opt & 3u) == 1 && c >= 'a' && c <= 'z')
            c = (unsigned char)(c - 'a' + 'A');
        else if ((opt & 3u) == 2 && c >= 'A' && c <= 'Z')
            c = (unsigned char)(c - 'A' + 'a');
        text[k] = (char)c;
    }
    vg_date anchor = {2016, 7, 1, VG_DATE_DAY};
    if (opt & 4u)
        anchor = (vg_date){0, 0, 0, VG_DATE_NONE};

    vg_doc d;
    vg_doc_init(&d);
    int rc = vg_doc_set_text(&d, text, size);
    if (rc == VIGIL_OK || rc == VIGIL_EUTF8) {
        CHECK(d.text[d.len] == '\0');
        rc = vg_tok_run(&d);
        CHECK(rc == VIGIL_OK || rc == VIGIL_ENOMEM || rc == VIGIL_ELIMIT);
        check_tokens(&d);
        if (rc == VIGIL_OK) {
            rc = vg_sent_run(&d);
            CHECK(rc == VIGIL_OK || rc == VIGIL_ENOMEM || rc == VIGIL_ELIMIT);
            check_sentences(&d);
        }
        size_t s = 0;
        for (size_t i = 0; i < d.ntoks; i++) {
            size_t end = d.ntoks;
            if ((opt & 8u) && d.nsents > 0) {
                while (s + 1 < d.nsents && d.sents[s].tok_end <= i)
                    s++;
                end = d.sents[s].tok_end;
            }
            vg_timeref tr;
            memset(&tr, 0, sizeof tr);
            size_t used = vg_date_scan(&d, i, end, anchor, &tr);
            if (used)
                check_span(&d, i, used, end, tr.start, tr.end);
            vg_quant q;
            memset(&q, 0, sizeof q);
            used = vg_num_scan(&d, i, end, &q);
            if (used)
                check_span(&d, i, used, end, q.start, q.end);
        }
    }
    vg_doc_fini(&d);
    vg_free(text);
    return 0;
}
