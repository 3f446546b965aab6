/* scan.c: extraction stage, first pass. Takes a tokenized, sentence-split
 * document and records, in one left-to-right pass per sentence:
 *   - the case of the text (mixed, or caseless: all capitals / all lower);
 *   - every date expression (vg_date_scan, resolved against the publication
 *     date) and every quantity (vg_num_scan) that is not part of a date;
 *   - every lexicon phrase starting at each token (vg_lex_match), kept in
 *     one flat array so later stages never match twice.
 * Then runs the stages in order (entity, claim, incident, threat).
 * Invariants: times and quants are in text order and do not overlap; the
 * hit offsets are monotone with hit_at[ntoks] == nhits. */
#include <stddef.h>
#include <string.h>
#include <strings.h>

#include "extract/claim.h"
#include "extract/entity.h"
#include "extract/extract.h"
#include "extract/incident.h"
#include "extract/threat.h"

#define MAX_HITS_PER_TOKEN 16

int vg_extract_grow(vg_doc *doc, void **arr, size_t n, size_t *cap, size_t elem)
{
    if (n < *cap)
        return VIGIL_OK;
    size_t nc = *cap ? *cap * 2 : 64;
    void *p = vg_arena_grow(&doc->arena, *arr, n, nc, elem);
    if (!p)
        return doc->arena.capped ? VIGIL_ELIMIT : VIGIL_ENOMEM;
    *arr = p;
    *cap = nc;
    return VIGIL_OK;
}

/* Caseless when words in one case dominate: the same rule as the sentence
 * splitter's (a capital per 20 words still reads as all capitals). */
static uint8_t case_of(const vg_doc *doc)
{
    size_t lower = 0, cap = 0, allcap = 0;
    for (size_t i = 0; i < doc->ntoks; i++) {
        const vg_token *t = &doc->toks[i];
        if (t->kind != VG_TOK_WORD)
            continue;
        if (t->flags & VG_TF_LOWER)
            lower++;
        else if ((t->flags & VG_TF_ALLCAP) && t->end - t->start > 1)
            allcap++;
        else if (t->flags & VG_TF_CAP)
            cap++;
    }
    if (allcap > 0 && (lower + cap) * 20 < allcap)
        return VG_CASE_UPPER;
    if (lower > 0 && (cap + allcap) * 50 < lower)
        return VG_CASE_LOWER;
    return VG_CASE_MIXED;
}

/* The year a line holding only it spells, a timeline's year heading
 *
 *     2018
 *     - 19 February: ISWAP fighters attacked Dapchi, Yobe State.
 *
 * ("2018:" too); 0 when token i is no such line. */
static int year_heading(const vg_doc *doc, size_t i)
{
    const vg_token *t = &doc->toks[i];
    int y = vg_tok_four_digits(t);
    if (y < 1900 || y > 2100 || (i > 0 && !(t->flags & VG_TF_NL)))
        return 0;
    /* after a sentence's end or a blank line (not a hard-wrapped "the
     * deadliest since\n2021\nwhen bandits ...") */
    if (i > 0) {
        const vg_token *p = &doc->toks[i - 1];
        int lines = 0;
        for (uint32_t b = p->end; b < t->start; b++)
            lines += doc->text[b] == '\n';
        int blank = lines >= 2;
        if (!blank && !(p->kind == VG_TOK_PUNCT && p->normlen == 1 && strchr(".:!?", p->norm[0])))
            return 0;
    }
    size_t j = i + 1;
    if (j < doc->ntoks && vg_tok_is(&doc->toks[j], ":") && !(doc->toks[j].flags & VG_TF_NL))
        j++;
    if (j < doc->ntoks && !(doc->toks[j].flags & VG_TF_NL))
        return 0;
    return y;
}

static int scan_times_quants(vg_doc *doc, vg_extract *ex)
{
    size_t tcap = 0, qcap = 0;
    ex->ntimes = ex->nquants = 0;
    /* under a year heading a date without its year is of that year */
    vg_date head = {0};
    for (size_t s = 0; s < doc->nsents; s++) {
        size_t end = doc->sents[s].tok_end;
        for (size_t i = doc->sents[s].tok_start; i < end;) {
            int y = year_heading(doc, i);
            if (y) {
                head.year = (int16_t)y;
                head.prec = VG_DATE_YEAR;
                i++;
                continue;
            }
            vg_timeref tr;
            /* (most tokens start no date: not asked) */
            size_t n = vg_date_may_start(&doc->toks[i]) ? vg_date_scan(doc, i, end, ex->anchor, &tr) : 0;
            /* a line of prose that opens on no date ends the chronology */
            if (head.prec && (doc->toks[i].flags & VG_TF_NL) && doc->toks[i].kind == VG_TOK_WORD && !n)
                head.prec = VG_DATE_NONE;
            vg_timeref hr;
            if (n && head.prec && !tr.is_window && tr.value.prec >= VG_DATE_MONTH &&
                tr.value.year != head.year && vg_date_scan(doc, i, end, head, &hr) == n &&
                !hr.is_window && hr.value.prec == tr.value.prec && hr.value.year == head.year)
                tr = hr;
            if (n) {
                int rc = vg_extract_grow(doc, (void **)&ex->times, ex->ntimes, &tcap, sizeof tr);
                if (rc != VIGIL_OK)
                    return rc;
                ex->times[ex->ntimes++] = tr;
                /* "tonight (Nov 16)", "yesterday (Sunday, 15 November)":
                 * the day the brackets spell out with its number (not
                 * "tomorrow (Monday)", a weekday read as the last one) */
                vg_timeref br;
                size_t bn = i + n + 1 < end && vg_tok_punct(&doc->toks[i + n], '(')
                                ? vg_date_scan(doc, i + n + 1, end, ex->anchor, &br)
                                : 0;
                int day_number = 0;
                for (size_t x = i + n + 1; x < i + n + 1 + bn; x++)
                    day_number |= doc->toks[x].kind == VG_TOK_NUM;
                if (tr.relative && !tr.is_window && bn && day_number && !br.is_window && br.value.prec == VG_DATE_DAY)
                    ex->times[ex->ntimes - 1].value = br.value;
                i += n;
                continue;
            }
            vg_quant q;
            n = vg_num_may_start(&doc->toks[i]) ? vg_num_scan(doc, i, end, &q) : 0;
            /* a span of days inside the quantity that runs past it wins:
             * "from 3 to 6 April" is a window, not a count of 3 to 6 (but
             * "more than four years ago" stays a count) */
            for (size_t k = i + 1; n && k < i + n; k++) {
                size_t dn = vg_date_scan(doc, k, end, ex->anchor, &tr);
                if (dn && k + dn > i + n && tr.is_window)
                    n = 0;
            }
            if (n) {
                int rc = vg_extract_grow(doc, (void **)&ex->quants, ex->nquants, &qcap, sizeof q);
                if (rc != VIGIL_OK)
                    return rc;
                ex->quants[ex->nquants++] = q;
                i += n;
                continue;
            }
            i++;
        }
    }
    return VIGIL_OK;
}

