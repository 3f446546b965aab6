/* sqlite_query.c: knowledge base, SQLite backend: the analyst's queries
 * (vigil/kb.h): threat board, entity profile, timeline, claims, full-text
 * search, stats. Each writes one JSON document (an object with the query
 * and its rows) or a plain table for people, from the same rows.
 *
 * Names are folded (policy.c) and looked up in the aliases table, which
 * holds every name an entity was written with. A place filter also takes
 * what contains the place: a threat to Turkey is on Antalya's board. */
#include <math.h>
#include <ctype.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "api/api.h"
#include "export/jsonw.h"
#include "kb/sqlite.h"
#include "util/alloc.h"
#include "util/error.h"

typedef struct qctx {
    vg_sq *s;
    const vigil_kb_query *q;
    FILE *out;
    int json;
    vg_jw *w;
    vigil_error *err;
    char place[256], actor[256], about[256], holder[256], text[256];
    char today[16];
} qctx;

/* The name the lexicons give in (an actor's canonical name, a place's
 * gazetteer name), or in itself. */
static const char *canonical(const vigil_ctx *ctx, const char *in)
{
    const vg_lex *lx = vg_ctx_lex(ctx);
    vg_lex_hit hits[8];
    size_t n = lx ? vg_lex_lookup(lx, in, hits, 8) : 0;
    for (size_t k = 0; k < n && k < 8; k++) {
        if (hits[k].kind == VG_LK_ACTOR)
            return vg_lex_actor(lx, hits[k].rec)->name;
        if (hits[k].kind == VG_LK_PLACE)
            return vg_lex_place(lx, hits[k].rec)->name;
    }
    return in;
}

static int folded(const vigil_ctx *ctx, const char *in, char *out, size_t cap)
{
    out[0] = '\0';
    if (!in)
        return VIGIL_OK;
    in = canonical(ctx, in);
    vg_buf b;
    vg_buf_init(&b);
    int rc = vg_kb_fold_name(in, strlen(in), &b);
    if (rc == VIGIL_OK && b.len)
        snprintf(out, cap, "%s", b.data);
    vg_buf_fini(&b);
    return rc;
}

static int prep(qctx *c, const char *sql, sqlite3_stmt **st)
{
    if (sqlite3_prepare_v2(c->s->db, sql, -1, st, NULL) != SQLITE_OK)
        return vg_sq_fail(c->s, c->err, "cannot prepare a query");
    return VIGIL_OK;
}

static const char *col(sqlite3_stmt *st, int i)
{
    const char *s = (const char *)sqlite3_column_text(st, i);
    return s ? s : NULL;
}

static const char *or_dash(const char *s) { return s && s[0] ? s : "-"; }

/* Writes s in a column of width characters (code points, not bytes),
 * cut with "…" when longer; a JSON array of strings is shown as a list. */
static void cell(FILE *out, const char *s, int width)
{
    char tmp[512];
    s = or_dash(s);
    if (s[0] == '[') {
        size_t n = 0;
        for (const char *p = s + 1; *p && *p != ']' && n + 2 < sizeof tmp; p++)
            if (*p != '"')
                tmp[n++] = *p == ',' ? ' ' : *p;
        tmp[n] = '\0';
        s = n ? tmp : "-";
    }
    int used = 0;
    const unsigned char *p = (const unsigned char *)s;
    while (*p && used < width) {
        size_t len = 1;
        while ((p[len] & 0xC0) == 0x80)
            len++;
        if (used == width - 1 && p[len]) {
            fputs("\u2026", out);
            used++;
            break;
        }
        fwrite(p, 1, len, out);
        p += len;
        used++;
    }
    for (; used < width; used++)
        fputc(' ', out);
    fputc(' ', out);
}

/* Binds the common named parameters a query's SQL may use. */
static void bind_common(qctx *c, sqlite3_stmt *st)
{
    const struct {
        const char *name, *val;
    } p[] = {{":place", c->place}, {":actor", c->actor},   {":about", c->about},
             {":holder", c->holder}, {":text", c->text},   {":from", c->q->from},
             {":to", c->q->to},     {":today", c->today}, {":events", c->q->events},
             {":doc", c->q->doc}};
    for (size_t i = 0; i < sizeof p / sizeof p[0]; i++) {
        int idx = sqlite3_bind_parameter_index(st, p[i].name);
        if (idx > 0)
            vg_sq_bind_str(st, idx, p[i].val && p[i].val[0] ? p[i].val : NULL);
    }
    int idx = sqlite3_bind_parameter_index(st, ":conflicts");
    if (idx > 0 && c->q->conflicts)
        sqlite3_bind_int(st, idx, 1);
    idx = sqlite3_bind_parameter_index(st, ":limit");
    if (idx > 0)
        sqlite3_bind_int64(st, idx, c->q->limit > 0 ? c->q->limit : 100);
    idx = sqlite3_bind_parameter_index(st, ":offset");
    if (idx > 0)
        sqlite3_bind_int64(st, idx, c->q->offset > 0 ? c->q->offset : 0);
}

static void jkey_str(qctx *c, const char *k, const char *v)
{
    vg_jw_key(c->w, k);
    vg_jw_str(c->w, v);
}

static void jkey_col(qctx *c, const char *k, sqlite3_stmt *st, int i)
{
    vg_jw_key(c->w, k);
    switch (sqlite3_column_type(st, i)) {
    case SQLITE_NULL: vg_jw_null(c->w); break;
    case SQLITE_INTEGER: vg_jw_int(c->w, sqlite3_column_int64(st, i)); break;
    case SQLITE_FLOAT: vg_jw_real(c->w, sqlite3_column_double(st, i)); break;
    default: vg_jw_str(c->w, col(st, i));
    }
}

