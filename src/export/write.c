/* write.c: export stage. vigil_write: one analysed document in the chosen
 * format to a stream. */
#include <errno.h>
#include <string.h>

#include "export/export.h"
#include "extract/muc.h"
#include "util/alloc.h"
#include "util/error.h"

/* jansson writes a token at a time: gather the output in a block and hand
 * it to stdio in large writes. */
typedef struct out_block {
    FILE *out;
    size_t len;
    int failed;
    char data[65536];
} out_block;

static int block_put(const char *buf, size_t size, void *ud)
{
    out_block *b = ud;
    if (size > sizeof b->data - b->len) {
        if (b->len && fwrite(b->data, 1, b->len, b->out) != b->len)
            b->failed = 1;
        b->len = 0;
        if (size > sizeof b->data) {
            if (fwrite(buf, 1, size, b->out) != size)
                b->failed = 1;
            return b->failed ? -1 : 0;
        }
    }
    memcpy(b->data + b->len, buf, size);
    b->len += size;
    return 0;
}

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
    out_block *block = vg_malloc(sizeof *block);
    if (!block) {
        json_decref(r);
        return vg_error_set(err, VIGIL_ENOMEM, "export", doc->id, -1, "out of memory");
    }
    block->out = out;
    block->len = 0;
    block->failed = 0;
    int rc = json_dump_callback(r, block_put, block, jflags);
    json_decref(r);
    if (rc == 0)
        rc = block_put("\n", 1, block);
    if (rc == 0 && block->len && fwrite(block->data, 1, block->len, out) != block->len)
        rc = -1;
    int failed = rc != 0 || block->failed;
    vg_free(block);
    if (failed)
        return vg_error_set(err, VIGIL_EIO, "export", doc->id, -1, "cannot write output: %s",
                            strerror(errno));
    return VIGIL_OK;
}
