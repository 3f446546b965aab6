/* num.c: text stage. Numbers and quantities.
 *
 * Takes the tokens of a document (tok.h; matching uses each token's folded
 * form `norm`, so "SIX OR SEVEN" reads like "six or seven") and produces,
 * at a given token, one quantity: a byte span and bounds [min, max] with
 * either side open, an approximation flag, and an optional total ("4 of 7").
 *
 * Algorithm: a hand-written reader over tokens, in three steps, none of
 * which looks more than a few tokens ahead:
 *   1. an optional prefix that bounds or hedges ("more than", "up to",
 *      "nearly", "between", "from");
 *   2. a core: a numeral with optional multipliers ("1.5 million"), number
 *      words ("two hundred and fifty", "twenty-one", "a dozen"), a vague
 *      plural ("dozens", "hundreds of thousands"), a decade-style count
 *      ("2000s") or a hyphen compound ("30-plus");
 *   3. a tail on a single value: a range ("6-7", "6 to 7", "six or seven",
 *      "6, 7 people"), an open side ("30+", "30 plus", "one or more"), a
 *      hedge ("30 or so") or a total ("4 of 7", "four out of the seven").
 *
 * Decisions (the header's open questions):
 *   - Vague plurals are approx with an open max and min = 2 units:
 *     "dozens" 24, "scores" 40 (only before "of"), "hundreds" 200,
 *     "thousands" 2000, "millions" 2e6, "tens of thousands" 20000,
 *     "hundreds of thousands" 200000. "several" is min 3, "a few" min 2,
 *     both approx and open; "several hundred" is 300..900, "a few thousand"
 *     2000..9000 (a multiple of the unit below ten units); "a couple (of)"
 *     is 2, "half a dozen" 6, both approx.
 *   - A decade-style count "2000s" (N = d * 10^k, N >= 100) means "some
 *     thousands": min N, max 10^(k+1) - 1, approx ("200s" 200..999). For
 *     two digits, "30s" is 30..39 (an age: "in his 30s"). Other forms such
 *     as "1990s" are decades of years and not quantities (vg_date_scan).
 *   - Years: a bare four-digit integer 1900..2100 without separator and
 *     without a bounding prefix is a year, not a quantity (returns 0),
 *     unless a content word follows it and no determiner or month comes
 *     before it: "in 2015", "since 2014", "July 1, 2016", "the 2016
 *     attack", "2016.", "2015 was" -> 0; "2016 people", "of 2000
 *     militants" -> quantities (vg_date_scan agrees: it takes a year alone
 *     only after a preposition and before a function word or punctuation).
 *     "2,000" is always a quantity; "about 2000" too. A range of two such
 *     years ("2014-2016") is 0.
 *   - Not quantities (0): ordinals ("1st", "29th", "the 5th"), number +
 *     unit compounds ("six-year-old", "30-day"), percentages ("30%",
 *     "30 percent"), money ("$5 million"), clock times ("10:30"), street
 *     addresses of US police reports ("the 1200 block of Grant Avenue").
 *   - "one" alone is a quantity (1); the extraction layer decides.
 *   - Ranges need hi > lo ("3-2" reads as just 3); "6, 7 people" is a range
 *     only when the second number is close (hi - lo <= max(2, lo / 2)), a
 *     word follows, and the list goes no further ("5, 6 and 7" is just 5).
 *
 * Invariants: reads tokens only in [i, min(end, ntoks)), plus token i-1 as
 * left context (the year rule, "$5"); bounded work per call (a prefix of
 * at most 3 tokens, at most 12 number-word tokens, a tail of a few
 * tokens); no allocation; pure, thread-safe.
 */
#include "text/num.h"

#include <pthread.h>
#include <string.h>

#include "text/doc.h"
#include "text/tok.h"
#include "util/wordhash.h"

/* Integer digits accepted in a numeral: 15 keeps every value exact in a
 * double. Fraction digits: 9. */
#define NUM_MAX_INT_DIGITS 15
#define NUM_MAX_FRAC_DIGITS 9
/* Number words read in one phrase: "three hundred and forty-five thousand
 * six hundred" is 9. */
#define NUM_MAX_WORDS 12

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* ---- one token's value ------------------------------------------------- */

/* "7", "2,000", "30,000", "1.5", "1,234.5": groups of three after commas,
 * a dot then up to 9 fraction digits. */
static int parse_numeral(const char *s, size_t n, double *v)
{
    size_t i = 0, digits = 0, group = 0;
    int commas = 0;
    double x = 0;
    while (i < n && (is_digit(s[i]) || s[i] == ',')) {
        if (s[i] == ',') {
            if (group == 0 || group > 3 || (commas && group != 3))
                return -1;
            commas = 1;
            group = 0;
            i++;
            continue;
        }
        if (++digits > NUM_MAX_INT_DIGITS)
            return -1;
        x = x * 10 + (s[i] - '0');
        group++;
        i++;
    }
    if (digits == 0 || group == 0 || (commas && group != 3))
        return -1;
    /* "3x KIA", "40x fighters": a count in military notation */
    if (i + 1 == n && s[i] == 'x') {
        *v = x;
        return 0;
    }
    if (i < n && s[i] == '.') {
        double frac = 0, scale = 1;
        size_t fd = 0;
        for (i++; i < n && is_digit(s[i]); i++) {
            if (++fd > NUM_MAX_FRAC_DIGITS)
                return -1;
            frac = frac * 10 + (s[i] - '0');
            scale *= 10;
        }
        if (fd == 0)
            return -1;
        x += frac / scale;
    }
    if (i != n)
        return -1;
    *v = x;
    return 0;
}

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