/* A column that already holds JSON (arrays stored by put). */
static void jkey_raw(qctx *c, const char *k, sqlite3_stmt *st, int i)
{
    vg_jw_key(c->w, k);
    const char *s = col(st, i);
    if (s) {
        vg_jw_json(c->w, s, strlen(s));
    } else {
        vg_jw_array_begin(c->w);
        vg_jw_array_end(c->w);
    }
}

/* Runs st (bound), handing each row to row(); counts rows. */
static int each_row(qctx *c, sqlite3_stmt *st, void (*row)(qctx *, sqlite3_stmt *), long *n)
{
    int step;
    *n = 0;
    while ((step = sqlite3_step(st)) == SQLITE_ROW) {
        row(c, st);
        (*n)++;
    }
    if (step != SQLITE_DONE)
        return vg_sq_fail(c->s, c->err, "query failed");
    return VIGIL_OK;
}

/* The query's SQL for the filters it was given: each "(:name IS NULL OR
 * COND)" becomes "(COND)" when the filter is set and "(1)" when not, so
 * SQLite plans the lookup by index instead of testing every row. */
static char *specialize(const qctx *c, const char *sql)
{
    size_t n = strlen(sql);
    char *out = vg_malloc(n + 1);
    if (!out)
        return NULL;
    memcpy(out, sql, n + 1);
    const struct {
        const char *name;
        int set;
    } f[] = {{":place", c->place[0] != 0},   {":actor", c->actor[0] != 0},
             {":about", c->about[0] != 0},   {":holder", c->holder[0] != 0},
             {":from", c->q->from != NULL}, {":to", c->q->to != NULL},
             {":conflicts", c->q->conflicts != 0}, {":text", c->text[0] != 0},
             {":events", c->q->events != NULL}, {":doc", c->q->doc != NULL}};
    for (size_t k = 0; k < sizeof f / sizeof f[0]; k++) {
        char pat[32];
        snprintf(pat, sizeof pat, "(%s IS NULL OR ", f[k].name);
        size_t pl = strlen(pat);
        for (char *p = strstr(out, pat); p; p = strstr(p, pat)) {
            if (f[k].set) { /* drop the test, keep "(COND)" */
                memmove(p + 1, p + pl, strlen(p + pl) + 1);
                p++;
                continue;
            }
            int depth = 0; /* "(...)" -> "(1)" */
            char *e = p;
            for (; *e; e++) {
                depth += *e == '(';
                depth -= *e == ')';
                if (depth == 0)
                    break;
            }
            if (!*e)
                break;
            p[1] = '1';
            memmove(p + 2, e, strlen(e) + 1);
            p += 2;
        }
    }
    return out;
}

static int run_rows(qctx *c, const char *key, const char *sql, void (*row)(qctx *, sqlite3_stmt *),
                    long *n)
{
    sqlite3_stmt *st;
    char *text = specialize(c, sql);
    if (!text)
        return vg_error_set(c->err, VIGIL_ENOMEM, "kb", NULL, -1, "out of memory");
    int rc = prep(c, text, &st);
    vg_free(text);
    if (rc != VIGIL_OK)
        return rc;
    bind_common(c, st);
    if (c->json) {
        vg_jw_key(c->w, key);
        vg_jw_array_begin(c->w);
    }
    rc = each_row(c, st, row, n);
    if (c->json)
        vg_jw_array_end(c->w);
    sqlite3_finalize(st);
    return rc;
}

/* ---- threats ---- */

/* Entities named :place, and the countries that contain them. */
#define PLACE_MATCH(ent)                                                                           \
    "(" ent " IN (SELECT entity FROM aliases WHERE folded = :place) OR " ent " IN (SELECT e2.id"  \
    " FROM entities e2 JOIN entities p ON p.country = e2.country AND p.type = 'place'"             \
    " JOIN aliases al ON al.entity = p.id WHERE al.folded = :place AND e2.geo_kind = 'country'))"

/* Lists are read in two steps: the page's ids in the board's order (the
 * filters and the sort on the few columns they need), then the page's
 * rows with their joins and subqueries, so a large base sorts ids, not
 * whole rows. (SQLite does not flatten a LIMIT subquery into a join.) */
/* The rows of the threats a page (id, k1, k2) holds, in its order. */
#define THREAT_ROWS                                                                                \
    " SELECT t.id, d.doc_id, a.name, t.likelihood, t.window_text, t.window_from, t.window_to,"     \
    " t.target_types, (SELECT group_concat(e.name, ', ') FROM threat_places tp"                    \
    " JOIN entities e ON e.id = tp.entity WHERE tp.threat = t.id),"                               \
    " c.text, coalesce(cl.independent, 1), cl.conflict, d.published, c.holder_text,"              \
    " t.ev_start, t.ev_end"                                                                        \
    " FROM page JOIN threats t ON t.id = page.id JOIN documents d ON d.id = t.doc"                 \
    " LEFT JOIN entities a ON a.id = t.actor"                                                      \
    " LEFT JOIN claims c ON c.id = t.claim LEFT JOIN clusters cl ON cl.id = c.cluster"             \
    " ORDER BY page.k1, page.k2 DESC, t.id"

static const char threats_sql[] =
    "WITH page AS (SELECT t.id AS id, CASE WHEN t.window_to >= :today THEN 0 ELSE 1 END AS k1,"
    " t.rank AS k2"
    " FROM threats t JOIN documents d ON d.id = t.doc"
    " WHERE (:place IS NULL OR t.id IN (SELECT tp.threat FROM threat_places tp WHERE "
    PLACE_MATCH("tp.entity") "))"
    " AND (:actor IS NULL OR t.actor IN (SELECT entity FROM aliases WHERE folded = :actor))"
    " AND (:from IS NULL OR " VG_SQ_AFTER_FROM("coalesce(t.window_to, d.published)") ")"
    " AND (:to IS NULL OR " VG_SQ_BEFORE_TO("coalesce(t.window_from, d.published)") ")"
    " ORDER BY k1, k2 DESC, t.id LIMIT :limit OFFSET :offset)" THREAT_ROWS;

