/* sqlite_export.c: knowledge base, SQLite backend: the export (vigil
 * export, vigil_kb_export). Walks the selected documents in a stable order
 * (publication date, undated last, then document id) and, for each, fills
 * a vg_xdoc (export/xdoc.h) from the stored rows and hands it to the run
 * exporter, so the STIX bundle, GeoJSON collection or CSV table is the one
 * `vigil extract --format` writes for the same documents: the same keys,
 * so the same ids (entities by their merge key, facts by "<doc id>|i1").
 *
 * Filters are those of vigil query: a place takes the country containing
 * it ("threats to Antalya" include threats to Turkey), names go through
 * the aliases table and, when the filter carries a ctx, the lexicons.
 * With a place, actor or date filter the facts are chosen one by one: the
 * incident reports and threats that match, the claims they rest on and
 * the claims about the place or actor; a document with none is left out.
 * Without one, every fact of every selected document is exported.
 *
 * An entity's aliases are every name the base has seen it written with
 * (up to MAX_ALIASES), not only this document's: what the base knows
 * beyond one document.
 *
 * Memory: one document's facts at a time, in an arena reset per document
 * (its text included, for the spans the rows point into); the document
 * cursor is a SQLite statement, so a database of any size streams. The
 * whole walk is one read transaction: a concurrent ingest is not seen
 * half-way. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "api/api.h"
#include "export/xdoc.h"
#include "extract/extract.h"
#include "kb/sqlite.h"
#include "util/alloc.h"
#include "util/error.h"

#define MAX_ALIASES 16
#define VG_XDOCS_SQL "50" /* VG_XDOCS */

/* Entities named :place, and the countries that contain them (as in
 * sqlite_query.c). */
#define PLACE_MATCH(ent)                                                                           \
    "(" ent " IN (SELECT entity FROM aliases WHERE folded = :place) OR " ent " IN (SELECT e2.id"  \
    " FROM entities e2 JOIN entities p ON p.country = e2.country AND p.type = 'place'"             \
    " JOIN aliases al ON al.entity = p.id WHERE al.folded = :place AND e2.geo_kind = 'country'))"
#define ACTOR_MATCH(ent) "(" ent " IN (SELECT entity FROM aliases WHERE folded = :actor))"


/* Where the current document first mentions an entity: lists of entities
 * (a threat's places, an incident's groups, what a claim is about) come in
 * text order, as the document's record gives them. */
#define FIRST_MENTION(ent)                                                                         \
    "(SELECT min(m.start) FROM mentions m WHERE m.doc = :doc_row AND m.entity = " ent ")"

enum { Q_DOCS = 0, Q_DOC, Q_MENTIONS, Q_ENTITY, Q_INCS, Q_GROUPS, Q_JSON, Q_THREATS, Q_PLACES,
       Q_CLAIMS, Q_CHAIN, Q_ABOUT, Q_ALIASES, Q_CLUSTER_DOCS, Q_EVENT_DOCS, Q_EVENT_SOURCES, Q_N };

typedef struct emap {
    sqlite3_int64 *id; /* entity rowids in xdoc order */
    uint32_t n, cap;
    int32_t *slot;     /* open addressing: index + 1, 0 empty */
    uint32_t nslot;
} emap;

typedef struct xq {
    vg_sq *s;
    const vigil_kb_query *f;
    vigil_exporter *x;
    vigil_error *err;
    char place[256], actor[256];
    int facts;       /* a place, actor or date filter: facts chosen one by one */
    sqlite3_stmt *st[Q_N];
    vg_arena a;      /* one document */
    emap ents;
    const char **strs; /* scratch for a JSON list */
    uint32_t nstrs, capstrs;
    int nomem;
    /* the current document */
    const char *text;
    size_t len;
    const char *docid;
    sqlite3_int64 doc_row;
} xq;

static int fail(xq *q, const char *what) { return vg_sq_fail(q->s, q->err, what); }

static int oom(xq *q)
{
    return vg_error_set(q->err, VIGIL_ENOMEM, "kb", q->docid, -1, "out of memory");
}

/* ---- names ---- */

/* The folded name of in, through the lexicons of ctx when there is one
 * (an actor's canonical name, a place's gazetteer name). */
static int fold_filter(const vigil_ctx *ctx, const char *in, char *out, size_t cap)
{
    out[0] = '\0';
    if (!in || !in[0])
        return VIGIL_OK;
    const vg_lex *lx = ctx ? vg_ctx_lex(ctx) : NULL;
    vg_lex_hit hits[8];
    size_t n = lx ? vg_lex_lookup(lx, in, hits, 8) : 0;
    for (size_t k = 0; k < n && k < 8; k++) {
        if (hits[k].kind == VG_LK_ACTOR) {
            in = vg_lex_actor(lx, hits[k].rec)->name;
            break;
        }
        if (hits[k].kind == VG_LK_PLACE) {
            in = vg_lex_place(lx, hits[k].rec)->name;
            break;
        }
    }
    vg_buf b;
    vg_buf_init(&b);
    int rc = vg_kb_fold_name(in, strlen(in), &b);
    if (rc == VIGIL_OK && b.len)
        snprintf(out, cap, "%s", b.data);
    vg_buf_fini(&b);
    return rc;
}

/* ---- SQL for the filters given ---- */

/* The conditions of the filters that are set, joined by AND, into out
 * ("1" when none): one list per kind of fact. */