/* What dates resolve against in a document without a publication date:
 * the latest year its absolute dates name ("Week 11 (10-16 March 2025)",
 * "the heaviest toll in 2025"), so "On 10 March" is 2025-03-10; and when
 * the text opens on a dateline without a year ("NIAMEY, March 4 (Reuters)
 * -"), that day of the year, so "on Sunday" is the Sunday before. Windows
 * do not count ("by 2030" is a goal, not the present), except a span of
 * days with its year ("10-16 March 2025"). NONE when the text names no
 * year. With a date given for the document (--date), base: the
 * dateline's day seen from it ("Anantnag, Oct 19 (NNS)"), else base. */
static vg_date text_anchor(const vg_doc *doc, const vg_extract *ex, vg_date base)
{
    vg_date a = base;
    int year = 0;
    for (size_t k = 0; base.prec == VG_DATE_NONE && k < ex->ntimes; k++) {
        const vg_timeref *t = &ex->times[k];
        if (!t->relative && !t->is_window && t->value.prec >= VG_DATE_YEAR && t->value.year > year)
            year = t->value.year;
        /* a span of days with its year ("10-16 March 2025") dates too */
        if (!t->relative && t->is_window && t->from.prec == VG_DATE_DAY &&
            t->to.prec == VG_DATE_DAY && t->from.year == t->to.year && t->to.year > year)
            year = t->to.year;
    }
    if (base.prec == VG_DATE_NONE) {
        if (!year)
            return a;
        a.year = (int16_t)year;
        a.prec = VG_DATE_YEAR;
    }
    /* the dateline: a sentence among the first few opening on one to three
     * capitalised words, a comma and the date ("SRINAGAR, May 6 (PTI)") */
    for (size_t k = 0; k < ex->ntimes && k < 4; k++) {
        const vg_timeref *t = &ex->times[k];
        if (t->start > 400 || !t->relative || (base.prec == VG_DATE_NONE && t->value.prec != VG_DATE_NONE) ||
            t->tok_start < 2 ||
            !vg_tok_is(&doc->toks[t->tok_start - 1], ","))
            continue;
        size_t si = 0;
        while (si + 1 < doc->nsents && doc->sents[si].tok_end <= t->tok_start)
            si++;
        size_t s0 = doc->sents[si].tok_start;
        if (si > 3 || t->tok_start - 1 - s0 < 1 || t->tok_start - 1 - s0 > 6)
            continue;
        /* the city in capitals, then perhaps ", Country" ("MAIDUGURI,
         * Nigeria, Oct 7 (Reuters)") */
        int caps = doc->toks[s0].kind == VG_TOK_WORD && (doc->toks[s0].flags & VG_TF_ALLCAP);
        for (size_t j = s0 + 1; j + 1 < t->tok_start && caps; j++)
            caps = (doc->toks[j].kind == VG_TOK_WORD &&
                    (doc->toks[j].flags & (VG_TF_ALLCAP | VG_TF_CAP))) ||
                   vg_tok_is(&doc->toks[j], ",");
        vg_timeref tr;
        if (caps && vg_date_scan(doc, t->tok_start, doc->sents[si].tok_end, a, &tr) &&
            tr.value.prec == VG_DATE_DAY && !tr.is_window) {
            a = tr.value;
            break;
        }
    }
    return a;
}

static vg_wordlist certain_preds = VG_WORDLIST("is", "are", "was", "were", "be", "been", "am", "'s", "'re",
                                               "almost", "nearly", "not", "very", "quite", "fairly", "less",
                                               "more", "feel", "felt", "seems", "seemed");

/* "certain media outlets", "a certain man": "certain" before its noun
 * picks some, it rates no probability ("it is certain that"). */
static int attributive_certain(const vg_doc *doc, size_t i, size_t ntok, size_t end)
{
    if (ntok != 1 || !vg_tok_is(&doc->toks[i], "certain") || i + 1 >= end)
        return 0;
    /* "we are certain there were clashes", "almost certain": predicated */
    if (i > 0 && vg_tok_in(&doc->toks[i - 1], &certain_preds))
        return 0;
    const vg_token *n = &doc->toks[i + 1];
    return n->kind == VG_TOK_WORD && !vg_tok_is(n, "that") && !vg_tok_is(n, "to") && !vg_tok_is(n, "of") &&
           !vg_tok_is(n, "whether") && !vg_tok_is(n, "if") && !vg_tok_is(n, "about");
}

