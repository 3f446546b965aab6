/* record.c: export stage. An analysed document -> the JSON record of
 * spec/document.schema.json ("vigil.document/1"), keys in schema order so
 * output is stable for golden tests. Offsets are the analysed text's byte
 * offsets, end exclusive. Fields beyond the schema: doc.source (where the
 * document was read from) and diagnostics (what was repaired or skipped),
 * the latter only when there are any. */
#include <string.h>

#include "export/export.h"

static json_t *str_or_null(const char *s) { return s ? json_string(s) : json_null(); }

static json_t *date_or_null(vg_date d)
{
    char buf[16];
    size_t n = vg_date_format(d, buf, sizeof buf);
    return n ? json_stringn(buf, n) : json_null();
}

/* json_object_set_new that remembers a failure in *ok. */
static void put(json_t *obj, const char *key, json_t *v, int *ok)
{
    if (!v || json_object_set_new(obj, key, v) != 0)
        *ok = 0;
}

static json_t *doc_object(const vg_doc *doc, int with_text, int *ok)
{
    json_t *o = json_object();
    if (!o) {
        *ok = 0;
        return NULL;
    }
    put(o, "id", json_string(doc->id ? doc->id : "unknown"), ok);
    put(o, "title", str_or_null(doc->title), ok);
    put(o, "author", str_or_null(doc->author), ok);
    put(o, "publisher", str_or_null(doc->publisher), ok);
    put(o, "url", str_or_null(doc->url), ok);
    put(o, "published", date_or_null(doc->published), ok);
    put(o, "lang", str_or_null(doc->lang), ok);
    put(o, "chars", json_integer((json_int_t)doc->len), ok);
    put(o, "source", str_or_null(doc->source), ok);
    if (with_text)
        put(o, "text", json_stringn(doc->text, doc->len), ok);
    return o;
}

static json_t *diagnostics(const vg_doc *doc, int *ok)
{
    json_t *a = json_array();
    if (!a) {
        *ok = 0;
        return NULL;
    }
    for (size_t i = 0; i < doc->ndiags; i++) {
        const vg_diag *g = &doc->diags[i];
        json_t *d = json_object();
        if (!d) {
            *ok = 0;
            break;
        }
        put(d, "severity", json_string(g->severity ? "error" : "warning"), ok);
        put(d, "offset", g->offset >= 0 ? json_integer(g->offset) : json_null(), ok);
        put(d, "message", json_string(g->message), ok);
        if (json_array_append_new(a, d) != 0)
            *ok = 0;
    }
    if (doc->diags_dropped) {
        json_t *d = json_object();
        if (d) {
            char msg[96];
            snprintf(msg, sizeof msg, "%zu more diagnostics not kept", doc->diags_dropped);
            put(d, "severity", json_string("warning"), ok);
            put(d, "offset", json_null(), ok);
            put(d, "message", json_string(msg), ok);
            if (json_array_append_new(a, d) != 0)
                *ok = 0;
        } else {
            *ok = 0;
        }
    }
    return a;
}

json_t *vg_export_record(const vg_doc *doc, int with_text)
{
    int ok = 1;
    json_t *r = json_object();
    if (!r)
        return NULL;
    put(r, "schema", json_string("vigil.document/1"), &ok);
    put(r, "doc", doc_object(doc, with_text, &ok), &ok);
    put(r, "entities", json_array(), &ok);
    put(r, "incidents", json_array(), &ok);
    put(r, "threats", json_array(), &ok);
    put(r, "claims", json_array(), &ok);
    if (doc->ndiags || doc->diags_dropped)
        put(r, "diagnostics", diagnostics(doc, &ok), &ok);
    if (!ok) {
        json_decref(r);
        return NULL;
    }
    return r;
}
