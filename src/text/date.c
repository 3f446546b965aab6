/* date.c: text stage. Calendar dates and metadata date strings; the
 * scanner for date expressions in text is in datescan.c.
 *
 * Takes a date value or a date string (vg_date_parse: a feed's pubDate, a
 * page's published_time) and produces vg_date values at the precision the
 * string supports, days since 1970-01-01, weekdays and ISO 8601 text. The
 * internal helpers the scanner shares (date_internal.h) live here too.
 *
 * Arithmetic: proleptic Gregorian calendar, days since 1970-01-01 by
 * Howard Hinnant's days_from_civil / civil_from_days; years 1..9999.
 *
 * vg_date_parse lexes the string into numbers, words and punctuation and
 * matches a few shapes, then an optional time and zone which are checked
 * and dropped: ISO "2016-07-01T10:00:00Z", RFC 822 "Fri, 01 Jul 2016
 * 10:00:00 GMT", "July 1, 2016", "1 July 2016", "2016/07/01", US "7/1/2016"
 * (day first only when the first number is above 12: "29/06/2016"), dotted
 * European "29.06.2016", "July 2016", "2016", military date-time groups
 * "221800Z JAN 26", "181200ZMAR26". A weekday name is skipped,
 * not checked against the date (feeds get it wrong more often than not).
 *
 * Invariants: every vg_date returned is valid at its precision or has
 * prec NONE (vg_date_make checks); strings above 256 bytes or 32 items are
 * rejected, so work is bounded; no allocation; pure, thread-safe.
 */
#include "text/date.h"

#include <string.h>

#include "text/date_internal.h"

/* Days since 1970-01-01 of 0001-01-01 and 9999-12-31. */
#define DAYS_MIN (-719162L)
#define DAYS_MAX 2932896L

/* ---- calendar arithmetic ----------------------------------------------- */