static int conditions(const xq *q, char kind, vg_buf *out)
{
    const char *place = NULL, *actor = NULL, *from = NULL, *to = NULL;
    switch (kind) {
    case 'i':
        place = PLACE_MATCH("r.place");
        actor = "(r.incident IN (SELECT incident FROM incident_actors WHERE entity IN"
                " (SELECT entity FROM aliases WHERE folded = :actor)))";
        from = VG_SQ_AFTER_FROM("coalesce(r.date, d.published)");
        to = VG_SQ_BEFORE_TO("coalesce(r.date, d.published)");
        break;
    case 't':
        place = "(t.id IN (SELECT tp.threat FROM threat_places tp WHERE " PLACE_MATCH("tp.entity") "))";
        actor = ACTOR_MATCH("t.actor");
        from = VG_SQ_AFTER_FROM("coalesce(t.window_to, d.published)");
        to = VG_SQ_BEFORE_TO("coalesce(t.window_from, d.published)");
        break;
    default: /* claims */
        place = "(EXISTS (SELECT 1 FROM claim_about ca WHERE ca.claim = c.id AND "
                PLACE_MATCH("ca.entity") "))";
        actor = "(" ACTOR_MATCH("c.holder") " OR EXISTS (SELECT 1 FROM claim_about ca WHERE"
                " ca.claim = c.id AND " ACTOR_MATCH("ca.entity") "))";
        from = VG_SQ_AFTER_FROM("d.published");
        to = VG_SQ_BEFORE_TO("d.published");
        break;
    }
    const char *set[4] = {q->place[0] ? place : NULL, q->actor[0] ? actor : NULL,
                          q->f->from ? from : NULL, q->f->to ? to : NULL};
    int rc = VIGIL_OK, any = 0;
    for (int k = 0; k < 4 && rc == VIGIL_OK; k++)
        if (set[k]) {
            rc = vg_buf_printf(out, "%s%s", any ? " AND " : "", set[k]);
            any = 1;
        }
    return rc == VIGIL_OK && !any ? vg_buf_puts(out, "1") : rc;
}

static int prepare(xq *q, int which, const char *sql)
{
    if (sqlite3_prepare_v2(q->s->db, sql, -1, &q->st[which], NULL) != SQLITE_OK)
        return fail(q, "cannot prepare the export");
    const struct {
        const char *name, *val;
    } p[] = {{":place", q->place}, {":actor", q->actor}, {":from", q->f->from},
             {":to", q->f->to},    {":doc", q->f->doc}};
    for (size_t i = 0; i < sizeof p / sizeof p[0]; i++) {
        int idx = sqlite3_bind_parameter_index(q->st[which], p[i].name);
        if (idx > 0 && vg_sq_bind_str(q->st[which], idx, p[i].val && p[i].val[0] ? p[i].val : NULL))
            return fail(q, "cannot prepare the export");
    }
    return VIGIL_OK;
}

/* prepare() of the SQL head + filter + tail, written into sql. */
static int prepare_with(xq *q, int which, vg_buf *sql, const char *head, const char *filter,
                        const char *tail)
{
    vg_buf_reset(sql);
    if (vg_buf_puts(sql, head) != VIGIL_OK || vg_buf_puts(sql, filter) != VIGIL_OK ||
        vg_buf_puts(sql, tail) != VIGIL_OK)
        return oom(q);
    return prepare(q, which, sql->data);
}

