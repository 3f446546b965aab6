/* jsonl.c: ingest stage, one JSON Lines record -> one document.
 *
 *     {"id": "wire-17", "text": "ANKARA, July 4 - ...", "title": "...",
 *      "published": "2016-07-04T09:30:00Z", "url": "https://..."}
 *
 * Parsed with jansson. "text" is required and must be a string; the other
 * fields are optional strings ("id" may be a number). Unknown fields are
 * ignored. A record that is not a JSON object, or whose fields have the
 * wrong type, fails with the line and column. Line splitting and the size
 * limit are the reader's (reader.c). */
#include <jansson.h>
#include <stdio.h>
#include <string.h>

#include "ingest/ingest.h"
#include "util/error.h"

/* Optional string field: returns 0 and sets *s (NULL when absent or null),
 * or -1 when present with another type. */
static int opt_string(json_t *obj, const char *key, const char **s, size_t *n)
{
    json_t *v = json_object_get(obj, key);
    *s = NULL;
    *n = 0;
    if (!v || json_is_null(v))
        return 0;
    if (!json_is_string(v))
        return -1;
    *s = json_string_value(v);
    *n = json_string_length(v);
    return 0;
}

int vg_ingest_json_line(vg_doc *doc, const char *line, size_t n, const char *name, long lineno,
                        vigil_error *err)
{
    char where[160];
    snprintf(where, sizeof where, "%s:%ld", name, lineno);
    json_error_t jerr;
    json_t *root = json_loadb(line, n, JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL, &jerr);
    if (!root) {
        int rc = vg_error_set(err, VIGIL_EPARSE, "ingest", where, jerr.position,
                              "malformed json at line %ld, column %d: %s", lineno, jerr.column,
                              jerr.text);
        if (err) {
            err->line = lineno;
            err->column = jerr.column;
        }
        return rc;
    }
    int rc = VIGIL_OK;
    if (!json_is_object(root)) {
        rc = vg_error_set(err, VIGIL_EPARSE, "ingest", where, 0,
                          "line %ld is not a json object", lineno);
        goto done;
    }
    const char *text, *title, *published, *url, *author, *publisher, *lang;
    size_t tn, titn, pn, un, an, pubn, ln;
    if (opt_string(root, "text", &text, &tn) || !text) {
        rc = vg_error_set(err, VIGIL_EPARSE, "ingest", where, 0,
                          "line %ld has no \"text\" string", lineno);
        goto done;
    }
    if (opt_string(root, "title", &title, &titn) || opt_string(root, "published", &published, &pn) ||
        opt_string(root, "url", &url, &un) || opt_string(root, "author", &author, &an) ||
        opt_string(root, "publisher", &publisher, &pubn) || opt_string(root, "lang", &lang, &ln)) {
        rc = vg_error_set(err, VIGIL_EPARSE, "ingest", where, 0,
                          "line %ld: title, published, url, author, publisher and lang must be "
                          "strings or null",
                          lineno);
        goto done;
    }
    rc = vg_doc_set_text(doc, text, tn);
    if (rc == VIGIL_EUTF8) {
        rc = vg_error_set(err, rc, "ingest", where, 0, "line %ld: \"text\" is binary content",
                          lineno);
        goto done;
    }
    if (rc != VIGIL_OK) {
        rc = vg_error_set(err, rc, "ingest", where, 0, "line %ld: %s", lineno, vigil_strerror(rc));
        goto done;
    }
    json_t *id = json_object_get(root, "id");
    char num[32];
    if (json_is_string(id) && json_string_length(id) > 0) {
        doc->id = vg_doc_strdup_clean(doc, json_string_value(id), json_string_length(id));
    } else if (json_is_integer(id)) {
        snprintf(num, sizeof num, "%lld", (long long)json_integer_value(id));
        doc->id = vg_arena_strndup(&doc->arena, num, strlen(num));
    } else if (id && !json_is_null(id)) {
        rc = vg_error_set(err, VIGIL_EPARSE, "ingest", where, 0,
                          "line %ld: \"id\" must be a string or an integer", lineno);
        goto done;
    }
    doc->title = vg_doc_strdup_clean(doc, title, titn);
    doc->url = vg_doc_strdup_clean(doc, url, un);
    doc->author = vg_doc_strdup_clean(doc, author, an);
    doc->publisher = vg_doc_strdup_clean(doc, publisher, pubn);
    doc->lang = vg_doc_strdup_clean(doc, lang, ln);
    if (published) {
        if (vg_date_parse(published, pn, &doc->published) != 0)
            vg_doc_diag(doc, 0, VIGIL_EPARSE, -1,
                        "line %ld: \"published\" is not a date we read; ignored", lineno);
    }
done:
    json_decref(root);
    return rc;
}