static int is_leap(long y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int vg_date_month_days(long y, int m)
{
    static const int md[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && is_leap(y) ? 29 : md[m - 1];
}

vg_date vg_date_make(long y, long m, long d, int prec)
{
    vg_date v = {0, 0, 0, VG_DATE_NONE};
    if (y < 1 || y > 9999 || m < 0 || m > 12 || d < 0 || d > 31)
        return v;
    v.year = (int16_t)y;
    v.month = (int8_t)(prec >= VG_DATE_MONTH ? m : 0);
    v.day = (int8_t)(prec == VG_DATE_DAY ? d : 0);
    v.prec = (int8_t)prec;
    if (!vg_date_valid(v))
        memset(&v, 0, sizeof v);
    return v;
}

static const vg_date none_date = {0, 0, 0, VG_DATE_NONE};

int vg_date_valid(vg_date d)
{
    if (d.prec < VG_DATE_YEAR || d.prec > VG_DATE_DAY || d.year < 1 || d.year > 9999)
        return 0;
    if (d.prec == VG_DATE_YEAR)
        return d.month == 0 && d.day == 0;
    if (d.month < 1 || d.month > 12)
        return 0;
    if (d.prec == VG_DATE_MONTH)
        return d.day == 0;
    return d.day >= 1 && d.day <= vg_date_month_days(d.year, d.month);
}

long vg_date_days_from_civil(long y, long m, long d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

/* The first day of a date at its precision: 2016 -> 2016-01-01. Invalid
 * dates give 0. */
long vg_date_to_days(vg_date d)
{
    if (!vg_date_valid(d))
        return 0;
    return vg_date_days_from_civil(d.year, d.prec >= VG_DATE_MONTH ? d.month : 1,
                                   d.prec == VG_DATE_DAY ? d.day : 1);
}

vg_date vg_date_from_days(long days)
{
    if (days < DAYS_MIN || days > DAYS_MAX)
        return none_date;
    long z = days + 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long y = yoe + era * 400;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    long d = doy - (153 * mp + 2) / 5 + 1;
    long m = mp < 10 ? mp + 3 : mp - 9;
    return vg_date_make(y + (m <= 2), m, d, VG_DATE_DAY);
}

vg_date vg_date_add_days(vg_date d, long days)
{
    if (d.prec != VG_DATE_DAY || !vg_date_valid(d))
        return d;
    if (days > DAYS_MAX - DAYS_MIN || days < DAYS_MIN - DAYS_MAX)
        return none_date;
    return vg_date_from_days(vg_date_to_days(d) + days);
}

int vg_date_weekday(vg_date d)
{
    if (d.prec != VG_DATE_DAY || !vg_date_valid(d))
        return -1;
    long w = (vg_date_to_days(d) + 3) % 7; /* 1970-01-01 was a Thursday */
    return (int)(w < 0 ? w + 7 : w);
}

size_t vg_date_format(vg_date d, char *buf, size_t size)
{
    if (!buf || size == 0)
        return 0;
    buf[0] = '\0';
    if (!vg_date_valid(d) || size < 11)
        return 0;
    /* the digits written out ("%04d-%02d-%02d" without printf: every
     * record writes many dates); a valid year has at most four digits */
    char *p = buf;
    int y = d.year;
    *p++ = (char)('0' + y / 1000);
    *p++ = (char)('0' + y / 100 % 10);
    *p++ = (char)('0' + y / 10 % 10);
    *p++ = (char)('0' + y % 10);
    if (d.prec >= VG_DATE_MONTH) {
        *p++ = '-';
        *p++ = (char)('0' + d.month / 10);
        *p++ = (char)('0' + d.month % 10);
    }
    if (d.prec == VG_DATE_DAY) {
        *p++ = '-';
        *p++ = (char)('0' + d.day / 10);
        *p++ = (char)('0' + d.day % 10);
    }
    *p = '\0';
    return (size_t)(p - buf);
}

/* First and last day of a date at its precision. */
vg_date vg_date_first_day(vg_date v)
{
    if (!vg_date_valid(v))
        return none_date;
    return vg_date_make(v.year, v.prec >= VG_DATE_MONTH ? v.month : 1,
                        v.prec == VG_DATE_DAY ? v.day : 1, VG_DATE_DAY);
}

vg_date vg_date_last_day(vg_date v)
{
    if (!vg_date_valid(v))
        return none_date;
    int m = v.prec >= VG_DATE_MONTH ? v.month : 12;
    return vg_date_make(v.year, m, v.prec == VG_DATE_DAY ? v.day : vg_date_month_days(v.year, m),
                        VG_DATE_DAY);
}

/* A month-precision date k months from year y, month m. */
vg_date vg_date_month_offset(long y, long m, long k)
{
    long idx = y * 12 + (m - 1) + k;
    if (idx < 12 || idx > 9999L * 12 + 11)
        return none_date;
    return vg_date_make(idx / 12, idx % 12 + 1, 0, VG_DATE_MONTH);
}

/* ---- metadata strings -------------------------------------------------- */

static int lower_ascii(int c)
{
    return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

static int month_of(const char *w)
{
    static const char *const full[] = {"january",   "february", "march",    "april",
                                       "may",       "june",     "july",     "august",
                                       "september", "october",  "november", "december"};
    /* Spanish, Portuguese and French, unaccented as lex reads them
     * ("27 de enero de 2026", "3 février 2026", "1 de março de 2023") */
    static const char *const other[] = {
        "enero",   "febrero",   "marzo",   "abril",   "mayo",     "junio",   "julio",
        "agosto",  "septiembre", "octubre", "noviembre", "diciembre", "janeiro", "fevereiro",
        "marco",   "abril",     "maio",    "junho",   "julho",    "agosto",  "setembro",
        "outubro", "novembro",  "dezembro", "janvier", "fevrier",  "mars",    "avril",
        "mai",     "juin",      "juillet", "aout",    "septembre", "octobre", "novembre",
        "decembre"};
    for (int m = 0; m < 12; m++)
        if (strcmp(w, full[m]) == 0 || (strlen(w) == 3 && strncmp(w, full[m], 3) == 0))
            return m + 1;
    for (size_t k = 0; k < sizeof other / sizeof other[0]; k++)
        if (strcmp(w, other[k]) == 0)
            return (int)(k % 12) + 1; /* twelve per language */
    if (strcmp(w, "setiembre") == 0)
        return 9;
    return strcmp(w, "sept") == 0 ? 9 : 0;
}

static int weekday_of(const char *w)
{
    static const char *const full[] = {"monday", "tuesday",  "wednesday", "thursday",
                                       "friday", "saturday", "sunday"};
    for (int k = 0; k < 7; k++)
        if (strcmp(w, full[k]) == 0 || (strlen(w) == 3 && strncmp(w, full[k], 3) == 0))
            return k;
    if (strcmp(w, "tues") == 0)
        return 1;
    if (strcmp(w, "thur") == 0 || strcmp(w, "thurs") == 0)
        return 3;
    return -1;
}

/* One lexical item of a date string: kind 'n' (digits), 'w' (letters,
 * lower case) or the punctuation character itself. */
typedef struct item {
    char kind;
    int len;
    long val;
    char w[12];
} item;

#define DP_MAX_ITEMS 32

/* The letter at s[i] lower-cased, an accented Latin letter of U+00C0..U+00FF
 * as its base letter ("é" -> 'e', "ç" -> 'c', "û" -> 'u'), so "février",
 * "março" and "août" read as the month names above; *len gets the bytes
 * it takes. 0 when s[i] starts no letter. */
static char letter_at(const char *s, size_t n, size_t i, size_t *len)
{
    unsigned char c = (unsigned char)s[i];
    *len = 1;
    if ((c | 32) >= 'a' && (c | 32) <= 'z')
        return (char)lower_ascii(c);
    if (c != 0xC3 || i + 1 >= n)
        return 0;
    /* the second byte, less 0x80, over U+00C0..U+00FF, upper and lower
     * case alike (0x20 apart) */
    static const char base[] = "aaaaaaaceeeeiiiidnooooo ouuuuy s"; /* ' ': no letter to read */
    unsigned char d = (unsigned char)s[i + 1];
    if (d < 0x80 || d > 0xBF)
        return 0;
    char b = d == 0xBF ? 'y' : base[(d - 0x80) & 31]; /* U+00FF is y, U+00DF sharp s */
    if (b == ' ')
        return 0; /* the multiplication and division signs, thorn */
    *len = 2;
    return b;
}

static int lex(const char *s, size_t n, item *it)
{
    int k = 0;
    size_t i = 0, step;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            i++;
            continue;
        }
        if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0) { /* no-break space */
            i += 2;
            continue;
        }
        if (k == DP_MAX_ITEMS)
            return -1;
        item *t = &it[k++];
        memset(t, 0, sizeof *t);
        if (c >= '0' && c <= '9') {
            t->kind = 'n';
            for (; i < n && s[i] >= '0' && s[i] <= '9'; i++) {
                if (++t->len > 9)
                    return -1;
                t->val = t->val * 10 + (s[i] - '0');
            }
        } else if (letter_at(s, n, i, &step)) {
            t->kind = 'w';
            char l;
            for (; i < n && (l = letter_at(s, n, i, &step)) != 0; i += step) {
                if (t->len >= (int)sizeof t->w - 1)
                    return -1;
                t->w[t->len++] = l;
            }
        } else if (c && strchr(",./-:+()", c)) {
            t->kind = (char)c;
            i++;
        } else {
            return -1;
        }
    }
    return k;
}

static int is_ordinal_suffix(const item *t)
{
    return t->kind == 'w' && (!strcmp(t->w, "st") || !strcmp(t->w, "nd") || !strcmp(t->w, "rd") ||
                              !strcmp(t->w, "th"));
}

int vg_date_ce_year(int y)
{
    return y >= 2480 && y <= 2650 ? y - 543 : y;
}

/* Two-digit years: 00..69 -> 2000s, 70..99 -> 1900s. */
static long year_of(const item *t)
{
    if (t->kind != 'n')
        return -1;
    if (t->len == 4)
        return vg_date_ce_year((int)t->val);
    if (t->len == 2)
        return t->val < 70 ? 2000 + t->val : 1900 + t->val;
    return -1;
}

/* After the date: [","] ["T" | "at"] hh:mm[:ss[.frac]] [am|pm|a.m.]
 * [zone: "Z", "GMT", "EDT", "+0300", "-04:00"] ["(" name ")"]. 0 when it
 * reaches the end. */
static int parse_rest(const item *it, int n, int p)
{
#define IS(q, k) ((q) < n && it[(q)].kind == (k))
    if (IS(p, ','))
        p++;
    if (IS(p, 'w') && (!strcmp(it[p].w, "t") || !strcmp(it[p].w, "at")))
        p++;
    if (p == n)
        return 0;
    if (!(IS(p, 'n') && it[p].len <= 2 && it[p].val <= 24 && IS(p + 1, ':') && IS(p + 2, 'n') &&
          it[p + 2].len == 2 && it[p + 2].val <= 59))
        return -1;
    p += 3;
    if (IS(p, ':') && IS(p + 1, 'n') && it[p + 1].len == 2 && it[p + 1].val <= 60)
        p += 2;
    if ((IS(p, '.') || IS(p, ',')) && IS(p + 1, 'n'))
        p += 2;
    if (IS(p, 'w') && (!strcmp(it[p].w, "am") || !strcmp(it[p].w, "pm"))) {
        p++;
    } else if (IS(p, 'w') && (!strcmp(it[p].w, "a") || !strcmp(it[p].w, "p")) && IS(p + 1, '.') &&
               IS(p + 2, 'w') && !strcmp(it[p + 2].w, "m")) {
        p += 3;
        if (IS(p, '.'))
            p++;
    }
    if (IS(p, 'w') && it[p].len <= 5)
        p++;
    if ((IS(p, '+') || IS(p, '-')) && IS(p + 1, 'n') &&
        (it[p + 1].len == 2 || it[p + 1].len == 4)) {
        p += 2;
        if (IS(p, ':') && IS(p + 1, 'n') && it[p + 1].len == 2)
            p += 2;
    }
    if (IS(p, '(') && IS(p + 1, 'w') && IS(p + 2, ')'))
        p += 3;
    return p == n ? 0 : -1;
#undef IS
}

char vg_date_numeric_parts(const char *s, size_t n, int *a, int *b)
{
    const char *p = s, *e = s + n;
    int v[2] = {0, 0};
    char sep = 0;
    for (int part = 0; part < 2; part++) {
        const char *q = p;
        while (p < e && *p >= '0' && *p <= '9' && p - q < 3)
            v[part] = v[part] * 10 + (*p++ - '0');
        if (p == q || p - q > 2 || p >= e || (*p != '/' && *p != '-' && *p != '.') || (sep && *p != sep))
            return 0;
        sep = *p++;
    }
    *a = v[0];
    *b = v[1];
    return sep;
}

int vg_date_zone_order(const char *w, size_t n, int caps)
{
    if ((n == 3 && !memcmp(w, "hrs", 3)) || (n == 1 && w[0] == 'h'))
        return 1;
    if (!caps)
        return 0;
    static const char *const us[] = {"est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt",
                                     "et", "pt", "akst", "hst"};
    static const char *const day[] = {"cot", "art", "brt", "clt", "pet", "wat",
                                      "cat", "eat", "cet", "cest", "eet", "eest", "wet", "west",
                                      "bst", "ist", "pkt", "ict", "wib", "aest", "aedt", "nzst",
                                      "msk", "trt", "gmt", "utc"};
    for (size_t i = 0; i < sizeof us / sizeof us[0]; i++)
        if (strlen(us[i]) == n && !memcmp(us[i], w, n))
            return -1;
    for (size_t i = 0; i < sizeof day / sizeof day[0]; i++)
        if (strlen(day[i]) == n && !memcmp(day[i], w, n))
            return 1;
    return 0;
}

void vg_date_day_first(const char *s, size_t n, vg_date *d)
{
    int a, b;
    char sep = vg_date_numeric_parts(s, n, &a, &b);
    if (sep && sep != '.' && a >= 1 && b >= 1 && a <= 12 && b <= 12 && a != b && d->prec == VG_DATE_DAY &&
        d->month == a && d->day == b) {
        d->month = (int8_t)b;
        d->day = (int8_t)a;
    }
}

int vg_date_parse(const char *s, size_t n, vg_date *out)
{
    item it[DP_MAX_ITEMS];
    int cnt, p = 0, prec;
    long y = 0, m = 0, d = 0;
    if (!s || !out || n == 0 || n > 256 || (cnt = lex(s, n, it)) <= 0)
        return -1;
#define IS(q, k) ((q) < cnt && it[(q)].kind == (k))
    /* a military date-time group: "221800Z JAN 26" (day, hour, minute,
     * zone letter, month, year), or written solid, the zone letter and
     * the month one word: "181200ZMAR26" */
    int solid = cnt >= 3 && IS(1, 'w') && it[1].len == 4;
    if (cnt >= 3 + !solid && IS(0, 'n') && it[0].len == 6 && IS(1, 'w') && (it[1].len == 1 || solid) &&
        (m = solid ? month_of(it[1].w + 1) : IS(2, 'w') ? month_of(it[2].w) : 0) > 0 &&
        (y = year_of(&it[3 - solid])) > 0 && it[0].val / 100 % 100 < 24 && it[0].val % 100 < 60) {
        vg_date dtg = {(int16_t)y, (int8_t)m, (int8_t)(it[0].val / 10000), VG_DATE_DAY};
        if (cnt != 4 - solid || !vg_date_valid(dtg))
            return -1;
        *out = dtg;
        return 0;
    }
    if (IS(p, 'w') && weekday_of(it[p].w) >= 0) {
        p++;
        if (IS(p, ',') || IS(p, '.'))
            p++;
    }
    if (IS(p, 'n') && it[p].len == 4) {
        /* "2016-07-01", "2016/07/01", "2016.07.01", "2016-07", "2016" */
        y = it[p++].val;
        char sep = p < cnt ? it[p].kind : 0;
        if ((sep == '-' || sep == '/' || sep == '.') && IS(p + 1, 'n') && it[p + 1].len <= 2) {
            m = it[p + 1].val;
            p += 2;
            if (IS(p, sep) && IS(p + 1, 'n') && it[p + 1].len <= 2) {
                d = it[p + 1].val;
                p += 2;
                prec = VG_DATE_DAY;
            } else if (sep == '.') {
                return -1;
            } else {
                prec = VG_DATE_MONTH;
            }
        } else {
            prec = VG_DATE_YEAR;
        }
    } else if (IS(p, 'n') && it[p].len <= 2) {
        long a = it[p++].val;
        char sep = p < cnt ? it[p].kind : 0;
        if ((sep == '/' || sep == '-' || sep == '.') && IS(p + 1, 'n') && it[p + 1].len <= 2 &&
            IS(p + 2, sep) && p + 3 < cnt && year_of(&it[p + 3]) > 0) {
            /* "7/1/2016" (US), "29/06/2016", "29.06.2016" (day first) */
            long b = it[p + 1].val;
            y = year_of(&it[p + 3]);
            if (sep == '.' || (a > 12 && b <= 12)) {
                d = a;
                m = b;
            } else {
                m = a;
                d = b;
            }
            p += 4;
        } else {
            /* "1 July 2016", "01 Jul 2016", "1st of July, 2016" */
            d = a;
            if (p < cnt && is_ordinal_suffix(&it[p]))
                p++;
            int de = IS(p, 'w') && !strcmp(it[p].w, "de");
            if (IS(p, 'w') && (!strcmp(it[p].w, "of") || de))
                p++;
            if (!IS(p, 'w') || (m = month_of(it[p].w)) == 0)
                return -1;
            p++;
            if (IS(p, '.'))
                p++;
            if (IS(p, ',') || (de && IS(p, 'w') && !strcmp(it[p].w, "de")))
                p++;
            if (p >= cnt || (y = year_of(&it[p])) < 0)
                return -1;
            p++;
        }
        prec = VG_DATE_DAY;
    } else if (IS(p, 'w') && (m = month_of(it[p].w)) > 0) {
        /* "July 1, 2016", "Jul. 1 2016", "July 2016" */
        p++;
        if (IS(p, '.'))
            p++;
        if (IS(p, 'n') && it[p].len <= 2) {
            d = it[p++].val;
            if (p < cnt && is_ordinal_suffix(&it[p]))
                p++;
            prec = VG_DATE_DAY;
        } else {
            prec = VG_DATE_MONTH;
        }
        if (IS(p, ','))
            p++;
        if (!IS(p, 'n') || it[p].len != 4)
            return -1;
        y = it[p++].val;
    } else {
        return -1;
    }
#undef IS
    vg_date v = vg_date_make(y, m, d, prec);
    if (v.prec == VG_DATE_NONE || parse_rest(it, cnt, p) < 0)
        return -1;
    *out = v;
    return 0;
}

int vg_timeref_full_window(const vg_timeref *t)
{
    return t->is_window && vg_date_valid(t->from) && vg_date_valid(t->to);
}

vg_date vg_timeref_date(const vg_timeref *t)
{
    vg_date d = t->value;
    if (!t->is_window || d.prec != VG_DATE_NONE || !vg_date_valid(t->from) || !vg_date_valid(t->to) ||
        t->from.year != t->to.year)
        return d;
    d.year = t->from.year;
    d.month = d.day = 0;
    d.prec = VG_DATE_YEAR;
    if (t->from.prec >= VG_DATE_MONTH && t->to.prec >= VG_DATE_MONTH && t->from.month == t->to.month) {
        d.month = t->from.month;
        d.prec = VG_DATE_MONTH;
    }
    return d;
}
