/* vigil/kb.h: Vigil's knowledge base, the public interface.
 *
 * A knowledge base holds analysed documents and what was found in them,
 * merged across documents: one entity per referent, one incident per
 * event with a report per document, claims clustered with the statements
 * that say the same thing (independent sources counted, disagreements
 * flagged), threats with their places, and graded sources. The store is
 * SQLite (one file, WAL); the interface hides it, so another backend can
 * come without touching callers.
 *
 * Threads: a vigil_kb is used by one thread at a time; open one per thread
 * (readers run beside a writer, WAL). Errors: every function returning int
 * returns VIGIL_OK or a negative VIGIL_E* code and fills err (when not
 * NULL) with a message naming the database and the SQLite error. */
#ifndef VIGIL_KB_H
#define VIGIL_KB_H
#include <stdio.h>

#include "vigil/vigil.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct vigil_kb vigil_kb;

/* Open flags. */
#define VIGIL_KB_READONLY 1u /* no writes; the file must exist */

/* The schema version this library writes; an older database is migrated
 * on open, a newer one is refused (VIGIL_EDB). */
#define VIGIL_KB_SCHEMA_VERSION 7

/* Opens (creating unless read-only) the database at path. *out is NULL on
 * failure. Errors: VIGIL_EDB (not a database, corrupt, newer schema,
 * locked), VIGIL_EIO (cannot open the file), VIGIL_ENOMEM. */
int vigil_kb_open(vigil_kb **out, const char *path, unsigned flags, vigil_error *err);

/* Closes kb (rolling back an open transaction). NULL is fine. */
void vigil_kb_close(vigil_kb *kb);

/* Transactions: vigil_kb_put calls between begin and commit are stored
 * together or not at all. */
int vigil_kb_begin(vigil_kb *kb, vigil_error *err);
int vigil_kb_commit(vigil_kb *kb, vigil_error *err);
void vigil_kb_rollback(vigil_kb *kb);

/* What vigil_kb_put did with a document. */
typedef enum vigil_kb_put_result {
    VIGIL_KB_STORED = 0,  /* new: stored and merged */
    VIGIL_KB_SKIPPED = 1  /* already there (same id or same text): nothing changed */
} vigil_kb_put_result;

/* Stores an analysed document and merges what it says with what the base
 * knows. Idempotent. Errors: VIGIL_EDB (store failure; the open
 * transaction must be rolled back), VIGIL_ENOMEM. */
int vigil_kb_put(vigil_kb *kb, const vigil_doc *doc, vigil_kb_put_result *result,
                 vigil_error *err);

/* Reads a STIX 2.1 bundle (raw, n bytes; name says where it came from,
 * in messages and as the documents' origin) into the base: each report as
 * a document with its entities, incidents, threats and claims, merged as
 * vigil_kb_put merges. A bundle Vigil exported comes back exactly: export,
 * ingest into a fresh base and export again gives the same bundle. A
 * bundle from another tool is read as docs/exports.md says. All or
 * nothing: the whole bundle is checked first (JSON, limits on size,
 * nesting and strings, types of the properties read, every reference
 * resolving) and stored in one transaction, so a refused or failing
 * bundle changes nothing. Call it outside a transaction. *stored and
 * *skipped (may be NULL) count documents. Errors: VIGIL_EPARSE (refused:
 * the message names the object and property), VIGIL_ELIMIT, VIGIL_EDB,
 * VIGIL_ENOMEM. */
int vigil_kb_put_stix(vigil_kb *kb, const char *raw, size_t n, const char *name, size_t *stored,
                      size_t *skipped, vigil_error *err);

/* Sets the NATO Admiralty grade of a source (a publisher, an outlet, an
 * agency, a holder): reliability 'A'..'F', credibility 1..6. name is
 * matched case- and diacritic-insensitively; an unknown name is created.
 * Errors: VIGIL_EUSAGE (bad grade), VIGIL_EDB. */
int vigil_kb_grade(vigil_kb *kb, const char *name, char reliability, int credibility,
                   vigil_error *err);