static int prepare_all(xq *q)
{
    vg_buf inc, thr, clm, sql;
    vg_buf_init(&inc);
    vg_buf_init(&thr);
    vg_buf_init(&clm);
    vg_buf_init(&sql);
    int rc = conditions(q, 'i', &inc);
    if (rc == VIGIL_OK)
        rc = conditions(q, 't', &thr);
    if (rc == VIGIL_OK)
        rc = conditions(q, 'c', &clm);
    if (rc == VIGIL_OK)
        rc = vg_buf_puts(&sql, "SELECT dd.id FROM documents dd WHERE 1");
    if (rc == VIGIL_OK && q->f->doc)
        rc = vg_buf_puts(&sql, " AND dd.doc_id = :doc");
    if (rc == VIGIL_OK && q->facts)
        rc = vg_buf_printf(&sql,
                           " AND dd.id IN (SELECT r.doc FROM incident_reports r JOIN documents d"
                           " ON d.id = r.doc WHERE %s UNION SELECT t.doc FROM threats t JOIN"
                           " documents d ON d.id = t.doc WHERE %s UNION SELECT c.doc FROM claims c"
                           " JOIN documents d ON d.id = c.doc WHERE %s)",
                           inc.data, thr.data, clm.data);
    if (rc == VIGIL_OK)
        rc = vg_buf_puts(&sql, " ORDER BY dd.published IS NULL, dd.published, dd.doc_id");
    if (rc != VIGIL_OK) {
        rc = oom(q);
        goto done;
    }
    if ((rc = prepare(q, Q_DOCS, sql.data)) != VIGIL_OK ||
        (rc = prepare_with(q, Q_INCS, &sql,
                           "SELECT r.id, r.local_id, r.type, r.date, r.date_start, r.date_end,"
                           " r.place, r.killed, r.injured, r.claim, r.roles, r.ev_start, r.ev_end,"
                           " r.incident, r.window_from, r.window_to"
                           " FROM incident_reports r JOIN documents d ON d.id = r.doc"
                           " WHERE r.doc = :id AND ",
                           inc.data, " ORDER BY r.id")) != VIGIL_OK ||
        (rc = prepare_with(q, Q_THREATS, &sql,
                           "SELECT t.id, t.local_id, t.actor, t.window_text, t.window_from,"
                           " t.window_to, t.likelihood, t.claim, t.target_types, t.targets,"
                           " t.capability, t.ev_start, t.ev_end FROM threats t JOIN documents d"
                           " ON d.id = t.doc WHERE t.doc = :id AND ",
                           thr.data, " ORDER BY t.id")) != VIGIL_OK ||
        (rc = prepare_with(q, Q_CLAIMS, &sql,
                           "SELECT c.id, c.local_id, c.text, c.holder, c.holder_text, c.cue,"
                           " c.polarity, c.certainty, (",
                           clm.data,
                           "), coalesce(cl.independent, 1), coalesce(cl.reports, 1), c.cluster,"
                           VG_SQ_GRADE_COLS " FROM claims c JOIN documents d ON d.id = c.doc"
                           " LEFT JOIN clusters cl ON cl.id = c.cluster WHERE c.doc = :id"
                           " ORDER BY c.id")) != VIGIL_OK)
        goto done;
    static const struct {
        int which;
        const char *sql;
    } fixed[] = {
        {Q_DOC, "SELECT d.doc_id, d.title, d.author, s.name, d.url, d.published,"
                " CAST(d.text AS BLOB) FROM documents d LEFT JOIN sources s ON s.id = d.publisher"
                " WHERE d.id = :id"},
        {Q_MENTIONS, "SELECT entity, start, end FROM mentions WHERE doc = :id ORDER BY start, entity"},
        {Q_ENTITY, "SELECT key, type, name, country, lat, lon, geo_kind, geonameid FROM entities"
                   " WHERE id = :id"},
        {Q_GROUPS, "SELECT g.entity FROM incident_groups g WHERE g.report = :id ORDER BY"
                   " " FIRST_MENTION("g.entity") ", g.entity"},
        {Q_JSON, "SELECT CASE WHEN type = 'object' THEN json_extract(value, '$.text') ELSE value"
                 " END FROM json_each(?1, ?2) ORDER BY id"},
        {Q_PLACES, "SELECT tp.entity FROM threat_places tp WHERE tp.threat = :id ORDER BY"
                   " " FIRST_MENTION("tp.entity") ", tp.entity"},
        {Q_CHAIN, "SELECT role, name, entity FROM chain_links WHERE claim = :id ORDER BY pos"},
        {Q_ABOUT, "SELECT ca.entity FROM claim_about ca WHERE ca.claim = :id ORDER BY"
                  " " FIRST_MENTION("ca.entity") ", ca.entity"},
        {Q_ALIASES, "SELECT alias FROM aliases WHERE entity = :id ORDER BY folded, alias"},
        /* the documents saying a statement, reporting an event (publication order) */
        {Q_CLUSTER_DOCS, "SELECT d.doc_id FROM documents d WHERE d.id IN (SELECT doc FROM claims"
                         " WHERE cluster = :id) ORDER BY d.published IS NULL, d.published, d.doc_id"
                         " LIMIT " VG_XDOCS_SQL},
        {Q_EVENT_DOCS, "SELECT d.doc_id FROM documents d WHERE d.id IN (SELECT doc FROM"
                       " incident_reports WHERE incident = :id) ORDER BY d.published IS NULL,"
                       " d.published, d.doc_id LIMIT " VG_XDOCS_SQL},
        /* an event's sources: the distinct publishers (else documents) reporting it */
        {Q_EVENT_SOURCES, "SELECT count(DISTINCT coalesce(d.publisher, -d.id)) FROM incident_reports r"
                          " JOIN documents d ON d.id = r.doc WHERE r.incident = :id"},
    };
    for (size_t k = 0; k < sizeof fixed / sizeof fixed[0] && rc == VIGIL_OK; k++)
        rc = prepare(q, fixed[k].which, fixed[k].sql);
done:
    vg_buf_fini(&inc);
    vg_buf_fini(&thr);
    vg_buf_fini(&clm);
    vg_buf_fini(&sql);
    return rc;
}

/* Statement which, reset, with row id bound as :id. */
static sqlite3_stmt *with_id(xq *q, int which, sqlite3_int64 id)
{
    sqlite3_stmt *st = q->st[which];
    sqlite3_reset(st);
    int idx = sqlite3_bind_parameter_index(st, ":id");
    int row = sqlite3_bind_parameter_index(st, ":doc_row");
    if (idx <= 0 || sqlite3_bind_int64(st, idx, id) != SQLITE_OK ||
        (row > 0 && sqlite3_bind_int64(st, row, q->doc_row) != SQLITE_OK)) {
        fail(q, "cannot read the knowledge base");
        return NULL;
    }
    return st;
}

/* ---- the entities of one document ---- */

static void emap_reset(emap *m)
{
    m->n = 0;
    if (m->slot)
        memset(m->slot, 0, m->nslot * sizeof *m->slot);
}

static void emap_fini(emap *m)
{
    vg_free(m->id);
    vg_free(m->slot);
    memset(m, 0, sizeof *m);
}

static uint32_t emap_home(const emap *m, sqlite3_int64 id)
{
    uint64_t h = (uint64_t)id * 0x9E3779B97F4A7C15ull;
    return (uint32_t)(h >> 32) & (m->nslot - 1);
}

/* The index of entity rowid id, or -1. */
static int32_t emap_find(const emap *m, sqlite3_int64 id)
{
    if (!m->nslot || id <= 0)
        return -1;
    for (uint32_t k = emap_home(m, id);; k = (k + 1) & (m->nslot - 1)) {
        int32_t v = m->slot[k];
        if (!v)
            return -1;
        if (m->id[v - 1] == id)
            return v - 1;
    }
}

/* The index of entity rowid id, added when new; -1 for none (id <= 0). */
static int32_t emap_add(xq *q, sqlite3_int64 id)
{
    emap *m = &q->ents;
    if (id <= 0)
        return -1;
    int32_t have = emap_find(m, id);
    if (have >= 0)
        return have;
    if (m->n >= INT32_MAX / 4) {
        q->nomem = 1;
        return -1;
    }
    if (m->n == m->cap) {
        uint32_t cap = m->cap ? 2 * m->cap : 64;
        sqlite3_int64 *v = vg_realloc(m->id, cap * sizeof *v);
        if (!v) {
            q->nomem = 1;
            return -1;
        }
        m->id = v;
        m->cap = cap;
    }
    if (2 * (m->n + 1) > m->nslot) {
        uint32_t ns = m->nslot ? 2 * m->nslot : 128;
        int32_t *s = vg_calloc(ns, sizeof *s);
        if (!s) {
            q->nomem = 1;
            return -1;
        }
        vg_free(m->slot);
        m->slot = s;
        m->nslot = ns;
        for (uint32_t i = 0; i < m->n; i++) {
            uint32_t k = emap_home(m, m->id[i]);
            while (m->slot[k])
                k = (k + 1) & (ns - 1);
            m->slot[k] = (int32_t)i + 1;
        }
    }
    uint32_t k = emap_home(m, id);
    while (m->slot[k])
        k = (k + 1) & (m->nslot - 1);
    m->id[m->n] = id;
    m->slot[k] = (int32_t)(++m->n);
    return (int32_t)(m->n - 1);
}

