/* fuzz.h: what the fuzz targets share: an invariant check that libFuzzer
 * reports as a crash, and the check that a string is valid UTF-8. */
#ifndef VG_FUZZ_H
#define VG_FUZZ_H
#include <string.h>

#include "util/utf8.h"

/* A violated invariant traps, so libFuzzer keeps the input. */
#define CHECK(c)              \
    do {                      \
        if (!(c))             \
            __builtin_trap(); \
    } while (0)

/* s, when not NULL, is NUL-terminated valid UTF-8 without NUL inside. */
static inline void check_str(const char *s)
{
    if (s)
        CHECK(vg_utf8_valid_prefix(s, strlen(s)) == strlen(s));
}

#endif
