/* threat.c: extraction stage, threats. Takes lexicon hits, entity
 * mentions, quantities, times and claims, and produces the anticipated
 * attacks a document describes: actor, the numbers that size it, target
 * kinds and named targets, places, time window, and likelihood on the ICD
 * 203 scale.
 *
 * A sentence states a threat when an attack word stands in a hypothetical
 * frame: after a modal, an infinitive or a hedge ("ISIS may attack night
 * clubs", "is gearing up to launch other attacks on soft targets", "cities
 * believed may be targeted"), as the subject of a likelihood ("Attacks on
 * foreign nationals in Pemba are very unlikely"), or is itself a threat
 * word ("threat to Istanbul"). Its actor is the armed group named in it, else the last one
 * named in its list item or paragraph, else the document's most named one.
 * Likelihood is the weakest hedge in the sentence ("may" -> roughly even
 * chance), else the holder's certainty (believe -> likely, fear -> roughly
 * even chance, say -> very likely). Threat sentences of one list item or
 * paragraph with the same actor merge into one threat, so "One or more of
 * other 4 groups ... target Turkey's ... tourism cities. ... may attack
 * night clubs, hotels or other soft targets ... Izmir, Antalya and Mugla
 * are some of cities believed may be targeted." is one threat with all its
 * places and targets; but two different likelihoods in ICD 203 words or
 * rated ones ("HIGH LIKELIHOOD OF ...") are two judgements, never merged
 * ("very unlikely in Pemba ... almost no chance outside Mozambique"). */
#include <string.h>

#include "extract/incident.h"
#include "extract/threat.h"

static vg_wordlist judging_pronouns = VG_WORDLIST("we", "i", "they", "you");
#define ATTACK_WORDS "attack", "attacks", "attacked", "strike", "strikes", "hit", "target", "targeted", \
    "targets", "targeting", "bomb", "bombing", "bombings", "assault", "kidnap", "kidnapping",            \
    "kidnappings", "raid", "raids", "violence", "fighting", "clashes", "shelling", "gunfire", "retake",  \
    "overrun", "storm", "retaliate", "avenge"
static vg_wordlist attack_words = VG_WORDLIST(ATTACK_WORDS);
#define FUTURE_WORDS "may", "might", "could", "would", "will", "'ll", "shall", "can", "plan", "plans",         \
    "planning", "plotting", "preparing", "intend", "intends", "want", "wants", "wanting", "threat", "threats", \
    "threaten", "threatens", "next", "gearing", "aims", "seeking", "seek", "likely", "possible", "potential",  \
    "decisive", "determined", "expected", "expect", "expects", "further", "fear", "fears", "feared", "warns",  \
    "risk", "risks", "likelihood", "conceivable", "plausible"