static int32_t ent_col(xq *q, sqlite3_stmt *st, int i)
{
    return sqlite3_column_type(st, i) == SQLITE_NULL ? -1 : emap_add(q, sqlite3_column_int64(st, i));
}

/* ---- strings ---- */

static const char *dup_col(xq *q, sqlite3_stmt *st, int i)
{
    const char *s = (const char *)sqlite3_column_text(st, i);
    if (!s)
        return NULL;
    char *d = vg_arena_strndup(&q->a, s, (size_t)sqlite3_column_bytes(st, i));
    if (!d)
        q->nomem = 1;
    return d;
}

/* The document's text [start, end) (bytes), or NULL when out of range. */
static const char *slice(xq *q, sqlite3_int64 start, sqlite3_int64 end)
{
    if (start < 0 || end <= start || (size_t)end > q->len)
        return NULL;
    char *d = vg_arena_strndup(&q->a, q->text + start, (size_t)(end - start));
    if (!d)
        q->nomem = 1;
    return d;
}

static const char *slice_cols(xq *q, sqlite3_stmt *st, int i)
{
    if (sqlite3_column_type(st, i) == SQLITE_NULL)
        return NULL;
    return slice(q, sqlite3_column_int64(st, i), sqlite3_column_int64(st, i + 1));
}

/* The evidence in columns i, i + 1 (its span): the words and where they are. */
static void evidence_cols(xq *q, sqlite3_stmt *st, int i, const char **text, int64_t *start,
                          int64_t *end)
{
    *text = slice_cols(q, st, i);
    if (*text) {
        *start = sqlite3_column_int64(st, i);
        *end = sqlite3_column_int64(st, i + 1);
    }
}

/* The strings of the JSON list at path in json (strings, or objects whose
 * "text" is taken: the mentions and quantities put stored). */
static int json_strs(xq *q, const char *json, const char *path, vg_xstrs *out)
{
    out->v = NULL;
    out->n = 0;
    if (!json)
        return VIGIL_OK;
    sqlite3_stmt *st = q->st[Q_JSON];
    sqlite3_reset(st);
    if (vg_sq_bind_str(st, 1, json) || vg_sq_bind_str(st, 2, path))
        return fail(q, "cannot read a stored list");
    q->nstrs = 0;
    int step;
    while ((step = sqlite3_step(st)) == SQLITE_ROW) {
        const char *s = dup_col(q, st, 0);
        if (!s)
            continue;
        if (q->nstrs == q->capstrs) {
            uint32_t cap = q->capstrs ? 2 * q->capstrs : 16;
            const char **v = vg_realloc(q->strs, cap * sizeof *v);
            if (!v)
                return oom(q);
            q->strs = v;
            q->capstrs = cap;
        }
        q->strs[q->nstrs++] = s;
    }
    if (step != SQLITE_DONE)
        return fail(q, "cannot read a stored list");
    if (!q->nstrs)
        return VIGIL_OK;
    const char **v = vg_arena_calloc(&q->a, q->nstrs, sizeof *v);
    if (!v)
        return oom(q);
    memcpy(v, q->strs, q->nstrs * sizeof *v);
    out->v = v;
    out->n = q->nstrs;
    return VIGIL_OK;
}

/* Entity rows of statement which for id, as xdoc indices. */
static int id_list(xq *q, int which, sqlite3_int64 id, vg_xidx *out)
{
    out->v = NULL;
    out->n = 0;
    sqlite3_stmt *st = with_id(q, which, id);
    if (!st)
        return VIGIL_EDB;
    int32_t buf[256];
    uint32_t n = 0;
    int step;
    while ((step = sqlite3_step(st)) == SQLITE_ROW)
        if (n < 256) {
            int32_t e = ent_col(q, st, 0);
            if (e >= 0)
                buf[n++] = e;
        }
    if (step != SQLITE_DONE)
        return fail(q, "cannot read the knowledge base");
    if (!n)
        return VIGIL_OK;
    int32_t *v = vg_arena_calloc(&q->a, n, sizeof *v);
    if (!v)
        return oom(q);
    memcpy(v, buf, n * sizeof *v);
    out->v = v;
    out->n = n;
    return VIGIL_OK;
}

/* ---- one document ---- */

typedef struct facts {
    vg_xinc *incs;
    sqlite3_int64 *inc_claim;
    uint32_t nincs;
    vg_xthreat *threats;
    sqlite3_int64 *threat_claim;
    uint32_t nthreats;
    vg_xclaim *claims;
    uint32_t nclaims;
} facts;

/* Rows of statement st counted (reset after). */
static int count_rows(xq *q, sqlite3_stmt *st, uint32_t *n)
{
    int step;
    *n = 0;
    while ((step = sqlite3_step(st)) == SQLITE_ROW)
        (*n)++;
    sqlite3_reset(st);
    return step == SQLITE_DONE ? VIGIL_OK : fail(q, "cannot read the knowledge base");
}

static sqlite3_int64 id_col(sqlite3_stmt *st, int i)
{
    return sqlite3_column_type(st, i) == SQLITE_NULL ? 0 : sqlite3_column_int64(st, i);
}

