/* doc.h: one document: its analysed text, metadata, diagnostics, and the
 * results of each stage, all in the document's arena. This is the body of
 * the public opaque type vigil_doc. */
#ifndef VG_DOC_H
#define VG_DOC_H
#include <stddef.h>
#include <stdint.h>

#include "text/date.h"
#include "text/num.h"
#include "text/sent.h"
#include "text/tok.h"
#include "util/arena.h"
#include "vigil/vigil.h"

typedef struct vg_diag {
    int severity;        /* 0 warning, 1 error */
    int code;            /* VIGIL_E* */
    long long offset;    /* byte offset into the input the document came from, or -1 */
    const char *message; /* in the arena */
} vg_diag;

struct vg_extract; /* extraction results, extract/ */

typedef struct vg_doc {
    vg_arena arena;

    /* metadata; strings in the arena, NULL when unknown */
    const char *id;
    const char *title;
    const char *author;
    const char *publisher;
    const char *url;
    const char *lang;
    const char *source;  /* where it was read from: "path", "path:line" */
    vg_date published;   /* prec NONE when unknown */
    uint8_t published_given; /* 1: published is the reader's --date, not the document's */

    /* the analysed text: valid UTF-8, NUL-terminated, no NUL inside */
    const char *text;
    size_t len;

    vg_diag *diags;
    size_t ndiags, diags_cap;
    size_t diags_dropped;

    /* text layer */
    vg_token *toks;
    size_t ntoks;
    vg_sent *sents;
    size_t nsents;

    struct vg_extract *ex;
} vg_doc;

struct vigil_doc {
    vg_doc d;
};

void vg_doc_init(vg_doc *doc);
void vg_doc_fini(vg_doc *doc);
void vg_doc_reset(vg_doc *doc);

/* Records a diagnostic (printf-style message, lower case). Never fails:
 * past VIGIL_MAX_DIAGS or without memory it only counts the drop. */
void vg_doc_diag(vg_doc *doc, int severity, int code, long long offset, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

/* Sets doc->text to a validated copy of raw[0..n) (see utf8.h), recording
 * a diagnostic per run of invalid bytes. Returns VIGIL_OK, VIGIL_ENOMEM,
 * VIGIL_ELIMIT, or VIGIL_EUTF8 when the bytes look binary (then text is
 * still set). */
int vg_doc_set_text(vg_doc *doc, const char *raw, size_t n);

/* Copies a metadata string into the arena, repairing invalid UTF-8 and
 * squeezing whitespace; NULL (not an error) for empty input. */
const char *vg_doc_strdup_clean(vg_doc *doc, const char *s, size_t n);

#endif