static vg_wordlist state_dets = VG_WORDLIST("the", "a", "an", "this", "these", "those", "each", "of", "in",
                                            "for", "by", "from", "between", "among", "across",
                                            "every", "any", "its", "their", "his", "her", "our", "your",
                                            "member", "coastal", "gulf", "islamic", "nation", "failed",
                                            "sovereign", "neighbouring", "neighboring", "western", "arab",
                                            "african", "european", "federal", "other", "some", "many",
                                            "several", "both", "all", "one", "two", "three", "rogue",
                                            "police", "deep", "secular", "jewish", "palestinian", "baltic",
                                            "frontline", "front-line", "sahel", "sahelian", "central",
                                            "southern", "northern", "eastern", "nigerian", "indian", "us",
                                            "u.s.", "american", "mexican", "brazilian");
static vg_wordlist state_nexts = VG_WORDLIST("of", "and", "or", "government", "governments", "media", "security",
                                             "forces", "department", "house", "capital", "police", "officials",
                                             "actors", "actor", "sponsors", "sponsor", "sponsored", "level",
                                             "visit", "television", "tv", "radio", "news", "agency", "agencies",
                                             "assembly", "legislature", "governor", "governors", "authorities",
                                             "institutions", "-run", "'s", "party", "parties", "funeral",
                                             "secretary", "emergency", "budget", "elections", "election",
                                             "prosecutor", "prosecutors", "troopers", "lines", "line",
                                             "border", "borders", "legislators", "lawmakers", "officers",
                                             "attorney", "prison", "prisons", "apparatus", "control",
                                             "collapse", "building", "owned", "-owned", "affairs");

/* "in Borno state", "coastal states", "the Islamic State", "state
 * media": the noun, not the verb of saying ("the report states that ...",
 * "officials state"). */
static int noun_state(const vg_doc *doc, size_t i, size_t start, size_t end)
{
    const vg_token *t = &doc->toks[i];
    if (!vg_tok_is(t, "state") && !vg_tok_is(t, "states"))
        return 0;
    if (i + 1 < end) {
        const vg_token *n = &doc->toks[i + 1];
        if (vg_tok_is(n, "that"))
            return 0;
        /* "the state (Kano)"; not "we state:", "the MNR states.", "the
         * report states, ..." */
        if (vg_tok_punct(n, ';') || vg_tok_punct(n, ')') || vg_tok_in(n, &state_nexts))
            return 1;
    }
    if (i == start)
        return 0;
    const vg_token *p = &doc->toks[i - 1];
    /* after a preposition or determiner ("heads of state", "member
     * states"), or a place's name ("Plateau state", "Borno State"; not
     * "Amnesty International states", "The Nigerian Army states"),
     * capitalised where the text has case */
    if (vg_tok_in(p, &state_dets))
        return 1;
    int cased = doc->ex && doc->ex->casemode == VG_CASE_MIXED;
    return vg_extract_hit(doc, i - 1, VG_LK_PLACE) != NULL && (!cased || !(p->flags & VG_TF_LOWER));
}

static vg_wordlist warning_nouns = VG_WORDLIST("shots", "shot", "signs", "sign", "lights", "light", "label",
                                               "labels", "system", "systems", "flares", "sirens", "signal");
static vg_wordlist make_verbs = VG_WORDLIST("make", "makes", "made", "making");
static vg_wordlist repeated_befores = VG_WORDLIST("the", "a", "an", "despite", "after", "amid", "following", "of", "by",
                                                  "with", "suffered", "suffers", "faced", "faces", "endured",
                                                  "seen", "saw", "experienced", "witnessed");

/* A cue word that modifies a noun here, saying nothing: "fired warning
 * shots", "known to police for petty crime", "has suffered repeated
 * attacks" (not "warned that", "repeated that", "is known"). */
static int cue_modifier(const vg_doc *doc, size_t i, size_t start, size_t end)
{
    const vg_token *t = &doc->toks[i];
    if (vg_tok_is(t, "warning"))
        return i + 1 < end && vg_tok_in(&doc->toks[i + 1], &warning_nouns);
    if (vg_tok_is(t, "known")) /* (not "known to have carried out", "make known to officers") */
        return i + 2 < end && vg_tok_is(&doc->toks[i + 1], "to") && !vg_tok_is(&doc->toks[i + 2], "have") &&
               !vg_tok_is(&doc->toks[i + 2], "be") && !vg_tok_is(&doc->toks[i + 2], "been") &&
               !(i > start && vg_tok_in(&doc->toks[i - 1], &make_verbs));
    if (vg_tok_is(t, "repeated"))
        return i > start && vg_tok_in(&doc->toks[i - 1], &repeated_befores);
    return 0;
}

static vg_wordlist shelled_goods = VG_WORDLIST("out", "peanuts", "nuts", "beans", "peas", "shrimp", "prawns",
                                                "eggs", "corn", "seeds", "pistachios", "almonds");

/* "shelled out 500 dollars", "shelled peanuts": money or food, no
 * shelling (the trigger is dropped here, so no rule reads it as an act) */
static int shelled_goods_at(const vg_doc *doc, size_t i, size_t ntok, size_t end)
{
    return vg_tok_is(&doc->toks[i], "shelled") && i + ntok < end &&
           vg_tok_in(&doc->toks[i + ntok], &shelled_goods);
}

static vg_wordlist noun_dets = VG_WORDLIST("a", "an", "the", "this", "that", "his", "her", "their", "its", "one",
                                          "each", "every", "another", "any", "no", "our", "my", "your");
