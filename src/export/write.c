/* write.c: export stage. vigil_write: one analysed document in the chosen
 * format to a stream. */
#include <errno.h>
#include <string.h>

#include "export/export.h"
#include "extract/muc.h"
#include "util/alloc.h"
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
    vg_jw *w = vg_malloc(sizeof *w);
    if (!w)
        return vg_error_set(err, VIGIL_ENOMEM, "export", doc->id, -1, "out of memory");
    vg_jw_init(w, out, fmt == VIGIL_FORMAT_PRETTY);
    vg_export_record(w, doc, (flags & VIGIL_WRITE_TEXT) != 0);
    vg_jw_raw(w, "\n", 1);
    int rc = vg_jw_flush(w);
    vg_free(w);
    if (rc != VIGIL_OK)
        return vg_error_set(err, VIGIL_EIO, "export", doc->id, -1, "cannot write output: %s",
                            strerror(errno));
    return VIGIL_OK;
}