/* The whole board (no filter): the open windows (few: found by the
 * window_to index, then sorted), then the rest read from the rank index
 * in order (schema 005), so a page costs the page, not the base. Same
 * order as threats_sql. */
static const char board_sql[] =
    "WITH page AS (SELECT id, k1, k2 FROM (SELECT t.id AS id, 0 AS k1, t.rank AS k2 FROM threats t"
    " INDEXED BY threats_window_to WHERE t.window_to >= :today ORDER BY t.rank DESC, t.id)"
    " UNION ALL SELECT id, k1, k2 FROM (SELECT t.id AS id, 1 AS k1, t.rank AS k2 FROM threats t"
    " INDEXED BY threats_rank WHERE t.window_to IS NULL OR t.window_to < :today"
    " ORDER BY t.rank DESC, t.id) LIMIT :limit OFFSET :offset)" THREAT_ROWS;

static void threat_row(qctx *c, sqlite3_stmt *st)
{
    if (c->json) {
        vg_jw_object_begin(c->w);
        jkey_col(c, "id", st, 0);
        jkey_col(c, "doc", st, 1);
        jkey_col(c, "actor", st, 2);
        jkey_col(c, "likelihood", st, 3);
        jkey_col(c, "window", st, 4);
        jkey_col(c, "from", st, 5);
        jkey_col(c, "to", st, 6);
        jkey_raw(c, "target_types", st, 7);
        jkey_col(c, "places", st, 8);
        jkey_col(c, "claim", st, 9);
        jkey_col(c, "holder", st, 13);
        jkey_col(c, "independent_sources", st, 10);
        jkey_col(c, "conflict", st, 11);
        jkey_col(c, "published", st, 12);
        jkey_col(c, "evidence_start", st, 14);
        jkey_col(c, "evidence_end", st, 15);
        vg_jw_object_end(c->w);
        return;
    }
    cell(c->out, col(st, 2), 22);
    cell(c->out, col(st, 3), 20);
    cell(c->out, col(st, 8), 30);
    cell(c->out, col(st, 7), 30);
    cell(c->out, col(st, 4), 24);
    cell(c->out, col(st, 10), 3);
    fprintf(c->out, "%s\n", col(st, 11) ? "CONFLICT" : "");
}

/* ---- timeline ---- */

/* As the threat board: the page's (kind, date, id) first, from the date
 * and rank indexes, then the page's rows with their figures. A threat's
 * date is its rank (its window's start, else its document's date). */
static const char timeline_sql[] =
    "WITH page AS (SELECT kind, d, id FROM ("
    " SELECT 'incident' AS kind, i.date AS d, i.id AS id FROM incidents i"
    " WHERE (:place IS NULL OR " PLACE_MATCH("i.place") ")"
    "  AND (:actor IS NULL OR i.id IN (SELECT incident FROM incident_actors WHERE entity IN"
    "   (SELECT entity FROM aliases WHERE folded = :actor)))"
    " UNION ALL"
    " SELECT 'threat', t.rank, t.id FROM threats t"
    " WHERE (:place IS NULL OR EXISTS (SELECT 1 FROM threat_places tp WHERE tp.threat = t.id AND "
    PLACE_MATCH("tp.entity") "))"
    "  AND (:actor IS NULL OR t.actor IN (SELECT entity FROM aliases WHERE folded = :actor))"
    ") WHERE (:from IS NULL OR " VG_SQ_AFTER_FROM("d") ") AND (:to IS NULL OR " VG_SQ_BEFORE_TO("d") ")"
    " AND (:events IS NULL OR kind = :events)"
    " ORDER BY d IS NULL, d, kind, id LIMIT :limit OFFSET :offset)"
    " SELECT * FROM ("
    " SELECT 'incident' AS kind, i.date AS d, i.type AS what, p.name AS place,"
    "  (SELECT group_concat(e.name) FROM incident_actors a JOIN entities e ON e.id = a.entity"
    "   WHERE a.incident = i.id) AS actor,"
    "  (SELECT count(*) FROM incident_reports r WHERE r.incident = i.id) AS reports,"
    "  i.conflict AS conflict, i.id AS id,"
    "  (SELECT min(value) FROM incident_figures WHERE incident = i.id AND kind = 'killed') AS kmin,"
    "  (SELECT max(value) FROM incident_figures WHERE incident = i.id AND kind = 'killed') AS kmax,"
    "  (SELECT r.killed FROM incident_reports r JOIN documents d ON d.id = r.doc"
    "   WHERE r.incident = i.id AND r.killed IS NOT NULL ORDER BY d.published DESC, r.id DESC"
    "   LIMIT 1) AS klatest,"
    "  (SELECT min(value) FROM incident_figures WHERE incident = i.id AND kind = 'injured') AS jmin,"
    "  (SELECT max(value) FROM incident_figures WHERE incident = i.id AND kind = 'injured') AS jmax"
    " FROM incidents i LEFT JOIN entities p ON p.id = i.place"
    " WHERE i.id IN (SELECT id FROM page WHERE kind = 'incident')"
    " UNION ALL"
    " SELECT 'threat', t.rank, 'threat: ' || coalesce(t.likelihood, '?'),"
    "  (SELECT group_concat(e.name, ', ') FROM threat_places tp JOIN entities e ON e.id = tp.entity"
    "   WHERE tp.threat = t.id), a.name, 1, NULL, t.id, NULL, NULL, NULL, NULL, NULL"
    " FROM threats t LEFT JOIN entities a ON a.id = t.actor"
    " WHERE t.id IN (SELECT id FROM page WHERE kind = 'threat')"
    ") ORDER BY d IS NULL, d, kind, id";

