/* error.h: filling a caller's vigil_error. */
#ifndef VG_ERROR_H
#define VG_ERROR_H
#include "vigil/vigil.h"

/* Sets err (if not NULL) and returns code. doc may be NULL; offset -1 when
 * unknown. */
int vg_error_set(vigil_error *err, int code, const char *stage, const char *doc, long long offset,
                 const char *fmt, ...) __attribute__((format(printf, 6, 7)));
void vg_error_clear(vigil_error *err);

#endif