enum { W_NONE = 0, W_SMALL, W_TENS, W_COMPOUND, W_HUNDRED, W_BIG, W_DOZEN };

typedef struct word_val {
    const char *w;
    int cls; /* W_* */
    double v;
} word_val;

/* Units and teens (W_SMALL), tens (W_TENS), and the multipliers. */
static const word_val number_words[] = {
    {"zero", W_SMALL, 0},      {"one", W_SMALL, 1},         {"two", W_SMALL, 2},
    {"three", W_SMALL, 3},     {"four", W_SMALL, 4},        {"five", W_SMALL, 5},
    {"six", W_SMALL, 6},       {"seven", W_SMALL, 7},       {"eight", W_SMALL, 8},
    {"nine", W_SMALL, 9},      {"ten", W_SMALL, 10},        {"eleven", W_SMALL, 11},
    {"twelve", W_SMALL, 12},   {"thirteen", W_SMALL, 13},   {"fourteen", W_SMALL, 14},
    {"fifteen", W_SMALL, 15},  {"sixteen", W_SMALL, 16},    {"seventeen", W_SMALL, 17},
    {"eighteen", W_SMALL, 18}, {"nineteen", W_SMALL, 19},   {"twenty", W_TENS, 20},
    {"thirty", W_TENS, 30},    {"forty", W_TENS, 40},       {"fifty", W_TENS, 50},
    {"sixty", W_TENS, 60},     {"seventy", W_TENS, 70},     {"eighty", W_TENS, 80},
    {"ninety", W_TENS, 90},    {"hundred", W_HUNDRED, 100}, {"thousand", W_BIG, 1e3},
    {"million", W_BIG, 1e6},   {"billion", W_BIG, 1e9},     {"dozen", W_DOZEN, 12},
};

/* number_words hashed once per process (see util/wordhash.h): the
 * quantity scanner classifies words of many tokens, most of them none. */
static uint32_t number_slots[128];
static vg_wordhash number_hash;
static int number_hash_ok;
static pthread_once_t number_once = PTHREAD_ONCE_INIT;

static void number_hash_build(void)
{
    number_hash_ok =
        vg_wordhash_init(&number_hash, number_words, NELEM(number_words), sizeof number_words[0],
                         number_slots, NELEM(number_slots)) == 0;
}

/* The entry of s[0..n) in number_words, or NULL. */
static const word_val *number_word(const char *s, size_t n)
{
    pthread_once(&number_once, number_hash_build);
    long k = number_hash_ok ? vg_wordhash_find(&number_hash, s, n) : -1;
    return k >= 0 ? &number_words[k] : NULL;
}

/* Classifies one number word: "seven" W_SMALL, "forty" W_TENS,
 * "twenty-one" W_COMPOUND, "hundred", "thousand"/"million"/"billion" W_BIG,
 * "dozen". */
static int word_class(const char *s, size_t n, double *v)
{
    if (n < 3 || n > 13)
        return W_NONE;
    const word_val *w = number_word(s, n);
    if (w) {
        *v = w->v;
        return w->cls;
    }
    const char *h = memchr(s, '-', n);
    if (h) {
        const word_val *t = number_word(s, (size_t)(h - s));
        const word_val *u = number_word(h + 1, n - (size_t)(h - s) - 1);
        if (t && t->cls == W_TENS && u && u->cls == W_SMALL && u->v >= 1 && u->v <= 9) {
            *v = t->v + u->v;
            return W_COMPOUND;
        }
    }
    return W_NONE;
}

int vg_num_word(const char *s, size_t n, double *v)
{
    double x = 0;
    if (!s || !v || n == 0 || n > 64)
        return -1;
    if (is_digit(s[0])) {
        if (parse_numeral(s, n, &x) < 0)
            return -1;
    } else if (word_class(s, n, &x) == W_NONE) {
        return -1;
    }
    *v = x;
    return 0;
}

/* ---- cores ------------------------------------------------------------- */

/* A parsed core: a single value (lo, exact unless approx) or already a
 * bounded form ("dozens", "2000s", "30-plus"). */
typedef struct core {
    size_t n;      /* tokens */
    double lo, hi; /* hi valid when has_hi */
    int single;    /* lo is one number that a tail may extend */
    int has_lo, has_hi;
    int approx;
    int yearish;  /* one NUM token "1900".."2100", no separators */
    int mult;     /* ended with a multiplier word: "2 million" */
    double multv; /* product of the multipliers after a numeral, else 1 */
    double total; /* "4 of 7": 7, when has_total */
    int has_total;
} core;

static void core_single(core *c, size_t n, double v)
{
    memset(c, 0, sizeof *c);
    c->n = n;
    c->lo = c->hi = v;
    c->single = c->has_lo = c->has_hi = 1;
    c->multv = 1;
}

/* Multipliers after a numeral: "1.5 million", "2 dozen", "5 hundred
 * thousand". Returns tokens used. */
static size_t numeral_multipliers(const vg_doc *doc, size_t k, size_t lim, core *c)
{
    size_t used = 0;
    double last = 0;
    while (k + used < lim && used < 3) {
        const vg_token *t = &doc->toks[k + used];
        double m;
        if (t->kind != VG_TOK_WORD || !t->norm)
            break;
        int cls = word_class(t->norm, t->normlen, &m);
        if (cls != W_HUNDRED && cls != W_BIG && cls != W_DOZEN)
            break;
        if (last > 0 && m <= last)
            break;
        c->lo *= m;
        c->multv *= m;
        last = m;
        c->mult = 1;
        used++;
    }
    return used;
}

