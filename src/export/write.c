/* write.c: export stage. vigil_write: one analysed document in the chosen
 * format to a stream. */
#include <errno.h>
#include <string.h>

#include "export/export.h"
#include "extract/muc.h"
#include "util/error.h"

int vigil_write(const vigil_doc *pub, vigil_format fmt, unsigned flags, FILE *out,
                vigil_error *err)
{
    const vg_doc *doc = &pub->d;
    if (fmt == VIGIL_FORMAT_SUMMARY) {
        int rc = vg_export_summary(doc, out);
        if (rc != VIGIL_OK)
            return vg_error_set(err, rc, "export", doc->id, -1, "cannot write summary: %s",
                                strerror(errno));
        return VIGIL_OK;
    }
    if (fmt == VIGIL_FORMAT_MUC4) {
        int rc = vg_export_muc4(doc, out);
        if (rc != VIGIL_OK)
            return vg_error_set(err, rc, "export", doc->id, -1, "cannot write muc4 line: %s",
                                vigil_strerror(rc));
        return VIGIL_OK;
    }
    json_t *r = vg_export_record(doc, (flags & VIGIL_WRITE_TEXT) != 0);
    if (!r)
        return vg_error_set(err, VIGIL_ENOMEM, "export", doc->id, -1,
                            "out of memory building the record of doc \"%s\"", doc->id);
    size_t jflags = JSON_PRESERVE_ORDER;
    jflags |= fmt == VIGIL_FORMAT_PRETTY ? JSON_INDENT(2) : JSON_COMPACT;
    int rc = json_dumpf(r, out, jflags);
    json_decref(r);
    if (rc != 0 || fputc('\n', out) == EOF)
        return vg_error_set(err, VIGIL_EIO, "export", doc->id, -1, "cannot write output: %s",
                            strerror(errno));
    return VIGIL_OK;
}
