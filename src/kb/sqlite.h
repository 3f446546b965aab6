/* sqlite.h: the SQLite backend's shared pieces: the connection, its
 * prepared statements (made once, on first use), and error reporting that
 * keeps sqlite3_errmsg inside our message. sqlite.c opens, migrates and
 * runs transactions; sqlite_put.c stores and merges documents;
 * sqlite_query.c answers queries. */
#ifndef VG_KB_SQLITE_H
#define VG_KB_SQLITE_H
#include <sqlite3.h>

#include "kb/kb.h"

/* Every statement the backend runs, by name; SQL in sqlite.c. */
typedef enum vg_sq_stmt {
    SQ_DOC_BY_ID_OR_HASH,
    SQ_DOC_INSERT,
    SQ_FTS_DOC_INSERT,
    SQ_SOURCE_GET,
    SQ_SOURCE_INSERT,
    SQ_SOURCE_GRADE,
    SQ_ENTITY_GET,
    SQ_ENTITY_INSERT,
    SQ_ALIAS_INSERT,
    SQ_MENTION_INSERT,
    SQ_CLAIM_INSERT,
    SQ_FTS_CLAIM_INSERT,
    SQ_CHAIN_INSERT,
    SQ_ABOUT_INSERT,
    SQ_QUANT_INSERT,
    SQ_CLUSTER_GET,
    SQ_CLUSTER_SIMILAR,
    SQ_CLUSTER_OF_TEXT,
    SQ_CLUSTER_FIRST,
    SQ_CLAIM_TAKE_SOURCE,
    SQ_CLUSTER_INSERT,
    SQ_CLUSTER_JOIN,
    SQ_CLUSTER_FIGURES_ADD,
    SQ_CLUSTER_CONFLICTS,
    SQ_CLUSTER_SET_CONFLICT,
    SQ_CLAIM_SET_CLUSTER,
    SQ_INCIDENT_CANDIDATES,
    SQ_INCIDENT_GROUPS_OF,
    SQ_INCIDENT_ACTOR_ADD,
    SQ_INCIDENT_FIGURES_ADD,
    SQ_INCIDENT_INSERT,
    SQ_INCIDENT_SET_CONFLICT,
    SQ_INCIDENT_SET_DATE,
    SQ_REPORT_INSERT,
    SQ_REPORT_GROUP_INSERT,
    SQ_INCIDENT_KILLED,
    SQ_THREAT_INSERT,
    SQ_THREAT_PLACE_INSERT,
    SQ_NSTMTS
} vg_sq_stmt;

typedef struct vg_sq {
    sqlite3 *db;
    char path[256];
    int in_tx;
    sqlite3_stmt *st[SQ_NSTMTS];
} vg_sq;

/* The prepared statement id, reset and with bindings cleared; NULL on
 * failure (err filled). */
sqlite3_stmt *vg_sq_stmt_get(vg_sq *s, vg_sq_stmt id, vigil_error *err);

/* Fills err with code VIGIL_EDB: "<what>: <sqlite message> (database P)". */
int vg_sq_fail(vg_sq *s, vigil_error *err, const char *what);

/* Runs SQL without results (several statements allowed). */
int vg_sq_exec(vg_sq *s, const char *sql, vigil_error *err);

/* Binds text, or NULL when s is NULL. */
int vg_sq_bind_text(sqlite3_stmt *st, int col, const char *s, size_t n);
int vg_sq_bind_str(sqlite3_stmt *st, int col, const char *s);

/* The rowid of name in sources (created when absent), or an error. */
int vg_sq_source_id(vg_sq *s, const char *name, sqlite3_int64 *id, vigil_error *err);

/* A date D (YYYY[-MM[-DD]]) is on or after :from when D >= :from or D is
 * coarser and contains it ("2024" for "2024-05-01"); on or before :to when
 * its prefix of :to's length is <= :to ("2024-05-12" for "2024-05"): the
 * date filters of queries and exports alike. */
#define VG_SQ_AFTER_FROM(d) "(substr(:from, 1, length(" d ")) <= " d ")"
#define VG_SQ_BEFORE_TO(d) "(substr(" d ", 1, length(:to)) <= :to)"

/* Four columns, for a claim c of document d: the weakest grade of its
 * chain's graded sources (reliability, credibility) and the grade of the
 * document's publisher. vg_sq_grade reads them from column col on into
 * the weakest grade of the claim (rel 'A'..'F' or 0, cred 1..6 or 0) and
 * writes it as "B2" into text (8 bytes; "" when ungraded). */
#define VG_SQ_GRADE_COLS                                                                           \
    " (SELECT max(s.reliability) FROM chain_links l JOIN sources s ON s.id = l.source"            \
    "  WHERE l.claim = c.id AND s.reliability IS NOT NULL),"                                      \
    " (SELECT max(s.credibility) FROM chain_links l JOIN sources s ON s.id = l.source"            \
    "  WHERE l.claim = c.id AND s.credibility IS NOT NULL),"                                      \
    " (SELECT reliability FROM sources WHERE id = d.publisher),"                                  \
    " (SELECT credibility FROM sources WHERE id = d.publisher)"
void vg_sq_grade(sqlite3_stmt *st, int col, char *rel, int *cred, char text[8]);

int vg_sq_put(void *impl, const vg_doc *doc, vigil_kb_put_result *result, vigil_error *err);
int vg_sq_query(void *impl, const vigil_kb_query *q, unsigned flags, FILE *out,
                vigil_error *err);

#endif
