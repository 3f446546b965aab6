/* claim.c: extraction stage, claims and attribution. Takes the sentences,
 * lexicon hits (cues, hedges, negation) and entity mentions, and produces
 * one claim per attributed statement: its holder (innermost source), the
 * chain outermost first (author <- intermediary <- holder), the cue lemma,
 * polarity, certainty, and the entities, quantities and times it is about.
 *
 * Frames (examples from the seed style of fixture blog-bullets):
 *   subject cue:    "USG sources believe that ISIS sent 5 different groups"
 *                   holder = the noun phrase left of the cue, up to a clause
 *                   boundary ("what", "that", ",", the sentence start);
 *   object cue:     "According to same source, US believes ..." / "acc to
 *                   USG sources": holder = the phrase after the cue;
 *   recipient:      "two U.S. defense sources told Berlin Reuters on June 29":
 *                   the outlet after the cue is the intermediary in the chain;
 *   apposition:     "A Taliban spokesman, Qari Abdul Samad, claimed", "the
 *                   Sinai affiliate, known as Wilayat Sinai, claimed": the
 *                   phrase with its apposition, the name holding it;
 *   nested cue:     "prosecutors said on Friday they believe ...": the inner
 *                   cue gives the cue and certainty; "X said that the
 *                   government believes ...": the government holds it, X
 *                   relays it (a source in the chain);
 *   passive:        "It's believed that ...", "X is believed to be", "The
 *                   attack was claimed": the subject does not hold it, no
 *                   holder of its own (it inherits the one before it in its
 *                   list item), unless an agent follows ("claimed on Sunday
 *                   by the ELN"); "No group claimed": no holder, negative;
 *   list:           a sentence whose cue can open a list ("Here what the
 *                   reliable source told me ...:") makes its holder (the
 *                   relay, when it has a nested cue) the intermediary of
 *                   every statement in the bullets after it;
 *                   a bullet sentence without a cue is still a claim, relayed.
 * Certainty is the cue's, lowered to possible by a modal hedge in the
 * statement ("may", "could") and from certain to probable by a word of
 * likelihood ("probably"), in the first of its complement clauses;
 * polarity is negative for a denial cue or a negator in the statement
 * ("is not Turkey emir", "none of ... caught").
 * Invariants: claims are in text order, one per sentence at most, and every
 * entity index they hold is valid. */
#include <string.h>

#include "extract/claim.h"
#include "text/num.h"

/* str_is(a, b) with the first bytes compared in line: a cue's lemma or
 * part of speech is asked against a word at a time, in every cue_rank, and
 * nearly all differ there, so the call is skipped. */
static inline int str_is(const char *a, const char *b)
{
    return a[0] == b[0] && strcmp(a, b) == 0;
}

#define HOLDER_MAX_TOKENS 10 /* a holder phrase longer than this is prose */
#define LIST_INTRO_BACK 3    /* sentences searched back from a list for its intro */

static vg_wordlist boundary_words = VG_WORDLIST("that", "what", "which", "who", "whom", "where", "when", "because", "since", "if", "while",
    "although", "though", "as", "so", "but", "here", "there", "then", "also");
static vg_wordlist persons3 = VG_WORDLIST("he", "she", "they");
static vg_wordlist pronouns = VG_WORDLIST("it", "they", "he", "she", "we", "i", "you", "this",
                                       "these", "those", "one", "some", "many", "others");
static vg_wordlist object_pronouns = VG_WORDLIST("me", "us", "him", "her", "them");
static vg_wordlist first_person = VG_WORDLIST("me", "us", "i", "we");
static vg_wordlist unchecked_words = VG_WORDLIST("unconfirmed", "unverified", "unsubstantiated", "uncorroborated");
static vg_wordlist be_words = VG_WORDLIST("is", "are", "was", "were", "be", "been", "being",
                                       "'s", "am");

typedef struct claimer {
    const vg_lex *lx;
    vg_doc *doc;
    vg_extract *ex;
    int transcript;          /* two paragraphs or more open on a speaker label */
    uint32_t label_para;     /* the paragraph label is for (UINT32_MAX: none yet) */
    vg_span label;           /* its speaker label, start == end when none */
    /* list context */
    int in_list;             /* the current sentence is in a relayed list */
    int list_bullets;        /* a bullet of that list was seen */
    uint32_t list_para;      /* the list's para number (bullet items differ) */
    vg_span list_source;     /* the intro's holder text, start == end when none */
    int32_t list_source_ent; /* its entity, or -1 */
    /* the last explicit holder in the current list item */
    uint32_t item_para;
    int32_t item_holder;
    vg_span item_holder_text;
    const char *item_cue;
    uint8_t item_certainty;
} claimer;

static int is_punct_tok(const vg_token *t) { return t->kind == VG_TOK_PUNCT || t->kind == VG_TOK_BULLET; }


static int is_quote(const vg_token *t) { return vg_tok_punct(t, '"'); }

static vg_wordlist speaker_titles = VG_WORDLIST("minister", "spokesman", "spokeswoman", "spokesperson",
    "president", "secretary", "general", "colonel", "commissioner", "chief", "director", "ambassador",
    "governor", "mayor", "prosecutor", "commander", "mr", "mrs", "ms", "dr", "premier", "chancellor",
    "senator", "sheriff", "inspector", "superintendent");

static int name_like(const vg_doc *doc, size_t a, size_t b, int saying);

/* "Yesh Din, an Israeli rights group, said": a name no lexicon knows,
 * [return, comma), alone between the clause's start (or a comma, or
 * "and") and the apposition's comma; else cue. */
static size_t unknown_apposed(const vg_doc *doc, size_t from, size_t comma, size_t cue)
{
    size_t p = comma;
    while (p > from && comma - p < 4 && doc->toks[p - 1].kind == VG_TOK_WORD &&
           (doc->toks[p - 1].flags & (VG_TF_CAP | VG_TF_ALLCAP)))
        p--;
    if (p == comma || (p > from && !vg_tok_punct(&doc->toks[p - 1], ',') && !vg_tok_is(&doc->toks[p - 1], "and")))
        return cue;
    /* one word only with a capital inside ("B'Tselem"), or in capitals,
     * or written so inside a sentence too: not "Then, a day later, said" */
    int inner = 0;
    if (comma - p == 1)
        for (uint32_t x = doc->toks[p].start + 1; x < doc->toks[p].end && !inner; x++)
            inner = doc->text[x] >= 'A' && doc->text[x] <= 'Z';
    return name_like(doc, p, comma, inner) ? p : cue;
}

/* The holder phrase left of token cue in [from, cue): returns its first
 * token, or cue when there is none. */
/* "Fadi Haddad, a senior army officer, said", "Yahya Rasool, spokesman
 * for the army, said", "Rita Katz, SITE's director, said", "Ahmed Ali,
 * 34, said": the person (or
 * group or body) before an apposition that ends at the cue's comma and
 * opens with an article or names a role in its first words, as [return,
 * cue); else cue. */
static size_t apposed_person(const vg_doc *doc, size_t from, size_t cue)
{
    if (cue < from + 4 || !vg_tok_punct(&doc->toks[cue - 1], ','))
        return cue;
    /* "Kurmin Masara, a farming community ..., said to be a flashpoint":
     * hearsay of it, as "Gunmen said to have links" (saying_verb) */
    if (cue + 2 < doc->ntoks && vg_tok_is(&doc->toks[cue + 1], "to") &&
        (vg_tok_is(&doc->toks[cue + 2], "be") || vg_tok_is(&doc->toks[cue + 2], "have")))
        return cue;
    size_t j = cue - 1;
    while (j > from && !is_punct_tok(&doc->toks[j - 1]) && cue - j < 10)
        j--;
    if (j <= from + 1 || !vg_tok_punct(&doc->toks[j - 1], ','))
        return cue;
    /* (not a telling of its own: "the government, the communique adds,
     * believes") */
    if (vg_extract_hit(doc, cue - 2, VG_LK_CUE))
        return cue;
    /* "Ahmed Ali, 34, said": an age */
    int role = vg_tok_is(&doc->toks[j], "a") || vg_tok_is(&doc->toks[j], "an") || vg_tok_is(&doc->toks[j], "the") ||
               (j + 2 == cue && doc->toks[j].kind == VG_TOK_NUM && doc->toks[j].normlen <= 3);
    for (size_t k = j; k < cue - 1 && k < j + 4 && !role; k++)
        role = vg_tok_in(&doc->toks[k], &speaker_titles);
    if (!role)
        return cue;
    /* (or a group or body: "The Jaime Martínez front, a dissident faction
     * of the FARC, claimed"; not a place: "Kabul, a city of four million") */
    int32_t e = vg_extract_entity_at(doc, j - 2);
    if (e < 0)
        return unknown_apposed(doc, from, j - 1, cue);
    if (doc->ex->ents[e].type == VG_ENT_PLACE || doc->ex->ents[e].type == VG_ENT_FACILITY)
        return cue;
    size_t p = j - 2;
    while (p > from && vg_extract_entity_at(doc, p - 1) == e)
        p--;
    /* titles before the name belong to it ("Brigadier General") */
    while (p > from && !is_punct_tok(&doc->toks[p - 1]) && (doc->toks[p - 1].flags & VG_TF_CAP) &&
           j - p < 8)
        p--;
    /* not a verb's object: "Gunmen shot dead Ahmed Shah, director of a
     * local charity, said a police spokesman" */
    for (size_t k = p; k > from && p - k < 2; k--)
        if (vg_tok_past(&doc->toks[k - 1]) || vg_tok_is(&doc->toks[k - 1], "dead"))
            return cue;
    return p;
}

static size_t holder_left(const vg_doc *doc, size_t from, size_t cue);

/* "A Taliban spokesman, Qari Abdul Samad, claimed", "Islamic State's Sinai
 * affiliate, known as Wilayat Sinai, claimed": a phrase and its
 * apposition (a name, or "known as" a name) closed by the cue's comma, as
 * [return, cue); else cue. */
/* A phrase of fewer than max words between two commas, the second right
 * before the cue: its first token, or 0 when there is none. */
static size_t comma_phrase(const vg_doc *doc, size_t from, size_t cue, size_t max)
{
    if (cue < from + 4 || !vg_tok_punct(&doc->toks[cue - 1], ','))
        return 0;
    size_t j = cue - 1;
    while (j > from && cue - j < max) {
        /* (a short form in brackets: "or Tehrik-e-Taliban Pakistan (TTP),") */
        size_t open = vg_extract_paren_open(doc, j - 1, from, 6);
        if (open != SIZE_MAX && open > from) {
            j = open;
            continue;
        }
        if (is_punct_tok(&doc->toks[j - 1]))
            break;
        j--;
    }
    if (j <= from + 1 || j + 1 >= cue || !vg_tok_punct(&doc->toks[j - 1], ','))
        return 0;
    return j;
}

static size_t apposed_name(const vg_doc *doc, size_t from, size_t cue)
{
    size_t j = comma_phrase(doc, from, cue, 8);
    if (!j)
        return cue;
    size_t n = j;
    if (vg_tok_is(&doc->toks[n], "known") && n + 1 < cue - 1 && vg_tok_is(&doc->toks[n + 1], "as"))
        n += 2;
    /* "The Pakistani Taliban, or Tehreek-e-Taliban Pakistan, claimed" */
    else if (vg_tok_is(&doc->toks[n], "or") && n + 1 < cue - 1)
        n++;
    /* "A Nigerian army spokesman, Colonel Babatunde Adeleke, said": a
     * title before the name */
    while (n + 2 < cue && n < j + 3 && vg_extract_entity_at(doc, n) < 0 && (doc->toks[n].flags & VG_TF_CAP) &&
           !(doc->toks[n].flags & VG_TF_ALLCAP) && doc->toks[n].kind == VG_TOK_WORD)
        n++;
    /* the apposition is one name: an entity's mention covers it, not a
     * place ("police in Kabul, Afghanistan, said") */
    /* ("Tehrik-e-Taliban Pakistan (TTP)": the name, its short form after
     * it) */
    size_t last = cue - 2;
    size_t open = vg_extract_paren_open(doc, last, n, 8);
    if (open != SIZE_MAX && open > n)
        last = open - 1;
    int32_t e = vg_extract_entity_at(doc, n);
    if (e < 0 || vg_extract_entity_at(doc, last) != e || doc->ex->ents[e].type == VG_ENT_PLACE)
        return cue;
    size_t a = holder_left(doc, from, j - 1);
    return a < j - 1 ? a : cue;
}

static vg_wordlist aside_auxiliaries = VG_WORDLIST("has", "have", "had", "is", "was", "are", "were");

/* "..., including women and children ..., said": part of the statement */
static vg_wordlist not_asides = VG_WORDLIST("including", "according", "killing", "wounding", "injuring",
                                            "leaving", "bringing", "raising");

/* "Two district officials in Kech, speaking to BCM on condition of
 * anonymity, said", "a senior official, who asked not to be named, said":
 * a participle or relative clause between commas right before the cue
 * (or its auxiliary: ", has claimed").
 * aside_at gives the comma that opens it (cue when there is none);
 * aside_before the holder read before it, as [return, cue), else cue. */
static size_t aside_at(const vg_doc *doc, size_t from, size_t cue)
{
    /* "Al-Shabaab, which also calls itself ..., has claimed": the verb's
     * auxiliary after the aside */
    size_t v = cue;
    if (v > from && vg_tok_in(&doc->toks[v - 1], &aside_auxiliaries))
        v--;
    size_t j = comma_phrase(doc, from, v, 20);
    if (!j)
        return cue;
    const vg_token *t = &doc->toks[j];
    /* "citing the Interior Ministry": a relay, read by the cue */
    int aside = vg_tok_is(t, "who") || vg_tok_is(t, "which") || vg_tok_is(t, "whose") ||
                (t->kind == VG_TOK_WORD && t->normlen > 5 && !memcmp(t->norm + t->normlen - 3, "ing", 3) &&
                 !vg_extract_hit(doc, j, VG_LK_CUE) && !vg_tok_in(t, &not_asides));
    /* "Residents of Kouakourou, in Mali's Mopti region, said": where the
     * one named before lies */
    if (!aside && (vg_tok_is(t, "in") || vg_tok_is(t, "near")) && j + 1 < v) {
        int32_t e = vg_extract_entity_at(doc, j + 1);
        aside = e >= 0 && doc->ex->ents[e].type == VG_ENT_PLACE;
    }
    /* ... "Police in Kabul, Afghanistan, said": the town's country, when
     * a place is named before it */
    if (!aside && j >= from + 2 && vg_extract_entity_at(doc, j - 2) >= 0 &&
        doc->ex->ents[vg_extract_entity_at(doc, j - 2)].type == VG_ENT_PLACE) {
        int32_t e = vg_extract_entity_at(doc, j);
        aside = e >= 0 && doc->ex->ents[e].type == VG_ENT_PLACE && vg_extract_entity_at(doc, v - 2) == e;
    }
    return aside ? j - 1 : cue;
}

static size_t aside_before(const vg_doc *doc, size_t from, size_t cue)
{
    size_t j = aside_at(doc, from, cue);
    if (j == cue)
        return cue;
    size_t a = holder_left(doc, from, j);
    return a < j ? a : cue;
}

static size_t holder_left(const vg_doc *doc, size_t from, size_t cue)
{
    size_t ap = aside_before(doc, from, cue);
    if (ap < cue)
        return ap;
    ap = apposed_person(doc, from, cue);
    if (ap < cue)
        return ap;
    ap = apposed_name(doc, from, cue);
    if (ap < cue)
        return ap;
    size_t k = cue;
    /* "X called for a ceasefire and warned": room for the first verb's
     * clause (holder_end cuts it off) */
    size_t max = cue > from && vg_tok_is(&doc->toks[cue - 1], "and") ? HOLDER_MAX_TOKENS + 6 : HOLDER_MAX_TOKENS;
    size_t aside = 0; /* tokens of a parenthetical aside passed, which do not
                       * count toward the phrase's length: "the Group for
                       * the Support of Islam and Muslims (JNIM) claimed" */
    while (k > from) {
        const vg_token *t = &doc->toks[k - 1];
        size_t open = vg_extract_paren_open(doc, k - 1, from, HOLDER_MAX_TOKENS);
        if (open != SIZE_MAX) {
            int word = 0; /* not a phone number's "(20)" */
            for (size_t j = open + 1; j + 1 < k; j++)
                word |= doc->toks[j].kind == VG_TOK_WORD;
            if (word) {
                aside += k - open;
                k = open;
                continue;
            }
        }
        /* "Belgian intelligence (the VSSE) is concerned": parentheses stay */
        /* a spaced dash ends a dateline: "ISTANBUL, March 5, 2024 - Police chief X said" */
        int dash = vg_tok_punct(t, '-') && (t->flags & VG_TF_SPACE);
        /* (not inside a name: "Daulah Islamiyah - Sulu claimed", "The
         * Kurdistan Workers' Party denied") */
        if (is_punct_tok(t) && !vg_tok_punct(t, ',') && vg_extract_entity_at(doc, k - 1) >= 0) {
            k--;
            continue;
        }
        if (is_punct_tok(t) && !vg_tok_punct(t, '.') && (dash || !vg_tok_punct(t, '-')) &&
            !vg_tok_punct(t, '(') && !vg_tok_punct(t, ')'))
            break;
        if (t->kind == VG_TOK_WORD && vg_tok_in(t, &boundary_words))
            break;
        if (cue - (k - 1) - aside > max)
            return cue;
        k--;
    }
    /* "Here what the reliable source": drop leading function words */
    while (k < cue && (vg_tok_is(&doc->toks[k], "and") || vg_tok_is(&doc->toks[k], "but") ||
                       vg_tok_is(&doc->toks[k], "so")))
        k++;
    /* "(US authorities believe X.)": a parenthesis that opens the
     * statement and is not closed before the cue is not the holder's */
    if (k < cue && vg_tok_punct(&doc->toks[k], '(')) {
        size_t j = k + 1;
        while (j < cue && !vg_tok_punct(&doc->toks[j], ')'))
            j++;
        if (j == cue)
            k++;
    }
    return k;
}