/* The document ids statement which lists for id, into out. */
static int doc_list(xq *q, int which, sqlite3_int64 id, vg_xstrs *out)
{
    sqlite3_stmt *st = with_id(q, which, id);
    if (!st)
        return VIGIL_EDB;
    const char **v = vg_arena_calloc(&q->a, VG_XDOCS, sizeof *v);
    if (!v)
        return oom(q);
    int step;
    out->v = v;
    out->n = 0;
    while ((step = sqlite3_step(st)) == SQLITE_ROW && out->n < VG_XDOCS)
        if ((v[out->n] = dup_col(q, st, 0)) != NULL)
            out->n++;
    sqlite3_reset(st);
    if (step != SQLITE_DONE && step != SQLITE_ROW)
        return fail(q, "cannot read who reports a fact");
    return q->nomem ? oom(q) : VIGIL_OK;
}

/* An event's documents and sources (its claim, read later, adds the
 * confidence). */
static int event_support(xq *q, sqlite3_int64 event, vg_xsupport *sp)
{
    int rc = doc_list(q, Q_EVENT_DOCS, event, &sp->docs);
    sqlite3_stmt *st = rc == VIGIL_OK ? with_id(q, Q_EVENT_SOURCES, event) : NULL;
    if (rc != VIGIL_OK || !st)
        return rc != VIGIL_OK ? rc : VIGIL_EDB;
    if (sqlite3_step(st) == SQLITE_ROW)
        sp->sources = sqlite3_column_int(st, 0);
    sqlite3_reset(st);
    return VIGIL_OK;
}

/* A claim's cluster: its independent sources and reports, the documents
 * saying it, its weakest source grade, and the knowledge base's confidence
 * (docs/kb.md) from its certainty, that grade and those sources; columns
 * 9.. of the claims statement st. */
static int claim_support(xq *q, sqlite3_stmt *st, vg_xclaim *x)
{
    vg_xsupport *sp = &x->sup;
    char grade[8];
    sp->sources = sqlite3_column_int(st, 9);
    sp->reports = sqlite3_column_int(st, 10);
    vg_sq_grade(st, 12, &sp->reliability, &sp->credibility, grade);
    if (grade[0] && !(sp->grade = vg_arena_strndup(&q->a, grade, strlen(grade))))
        return oom(q);
    sp->scored = 1;
    sp->confidence = (int)(100 * vg_kb_confidence(vg_certainty_name(x->certainty), sp->reliability,
                                                  sp->credibility, sp->sources) + 0.5);
    return sqlite3_column_type(st, 11) == SQLITE_NULL
               ? VIGIL_OK
               : doc_list(q, Q_CLUSTER_DOCS, sqlite3_column_int64(st, 11), &sp->docs);
}

/* Threat t rests on claim c (index ci): its sources and documents, and its
 * likelihood discounted by the claim's source grade. */
static void threat_support(vg_xthreat *t, const vg_xclaim *c, int32_t ci)
{
    t->claim = ci;
    t->sup = c->sup;
    t->sup.scored = 0;
    int band = vg_stix_band_confidence(t->likelihood);
    if (band >= 0 && c->sup.grade) {
        t->sup.scored = 1;
        t->sup.confidence =
            (int)(band * vg_kb_grade_weight(c->sup.reliability, c->sup.credibility) + 0.5);
    }
}

static int read_incidents(xq *q, sqlite3_int64 doc, facts *fx)
{
    sqlite3_stmt *st = with_id(q, Q_INCS, doc);
    uint32_t n;
    int rc = st ? count_rows(q, st, &n) : VIGIL_EDB;
    if (rc != VIGIL_OK || !n)
        return rc;
    fx->incs = vg_arena_calloc(&q->a, n, sizeof *fx->incs);
    fx->inc_claim = vg_arena_calloc(&q->a, n, sizeof *fx->inc_claim);
    if (!fx->incs || !fx->inc_claim)
        return oom(q);
    static const char *const roles[] = {"$.perpetrators", "$.targets", "$.victims", "$.weapons"};
    int step = SQLITE_DONE;
    while (rc == VIGIL_OK && (step = sqlite3_step(st)) == SQLITE_ROW && fx->nincs < n) {
        vg_xinc *x = &fx->incs[fx->nincs];
        sqlite3_int64 rid = sqlite3_column_int64(st, 0);
        x->local = dup_col(q, st, 1);
        x->type = dup_col(q, st, 2);
        x->date = dup_col(q, st, 3);
        x->date_text = slice_cols(q, st, 4);
        x->window_from = dup_col(q, st, 14);
        x->window_to = dup_col(q, st, 15);
        x->place = ent_col(q, st, 6);
        x->killed = sqlite3_column_type(st, 7) == SQLITE_NULL ? -1 : sqlite3_column_int(st, 7);
        x->injured = sqlite3_column_type(st, 8) == SQLITE_NULL ? -1 : sqlite3_column_int(st, 8);
        x->claim = -1;
        fx->inc_claim[fx->nincs] = id_col(st, 9);
        evidence_cols(q, st, 11, &x->evidence, &x->ev_start, &x->ev_end);
        if (!x->type)
            x->type = "attack";
        size_t kn = strlen(q->docid) + (x->local ? strlen(x->local) : 0) + 2;
        char *key = vg_arena_alloc(&q->a, kn);
        if (!key || !x->local)
            return oom(q);
        snprintf(key, kn, "%s|%s", q->docid, x->local);
        x->key = key;
        sqlite3_int64 event = sqlite3_column_int64(st, 13);
        rc = event_support(q, event, &x->sup);
        const char *rolesj = dup_col(q, st, 10);
        vg_xstrs *dst[] = {&x->perps, &x->targets, &x->victims, &x->weapons};
        for (int k = 0; k < 4 && rc == VIGIL_OK; k++)
            rc = json_strs(q, rolesj, roles[k], dst[k]);
        if (rc == VIGIL_OK)
            rc = id_list(q, Q_GROUPS, rid, &x->groups);
        fx->nincs++;
        if (q->nomem)
            return oom(q);
    }
    if (rc == VIGIL_OK && step != SQLITE_DONE && step != SQLITE_ROW)
        rc = fail(q, "cannot read incidents");
    sqlite3_reset(st);
    return rc;
}

