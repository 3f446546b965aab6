/* datescan.c: text stage. Date expressions in text, absolute and
 * relative, resolved against an anchor (the publication date).
 *
 * Takes a document's tokens (vg_date_scan, matching on each token's folded
 * form `norm`, so "LAST FRIDAY" reads like "last Friday") and produces a
 * vg_timeref: a byte span, a point and/or a window. Calendar arithmetic and
 * vg_date_parse are in date.c (shared helpers: date_internal.h).
 *
 * vg_date_scan reads one expression at a token; the first token picks the
 * rule through a sorted keyword table (binary search), so most tokens are
 * rejected after one lookup. Rules, with the decisions they embody:
 *   points     "Friday, July 01, 2016", "July 1, 2016", "29 June 2016",
 *              "2016-06-29", "6/29/2016" (absolute); "June 29", "jan. 5",
 *              "June" take their year from the anchor: the candidate in the
 *              anchor's year, moved to the previous year when more than 183
 *              days (6 months) after the anchor, to the next year when more
 *              than 300 days (10 months) before it. "June 2016" is a month.
 *              A year alone only after a preposition ("in 2015", "of 2015"
 *              but not "of 2000 militants", "2016 people"). "may", "march",
 *              "august" alone need a preposition before them ("in May").
 *   relative   "yesterday" -1 day, "today"/"tonight" 0, "tomorrow" +1,
 *              "last night" -1, "overnight" -1 (the night that began
 *              then); a weekday alone ("on Tuesday") is the most recent
 *              such day on or before the anchor (we cannot know the tense);
 *              "last Friday" strictly before, "next Friday" strictly
 *              after, "this Friday" in the anchor's Monday..Sunday week;
 *              "two days ago", "3 weeks ago" (day precision), "two months
 *              ago" (month precision), "a year ago" (year precision).
 *   calendar   "last/this/next week" (Monday..Sunday, value NONE),
 *              "... month" (value at month precision), "... year";
 *              "earlier this month" (first day .. anchor), "later this year"
 *              (anchor .. last day).
 *   rolling    windows ending or starting at the anchor, including the
 *              leading preposition or "the" in the span:
 *                 expression                                 days
 *                 "recently", "lately", "in (the) recent past"   -30
 *                 "soon", "in (the) near future"                 +30
 *                 N hours / N days / N weeks / N months / N years
 *                           ceil(N/24) / N / 7N / 30N / 365N
 *                 a singular unit ("over the past month")    1/1/7/30/365
 *                 a vague plural ("within last weeks", "in recent weeks",
 *                 "in the coming days", "the next few months")
 *                           hours 1, days 7, weeks 28, months 90, years 1095
 *                 alternatives ("in coming days or weeks") take the longest
 *              past windows (last, past, previous, recent) are anchor - N ..
 *              anchor; future ones (next, coming, upcoming,
 *              "the days ahead", "the weeks to come") anchor .. anchor + N.
 *              "last week" without a preposition or "the" is the calendar
 *              week; "in the last week" is the rolling 7 days.
 *   bounded    "since January" (first day of the most recent January ..
 *              anchor), "since 2014", "until March" / "by the end of the
 *              year" (anchor .. last day; a month alone or a weekday is
 *              the next one, on or after the anchor; when the end falls
 *              before the anchor the start is left open), "from X to Y",
 *              "between X and Y", "the 1990s" (a decade window); "before"
 *              only with an edge or a period ("before the end of the
 *              year", "before summer": the next one that has not begun).
 *   periods    seasons (northern, meteorological: "this summer" June 1 ..
 *              August 31, "last winter", "next spring"), "the end-of-year
 *              holidays", "the festive season" (December 20 .. January 6)
 *              as windows; Easter
 *              (computus) and Christmas as days; the one under way or
 *              next, "last" the one before, "next" the one after.
 * Window bounds are at day precision; a window's value is set only when it
 * is one calendar month or year ("last month" 2016-06), else prec NONE.
 * Plain points do not include a preposition ("on June 29" -> "June 29").
 * Without a usable anchor, relative expressions are still consumed with
 * relative = 1 and unresolved parts at prec NONE; forms needing a day
 * (yesterday) want an anchor at day precision, "last month" at month
 * precision, "last year" at year precision.
 *
 *
 * Invariants: reads tokens only in [i, min(end, ntoks)), plus token i-1 as
 * left context (a year or month alone, "as soon"); each rule looks a
 * bounded number of tokens ahead; no allocation; pure, thread-safe.
 */
#include "text/date.h"

#include <pthread.h>
#include <string.h>

#include "text/date_internal.h"
#include "text/doc.h"
#include "text/num.h"
#include "text/tok.h"
#include "util/wordhash.h"

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

static const vg_date none_date = {0, 0, 0, VG_DATE_NONE};

/* ---- the word table ---------------------------------------------------- */

enum { D_NONE = 0, D_MONTH, D_MONABBR, D_WEEKDAY, D_UNIT, D_KEY, D_SEASON };
/* D_SEASON values: periods of the year and feasts (season()) */
enum { S_SPRING, S_SUMMER, S_AUTUMN, S_WINTER, S_ENDYEAR, S_CHRISTMAS, S_EASTER, S_GOODFRIDAY,
       S_THANKSGIVING, S_BLACKFRIDAY };
/* a feast that is one day and names it alone ("on Black Friday") */
#define DAY_FEAST(v) ((v) >= S_GOODFRIDAY)
enum { U_HOUR = 0, U_DAY, U_WEEK, U_FORTNIGHT, U_MONTH, U_YEAR, U_PLURAL = 8 };
/* clang-format off */
enum {
    KW_A, KW_AGO, KW_AHEAD, KW_AN, KW_AND, KW_AFTERNOON, KW_BEFORE, KW_BEGINNING, KW_BETWEEN, KW_BY,
    KW_COME, KW_COMING, KW_COUPLE, KW_DURING, KW_EARLIER, KW_END, KW_EVENING, KW_FEW,
    KW_FOR, KW_FROM, KW_FUTURE, KW_IN, KW_LAST, KW_LATELY, KW_LATER, KW_MORNING,
    KW_NEAR, KW_NEXT, KW_NIGHT, KW_OF, KW_OR, KW_OVER, KW_OVERNIGHT, KW_PAST, KW_PREVIOUS, KW_RECENT,
    KW_RECENTLY, KW_SEVERAL, KW_SINCE, KW_SOON, KW_START, KW_THE, KW_THIS, KW_THROUGH,
    KW_THROUGHOUT, KW_TILL, KW_TO, KW_TODAY, KW_TOMORROW, KW_TONIGHT, KW_UNTIL, KW_UPCOMING,
    KW_WITHIN, KW_YESTERDAY
};
/* clang-format on */

typedef struct dword {
    const char *w;
    unsigned char cls, val;
} dword;

/* Sorted by strcmp (a test may rely on it; lookups go through a hash). Month abbreviations keep the tokenizer's dot
 * ("jan."); weekdays are full names only ("sat", "sun", "wed" are words). Spanish, French and Portuguese month
 * names count as abbreviations: only with a day or a year next to them ("7 julio 2025"; "Julio" alone is a
 * given name). */
/* clang-format off */
static const dword dwords[] = {
    {"a", D_KEY, KW_A},                {"abril", D_MONABBR, 4},
    {"afternoon", D_KEY, KW_AFTERNOON},{"ago", D_KEY, KW_AGO},
    {"agosto", D_MONABBR, 8},          {"ahead", D_KEY, KW_AHEAD},
    {"an", D_KEY, KW_AN},              {"and", D_KEY, KW_AND},
    {"aout", D_MONABBR, 8},            {"août", D_MONABBR, 8},
    {"apr", D_MONABBR, 4},             {"apr.", D_MONABBR, 4},
    {"april", D_MONTH, 4},             {"aug", D_MONABBR, 8},
    {"aug.", D_MONABBR, 8},            {"august", D_MONTH, 8},
    {"autumn", D_SEASON, S_AUTUMN},    {"avril", D_MONABBR, 4},
    {"before", D_KEY, KW_BEFORE},      {"beginning", D_KEY, KW_BEGINNING},
    {"between", D_KEY, KW_BETWEEN},    {"by", D_KEY, KW_BY},
    {"christmas", D_SEASON, S_CHRISTMAS},{"come", D_KEY, KW_COME},
    {"coming", D_KEY, KW_COMING},      {"couple", D_KEY, KW_COUPLE},
    {"day", D_UNIT, U_DAY},            {"days", D_UNIT, U_DAY | U_PLURAL},
    {"dec", D_MONABBR, 12},            {"dec.", D_MONABBR, 12},
    {"december", D_MONTH, 12},         {"decembre", D_MONABBR, 12},
    {"dezembro", D_MONABBR, 12},       {"diciembre", D_MONABBR, 12},
    {"during", D_KEY, KW_DURING},      {"décembre", D_MONABBR, 12},
    {"earlier", D_KEY, KW_EARLIER},    {"easter", D_SEASON, S_EASTER},
    {"end", D_KEY, KW_END},            {"end-of-year", D_SEASON, S_ENDYEAR},
    {"enero", D_MONABBR, 1},           {"evening", D_KEY, KW_EVENING},
    {"feb", D_MONABBR, 2},             {"feb.", D_MONABBR, 2},
    {"febrero", D_MONABBR, 2},         {"february", D_MONTH, 2},
    {"festive", D_SEASON, S_ENDYEAR},  {"fevereiro", D_MONABBR, 2},
    {"fevrier", D_MONABBR, 2},         {"few", D_KEY, KW_FEW},
    {"for", D_KEY, KW_FOR},            {"fortnight", D_UNIT, U_FORTNIGHT},
    {"fortnights", D_UNIT, U_FORTNIGHT | U_PLURAL},{"friday", D_WEEKDAY, 4},
    {"from", D_KEY, KW_FROM},          {"future", D_KEY, KW_FUTURE},
    {"février", D_MONABBR, 2},         {"hour", D_UNIT, U_HOUR},
    {"hours", D_UNIT, U_HOUR | U_PLURAL},{"in", D_KEY, KW_IN},
    {"jan", D_MONABBR, 1},             {"jan.", D_MONABBR, 1},
    {"janeiro", D_MONABBR, 1},         {"january", D_MONTH, 1},
    {"janvier", D_MONABBR, 1},         {"juillet", D_MONABBR, 7},
    {"juin", D_MONABBR, 6},            {"jul", D_MONABBR, 7},
    {"jul.", D_MONABBR, 7},            {"julho", D_MONABBR, 7},
    {"julio", D_MONABBR, 7},           {"july", D_MONTH, 7},
    {"jun", D_MONABBR, 6},             {"jun.", D_MONABBR, 6},
    {"june", D_MONTH, 6},              {"junho", D_MONABBR, 6},
    {"junio", D_MONABBR, 6},           {"last", D_KEY, KW_LAST},
    {"lately", D_KEY, KW_LATELY},      {"later", D_KEY, KW_LATER},
    {"maio", D_MONABBR, 5},            {"mar", D_MONABBR, 3},
    {"mar.", D_MONABBR, 3},            {"march", D_MONTH, 3},
    {"marco", D_MONABBR, 3},           {"marzo", D_MONABBR, 3},
    {"março", D_MONABBR, 3},           {"may", D_MONTH, 5},
    {"mayo", D_MONABBR, 5},            {"monday", D_WEEKDAY, 0},
    {"month", D_UNIT, U_MONTH},        {"months", D_UNIT, U_MONTH | U_PLURAL},
    {"morning", D_KEY, KW_MORNING},    {"near", D_KEY, KW_NEAR},
    {"next", D_KEY, KW_NEXT},          {"night", D_KEY, KW_NIGHT},
    {"nov", D_MONABBR, 11},            {"nov.", D_MONABBR, 11},
    {"november", D_MONTH, 11},         {"novembre", D_MONABBR, 11},
    {"noviembre", D_MONABBR, 11},      {"oct", D_MONABBR, 10},
    {"oct.", D_MONABBR, 10},           {"october", D_MONTH, 10},
    {"octobre", D_MONABBR, 10},        {"octubre", D_MONABBR, 10},
    {"of", D_KEY, KW_OF},              {"or", D_KEY, KW_OR},
    {"outubro", D_MONABBR, 10},        {"over", D_KEY, KW_OVER},
    {"overnight", D_KEY, KW_OVERNIGHT},
    {"past", D_KEY, KW_PAST},          {"previous", D_KEY, KW_PREVIOUS},
    {"recent", D_KEY, KW_RECENT},      {"recently", D_KEY, KW_RECENTLY},
    {"saturday", D_WEEKDAY, 5},        {"sep", D_MONABBR, 9},
    {"sep.", D_MONABBR, 9},            {"sept", D_MONABBR, 9},
    {"sept.", D_MONABBR, 9},           {"september", D_MONTH, 9},
    {"septembre", D_MONABBR, 9},       {"septiembre", D_MONABBR, 9},
    {"setembro", D_MONABBR, 9},        {"setiembre", D_MONABBR, 9},
    {"several", D_KEY, KW_SEVERAL},    {"since", D_KEY, KW_SINCE},
    {"soon", D_KEY, KW_SOON},          {"spring", D_SEASON, S_SPRING},
    {"start", D_KEY, KW_START},        {"summer", D_SEASON, S_SUMMER},
    {"sunday", D_WEEKDAY, 6},          {"thanksgiving", D_SEASON, S_THANKSGIVING},
    {"the", D_KEY, KW_THE},
    {"this", D_KEY, KW_THIS},          {"through", D_KEY, KW_THROUGH},
    {"throughout", D_KEY, KW_THROUGHOUT},{"thursday", D_WEEKDAY, 3},
    {"till", D_KEY, KW_TILL},          {"to", D_KEY, KW_TO},
    {"today", D_KEY, KW_TODAY},        {"tomorrow", D_KEY, KW_TOMORROW},
    {"tonight", D_KEY, KW_TONIGHT},    {"tuesday", D_WEEKDAY, 1},
    {"until", D_KEY, KW_UNTIL},        {"upcoming", D_KEY, KW_UPCOMING},
    {"wednesday", D_WEEKDAY, 2},       {"week", D_UNIT, U_WEEK},
    {"weeks", D_UNIT, U_WEEK | U_PLURAL},{"winter", D_SEASON, S_WINTER},
    {"within", D_KEY, KW_WITHIN},      {"year", D_UNIT, U_YEAR},
    {"years", D_UNIT, U_YEAR | U_PLURAL},{"yesterday", D_KEY, KW_YESTERDAY},
};
/* clang-format on */