static vg_wordlist adverbs = VG_WORDLIST("still", "also", "now", "reportedly", "allegedly", "too",
                                          "currently", "already", "publicly", "privately",
                                          "firmly", "strongly", "really", "even", "earlier", "later",
                                          "again", "once", "previously", "repeatedly", "recently",
                                          "openly", "immediately", "swiftly", "quickly", "categorically",
                                          "vehemently", "flatly", "emphatically", "officially", "formally",
                                          "strenuously", "angrily", "sharply", "initially", "subsequently",
                                          "separately", "independently", "explicitly", "directly",
                                          "personally", "unequivocally", "adamantly", "forcefully", "bluntly",
                                          "briefly", "confidently", "cautiously", "anonymously", "falsely",
                                          "wrongly", "rightly", "widely", "generally", "frequently", "often",
                                          "usually", "consistently", "vigorously", "quietly", "loudly");

static vg_wordlist auxiliaries = VG_WORDLIST("have", "has", "had", "will", "would", "did", "does",
                                             "do", "had", "could", "may", "might", "not", "never");

static vg_wordlist cue_negators = VG_WORDLIST("not", "n't", "never", "no", "cannot", "can't", "didn't",
    "doesn't", "don't", "haven't", "hasn't", "isn't", "wasn't", "weren't", "aren't", "couldn't", "unable",
    "failed", "refused", "declined");
static vg_wordlist verb_group = VG_WORDLIST("do", "does", "did", "have", "has", "had", "is", "are", "was",
    "were", "be", "been", "being", "could", "would", "will", "can", "should", "may", "might", "yet",
    "ever", "so", "far", "also", "still", "any", "clear", "evidence");
/* "were (not) able to", "are unable to", "failed to" before a cue: the
 * words of the verb group, and the word before "to" */
static vg_wordlist ability_group = VG_WORDLIST("able", "to");
static vg_wordlist ability_words = VG_WORDLIST("unable", "able", "failed", "refused", "declined");

static vg_wordlist verb_objects = VG_WORDLIST("for", "on", "the", "a", "an", "to", "that", "in", "off", "up");

static vg_wordlist light_verbs = VG_WORDLIST("expressed", "expresses", "express", "voiced", "voices", "voice",
                                           "raised", "raises", "shared", "shares", "conveyed", "conveys");
static vg_wordlist degree_words = VG_WORDLIST("deep", "grave", "serious", "strong", "great", "growing",
                                            "particular", "its", "their", "his", "her", "our");

static vg_wordlist determiners = VG_WORDLIST("the", "a", "an", "these", "those", "this", "its", "their");
/* Words before a participle that make it an adjective ("Several armed
 * men", "Local elected officials"), not a subject before its verb. */
static vg_wordlist modifier_words = VG_WORDLIST("several", "many", "some", "few", "most", "all", "both", "other",
                                                "local", "two", "three", "four", "five", "newly", "heavily",
                                                "recently", "freshly", "suspected", "unidentified", "masked");

/* The end of the holder phrase [a, cue) without trailing adverbs
 * ("Turkish leadership still thinks"). */
static size_t holder_end(const vg_doc *doc, size_t a, size_t cue)
{
    /* "foreign sources have been speculating": the verb's own "been" */
    int progressive = cue < doc->ntoks && vg_tok_gerund(&doc->toks[cue]);
    /* "Governor X called for a ceasefire and warned": the subject ends at
     * its first verb */
    if (cue > a + 2 && vg_tok_is(&doc->toks[cue - 1], "and")) {
        /* a verb in the past with its object or preposition after it ("called
         * for", "urged the"), not an adjective ("The armed group") */
        for (size_t j = a + 1; j + 2 < cue; j++) {
            const vg_token *t = &doc->toks[j];
            /* ... or after its subject ("The police arrested two men",
             * "Warsame pledged allegiance"; "the armed men" is no verb) */
            const vg_token *pv = &doc->toks[j - 1];
            if ((t->flags & VG_TF_LOWER) && vg_tok_past(t) &&
                (vg_tok_in(&doc->toks[j + 1], &verb_objects) ||
                 (pv->kind == VG_TOK_WORD && !vg_tok_in(pv, &determiners) && !vg_tok_in(pv, &modifier_words) &&
                  !(pv->normlen > 3 && !memcmp(pv->norm + pv->normlen - 2, "ly", 2))))) {
                cue = j;
                break;
            }
        }
    }
    /* "The members of the Security Council expressed deep concern": the
     * subject ends before the verb that carries a noun cue */
    {
        size_t j = cue;
        while (j > a + 1 && vg_tok_in(&doc->toks[j - 1], &degree_words))
            j--;
        if (j > a + 1 && vg_tok_in(&doc->toks[j - 1], &light_verbs))
            cue = j - 1;
    }
    /* "Police are unable to confirm", "were not able to verify" */
    if (cue > a + 2 && vg_tok_is(&doc->toks[cue - 1], "to") && vg_tok_in(&doc->toks[cue - 2], &ability_words)) {
        cue -= 2;
        while (cue > a + 1 && vg_tok_in(&doc->toks[cue - 1], &cue_negators))
            cue--;
        if (cue > a + 1 && vg_tok_in(&doc->toks[cue - 1], &be_words))
            cue--;
    }
    while (cue > a && (vg_tok_in(&doc->toks[cue - 1], &adverbs) ||
                       vg_tok_in(&doc->toks[cue - 1], &auxiliaries) ||
                       (progressive && vg_tok_in(&doc->toks[cue - 1], &be_words)) ||
                       vg_tok_in(&doc->toks[cue - 1], &cue_negators) || vg_tok_is(&doc->toks[cue - 1], "yet") ||
                       vg_tok_punct(&doc->toks[cue - 1], ',')))
        cue--;
    return cue;
}

/* The holder phrase [a, cue) without a time told before the cue ("The
 * Pakistani Taliban on Friday denied", "Police yesterday said"): its end. */
static size_t before_time(const vg_doc *doc, size_t a, size_t cue)
{
    const vg_extract *ex = doc->ex;
    for (size_t t = 0; t < ex->ntimes; t++) {
        const vg_timeref *tr = &ex->times[t];
        if (tr->tok_end != cue || tr->tok_start <= a)
            continue;
        size_t k = tr->tok_start;
        if (k > a + 1 && (vg_tok_is(&doc->toks[k - 1], "on") || vg_tok_is(&doc->toks[k - 1], "last") ||
                          vg_tok_is(&doc->toks[k - 1], "earlier")))
            k--;
        return k > a ? k : cue;
    }
    return cue;
}

/* The token after a time told at token k ("on Sunday", "yesterday"),
 * inside [k, end); k when none is there. */
static size_t past_time(const vg_doc *doc, size_t k, size_t end)
{
    const vg_extract *ex = doc->ex;
    size_t a = k + 1 < end && vg_tok_is(&doc->toks[k], "on") ? k + 1 : k;
    if (a >= end)
        return k;
    size_t t = vg_extract_first_time(doc, doc->toks[a].start);
    if (t < ex->ntimes && ex->times[t].tok_start == a && ex->times[t].tok_end < end)
        return ex->times[t].tok_end;
    return k;
}

/* The holder phrase right of an object cue ("according to X,"): its end. */
static vg_wordlist clause_openers = VG_WORDLIST("none", "nobody", "it", "they", "he", "she", "we", "i", "there", "has",
                                                "have", "had", "will", "would");

static size_t holder_right(const vg_doc *doc, size_t start, size_t end)
{
    size_t k = start;
    while (k < end && k - start < HOLDER_MAX_TOKENS) {
        const vg_token *t = &doc->toks[k];
        if (is_punct_tok(t) && !vg_tok_punct(t, '.') && !vg_tok_punct(t, '-'))
            break;
        if (t->kind == VG_TOK_WORD && vg_tok_in(t, &boundary_words))
            break;
        /* "according to the source none of them is believed", "... the
         * source they were": a clause's subject or verb opens what is held */
        if (k > start && (t->flags & VG_TF_LOWER || doc->ex->casemode != VG_CASE_MIXED) &&
            (vg_tok_in(t, &clause_openers) || (vg_tok_in(t, &be_words) && !vg_tok_is(t, "'s"))))
            break;
        k++;
    }
    /* "according to the army.": not the sentence's full stop */
    if (k == end && k > start + 1 && vg_tok_punct(&doc->toks[k - 1], '.'))
        k--;
    return k;
}

static vg_wordlist situating = VG_WORDLIST("in", "from", "at", "near", "across");
static vg_wordlist dwellers = VG_WORDLIST("residents", "resident", "people", "witnesses",
                                          "witness", "villagers", "locals", "inhabitants",
                                          "citizens", "survivors", "relatives", "families");

/* Whether the place that starts at token p of the phrase [a, ...) is
 * where its speakers are rather than who speaks: after "in", "from",
 * "at" ("US commanders in Baghdad"), or after "of" following people who
 * merely live there ("residents of Kabul"; not "the government of
 * Turkey", "the governor of Zacatecas"). */
static int situated(const vg_doc *doc, size_t a, size_t p)
{
    size_t k = p - 1;
    if (vg_tok_in(&doc->toks[k], &situating))
        return 1;
    return vg_tok_is(&doc->toks[k], "of") && k > a && vg_tok_in(&doc->toks[k - 1], &dwellers);
}

/* The entity the phrase [a, b) names: a person named in it ("Brigadier
 * General Fadi Haddad, a senior army officer", "A Taliban spokesman, Qari
 * Abdul Samad"), else the last entity mention inside it ("two U.S.
 * defense sources" -> the US organ), or -1. */
static int32_t entity_in(const vg_doc *doc, size_t a, size_t b)
{
    const vg_extract *ex = doc->ex;
    int32_t found = -1, person = -1, named = -1;
    size_t k = a;
    int depth = 0; /* parentheses open before the mention */
    for (size_t m = vg_extract_first_mention(doc, a); m < ex->nmentions; m++) {
        if (ex->mentions[m].tok_start >= b)
            break;
        for (; k < ex->mentions[m].tok_start; k++)
            depth += vg_tok_punct(&doc->toks[k], '(') - vg_tok_punct(&doc->toks[k], ')');
        if (ex->mentions[m].tok_end <= b && ex->mentions[m].tok_start >= a) {
            int32_t e = (int32_t)ex->mentions[m].entity;
            if (found < 0 || depth <= 0)
                found = e;
            if (ex->ents[e].type == VG_ENT_PERSON && (person < 0 || depth <= 0))
                person = e;
            /* "the Interior Ministry in Kabul", "JNIM (al-Qaida's branch
             * in the Sahel)": the place only situates the holder, and an
             * aside in parentheses only describes it */
            if (ex->ents[e].type != VG_ENT_PLACE && (named < 0 || depth <= 0))
                named = e;
            /* "commanders in Baghdad", "residents of Kabul": a place after
             * a preposition situates the people, it does not speak */
            else if (ex->ents[e].type == VG_ENT_PLACE && ex->mentions[m].tok_start > a + 1 &&
                     situated(doc, a, ex->mentions[m].tok_start) && found == e)
                found = -1;
        }
    }
    return person >= 0 ? person : named >= 0 ? named : found;
}

static vg_span tok_span(const vg_doc *doc, size_t a, size_t b)
{
    vg_span s = {0, 0};
    if (a < b) {
        s.start = doc->toks[a].start;
        s.end = doc->toks[b - 1].end;
    }
    return s;
}

/* Modal hedges lower certainty: the weakest hedge band in [a, b), -1 for
 * none; *likely says whether a word of likelihood is among them
 * ("probably", "likely", "in all likelihood"; not a modal of intent such
 * as "is set to"). A month is no hedge ("on 19 May"). */
static vg_wordlist can_fillers = VG_WORDLIST("now", "also", "today", "already", "finally", "officially");

/* "could not rule out", "could not be ruled out", "could not be
 * excluded": a chance left open, from token k. */
static int ruled_out_at(const vg_doc *doc, size_t k, size_t b)
{
    if (k < b && vg_tok_is(&doc->toks[k], "be"))
        k++;
    if (k < b && (vg_tok_is(&doc->toks[k], "exclude") || vg_tok_is(&doc->toks[k], "excluded")))
        return 1;
    return k + 1 < b && (vg_tok_is(&doc->toks[k], "rule") || vg_tok_is(&doc->toks[k], "ruled")) &&
           vg_tok_is(&doc->toks[k + 1], "out");
}

static vg_wordlist doubt_dets = VG_WORDLIST("no", "without", "little", "any", "the", "a", "serious", "beyond");
/* (not "should not be excluded from the talks": a denial) */
static vg_wordlist open_modals = VG_WORDLIST("could", "can", "do", "does", "did", "we", "i");
static vg_wordlist suspect_nexts = VG_WORDLIST("in", "at", "on", "from", "of", "for", "with", "and", "or", "were",
                                               "was", "are", "had", "have", "who", "linked", "wanted", "held");

static int weakest_hedge(const claimer *c, size_t a, size_t b, int *likely)
{
    int band = -1;
    size_t covered = 0; /* "very likely": its "likely" is part of it */
    *likely = 0;
    const uint16_t *kinds = c->ex ? c->ex->hit_kinds : NULL;
    for (size_t i = a; i < b; i++) {
        /* most tokens: no hedge bit, so no hedge hit (vg_extract_hit tests
         * the same bit), and the loop's first test continues */
        if (!kinds || !(kinds[i] & (1u << VG_LK_HEDGE)))
            continue;
        const vg_lex_hit *h = i >= covered ? vg_extract_hit(c->doc, i, VG_LK_HEDGE) : NULL;
        if (!h || vg_extract_in_time(c->doc, i))
            continue;
        covered = i + h->ntok;
        const vg_hedge *hd = vg_lex_hedge(c->lx, h->rec);
        /* "We can now confirm that 23 people ...": telling, not a chance */
        /* (a speech verb: "what we can expect from them" stays a chance) */
        if (vg_tok_is(&c->doc->toks[i], "can")) {
            size_t j = i + 1;
            while (j < b && j < i + 3 && vg_tok_in(&c->doc->toks[j], &can_fillers))
                j++;
            const vg_lex_hit *cue = j < b ? vg_extract_hit(c->doc, j, VG_LK_CUE) : NULL;
            if (cue && (vg_lex_cue(c->lx, cue->rec)->flags & VG_CUF_SPEECH)) /* not "can expect" */
                continue;
        }
        /* "militant losses could not be verified": what no one could do,
         * not a chance (not "may not have been") */
        if (h->ntok == 1 && vg_tok_is(&c->doc->toks[i], "could") && i + 1 < b &&
            (vg_tok_is(&c->doc->toks[i + 1], "not") || vg_tok_is(&c->doc->toks[i + 1], "n't")) &&
            !ruled_out_at(c->doc, i + 2, b))
            continue;
        /* "to kill as many people as possible", "as soon as possible": a
         * measure, not a chance */
        if (vg_tok_is(&c->doc->toks[i], "possible") && i > a && vg_tok_is(&c->doc->toks[i - 1], "as"))
            continue;
        if (band < 0 || hd->band < band)
            band = hd->band;
        if ((hd->band == VG_BAND_LIKELY || hd->band == VG_BAND_VERY_LIKELY) &&
            (str_is(hd->cls, "icd203") || str_is(hd->cls, "adverb") || str_is(hd->cls, "phrase")))
            *likely = 1;
    }
    return band;
}

static vg_wordlist np_openers = VG_WORDLIST("with", "without", "or", "and", "of", "for", "in", "at", "on",
                                             "by", "to", "from");

/* A participle that opens a second statement of the same speaker after a
 * comma ("denied the reports, saying no fighting took place"). */
static vg_wordlist speech_participles = VG_WORDLIST("saying", "adding", "insisting", "stressing",
    "noting", "explaining", "claiming", "arguing");

static vg_wordlist complement_words = VG_WORDLIST("and", "or", "that", "to", "of", "as", "for", "in", "on", "at");

