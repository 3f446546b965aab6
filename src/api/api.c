/* api.c: the public API's glue: contexts, documents, analysis. Takes what
 * the reader produced and runs the stages in order (tokens, sentences, then
 * extraction); the stages themselves live in their folders. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>

#include "api/api.h"
#include "extract/extract.h"
#include "extract/lexicon.h"
#include "extract/muc.h"
#include "text/doc.h"
#include "text/sent.h"
#include "text/tok.h"
#include "util/alloc.h"
#include "util/error.h"
#include "vigil/vigil.h"

struct vigil_ctx {
    char *data_dir;
    vg_lex *lex;         /* gazetteer and lexicons */
    vg_muc_model *muc;   /* MUC-4 model, or NULL */
    int muc4;            /* vigil_analyze builds MUC-4 templates */
};

const vg_lex *vg_ctx_lex(const vigil_ctx *ctx) { return ctx ? ctx->lex : NULL; }

int vigil_ctx_enable_muc4(vigil_ctx *ctx, vigil_error *err)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/model/muc4.model", ctx->data_dir);
    int rc = ctx->muc ? VIGIL_OK : vg_muc_model_load(&ctx->muc, path, err);
    if (rc == VIGIL_OK)
        ctx->muc4 = 1;
    return rc;
}

/* The data directory: the caller's, else $VIGIL_DATA, else the source
 * tree's data/ compiled in. */
static const char *data_dir_for(const char *given)
{
    if (given)
        return given;
    const char *env = getenv("VIGIL_DATA");
    return env && env[0] ? env : VIGIL_DATA_DIR_DEFAULT;
}

int vigil_ctx_new(vigil_ctx **out, const char *data_dir, vigil_error *err)
{
    *out = NULL;
    /* libxml2 2.9 initialises its globals on first use, which two threads
     * must not do at once: do it here, before any document is read */
    xmlInitParser();
    vigil_ctx *ctx = vg_calloc(1, sizeof *ctx);
    if (!ctx)
        return vg_error_set(err, VIGIL_ENOMEM, "ctx", NULL, -1, "out of memory");
    ctx->data_dir = vg_strdup(data_dir_for(data_dir));
    if (!ctx->data_dir) {
        vg_free(ctx);
        return vg_error_set(err, VIGIL_ENOMEM, "ctx", NULL, -1, "out of memory");
    }
    int rc = vg_lex_load(&ctx->lex, ctx->data_dir, err);
    if (rc != VIGIL_OK) {
        vigil_ctx_free(ctx);
        return rc;
    }
    *out = ctx;
    return VIGIL_OK;
}

void vigil_ctx_free(vigil_ctx *ctx)
{
    if (!ctx)
        return;
    vg_muc_model_free(ctx->muc);
    vg_lex_free(ctx->lex);
    vg_free(ctx->data_dir);
    vg_free(ctx);
}

int vigil_doc_new(vigil_doc **out)
{
    vigil_doc *d = vg_malloc(sizeof *d);
    *out = d;
    if (!d)
        return VIGIL_ENOMEM;
    vg_doc_init(&d->d);
    return VIGIL_OK;
}

void vigil_doc_free(vigil_doc *doc)
{
    if (!doc)
        return;
    vg_doc_fini(&doc->d);
    vg_free(doc);
}

const char *vigil_doc_id(const vigil_doc *doc) { return doc->d.id; }

const char *vigil_doc_text(const vigil_doc *doc, size_t *len)
{
    if (len)
        *len = doc->d.len;
    return doc->d.text;
}

const char *vigil_doc_title(const vigil_doc *doc) { return doc->d.title; }

size_t vigil_doc_published(const vigil_doc *doc, char *buf, size_t size)
{
    return vg_date_format(doc->d.published, buf, size);
}

size_t vigil_doc_diag_count(const vigil_doc *doc) { return doc->d.ndiags; }

const char *vigil_doc_diag(const vigil_doc *doc, size_t i, int *severity, long long *offset)
{
    if (i >= doc->d.ndiags)
        return NULL;
    const vg_diag *g = &doc->d.diags[i];
    if (severity)
        *severity = g->severity;
    if (offset)
        *offset = g->offset;
    return g->message;
}

static int stage_error(vg_doc *doc, int rc, const char *stage, vigil_error *err)
{
    return vg_error_set(err, rc, stage, doc->id, -1, "%s failed on doc \"%s\": %s", stage,
                        doc->id ? doc->id : "?", vigil_strerror(rc));
}

int vigil_tokenize_only(vigil_doc *pub, size_t *ntokens, vigil_error *err)
{
    vg_doc *doc = &pub->d;
    int rc = vg_tok_run(doc);
    if (rc != VIGIL_OK)
        return stage_error(doc, rc, "tokenize", err);
    if (ntokens)
        *ntokens = doc->ntoks;
    return VIGIL_OK;
}

int vigil_analyze(const vigil_ctx *ctx, vigil_doc *pub, vigil_error *err)
{
    vg_doc *doc = &pub->d;
    int rc = vg_tok_run(doc);
    if (rc != VIGIL_OK)
        return stage_error(doc, rc, "tokenize", err);
    rc = vg_sent_run(doc);
    if (rc != VIGIL_OK)
        return stage_error(doc, rc, "sentences", err);
    /* a limit reached in extraction degrades the output (what was made is
     * kept, and a diagnostic says where it stopped); it fails nothing */
    rc = vg_extract_run(ctx->lex, doc);
    if (rc != VIGIL_OK && rc != VIGIL_ELIMIT)
        return stage_error(doc, rc, "extract", err);
    if (rc == VIGIL_OK && ctx->muc4)
        rc = vg_muc_run(ctx->lex, ctx->muc, doc);
    if (rc != VIGIL_OK && rc != VIGIL_ELIMIT)
        return stage_error(doc, rc, "muc4", err);
    return VIGIL_OK;
}