static int read_threats(xq *q, sqlite3_int64 doc, facts *fx)
{
    sqlite3_stmt *st = with_id(q, Q_THREATS, doc);
    uint32_t n;
    int rc = st ? count_rows(q, st, &n) : VIGIL_EDB;
    if (rc != VIGIL_OK || !n)
        return rc;
    fx->threats = vg_arena_calloc(&q->a, n, sizeof *fx->threats);
    fx->threat_claim = vg_arena_calloc(&q->a, n, sizeof *fx->threat_claim);
    if (!fx->threats || !fx->threat_claim)
        return oom(q);
    int step = SQLITE_DONE;
    while (rc == VIGIL_OK && (step = sqlite3_step(st)) == SQLITE_ROW && fx->nthreats < n) {
        vg_xthreat *x = &fx->threats[fx->nthreats];
        sqlite3_int64 tid = sqlite3_column_int64(st, 0);
        x->local = dup_col(q, st, 1);
        x->actor = ent_col(q, st, 2);
        x->window_text = dup_col(q, st, 3);
        x->window_from = dup_col(q, st, 4);
        x->window_to = dup_col(q, st, 5);
        const char *lik = (const char *)sqlite3_column_text(st, 6);
        x->likelihood = vg_name_index(lik, vg_band_name, VG_BAND_ALMOST_CERTAIN + 1);
        x->claim = -1;
        fx->threat_claim[fx->nthreats] = id_col(st, 7);
        evidence_cols(q, st, 11, &x->evidence, &x->ev_start, &x->ev_end);
        size_t kn = strlen(q->docid) + (x->local ? strlen(x->local) : 0) + 2;
        char *key = vg_arena_alloc(&q->a, kn);
        if (!key || !x->local)
            return oom(q);
        snprintf(key, kn, "%s|%s", q->docid, x->local);
        x->key = key;
        const char *types = dup_col(q, st, 8), *targets = dup_col(q, st, 9), *cap = dup_col(q, st, 10);
        rc = json_strs(q, types, "$", &x->target_types);
        if (rc == VIGIL_OK)
            rc = json_strs(q, targets, "$", &x->targets);
        if (rc == VIGIL_OK)
            rc = json_strs(q, cap, "$", &x->capability);
        if (rc == VIGIL_OK)
            rc = id_list(q, Q_PLACES, tid, &x->places);
        fx->nthreats++;
        if (q->nomem)
            return oom(q);
    }
    if (rc == VIGIL_OK && step != SQLITE_DONE && step != SQLITE_ROW)
        rc = fail(q, "cannot read threats");
    sqlite3_reset(st);
    return rc;
}

static int claim_wanted(const facts *fx, sqlite3_int64 id)
{
    for (uint32_t k = 0; k < fx->nincs; k++)
        if (fx->inc_claim[k] == id)
            return 1;
    for (uint32_t k = 0; k < fx->nthreats; k++)
        if (fx->threat_claim[k] == id)
            return 1;
    return 0;
}

static int read_chain(xq *q, sqlite3_int64 cid, vg_xclaim *x)
{
    sqlite3_stmt *st = with_id(q, Q_CHAIN, cid);
    uint32_t n;
    int rc = st ? count_rows(q, st, &n) : VIGIL_EDB;
    if (rc != VIGIL_OK || !n)
        return rc;
    vg_xlink *l = vg_arena_calloc(&q->a, n, sizeof *l);
    if (!l)
        return oom(q);
    int step;
    uint32_t k = 0;
    while ((step = sqlite3_step(st)) == SQLITE_ROW && k < n) {
        int role = vg_name_index((const char *)sqlite3_column_text(st, 0), vg_role_name, 4);
        l[k].role = (uint8_t)(role < 0 ? VG_ROLE_SOURCE : role);
        l[k].name = dup_col(q, st, 1);
        l[k].entity = ent_col(q, st, 2);
        k++;
    }
    sqlite3_reset(st);
    if (step != SQLITE_DONE && step != SQLITE_ROW)
        return fail(q, "cannot read a claim's chain");
    x->chain = l;
    x->nchain = k;
    return q->nomem ? oom(q) : VIGIL_OK;
}

static int read_claims(xq *q, sqlite3_int64 doc, facts *fx)
{
    sqlite3_stmt *st = with_id(q, Q_CLAIMS, doc);
    uint32_t n;
    int rc = st ? count_rows(q, st, &n) : VIGIL_EDB;
    if (rc != VIGIL_OK || !n)
        return rc;
    fx->claims = vg_arena_calloc(&q->a, n, sizeof *fx->claims);
    sqlite3_int64 *ids = vg_arena_calloc(&q->a, n, sizeof *ids);
    if (!fx->claims || !ids)
        return oom(q);
    int step = SQLITE_DONE;
    while (rc == VIGIL_OK && (step = sqlite3_step(st)) == SQLITE_ROW && fx->nclaims < n) {
        sqlite3_int64 cid = sqlite3_column_int64(st, 0);
        if (q->facts && !sqlite3_column_int(st, 8) && !claim_wanted(fx, cid))
            continue;
        vg_xclaim *x = &fx->claims[fx->nclaims];
        x->local = dup_col(q, st, 1);
        x->text = dup_col(q, st, 2);
        x->holder = ent_col(q, st, 3);
        x->holder_text = dup_col(q, st, 4);
        x->cue = dup_col(q, st, 5);
        const char *pol = (const char *)sqlite3_column_text(st, 6);
        x->negative = pol && !strcmp(pol, "negative");
        int cert = vg_name_index((const char *)sqlite3_column_text(st, 7), vg_certainty_name,
                              VG_CERT_UNKNOWN + 1);
        x->certainty = cert < 0 ? VG_CERT_UNKNOWN : cert;
        size_t kn = strlen(q->docid) + (x->local ? strlen(x->local) : 0) + 2;
        char *key = vg_arena_alloc(&q->a, kn);
        if (!key || !x->local)
            return oom(q);
        snprintf(key, kn, "%s|%s", q->docid, x->local);
        x->key = key;
        rc = read_chain(q, cid, x);
        if (rc == VIGIL_OK)
            rc = id_list(q, Q_ABOUT, cid, &x->about);
        if (rc == VIGIL_OK)
            rc = claim_support(q, st, x);
        ids[fx->nclaims++] = cid;
        if (q->nomem)
            return oom(q);
    }
    if (rc == VIGIL_OK && step != SQLITE_DONE && step != SQLITE_ROW)
        rc = fail(q, "cannot read claims");
    sqlite3_reset(st);
    /* the claims the incidents and threats rest on, as indices; a threat
     * is as well supported as its statement */
    for (uint32_t c = 0; c < fx->nclaims; c++) {
        for (uint32_t k = 0; k < fx->nincs; k++)
            if (fx->inc_claim[k] == ids[c]) {
                fx->incs[k].claim = (int32_t)c;
                fx->incs[k].sup.reports = fx->claims[c].sup.reports;
            }
        for (uint32_t k = 0; k < fx->nthreats; k++)
            if (fx->threat_claim[k] == ids[c])
                threat_support(&fx->threats[k], &fx->claims[c], (int32_t)c);
    }
    return rc;
}

