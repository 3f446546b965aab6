/* threat.h: extraction stage: threats (see threat.c). */
#ifndef VG_THREAT_H
#define VG_THREAT_H
#include "extract/extract.h"

/* Fills doc->ex's threats. Returns VIGIL_OK, VIGIL_ENOMEM or VIGIL_ELIMIT. */
int vg_threat_run(const vg_lex *lx, vg_doc *doc);

#endif
