/* date_internal.h: calendar helpers shared by date.c (arithmetic, metadata
 * strings) and datescan.c (date expressions in text). Private to
 * src/text/date*.c; other modules use date.h.
 *
 * All dates are proleptic Gregorian, years 1..9999; day counts are days
 * since 1970-01-01. Every function is pure and thread-safe.
 */
#ifndef VG_DATE_INTERNAL_H
#define VG_DATE_INTERNAL_H
#include "text/date.h"

/* Days in month m (1..12, not checked) of year y: 28..31. */
int vg_date_month_days(long y, int m);

/* A date at precision prec (VG_DATE_YEAR, _MONTH or _DAY) from year y,
 * month m and day d; parts below prec are stored as 0 (but m must still be
 * 0..12 and d 0..31). Returns prec NONE (all zero) when the result is not
 * a valid date: "2015-02-29", year 0 or 10000, month 13. */
vg_date vg_date_make(long y, long m, long d, int prec);

/* Days since 1970-01-01 of year y, month m (1..12), day d (1..31), without
 * range checks (Hinnant's days_from_civil). */
long vg_date_days_from_civil(long y, long m, long d);

/* The first and last day of a date at its precision, at prec DAY:
 * 2016 -> 2016-01-01 .. 2016-12-31, 2016-02 -> 2016-02-01 .. 2016-02-29;
 * a day is returned as is. Prec NONE for an invalid date. */
vg_date vg_date_first_day(vg_date v);
vg_date vg_date_last_day(vg_date v);

/* The month k months (may be negative) from year y, month m, at prec
 * MONTH: (2016, 1, -1) -> 2015-12. Prec NONE outside years 1..9999. */
vg_date vg_date_month_offset(long y, long m, long k);

#endif