/* dwords hashed once per process (see util/wordhash.h): the scanner asks
 * for the class of most tokens, several times each. */
static uint32_t dword_slots[512];
static vg_wordhash dword_hash;
static int dword_hash_ok;
static pthread_once_t dword_once = PTHREAD_ONCE_INIT;

static void dword_hash_build(void)
{
    dword_hash_ok = vg_wordhash_init(&dword_hash, dwords, NELEM(dwords), sizeof dwords[0],
                                     dword_slots, NELEM(dword_slots)) == 0;
}

static const dword *find_word(uint32_t hash, const char *s, size_t n)
{
    pthread_once(&dword_once, dword_hash_build);
    if (!dword_hash_ok)
        return NULL;
    long i = vg_wordhash_find_hashed(&dword_hash, hash, s, n);
    return i >= 0 ? &dwords[i] : NULL;
}

uint8_t vg_date_word_id(uint32_t hash, const char *s, size_t n)
{
    _Static_assert(NELEM(dwords) < 255, "a word id is one byte");
    /* (the longest word of the table: "thanksgiving") */
    if (n == 0 || n > 12)
        return 0;
    const dword *d = find_word(hash, s, n);
    return d ? (uint8_t)(d - dwords + 1) : 0;
}

const char *vg_date_word(size_t k)
{
    return k < NELEM(dwords) ? dwords[k].w : NULL;
}

void vg_date_words_mark(uint64_t *bits, size_t nbits)
{
    for (size_t k = 0; k < NELEM(dwords); k++)
        vg_wordhash_mark(bits, nbits, dwords[k].w);
    /* the feasts' first words, for vg_date_word_opens */
    vg_wordhash_mark(bits, nbits, "good");
    vg_wordhash_mark(bits, nbits, "black");
}

/* The scanner's view of a document: tokens below lim, and the anchor. */
typedef struct scan {
    const vg_doc *doc;
    size_t lim;
    vg_date anchor; /* valid, or none_date */
} scan;

/* The anchor in days, for a day anchor. Worked out where it is used, not
 * per call of vg_date_scan: most calls end before any date is read. */
static long anchor_days(const scan *s)
{
    return vg_date_days_from_civil(s->anchor.year, s->anchor.month, s->anchor.day);
}

static const vg_token *tok_at(const scan *s, size_t k)
{
    return k < s->lim ? &s->doc->toks[k] : NULL;
}

/* Class of token k (D_*), *val its value. */
static int cls_at(const scan *s, size_t k, int *val)
{
    const vg_token *t = tok_at(s, k);
    if (!t || t->kind != VG_TOK_WORD || !t->dword)
        return D_NONE;
    const dword *d = &dwords[t->dword - 1];
    *val = d->val;
    return d->cls;
}

static int key_at(const scan *s, size_t k)
{
    int v;
    return cls_at(s, k, &v) == D_KEY ? v : -1;
}

/* Unit at k (U_*), *plural set; -1 when none. */
static int unit_at(const scan *s, size_t k, int *plural)
{
    int v;
    if (cls_at(s, k, &v) != D_UNIT)
        return -1;
    *plural = (v & U_PLURAL) != 0;
    return v & ~U_PLURAL;
}

/* "29", "1", "29th", "1st" -> 1..31; else -1. */
static int day_at(const scan *s, size_t k)
{
    const vg_token *t = tok_at(s, k);
    if (!t || !t->norm || (t->kind != VG_TOK_NUM && t->kind != VG_TOK_WORD))
        return -1;
    const char *p = t->norm;
    size_t n = t->normlen, i = 0;
    int d = 0;
    while (i < n && i < 2 && p[i] >= '0' && p[i] <= '9')
        d = d * 10 + (p[i++] - '0');
    if (i == 0 ||
        (i < n && (n - i != 2 || !(strncmp(p + i, "st", 2) == 0 || strncmp(p + i, "nd", 2) == 0 ||
                                   strncmp(p + i, "rd", 2) == 0 || strncmp(p + i, "th", 2) == 0))))
        return -1;
    return d >= 1 && d <= 31 ? d : -1;
}

/* "2016" -> 2016 (four digits, 1000..2999; a Buddhist Era year moved
 * back); else -1. */
static int year_at(const scan *s, size_t k)
{
    const vg_token *t = tok_at(s, k);
    int y = t ? vg_tok_four_digits(t) : -1;
    return y >= 1000 && y <= 2999 ? vg_date_ce_year(y) : -1;
}

/* ---- results ----------------------------------------------------------- */

typedef struct dres {
    size_t n; /* tokens used */
    vg_date value, from, to;
    int is_window, relative;
} dres;

enum { DIR_NEAR = 0, DIR_PAST, DIR_FUTURE, DIR_AHEAD };

static size_t point(dres *r, size_t n, vg_date v, int relative)
{
    memset(r, 0, sizeof *r);
    r->n = n;
    r->value = v;
    r->relative = relative;
    return n;
}

static size_t window(dres *r, size_t n, vg_date from, vg_date to, vg_date value)
{
    memset(r, 0, sizeof *r);
    r->n = n;
    r->from = from;
    r->to = to;
    r->value = value;
    r->is_window = 1;
    r->relative = 1;
    return n;
}

static vg_date res_start(const dres *r)
{
    return r->is_window ? r->from : vg_date_first_day(r->value);
}

static vg_date res_end(const dres *r)
{
    return r->is_window ? r->to : vg_date_last_day(r->value);
}

/* The anchor moved by delta days; NONE without a day anchor. */
static vg_date rel_day(const scan *s, long delta)
{
    return s->anchor.prec == VG_DATE_DAY ? vg_date_from_days(anchor_days(s) + delta) : none_date;
}

/* The year of month m (day d, 0 for a month alone) seen from the anchor,
 * per dir (see the file comment); 0 when the anchor has no year. */
static long infer_year(const scan *s, int m, int d, int dir)
{
    const vg_date *a = &s->anchor;
    if (a->prec < VG_DATE_YEAR)
        return 0;
    long y = a->year;
    if (a->prec == VG_DATE_DAY && d > 0) {
        long cand = vg_date_days_from_civil(
            y, m, d > vg_date_month_days(y, m) ? vg_date_month_days(y, m) : d);
        long diff = cand - anchor_days(s);
        if (dir == DIR_PAST)
            return diff > 0 ? y - 1 : y;
        if (dir == DIR_FUTURE)
            return diff < 0 ? y + 1 : y;
        return diff > 183 ? y - 1 : diff < -300 ? y + 1 : y; /* NEAR, AHEAD */
    }
    if (a->prec < VG_DATE_MONTH)
        return y;
    long diff = m - a->month;
    if (dir == DIR_PAST)
        return diff > 0 ? y - 1 : y;
    if (dir == DIR_FUTURE || dir == DIR_AHEAD)
        return diff < 0 ? y + 1 : y;
    return diff > 6 ? y - 1 : diff < -10 ? y + 1 : y;
}

/* ---- points ------------------------------------------------------------ */

static vg_wordlist year_preps = VG_WORDLIST(
    "in", "during", "since", "by", "until", "till", "of", "before", "after", "from", "through",
    "throughout", "early", "late", "circa", "summer", "winter", "spring", "autumn", "fall", "mid");
static vg_wordlist function_words = VG_WORDLIST(
    "was", "is", "saw", "had", "has", "will", "and", "or", "to", "in", "on", "at", "the", "a", "an",
    "when", "after", "before", "as", "with", "for", "by", "of", "from", "that", "which", "he",
    "she", "it", "they", "we", "i", "through", "until", "since", "were", "are", "be", "been",
    "also", "alone", "onwards", "onward", "but", "there", "this");

/* 1 when t (NULL past the scan's end) is one of the words of list. */
static int in_words(const vg_token *t, vg_wordlist *list)
{
    return t && vg_tok_in(t, list);
}

/* The tense of the clause a date at token k closes, from the nearest verb
 * before it (at most ten words back, within the clause): "is expected to
 * appear in court on Thursday", "will be sentenced in December" look
 * ahead (DIR_FUTURE); "had visited the station in December", "was killed
 * on 5 December" look back (DIR_PAST); else DIR_NEAR. */
static vg_wordlist tense_ahead =
    VG_WORDLIST("will", "'ll", "shall", "would", "expected", "due", "scheduled");
/* (irregular pasts of violence and flight, which relative clauses seldom
 * hold: not "won", "led", "held", "met", "sent", nor words that are
 * nouns too: "bit", "saw", "rose"; nor presents that read the same:
 * "set", "cut", "put") */
