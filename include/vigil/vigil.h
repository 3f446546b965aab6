/* SPDX-License-Identifier: MIT
 *
 * vigil.h: the public API of libvigil, the manual for callers.
 *
 * Vigil turns reports (plain text, HTML, RSS/Atom, JSON Lines) into sourced
 * threat records: see spec/document.schema.json for the record.
 *
 * Conventions
 *   - Functions that can fail return int: VIGIL_OK (0) or a negative VIGIL_E*
 *     code, and fill the caller's vigil_error when it is not NULL.
 *   - Offsets are UTF-8 byte offsets into a document's analysed text; span
 *     ends are exclusive.
 *   - Objects returned by *_new / *_open are freed with the matching
 *     *_free / *_close. Strings returned by accessors belong to the object
 *     they came from and live until it is freed or reset.
 *   - Thread safety: a vigil_ctx is immutable after vigil_ctx_new and may be
 *     shared by threads; a vigil_doc or vigil_reader belongs to one thread.
 *   - The library never prints and never exits.
 */
#ifndef VIGIL_H
#define VIGIL_H

#include <stddef.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__)
#define VIGIL_MUST_CHECK __attribute__((warn_unused_result))
#else
#define VIGIL_MUST_CHECK
#endif

#define VIGIL_VERSION "0.1.0"

/* Error codes. */
enum {
    VIGIL_OK = 0,
    VIGIL_ENOMEM = -1,    /* out of memory */
    VIGIL_EIO = -2,       /* a file could not be read or written */
    VIGIL_EPARSE = -3,    /* input not in the expected format */
    VIGIL_EUTF8 = -4,     /* input is not text (binary) */
    VIGIL_ELIMIT = -5,    /* a named limit was reached */
    VIGIL_EDB = -6,       /* store failure */
    VIGIL_EUSAGE = -7,    /* the caller passed something invalid */
    VIGIL_EINTERNAL = -8, /* a bug */
    VIGIL_EOF = -9        /* no more documents (not an error) */
};

/* Limits. Reaching one degrades output and adds a diagnostic, or fails the
 * one document with VIGIL_ELIMIT. */
#define VIGIL_MAX_DOC_BYTES ((size_t)64 * 1024 * 1024) /* input bytes per document */
#define VIGIL_MAX_ARENA_BYTES ((size_t)1024 * 1024 * 1024) /* per-document working memory */
#define VIGIL_MAX_DIAGS 256 /* diagnostics kept per document */

/* Details of a failure: code, the stage that failed, the document, and the
 * position (byte offset into the input, and line:column where known; -1 or 0
 * when unknown). message is lower case, NUL-terminated. */
typedef struct vigil_error {
    int code;
    char stage[16];
    char doc[128];
    long long offset;
    long line, column;
    char message[512];
} vigil_error;

/* Returns a static, lower-case name for an error code ("out of memory"). */
const char *vigil_strerror(int code);

/* One allocator for every heap allocation the library makes. Set it once,
 * before any other call, or never (the default is the C library's). Tests
 * use it to fail the Nth allocation. Not thread-safe. */
typedef struct vigil_allocator {
    void *(*malloc)(size_t size, void *ud);
    void *(*realloc)(void *ptr, size_t size, void *ud);
    void (*free)(void *ptr, void *ud);
    void *ud;
} vigil_allocator;
void vigil_set_allocator(const vigil_allocator *a); /* NULL restores the default */

/* ---- Context: shared, immutable resources (lexicons, gazetteer). ---- */
typedef struct vigil_ctx vigil_ctx;

/* Creates a context: loads the gazetteer, lexicons and models from
 * data_dir (NULL: $VIGIL_DATA, else the built-in default). Returns VIGIL_OK
 * and sets *out, or VIGIL_EIO / VIGIL_EPARSE / VIGIL_ENOMEM with err naming
 * the file and line. Free with vigil_ctx_free. */
VIGIL_MUST_CHECK int vigil_ctx_new(vigil_ctx **out, const char *data_dir, vigil_error *err);
void vigil_ctx_free(vigil_ctx *ctx);