static void timeline_row(qctx *c, sqlite3_stmt *st)
{
    if (c->json) {
        vg_jw_object_begin(c->w);
        jkey_col(c, "kind", st, 0);
        jkey_col(c, "id", st, 7);
        jkey_col(c, "date", st, 1);
        jkey_col(c, "what", st, 2);
        jkey_col(c, "place", st, 3);
        jkey_col(c, "actor", st, 4);
        jkey_col(c, "reports", st, 5);
        jkey_col(c, "killed_min", st, 8);
        jkey_col(c, "killed_max", st, 9);
        jkey_col(c, "killed_latest", st, 10);
        jkey_col(c, "injured_min", st, 11);
        jkey_col(c, "injured_max", st, 12);
        jkey_col(c, "conflict", st, 6);
        vg_jw_object_end(c->w);
        return;
    }
    cell(c->out, col(st, 1), 10);
    cell(c->out, col(st, 0), 8);
    cell(c->out, col(st, 2), 30);
    cell(c->out, col(st, 3), 24);
    cell(c->out, col(st, 4), 24);
    fprintf(c->out, "%s reports", or_dash(col(st, 5)));
    if (col(st, 10))
        fprintf(c->out, ", killed %s (range %s-%s)", col(st, 10), col(st, 8), col(st, 9));
    fprintf(c->out, "%s%s\n", col(st, 6) ? "  CONFLICT " : "", col(st, 6) ? col(st, 6) : "");
}

/* ---- claims ---- */

/* The claims page's rows, in the page's order. */
#define CLAIM_ROWS                                                                                 \
    " SELECT c.id, d.doc_id, c.text, coalesce(h.name, c.holder_text), c.cue, c.polarity,"          \
    " c.certainty, coalesce(cl.independent, 1), coalesce(cl.reports, 1), cl.conflict,"              \
    " (SELECT group_concat(coalesce(l.name, l.role), ' <- ') FROM"                                 \
    "  (SELECT * FROM chain_links WHERE claim = c.id ORDER BY pos) l),"                            \
    VG_SQ_GRADE_COLS ", c.start, c.end, d.published, cl.id"                                        \
    " FROM page JOIN claims c ON c.id = page.id JOIN documents d ON d.id = c.doc"                   \
    " LEFT JOIN entities h ON h.id = c.holder LEFT JOIN clusters cl ON cl.id = c.cluster"          \
    " ORDER BY page.k1, page.k2 DESC, page.k3 DESC, c.id"

static const char claims_sql[] =
    "WITH page AS (SELECT c.id AS id, cl.conflict IS NULL AS k1, coalesce(cl.independent, 1) AS k2,"
    " d.published AS k3 FROM claims c JOIN documents d ON d.id = c.doc"
    " LEFT JOIN clusters cl ON cl.id = c.cluster"
    " WHERE (:about IS NULL OR c.id IN (SELECT ca.claim FROM claim_about ca WHERE"
    "  ca.entity IN (SELECT entity FROM aliases WHERE folded = :about)))"
    " AND (:holder IS NULL OR c.holder IN (SELECT entity FROM aliases WHERE folded = :holder)"
    "  OR EXISTS (SELECT 1 FROM chain_links l JOIN sources s ON s.id = l.source"
    "  WHERE l.claim = c.id AND s.key = :holder))"
    " AND (:conflicts IS NULL OR cl.conflict IS NOT NULL)"
    " AND (:doc IS NULL OR d.doc_id = :doc)"
    " AND (:from IS NULL OR " VG_SQ_AFTER_FROM("d.published") ") AND (:to IS NULL OR "
    VG_SQ_BEFORE_TO("d.published") ")"
    " ORDER BY k1, k2 DESC, k3 DESC, c.id LIMIT :limit OFFSET :offset)" CLAIM_ROWS;

/* The whole list (no filter), in claims_sql's order from indexes (schema
 * 6): the disagreeing clusters, the corroborated ones, then every other
 * claim by its document's date, each part read in order, so a page costs
 * the page. */
static const char claims_all_sql[] =
    "WITH page AS (SELECT * FROM (SELECT c.id AS id, 0 AS k1, cl.independent AS k2,"
    " d.published AS k3 FROM clusters cl INDEXED BY clusters_conflict JOIN claims c"
    " ON c.cluster = cl.id JOIN documents d ON d.id = c.doc WHERE cl.conflict IS NOT NULL"
    " ORDER BY k2 DESC, k3 DESC, c.id)"
    " UNION ALL SELECT * FROM (SELECT c.id, 1, cl.independent, d.published FROM clusters cl"
    " INDEXED BY clusters_corroborated JOIN claims c ON c.cluster = cl.id JOIN documents d"
    " ON d.id = c.doc WHERE cl.conflict IS NULL AND cl.independent > 1 ORDER BY 3 DESC, 4 DESC, 1)"
    " UNION ALL SELECT * FROM (SELECT c.id, 1, 1, d.published FROM documents d"
    " INDEXED BY documents_published JOIN claims c ON c.doc = d.id LEFT JOIN clusters cl"
    " ON cl.id = c.cluster WHERE cl.conflict IS NULL AND coalesce(cl.independent, 1) <= 1"
    " ORDER BY d.published DESC, c.id) LIMIT :limit OFFSET :offset)" CLAIM_ROWS;

