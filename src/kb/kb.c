/* kb.c: knowledge base, the public interface (vigil/kb.h): argument
 * checks, then the backend's functions. The backend is SQLite; the table
 * of functions (kb.h) is where another one plugs in. */
#include "kb/kb.h"

#include <string.h>

#include "ingest/ingest.h"
#include "util/alloc.h"
#include "util/error.h"

int vigil_kb_open(vigil_kb **out, const char *path, unsigned flags, vigil_error *err)
{
    vg_error_clear(err);
    if (!out)
        return vg_error_set(err, VIGIL_EUSAGE, "kb", NULL, -1, "no place for the handle");
    *out = NULL;
    if (!path || !path[0])
        return vg_error_set(err, VIGIL_EUSAGE, "kb", NULL, -1, "no database path");
    vigil_kb *kb = vg_calloc(1, sizeof *kb);
    if (!kb)
        return vg_error_set(err, VIGIL_ENOMEM, "kb", NULL, -1, "out of memory");
    kb->be = &vg_kb_sqlite;
    int rc = kb->be->open(&kb->impl, path, flags, err);
    if (rc != VIGIL_OK) {
        vg_free(kb);
        return rc;
    }
    *out = kb;
    return VIGIL_OK;
}

void vigil_kb_close(vigil_kb *kb)
{
    if (!kb)
        return;
    kb->be->close(kb->impl);
    vg_free(kb);
}

int vigil_kb_begin(vigil_kb *kb, vigil_error *err)
{
    vg_error_clear(err);
    return kb->be->begin(kb->impl, err);
}

int vigil_kb_commit(vigil_kb *kb, vigil_error *err)
{
    vg_error_clear(err);
    return kb->be->commit(kb->impl, err);
}

void vigil_kb_rollback(vigil_kb *kb)
{
    if (kb)
        kb->be->rollback(kb->impl);
}

int vigil_kb_put(vigil_kb *kb, const vigil_doc *doc, vigil_kb_put_result *result,
                 vigil_error *err)
{
    vg_error_clear(err);
    vigil_kb_put_result r = VIGIL_KB_SKIPPED;
    if (!kb || !doc)
        return vg_error_set(err, VIGIL_EUSAGE, "kb", NULL, -1, "no database or document");
    if (!doc->d.ex)
        return vg_error_set(err, VIGIL_EUSAGE, "kb", doc->d.id, -1,
                            "document \"%s\" was not analysed (vigil_analyze)",
                            doc->d.id ? doc->d.id : "?");
    int rc = kb->be->put(kb->impl, &doc->d, &r, err);
    if (result)
        *result = r;
    return rc;
}

typedef struct stix_put {
    vigil_kb *kb;
    vigil_error *err;
    size_t stored, skipped;
} stix_put;

static int put_one(vg_doc *doc, void *arg)
{
    stix_put *p = arg;
    vigil_kb_put_result r = VIGIL_KB_SKIPPED;
    int rc = p->kb->be->put(p->kb->impl, doc, &r, p->err);
    if (rc == VIGIL_OK)
        *(r == VIGIL_KB_STORED ? &p->stored : &p->skipped) += 1;
    return rc;
}

int vigil_kb_put_stix(vigil_kb *kb, const char *raw, size_t n, const char *name, size_t *stored,
                      size_t *skipped, vigil_error *err)
{
    vg_error_clear(err);
    stix_put p = {kb, err, 0, 0};
    if (stored)
        *stored = 0;
    if (skipped)
        *skipped = 0;
    if (!kb || (!raw && n))
        return vg_error_set(err, VIGIL_EUSAGE, "kb", NULL, -1, "no database or bundle");
    int rc = kb->be->begin(kb->impl, err);
    if (rc != VIGIL_OK)
        return rc;
    rc = vg_stix_read(raw ? raw : "", n, name, put_one, &p, err);
    if (rc == VIGIL_OK)
        rc = kb->be->commit(kb->impl, err);
    if (rc != VIGIL_OK) {
        kb->be->rollback(kb->impl);
        return rc;
    }
    if (stored)
        *stored = p.stored;
    if (skipped)
        *skipped = p.skipped;
    return VIGIL_OK;
}