static int negated(const claimer *c, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++) {
        /* "..., saying no fighting took place": the speaker's next
         * statement, which its own negator does not turn */
        if (i + 1 < b && vg_tok_punct(&c->doc->toks[i], ',') &&
            vg_tok_in(&c->doc->toks[i + 1], &speech_participles))
            break;
        /* ", and the provincial government rejected ...", "... but gave no
         * details": another clause */
        /* ... "if peace talks are not resumed": the condition, not the
         * statement */
        if (vg_tok_is(&c->doc->toks[i], "but") || vg_tok_is(&c->doc->toks[i], "if") ||
            vg_tok_is(&c->doc->toks[i], "unless") ||
            (i + 1 < b && vg_tok_punct(&c->doc->toks[i], ',') && vg_tok_is(&c->doc->toks[i + 1], "and")))
            break;
        /* "..., which has not commented publicly on the case": a relative
         * clause describes a noun; skip it to its closing comma */
        if (i + 1 < b && vg_tok_punct(&c->doc->toks[i], ',') &&
            (vg_tok_is(&c->doc->toks[i + 1], "which") || vg_tok_is(&c->doc->toks[i + 1], "who") ||
             vg_tok_is(&c->doc->toks[i + 1], "whose"))) {
            size_t j = i + 2;
            while (j < b && !vg_tok_punct(&c->doc->toks[j], ','))
                j++;
            i = j; /* the loop steps past the comma */
            continue;
        }
        /* "Abu Muhammad al-Tajiki (not listed)", "(not further
         * identified)": an aside in brackets */
        if (vg_tok_punct(&c->doc->toks[i], '(')) {
            size_t j = i + 1;
            while (j < b && j < i + 8 && !vg_tok_punct(&c->doc->toks[j], ')'))
                j++;
            if (j < b && vg_tok_punct(&c->doc->toks[j], ')')) {
                i = j;
                continue;
            }
        }
        const vg_lex_hit *h = vg_extract_hit(c->doc, i, VG_LK_NEG);
        if (!h)
            continue;
        const vg_neg *ng = vg_lex_neg(c->lx, h->rec);
        /* "may attack hotels with little or no warning": a negated noun
         * after a preposition or a conjunction qualifies it, not the
         * statement ("has no plans to attack" is negative) */
        if (ng->scope == VG_NSCOPE_NP && i > a && vg_tok_in(&c->doc->toks[i - 1], &np_openers))
            continue;
        if (vg_tok_is(&c->doc->toks[i], "without")) /* "leaving the city without power" */
            continue;
        /* "the baseless allegations": a word said of its subject ("the
         * allegations were baseless") before a noun qualifies it */
        if (ng->position == 1 && ng->scope == VG_NSCOPE_SUBJECT && h->ntok == 1 && i > a && i + 1 < b &&
            c->doc->toks[i + 1].kind == VG_TOK_WORD && !vg_tok_in(&c->doc->toks[i + 1], &complement_words) &&
            !vg_tok_in(&c->doc->toks[i - 1], &verb_group) && !vg_tok_in(&c->doc->toks[i - 1], &adverbs) &&
            !(c->doc->toks[i - 1].normlen > 3 &&
              !memcmp(c->doc->toks[i - 1].norm + c->doc->toks[i - 1].normlen - 2, "ly", 2)))
            continue;
        /* "a terrorist motive could not be ruled out": a chance left
         * open, no denial */
        if (h->ntok == 1 && (vg_tok_is(&c->doc->toks[i], "not") || vg_tok_is(&c->doc->toks[i], "n't")) &&
            i > a && vg_tok_in(&c->doc->toks[i - 1], &open_modals) && ruled_out_at(c->doc, i + 1, b)) {
            i += 1 + vg_tok_is(&c->doc->toks[i + 1], "be"); /* past "ruled out" */
            i += vg_tok_is(&c->doc->toks[i], "rule") || vg_tok_is(&c->doc->toks[i], "ruled");
            continue;
        }
        if (ng->kind == VG_NEG_NEGATOR || ng->kind == VG_NEG_DENIAL)
            return 1;
    }
    return 0;
}

/* Whether a verb cue starts at token k: "... and warns that". */
static int verb_cue_at(const claimer *c, size_t k)
{
    const vg_lex_hit *h = vg_extract_hit(c->doc, k, VG_LK_CUE);
    return h && vg_lex_cue(c->lx, h->rec)->verb;
}

/* The token of a negator on the cue at [cue, cue_end): inside it ("found
 * no evidence") or among the three words before it, after the holder's
 * first word a, with only the cue's own verb group between ("have not
 * found", "are not ruled out", "there is no evidence that"; not "officials
 * who did not give names said"); SIZE_MAX for none. A noun cue, and the
 * determiner "no", count only before a "that" clause: "no evidence that",
 * not "with little or no warning". */
static size_t cue_negator(const vg_doc *doc, size_t a, size_t cue, size_t cue_end, int verb,
                          int that_clause)
{
    if (!verb && !that_clause)
        return SIZE_MAX;
    size_t lo = cue > a + 4 ? cue - 3 : a + 1;
    for (size_t k = cue_end; k > lo; k--) {
        const vg_token *t = &doc->toks[k - 1];
        if (k <= cue && (is_punct_tok(t) || (!vg_tok_in(t, &verb_group) && !vg_tok_in(t, &ability_group) &&
                                             !vg_tok_in(t, &cue_negators))))
            break;
        if (vg_tok_in(t, &cue_negators) && (that_clause || !vg_tok_is(t, "no")))
            return k - 1;
    }
    return SIZE_MAX;
}

static vg_wordlist claim_between = VG_WORDLIST("been", "yet", "publicly", "immediately", "immediate",
                                               "officially", "formally", "any", "credible");

static vg_wordlist doubt_subjects = VG_WORDLIST("this", "that", "it", "which", "claim", "claims", "report",
                                                "reports", "figure", "figures", "account", "toll");
static vg_wordlist checked_words = VG_WORDLIST("verified", "confirmed", "corroborated", "substantiated");
static vg_wordlist check_verbs = VG_WORDLIST("verify", "confirm", "corroborate");
/* What follows a check that is of something else: "It was not confirmed
 * whether al-Shabaab was behind it", "has not confirmed the identities" */
static vg_wordlist other_checks = VG_WORDLIST("whether", "who", "if", "the", "its", "their", "his", "her", "any");
static vg_wordlist checked_things = VG_WORDLIST("claim", "claims", "report", "reports", "figure", "figures",
                                               "toll", "account", "it", "this", "that");

/* Whether tokens [a, b) say what came before is unchecked: within six
 * words of a subject that points back at it ("this is unverified", "The
 * claim could not be independently verified", "which has not been
 * confirmed"), or a check refused on it ("Reuters could not
 * independently verify the claim"). */
static int unchecked_in(const vg_doc *doc, size_t a, size_t b)
{
    size_t subj = SIZE_MAX, neg = SIZE_MAX;
    for (size_t k = a; k < b; k++) {
        const vg_token *t = &doc->toks[k];
        if (vg_tok_in(t, &cue_negators) || vg_tok_is(t, "unable"))
            neg = k;
        if (neg != SIZE_MAX && k - neg <= 4 && vg_tok_in(t, &check_verbs)) {
            size_t o = k + 1 < b && doc->toks[k + 1].kind == VG_TOK_WORD && vg_tok_is(&doc->toks[k + 1], "the") ? k + 2
                                                                                                           : k + 1;
            return o < b && vg_tok_in(&doc->toks[o], &checked_things);
        }
        if (vg_tok_in(t, &doubt_subjects))
            subj = k;
        if (subj == SIZE_MAX || k - subj > 6)
            continue;
        if (vg_tok_in(t, &unchecked_words))
            return 1;
        if (vg_tok_in(t, &checked_words) && !(k + 1 < b && vg_tok_in(&doc->toks[k + 1], &other_checks)))
            for (size_t j = subj + 1; j < k; j++)
                if (vg_tok_in(&doc->toks[j], &cue_negators))
                    return 1;
    }
    return 0;
}

/* Whether the statement of the cue at tok in sentence si is said to be
 * unchecked after it: in a later clause of its sentence (after ";" or
 * ", which"), or at the opening of the next sentence. */
static int doubted_after(const vg_doc *doc, const vg_sent *s, size_t tok, size_t si)
{
    for (size_t k = tok + 1; k + 1 < s->tok_end; k++)
        if (vg_tok_punct(&doc->toks[k], ';') ||
            (vg_tok_punct(&doc->toks[k], ',') && vg_tok_is(&doc->toks[k + 1], "which")))
            return unchecked_in(doc, k + 1, s->tok_end);
    if (si + 1 >= doc->nsents || doc->sents[si + 1].para != s->para)
        return 0;
    const vg_sent *n = &doc->sents[si + 1];
    return unchecked_in(doc, n->tok_start, n->tok_end < n->tok_start + 8 ? n->tok_end : n->tok_start + 8);
}

/* Whether the claim cue at tok (the verb "claim", "claim" of
 * responsibility, the noun "claim") of sentence s is negated within three
 * words before it, in its clause: "was not claimed", "no immediate claim";
 * not in a second clause, which the sentence's statement is not about
 * ("the RSF is the likely operator, but we have seen no claim"). */
static int unclaimed(const claimer *c, const vg_sent *s, const vg_lex_hit *hit, size_t tok)
{
    const vg_cue *cue = vg_lex_cue(c->lx, hit->rec);
    if (strncmp(cue->lemma, "claim", 5) != 0)
        return 0;
    const vg_doc *doc = c->doc;
    for (size_t k = s->tok_start; k < tok; k++)
        if (vg_tok_is(&doc->toks[k], "but") || vg_tok_punct(&doc->toks[k], ';'))
            return 0;
    /* the negator on the claim itself: "not (yet|publicly) claimed",
     * "has not been claimed", "no (immediate) claim"; not "could not
     * verify the claim" */
    for (size_t k = tok; k > s->tok_start && tok - k < 3; k--) {
        const vg_token *t = &doc->toks[k - 1];
        if (vg_tok_in(t, &cue_negators))
            return 1;
        if (!vg_tok_in(t, &claim_between))
            return 0;
    }
    return 0;
}

static int push_link(vg_doc *doc, vg_claim *cl, uint8_t role, const char *name, int32_t ent)
{
    vg_chain_link *l = vg_arena_grow(&doc->arena, cl->chain, cl->nchain, cl->nchain + 1, sizeof *l);
    if (!l)
        return VIGIL_ENOMEM;
    cl->chain = l;
    l[cl->nchain].role = role;
    l[cl->nchain].name = name;
    l[cl->nchain].entity = ent;
    cl->nchain++;
    return VIGIL_OK;
}

static const char *span_text(vg_doc *doc, vg_span s)
{
    return vg_arena_strndup(&doc->arena, doc->text + s.start, s.end - s.start);
}

static const char *link_name(vg_doc *doc, int32_t ent, vg_span text)
{
    if (text.end > text.start)
        return span_text(doc, text);
    if (ent >= 0)
        return doc->ex->ents[ent].name;
    return NULL;
}

/* The entities, quantities and times in [a, b) of the text, except the
 * holder. */
/* The times of the text [a, b) (bytes) to what the claim is about. */
static int add_times(vg_doc *doc, vg_claim *cl, size_t a, size_t b)
{
    vg_extract *ex = doc->ex;
    for (size_t t = vg_extract_first_time(doc, a); t < ex->ntimes && ex->times[t].start < b; t++)
        if (ex->times[t].end <= b) {
            uint32_t *p = vg_arena_grow(&doc->arena, cl->times, cl->ntimes, cl->ntimes + 1,
                                        sizeof *p);
            if (!p)
                return VIGIL_ENOMEM;
            cl->times = p;
            p[cl->ntimes++] = (uint32_t)t;
        }
    return VIGIL_OK;
}

static int fill_about(vg_doc *doc, vg_claim *cl, size_t ta, size_t tb)
{
    vg_extract *ex = doc->ex;
    size_t n = 0;
    for (size_t m = vg_extract_first_mention(doc, ta); m < ex->nmentions; m++)
        if (ex->mentions[m].tok_start < tb)
            n++;
        else
            break;
    if (n) {
        cl->about = vg_arena_alloc(&doc->arena, n * sizeof *cl->about);
        if (!cl->about)
            return VIGIL_ENOMEM;
        for (size_t m = vg_extract_first_mention(doc, ta); m < ex->nmentions; m++) {
            if (ex->mentions[m].tok_start >= tb)
                break;
            int32_t e = (int32_t)ex->mentions[m].entity;
            int dup = e == cl->holder;
            for (uint32_t k = 0; k < cl->nabout && !dup; k++)
                dup = cl->about[k] == e;
            if (!dup)
                cl->about[cl->nabout++] = e;
        }
    }
    uint32_t a = doc->toks[ta].start, b = doc->toks[tb - 1].end;
    for (size_t q = vg_extract_first_quant(doc, a); q < ex->nquants && ex->quants[q].start < b; q++)
        if (ex->quants[q].end <= b) {
            uint32_t *p = vg_arena_grow(&doc->arena, cl->quants, cl->nquants, cl->nquants + 1,
                                        sizeof *p);
            if (!p)
                return VIGIL_ENOMEM;
            cl->quants = p;
            p[cl->nquants++] = (uint32_t)q;
        }
    return add_times(doc, cl, a, b);
}

static vg_wordlist heads = VG_WORDLIST("source", "sources", "official", "officials", "authorities", "spokesman", "spokeswoman",
        "spokesperson", "officer", "officers", "analyst", "analysts", "expert", "experts",
        "diplomat", "diplomats", "minister", "witness", "witnesses", "residents", "commander",
        "commanders", "villagers", "locals", "consultant", "consultants", "adviser", "advisers",
        "advisor", "advisors", "researcher", "researchers", "activist", "activists", "observers",
        "journalist", "journalists", "reporter", "correspondent", "doctor", "doctors", "medics",
        "aide", "aides", "lawmaker", "lawmakers", "survivors", "relatives",
        "leader", "leaders", "investigators", "he", "she", "they", "police", "statement",
        "report", "community", "agency", "ministry", "government", "military", "army",
        "command", "council", "committee", "office", "department", "prosecutor", "prosecutors",
        "court", "judge", "embassy", "authority", "administration", "president", "governor",
        "mayor", "chief", "director", "group", "militants", "rebels", "insurgents",
        "representative", "representatives", "television", "tv", "newspaper",
        "broadcaster", "outlet", "media", "manager", "managers", "owner", "owners", "operator",
        "operators", "employees", "workers", "crew", "captain", "lawyer", "lawyers", "attorney",
        "attorneys", "family", "families", "parents", "neighbours", "neighbors", "farmers",
        "traders", "teachers", "students", "paramedics", "nurses", "sheriff", "coroner",
        "spokespeople", "survivor", "partners", "mother", "father", "sister", "brother",
        "daughter", "son", "wife", "husband", "cousin", "uncle", "neighbour", "neighbor", "friend",
        "unit", "units", "bureau", "directorate", "squad", "service", "services", "task",
        "resident", "villager", "nurse", "medic", "paramedic", "administrator",
        "administrators", "commissioner", "commissioners", "councillor", "councillors", "councilor",
        "councilors", "elder", "elders", "worker", "teacher", "student", "farmer", "trader",
        "engineer", "head", "inspector", "superintendent", "secretary", "ambassador", "envoy",
        "senator", "chairman", "chairwoman", "chairperson", "monitor",
        "monitors", "negotiator", "negotiators", "mediator", "pilot", "driver", "drivers", "centre", "center",
        "observatory", "institute", "mission", "network", "firm",
        "consultancy", "coalition", "team", "bloggers", "blogger", "milbloggers", "channels", "accounts");
/* Words for people that name a source only as the anonymous source's
 * phrase: "people familiar with the matter", "a person close to the
 * investigation", "people briefed on the talks" (not "the people added",
 * "persons believed to be guerrillas"). */
static vg_wordlist anon_people = VG_WORDLIST("people", "person", "persons", "individuals");
static vg_wordlist anon_marks = VG_WORDLIST("familiar", "close", "briefed", "with");

static vg_wordlist clause = VG_WORDLIST("is", "are", "was", "were", "by", "against", "with",
                                         "than", "into", "from", "on");

/* Whether token k is the "by" of a participle's agent: "a report seen by
 * the Monitor", "documents obtained by Reuters" (k > 0). */
static int agent_by(const vg_doc *doc, size_t k)
{
    const vg_token *p = &doc->toks[k - 1];
    return vg_tok_is(&doc->toks[k], "by") && p->normlen > 3 &&
           (!memcmp(p->norm + p->normlen - 2, "ed", 2) || !memcmp(p->norm + p->normlen - 2, "en", 2));
}

/* The end of a holder phrase's head [a, b): before a participle and its
 * agent ("A military intelligence report | seen by the Monitor"), or
 * before a description in apposition ("The Jaime Martínez front | , a
 * dissident faction of the FARC"), whose entity is not the holder. */
static size_t head_end(const vg_doc *doc, size_t a, size_t b)
{
    for (size_t k = a + 2; k < b; k++)
        if (agent_by(doc, k))
            return k - 1;
    /* "The Jaime Martínez front, a dissident faction of the FARC": the
     * named before its description */
    for (size_t k = a + 1; k + 1 < b; k++)
        if (vg_tok_punct(&doc->toks[k], ',') && (vg_tok_is(&doc->toks[k + 1], "a") || vg_tok_is(&doc->toks[k + 1], "an")))
            return k;
    return b;
}

static vg_wordlist relatives = VG_WORDLIST("which", "who", "whom", "whose");
static vg_wordlist not_names = VG_WORDLIST("that", "this", "these", "those", "it", "what", "which",
                                           "having", "being", "there", "here", "all", "some", "many",
                                           "most", "few", "others", "one", "none", "each", "both",
                                           /* advice: "Level 2: Exercise Increased Caution" */
                                           "exercise", "use", "reconsider", "avoid");

/* How the word of token t is written elsewhere within SEEN_NEAR tokens of
 * it: 1 in lower case somewhere (a common word: "People said"), else 2
 * capitalised after another word (a name inside a sentence: "... by Hasm"),
 * else 0. Bounded, so a text of many sentences opening on capitals stays
 * linear. */
enum { SEEN_NEAR = 1000 };
static int seen_as(const vg_doc *doc, size_t t)
{
    const vg_token *k = &doc->toks[t];
    size_t lo = t > SEEN_NEAR ? t - SEEN_NEAR : 0;
    size_t hi = t + SEEN_NEAR < doc->ntoks ? t + SEEN_NEAR : doc->ntoks;
    int inside = 0;
    for (size_t i = lo; i < hi; i++) {
        const vg_token *u = &doc->toks[i];
        if (i == t || u->normlen != k->normlen || memcmp(u->norm, k->norm, k->normlen) != 0)
            continue;
        if (u->flags & VG_TF_LOWER)
            return 1;
        if (i > 0 && doc->toks[i - 1].kind == VG_TOK_WORD)
            inside = 2;
    }
    return inside;
}

static vg_wordlist refused_things = VG_WORDLIST("entry", "access", "bail", "permission", "visas", "visa",
                                                "passage", "admission", "treatment", "food", "water");

/* Verbs of saying whose subject is who speaks ("Treasury warned",
 * "Kowalski said"), by their cue lemma; unlike "Statements relayed",
 * "Reports published". */
