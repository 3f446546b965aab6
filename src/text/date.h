/* date.h: calendar dates at the precision the text supports, and date
 * expressions in text, absolute and relative, resolved against an anchor
 * (the document's publication date).
 *
 * Surface forms recognised by vg_date_scan (examples from fixtures):
 *   absolute: "Friday, July 01, 2016", "July 1, 2016", "June 29", "29 June 2016",
 *             "2016-06-29", "6/29/2016", "June 2016", "in 2015", "jan 5"
 *   relative points: "yesterday", "today", "tomorrow", "last Friday",
 *             "on Tuesday", "two days ago", "last week", "last month",
 *             "next month", "this week"
 *   windows:  "within last weeks" (from = anchor - ~4 weeks, to = anchor),
 *             "in coming days or weeks" (from = anchor, to = anchor + ~4 weeks),
 *             "since January" (from = Jan 1 of the anchor year, to = anchor),
 *             "in the next 48 hours", "over the past month", "soon",
 *             "before the end of the year", "this summer", "during the
 *             end-of-year holidays", "before Christmas"
 */
#ifndef VG_DATE_H
#define VG_DATE_H
#include <stddef.h>
#include <stdint.h>

#include "text/tok.h"

enum { VG_DATE_NONE = 0, VG_DATE_YEAR, VG_DATE_MONTH, VG_DATE_DAY };

typedef struct vg_date {
    int16_t year;  /* e.g. 2016 */
    int8_t month;  /* 1..12, 0 when prec < MONTH */
    int8_t day;    /* 1..31, 0 when prec < DAY */
    int8_t prec;   /* VG_DATE_* */
} vg_date;

/* A date expression found in text: its byte span [start,end) and its
 * resolved value; a window has from/to (either may be prec NONE, open). */
typedef struct vg_timeref {
    uint32_t start, end;     /* byte offsets into the analysed text */
    uint32_t tok_start, tok_end; /* token indices, end exclusive */
    vg_date value;           /* the point; prec NONE when unresolvable */
    vg_date from, to;        /* window bounds; prec NONE when not a window */
    int is_window;
    int relative;            /* needed the anchor */
} vg_timeref;

/* Days since 1970-01-01 of d; for prec YEAR or MONTH, of its first day
 * (2016 -> 2016-01-01, 2016-06 -> 2016-06-01). Returns 0 for an invalid
 * date (including prec NONE), which is also the value of 1970-01-01:
 * check vg_date_valid first when that matters. */
long vg_date_to_days(vg_date d);
/* The date (prec DAY) of a day count; prec NONE outside years 1..9999. */
vg_date vg_date_from_days(long days);
/* Adds days to a date of prec DAY (other precisions are returned as is). */
vg_date vg_date_add_days(vg_date d, long days);
/* 0 = Monday .. 6 = Sunday, for prec DAY; -1 otherwise. */
int vg_date_weekday(vg_date d);
/* 1 when d is a real date at its precision (year 1..9999; month 1..12 and
 * day within the month where prec needs them, 0 where it does not), else
 * 0. Returns 0 for prec NONE. */
int vg_date_valid(vg_date d);
/* The date of t at the precision it supports: its value, or for a window
 * without one ("last week", 26 May .. 1 June) what its bounds share, the
 * month or the year (never its first day); prec NONE when they share no
 * year. */
vg_date vg_timeref_date(const vg_timeref *t);
/* Whether t is a window with both bounds, as exports and the store write
 * it beside the date (a half-open one is not). */
int vg_timeref_full_window(const vg_timeref *t);

/* A four-digit year as the common era counts it: a Thai Buddhist Era year
 * (2480..2650, 543 ahead: "15 January 2569" is 2026) moved back, any
 * other as is. */
int vg_date_ce_year(int y);

/* Writes d as ISO 8601 at its precision ("2016", "2016-06", "2016-06-29")
 * into buf (at least 11 bytes). Returns the length, 0 for prec NONE. */