static vg_wordlist verb_nouns = VG_WORDLIST("judge", "estimate", "fear", "doubt", "suspect");

/* A hedge verb that is a noun here: "wounded a judge", "the estimate",
 * "a suspect" (not "we judge", "officials fear"). */
static int hedge_noun(const vg_doc *doc, size_t i, size_t ntok, size_t start)
{
    return ntok == 1 && i > start && vg_tok_in(&doc->toks[i], &verb_nouns) && vg_tok_in(&doc->toks[i - 1], &noun_dets);
}

static int scan_hits(const vg_lex *lx, vg_doc *doc, vg_extract *ex)
{
    ex->hit_at = vg_arena_alloc(&doc->arena, (doc->ntoks + 1) * sizeof *ex->hit_at);
    ex->hit_kinds = vg_arena_calloc(&doc->arena, doc->ntoks + 1, sizeof *ex->hit_kinds);
    ex->row_end = vg_arena_calloc(&doc->arena, doc->ntoks + 1, sizeof *ex->row_end);
    ex->row_kind = vg_arena_calloc(&doc->arena, doc->ntoks + 1, sizeof *ex->row_kind);
    if (!ex->hit_at || !ex->hit_kinds || !ex->row_end || !ex->row_kind)
        return doc->arena.capped ? VIGIL_ELIMIT : VIGIL_ENOMEM;
    size_t cap = 0, next = 0;
    vg_lex_hit buf[MAX_HITS_PER_TOKEN];
    for (size_t s = 0; s < doc->nsents; s++) {
        size_t end = doc->sents[s].tok_end;
        for (; next < doc->sents[s].tok_start; next++)
            ex->hit_at[next] = (uint32_t)ex->nhits;
        for (size_t i = doc->sents[s].tok_start; i < end; i++, next++) {
            ex->hit_at[i] = (uint32_t)ex->nhits;
            size_t n = lx ? vg_lex_match(lx, doc, i, end, buf, MAX_HITS_PER_TOKEN) : 0;
            if (n > MAX_HITS_PER_TOKEN)
                n = MAX_HITS_PER_TOKEN;
            for (size_t k = 0; k < n; k++) {
                if (buf[k].kind == VG_LK_HEDGE &&
                    (attributive_certain(doc, i, buf[k].ntok, end) || hedge_noun(doc, i, buf[k].ntok, doc->sents[s].tok_start)))
                    continue;
                if (buf[k].kind == VG_LK_CUE && (noun_state(doc, i, doc->sents[s].tok_start, end) ||
                                                 cue_modifier(doc, i, doc->sents[s].tok_start, end)))
                    continue;
                if (buf[k].kind == VG_LK_TRIGGER && shelled_goods_at(doc, i, buf[k].ntok, end))
                    continue;
                int rc = vg_extract_grow(doc, (void **)&ex->hits, ex->nhits, &cap, sizeof buf[0]);
                if (rc != VIGIL_OK)
                    return rc;
                ex->hits[ex->nhits++] = buf[k];
                ex->hit_kinds[i] |= (uint16_t)(1u << (buf[k].kind & 15));
            }
        }
    }
    for (; next <= doc->ntoks; next++)
        ex->hit_at[next] = (uint32_t)ex->nhits;
    return VIGIL_OK;
}

const vg_lex_hit *vg_extract_hits(const vg_doc *doc, size_t i, size_t *n)
{
    const vg_extract *ex = doc->ex;
    if (!ex || !ex->hit_at || i >= doc->ntoks) {
        *n = 0;
        return NULL;
    }
    *n = ex->hit_at[i + 1] - ex->hit_at[i];
    return *n ? ex->hits + ex->hit_at[i] : NULL; /* hits is NULL in a text with none */
}

static vg_wordlist shown_words = VG_WORDLIST("show", "shows", "showed", "shown", "depict", "depicts",
                                            "capture", "captures");

static vg_wordlist sequence_verbs = VG_WORDLIST("follows", "followed", "preceded", "precedes");
static vg_wordlist came_verbs = VG_WORDLIST("came", "comes");
static vg_wordlist sequence_words = VG_WORDLIST("after", "as", "amid", "following", "days", "hours", "weeks",
                                                "shortly", "just", "only", "a", "two", "three");

int vg_extract_sequence_after(const vg_doc *doc, size_t k, size_t end)
{
    if (k + 1 >= end)
        return 0;
    if (vg_tok_in(&doc->toks[k], &sequence_verbs))
        return !vg_tok_is(&doc->toks[k + 1], "by");
    return vg_tok_in(&doc->toks[k], &came_verbs) && vg_tok_in(&doc->toks[k + 1], &sequence_words);
}

int vg_extract_to_show(const vg_doc *doc, size_t k, size_t end)
{
    return k + 1 < end && vg_tok_is(&doc->toks[k], "to") && vg_tok_in(&doc->toks[k + 1], &shown_words);
}

static vg_wordlist judged_participles = VG_WORDLIST("assessed", "judged", "considered", "deemed", "thought",
                                                   "regarded", "rated", "estimated");