/* Makes vigil_analyze also build MUC-4 templates (for VIGIL_FORMAT_MUC4),
 * loading the model from the data directory. Call before the ctx is
 * shared. Returns VIGIL_OK, or VIGIL_EPARSE / VIGIL_ENOMEM for a corrupt
 * model file. */
VIGIL_MUST_CHECK int vigil_ctx_enable_muc4(vigil_ctx *ctx, vigil_error *err);

/* ---- Documents ---- */
typedef struct vigil_doc vigil_doc;

/* Creates an empty document with its own arena. Reused across a stream by
 * vigil_reader_next (which resets it), so memory stays flat. */
VIGIL_MUST_CHECK int vigil_doc_new(vigil_doc **out);
void vigil_doc_free(vigil_doc *doc);

/* Accessors; strings live as long as the document's current contents. */
const char *vigil_doc_id(const vigil_doc *doc);
const char *vigil_doc_text(const vigil_doc *doc, size_t *len);
const char *vigil_doc_title(const vigil_doc *doc);
/* Writes the publication date as ISO 8601 at its precision into buf
 * (16 bytes is enough); returns its length, 0 when unknown. */
size_t vigil_doc_published(const vigil_doc *doc, char *buf, size_t size);

/* Diagnostics recorded on the document (invalid bytes, limits reached).
 * Index i in [0, vigil_doc_diag_count). severity: 0 warning, 1 error. */
size_t vigil_doc_diag_count(const vigil_doc *doc);
const char *vigil_doc_diag(const vigil_doc *doc, size_t i, int *severity, long long *offset);

/* ---- Readers: files, directories and stdin to documents ---- */
typedef enum vigil_input {
    VIGIL_INPUT_AUTO = 0, /* sniffed from the extension and the content */
    VIGIL_INPUT_TEXT,
    VIGIL_INPUT_HTML,
    VIGIL_INPUT_RSS, /* RSS 2.0, RSS 1.0 and Atom */
    VIGIL_INPUT_JSONL
} vigil_input;

typedef struct vigil_read_opts {
    vigil_input input;
    const char *id;        /* document id for a single document, or NULL */
    const char *fallback_date; /* YYYY-MM-DD used when a document has none, or (a single
                                * document) states only the month that holds this day */
} vigil_read_opts;

typedef struct vigil_reader vigil_reader;

/* Opens a reader over paths (files, directories walked in name order, or
 * "-" for standard input). Nothing is read until vigil_reader_next. */
VIGIL_MUST_CHECK int vigil_reader_open(vigil_reader **out, const char *const *paths, size_t npaths,
                                       const vigil_read_opts *opts, vigil_error *err);

/* Reads the next document into doc (resetting it first).
 * Returns VIGIL_OK, VIGIL_EOF at the end, or an error for one document (the
 * reader is left positioned at the next one, so the caller may go on). */
VIGIL_MUST_CHECK int vigil_reader_next(vigil_reader *r, vigil_doc *doc, vigil_error *err);
void vigil_reader_close(vigil_reader *r);

/* ---- Analysis ---- */

/* Runs the text layer and extraction on doc. Thread-safe for distinct docs
 * sharing one ctx. Returns VIGIL_OK or VIGIL_ENOMEM / VIGIL_ELIMIT. */
VIGIL_MUST_CHECK int vigil_analyze(const vigil_ctx *ctx, vigil_doc *doc, vigil_error *err);

/* Tokenizes only (the speed ceiling for benchmarks); returns the token
 * count through *ntokens. */
VIGIL_MUST_CHECK int vigil_tokenize_only(vigil_doc *doc, size_t *ntokens, vigil_error *err);

/* ---- Output ---- */
typedef enum vigil_format {
    VIGIL_FORMAT_JSONL = 0, /* the record of spec/document.schema.json */
    VIGIL_FORMAT_PRETTY,    /* the same, indented */
    VIGIL_FORMAT_SUMMARY,   /* a report for people */
    VIGIL_FORMAT_MUC4,      /* MUC-4 templates, one line per document */
    /* Formats of a whole run (docs/exports.md): one envelope around all the
     * documents, so write them through a vigil_exporter. */
    VIGIL_FORMAT_STIX,      /* one STIX 2.1 bundle */
    VIGIL_FORMAT_GEOJSON,   /* one RFC 7946 FeatureCollection of incidents and threats */
    VIGIL_FORMAT_CSV        /* RFC 4180, a header row, then one row per incident and threat,
                             * or the table of one kind (VIGIL_WRITE_CSV_*) */
} vigil_format;

