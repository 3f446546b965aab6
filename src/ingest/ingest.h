/* ingest.h: raw bytes of one format -> one document (analysed text plus
 * metadata). Each function resets nothing: the caller passes a fresh or
 * reset document. All return VIGIL_OK or a VIGIL_E* code with err filled
 * (stage "ingest", the document's name, and the byte offset of the problem
 * in the input where known). */
#ifndef VG_INGEST_H
#define VG_INGEST_H
#include <stddef.h>

#include "text/doc.h"
#include "util/buf.h"
#include "vigil/vigil.h"

/* Plain text. A date line and a headline line at the top ("Friday, July 01,
 * 2016" then "US Sources are concerned ...") become doc->published and
 * doc->title; the analysed text is the whole input (repaired). */
int vg_ingest_text(vg_doc *doc, const char *raw, size_t n, const char *name, vigil_error *err);

/* A byline, "By Jane Doe" / "BY JANE DOE, Staff Writer" / "By Jane Doe |
 * 3 September 2025" (the "By " required when need_by): *name, *nlen the
 * name before the post or the date, *date the day beside it (prec NONE
 * when none). Returns 1 when a name is found. */
int vg_ingest_byline(const char *s, size_t n, int need_by, const char **name, size_t *nlen,
                     vg_date *date);

/* HTML page: main text (page furniture dropped), title, author, date,
 * publisher, url and language from the page. */
int vg_ingest_html(vg_doc *doc, const char *raw, size_t n, const char *name, vigil_error *err);

/* Appends the visible text of an HTML fragment (a feed item's content) to
 * out, blocks separated by blank lines, list items as "• " lines. */
int vg_html_fragment_text(const char *html, size_t n, vg_buf *out);

/* RSS 2.0 / RSS 1.0 / Atom: a feed yields many documents. Past
 * VG_FEED_MAX_ITEMS items vg_feed_next returns VIGIL_ELIMIT once, then
 * VIGIL_EOF. */
#define VG_FEED_MAX_ITEMS 100000
typedef struct vg_feed vg_feed;
int vg_feed_open(vg_feed **out, const char *raw, size_t n, const char *name, vigil_error *err);
/* Next item into doc: VIGIL_OK, VIGIL_EOF, or an error for that item. */
int vg_feed_next(vg_feed *f, vg_doc *doc, vigil_error *err);
void vg_feed_free(vg_feed *f);

/* One JSON Lines record {"id","text","title","published","url",...}.
 * name and lineno identify it in messages. */
int vg_ingest_json_line(vg_doc *doc, const char *line, size_t n, const char *name, long lineno,
                        vigil_error *err);

/* STIX 2.1 bundles (stix.c): each report becomes a document carrying its
 * facts (doc->ex filled, no tokens: it is not analysed again), handed to
 * fn, which stores it; objects no report refers to make one more document.
 * The whole bundle is checked first, against the limits below among
 * others; a refused bundle yields no document. fn's non-zero return stops
 * the reading and is returned. Errors: VIGIL_EPARSE (refused: the message
 * names the object and property), VIGIL_ELIMIT, VIGIL_ENOMEM. */
#define VG_STIX_MAX_BYTES ((size_t)256 << 20) /* a bundle */
#define VG_STIX_MAX_STRING ((size_t)1 << 20)  /* one string */
#define VG_STIX_MAX_DEPTH 32                  /* nesting in one object */
#define VG_STIX_MAX_OBJECTS 1000000
#define VG_STIX_MAX_REFS 100000   /* ids in one list a document's fact follows */
#define VG_STIX_MAX_TARGETS 4096  /* places, kinds or named targets of one threat */
typedef int (*vg_stix_doc_fn)(vg_doc *doc, void *arg);
int vg_stix_read(const char *raw, size_t n, const char *name, vg_stix_doc_fn fn, void *arg,
                 vigil_error *err);

/* Content-derived id "sha256:<hex>" of the analysed text, in the arena. */
const char *vg_ingest_content_id(vg_doc *doc);

/* Sniffs the format from a file name (may be NULL) and the first bytes. */
vigil_input vg_ingest_sniff(const char *name, const char *head, size_t n);

#endif
