/* tok.c: text stage. Tokenizer.
 *
 * Takes doc->text (valid UTF-8, NUL-terminated, doc->len bytes) and
 * produces doc->toks: one vg_token per word, number, punctuation mark,
 * symbol or list marker, with its byte span [start,end) into doc->text, its
 * kind, flags (case shape, whitespace/newline/blank line before it) and its
 * folded form `norm` (fold.h).
 *
 * Algorithm: one left-to-right pass, no backtracking beyond a few bytes of
 * lookahead, so O(n). ASCII is classified by a table; other code points by
 * their Unicode category (utf8proc). The rules, with examples:
 *   words    runs of letters, marks and digits: "Istanbul", "Muğla", "F16".
 *            Inner hyphens stay in the token and set VG_TF_HYPHEN:
 *            "Turkey-Syria", "al-Qaeda", "30-plus", "7-year-old".
 *            Inner apostrophes stay ("O'Brien", "Qur'an") except the English
 *            clitics, split Penn Treebank style: "Turkey's" -> "Turkey" "'s"
 *            ('s 're 've 'll 'd 'm), "don't" -> "do" "n't", "can't" -> "ca"
 *            "n't". ’ and ʼ count as apostrophes (their norm is ASCII ').
 *   dots     dotted abbreviations keep their dots and set VG_TF_ABBR:
 *            "U.S.", "U.S", "e.g.", "a.m.", "Ph.D." (segments of one or two
 *            letters); a word from the abbreviation list below followed by
 *            "." keeps the dot: "Gen.", "Mr.", "Jan.", "etc.", and "No." only
 *            before a number ("No. 5"); a single capital letter keeps its dot
 *            when a capitalised word follows ("J. R. Smith"). Otherwise the
 *            final "." is a PUNCT token of its own.
 *   numbers  a token starting with a digit is VG_TOK_NUM: "2,000" (a comma
 *            followed by exactly three digits), "1.5", "29.06.2016",
 *            "1st", "29th", "2000s", "9mm", "30-plus" (letters after the
 *            digits stay in the token). Date-like groups are one token:
 *            "6/29/2016", "6/29" (two or three groups of digits joined by
 *            "/"), "2016-06-29" (exactly 4-2-2 digits joined by "-"), and
 *            clock times "10:30" (one or two digits, ":", two digits).
 *            Other digit-hyphen-digit stays apart for the number scanner:
 *            "6-7" -> "6" "-" "7", "1990-1991" -> "1990" "-" "1991".
 *   punct    one code point per token, except runs of dots ("..", "...")
 *            and of hyphens ("--") which are one token each.
 *   symbols  categories S*, private use, unassigned, U+FFFD: VG_TOK_SYM.
 *   bullets  at line start (after spaces/tabs): "•", "◦", "▪", "●", "■",
 *            "‣", "▸", "►" (followed by anything), "-", "*", "–", "·"
 *            (followed by a space or tab), or 1-3 digits or one ASCII letter
 *            then "." or ")" then a space or tab, digits only for "."
 *            ("1.", "12)", "a)"; not "a." which is an initial).
 * Whitespace: ASCII space and controls, Zs, and format characters (Cf,
 * such as U+200B, U+FEFF) outside words; inside a word a Cf character
 * (soft hyphen, zero-width joiner) between word characters is kept in the
 * token. Newlines are "\n", "\r\n", "\r", U+0085, U+2028; a blank line is
 * two newlines with only whitespace between; "\f" and U+2029 count as a
 * blank line. The first token's flags describe the whitespace before it.
 *
 * Norms are packed into pool blocks taken from the arena, NUL-terminated
 * and unaligned, so a token costs its vg_token plus its length plus one.
 * A token longer than VG_TOK_NORM_MAX bytes gets the norm of its first
 * bytes only, cut to at most VG_TOK_NORM_MAX bytes at a character boundary.
 *
 * Invariants: tokens are in text order, non-empty, non-overlapping, within
 * [0, doc->len), and never contain whitespace other than Cf inside words.
 */
#include "text/tok.h"

#include <stdint.h>
#include <assert.h>
#include <pthread.h>
#include <string.h>
#include <utf8proc.h>

#include "text/date.h"
#include "text/doc.h"
#include "text/fold.h"
#include "text/num.h"
#include "util/utf8.h"
#include "util/wordhash.h"

#define VG_TOK_NORM_MAX 65535u  /* normlen is a uint16_t */
#define POOL_BLOCK 65536u       /* bytes of norm storage taken at a time */

/* Character classes. */
enum {
    C_SPACE = 0, /* blanks, controls, Zs; Cf outside words */
    C_NL,        /* line break */
    C_PARA,      /* paragraph break: "\f", U+2029 */
    C_UPPER,     /* letters: ASCII split by case, others all C_LETTER */
    C_LOWER,
    C_LETTER,
    C_MARK,
    C_DIGIT,
    C_FORMAT,    /* Cf */
    C_PUNCT,
    C_SYM
};

#define IS_WORD(c) ((c) >= C_UPPER && (c) <= C_DIGIT)
#define IS_ALPHA(c) ((c) >= C_UPPER && (c) <= C_MARK)