/* Number words over several tokens:
 *   "seven", "twenty-one", "twenty one", "two hundred", "one hundred and
 *   fifty", "three thousand five hundred", "a dozen", "two dozen",
 *   "a hundred", "half a dozen".
 * Returns tokens used (0 when token j starts no number). */
static size_t parse_words(const vg_doc *doc, size_t j, size_t lim, core *c)
{
    double total = 0, cur = 0, lastbig = 0, v;
    int last = W_NONE;
    size_t k = j, used = 0;

    /* "half a dozen" */
    if (k + 2 < lim && vg_tok_is(&doc->toks[k], "half") && vg_tok_is(&doc->toks[k + 1], "a") &&
        vg_tok_is(&doc->toks[k + 2], "dozen")) {
        core_single(c, 3, 6);
        c->approx = 1;
        return 3;
    }
    /* "a dozen", "a hundred", "an estimated"? no: only before multipliers */
    if (k + 1 < lim && (vg_tok_is(&doc->toks[k], "a") || vg_tok_is(&doc->toks[k], "an"))) {
        const vg_token *t = &doc->toks[k + 1];
        int cls = t->norm ? word_class(t->norm, t->normlen, &v) : W_NONE;
        if (cls != W_HUNDRED && cls != W_BIG && cls != W_DOZEN)
            return 0;
        cur = 1;
        last = W_SMALL;
        k++;
    }
    for (; k < lim && k - j < NUM_MAX_WORDS; k++) {
        const vg_token *t = &doc->toks[k];
        if (t->kind != VG_TOK_WORD || !t->norm)
            break;
        int cls = word_class(t->norm, t->normlen, &v);
        if (cls == W_NONE && vg_tok_is(t, "and")) {
            /* "one hundred and fifty": only between a multiplier and a
             * smaller number word */
            double nv;
            int ncls = k + 1 < lim && doc->toks[k + 1].norm
                           ? word_class(doc->toks[k + 1].norm, doc->toks[k + 1].normlen, &nv)
                           : W_NONE;
            if ((last == W_HUNDRED || last == W_BIG) &&
                (ncls == W_SMALL || ncls == W_TENS || ncls == W_COMPOUND))
                continue;
            break;
        }
        if (cls == W_SMALL) {
            if (last == W_SMALL || last == W_COMPOUND)
                break;
            if (last == W_TENS && (v == 0 || v >= 10))
                break;
            cur += v;
        } else if (cls == W_TENS || cls == W_COMPOUND) {
            if (last == W_SMALL || last == W_TENS || last == W_COMPOUND)
                break;
            if (last == W_HUNDRED && (int)cur % 100 != 0)
                break;
            cur += v;
        } else if (cls == W_HUNDRED) {
            if (last == W_NONE || last == W_BIG || cur == 0 || cur >= 100)
                break;
            cur *= 100;
        } else if (cls == W_BIG) {
            if (last == W_NONE || last == W_BIG || cur == 0 || (lastbig > 0 && v >= lastbig))
                break;
            total += cur * v;
            cur = 0;
            lastbig = v;
        } else if (cls == W_DOZEN) {
            /* "dozen", "a dozen", "two dozen"; nothing numeric follows */
            if (last == W_HUNDRED || last == W_BIG)
                break;
            cur = (cur > 0 ? cur : 1) * 12;
            used = k + 1 - j;
            last = W_DOZEN;
            break;
        } else {
            break;
        }
        last = cls;
        used = k + 1 - j;
    }
    if (used == 0 || (vg_tok_is(&doc->toks[j], "a") && used == 1))
        return 0;
    core_single(c, used, total + cur);
    c->mult = last == W_HUNDRED || last == W_BIG || last == W_DOZEN;
    return used;
}

/* Vague plurals: "dozens", "hundreds", "thousands", "scores of",
 * "tens of thousands", "hundreds of thousands". */
static size_t parse_plural(const vg_doc *doc, size_t j, size_t lim, core *c)
{
    static const struct {
        const char *w;
        double unit;
    } plurals[] = {
        {"tens", 10},        {"dozens", 12},    {"scores", 20},    {"hundreds", 100},
        {"thousands", 1000}, {"millions", 1e6}, {"billions", 1e9},
    };
    const vg_token *t = &doc->toks[j];
    size_t p;
    for (p = 0; p < NELEM(plurals); p++)
        if (vg_tok_is(t, plurals[p].w))
            break;
    if (p == NELEM(plurals))
        return 0;
    double unit = plurals[p].unit;
    size_t n = 1;
    int of = j + 1 < lim && vg_tok_is(&doc->toks[j + 1], "of");
    if (of && j + 2 < lim) {
        /* "tens of thousands", "hundreds of millions" */
        for (size_t q = 3; q < NELEM(plurals); q++)
            if (plurals[q].unit > unit && vg_tok_is(&doc->toks[j + 2], plurals[q].w)) {
                unit *= plurals[q].unit;
                n = 3;
                break;
            }
    }
    /* "tens" needs "of thousands"; "scores" (of a game) needs "of" */
    if ((p == 0 && n == 1) || (p == 2 && !of))
        return 0;
    memset(c, 0, sizeof *c);
    c->n = n;
    c->lo = 2 * unit;
    c->has_lo = 1;
    c->approx = 1;
    return n;
}

/* "several", "a few", "a couple (of)", optionally with a multiplier:
 * "several hundred", "a few thousand", "a couple of dozen". */