int vg_extract_holds_statement(const vg_doc *doc, size_t k, size_t end)
{
    /* the rest of the phrase: "hospital [officials] said" */
    for (size_t n = 0; n < 2 && k < end && doc->toks[k].kind == VG_TOK_WORD &&
                       !vg_extract_hit(doc, k, VG_LK_CUE) && !vg_tok_is(&doc->toks[k], "are") &&
                       !vg_tok_is(&doc->toks[k], "is") && !vg_tok_is(&doc->toks[k], "were") &&
                       !vg_tok_is(&doc->toks[k], "was");
         n++)
        k++;
    if (k < end && (vg_tok_is(&doc->toks[k], "are") || vg_tok_is(&doc->toks[k], "is") ||
                    vg_tok_is(&doc->toks[k], "were") || vg_tok_is(&doc->toks[k], "was"))) {
        k++;
        /* "attacks in Diyala province are assessed as unlikely": what is
         * judged, not who judges */
        if (k < end && vg_tok_in(&doc->toks[k], &judged_participles))
            return 0;
    }
    return k < end && vg_extract_hit(doc, k, VG_LK_CUE) != NULL;
}

const vg_lex_hit *vg_extract_hit_at(const vg_doc *doc, size_t i, int kind)
{
    size_t n;
    const vg_lex_hit *h = vg_extract_hits(doc, i, &n);
    for (size_t k = 0; k < n; k++)
        if (h[k].kind == kind)
            return &h[k];
    return NULL;
}

/* Lower bound over an array of structs sorted by a uint32_t field: the
 * first element whose field at key_off is >= key. */
static size_t lower_bound(const void *base, size_t n, size_t stride, size_t key_off, uint32_t key)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        uint32_t v;
        memcpy(&v, (const char *)base + mid * stride + key_off, sizeof v);
        if (v < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

size_t vg_extract_first_mention(const vg_doc *doc, size_t tok)
{
    const vg_extract *ex = doc->ex;
    if (tok > UINT32_MAX)
        return ex->nmentions;
    if (ex->mention_at && tok <= doc->ntoks && ex->mention_at_n == ex->nmentions)
        return ex->mention_at[tok];
    return lower_bound(ex->mentions, ex->nmentions, sizeof *ex->mentions,
                       offsetof(vg_mention, tok_start), (uint32_t)tok);
}

void vg_extract_index_mentions(vg_doc *doc)
{
    vg_extract *ex = doc->ex;
    ex->mention_at = NULL;
    /* the table is lower_bound's answer only over mentions sorted by
     * their first token (text order gives that; checked, not assumed) */
    for (size_t m = 1; m < ex->nmentions; m++)
        if (ex->mentions[m].tok_start < ex->mentions[m - 1].tok_start)
            return;
    if (ex->nmentions > UINT32_MAX)
        return;
    uint32_t *at = vg_arena_alloc(&doc->arena, (doc->ntoks + 1) * sizeof *at);
    if (!at)
        return;
    /* the tokens up to mention m's first (past those of the mentions
     * before it) have m as their first mention at or after them */
    size_t t = 0;
    for (size_t m = 0; m < ex->nmentions; m++)
        for (; t <= ex->mentions[m].tok_start && t <= doc->ntoks; t++)
            at[t] = (uint32_t)m;
    for (; t <= doc->ntoks; t++)
        at[t] = (uint32_t)ex->nmentions;
    ex->mention_at = at;
    ex->mention_at_n = ex->nmentions;
}

int vg_extract_in_time(const vg_doc *doc, size_t tok)
{
    const vg_extract *ex = doc->ex;
    const vg_token *t = &doc->toks[tok];
    size_t i = vg_extract_first_time(doc, t->start);
    if (i > 0)
        i--; /* the time that starts before the token */
    for (; i < ex->ntimes && ex->times[i].start <= t->start; i++)
        if (ex->times[i].end >= t->end)
            return 1;
    return 0;
}

size_t vg_extract_first_quant(const vg_doc *doc, uint32_t byte)
{
    const vg_extract *ex = doc->ex;
    return lower_bound(ex->quants, ex->nquants, sizeof *ex->quants, offsetof(vg_quant, start), byte);
}

size_t vg_extract_first_time(const vg_doc *doc, uint32_t byte)
{
    const vg_extract *ex = doc->ex;
    return lower_bound(ex->times, ex->ntimes, sizeof *ex->times, offsetof(vg_timeref, start), byte);
}

size_t vg_extract_first_claim(const vg_doc *doc, uint32_t sent)
{
    const vg_extract *ex = doc->ex;
    return lower_bound(ex->claims, ex->nclaims, sizeof *ex->claims, offsetof(vg_claim, sent), sent);
}

int vg_extract_past_guess(const vg_doc *doc, const vg_sent *s, size_t e)
{
    if (e < s->tok_end && vg_tok_is(&doc->toks[e], "\""))
        e++;
    if (e >= s->tok_end)
        return 0;
    const vg_token *x = &doc->toks[e];
    return vg_tok_past(x) || vg_tok_is(x, "the") || vg_tok_is(x, "behind") || vg_tok_is(x, "responsible") ||
           (vg_tok_is(x, "to") && e + 1 < s->tok_end && vg_tok_is(&doc->toks[e + 1], "have"));
}

static vg_wordlist done_words = VG_WORDLIST("was", "were", "had", "behind", "did", "came", "went", "fled", "took",
                                            "struck", "blew", "began", "tore", "ran", "left");
static vg_wordlist intent_words = VG_WORDLIST("planned", "intended", "plotted", "prepared", "aimed", "wanted",
                                              "sought", "threatened", "vowed", "pledged", "decided", "hoped",
                                              "tried", "attempted", "expected", "continued");
static vg_wordlist adjective_dets = VG_WORDLIST("the", "a", "an", "heavily", "well", "its", "their");

int vg_extract_done_between(const vg_doc *doc, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++) {
        const vg_token *t = &doc->toks[i];
        if (vg_tok_in(t, &done_words))
            return 1;
        /* (not a participle with its agent: "possibly followed by suicide
         * bombings") */
        if (vg_tok_past(t) && !vg_tok_in(t, &intent_words) &&
            !(i > a && vg_tok_in(&doc->toks[i - 1], &adjective_dets)) &&
            !(i + 1 < b && vg_tok_is(&doc->toks[i + 1], "by")))
            return 1;
    }
    return 0;
}