static const unsigned char ascii_class[128] = {
    /* controls: tab, vt and ff apart, \n and \r are line breaks */
    C_SPACE, C_SPACE, C_SPACE, C_SPACE, C_SPACE, C_SPACE, C_SPACE, C_SPACE,
    C_SPACE, C_SPACE, C_NL,    C_SPACE, C_PARA,  C_NL,    C_SPACE, C_SPACE,
    C_SPACE, C_SPACE, C_SPACE, C_SPACE, C_SPACE, C_SPACE, C_SPACE, C_SPACE,
    C_SPACE, C_SPACE, C_SPACE, C_SPACE, C_SPACE, C_SPACE, C_SPACE, C_SPACE,
    /*  space    !        "        #        $        %        &        ' */
    C_SPACE, C_PUNCT, C_PUNCT, C_SYM,   C_SYM,   C_SYM,   C_SYM,   C_PUNCT,
    /*  (        )        *        +        ,        -        .        / */
    C_PUNCT, C_PUNCT, C_SYM,   C_SYM,   C_PUNCT, C_PUNCT, C_PUNCT, C_PUNCT,
    C_DIGIT, C_DIGIT, C_DIGIT, C_DIGIT, C_DIGIT, C_DIGIT, C_DIGIT, C_DIGIT,
    /*  8        9        :        ;        <        =        >        ? */
    C_DIGIT, C_DIGIT, C_PUNCT, C_PUNCT, C_SYM,   C_SYM,   C_SYM,   C_PUNCT,
    /*  @ */
    C_SYM,   C_UPPER, C_UPPER, C_UPPER, C_UPPER, C_UPPER, C_UPPER, C_UPPER,
    C_UPPER, C_UPPER, C_UPPER, C_UPPER, C_UPPER, C_UPPER, C_UPPER, C_UPPER,
    C_UPPER, C_UPPER, C_UPPER, C_UPPER, C_UPPER, C_UPPER, C_UPPER, C_UPPER,
    /*  X        Y        Z        [        \        ]        ^        _ */
    C_UPPER, C_UPPER, C_UPPER, C_PUNCT, C_PUNCT, C_PUNCT, C_SYM,   C_PUNCT,
    /*  ` */
    C_PUNCT, C_LOWER, C_LOWER, C_LOWER, C_LOWER, C_LOWER, C_LOWER, C_LOWER,
    C_LOWER, C_LOWER, C_LOWER, C_LOWER, C_LOWER, C_LOWER, C_LOWER, C_LOWER,
    C_LOWER, C_LOWER, C_LOWER, C_LOWER, C_LOWER, C_LOWER, C_LOWER, C_LOWER,
    /*  x        y        z        {        |        }        ~      DEL */
    C_LOWER, C_LOWER, C_LOWER, C_PUNCT, C_SYM,   C_PUNCT, C_SYM,   C_SPACE,
};

static int unicode_class(int32_t cp)
{
    switch (cp) {
    case 0x0085:
    case 0x2028:
        return C_NL;
    case 0x200B: /* zero-width space: a break, unlike other Cf */
    case 0xFEFF: /* byte order mark */
        return C_SPACE;
    case 0x2029:
        return C_PARA;
    default:
        break;
    }
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_NL:
        return C_LETTER;
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
        return C_MARK;
    case UTF8PROC_CATEGORY_ND:
        return C_DIGIT;
    case UTF8PROC_CATEGORY_PC:
    case UTF8PROC_CATEGORY_PD:
    case UTF8PROC_CATEGORY_PS:
    case UTF8PROC_CATEGORY_PE:
    case UTF8PROC_CATEGORY_PI:
    case UTF8PROC_CATEGORY_PF:
    case UTF8PROC_CATEGORY_PO:
        return C_PUNCT;
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
    case UTF8PROC_CATEGORY_CC:
        return C_SPACE;
    case UTF8PROC_CATEGORY_CF:
        return C_FORMAT;
    default:
        return C_SYM; /* No, S*, Co, Cn, Cs; U+FFFD is So */
    }
}

/* Decodes the code point at t[i] (i < len) into *cp and *cls; returns its
 * byte length. Invalid bytes (callers should not pass any) count as one
 * U+FFFD byte each. */
static size_t peek(const unsigned char *t, size_t len, size_t i, int32_t *cp, int *cls)
{
    unsigned c = t[i];
    if (c < 0x80) {
        *cp = (int32_t)c;
        *cls = ascii_class[c];
        return 1;
    }
    size_t m = vg_utf8_decode(t + i, len - i, cp);
    if (m == 0) {
        *cp = 0xFFFD;
        *cls = C_SYM;
        return 1;
    }
    *cls = unicode_class(*cp);
    return m;
}

/* Class at t[i], C_SPACE past the end. */
static int class_at(const unsigned char *t, size_t len, size_t i)
{
    if (i >= len)
        return C_SPACE;
    if (t[i] < 0x80)
        return ascii_class[t[i]];
    int32_t cp;
    int cls;
    peek(t, len, i, &cp, &cls);
    return cls;
}

/* Byte length of an apostrophe at t[i] (', ’ U+2019, ʼ U+02BC), else 0. */
static size_t apostrophe_len(const unsigned char *t, size_t len, size_t i)
{
    if (t[i] == '\'')
        return 1;
    if (i + 2 < len && t[i] == 0xE2 && t[i + 1] == 0x80 && t[i + 2] == 0x99)
        return 3;
    if (i + 1 < len && t[i] == 0xCA && t[i + 1] == 0xBC)
        return 2;
    return 0;
}

/* Byte length of a word-inner hyphen at t[i]: "-", U+2010, U+2011. */
static size_t hyphen_len(const unsigned char *t, size_t len, size_t i)
{
    if (t[i] == '-')
        return 1;
    if (i + 2 < len && t[i] == 0xE2 && t[i + 1] == 0x80 && (t[i + 2] == 0x90 || t[i + 2] == 0x91))
        return 3;
    return 0;
}

static int lower_ascii(int c)
{
    return (unsigned)c - 'A' < 26u ? c | 0x20 : c;
}

/* An English clitic at t[i] (an apostrophe) ending the word: "Turkey's",
 * "they're", "we've", "he'll", "I'd", "I'm". Returns its byte length
 * (apostrophe included) or 0. */
static size_t clitic_len(const unsigned char *t, size_t len, size_t i)
{
    size_t a = apostrophe_len(t, len, i);
    if (a == 0)
        return 0;
    size_t j = i + a;
    char w[3];
    size_t k = 0;
    while (j + k < len && k < 3 && (ascii_class[t[j + k] & 0x7F] == C_UPPER ||
                                    ascii_class[t[j + k] & 0x7F] == C_LOWER) &&
           t[j + k] < 0x80) {
        w[k] = (char)lower_ascii(t[j + k]);
        k++;
    }
    if (k == 0 || k == 3 || IS_WORD(class_at(t, len, j + k)))
        return 0;
    if (apostrophe_len(t, len, j + k) != 0 && IS_ALPHA(class_at(t, len, j + k + 1)))
        return 0;
    if ((k == 1 && (w[0] == 's' || w[0] == 'd' || w[0] == 'm')) ||
        (k == 2 && ((w[0] == 'r' && w[1] == 'e') || (w[0] == 'v' && w[1] == 'e') ||
                    (w[0] == 'l' && w[1] == 'l'))))
        return a + k;
    return 0;
}