static vg_wordlist tense_back =
    VG_WORDLIST("had", "was", "were", "did", "said", "told", "took", "began", "shot", "struck",
                "hit", "came", "went", "overran", "blew", "threw", "broke", "fled", "fought",
                "stole", "tore", "withdrew", "slew", "sank");
static vg_wordlist tense_aux = VG_WORDLIST("be", "been", "being", "have", "has", "had", "to");

/* The tense word t tells (j: its token), or DIR_NEAR for none. */
static int tense_of(const scan *s, const vg_token *t, size_t j)
{
    if (in_words(t, &tense_ahead))
        return DIR_FUTURE;
    int back = in_words(t, &tense_back);
    /* a participle after "be", "been", "have", "had": the auxiliary tells
     * ("will be held on 3 January") */
    if ((vg_tok_past(t) || back) && j >= 1 && in_words(&s->doc->toks[j - 1], &tense_aux))
        return DIR_NEAR;
    if (back || vg_tok_past(t))
        return DIR_PAST;
    return DIR_NEAR;
}

static int clause_stop(const vg_token *t)
{
    return t->kind == VG_TOK_PUNCT && t->normlen == 1 && strchr(".;:\"?!", t->norm[0]);
}

/* tense_dir's words: what may open a dated clause, the verbs of a present
 * or modal after it, and the words that make a participle an adjective */
static vg_wordlist openers =
    VG_WORDLIST("on", "in", "by", "since", "early", "late", "until", "and", "but");
static vg_wordlist present =
    VG_WORDLIST("is", "are", "am", "may", "might", "could", "can", "must", "should");
static vg_wordlist modifiers = VG_WORDLIST("a", "an", "the", "newly", "so-called", "recently",
                                           "well", "heavily", "armed", "elected");

/* The tense of the clause a date at token k closes, from the nearest verb
 * before it (at most ten words back, within the clause): "is expected to
 * appear in court on Thursday", "will be sentenced in December" look
 * ahead (DIR_FUTURE); "had visited the station in December", "was killed
 * on 5 December" look back (DIR_PAST); a date that opens its clause ("On
 * 28 November, Boko Haram killed ...", "28 November: gunmen killed")
 * from the first verb after it; else DIR_NEAR. */
static int tense_dir(const scan *s, size_t k)
{
    int opens = 1;
    for (size_t j = k; j > 0 && k - j < 10; j--) {
        const vg_token *t = &s->doc->toks[j - 1];
        if (clause_stop(t))
            break;
        if (t->kind != VG_TOK_WORD)
            continue;
        int d = tense_of(s, t, j - 1);
        if (d != DIR_NEAR)
            return d;
        if (!in_words(t, &openers))
            opens = 0;
    }
    if (!opens)
        return DIR_NEAR;
    int first = 1; /* the first word of the clause after the date */
    for (size_t j = k + 1; j < s->doc->ntoks && j < k + 14; j++) {
        const vg_token *t = &s->doc->toks[j];
        /* (past the colon of a dated line: "28 November: gunmen killed";
         * not past the end of a line: a day's heading over a live blog) */
        if ((clause_stop(t) && !(j <= k + 4 && vg_tok_punct(t, ':'))) || (t->flags & VG_TF_NL))
            break;
        if (t->kind != VG_TOK_WORD || t->dword)
            continue; /* the date's own words: "November", "Friday" */
        if (in_words(t, &present))
            return vg_tok_is(t, "is") || vg_tok_is(t, "are") || vg_tok_is(t, "am") ? DIR_NEAR : DIR_FUTURE;
        /* a participle that qualifies a noun is no verb: "armed police
         * will guard", "the so-called Islamic State may", "a summit hosted
         * by Kenya will" */
        int adjective =
            vg_tok_past(t) && (first || in_words(&s->doc->toks[j - 1], &modifiers) ||
                               (j + 1 < s->doc->ntoks && vg_tok_is(&s->doc->toks[j + 1], "by")));
        first = 0;
        if (adjective)
            continue;
        int d = tense_of(s, t, j);
        if (d != DIR_NEAR)
            return d;
    }
    return DIR_NEAR;
}

/* A preposition that lets a year or month stand alone before token k. */
static int prep_before(const scan *s, size_t k)
{
    return k > 0 && in_words(&s->doc->toks[k - 1], &year_preps);
}

/* A year is not followed by a content word: "of 2000 militants". */
static int content_after(const scan *s, size_t k)
{
    const vg_token *t = tok_at(s, k);
    int v;
    if (!t || t->kind != VG_TOK_WORD)
        return 0;
    int c = cls_at(s, k, &v);
    return c != D_MONTH && c != D_MONABBR && !in_words(t, &function_words);
}

/* Month names that are also common words need a preposition alone. */
static int ambiguous_month(const scan *s, size_t k)
{
    const vg_token *t = tok_at(s, k);
    return vg_tok_is(t, "may") || vg_tok_is(t, "march") || vg_tok_is(t, "august");
}

/* A month-day resolved against the anchor when it has no year. */
static size_t month_day(const scan *s, size_t n, int y, int m, int d, int dir, dres *r)
{
    if (d > vg_date_month_days(y ? y : 2000, m))
        return 0; /* "June 31", "Feb 30" */
    if (y)
        return point(r, n, vg_date_make(y, m, d, VG_DATE_DAY), 0);
    long iy = infer_year(s, m, d, dir);
    return point(r, n, iy ? vg_date_make(iy, m, d, VG_DATE_DAY) : none_date, 1);
}

/* The second day of a span whose first day stands at token k: "-" or an
 * en dash written tight ("3-6"; spaced only when spaced is set: "the
 * night of 13 - 14 June"; "KABUL, May 2 - 12 soldiers" is a dateline),
 * "to" or "through", then a later day of the same month ("13 to 14", "3
 * through 6") that no unit follows ("March 5 to 10 years"); *d2 gets it.
 * Returns the tokens after k it takes (2), or 0. */
static size_t day_span(const scan *s, size_t k, int d, int spaced, int *d2)
{
    const vg_token *sep = tok_at(s, k + 1), *second = tok_at(s, k + 2);
    int dash = vg_tok_is(sep, "-") || vg_tok_is(sep, "\u2013");
    if (!(vg_tok_is(sep, "to") || vg_tok_is(sep, "through") || dash) || !second)
        return 0;
    if (dash && !spaced && (sep->start != s->doc->toks[k].end || second->start != sep->end))
        return 0;
    int plural;
    *d2 = day_at(s, k + 2);
    return *d2 > d && unit_at(s, k + 3, &plural) < 0 ? 2 : 0;
}

/* A span of days of month m ("April 3-6, 2026", "3-6 April 2026"): a
 * window, its years given (y) or seen from the anchor. 0 when a day does
 * not exist in the month. */
static size_t day_window(const scan *s, size_t n, int y, int m, int d, int d2, int dir, dres *r)
{
    dres a, b;
    if (!month_day(s, n, y, m, d, dir, &a) || !month_day(s, n, y, m, d2, dir, &b) ||
        !vg_date_valid(a.value) || !vg_date_valid(b.value))
        return 0;
    window(r, n, a.value, b.value, none_date);
    r->relative = a.relative;
    return n;
}

/* Month first: "July 1, 2016", "June 29", "jan. 5", "June 29th",
 * "June 2016", "June of 2016", "June" (full names; see ambiguous_month). */
static size_t month_first(const scan *s, size_t k, int dir, int ctx, dres *r)
{
    int m, y, d, cls = cls_at(s, k, &m);
    if (cls != D_MONTH && cls != D_MONABBR)
        return 0;
    if ((d = day_at(s, k + 1)) > 0) {
        /* "April 3-6, 2026", "April 3 to 6": a span of days; "the night
         * of November 23-24": the night that began on the 23rd */
        int d2, m2;
        int night = k >= 2 && vg_tok_is(tok_at(s, k - 1), "of") && vg_tok_is(tok_at(s, k - 2), "night");
        size_t span = day_span(s, k + 1, d, night, &d2);
        /* "from April 3 to 6 May": two months, not days of April */
        int c2 = span ? cls_at(s, k + 4, &m2) : D_NONE;
        if (c2 == D_MONTH || c2 == D_MONABBR)
            span = 0;
        size_t q = k + 2 + span;
        if (vg_tok_is(tok_at(s, q), ",") && year_at(s, q + 1) > 0)
            q++;
        y = year_at(s, q);
        size_t n = y > 0 ? q + 1 - k : 2 + span;
        if (span && night)
            return month_day(s, n, y > 0 ? y : 0, m, d, dir, r);
        if (span && day_window(s, n, y > 0 ? y : 0, m, d, d2, dir, r))
            return n;
        q = k + 2;
        if (vg_tok_is(tok_at(s, q), ","))
            q++;
        if ((y = year_at(s, q)) > 0)
            return month_day(s, q + 1 - k, y, m, d, dir, r);
        return month_day(s, 2, 0, m, d, dir, r);
    }
    size_t q = k + 1;
    if (vg_tok_is(tok_at(s, q), "of"))
        q++;
    if ((y = year_at(s, q)) > 0)
        return point(r, q + 1 - k, vg_date_make(y, m, 0, VG_DATE_MONTH), 0);
    if (cls == D_MONABBR || (ambiguous_month(s, k) && !ctx && !prep_before(s, k)))
        return 0;
    /* "in March last year", "in June this year", "in May next year" */
    const vg_token *yw = tok_at(s, k + 2);
    if (vg_tok_is(yw, "year") && s->anchor.prec >= VG_DATE_YEAR) {
        const vg_token *rel = tok_at(s, k + 1);
        int off = vg_tok_is(rel, "last") ? -1 : vg_tok_is(rel, "this") ? 0 : vg_tok_is(rel, "next") ? 1 : 2;
        if (off != 2)
            return point(r, 3, vg_date_make(s->anchor.year + off, m, 0, VG_DATE_MONTH), 1);
    }
    long iy = infer_year(s, m, 0, dir);
    return point(r, 1, iy ? vg_date_make(iy, m, 0, VG_DATE_MONTH) : none_date, 1);
}

/* Day first: "29 June 2016", "1 July", "29th of June", "01 Jul 2016". */
/* "13 to 14 February", "3-6 April 2026", "the night of 13-14 February"
 * at k (the first day d): the spans of days reports give, a window;
 * "the night of 13 to 14 February" is the night that began on the 13th
 * (a point). 0 when there is none. */
static size_t day_pair(const scan *s, size_t k, int d, int dir, dres *r)
{
    int night = k >= 2 && vg_tok_is(tok_at(s, k - 1), "of") && vg_tok_is(tok_at(s, k - 2), "night");
    int d2, m, y;
    if (!day_span(s, k, d, night, &d2))
        return 0;
    size_t q = k + 3;
    if (vg_tok_is(tok_at(s, q), "of"))
        q++;
    int cls = cls_at(s, q, &m);
    if (cls != D_MONTH && cls != D_MONABBR)
        return 0;
    size_t n = q + 1 - k;
    if ((y = year_at(s, q + 1)) > 0)
        n++;
    else
        y = 0;
    if (!day_window(s, n, y, m, d, d2, dir, r))
        return 0;
    if (night)
        point(r, n, r->from, r->relative);
    return n;
}