static size_t parse_few(const vg_doc *doc, size_t j, size_t lim, core *c)
{
    size_t n;
    double k;
    if (vg_tok_is(&doc->toks[j], "several")) {
        n = 1;
        k = 3;
    } else if (j + 1 < lim && vg_tok_is(&doc->toks[j], "a") && vg_tok_is(&doc->toks[j + 1], "few")) {
        n = 2;
        k = 2;
    } else if (j + 1 < lim && vg_tok_is(&doc->toks[j], "a") &&
               vg_tok_is(&doc->toks[j + 1], "couple")) {
        n = 2;
        k = 0; /* exactly two, hedged */
    } else {
        return 0;
    }
    memset(c, 0, sizeof *c);
    c->approx = 1;
    double m = 0;
    size_t after = j + n;
    /* "a couple of hundred" */
    if (k == 0 && after + 1 < lim && vg_tok_is(&doc->toks[after], "of") &&
        doc->toks[after + 1].norm &&
        word_class(doc->toks[after + 1].norm, doc->toks[after + 1].normlen, &m) >= W_HUNDRED)
        after++;
    int cls = after < lim && doc->toks[after].norm
                  ? word_class(doc->toks[after].norm, doc->toks[after].normlen, &m)
                  : W_NONE;
    if (cls == W_HUNDRED || cls == W_BIG || cls == W_DOZEN) {
        c->n = after + 1 - j;
        if (k == 0) {
            c->lo = c->hi = 2 * m;
            c->has_lo = c->has_hi = 1;
        } else {
            c->lo = k * m;
            c->hi = 9 * m;
            c->has_lo = c->has_hi = 1;
        }
        return c->n;
    }
    c->n = n;
    if (k == 0) {
        c->lo = c->hi = 2;
        c->has_lo = c->has_hi = 1;
    } else {
        c->lo = k;
        c->has_lo = 1;
    }
    return c->n;
}

/* Digits of s[0..n) with optional thousands commas, then "s" or "'s":
 * "2000s", "2,000s", "200's". Returns 0 and the number, or -1. */
static int decade_count(const char *s, size_t n, double *v)
{
    size_t d = n;
    if (d >= 2 && s[d - 1] == 's') {
        d--;
        if (d >= 1 && s[d - 1] == '\'')
            d--;
    } else {
        return -1;
    }
    if (d == 0 || parse_numeral(s, d, v) < 0 || memchr(s, '.', d))
        return -1;
    return 0;
}

/* The count a decade-style number N stands for (see the file comment):
 * "2000s" -> 2000..9999, "200s" -> 200..999, "30s" -> 30..39. */
static int decade_bounds(double nv, core *c, size_t n)
{
    if (nv < 10 || nv > 1e12)
        return -1;
    double p = 1;
    while (p * 10 <= nv)
        p *= 10;
    double lead = nv / p;
    if (lead != (double)(long long)lead)
        return -1;
    memset(c, 0, sizeof *c);
    c->n = n;
    c->lo = nv;
    c->hi = nv < 100 ? nv + 9 : p * 10 - 1;
    c->has_lo = c->has_hi = 1;
    c->approx = 1;
    return 0;
}

/* Hyphen compounds in one token, by their parts:
 *   "30-plus" (min 30), "thirty-odd" (about 30), "6-7" (6..7);
 *   "six-year-old", "30-day" are modifiers: not quantities (-1). */
static int parse_hyphen(const char *s, size_t n, core *c)
{
    const char *h = memchr(s, '-', n);
    double a, b;
    if (!h || h == s)
        return -1;
    size_t hn = (size_t)(h - s), tn = n - hn - 1;
    const char *tail = h + 1;
    if (vg_num_word(s, hn, &a) < 0)
        return -1;
    if (tn == 4 && memcmp(tail, "plus", 4) == 0) {
        memset(c, 0, sizeof *c);
        c->n = 1;
        c->lo = a;
        c->has_lo = 1;
        return 0;
    }
    if (tn == 3 && memcmp(tail, "odd", 3) == 0) {
        core_single(c, 1, a);
        c->single = 0;
        c->approx = 1;
        return 0;
    }
    if (vg_num_word(tail, tn, &b) == 0 && b > a && !memchr(tail, '-', tn)) {
        int ya = is_digit(s[0]) && hn == 4 && a >= 1900 && a <= 2100;
        int yb = is_digit(tail[0]) && tn == 4 && b >= 1900 && b <= 2100;
        if (ya && yb)
            return -1;
        memset(c, 0, sizeof *c);
        c->n = 1;
        c->lo = a;
        c->hi = b;
        c->has_lo = c->has_hi = 1;
        return 0;
    }
    return -1;
}

static int all_digits(const char *s, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (!is_digit(s[k]))
            return 0;
    return n > 0;
}

/* A core at token j. Returns tokens used (0: none). */
static size_t parse_core(const vg_doc *doc, size_t j, size_t lim, core *c)
{
    const vg_token *t = &doc->toks[j];
    const char *s = t->norm;
    size_t n = t->normlen;
    double v;
    if (!s || n == 0)
        return 0;
    if (t->kind == VG_TOK_NUM || (t->kind == VG_TOK_WORD && is_digit(s[0]))) {
        if (parse_numeral(s, n, &v) == 0) {
            core_single(c, 1, v);
            c->yearish = n == 4 && all_digits(s, n) && v >= 1900 && v <= 2100;
            c->n += numeral_multipliers(doc, j + 1, lim, c);
            c->hi = c->lo;
            if (c->mult)
                c->yearish = 0;
            return c->n;
        }
        /* "2000s", or "2000" + "s" as two tokens */
        if (decade_count(s, n, &v) == 0)
            return decade_bounds(v, c, 1) == 0 ? 1 : 0;
        if (n > 1 && s[n - 1] == '+' && parse_numeral(s, n - 1, &v) == 0) {
            memset(c, 0, sizeof *c); /* "30+" as one token */
            c->n = 1;
            c->lo = v;
            c->has_lo = 1;
            return 1;
        }
        if (memchr(s, '-', n))
            return parse_hyphen(s, n, c) == 0 ? 1 : 0;
        return 0;
    }
    if (t->kind != VG_TOK_WORD)
        return 0;
    if (memchr(s, '-', n)) {
        if (word_class(s, n, &v) == W_COMPOUND)
            return parse_words(doc, j, lim, c); /* "twenty-one thousand" */
        return parse_hyphen(s, n, c) == 0 ? 1 : 0;
    }
    size_t used;
    if ((used = parse_plural(doc, j, lim, c)) > 0)
        return used;
    if ((used = parse_few(doc, j, lim, c)) > 0)
        return used;
    return parse_words(doc, j, lim, c);
}

