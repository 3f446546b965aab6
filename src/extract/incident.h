/* incident.h: extraction stage: incidents (see incident.c). */
#ifndef VG_INCIDENT_H
#define VG_INCIDENT_H
#include "extract/extract.h"

/* Fills doc->ex's incidents. Returns VIGIL_OK, VIGIL_ENOMEM or VIGIL_ELIMIT. */
int vg_incident_run(const vg_lex *lx, vg_doc *doc);

#endif