static vg_wordlist past_aux = VG_WORDLIST("was", "were");
static vg_wordlist present_verbs = VG_WORDLIST("will", "would", "could", "may", "might", "shall", "is", "are",
                                               "has", "have", "had", "be", "been");
/* participles after "was" that tell a deed planned, stopped or awaited,
 * not done ("the attack was foiled", "was expected within days") */
static vg_wordlist undone_participles =
    VG_WORDLIST("planned", "intended", "expected", "meant", "called", "foiled", "thwarted", "prevented", "averted",
                "designed", "scheduled", "supposed", "aborted", "cancelled", "canceled", "postponed", "stopped",
                "delayed", "disrupted", "plotted", "prepared", "feared", "rumoured", "rumored", "timed", "set");
/* ("was probably carried out") */
static vg_wordlist past_adverbs = VG_WORDLIST("probably", "likely", "reportedly", "allegedly", "apparently",
                                              "possibly", "also", "most", "very", "almost", "certainly",
                                              "clearly");
/* ... which with their agent tell who prepared a deed told ("the attack
 * was planned by elements of the TTP"; not "was foiled by police") */
static vg_wordlist planning_participles = VG_WORDLIST("planned", "prepared", "plotted", "designed", "timed");

int vg_extract_past_subject(const vg_doc *doc, const vg_sent *s, size_t k, size_t e)
{
    if (k <= s->tok_start || !(vg_tok_is(&doc->toks[k - 1], "the") || vg_tok_is(&doc->toks[k - 1], "this")))
        return 0;
    /* "If the attack had succeeded": a deed that did not happen */
    for (size_t j = s->tok_start; j < k; j++)
        if (vg_tok_is(&doc->toks[j], "if") || vg_tok_is(&doc->toks[j], "unless"))
            return 0;
    for (size_t j = e; j < s->tok_end && j < e + 10; j++) {
        const vg_token *t = &doc->toks[j];
        if (vg_tok_in(t, &past_aux)) {
            /* its verb a participle of a deed done: "was carried out",
             * "was ordered from abroad" (not "was never carried out", "was
             * to be staged", "was being planned", "was foiled") */
            size_t v = j + 1;
            while (v < s->tok_end && v < j + 3 && vg_tok_in(&doc->toks[v], &past_adverbs))
                v++;
            if (v >= s->tok_end)
                return 0;
            /* "was the work of the Islamic State", "was revenge for" */
            if ((vg_tok_is(&doc->toks[v], "the") && v + 1 < s->tok_end && vg_tok_is(&doc->toks[v + 1], "work")) ||
                vg_tok_is(&doc->toks[v], "revenge"))
                return 1;
            if (vg_tok_in(&doc->toks[v], &planning_participles))
                return v + 1 < s->tok_end && vg_tok_is(&doc->toks[v + 1], "by");
            return vg_tok_past(&doc->toks[v]) && !vg_tok_in(&doc->toks[v], &undone_participles);
        }
        if (vg_tok_in(t, &present_verbs) || vg_extract_hit(doc, j, VG_LK_TRIGGER) ||
            (t->kind == VG_TOK_PUNCT && t->normlen == 1 && strchr(",;:(.!?", t->norm[0])))
            return 0;
    }
    return 0;
}

static vg_wordlist credit_roles = VG_WORDLIST("reporting", "writing", "editing", "compiled");

int vg_extract_credit_line(const vg_doc *doc, const vg_sent *s)
{
    size_t k = s->tok_start;
    int paren = k < s->tok_end && vg_tok_punct(&doc->toks[k], '(');
    if (paren)
        k++;
    if (k < s->tok_end && vg_tok_is(&doc->toks[k], "additional"))
        k++;
    if (!(k + 1 < s->tok_end && vg_tok_in(&doc->toks[k], &credit_roles) && vg_tok_is(&doc->toks[k + 1], "by")))
        return 0;
    /* in parentheses, or credits in a row ("Reporting by X; Editing by
     * Y"), in the story's last paragraph (not "Reporting by Human Rights
     * Watch in Tigray found that ...") */
    if (doc->nsents && doc->sents[doc->nsents - 1].para != s->para)
        return 0;
    for (size_t j = k + 2; j + 1 < s->tok_end && !paren; j++)
        paren = vg_tok_punct(&doc->toks[j], ';') && vg_tok_in(&doc->toks[j + 1], &credit_roles);
    return paren;
}

int vg_extract_words_in(const vg_doc *doc, size_t a, size_t b, vg_wordlist *words)
{
    for (size_t k = a; k < b; k++)
        if (vg_tok_in(&doc->toks[k], words))
            return 1;
    return 0;
}

int vg_extract_same_words(const vg_doc *doc, vg_span a, vg_span b)
{
    return a.end - a.start == b.end - b.start &&
           strncasecmp(doc->text + a.start, doc->text + b.start, b.end - b.start) == 0;
}

/* Whether sentence s is an outlook's rated line: "Attacks on mining camps
 * in Apurímac: REALISTIC POSSIBILITY.", "Targeting of foreigners:
 * UNLIKELY." Its last colon is followed by an estimative rating in
 * capitals and nothing else, and nothing before it tells of a past act
 * (a verb in the past, a number): "5 SOLDIERS KILLED: POSSIBLE ISGS" and
 * "Responsibility: LIKELY AL-SHABAAB" are not. */
