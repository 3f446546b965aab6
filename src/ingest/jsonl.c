/* jsonl.c: ingest stage, one JSON Lines record -> one document.
 *
 *     {"id": "wire-17", "text": "ANKARA, July 4 - ...", "title": "...",
 *      "published": "2016-07-04T09:30:00Z", "url": "https://..."}
 *
 * Parsed with cJSON, not jansson as the rest of Vigil's JSON: JSON Lines is
 * the bulk input, and over the bench corpus cJSON reads records about seven
 * times as fast (jansson decodes strings a character at a time), which was
 * a sixth of the whole extract path. "text" is required and must be a
 * string; the other fields are optional strings ("id" may be an integer;
 * one past 2^53 is read again with jansson, which keeps its digits).
 * Unknown fields are ignored; a field we read given twice is an error. A
 * record that is not a JSON object, or whose fields have the wrong type,
 * fails with the line and column. Line splitting and the size limit are the
 * reader's (reader.c).
 *
 * Two things cJSON would lose are handled before it parses: a raw NUL byte
 * in a record is refused (JSON forbids it, and cJSON's strings end at it),
 * and an escaped NUL ("\u0000") becomes "\ufffd", the same six bytes, so
 * the text keeps a U+FFFD where the NUL was, as vg_doc_set_text does for a
 * NUL in plain text, with a warning naming the column. Invalid UTF-8 inside
 * a string reaches vg_doc_set_text, which repairs it and says where. */
#include <cjson/cJSON.h>
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "ingest/ingest.h"
#include "util/alloc.h"
#include "util/error.h"

/* The fields we read, in the order of the bits that mark them seen. */
static const char *const fields[] = {"text",   "title",     "published", "url",
                                     "author", "publisher", "lang",      "id"};
enum { F_TEXT, F_TITLE, F_PUBLISHED, F_URL, F_AUTHOR, F_PUBLISHER, F_LANG, F_ID, F_COUNT };

/* The first escaped NUL in line[0..n) at or after from: its offset, or n.
 * A backslash always starts a two-character escape, so "\\u0000" (an
 * escaped backslash, then "u0000") is not one. */
static size_t escaped_nul(const char *line, size_t n, size_t from)
{
    for (size_t i = from; i < n;) {
        const char *b = memchr(line + i, '\\', n - i);
        if (!b)
            return n;
        i = (size_t)(b - line);
        if (i + 6 <= n && memcmp(line + i + 1, "u0000", 5) == 0)
            return i;
        i += 2;
    }
    return n;
}

/* A string field, or NULL when absent or null; *bad set when of another type. */
static const cJSON *string_field(const cJSON *v, int *bad)
{
    if (!v || cJSON_IsNull(v))
        return NULL;
    if (!cJSON_IsString(v) || !v->valuestring) {
        *bad = 1;
        return NULL;
    }
    return v;
}

