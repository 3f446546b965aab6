/* sent.c: text stage. Sentence splitting.
 *
 * Takes doc->toks (tok.c) and produces doc->sents: consecutive token runs
 * covering every token once, each with its trimmed byte span, flags
 * (VG_SF_*) and a paragraph number `para` (paragraphs and bullet items
 * counted from 0; sentences inside one bullet item share its number).
 *
 * Algorithm: one pass over the tokens with a rule cascade in the spirit of
 * Punkt-free rule splitters (Grefenstette and Tapanainen 1994): most of
 * the ambiguity of "." is settled by the tokenizer, which keeps the dot of
 * an abbreviation inside its token ("U.S.", "Gen.", "J."), so a "." token
 * is nearly always a full stop. A sentence ends before token j when
 *   1. j follows a blank line (VG_SF_PARA on the next sentence), or
 *   2. j is a list marker (VG_SF_BULLET): "  • US authorities are ...", or
 *   3. a terminator ". ? ! ..." ends the sentence, possibly followed by
 *      closing quotes and brackets written without a space
 *      (He said "go." Then ...), and token j looks like a sentence start:
 *      - mixed-case text: not a lower-case word ("approx. five" stays);
 *      - text without case (all capitals "THE ARMY SAID TODAY. GUERRILLAS
 *        ATTACKED", or all lower case as in MUC-4 "the army said today.
 *        guerrillas attacked"): always after ".", except after a single
 *        letter (an initial);
 *      - after an abbreviation token ("U.S.", "Inc.", "a.m.") only when j
 *        is a capitalised function word from a short list ("He moved to
 *        the U.S. Then he left." splits; "the U.S. Army" does not). Titles
 *        and initials ("Gen.", "Mr.", "J.") never end a sentence;
 *      - after "..." only before a capitalised word in mixed-case text;
 *   4. j starts a line and the line before it is headline-like: the whole
 *      line is the sentence so far, shorter than VG_SENT_HEADLINE_BYTES,
 *      without final punctuation or a trailing comma/dash/colon, j is not
 *      a lower-case word (mixed-case text), and in hard-wrapped text the
 *      line is short enough that j's word would have fit on it (greedy
 *      wrapping never breaks a line early). That sentence gets
 *      VG_SF_HEADLINE and the next starts a paragraph. Hard-wrapped prose
 *      is recognised by its lines of 40+ bytes that end mid-sentence, so
 *      its newlines are not boundaries; and the dateline "ANKARA, March 4
 *      (Reuters) - Turkish police ..." has no boundary at all.
 *   5. the sentence reached VG_SENT_MAX_TOKENS (one diagnostic per doc).
 * The first sentence, and each one after a blank line or a headline, has
 * VG_SF_PARA and a new para number; each bullet item has a new number too.
 * A bullet item ends (and its sentences stop sharing its para) at a blank
 * line, the next marker, or a sentence that starts a line at or left of the
 * item's marker column.
 *
 * Invariants: sentences are in order, non-empty, non-overlapping, and
 * their spans are [first token start, last token end), so trimmed. The
 * case counts and line widths come from a first O(n) pass; the splitting
 * pass is O(n) too (the column look-back is bounded).
 */
#include "text/sent.h"

#include <stdint.h>
#include <string.h>

#include "text/doc.h"

#define VG_SENT_MAX_TOKENS 512      /* tokens per sentence before a forced split */
#define VG_SENT_HEADLINE_BYTES 110  /* a headline line is shorter than this */
#define WRAP_MIN_LINE 40            /* a line this long ending mid-sentence looks wrapped */
#define COLUMN_LOOKBACK 256         /* bytes searched back for a line start */

static int norm_is(const vg_token *t, const char *s)
{
    return strcmp(t->norm, s) == 0;
}

static int is_punct(const vg_token *t, const char *s)
{
    return t->kind == VG_TOK_PUNCT && norm_is(t, s);
}

enum { T_NONE = 0, T_PERIOD, T_STRONG, T_ELLIPSIS, T_ABBR };

/* What kind of sentence terminator t is. */
static int terminator(const vg_token *t)
{
    if (t->kind == VG_TOK_PUNCT) {
        const char *n = t->norm;
        if (strcmp(n, ".") == 0 || strcmp(n, "\xE3\x80\x82") == 0) /* "." and "。" */
            return T_PERIOD;
        if (strcmp(n, "?") == 0 || strcmp(n, "!") == 0 || strcmp(n, "\xD8\x9F") == 0) /* "؟" */
            return T_STRONG;
        if (n[0] == '.' && n[1] == '.') /* "..", "...", "…" */
            return T_ELLIPSIS;
        return T_NONE;
    }
    if (t->kind == VG_TOK_WORD && (t->flags & VG_TF_ABBR) && t->normlen > 1 &&
        t->norm[t->normlen - 1] == '.')
        return T_ABBR;
    return T_NONE;
}