static int rated_line(const vg_doc *doc, const vg_sent *s, size_t colon)
{
    size_t k = colon + 1;
    const vg_lex_hit *h = k < s->tok_end ? vg_extract_hit(doc, k, VG_LK_HEDGE) : NULL;
    if (!h || !(doc->toks[k].flags & VG_TF_ALLCAP) || !doc->ex->lex)
        return 0;
    const vg_hedge *hg = vg_lex_hedge(doc->ex->lex, h->rec);
    if (strcmp(hg->cls, "icd203") != 0 && strcmp(hg->cls, "phrase") != 0 && strcmp(hg->cls, "rating") != 0)
        return 0;
    size_t e = k + h->ntok;
    if (e < s->tok_end && doc->toks[e].kind == VG_TOK_PUNCT && doc->toks[e].normlen == 1 &&
        (doc->toks[e].norm[0] == '.' || doc->toks[e].norm[0] == ';'))
        e++;
    if (e != s->tok_end)
        return 0;
    for (size_t j = s->tok_start; j < colon; j++)
        if (doc->toks[j].kind == VG_TOK_NUM ||
            (doc->toks[j].kind == VG_TOK_WORD && !(doc->toks[j].flags & VG_TF_HYPHEN) &&
             vg_tok_past(&doc->toks[j]))) /* not "foreign-owned" */
            return 0;
    return 1;
}

static int table_row(const vg_doc *doc, const vg_sent *s)
{
    size_t bars = 0, colon = SIZE_MAX;
    for (size_t k = s->tok_start; k < s->tok_end; k++) {
        const vg_token *t = &doc->toks[k];
        bars += (t->kind == VG_TOK_PUNCT || t->kind == VG_TOK_SYM) && t->normlen == 1 && t->norm[0] == '|';
        if (t->kind == VG_TOK_PUNCT && t->normlen == 1 && t->norm[0] == ':')
            colon = k;
    }
    if (bars < 2)
        return colon != SIZE_MAX && rated_line(doc, s, colon) ? VG_ROW_FORECAST : VG_ROW_NONE;
    /* a table row: its hedges are looked for only now (few lines are rows) */
    for (size_t k = s->tok_start; k < s->tok_end; k++)
        if (vg_extract_hit(doc, k, VG_LK_HEDGE))
            return VG_ROW_FORECAST;
    return VG_ROW_PLAIN;
}

/* table_row, remembered by span (the hedge bits it reads are set once,
 * by scan_hits, before any stage asks) */
int vg_extract_table_row(const vg_doc *doc, const vg_sent *s)
{
    vg_extract *ex = doc->ex;
    size_t a = s->tok_start;
    if (!ex || !ex->row_end || a >= doc->ntoks || s->tok_end >= UINT32_MAX)
        return table_row(doc, s);
    if (ex->row_end[a] != s->tok_end + 1) {
        ex->row_kind[a] = (uint8_t)(1 + table_row(doc, s));
        ex->row_end[a] = (uint32_t)s->tok_end + 1;
    }
    return ex->row_kind[a] - 1;
}

int vg_extract_in_holder(const vg_doc *doc, uint32_t sent, uint32_t a, uint32_t b)
{
    const vg_extract *ex = doc->ex;
    for (size_t k = vg_extract_first_claim(doc, sent); k < ex->nclaims && ex->claims[k].sent == sent; k++) {
        vg_span h = ex->claims[k].holder_text;
        if (h.start < h.end && a >= h.start && b <= h.end)
            return 1;
    }
    return 0;
}

int vg_extract_push(vg_doc *doc, void **arr, uint32_t *n, const void *elem, size_t size)
{
    void *p = vg_arena_grow(&doc->arena, *arr, *n, (size_t)*n + 1, size);
    if (!p)
        return doc->arena.capped ? VIGIL_ELIMIT : VIGIL_ENOMEM;
    memcpy((char *)p + (size_t)*n * size, elem, size);
    *arr = p;
    (*n)++;
    return VIGIL_OK;
}

const vg_place *vg_extract_place(const vg_extract *ex, int32_t rec)
{
    if (!ex || rec < 0)
        return NULL;
    if (ex->own_places)
        return (size_t)rec < ex->nown_places ? &ex->own_places[rec] : NULL;
    return ex->lex ? vg_lex_place(ex->lex, (uint32_t)rec) : NULL;
}

int32_t vg_extract_entity_at(const vg_doc *doc, size_t tok)
{
    const vg_extract *ex = doc->ex;
    /* the mention covering tok starts at or before it; mentions do not nest */
    size_t k = vg_extract_first_mention(doc, tok + 1);
    if (k == 0)
        return -1;
    const vg_mention *m = &ex->mentions[k - 1];
    return m->tok_start <= tok && tok < m->tok_end ? (int32_t)m->entity : -1;
}