/* Queries. */
typedef enum vigil_kb_query_kind {
    VIGIL_KB_THREATS = 0, /* the threat board */
    VIGIL_KB_ENTITY,      /* one entity's profile (text = name) */
    VIGIL_KB_TIMELINE,    /* incidents and threats in date order */
    VIGIL_KB_CLAIMS,      /* claims with chain, corroboration, grade */
    VIGIL_KB_SEARCH,      /* full text over documents and claims (text = words) */
    VIGIL_KB_STATS,       /* counts and size */
    VIGIL_KB_DOCUMENT     /* one document (text = its id): metadata, text, and the spans of
                           * its mentions, claims (holder, cue, numbers), incidents, threats */
} vigil_kb_query_kind;

typedef struct vigil_kb_query {
    vigil_kb_query_kind kind;
    const char *text;     /* ENTITY: the name (NULL or "": every entity, most mentioned
                           * first); SEARCH: the words; DOCUMENT: the document id */
    const char *place;    /* filter: a place name (containing places count too) */
    const char *actor;    /* filter: an actor name */
    const char *about;    /* CLAIMS: about this entity */
    const char *holder;   /* CLAIMS: held by this entity or source */
    const char *from, *to; /* filter: dates YYYY[-MM[-DD]], inclusive */
    int conflicts;        /* CLAIMS: only clusters whose reports disagree */
    const char *events;   /* TIMELINE: only "incident"s or only "threat"s; NULL: both */
    long limit;           /* rows at most; 0: 100 */
    long offset;          /* rows skipped first (pages: offset += limit) */
    /* optional: names are also resolved through the lexicons and the
     * gazetteer ctx holds, so "Daesh" finds ISIS though no stored document
     * wrote "Daesh" */
    const vigil_ctx *ctx;
    const char *doc;      /* CLAIMS, vigil_kb_export: only the document with this id */
} vigil_kb_query;

/* Output form of vigil_kb_query_write. */
#define VIGIL_KB_JSON 1u /* one JSON document (else a table for people) */

/* Runs q and writes the answer to out. Names are looked up case- and
 * diacritic-insensitively, with aliases ("istanbul" finds İstanbul,
 * "Daesh" finds ISIS). Errors: VIGIL_EUSAGE (bad filter), VIGIL_EDB,
 * VIGIL_EIO (writing out). A name that matches nothing is not an error:
 * the answer is empty and says so. */
int vigil_kb_query_write(vigil_kb *kb, const vigil_kb_query *q, unsigned flags, FILE *out,
                         vigil_error *err);

/* Exports what the base holds as one STIX 2.1 bundle, GeoJSON
 * FeatureCollection or CSV table (fmt VIGIL_FORMAT_STIX, _GEOJSON or _CSV;
 * flags: VIGIL_WRITE_PRETTY, and for CSV one VIGIL_WRITE_CSV_* for the
 * table of one kind) to out: for each selected document, the
 * objects `vigil extract --format` writes for it, with the same ids (the
 * keys of docs/exports.md), so an export can be joined with extract runs.
 * filter (NULL: everything) takes place, actor, from, to, doc and ctx as
 * vigil_kb_query_write's threats and timeline do (a place includes the
 * country containing it; names through aliases); with a place, actor or
 * date the incidents and threats that match are written, with the claims
 * they rest on and the claims about that place or actor, and documents
 * with none of these are left out. Documents go in publication order
 * (undated last), then by id; timestamps come from the data, so two
 * exports of the same base are byte-identical. Memory: one document's
 * facts at a time, plus 16 bytes per distinct shared STIX object (or
 * entity, for the CSV entities table). Errors: VIGIL_EUSAGE (format,
 * flags, bad date), VIGIL_EDB, VIGIL_EIO (writing out; the
 * output is then incomplete), VIGIL_ENOMEM. */
int vigil_kb_export(vigil_kb *kb, const vigil_kb_query *filter, vigil_format fmt, unsigned flags,
                    FILE *out, vigil_error *err);

#ifdef __cplusplus
}
#endif
#endif