static const char *const speaking_lemmas[] = {
    "say", "state", "tell", "warn", "add", "announce", "confirm", "deny",
    "insist", "claim", "caution", "acknowledge", "admit", "declare", "explain", NULL};

/* Whether the cue at tok is a finite verb of saying (speaking_lemmas):
 * "said", "warns", not "warning". */
static int saying_verb(const vg_doc *doc, const vg_cue *cue, size_t tok)
{
    if (!cue->verb || vg_tok_gerund(&doc->toks[tok]))
        return 0;
    /* "Gunmen said to have ...": hearsay of them; "Protesters denied
     * entry": refused, not denying */
    const vg_token *n = tok + 1 < doc->ntoks ? &doc->toks[tok + 1] : NULL;
    if (n && (vg_tok_is(n, "to") || vg_tok_in(n, &refused_things)))
        return 0;
    for (const char *const *l = speaking_lemmas; *l; l++)
        if (str_is(cue->lemma, *l))
            return 1;
    return 0;
}

/* "ESET said", "Treasury warned", "The General Staff believes": a name no
 * lexicon knows, in text that has case: up to four capitalised words, the
 * first (after "The") not a word the text also writes in lower case
 * ("People said"), not opening a quotation; one capitalised word alone
 * also written so inside a sentence ("Hasm denied"), or right before a
 * finite verb of saying (saying: "Treasury warned", "Kowalski said"; not
 * "Statements relayed"); capitals throughout only for one word before a
 * cue that has case ("NÚKIB said", "The IMB said", not "THE ATTACK AND
 * SAID"). */
static int name_like(const vg_doc *doc, size_t a, size_t b, int saying)
{
    size_t first = a + (b - a > 1 && vg_tok_is(&doc->toks[a], "the"));
    if (doc->ex->casemode != VG_CASE_MIXED || b - a > 4 || vg_tok_in(&doc->toks[a], &not_names) ||
        (a > 0 && is_quote(&doc->toks[a - 1])))
        return 0;
    /* (after a lower-case "the" too: "..., the Red Crescent said") */
    for (size_t k = first; k < b; k++) {
        const vg_token *t = &doc->toks[k];
        if (t->kind != VG_TOK_WORD || !(t->flags & (VG_TF_CAP | VG_TF_ALLCAP)))
            return 0;
        if ((t->flags & VG_TF_ALLCAP) && (b - first > 1 || k < first || t->normlen < 2 ||
                                          (b < doc->ntoks && (doc->toks[b].flags & VG_TF_ALLCAP))))
            return 0;
    }
    if (b - a == 1 && doc->toks[a].dword)
        return 0; /* "Yesterday", "Monday": a time, no name */
    /* last, as it reads the text around */
    int seen = seen_as(doc, first);
    return seen != 1 && (b - a > 1 || (doc->toks[a].flags & VG_TF_ALLCAP) || seen == 2 || saying);
}

static vg_wordlist knowing_words = VG_WORDLIST("knowledge", "direct", "first-hand", "firsthand", "detailed",
                                                "access", "insight", "ties", "links");

/* Whether [a, b) can name who holds a statement: it names an entity, or
 * its head is a word for a source ("the reliable source", "officials"). */
static int holder_like(const vg_doc *doc, size_t a, size_t b)
{
    if (a >= b)
        return 0;
    /* "Antalya and Mugla are some of cities believed", "crackdowns by the
     * Turkish police against those ISIS suspects": a clause, no holder */
    for (size_t k = a; k < b; k++) {
        /* "a report seen by the Monitor": a participle's agent */
        if (k > a && agent_by(doc, k))
            continue;
        /* "Police are saying": the verb's own "are" */
        if (k + 1 == b && b < doc->ntoks && vg_tok_gerund(&doc->toks[b]) && vg_tok_in(&doc->toks[k], &be_words))
            continue;
        /* "people familiar with the matter", "a diplomat with knowledge
         * of the talks": the anonymous source's own words */
        if (vg_tok_is(&doc->toks[k], "with") && k > a && k + 1 < b &&
            (vg_tok_is(&doc->toks[k - 1], "familiar") || vg_tok_in(&doc->toks[k + 1], &knowing_words)))
            continue;
        if (vg_tok_in(&doc->toks[k], &clause))
            return 0;
    }
    if (entity_in(doc, a, b) >= 0)
        return 1;
    /* "One Member State reported": a state of an organisation's members */
    for (size_t k = a; k < b; k++)
        if (vg_tok_in(&doc->toks[k], &heads) ||
            (vg_tok_in(&doc->toks[k], &anon_people) && k + 2 < b && vg_tok_in(&doc->toks[k + 1], &anon_marks)) ||
            (vg_tok_is(&doc->toks[k], "member") && k + 1 < b &&
             (vg_tok_is(&doc->toks[k + 1], "state") || vg_tok_is(&doc->toks[k + 1], "states"))))
            return 1;
    return 0;
}

static vg_wordlist nobody = VG_WORDLIST("no", "none", "nobody", "neither", "nor");
static vg_wordlist region_nouns = VG_WORDLIST("state", "states", "province", "district", "region");

/* A participle that describes a noun instead of reporting a statement:
 * "14 people suspected of links to Islamic State", "a man accused of
 * planning": "-ed" right after a noun, before "of". */
static int reduced_relative(const vg_doc *doc, size_t i, size_t end)
{
    const vg_token *t = &doc->toks[i];
    if (i == 0 || i + 1 >= end || t->normlen < 4 || memcmp(t->norm + t->normlen - 2, "ed", 2) ||
        !vg_tok_is(&doc->toks[i + 1], "of"))
        return 0;
    const vg_token *p = &doc->toks[i - 1];
    return p->kind == VG_TOK_WORD && !vg_tok_in(p, &be_words) && !vg_tok_is(p, "have") &&
           !vg_tok_is(p, "has") && !vg_tok_is(p, "had");
}