static void claim_row(qctx *c, sqlite3_stmt *st)
{
    char rel, grade[8];
    int cred;
    vg_sq_grade(st, 11, &rel, &cred, grade);
    int indep = sqlite3_column_int(st, 7);
    double conf = vg_kb_confidence(col(st, 6), rel, cred, indep);
    if (c->json) {
        vg_jw_object_begin(c->w);
        jkey_col(c, "id", st, 0);
        jkey_col(c, "doc", st, 1);
        jkey_col(c, "text", st, 2);
        jkey_col(c, "start", st, 15);
        jkey_col(c, "end", st, 16);
        jkey_col(c, "holder", st, 3);
        jkey_col(c, "chain", st, 10);
        jkey_col(c, "cue", st, 4);
        jkey_col(c, "polarity", st, 5);
        jkey_col(c, "certainty", st, 6);
        jkey_col(c, "cluster", st, 18);
        jkey_col(c, "reports", st, 8);
        jkey_col(c, "independent_sources", st, 7);
        jkey_col(c, "conflict", st, 9);
        jkey_str(c, "grade", grade[0] ? grade : NULL);
        vg_jw_key(c->w, "confidence");
        vg_jw_real(c->w, round(conf * 100) / 100);
        vg_jw_object_end(c->w);
        return;
    }
    fprintf(c->out, "[%s %s, %d source%s%s%s%s, confidence %.2f] %s\n    %s\n    chain: %s\n",
            or_dash(col(st, 6)), or_dash(col(st, 5)), indep, indep == 1 ? "" : "s",
            grade[0] ? ", grade " : "", grade, col(st, 9) ? ", CONFLICT" : "", conf,
            or_dash(col(st, 1)), or_dash(col(st, 2)), or_dash(col(st, 10)));
    if (col(st, 9))
        fprintf(c->out, "    conflict: %s\n", col(st, 9));
}

/* ---- search ---- */

static const char search_sql[] =
    "SELECT 'document', d.doc_id, d.title, snippet(documents_fts, 1, '[', ']', ' ... ', 12), NULL"
    " FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid"
    " WHERE documents_fts MATCH :text"
    " UNION ALL"
    " SELECT 'claim', d.doc_id, NULL, snippet(claims_fts, 0, '[', ']', ' ... ', 16), c.id"
    " FROM claims_fts JOIN claims c ON c.id = claims_fts.rowid JOIN documents d ON d.id = c.doc"
    " WHERE claims_fts MATCH :text LIMIT :limit OFFSET :offset";

static void search_row(qctx *c, sqlite3_stmt *st)
{
    if (c->json) {
        vg_jw_object_begin(c->w);
        jkey_col(c, "kind", st, 0);
        jkey_col(c, "doc", st, 1);
        jkey_col(c, "title", st, 2);
        jkey_col(c, "claim", st, 4);
        jkey_col(c, "snippet", st, 3);
        vg_jw_object_end(c->w);
        return;
    }
    cell(c->out, col(st, 0), 8);
    cell(c->out, col(st, 1), 24);
    fprintf(c->out, "%s\n", or_dash(col(st, 3)));
}

/* FTS5 query syntax is not the analyst's: each word becomes a quoted
 * term, all of which must occur. */
static int fts_terms(const char *in, char *out, size_t cap)
{
    size_t n = 0;
    const char *p = in;
    while (*p) {
        while (*p == ' ' || *p == '\t')
            p++;
        if (!*p)
            break;
        if (n + 3 >= cap)
            return -1;
        out[n++] = '"';
        while (*p && *p != ' ' && *p != '\t') {
            if (n + 4 >= cap)
                return -1;
            if (*p == '"')
                out[n++] = '"';
            out[n++] = *p++;
        }
        out[n++] = '"';
        out[n++] = ' ';
    }
    if (n)
        n--;
    out[n] = '\0';
    return n ? 0 : -1;
}

/* ---- entity ---- */

static const char entity_sql[] =
    "SELECT e.id, e.type, e.name, e.country, e.lat, e.lon, e.geo_kind, e.geonameid,"
    " (SELECT group_concat(alias, ' | ') FROM (SELECT DISTINCT alias FROM aliases WHERE entity = e.id)),"
    " (SELECT count(*) FROM mentions m WHERE m.entity = e.id),"
    " (SELECT count(DISTINCT doc) FROM mentions m WHERE m.entity = e.id),"
    " (SELECT min(d.published) FROM mentions m JOIN documents d ON d.id = m.doc WHERE m.entity = e.id),"
    " (SELECT max(d.published) FROM mentions m JOIN documents d ON d.id = m.doc WHERE m.entity = e.id),"
    " (SELECT count(*) FROM (SELECT incident FROM incident_reports WHERE place = e.id"
    "  UNION SELECT incident FROM incident_actors WHERE entity = e.id)),"
    " (SELECT count(*) FROM (SELECT id FROM threats WHERE actor = e.id"
    "  UNION SELECT threat FROM threat_places WHERE entity = e.id)),"
    " (SELECT count(*) FROM (SELECT id FROM claims WHERE holder = e.id"
    "  UNION SELECT claim FROM claim_about WHERE entity = e.id)),"
    " (SELECT group_concat(doc_id, ' ') FROM (SELECT DISTINCT d.doc_id FROM mentions m"
    "  JOIN documents d ON d.id = m.doc WHERE m.entity = e.id ORDER BY d.published LIMIT 50))"
    " FROM entities e WHERE (:text IS NULL OR e.id IN (SELECT entity FROM aliases WHERE folded = :text))"
    " ORDER BY (SELECT count(*) FROM mentions m WHERE m.entity = e.id) DESC, e.id"
    " LIMIT :limit OFFSET :offset";

/* Every mention of entity id: document, span and the words (at most
 * 1000, in document order). */
static void entity_mentions(qctx *c, sqlite3_int64 id)
{
    static const char sql[] =
        "SELECT d.doc_id, m.start, m.end, substr(CAST(d.text AS BLOB), m.start + 1, m.end - m.start)"
        " FROM mentions m JOIN documents d ON d.id = m.doc WHERE m.entity = ?1"
        " ORDER BY d.published, d.id, m.start LIMIT 1000";
    sqlite3_stmt *q;
    vg_jw_key(c->w, "mention_spans");
    vg_jw_array_begin(c->w);
    if (sqlite3_prepare_v2(c->s->db, sql, -1, &q, NULL) == SQLITE_OK) {
        sqlite3_bind_int64(q, 1, id);
        while (sqlite3_step(q) == SQLITE_ROW) {
            vg_jw_object_begin(c->w);
            jkey_col(c, "doc", q, 0);
            jkey_col(c, "start", q, 1);
            jkey_col(c, "end", q, 2);
            vg_jw_key(c->w, "text");
            vg_jw_strn(c->w, (const char *)sqlite3_column_blob(q, 3), (size_t)sqlite3_column_bytes(q, 3));
            vg_jw_object_end(c->w);
        }
    }
    sqlite3_finalize(q);
    vg_jw_array_end(c->w);
}