/* ---- prefixes ---------------------------------------------------------- */

enum { P_NONE = 0, P_MIN, P_MAX, P_APPROX, P_BETWEEN, P_FROM };

/* Longer phrases before their prefixes ("no more than" before "more
 * than"? they start differently; "just over" before "over" likewise). */
/* clang-format off */
static const struct prefix {
    const char *w[3];
    int mode;
} prefixes[] = {
    {{"more", "than", NULL}, P_MIN},       {{"greater", "than", NULL}, P_MIN},
    {{"over", NULL, NULL}, P_MIN},         {{"at", "least", NULL}, P_MIN},
    {{"upwards", "of", NULL}, P_MIN},      {{"in", "excess", "of"}, P_MIN},
    {{"no", "fewer", "than"}, P_MIN},      {{"no", "less", "than"}, P_MIN},
    {{"not", "less", "than"}, P_MIN},      {{"well", "over", NULL}, P_MIN},
    {{"just", "over", NULL}, P_MIN},       {{"up", "to", NULL}, P_MAX},
    {{"as", "many", "as"}, P_MAX},         {{"fewer", "than", NULL}, P_MAX},
    {{"less", "than", NULL}, P_MAX},       {{"at", "most", NULL}, P_MAX},
    {{"no", "more", "than"}, P_MAX},       {{"not", "more", "than"}, P_MAX},
    {{"under", NULL, NULL}, P_MAX},        {{"just", "under", NULL}, P_MAX},
    {{"nearly", NULL, NULL}, P_APPROX},    {{"almost", NULL, NULL}, P_APPROX},
    {{"about", NULL, NULL}, P_APPROX},     {{"around", NULL, NULL}, P_APPROX},
    {{"approximately", NULL, NULL}, P_APPROX}, {{"approx.", NULL, NULL}, P_APPROX},
    {{"approx", NULL, NULL}, P_APPROX},    {{"roughly", NULL, NULL}, P_APPROX},
    {{"some", NULL, NULL}, P_APPROX},      {{"an", "estimated", NULL}, P_APPROX},
    {{"estimated", NULL, NULL}, P_APPROX}, {{"close", "to", NULL}, P_APPROX},
    {{"circa", NULL, NULL}, P_APPROX},     {{"between", NULL, NULL}, P_BETWEEN},
    {{"from", NULL, NULL}, P_FROM},
};
/* clang-format on */

/* The prefixes whose first word starts with each letter, one bit each
 * (bit p for prefixes[p]): match_prefix, asked of every word that may
 * open a quantity ("at", "in", "some", "from"), reads only those. */
_Static_assert(NELEM(prefixes) <= 64, "prefix_initials holds 64 bits");
static uint64_t prefix_initials[26];
/* each word's length and head, for vg_tok_is_headed */
static uint8_t prefix_lens[NELEM(prefixes)][3];
static uint32_t prefix_heads[NELEM(prefixes)][3];
static pthread_once_t prefix_once = PTHREAD_ONCE_INIT;

static void prefix_initials_build(void)
{
    for (size_t p = 0; p < NELEM(prefixes); p++) {
        unsigned c = (unsigned char)prefixes[p].w[0][0] - (unsigned)'a';
        if (c < 26)
            prefix_initials[c] |= 1ull << p;
        for (size_t k = 0; k < 3 && prefixes[p].w[k]; k++) {
            prefix_lens[p][k] = (uint8_t)strlen(prefixes[p].w[k]);
            prefix_heads[p][k] = vg_tok_head(prefixes[p].w[k], prefix_lens[p][k]);
        }
    }
}

/* Matches a prefix at token j; sets *after to the first token after it. */
static int match_prefix(const vg_doc *doc, size_t j, size_t lim, size_t *after)
{
    const vg_token *t = &doc->toks[j];
    if (t->kind != VG_TOK_WORD || !t->norm || t->normlen < 2)
        return P_NONE;
    /* every first word starts with a lower-case letter */
    unsigned c0 = (unsigned char)t->norm[0] - (unsigned)'a';
    if (c0 >= 26)
        return P_NONE;
    pthread_once(&prefix_once, prefix_initials_build);
    /* in the table's order, as the whole list was read */
    for (uint64_t m = prefix_initials[c0]; m; m &= m - 1) {
        size_t p = (size_t)__builtin_ctzll(m);
        size_t k = 0;
        while (k < 3 && prefixes[p].w[k] && j + k < lim &&
               vg_tok_is_headed(&doc->toks[j + k], prefixes[p].w[k], prefix_lens[p][k], prefix_heads[p][k]))
            k++;
        if (k == 3 || !prefixes[p].w[k]) {
            *after = j + k;
            return prefixes[p].mode;
        }
    }
    return P_NONE;
}