/* Flags for vigil_write and vigil_exporter_new. */
enum {
    VIGIL_WRITE_TEXT = 1,   /* JSON record formats: include the analysed text as doc.text */
    VIGIL_WRITE_PRETTY = 2, /* STIX and GeoJSON: indent the JSON by two spaces */
    /* CSV: the table of one kind instead of the combined table of incidents
     * and threats (docs/exports.md lists each table's columns). At most one
     * of them, with VIGIL_FORMAT_CSV only: otherwise vigil_write and
     * vigil_exporter_new return VIGIL_EUSAGE. */
    VIGIL_WRITE_CSV_INCIDENTS = 4, /* one row per incident */
    VIGIL_WRITE_CSV_THREATS = 8,   /* one row per threat */
    VIGIL_WRITE_CSV_CLAIMS = 16,   /* one row per claim */
    VIGIL_WRITE_CSV_ENTITIES = 32, /* one row per distinct entity of the run */
    /* the four kinds, as a mask */
    VIGIL_WRITE_CSV_KINDS = 4 | 8 | 16 | 32
};

/* Writes doc (after vigil_analyze) to out in format fmt; flags: VIGIL_WRITE_*.
 * For the formats of a whole run (STIX, GeoJSON, CSV) it writes a complete
 * envelope holding this one document. Returns VIGIL_OK or VIGIL_EIO /
 * VIGIL_ENOMEM, or VIGIL_EUSAGE for flags the format does not take (a CSV
 * kind with another format, two kinds). Thread-safe for distinct streams. */
VIGIL_MUST_CHECK int vigil_write(const vigil_doc *doc, vigil_format fmt, unsigned flags, FILE *out,
                                 vigil_error *err);

/* ---- Exporters: many documents into one output ----
 *
 * An exporter writes a run of documents to one stream: the opening
 * (a STIX bundle's header, a FeatureCollection's, the CSV header row) on
 * vigil_exporter_new, each document's objects on vigil_exporter_put, and
 * the closing on vigil_exporter_finish. The output depends only on the
 * documents and their order, never on the clock: the same run twice is
 * byte-identical. Every format works; the per-document formats (JSONL,
 * PRETTY, SUMMARY, MUC4) simply write each document as vigil_write does.
 * An exporter belongs to one thread. Memory: one document's worth, plus,
 * for STIX, 16 bytes per distinct shared object (entities, identities)
 * written so far, so each is written once per bundle, and for the CSV
 * entities table 16 bytes per distinct entity, so each is one row. */
typedef struct vigil_exporter vigil_exporter;

/* Starts a run in format fmt (flags: VIGIL_WRITE_*) on out, which stays the
 * caller's (not closed). Returns VIGIL_OK and sets *x, or VIGIL_ENOMEM /
 * VIGIL_EIO, or VIGIL_EUSAGE (no stream, an unknown format, or flags the
 * format does not take: see VIGIL_WRITE_CSV_*). Free with
 * vigil_exporter_free. */
VIGIL_MUST_CHECK int vigil_exporter_new(vigil_exporter **x, vigil_format fmt, unsigned flags,
                                        FILE *out, vigil_error *err);
/* Writes doc (after vigil_analyze). Returns VIGIL_OK, VIGIL_EIO,
 * VIGIL_ENOMEM, or VIGIL_EUSAGE after finish. A failure leaves the output
 * incomplete; free the exporter. */
VIGIL_MUST_CHECK int vigil_exporter_put(vigil_exporter *x, const vigil_doc *doc,
                                        vigil_error *err);
/* Writes the closing and flushes to out. Returns VIGIL_OK, VIGIL_EIO or
 * VIGIL_EUSAGE when called twice. */
VIGIL_MUST_CHECK int vigil_exporter_finish(vigil_exporter *x, vigil_error *err);
/* Frees x (NULL is fine). Without vigil_exporter_finish the output is left
 * unterminated. */
void vigil_exporter_free(vigil_exporter *x);

#ifdef __cplusplus
}
#endif
#endif