static void entity_row(qctx *c, sqlite3_stmt *st)
{
    static const char *const keys[] = {"id", "type", "name", "country", "lat", "lon", "geo_kind",
                                       "geonameid", "aliases", "mentions", "documents",
                                       "first_seen", "last_seen", "incidents", "threats",
                                       "claims", "document_ids"};
    if (c->json) {
        vg_jw_object_begin(c->w);
        for (int i = 0; i < 17; i++)
            jkey_col(c, keys[i], st, i);
        if (c->text[0]) /* a profile, not the list */
            entity_mentions(c, sqlite3_column_int64(st, 0));
        vg_jw_object_end(c->w);
        return;
    }
    fprintf(c->out, "%s (%s%s%s)\n", col(st, 2), col(st, 1), col(st, 3) ? ", " : "",
            col(st, 3) ? col(st, 3) : "");
    if (sqlite3_column_type(st, 4) != SQLITE_NULL)
        fprintf(c->out, "  location   %.5f, %.5f (%s)\n", sqlite3_column_double(st, 4),
                sqlite3_column_double(st, 5), or_dash(col(st, 6)));
    fprintf(c->out, "  aliases    %s\n", or_dash(col(st, 8)));
    fprintf(c->out, "  mentions   %s in %s documents, first seen %s, last seen %s\n", col(st, 9),
            col(st, 10), or_dash(col(st, 11)), or_dash(col(st, 12)));
    fprintf(c->out, "  incidents  %s   threats %s   claims %s\n", col(st, 13), col(st, 14),
            col(st, 15));
    fprintf(c->out, "  documents  %s\n", or_dash(col(st, 16)));
}

/* ---- one document ---- */

/* A byte of a word: a letter, a digit, or part of a non-ASCII character. */
static int word_byte(char c)
{
    return isalnum((unsigned char)c) || (unsigned char)c >= 0x80;
}

/* Whether text[i..i+n) is a whole word (no letter or digit around). */
static int whole_word(const char *t, size_t i, size_t n, size_t lo, size_t hi)
{
    return !(i > lo && word_byte(t[i - 1])) && !(i + n < hi && word_byte(t[i + n]));
}

/* The first whole word in text[lo, hi) that is a form of the cue lemma
 * ("say": say, says, said, saying; "claim_responsibility": claimed ...):
 * the cue's span, found again in the statement (put stores the lemma). */
static int cue_span(const char *t, size_t lo, size_t hi, const char *lemma, size_t *s, size_t *e)
{
    static const char *const irregular[][2] = {{"say", "said"},     {"tell", "told"},
                                               {"think", "thought"}, {"hear", "heard"},
                                               {"write", "wrote"},   {"speak", "spoke"},
                                               {"see", "saw"},       {"know", "knew"}};
    static const char *const endings[] = {"", "s", "es", "ed", "d", "ing", "ies", "ied", NULL};
    char base[32];
    size_t bn = strcspn(lemma, "_ ");
    if (!bn || bn >= sizeof base)
        return 0;
    memcpy(base, lemma, bn);
    base[bn] = '\0';
    char forms[20][40];
    int nf = 0;
    for (size_t k = 0; k < sizeof irregular / sizeof irregular[0]; k++)
        if (!strcmp(base, irregular[k][0]))
            snprintf(forms[nf++], sizeof forms[0], "%s", irregular[k][1]);
    /* the stem without a final e or y takes the endings too (believ-ed, den-ied) */
    size_t stem = bn > 2 && (base[bn - 1] == 'e' || base[bn - 1] == 'y') ? bn - 1 : bn;
    /* a doubled final consonant: admit-ted, plan-ning */
    if (bn > 2 && !strchr("aeiouwy", base[bn - 1]) && strchr("aeiou", base[bn - 2]) && nf < 14) {
        snprintf(forms[nf++], sizeof forms[0], "%s%ced", base, base[bn - 1]);
        snprintf(forms[nf++], sizeof forms[0], "%s%cing", base, base[bn - 1]);
    }
    for (int k = 0; endings[k] && nf < 19; k++) {
        snprintf(forms[nf++], sizeof forms[0], "%s%s", base, endings[k]);
        if (stem != bn && nf < 19)
            snprintf(forms[nf++], sizeof forms[0], "%.*s%s", (int)stem, base, endings[k]);
    }
    for (size_t i = lo; i < hi; i++) {
        if (i > lo && word_byte(t[i - 1]))
            continue;
        for (int k = 0; k < nf; k++) {
            size_t n = strlen(forms[k]);
            if (i + n <= hi && !strncasecmp(t + i, forms[k], n) && whole_word(t, i, n, lo, hi)) {
                *s = i;
                *e = i + n;
                return 1;
            }
        }
    }
    return 0;
}

static void span_obj(qctx *c, sqlite3_int64 start, sqlite3_int64 end, const char *kind,
                     const char *ref, sqlite3_int64 id)
{
    vg_jw_object_begin(c->w);
    vg_jw_key(c->w, "start");
    vg_jw_int(c->w, start);
    vg_jw_key(c->w, "end");
    vg_jw_int(c->w, end);
    jkey_str(c, "kind", kind);
    if (ref) {
        vg_jw_key(c->w, ref);
        vg_jw_int(c->w, id);
    }
}

