/* fuzz_muc_model.c: libFuzzer target for the MUC-4 model loader
 * (src/extract/muc_model.c), the file format of data/model/muc4.model.
 *
 * The input is parsed as a model file. When it parses, the model is used
 * as the extractor would: a small fixed document is run through
 * vg_muc_predict (features, tagger, classifiers, templates) and the
 * templates are checked to point inside the document; then the model is
 * saved again and the saved bytes must parse to a model that saves to the
 * same bytes. Checked: no crash, no leak, no read outside the input. */
#include <assert.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract/extract.h"
#include "extract/muc.h"
#include "extract/muc_model.h"
#include "text/doc.h"
#include "text/sent.h"
#include "text/tok.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char doc_text[] =
    "urban guerrillas of the fmln kidnapped jose rodriguez and bombed the power station "
    "in san salvador yesterday. the army denied it.";

static void run_doc(const vg_muc_model *m)
{
    vg_doc d;
    vg_doc_init(&d);
    if (vg_doc_set_text(&d, doc_text, sizeof doc_text - 1) == VIGIL_OK && vg_tok_run(&d) == VIGIL_OK &&
        vg_sent_run(&d) == VIGIL_OK) {
        vg_muc_result r;
        if (vg_muc_predict(NULL, m, &d, &r) == VIGIL_OK) {
            for (uint32_t t = 0; t < r.ntpl; t++) {
                assert(r.tpl[t].type >= VG_MUC_ATTACK && r.tpl[t].type <= VG_MUC_FORCED_WORK_STOPPAGE);
                for (int k = 0; k < VG_MUC_ROLES; k++)
                    for (uint32_t e = 0; e < r.tpl[t].nfill[k]; e++) {
                        const vg_muc_filler *f = &r.tpl[t].fill[k][e];
                        assert(f->start < f->end && f->end <= d.len);
                        assert(strlen(f->text) == f->end - f->start);
                    }
            }
        }
    }
    vg_doc_fini(&d);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    vg_muc_model *m = NULL;
    vigil_error err;
    if (vg_muc_model_parse(&m, data, size, &err) != VIGIL_OK) {
        assert(m == NULL);
        assert(err.message[0]);
        return 0;
    }
    run_doc(m);
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    if (f) {
        int rc = vg_muc_model_save(m, f);
        fclose(f);
        if (rc == VIGIL_OK) {
            vg_muc_model *m2 = NULL;
            assert(vg_muc_model_parse(&m2, (const unsigned char *)buf, len, &err) == VIGIL_OK);
            char *buf2 = NULL;
            size_t len2 = 0;
            FILE *f2 = open_memstream(&buf2, &len2);
            if (f2) {
                assert(vg_muc_model_save(m2, f2) == VIGIL_OK);
                fclose(f2);
                assert(len2 == len && memcmp(buf, buf2, len) == 0);
                free(buf2);
            }
            vg_muc_model_free(m2);
        }
        free(buf);
    }
    vg_muc_model_free(m);
    return 0;
}