static int read_entities(xq *q, vg_xdoc *xd)
{
    emap *m = &q->ents;
    if (!m->n)
        return VIGIL_OK;
    vg_xent *ents = vg_arena_calloc(&q->a, m->n, sizeof *ents);
    if (!ents)
        return oom(q);
    for (uint32_t e = 0; e < m->n; e++) {
        vg_xent *x = &ents[e];
        x->geonameid = -1;
        sqlite3_stmt *st = with_id(q, Q_ENTITY, m->id[e]);
        if (!st)
            return VIGIL_EDB;
        int step = sqlite3_step(st);
        if (step == SQLITE_ROW) {
            static const char *const kinds[] = {"country", "region", "city", "site"};
            x->key = dup_col(q, st, 0);
            int type = -1;
            const char *t = (const char *)sqlite3_column_text(st, 1);
            for (int k = 0; t && k <= VG_ENT_FACILITY && type < 0; k++)
                if (!strcmp(t, vg_ent_type_name(k)))
                    type = k;
            x->type = (uint8_t)(type < 0 ? VG_ENT_ORGANIZATION : type);
            x->name = dup_col(q, st, 2);
            const char *cc = (const char *)sqlite3_column_text(st, 3);
            if (cc && strlen(cc) == 2)
                memcpy(x->cc, cc, 3);
            if (sqlite3_column_type(st, 4) != SQLITE_NULL && sqlite3_column_type(st, 5) != SQLITE_NULL) {
                x->has_geo = 1;
                x->lat = sqlite3_column_double(st, 4);
                x->lon = sqlite3_column_double(st, 5);
                const char *gk = (const char *)sqlite3_column_text(st, 6);
                for (uint8_t k = 0; gk && k < 4; k++)
                    if (!strcmp(gk, kinds[k]))
                        x->geo_kind = k;
            }
            if (sqlite3_column_type(st, 7) != SQLITE_NULL)
                x->geonameid = sqlite3_column_int64(st, 7);
        } else if (step != SQLITE_DONE) {
            return fail(q, "cannot read an entity");
        }
        if (!x->name)
            x->name = "unnamed";
        if (!(x->aliases.v = vg_arena_calloc(&q->a, MAX_ALIASES, sizeof *x->aliases.v)))
            return oom(q);
    }
    /* aliases: the other names the base has seen it written with, in
     * every document (folded order, so every export lists them alike) */
    for (uint32_t e = 0; e < m->n; e++) {
        vg_xent *x = &ents[e];
        sqlite3_stmt *st = with_id(q, Q_ALIASES, m->id[e]);
        if (!st)
            return VIGIL_EDB;
        int step;
        while ((step = sqlite3_step(st)) == SQLITE_ROW && x->aliases.n < MAX_ALIASES) {
            const char *al = (const char *)sqlite3_column_text(st, 0);
            if (al && al[0] && strcmp(al, x->name) && (al = dup_col(q, st, 0)) != NULL)
                ((const char **)x->aliases.v)[x->aliases.n++] = al;
        }
        sqlite3_reset(st);
        if (step != SQLITE_DONE && step != SQLITE_ROW)
            return fail(q, "cannot read aliases");
    }
    xd->ents = ents;
    xd->nents = m->n;
    return q->nomem ? oom(q) : VIGIL_OK;
}

static int read_facts(xq *q, sqlite3_int64 doc, facts *fx)
{
    int rc = read_incidents(q, doc, fx);
    if (rc == VIGIL_OK)
        rc = read_threats(q, doc, fx);
    if (rc == VIGIL_OK)
        rc = read_claims(q, doc, fx);
    return rc;
}

typedef struct first_at {
    sqlite3_int64 id, start;
} first_at;

static int cmp_first(const void *a, const void *b)
{
    const first_at *x = a, *y = b;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    return x->id < y->id ? -1 : x->id > y->id;
}

/* Re-adds the entities read so far in the order of their first mention in
 * document doc (those it does not mention last, by id). */