size_t vg_date_format(vg_date d, char *buf, size_t size);

/* Parses a metadata date string (ISO 8601 with optional time, RFC 822 as in
 * RSS "Fri, 01 Jul 2016 10:00:00 GMT", "July 1, 2016", "Friday, July 01,
 * 2016", "1 July 2016", "2016/07/01", "7/1/2016" US order). Returns 0 and
 * sets *out, or -1. Only the date part is kept. */
int vg_date_parse(const char *s, size_t n, vg_date *out);

/* Numeric dates whose first two numbers could be either way round
 * ("07/10/2026": 10 July in the United States, 7 October elsewhere):
 * vg_date_parse reads them month first. */

/* The two leading numbers of "a/b/yyyy" (or with '-' or '.') into *a and
 * *b, and its separator; 0 when s does not start so. */
char vg_date_numeric_parts(const char *s, size_t n, int *a, int *b);

/* What the word written after a date (and its clock time) says of its
 * order: 1 day first ("hrs", "h", a time zone outside the United States
 * in capitals: "COT", "WAT", "CET", "IST"), -1 month first (a US zone in
 * capitals: "EST", "PT"), 0 nothing ("West Bank", "Art desk"). w is
 * folded (lower case); caps: it was written in capitals. */
int vg_date_zone_order(const char *w, size_t n, int caps);

/* Swaps month and day of d, read month first from the numeric date s, when
 * its numbers could be either way round. */
void vg_date_day_first(const char *s, size_t n, vg_date *d);

struct vg_doc;

/* Scans a date expression starting at token i of doc (not beyond token
 * limit end). anchor: the document date (prec may be NONE; relative forms
 * then resolve to value prec NONE but are still recognised). Returns the
 * number of tokens consumed (0 when no date expression starts at i) and
 * fills *out. */
size_t vg_date_scan(const struct vg_doc *doc, size_t i, size_t end, vg_date anchor, vg_timeref *out);

/* 0 when vg_date_scan finds nothing at token t whatever follows it: not
 * a number, nor a word the tokenizer marked VG_TF_DATEOPEN
 * (vg_date_word_opens). A caller that asks of every token skips the call
 * for most of them. */
static inline int vg_date_may_start(const vg_token *t)
{
    return t->kind == VG_TOK_NUM || (t->kind == VG_TOK_WORD && (t->flags & VG_TF_DATEOPEN));
}

/* 1 + the index of folded word s[0..n) (hash: vg_wordhash_hash of it) in
 * the scanner's word table (months, weekdays, units, keywords), 0 when it
 * is not there. The tokenizer keeps it in vg_token.dword. */
uint8_t vg_date_word_id(uint32_t hash, const char *s, size_t n);
/* 1 when folded word s[0..n), whose vg_date_word_id is id, may open a date
 * expression, as vg_date_scan's first tests find: a date word but a unit
 * ("days"), a season that is no feast of one day ("summer", "Christmas")
 * and a keyword nothing opens with ("of", "ago"); or outside the table
 * "good" and "black" ("Good Friday"), "q1".."q4", a word opening "mid-" and
 * a count vg_num_word reads ("two", "twenty-one", "thousand"). vg_date_scan
 * finds nothing at any other word whatever follows it. The tokenizer sets
 * VG_TF_DATEOPEN from it. */
int vg_date_word_opens(uint8_t id, const char *s, size_t n);
/* Sets bit (hash & (nbits - 1)) of bits for the hash of every word of that
 * table and of "good" and "black" (nbits a power of two): the tokenizer's
 * quick reject before it asks vg_date_word_id and vg_date_word_opens. */
void vg_date_words_mark(uint64_t *bits, size_t nbits);
/* Word k of that table, NULL past its end (for tests and the tokenizer's
 * table of the words it marks). */
const char *vg_date_word(size_t k);

#endif