static vg_wordlist following_times = VG_WORDLIST("morning", "afternoon", "evening", "night", "day", "days", "week",
                                                "weeks", "weekend", "month", "months", "year", "years", "monday",
                                                "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
/* Cue words that also qualify a noun ("known indicators", "repeated
 * attacks", "the reported attack", "project files"). */
static vg_wordlist qualifying_cues = VG_WORDLIST("known", "repeated", "reported", "projected", "predicted",
                                                 "project", "feared");
static vg_wordlist qualifier_stops = VG_WORDLIST("as", "to", "that", "by", "for", "in", "about", "of", "from", "at",
                                                 "on", "with", "and", "or", "but", "if", "whether", "it", "this",
                                                 "he", "she", "they", "we", "there", "here", "since", "after",
                                                 "before", "when", "earlier", "later", "today", "yesterday",
                                                 "again", "also", "only", "not", "no", "up", "out", "into",
                                                 "who", "what", "where", "why", "how", "which");
/* Verbs whose object may open on a qualifying cue word ("has seen
 * repeated attacks", "to disseminate known indicators"). */
static vg_wordlist phrase_verbs = VG_WORDLIST("seen", "saw", "see", "sees", "suffered", "faced", "witnessed", "endured",
                                           "disseminate", "share", "shared", "sharing", "publish", "published",
                                           "include", "includes", "included", "including");

static vg_wordlist subject_words = VG_WORDLIST("we", "they", "i", "you", "will", "would", "could", "may", "might",
                                              "to", "who");

/* Whether the cue word at token i qualifies the noun after it: a word in
 * lower case that is no function word follows, and "known" after no verb
 * form ("Known militants were seen", "raided known hideouts"; not "it is
 * known militants are", "have long known militants use"), or a determiner
 * or a verb taking the phrase before the others ("the reported attack",
 * "has seen repeated attacks"; not "Police reported heavy fighting"); and
 * "project" is the noun unless its subject comes before ("Project staff",
 * "HMI project files"; not "Analysts project losses"). */
static int qualifier(const vg_doc *doc, const vg_sent *s, size_t i)
{
    const vg_token *t = &doc->toks[i];
    if (!vg_tok_in(t, &qualifying_cues) || i + 1 >= s->tok_end)
        return 0;
    const vg_token *p = i > s->tok_start ? &doc->toks[i - 1] : NULL;
    /* "project" forecasts after its subject ("Analysts project", "we
     * project", "could project"); else it is the noun ("Project staff",
     * "the Mosul Dam project was suspended", "HMI project files") */
    if (vg_tok_is(t, "project"))
        return !p || !(vg_tok_in(p, &subject_words) || (p->normlen > 3 && p->norm[p->normlen - 1] == 's'));
    const vg_token *n = &doc->toks[i + 1];
    /* "known as al-Shabaab", "known locally as", "better known as": a
     * name given, not a thing known */
    if (vg_tok_is(t, "known") &&
        (vg_tok_is(n, "as") || (i + 2 < s->tok_end && vg_tok_is(&doc->toks[i + 2], "as") && n->normlen > 2 &&
                                !memcmp(n->norm + n->normlen - 2, "ly", 2))))
        return 1;
    if (n->kind != VG_TOK_WORD || !(n->flags & VG_TF_LOWER) || vg_tok_in(n, &qualifier_stops) ||
        vg_tok_in(n, &determiners) || n->normlen < 3)
        return 0;
    if (n->normlen > 4 && !memcmp(n->norm + n->normlen - 2, "ly", 2))
        return 0; /* "became known shortly after" */
    /* "known" qualifies unless a verb form comes before it ("it is known
     * militants are", "have long known militants use") */
    if (vg_tok_is(t, "known")) {
        if (!p)
            return 1;
        if (vg_tok_in(p, &be_words) || vg_tok_in(p, &auxiliaries))
            return 0;
        const vg_token *pp = i > s->tok_start + 1 ? &doc->toks[i - 2] : NULL;
        return !(pp && (vg_tok_in(pp, &be_words) || vg_tok_in(pp, &auxiliaries)));
    }
    return p && (vg_tok_in(p, &determiners) || vg_tok_in(p, &phrase_verbs));
}

/* Verbs before "to" and a cue that tell of no statement: a refusal ("He
 * declined to say"), advice ("Masters are advised to report all
 * approaches"). */
static vg_wordlist refusals = VG_WORDLIST("declined", "declines", "decline", "declining", "refused",
                                         "refuses", "refuse", "refusing", "advised", "urged", "asked",
                                         "requested", "encouraged", "reminded", "instructed");
static vg_wordlist rate_units = VG_WORDLIST("cent", "capita", "annum", "head", "day", "week", "month", "year",
                                          "hour", "minute", "second", "person", "barrel", "tonne", "ton",
                                          "kilo", "kilogram", "unit", "share", "mile", "kilometre", "kilometer");
static vg_wordlist fronting_preps = VG_WORDLIST("in", "on", "through", "via", "after", "during", "from", "with");

/* Whether the participle at token i lies in a phrase that opens the
 * sentence with a preposition and ends at a comma after it, with another
 * cue after the comma: "In a statement in Arabic published on Saturday
 * through its Amaq news agency, the group said": it describes the
 * statement, the clause's verb tells ("in this connection the guest
 * pointed out the need of ..., solidarity with ..." is told). */
static int fronted_participle(const vg_doc *doc, const vg_sent *s, size_t i)
{
    const vg_token *t = &doc->toks[i];
    if (i <= s->tok_start + 1 || t->normlen < 4 || memcmp(t->norm + t->normlen - 2, "ed", 2) ||
        !vg_tok_in(&doc->toks[s->tok_start], &fronting_preps))
        return 0;
    for (size_t k = s->tok_start; k < i; k++)
        if (is_punct_tok(&doc->toks[k]))
            return 0;
    size_t k = i + 1;
    while (k < s->tok_end && doc->toks[k].kind != VG_TOK_PUNCT)
        k++;
    if (k >= s->tok_end || !vg_tok_is(&doc->toks[k], ","))
        return 0;
    for (; k < s->tok_end; k++)
        if (vg_extract_hit(doc, k, VG_LK_CUE))
            return 1;
    return 0;
}

/* Whether "by" or "that" follows within the clause from token k ("was
 * claimed on Sunday by the ELN", "was claimed in a statement posted online
 * on Sunday by the Islamic State", "was reported that"). */
static int agent_or_clause(const vg_doc *doc, size_t k, size_t end)
{
    for (size_t j = k; j < end && j < k + 12 && !is_punct_tok(&doc->toks[j]); j++)
        if (vg_tok_is(&doc->toks[j], "by") || vg_tok_is(&doc->toks[j], "that"))
            return 1;
    return 0;
}

/* A word in -ing or -ed. */
static int participle(const vg_token *t)
{
    size_t n = t->normlen;
    return t->kind == VG_TOK_WORD && n > 4 &&
           (!memcmp(t->norm + n - 3, "ing", 3) || !memcmp(t->norm + n - 2, "ed", 2));
}

/* Token t makes the word after it a noun: a determiner ("the
 * suspects") or a count ("detained 11 suspects", "two reports"; "one
 * suspects that" is the pronoun). */
static int counted_noun(const vg_token *t)
{
    double v;
    return vg_tok_in(t, &determiners) || t->kind == VG_TOK_NUM ||
           (t->kind == VG_TOK_WORD && !vg_tok_is(t, "one") && vg_num_word(t->norm, t->normlen, &v) == 0);
}


/* An incident trigger ends right before token i ("ARMED ROBBERY| REPORT"). */
static int trigger_ends_at(const vg_doc *doc, const vg_sent *s, size_t i)
{
    for (size_t k = i; k > s->tok_start && i - k < 3; k--) {
        size_t n;
        const vg_lex_hit *hs = vg_extract_hits(doc, k - 1, &n);
        for (size_t j = 0; j < n; j++)
            if (hs[j].kind == VG_LK_TRIGGER && k - 1 + hs[j].ntok == i)
                return 1;
    }
    return 0;
}

/* Whether sentence s is a heading: lines of at most ten words each (and
 * sixteen in all), every word capitalised or a number, without a stop
 * or a comma ("LIVE PIRACY REPORT 012/2026", "TRAVEL RISK ALERT -
 * KENYA", "ICC INTERNATIONAL MARITIME BUREAU - PIRACY REPORTING CENTRE"
 * over "LIVE PIRACY REPORT 012/2026"). */
static int heading(const vg_doc *doc, const vg_sent *s)
{
    size_t words = 0, line = 0;
    for (size_t k = s->tok_start; k < s->tok_end; k++) {
        const vg_token *t = &doc->toks[k];
        if (t->flags & VG_TF_NL)
            line = 0;
        if (t->kind == VG_TOK_WORD) {
            if (!(t->flags & VG_TF_CAP) || ++words > 16 || ++line > 10)
                return 0;
        } else if (t->kind == VG_TOK_PUNCT && t->normlen == 1 &&
                   (t->norm[0] == '.' || t->norm[0] == '!' || t->norm[0] == '?' || t->norm[0] == ',' ||
                    t->norm[0] == '"')) {
            return 0;
        }
    }
    return words > 0;
}

/* Whether sentence s is prose, not a headline in title case: at least
 * three of its words in lower case ("Police Say Gunmen Killed Four,
 * Wounded Two In Kaduna" is none). */
static int prose(const vg_doc *doc, const vg_sent *s)
{
    size_t lower = 0;
    for (size_t k = s->tok_start; k < s->tok_end && lower < 3; k++)
        lower += doc->toks[k].kind == VG_TOK_WORD && (doc->toks[k].flags & VG_TF_LOWER);
    return lower >= 3;
}

/* Verbs of advice that open an instruction ("Keep a low profile, vary
 * routes and confirm that hotels have ..."). */
static vg_wordlist advice_verbs =
    VG_WORDLIST("keep", "avoid", "vary", "confirm", "ensure", "check", "monitor", "maintain", "remain",
                "stay", "follow", "contact", "register", "consider", "review", "exercise", "limit",
                "carry", "reconsider", "minimise", "minimize", "seek", "heed", "obey", "plan", "prepare",
                "verify", "don't");
static vg_wordlist question_openers = VG_WORDLIST("do", "does", "did", "can", "could", "will", "would", "should");
static vg_wordlist joiners = VG_WORDLIST("and", "or", "then", "not");

static vg_wordlist nothing_heads = VG_WORDLIST("about", "it", "them", "twice", "too", "to", "how", "not");

/* Whether the cue lemma, its words ending at token e, is followed by a
 * topic, a sensation, a habit or a skill, nothing held true: "I will write
 * about food", "I did not hear it so much as feel it.", "think about
 * this", "have learned not to think too much", "learned how to shoot". */
static int tells_nothing(const vg_doc *doc, const vg_sent *s, const char *lemma, size_t e)
{
    if (e >= s->tok_end || !vg_tok_in(&doc->toks[e], &nothing_heads))
        return 0;
    const vg_token *n = &doc->toks[e];
    const vg_token *n2 = e + 1 < s->tok_end ? &doc->toks[e + 1] : NULL;
    if (str_is(lemma, "write"))
        return vg_tok_is(n, "about");
    if (str_is(lemma, "feel"))
        return (vg_tok_is(n, "it") || vg_tok_is(n, "them")) && (!n2 || n2->kind == VG_TOK_PUNCT);
    if (str_is(lemma, "think"))
        return vg_tok_is(n, "about") || vg_tok_is(n, "twice") || (vg_tok_is(n, "too") && n2 && vg_tok_is(n2, "much"));
    if (str_is(lemma, "learn"))
        return vg_tok_is(n, "to") || vg_tok_is(n, "how") || (vg_tok_is(n, "not") && n2 && vg_tok_is(n2, "to"));
    return 0;
}

/* Words after a statement's name that make it a label, not an order
 * ("Statement from the ministry: ...", "Reports say ..."). */
static vg_wordlist label_links = VG_WORDLIST("from", "by", "of", "on", "in", "to", "for", "about", "issued",
                                             "released", "say", "says", "said", "is", "are", "was", "were");

/* Whether the verb or noun cue at token i opens its sentence (after a list
 * marker) as an order or a label with a word after it: "- Report incidents
 * to the BSI.", "Tell us more", "Judge Ramiro Puyol is ..." (not
 * "Statement from the ministry: ...", "Reports say ...", "Concerns grew
 * that ...": a plural is no order; "Assess the situation" is). */
static int opens_order(const vg_doc *doc, const vg_sent *s, size_t i)
{
    size_t k = s->tok_start;
    while (k < s->tok_end && (doc->toks[k].kind == VG_TOK_BULLET || vg_tok_is_dash(&doc->toks[k])))
        k++;
    const vg_token *t = &doc->toks[i];
    return i == k && k + 1 < s->tok_end && doc->toks[k + 1].kind == VG_TOK_WORD &&
           !vg_tok_is(&doc->toks[k + 1], "that") && !vg_tok_in(&doc->toks[k + 1], &label_links) &&
           !(t->normlen > 3 && t->norm[t->normlen - 1] == 's' && t->norm[t->normlen - 2] != 's'); /* "Concerns grew" */
}

/* Whether the cue at token i belongs to an instruction: the sentence's
 * first word (after a list marker) is a verb of advice, or "do not", and
 * the cue opens the instruction or is joined to it ("- Keep a low
 * profile, vary routes and confirm that hotels have ..."; not "Avoid the
 * city centre, police say", whose cue has its subject); or the sentence
 * asks ("Do you believe peace can be achieved?"). */
static int instruction(const vg_doc *doc, const vg_sent *s, size_t i)
{
    size_t k = s->tok_start;
    while (k < s->tok_end && (doc->toks[k].kind == VG_TOK_BULLET || vg_tok_is_dash(&doc->toks[k])))
        k++;
    if (k >= s->tok_end)
        return 0;
    if (vg_tok_in(&doc->toks[k], &question_openers) && vg_tok_punct(&doc->toks[s->tok_end - 1], '?'))
        return 1;
    int advice = vg_tok_in(&doc->toks[k], &advice_verbs) ||
                 (vg_tok_is(&doc->toks[k], "do") && k + 1 < s->tok_end && vg_tok_is(&doc->toks[k + 1], "not"));
    if (!advice || (k + 1 < s->tok_end && vg_tok_punct(&doc->toks[k + 1], ':')))
        return 0;
    return i == k || (i > k && (vg_tok_punct(&doc->toks[i - 1], ',') || vg_tok_in(&doc->toks[i - 1], &joiners)));
}

/* The rank of the cue reading h at token i of sentence s for
 * find_cue: 1 a verb with a holder before it, 2 an object cue (or a
 * parenthetical speaker before a colon), 3 any other; 0 when it is no cue
 * here. */
/* "security guards saw flames", "I saw bodies everywhere": the cue of
 * ntok tokens at i is seen, not judged ("officials see the attack as a
 * warning", "we saw that ..." are judgements). */
static int seen_not_judged(const vg_doc *doc, const vg_sent *s, size_t i, size_t ntok)
{
    const vg_token *t = &doc->toks[i];
    if (!vg_tok_is(t, "saw") && !vg_tok_is(t, "see") && !vg_tok_is(t, "sees"))
        return 0;
    for (size_t k = i + ntok; k < s->tok_end && k < i + ntok + 8; k++)
        if ((k == i + ntok && vg_tok_is(&doc->toks[k], "that")) || vg_tok_is(&doc->toks[k], "as"))
            return 0;
    return 1;
}

/* "by" opening the agent of a passive cue ("was claimed on Sunday by X"):
 * its token within a few words after the cue, else end. */
static size_t passive_agent(const claimer *c, size_t from, size_t end)
{
    size_t k = past_time(c->doc, from, end); /* only a time between: "claimed on Sunday by" */
    return k < end && vg_tok_is(&c->doc->toks[k], "by") ? k : end;
}

/* "X is believed to", "The attack was claimed": a verb cue in the
 * passive, whose subject is what the statement is about, not who holds it
 * (feelings excepted: "X is concerned that"; not "had been expecting"). */
static int passive_cue(const vg_doc *doc, const vg_sent *s, const vg_cue *cue, size_t i)
{
    return cue->verb && !(cue->flags & VG_CUF_EMOTIVE) &&
           (vg_tok_in(&doc->toks[i], &be_words) ||
            (i > s->tok_start && vg_tok_in(&doc->toks[i - 1], &be_words) && !vg_tok_gerund(&doc->toks[i])));
}

/* "X is believed to", "it is thought that": a passive cue of belief that
 * carries the statement (not "the group, which is considered the most
 * radical", "the runoff, which is expected to be held"; not "must be
 * judged"). */
static const char *const belief_lemmas[] = {"believe", "think", "suspect", "expect", NULL};

static int lemma_in(const char *lemma, const char *const *list)
{
    for (size_t k = 0; lemma && list[k]; k++)
        if (str_is(lemma, list[k]))
            return 1;
    return 0;
}
static vg_wordlist relatives_that = VG_WORDLIST("which", "who", "that");
static vg_wordlist held_nexts = VG_WORDLIST("of", "responsible", "behind", "involved");

static int held_belief(const vg_doc *doc, const vg_sent *s, const vg_cue *cue, size_t i, size_t ntok)
{
    if (!(cue->flags & VG_CUF_EPISTEMIC) || cue->certainty == VG_CERT_UNKNOWN || !passive_cue(doc, s, cue, i))
        return 0;
    size_t v = vg_tok_in(&doc->toks[i], &be_words) ? i : i - 1; /* the be-word */
    size_t n = i + ntok;
    if (!lemma_in(cue->lemma, belief_lemmas))
        return 0;
    if (v > s->tok_start && vg_tok_in(&doc->toks[v - 1], &relatives_that))
        return 0;
    /* "is believed to", "is thought that", "is suspected of", "is
     * believed responsible", "ISKP is suspected, officials said" */
    /* (the last ones only in the sentence's own clause, its subject
     * first: not "said they had to leave because they were suspected of
     * collaborating") */
    return n < s->tok_end && (vg_tok_is(&doc->toks[n], "to") || vg_tok_is(&doc->toks[n], "that") ||
                              ((vg_tok_in(&doc->toks[n], &held_nexts) || vg_tok_punct(&doc->toks[n], ',')) &&
                               v < s->tok_start + 6 && !vg_extract_words_in(doc, s->tok_start, v, &boundary_words)));
}

/* A participle of belief right after a noun and before "to" ("a
 * motorcycle believed to have been used"), in a phrase [a, cue) that holds
 * a verb of its own: a reduced relative, whose belief the subject does not
 * hold. */
static int reduced_belief(const vg_doc *doc, const vg_cue *cue, size_t a, size_t cue_tok, size_t cue_end,
                          size_t end)
{
    if (!lemma_in(cue->lemma, belief_lemmas) || cue_end >= end || !vg_tok_is(&doc->toks[cue_end], "to") ||
        cue_tok < a + 2 || vg_tok_in(&doc->toks[cue_tok - 1], &be_words) ||
        doc->toks[cue_tok - 1].kind != VG_TOK_WORD)
        return 0;
    for (size_t j = a + 1; j + 1 < cue_tok; j++)
        if (vg_tok_past(&doc->toks[j]) && !vg_tok_in(&doc->toks[j - 1], &determiners))
            return 1;
    return 0;
}

static vg_wordlist people_preps = VG_WORDLIST("in", "at", "on", "from", "of", "and", "who", "were", "was");

/* What cue_rank reads of the words before a cue at token i, which
 * add_claim reads again for the cue chosen: ha = holder_left(doc,
 * s->tok_start, i); when read is set, also hb = before_time(doc, ha,
 * aside_at(doc, ha, i)), hx = holder_end(doc, ha, hb) and like =
 * holder_like(doc, ha, hx). */
typedef struct cue_subject {
    size_t ha, hb, hx;
    int read, like;
} cue_subject;

/* The rank of cue hit h at token i of sentence s: 1 a verb with a holder
 * before it, 2 an object cue, 3 another, 0 no cue here. When it is not 0,
 * *sub holds what it read (see cue_subject); it may be set when it is 0
 * too. */
static int cue_rank(const claimer *c, const vg_sent *s, size_t i, const vg_lex_hit *h, cue_subject *sub)
{
    const vg_cue *cue = vg_lex_cue(c->lx, h->rec);
    if (cue->flags & VG_CUF_PSEUDO)
        return 0;
    /* "The suspects, a 21-year-old Syrian ...": after a determiner, a
     * noun, not the verb */
    if (cue->verb && i > s->tok_start && counted_noun(&c->doc->toks[i - 1]))
        return 0;
    /* "two female Supreme Court judges in Kabul": people of a target
     * row before a preposition, not "CISA judges it likely" */
    if (cue->verb && h->ntok == 1 && i + 1 < s->tok_end && vg_tok_in(&c->doc->toks[i + 1], &people_preps)) {
        const vg_lex_hit *tg = vg_extract_hit(c->doc, i, VG_LK_TARGET);
        if (tg && vg_lex_target(c->lx, tg->rec)->human)
            return 0;
    }
    /* "the investigating judge": a participle between them */
    if (cue->verb && i > s->tok_start + 1 && vg_tok_in(&c->doc->toks[i - 2], &determiners) &&
        participle(&c->doc->toks[i - 1]))
        return 0;
    /* "strikes ... may be repeated": a speech verb in the passive with
     * no clause and no agent says nothing */
    if (cue->verb && (cue->flags & VG_CUF_SPEECH) && i > s->tok_start &&
        vg_tok_in(&c->doc->toks[i - 1], &be_words) && !agent_or_clause(c->doc, i + h->ntok, s->tok_end))
        return 0;
    /* "Anis Ben Saïd", "Edward Said": in mixed-case text a capitalised
     * cue right after a capitalised word, inside a sentence that is no
     * heading, is the end of a name */
    {
        const vg_token *t = &c->doc->toks[i], *p = i > s->tok_start ? &c->doc->toks[i - 1] : NULL;
        if (p && c->doc->ex->casemode == VG_CASE_MIXED && (t->flags & VG_TF_CAP) && !(t->flags & VG_TF_ALLCAP) &&
            p->kind == VG_TOK_WORD && (p->flags & VG_TF_CAP) && !(p->flags & VG_TF_ALLCAP) &&
            prose(c->doc, s))
            return 0;
    }
    /* "urged all States to cooperate": in prose, a capitalised verb after
     * a word in lower case is a name or a noun */
    if (cue->verb && i > s->tok_start && c->doc->ex->casemode == VG_CASE_MIXED) {
        const vg_token *t = &c->doc->toks[i], *p = &c->doc->toks[i - 1];
        if ((t->flags & VG_TF_CAP) && !(t->flags & VG_TF_ALLCAP) && p->kind == VG_TOK_WORD &&
            (p->flags & VG_TF_LOWER) && prose(c->doc, s))
            return 0;
    }
    {
        const vg_token *t = &c->doc->toks[i];
        const vg_token *n = i + h->ntok < s->tok_end ? &c->doc->toks[i + h->ntok] : NULL;
        /* "Three men appeared in court", "appear before a judge": came
         * before it, nothing seemed */
        if (str_is(cue->lemma, "seem") && n && t->norm[0] == 'a' &&
            (vg_tok_is(n, "in") || vg_tok_is(n, "before") || vg_tok_is(n, "at") || vg_tok_is(n, "on")))
            return 0;
        /* "a Malian known as Kounta Dallah": a name given, nothing held */
        if (str_is(cue->lemma, "know") && n && vg_tok_is(n, "as"))
            return 0;
        /* "he will be questioned by prosecutors": asked, not doubted */
        if (vg_tok_is(t, "questioned") && ((n && vg_tok_is(n, "by")) ||
                                          (i > s->tok_start && vg_tok_in(&c->doc->toks[i - 1], &be_words))))
            return 0;
        if (seen_not_judged(c->doc, s, i, h->ntok))
            return 0;
        /* "Al-Shabaab, which Kenya blamed for the attack, said", "ISIS,
         * blamed for the attack, denied", "Who is to blame", "Blame was
         * placed": an accusation told in passing or a noun, not the
         * sentence's statement */
        if (str_is(cue->lemma, "blame") || str_is(cue->lemma, "attribute")) {
            const vg_token *p = i > s->tok_start ? &c->doc->toks[i - 1] : NULL;
            if (!p || vg_tok_punct(p, ',') || vg_tok_is(p, "to") || vg_tok_is(p, "the") ||
                (n && vg_tok_in(n, &be_words)))
                return 0;
            for (size_t j = i; j > s->tok_start && i - j < 4; j--)
                if (vg_tok_in(&c->doc->toks[j - 1], &relatives))
                    return 0;
        }
    }
    /* "the following morning": a time, not a list's opener */
    if (i + h->ntok < s->tok_end && vg_tok_in(&c->doc->toks[i + h->ntok], &following_times) &&
        str_is(cue->lemma, "following"))
        return 0;
    /* "to disseminate known indicators", "has seen repeated militant
     * violence", "the reported attack", "HMI project files": a word
     * qualifying the noun after it */
    if (h->ntok == 1 && qualifier(c->doc, s, i))
        return 0;
    if (tells_nothing(c->doc, s, cue->lemma, i + h->ntok))
        return 0;
    /* "21 per cent", "per capita", "per day": a rate, not "per the ministry" */
    if (vg_tok_is(&c->doc->toks[i], "per") && i + 1 < s->tok_end && vg_tok_in(&c->doc->toks[i + 1], &rate_units))
        return 0;
    /* "He declined to say whether ...", "Masters are advised to report
     * all approaches": nothing is said */
    if (i >= s->tok_start + 2 && vg_tok_is(&c->doc->toks[i - 1], "to") &&
        vg_tok_in(&c->doc->toks[i - 2], &refusals)) /* a noun reading too: "ADVISED TO REPORT" */
        return 0;
    if (cue->verb && fronted_participle(c->doc, s, i))
        return 0;
    /* "Islamic State": a name, not "to state"; "Borno state": a region
     * (not "Reuters states", "Amnesty International states") */
    int32_t pe = i > s->tok_start ? vg_extract_entity_at(c->doc, i - 1) : -1;
    if (reduced_relative(c->doc, i, s->tok_end) || vg_extract_entity_at(c->doc, i) >= 0 ||
        (pe >= 0 && vg_tok_in(&c->doc->toks[i], &region_nouns) && c->doc->ex->ents[pe].type == VG_ENT_PLACE))
        return 0;
    /* "PIRACY & ARMED ROBBERY REPORT": a report's kind in a title, no
     * attribution unless it goes on ("the incident report says that") */
    if ((str_is(cue->lemma, "report") || str_is(cue->lemma, "report_noun")) && trigger_ends_at(c->doc, s, i) &&
        !(i + h->ntok < s->tok_end && vg_tok_is(&c->doc->toks[i + h->ntok], "that")))
        return 0;
    /* "TRAVEL RISK ALERT - KENYA", "LIVE PIRACY REPORT 012/2026": a
     * heading names a kind of text; it tells nothing unless a clause
     * follows the speech verb ("Police Say Gunmen Killed Four", "POLICE
     * SAY 12 KILLED") */
    if (heading(c->doc, s)) {
        size_t e = i + h->ntok;
        if (e < s->tok_end && c->doc->toks[e].kind == VG_TOK_NUM)
            e++;
        if (e >= s->tok_end || c->doc->toks[e].kind != VG_TOK_WORD || !(cue->flags & VG_CUF_SPEECH) ||
            !cue->verb || vg_tok_gerund(&c->doc->toks[i])) /* "PIRACY REPORTING CENTRE" */
            return 0;
    }
    /* "The warning follows the bombing of a market", "the alert came
     * after gunmen stormed ...": a statement named as the subject of
     * when it came, not told; what follows is the author's */
    if (cue->pos && str_is(cue->pos, "noun") && vg_extract_sequence_after(c->doc, i + h->ntok, s->tok_end))
        return 0;
    /* "Reporting period: 1 - 15 August 2022": a label's word */
    if (i == s->tok_start && vg_tok_gerund(&c->doc->toks[i]))
        for (size_t k = i + 1; k < s->tok_end && k <= i + 3; k++)
            if (vg_tok_punct(&c->doc->toks[k], ':'))
                return 0;
    /* "- Keep a low profile ... and confirm that hotels have ...": the
     * cue in its base form is part of the instruction ("Avoid the centre,
     * police said" is told) */
    if (vg_tok_is(&c->doc->toks[i], cue->lemma) && instruction(c->doc, s, i))
        return 0;
    if (((cue->verb && vg_tok_is(&c->doc->toks[i], cue->lemma)) || (cue->pos && str_is(cue->pos, "noun"))) &&
        opens_order(c->doc, s, i))
        return 0;
    /* "there is no doubt that", "without doubt": the noun, a hedge of
     * certainty (hedges.tsv), no holder's doubting */
    if ((vg_tok_is(&c->doc->toks[i], "doubt") || vg_tok_is(&c->doc->toks[i], "doubts")) && i > s->tok_start &&
        vg_tok_in(&c->doc->toks[i - 1], &doubt_dets))
        return 0;
    /* "arrested three Islamic State suspects in Tripoli": the noun */
    if (vg_tok_is(&c->doc->toks[i], "suspects") && i + 1 < s->tok_end &&
        vg_tok_in(&c->doc->toks[i + 1], &suspect_nexts))
        return 0;
    /* "Masters should report all incidents": an instruction, nothing told */
    if (i > s->tok_start &&
        (vg_tok_is(&c->doc->toks[i - 1], "should") || vg_tok_is(&c->doc->toks[i - 1], "must")))
        return 0;
    /* "The robbers threatened the AB with a knife": a deed, not words */
    if (str_is(cue->lemma, "threaten")) {
        for (size_t k = i + h->ntok; k < s->tok_end && k < i + h->ntok + 6; k++) {
            if (vg_tok_is(&c->doc->toks[k], "to") || vg_tok_is(&c->doc->toks[k], "that"))
                break;
            if (vg_tok_is(&c->doc->toks[k], "with"))
                return 0;
        }
    }
    int r = 3;
    size_t ha = holder_left(c->doc, s->tok_start, i);
    sub->ha = ha;
    sub->read = 0;

    /* "A military intelligence report seen by ...": after "a", the
     * bare lemma is a noun, not the verb */
    const vg_token *t = &c->doc->toks[i];
    int bare_noun = ha < i && (vg_tok_is(&c->doc->toks[ha], "a") || vg_tok_is(&c->doc->toks[ha], "an")) &&
                    strlen(cue->lemma) == t->normlen && !memcmp(cue->lemma, t->norm, t->normlen);
    int subject = cue->verb && !bare_noun && (cue->holder == VG_HOLD_SUBJ || cue->holder == VG_HOLD_SUBJ_OR_NONE) &&
                  (!passive_cue(c->doc, s, cue, i) || passive_agent(c, i + h->ntok, s->tok_end) < s->tok_end);
    if (subject) {
        sub->hb = before_time(c->doc, ha, aside_at(c->doc, ha, i));
        sub->hx = holder_end(c->doc, ha, sub->hb);
        sub->like = holder_like(c->doc, ha, sub->hx);
        sub->read = 1;
    }
    if (subject && sub->like) {
        /* "Port Control Pemba informed.": a holder and its verb, nothing said */
        size_t after = i + h->ntok;
        while (after < s->tok_end && c->doc->toks[after].kind == VG_TOK_PUNCT)
            after++;
        /* not "Toll disputed", "The TTP claimed responsibility.", "The
         * army has not commented." */
        if (after == s->tok_end && ha == s->tok_start && !cue->negative &&
            !(cue->flags & VG_CUF_RESPONSIBILITY) &&
            cue_negator(c->doc, ha, i, i + h->ntok, cue->verb, 0) == SIZE_MAX)
            return 0;
        r = 1;
    }
    else if (cue->holder == VG_HOLD_OBJ)
        r = 2;
    /* "Main reason, he said, is who is coming: German authorities
     * believe ...": a parenthetical speaker yields to the clause after
     * the colon, which has its own holder */
    if (r == 1 && ha > s->tok_start && vg_tok_punct(&c->doc->toks[ha - 1], ',') &&
        i + h->ntok < s->tok_end && vg_tok_punct(&c->doc->toks[i + h->ntok], ',')) {
        for (size_t k = i + h->ntok; k < s->tok_end && r == 1; k++)
            if (vg_tok_punct(&c->doc->toks[k], ':'))
                r = 2;
    }
    return r;
}

/* The cue of sentence s that carries its attribution: a verb with a
 * holder before it ("USG sources believe") first, then an object cue
 * ("according to X"), then the first other one. */
static int find_cue(const claimer *c, const vg_sent *s, size_t *tok, const vg_lex_hit **hit, cue_subject *sub)
{
    int found = 0, rank = 99;
    /* (most tokens start no cue: the bit of their hit kinds says so; read
     * here, not through vg_extract_hit, whose checks do not leave the
     * loop. A token whose bit is set but holds no cue adds nothing below.) */
    const uint16_t *kinds = c->ex ? c->ex->hit_kinds : NULL;
    /* rank 1 is the best cue_rank gives, and only a lower rank replaces
     * the cue found: past one, the rest of the sentence changes nothing */
    for (size_t i = s->tok_start; kinds && i < s->tok_end && rank > 1; i++) {
        /* every reading of the longest cue here: "estimates" the verb or
         * the noun; "acc to estimates", not "acc to" */
        if (!(kinds[i] & (1u << VG_LK_CUE)))
            continue;
        size_t nh, longest = 0;
        const vg_lex_hit *hs = vg_extract_hits(c->doc, i, &nh);
        for (size_t j = 0; j < nh; j++)
            if (hs[j].kind == VG_LK_CUE && hs[j].ntok > longest)
                longest = hs[j].ntok;
        for (size_t j = 0; j < nh && rank > 1; j++) {
            if (hs[j].kind != VG_LK_CUE || hs[j].ntok < longest)
                continue;
            cue_subject a;
            int r = cue_rank(c, s, i, &hs[j], &a);
            if (r && r < rank) {
                rank = r;
                *tok = i;
                *hit = &hs[j];
                *sub = a;
                found = 1;
            }
        }
    }
    /* '"We believe the brothers were targeted," said Lt. Holloway': a cue
     * inside the quotation that opens the sentence is the speaker's own
     * words; the verb after the quotation tells who speaks (the inner cue
     * still says how sure) */
    const vg_doc *doc = c->doc;
    if (found && s->tok_end - s->tok_start > 3 && is_quote(&doc->toks[s->tok_start]) && *tok > s->tok_start) {
        size_t q = *tok + 1;
        while (q < s->tok_end && !is_quote(&doc->toks[q]))
            q++;
        size_t nh;
        const vg_lex_hit *hs = q + 1 < s->tok_end ? vg_extract_hits(doc, q + 1, &nh) : NULL;
        cue_subject a;
        for (size_t j = 0; hs && j < nh; j++)
            if (hs[j].kind == VG_LK_CUE && vg_lex_cue(c->lx, hs[j].rec)->verb && cue_rank(c, s, q + 1, &hs[j], &a)) {
                *tok = q + 1;
                *hit = &hs[j];
                *sub = a;
                break;
            }
    }
    return found;
}

/* "US advisers in Erbil share the assessment and estimate that": a verb
 * cue coordinated with the subject's first verb. The subject is a holder
 * word or an entity within its first four words, with "in <place>" after
 * it; the cue follows "and" within twelve words. Sets *at to the cue and
 * *hend to the subject's end. */
static const vg_cue *coordinated_cue(const claimer *c, size_t from, size_t end, size_t *at, size_t *hend)
{
    const vg_doc *doc = c->doc;
    size_t x = from;
    while (x < end && x < from + 4 && !vg_tok_in(&doc->toks[x], &heads) && vg_extract_entity_at(doc, x) < 0) {
        /* modifiers only before the head: "troops killed Abu Bakr" has a verb */
        const vg_token *t = &doc->toks[x];
        if (vg_tok_past(t))
            return NULL;
        x++;
    }
    if (x == end || x == from + 4)
        return NULL;
    int32_t head = vg_extract_entity_at(doc, x);
    if (head >= 0) { /* past the whole name, and a source word after it ("US advisers") */
        while (x < end && vg_extract_entity_at(doc, x) == head)
            x++;
        if (x < end && vg_tok_in(&doc->toks[x], &heads))
            x++;
    } else {
        x++;
    }
    if (x + 1 < end && (vg_tok_is(&doc->toks[x], "in") || vg_tok_is(&doc->toks[x], "at")) &&
        vg_extract_entity_at(doc, x + 1) >= 0) {
        int32_t e = vg_extract_entity_at(doc, x + 1);
        x += 2;
        while (x < end && vg_extract_entity_at(doc, x) == e)
            x++;
    }
    if (x >= end || doc->toks[x].kind != VG_TOK_WORD || vg_extract_hit(doc, x, VG_LK_CUE))
        return NULL;
    for (size_t k = x + 2; k < end && k < from + 12; k++) {
        if (is_punct_tok(&doc->toks[k - 1]))
            return NULL;
        const vg_lex_hit *h = vg_extract_hit(doc, k, VG_LK_CUE);
        if (!h || !vg_tok_is(&doc->toks[k - 1], "and"))
            continue;
        const vg_cue *cue = vg_lex_cue(c->lx, h->rec);
        if (!cue->verb || (cue->flags & VG_CUF_PSEUDO) ||
            (cue->holder != VG_HOLD_SUBJ && cue->holder != VG_HOLD_SUBJ_OR_NONE))
            return NULL;
        *at = k;
        *hend = x;
        return cue;
    }
    return NULL;
}

/* A verb cue opening the statement [from, end): "they believe", "the
 * government believes", its subject a pronoun or a holder-like phrase of
 * a few words. Returns the cue and its token in *at, or NULL. */
static const vg_cue *inner_cue(const claimer *c, size_t from, size_t end, size_t *at, size_t *hend)
{
    const vg_cue *co = coordinated_cue(c, from, end, at, hend);
    if (co)
        return co;
    for (size_t k = from + 1; k < end && k < from + 6; k++) {
        if (is_punct_tok(&c->doc->toks[k - 1]))
            return NULL;
        const vg_lex_hit *h = vg_extract_hit(c->doc, k, VG_LK_CUE);
        if (!h)
            continue;
        const vg_cue *cue = vg_lex_cue(c->lx, h->rec);
        if (!cue->verb || (cue->flags & VG_CUF_PSEUDO) || vg_tok_in(&c->doc->toks[k], &be_words) ||
            (cue->holder != VG_HOLD_SUBJ && cue->holder != VG_HOLD_SUBJ_OR_NONE) ||
            vg_extract_entity_at(c->doc, k) >= 0 ||
            seen_not_judged(c->doc, &c->doc->sents[vg_extract_sent_of(c->doc, k)], k, h->ntok))
            return NULL;
        /* "he is revealing": the subject ends before the verb's own "is" */
        size_t hk = k > from + 1 && vg_tok_gerund(&c->doc->toks[k]) &&
                    vg_tok_in(&c->doc->toks[k - 1], &be_words) ? k - 1 : k;
        int pron = hk - from == 1 && vg_tok_in(&c->doc->toks[from], &pronouns);
        if (!pron && !holder_like(c->doc, from, k))
            return NULL;
        /* "they could not confirm": a modal or a negation is the
         * statement's own, not a relay */
        for (size_t j = from; j < k; j++)
            if (vg_tok_in(&c->doc->toks[j], &auxiliaries) || vg_extract_hit(c->doc, j, VG_LK_NEG))
                return NULL;
        *at = k;
        *hend = hk;
        return cue;
    }
    return NULL;
}

/* Whether any cue of sentence s can open a list, or it ends with ':'. */
static int list_cue(const claimer *c, const vg_sent *s)
{
    const vg_doc *doc = c->doc;
    if (s->tok_end > s->tok_start && vg_tok_punct(&doc->toks[s->tok_end - 1], ':'))
        return 1;
    for (size_t i = s->tok_start; i < s->tok_end; i++) {
        const vg_lex_hit *h = vg_extract_hit(doc, i, VG_LK_CUE);
        if (h && vg_lex_cue(c->lx, h->rec)->list)
            return 1;
    }
    return 0;
}

/* Whether sentence si opens a relayed list: a cue can open one and a
 * bullet follows within LIST_INTRO_BACK sentences, with no other
 * paragraph between. */
static int opens_list(const claimer *c, size_t si)
{
    /* a bullet is inside a list, it does not introduce one, nor does a
     * later sentence of its item unless a colon closes it */
    const vg_doc *doc = c->doc;
    if ((doc->sents[si].flags & VG_SF_BULLET) || !list_cue(c, &doc->sents[si]))
        return 0;
    const vg_sent *s = &doc->sents[si];
    int colon = s->tok_end > s->tok_start && vg_tok_punct(&doc->toks[s->tok_end - 1], ':');
    for (size_t k = si; !colon && k-- > 0 && doc->sents[k].para == s->para;)
        if (doc->sents[k].flags & VG_SF_BULLET)
            return 0;
    /* (not over a paragraph of its own unless a colon closes the intro:
     * "The Interior Ministry said ... / Indicators to watch / - A spike
     * in ...": a heading opens the bullets) */
    for (size_t k = si + 1; k < doc->nsents && k <= si + LIST_INTRO_BACK; k++) {
        if (doc->sents[k].flags & VG_SF_BULLET)
            return 1;
        if (doc->sents[k].para != s->para && !colon)
            return 0;
    }
    return 0;
}

/* The statement [a, b) of cl: its hedges lower the certainty ("may" ->
 * possible; "said they had probably come" -> probable), a negator turns
 * its polarity. */
/* Tokens [a, b) of sentence s hold a passive cue of belief (held_belief):
 * cl is as sure as it, when it was more sure. */
static void believed_in(const claimer *c, const vg_sent *s, size_t a, size_t b, vg_claim *cl)
{
    for (size_t k = a; k < b && cl->certainty < VG_CERT_PROBABLE; k++) {
        const vg_lex_hit *h = vg_extract_hit(c->doc, k, VG_LK_CUE);
        const vg_cue *q = h ? vg_lex_cue(c->lx, h->rec) : NULL;
        if (q && held_belief(c->doc, s, q, k, h->ntok))
            cl->certainty = q->certainty;
    }
}

static vg_wordlist first_persons = VG_WORDLIST("we", "i");

static void hedge_statement(const claimer *c, vg_claim *cl, size_t a, size_t b)
{
    int likely;
    /* '"We believe the teachers have been taken across into Somalia," the
     * commissioner said': the speaker's own belief, quoted */
    size_t q = a;
    while (q < b && q < a + 2 && c->doc->toks[q].kind == VG_TOK_PUNCT)
        q++;
    const vg_lex_hit *bh = q + 1 < b && vg_tok_in(&c->doc->toks[q], &first_persons)
                               ? vg_extract_hit(c->doc, q + 1, VG_LK_CUE)
                               : NULL;
    const vg_cue *bc = bh ? vg_lex_cue(c->lx, bh->rec) : NULL;
    if (bc && (bc->flags & VG_CUF_EPISTEMIC) && !bc->negative && bc->certainty > cl->certainty &&
        bc->certainty < VG_CERT_UNKNOWN && lemma_in(bc->lemma, belief_lemmas)) /* not "I saw" */
        cl->certainty = bc->certainty;
    int band = weakest_hedge(c, a, b, &likely);
    if (band >= 0 && band <= VG_BAND_ROUGHLY_EVEN &&
        (cl->certainty == VG_CERT_CERTAIN || cl->certainty == VG_CERT_PROBABLE))
        cl->certainty = VG_CERT_POSSIBLE;
    else if (cl->certainty == VG_CERT_CERTAIN && likely)
        cl->certainty = VG_CERT_PROBABLE;
    /* "It is believed that X is expected to attack ..., officials told
     * Y", "X is believed to have two cells, according to Y" */
    if (a < b)
        believed_in(c, &c->doc->sents[vg_extract_sent_of(c->doc, a)], a, b, cl);
    if (negated(c, a, b))
        cl->negative = !cl->negative;
}

static int push_claim(vg_doc *doc, const vg_claim *cl, uint32_t at);

static int oom(const vg_doc *doc) { return doc->arena.capped ? VIGIL_ELIMIT : VIGIL_ENOMEM; }

/* The speaker label that opens the paragraph of sentence si ("MINISTER:",
 * "GENERAL AHMED:", "MR. KHAN:"): one to four words in capitals (and
 * periods), one of them a title, then a colon; into *out. */
static int speaker_label(const vg_doc *doc, size_t si, vg_span *out)
{
    size_t first = si;
    while (first > 0 && doc->sents[first - 1].para == doc->sents[si].para)
        first--;
    const vg_sent *s = &doc->sents[first];
    int title = 0, words = 0;
    for (size_t k = s->tok_start; k < s->tok_end && words <= 4; k++) {
        const vg_token *t = &doc->toks[k];
        if (vg_tok_is(t, ":")) {
            if (!title || k == s->tok_start)
                return 0;
            *out = (vg_span){doc->toks[s->tok_start].start, doc->toks[k - 1].end};
            return 1;
        }
        if (t->kind == VG_TOK_WORD && !(t->flags & VG_TF_ALLCAP))
            return 0;
        if (t->kind != VG_TOK_WORD && !vg_tok_is(t, "."))
            return 0;
        words += t->kind == VG_TOK_WORD;
        title |= vg_tok_in(t, &speaker_titles);
    }
    return 0;
}

/* The one entity of type type named in sentences [from, si); -1 for
 * none, -2 for two of them. */
static int32_t one_named_before(const claimer *c, size_t from, size_t end_tok, int type)
{
    const vg_extract *ex = c->ex;
    int32_t one = -1;
    for (size_t m = vg_extract_first_mention(c->doc, c->doc->sents[from].tok_start);
         m < ex->nmentions && ex->mentions[m].tok_start < end_tok; m++) {
        int32_t e = (int32_t)ex->mentions[m].entity;
        if (ex->ents[e].type != type)
            continue;
        if (one >= 0 && one != e)
            return -2;
        one = e;
    }
    return one;
}

static int32_t one_named(const claimer *c, size_t from, size_t si, int type)
{
    return one_named_before(c, from, c->doc->sents[si].tok_start, type);
}

static vg_wordlist group_nouns = VG_WORDLIST("group", "militants", "insurgents", "rebels", "movement",
                                             "organisation", "organization", "militia", "jihadists");

/* The armed group "the group" at token a of sentence si stands for: the
 * one armed group named in the three sentences before or earlier in its
 * own ("attribute the attack to JNIM; the group denied involvement"; none
 * when two are, when an organisation is named there, or another group is
 * told there). */
static int32_t group_before(const claimer *c, size_t si, size_t a)
{
    size_t from = si >= 3 ? si - 3 : 0;
    int32_t one = one_named_before(c, from, a, VG_ENT_ARMED_GROUP);
    /* not when an organisation is named there too ("Human Rights Watch
     * condemned the attack. The group said"), nor when another group is
     * told ("A survivors' group was formed") */
    if (one < 0 || one_named_before(c, from, a, VG_ENT_ORGANIZATION) != -1)
        return -1;
    for (size_t k = c->doc->sents[from].tok_start; k < a; k++)
        if ((vg_tok_is(&c->doc->toks[k], "group") || vg_tok_is(&c->doc->toks[k], "groups")) &&
            vg_extract_entity_at(c->doc, k) != one)
            return -1;
    return one;
}

/* The person "he" or "she" opening sentence si stands for: the one person
 * named in the sentence before ("On Tuesday, President Tinubu visited the
 * town. He said ..."); with none named there, the holder of a claim among
 * the three sentences before, when a person; else -1 (two people before:
 * unknown). */
static int32_t person_before(const claimer *c, size_t si)
{
    const vg_extract *ex = c->ex;
    if (si == 0)
        return -1;
    int32_t one = one_named(c, si - 1, si, VG_ENT_PERSON);
    if (one != -1)
        return one >= 0 ? one : -1;
    for (size_t k = ex->nclaims; k-- > 0;) {
        const vg_claim *p = &ex->claims[k];
        if (p->sent + 3 < si)
            break;
        if (p->sent < si && p->holder >= 0)
            return ex->ents[p->holder].type == VG_ENT_PERSON ? p->holder : -1;
    }
    return -1;
}

static int add_claim(claimer *c, size_t si)
{
    vg_doc *doc = c->doc;
    vg_extract *ex = c->ex;
    const vg_sent *s = &doc->sents[si];
    size_t cue_tok = 0;
    const vg_lex_hit *hit = NULL;
    cue_subject sub; /* as cue_rank read it for the cue found */
    memset(&sub, 0, sizeof sub);
    int has_cue = find_cue(c, s, &cue_tok, &hit, &sub);

    /* leaving a list: a paragraph that is not a bullet, once bullets came */
    if (s->flags & VG_SF_BULLET)
        c->list_bullets = 1;
    else if (c->in_list && c->list_bullets && (s->flags & VG_SF_PARA))
        c->in_list = 0;
    if (s->para != c->item_para) {
        c->item_para = s->para;
        c->item_holder = -1;
        c->item_holder_text = (vg_span){0, 0};
        c->item_cue = NULL;
        c->item_certainty = VG_CERT_UNKNOWN;
    }
    if (!has_cue && !c->in_list)
        return VIGIL_OK;

    vg_claim cl;
    memset(&cl, 0, sizeof cl);
    cl.start = s->start;
    cl.end = s->end;
    cl.sent = (uint32_t)si;
    cl.holder = -1;
    cl.certainty = VG_CERT_UNKNOWN;
    size_t stmt_a = s->tok_start, stmt_b = s->tok_end;
    int inverted = 0; /* '"...," said X': the holder follows the verb */
    int32_t outlet = -1, relay = -1;
    vg_span outlet_text = {0, 0}, relay_text = {0, 0};
    int impersonal = 0, same_source = 0;
    size_t cue_neg = SIZE_MAX; /* a negator on the cue (cue_negator) */

    if (has_cue) {
        const vg_cue *cue = vg_lex_cue(c->lx, hit->rec);
        cl.cue = cue->lemma;
        cl.certainty = cue->certainty;
        cl.negative = cue->negative;
        size_t cue_end = cue_tok + hit->ntok;
        if (cue->holder == VG_HOLD_OBJ) {
            size_t b = holder_right(doc, cue_end, s->tok_end);
            /* "acc to same sources": the source named before */
            for (size_t k = cue_tok; k < b && !same_source; k++)
                same_source = vg_tok_is(&doc->toks[k], "same");
            if (!same_source) {
                cl.holder_text = tok_span(doc, cue_end, b);
                cl.holder = entity_in(doc, cue_end, b);
            }
            stmt_a = b < s->tok_end && is_punct_tok(&doc->toks[b]) ? b + 1 : b;
            if (cue_tok > s->tok_start + 1) {
                stmt_a = s->tok_start, stmt_b = cue_tok; /* "X, acc to Y" */
                /* "..., but according to the source none of them is
                 * believed to belong": Y's belief after Y (the statement
                 * before the cue is hedged below) */
                believed_in(c, s, b, s->tok_end, &cl);
            }
            /* "State-run Iraqiya television, citing the Interior Ministry,
             * said ...": the subject relays what the cited one holds, and
             * the verb is the cue */
            size_t ra = cue_tok > s->tok_start + 1 ? holder_left(doc, s->tok_start, cue_tok - 1) : cue_tok;
            if (!same_source && ra + 1 < cue_tok && vg_tok_punct(&doc->toks[cue_tok - 1], ',') &&
                b + 1 < s->tok_end && vg_tok_punct(&doc->toks[b], ',') && verb_cue_at(c, b + 1) &&
                holder_like(doc, ra, cue_tok - 1)) {
                const vg_lex_hit *vh = vg_extract_hit(doc, b + 1, VG_LK_CUE);
                const vg_cue *vc = vg_lex_cue(c->lx, vh->rec);
                relay_text = tok_span(doc, ra, cue_tok - 1);
                relay = entity_in(doc, ra, cue_tok - 1);
                cl.cue = vc->lemma;
                cl.certainty = vc->certainty;
                cl.negative = vc->negative;
                stmt_a = b + 1 + vh->ntok;
                stmt_b = s->tok_end;
                if (stmt_a < stmt_b && vg_tok_is(&doc->toks[stmt_a], "that"))
                    stmt_a++;
            }
        } else {
            size_t a = sub.ha;
            size_t hb = sub.read ? sub.hb : before_time(doc, a, aside_at(doc, a, cue_tok));
            /* "It's believed", "who are believed to be", "cities believed
             * may be targeted": impersonal */
            int person3 = cue_tok - a == 1 && vg_tok_in(&doc->toks[a], &persons3);
            /* "X is believed to", "The attack was claimed": a passive cue's
             * subject is what the statement is about, not who holds it */
            int passive = passive_cue(doc, s, cue, cue_tok);
            /* "No group claimed responsibility": nobody holds it */
            /* "disrupt an alleged cell", "reportedly": hearsay nobody holds */
            size_t hx = sub.read ? sub.hx : holder_end(doc, a, hb); /* the subject alone */
            if (a == cue_tok ||
                !((sub.read ? sub.like : holder_like(doc, a, hx)) ||
                  ((hb == cue_tok || hx < hb) && hx > a &&
                   name_like(doc, a, head_end(doc, a, hx), saying_verb(doc, cue, cue_tok)))) ||
                passive || cue->holder == VG_HOLD_NONE ||
                vg_tok_in(&doc->toks[a], &nobody) ||
                (vg_tok_in(&doc->toks[a], &pronouns) && cue_tok - a == 1 && !person3))
                impersonal = 1;
            /* "Police recovered a stolen motorcycle believed to have been
             * used by the suspects": a belief of no one named, told of a
             * thing the clause's verb acts on */
            if (!impersonal && reduced_belief(doc, cue, a, cue_tok, cue_end, s->tok_end))
                impersonal = 1;
            /* "I", "we": the author's own voice */
            if (cue_tok - a == 1 && vg_tok_in(&doc->toks[a], &first_person) &&
                (doc->toks[a].flags & VG_TF_LOWER || vg_tok_is(&doc->toks[a], "i")))
                impersonal = 1;
            /* "The attack was claimed on Sunday by the ELN": the agent */
            if (passive) {
                size_t by = passive_agent(c, cue_end, s->tok_end);
                if (by < s->tok_end) {
                    size_t b = holder_right(doc, by + 1, s->tok_end);
                    int32_t e = entity_in(doc, by + 1, b);
                    if (e >= 0 || holder_like(doc, by + 1, b)) {
                        impersonal = 0;
                        cl.holder_text = tok_span(doc, by + 1, b);
                        cl.holder = e;
                    }
                }
            } else if (impersonal && a == cue_tok && cue->verb && cue_tok > s->tok_start + 2 &&
                       (is_quote(&doc->toks[cue_tok - 1]) || vg_tok_punct(&doc->toks[cue_tok - 1], ',')) &&
                       cue_end < s->tok_end) {
                /* '"We will rebuild," said Mayor Omar Hassan', "The attack
                 * happened at 7.40pm, said Somchai Thongkham": the speaker
                 * after the verb of a quote or of the clause before */
                size_t b = holder_right(doc, cue_end, s->tok_end);
                const vg_token *h = &doc->toks[cue_end];
                /* '..., said a village councillor': someone by what they are */
                int described = b > cue_end + 1 && b - cue_end <= 5 &&
                                (vg_tok_is(h, "a") || vg_tok_is(h, "an") || vg_tok_is(h, "the")) &&
                                doc->toks[cue_end + 1].kind == VG_TOK_WORD;
                /* after a comma the speaker ends the sentence, alone or
                 * with an apposition ("the attack happened at 7.40pm, said
                 * John Smith"; not "Ahmed Ali, 34, said the attack was
                 * ...", "John Smith, an analyst, said JNIM will ...") */
                int closes = is_quote(&doc->toks[cue_tok - 1]) ||
                             ((str_is(cue->lemma, "say") || str_is(cue->lemma, "add")) &&
                              saying_verb(doc, cue, cue_tok) && !vg_extract_in_time(doc, cue_end) &&
                              (b >= s->tok_end || (b + 1 == s->tok_end && is_punct_tok(&doc->toks[b])) ||
                               (vg_tok_punct(&doc->toks[b], ',') && b - cue_end <= 6 &&
                                holder_right(doc, b + 1, s->tok_end) + 1 >= s->tok_end)));
                if (b > cue_end && closes &&
                    (holder_like(doc, cue_end, b) || described ||
                     ((h->flags & VG_TF_CAP) && !(h->flags & VG_TF_ALLCAP)))) {
                    impersonal = 0;
                    inverted = 1;
                    /* '..., said a displaced trader, Mahamadou Ouédraogo.':
                     * the person named after what they are */
                    int32_t named = -1;
                    if (described && b + 1 < s->tok_end && vg_tok_punct(&doc->toks[b], ',')) {
                        int32_t e = vg_extract_entity_at(doc, b + 1);
                        size_t nb = b + 1;
                        while (e >= 0 && nb < s->tok_end && vg_extract_entity_at(doc, nb) == e)
                            nb++;
                        if (e >= 0 && ex->ents[e].type == VG_ENT_PERSON &&
                            (nb >= s->tok_end || is_punct_tok(&doc->toks[nb]))) {
                            named = e;
                            b = nb;
                        }
                    }
                    cl.holder = named >= 0 ? named : entity_in(doc, cue_end, b);
                    /* "..., said Somchai Thongkham, superintendent of Tak Bai
                     * police station.": the speaker's apposition, to the end */
                    size_t tb = b;
                    if (named < 0 && b + 1 < s->tok_end && vg_tok_punct(&doc->toks[b], ',') &&
                        doc->toks[b + 1].kind == VG_TOK_WORD &&
                        (doc->toks[b + 1].flags & VG_TF_LOWER || vg_tok_in(&doc->toks[b + 1], &determiners))) {
                        size_t r = holder_right(doc, b + 1, s->tok_end);
                        if (r > b + 1 && (r == s->tok_end || (r + 1 == s->tok_end && is_punct_tok(&doc->toks[r]))))
                            tb = r;
                    }
                    cl.holder_text = tok_span(doc, cue_end, tb);
                    /* "said Kabul resident Ahmad Shah": not the city */
                    if (cl.holder >= 0 && ex->ents[cl.holder].type == VG_ENT_PLACE)
                        cl.holder = -1;
                    /* '"We believe ...," said X': how sure the speaker is,
                     * in the first person (not "Some people fear ...") */
                    for (size_t k = s->tok_start + 2; k + 1 < cue_tok; k++) {
                        const vg_lex_hit *ih = vg_extract_hit(doc, k, VG_LK_CUE);
                        const vg_cue *in = ih ? vg_lex_cue(c->lx, ih->rec) : NULL;
                        size_t subj = k - 1; /* "we had warned", "I still think" */
                        while (subj > s->tok_start + 1 && k - subj < 3 &&
                               (vg_tok_in(&doc->toks[subj], &auxiliaries) || vg_tok_in(&doc->toks[subj], &adverbs)))
                            subj--;
                        /* ... or in no one's name ("ISKP is suspected, a
                         * senior official told Reuters": the official's
                         * suspicion) */
                        int own = vg_tok_in(&doc->toks[subj], &first_person) ||
                                  ((in && (in->flags & VG_CUF_IMPERSONAL) && (in->flags & VG_CUF_EPISTEMIC)) &&
                                   (vg_tok_in(&doc->toks[k - 1], &be_words) || vg_tok_in(&doc->toks[k], &be_words)));
                        if (in && own && in->certainty != VG_CERT_UNKNOWN &&
                            !seen_not_judged(doc, s, k, ih->ntok) &&
                            (cl.certainty == VG_CERT_UNKNOWN || in->certainty > cl.certainty)) {
                            cl.cue = in->lemma;
                            cl.certainty = in->certainty;
                            break;
                        }
                    }
                }
            } else if (!impersonal) {
                size_t he = hx; /* holder_end(doc, a, hb) */
                cl.holder_text = tok_span(doc, a, he);
                cl.holder = entity_in(doc, a, head_end(doc, a, he));
                /* "He said troops killed scores": the person just before */
                if (cl.holder < 0 && he == a + 1 && (vg_tok_is(&doc->toks[a], "he") || vg_tok_is(&doc->toks[a], "she")))
                    cl.holder = person_before(c, si);
                /* "The group said it had killed more than 30": the one
                 * armed group named just before */
                if (cl.holder < 0 && he == a + 2 && vg_tok_is(&doc->toks[a], "the") &&
                    vg_tok_in(&doc->toks[a + 1], &group_nouns))
                    cl.holder = group_before(c, si, a);
            }
            /* "No group immediately claimed responsibility", "Nobody said":
             * a negated subject negates what is said of it */
            if (a < cue_tok && vg_tok_in(&doc->toks[a], &nobody))
                cl.negative = !cl.negative;
            int that_clause = vg_tok_is(&doc->toks[cue_end - 1], "that") ||
                         (cue_end < s->tok_end && vg_tok_is(&doc->toks[cue_end], "that"));
            cue_neg = cue_negator(doc, a, cue_tok, cue_end, cue->verb, that_clause);
            stmt_a = cue_end;
            if (stmt_a < s->tok_end && vg_tok_is(&doc->toks[stmt_a], "that"))
                stmt_a++;
            /* "A group of up to ten armed men is believed to have crossed":
             * a passive cue's subject is part of what is said */
            if (passive && impersonal)
                stmt_a = s->tok_start;
            /* '"We will not wait," said ...': the quotation, whoever said it */
            if (inverted || (a == cue_tok && cue_tok > s->tok_start + 1 && is_quote(&doc->toks[cue_tok - 1])))
                stmt_a = s->tok_start, stmt_b = cue_tok;
            /* "prosecutors said they believe ...", "the spokesman said
             * that the government believes ...": the inner cue says how
             * sure the statement is; a named inner holder holds it, relayed
             * by the outer one */
            if (!impersonal) {
                size_t ic = 0, from = past_time(doc, stmt_a, s->tok_end); /* "said on Friday they" */
                if (from < s->tok_end && vg_tok_is(&doc->toks[from], "that"))
                    from++;
                /* "told reporters they believe", "told Reuters that the
                 * army believes": past the recipient */
                if ((cue->flags & VG_CUF_RECIPIENT) &&
                    !vg_tok_in(&doc->toks[cue_end - 1], &object_pronouns)) { /* "told me" */
                    size_t r = from, lim = from + 6 < s->tok_end ? from + 6 : s->tok_end;
                    if (r < lim && vg_tok_in(&doc->toks[r], &object_pronouns)) {
                        from = r + 1; /* "told me German authorities believe" */
                    } else {
                        while (r < lim && !vg_tok_is(&doc->toks[r], "that") &&
                               !vg_tok_in(&doc->toks[r], &persons3) && !vg_tok_is(&doc->toks[r], "we"))
                            r++;
                        from = r == lim ? s->tok_end /* no clause after the recipient */
                               : vg_tok_is(&doc->toks[r], "that") ? r + 1 : r;
                    }
                }
                size_t ih = 0;
                const vg_cue *in = inner_cue(c, from, s->tok_end, &ic, &ih);
                if (in) {
                    size_t ie = ic + vg_extract_hit(doc, ic, VG_LK_CUE)->ntok;
                    cl.cue = in->lemma;
                    if (in->certainty != VG_CERT_UNKNOWN &&
                        (cl.certainty == VG_CERT_UNKNOWN || in->certainty > cl.certainty))
                        cl.certainty = in->certainty;
                    cl.negative ^= in->negative;
                    if (!(ih - from == 1 && vg_tok_in(&doc->toks[from], &pronouns))) {
                        relay = cl.holder;
                        relay_text = cl.holder_text;
                        cl.holder_text = tok_span(doc, from, ih);
                        cl.holder = entity_in(doc, from, ih);
                    }
                    stmt_a = ie;
                    if (stmt_a < s->tok_end && vg_tok_is(&doc->toks[stmt_a], "that"))
                        stmt_a++;
                }
            }
            if (a > s->tok_start + 2 && cue_end >= s->tok_end - 6)
                stmt_a = s->tok_start, stmt_b = a; /* "..., two sources told Reuters" */
            /* "told Berlin Reuters", "told me": the recipient */
            if (cue->flags & VG_CUF_RECIPIENT) {
                size_t r = cue_end, rb = holder_right(doc, r, s->tok_end);
                int32_t e = entity_in(doc, r, rb);
                if (e >= 0 && ex->ents[e].type == VG_ENT_ORGANIZATION) {
                    outlet = e;
                    for (size_t m = vg_extract_first_mention(doc, r);
                         m < ex->nmentions && ex->mentions[m].tok_start < rb; m++)
                        if (ex->mentions[m].entity == (uint32_t)e) {
                            outlet_text = (vg_span){ex->mentions[m].start, ex->mentions[m].end};
                            break;
                        }
                }
            }
        }
        if (opens_list(c, si) && (cl.holder >= 0 || cl.holder_text.end > cl.holder_text.start)) {
            c->in_list = 1;
            c->list_bullets = 0;
            c->list_para = s->para;
            /* "he told me the authorities believe:" the bullets are
             * relayed by him, each naming its own holder */
            int relayed = relay >= 0 || relay_text.end > relay_text.start;
            c->list_source = relayed ? relay_text : cl.holder_text;
            c->list_source_ent = relayed ? relay : cl.holder;
        }
    }
    if ((impersonal || same_source || !has_cue) && c->in_list) {
        /* inherit the item's holder, else the list's source */
        if (c->item_holder >= 0 || c->item_holder_text.end > c->item_holder_text.start) {
            cl.holder = c->item_holder;
            cl.holder_text = c->item_holder_text;
        } else if (!has_cue || same_source) {
            cl.holder = c->list_source_ent;
            cl.holder_text = c->list_source;
        }
        if (!has_cue) {
            cl.cue = c->item_cue;
            cl.certainty = c->item_certainty;
        }
    }
    if (has_cue && !impersonal && !same_source && (s->flags & VG_SF_BULLET || c->in_list)) {
        c->item_holder = cl.holder;
        c->item_holder_text = cl.holder_text;
        c->item_cue = cl.cue;
        c->item_certainty = cl.certainty;
    }
    /* "that the bombers had probably come from Syria and that their
     * target may have been ...", "estimates that ... and warns that the
     * group may": the first of several complement clauses
     * is the statement whose hedges and negation count */
    size_t first_b = stmt_b;
    for (size_t k = stmt_a + 1; k + 1 < stmt_b; k++)
        if ((vg_tok_is(&doc->toks[k], "and") || vg_tok_is(&doc->toks[k], "but")) &&
            (vg_tok_is(&doc->toks[k + 1], "that") || verb_cue_at(c, k + 1))) {
            first_b = k;
            break;
        }
    cl.base_certainty = cl.certainty;
    hedge_statement(c, &cl, stmt_a, first_b);
    /* "further arrests are not ruled out", "have not found any evidence
     * that", "could not confirm that": the negator turns the holder's
     * commitment, not the statement (unless the statement holds it) */
    if (has_cue && unclaimed(c, s, hit, cue_tok)) {
        /* "The attack was not claimed", "There was no immediate claim of
         * responsibility": nobody claimed it */
        cl.cue_negated = 1;
        cl.negative = 1;
    } else if (cue_neg != SIZE_MAX && (cue_neg < stmt_a || cue_neg >= first_b)) {
        const vg_cue *cue = vg_lex_cue(c->lx, hit->rec);
        cl.cue_negated = 1;
        if (cue->negative) /* not ruled out: it may be so */
            cl.negative = !cl.negative, cl.certainty = VG_CERT_POSSIBLE;
        else if (cue->flags & VG_CUF_SPEECH) /* not confirmed: no commitment */
            cl.certainty = VG_CERT_UNKNOWN;
        else /* "do not believe that", "no evidence that" */
            cl.negative = !cl.negative;
    }

    /* "Unconfirmed figures circulating on WhatsApp claim ...", "an
     * unverified video shows ...": a source said to be unchecked commits
     * to nothing */
    if (has_cue && cl.certainty != VG_CERT_UNKNOWN) {
        for (size_t k = s->tok_start; k < cue_tok; k++)
            if (vg_tok_in(&doc->toks[k], &unchecked_words)) {
                cl.certainty = VG_CERT_UNKNOWN;
                /* "Unverified claims that ...": no one holds them */
                if (cl.holder < 0 && doc->toks[k].start == cl.holder_text.start &&
                    doc->toks[k].end == cl.holder_text.end)
                    cl.holder_text.end = cl.holder_text.start;
                break;
            }
    }

    /* "ISWAP claimed ... to have killed 20 soldiers; this is unverified",
     * "... . The claim could not be independently verified": a statement
     * said to be unchecked right after it commits to nothing */
    if (has_cue && cl.certainty != VG_CERT_UNKNOWN && doubted_after(doc, s, cue_tok, si))
        cl.certainty = VG_CERT_UNKNOWN;

    /* "MINISTER: We have examined that statement. ... we do not consider
     * it genuine": a transcript's speaker holds what the turn says */
    if (c->transcript && cl.holder < 0 && cl.holder_text.end <= cl.holder_text.start) {
        if (c->label_para != s->para) { /* once per paragraph: no walk back per claim */
            c->label_para = s->para;
            c->label = (vg_span){0, 0};
            speaker_label(doc, si, &c->label);
        }
        cl.holder_text = c->label;
    }

    /* '"I hid under the counter," said X. "Even now ... I fear I will
     * hear that sound again."': a quotation that goes on in the next
     * sentence, wholly quoted, is the same speaker's */
    if (cl.holder < 0 && cl.holder_text.end <= cl.holder_text.start && s->tok_end - s->tok_start > 2 &&
        is_quote(&doc->toks[s->tok_start]) && is_quote(&doc->toks[s->tok_end - 1]) && ex->nclaims &&
        ex->claims[ex->nclaims - 1].sent + 1 == si && ex->claims[ex->nclaims - 1].sent < doc->nsents &&
        doc->sents[ex->claims[ex->nclaims - 1].sent].para == s->para) {
        const vg_claim *p = &ex->claims[ex->nclaims - 1];
        const vg_sent *ps = &doc->sents[p->sent];
        int quoted = 0;
        for (size_t k = ps->tok_start; k < ps->tok_end && !quoted; k++)
            quoted = is_quote(&doc->toks[k]);
        if (p->holder_text.end > p->holder_text.start && quoted) {
            cl.holder = p->holder;
            cl.holder_text = p->holder_text;
        }
    }

    /* the chain, outermost first */
    const char *author = doc->author ? doc->author : doc->publisher ? doc->publisher : "author";
    if (push_link(doc, &cl, VG_ROLE_AUTHOR, author, -1) != VIGIL_OK)
        return VIGIL_ENOMEM;
    if (c->in_list && (c->list_source.end > c->list_source.start || c->list_source_ent >= 0) &&
        !(c->list_para == s->para && !(s->flags & VG_SF_BULLET))) {
        const char *n = link_name(doc, c->list_source_ent, c->list_source);
        if (n && push_link(doc, &cl, VG_ROLE_SOURCE, n, c->list_source_ent) != VIGIL_OK)
            return VIGIL_ENOMEM;
    }
    if (relay >= 0 || relay_text.end > relay_text.start) {
        const char *n = link_name(doc, relay, relay_text);
        if (n && push_link(doc, &cl, VG_ROLE_SOURCE, n, relay) != VIGIL_OK)
            return VIGIL_ENOMEM;
    }
    if (outlet >= 0) {
        /* the outlet as the text names it ("AFP"); its entity gives the canonical name */
        const char *n = outlet_text.end > outlet_text.start ? span_text(doc, outlet_text)
                                                            : ex->ents[outlet].name;
        if (!n)
            return VIGIL_ENOMEM;
        if (push_link(doc, &cl, VG_ROLE_SOURCE, n, outlet) != VIGIL_OK)
            return VIGIL_ENOMEM;
    }
    if (cl.holder >= 0 || cl.holder_text.end > cl.holder_text.start) {
        const char *n = link_name(doc, cl.holder, cl.holder_text);
        if (n && push_link(doc, &cl, VG_ROLE_HOLDER, n, cl.holder) != VIGIL_OK)
            return VIGIL_ENOMEM;
    }
    if (stmt_a >= stmt_b)
        stmt_a = s->tok_start, stmt_b = s->tok_end;
    /* "No comments:": no statement to hold */
    if (s->tok_end - s->tok_start < 4)
        return VIGIL_OK;
    if (fill_about(doc, &cl, stmt_a, stmt_b) != VIGIL_OK)
        return VIGIL_ENOMEM;
    /* "..., two Dutch officials told AFP on March 3": when it was said */
    if (stmt_b < s->tok_end &&
        add_times(doc, &cl, doc->toks[stmt_b].start, doc->toks[s->tok_end - 1].end) != VIGIL_OK)
        return VIGIL_ENOMEM;

    return push_claim(doc, &cl, s->start);
}

/* Appends cl to doc's claims, within VG_MAX_CLAIMS (at: where, for the
 * warning when the limit is reached). */
static int push_claim(vg_doc *doc, const vg_claim *cl, uint32_t at)
{
    vg_extract *ex = doc->ex;
    if (ex->nclaims >= VG_MAX_CLAIMS) {
        if (!(ex->limited & 1)) {
            ex->limited |= 1;
            vg_doc_diag(doc, 0, VIGIL_ELIMIT, (long long)at, "more than %d claims: the rest are not kept",
                        VG_MAX_CLAIMS);
        }
        return VIGIL_OK;
    }
    int rc = vg_extract_grow(doc, (void **)&ex->claims, ex->nclaims, &ex->capclaims, sizeof *cl);
    if (rc != VIGIL_OK)
        return rc;
    ex->claims[ex->nclaims++] = *cl;
    return VIGIL_OK;
}

/* The quotation marks of sentence s: how many, and whether the first
 * token is one. */
static size_t quotes_in(const vg_doc *doc, const vg_sent *s, int *opens)
{
    size_t n = 0;
    for (size_t k = s->tok_start; k < s->tok_end; k++)
        n += (size_t)is_quote(&doc->toks[k]);
    *opens = s->tok_start < s->tok_end && is_quote(&doc->toks[s->tok_start]);
    return n;
}

/* '"We have nothing to do with this attack. Our fighters do not target
 * mosques," TTP spokesman Abdul Wali Mohmand said': the sentences of a
 * quotation before the one that names its speaker are the speaker's too.
 * A claim whose sentence closes a quotation (one quotation mark, not at
 * its start) lends its holder, chain and cue to the sentences back to the
 * one that opens it (up to three, in its paragraph, with no claim of
 * their own); the claims stay in sentence order. */
static int quoted_before(claimer *c)
{
    vg_doc *doc = c->doc;
    vg_extract *ex = doc->ex;
    size_t n0 = ex->nclaims;
    for (size_t k = 0; k < n0; k++) {
        const vg_claim *cl = &ex->claims[k];
        uint32_t csent = cl->sent; /* cl may move when claims are pushed below */
        const vg_sent *s = &doc->sents[csent];
        int opens;
        size_t floor = k > 0 ? ex->claims[k - 1].sent + 1 : 0; /* no claim from here on */
        if (!cl->cue || cl->holder_text.end == cl->holder_text.start || csent <= floor ||
            quotes_in(doc, s, &opens) != 1 || opens)
            continue;
        size_t j = csent, first = SIZE_MAX;
        while (j-- > floor && csent - j <= 3) {
            const vg_sent *p = &doc->sents[j];
            size_t nq = quotes_in(doc, p, &opens);
            if (p->para != s->para || (nq && !(nq == 1 && opens)))
                break;
            if (nq) {
                first = j;
                break;
            }
        }
        for (j = first; j < csent; j++) {
            const vg_sent *p = &doc->sents[j];
            vg_claim nc = ex->claims[k];
            nc.start = p->start;
            nc.end = p->end;
            nc.sent = (uint32_t)j;
            nc.certainty = nc.base_certainty; /* its own hedges, not the closing sentence's */
            nc.negative = 0;
            nc.about = NULL;
            nc.nabout = 0;
            nc.quants = nc.times = NULL;
            nc.nquants = nc.ntimes = 0;
            hedge_statement(c, &nc, p->tok_start, p->tok_end);
            int rc = fill_about(doc, &nc, p->tok_start, p->tok_end);
            if (rc == VIGIL_OK)
                rc = push_claim(doc, &nc, p->start);
            if (rc != VIGIL_OK)
                return rc;
        }
    }
    if (ex->nclaims == n0)
        return VIGIL_OK;
    /* merge the two runs, each in sentence order */
    vg_claim *m = vg_arena_alloc(&doc->arena, ex->nclaims * sizeof *m);
    if (!m)
        return oom(doc);
    size_t a = 0, b = n0, o = 0;
    while (a < n0 || b < ex->nclaims)
        m[o++] = b == ex->nclaims || (a < n0 && ex->claims[a].sent <= ex->claims[b].sent) ? ex->claims[a++]
                                                                                          : ex->claims[b++];
    ex->claims = m;
    ex->capclaims = ex->nclaims;
    return VIGIL_OK;
}

static vg_wordlist anaphor_holders = VG_WORDLIST("he", "she", "they", "it");
static vg_wordlist said_words = VG_WORDLIST("said", "says", "added", "adds", "stated", "noted", "warned",
                                            "reported", "announced", "claimed", "told", "tells");

/* "The Turkish defence ministry said two soldiers were killed. It said
 * ...", "Dutch police are investigating ..., they said": a pronoun holds
 * what the one named before it holds. A claim told by a verb of saying
 * whose subject is "he", "she", "it" or "they" (or an impersonal "It
 * said" opening its sentence): opening its sentence, it is held by the
 * first holder of the sentence before when that is of the right kind (a
 * person for "he" and "she", no person for "it" and "they"); later in
 * its sentence, by the body ("it", "they") its sentence opens on. The
 * pronoun stays the holder as written. */
static int pronoun_holders(claimer *c)
{
    vg_doc *doc = c->doc;
    vg_extract *ex = c->ex;
    for (size_t i = 0; i < ex->nclaims; i++) {
        vg_claim *cl = &ex->claims[i];
        int speaking = 0;
        for (const char *const *l = speaking_lemmas; cl->cue && *l && !speaking; l++)
            speaking = str_is(cl->cue, *l);
        /* (a verb of saying: not "Since they know ..., they may want") */
        if (cl->holder >= 0 || !speaking)
            continue;
        const vg_sent *s = &doc->sents[cl->sent];
        size_t a = SIZE_MAX;
        if (cl->holder_text.end > cl->holder_text.start) {
            /* the subject of the verb of saying ("they said", "he added";
             * not "according to what they told AFP") */
            for (size_t k = s->tok_start; k + 1 < s->tok_end && a == SIZE_MAX; k++)
                if (doc->toks[k].start == cl->holder_text.start && doc->toks[k].end == cl->holder_text.end &&
                    vg_tok_in(&doc->toks[k], &anaphor_holders) && vg_tok_in(&doc->toks[k + 1], &said_words) &&
                    !(k > s->tok_start && vg_tok_in(&doc->toks[k - 1], &relatives)) &&
                    !(k > s->tok_start && vg_tok_is(&doc->toks[k - 1], "what")))
                    a = k;
        } else if (s->tok_start + 2 < s->tok_end && vg_tok_is(&doc->toks[s->tok_start], "it") &&
                   (doc->toks[s->tok_start].flags & VG_TF_CAP) && vg_tok_in(&doc->toks[s->tok_start + 1], &said_words) &&
                   cl->start <= doc->toks[s->tok_start].start) {
            a = s->tok_start;
        }
        if (a == SIZE_MAX)
            continue;
        int person = vg_tok_is(&doc->toks[a], "he") || vg_tok_is(&doc->toks[a], "she");
        /* the first holder of the sentence before (its subject's), for a
         * pronoun opening its sentence; else the body its own sentence
         * opens on ("Dutch police are investigating ..., they said") */
        int32_t h = -1;
        for (size_t j = a == s->tok_start ? i : 0; j > 0; j--) {
            const vg_claim *p = &ex->claims[j - 1];
            if (p->sent + 1 < cl->sent)
                break;
            if (p->sent + 1 == cl->sent && p->holder >= 0)
                h = (ex->ents[p->holder].type == VG_ENT_PERSON) == person ? p->holder : -1;
        }
        if (h < 0 && !person && a > s->tok_start) {
            size_t k = s->tok_start + (s->tok_start + 1 < a && vg_tok_is(&doc->toks[s->tok_start], "the"));
            int32_t e = k < a ? vg_extract_entity_at(doc, k) : -1;
            if (e >= 0 && ex->ents[e].type != VG_ENT_PERSON && ex->ents[e].type != VG_ENT_PLACE &&
                ex->ents[e].type != VG_ENT_FACILITY)
                h = e;
        }
        if (h < 0)
            continue;
        cl->holder = h;
        if (cl->holder_text.end > cl->holder_text.start) {
            if (cl->nchain && cl->chain[cl->nchain - 1].role == VG_ROLE_HOLDER)
                cl->chain[cl->nchain - 1].entity = h;
        } else {
            cl->holder_text.start = doc->toks[a].start;
            cl->holder_text.end = doc->toks[a].end;
            const char *n = span_text(doc, cl->holder_text);
            if (!n || push_link(doc, cl, VG_ROLE_HOLDER, n, h) != VIGIL_OK)
                return VIGIL_ENOMEM;
        }
    }
    return VIGIL_OK;
}

int vg_claim_run(const vg_lex *lx, vg_doc *doc)
{
    claimer c;
    memset(&c, 0, sizeof c);
    c.lx = lx;
    c.doc = doc;
    c.ex = doc->ex;
    c.list_source_ent = -1;
    c.item_holder = -1;
    c.item_para = UINT32_MAX;
    c.label_para = UINT32_MAX;
    /* a transcript: speaker labels open two paragraphs or more (one
     * "GENERAL ELECTION:" heading is none) */
    vg_span label;
    for (size_t si = 0, n = 0; si < doc->nsents && !c.transcript; si++)
        if ((si == 0 || doc->sents[si - 1].para != doc->sents[si].para) && speaker_label(doc, si, &label))
            c.transcript = ++n >= 2;
    for (size_t si = 0; si < doc->nsents; si++) {
        if (vg_extract_credit_line(doc, &doc->sents[si]))
            continue; /* who wrote the story, not a statement */
        int rc = add_claim(&c, si);
        if (rc != VIGIL_OK)
            return rc;
    }
    int rc = quoted_before(&c);
    return rc == VIGIL_OK ? pronoun_holders(&c) : rc;
}