/* The spans of the document with row id doc, text t (len bytes). */
static int document_spans(qctx *c, sqlite3_int64 doc, const char *t, size_t len)
{
    static const char *const sql[] = {
        "SELECT m.start, m.end, e.name, e.type FROM mentions m JOIN entities e ON e.id = m.entity"
        " WHERE m.doc = ?1 ORDER BY m.start",
        "SELECT c.id, c.start, c.end, c.holder_text, c.cue FROM claims c WHERE c.doc = ?1"
        " ORDER BY c.start, c.id",
        "SELECT q.claim, q.start, q.end FROM quantities q JOIN claims c ON c.id = q.claim"
        " WHERE c.doc = ?1 ORDER BY q.start",
        "SELECT r.incident, r.ev_start, r.ev_end FROM incident_reports r WHERE r.doc = ?1"
        " ORDER BY r.id",
        "SELECT t.id, t.ev_start, t.ev_end FROM threats t WHERE t.doc = ?1 ORDER BY t.id"};
    vg_jw_key(c->w, "spans");
    vg_jw_array_begin(c->w);
    int rc = VIGIL_OK;
    for (int k = 0; k < 5 && rc == VIGIL_OK; k++) {
        sqlite3_stmt *st;
        if ((rc = prep(c, sql[k], &st)) != VIGIL_OK)
            break;
        sqlite3_bind_int64(st, 1, doc);
        int step;
        while ((step = sqlite3_step(st)) == SQLITE_ROW) {
            sqlite3_int64 a = sqlite3_column_int64(st, k == 0 ? 0 : 1);
            sqlite3_int64 b = sqlite3_column_int64(st, k == 0 ? 1 : 2);
            sqlite3_int64 id = sqlite3_column_int64(st, 0);
            if (a < 0 || b < a || (size_t)b > len)
                continue;
            if (k == 0) {
                span_obj(c, a, b, "mention", NULL, 0);
                jkey_col(c, "entity", st, 2);
                jkey_col(c, "entity_type", st, 3);
                vg_jw_object_end(c->w);
                continue;
            }
            static const char *const kinds[] = {"", "claim", "number", "incident", "threat"};
            span_obj(c, a, b, kinds[k], k <= 2 ? "claim" : "id", id);
            vg_jw_object_end(c->w);
            if (k != 1)
                continue;
            /* the holder and the cue inside the statement */
            const char *h = col(st, 3), *cue = col(st, 4);
            /* a holder is a few words: a longer one is not looked for
             * (the search is linear in the statement times the holder) */
            size_t hn = h && strlen(h) <= 256 ? strlen(h) : 0, s0, s1;
            for (size_t i = (size_t)a; hn && i + hn <= (size_t)b; i++)
                if (!memcmp(t + i, h, hn) && whole_word(t, i, hn, (size_t)a, (size_t)b)) {
                    span_obj(c, (sqlite3_int64)i, (sqlite3_int64)(i + hn), "holder", "claim", id);
                    vg_jw_object_end(c->w);
                    break;
                }
            if (cue && cue_span(t, (size_t)a, (size_t)b, cue, &s0, &s1)) {
                span_obj(c, (sqlite3_int64)s0, (sqlite3_int64)s1, "cue", "claim", id);
                vg_jw_object_end(c->w);
            }
        }
        if (step != SQLITE_DONE)
            rc = vg_sq_fail(c->s, c->err, "cannot read a document's spans");
        sqlite3_finalize(st);
    }
    vg_jw_array_end(c->w);
    return rc;
}

static int document_query(qctx *c, long *n)
{
    sqlite3_stmt *st;
    *n = 0;
    int rc = prep(c, "SELECT d.id, d.doc_id, d.title, d.published, d.url, s.name, d.author,"
                     " CAST(d.text AS BLOB) FROM documents d LEFT JOIN sources s"
                     " ON s.id = d.publisher WHERE d.doc_id = ?1", &st);
    if (rc != VIGIL_OK)
        return rc;
    vg_sq_bind_str(st, 1, c->q->text ? c->q->text : "");
    int step = sqlite3_step(st);
    if (step == SQLITE_ROW) {
        const char *t = (const char *)sqlite3_column_blob(st, 7);
        size_t len = (size_t)sqlite3_column_bytes(st, 7);
        *n = 1;
        if (c->json) {
            static const char *const keys[] = {"id", "title", "published", "url", "publisher",
                                               "author"};
            vg_jw_key(c->w, "doc");
            vg_jw_object_begin(c->w);
            for (int k = 0; k < 6; k++)
                jkey_col(c, keys[k], st, k + 1);
            vg_jw_object_end(c->w);
            vg_jw_key(c->w, "text");
            vg_jw_strn(c->w, t ? t : "", len);
            rc = document_spans(c, sqlite3_column_int64(st, 0), t ? t : "", len);
        } else {
            fprintf(c->out, "%s\n%s\n\n%.*s\n", col(st, 1), or_dash(col(st, 2)), (int)len,
                    t ? t : "");
        }
    } else if (step != SQLITE_DONE) {
        rc = vg_sq_fail(c->s, c->err, "cannot read the document");
    }
    sqlite3_finalize(st);
    return rc;
}

/* ---- stats ---- */

static const char stats_sql[] =
    "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM entities),"
    " (SELECT count(*) FROM mentions), (SELECT count(*) FROM incidents),"
    " (SELECT count(*) FROM incident_reports), (SELECT count(*) FROM threats),"
    " (SELECT count(*) FROM claims), (SELECT count(*) FROM clusters WHERE reports > 1),"
    " (SELECT count(*) FROM clusters WHERE conflict IS NOT NULL) +"
    " (SELECT count(*) FROM incidents WHERE conflict IS NOT NULL),"
    " (SELECT count(*) FROM sources), (SELECT count(*) FROM sources WHERE reliability IS NOT NULL),"
    " (SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size())";