/* ---- tails ------------------------------------------------------------- */

/* A single number at token k (numeral with multipliers, or words) for the
 * far end of a range or a total; 0 when none. */
static size_t second_number(const vg_doc *doc, size_t k, size_t lim, core *c)
{
    if (k >= lim)
        return 0;
    size_t n = parse_core(doc, k, lim, c);
    return n && c->single ? n : 0;
}

static int is_percent(const vg_doc *doc, size_t k, size_t lim)
{
    if (k >= lim)
        return 0;
    const vg_token *t = &doc->toks[k];
    return vg_tok_is(t, "%") || vg_tok_is(t, "percent") || vg_tok_is(t, "pct") ||
           (vg_tok_is(t, "per") && k + 1 < lim && vg_tok_is(&doc->toks[k + 1], "cent"));
}

static int is_number_word(const vg_token *t)
{
    double v;
    return t->norm && (t->kind == VG_TOK_NUM || word_class(t->norm, t->normlen, &v) != W_NONE);
}

/* Makes c the range c.lo .. b.lo: "6-7", "1 to 2 million" (a multiplier
 * on the far end carries to a bare near end: 1e6..2e6). Returns 0, 1 when
 * b is not above c, -1 for two years ("2014-2016"). */
static int take_hi(core *c, const core *b)
{
    if (c->yearish && b->yearish)
        return -1;
    if (b->lo <= c->lo)
        return 1;
    if (b->multv > 1 && c->multv == 1 && c->lo * b->multv <= b->lo)
        c->lo *= b->multv;
    c->hi = b->lo;
    c->has_hi = 1;
    c->single = 0;
    return 0;
}

/* The tail of a single value lo at token k; updates q-shaped core c and
 * returns the tokens it used, or (size_t)-1 when the whole thing is not a
 * quantity ("29 th", "30%", "10:30", "six-year-old" split in tokens). */
static size_t parse_tail(const vg_doc *doc, size_t k, size_t lim, int mode, core *c)
{
    core b;
    size_t n;
    if (k >= lim)
        return 0;
    const vg_token *t = &doc->toks[k];
    int glued = !(t->flags & (VG_TF_SPACE | VG_TF_NL));
    if (is_percent(doc, k, lim))
        return (size_t)-1;
    if (glued && (vg_tok_is(t, "st") || vg_tok_is(t, "nd") || vg_tok_is(t, "rd") || vg_tok_is(t, "th")))
        return (size_t)-1;
    if (glued && vg_tok_is(t, ":") && k + 1 < lim && doc->toks[k + 1].kind == VG_TOK_NUM)
        return (size_t)-1;
    /* "2000" + "s" or "'s" split by the tokenizer: "2000s" */
    if (glued && c->n == 1 && !c->mult && (vg_tok_is(t, "s") || vg_tok_is(t, "'s"))) {
        if (decade_bounds(c->lo, c, 2) < 0)
            return (size_t)-1;
        c->single = 0;
        return 1;
    }
    if (mode == P_BETWEEN || mode == P_FROM) {
        /* "between 6 and 7", "from 6 to 7" */
        int sep = mode == P_BETWEEN ? vg_tok_is(t, "and") : vg_tok_is(t, "to") || vg_tok_is(t, "-");
        if (!sep || (n = second_number(doc, k + 1, lim, &b)) == 0 || take_hi(c, &b) != 0)
            return (size_t)-1;
        return 1 + n;
    }
    /* "30+" */
    if (glued && vg_tok_is(t, "+")) {
        c->has_hi = 0;
        c->single = 0;
        return 1;
    }
    /* "30 plus" (not "30 plus 5") */
    if (vg_tok_is(t, "plus")) {
        if (k + 1 < lim && is_number_word(&doc->toks[k + 1]))
            return 0;
        c->has_hi = 0;
        c->single = 0;
        return 1;
    }
    if (vg_tok_is(t, "-")) {
        /* "30-plus", "30-odd" split in tokens */
        if (k + 1 < lim && vg_tok_is(&doc->toks[k + 1], "plus")) {
            c->has_hi = 0;
            c->single = 0;
            return 2;
        }
        if (k + 1 < lim && vg_tok_is(&doc->toks[k + 1], "odd")) {
            c->approx = 1;
            c->single = 0;
            return 2;
        }
        /* "6-7", "6 - 7" */
        if ((n = second_number(doc, k + 1, lim, &b)) > 0) {
            int r = take_hi(c, &b);
            return r < 0 ? (size_t)-1 : r > 0 ? 0 : 1 + n;
        }
        /* "six-year-old" split in tokens */
        if (glued && k + 1 < lim && doc->toks[k + 1].kind == VG_TOK_WORD &&
            !(doc->toks[k + 1].flags & (VG_TF_SPACE | VG_TF_NL)))
            return (size_t)-1;
        return 0;
    }
    if (vg_tok_is(t, "to")) {
        /* "6 to 7" */
        if ((n = second_number(doc, k + 1, lim, &b)) > 0) {
            int r = take_hi(c, &b);
            return r < 0 ? (size_t)-1 : r > 0 ? 0 : 1 + n;
        }
        return 0;
    }
    if (vg_tok_is(t, "or") && k + 1 < lim) {
        const vg_token *u = &doc->toks[k + 1];
        /* "one or more", "30 or more" */
        if (vg_tok_is(u, "more") || vg_tok_is(u, "above") || vg_tok_is(u, "over") ||
            vg_tok_is(u, "greater")) {
            c->has_hi = 0;
            c->single = 0;
            return 2;
        }
        /* "30 or fewer" */
        if (vg_tok_is(u, "fewer") || vg_tok_is(u, "less") || vg_tok_is(u, "under") ||
            vg_tok_is(u, "below")) {
            c->has_lo = 0;
            c->single = 0;
            return 2;
        }
        /* "30 or so" */
        if (vg_tok_is(u, "so")) {
            c->approx = 1;
            c->single = 0;
            return 2;
        }
        /* "six or seven" */
        if ((n = second_number(doc, k + 1, lim, &b)) > 0) {
            int r = take_hi(c, &b);
            return r < 0 ? (size_t)-1 : r > 0 ? 0 : 1 + n;
        }
        return 0;
    }
    if (vg_tok_is(t, ",")) {
        /* "6, 7 people": close numbers, then a word, and no longer list */
        if ((n = second_number(doc, k + 1, lim, &b)) == 0 || b.lo <= c->lo ||
            b.lo - c->lo > (c->lo / 2 > 2 ? c->lo / 2 : 2) || c->yearish)
            return 0;
        size_t w = k + 1 + n;
        if (w >= lim)
            return 0;
        const vg_token *u = &doc->toks[w];
        if (u->kind != VG_TOK_WORD || is_number_word(u) || vg_tok_is(u, "and") ||
            vg_tok_is(u, "or") || vg_tok_is(u, "to") || is_percent(doc, w, lim))
            return 0;
        return take_hi(c, &b) == 0 ? 1 + n : 0;
    }
    /* "4 of 7", "four out of the seven" */
    {
        size_t m = k;
        if (vg_tok_is(t, "out") && m + 1 < lim && vg_tok_is(&doc->toks[m + 1], "of"))
            m += 2;
        else if (vg_tok_is(t, "of"))
            m += 1;
        else
            return 0;
        if (m < lim && vg_tok_is(&doc->toks[m], "the"))
            m++;
        if ((n = second_number(doc, m, lim, &b)) > 0 && b.lo >= c->lo &&
            !is_percent(doc, m + n, lim)) {
            c->total = b.lo;
            c->has_total = 1;
            c->single = 0;
            return m + n - k;
        }
    }
    return 0;
}

