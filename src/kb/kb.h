/* kb.h: the knowledge base inside the library: the backend interface that
 * vigil_kb dispatches to (SQLite today; PostgreSQL can implement the same
 * table), and the backend-neutral policy every backend shares (policy.c):
 * the keys that decide what is one entity, one event, one statement and
 * one independent source, and the confidence formula. */
#ifndef VG_KB_H
#define VG_KB_H
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "text/doc.h"
#include "util/buf.h"
#include "vigil/kb.h"

typedef struct vg_kb_backend {
    const char *name;
    /* Opens path into *impl; fills err. */
    int (*open)(void **impl, const char *path, unsigned flags, vigil_error *err);
    void (*close)(void *impl);
    int (*begin)(void *impl, vigil_error *err);
    int (*commit)(void *impl, vigil_error *err);
    void (*rollback)(void *impl);
    int (*put)(void *impl, const vg_doc *doc, vigil_kb_put_result *result, vigil_error *err);
    int (*grade)(void *impl, const char *name, char reliability, int credibility,
                 vigil_error *err);
    int (*query)(void *impl, const vigil_kb_query *q, unsigned flags, FILE *out,
                 vigil_error *err);
    /* vigil_kb_export: walks the documents filter selects in a stable order
     * and hands each one's facts, as a vg_xdoc, to x (vg_exporter_put_xdoc);
     * memory one document's worth. */
    int (*export)(void *impl, const vigil_kb_query *filter, vigil_exporter *x, vigil_error *err);
} vg_kb_backend;

struct vigil_kb {
    const vg_kb_backend *be;
    void *impl;
};

extern const vg_kb_backend vg_kb_sqlite;

int vg_sq_export(void *impl, const vigil_kb_query *filter, vigil_exporter *x, vigil_error *err);

/* ---- policy.c: what is the same, across documents ---- */

/* The folded form of s (case, diacritics, Turkish i: text/fold.h) with
 * runs of spaces and punctuation made one space and a leading "the "
 * dropped, into out (reset first): how names are compared. */
int vg_kb_fold_name(const char *s, size_t n, vg_buf *out);

/* The merge key of entity e of doc: "type|geonameid" for a geocoded
 * place, else "type|folded canonical name". People are keyed by their full
 * name, so two people who share a surname stay apart. */
int vg_kb_entity_key(const vg_doc *doc, size_t e, vg_buf *out);

/* Who vouches for claim c of doc, for counting independent sources: the
 * folded name of the first named link of its chain after the author (the
 * outlet in "told Reuters", the contact who relays "US authorities", else
 * the holder "Turkish police"), else of the publisher, else "document:ID".
 * Two reports that got it from the same wire, contact or holder are one
 * source, whatever role it plays. */
int vg_kb_source_key(const vg_doc *doc, size_t c, vg_buf *out);

/* How alike two statements are, in [0, 1]: the Jaccard overlap of their
 * content words (folded, 4 letters or more, common function words left
 * out). Statements about the same entities at or above
 * VG_KB_SAME_STATEMENT say the same thing. */
#define VG_KB_SAME_STATEMENT 0.5
/* ... and at or above VG_KB_SAME_WORDS they are copies of one text (an
 * edited wire story): one source. */
#define VG_KB_SAME_WORDS 0.85
double vg_kb_similarity(const char *a, size_t na, const char *b, size_t nb);

/* Days since 1970-01-01 of a YYYY-MM-DD date, or LONG_MIN when s is not a
 * full date. */
long vg_kb_days(const char *s);

/* A claim's confidence in [0, 1] from its certainty ("certain" ..
 * "improbable"), the grades of its chain (reliability 'A'..'F' or 0,
 * credibility 1..6 or 0: the weakest graded link counts) and the number
 * of independent sources in its cluster. The formula is in docs/kb.md. */
double vg_kb_confidence(const char *certainty, char reliability, int credibility,
                        int independent);
/* How much a source grade discounts what the source says, in (0, 1]: the
 * reliability and credibility factors of the formula multiplied, each 1
 * when not graded (a threat's likelihood from a B3 source: likelihood x
 * 0.72). */
double vg_kb_grade_weight(char reliability, int credibility);

#endif
