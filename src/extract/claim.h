/* claim.h: extraction stage: claims (see claim.c). */
#ifndef VG_CLAIM_H
#define VG_CLAIM_H
#include "extract/extract.h"

/* Fills doc->ex's claims. Returns VIGIL_OK, VIGIL_ENOMEM or VIGIL_ELIMIT. */
int vg_claim_run(const vg_lex *lx, vg_doc *doc);

#endif