/* ---- the year rule ----------------------------------------------------- */

static int is_month_word(const vg_token *t)
{
    /* clang-format off */
    static const char *const months[] = {
        "january", "february", "march",   "april",    "may",      "june",
        "july",    "august",   "september", "october", "november", "december",
        "jan",     "jan.",     "feb",     "feb.",     "mar.",     "apr",
        "apr.",    "jun",      "jun.",    "jul",      "jul.",     "aug",
        "aug.",    "sep",      "sep.",    "sept",     "sept.",    "oct",
        "oct.",    "nov",      "nov.",    "dec",      "dec.",
    };
    /* clang-format on */
    for (size_t k = 0; k < NELEM(months); k++)
        if (vg_tok_is(t, months[k]))
            return 1;
    return 0;
}

/* Words that make a following number a year ("the 2016 attack", "Turkey's
 * 2015 elections") and function words after one ("in 2015 the group"). A
 * preposition alone decides nothing: "in 2015." but "of 2000 militants". */
/* clang-format off */
static const char *const year_before[] = {
    "the", "'s", "its", "their", "his", "her", "our", "this", "that", "year", "fiscal",
    "early", "late", "mid", "circa", "c.", "summer", "winter", "spring", "autumn",
};
/* clang-format on */
/* clang-format off */
static const char *const year_after[] = {
    "was",  "is",    "saw",  "had",   "has",  "will",   "and",   "or",   "to",
    "in",   "on",    "at",   "the",   "a",    "an",     "when",  "after", "before",
    "as",   "with",  "for",  "by",    "of",   "from",   "that",  "which", "he",
    "she",  "it",    "they", "we",    "i",    "through", "until", "since", "were",
    "are",  "be",    "been", "also",  "alone", "onwards", "onward", "but", "there",
};
/* clang-format on */

static int in_list(const vg_token *t, const char *const *list, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (vg_tok_is(t, list[k]))
            return 1;
    return 0;
}

/* 1 when the bare number at token i followed by token k reads as a year. */
static int reads_as_year(const vg_doc *doc, size_t i, size_t k, size_t lim)
{
    if (i > 0) {
        const vg_token *p = &doc->toks[i - 1];
        if (in_list(p, year_before, NELEM(year_before)) || is_month_word(p))
            return 1;
        if (vg_tok_is(p, ",") && i >= 2) {
            const vg_token *pp = &doc->toks[i - 2];
            if (pp->kind == VG_TOK_NUM || is_month_word(pp) || (pp->flags & VG_TF_DIGIT))
                return 1;
        }
    }
    if (k >= lim)
        return 1;
    const vg_token *u = &doc->toks[k];
    if (u->kind != VG_TOK_WORD || is_month_word(u) || in_list(u, year_after, NELEM(year_after)))
        return 1;
    return 0;
}

/* ---- the scanner ------------------------------------------------------- */

/* Every word that can open a quantity (prefix words, number words, vague
 * plurals), sorted by strcmp: the quick reject at each token. */
/* clang-format off */
static const char *const starters[] = {
    "a", "about", "almost", "an", "approx", "approx.", "approximately", "around", "as", "at",
    "between", "billions", "circa", "close", "dozen", "dozens", "eight", "eighteen", "eighty",
    "eleven", "estimated", "fewer", "fifteen", "fifty", "five", "forty", "four", "fourteen",
    "from", "greater", "half", "hundreds", "in", "just", "less", "millions", "more", "nearly",
    "nine", "nineteen", "ninety", "no", "not", "one", "over", "roughly", "scores", "seven",
    "seventeen", "seventy", "several", "six", "sixteen", "sixty", "some", "ten", "tens",
    "thirteen", "thirty", "thousands", "three", "twelve", "twenty", "two", "under", "up",
    "upwards", "well", "zero",
};
/* clang-format on */