/* Abbreviations kept with their final dot, matched on the lower-cased word
 * without the dot: "Gen. Hulusi Akar", "Jan. 4", "Acme Inc.", and the
 * Philippine police ranks ("P/BGen.", "PCol.") and "Brgy." (barangay). Dotted ones
 * ("U.S.", "e.g.", "a.m.") are caught by the segment rule instead. */
static const char *const abbreviations[] = {
    "adm",  "approx", "apr",  "aug",  "ave",    "bgen", "brgy", "brig", "capt", "cmdr", "co",
    "col",  "corp",   "cpl",  "dec",  "dept",   "dr",   "etc",  "feb",  "gen",  "gov",
    "inc",  "jan",    "jr",   "jul",  "jun",    "lt",   "ltd",  "ltgen", "maj", "mar",
    "messrs", "mgen", "mr",   "mrs",  "ms",     "mt",   "no",   "nov",  "oct",  "pbgen",
    "pcapt", "pcol",  "plt",  "pltcol", "pmaj", "prof", "pvt",  "rep",  "rev",  "sen",
    "sep",  "sept",   "sgt",  "sr",   "st",     "vs",
};

#define NABBREVIATIONS (sizeof abbreviations / sizeof abbreviations[0])
static vg_wordhash abbreviation_index;
static uint32_t abbreviation_slots[128]; /* at least twice NABBREVIATIONS */

/* 1 when the ASCII word t[s..e) (letters only) is in the list above. */
static int is_abbreviation(const unsigned char *t, size_t s, size_t e)
{
    char w[8];
    size_t n = e - s;
    if (n == 0 || n >= sizeof w)
        return 0;
    for (size_t k = 0; k < n; k++) {
        if (t[s + k] >= 0x80)
            return 0;
        w[k] = (char)lower_ascii(t[s + k]);
    }
    /* every word before a full stop comes here: looked up in the index
     * (built with text_words, before any token) rather than read through
     * the list */
    return vg_wordhash_find(&abbreviation_index, w, n) >= 0;
}

static int is_digit_at(const unsigned char *t, size_t len, size_t i)
{
    return i < len && (unsigned)t[i] - '0' < 10u;
}

/* Number of ASCII digits at t[i..). */
static size_t digits_at(const unsigned char *t, size_t len, size_t i)
{
    size_t j = i;
    while (j < len && (unsigned)t[j] - '0' < 10u)
        j++;
    return j - i;
}

/* Scans the digit part of a number starting at t[i]: "2,000", "1.5",
 * "29.06.2016", "6/29/2016", "2016-06-29", "10:30". Returns its end. */
static size_t scan_number(const unsigned char *t, size_t len, size_t i)
{
    size_t j = i;
    int32_t cp;
    int cls;
    while (j < len) { /* digits, Unicode Nd included */
        size_t m = peek(t, len, j, &cp, &cls);
        if (cls != C_DIGIT)
            break;
        j += m;
    }
    size_t lead = j - i; /* bytes of the first group */
    if (j >= len)
        return j;
    unsigned c = t[j];
    if (c == '/' && lead <= 4 && is_digit_at(t, len, j + 1)) {
        /* "6/29", "6/29/2016": two or three groups of 1-4 digits */
        size_t g = digits_at(t, len, j + 1);
        if (g > 4)
            return j;
        j += 1 + g;
        if (j < len && t[j] == '/' && is_digit_at(t, len, j + 1)) {
            g = digits_at(t, len, j + 1);
            if (g <= 4)
                j += 1 + g;
        }
        return j;
    }
    if (c == '-' && lead == 4 && digits_at(t, len, j + 1) == 2 && j + 3 < len &&
        t[j + 3] == '-' && digits_at(t, len, j + 4) == 2)
        return j + 6; /* "2016-06-29" */
    if (c == ':' && lead <= 2 && digits_at(t, len, j + 1) == 2)
        return j + 3; /* "10:30" */
    int dec = 0;
    while (j < len) {
        c = t[j];
        if (c == ',' && !dec && digits_at(t, len, j + 1) == 3) {
            j += 4; /* "30,000" */
        } else if (c == '.' && is_digit_at(t, len, j + 1)) {
            j += 1 + digits_at(t, len, j + 1); /* "1.5", "29.06.2016" */
            dec = 1;
        } else {
            break;
        }
    }
    return j;
}

/* Letters in the run at t[i..) if it is a run of 1-2 letters ended by a
 * non-word character (a dot or anything else), else 0. "U.S" at "S". */
static size_t short_segment(const unsigned char *t, size_t len, size_t i)
{
    size_t n = 0, j = i;
    int32_t cp;
    int cls;
    while (j < len && n <= 2) {
        size_t m = peek(t, len, j, &cp, &cls);
        if (cls == C_MARK) {
            j += m;
            continue;
        }
        if (!IS_ALPHA(cls))
            break;
        n++;
        j += m;
    }
    if (n == 0 || n > 2 || (j < len && IS_WORD(class_at(t, len, j))))
        return 0;
    return n;
}

/* 1 when an upper-case letter starts at t[i]. */
static int is_upper_at(const unsigned char *t, size_t len, size_t i)
{
    if (i >= len)
        return 0;
    if (t[i] < 0x80)
        return ascii_class[t[i]] == C_UPPER;
    int32_t cp;
    int cls;
    peek(t, len, i, &cp, &cls);
    return cls == C_LETTER && utf8proc_isupper(cp);
}

/* Each byte's folded form (low 8 bits: ASCII letters lower-cased) and
 * what it is: upper or lower case letter, digit, or not ASCII (then the
 * word goes through fold.c). scan_word's runs of ASCII letters and push's
 * fold read it. The table is built by the compiler. */
enum { FB_UP = 0x100, FB_LOW = 0x200, FB_DIGIT = 0x400, FB_HIGH = 0x800, FB_STOP = 0x1000 };
/* FB_STOP: an ASCII byte that ends a word and that no rule of scan_word
 * takes into it (a space, a comma; not a word character, an apostrophe,
 * a hyphen or a dot) */