static size_t day_first(const scan *s, size_t k, int dir, dres *r)
{
    int d = day_at(s, k), m, y;
    if (d < 0)
        return 0;
    size_t pair = day_pair(s, k, d, dir, r);
    if (pair)
        return pair;
    size_t q = k + 1;
    /* "3rd of May"; Spanish and Portuguese "27 de enero de 2026" */
    if (vg_tok_is(tok_at(s, q), "of") ||
        (vg_tok_is(tok_at(s, q), "de") && cls_at(s, q + 1, &m) == D_MONABBR))
        q++;
    int cls = cls_at(s, q, &m);
    if (cls != D_MONTH && cls != D_MONABBR) {
        const vg_token *t = tok_at(s, k), *after = tok_at(s, k + 1);
        /* "on the 3rd of this month", "the 16th of last month": a day of
         * the report's month or of the month before or after it */
        if (q == k + 2 && s->anchor.prec == VG_DATE_DAY && t && t->normlen >= 3 &&
            t->norm[t->normlen - 1] >= 'a') {
            size_t z = q + (vg_tok_is(tok_at(s, q), "the") ? 1 : 0);
            const vg_token *w = tok_at(s, z);
            int off = vg_tok_is(w, "this") || vg_tok_is(w, "current") ? 0
                      : vg_tok_is(w, "last") || vg_tok_is(w, "previous") || vg_tok_is(w, "past") ? -1
                      : vg_tok_is(w, "next") || vg_tok_is(w, "coming") ? 1
                      : 9;
            if (off != 9 && vg_tok_is(tok_at(s, z + 1), "month")) {
                int yy = s->anchor.year, mm = s->anchor.month + off;
                if (mm < 1) {
                    mm = 12;
                    yy--;
                } else if (mm > 12) {
                    mm = 1;
                    yy++;
                }
                if (d > vg_date_month_days(yy, mm))
                    return 0;
                return point(r, z + 2 - k, vg_date_make(yy, mm, d, VG_DATE_DAY), 1);
            }
        }
        /* "On the 3rd, a suicide bomber ...": a day of the report's month,
         * or of the month before when it is still ahead */
        if (k >= 2 && vg_tok_is(tok_at(s, k - 1), "the") && vg_tok_is(tok_at(s, k - 2), "on") && t &&
            t->normlen >= 3 && t->norm[t->normlen - 1] >= 'a' && after && after->kind == VG_TOK_PUNCT &&
            s->anchor.prec == VG_DATE_DAY) {
            int mm = s->anchor.month;
            if (d > s->anchor.day)
                mm = mm == 1 ? 12 : mm - 1;
            return month_day(s, 1, 0, mm, d, DIR_PAST, r);
        }
        return 0;
    }
    size_t p = q + 1;
    if ((vg_tok_is(tok_at(s, p), ",") || (vg_tok_is(tok_at(s, p), "de") && q > k + 1)) &&
        year_at(s, p + 1) > 0)
        p++;
    if ((y = year_at(s, p)) > 0)
        return month_day(s, p + 1 - k, y, m, d, dir, r);
    /* "4 may": the modal verb after a number, unless capitalised, or
     * read as a date by a preposition before the day or punctuation after
     * the month ("on 19 may, a bomb", "since 3 may.") */
    if (ambiguous_month(s, q) && (tok_at(s, q)->flags & VG_TF_LOWER)) {
        const vg_token *before = k > 0 ? tok_at(s, k - 1) : NULL;
        const vg_token *after = tok_at(s, q + 1);
        int prep = before && (vg_tok_is(before, "on") || vg_tok_is(before, "since") ||
                              vg_tok_is(before, "until") || vg_tok_is(before, "from") ||
                              vg_tok_is(before, "before") || vg_tok_is(before, "after"));
        if (!prep && !(after && after->kind == VG_TOK_PUNCT) && after)
            return 0;
    }
    return month_day(s, q + 1 - k, 0, m, d, dir, r);
}

/* Whether the document writes numeric dates day first: another of its
 * dates (within AROUND tokens) can only be read so ("25/10/2026"; one read
 * month first, "10/25/2026", says no), else a time zone or "hrs" after the
 * date at k says where it was written. */
static int day_first_doc(const scan *s, size_t k)
{
    /* the document around k: a text of numeric dates stays linear */
    enum { AROUND = 2000 };
    int day = 0, month = 0;
    size_t from = k > AROUND ? k - AROUND : 0;
    size_t to = s->doc->ntoks - k > AROUND ? k + AROUND : s->doc->ntoks;
    for (size_t i = from; i < to; i++) {
        const vg_token *t = &s->doc->toks[i];
        int a, b;
        char sep;
        if (t->kind != VG_TOK_NUM || t->normlen < 8 || !(sep = vg_date_numeric_parts(t->norm, t->normlen, &a, &b)))
            continue;
        day += sep == '.' || (a > 12 && b <= 12);
        month += b > 12 && a <= 12;
    }
    if (day != month)
        return day > month;
    /* the first word after the date and its clock: "09:40 hrs.", "at
     * 08:15 (COT)" */
    for (size_t j = k + 1; j < k + 6 && j < s->lim; j++) {
        const vg_token *t = tok_at(s, j);
        if (t->kind == VG_TOK_NUM || (t->kind == VG_TOK_PUNCT && t->normlen == 1 &&
                                      (t->norm[0] == '(' || t->norm[0] == ':')) ||
            vg_tok_is(t, "at"))
            continue;
        return t->kind == VG_TOK_WORD &&
               vg_date_zone_order(t->norm, t->normlen, (t->flags & VG_TF_ALLCAP) != 0) > 0;
    }
    return 0;
}

/* "2016-06-29", "6/29/2016", "29.06.2016" as one token; "07/10/2026"
 * month first unless the document writes the day first (day_first_doc). */
static size_t numeric_date(const scan *s, size_t k, dres *r)
{
    const vg_token *t = tok_at(s, k);
    vg_date v;
    size_t seps = 0;
    if (!t || t->kind != VG_TOK_NUM || !t->norm)
        return 0;
    for (size_t i = 0; i < t->normlen; i++)
        seps += t->norm[i] == '/' || t->norm[i] == '-' || t->norm[i] == '.';
    if (seps != 2 || vg_date_parse(t->norm, t->normlen, &v) < 0 || v.prec != VG_DATE_DAY)
        return 0;
    if (day_first_doc(s, k))
        vg_date_day_first(t->norm, t->normlen, &v);
    return point(r, 1, v, 0);
}

/* A military date-time group: "220215Z JAN 26" (day, hour, minute, zone
 * letter; month; year), read by vg_date_parse from the three tokens, or
 * from the one token of a group written solid: "180245ZMAR26". */
static size_t dtg_date(const scan *s, size_t k, dres *r)
{
    const vg_token *t = tok_at(s, k), *y = tok_at(s, k + 2);
    int m;
    vg_date d;
    if (t && (t->normlen == 12 || t->normlen == 14) && t->kind == VG_TOK_NUM && t->norm[6] >= 'a' &&
        t->norm[6] <= 'z' && vg_date_parse(t->norm, t->normlen, &d) == 0)
        return point(r, 1, d, 0);
    if (!t || t->normlen != 7 || t->norm[6] < 'a' || t->norm[6] > 'z' || !y || y->kind != VG_TOK_NUM)
        return 0;
    int c = cls_at(s, k + 1, &m);
    if ((c != D_MONTH && c != D_MONABBR) ||
        vg_date_parse(s->doc->text + t->start, y->end - t->start, &d) != 0)
        return 0;
    return point(r, 3, d, 0);
}

/* The first letter of a number word from one to ninety-nine: e(ight),
 * f(our), n(ine), o(ne), s(ix), t(wo), z(ero); of folded word s[0..n). */
static int number_initial_of(const char *s, size_t n)
{
    /* one bit per letter of "efnostz": this runs for every word */
    const uint32_t initials = 1u << ('e' - 'a') | 1u << ('f' - 'a') | 1u << ('n' - 'a') |
                              1u << ('o' - 'a') | 1u << ('s' - 'a') | 1u << ('t' - 'a') |
                              1u << ('z' - 'a');
    if (n < 3 || n > 13)
        return 0;
    unsigned c = (unsigned char)s[0] - (unsigned)'a';
    return c < 26 && (initials >> c & 1u);
}

static int number_initial(const vg_token *t)
{
    return number_initial_of(t->norm, t->normlen);
}

/* The count that number word or numeral s[0..n) gives before a unit, a
 * whole number 0..100000 ("two", "twenty-one", "48"), into *cnt; 0 when
 * it gives none. */
static int count_value(const char *s, size_t n, long *cnt)
{
    double v;
    if (vg_num_word(s, n, &v) != 0 || !(v >= 0 && v <= 100000) || v != (double)(long)v)
        return 0;
    *cnt = (long)v;
    return 1;
}

/* A count before a unit: "two", "3", "a", "a few", "several", "a couple
 * of"; *cnt -1 for a vague count. Returns tokens used. */
static size_t count_at(const scan *s, size_t k, long *cnt)
{
    const vg_token *t = tok_at(s, k);
    int kw = key_at(s, k);
    if (!t)
        return 0;
    if (kw == KW_A || kw == KW_AN) {
        if (key_at(s, k + 1) == KW_FEW) {
            *cnt = -1;
            return 2;
        }
        if (key_at(s, k + 1) == KW_COUPLE) {
            *cnt = 2;
            return key_at(s, k + 2) == KW_OF ? 3 : 2;
        }
        *cnt = 1;
        return 1;
    }
    if (kw == KW_FEW || kw == KW_SEVERAL) {
        *cnt = -1;
        return 1;
    }
    if (kw == KW_COUPLE) {
        *cnt = 2;
        return key_at(s, k + 1) == KW_OF ? 2 : 1;
    }
    /* a word outside the date words counts only when the tokenizer marked
     * it VG_TF_DATEOPEN (vg_date_word_opens asks count_value): most words
     * after "in" or "the" are not read again */
    return t->norm &&
           (t->kind == VG_TOK_NUM ||
            (t->kind == VG_TOK_WORD && (t->dword || (t->flags & VG_TF_DATEOPEN)) && number_initial(t))) &&
           count_value(t->norm, t->normlen, cnt);
}

/* "two days ago", "3 weeks ago", "a year ago", "several months ago". */
static size_t count_ago(const scan *s, size_t k, dres *r)
{
    long cnt;
    int plural;
    size_t c = count_at(s, k, &cnt);
    if (c == 0)
        return 0;
    int u = unit_at(s, k + c, &plural);
    if (u < 0 || key_at(s, k + c + 1) != KW_AGO)
        return 0;
    size_t n = c + 2;
    if (cnt < 0)
        cnt = 3; /* "a few", "several" */
    const vg_date *a = &s->anchor;
    if (u == U_MONTH)
        return point(r, n,
                     a->prec >= VG_DATE_MONTH ? vg_date_month_offset(a->year, a->month, -cnt)
                                              : none_date,
                     1);
    if (u == U_YEAR)
        return point(r, n,
                     a->prec >= VG_DATE_YEAR ? vg_date_make(a->year - cnt, 0, 0, VG_DATE_YEAR)
                                             : none_date,
                     1);
    static const long per[] = {0, 1, 7, 14};
    long days = u == U_HOUR ? cnt / 24 : cnt * per[u];
    return point(r, n, rel_day(s, -days), 1);
}