int vg_ingest_json_line(vg_doc *doc, const char *line, size_t n, const char *name, long lineno,
                        vigil_error *err)
{
    char where[160];
    snprintf(where, sizeof where, "%s:%ld", name, lineno);
    const char *raw_nul = memchr(line, '\0', n);
    if (raw_nul) {
        size_t col = (size_t)(raw_nul - line) + 1;
        int rc = vg_error_set(err, VIGIL_EPARSE, "ingest", where, (long long)col - 1,
                              "malformed json at line %ld, column %zu: a NUL byte", lineno, col);
        if (err) {
            err->line = lineno;
            err->column = (int)col;
        }
        return rc;
    }
    /* escaped NULs become escaped U+FFFDs, in a copy only when there is one */
    char *copy = NULL;
    const char *src = line;
    size_t nul = escaped_nul(line, n, 0), first_nul = nul;
    if (nul < n) {
        copy = vg_malloc(n);
        if (!copy)
            return vg_error_set(err, VIGIL_ENOMEM, "ingest", where, 0, "out of memory");
        memcpy(copy, line, n);
        for (; nul < n; nul = escaped_nul(copy, n, nul + 6))
            memcpy(copy + nul + 2, "fffd", 4);
        src = copy;
    }
    const char *end = NULL;
    cJSON *root = cJSON_ParseWithLengthOpts(src, n, &end, 0);
    size_t stop = root ? (size_t)(end - src) : 0;
    while (root && stop < n &&
           (src[stop] == ' ' || src[stop] == '\t' || src[stop] == '\r' || src[stop] == '\n'))
        stop++;
    if (!root || stop < n) {
        /* cJSON leaves end at the error (at the last byte when the record
         * ends early), or at the first byte after the value */
        size_t at = root ? stop : end && end >= src && end < src + n ? (size_t)(end - src) : n;
        int rc;
        if (root)
            rc = vg_error_set(err, VIGIL_EPARSE, "ingest", where, (long long)at,
                              "malformed json at line %ld, column %zu: text after the value",
                              lineno, at + 1);
        else if (at >= n || (at + 1 == n && !(line[at] > ' ' && line[at] <= '~')))
            rc = vg_error_set(err, VIGIL_EPARSE, "ingest", where, (long long)at,
                              "malformed json at line %ld, column %zu: the record ends early or "
                              "is cut",
                              lineno, at + 1);
        else {
            /* up to 16 bytes of printable ASCII from the error on (cJSON
             * stops on the last byte both when the record is cut and when
             * that byte is wrong: the text near it tells which) */
            int near = 0;
            while (near < 16 && at + (size_t)near < n && line[at + near] >= ' ' &&
                   line[at + near] <= '~')
                near++;
            /* from the record as written (the copy has "\ufffd" for "\u0000") */
            rc = vg_error_set(err, VIGIL_EPARSE, "ingest", where, (long long)at,
                              "malformed json at line %ld, column %zu, near '%.*s'", lineno,
                              at + 1, near, line + at);
        }
        if (err) {
            err->line = lineno;
            err->column = (int)(at + 1);
        }
        cJSON_Delete(root);
        vg_free(copy);
        return rc;
    }
    int rc = VIGIL_OK;
    const cJSON *f[F_COUNT] = {NULL};
    if (!cJSON_IsObject(root)) {
        rc = vg_error_set(err, VIGIL_EPARSE, "ingest", where, 0,
                          "line %ld is not a json object", lineno);
        goto done;
    }
    for (const cJSON *kid = root->child; kid; kid = kid->next) {
        for (int k = 0; k < F_COUNT; k++) {
            if (!kid->string || strcmp(kid->string, fields[k]) != 0)
                continue;
            if (f[k]) {
                rc = vg_error_set(err, VIGIL_EPARSE, "ingest", where, 0,
                                  "line %ld: \"%s\" is given twice", lineno, fields[k]);
                goto done;
            }
            f[k] = kid;
        }
    }
    int bad = 0;
    const cJSON *text = string_field(f[F_TEXT], &bad);
    if (!text) {
        rc = vg_error_set(err, VIGIL_EPARSE, "ingest", where, 0,
                          "line %ld has no \"text\" string", lineno);
        goto done;
    }
    const cJSON *s[F_ID];
    for (int k = F_TITLE; k < F_ID; k++)
        s[k] = string_field(f[k], &bad);
    if (bad) {
        rc = vg_error_set(err, VIGIL_EPARSE, "ingest", where, 0,
                          "line %ld: title, published, url, author, publisher and lang must be "
                          "strings or null",
                          lineno);
        goto done;
    }
    const cJSON *id = f[F_ID];
    /* cJSON holds numbers as doubles, exact for integers below 2^53; a
     * larger integer id ("1234567890123456789", as feeds number posts) is
     * read again with jansson, which keeps its 64 bits */
    char num[32] = "";
    int int_id = cJSON_IsNumber(id) && id->valuedouble == floor(id->valuedouble);
    if (int_id && fabs(id->valuedouble) < 9007199254740992.0) {
        snprintf(num, sizeof num, "%lld", (long long)id->valuedouble);
    } else if (int_id) {
        json_t *big = json_loadb(src, n, 0, NULL);
        json_t *bid = big ? json_object_get(big, "id") : NULL;
        if (json_is_integer(bid))
            snprintf(num, sizeof num, "%" JSON_INTEGER_FORMAT, json_integer_value(bid));
        else
            int_id = 0;
        json_decref(big);
    }
    if (id && !cJSON_IsNull(id) && !cJSON_IsString(id) && !int_id) {
        rc = vg_error_set(err, VIGIL_EPARSE, "ingest", where, 0,
                          "line %ld: \"id\" must be a string or an integer", lineno);
        goto done;
    }
    rc = vg_doc_set_text(doc, text->valuestring, strlen(text->valuestring));
    if (rc == VIGIL_EUTF8) {
        rc = vg_error_set(err, rc, "ingest", where, 0, "line %ld: \"text\" is binary content",
                          lineno);
        goto done;
    }
    if (rc != VIGIL_OK) {
        rc = vg_error_set(err, rc, "ingest", where, 0, "line %ld: %s", lineno, vigil_strerror(rc));
        goto done;
    }
    if (first_nul < n)
        vg_doc_diag(doc, 0, VIGIL_EUTF8, -1,
                    "line %ld, column %zu: an escaped NUL (\\u0000) replaced by U+FFFD", lineno,
                    first_nul + 1);
    if (cJSON_IsString(id) && id->valuestring[0]) {
        doc->id = vg_doc_strdup_clean(doc, id->valuestring, strlen(id->valuestring));
    } else if (int_id) {
        doc->id = vg_arena_strndup(&doc->arena, num, strlen(num));
    }
    const char *v[F_ID];
    size_t vn[F_ID];
    for (int k = F_TITLE; k < F_ID; k++) {
        v[k] = s[k] ? s[k]->valuestring : NULL;
        vn[k] = v[k] ? strlen(v[k]) : 0;
    }
    doc->title = vg_doc_strdup_clean(doc, v[F_TITLE], vn[F_TITLE]);
    doc->url = vg_doc_strdup_clean(doc, v[F_URL], vn[F_URL]);
    doc->author = vg_doc_strdup_clean(doc, v[F_AUTHOR], vn[F_AUTHOR]);
    doc->publisher = vg_doc_strdup_clean(doc, v[F_PUBLISHER], vn[F_PUBLISHER]);
    doc->lang = vg_doc_strdup_clean(doc, v[F_LANG], vn[F_LANG]);
    if (v[F_PUBLISHED]) {
        if (vg_date_parse(v[F_PUBLISHED], vn[F_PUBLISHED], &doc->published) != 0)
            vg_doc_diag(doc, 0, VIGIL_EPARSE, -1,
                        "line %ld: \"published\" is not a date we read; ignored", lineno);
    }
done:
    cJSON_Delete(root);
    vg_free(copy);
    return rc;
}