/* 0 when t cannot be a terminator: neither punctuation nor an
 * abbreviation (terminator's two cases). Most tokens are words, and this
 * test, inlined, spares them terminator's call. */
static inline int may_terminate(const vg_token *t)
{
    return t->kind == VG_TOK_PUNCT || (t->flags & VG_TF_ABBR);
}

/* A closing mark written right after a terminator: He said "go." Then */
static int is_closer(const vg_token *t)
{
    if (t->kind != VG_TOK_PUNCT || (t->flags & (VG_TF_SPACE | VG_TF_NL)))
        return 0;
    const char *n = t->norm;
    return (n[1] == '\0' && strchr(")]}\"'.?!", n[0]) != NULL) || terminator(t) != T_NONE;
}

/* Abbreviations that precede a name or a number and so never end a
 * sentence: "Gen. Hulusi Akar", "e.g. Izmir". */
static const char *const no_end_abbr[] = {
    "mr.",  "mrs.",  "ms.",   "dr.",   "gen.", "col.", "lt.",    "sgt.", "capt.", "maj.",
    "gov.", "sen.",  "rep.",  "rev.",  "prof.", "st.", "adm.",   "brig.", "cpl.", "pvt.",
    "cmdr.", "messrs.", "mt.", "no.", "vs.",   "e.g.", "i.e.", "approx.",
};

/* Capitalised words that start sentences after an abbreviation:
 * "He moved to the U.S. Then he left." */
static const char *const starters[] = {
    "a",     "after",  "an",    "and",   "as",       "at",    "before", "but",       "he",
    "her",   "his",    "however", "i",   "if",       "in",    "it",     "its",       "many",
    "meanwhile", "most", "no", "nobody", "none", "officials", "on", "our", "police", "she", "so", "some",
    "that",  "the",    "their", "then",  "there",    "these", "they",   "this",      "those",
    "we",    "when",   "while", "you",
};

static int in_list(const char *s, const char *const *list, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (strcmp(s, list[k]) == 0)
            return 1;
    return 0;
}

/* "J." or "Ş.": one letter and the dot. */
static int is_initial(const vg_token *t)
{
    if (t->normlen < 2 || t->norm[t->normlen - 1] != '.')
        return 0;
    unsigned c = (unsigned char)t->norm[0];
    size_t cl = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    return (size_t)t->normlen - 1 == cl;
}

typedef struct splitter {
    vg_doc *doc;
    const vg_token *t;
    size_t n;
    int nocase;   /* the text has no case information */
    int wrapped;  /* the text is hard-wrapped */
    size_t width; /* longest line followed by another in the same paragraph */
    vg_sent *out;
    size_t nout, cap;
    int err;
    int capped_diag;
} splitter;

/* Whether a sentence starts at token j after the terminator at token i,
 * in a sentence that began at token cur. */
static int should_split(const splitter *sp, size_t cur, size_t i, size_t j)
{
    const vg_token *a = &sp->t[i], *b = &sp->t[j];
    if (b->kind == VG_TOK_BULLET || (b->flags & VG_TF_PARA))
        return 1;
    /* an enumerator in running text: "the armed struggle.    2. if the" */
    if (i == cur + 1 && sp->t[cur].kind == VG_TOK_NUM && sp->t[cur].normlen <= 2 &&
        terminator(a) == T_PERIOD)
        return 0;
    if (is_punct(b, ",") || is_punct(b, ";") || is_punct(b, ":") || is_punct(b, "%"))
        return 0;
    int lower_next = b->kind == VG_TOK_WORD && (b->flags & VG_TF_LOWER);
    if (!(b->flags & (VG_TF_SPACE | VG_TF_NL)) && b->kind != VG_TOK_PUNCT) {
        /* no space after the dot: "example.com" stays, the typo
         * "end.The" splits in mixed-case text */
        if (sp->nocase || !(b->flags & VG_TF_CAP))
            return 0;
    }
    switch (terminator(a)) {
    case T_STRONG: /* "Why now?" Officials said */
        return sp->nocase || !lower_next;
    case T_PERIOD:
        if (sp->nocase) {
            /* "j. smith" in lower-case text: an initial, no boundary */
            if (i > 0 && !(a->flags & (VG_TF_SPACE | VG_TF_NL))) {
                const vg_token *w = &sp->t[i - 1];
                unsigned c = (unsigned char)w->norm[0];
                size_t cl = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
                if (w->kind == VG_TOK_WORD && w->normlen == cl && w->end - w->start <= 4)
                    return 0;
            }
            return 1;
        }
        return !lower_next;
    case T_ELLIPSIS:
        return !sp->nocase && b->kind == VG_TOK_WORD && (b->flags & VG_TF_CAP);
    case T_ABBR:
        if (is_initial(a) ||
            in_list(a->norm, no_end_abbr, sizeof no_end_abbr / sizeof no_end_abbr[0]))
            return 0;
        if (b->kind != VG_TOK_WORD)
            return 0; /* "Jan. 4", "No. 5" */
        if (!sp->nocase && !(b->flags & VG_TF_CAP))
            return 0;
        return in_list(b->norm, starters, sizeof starters / sizeof starters[0]);
    default:
        return 0;
    }
}