int vigil_kb_grade(vigil_kb *kb, const char *name, char reliability, int credibility,
                   vigil_error *err)
{
    vg_error_clear(err);
    if (!name || !name[0])
        return vg_error_set(err, VIGIL_EUSAGE, "kb", NULL, -1, "no source name");
    if (reliability >= 'a' && reliability <= 'f')
        reliability = (char)(reliability - 'a' + 'A');
    if (reliability < 'A' || reliability > 'F' || credibility < 1 || credibility > 6)
        return vg_error_set(err, VIGIL_EUSAGE, "kb", NULL, -1,
                            "a grade is a reliability A-F and a credibility 1-6, got %c%d",
                            reliability ? reliability : '?', credibility);
    return kb->be->grade(kb->impl, name, reliability, credibility, err);
}

/* VIGIL_OK when the query's dates are YYYY[-MM[-DD]], else VIGIL_EUSAGE. */
static int check_dates(const vigil_kb_query *q, vigil_error *err)
{
    const char *dates[2] = {q->from, q->to};
    for (int k = 0; k < 2; k++) {
        vg_date d;
        if (dates[k] && vg_date_parse(dates[k], strlen(dates[k]), &d) != VIGIL_OK)
            return vg_error_set(err, VIGIL_EUSAGE, "kb", NULL, -1,
                                "--%s wants a date YYYY[-MM[-DD]], got \"%s\"",
                                k ? "to" : "from", dates[k]);
    }
    return VIGIL_OK;
}

int vigil_kb_query_write(vigil_kb *kb, const vigil_kb_query *q, unsigned flags, FILE *out,
                         vigil_error *err)
{
    vg_error_clear(err);
    if (!kb || !q || !out)
        return vg_error_set(err, VIGIL_EUSAGE, "kb", NULL, -1, "no database, query or output");
    if ((q->kind == VIGIL_KB_SEARCH || q->kind == VIGIL_KB_DOCUMENT) && (!q->text || !q->text[0]))
        return vg_error_set(err, VIGIL_EUSAGE, "kb", NULL, -1,
                            q->kind == VIGIL_KB_SEARCH ? "search wants words" : "which document?");
    if (q->offset < 0 || q->limit < 0)
        return vg_error_set(err, VIGIL_EUSAGE, "kb", NULL, -1, "negative limit or offset");
    int rc = check_dates(q, err);
    return rc != VIGIL_OK ? rc : kb->be->query(kb->impl, q, flags, out, err);
}

int vigil_kb_export(vigil_kb *kb, const vigil_kb_query *filter, vigil_format fmt, unsigned flags,
                    FILE *out, vigil_error *err)
{
    vg_error_clear(err);
    if (!kb || !out)
        return vg_error_set(err, VIGIL_EUSAGE, "kb", NULL, -1, "no database or output");
    if (fmt != VIGIL_FORMAT_STIX && fmt != VIGIL_FORMAT_GEOJSON && fmt != VIGIL_FORMAT_CSV)
        return vg_error_set(err, VIGIL_EUSAGE, "kb", NULL, -1,
                            "the knowledge base exports stix, geojson or csv");
    vigil_kb_query all;
    memset(&all, 0, sizeof all);
    if (!filter)
        filter = &all;
    int rc = check_dates(filter, err);
    if (rc != VIGIL_OK)
        return rc;
    vigil_exporter *x = NULL;
    unsigned kept = VIGIL_WRITE_PRETTY | VIGIL_WRITE_CSV_KINDS;
    rc = vigil_exporter_new(&x, fmt, flags & kept, out, err);
    if (rc == VIGIL_OK)
        rc = kb->be->export(kb->impl, filter, x, err);
    if (rc == VIGIL_OK)
        rc = vigil_exporter_finish(x, err);
    vigil_exporter_free(x);
    return rc;
}
