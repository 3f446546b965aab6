/* api.h: what the library's own stages may ask of a vigil_ctx (its body
 * is private to api.c). */
#ifndef VG_API_H
#define VG_API_H
#include "extract/lexicon.h"
#include "vigil/vigil.h"

/* The gazetteer and lexicons ctx loaded (read-only), or NULL. */
const vg_lex *vg_ctx_lex(const vigil_ctx *ctx);

#endif
