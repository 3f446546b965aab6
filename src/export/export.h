/* export.h: writers for one analysed document. */
#ifndef VG_EXPORT_H
#define VG_EXPORT_H
#include <jansson.h>
#include <stdio.h>

#include "text/doc.h"

/* The record of spec/document.schema.json as a new jansson object (key
 * order as in the schema), or NULL on out of memory. with_text adds the
 * analysed text as doc.text. Caller decrefs. */
json_t *vg_export_record(const vg_doc *doc, int with_text);

/* A report for people: title, date, what was found, diagnostics. */
int vg_export_summary(const vg_doc *doc, FILE *out);

#endif