/* starters hashed once per process (see util/wordhash.h), so the quick
 * reject costs a probe with the hash the token carries. */
static uint32_t starter_slots[256];
static vg_wordhash starter_hash;
static int starter_hash_ok;
static pthread_once_t starter_once = PTHREAD_ONCE_INIT;

static void starter_hash_build(void)
{
    starter_hash_ok = vg_wordhash_init(&starter_hash, starters, NELEM(starters), sizeof starters[0],
                                       starter_slots, NELEM(starter_slots)) == 0;
}

const char *vg_num_starter_word(size_t k)
{
    return k < NELEM(starters) ? starters[k] : NULL;
}

const char *vg_num_number_word(size_t k)
{
    return k < NELEM(number_words) ? number_words[k].w : NULL;
}

void vg_num_starters_mark(uint64_t *bits, size_t nbits)
{
    for (size_t k = 0; k < NELEM(starters); k++)
        vg_wordhash_mark(bits, nbits, starters[k]);
}

void vg_num_words_mark(uint64_t *bits, size_t nbits)
{
    for (size_t k = 0; k < NELEM(number_words); k++)
        vg_wordhash_mark(bits, nbits, number_words[k].w);
}

int vg_num_starter(uint32_t hash, const char *s, size_t n)
{
    if (n == 0 || n > 13)
        return 0;
    pthread_once(&starter_once, starter_hash_build);
    return starter_hash_ok && vg_wordhash_find_hashed(&starter_hash, hash, s, n) >= 0;
}

static int could_start(const vg_token *t)
{
    if (!t->norm || t->normlen == 0)
        return 0;
    if (t->kind == VG_TOK_NUM)
        return 1;
    if (t->kind != VG_TOK_WORD)
        return 0;
    if (is_digit(t->norm[0]))
        return 1;
    /* a hyphen in a word sets VG_TF_HYPHEN (tok.c) */
    const char *h = t->flags & VG_TF_HYPHEN ? memchr(t->norm, '-', t->normlen) : NULL;
    if (h) {
        /* "twenty-one", "thirty-odd" */
        double v;
        return word_class(t->norm, (size_t)(h - t->norm), &v) != W_NONE;
    }
    return (t->flags & VG_TF_NUMSTART) != 0;
}

size_t vg_num_scan(const vg_doc *doc, size_t i, size_t end, vg_quant *out)
{
    if (!out)
        return 0;
    memset(out, 0, sizeof *out);
    if (!doc || !doc->toks)
        return 0;
    size_t lim = end < doc->ntoks ? end : doc->ntoks;
    if (i >= lim)
        return 0;
    const vg_token *t0 = &doc->toks[i];
    if (!could_start(t0))
        return 0;
    /* money: "$5 million", "€200" */
    if (t0->kind == VG_TOK_NUM && i > 0 && doc->toks[i - 1].kind == VG_TOK_SYM &&
        !(t0->flags & (VG_TF_SPACE | VG_TF_NL)))
        return 0;

    size_t j = i;
    int mode = match_prefix(doc, i, lim, &j);
    if (mode == P_NONE)
        j = i;
    if (j >= lim)
        return 0;
    if (mode != P_NONE && doc->toks[j].kind == VG_TOK_SYM)
        return 0;
    core c;
    size_t n = parse_core(doc, j, lim, &c);
    if (n == 0)
        return 0;
    size_t k = j + n;
    int tail_used = 0;
    if (c.single) {
        size_t tn = parse_tail(doc, k, lim, mode, &c);
        if (tn == (size_t)-1)
            return 0;
        k += tn;
        tail_used = tn > 0;
    }
    if ((mode == P_BETWEEN || mode == P_FROM) && (c.single || !c.has_hi))
        return 0; /* "between 6" alone: the caller reads "6" next */
    if (mode == P_NONE && !tail_used && c.yearish && reads_as_year(doc, i, k, lim))
        return 0;
    /* "in the 1200 block of North Grant Avenue": a street address */
    if (mode == P_NONE && !tail_used && i > 0 && vg_tok_is(&doc->toks[i - 1], "the") && k + 1 < lim &&
        vg_tok_is(&doc->toks[k], "block") && vg_tok_is(&doc->toks[k + 1], "of"))
        return 0;

    switch (mode) {
    case P_MIN: /* "more than 30", "at least 6 to 7" (min 6) */
        c.has_lo = 1;
        c.has_hi = 0;
        break;
    case P_MAX: /* "up to 30", "up to 6 or 7" (max 7) */
        if (!c.has_hi)
            return 0;
        c.has_lo = 0;
        break;
    case P_APPROX: /* "nearly 200" */
        c.approx = 1;
        break;
    default:
        break;
    }
    out->start = doc->toks[i].start;
    out->end = doc->toks[k - 1].end;
    out->tok_start = (uint32_t)i;
    out->tok_end = (uint32_t)k;
    out->min = c.has_lo ? c.lo : 0;
    out->max = c.has_hi ? c.hi : 0;
    out->has_min = (uint8_t)c.has_lo;
    out->has_max = (uint8_t)c.has_hi;
    out->approx = (uint8_t)c.approx;
    out->has_total = (uint8_t)c.has_total;
    out->total = c.has_total ? c.total : 0;
    return k - i;
}