/* 1 when the line ending with token k ends in final punctuation. */
static int line_closed(const vg_token *t, size_t first, size_t k)
{
    while (k > first && is_closer(&t[k]) && terminator(&t[k]) == T_NONE)
        k--;
    int term = terminator(&t[k]);
    return term == T_PERIOD || term == T_STRONG;
}

/* Byte column of offset pos on its line (bounded look-back). */
static size_t column_of(const vg_doc *doc, uint32_t pos)
{
    size_t lim = pos > COLUMN_LOOKBACK ? pos - COLUMN_LOOKBACK : 0;
    size_t k = pos;
    while (k > lim && doc->text[k - 1] != '\n' && doc->text[k - 1] != '\r')
        k--;
    return pos - k;
}

/* Case counts and line widths: the first pass. */
static void survey(splitter *sp)
{
    const vg_token *t = sp->t;
    size_t n_lower = 0, n_cap = 0, n_allcap = 0;
    size_t n_cont = 0, n_open = 0, first = 0;
    for (size_t k = 0; k < sp->n; k++) {
        uint16_t f = t[k].flags;
        if (t[k].kind == VG_TOK_WORD) {
            if (f & VG_TF_LOWER)
                n_lower++;
            else if ((f & VG_TF_ALLCAP) && t[k].end - t[k].start > 1)
                n_allcap++;
            else if ((f & VG_TF_CAP) && !(f & VG_TF_ALLCAP))
                n_cap++;
        }
        if (k + 1 == sp->n || (t[k + 1].flags & VG_TF_NL)) {
            /* line [first, k] ends here; is it continued in its paragraph? */
            if (k + 1 < sp->n && !(t[k + 1].flags & VG_TF_PARA) &&
                t[k + 1].kind != VG_TOK_BULLET) {
                size_t len = t[k].end - t[first].start;
                n_cont++;
                if (len > sp->width)
                    sp->width = len;
                if (len >= WRAP_MIN_LINE && !line_closed(t, first, k))
                    n_open++;
            }
            first = k + 1;
        }
    }
    size_t cased = n_lower + n_cap;
    sp->nocase = (n_allcap > 0 && cased * 20 < n_allcap) ||
                 (n_lower > 0 && (n_cap + n_allcap) * 50 < n_lower);
    sp->wrapped = n_open >= 2 && n_open * 2 >= n_cont;
}

/* Whether the line [first, j) is a headline-like line standing alone,
 * given that the current sentence began at token cur. */
static int headline_before(const splitter *sp, size_t cur, size_t first, size_t j)
{
    const vg_token *t = sp->t;
    if (cur != first || j == first)
        return 0;
    const vg_token *last = &t[j - 1], *next = &t[j];
    size_t len = last->end - t[first].start;
    if (len >= VG_SENT_HEADLINE_BYTES)
        return 0;
    if (last->kind == VG_TOK_PUNCT && !(is_punct(last, ")") || is_punct(last, "]") ||
                                        is_punct(last, "\"") || is_punct(last, "'")))
        return 0; /* "ANKARA, July 4 (Reuters) -" continues */
    if (!sp->nocase && next->kind == VG_TOK_WORD && (next->flags & VG_TF_LOWER))
        return 0;
    if (sp->wrapped) {
        size_t word = next->end - next->start;
        if (len + 1 + word > sp->width)
            return 0; /* the next word did not fit: wrapped prose */
    }
    return 1;
}

/* Whether the line [first, j), all of the current sentence (begun at
 * cur), is a row of a plain-text table: two or more "|" cells. */
static int table_row(const splitter *sp, size_t cur, size_t first, size_t j)
{
    if (cur != first)
        return 0;
    size_t bars = 0;
    for (size_t k = first; k < j; k++)
        bars += (sp->t[k].kind == VG_TOK_PUNCT || sp->t[k].kind == VG_TOK_SYM) && norm_is(&sp->t[k], "|");
    return bars >= 2;
}