static vg_wordlist future_words = VG_WORDLIST(FUTURE_WORDS);
static vg_wordlist weekdays = VG_WORDLIST("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                          "sunday");

/* The day count of the last day of d: "2026" to 2026-12-31, "2026-03"
 * to 2026-03-31. */
static long last_day(vg_date d)
{
    if (d.prec == VG_DATE_YEAR) {
        vg_date n = {.year = d.year + 1, .prec = VG_DATE_YEAR};
        return vg_date_to_days(n) - 1;
    }
    if (d.prec == VG_DATE_MONTH) {
        vg_date n = {.year = d.month == 12 ? d.year + 1 : d.year, .month = d.month == 12 ? 1 : d.month + 1,
                     .prec = VG_DATE_MONTH};
        return vg_date_to_days(n) - 1;
    }
    return vg_date_to_days(d);
}

static vg_wordlist size_units = VG_WORDLIST("people", "persons", "person", "militants", "militant", "cells", "cell", "groups", "group",
    "members", "fighters", "operatives", "men", "attackers", "units", "teams", "suicide",
    "bombers", "jihadists", "terrorists", "insurgents", "each");


static vg_wordlist method_words = VG_WORDLIST("ramming", "rammings", "ramming-style");

static vg_wordlist be_words = VG_WORDLIST("is", "are", "was", "were", "remains", "remain",
                                           "seems", "seem", "appears", "appear");
static vg_wordlist border_words = VG_WORDLIST("border", "borders", "frontier", "frontiers",
                                               "crossing", "crossings");

typedef struct threat_ctx {
    const vg_lex *lx;
    vg_doc *doc;
    vg_extract *ex;
    int32_t main_group; /* the document's most named armed group, or -1 */
} threat_ctx;

static int oom(vg_doc *doc) { return doc->arena.capped ? VIGIL_ELIMIT : VIGIL_ENOMEM; }

static int has_ent(const int32_t *a, uint32_t n, int32_t e)
{
    for (uint32_t k = 0; k < n; k++)
        if (a[k] == e)
            return 1;
    return 0;
}

static int has_kind(const char *const *a, uint32_t n, const char *kind)
{
    for (uint32_t k = 0; k < n; k++)
        if (!strcmp(a[k], kind))
            return 1;
    return 0;
}

static int has_span(const vg_span *a, uint32_t n, vg_span s)
{
    for (uint32_t k = 0; k < n; k++)
        if (a[k].start == s.start && a[k].end == s.end)
            return 1;
    return 0;
}

/* A target phrase of the same words as s is listed ("churches" told in
 * two sentences is one target). */
static int has_target(const vg_doc *doc, const vg_span *a, uint32_t n, vg_span s)
{
    for (uint32_t k = 0; k < n; k++)
        if (vg_extract_same_words(doc, a[k], s))
            return 1;
    return 0;
}

static vg_wordlist judged_words = VG_WORDLIST("assessed", "judged", "considered", "deemed", "thought", "seen",
                                             "regarded", "rated", "estimated");

/* Whether token k opens a likelihood of what is to come: an ICD 203
 * word ("are very unlikely", "is likely to"), not a guess about the past
 * ("was probably carried out", "is likely to have been", "was probably
 * the work of"). */
static int predicted(const threat_ctx *c, const vg_sent *s, size_t k)
{
    const vg_doc *doc = c->doc;
    /* "are assessed as unlikely", "is judged to be likely" */
    if (k + 1 < s->tok_end && vg_tok_in(&doc->toks[k], &judged_words)) {
        k++;
        if (k + 1 < s->tok_end && vg_tok_is(&doc->toks[k], "as"))
            k++;
        else if (k + 2 < s->tok_end && vg_tok_is(&doc->toks[k], "to") && vg_tok_is(&doc->toks[k + 1], "be"))
            k += 2;
    }
    /* "is a realistic possibility", "remains a remote chance" */
    if (k + 1 < s->tok_end && vg_tok_is(&doc->toks[k], "a"))
        k++;
    const vg_lex_hit *h = vg_extract_hit(doc, k, VG_LK_HEDGE);
    /* "likely", the PHIA yardstick's phrases ("highly unlikely") and
     * probability adjectives ("very probable", "doubtful"); not "without
     * doubt a grave violation" */
    const vg_hedge *hd = h ? vg_lex_hedge(c->lx, h->rec) : NULL;
    if (!hd || (strcmp(hd->cls, "icd203") && strcmp(hd->source, "phia") && strcmp(hd->cls, "adjective")))
        return 0;
    return !vg_extract_past_guess(doc, s, k + h->ntok);
}

static vg_wordlist carry_on_verbs = VG_WORDLIST("continue", "seek", "try", "attempt");
static vg_wordlist seizing_words = VG_WORDLIST("retake", "overrun", "storm");

/* "ISMP will expand operations into Niassa", "JNIM is likely to continue
 * its blockade": an armed group's operations or blockade, the group named
 * at most six words before as their subject (not "The company will expand
 * operations", "Farmers will continue their blockade", "troops fighting
 * Boko Haram will expand operations"). */
#define GROUP_DEEDS "operations", "blockade", "blockades"
static vg_wordlist group_deeds = VG_WORDLIST(GROUP_DEEDS);
static vg_wordlist opposing_words = VG_WORDLIST("against", "fighting", "battling", "combating", "targeting", "on");

static vg_wordlist widen_verbs = VG_WORDLIST("expand", "extend", "intensify", "escalate", "widen", "increase",
                                             "step", "up", "shift", "move", "continue", "resume");

static int group_operations(const threat_ctx *c, const vg_sent *s, size_t k)
{
    const vg_doc *doc = c->doc;
    if (!vg_tok_in(&doc->toks[k], &group_deeds))
        return 0;
    for (size_t j = k; j > s->tok_start && k - j <= 6; j--) {
        const vg_token *t = &doc->toks[j - 1];
        if ((t->kind == VG_TOK_PUNCT && !vg_tok_punct(t, '\'')) || vg_tok_in(t, &opposing_words))
            return 0;
        /* "the group will expand operations": the document's group, its
         * operations widened (not "the group would halt operations": an
         * agency's work stopped) */
        if (vg_tok_is(t, "group") && j >= s->tok_start + 2 && vg_tok_is(&doc->toks[j - 2], "the") &&
            c->main_group >= 0 && k > s->tok_start && vg_tok_in(&doc->toks[k - 1], &widen_verbs))
            return 1;
        int32_t e = vg_extract_entity_at(doc, j - 1);
        if (e >= 0 && c->ex->ents[e].type == VG_ENT_ARMED_GROUP) {
            /* the group's own name, not one fought ("troops fighting Boko
             * Haram") */
            size_t a = j - 1;
            while (a > s->tok_start && vg_extract_entity_at(doc, a - 1) == e)
                a--;
            if (a > s->tok_start && vg_tok_is(&doc->toks[a - 1], "the"))
                a--;
            return !(a > s->tok_start && vg_tok_in(&doc->toks[a - 1], &opposing_words));
        }
    }
    return 0;
}

/* Whether attack word k of sentence s can be an armed attack: violence
 * only in a document that names an armed group ("domestic violence may
 * rise" is none); retaking or storming not by the state ("The army will
 * try to retake the town" is an operation). */
static int attack_here(const threat_ctx *c, const vg_sent *s, size_t k)
{
    const vg_doc *doc = c->doc;
    const vg_token *t = &doc->toks[k];
    if (vg_tok_is(t, "violence"))
        return c->main_group >= 0;
    if (vg_tok_in(t, &seizing_words)) {
        for (size_t m = vg_extract_first_mention(doc, s->tok_start);
             m < c->ex->nmentions && c->ex->mentions[m].tok_start < k; m++)
            if (c->ex->ents[c->ex->mentions[m].entity].type == VG_ENT_GOVERNMENT)
                return 0;
    }
    return 1;
}

/* Whether token k is inside a hedge of sentence s ("almost no chance"). */
static int in_hedge(const vg_doc *doc, const vg_sent *s, size_t k)
{
    for (size_t i = k + 1; i > s->tok_start && k + 1 - i < 4; i--) {
        const vg_lex_hit *h = vg_extract_hit(doc, i - 1, VG_LK_HEDGE);
        if (h && i - 1 + h->ntok > k)
            return 1;
    }
    return 0;
}

static vg_wordlist plan_words = VG_WORDLIST("plan", "plans", "planning", "planned", "intention",
                                             "intentions", "intend", "intends", "intent", "capacity",
                                             "capability", "means");
static vg_wordlist sign_words = VG_WORDLIST("intelligence", "information", "indication", "indications", "evidence",
                                            "sign", "signs");
static vg_wordlist sign_modifiers = VG_WORDLIST("specific", "credible", "any", "concrete", "new", "reliable",
                                                "firm", "clear", "current");

/* Whether a negator denies threat word k itself: right before it ("the
 * militants pose no threat", "will not attack") or before a plan to it
 * ("has no plans to attack", "is not planning to strike") or a sign of it
 * ("We have no specific intelligence indicating an imminent attack"); not
 * a negator of another verb ("they do not realize how decisive ISIS is to
 * hit"). */
static int negated_plan(const threat_ctx *c, const vg_sent *s, size_t k)
{
    const vg_doc *doc = c->doc;
    int plan = 0;
    size_t sign = SIZE_MAX; /* a sign word seen, and where */
    /* (further back past a sign: "no credible evidence of a specific
     * al-Shabaab plot") */
    for (size_t j = k; j > s->tok_start && (k - j < 6 || (sign != SIZE_MAX && k - j < 9)); j--) {
        if (doc->toks[j - 1].kind == VG_TOK_PUNCT)
            return 0;
        const vg_lex_hit *h = vg_extract_hit(doc, j - 1, VG_LK_NEG);
        if (h && vg_lex_neg(c->lx, h->rec)->kind == VG_NEG_NEGATOR && !in_hedge(doc, s, j - 1)) {
            /* the negator on the sign itself: "no (specific) intelligence",
             * not "cannot ignore intelligence" */
            int on_sign = sign != SIZE_MAX &&
                          (sign == j || (sign == j + 1 && vg_tok_in(&doc->toks[j], &sign_modifiers)));
            /* (past a sign only on the sign itself: not "did not dismiss
             * intelligence that al-Shabaab plans to attack") */
            if (k - j >= 6)
                return on_sign;
            return plan || on_sign || k - (j - 1) <= 2;
        }
        plan |= vg_tok_in(&doc->toks[j - 1], &plan_words);
        if (vg_tok_in(&doc->toks[j - 1], &sign_words))
            sign = j - 1;
    }
    return 0;
}

static vg_wordlist report_words = VG_WORDLIST("assessment", "assessments", "analysis", "report", "briefing",
                                               "update", "tracker", "bulletin", "digest", "monitor",
                                               "outlook", "summary");

static vg_wordlist accusations = VG_WORDLIST("suspicion", "suspected", "accused", "charged", "convicted",
                                              "guilty");

/* Whether future word k is the object of an accusation: "on suspicion of
 * planning", "accused of plotting", "charged with planning"; or of a tie
 * to a deed ("linked to the killing"). */
static vg_wordlist link_words = VG_WORDLIST("linked", "connected", "tied", "involved", "responsible", "related");

static int accused_of(const vg_doc *doc, const vg_sent *s, size_t k)
{
    /* "may be linked to the killing of a police commander", "involved in
     * the bombing": a deed done, named to tie someone to it */
    if (k >= s->tok_start + 3 && vg_tok_is(&doc->toks[k - 1], "the") && vg_tok_in(&doc->toks[k - 3], &link_words))
        return 1;
    if (k < s->tok_start + 2 || !(vg_tok_is(&doc->toks[k - 1], "of") || vg_tok_is(&doc->toks[k - 1], "with")))
        return 0;
    return vg_tok_in(&doc->toks[k - 2], &accusations);
}

static vg_wordlist judgements = VG_WORDLIST("jailed", "sentenced", "convicted", "acquitted", "imprisoned",
                                            "guilty");

/* Whether sentence s tells a court's judgement: the plot it names is one
 * judged, not one ahead. */
static int judged(const vg_doc *doc, const vg_sent *s)
{
    for (size_t k = s->tok_start; k < s->tok_end; k++)
        if (vg_tok_in(&doc->toks[k], &judgements))
            return 1;
    return 0;
}

static vg_wordlist advise_verbs = VG_WORDLIST("urged", "urges", "urge", "advised", "advises", "advise", "asked",
                                            "asks", "told", "tells", "encouraged", "encourages", "instructed",
                                            "ordered", "called");


static vg_wordlist abstract_goods = VG_WORDLIST("peace", "security", "stability", "democracy", "order",
                                                "sovereignty", "unity", "integrity", "prosperity", "values");

static vg_wordlist nonviolent_deeds = VG_WORDLIST("publish", "leak", "expose", "reveal",
                                                  "disclose", "dump", "post", "delete", "erase", "resign",
                                                  "quit", "sue", "boycott", "veto", "withdraw", "impose",
                                                  "sack", "walk", "raise", "report");

/* "The hackers threatened to publish 900 gigabytes of stolen data",
 * "threatened to resign": a threat of a deed that is no attack (the
 * threat word ending before after). */
static int threatened_deed(const vg_doc *doc, const vg_sent *s, size_t after)
{
    size_t k = after;
    if (k < s->tok_end && vg_tok_is(&doc->toks[k], "to"))
        k++;
    else if (k == 0 || !vg_tok_is(&doc->toks[k - 1], "to"))
        return 0;
    return k < s->tok_end && vg_tok_in(&doc->toks[k], &nonviolent_deeds);
}

/* "The TTP vowed to attack police stations", "called on its supporters to
 * attack Christmas markets": a vow, a pledge or a call (the trigger at k,
 * ending at after with its "to") is a threat only of an attack told in
 * the next words; "vowed to rebuild the market", "urged both sides to
 * respect the ceasefire" foretell none. */
static vg_wordlist avenge_words = VG_WORDLIST("retaliate", "avenge", "revenge");
static vg_wordlist carry_verbs = VG_WORDLIST("carry", "conduct", "launch", "keep", "continue", "step", "intensify",
                                             "wage", "stage", "mount", "resume", "escalate");
static int vowed_peace(const threat_ctx *c, const vg_sent *s, size_t k, size_t after)
{
    const vg_doc *doc = c->doc;
    const vg_lex_hit *h = vg_extract_hit(doc, k, VG_LK_TRIGGER);
    const vg_trigger *tr = h ? vg_lex_trigger(c->lx, h->rec) : NULL;
    if (!tr || !(!strcmp(tr->lemma, "vow") || !strcmp(tr->lemma, "pledge") || !strcmp(tr->lemma, "urge") ||
                 !strcmp(tr->lemma, "call on")))
        return 0;
    /* the verb right after "to" is the attack, or carries one on ("to
     * carry out attacks", "to keep attacking"; not "called on the police
     * to solve the murder") */
    size_t j = after;
    if (j < s->tok_end && vg_tok_in(&doc->toks[j], &carry_verbs))
        j++;
    for (size_t e = j + (j > after ? 3 : 1); j < s->tok_end && j < e; j++) {
        const vg_lex_hit *a = vg_extract_hit(doc, j, VG_LK_TRIGGER);
        if ((a && !(vg_lex_trigger(c->lx, a->rec)->flags & VG_TRF_THREAT)) || vg_tok_in(&doc->toks[j], &avenge_words))
            return 0;
        if (doc->toks[j].kind == VG_TOK_PUNCT)
            break;
    }
    return 1;
}

/* "threats to international peace and security": a danger to an
 * abstraction, doctrine rather than an attack ahead */
static int abstract_threat(const vg_doc *doc, const vg_sent *s, size_t after)
{
    if (after >= s->tok_end || !vg_tok_is(&doc->toks[after], "to"))
        return 0;
    for (size_t k = after + 1; k < s->tok_end && k < after + 4; k++)
        if (vg_tok_in(&doc->toks[k], &abstract_goods))
            return 1;
    return 0;
}

static vg_wordlist measure_nouns = VG_WORDLIST("seriousness", "scale", "nature", "extent", "gravity",
                                                "magnitude", "reality", "size", "evolution", "history");
static vg_wordlist decline_verbs = VG_WORDLIST("declined", "diminished", "receded", "decreased", "waned",
                                                "eased", "faded", "subsided", "lessened", "dropped", "fallen",
                                                "declines", "diminishes", "recedes", "decreases",
                                                "wanes", "eases", "fades", "subsides");

static vg_wordlist back_refs = VG_WORDLIST("that", "this", "such");
static vg_wordlist spent_aux = VG_WORDLIST("was", "were", "had", "has", "have", "been");
/* (not "disrupted", "collapsed": "the threat has disrupted tourism") */
static vg_wordlist ended_verbs = VG_WORDLIST("failed", "foiled", "thwarted", "fizzled");
static vg_wordlist decline_stops = VG_WORDLIST("not", "n't", "never", "hardly", "as", "though", "although",
                                               "while", "but", "whereas", "even", "remains", "remain", "is",
                                               "grows", "growing", "rising", "rises", "increased", "high");

/* The threat noun at k [k, after) that foretells no attack: one told
 * before, weighed as a thing ("the seriousness of that threat"; not "the
 * scale of the threat from ISIS to hotels"), or said to be fading ("the
 * threat from ISIS has declined since 2019"; not "has not declined",
 * "remains high even as arrests declined"). */
static int spent_threat(const vg_doc *doc, const vg_sent *s, size_t k, size_t after)
{
    /* "their plot failed", "the plot was foiled": one that is over */
    size_t v = after;
    while (v < s->tok_end && v < after + 3 && vg_tok_in(&doc->toks[v], &spent_aux))
        v++;
    if (v < s->tok_end && vg_tok_in(&doc->toks[v], &ended_verbs))
        return 1;
    if (k >= s->tok_start + 3 && vg_tok_in(&doc->toks[k - 1], &back_refs) && vg_tok_is(&doc->toks[k - 2], "of") &&
        vg_tok_in(&doc->toks[k - 3], &measure_nouns))
        return 1;
    for (size_t j = after; j < s->tok_end && j < after + 10; j++) {
        if (vg_tok_punct(&doc->toks[j], ';') || vg_tok_punct(&doc->toks[j], ':') ||
            vg_tok_in(&doc->toks[j], &decline_stops))
            break;
        if (vg_tok_in(&doc->toks[j], &decline_verbs))
            return 1;
    }
    return 0;
}

static vg_wordlist fear_words = VG_WORDLIST("fear", "fears", "feared", "afraid", "worry", "worried");
static vg_wordlist not_words = VG_WORDLIST("not", "no", "never", "n't", "nor");

/* "He does not, he insists, live in fear of another attack": a fear
 * denied is no threat. */
static int fear_denied(const vg_doc *doc, const vg_sent *s, size_t k)
{
    if (!vg_tok_in(&doc->toks[k], &fear_words))
        return 0;
    for (size_t j = k; j > s->tok_start && k - j < 8; j--) {
        const vg_token *t = &doc->toks[j - 1];
        if (t->kind == VG_TOK_PUNCT && t->normlen == 1 && (t->norm[0] == ';' || t->norm[0] == ':'))
            return 0;
        if (vg_tok_in(t, &not_words))
            return 1;
    }
    return 0;
}

static vg_wordlist relative_words = VG_WORDLIST("where", "who", "which", "that", "when", "while", "whose");
static vg_wordlist inclusion_words = VG_WORDLIST("including", "notably", "especially", "particularly");

static vg_wordlist modals = VG_WORDLIST("may", "might", "could", "will", "would", "can", "remain", "remains");
static vg_wordlist past_mods = VG_WORDLIST("older", "earlier", "previous", "past", "former", "prior",
                                           "last", "recent", "failed", "foiled");

/* The last day a time names: a window's end, or the point. */
static vg_date time_end(const vg_timeref *tr)
{
    return tr->is_window ? tr->to : tr->value;
}

static vg_wordlist mean_words = VG_WORDLIST("means", "mean");
static vg_wordlist anaphors = VG_WORDLIST("this", "that", "it", "which");

/* Whether sentence s opens by defining a term before token k:
 * "SUBSTANTIAL means an attack is likely" (a scale explained), not "This
 * means that an attack is highly likely" (the level just set, judged),
 * nor "..., meaning further attacks are highly likely". */
static int defines(const vg_doc *doc, const vg_sent *s, size_t k)
{
    for (size_t j = s->tok_start + 1; j < k && j < s->tok_start + 4; j++)
        if (vg_tok_in(&doc->toks[j], &mean_words) && !vg_tok_in(&doc->toks[j - 1], &anaphors))
            return 1;
    return 0;
}

/* Whether sentence s tells a past state: "was" or "were" in it, a period
 * it names, and every time it names over before the document's date
 * ("The threat level was last at SEVERE between November 2021 and
 * February 2022"; not "was raised to SEVERE on Monday"). */
static int told_past(const threat_ctx *c, const vg_sent *s)
{
    const vg_doc *doc = c->doc;
    const vg_extract *ex = c->ex;
    if (!vg_date_valid(ex->anchor) || ex->anchor.prec != VG_DATE_DAY)
        return 0;
    int was = 0;
    for (size_t k = s->tok_start; k < s->tok_end && !was; k++)
        was = vg_tok_is(&doc->toks[k], "was") || vg_tok_is(&doc->toks[k], "were");
    if (!was)
        return 0;
    long pub = vg_date_to_days(ex->anchor);
    size_t windows = 0;
    for (size_t k = vg_extract_first_time(doc, s->start); k < ex->ntimes && ex->times[k].start < s->end; k++) {
        vg_date last = time_end(&ex->times[k]);
        if (!vg_date_valid(last) || vg_date_to_days(last) >= pub)
            return 0;
        windows += ex->times[k].is_window != 0;
    }
    return windows > 0;
}

static vg_wordlist actor_kinds = VG_WORDLIST("group", "groups", "actor", "actors");

static vg_wordlist counter_verbs = VG_WORDLIST("eliminate", "eliminating", "counter", "countering", "combat",
                                               "combating", "combatting", "fight", "fighting", "tackle",
                                               "tackling", "neutralise", "neutralize", "neutralising",
                                               "neutralizing", "defeat", "defeating", "confront", "confronting",
                                               "eradicate", "eradicating", "mitigate", "mitigating", "reduce",
                                               "reducing");

/* "will spare no effort to eliminate the terrorist threat at its source",
 * "the fight against the terrorist threat": what is done against a threat
 * at large, no threat told (a verb of countering within three words
 * before the threat word, or "against"). */
static int countered(const vg_doc *doc, const vg_sent *s, size_t k)
{
    for (size_t j = k; j > s->tok_start && k - j < 4; j--) {
        const vg_token *t = &doc->toks[j - 1];
        if (vg_tok_in(t, &counter_verbs) || vg_tok_is(t, "against"))
            return 1;
        if (t->kind != VG_TOK_WORD)
            break;
    }
    return 0;
}

/* Whether the attack word at k is the subject of a verb in the past
 * right after it: "the attackers came from across the border", "the
 * gunmen killed two guards"; not a participle after a noun ("attacks
 * carried out with drones", "conducted by", "an operation called Black
 * September"): an irregular past, or one in "-ed" before a determiner, a
 * number, an adverb in "-ly" or the clause's end. */
static vg_wordlist past_irregular = VG_WORDLIST("came", "went", "fled", "got", "took", "left", "ran", "struck",
                                                "blew", "began", "tore");
static vg_wordlist object_starts = VG_WORDLIST("the", "a", "an", "his", "her", "their", "its", "two", "three",
                                               "several", "dozens", "scores");
static int past_after(const vg_doc *doc, const vg_sent *s, size_t k)
{
    if (k + 1 >= s->tok_end)
        return 0;
    const vg_token *v = &doc->toks[k + 1];
    if (vg_tok_in(v, &past_irregular))
        return 1;
    if (!vg_tok_past(v) || vg_tok_in(v, &plan_words))
        return 0;
    const vg_token *n = k + 2 < s->tok_end ? &doc->toks[k + 2] : NULL;
    return !n || n->kind == VG_TOK_PUNCT || n->kind == VG_TOK_NUM || vg_tok_in(n, &object_starts) ||
           (n->normlen > 4 && !memcmp(n->norm + n->normlen - 2, "ly", 2));
}

/* What people could sense then, not a forecast: "Residents could hear
 * gunfire" (not "Kenya could see more attacks"). */
static vg_wordlist sense_verbs = VG_WORDLIST("hear", "smell");

/* A travel advisory's warning: "Do not travel to the Savanes region due
 * to terrorism", "Reconsider travel to Mali because of terrorism and
 * kidnapping": the danger word after "due to"/"because of", in a sentence
 * that advises on travel; or -1. */
static vg_wordlist danger_causes = VG_WORDLIST("terrorism", "kidnapping", "kidnappings", "attacks", "terrorist");
static long travel_advice(const vg_doc *doc, const vg_sent *s)
{
    /* nothing before the first "travel" */
    size_t k = s->tok_start;
    while (k + 2 < s->tok_end && !vg_tok_is(&doc->toks[k], "travel"))
        k++;
    for (; k + 2 < s->tok_end; k++) {
        if (vg_tok_is(&doc->toks[k], "due") && vg_tok_is(&doc->toks[k + 1], "to") &&
            vg_tok_in(&doc->toks[k + 2], &danger_causes))
            return (long)(k + 2);
        if (vg_tok_is(&doc->toks[k], "because") && vg_tok_is(&doc->toks[k + 1], "of") &&
            vg_tok_in(&doc->toks[k + 2], &danger_causes))
            return (long)(k + 2);
    }
    return -1;
}

/* Whether attack word k is the subject of "is/remains (a serious) risk":
 * "Kidnapping of foreign nationals is a serious risk" (not "was a risk",
 * nor an event told: "The attack on the parliament is a threat to
 * democracy"). */
static vg_wordlist present_be = VG_WORDLIST("is", "are", "remains", "remain");
static vg_wordlist danger_nouns = VG_WORDLIST("risk", "threat", "danger");
static int danger_predicated(const vg_doc *doc, const vg_sent *s, size_t k)
{
    if (k > s->tok_start && (vg_tok_is(&doc->toks[k - 1], "the") || vg_tok_is(&doc->toks[k - 1], "this") ||
                             vg_tok_is(&doc->toks[k - 1], "that")))
        return 0;
    for (size_t b = k + 1; b < s->tok_end && b < k + 6; b++) {
        if (doc->toks[b].kind == VG_TOK_PUNCT)
            return 0;
        if (!vg_tok_in(&doc->toks[b], &present_be))
            continue;
        for (size_t d = b + 1; d < s->tok_end && d < b + 4; d++) {
            if (doc->toks[d].kind == VG_TOK_PUNCT)
                return 0;
            if (vg_tok_in(&doc->toks[d], &danger_nouns))
                return 1;
        }
        return 0;
    }
    return 0;
}

static vg_wordlist made_words = VG_WORDLIST("phoned", "called", "made", "received", "emailed", "sent", "posted",
                                           "issued", "reported");

/* Whether the threat word [k, e) is a bomb threat made, an act told ("A
 * bomb threat was phoned in to Bangor High School on Friday", "received a
 * bomb threat"): a call or a message, not an attack ahead. */
static int threat_made(const vg_doc *doc, const vg_sent *s, size_t k, size_t e)
{
    /* (a bomb threat: "received death threats" still warns of an attack
     * on the one threatened) */
    if (k == s->tok_start || !vg_tok_is(&doc->toks[k - 1], "bomb"))
        return 0;
    for (size_t j = k; j > s->tok_start && k - j < 3 && doc->toks[j - 1].kind == VG_TOK_WORD; j--)
        if (vg_tok_in(&doc->toks[j - 1], &made_words))
            return 1; /* "received a bomb threat" */
    return e + 1 < s->tok_end && (vg_tok_is(&doc->toks[e], "was") || vg_tok_is(&doc->toks[e], "were")) &&
           vg_tok_in(&doc->toks[e + 1], &made_words);
}

/* "it would not be pressured by \"terrorist actions\"", "will never be
 * intimidated by such attacks": attacks defied, none foreseen (the attack
 * word k in a "by" phrase after a negator). */
static int defied(const vg_doc *doc, const vg_sent *s, size_t k)
{
    size_t by = SIZE_MAX;
    for (size_t j = k; j > s->tok_start && k - j < 4 && by == SIZE_MAX; j--)
        if (vg_tok_is(&doc->toks[j - 1], "by"))
            by = j - 1;
        else if (doc->toks[j - 1].kind != VG_TOK_WORD && !vg_tok_punct(&doc->toks[j - 1], '"'))
            break;
    for (size_t j = by; by != SIZE_MAX && j > s->tok_start && by - j < 5; j--)
        if (vg_tok_is(&doc->toks[j - 1], "not") || vg_tok_is(&doc->toks[j - 1], "n't") ||
            vg_tok_is(&doc->toks[j - 1], "never"))
            return 1;
    return 0;
}

/* Every word that threat_word's loop can take for an attack without a
 * trigger there: attack_words, "of fire", group_operations' deeds. */
static vg_wordlist attack_any = VG_WORDLIST(ATTACK_WORDS, "fire", GROUP_DEEDS);
/* ... and the rest of travel_advice's danger_causes */
static vg_wordlist threat_any = VG_WORDLIST(ATTACK_WORDS, "fire", GROUP_DEEDS, "terrorism", "terrorist");
/* Every word that threat_word's loop needs in the sentence to read an
 * attack word as one ahead, but a threat trigger or a forecast table's
 * row: future_words before it, "risk"/"risks" or a modal after it, a
 * danger_noun predicated of it (or a hedge, for predicted). */
static vg_wordlist ahead_words = VG_WORDLIST(FUTURE_WORDS, "danger", "remain", "remains");
/* The words threat_scan looks for: threat_any, ahead_words, "travel" */
static vg_wordlist scan_words = VG_WORDLIST(ATTACK_WORDS, "fire", GROUP_DEEDS, "terrorism", "terrorist",
                                            FUTURE_WORDS, "danger", "remain", "remains", "travel");

/* What threat_word needs to know of a sentence before its loop, found in
 * one walk over it. */
typedef struct threat_scan {
    size_t cue; /* the first token threat_word can answer, s->tok_end for none (most
                   sentences): one with a trigger or one of threat_any (travel_advice
                   answers a word of danger_causes, the loop a trigger or a word of
                   attack_any, and passes the tokens before it by) */
    int ahead;  /* a word of ahead_words or a hedge in the sentence */
    int travel; /* "travel" in it, which travel_advice needs */
} threat_scan;

/* The bits of the kinds of hits that start at each token (extract.h), or
 * NULL when there are none: read by the walks that ask most tokens for a
 * hit, and pass by those whose bits show none of the kinds they ask for
 * (not asked through vg_extract_hit, whose checks do not leave a loop). */
static const uint16_t *hit_kinds(const vg_doc *doc)
{
    return doc->ex ? doc->ex->hit_kinds : NULL;
}

static void scan_sentence(const vg_doc *doc, const vg_sent *s, threat_scan *sc)
{
    /* (a bit set without a hit there only makes the loop start early or
     * read on) */
    const uint16_t *kinds = hit_kinds(doc);
    const unsigned trigger = 1u << VG_LK_TRIGGER, hedge = 1u << VG_LK_HEDGE;
    sc->cue = s->tok_end;
    sc->ahead = sc->travel = 0;
    for (size_t k = s->tok_start; k < s->tok_end; k++) {
        const vg_token *t = &doc->toks[k];
        unsigned bits = kinds ? kinds[k] : 0;
        int word = vg_tok_in(t, &scan_words);
        if (!word && !(bits & (trigger | hedge)))
            continue;
        if (sc->cue == s->tok_end && ((bits & trigger) || (word && vg_tok_in(t, &threat_any))))
            sc->cue = k;
        if ((bits & hedge) || (word && vg_tok_in(t, &ahead_words)))
            sc->ahead = 1;
        if (word && vg_tok_is(t, "travel"))
            sc->travel = 1;
    }
}

/* The attack word of sentence s in a hypothetical frame, or -1. */
static long threat_word(const threat_ctx *c, const vg_sent *s)
{
    const vg_doc *doc = c->doc;
    threat_scan sc;
    scan_sentence(doc, s, &sc);
    if (sc.cue == s->tok_end)
        return -1;
    int row = vg_extract_table_row(doc, s);
    if (row == VG_ROW_PLAIN)
        return -1; /* "Country | Threat | Likelihood | Timeframe" */
    /* "Will the Peshawar operation be extended?", "Is another attack
     * likely?": a question asks, it judges nothing */
    if (s->tok_end > s->tok_start && vg_tok_is(&doc->toks[s->tok_end - 1], "?"))
        return -1;
    long advised = sc.travel ? travel_advice(doc, s) : -1;
    if (advised >= 0)
        return advised;
    int violent = -1; /* of the sentence, worked out once when needed */
    const uint16_t *kinds = hit_kinds(doc);
    for (size_t k = sc.cue; k < s->tok_end; k++) {
        const vg_token *t = &doc->toks[k];
        /* (vg_extract_hit answers NULL where the trigger bit is not set) */
        const vg_lex_hit *h =
            kinds && (kinds[k] & (1u << VG_LK_TRIGGER)) ? vg_extract_hit(doc, k, VG_LK_TRIGGER) : NULL;
        /* most tokens: no trigger and none of the words that make attack
         * below, so neither test that follows can hold (one set asked
         * instead of three tests) */
        if (!h && !vg_tok_in(t, &attack_any))
            continue;
        /* "would be charged": a court's act, not an attack; "will feel
         * their batting hijacked the narrative": a figure of speech, in a
         * document without armed groups or violence around it */
        if (h && (vg_lex_trigger(c->lx, h->rec)->flags & VG_TRF_AMBIGUOUS) && c->main_group < 0 &&
            c->ex->nincs == 0 && violent < 0)
            violent = vg_incident_violent(doc, s);
        if (h && ((vg_lex_trigger(c->lx, h->rec)->flags & VG_TRF_LEGAL) ||
                  ((vg_lex_trigger(c->lx, h->rec)->flags & VG_TRF_AMBIGUOUS) &&
                   c->main_group < 0 && c->ex->nincs == 0 && !violent)))
            h = NULL;
        /* "many of the wounded are in critical condition": the people, no
         * act */
        if (h && (vg_lex_trigger(c->lx, h->rec)->flags & VG_TRF_EFFECT) && k > s->tok_start &&
            (vg_tok_is(&doc->toks[k - 1], "the") || vg_tok_is(&doc->toks[k - 1], "of")))
            h = NULL;
        /* "Exchanges of fire ... are likely to continue" */
        int attack = vg_tok_in(t, &attack_words) || h != NULL ||
                     (vg_tok_is(t, "fire") && k > s->tok_start && vg_tok_is(&doc->toks[k - 1], "of")) ||
                     group_operations(c, s, k);
        /* "Threat Assessment: Sahel": the name of a kind of report */
        /* "it could be a threat group": a kind of actor */
        if (h && (vg_lex_trigger(c->lx, h->rec)->flags & VG_TRF_THREAT) && k + h->ntok < s->tok_end &&
            vg_tok_in(&doc->toks[k + h->ntok], &actor_kinds))
            continue;
        /* (a vow, a pledge or a call of no attack is no word of one) */
        if (h && (vg_lex_trigger(c->lx, h->rec)->flags & VG_TRF_THREAT) && vowed_peace(c, s, k, k + h->ntok))
            continue;
        if (h && (vg_lex_trigger(c->lx, h->rec)->flags & VG_TRF_THREAT) &&
            !(k + h->ntok < s->tok_end && vg_tok_in(&doc->toks[k + h->ntok], &report_words)) &&
            !accused_of(doc, s, k) && /* "charged with planning to attack" */
            !judged(doc, s) &&         /* "jailed for life over Christmas market bomb plot" */
            !told_past(c, s) &&
            !abstract_threat(doc, s, k + h->ntok) && !threatened_deed(doc, s, k + h->ntok) &&
            !spent_threat(doc, s, k, k + h->ntok) && !countered(doc, s, k) &&
            !threat_made(doc, s, k, k + h->ntok))
            return (long)k;
        /* every reading below but the forecast row's needs a word of
         * ahead_words or a hedge (the past tells of most news have none) */
        if (row != VG_ROW_FORECAST && !sc.ahead)
            continue;
        if (!attack || !attack_here(c, s, k) || defines(doc, s, k) || defied(doc, s, k))
            continue;
        if (row == VG_ROW_FORECAST)
            return (long)k;
        /* "appears to show an older attack in Panjgur from 2024": one
         * that happened */
        if (k > s->tok_start && vg_tok_in(&doc->toks[k - 1], &past_mods))
            continue;
        /* "may be linked to the killing of a police commander": a deed
         * someone is tied to */
        if (!(h && vg_lex_trigger(c->lx, h->rec)->verb) && accused_of(doc, s, k))
            continue;
        /* "the attack was planned by", "It is possible that the bombing in
         * Quetta on Friday was carried out by": an act told, not one ahead */
        if ((k + 1 < s->tok_end &&
             (vg_tok_is(&doc->toks[k + 1], "was") || vg_tok_is(&doc->toks[k + 1], "were")) &&
             k > s->tok_start && vg_tok_is(&doc->toks[k - 1], "the")) ||
            (!(h && vg_lex_trigger(c->lx, h->rec)->verb) && vg_extract_past_subject(doc, s, k, k + (h ? h->ntok : 1))))
            continue;
        /* "We believe the attackers came from across the border" */
        if (!(h && vg_lex_trigger(c->lx, h->rec)->verb) && past_after(doc, s, k))
            continue;
        /* "JNIM will almost certainly continue its blockade ..., including
         * attacks on supply convoys": the attacks share the forecast */
        /* ... and a verb joined to one under the modal ("may ram a truck
         * into crowds or attack buses") */
        /* (in its own clause: not "schools may remain closed in Zamfara,
         * where bandits routinely raid villages and kidnap pupils") */
        int coord = h && k > s->tok_start && !vg_tok_past(t) && !vg_tok_gerund(t) &&
                     !(vg_lex_trigger(c->lx, h->rec)->flags & VG_TRF_PLURAL) &&
                     (vg_tok_is(&doc->toks[k - 1], "or") || vg_tok_is(&doc->toks[k - 1], "and"));
        size_t reach = k > s->tok_start && (vg_tok_in(&doc->toks[k - 1], &inclusion_words) || coord) ? 30 : 6;
        for (size_t j = k; j > s->tok_start && k - j < reach; j--) {
            const vg_token *p = &doc->toks[j - 1];
            if (p->kind == VG_TOK_PUNCT && p->normlen == 1 && (p->norm[0] == ';' || p->norm[0] == ':'))
                break;
            /* "will continue to conduct mortar and IED attacks": the
             * modal before the verb that carries on */
            if (reach == 6 && vg_tok_is(p, "to") && j >= s->tok_start + 2 &&
                vg_tok_in(&doc->toks[j - 2], &carry_on_verbs))
                reach += 2;
            if (coord && (vg_tok_punct(p, ',') || vg_tok_in(p, &relative_words)))
                break;
            if (vg_tok_is(p, "could") && j < s->tok_end && vg_tok_in(&doc->toks[j], &sense_verbs))
                continue;
            /* "24 MAY 90", "on 19 may": a month, not the modal; "arrested on
             * suspicion of planning an attack": an accusation, not a plan
             * still ahead */
            /* "Police suspect ISKP carried out the attack", "believe
             * al-Shabaab was behind the bombing": a guess about who did
             * it, not a forecast */
            if (vg_extract_hit(doc, j - 1, VG_LK_HEDGE) && !vg_tok_in(p, &future_words) && vg_extract_done_between(doc, j, k))
                break;
            if ((vg_tok_in(p, &future_words) || vg_extract_hit(doc, j - 1, VG_LK_HEDGE)) &&
                !vg_extract_in_time(doc, j - 1) && !accused_of(doc, s, j - 1) &&
                !fear_denied(doc, s, j - 1) && !vg_extract_to_show(doc, j, s->tok_end) &&
                !judged(doc, s)) /* "sentenced ... for their part in preparing the attack" */
                return (long)k;
        }
        /* "KIDNAP RISK ... REMAINS ELEVATED": a kind of danger */
        if (k + 1 < s->tok_end && (vg_tok_is(&doc->toks[k + 1], "risk") ||
                                   vg_tok_is(&doc->toks[k + 1], "risks")))
            return (long)k;
        /* "Kidnapping of foreign nationals is a serious risk": the subject
         * of a danger predicated */
        if (danger_predicated(doc, s, k))
            return (long)k;
        /* "Attacks could occur around the Christmas holidays": a modal
         * right after the attack word */
        if (k + 1 < s->tok_end && vg_tok_in(&doc->toks[k + 1], &modals) &&
            !(k + 2 < s->tok_end && vg_tok_is(&doc->toks[k + 2], "have")) &&
            !(h && vg_lex_trigger(c->lx, h->rec)->verb))
            return (long)k; /* not "their target may have been", nor "Six of the
                             * injured remain in critical condition" */
        /* "Attacks on foreign nationals in Pemba are very unlikely": the
         * attack the subject of a predicated likelihood */
        /* ... past an inclusion between commas ("Kidnapping of foreign
         * nationals, including mining staff and aid workers, in western
         * Niger is likely") */
        int noun = !h || !vg_lex_trigger(c->lx, h->rec)->verb;
        for (size_t j = k + 1; j + 1 < s->tok_end && j < k + (noun ? 24 : 12); j++) {
            const vg_token *p = &doc->toks[j];
            /* ... and past an aside in brackets ("An attack against a
             * synagogue in Vienna during Hanukkah (25 December 2024 to 2
             * January 2025) is unlikely") */
            if (noun && vg_tok_punct(p, '(')) {
                size_t q = j + 1;
                while (q < s->tok_end && q < j + 16 && !vg_tok_punct(&doc->toks[q], ')') && !vg_tok_punct(&doc->toks[q], '('))
                    q++;
                if (q < s->tok_end && q < j + 16 && vg_tok_punct(&doc->toks[q], ')')) {
                    j = q;
                    continue;
                }
            }
            /* not a dash inside a name: "the Kaduna–Abuja corridor" */
            int joined = doc->toks[j - 1].end == p->start && p->end == doc->toks[j + 1].start;
            if (p->kind == VG_TOK_PUNCT && !(noun && p->normlen == 1 && p->norm[0] == ',') && !joined)
                break;
            if (vg_extract_hit(doc, j, VG_LK_CUE))
                break; /* "..., but analysts say X is likely": another clause */
            if (vg_tok_in(p, &be_words) && predicted(c, s, j + 1))
                return (long)k;
        }
    }
    return -1;
}

/* The armed group named in tokens [a, b), not as a victim's: the first,
 * or the last when last. */
static int32_t group_in(const threat_ctx *c, size_t a, size_t b, int last)
{
    const vg_extract *ex = c->ex;
    int32_t found = -1;
    for (size_t m = vg_extract_first_mention(c->doc, a);
         m < ex->nmentions && ex->mentions[m].tok_start < b; m++)
        if (ex->ents[ex->mentions[m].entity].type == VG_ENT_ARMED_GROUP &&
            !vg_incident_victims_group(c->doc, a, ex->mentions[m].tok_start, ex->mentions[m].tok_end, b)) {
            found = (int32_t)ex->mentions[m].entity;
            if (!last)
                break;
        }
    return found;
}

static vg_wordlist ongoing_words = VG_WORDLIST("continue", "continues", "continuing", "still", "plan",
                                               "plans", "planning", "intends", "threatens", "remains");

/* Whether token k lies in a sentence that names a year two or more before
 * the document's and nothing ongoing ("the January 2016 attack on the
 * Splendid Hotel, which was claimed by AQIM"): history, not the present;
 * but "Al-Shabaab has previously attacked hotels ..., including the
 * January 2019 assault ..., and continues to plan attacks" is both. */
static int in_history(const vg_doc *doc, const vg_extract *ex, size_t k)
{
    if (!vg_date_valid(ex->anchor))
        return 0;
    const vg_sent *s = &doc->sents[vg_extract_sent_of(doc, k)];
    for (size_t j = s->tok_start; j < s->tok_end; j++)
        if (vg_tok_in(&doc->toks[j], &ongoing_words) || vg_tok_in(&doc->toks[j], &future_words))
            return 0;
    for (size_t t = vg_extract_first_time(doc, s->start); t < ex->ntimes && ex->times[t].start < s->end; t++) {
        vg_date last = time_end(&ex->times[t]);
        if (vg_date_valid(last) && last.year + 1 < ex->anchor.year)
            return 1;
    }
    return 0;
}

/* The armed group the document names most outside its history, or -1: the
 * actor of threats that name none. */
static int32_t most_named_group(vg_doc *doc, const vg_extract *ex)
{
    uint32_t *count = vg_arena_calloc(&doc->arena, ex->nents ? ex->nents : 1, sizeof *count);
    if (!count)
        return -1;
    size_t last_sent = SIZE_MAX;
    int history = 0; /* of last_sent: each sentence is judged once */
    for (size_t m = 0; m < ex->nmentions; m++) {
        uint32_t e = ex->mentions[m].entity;
        if (ex->ents[e].type != VG_ENT_ARMED_GROUP)
            continue;
        size_t si = vg_extract_sent_of(doc, ex->mentions[m].tok_start);
        if (si != last_sent) {
            last_sent = si;
            history = in_history(doc, ex, ex->mentions[m].tok_start);
        }
        if (!history)
            count[e]++;
    }
    int32_t best = -1;
    uint32_t n = 0;
    for (size_t e = 0; e < ex->nents; e++)
        if (count[e] > n) {
            n = count[e];
            best = (int32_t)e;
        }
    return best;
}

/* The first capital city the document names ("MOGADISHU, March 16 -"),
 * or -1: what "the capital" means in it. */
static int32_t capital_named(const threat_ctx *c)
{
    const vg_extract *ex = c->ex;
    for (size_t m = 0; m < ex->nmentions; m++) {
        const vg_entity *e = &ex->ents[ex->mentions[m].entity];
        const vg_place *pl = e->type == VG_ENT_PLACE && e->place >= 0 ? vg_lex_place(c->lx, (uint32_t)e->place)
                                                                         : NULL;
        /* (feat: the feature code read once at load, as geo.c weighs it) */
        if (pl && (pl->feat == VG_PF_PPLC || pl->feat == VG_PF_PPLG))
            return (int32_t)ex->mentions[m].entity;
    }
    return -1;
}

/* Whether the place phrase ending before token k qualifies a border:
 * "Turkish/Syria border", "the Syria-Turkey frontier", "Syria and Iraq
 * borders" (the words between are slashes, hyphens, "and" and other
 * place or demonym words). */
static int names_border(const threat_ctx *c, size_t k, size_t end)
{
    const vg_doc *doc = c->doc;
    for (size_t n = 0; k < end && n < 4; k++, n++) {
        const vg_token *t = &doc->toks[k];
        if (vg_tok_in(t, &border_words))
            return 1;
        int joins = (t->kind == VG_TOK_PUNCT && t->normlen == 1 && (t->norm[0] == '/' || t->norm[0] == '-')) ||
                    vg_tok_is(t, "and") || vg_extract_hit(doc, k, VG_LK_PLACE) ||
                    vg_extract_hit(doc, k, VG_LK_DEMONYM);
        if (!joins)
            return 0;
    }
    return 0;
}

static int band_of_certainty(int cert)
{
    switch (cert) {
    case VG_CERT_CERTAIN: return VG_BAND_VERY_LIKELY;
    case VG_CERT_PROBABLE: return VG_BAND_LIKELY;
    case VG_CERT_POSSIBLE: return VG_BAND_ROUGHLY_EVEN;
    default: return -1;
    }
}

/* The likelihood sentence s (index si) gives: the weakest hedge or
 * epistemic cue in it ("believed to be planning ..., security sources
 * said" -> likely), else its claim's certainty; -1 for none. */
static int sentence_band(const threat_ctx *c, const vg_sent *s, size_t si, int *formal)
{
    const vg_doc *doc = c->doc;
    const vg_extract *ex = c->ex;
    int band = -1;
    *formal = -1;
    size_t covered = 0; /* "very likely": its "likely" is part of it */
    int compared = -1;  /* the band of a comparison ("more likely") */
    const uint16_t *kinds = hit_kinds(doc);
    for (size_t k = s->tok_start; k < s->tok_end; k++) {
        /* most tokens: neither a hedge nor a cue, so nothing below */
        if (!kinds || !(kinds[k] & ((1u << VG_LK_HEDGE) | (1u << VG_LK_CUE))))
            continue;
        const vg_lex_hit *h = k >= covered ? vg_extract_hit(doc, k, VG_LK_HEDGE) : NULL;
        const vg_lex_hit *q = vg_extract_hit(doc, k, VG_LK_CUE);
        if (h && vg_extract_in_time(doc, k))
            h = NULL; /* "24 May": a month */
        /* "since crowds are more likely to be dense": a comparison, the
         * estimate only when the sentence holds no other */
        if (h && k > s->tok_start && (vg_tok_is(&doc->toks[k - 1], "more") || vg_tok_is(&doc->toks[k - 1], "less"))) {
            int cb = vg_lex_hedge(c->lx, h->rec)->band;
            if (compared < 0 || cb < compared)
                compared = cb;
            h = NULL;
        }
        if (h)
            covered = k + h->ntok;
        int b = h ? vg_lex_hedge(c->lx, h->rec)->band : -1;
        /* the ICD 203 words, ratings and the PHIA yardstick ("highly
         * unlikely") are judgements of their own */
        if (h && (!strcmp(vg_lex_hedge(c->lx, h->rec)->cls, "icd203") ||
                  !strcmp(vg_lex_hedge(c->lx, h->rec)->cls, "rating") ||
                  !strcmp(vg_lex_hedge(c->lx, h->rec)->source, "phia")) &&
            (*formal < 0 || b < *formal))
            *formal = b;
        if (q && !(vg_lex_cue(c->lx, q->rec)->flags & VG_CUF_SPEECH)) {
            int cb = band_of_certainty(vg_lex_cue(c->lx, q->rec)->certainty);
            if (cb >= 0 && (b < 0 || cb < b))
                b = cb;
        }
        if (b >= 0 && (band < 0 || b < band))
            band = b;
    }
    for (size_t k = vg_extract_first_claim(doc, (uint32_t)si);
         k < ex->nclaims && ex->claims[k].sent == si && band < 0; k++)
        band = band_of_certainty(ex->claims[k].certainty);
    return band >= 0 ? band : compared;
}

/* Fills t from sentence s (appending to what it holds); band and formal
 * are the sentence's likelihoods (sentence_band). */
static vg_wordlist spread_words = VG_WORDLIST("spread", "spreads", "spreading", "extend", "extends",
                                               "expand", "expands", "spill", "spills");

/* "the violence spreads south into Pemba or west into Niassa": the place
 * after "into"/"to" at token k is where it reaches, after a verb of
 * spreading in the same clause (within eight words). */
static int spreads_to(const vg_doc *doc, const vg_sent *s, size_t k)
{
    if (!vg_tok_is(&doc->toks[k], "into") && !vg_tok_is(&doc->toks[k], "to"))
        return 0;
    for (size_t j = k; j > s->tok_start && k - j < 8; j--) {
        if (doc->toks[j - 1].kind == VG_TOK_PUNCT)
            return 0;
        if (vg_tok_in(&doc->toks[j - 1], &spread_words))
            return 1;
    }
    return 0;
}

static vg_wordlist attacker_units = VG_WORDLIST("men", "militants", "fighters", "attackers", "gunmen",
    "members", "operatives", "jihadists", "terrorists", "insurgents", "bombers", "cells", "teams", "units");

/* The numbers in sentence s that size threat t: a count of people or
 * units ("4 of 7 people", "up to ten armed men"), once each; when subject,
 * only a count of attackers in the subject (the first five words: "Five
 * people were killed" sizes no threat); adds them to t->capability and
 * returns how many, or -1 when out of memory. */
static int read_size(threat_ctx *c, vg_threat *t, const vg_sent *s, int subject)
{
    vg_doc *doc = c->doc;
    const vg_extract *ex = c->ex;
    int n = 0;
    for (size_t q = vg_extract_first_quant(doc, s->start); q < ex->nquants && ex->quants[q].start < s->end; q++) {
        const vg_quant *qu = &ex->quants[q];
        if (qu->end > s->end || (subject && qu->tok_start >= s->tok_start + 5))
            continue;
        size_t k = qu->tok_end;
        while (k < s->tok_end && k < qu->tok_end + 3 && doc->toks[k].kind != VG_TOK_PUNCT &&
               !vg_tok_in(&doc->toks[k], &size_units))
            k++;
        int dup = 0;
        for (uint32_t j = 0; j < t->ncapability && !dup; j++)
            dup = t->capability[j].start == qu->start;
        if (k < s->tok_end && vg_tok_in(&doc->toks[k], subject ? &attacker_units : &size_units) && !dup) {
            if (vg_extract_push(doc, (void **)&t->capability, &t->ncapability, qu, sizeof *qu) != VIGIL_OK)
                return -1;
            n++;
        }
    }
    return n;
}

static vg_wordlist base_words = VG_WORDLIST("based", "trained", "hiding", "operating", "headquartered",
                                            "active", "sheltering");

/* Whether the place mentioned at mn may be where sentence s's threat is
 * (not an origin, a past attack, a border, where the speaker is). */
static vg_wordlist trip_words = VG_WORDLIST("travel", "travelling", "traveling", "trips", "trip", "journeys");
static vg_wordlist dealing_words = VG_WORDLIST("business", "dealing", "deal", "deals", "trading", "trade",
                                               "cooperating", "collaborating", "working", "ties", "links");
static vg_wordlist where_words = VG_WORDLIST("in", "at", "near", "on", "off", "across", "around", "inside",
                                             "outside", "along");

static int threatened_place(const threat_ctx *c, const vg_sent *s, const vg_mention *mn)
{
    const vg_doc *doc = c->doc;
    if (mn->tok_start > s->tok_start) {
        const vg_token *p = &doc->toks[mn->tok_start - 1];
        /* (not "travel to Burkina Faso": an advisory's country) */
        int trip = vg_tok_is(p, "to") && mn->tok_start >= s->tok_start + 2 &&
                   vg_tok_in(&doc->toks[mn->tok_start - 2], &trip_words);
        if ((vg_tok_is(p, "from") || vg_tok_is(p, "to") || vg_tok_is(p, "into") ||
             vg_tok_is(p, "than") || vg_tok_is(p, "recent")) &&
            !spreads_to(doc, s, mn->tok_start - 1) && !trip)
            return 0; /* origin, or a past attack it is compared with */
        /* "companies doing business with Kenya", "firms dealing with the
         * ports of occupied Palestine": whom the target deals with, in the
         * phrase after "with" (not "ships trading with Israel in the Red
         * Sea": a place word or a comma ends that phrase) */
        for (size_t j = mn->tok_start; j > s->tok_start + 1 && mn->tok_start - j < 5; j--) {
            const vg_token *t = &doc->toks[j - 1];
            if (vg_tok_is(t, "with") && vg_tok_in(&doc->toks[j - 2], &dealing_words))
                return 0;
            if (t->kind != VG_TOK_WORD || vg_tok_in(t, &where_words))
                break;
        }
    }
    if (mn->tok_end < s->tok_end && vg_tok_is(&doc->toks[mn->tok_end], "attack"))
        return 0; /* "similar to recent Orlando attack" */
    if (names_border(c, mn->tok_end, s->tok_end))
        return 0; /* "is tightened Turkish/Syria border": where, not what is threatened */
    /* "A security official in Cairo said": where the speaker is */
    return !vg_extract_holds_statement(doc, mn->tok_end, s->tok_end);
}

static vg_wordlist past_marks = VG_WORDLIST("after", "following", "since", "as", "earlier", "ago", "last",
                                           "which", "who", "that", "when", "where", "did", "was", "were");

/* Whether the time at token k is the threat's own: after
 * its word tw, with no past verb, incident word, cue, relative clause or
 * word of sequence between ("could attack markets on Wednesday"; not
 * "could attack markets, after a bombing on Sunday", "the army warned in
 * a briefing on Sunday", "will investigate why gunmen attacked a school on
 * Monday"). */
static int plain_ahead(const threat_ctx *c, long tw, size_t k)
{
    const vg_doc *doc = c->doc;
    if (tw < 0 || (size_t)tw >= k || vg_tok_past(&doc->toks[tw]))
        return 0;
    for (size_t j = (size_t)tw + 1; j < k; j++) {
        const vg_token *t = &doc->toks[j];
        if (vg_tok_past(t) || vg_tok_in(t, &past_marks) || vg_extract_hit(doc, j, VG_LK_CUE) ||
            vg_extract_hit(doc, j, VG_LK_TRIGGER))
            return 0;
    }
    return 1;
}

/* Whether a longer weapon's words cover tokens [a, b) ("car" in "a car
 * bomb"; not "car" alone, which names a car rammed or hit alike). */
static int in_weapon(const vg_doc *doc, size_t a, size_t b)
{
    for (size_t k = a >= 3 ? a - 3 : 0; k <= a; k++) {
        const vg_lex_hit *w = vg_extract_hit(doc, k, VG_LK_WEAPON);
        if (w && k + w->ntok >= b && w->ntok > b - a)
            return 1;
    }
    return 0;
}

/* Reads sentence s (index si, threat word tw) into threat t. */
static int read_threat(threat_ctx *c, vg_threat *t, const vg_sent *s, size_t si, long tw, int band,
                       int formal)
{
    vg_doc *doc = c->doc;
    vg_extract *ex = c->ex;
    int rc = VIGIL_OK;
    if (t->actor < 0)
        t->actor = group_in(c, s->tok_start, s->tok_end, 0);
    /* the country of a place named outside the holder phrase, if any */
    const char *outside = NULL;
    for (size_t m = vg_extract_first_mention(doc, s->tok_start);
         m < ex->nmentions && ex->mentions[m].tok_start < s->tok_end && !outside; m++) {
        const vg_mention *mn = &ex->mentions[m];
        const vg_entity *e = &ex->ents[mn->entity];
        if (e->type == VG_ENT_PLACE && e->cc[0] && threatened_place(c, s, mn) &&
            !vg_extract_in_holder(doc, (uint32_t)si, mn->start, mn->end) &&
            !(mn->tok_start >= s->tok_start + 2 && vg_tok_in(&doc->toks[mn->tok_start - 2], &border_words)))
            outside = e->cc;
    }
    /* the dateline's place says where the reporter is: the threat's only
     * when the sentence names no other ("LONDON, 3 March - ... attack
     * churches in Lagos") */
    int32_t dateline = -1;
    uint32_t nbefore = t->nplaces, based = 0;
    for (size_t m = vg_extract_first_mention(doc, s->tok_start);
         m < ex->nmentions && ex->mentions[m].tok_start < s->tok_end && rc == VIGIL_OK; m++) {
        const vg_mention *mn = &ex->mentions[m];
        const vg_entity *e = &ex->ents[mn->entity];
        if ((e->type != VG_ENT_PLACE && e->type != VG_ENT_FACILITY) || !threatened_place(c, s, mn))
            continue;
        if ((int32_t)mn->entity == ex->dateline_place && mn->tok_end <= ex->dateline_end) {
            dateline = (int32_t)mn->entity;
            continue;
        }
        /* "Militants trained in Somalia", "based in": the actor's base,
         * which leaves the dateline's place in */
        if (mn->tok_start >= s->tok_start + 2 && vg_tok_is(&doc->toks[mn->tok_start - 1], "in") &&
            vg_tok_in(&doc->toks[mn->tok_start - 2], &base_words))
            based++;
        /* "A consultant in Bogota, who asked not to be named, said", "The
         * United States and British embassies warned that further attacks
         * in Nairobi are possible": the speaker's place or country (but
         * "Niger's interior ministry said ... Niamey" is the threatened
         * country's) */
        if (vg_extract_in_holder(doc, (uint32_t)si, mn->start, mn->end) &&
            ((mn->tok_start > s->tok_start && vg_tok_is(&doc->toks[mn->tok_start - 1], "in")) ||
             (outside && strcmp(outside, e->cc) != 0)))
            continue;
        if (!has_ent(t->places, t->nplaces, (int32_t)mn->entity))
            rc = vg_extract_push(doc, (void **)&t->places, &t->nplaces, &mn->entity, sizeof(int32_t));
    }
    if (rc == VIGIL_OK && dateline >= 0 && t->nplaces - nbefore <= based && !has_ent(t->places, t->nplaces, dateline))
        rc = vg_extract_push(doc, (void **)&t->places, &t->nplaces, &dateline, sizeof dateline);
    /* "strike hotels ... in the capital": the document's capital city */
    for (size_t k = s->tok_start + 1; k < s->tok_end && rc == VIGIL_OK; k++) {
        if (!vg_tok_is(&doc->toks[k], "capital") || doc->toks[k - 1].kind != VG_TOK_WORD)
            continue;
        int32_t cap = capital_named(c);
        if (cap >= 0 && !has_ent(t->places, t->nplaces, cap))
            rc = vg_extract_push(doc, (void **)&t->places, &t->nplaces, &cap, sizeof cap);
        break;
    }
    /* the sentence's first mention, for the loop below (the mentions do
     * not change in it) */
    size_t first_mention = vg_extract_first_mention(doc, s->tok_start);
    const uint16_t *kinds = hit_kinds(doc);
    for (size_t k = s->tok_start; k < s->tok_end && rc == VIGIL_OK; k++) {
        /* most tokens: no target, nor "tourism"/"tourist" (the test at the
         * end), so nothing below */
        if (!(kinds && (kinds[k] & (1u << VG_LK_TARGET))) && !vg_tok_is(&doc->toks[k], "tourism") &&
            !vg_tok_is(&doc->toks[k], "tourist"))
            continue;
        const vg_lex_hit *h = vg_extract_hit(doc, k, VG_LK_TARGET);
        /* "airport attackers", "bigger attacks than Istanbul airport attack":
         * not what is threatened (asked only of a target) */
        int compared = 0;
        for (size_t j = k; h && j > s->tok_start && k - j < 4; j--)
            compared |= vg_tok_is(&doc->toks[j - 1], "than");
        if (h && (compared || (k + h->ntok < s->tok_end && vg_tok_in(&doc->toks[k + h->ntok], &size_units))))
            h = NULL;
        if (h && vg_extract_holds_statement(doc, k + h->ntok, s->tok_end))
            h = NULL; /* "European officials fear ...", "two Dutch officials told AFP" */
        /* "the people", "persons unknown": people in general, no kind */
        if (h && vg_lex_target(c->lx, h->rec)->human && (vg_lex_target(c->lx, h->rec)->flags & VG_TGF_GENERIC))
            h = NULL;
        /* "We judge that ...": the verb of a cue, not a judge ("the
         * project site" stays a target) */
        if (h && h->ntok == 1 && k > s->tok_start && vg_extract_hit(doc, k, VG_LK_CUE) &&
            (vg_tok_in(&doc->toks[k - 1], &judging_pronouns) ||
             (k + 1 < s->tok_end && (vg_tok_is(&doc->toks[k + 1], "it") || vg_tok_is(&doc->toks[k + 1], "that")))))
            h = NULL; /* ... "CISA judges it likely that" */
        if (h && vg_extract_in_holder(doc, (uint32_t)si, doc->toks[k].start, doc->toks[k + h->ntok - 1].end))
            h = NULL; /* "According to the ministry, ...": who holds it */
        /* "a lone actor using vehicle ramming or bladed weapons": the means,
         * not what is threatened; "preparing a car bomb": a weapon's word;
         * "ram a truck into crowds": what is driven into them */
        if (h && ((k + h->ntok < s->tok_end && vg_tok_in(&doc->toks[k + h->ntok], &method_words)) ||
                  (k > s->tok_start && vg_tok_is(&doc->toks[k - 1], "using")) ||
                  in_weapon(doc, k, k + h->ntok) ||
                  (k + h->ntok < s->tok_end && vg_tok_is(&doc->toks[k + h->ntok], "into") &&
                   (vg_extract_hit(doc, k, VG_LK_WEAPON) || !strcmp(vg_lex_target(c->lx, h->rec)->kind, "vehicle")))))
            h = NULL;
        /* "urged transport companies to travel only under escort": who is
         * advised, not what is threatened */
        if (h && k + h->ntok < s->tok_end && vg_tok_is(&doc->toks[k + h->ntok], "to")) {
            for (size_t j = k; j > s->tok_start && k - j < 3; j--)
                if (vg_tok_in(&doc->toks[j - 1], &advise_verbs))
                    h = NULL;
        }
        /* "the United Nations Organization Stabilization Mission in the
         * Democratic Republic of the Congo": a word inside a long name of
         * an organisation ("officials", "the US Embassy" stay targets) */
        /* the mention that ends at k (its owner's name) or is the first
         * after it (the name around it) */
        size_t before = first_mention;
        while (h && before < ex->nmentions && ex->mentions[before].tok_end < k)
            before++;
        if (h) {
            size_t m = before < ex->nmentions && ex->mentions[before].tok_end == k ? before + 1 : before;
            /* (and an ambiguous word closing a name: "the African Union") */
            if (m < ex->nmentions && ex->mentions[m].tok_start < k && ex->mentions[m].tok_end >= k + h->ntok &&
                (ex->mentions[m].tok_end - ex->mentions[m].tok_start >= 4 ||
                 (vg_lex_target(c->lx, h->rec)->flags & VG_TGF_AMBIGUOUS)) &&
                ex->ents[ex->mentions[m].entity].type != VG_ENT_FACILITY &&
                ex->ents[ex->mentions[m].entity].type != VG_ENT_PLACE)
                h = NULL;
        }
        if (h) {
            const vg_target *tg = vg_lex_target(c->lx, h->rec);
            if (!has_kind(t->target_types, t->ntarget_types, tg->kind))
                rc = vg_extract_push(doc, (void **)&t->target_types, &t->ntarget_types, &tg->kind,
                          sizeof tg->kind);
            vg_span sp = {doc->toks[k].start, doc->toks[k + h->ntok - 1].end};
            /* "African Union bases", "the air force headquarters": whose,
             * the name right before */
            size_t m = before;
            if (m < ex->nmentions && ex->mentions[m].tok_end == k && ex->mentions[m].tok_start >= s->tok_start &&
                ex->ents[ex->mentions[m].entity].type != VG_ENT_PLACE) {
                size_t ms = ex->mentions[m].tok_start; /* past its article: "the air force" */
                if (ms + 1 < k && vg_tok_is(&doc->toks[ms], "the"))
                    ms++;
                sp.start = doc->toks[ms].start;
            }
            if (rc == VIGIL_OK && !has_target(doc, t->targets, t->ntargets, sp))
                rc = vg_extract_push(doc, (void **)&t->targets, &t->ntargets, &sp, sizeof sp);
            k += h->ntok - 1; /* "natural gas site", not also "gas site" */
        }
        if (rc == VIGIL_OK && (vg_tok_is(&doc->toks[k], "tourism") || vg_tok_is(&doc->toks[k], "tourist")) &&
            !has_kind(t->target_types, t->ntarget_types, "tourist_site")) {
            static const char *const tourist = "tourist_site";
            rc = vg_extract_push(doc, (void **)&t->target_types, &t->ntarget_types, &tourist, sizeof tourist);
        }
    }
    if (rc == VIGIL_OK && read_size(c, t, s, 0) < 0)
        rc = oom(doc);
    /* a window, or a point, that lies ahead of the document ("in 2026" in
     * a report of January 2026 still does, to its end); else a bare
     * weekday of the past week after the threat's word, which in a threat
     * is the next one ("could attack markets on Wednesday"; not "the army
     * said on Monday", "detained 14 people on Friday ... suspects planning
     * an attack", nor the day of publication) */
    for (int shift = 0; shift < 2 && rc == VIGIL_OK && !t->has_window; shift++) {
        for (size_t k = vg_extract_first_time(doc, s->start); k < ex->ntimes && ex->times[k].start < s->end; k++) {
            vg_timeref tr = ex->times[k];
            long pub = vg_date_valid(ex->anchor) && ex->anchor.prec == VG_DATE_DAY ? vg_date_to_days(ex->anchor) : -1;
            long first = tr.is_window && vg_date_valid(tr.to) ? vg_date_to_days(tr.to)
                         : vg_date_valid(tr.value) ? vg_date_to_days(tr.value) : -1;
            long to = tr.is_window && vg_date_valid(tr.to) ? last_day(tr.to)
                      : vg_date_valid(tr.value) ? last_day(tr.value) : -1;
            /* without a publication date only a window says "ahead": a bare
             * weekday ("said on Tuesday") is most often the report's own day */
            int ahead = pub < 0 ? tr.is_window : first > pub;
            /* a year or month that holds the publication date, or a
             * weekday just past, only in the threat's own clause after its
             * word ("could attack Nairobi in 2025"; not "after it killed 30
             * people in June") */
            if (!ahead && pub >= 0 && to >= pub && !shift)
                ahead = tr.value.prec != VG_DATE_DAY && plain_ahead(c, tw, tr.tok_start);
            if (shift) {
                if (pub < 0 || tr.is_window || tr.value.prec != VG_DATE_DAY || to >= pub || pub - to >= 7 ||
                    tr.tok_end <= tr.tok_start || tr.tok_end - tr.tok_start > 2 ||
                    !vg_tok_in(&doc->toks[tr.tok_end - 1], &weekdays) || !plain_ahead(c, tw, tr.tok_start))
                    continue;
                tr.value = vg_date_add_days(tr.value, 7);
                ahead = 1;
            }
            if (tr.start >= s->start && tr.end <= s->end && ahead) {
                /* "in December": the month's days are the window's bounds,
                 * which a threat board filters on */
                if (!tr.is_window && (tr.value.prec == VG_DATE_MONTH || tr.value.prec == VG_DATE_YEAR) &&
                    vg_date_valid(tr.value)) {
                    tr.from = vg_date_from_days(first);
                    tr.to = vg_date_from_days(to);
                    tr.is_window = 1;
                }
                t->window = tr;
                t->has_window = 1;
                break;
            }
        }
    }
    for (size_t k = vg_extract_first_claim(doc, (uint32_t)si);
         k < ex->nclaims && ex->claims[k].sent == si && t->claim < 0; k++)
        t->claim = (int32_t)k;
    if (t->formal < 0)
        t->formal = (int8_t)formal;
    if (t->formal >= 0) /* a judgement in ICD 203 words is not hedged again */
        t->likelihood = t->formal;
    else if (band >= 0 && (t->likelihood < 0 || band < t->likelihood))
        t->likelihood = (int8_t)band;
    vg_span ev = {s->start, s->end};
    if (rc == VIGIL_OK)
        rc = vg_extract_push(doc, (void **)&t->evidence, &t->nevidence, &ev, sizeof ev);
    return rc;
}

/* A threat that says only who, where and perhaps when: no target or size. */
static int bare(const vg_threat *t)
{
    return !t->ntargets && !t->ntarget_types && !t->ncapability;
}

/* b's places are among a's; a threat without places fits only another. */
static int places_within(const vg_threat *b, const vg_threat *a)
{
    if (!b->nplaces)
        return !a->nplaces;
    for (uint32_t k = 0; k < b->nplaces; k++)
        if (!has_ent(a->places, a->nplaces, b->places[k]))
            return 0;
    return 1;
}

/* Appends b's evidence to a's, in text order, and b's targets and sizes;
 * a keeps its likelihood and claim (b's when a has none), and takes b's
 * window when it has none. */
static int absorb(vg_doc *doc, vg_threat *a, const vg_threat *b)
{
    for (uint32_t k = 0; k < b->nevidence; k++) {
        if (has_span(a->evidence, a->nevidence, b->evidence[k]))
            continue;
        int rc = vg_extract_push(doc, (void **)&a->evidence, &a->nevidence, &b->evidence[k],
                                 sizeof b->evidence[k]);
        if (rc != VIGIL_OK)
            return rc;
        for (uint32_t j = a->nevidence - 1; j > 0 && a->evidence[j - 1].start > a->evidence[j].start; j--) {
            vg_span tmp = a->evidence[j];
            a->evidence[j] = a->evidence[j - 1];
            a->evidence[j - 1] = tmp;
        }
    }
    for (uint32_t k = 0; k < b->ntarget_types; k++)
        if (!has_kind(a->target_types, a->ntarget_types, b->target_types[k])) {
            int rc = vg_extract_push(doc, (void **)&a->target_types, &a->ntarget_types,
                                     &b->target_types[k], sizeof b->target_types[k]);
            if (rc != VIGIL_OK)
                return rc;
        }
    for (uint32_t k = 0; k < b->ntargets; k++)
        if (!has_target(doc, a->targets, a->ntargets, b->targets[k])) {
            int rc = vg_extract_push(doc, (void **)&a->targets, &a->ntargets, &b->targets[k],
                                     sizeof b->targets[k]);
            if (rc != VIGIL_OK)
                return rc;
        }
    for (uint32_t k = 0; k < b->ncapability; k++) {
        int rc = vg_extract_push(doc, (void **)&a->capability, &a->ncapability, &b->capability[k],
                                 sizeof b->capability[k]);
        if (rc != VIGIL_OK)
            return rc;
    }
    if (a->likelihood < 0)
        a->likelihood = b->likelihood;
    if (a->formal < 0)
        a->formal = b->formal;
    if (a->claim < 0)
        a->claim = b->claim;
    if (!a->has_window && b->has_window) {
        a->window = b->window;
        a->has_window = 1;
    }
    return VIGIL_OK;
}

/* A judgement in ICD 203 words and a different likelihood are two
 * threats ("very likely" to attack the town, "unlikely" to assault the
 * site itself; "are likely to step up attacks on the pipeline" and "may
 * also try to kidnap oil workers"); likelihoods read only from modals or
 * cues ("believed", "may") are not that precise and join. */
static int distinct_judgement(const vg_threat *a, const vg_threat *b)
{
    int la = a->formal >= 0 ? a->formal : a->likelihood;
    int lb = b->formal >= 0 ? b->formal : b->likelihood;
    return (a->formal >= 0 || b->formal >= 0) && la >= 0 && lb >= 0 && la != lb;
}

/* One threat per distinct picture: a bare threat ("ISIS may strike Turkey
 * again", seed) joins the threat of the same actor that names the same
 * places (or more) with targets or size; bare threats left with
 * the same actor and places become one. The seed's headline and its later
 * generic sentences thus join "attacks on soft targets in Turkey in coming
 * days or weeks". */
static int consolidate(vg_doc *doc, vg_extract *ex)
{
    size_t n = ex->nthreats;
    unsigned char *gone = vg_arena_calloc(&doc->arena, n ? n : 1, 1);
    if (!gone)
        return oom(doc);
    for (size_t b = 0; b < n; b++) {
        const vg_threat *tb = &ex->threats[b];
        if (tb->actor >= 0 && !tb->nplaces && tb->ntarget_types) {
            /* "a cell ... may be planning to strike hotels or beaches": where
             * is unsaid; the actor's threat to the same kinds of target
             * elsewhere in the report says it */
            size_t into = n;
            for (size_t a = 0; a < n && into == n; a++) {
                const vg_threat *ta = &ex->threats[a];
                if (a == b || gone[a] || ta->actor != tb->actor || !ta->nplaces ||
                    distinct_judgement(ta, tb))
                    continue;
                for (uint32_t k = 0; k < tb->ntarget_types && into == n; k++)
                    if (has_kind(ta->target_types, ta->ntarget_types, tb->target_types[k]))
                        into = a;
            }
            if (into < n) {
                int rc = absorb(doc, &ex->threats[into], tb);
                if (rc != VIGIL_OK)
                    return rc;
                gone[b] = 1;
                continue;
            }
        }
        /* "Our laws were written for a different threat", "the next attack
         * is a question of when, not if": no one, nothing and nowhere */
        if (bare(tb) && tb->actor < 0 && !tb->nplaces && !tb->has_window) {
            gone[b] = 1;
            continue;
        }
        if (!bare(tb) || tb->actor < 0)
            continue;
        size_t best = n;
        for (size_t a = 0; a < n; a++) {
            const vg_threat *ta = &ex->threats[a];
            if (a == b || gone[a] || ta->actor != tb->actor || !places_within(tb, ta) ||
                distinct_judgement(ta, tb))
                continue;
            /* a richer threat first; among bare ones, the earliest */
            if (bare(ta) && (a > b || tb->nplaces != ta->nplaces))
                continue;
            int exact = ta->nplaces == tb->nplaces;
            if (best == n || (exact && ex->threats[best].nplaces != tb->nplaces) ||
                (!bare(ta) && bare(&ex->threats[best])))
                best = a;
        }
        if (best == n)
            continue;
        int rc = absorb(doc, &ex->threats[best], tb);
        if (rc != VIGIL_OK)
            return rc;
        gone[b] = 1;
    }
    size_t w = 0;
    for (size_t k = 0; k < n; k++)
        if (!gone[k])
            ex->threats[w++] = ex->threats[k];
    ex->nthreats = w;
    return VIGIL_OK;
}

/* "Police have not found any evidence that the network was planning an
 * attack", "we do not believe that they will strike": the sentence's
 * holder denies the plan, so it states no threat. */
static int disowned(const vg_doc *doc, size_t si)
{
    const vg_extract *ex = doc->ex;
    for (size_t k = vg_extract_first_claim(doc, (uint32_t)si); k < ex->nclaims && ex->claims[k].sent == si;
         k++)
        if (ex->claims[k].cue_negated && ex->claims[k].negative)
            return 1;
    return 0;
}

/* Where the reading of a document stands: the paragraph, the last
 * threat sentence and its paragraph, the paragraph's last named group. */
typedef struct threat_walk {
    uint32_t cur_para, last_para;
    size_t last_sent;
    int32_t para_group;
} threat_walk;

static vg_wordlist doer_nouns = VG_WORDLIST("elements", "criminals", "gunmen", "bandits", "bandit", "individuals",
                                           "terrorists", "extremists", "attackers", "kidnappers", "pirates",
                                           "gangs", "lone", "sympathisers", "sympathizers", "hackers",
                                           "hacktivists", "hacktivist", "cybercriminals");

/* Whether the words [a, b) up to the attack word name their own doers
 * ("lawless elements may attempt similar attacks", "Hackers are likely to
 * attack"), or a national threat
 * level, which names none ("the national threat level ... is
 * substantial, meaning an attack is likely"): not the document's main
 * group, which may be named only to be ruled out. */
static int own_doers(const vg_doc *doc, size_t a, size_t b)
{
    int own = 0;
    for (size_t k = a; k < b; k++) {
        if (vg_tok_is(&doc->toks[k], "group") || vg_tok_is(&doc->toks[k], "group's"))
            return 0; /* "individuals linked to the group" */
        own |= vg_tok_in(&doc->toks[k], &doer_nouns) ||
               (vg_tok_is(&doc->toks[k], "threat") && k + 1 < b && vg_tok_is(&doc->toks[k + 1], "level"));
    }
    return own;
}

static vg_wordlist back_words = VG_WORDLIST("group", "group's", "its", "their", "they", "them", "it");

/* Whether sentence s points back at a doer named before: "the group",
 * "its fighters", "they". */
static int sentence_refers_back(const vg_doc *doc, const vg_sent *s)
{
    for (size_t k = s->tok_start; k < s->tok_end; k++)
        if (vg_tok_in(&doc->toks[k], &back_words))
            return 1;
    return 0;
}

static vg_wordlist part_words = VG_WORDLIST("responsibility", "involvement", "role", "part", "behind", "blame",
                                            "carrying", "link", "links");

/* Whether armed group g denied a part in what the document tells ("The
 * RSF denied responsibility"). */
static int group_denied(const threat_ctx *c, int32_t g)
{
    for (size_t k = 0; g >= 0 && k < c->ex->nclaims; k++) {
        const vg_claim *cl = &c->ex->claims[k];
        if (cl->holder != g || !cl->negative || !cl->cue || strcmp(cl->cue, "deny") != 0)
            continue;
        /* (its part in the act: not "denied that it had targeted
         * civilians", "denied its commander had been killed") */
        const vg_sent *s = &c->doc->sents[cl->sent];
        for (size_t j = s->tok_start; j < s->tok_end; j++)
            if (vg_tok_in(&c->doc->toks[j], &part_words))
                return 1;
    }
    return 0;
}

/* Whether clause s opens with its attack word tw, a kidnapping or a
 * hijacking, and names a place that the previous threat does not: a kind
 * of activity somewhere else, whose doers are unsaid ("ISWAP is likely to
 * continue attacks on military positions in Borno. Kidnapping for ransom
 * in Zamfara is almost certain to continue": not ISWAP's); but "Further
 * attacks in Yobe are likely", "Kidnappings in Yobe are also likely",
 * "Attacks are likely to continue" go on with the group. */
static int other_activity(const threat_ctx *c, const vg_sent *s, size_t tw)
{
    const vg_doc *doc = c->doc;
    const vg_extract *ex = c->ex;
    size_t first = s->tok_start;
    while (first < tw && doc->toks[first].kind != VG_TOK_WORD)
        first++; /* a bullet */
    if (first != tw || !ex->nthreats)
        return 0;
    /* a crime for gain ("Kidnapping for ransom", "Piracy"), not more of
     * the group's attacks ("Attacks in Yobe State are likely to follow as
     * the group expands its reach", "Bombings in Segou are likely") */
    const vg_lex_hit *h = vg_extract_hit(doc, tw, VG_LK_TRIGGER);
    int type = h ? vg_lex_trigger(c->lx, h->rec)->type : -1;
    if (type != VG_INC_KIDNAPPING && type != VG_INC_HIJACKING)
        return 0;
    for (size_t k = tw; k < s->tok_end; k++)
        if (vg_tok_is(&doc->toks[k], "also") || vg_tok_is(&doc->toks[k], "too") || vg_tok_is(&doc->toks[k], "its") ||
            vg_tok_is(&doc->toks[k], "their") ||
            (vg_tok_is(&doc->toks[k], "group") && k > tw && vg_tok_is(&doc->toks[k - 1], "the")))
            return 0;
    const vg_threat *prev = &ex->threats[ex->nthreats - 1];
    for (size_t m = vg_extract_first_mention(doc, s->tok_start);
         m < ex->nmentions && ex->mentions[m].tok_start < s->tok_end; m++) {
        const vg_mention *mn = &ex->mentions[m];
        if (ex->ents[mn->entity].type == VG_ENT_PLACE && prev->nplaces &&
            !has_ent(prev->places, prev->nplaces, (int32_t)mn->entity))
            return 1;
    }
    return 0;
}

static vg_wordlist not_doers_before = VG_WORDLIST("from", "of", "against", "between", "by", "on", "with");
static vg_wordlist rank_nouns = VG_WORDLIST("commanders", "commander", "leaders", "leader", "chiefs", "members",
                                            "defectors", "officials", "families", "supporters");

/* The groups coordinated in the words before attack word tw of clause s
 * and ending at group last ("JNIM and the Islamic State Sahel Province
 * continue to ...", "ISWAP, Boko Haram or bandits"), in text order, into
 * out (at most max); their count. */
static size_t coordinated_groups(const threat_ctx *c, const vg_sent *s, size_t tw, int32_t last, int32_t *out,
                                 size_t max)
{
    const vg_doc *doc = c->doc;
    const vg_extract *ex = c->ex;
    size_t n = 0, prev_end = 0;
    int last_conj = 0;
    for (size_t m = vg_extract_first_mention(doc, s->tok_start);
         m < ex->nmentions && ex->mentions[m].tok_start < tw; m++) {
        const vg_mention *mn = &ex->mentions[m];
        if (ex->ents[mn->entity].type != VG_ENT_ARMED_GROUP ||
            vg_incident_victims_group(doc, s->tok_start, mn->tok_start, mn->tok_end, s->tok_end))
            continue;
        int joined = n > 0, conj = 0, comma = 0;
        for (size_t k = prev_end; joined && k < mn->tok_start; k++) {
            conj |= vg_tok_is(&doc->toks[k], "and") || vg_tok_is(&doc->toks[k], "or");
            comma |= vg_tok_is(&doc->toks[k], ",");
            joined = vg_tok_is(&doc->toks[k], "and") || vg_tok_is(&doc->toks[k], "or") ||
                     vg_tok_is(&doc->toks[k], ",") || vg_tok_is(&doc->toks[k], "the");
        }
        /* (not "the Somali militant group al-Shabaab": one group named twice) */
        if (!joined || !(conj || comma))
            n = 0;
        last_conj = conj;
        /* (not "Defectors from Boko Haram and ISWAP", "against JNIM and
         * ISSP": others' doers, or the threatened) */
        if (!n && mn->tok_start > s->tok_start && vg_tok_in(&doc->toks[mn->tok_start - 1], &not_doers_before))
            continue;
        prev_end = mn->tok_end;
        if (!has_ent(out, (uint32_t)n, (int32_t)mn->entity))
            out[n < max ? n++ : max - 1] = (int32_t)mn->entity; /* a long list keeps its last */
    }
    /* the last one joined by "and" or "or" ("al-Shabaab, the Somali
     * group," is one); not "Hezbollah and Hamas commanders", who are
     * threatened */
    if (prev_end < tw && vg_tok_in(&doc->toks[prev_end], &rank_nouns))
        return 0;
    return n > 1 && last_conj && out[n - 1] == last ? n : 0;
}

/* The threat of actor for clause s (attack word tw, judged band and
 * formal): the paragraph's last one when it is the same actor's and
 * judged alike, else a new one. */
static int actor_threat(threat_ctx *c, threat_walk *w, const vg_sent *s, size_t si, long tw, int32_t actor,
                        int band, int formal)
{
    vg_doc *doc = c->doc;
    vg_extract *ex = c->ex;
    /* one threat per list item or paragraph and actor */
    vg_threat *t = NULL;
    if (ex->nthreats && w->last_para == s->para && ex->threats[ex->nthreats - 1].actor == actor) {
        t = &ex->threats[ex->nthreats - 1];
        vg_threat probe = {.likelihood = (int8_t)band, .formal = (int8_t)formal};
        if (distinct_judgement(t, &probe))
            t = NULL; /* "very unlikely in Pemba. Almost no chance abroad." */
    }
    w->last_para = s->para;
    if (!t && ex->nthreats >= VG_MAX_THREATS) {
        if (!(ex->limited & 4)) {
            ex->limited |= 4;
            vg_doc_diag(doc, 0, VIGIL_ELIMIT, (long long)s->start,
                        "more than %d threats: the rest are not kept", VG_MAX_THREATS);
        }
        return VIGIL_OK;
    }
    w->last_sent = si;
    if (!t) {
        int rc = vg_extract_grow(doc, (void **)&ex->threats, ex->nthreats, &ex->capthreats, sizeof *t);
        if (rc != VIGIL_OK)
            return rc;
        t = &ex->threats[ex->nthreats++];
        memset(t, 0, sizeof *t);
        t->actor = actor;
        t->likelihood = -1;
        t->formal = -1;
        t->claim = -1;
    }
    return read_threat(c, t, s, si, tw, band, formal);
}

/* Reads one sentence, or one clause of it (s spans the clause; si is the
 * sentence's index), into the threats. */
static int threat_clause(threat_ctx *c, threat_walk *w, const vg_sent *s, size_t si)
{
    vg_doc *doc = c->doc;
    vg_extract *ex = c->ex;
    int32_t g = group_in(c, s->tok_start, s->tok_end, 0);
    long tw = threat_word(c, s);
    if (tw < 0 || disowned(doc, si) || negated_plan(c, s, (size_t)tw)) {
        /* "... intends to kidnap foreigners in the coming days. A group
         * of up to ten armed men is believed to have travelled ...":
         * the count that is the subject of the paragraph's next
         * sentence sizes the threat */
        if (ex->nthreats && w->last_sent + 1 == si && w->last_para == s->para &&
            (g < 0 || g == ex->threats[ex->nthreats - 1].actor)) {
            vg_threat *t = &ex->threats[ex->nthreats - 1];
            int n = read_size(c, t, s, 1);
            vg_span ev = {s->start, s->end};
            if (n < 0 || (n > 0 && vg_extract_push(doc, (void **)&t->evidence, &t->nevidence, &ev,
                                                   sizeof ev) != VIGIL_OK))
                return oom(doc);
        }
        if (g >= 0)
            w->para_group = g;
        return VIGIL_OK;
    }
    /* "The Taliban, who seized power, ... analysts say IS-K is likely
     * to step up attacks": the group named last before the attack word */
    int32_t gb = group_in(c, s->tok_start, (size_t)tw, 1);
    /* (not the paragraph's group when the words name their own doers:
     * "Police attributed the bombing to the Abu Sayyaf Group. ... advice
     * states that terrorists are very likely to try to carry out attacks") */
    size_t own_end = (size_t)tw + 2 < s->tok_end ? (size_t)tw + 2 : s->tok_end;
    /* ("A mass-casualty terrorist attack in Metro Manila remains highly
     * unlikely": terrorism's, not the paragraph's insurgents'; but "The
     * group is likely to attempt a terrorist attack", "Its fighters ...
     * further terrorist attacks": the group again) */
    size_t at = (size_t)tw + (vg_tok_is(&doc->toks[tw], "terrorist") ? 1 : 0);
    int own = own_doers(doc, s->tok_start, own_end) ||
              (at > s->tok_start && at < s->tok_end && vg_tok_is(&doc->toks[at - 1], "terrorist") &&
               (vg_tok_is(&doc->toks[at], "attack") || vg_tok_is(&doc->toks[at], "attacks")) &&
               !sentence_refers_back(doc, s));
    int32_t actor = gb >= 0 ? gb : g >= 0 ? g : own ? -1 : w->para_group;
    /* the document's group, unless the words name their own (or the
     * group denied its part: "The RSF denied responsibility. ... further
     * attacks on aid convoys are possible") */
    if (actor < 0 && !own && !group_denied(c, c->main_group))
        actor = c->main_group;
    if (g < 0 && actor >= 0 && other_activity(c, s, (size_t)tw))
        actor = -1;
    if (vg_extract_table_row(doc, s) == VG_ROW_FORECAST)
        actor = g; /* a table's row names its own actor, or none */
    int formal;
    int band = sentence_band(c, s, si, &formal);
    if (g >= 0)
        w->para_group = g;
    /* "JNIM and the Islamic State Sahel Province continue to plan attacks":
     * a threat of each */
    int32_t co[8];
    size_t nco = actor == gb ? coordinated_groups(c, s, (size_t)tw, gb, co, 8) : 0;
    if (nco < 2) {
        co[0] = actor;
        nco = 1;
    }
    for (size_t k = 0; k < nco; k++) {
        int rc = actor_threat(c, w, s, si, tw, co[k], band, formal);
        if (rc != VIGIL_OK)
            return rc;
    }
    return VIGIL_OK;
}

/* The clauses of sentence s between semicolons, into cl (at most max);
 * their count. A sentence without one is its own clause. */
static size_t semicolon_clauses(const vg_doc *doc, const vg_sent *s, vg_sent *cl, size_t max)
{
    /* most sentences hold no ";": found by the bare walk below, without
     * the bookkeeping of clauses */
    size_t first = s->tok_start;
    while (first < s->tok_end && !vg_tok_is(&doc->toks[first], ";"))
        first++;
    if (first == s->tok_end) {
        cl[0] = *s;
        return 1;
    }
    size_t n = 0, from = s->tok_start;
    for (size_t k = first; k <= s->tok_end && n < max; k++) {
        if (k < s->tok_end && !vg_tok_is(&doc->toks[k], ";"))
            continue;
        if (k > from) {
            cl[n] = *s;
            cl[n].tok_start = (uint32_t)from;
            cl[n].tok_end = (uint32_t)k;
            cl[n].start = doc->toks[from].start;
            cl[n].end = doc->toks[k - 1].end;
            n++;
        }
        from = k + 1;
    }
    return n;
}

int vg_threat_run(const vg_lex *lx, vg_doc *doc)
{
    vg_extract *ex = doc->ex;
    threat_ctx c = {lx, doc, ex, most_named_group(doc, ex)};
    threat_walk w = {UINT32_MAX, UINT32_MAX, SIZE_MAX - 1, -1};
    for (size_t si = 0; si < doc->nsents; si++) {
        const vg_sent *s = &doc->sents[si];
        if (s->para != w.cur_para) {
            w.cur_para = s->para;
            w.para_group = -1;
        }
        /* "IS will highly likely sustain IED activity in Deir ez-Zor; a
         * mass-casualty attack in Damascus is unlikely": two judgements,
         * each clause read as a sentence of its own when two or more of
         * them state a threat, or one does and another judges something
         * else ("The ELN is unlikely to declare a ceasefire ...; further
         * drone attacks ... are highly likely"); a sentence of eight
         * clauses or more (a list) is read whole */
        vg_sent cl[8];
        /* ("ISWAP remains the principal threat in northern Borno; bandit
         * activity continues in Zamfara": a clause of other doers than the
         * group of the threat's clause) */
        size_t ncl = semicolon_clauses(doc, s, cl, 8), nthreat = 0, njudged = 0, nothers = 0;
        int32_t tg = -1;
        for (size_t k = 0; k < ncl && ncl > 1 && ncl < 8; k++) {
            int formal;
            if (threat_word(&c, &cl[k]) >= 0) {
                nthreat++;
                tg = group_in(&c, cl[k].tok_start, cl[k].tok_end, 0);
            } else if (sentence_band(&c, &cl[k], si, &formal), formal >= 0)
                njudged++;
            else if (own_doers(doc, cl[k].tok_start, cl[k].tok_end) &&
                     group_in(&c, cl[k].tok_start, cl[k].tok_end, 0) < 0)
                nothers++;
        }
        if (nthreat == 1 && tg >= 0)
            njudged += nothers;
        if (nthreat < 2 && !(nthreat == 1 && njudged)) {
            cl[0] = *s;
            ncl = 1;
        }
        for (size_t k = 0; k < ncl; k++) {
            int rc = threat_clause(&c, &w, &cl[k], si);
            if (rc != VIGIL_OK)
                return rc;
        }
    }
    return consolidate(doc, ex);
}
