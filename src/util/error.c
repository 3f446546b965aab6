/* error.c: util stage. Error codes to names, and filling vigil_error. */
#include "util/error.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

const char *vigil_strerror(int code)
{
    switch (code) {
    case VIGIL_OK: return "ok";
    case VIGIL_ENOMEM: return "out of memory";
    case VIGIL_EIO: return "i/o error";
    case VIGIL_EPARSE: return "parse error";
    case VIGIL_EUTF8: return "not text";
    case VIGIL_ELIMIT: return "limit reached";
    case VIGIL_EDB: return "store error";
    case VIGIL_EUSAGE: return "usage error";
    case VIGIL_EINTERNAL: return "internal error";
    case VIGIL_EOF: return "end of input";
    default: return "unknown error";
    }
}

void vg_error_clear(vigil_error *err)
{
    if (!err)
        return;
    memset(err, 0, sizeof *err);
    err->offset = -1;
}

int vg_error_set(vigil_error *err, int code, const char *stage, const char *doc, long long offset,
                 const char *fmt, ...)
{
    if (!err)
        return code;
    err->code = code;
    snprintf(err->stage, sizeof err->stage, "%s", stage ? stage : "");
    snprintf(err->doc, sizeof err->doc, "%s", doc ? doc : "");
    err->offset = offset;
    err->line = 0;
    err->column = 0;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->message, sizeof err->message, fmt, ap);
    va_end(ap);
    return code;
}