static int emit(splitter *sp, size_t from, size_t to, uint32_t flags, uint32_t para)
{
    if (sp->nout == sp->cap) {
        size_t cap = sp->cap ? sp->cap * 2 : sp->n / 16 + 8;
        vg_sent *ns = vg_arena_grow(&sp->doc->arena, sp->out, sp->nout, cap, sizeof *ns);
        if (!ns) {
            int code = sp->doc->arena.capped ? VIGIL_ELIMIT : VIGIL_ENOMEM;
            vg_doc_diag(sp->doc, 1, code, (long long)sp->t[from].start,
                        "sentence splitter stopped at byte %u: %s (%zu sentences made)",
                        (unsigned)sp->t[from].start,
                        code == VIGIL_ELIMIT ? "arena limit reached" : "out of memory", sp->nout);
            sp->err = code;
            return code;
        }
        sp->out = ns;
        sp->cap = cap;
    }
    vg_sent *s = &sp->out[sp->nout++];
    s->start = sp->t[from].start;
    s->end = sp->t[to - 1].end;
    s->tok_start = (uint32_t)from;
    s->tok_end = (uint32_t)to;
    s->flags = flags;
    s->para = para;
    return VIGIL_OK;
}

int vg_sent_run(vg_doc *doc)
{
    splitter sp;
    memset(&sp, 0, sizeof sp);
    sp.doc = doc;
    sp.t = doc->toks;
    sp.n = doc->ntoks;
    doc->sents = NULL;
    doc->nsents = 0;
    if (sp.n == 0)
        return VIGIL_OK;
    survey(&sp);

    const vg_token *t = sp.t;
    size_t cur = 0;          /* first token of the current sentence */
    size_t line_first = 0;   /* first token of the current line */
    size_t break_at = SIZE_MAX; /* a terminator asked for a boundary here */
    size_t closers_end = 0;     /* end of the last run of closers scanned */
    uint32_t para = 0;
    uint32_t flags = VG_SF_PARA | (t[0].kind == VG_TOK_BULLET ? VG_SF_BULLET : 0u);
    int in_bullet = t[0].kind == VG_TOK_BULLET;
    size_t bullet_col = in_bullet ? column_of(doc, t[0].start) : 0;

    for (size_t i = 0; i < sp.n && !sp.err; i++) {
        const vg_token *tk = &t[i];
        if (i > cur) {
            uint32_t next = 0, mine = 0;
            int brk = 0, bump = 0;
            if (tk->flags & VG_TF_PARA) {
                brk = bump = 1;
                next |= VG_SF_PARA;
            }
            if (tk->kind == VG_TOK_BULLET) {
                brk = bump = 1;
                next |= VG_SF_BULLET;
            } else if (i == break_at) {
                brk = 1;
                /* leaving a bullet item: "  • ... past.\nThe United States ..." */
                if (in_bullet && (tk->flags & VG_TF_NL) &&
                    column_of(doc, tk->start) <= bullet_col) {
                    bump = 1;
                    next |= VG_SF_PARA;
                }
            } else if (!brk && (tk->flags & VG_TF_NL) && table_row(&sp, cur, line_first, i)) {
                brk = bump = 1; /* "Germany | Vehicle-ramming attack | likely | 2025": a row */
                next |= VG_SF_PARA;
            } else if (!brk && (tk->flags & VG_TF_NL) && headline_before(&sp, cur, line_first, i)) {
                brk = bump = 1;
                if (!(flags & VG_SF_BULLET)) /* "- Dash item\nThe end." */
                    mine |= VG_SF_HEADLINE;
                next |= VG_SF_PARA;
            } else if (!brk && i - cur >= VG_SENT_MAX_TOKENS) {
                brk = 1;
                if (!sp.capped_diag) {
                    sp.capped_diag = 1;
                    vg_doc_diag(doc, 0, VIGIL_ELIMIT, (long long)tk->start,
                                "sentence longer than %d tokens split at byte %u",
                                VG_SENT_MAX_TOKENS, (unsigned)tk->start);
                }
            }
            if (brk) {
                if (emit(&sp, cur, i, flags | mine, para) != VIGIL_OK)
                    break;
                if (bump)
                    para++;
                cur = i;
                flags = next;
                if (next & VG_SF_BULLET) {
                    in_bullet = 1;
                    bullet_col = column_of(doc, tk->start);
                } else if (bump) {
                    in_bullet = 0;
                }
            }
        }
        if (tk->flags & VG_TF_NL)
            line_first = i;
        if (may_terminate(tk) && terminator(tk) != T_NONE) {
            /* the closers after it; a terminator inside the run ("?!",
             * "!!!!") reuses the run's end, so "!!!!..." stays linear */
            if (i >= closers_end) {
                closers_end = i + 1;
                while (closers_end < sp.n && is_closer(&t[closers_end]))
                    closers_end++;
            }
            size_t j = closers_end;
            if (j < sp.n && should_split(&sp, cur, i, j))
                break_at = j;
        }
    }
    if (!sp.err)
        emit(&sp, cur, sp.n, flags, para);
    doc->sents = sp.out;
    doc->nsents = sp.nout;
    return sp.err;
}