static void stats_row(qctx *c, sqlite3_stmt *st)
{
    static const char *const keys[] = {"documents", "entities", "mentions", "incidents",
                                       "incident_reports", "threats", "claims",
                                       "corroborated_clusters", "conflicts", "sources",
                                       "graded_sources", "database_bytes"};
    for (int i = 0; i < 12; i++) {
        if (c->json)
            jkey_col(c, keys[i], st, i);
        else
            fprintf(c->out, "%-22s %lld\n", keys[i], (long long)sqlite3_column_int64(st, i));
    }
}

int vg_sq_query(void *impl, const vigil_kb_query *q, unsigned flags, FILE *out, vigil_error *err)
{
    qctx c;
    memset(&c, 0, sizeof c);
    c.s = impl;
    c.q = q;
    c.out = out;
    c.err = err;
    c.json = (flags & VIGIL_KB_JSON) != 0;
    time_t now = time(NULL);
    struct tm tm;
    gmtime_r(&now, &tm);
    strftime(c.today, sizeof c.today, "%Y-%m-%d", &tm);
    if (folded(q->ctx, q->place, c.place, sizeof c.place) ||
        folded(q->ctx, q->actor, c.actor, sizeof c.actor) ||
        folded(q->ctx, q->about, c.about, sizeof c.about) ||
        folded(q->ctx, q->holder, c.holder, sizeof c.holder))
        return vg_error_set(err, VIGIL_ENOMEM, "kb", NULL, -1, "out of memory");
    if (q->kind == VIGIL_KB_ENTITY && folded(q->ctx, q->text, c.text, sizeof c.text))
        return vg_error_set(err, VIGIL_ENOMEM, "kb", NULL, -1, "out of memory");
    /* a name given that folds to nothing ("!!") matches nothing, not everything */
    const struct {
        const char *in;
        char *out;
    } given[] = {{q->place, c.place},
                 {q->actor, c.actor},
                 {q->about, c.about},
                 {q->holder, c.holder},
                 {q->kind == VIGIL_KB_ENTITY ? q->text : NULL, c.text}};
    for (size_t k = 0; k < sizeof given / sizeof given[0]; k++)
        if (given[k].in && given[k].in[strspn(given[k].in, " ")] && !given[k].out[0])
            snprintf(given[k].out, 2, "%s", "\x01");
    if (q->kind == VIGIL_KB_SEARCH && fts_terms(q->text, c.text, sizeof c.text) != 0)
        return vg_error_set(err, VIGIL_EUSAGE, "kb", NULL, -1, "search wants words (at most %zu bytes)",
                            sizeof c.text / 2);
    vg_jw *w = NULL;
    if (c.json) {
        w = vg_malloc(sizeof *w);
        if (!w)
            return vg_error_set(err, VIGIL_ENOMEM, "kb", NULL, -1, "out of memory");
        vg_jw_init(w, out, 1);
        c.w = w;
        vg_jw_object_begin(w);
    }
    static const char *const names[] = {"threats", "entity", "timeline", "claims",
                                        "search",  "stats",  "document"};
    const char *name = names[q->kind <= VIGIL_KB_DOCUMENT ? q->kind : 0];
    if (c.json)
        jkey_str(&c, "query", name);
    long n = 0;
    int rc = VIGIL_OK;
    switch (q->kind) {
    case VIGIL_KB_THREATS:
        if (!c.json)
            fprintf(out, "%-22s %-20s %-30s %-30s %-24s %s\n", "ACTOR", "LIKELIHOOD", "PLACES",
                    "TARGETS", "WINDOW", "SRC");
        rc = run_rows(&c, "threats",
                      c.place[0] || c.actor[0] || q->from || q->to ? threats_sql : board_sql,
                      threat_row, &n);
        break;
    case VIGIL_KB_TIMELINE:
        rc = run_rows(&c, "events", timeline_sql, timeline_row, &n);
        break;
    case VIGIL_KB_CLAIMS:
        rc = run_rows(&c, "claims",
                      c.about[0] || c.holder[0] || q->conflicts || q->doc || q->from || q->to
                          ? claims_sql
                          : claims_all_sql,
                      claim_row, &n);
        break;
    case VIGIL_KB_SEARCH:
        rc = run_rows(&c, "hits", search_sql, search_row, &n);
        break;
    case VIGIL_KB_ENTITY:
        rc = run_rows(&c, "entities", entity_sql, entity_row, &n);
        break;
    case VIGIL_KB_STATS: {
        sqlite3_stmt *st;
        rc = prep(&c, stats_sql, &st);
        long one;
        if (rc == VIGIL_OK) {
            rc = each_row(&c, st, stats_row, &one);
            sqlite3_finalize(st);
        }
        n = 1;
        break;
    }
    case VIGIL_KB_DOCUMENT:
        rc = document_query(&c, &n);
        break;
    default:
        rc = vg_error_set(err, VIGIL_EUSAGE, "kb", NULL, -1, "unknown query");
    }
    if (c.json) {
        vg_jw_key(w, "count");
        vg_jw_int(w, n);
        if (q->kind != VIGIL_KB_STATS && q->kind != VIGIL_KB_DOCUMENT) {
            /* a list: its page, and the offset of the next one (null: the last) */
            long limit = q->limit > 0 ? q->limit : 100, offset = q->offset > 0 ? q->offset : 0;
            char next[32];
            snprintf(next, sizeof next, "%ld", offset + limit);
            vg_jw_key(w, "limit");
            vg_jw_int(w, limit);
            vg_jw_key(w, "offset");
            vg_jw_int(w, offset);
            vg_jw_key(w, "next_cursor");
            vg_jw_str(w, n >= limit ? next : NULL);
        }
        vg_jw_object_end(w);
        vg_jw_raw(w, "\n", 1);
        int wr = vg_jw_flush(w);
        vg_free(w);
        if (rc == VIGIL_OK && wr != VIGIL_OK)
            rc = vg_error_set(err, VIGIL_EIO, "kb", NULL, -1, "cannot write the answer");
    } else if (rc == VIGIL_OK && n == 0) {
        fprintf(out, "(nothing found)\n");
    }
    return rc;
}
