/* export.h: writers for one analysed document. */
#ifndef VG_EXPORT_H
#define VG_EXPORT_H
#include <stdio.h>

#include "export/jsonw.h"
#include "text/doc.h"

/* Writes the record of spec/document.schema.json (keys in schema order, no
 * trailing newline) to w. with_text adds the analysed text as doc.text.
 * Write errors are kept in w (see vg_jw_flush). */
void vg_export_record(vg_jw *w, const vg_doc *doc, int with_text);

struct vg_span;
struct vg_quant;

/* Pieces of the record other writers share: spans as [{"text", "start",
 * "end"}], and one quantity object. */
void vg_export_mentions(vg_jw *w, const vg_doc *doc, const struct vg_span *s, uint32_t n);
void vg_export_quantity(vg_jw *w, const vg_doc *doc, const struct vg_quant *q);

/* A report for people: title, date, what was found, diagnostics. */
int vg_export_summary(const vg_doc *doc, FILE *out);

#endif