#define FB(c)                                                                                    \
    ((c) >= 0x80                ? FB_HIGH                                                        \
     : (c) >= 'A' && (c) <= 'Z' ? FB_UP | ((c) | 0x20)                                           \
     : (c) >= 'a' && (c) <= 'z' ? FB_LOW | (c)                                                   \
     : (c) >= '0' && (c) <= '9' ? FB_DIGIT | (c)                                                 \
     : (c) == '\'' || (c) == '-' || (c) == '.' ? (c)                                             \
                                : FB_STOP | (c))
#define FB4(c) FB(c), FB((c) + 1), FB((c) + 2), FB((c) + 3)
#define FB16(c) FB4(c), FB4((c) + 4), FB4((c) + 8), FB4((c) + 12)
#define FB64(c) FB16(c), FB16((c) + 16), FB16((c) + 32), FB16((c) + 48)
static const uint16_t fold_byte[256] = {FB64(0), FB64(64), FB64(128), FB64(192)};
#undef FB64
#undef FB16
#undef FB4
#undef FB

typedef struct word_scan {
    size_t end;
    unsigned flags; /* VG_TF_HYPHEN, VG_TF_ABBR */
} word_scan;

/* Scans a word or number starting at t[i] (a word character). */
static word_scan scan_word(const unsigned char *t, size_t len, size_t i)
{
    word_scan r = {i, 0};
    size_t j = i;
    int32_t cp;
    int cls;
    int plain = 1;     /* letters (and dots) only so far */
    size_t seg = 0;    /* letters in the current dot segment */
    size_t letters = 0;
    int dotted = 0;
    size_t m;
    if (class_at(t, len, j) == C_DIGIT) {
        j = scan_number(t, len, i);
        plain = 0;
        /* letters may follow: "1st", "2000s"; or a hyphen and letters:
         * "30-plus"; anything else ends the number */
        if (j >= len)
            goto done;
        int next = class_at(t, len, j);
        size_t h = hyphen_len(t, len, j);
        if (!IS_ALPHA(next) && !(h && IS_ALPHA(class_at(t, len, j + h))))
            goto done;
    }
    while (j < len) {
        /* fast path: a run of ASCII letters */
        while (j < len && (fold_byte[t[j]] & (FB_UP | FB_LOW))) {
            seg++, letters++;
            j++;
        }
        if (j >= len)
            break;
        /* the common end, a space or a comma: an ASCII byte that none of
         * the rules below takes into the word */
        if (fold_byte[t[j]] & FB_STOP)
            break;
        m = peek(t, len, j, &cp, &cls);
        if (IS_WORD(cls)) {
            if (cls == C_DIGIT)
                plain = 0;
            else if (cls != C_MARK)
                seg++, letters++;
            j += m;
            continue;
        }
        if (cls == C_FORMAT && j > i && IS_WORD(class_at(t, len, j + m))) {
            j += m; /* soft hyphen, zero-width joiner inside a word */
            continue;
        }
        size_t a = apostrophe_len(t, len, j);
        if (a) {
            if (clitic_len(t, len, j))
                break; /* "Turkey" | "'s" */
            /* "don't" -> "do" | "n't": the 'n' goes with the clitic */
            if (j - i >= 2 && (t[j - 1] == 'n' || t[j - 1] == 'N') && j + a < len &&
                (t[j + a] == 't' || t[j + a] == 'T') && !IS_WORD(class_at(t, len, j + a + 1)) &&
                IS_ALPHA(class_at(t, len, j - 2))) {
                j--;
                break;
            }
            if (IS_ALPHA(class_at(t, len, j + a))) {
                j += a; /* "O'Brien" */
                plain = 0;
                continue;
            }
            break;
        }
        size_t h = hyphen_len(t, len, j);
        if (h && IS_WORD(class_at(t, len, j + h))) {
            j += h; /* "Turkey-Syria", "al-Qaeda", "F-16", "panamanian-u.s." */
            r.flags |= VG_TF_HYPHEN;
            plain = 1; /* the dot rule restarts after a hyphen */
            seg = 0;
            continue;
        }
        if (cp == '.' && plain && seg >= 1 && seg <= 2 && short_segment(t, len, j + 1)) {
            j++; /* "U.S", "e.g", "Ph.D" */
            dotted = 1;
            seg = 0;
            continue;
        }
        break;
    }
    if (j < len && t[j] == '.' && !(j + 1 < len && t[j + 1] == '.')) {
        if (dotted) {
            j++; /* "U.S." */
        } else if (plain && is_abbreviation(t, i, j)) {
            /* "No." only before a number: "No. 5", not "he said no." */
            int keep = 1;
            if (j - i == 2 && lower_ascii(t[i]) == 'n') {
                size_t k = j + 1;
                while (k < len && (t[k] == ' ' || t[k] == '\t'))
                    k++;
                keep = is_digit_at(t, len, k);
            }
            /* "at 0340 LT.": local time closing a sentence, not "Lt." */
            if (j - i == 2 && t[i] == 'L' && t[i + 1] == 'T') {
                size_t k = i;
                while (k > 0 && (t[k - 1] == ' ' || t[k - 1] == '\t'))
                    k--;
                /* (a clock of four digits: not "2 LT. Imran Shah") */
                if (k < i && k >= 4 && digits_at(t, len, k - 4) == 4)
                    keep = 0;
            }
            if (keep) {
                j++;
                r.flags |= VG_TF_ABBR;
            }
        } else if (plain && letters == 1 && is_upper_at(t, len, i)) {
            /* initial: "J. R. Smith", "Ş. Yılmaz" */
            size_t k = j + 1;
            while (k < len && (t[k] == ' ' || t[k] == '\t'))
                k++;
            if (is_upper_at(t, len, k)) {
                j++;
                r.flags |= VG_TF_ABBR;
            }
        }
    }
    if (dotted) {
        r.flags |= VG_TF_ABBR;
        size_t h = j < len && t[j - 1] == '.' ? hyphen_len(t, len, j) : 0;
        if (h && IS_ALPHA(class_at(t, len, j + h))) {
            /* "U.S.-led", "U.S.-backed" */
            r.flags |= VG_TF_HYPHEN;
            j += h;
            while (j < len) {
                m = peek(t, len, j, &cp, &cls);
                if (IS_WORD(cls)) {
                    j += m;
                    continue;
                }
                h = hyphen_len(t, len, j);
                if (h && IS_WORD(class_at(t, len, j + h))) {
                    j += h;
                    continue;
                }
                break;
            }
        }
    }
done:
    r.end = j;
    return r;
}