size_t vg_extract_sent_of(const vg_doc *doc, size_t tok)
{
    size_t lo = 0, hi = doc->nsents;
    while (lo + 1 < hi) {
        size_t mid = (lo + hi) / 2;
        if (doc->sents[mid].tok_start <= tok)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

static int paren_tok(const vg_token *t, char c)
{
    return t->kind == VG_TOK_PUNCT && t->normlen == 1 && t->norm[0] == c;
}

size_t vg_extract_paren_open(const vg_doc *doc, size_t close, size_t floor, size_t reach)
{
    if (close >= doc->ntoks || !paren_tok(&doc->toks[close], ')'))
        return SIZE_MAX;
    for (size_t j = close; j > floor && close - j < reach; j--)
        if (paren_tok(&doc->toks[j - 1], '('))
            return j - 1;
    return SIZE_MAX;
}

/* A target word within a place's name is no target: "Metro Manila",
 * "Port Harcourt". The hit loses its kind (0, no vg_lex_kind) and its
 * token's kind bit, so neither vg_extract_hit nor a walk of
 * vg_extract_hits finds it. */
static void place_names_hold(vg_extract *ex)
{
    for (size_t m = 0; m < ex->nmentions; m++) {
        const vg_mention *mn = &ex->mentions[m];
        if (ex->ents[mn->entity].type != VG_ENT_PLACE || mn->tok_end - mn->tok_start < 2)
            continue;
        for (size_t k = mn->tok_start; k < mn->tok_end; k++) {
            int left = 0; /* target hits of the token that reach past the name */
            for (uint32_t i = ex->hit_at[k]; i < ex->hit_at[k + 1]; i++) {
                vg_lex_hit *h = &ex->hits[i];
                if (h->kind == VG_LK_TARGET && k + h->ntok <= mn->tok_end)
                    h->kind = 0;
                else
                    left |= h->kind == VG_LK_TARGET;
            }
            if (!left)
                ex->hit_kinds[k] &= (uint16_t)~(1u << VG_LK_TARGET);
        }
    }
}

int vg_extract_run(const vg_lex *lx, vg_doc *doc)
{
    vg_extract *ex = vg_arena_calloc(&doc->arena, 1, sizeof *ex);
    if (!ex)
        return doc->arena.capped ? VIGIL_ELIMIT : VIGIL_ENOMEM;
    doc->ex = ex;
    ex->lex = lx;
    ex->dateline_place = -1;
    ex->casemode = case_of(doc);
    ex->anchor = doc->published;
    int rc = scan_times_quants(doc, ex);
    if (rc == VIGIL_OK && doc->published.prec == VG_DATE_NONE) {
        ex->anchor = text_anchor(doc, ex, doc->published);
        if (ex->anchor.prec != VG_DATE_NONE)
            rc = scan_times_quants(doc, ex);
    } else if (rc == VIGIL_OK && doc->published_given) {
        /* a date given for a text whose dateline names its day */
        ex->anchor = text_anchor(doc, ex, doc->published);
        if (ex->anchor.prec != doc->published.prec || ex->anchor.year != doc->published.year ||
            ex->anchor.month != doc->published.month || ex->anchor.day != doc->published.day)
            rc = scan_times_quants(doc, ex);
    }
    if (rc == VIGIL_OK)
        rc = scan_hits(lx, doc, ex);
    if (rc == VIGIL_OK && lx)
        rc = vg_entity_run(lx, doc);
    if (rc == VIGIL_OK && lx)
        place_names_hold(ex);
    if (rc == VIGIL_OK && lx)
        rc = vg_claim_run(lx, doc);
    if (rc == VIGIL_OK && lx)
        rc = vg_incident_run(lx, doc);
    if (rc == VIGIL_OK && lx)
        rc = vg_threat_run(lx, doc);
    if (rc == VIGIL_OK && lx && vg_incident_off_topic(doc)) {
        size_t n = 0;
        for (size_t k = 0; k < ex->nthreats; k++)
            if (ex->threats[k].actor >= 0)
                ex->threats[n++] = ex->threats[k];
        ex->nthreats = n;
        ex->nincs = 0;
    }
    if (rc == VIGIL_OK && lx && ex->nincs && vg_incident_crime(doc)) {
        size_t n = 0;
        /* (but "A man shot dead two people in Leeds on Friday. The
         * incident is not being treated as terrorism": people killed or
         * hurt, whatever the motive) */
        for (size_t k = 0; k < ex->nincs; k++)
            if (ex->incs[k].type == VG_INC_SECURITY_OPERATION || ex->incs[k].killed > 0 || ex->incs[k].injured > 0)
                ex->incs[n++] = ex->incs[k];
        ex->nincs = n;
    }
    if (rc != VIGIL_OK)
        vg_doc_diag(doc, 1, rc, -1, "extraction stopped early: %s", vigil_strerror(rc));
    return rc;
}

const char *vg_inc_type_name(int type)
{
    static const char *const names[] = {"bombing",   "armed_assault", "assassination",
                                        "kidnapping", "hijacking",     "arson",
                                        "attack",     "security_operation"};
    return type >= 0 && type < VG_INC_NTYPES ? names[type] : "attack";
}

const char *vg_muc_type_name(int type)
{
    static const char *const names[] = {"none",  "attack",  "bombing",
                                        "kidnapping", "arson", "robbery",
                                        "forced work stoppage"};
    return type >= 0 && type <= VG_MUC_FORCED_WORK_STOPPAGE ? names[type] : "attack";
}

const char *vg_ent_type_name(int type)
{
    static const char *const names[] = {"person", "armed_group", "organization",
                                        "government", "place", "facility"};
    return type >= 0 && type <= VG_ENT_FACILITY ? names[type] : "organization";
}

const char *vg_band_name(int band)
{
    static const char *const names[] = {"almost_no_chance", "very_unlikely", "unlikely",
                                        "roughly_even_chance", "likely", "very_likely",
                                        "almost_certain"};
    return band >= 0 && band <= VG_BAND_ALMOST_CERTAIN ? names[band] : NULL;
}

const char *vg_role_name(int role)
{
    static const char *const roles[] = {"author", "publisher", "source", "holder"};
    return roles[role & 3];
}

int vg_name_index(const char *s, const char *(*name)(int), int n)
{
    for (int k = 0; s && k < n; k++)
        if (!strcmp(s, name(k)))
            return k;
    return -1;
}

const char *vg_certainty_name(int c)
{
    static const char *const names[] = {"certain", "probable", "possible", "unknown"};
    return c >= 0 && c <= VG_CERT_UNKNOWN ? names[c] : "unknown";
}
