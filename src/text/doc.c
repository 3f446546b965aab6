/* doc.c: text stage. The document's lifecycle, its diagnostics, and the
 * one door through which text enters: vg_doc_set_text validates UTF-8,
 * replaces bad bytes by U+FFFD and records where they were (offsets into
 * the input as read). Input that is mostly invalid or NUL is "binary". */
#include "text/doc.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "util/alloc.h"
#include "util/utf8.h"

void vg_doc_init(vg_doc *doc)
{
    memset(doc, 0, sizeof *doc);
    vg_arena_init(&doc->arena, VIGIL_MAX_ARENA_BYTES);
    doc->text = "";
}

void vg_doc_fini(vg_doc *doc)
{
    vg_arena_fini(&doc->arena);
    memset(doc, 0, sizeof *doc);
}

void vg_doc_reset(vg_doc *doc)
{
    vg_arena arena = doc->arena;
    vg_arena_reset(&arena);
    memset(doc, 0, sizeof *doc);
    doc->arena = arena;
    doc->text = "";
}

void vg_doc_diag(vg_doc *doc, int severity, int code, long long offset, const char *fmt, ...)
{
    if (doc->ndiags >= VIGIL_MAX_DIAGS) {
        doc->diags_dropped++;
        return;
    }
    if (doc->ndiags == doc->diags_cap) {
        size_t cap = doc->diags_cap ? doc->diags_cap * 2 : 8;
        vg_diag *d = vg_arena_grow(&doc->arena, doc->diags, doc->ndiags, cap, sizeof *d);
        if (!d) {
            doc->diags_dropped++;
            return;
        }
        doc->diags = d;
        doc->diags_cap = cap;
    }
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    const char *m = vg_arena_strndup(&doc->arena, msg, strlen(msg));
    if (!m) {
        doc->diags_dropped++;
        return;
    }
    vg_diag *d = &doc->diags[doc->ndiags++];
    d->severity = severity;
    d->code = code;
    d->offset = offset;
    d->message = m;
}

typedef struct bad_ctx {
    vg_doc *doc;
    size_t runs;
} bad_ctx;

static void on_bad(void *ud, size_t offset, size_t len)
{
    bad_ctx *b = ud;
    b->runs++;
    if (b->runs <= 16)
        vg_doc_diag(b->doc, 0, VIGIL_EUTF8, (long long)offset,
                    "invalid utf-8 (%zu byte%s) at byte %zu replaced by U+FFFD", len,
                    len == 1 ? "" : "s", offset);
}

/* Binary: NUL or invalid bytes in more than 1/8 of the first 64 KiB, or
 * more than 1/4 overall. */
static int looks_binary(const char *raw, size_t n, size_t nbad)
{
    size_t head = n < 65536 ? n : 65536;
    size_t nul = 0;
    for (size_t i = 0; i < head; i++)
        nul += raw[i] == '\0';
    if (head >= 16 && nul * 8 > head)
        return 1;
    if (n >= 16 && nbad * 4 > n)
        return 1;
    return 0;
}

int vg_doc_set_text(vg_doc *doc, const char *raw, size_t n)
{
    if (n > VIGIL_MAX_DOC_BYTES) {
        vg_doc_diag(doc, 1, VIGIL_ELIMIT, (long long)VIGIL_MAX_DOC_BYTES,
                    "document of %zu bytes exceeds the limit of %zu bytes", n,
                    (size_t)VIGIL_MAX_DOC_BYTES);
        return VIGIL_ELIMIT;
    }
    size_t valid = vg_utf8_valid_prefix(raw, n);
    if (valid == n) {
        char *t = vg_arena_strndup(&doc->arena, raw, n);
        if (!t)
            return doc->arena.capped ? VIGIL_ELIMIT : VIGIL_ENOMEM;
        doc->text = t;
        doc->len = n;
        return VIGIL_OK;
    }
    char *t = vg_arena_alloc(&doc->arena, 3 * n + 1);
    if (!t)
        return doc->arena.capped ? VIGIL_ELIMIT : VIGIL_ENOMEM;
    bad_ctx b = {doc, 0};
    size_t nbad = 0;
    doc->len = vg_utf8_repair(raw, n, t, &nbad, on_bad, &b);
    doc->text = t;
    if (b.runs > 16)
        vg_doc_diag(doc, 0, VIGIL_EUTF8, -1, "%zu more runs of invalid utf-8 replaced",
                    b.runs - 16);
    if (looks_binary(raw, n, nbad))
        return VIGIL_EUTF8;
    return VIGIL_OK;
}

const char *vg_doc_strdup_clean(vg_doc *doc, const char *s, size_t n)
{
    if (!s)
        return NULL;
    char *t = vg_arena_alloc(&doc->arena, 3 * n + 1);
    if (!t)
        return NULL;
    size_t len = vg_utf8_repair(s, n, t, NULL, NULL, NULL);
    /* squeeze whitespace, trim */
    size_t o = 0;
    int space = 1;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)t[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            if (!space)
                t[o++] = ' ';
            space = 1;
        } else {
            t[o++] = (char)c;
            space = 0;
        }
    }
    while (o > 0 && t[o - 1] == ' ')
        o--;
    t[o] = '\0';
    return o ? t : NULL;
}