/* Length of a list marker at t[i] at line start, or 0:
 * "  • US authorities are concerned", "- item", "1. first", "a) first". */
static size_t bullet_len(const unsigned char *t, size_t len, size_t i)
{
    int32_t cp;
    int cls;
    size_t m = peek(t, len, i, &cp, &cls);
    int blank_after = i + m < len && (t[i + m] == ' ' || t[i + m] == '\t');
    switch (cp) {
    case 0x2022: /* • */
    case 0x25E6: /* ◦ */
    case 0x25AA: /* ▪ */
    case 0x25CF: /* ● */
    case 0x25A0: /* ■ */
    case 0x2023: /* ‣ */
    case 0x25B8: /* ▸ */
    case 0x25BA: /* ► */
        return i + m < len && class_at(t, len, i + m) != C_NL ? m : 0;
    case '-':
    case '*':
    case 0x2013: /* – */
    case 0x00B7: /* · */
        return blank_after ? m : 0;
    default:
        break;
    }
    size_t d = digits_at(t, len, i);
    if (d >= 1 && d <= 3 && i + d + 1 < len && (t[i + d] == '.' || t[i + d] == ')') &&
        (t[i + d + 1] == ' ' || t[i + d + 1] == '\t'))
        return d + 1;
    if (d == 0 && t[i] < 0x80 && IS_ALPHA(ascii_class[t[i]]) && i + 2 < len && t[i + 1] == ')' &&
        (t[i + 2] == ' ' || t[i + 2] == '\t'))
        return 2;
    return 0;
}

/* Tokenizer state. */
typedef struct tokz {
    vg_doc *doc;
    const unsigned char *t;
    size_t len;
    vg_token *toks;
    size_t n, cap;
    char *pool;       /* free space for norms */
    size_t pool_left;
    unsigned gap;     /* VG_TF_SPACE/NL/PARA seen since the previous token */
    int err;
    int long_diag;    /* the long-token diagnostic was recorded */
} tokz;

/* Records why tokenizing stopped; the tokens made so far stay. */
static int fail(tokz *z, size_t at, const char *what)
{
    int code = z->doc->arena.capped ? VIGIL_ELIMIT : VIGIL_ENOMEM;
    vg_doc_diag(z->doc, 1, code, (long long)at,
                "tokenizer stopped at byte %zu: %s while allocating %s (%zu tokens made)", at,
                code == VIGIL_ELIMIT ? "arena limit reached" : "out of memory", what, z->n);
    z->err = code;
    return code;
}

/* Makes at least need bytes of pool space available; 0 or -1. */
static int pool_reserve(tokz *z, size_t need)
{
    if (z->pool_left >= need)
        return 0;
    size_t size = need > POOL_BLOCK ? need : POOL_BLOCK;
    char *p = vg_arena_alloc(&z->doc->arena, size);
    if (!p)
        return -1;
    z->pool = p; /* the old block's tail is abandoned to the arena */
    z->pool_left = size;
    return 0;
}


/* One bit per hash (low bits) of the words the date and quantity scanners
 * look up, set once: most words have none set and are not looked up. */
#define TEXT_WORD_BITS 4096
static uint64_t text_words[TEXT_WORD_BITS / 64];
static pthread_once_t text_words_once = PTHREAD_ONCE_INIT;

/* The words of those tables (the date words, the words that open a
 * quantity, the number words), each with what push sets for it, worked
 * out once by the calls push would make: a token marked in text_words is
 * then one probe here, not a probe of each table and vg_date_word_opens.
 * A word is listed once per table it is in, each time with the same
 * values. A marked token not found here (a bit another word set, "good",
 * "black") is asked of the tables as before. */
typedef struct text_word {
    const char *w;
    uint8_t dword;  /* vg_date_word_id */
    uint16_t marks; /* VG_TF_NUMSTART (vg_num_starter), VG_TF_DATEOPEN (vg_date_word_opens) */
} text_word;
#define TEXT_WORDS_MAX 512
static text_word text_word_table[TEXT_WORDS_MAX];
static uint32_t text_word_slots[2 * TEXT_WORDS_MAX];
static vg_wordhash text_word_index;
static int text_word_index_ok;

/* Adds the words word(0), word(1), ... (NULL past the end) to
 * text_word_table[*n..]; those past TEXT_WORDS_MAX stay out (asked of the
 * tables). */
static void text_words_add(size_t *n, const char *(*word)(size_t))
{
    for (size_t k = 0; word(k) && *n < TEXT_WORDS_MAX; k++) {
        const char *w = word(k);
        size_t len = strlen(w);
        uint32_t hash = vg_wordhash_hash(w, len);
        text_word *e = &text_word_table[(*n)++];
        e->w = w;
        e->dword = vg_date_word_id(hash, w, len);
        e->marks = (uint16_t)((vg_num_starter(hash, w, len) ? VG_TF_NUMSTART : 0u) |
                              (vg_date_word_opens(e->dword, w, len) ? VG_TF_DATEOPEN : 0u));
    }
}

static void text_words_build(void)
{
    vg_date_words_mark(text_words, TEXT_WORD_BITS);
    vg_num_starters_mark(text_words, TEXT_WORD_BITS);
    vg_num_words_mark(text_words, TEXT_WORD_BITS);
    size_t n = 0;
    text_words_add(&n, vg_date_word);
    text_words_add(&n, vg_num_starter_word);
    text_words_add(&n, vg_num_number_word);
    text_word_index_ok = vg_wordhash_init(&text_word_index, text_word_table, n, sizeof text_word_table[0],
                                          text_word_slots, sizeof text_word_slots / sizeof text_word_slots[0]) == 0;
    _Static_assert(2 * NABBREVIATIONS <= sizeof abbreviation_slots / sizeof abbreviation_slots[0],
                   "abbreviation_slots too small");
    vg_wordhash_init(&abbreviation_index, abbreviations, NABBREVIATIONS, sizeof abbreviations[0],
                     abbreviation_slots, sizeof abbreviation_slots / sizeof abbreviation_slots[0]);
}