static int order_by_mention(xq *q, sqlite3_int64 doc)
{
    emap *m = &q->ents;
    first_at *v = vg_arena_calloc(&q->a, m->n, sizeof *v);
    if (!v)
        return oom(q);
    for (uint32_t e = 0; e < m->n; e++) {
        v[e].id = m->id[e];
        v[e].start = INT64_MAX;
    }
    sqlite3_stmt *st = with_id(q, Q_MENTIONS, doc);
    if (!st)
        return VIGIL_EDB;
    int step;
    while ((step = sqlite3_step(st)) == SQLITE_ROW) {
        int32_t e = emap_find(m, sqlite3_column_int64(st, 0));
        if (e >= 0 && v[e].start == INT64_MAX)
            v[e].start = sqlite3_column_int64(st, 1);
    }
    sqlite3_reset(st);
    if (step != SQLITE_DONE)
        return fail(q, "cannot read mentions");
    qsort(v, m->n, sizeof *v, cmp_first);
    uint32_t n = m->n;
    emap_reset(m);
    for (uint32_t e = 0; e < n; e++)
        emap_add(q, v[e].id);
    return q->nomem ? oom(q) : VIGIL_OK;
}

static int export_doc(xq *q, sqlite3_int64 doc)
{
    vg_arena_reset(&q->a);
    emap_reset(&q->ents);
    q->docid = NULL;
    q->doc_row = doc;
    vg_xdoc xd;
    memset(&xd, 0, sizeof xd);
    sqlite3_stmt *st = with_id(q, Q_DOC, doc);
    if (!st)
        return VIGIL_EDB;
    int step = sqlite3_step(st);
    if (step != SQLITE_ROW)
        return step == SQLITE_DONE ? VIGIL_OK : fail(q, "cannot read a document");
    xd.id = dup_col(q, st, 0);
    xd.title = dup_col(q, st, 1);
    xd.author = dup_col(q, st, 2);
    xd.publisher = dup_col(q, st, 3);
    xd.url = dup_col(q, st, 4);
    xd.published = dup_col(q, st, 5);
    q->len = (size_t)sqlite3_column_bytes(st, 6);
    const void *blob = sqlite3_column_blob(st, 6);
    char *text = vg_arena_alloc(&q->a, q->len + 1);
    if (text) {
        if (q->len)
            memcpy(text, blob, q->len);
        text[q->len] = '\0';
    }
    sqlite3_reset(st);
    if (!xd.id || !text || q->nomem)
        return oom(q);
    q->text = text;
    q->docid = xd.id;
    int rc = VIGIL_OK;
    if (!q->facts) {
        /* every entity the document mentions, in the order of its first mention */
        st = with_id(q, Q_MENTIONS, doc);
        if (!st)
            return VIGIL_EDB;
        while ((step = sqlite3_step(st)) == SQLITE_ROW)
            emap_add(q, sqlite3_column_int64(st, 0));
        sqlite3_reset(st);
        if (step != SQLITE_DONE)
            return fail(q, "cannot read mentions");
        if (q->nomem)
            return oom(q);
    }
    facts fx;
    memset(&fx, 0, sizeof fx);
    rc = read_facts(q, doc, &fx);
    /* chosen facts name their entities in the order they are read: put
     * them in the order the document first mentions them, as a whole
     * document's are, and read again with those indices */
    if (rc == VIGIL_OK && q->facts && q->ents.n > 1 && (rc = order_by_mention(q, doc)) == VIGIL_OK) {
        memset(&fx, 0, sizeof fx);
        rc = read_facts(q, doc, &fx);
    }
    if (rc == VIGIL_OK)
        rc = read_entities(q, &xd);
    if (rc != VIGIL_OK)
        return rc;
    if (q->facts && !fx.nincs && !fx.nthreats && !fx.nclaims)
        return VIGIL_OK;
    xd.incs = fx.incs;
    xd.nincs = fx.nincs;
    xd.threats = fx.threats;
    xd.nthreats = fx.nthreats;
    xd.claims = fx.claims;
    xd.nclaims = fx.nclaims;
    return vg_exporter_put_xdoc(q->x, &xd, q->err);
}

int vg_sq_export(void *impl, const vigil_kb_query *filter, vigil_exporter *x, vigil_error *err)
{
    xq q;
    memset(&q, 0, sizeof q);
    q.s = impl;
    q.f = filter;
    q.x = x;
    q.err = err;
    vg_arena_init(&q.a, VIGIL_MAX_ARENA_BYTES);
    if (fold_filter(filter->ctx, filter->place, q.place, sizeof q.place) != VIGIL_OK ||
        fold_filter(filter->ctx, filter->actor, q.actor, sizeof q.actor) != VIGIL_OK) {
        vg_arena_fini(&q.a);
        return oom(&q);
    }
    /* a name that folds to nothing matches nothing, as in vigil query */
    if ((filter->place && filter->place[0] && !q.place[0]))
        snprintf(q.place, sizeof q.place, "%s", "\x01");
    if ((filter->actor && filter->actor[0] && !q.actor[0]))
        snprintf(q.actor, sizeof q.actor, "%s", "\x01");
    q.facts = q.place[0] || q.actor[0] || filter->from || filter->to;
    int own_tx = sqlite3_get_autocommit(q.s->db);
    int rc = own_tx ? vg_sq_exec(q.s, "BEGIN", err) : VIGIL_OK;
    if (rc == VIGIL_OK)
        rc = prepare_all(&q);
    int step = SQLITE_DONE;
    while (rc == VIGIL_OK && (step = sqlite3_step(q.st[Q_DOCS])) == SQLITE_ROW)
        rc = export_doc(&q, sqlite3_column_int64(q.st[Q_DOCS], 0));
    if (rc == VIGIL_OK && step != SQLITE_DONE)
        rc = fail(&q, "cannot list the documents");
    if (rc != VIGIL_OK && err && q.docid && !err->doc[0])
        snprintf(err->doc, sizeof err->doc, "%s", q.docid);
    for (int k = 0; k < Q_N; k++)
        sqlite3_finalize(q.st[k]);
    if (own_tx)
        sqlite3_exec(q.s->db, "COMMIT", NULL, NULL, NULL);
    emap_fini(&q.ents);
    vg_free(q.strs);
    vg_arena_fini(&q.a);
    return rc;
}
