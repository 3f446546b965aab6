/* fuzz_date.c: libFuzzer target for dates and numbers (src/text/date.c,
 * src/text/num.c).
 *
 * The whole input goes to vg_date_parse as raw bytes (a date read so goes
 * through vg_date_day_first too, and stays valid), and its first word to
 * vg_date_zone_order. Then the leading
 * bytes choose options and the rest becomes a document that is tokenized
 * and scanned at every token with vg_date_scan and vg_num_scan:
 *   byte 0      anchor precision (mod 4) and whether to cut the token range
 *   bytes 1-2   anchor day offset from 2016-07-01 (signed 16 bits)
 *   byte 3      how many tokens to cut from the end of the range
 * Checked: results stay inside the token range and the text, resolved
 * dates are valid, bounds are ordered. */
#include <assert.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "text/date.h"
#include "text/doc.h"
#include "text/num.h"
#include "text/tok.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_date(vg_date d)
{
    char buf[16];
    if (d.prec == VG_DATE_NONE)
        return;
    assert(vg_date_valid(d));
    assert(vg_date_format(d, buf, sizeof buf) > 0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    vg_date d;
    if (vg_date_parse((const char *)data, size, &d) == 0) {
        assert(d.prec != VG_DATE_NONE);
        check_date(d);
        vg_date_day_first((const char *)data, size, &d);
        check_date(d);
    }
    size_t w = 0;
    while (w < size && w < 8 && data[w] != ' ')
        w++;
    int o = vg_date_zone_order((const char *)data, w, size > 0 && (data[0] & 1));
    assert(o >= -1 && o <= 1);
    if (size < 4)
        return 0;

    vg_date anchor = vg_date_add_days((vg_date){2016, 7, 1, VG_DATE_DAY},
                                      (long)(int16_t)(data[1] | data[2] << 8));
    switch (data[0] & 3) {
    case 0:
        anchor = (vg_date){0, 0, 0, VG_DATE_NONE};
        break;
    case 1:
        anchor.day = 0;
        anchor.prec = VG_DATE_MONTH;
        break;
    case 2:
        anchor.month = anchor.day = 0;
        anchor.prec = VG_DATE_YEAR;
        break;
    default:
        break;
    }
    int cut = (data[0] & 4) != 0;

    vg_doc doc;
    vg_doc_init(&doc);
    int rc = vg_doc_set_text(&doc, (const char *)data + 4, size - 4);
    if ((rc == VIGIL_OK || rc == VIGIL_EUTF8) && vg_tok_run(&doc) == VIGIL_OK) {
        size_t end = doc.ntoks;
        if (cut)
            end = end > data[3] ? end - data[3] : 0;
        for (size_t i = 0; i <= end; i++) {
            vg_timeref tr;
            vg_quant q;
            size_t n = vg_date_scan(&doc, i, end, anchor, &tr);
            if (n) {
                assert(i + n <= end);
                assert(tr.tok_start == i && tr.tok_end == i + n);
                assert(tr.start <= tr.end && tr.end <= doc.len);
                assert(tr.start == doc.toks[i].start && tr.end == doc.toks[i + n - 1].end);
                check_date(tr.value);
                check_date(tr.from);
                check_date(tr.to);
            }
            n = vg_num_scan(&doc, i, end, &q);
            if (n) {
                assert(i + n <= end);
                assert(q.tok_start == i && q.tok_end == i + n);
                assert(q.start <= q.end && q.end <= doc.len);
                assert(q.has_min || q.has_max);
                assert(!(q.has_min && q.has_max) || q.min <= q.max);
                assert(!q.has_total || q.total >= q.min);
            }
        }
    }
    vg_doc_fini(&doc);
    return 0;
}