/* Makes room for one more token; 0 or the error code. */
static int toks_reserve(tokz *z, size_t s)
{
    if (z->n < z->cap)
        return 0;
    size_t cap = z->cap < 64 ? 64 : z->cap + z->cap / 2;
    vg_token *nt = vg_arena_grow(&z->doc->arena, z->toks, z->n, cap, sizeof *nt);
    if (!nt)
        return fail(z, s, "tokens");
    z->toks = nt;
    z->cap = cap;
    return 0;
}

/* Appends token t[s..e) (room made) with the pending whitespace flags,
 * its norm (normlen bytes at z->pool, NUL-terminated), the norm's hash
 * and head, and its case shape: bit 0 an upper case letter, bit 1 a lower
 * case one, bit 2 the first letter upper case. In line: every token
 * comes here, most from push_plain_word. */
VG_TOK_INLINE int push_token(tokz *z, size_t s, size_t e, int kind, unsigned flags, size_t normlen, uint32_t hash,
                      uint32_t head, unsigned shape)
{
    char *norm = z->pool;
    if (kind == VG_TOK_NUM)
        flags |= VG_TF_DIGIT;
    /* the case shape's flags: CAP from bit 4, ALLCAP when upper case only,
     * LOWER when lower case only; one load for three tests */
    static const uint16_t shape_flags[8] = {
        0, VG_TF_ALLCAP, VG_TF_LOWER, 0, VG_TF_CAP, VG_TF_CAP | VG_TF_ALLCAP, VG_TF_CAP | VG_TF_LOWER, VG_TF_CAP,
    };
    flags |= shape_flags[shape & 7u];
    z->pool += normlen + 1;
    z->pool_left -= normlen + 1;
    vg_token *tk = &z->toks[z->n++];
    tk->start = (uint32_t)s;
    tk->end = (uint32_t)e;
    tk->norm = norm;
    tk->normlen = (uint16_t)normlen;
    tk->kind = (uint8_t)kind;
    tk->hash = hash;
    tk->head = head;
    /* the text layer's own word tables, asked of most tokens many times
     * by the date and quantity scanners: looked up once, here */
    tk->dword = 0;
    int listed = kind == VG_TOK_WORD && (text_words[(hash & (TEXT_WORD_BITS - 1)) / 64] >> (hash % 64) & 1);
    long known = listed && text_word_index_ok ? vg_wordhash_find_hashed(&text_word_index, hash, norm, normlen) : -1;
    if (known >= 0) {
        tk->dword = text_word_table[known].dword;
        flags |= text_word_table[known].marks;
    } else {
        if (listed) {
            tk->dword = vg_date_word_id(tk->hash, norm, normlen);
            if (vg_num_starter(tk->hash, norm, normlen))
                flags |= VG_TF_NUMSTART;
        }
        /* whether a date may open here, asked once for the date scanner,
         * which asks of every word: of a word listed above (the date words,
         * "good", the number words), a word with a hyphen ("mid-June",
         * "twenty-one") or a quarter ("q3"); any other is no such word */
        if (kind == VG_TOK_WORD && (listed || (flags & VG_TF_HYPHEN) || (normlen == 2 && norm[0] == 'q')) &&
            vg_date_word_opens(tk->dword, norm, normlen))
            flags |= VG_TF_DATEOPEN;
    }
    assert(kind != VG_TOK_WORD || !(flags & VG_TF_DATEOPEN) == !vg_date_word_opens(tk->dword, norm, normlen));
    assert(kind != VG_TOK_WORD || tk->dword == vg_date_word_id(tk->hash, norm, normlen));
    assert(kind != VG_TOK_WORD || !(flags & VG_TF_NUMSTART) == !vg_num_starter(tk->hash, norm, normlen));
    /* the quantity scanner looks for a hyphen only in words marked so */
    assert(kind != VG_TOK_WORD || (flags & VG_TF_HYPHEN) || !memchr(norm, '-', normlen));
    tk->flags = (uint16_t)(flags | z->gap);
    z->gap = 0;
    return VIGIL_OK;
}

/* Ends the ASCII norm[0..n) with its NUL and three more zeros (the next
 * norm overwrites them), so that its head is its first four bytes, one
 * load; returns the head. */
static inline uint32_t pad_head(char *norm, size_t n)
{
    memset(norm + n, 0, 4);
    return (uint32_t)(unsigned char)norm[0] | (uint32_t)(unsigned char)norm[1] << 8 |
           (uint32_t)(unsigned char)norm[2] << 16 | (uint32_t)(unsigned char)norm[3] << 24;
}

/* Appends token t[s..e) with the pending whitespace flags. */
static int push(tokz *z, size_t s, size_t e, int kind, unsigned flags)
{
    if (toks_reserve(z, s) != 0)
        return z->err;
    const unsigned char *src = z->t + s;
    size_t n = e - s;
    int ascii = 1;
    unsigned shape = 0;
    char *norm;
    size_t normlen;
    if (n > VG_TOK_NORM_MAX) { /* cut at a character boundary */
        n = VG_TOK_NORM_MAX;
        while (n > 0 && (src[n] & 0xC0) == 0x80)
            n--;
        if (!z->long_diag) {
            z->long_diag = 1;
            vg_doc_diag(z->doc, 0, VIGIL_ELIMIT, (long long)s,
                        "token of %zu bytes at byte %zu: its folded form is cut to %u bytes",
                        e - s, s, VG_TOK_NORM_MAX);
        }
    }
    /* n + 4: room for the NUL and the zeros that pad an ASCII norm's head */
    if (pool_reserve(z, n + 4) != 0)
        return fail(z, s, "norms");
    norm = z->pool;
    uint32_t hash = VG_WORDHASH_START;
    /* ASCII: copy lower-cased and hash, with the case shape, in one loop;
     * give up at the first non-ASCII byte (the pool is not advanced yet) */
    unsigned bits = 0;
    for (size_t k = 0; k < n; k++) {
        unsigned f = fold_byte[src[k]];
        if (f & FB_HIGH) {
            ascii = 0;
            break;
        }
        bits |= f;
        norm[k] = (char)(f & 0xFF);
        hash = vg_wordhash_step(hash, (unsigned char)f);
    }
    shape = (bits & FB_UP ? 1u : 0u) | (bits & FB_LOW ? 2u : 0u);
    if (bits & FB_DIGIT)
        flags |= VG_TF_DIGIT;
    uint32_t head;
    if (ascii) {
        head = pad_head(norm, n);
        normlen = n;
        hash = vg_wordhash_end(hash);
        /* the case of the first letter */
        for (size_t k = 0; k < n; k++)
            if (fold_byte[src[k]] & (FB_UP | FB_LOW)) {
                shape |= fold_byte[src[k]] & FB_UP ? 4u : 0u;
                break;
            }
    } else {
        shape = 0;
        flags &= ~(unsigned)VG_TF_DIGIT;
        size_t need = vg_fold_into((const char *)src, n, z->pool, z->pool_left);
        if (need >= z->pool_left) {
            if (need == SIZE_MAX || pool_reserve(z, need + 1) != 0)
                return fail(z, s, "norms");
            vg_fold_into((const char *)src, n, z->pool, z->pool_left);
        }
        norm = z->pool;
        normlen = need;
        if (normlen > VG_TOK_NORM_MAX) {
            normlen = VG_TOK_NORM_MAX;
            while (normlen > 0 && ((unsigned char)norm[normlen] & 0xC0) == 0x80)
                normlen--;
            norm[normlen] = '\0';
        }
        shape = vg_fold_case_shape((const char *)src, n);
        hash = vg_wordhash_hash(norm, normlen);
        head = vg_tok_head(norm, normlen);
        for (size_t k = 0; k < n; k++)
            if ((unsigned)src[k] - '0' < 10u) {
                flags |= VG_TF_DIGIT;
                break;
            }
    }
    return push_token(z, s, e, kind, flags, normlen, hash, head, shape);
}