/* "1990s", "1990" "s", "1990" "'s" at k: a decade 1000..2990; *n tokens. */
static int decade_at(const scan *s, size_t k, size_t *n)
{
    const vg_token *t = tok_at(s, k);
    if (!t || t->kind != VG_TOK_NUM || !t->norm || t->normlen < 4)
        return -1;
    const char *p = t->norm;
    for (int i = 0; i < 4; i++)
        if (p[i] < '0' || p[i] > '9')
            return -1;
    int y = (p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10;
    if (p[3] != '0' || y < 1000)
        return -1;
    if (t->normlen == 5 && p[4] == 's') {
        *n = 1;
        return y;
    }
    if (t->normlen == 6 && p[4] == '\'' && p[5] == 's') {
        *n = 1;
        return y;
    }
    const vg_token *u = tok_at(s, k + 1);
    if (t->normlen == 4 && u && !(u->flags & (VG_TF_SPACE | VG_TF_NL)) &&
        (vg_tok_is(u, "s") || vg_tok_is(u, "'s"))) {
        *n = 2;
        return y;
    }
    return -1;
}

/* The decade window of "the 1990s": absolute. */
static size_t decade(dres *r, size_t n, int y)
{
    window(r, n, vg_date_make(y, 1, 1, VG_DATE_DAY), vg_date_make(y + 9, 12, 31, VG_DATE_DAY),
           none_date);
    r->relative = 0;
    return n;
}

/* Weekday resolved per dir: on or before the anchor, or on or after. */
static vg_date weekday_date(const scan *s, int wd, int dir)
{
    if (s->anchor.prec != VG_DATE_DAY)
        return none_date;
    int aw = vg_date_weekday(s->anchor);
    long back = (aw - wd + 7) % 7;
    if (dir == DIR_FUTURE || dir == DIR_AHEAD)
        return rel_day(s, (wd - aw + 7) % 7);
    return rel_day(s, -back);
}

static size_t part_of_day(const scan *s, size_t k)
{
    int kw = key_at(s, k);
    return kw == KW_MORNING || kw == KW_AFTERNOON || kw == KW_EVENING || kw == KW_NIGHT;
}

/* "Friday, July 01, 2016", "Friday 1 July", "Tuesday", "on Tuesday night". */
static size_t weekday_first(const scan *s, size_t k, int dir, dres *r)
{
    int wd, m;
    if (cls_at(s, k, &wd) != D_WEEKDAY)
        return 0;
    size_t q = k + 1;
    if (vg_tok_is(tok_at(s, q), ","))
        q++;
    int c = cls_at(s, q, &m);
    size_t n = 0;
    if ((c == D_MONTH || c == D_MONABBR) && day_at(s, q + 1) > 0)
        n = month_first(s, q, dir, 1, r);
    else if (day_at(s, q) > 0)
        n = day_first(s, q, dir, r);
    if (n) {
        r->n = n + q - k;
        return r->n;
    }
    return point(r, 1 + part_of_day(s, k + 1), weekday_date(s, wd, dir), 1);
}

/* A calendar week, month or year: which -1 last, 0 this, +1 next. */
static size_t period(const scan *s, size_t n, int which, int unit, dres *r)
{
    const vg_date *a = &s->anchor;
    if (unit == U_WEEK) {
        if (a->prec != VG_DATE_DAY)
            return window(r, n, none_date, none_date, none_date);
        long mon = -vg_date_weekday(*a) + 7L * which;
        return window(r, n, rel_day(s, mon), rel_day(s, mon + 6), none_date);
    }
    if (unit == U_MONTH) {
        vg_date v =
            a->prec >= VG_DATE_MONTH ? vg_date_month_offset(a->year, a->month, which) : none_date;
        return window(r, n, vg_date_first_day(v), vg_date_last_day(v), v);
    }
    if (unit == U_YEAR) {
        vg_date v =
            a->prec >= VG_DATE_YEAR ? vg_date_make(a->year + which, 0, 0, VG_DATE_YEAR) : none_date;
        return window(r, n, vg_date_first_day(v), vg_date_last_day(v), v);
    }
    return 0;
}

/* "last night", "last Friday", "next week", "this month", "last year",
 * "this morning", "last June". */
static size_t calendar(const scan *s, size_t k, dres *r)
{
    int kw = key_at(s, k), v, plural;
    int which = kw == KW_LAST ? -1 : kw == KW_NEXT ? 1 : kw == KW_THIS ? 0 : 2;
    if (which == 2)
        return 0;
    int nk = key_at(s, k + 1);
    if (nk == KW_NIGHT && which == -1)
        return point(r, 2, rel_day(s, -1), 1);
    if ((nk == KW_MORNING || nk == KW_AFTERNOON || nk == KW_EVENING) && which == 0)
        return point(r, 2, rel_day(s, 0), 1);
    int c = cls_at(s, k + 1, &v);
    if (c == D_WEEKDAY) {
        vg_date d = none_date;
        if (s->anchor.prec == VG_DATE_DAY) {
            int aw = vg_date_weekday(s->anchor);
            if (which < 0)
                d = rel_day(s, -((aw - v + 6) % 7 + 1));
            else if (which > 0)
                d = rel_day(s, (v - aw + 6) % 7 + 1);
            else
                d = rel_day(s, v - aw);
        }
        return point(r, 2 + part_of_day(s, k + 2), d, 1);
    }
    if (c == D_MONTH) {
        const vg_date *a = &s->anchor;
        vg_date d = none_date;
        if (a->prec >= VG_DATE_MONTH) {
            long y = a->year;
            if (which < 0)
                y -= v >= a->month;
            else if (which > 0)
                y += v <= a->month;
            d = vg_date_make(y, v, 0, VG_DATE_MONTH);
        } else if (a->prec == VG_DATE_YEAR && which == 0) {
            d = vg_date_make(a->year, v, 0, VG_DATE_MONTH);
        }
        return point(r, 2, d, 1);
    }
    int u = unit_at(s, k + 1, &plural);
    if (u >= 0 && !plural)
        return period(s, 2, which, u, r);
    return 0;
}

/* "earlier this month", "later this year", "earlier today". */
static size_t earlier_later(const scan *s, size_t k, dres *r)
{
    int kw = key_at(s, k), plural;
    if (kw != KW_EARLIER && kw != KW_LATER)
        return 0;
    if (key_at(s, k + 1) == KW_TODAY)
        return point(r, 2, rel_day(s, 0), 1);
    int u = unit_at(s, k + 2, &plural);
    if (key_at(s, k + 1) != KW_THIS || u < 0 || plural || !period(s, 3, 0, u, r))
        return 0;
    if (kw == KW_EARLIER)
        r->to = rel_day(s, 0);
    else
        r->from = rel_day(s, 0);
    return 3;
}

static vg_wordlist span_starts =
    VG_WORDLIST("from", "at", "until", "till", "by", "after", "before");

/* Four digits at k read as a 24-hour clock, not a year: "from 2000 on 12
 * November until 0600" (a span's start, then "on" and a day: "in 2021 on
 * 26 August" is a year), "from 2200 to 0500" (the other end begins with a
 * 0, which no year does). */
static int clock_time(const scan *s, size_t k)
{
    const vg_token *t = tok_at(s, k), *n = tok_at(s, k + 1), *n2 = tok_at(s, k + 2);
    if (!t || t->normlen != 4 || (t->norm[0] - '0') * 10 + (t->norm[1] - '0') > 23 ||
        t->norm[2] > '5' || !n)
        return 0;
    int v;
    if (vg_tok_is(n, "on") && n2 && k > 0 && in_words(&s->doc->toks[k - 1], &span_starts) &&
        ((n2->kind == VG_TOK_NUM && n2->normlen <= 2) || cls_at(s, k + 2, &v) == D_MONTH ||
         cls_at(s, k + 2, &v) == D_WEEKDAY))
        return 1;
    return (vg_tok_is(n, "to") || vg_tok_is(n, "until") || vg_tok_is(n, "till") || vg_tok_is(n, "-")) &&
           n2 && n2->kind == VG_TOK_NUM && n2->normlen == 4 && n2->norm[0] == '0';
}

/* "In 2019 gunmen attacked", "in 2019 two suicide bombers": a year
 * after "In" opening a sentence (a year of the common era, 1900 on), or
 * before a count ("2019 two" is no count of twos) or a verb in the past
 * ("the attack in 2004 killed 334 people"), is a year whatever follows;
 * "of 2000 militants" is not. */
static int year_opening(const scan *s, size_t k, int y)
{
    const vg_token *in = k > 0 ? tok_at(s, k - 1) : NULL, *n = tok_at(s, k + 1);
    if (!in || !vg_tok_is(in, "in") || y < 1900)
        return 0;
    if (n && (n->kind == VG_TOK_NUM || (n->flags & VG_TF_NUMSTART)))
        return 1;
    if (n && n->kind == VG_TOK_WORD && (n->flags & VG_TF_LOWER) && n->normlen > 4 &&
        !memcmp(n->norm + n->normlen - 2, "ed", 2))
        return 1;
    const vg_token *p = k > 1 ? tok_at(s, k - 2) : NULL;
    return (in->flags & VG_TF_CAP) &&
           (!p || (in->flags & VG_TF_NL) || (p->kind == VG_TOK_PUNCT && p->normlen == 1 && strchr(".!?\"", p->norm[0])) ||
            p->kind == VG_TOK_BULLET);
}

/* A year alone, "in 2015": after a preposition (or in a bounded form,
 * ctx), not before a content word unless it opens the sentence
 * (year_opening), not a clock time. */
static size_t year_alone(const scan *s, size_t k, int ctx, dres *r)
{
    int y = year_at(s, k);
    if (y < 0 || (!ctx && !prep_before(s, k)) || (content_after(s, k + 1) && !year_opening(s, k, y)) ||
        clock_time(s, k))
        return 0;
    return point(r, 1, vg_date_make(y, 0, 0, VG_DATE_YEAR), 0);
}

/* "mid-June", "mid-2015" (one token). */
static size_t mid_form(const scan *s, size_t k, int dir, dres *r)
{
    const vg_token *t = tok_at(s, k);
    if (!t || !t->norm || t->normlen < 7 || memcmp(t->norm, "mid-", 4) != 0)
        return 0;
    const char *rest = t->norm + 4;
    int y = 0;
    if (strlen(rest) == 4) {
        for (int i = 0; i < 4 && rest[i] >= '0' && rest[i] <= '9'; i++)
            y = y * 10 + (rest[i] - '0');
        if (y >= 1000 && y <= 2999)
            return point(r, 1, vg_date_make(y, 0, 0, VG_DATE_YEAR), 0);
    }
    const dword *d = find_word(vg_wordhash_hash(rest, strlen(rest)), rest, strlen(rest));
    if (!d || d->cls != D_MONTH)
        return 0;
    long iy = infer_year(s, d->val, 0, dir);
    return point(r, 1, iy ? vg_date_make(iy, d->val, 0, VG_DATE_MONTH) : none_date, 1);
}

/* Any point or calendar period at k. dir: how to place a date without a
 * year; ctx: inside a bounded form ("since 2014"), where a year or month
 * may stand alone. */
/* Easter Sunday of year y (the Gregorian computus). */
static vg_date easter(long y)
{
    long a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25;
    long g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4;
    long l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
    long mo = (h + l - 7 * m + 114) / 31, dy = (h + l - 7 * m + 114) % 31 + 1;
    return (vg_date){(int16_t)y, (int8_t)mo, (int8_t)dy, VG_DATE_DAY};
}

/* The days of season or feast v (S_*) of year y: [from, to]. Seasons are
 * the northern meteorological ones (summer June-August); winter runs from
 * the December of y; the end-of-year holidays from 20 December to 6
 * January. */
static void season_of(int v, long y, vg_date *from, vg_date *to)
{
    static const int first[] = {3, 6, 9, 12};
    int16_t yy = (int16_t)y;
    switch (v) {
    case S_ENDYEAR:
        *from = (vg_date){yy, 12, 20, VG_DATE_DAY};
        *to = (vg_date){(int16_t)(y + 1), 1, 6, VG_DATE_DAY};
        return;
    case S_CHRISTMAS:
        *from = *to = (vg_date){yy, 12, 25, VG_DATE_DAY};
        return;
    case S_EASTER:
        *from = *to = easter(y);
        return;
    case S_GOODFRIDAY:
        *from = *to = vg_date_from_days(vg_date_to_days(easter(y)) - 2);
        return;
    case S_THANKSGIVING: /* the fourth Thursday of November (US) */
    case S_BLACKFRIDAY: { /* the day after it */
        vg_date nov1 = {yy, 11, 1, VG_DATE_DAY};
        long thu1 = vg_date_to_days(nov1) + (3 - vg_date_weekday(nov1) + 7) % 7;
        *from = *to = vg_date_from_days(thu1 + 21 + (v == S_BLACKFRIDAY));
        return;
    }
    default: {
        int m0 = first[v], m2 = m0 + 2 > 12 ? m0 + 2 - 12 : m0 + 2;
        long y2 = m0 + 2 > 12 ? y + 1 : y;
        *from = (vg_date){yy, (int8_t)m0, 1, VG_DATE_DAY};
        *to = (vg_date){(int16_t)y2, (int8_t)m2, (int8_t)vg_date_month_days(y2, m2), VG_DATE_DAY};
    }
    }
}

static vg_wordlist feast_things = VG_WORDLIST(
    "agreement", "accord", "market", "markets", "tree", "trees", "party", "parties", "card",
    "cards", "shopping", "lights", "decorations", "fair", "fairs", "sale", "sales", "gift", "gifts",
    "rising", "egg", "eggs", "dinner", "carol", "carols", "village", "concert", "parade", "school",
    "camp", "term", "semester", "session", "olympics", "games", "collection");

/* "summer", "this winter", "Easter", "Christmas", "the end-of-year
 * holidays" at token k: the period seen from the anchor, the one under
 * way or next (for DIR_PAST the one under way or last); strict ("next
 * summer", "last winter") skips the one under way. A window for a season,
 * the day for a feast. Not "the Arab Spring", and "end-of-year" only
 * before "holidays" or "holiday season". season_of_kind reads the season
 * or feast v at k; "Good Friday", "Black Friday" take two words. */
static size_t season_of_kind(const scan *s, size_t k, int v, int dir, int strict, dres *r)
{
    size_t n = 1;
    if (v == S_ENDYEAR) {
        const vg_token *nt = tok_at(s, k + 1);
        if (!vg_tok_is(nt, "holidays") && !vg_tok_is(nt, "holiday") && !vg_tok_is(nt, "period") &&
            !vg_tok_is(nt, "festivities") && !vg_tok_is(nt, "season"))
            return 0;
        n = 2 + (vg_tok_is(nt, "holiday") && vg_tok_is(tok_at(s, k + 2), "season"));
    }
    if (v == S_SPRING && k > 0 &&
        (vg_tok_is(&s->doc->toks[k - 1], "arab") || vg_tok_is(&s->doc->toks[k - 1], "prague")))
        return 0;
    if (v == S_GOODFRIDAY || v == S_BLACKFRIDAY)
        n = 2;
    /* "the Christmas market", "the Easter Rising": a thing named after the
     * feast or season, not a time */
    if (in_words(tok_at(s, k + n), &feast_things))
        return 0;
    if (s->anchor.prec < VG_DATE_YEAR)
        return window(r, n, none_date, none_date, none_date);
    vg_date from, to;
    long y = s->anchor.year;
    vg_date a = s->anchor.prec == VG_DATE_DAY ? s->anchor : vg_date_first_day(s->anchor);
    long at = vg_date_to_days(a);
    if (dir == DIR_PAST) {
        season_of(v, y, &from, &to);
        if (strict ? vg_date_to_days(to) >= at : vg_date_to_days(from) > at)
            season_of(v, y - 1, &from, &to);
    } else {
        season_of(v, y - 1, &from, &to); /* a winter or holidays begun last year */
        if (strict || vg_date_to_days(to) < at) {
            season_of(v, y, &from, &to);
            if (strict ? vg_date_to_days(from) <= at : vg_date_to_days(to) < at)
                season_of(v, y + 1, &from, &to);
        }
    }
    if (v == S_CHRISTMAS || v == S_EASTER || DAY_FEAST(v))
        return point(r, n, from, 1);
    return window(r, n, from, to, none_date);
}

static size_t season(const scan *s, size_t k, int dir, int strict, dres *r)
{
    int v;
    if (cls_at(s, k, &v) != D_SEASON)
        return 0;
    return season_of_kind(s, k, v, dir, strict, r);
}

/* "Good Friday", "Black Friday" at token k: feasts of two words, the
 * first no date word of its own ("Black said", "a good deal"); else -1. */
static int friday_feast(const scan *s, size_t k)
{
    const vg_token *t = tok_at(s, k);
    if (!vg_tok_is(tok_at(s, k + 1), "friday"))
        return -1;
    return vg_tok_is(t, "good") ? S_GOODFRIDAY : vg_tok_is(t, "black") ? S_BLACKFRIDAY : -1;
}

/* "attacked a refinery overnight": the night before the anchor, dated by
 * the day it began, as "last night". Not "an overnight curfew" (a kind
 * of thing), nor "overnight Saturday", "overnight into Sunday", where the
 * day named next is the date. */
static size_t overnight(const scan *s, size_t k, dres *r)
{
    const vg_token *p = k > 0 ? &s->doc->toks[k - 1] : NULL;
    if (p && (vg_tok_is(p, "a") || vg_tok_is(p, "an") || vg_tok_is(p, "the")))
        return 0;
    int v, c = cls_at(s, k + 1, &v);
    const vg_token *nx = tok_at(s, k + 1);
    if (c == D_WEEKDAY || c == D_MONTH || c == D_MONABBR ||
        (nx && (vg_tok_is(nx, "into") || vg_tok_is(nx, "on") || vg_tok_is(nx, "to") || vg_tok_is(nx, "from") ||
                vg_tok_is(nx, "between"))))
        return 0;
    return point(r, 1, rel_day(s, -1), 1);
}

static size_t scan_point(const scan *s, size_t k, int dir, int ctx, dres *r)
{
    const vg_token *t = tok_at(s, k);
    size_t n;
    int v;
    if (!t || !t->norm || t->normlen == 0)
        return 0;
    if (t->kind == VG_TOK_NUM) {
        if ((n = numeric_date(s, k, r)) || (n = dtg_date(s, k, r)) || (n = day_first(s, k, dir, r)) ||
            (n = count_ago(s, k, r)) || (n = year_alone(s, k, ctx, r)))
            return n;
        int y = ctx ? decade_at(s, k, &n) : -1;
        return y > 0 ? decade(r, n, y) : 0;
    }
    switch (cls_at(s, k, &v)) {
    case D_MONTH:
    case D_MONABBR:
        return month_first(s, k, dir, ctx, r);
    case D_WEEKDAY:
        return weekday_first(s, k, dir, r);
    case D_SEASON:
        return season(s, k, dir, 0, r);
    case D_KEY:
        switch (v) {
        case KW_YESTERDAY:
            return point(r, 1 + part_of_day(s, k + 1), rel_day(s, -1), 1);
        case KW_TOMORROW:
            return point(r, 1 + part_of_day(s, k + 1), rel_day(s, 1), 1);
        case KW_TODAY:
        case KW_TONIGHT:
            return point(r, 1, rel_day(s, 0), 1);
        case KW_OVERNIGHT:
            return overnight(s, k, r);
        case KW_LAST:
        case KW_NEXT:
        case KW_THIS:
            if ((n = season(s, k + 1, v == KW_LAST ? DIR_PAST : DIR_AHEAD, v != KW_THIS, r)))
                return r->n = n + 1; /* "this summer", "last winter" */
            return calendar(s, k, r);
        case KW_EARLIER:
        case KW_LATER:
            return earlier_later(s, k, r);
        case KW_THE: {
            /* "the 1990s" */
            int y = decade_at(s, k + 1, &n);
            return y > 0 ? decade(r, n + 1, y) : 0;
        }
        default:
            return count_ago(s, k, r);
        }
    default:
        break;
    }
    if ((n = mid_form(s, k, dir, r)))
        return n;
    return t->kind == VG_TOK_WORD ? count_ago(s, k, r) : 0; /* "two days ago" */
}

/* ---- windows ----------------------------------------------------------- */

/* Days of N units, of one unit, or of a vague plural (the table in the
 * file comment). cnt: N, or 0 for one unit, or -1 for vague. */
static long unit_span(int u, long cnt)
{
    static const long per[] = {0, 1, 7, 14, 30, 365};
    static const long vague[] = {1, 7, 28, 28, 90, 1095};
    if (cnt < 0)
        return vague[u];
    if (cnt == 0)
        return u == U_HOUR ? 1 : per[u];
    return u == U_HOUR ? (cnt + 23) / 24 : cnt * per[u];
}

static int alt_sep(const scan *s, size_t k)
{
    int kw = key_at(s, k);
    return kw == KW_OR || kw == KW_AND || kw == KW_TO || vg_tok_is(tok_at(s, k), "-");
}

/* [count] unit {or|and|to [count] unit}, at most 3 alternatives:
 *   "days or weeks", "two to three weeks", "48 hours", "few weeks".
 * Returns tokens used; *days the longest; *bare 1 for one singular unit
 * without a count ("week"). */
static size_t units(const scan *s, size_t k, long *days, int *bare)
{
    size_t p = k;
    int nalt = 0, plural;
    *days = 0;
    *bare = 0;
    while (nalt < 3) {
        long cnt = 0, c2;
        size_t c = count_at(s, p, &cnt);
        if (c && cnt > 0 && alt_sep(s, p + c)) {
            size_t c2n = count_at(s, p + c + 1, &c2);
            if (c2n && unit_at(s, p + c + 1 + c2n, &plural) >= 0) {
                cnt = c2 > cnt ? c2 : cnt;
                c += 1 + c2n;
            }
        }
        int u = unit_at(s, p + c, &plural);
        if (u < 0)
            break;
        if (c == 0 && plural)
            cnt = -1;
        if (c == 0 && !plural && nalt == 0)
            *bare = 1;
        long d = unit_span(u, cnt);
        if (d > *days)
            *days = d;
        p += c + 1;
        nalt++;
        if (!alt_sep(s, p))
            break;
        long dummy;
        size_t cn = count_at(s, p + 1, &dummy);
        if (unit_at(s, p + 1 + cn, &plural) < 0)
            break;
        p++;
        *bare = 0;
    }
    return nalt ? p - k : 0;
}

/* Window of `days` before (sign < 0) or after the anchor. */
static size_t rolling_window(const scan *s, size_t n, int sign, long days, dres *r)
{
    if (sign < 0)
        return window(r, n, rel_day(s, -days), rel_day(s, 0), none_date);
    return window(r, n, rel_day(s, 0), rel_day(s, days), none_date);
}

/* Rolling windows, framed by a preposition and/or "the" or not:
 *   "within last weeks", "in coming days or weeks", "in the next 48 hours",
 *   "over the past month", "in recent weeks", "the last few days",
 *   "in near future", "in recent past", "recently", "soon",
 *   "in the days ahead", "in the weeks to come", "in the 1990s".
 * "following" is left out: "the following weeks" count from the story. */
static size_t scan_window(const scan *s, size_t i, dres *r)
{
    size_t k = i;
    int framed = 0, prep = 0, kw = key_at(s, k), bare;
    long days;
    if (kw == KW_IN || kw == KW_WITHIN || kw == KW_OVER || kw == KW_DURING || kw == KW_FOR ||
        kw == KW_THROUGHOUT) {
        k++;
        framed = prep = 1;
    }
    int the = key_at(s, k) == KW_THE;
    if (the) {
        k++;
        framed = 1;
    }
    kw = key_at(s, k);
    if (k == i && (kw == KW_RECENTLY || kw == KW_LATELY))
        return rolling_window(s, 1, -1, 30, r);
    if (k == i && kw == KW_SOON) {
        /* not "as soon as", "soon after the attack" */
        const vg_token *nt = tok_at(s, k + 1);
        if ((i > 0 && vg_tok_is(&s->doc->toks[i - 1], "as")) || vg_tok_is(nt, "as") ||
            vg_tok_is(nt, "after") || vg_tok_is(nt, "afterwards") || vg_tok_is(nt, "thereafter"))
            return 0;
        return rolling_window(s, 1, 1, 30, r);
    }
    if (kw == KW_NEAR && key_at(s, k + 1) == KW_FUTURE)
        return rolling_window(s, k + 2 - i, 1, 30, r);
    if (kw == KW_RECENT && key_at(s, k + 1) == KW_PAST)
        return rolling_window(s, k + 2 - i, -1, 30, r);
    int sign = 0;
    if (kw == KW_LAST || kw == KW_PAST || kw == KW_PREVIOUS || kw == KW_RECENT)
        sign = -1;
    else if (kw == KW_NEXT || kw == KW_COMING || kw == KW_UPCOMING)
        sign = 1;
    if (sign) {
        size_t n = units(s, k + 1, &days, &bare);
        if (n == 0)
            return 0;
        /* "last week", "next month": calendar periods (scan_point); "the
         * next day", "the previous week": relative to the story, not to
         * the anchor */
        if (bare && !prep && (kw == KW_LAST || kw == KW_NEXT || kw == KW_PREVIOUS))
            return 0;
        if (bare && kw == KW_RECENT)
            return 0;
        return rolling_window(s, k + 1 + n - i, sign, days, r);
    }
    if (!framed)
        return 0;
    /* "within six months", "within weeks", "within 48 hours": from the
     * anchor on (not "within hours of the attack": from the event) */
    if (key_at(s, i) == KW_WITHIN && !the) {
        size_t n = units(s, k, &days, &bare);
        if (n && days > 0 && !vg_tok_is(tok_at(s, k + n), "of"))
            return rolling_window(s, k + n - i, 1, days, r);
    }
    /* "during the end-of-year holidays", "over Christmas" */
    size_t n = season(s, k, DIR_AHEAD, 0, r);
    if (n)
        return r->n = k - i + n;
    /* "in the days ahead", "in the weeks to come" */
    n = units(s, k, &days, &bare);
    if (n && key_at(s, k + n) == KW_AHEAD)
        return rolling_window(s, k + n + 1 - i, 1, days, r);
    if (n && key_at(s, k + n) == KW_TO && key_at(s, k + n + 1) == KW_COME)
        return rolling_window(s, k + n + 2 - i, 1, days, r);
    if (the) {
        int y = decade_at(s, k, &n);
        if (y > 0)
            return decade(r, k + n - i, y);
    }
    return 0;
}

/* ---- bounded forms ----------------------------------------------------- */

/* "the end of the year", "the start of next month", "the end of June":
 * *edge 1 for end, 0 for start. */
static size_t quarter(const scan *s, size_t k, dres *r);

static size_t edge_of(const scan *s, size_t k, int dir, int *edge, dres *x)
{
    size_t p = k;
    int plural;
    if (key_at(s, p) == KW_THE)
        p++;
    /* "by year end", "before year-end": the end of this year */
    int yu = unit_at(s, p, &plural);
    size_t ye = p + 1 + (yu == U_YEAR); /* (not "by year end 2027": another year's) */
    if (((yu == U_YEAR && !plural && key_at(s, p + 1) == KW_END) || vg_tok_is(tok_at(s, p), "year-end")) &&
        !(tok_at(s, ye) && tok_at(s, ye)->kind == VG_TOK_NUM && year_at(s, ye) != s->anchor.year)) {
        *edge = 1;
        size_t n = period(s, ye - k, 0, U_YEAR, x);
        return n ? x->n : 0;
    }
    int kw = key_at(s, p);
    if (kw != KW_END && kw != KW_START && kw != KW_BEGINNING)
        return 0;
    *edge = kw == KW_END;
    if (key_at(s, p + 1) != KW_OF)
        return 0;
    p += 2;
    size_t q = p;
    if (key_at(s, q) == KW_THE || key_at(s, q) == KW_THIS)
        q++;
    int u = unit_at(s, q, &plural);
    if (u >= 0 && !plural && period(s, q + 1 - k, 0, u, x))
        return x->n;
    size_t n = scan_point(s, p, dir, 1, x);
    if (!n) /* "before the end of Q1 2027" */
        n = quarter(s, p, x);
    return n ? p + n - k : 0;
}

/* "since January", "since 2014", "since last week", "until March",
 * "by the end of the year", "from June 1 to June 5", "between 2014 and
 * 2016". */
static size_t scan_bounded(const scan *s, size_t i, dres *r)
{
    int kw = key_at(s, i), edge = 0;
    dres x, y;
    size_t n;
    memset(&x, 0, sizeof x);
    if (kw == KW_SINCE) {
        n = edge_of(s, i + 1, DIR_PAST, &edge, &x);
        if (!n) {
            edge = 0;
            n = scan_point(s, i + 1, DIR_PAST, 1, &x);
        }
        if (!n)
            return 0;
        window(r, 1 + n, edge ? res_end(&x) : res_start(&x), rel_day(s, 0), none_date);
        return r->n;
    }
    if (kw == KW_UNTIL || kw == KW_TILL || kw == KW_BY || kw == KW_THROUGH || kw == KW_BEFORE) {
        int eve = 0; /* the window ends the day before x begins */
        n = edge_of(s, i + 1, DIR_AHEAD, &edge, &x);
        if (!n && kw == KW_BEFORE) {
            /* "before the end of the year", "before summer", "before
             * Christmas": only an edge or a period, not any point ("before
             * dawn on Monday" tells of the day) */
            size_t q = i + 1 + (key_at(s, i + 1) == KW_THE);
            size_t m = season(s, q, DIR_AHEAD, 1, &x);
            n = m ? q + m - i - 1 : 0;
            edge = 0;
            /* ... or a month or a year, to its eve ("before March 2027":
             * to the last day of February; a year only from the anchor's
             * on: not "shortly before 1700", a clock time) */
            if (!n && (n = scan_point(s, i + 1, DIR_AHEAD, 1, &x)) != 0) {
                vg_date from = rel_day(s, 0);
                if (x.is_window || res_start(&x).prec != VG_DATE_DAY ||
                    (x.value.prec != VG_DATE_MONTH &&
                     !(x.value.prec == VG_DATE_YEAR && from.prec == VG_DATE_DAY && x.value.year >= from.year)))
                    return 0;
                eve = 1;
            }
        } else if (!n) {
            edge = 1;
            n = scan_point(s, i + 1, DIR_AHEAD, 1, &x);
        }
        if (!n)
            return 0;
        vg_date to = edge ? res_end(&x) : eve ? vg_date_add_days(res_start(&x), -1) : res_start(&x);
        vg_date from = rel_day(s, 0);
        if (to.prec == VG_DATE_DAY && from.prec == VG_DATE_DAY &&
            vg_date_to_days(to) < vg_date_to_days(from))
            from = none_date;
        window(r, 1 + n, from, to, none_date);
        return r->n;
    }
    if (kw == KW_BETWEEN && day_at(s, i + 1) > 0 && key_at(s, i + 2) == KW_AND &&
        (n = scan_point(s, i + 3, DIR_NEAR, 1, &y)) && !y.is_window &&
        y.value.prec == VG_DATE_DAY && y.value.day > day_at(s, i + 1)) {
        /* "between 3 and 6 April": the first day in the second's month */
        vg_date from = y.value;
        from.day = (int8_t)day_at(s, i + 1);
        window(r, 3 + n, from, y.value, none_date);
        r->relative = y.relative;
        return r->n;
    }
    if (kw == KW_FROM || kw == KW_BETWEEN) {
        if (!(n = scan_point(s, i + 1, DIR_NEAR, 1, &x)))
            return 0;
        size_t q = i + 1 + n;
        int sk = key_at(s, q);
        int sep = kw == KW_BETWEEN ? sk == KW_AND
                                   : sk == KW_TO || sk == KW_UNTIL || sk == KW_TILL ||
                                         sk == KW_THROUGH || vg_tok_is(tok_at(s, q), "-");
        size_t m;
        if (!sep || !(m = scan_point(s, q + 1, DIR_NEAR, 1, &y)))
            return 0;
        window(r, q + 1 + m - i, res_start(&x), res_end(&y), none_date);
        r->relative = x.relative || y.relative;
        return r->n;
    }
    return 0;
}

/* ---- quarters ----------------------------------------------------------- */

/* "Q3 2025", "Q3" (the anchor's year): a window of three months. */
static size_t quarter(const scan *s, size_t k, dres *r)
{
    const vg_token *t = tok_at(s, k);
    if (!t || t->kind != VG_TOK_WORD || t->normlen != 2 || t->norm[0] != 'q' || t->norm[1] < '1' ||
        t->norm[1] > '4')
        return 0;
    int q = t->norm[1] - '0', y = year_at(s, k + 1);
    size_t n = 2;
    int rel = 0;
    if (y < 0) {
        if (s->anchor.prec < VG_DATE_YEAR)
            return 0;
        y = s->anchor.year;
        n = 1;
        rel = 1;
    }
    vg_date from = vg_date_make(y, 3 * q - 2, 1, VG_DATE_DAY);
    vg_date to = vg_date_last_day(vg_date_make(y, 3 * q, 0, VG_DATE_MONTH));
    window(r, n, from, to, none_date);
    r->relative = rel;
    return n;
}

/* "the rest of 2025", "the remainder of the year": from the anchor to the
 * year's end. */
static size_t rest_of_year(const scan *s, size_t k, dres *r)
{
    size_t p = k;
    if (key_at(s, p) == KW_THE)
        p++;
    const vg_token *t = tok_at(s, p);
    if (!t || !(vg_tok_is(t, "rest") || vg_tok_is(t, "remainder")) || key_at(s, p + 1) != KW_OF ||
        s->anchor.prec != VG_DATE_DAY)
        return 0;
    int y = year_at(s, p + 2);
    size_t n = p + 3 - k;
    if (y < 0) {
        const vg_token *w = tok_at(s, p + 3);
        if (key_at(s, p + 2) != KW_THE || !vg_tok_is(w, "year"))
            return 0;
        y = s->anchor.year;
        n = p + 4 - k;
    }
    if (y != s->anchor.year)
        return 0;
    return window(r, n, s->anchor, vg_date_make(y, 12, 31, VG_DATE_DAY), none_date);
}

/* ---- the scanner ------------------------------------------------------- */

/* The keywords no expression opens with ("of", "ago", "night", ...): those
 * date_scan_at's switch has no case for. A keyword left out of it is only
 * asked for in vain. */
#define KW_BIT(k) (1ULL << (k))
static const uint64_t never_first = KW_BIT(KW_AGO) | KW_BIT(KW_AHEAD) | KW_BIT(KW_AND) | KW_BIT(KW_AFTERNOON) |
                                    KW_BIT(KW_BEGINNING) | KW_BIT(KW_COME) | KW_BIT(KW_END) |
                                    KW_BIT(KW_EVENING) | KW_BIT(KW_FUTURE) | KW_BIT(KW_MORNING) |
                                    KW_BIT(KW_NIGHT) | KW_BIT(KW_OF) | KW_BIT(KW_OR) | KW_BIT(KW_START) |
                                    KW_BIT(KW_TO);
_Static_assert(KW_YESTERDAY < 64, "never_first has a bit per keyword");

/* What date_scan_at turns away by its first word alone: a unit or a
 * season alone ("days", "Christmas"), a keyword never first, and a word
 * outside the table but "Good"/"Black Friday", "Q3 2025", "mid-June" and
 * a count ("two days ago": count_at, the only rule scan_point has for a
 * word outside the table but mid_form). */
int vg_date_word_opens(uint8_t id, const char *s, size_t n)
{
    if (id && id <= NELEM(dwords) && dwords[id - 1].cls != D_NONE) {
        const dword *d = &dwords[id - 1];
        switch (d->cls) {
        case D_UNIT:
            return 0;
        case D_SEASON:
            return DAY_FEAST(d->val);
        case D_KEY:
            return !(never_first >> d->val & 1);
        default:
            return 1;
        }
    }
    long cnt;
    return (n == 4 && memcmp(s, "good", 4) == 0) || (n == 5 && memcmp(s, "black", 5) == 0) ||
           (n == 2 && s[0] == 'q' && s[1] >= '1' && s[1] <= '4') || (n > 4 && memcmp(s, "mid-", 4) == 0) ||
           (number_initial_of(s, n) && count_value(s, n, &cnt));
}

/* Whether token k may be the word after "in" or "the" in an expression:
 * a number, a date word, or a word marked VG_TF_DATEOPEN (among them every
 * count count_at reads). */
static int date_token_at(const scan *s, size_t k)
{
    const vg_token *t = tok_at(s, k);
    return t && (t->kind == VG_TOK_NUM || (t->kind == VG_TOK_WORD && (t->dword || (t->flags & VG_TF_DATEOPEN))));
}

/* 0 when the keyword at i, of value v, can open nothing before the words
 * that follow it, as date_scan_at's rules find; 1 for other keywords.
 * "in Syria", "the city", "a man" (most uses of these words) leave here:
 *   "in" ("within", "over", "during", "for", "throughout"): scan_window
 *       reads its next word, or the one after "the", as a key, a season,
 *       a count or unit (units) or a decade;
 *   "the": rest_of_year needs "rest" or "remainder" next; scan_window as
 *       above, and scan_point a decade;
 *   "a", "an": scan_point, a count ("a few", "a couple", "a") and a unit
 *       (count_ago), date words. */
static int key_may_open(const scan *s, size_t i, int v)
{
    switch (v) {
    case KW_IN:
    case KW_WITHIN:
    case KW_OVER:
    case KW_DURING:
    case KW_FOR:
    case KW_THROUGHOUT:
        return date_token_at(s, i + 1 + (key_at(s, i + 1) == KW_THE));
    case KW_THE: {
        const vg_token *t = tok_at(s, i + 1);
        return date_token_at(s, i + 1) || vg_tok_is(t, "rest") || vg_tok_is(t, "remainder");
    }
    case KW_A:
    case KW_AN: {
        const vg_token *t = tok_at(s, i + 1);
        return t && t->kind == VG_TOK_WORD && t->dword;
    }
    default:
        return 1;
    }
}

/* vg_date_scan past its first tests: out cleared, t = doc->toks[i] a word
 * or a number below s.lim, of class c (cls_at) and value v. Kept out of
 * line, so that the many tokens turned away first do not pay for its
 * frame. */
static __attribute__((noinline)) size_t date_scan_at(const scan *sp, size_t i, int c, int v, vg_timeref *out)
{
    scan s = *sp;
    const vg_doc *doc = s.doc;
    vg_date anchor = s.anchor;
    const vg_token *t = &doc->toks[i];
    int quarter_word = 0, feast = -1;
    if (c == D_NONE && t->kind == VG_TOK_WORD && (t->norm[0] == 'g' || t->norm[0] == 'b'))
        feast = friday_feast(&s, i);
    if (c == D_NONE && t->kind == VG_TOK_WORD && feast < 0) {
        quarter_word = t->norm[0] == 'q';
        if (!quarter_word && !(number_initial(t) && unit_at(&s, i + 1, &v) >= 0) &&
            !(t->normlen > 4 && memcmp(t->norm, "mid-", 4) == 0))
            return 0;
    }
    dres r;
    memset(&r, 0, sizeof r);
    size_t n = 0;
    if (quarter_word && (n = quarter(&s, i, &r)) > 0)
        goto found; /* "Q3 2025" */
    if (!vg_date_valid(anchor))
        s.anchor = none_date;
    if (feast >= 0) {
        n = season_of_kind(&s, i, feast, tense_dir(&s, i), 0, &r);
    } else if (c == D_KEY) {
        switch (v) {
        case KW_SINCE:
        case KW_UNTIL:
        case KW_TILL:
        case KW_BY:
        case KW_BEFORE:
        case KW_THROUGH:
        case KW_FROM:
        case KW_BETWEEN:
            n = scan_bounded(&s, i, &r);
            break;
        case KW_IN:
        case KW_WITHIN:
        case KW_OVER:
        case KW_DURING:
        case KW_FOR:
        case KW_THROUGHOUT:
            n = scan_window(&s, i, &r);
            break;
        case KW_THE:
            if ((n = rest_of_year(&s, i, &r)) > 0)
                break;
            /* fall through */
        case KW_LAST:
        case KW_PAST:
        case KW_PREVIOUS:
        case KW_NEXT:
        case KW_COMING:
        case KW_UPCOMING:
        case KW_RECENT:
        case KW_RECENTLY:
        case KW_LATELY:
        case KW_SOON:
        case KW_NEAR:
            if (!(n = scan_window(&s, i, &r)) && v != KW_RECENTLY && v != KW_LATELY &&
                v != KW_SOON && v != KW_NEAR)
                n = scan_point(&s, i, DIR_NEAR, 0, &r);
            break;
        case KW_YESTERDAY:
        case KW_TODAY:
        case KW_TOMORROW:
        case KW_TONIGHT:
        case KW_OVERNIGHT:
        case KW_THIS:
        case KW_EARLIER:
        case KW_LATER:
        case KW_A:
        case KW_AN:
        case KW_FEW:
        case KW_SEVERAL:
        case KW_COUPLE:
            n = scan_point(&s, i, DIR_NEAR, 0, &r);
            break;
        default: /* "of", "ago", "night", ...: never first (never_first) */
            break;
        }
    } else if (c == D_MONTH || c == D_MONABBR || c == D_WEEKDAY || c == D_SEASON || t->kind == VG_TOK_NUM) {
        /* a season or feast starts a date only after a frame ("during",
         * "this", "before"); a bare one names a thing ("a Christmas
         * market"), but for a feast of one day ("on Black Friday") */
        /* the tense matters to a date without its year: a weekday, a
         * month, a day and month ("5 January"); not to most numbers */
        int dir = DIR_NEAR, nv, nc = t->kind == VG_TOK_NUM ? cls_at(&s, i + 1, &nv) : D_NONE;
        /* ... and to a span of days ("3-7 January", "3 to 7 January") */
        int d1 = t->kind == VG_TOK_NUM ? day_at(&s, i) : -1, d2;
        if (d1 > 0 && nc != D_MONTH && nc != D_MONABBR && day_span(&s, i, d1, 1, &d2))
            nc = cls_at(&s, i + 3 + vg_tok_is(tok_at(&s, i + 3), "of"), &nv);
        if (t->kind != VG_TOK_NUM || nc == D_MONTH || nc == D_MONABBR)
            dir = tense_dir(&s, i);
        n = scan_point(&s, i, dir, 0, &r);
    } else if (c == D_NONE && t->kind == VG_TOK_WORD &&
               ((number_initial(t) && unit_at(&s, i + 1, &v) >= 0) ||
                (t->normlen > 4 && memcmp(t->norm, "mid-", 4) == 0))) {
        /* "two days ago", "mid-June" */
        n = scan_point(&s, i, DIR_NEAR, 0, &r);
    }
found:
    if (n == 0 || i + n > s.lim)
        return 0;
    /* "the April 19 Movement (M-19)", "the March 23 Movement", "the April
     * 6 Youth Movement": a name, not a date */
    {
        /* in the case of the date's first word ("On 12 June movement along
         * the road was halted" is a date) */
        const vg_token *m = tok_at(&s, i + n), *wd = NULL;
        if (m && vg_tok_is(m, "youth"))
            m = tok_at(&s, i + n + 1);
        for (size_t j = i; j < i + n && !wd; j++)
            if (doc->toks[j].kind == VG_TOK_WORD)
                wd = &doc->toks[j];
        if (m && wd && vg_tok_is(m, "movement") &&
            ((m->flags & VG_TF_LOWER) != 0) == ((wd->flags & VG_TF_LOWER) != 0) &&
            ((m->flags & VG_TF_ALLCAP) != 0) == ((wd->flags & VG_TF_ALLCAP) != 0))
            return 0;
    }
    out->start = t->start;
    out->end = doc->toks[i + n - 1].end;
    out->tok_start = (uint32_t)i;
    out->tok_end = (uint32_t)(i + n);
    out->value = r.value;
    out->from = r.from;
    out->to = r.to;
    out->is_window = r.is_window;
    out->relative = r.relative;
    return n;
}

size_t vg_date_scan(const vg_doc *doc, size_t i, size_t end, vg_date anchor, vg_timeref *out)
{
    if (!out)
        return 0;
    memset(out, 0, sizeof *out);
    if (!doc || !doc->toks)
        return 0;
    scan s = {doc, end < doc->ntoks ? end : doc->ntoks, anchor};
    if (i >= s.lim)
        return 0;
    const vg_token *t = &doc->toks[i];
    if ((t->kind != VG_TOK_WORD && t->kind != VG_TOK_NUM) || !t->norm || t->normlen == 0)
        return 0;
    /* most tokens: a word outside the date words (dword 0), which
     * date_scan_at turns away unless it may open a feast ("good friday",
     * "black friday"), a quarter ("Q3"), a count before a unit ("two days
     * ago") or "mid-June": its same tests, asked here */
    if (t->kind == VG_TOK_WORD && !t->dword && t->norm[0] != 'g' && t->norm[0] != 'b' && t->norm[0] != 'q') {
        int plural;
        if (!(number_initial(t) && unit_at(&s, i + 1, &plural) >= 0) &&
            !(t->normlen > 4 && memcmp(t->norm, "mid-", 4) == 0))
            return 0;
    }
    /* the common case, a word that starts nothing, leaves here: a unit or
     * a season alone ("days", "Christmas") starts nothing, nor "in",
     * "the", "a" before a word no date goes on with ("in Syria") */
    int v = 0, c = t->kind == VG_TOK_WORD ? cls_at(&s, i, &v) : D_NONE;
    if (c == D_UNIT || (c == D_SEASON && !DAY_FEAST(v)) || (c == D_KEY && !key_may_open(&s, i, v)))
        return 0;
    return date_scan_at(&s, i, c, v, out);
}