/* vg_tok_run's common word, ASCII letters from t[s] ended by a byte that
 * no rule of scan_word takes in (a space, a comma), where scan_word would
 * end it with no flags: measured, folded and hashed in one pass into the
 * pool, and pushed. Returns its end; 0 when t[s..] is no such word, or
 * the token array or the pool's block is full (then scan_word and push
 * take it, and make room). */
static size_t push_plain_word(tokz *z, size_t s)
{
    if (z->n == z->cap)
        return 0;
    const unsigned char *src = z->t + s;
    char *norm = z->pool;
    /* room for the NUL and the zeros that pad the head; the text ends in
     * a NUL, no letter, so the run stops at its end */
    size_t room = z->pool_left > 4 ? z->pool_left - 4 : 0;
    if (room > VG_TOK_NORM_MAX)
        room = VG_TOK_NORM_MAX;
    uint32_t hash = VG_WORDHASH_START;
    unsigned any = 0;
    size_t n = 0;
    for (; n < room; n++) {
        unsigned f = fold_byte[src[n]];
        if (!(f & (FB_UP | FB_LOW)))
            break;
        any |= f;
        norm[n] = (char)(f & 0xFF);
        hash = vg_wordhash_step(hash, (unsigned char)f);
    }
    if (n == room || !(fold_byte[src[n]] & FB_STOP))
        return 0;
    uint32_t head = pad_head(norm, n);
    /* the first byte is the first letter */
    unsigned shape = (any & FB_UP ? 1u : 0u) | (any & FB_LOW ? 2u : 0u) | (fold_byte[src[0]] & FB_UP ? 4u : 0u);
    push_token(z, s, s + n, VG_TOK_WORD, 0, n, vg_wordhash_end(hash), head, shape);
    return s + n;
}

/* After a token ending at t[e]: the gap that follows most tokens, one
 * space, taken as vg_tok_run's C_SPACE case would take it (t[len] is the
 * NUL); returns where to go on. */
static size_t one_space(tokz *z, size_t e)
{
    if (z->t[e] != ' ')
        return e;
    z->gap |= VG_TF_SPACE;
    return e + 1;
}

int vg_tok_run(vg_doc *doc)
{
    pthread_once(&text_words_once, text_words_build);
    tokz z;
    memset(&z, 0, sizeof z);
    z.doc = doc;
    z.t = (const unsigned char *)doc->text;
    z.len = doc->len;
    doc->toks = NULL;
    doc->ntoks = 0;
    if (z.len >= UINT32_MAX) {
        vg_doc_diag(doc, 1, VIGIL_ELIMIT, 0,
                    "text of %zu bytes is too long to tokenize (limit %u bytes)", z.len,
                    (unsigned)UINT32_MAX - 1);
        return VIGIL_ELIMIT;
    }
    const unsigned char *t = z.t;
    size_t len = z.len;
    /* news text runs about one token per 5.5 bytes (wire copy, MUC-4):
     * usually no growth; dense text grows by half each time */
    z.cap = len / 5 + 16;
    z.toks = vg_arena_grow(&doc->arena, NULL, 0, z.cap, sizeof *z.toks);
    if (!z.toks) {
        z.cap = 0;
        return fail(&z, 0, "tokens");
    }
    size_t i = 0;
    int line_start = 1; /* no token yet on this line */
    int nls = 0;        /* newlines in the current gap */
    while (i < len && !z.err) {
        unsigned c = t[i];
        int32_t cp;
        int cls;
        size_t m;
        if (c < 0x80) {
            cp = (int32_t)c;
            cls = ascii_class[c];
            m = 1;
        } else {
            m = peek(t, len, i, &cp, &cls);
        }
        switch (cls) {
        case C_SPACE:
        case C_FORMAT:
            z.gap |= VG_TF_SPACE;
            i += m;
            continue;
        case C_NL:
            if (c == '\r' && i + 1 < len && t[i + 1] == '\n')
                m = 2;
            nls++;
            z.gap |= VG_TF_SPACE | VG_TF_NL | (nls >= 2 ? VG_TF_PARA : 0u);
            line_start = 1;
            i += m;
            continue;
        case C_PARA:
            z.gap |= VG_TF_SPACE | VG_TF_NL | VG_TF_PARA;
            line_start = 1;
            i += m;
            continue;
        default:
            break;
        }
        nls = 0;
        size_t s = i;
        if (line_start) {
            line_start = 0;
            size_t b = bullet_len(t, len, i);
            if (b) {
                push(&z, s, s + b, VG_TOK_BULLET, 0);
                i += b;
                continue;
            }
        }
        if (IS_WORD(cls)) {
            /* the common word, ASCII letters ended by a byte that no rule
             * of scan_word takes in (a space, a comma): it would end there
             * with no flags; anything else goes through scan_word */
            if (cls == C_UPPER || cls == C_LOWER) {
                size_t e = push_plain_word(&z, s);
                if (e) {
                    i = one_space(&z, e);
                    continue;
                }
            }
            word_scan w = scan_word(t, len, i);
            push(&z, s, w.end, cls == C_DIGIT ? VG_TOK_NUM : VG_TOK_WORD, w.flags);
            i = one_space(&z, w.end);
            continue;
        }
        /* "Turkey's": the clitic right after a word */
        if (z.n > 0 && z.toks[z.n - 1].end == s && z.gap == 0 &&
            (z.toks[z.n - 1].kind == VG_TOK_WORD || z.toks[z.n - 1].kind == VG_TOK_NUM)) {
            size_t k = clitic_len(t, len, i);
            if (k) {
                push(&z, s, s + k, VG_TOK_WORD, 0);
                i += k;
                continue;
            }
        }
        if (c == '.' && is_digit_at(t, len, i + 1) && (z.n == 0 || z.gap)) {
            /* a decimal without its zero: "a .45 caliber pistol" */
            word_scan w = scan_word(t, len, i + 1);
            push(&z, s, w.end, VG_TOK_NUM, w.flags);
            i = w.end;
            continue;
        }
        if (c == '.' || c == '-') { /* "...", "--" */
            size_t e = i + 1;
            while (e < len && t[e] == c)
                e++;
            push(&z, s, e, VG_TOK_PUNCT, 0);
            i = e;
            continue;
        }
        push(&z, s, s + m, cls == C_PUNCT ? VG_TOK_PUNCT : VG_TOK_SYM, 0);
        i = one_space(&z, s + m);
    }
    doc->toks = z.toks;
    doc->ntoks = z.n;
    return z.err;
}

static pthread_mutex_t wordlist_lock = PTHREAD_MUTEX_INITIALIZER;

/* The hashed lists' vg_wordlist.heads, handed out as lists are filled
 * (under wordlist_lock): all the lists hold some 5,500 words. */
#define WORDLIST_HEADS 16384
static uint32_t wordlist_heads[WORDLIST_HEADS];
static size_t wordlist_heads_used;

static void wordlist_fill(vg_wordlist *l)
{
    pthread_mutex_lock(&wordlist_lock);
    if (atomic_load_explicit(&l->ready, memory_order_relaxed) == VG_WORDLIST_UNFILLED) {
        size_t n = 0;
        while (l->words[n])
            n++;
        int state = VG_WORDLIST_LONG;
        if (n <= VG_WORDLIST_MAX) {
            /* made aside, then each slot written once: a reader that meets
             * a slot not yet written takes the slow path and waits here */
            uint8_t slots[VG_WORDLIST_SLOTS];
            memset(slots, VG_WORDLIST_EMPTY, sizeof slots);
            for (size_t i = 0; i < n; i++) {
                uint32_t k = vg_wordhash_hash(l->words[i], strlen(l->words[i])) &
                             (VG_WORDLIST_SLOTS - 1);
                while (slots[k] != VG_WORDLIST_EMPTY)
                    k = (k + 1) & (VG_WORDLIST_SLOTS - 1);
                slots[k] = (uint8_t)(i + 1);
            }
            if (n <= WORDLIST_HEADS - wordlist_heads_used) {
                uint32_t *heads = wordlist_heads + wordlist_heads_used;
                wordlist_heads_used += n;
                for (size_t i = 0; i < n; i++)
                    heads[i] = vg_tok_head(l->words[i], strlen(l->words[i]));
                l->heads = heads;
            }
            for (size_t k = 0; k < VG_WORDLIST_SLOTS; k++)
                atomic_store_explicit(&l->slots[k], slots[k], memory_order_relaxed);
            state = VG_WORDLIST_HASHED;
        }
        atomic_store_explicit(&l->ready, state, memory_order_release);
    }
    pthread_mutex_unlock(&wordlist_lock);
}

/* 1 when the NUL-terminated w equals s[0..n) (s holds no NUL). */
static int word_equals(const char *w, const char *s, size_t n)
{
    size_t k = 0;
    while (k < n && w[k] == s[k] && w[k] != '\0')
        k++;
    return k == n && w[n] == '\0';
}

int vg_tok_is_dash(const vg_token *t)
{
    return t->kind == VG_TOK_PUNCT && t->norm &&
           (t->norm[0] == '-' || (t->normlen >= 3 && (!memcmp(t->norm, "\xe2\x80\x93", 3) ||
                                                      !memcmp(t->norm, "\xe2\x80\x94", 3))));
}

/* Runs for the tokens whose first slot is taken (or all, until the set
 * is filled): the words met along the probe are compared, usually one. */
int vg_tok_in_list(const vg_token *t, vg_wordlist *list)
{
    if (!t->norm || t->normlen == 0)
        return 0;
    int state = atomic_load_explicit(&list->ready, memory_order_acquire);
    if (state == VG_WORDLIST_UNFILLED) {
        wordlist_fill(list);
        state = atomic_load_explicit(&list->ready, memory_order_acquire);
    }
    if (state == VG_WORDLIST_LONG) {
        for (const char *const *w = list->words; *w; w++)
            if (word_equals(*w, t->norm, t->normlen))
                return 1;
        return 0;
    }
    for (uint32_t k = t->hash & (VG_WORDLIST_SLOTS - 1);; k = (k + 1) & (VG_WORDLIST_SLOTS - 1)) {
        unsigned v = atomic_load_explicit(&list->slots[k], memory_order_relaxed);
        if (v == VG_WORDLIST_EMPTY)
            return 0;
        /* equal heads: the same first four bytes, and for a token under
         * four bytes the same word (its head holds its end) */
        if (!list->heads) {
            if (word_equals(list->words[v - 1], t->norm, t->normlen))
                return 1;
        } else if (list->heads[v - 1] == t->head &&
                   (t->normlen < 4 || word_equals(list->words[v - 1] + 4, t->norm + 4, t->normlen - 4u))) {
            return 1;
        }
    }
}
