/* incident.c: extraction stage, incidents. Takes lexicon hits (triggers,
 * weapons, targets, negation, hedges), entity mentions, quantities and
 * times, and produces one incident per distinct event: its type, date,
 * place, perpetrator groups and individuals, targets, victims, weapons, and
 * killed / injured counts, with the sentences it rests on.
 *
 * A trigger ("bombing", "exploded", "kidnapped", "attack") makes an event
 * when it reports something that happened: not after a modal or an
 * infinitive ("may attack", "gearing up to launch attacks": threat.c's),
 * not negated right before it ("no attack"), and, for words with figurative
 * senses ("attacked the goal", "bombed at the box office"), only with a
 * violent context in its sentence (a weapon, a casualty word, an armed
 * actor). A bare plural noun ("attacks") is an event only when something
 * makes it specific: a determiner, a place or facility before it ("İstanbul
 * Airport attack", "Orlando attack"), or past-tense reporting.
 * Roles are read in the trigger's sentence: armed groups there (not the
 * one denying it), individual perpetrators as noun phrases headed by words
 * like "gunmen", physical targets and human victims from the target lexicon
 * and people killed or taken, weapons, and casualty counts ("killing at
 * least 12 people", "41 dead", "wounding 42"). Incidents in the same or the
 * next sentences with compatible type and place merge, then incidents of
 * the whole document with the same type and place merge; a later sentence
 * with only casualties or a claim of responsibility adds to the last one. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract/entity.h"
#include "extract/incident.h"

#define MERGE_SENTENCES 2  /* a trigger this close to the last incident joins it */
#define REVISED_SENTENCES (6 * MERGE_SENTENCES) /* the furthest a sentence without a trigger adds to it */
#define NP_MAX_LEFT 4      /* modifiers taken left of a head noun */

static vg_wordlist modal_words = VG_WORDLIST("may", "might", "could", "would", "will", "'ll", "shall", "should", "to", "can",
    "plan", "plans", "planning", "planned", "threat", "threats", "threatened", "possible",
    "potential", "next", "future", "wants", "want", "intend", "intends", "prevent",
    "prevented", "foil", "foiled", "thwart", "thwarted", "if", "against", "prepare", "prepares",
    "preparing", "plot", "plots", "plotting", "gearing", "aiming", "aims", "seek", "seeks",
    "seeking", "fear", "fears", "feared", "warned", "warning", "warns", "risk", "risks",
    "likelihood", "discussed", "discussing", "intended", "plotted");
/* "KIDNAP RISK REMAINS ELEVATED", "the attack threat": a kind of danger */
static vg_wordlist danger_words = VG_WORDLIST("risk", "risks", "threat", "threats", "danger", "warning",
                                              "warnings", "alert", "likelihood", "plot", "plots", "conspiracy");
static vg_wordlist title_heads = VG_WORDLIST("report", "reports", "reporting", "centre", "center",
                                             "bulletin", "statistics", "database", "tracker", "dashboard",
                                             "index", "digest", "newsletter", "desk",
                                             /* "the attack surface of small utilities", "attack
                                              * helicopters": a thing named by the act */
                                             "surface", "surfaces", "vector", "vectors", "path", "paths",
                                             "helicopter", "helicopters", "dog", "dogs");
static vg_wordlist office_words = VG_WORDLIST("mayor", "governor", "minister", "judge", "official",
                                             "president", "senator", "deputy", "councillor",
                                             "councilor", "prosecutor", "ambassador", "chief",
                                             "commander", "general", "leader", "candidate",
                                             "journalist", "editor", "priest", "bishop", "imam");
static vg_wordlist people_words = VG_WORDLIST("people", "persons", "suspects", "suspected", "men",
                                             "women", "members", "militants", "individuals",
                                             "others", "foreigners", "nationals");
static vg_wordlist rank_words = VG_WORDLIST("second", "third", "fourth", "fifth", "sixth", "seventh",
                                            "eighth", "ninth", "tenth", "latest", "umpteenth");
static vg_wordlist count_words = VG_WORDLIST("two", "three", "four", "five", "six", "seven", "eight",
                                            "nine", "ten", "several", "separate", "multiple",
                                            "series", "string", "wave", "spate", "dozens");
#define REVISION_WORDS "risen", "rose", "climbed", "climbs", "rises", "increased", "revised", "updated", "stands"
static vg_wordlist revision_words = VG_WORDLIST(REVISION_WORDS);
static vg_wordlist later_hours = VG_WORDLIST("evening", "nightfall", "afternoon", "midday", "noon", "sunset", "dusk",
                                            "midnight");
static vg_wordlist be_now = VG_WORDLIST("is", "are", "was", "were", "stands", "stood");
static vg_wordlist now_counts = VG_WORDLIST("say", "says", "said", "put", "puts", "stands", "number",
                                            "numbers");
/* Every word at which revised_toll's loop below does anything */
static vg_wordlist revised_any = VG_WORDLIST("toll", "total", "number", "now", "up", REVISION_WORDS);

/* Whether sentence s revises a count: "The death toll has risen to four",
 * "the number of wounded has risen to 14", "Officials now say 14 people
 * were injured", "total injured is now 14", "By evening police said 14
 * people had died" (not "By then, the militia had killed 300", not
 * "Insecurity has risen sharply, and 40 people were killed there in
 * March"). */
static int revised_toll(const vg_doc *doc, const vg_sent *s)
{
    int toll = 0, rev = 0;
    /* "By evening police said 14 people had died": a later hour's count */
    if (s->tok_end > s->tok_start + 2 && vg_tok_is(&doc->toks[s->tok_start], "by") &&
        vg_tok_in(&doc->toks[s->tok_start + 1], &later_hours))
        return 1;
    for (size_t k = s->tok_start; k < s->tok_end; k++) {
        const vg_token *t = &doc->toks[k];
        /* most tokens: none of its words, so no test below holds (one set
         * asked instead of eight tests) */
        if (!vg_tok_in(t, &revised_any))
            continue;
        toll |= vg_tok_is(t, "toll") || vg_tok_is(t, "total") ||
                (vg_tok_is(t, "number") && k + 1 < s->tok_end && vg_tok_is(&doc->toks[k + 1], "of"));
        rev |= vg_tok_in(t, &revision_words);
        if (vg_tok_is(t, "now") && k + 1 < s->tok_end && vg_tok_in(&doc->toks[k + 1], &now_counts))
            return 1;
        /* "total injured is now 14", "the number was up to 9" */
        if (k > s->tok_start && vg_tok_in(&doc->toks[k - 1], &be_now) &&
            (vg_tok_is(t, "now") || (vg_tok_is(t, "up") && k + 1 < s->tok_end && vg_tok_is(&doc->toks[k + 1], "to")))) {
            size_t n = vg_tok_is(t, "up") ? k + 2 : k + 1;
            if (n < s->tok_end && doc->toks[n].kind == VG_TOK_NUM)
                return 1;
        }
    }
    return toll && rev;
}

static vg_wordlist toll_words = VG_WORDLIST("toll", "tolls");

/* The incident a revised count revises: the latest told, unless it is
 * an older event told as background ("CRMC now says 2 dead" after "last
 * August a grenade was thrown here too"): then the most recent one. */
static vg_incident *revised_one(vg_extract *ex)
{
    vg_incident *last = &ex->incs[ex->nincs - 1], *best = last;
    if (!last->has_date || !vg_date_valid(last->date.value))
        return last;
    for (size_t i = 0; i + 1 < ex->nincs; i++) {
        vg_incident *x = &ex->incs[i];
        if (x->has_date && vg_date_valid(x->date.value) &&
            vg_date_to_days(x->date.value) > vg_date_to_days(best->date.value))
            best = x;
    }
    /* background is a month or more older; "On Monday, a suicide
     * bomber ..." told after Tuesday's bomb is still the one revised */
    return vg_date_to_days(best->date.value) - vg_date_to_days(last->date.value) >= 28 ? best : last;
}
static vg_wordlist span_words = VG_WORDLIST("since", "past", "recent", "year", "years", "months", "decade",
                                           "repeatedly", "regularly", "far", "tally", "overall");
/* Whether sentence s counts over a span of time ("since 2013", "so far
 * this year"); not "3 workers were injured, no deaths so far", a toll
 * still pending. */
static int over_span(const vg_doc *doc, const vg_sent *s)
{
    for (size_t k = s->tok_start; k < s->tok_end; k++)
        if (vg_tok_in(&doc->toks[k], &span_words) &&
            !(vg_tok_is(&doc->toks[k], "far") && k >= s->tok_start + 3 && vg_tok_is(&doc->toks[k - 1], "so") &&
              vg_tok_is(&doc->toks[k - 3], "no")))
            return 1;
    return 0;
}

static vg_wordlist harm_verbs = VG_WORDLIST("killed", "kill", "kills", "wounded", "wound", "wounds",
                                           "injured", "injure", "injures", "maimed");
static vg_wordlist negators = VG_WORDLIST("no", "not", "n't", "never", "without", "nor", "absence", "lack");
static vg_wordlist violent_words = VG_WORDLIST("killed", "killing", "kill", "kills", "dead", "died", "wounded", "wounding", "injured", "injuring", "injures",
    "casualties", "victims", "bodies", "explosives", "gunmen", "militants", "terrorists",
    "guerrillas", "rebels", "insurgents", "attackers", "bomber", "suicide", "hostage",
    "hostages", "ransom", "kidnappers", "police", "soldiers", "troops", "army", "security",
    "pirates", "bandits");
static vg_wordlist perp_heads = VG_WORDLIST("gunmen", "gunman", "attackers", "attacker", "assailants", "assailant", "militants",
    "militant", "terrorists", "terrorist", "guerrillas", "guerrilla", "rebels", "rebel",
    "insurgents", "insurgent", "bombers", "bomber", "kidnappers", "kidnapper", "hijackers",
    "hijacker", "fighters", "fighter", "jihadists", "jihadist", "men", "individuals",
    "subversives", "pirates", "pirate", "commandos", "commando", "suspects", "operatives", "extremists",
    "assassins", "killers", "delinquents", "bandits", "narcoterrorists", "robbers", "robber",
    "boarders", "raiders", "shooter", "shooters", "remnants", "knifeman", "knifemen", "saboteurs", "saboteur",
    "arsonists", "arsonist", "hitmen", "hitman", "sicarios", "sicario", "militiamen", "militiaman");
static vg_wordlist group_nouns = VG_WORDLIST("group", "groups", "organisation", "organization", "network",
                                             "cell", "cells", "movement", "outfit", "faction");
static vg_wordlist shoot_words = VG_WORDLIST("shoot", "shoots", "shot", "shooting", "gun", "guns", "gunned");

/* Whether tokens j, j + 1 (before end) are "shot dead", "gunned down"
 * (not "shot down": drones, aircraft). */
static int shot_dead(const vg_doc *doc, size_t end, size_t j)
{
    return j + 1 < end && vg_tok_in(&doc->toks[j], &shoot_words) &&
           (vg_tok_is(&doc->toks[j + 1], "dead") ||
            (vg_tok_is(&doc->toks[j + 1], "down") && vg_tok_is(&doc->toks[j], "gunned")));
}

static vg_wordlist inquiry_verbs = VG_WORDLIST("investigating", "investigate", "investigated", "probing", "probe",
                                               "probed", "examining", "reviewing");
static vg_wordlist inquiry_words = VG_WORDLIST("investigation", "investigations", "probe", "inquiry", "enquiry",
                                              "trial", "hearing", "questioning", "charges", "case");
static vg_wordlist inquiry_preps = VG_WORDLIST("into", "over", "of", "about", "on", "for");
static vg_wordlist np_stop = VG_WORDLIST("the", "a", "an", "of", "in", "on", "at", "by", "for", "with", "from", "to", "and", "or",
    "between", "among", "amid", "was", "were", "is", "are", "be", "been", "had", "has", "have", "that", "which", "who",
    "said", "says", "after", "before", "near", "into", "toward", "towards", "as", "when", "while", "their", "its",
    "his", "her", "than", "against", "those", "these", "this", "like", "w", "about", "over",
    "under", "during", "since", "each", "other", "where", "but", "so", "yet", "then", "also",
    "because", "if", "whose", "whom", "not", "no", "them", "him", "it", "they", "we", "he", "she",
    "found", "saw", "took", "sent", "met", "told", "gave", "brought", "kept", "held",
    "me", "our", "my", "your", "including", "having", "wearing", "using", "could", "may",
    "might", "will", "would", "can", "should", "must", "target", "targeting", "targeted",
    "carrying", "transporting", "ferrying", "out", "left", "leaving");
static vg_wordlist trade_words = VG_WORDLIST("driver", "drivers", "owner", "owners", "company",
                                            "companies", "workers", "crew", "crews", "dealer",
                                            "dealers", "maker", "makers", "factory", "route");
static vg_wordlist source_words = VG_WORDLIST("sources", "source", "officials", "official", "spokesman",
                                             "spokeswoman", "spokesperson", "diplomats", "diplomat",
                                             "residents", "witnesses", "correspondent", "reporter");
static vg_wordlist police_words = VG_WORDLIST("police", "policemen", "gendarmes", "gendarmerie");
static vg_wordlist border_words = VG_WORDLIST("border", "borders", "frontier", "frontiers");
static vg_wordlist court_words = VG_WORDLIST("court", "tribunal", "trial", "courtroom", "judge",
                                            "judges", "hearing", "prosecutors", "prosecutor");
static vg_wordlist court_acts = VG_WORDLIST("sentenced", "convicted", "jailed", "acquitted", "ruled",
                                           "indicted", "charged", "found", "handed", "ordered",
                                           "upheld", "overturned");
static vg_wordlist kin_nouns = VG_WORDLIST("sons", "daughters", "brothers", "sisters", "wives", "parents",
                                           "son", "daughter", "wife", "husband", "brother", "sister", "mother",
                                           "father", "family", "children", "child", "driver", "bodyguard",
                                           "bodyguards", "guard", "guards", "aide", "aides", "escort",
                                           "nephew", "niece", "cousin", "relatives", "staff", "secretary");
static vg_wordlist property_nouns = VG_WORDLIST("home", "house", "residence", "compound", "office", "offices",
                                               "headquarters", "farm", "ranch", "shop", "store", "business",
                                               "property", "estate", "villa", "mansion", "palace", "apartment",
                                               "automobile", "motorcade", "premises", "building", "camp", "plane",
                                               "helicopter", "boat", "yacht", "hotel", "restaurant", "factory",
                                               "warehouse", "gate", "homes", "houses");
static vg_wordlist place_preps = VG_WORDLIST("in", "at", "on", "near", "during", "after", "when", "as");
static vg_wordlist ship_sides = VG_WORDLIST("bow", "side", "quarter", "beam");
static vg_wordlist be_forms = VG_WORDLIST("were", "was", "are", "is", "had", "have", "has", "been");

/* Whether token k is in the clause of the trigger at trig: it or after it, with
 * no ";" or ", and"/", but" between ("A bomb killed five soldiers ..., and
 * the US embassy urged American citizens" is another clause). */
static int in_clause_of(const vg_doc *doc, size_t trig, size_t k)
{
    if (k < trig)
        return 0;
    for (size_t j = trig + 1; j < k; j++) {
        const vg_token *t = &doc->toks[j];
        if (vg_tok_punct(t, ';') ||
            (vg_tok_punct(t, ',') && (vg_tok_is(&doc->toks[j + 1], "and") || vg_tok_is(&doc->toks[j + 1], "but"))))
            return 0;
    }
    return 1;
}

static vg_wordlist began_words = VG_WORDLIST("began", "started", "unfolded", "lasted");

/* Victims named by their standing or trade, beside the human targets of
 * the lexicon (which the MUC-4 model reads as features, so kept apart). */
static vg_wordlist standing_heads = VG_WORDLIST("hostage", "hostages", "citizens", "nationals",
                                                "expatriates", "captives", "engineer", "engineers",
                                                "contractor", "contractors", "technician", "technicians",
                                                "missionary", "missionaries", "traders", "drivers");
static vg_wordlist role_words = VG_WORDLIST("official", "officials", "leader", "leaders", "commander",
                                             "commanders", "chief", "figure", "spokesman", "spokesmen",
                                             "spokeswoman", "spokesperson");
static vg_wordlist harm_words = VG_WORDLIST("killed", "killing", "assassinated", "targeted", "arrested",
                                            "captured", "wounded");
/* "the murder of two missionaries": a count of dead after these */
static vg_wordlist killing_nouns = VG_WORDLIST("murder", "murders", "massacre", "assassination",
                                                "assassinations", "killings", "deaths",
                                                "execution", "executions");
/* who attacks, and only that (not "men", "fighters", "rebels", which are
 * also victims) */
static vg_wordlist killing_forces = VG_WORDLIST("troops", "soldiers", "police", "policemen", "forces", "army",
                                              "military", "gendarmes", "guards");
static vg_wordlist attacker_words = VG_WORDLIST("gunmen", "attackers", "assailants", "militants",
                                                 "bombers", "insurgents", "terrorists",
                                                 "jihadists", "kidnappers", "hijackers", "guerrillas", "rebels",
                                                 "raiders", "abductors");
static vg_wordlist perp_mods = VG_WORDLIST("suspected", "armed", "alleged", "islamist", "other");
static vg_wordlist kill_words = VG_WORDLIST("killed", "dead", "died", "deaths", "death", "lives",
                                         "fatalities", "bodies", "killing", "kill", "kills",
                                         "toll", "martyred", "martyrdom");
static vg_wordlist hurt_words = VG_WORDLIST("wounded", "injured", "hurt", "injuring", "wounding",
                                         "injuries", "wounds");
static vg_wordlist way_words = VG_WORDLIST("road", "highway", "street", "route", "junction", "bridge", "avenue",
                                           "expressway", "motorway");
static vg_wordlist road_words = VG_WORDLIST("road", "highway", "street", "route", "avenue", "expressway",
                                           "motorway");
static vg_wordlist origin_words = VG_WORDLIST("from", "into", "to", "toward", "towards");
static vg_wordlist resp_words = VG_WORDLIST("responsibility", "claimed", "blamed", "attributed");
/* "said they carried out the bombing": a claim in other words */
static vg_wordlist claim_acts = VG_WORDLIST("carried", "conducted", "staged", "perpetrated");

/* How far field_label has read a document for one list of labels: the
 * tokens before upto, where the last field's label is token label and
 * its colon colon1 - 1 (colon1 0: none yet), paired as field_label sets
 * it. Zeroed: nothing read. */
typedef struct field_seen {
    size_t upto;
    size_t label;
    size_t colon1;
    int paired;
} field_seen;

typedef struct inc_ctx {
    const vg_lex *lx;
    vg_doc *doc;
    vg_extract *ex;
    int32_t dateline_place; /* place named in the dateline, or -1 */
    size_t dateline_end;    /* first token after the dateline, or 0 */
    uint32_t *heads;        /* nsents + 1: bulletin item headings before each sentence */
    int32_t *day_head;      /* nsents: the time heading each sentence's day (day_headers), or -1 */
    size_t nday_heads;      /* day headers in the text */
    field_seen date_seen;   /* field_label's reading for date_labels */
} inc_ctx;

static int oom(vg_doc *doc) { return doc->arena.capped ? VIGIL_ELIMIT : VIGIL_ENOMEM; }

/* Adds span s to a role's list unless a phrase there covers it ("bomb" in
 * "roadside bomb") or has its words ("fuel convoy" told twice); s takes
 * the place of the phrases it covers. */
static int push_span_unique(vg_doc *doc, vg_span **arr, uint32_t *n, vg_span s)
{
    uint32_t w = 0;
    int placed = 0;
    for (uint32_t k = 0; k < *n; k++) {
        vg_span o = (*arr)[k];
        if ((o.start <= s.start && s.end <= o.end) || vg_extract_same_words(doc, o, s))
            return VIGIL_OK;
        if (s.start <= o.start && o.end <= s.end) {
            if (placed)
                continue;
            o = s;
            placed = 1;
        }
        (*arr)[w++] = o;
    }
    *n = w;
    return placed ? VIGIL_OK : vg_extract_push(doc, (void **)arr, n, &s, sizeof s);
}

static int push_ent_unique(vg_doc *doc, int32_t **arr, uint32_t *n, int32_t e)
{
    for (uint32_t k = 0; k < *n; k++)
        if ((*arr)[k] == e)
            return VIGIL_OK;
    return vg_extract_push(doc, (void **)arr, n, &e, sizeof e);
}

/* The noun phrase ending at token head_end (exclusive) whose head starts at
 * token head: modifiers left of it ("two powerful bombs", "police
 * checkpoint", "seven attackers"), never past floor. Returns its first
 * token. */
static size_t np_left(const vg_doc *doc, size_t head, size_t floor)
{
    size_t k = head;
    while (k > floor && head - k < NP_MAX_LEFT) {
        const vg_token *t = &doc->toks[k - 1];
        /* "On 19 January 2026 pirates kidnapped", "last night's bomb":
         * the date (and its "'s") is no part of the phrase */
        if (vg_extract_in_time(doc, k - 1)) {
            if (k < head && (vg_tok_is(&doc->toks[k], "'s") || vg_tok_is(&doc->toks[k], "'")))
                k++;
            break;
        }
        if (t->kind == VG_TOK_NUM) {
            k--;
            continue;
        }
        /* "killing at least 17 soldiers": the count's "at" */
        if (vg_tok_is(t, "at") && k < head && (vg_tok_is(&doc->toks[k], "least") || vg_tok_is(&doc->toks[k], "most"))) {
            k--;
            continue;
        }
        /* "the Caño Limón–Coveñas oil pipeline": a dash inside a name */
        if (vg_tok_is_dash(t) && !(t->flags & VG_TF_SPACE) && k >= floor + 2 && k < head &&
            (doc->toks[k].flags & VG_TF_CAP) && (doc->toks[k - 2].flags & VG_TF_CAP) &&
            doc->toks[k - 2].kind == VG_TOK_WORD) {
            k--;
            continue;
        }
        /* "Kurdistan Workers' Party militants": a plural's possessive */
        if (vg_tok_is(t, "'") && !(t->flags & VG_TF_SPACE) && k >= floor + 2 && k < head &&
            doc->toks[k - 2].kind == VG_TOK_WORD && doc->toks[k - 2].normlen > 1 &&
            doc->toks[k - 2].norm[doc->toks[k - 2].normlen - 1] == 's') {
            k--;
            continue;
        }
        /* "wounding 18 people": the verb's object */
        if (t->kind != VG_TOK_WORD || vg_tok_in(t, &np_stop) || vg_tok_in(t, &hurt_words))
            break;
        /* "shot dead two teachers", "shot down three drones": the verb's */
        if ((vg_tok_is(t, "dead") || vg_tok_is(t, "down")) && k >= floor + 2 &&
            vg_tok_in(&doc->toks[k - 2], &shoot_words))
            break;
        /* "burned alive five villagers", "hacked to death two men" */
        if (vg_tok_is(t, "alive") ||
            (vg_tok_is(t, "death") && k >= floor + 2 && vg_tok_is(&doc->toks[k - 2], "to")))
            break;
        /* "suicide bombers": the kind of attacker, not an event word */
        if ((vg_extract_hit(doc, k - 1, VG_LK_TRIGGER) && !vg_tok_is(t, "suicide")) ||
            vg_extract_hit(doc, k - 1, VG_LK_CUE))
            break;
        /* ... and a participle opening its clause (", striking one
         * worshipper") */
        if (vg_tok_gerund(t) && k >= floor + 2 && vg_tok_punct(&doc->toks[k - 2], ',') &&
            vg_extract_entity_at(doc, k - 1) < 0) /* (not ", Shining Path guerrillas") */
            break;
        /* verbs in -ed/-ing mostly end a phrase ("killed seven attackers") */
        if (t->normlen >= 4 && t->norm[t->normlen - 2] == 'e' && t->norm[t->normlen - 1] == 'd' &&
            !vg_tok_is(t, "armed") && !vg_tok_is(t, "unidentified") && !vg_tok_is(t, "suspected"))
            break;
        k--;
    }
    return k;
}

/* np_left without a leading verb in -ing ("wounding three contractors"). */
static size_t np_left_noun(const vg_doc *doc, size_t head, size_t floor)
{
    size_t a = np_left(doc, head, floor);
    while (a < head && vg_tok_gerund(&doc->toks[a]))
        a++;
    return a;
}

static vg_span span_of(const vg_doc *doc, size_t a, size_t b)
{
    vg_span s = {doc->toks[a].start, doc->toks[b - 1].end};
    return s;
}

static int clause_punct(const vg_token *t)
{
    return t->kind == VG_TOK_PUNCT && t->normlen == 1 &&
           (t->norm[0] == ',' || t->norm[0] == ';' || t->norm[0] == ':' || t->norm[0] == '(');
}

static vg_wordlist plot_verbs = VG_WORDLIST("discussed", "discussing", "considered", "considering",
                                           "planned", "planning", "plotted", "plotting", "intended",
                                           "dreamed", "talked", "talking", "fantasised",
                                           "fantasized", "contemplated", "contemplating");

static vg_wordlist future_modals = VG_WORDLIST("will", "would", "could", "may", "might", "shall");
static vg_wordlist making_verbs = VG_WORDLIST("building", "build", "builds", "making", "make", "makes",
                                             "assembling", "assemble", "manufacturing", "manufacture",
                                             "constructing", "construct");

static vg_wordlist past_irregular = VG_WORDLIST("began", "found", "took", "hit", "struck", "blew", "came",
                                                "went", "left", "tore", "shook", "set", "caught", "fled",
                                                "fell", "broke", "sent", "made", "saw", "gave", "told",
                                                "said", "brought", "led", "ran", "held", "kept", "met");
static vg_wordlist relative_words = VG_WORDLIST("where", "when", "which", "who", "whose", "that");
/* "will resume after an attack", "mourning for victims of a jihadist
 * attack": what the clause ahead follows or is about happened */
static vg_wordlist sequence_words = VG_WORDLIST("after", "following", "since", "over", "for", "of", "response",
                                               "amid", "despite");
static vg_wordlist definites = VG_WORDLIST("the", "this", "that", "these", "those", "'s", "his", "her",
                                           "their", "its", "our");

/* Whether the trigger at token i reports a hypothetical or future event:
 * a modal, an infinitive or a hedge within 4 tokens before it, in its
 * clause ("may attack", "gearing up to launch other attacks"), a gerund
 * under a verb of plotting, or a weapon being made ("building a pipe
 * bomb"); the scan stops at what the trigger's event came before ("The
 * warning came after a bomb exploded", "the alert follows the bombing",
 * not "possibly followed by bombings"). */
/* Whether the "to" at token k, before token i, is no infinitive of i:
 * "Gunmen linked to al-Shabaab attacked", "believed to be members of
 * al-Shabaab killed": a preposition before a name, or "to be" a name's
 * members, with the verb after the name. */
static int to_name(const vg_doc *doc, size_t k, size_t i)
{
    if (!vg_tok_is(&doc->toks[k], "to") || k + 1 >= i)
        return 0;
    size_t j = k + 1;
    if (vg_tok_is(&doc->toks[j], "be")) {
        for (j++; j < i; j++)
            if (vg_extract_entity_at(doc, j) >= 0)
                return 1;
        return 0;
    }
    /* ("linked to the TTP attacked": the verb right after the name; not
     * "attributed to the PCC said the attack") */
    if (vg_tok_is(&doc->toks[j], "the") && j + 1 < i)
        return k >= 2 && vg_tok_in(&doc->toks[k - 2], &perp_heads) && vg_extract_entity_at(doc, j + 1) >= 0 &&
               vg_extract_entity_at(doc, i - 1) == vg_extract_entity_at(doc, j + 1);
    return vg_extract_entity_at(doc, j) >= 0;
}

static vg_wordlist to_verbs = VG_WORDLIST("responded", "respond", "responds", "responding", "reacted", "reacting",
                                         "according", "due", "owing");

static int hypothetical(const vg_doc *doc, size_t i, size_t floor)
{
    /* "they discussed driving a van into visitors ... and then attacking
     * people": a gerund under a verb of plotting, however far */
    const vg_token *g = &doc->toks[i];
    if (vg_tok_gerund(g))
        for (size_t k = i; k > floor && i - k < 25; k--) {
            const vg_token *t = &doc->toks[k - 1];
            if (t->kind == VG_TOK_PUNCT && t->normlen == 1 && (t->norm[0] == ';' || t->norm[0] == ':'))
                break;
            if (vg_tok_in(t, &plot_verbs))
                return 1;
        }
    for (size_t k = i; k > floor && i - k < 5; k--) {
        const vg_token *t = &doc->toks[k - 1];
        if (clause_punct(t))
            break;
        /* "The warning came after a bomb exploded", "the alert follows the
         * bombing of a market": what came before the warning happened */
        if (((vg_tok_is(t, "follows") || vg_tok_is(t, "followed")) && vg_extract_sequence_after(doc, k - 1, i + 1)) ||
            (k >= floor + 2 && (vg_tok_is(t, "after") || vg_tok_is(t, "following")) &&
             vg_extract_sequence_after(doc, k - 2, i + 1)))
            break; /* not "possibly followed by suicide bombings" */
        /* "instructions for building a pipe bomb": a weapon made, not used */
        if (i - k < 3 && vg_tok_in(t, &making_verbs))
            return 1;
        /* "the clip appears to show a drone hitting the depot": what a
         * record shows happened */
        if (vg_extract_to_show(doc, k - 1, i) || vg_extract_to_show(doc, k, i))
            continue;
        /* "were burned to death as militants set fire to their homes":
         * no infinitive */
        if (vg_tok_is(t, "to") && k < i && vg_tok_is(&doc->toks[k], "death"))
            continue;
        /* "Gunmen tried to kill the governor": the attempt was made (a
         * modal before it still counts: "will have tried to") */
        if (vg_tok_is(t, "to") && k >= floor + 2 &&
            (vg_tok_is(&doc->toks[k - 2], "tried") || vg_tok_is(&doc->toks[k - 2], "attempted")))
            continue;
        /* "Officers responded to reports of shots fired": a preposition */
        if (vg_tok_is(t, "to") && k >= floor + 2 && vg_tok_in(&doc->toks[k - 2], &to_verbs))
            continue;
        /* "Two aides to the governor were shot dead", "aides to Mayor
         * Clara Brugada": a preposition before its noun, no infinitive */
        if (vg_tok_is(t, "to") && k < i &&
            (vg_tok_in(&doc->toks[k], &definites) || vg_tok_is(&doc->toks[k], "a") ||
             vg_tok_is(&doc->toks[k], "an") || doc->toks[k].kind == VG_TOK_NUM ||
             ((doc->toks[k].flags & VG_TF_CAP) && !(doc->toks[k].flags & VG_TF_ALLCAP) &&
              vg_tok_in(&doc->toks[k], &office_words))))
            continue;
        /* "LA PAZ, 24 MAY 90 -- A bomb": a month, not the modal */
        /* ... not a guess at who did it ("Police suspect ISKP carried out
         * the attack") */
        if ((vg_tok_in(t, &modal_words) || vg_extract_hit(doc, k - 1, VG_LK_HEDGE)) &&
            !vg_extract_in_time(doc, k - 1) && !to_name(doc, k - 1, i) &&
            !(!vg_tok_in(t, &modal_words) && vg_extract_done_between(doc, k, i)))
            return 1;
        /* "These men wanted a massacre"; not "They are wanted in connection
         * with the ambush", "a man wanted for the bombing" */
        if (vg_tok_is(t, "wanted") && i - k <= 2 && k < i && !vg_tok_is(&doc->toks[k], "for") &&
            !vg_tok_is(&doc->toks[k], "in") && !vg_tok_is(&doc->toks[k], "over") &&
            !(k >= floor + 2 && (vg_tok_is(&doc->toks[k - 2], "are") || vg_tok_is(&doc->toks[k - 2], "is") ||
                                 vg_tok_is(&doc->toks[k - 2], "was") || vg_tok_is(&doc->toks[k - 2], "were") ||
                                 vg_tok_is(&doc->toks[k - 2], "be") || vg_tok_is(&doc->toks[k - 2], "being"))))
            return 1;
    }
    /* "JNIM could recruit fighters and launch an assault", "will very
     * likely attempt to disrupt the elections through attacks": a future
     * modal further back in the clause, with no past verb, no saying and
     * no relative clause between (not "will investigate the attack", "could
     * serve as witnesses in the case of the priests assassinated": an
     * event told before) */
    for (size_t k = i; k > floor && i - k < 14 && !vg_tok_past(g); k--) {
        if (i - k < 2 && vg_tok_in(&doc->toks[k - 1], &definites))
            break;
        const vg_token *t = &doc->toks[k - 1];
        if (clause_punct(t) || vg_tok_past(t) || vg_tok_in(t, &past_irregular) ||
            vg_tok_in(t, &relative_words) || vg_tok_in(t, &sequence_words) || vg_extract_hit(doc, k - 1, VG_LK_CUE))
            break;
        if (vg_tok_in(t, &future_modals) && !vg_extract_in_time(doc, k - 1))
            return 1;
    }
    return 0;
}

static vg_wordlist odds_words = VG_WORDLIST("likely", "unlikely", "possible", "probable", "improbable",
                                            "expected", "feared", "imminent", "conceivable", "plausible");
/* words before "than" that compare an amount, not events */
static vg_wordlist measure_words = VG_WORDLIST("more", "less", "fewer");
static vg_wordlist degree_words = VG_WORDLIST("not", "very", "highly", "more", "less", "most", "least",
                                              "still", "also", "quite", "increasingly", "well", "otherwise",
                                              "never", "n't");

/* Whether the noun trigger at [k, e) heads the subject of a clause told
 * as ahead or as odds: "A bombing at the shrine in Najaf could kill dozens
 * of pilgrims", "An attack killing more than twenty people in Baghdad would
 * be unprecedented", "A mass-casualty attack (ten or more deaths) inside
 * Karbala is unlikely". The subject opens its clause (at most three words
 * before the trigger, no verb among them: not "Police said the bombing
 * ...", indefinite: "The bombing in Kabul will be investigated" is an
 * event told before), carries no date ("Yesterday's bombing could be a sign" happened);
 * its verb is the first modal, form of "be" or past tense after it, an
 * aside in brackets skipped; a modal before "have" ("could have been
 * carried out by") and "is likely to have", "is likely the work of" guess
 * at a past event. */
static int subject_ahead(const vg_doc *doc, const vg_sent *s, size_t k, size_t e)
{
    size_t c0 = k;
    while (c0 > s->tok_start && k - c0 <= 3 && !clause_punct(&doc->toks[c0 - 1]))
        c0--;
    if (k - c0 > 3 || (c0 > s->tok_start && !clause_punct(&doc->toks[c0 - 1])))
        return 0;
    /* "Police said the bombing ...": the subject of another verb; "The
     * bombing in Kabul will be investigated", "The massacre in Bucha is
     * expected to feature in trials": a definite event, told before */
    for (size_t j = c0; j < k; j++)
        if (vg_extract_hit(doc, j, VG_LK_CUE) || vg_tok_past(&doc->toks[j]) ||
            vg_tok_in(&doc->toks[j], &past_irregular) || vg_tok_in(&doc->toks[j], &definites))
            return 0;
    for (size_t j = c0; j < e + 16 && j < s->tok_end; j++) {
        const vg_token *t = &doc->toks[j];
        /* "Yesterday's bombing", "The attack ... on Monday": a dated event */
        if (vg_extract_in_time(doc, j) && !vg_tok_in(t, &future_modals))
            return 0;
        if (j < e)
            continue;
        if (vg_tok_punct(t, '(')) { /* "(ten or more deaths)" */
            while (j + 1 < s->tok_end && !vg_tok_punct(&doc->toks[j + 1], ')'))
                j++;
            continue;
        }
        if (t->kind == VG_TOK_PUNCT && t->normlen == 1 && strchr(".;:!?", t->norm[0]))
            return 0;
        /* not "in May"; "could (not) have been carried out by", "may also
         * have killed": a guess at a past event */
        if (vg_tok_in(t, &future_modals) && !vg_extract_in_time(doc, j)) {
            size_t a = j + 1;
            while (a < s->tok_end && a < j + 4 && vg_tok_in(&doc->toks[a], &degree_words))
                a++;
            return !(a < s->tok_end && vg_tok_is(&doc->toks[a], "have"));
        }
        /* "is unlikely", "are expected"; not "was likely the work of", "is
         * likely to have killed" */
        if (vg_tok_is(t, "is") || vg_tok_is(t, "are")) {
            size_t a = j + 1;
            while (a < s->tok_end && a < j + 4 && vg_tok_in(&doc->toks[a], &degree_words))
                a++;
            if (a >= s->tok_end || !vg_tok_in(&doc->toks[a], &odds_words))
                return 0;
            const vg_token *n = a + 1 < s->tok_end ? &doc->toks[a + 1] : NULL;
            if (n && (vg_tok_is(n, "the") || vg_tok_is(n, "a") || vg_tok_is(n, "an")))
                return 0;
            return !(n && vg_tok_is(n, "to") && a + 2 < s->tok_end && vg_tok_is(&doc->toks[a + 2], "have"));
        }
        if (vg_tok_in(t, &be_forms) || vg_tok_past(t) || vg_tok_in(t, &past_irregular))
            return 0;
    }
    return 0;
}

static vg_wordlist habit_nouns = VG_WORDLIST("record", "history", "capable", "capability", "capabilities",
                                             "known", "habit", "pattern", "tradition");

/* Whether the gerund trigger at k tells a habit or a capacity: "has a
 * record of attacking", "a history of kidnapping", "capable of bombing",
 * "known for attacking". */
static int habit_before(const vg_doc *doc, const vg_sent *s, size_t k)
{
    return k >= s->tok_start + 2 && vg_tok_gerund(&doc->toks[k]) &&
           (vg_tok_is(&doc->toks[k - 1], "of") || vg_tok_is(&doc->toks[k - 1], "for")) &&
           vg_tok_in(&doc->toks[k - 2], &habit_nouns);
}

static int negated_before(const vg_doc *doc, size_t i, size_t floor)
{
    for (size_t k = i; k > floor && i - k < 3; k--)
        if (vg_tok_in(&doc->toks[k - 1], &negators))
            return 1;
    return 0;
}

static int sentence_has(const vg_doc *doc, const vg_sent *s, vg_wordlist *words)
{
    return vg_extract_words_in(doc, s->tok_start, s->tok_end, words);
}

static vg_wordlist report_nouns = VG_WORDLIST("claims", "claim", "reports", "report", "posts", "accounts",
                                              "rumours", "rumors", "allegations");

static vg_wordlist doer_words = VG_WORDLIST("behind", "responsible", "responsibility", "involved",
                                            "involvement", "carried", "perpetrated", "orchestrated",
                                            "killed", "killing", "wounded", "injured");

/* Words that open a clause within the denied one ("denied that soldiers
 * fled when militants attacked"); words that tie a report to something
 * else than the denial ("dismissed the police chief following reports
 * that"); and what may stand between a denial and its "that" ("denied on
 * Monday that", "denied in a statement that"). */
static vg_wordlist inner_clauses = VG_WORDLIST("when", "after", "before", "as", "while", "because", "since",
                                               "until", "if", "although", "who", "which", "where");
static vg_wordlist report_links = VG_WORDLIST("following", "after", "over", "amid", "despite", "because", "about",
                                              "for", "of", "on", "in", "with", "and", "to");
static vg_wordlist denial_asides = VG_WORDLIST("in", "on", "a", "an", "the", "its", "his", "her", "their",
                                               "statement", "interview", "letter", "post", "briefing");

/* Whether the trigger at token k is told inside a report that is denied
 * ("denied reports that insurgents had clashed with police", "dismissed
 * claims that the army shelled the village"): not an event told. A
 * denial of the deed itself ("denied carrying out the bombing"), of who
 * did it ("denied reports that they were behind the bombing") or one that
 * counts its dead ("the bombing that killed 12 people") keeps it. */
static int denied_report(const inc_ctx *c, const vg_sent *s, size_t k)
{
    const vg_doc *doc = c->doc;
    if (sentence_has(doc, s, &doer_words))
        return 0;
    /* a noun told with what it was: "denied that the bombing at the market
     * was a suicide attack" denies what it was, not that it happened */
    const vg_lex_hit *th = vg_extract_hit(doc, k, VG_LK_TRIGGER);
    if (th && !vg_lex_trigger(c->lx, th->rec)->verb)
        for (size_t e = k + th->ntok; e + 1 < s->tok_end && e < k + 10 && !clause_punct(&doc->toks[e]); e++)
            if ((vg_tok_is(&doc->toks[e], "was") || vg_tok_is(&doc->toks[e], "is")) &&
                (vg_tok_is(&doc->toks[e + 1], "a") || vg_tok_is(&doc->toks[e + 1], "an") ||
                 vg_tok_is(&doc->toks[e + 1], "the") || vg_tok_is(&doc->toks[e + 1], "not")))
                return 0;
    for (size_t j = k; j > s->tok_start + 1 && k - j < 16; j--) {
        const vg_token *t = &doc->toks[j - 1];
        if (t->kind == VG_TOK_PUNCT && t->normlen == 1 && (t->norm[0] == ';' || t->norm[0] == '.'))
            break;
        if (!vg_tok_is(t, "that"))
            continue;
        for (size_t x = j; x < k; x++)
            if (vg_tok_in(&doc->toks[x], &inner_clauses))
                return 0;
        /* the denial before "that" ("The minister denied that militants
         * attacked a school"), or before the report the clause tells, as
         * its object ("dismissed reports circulating on social media
         * claiming that a bomb exploded"; not "dismissed the police chief
         * following reports that") */
        size_t r = SIZE_MAX; /* the report noun */
        for (size_t q = j - 1; q > s->tok_start && j - 1 - q < 10; q--) {
            const vg_token *w = &doc->toks[q - 1];
            if (clause_punct(w) || (w->kind == VG_TOK_PUNCT && (w->norm[0] == '.' || w->norm[0] == ';')))
                break;
            if (r == SIZE_MAX && vg_tok_in(w, &report_nouns))
                r = q - 1;
            const vg_lex_hit *h = vg_extract_hit(doc, q - 1, VG_LK_NEG);
            if (!h || vg_lex_neg(c->lx, h->rec)->kind != VG_NEG_DENIAL)
                continue;
            if (r != SIZE_MAX) {
                if (r - (q - 1) > 7)
                    return 0;
                for (size_t x = q; x < r; x++)
                    if (vg_tok_in(&doc->toks[x], &report_links))
                        return 0;
                return 1;
            }
            for (size_t x = q - 1 + h->ntok; x < j - 1; x++)
                if (!vg_tok_in(&doc->toks[x], &denial_asides) && !vg_extract_in_time(doc, x))
                    return 0;
            /* "ISWAP denied that its fighters attacked the school": who
             * did it is denied, not that it happened (the group the
             * denial's subject) */
            for (size_t m = vg_extract_first_mention(doc, s->tok_start);
                 m < c->ex->nmentions && c->ex->mentions[m].tok_start < q - 1; m++)
                if (c->ex->ents[c->ex->mentions[m].entity].type == VG_ENT_ARMED_GROUP &&
                    c->ex->mentions[m].tok_end + 4 >= q - 1)
                    return 0;
            return 1;
        }
    }
    return 0;
}

/* Whether the event word at k is named as one known: "the bombing",
 * "this attack". */
static int named_as_known(const vg_doc *doc, const vg_sent *s, size_t k)
{
    return k > s->tok_start && (vg_tok_is(&doc->toks[k - 1], "the") || vg_tok_is(&doc->toks[k - 1], "this"));
}

/* Whether incident inc tells nothing but its kind and day: no place, doer,
 * target, victim, weapon or toll. */
static int nothing_told(const vg_incident *inc)
{
    return inc->place < 0 && !inc->ngroups && !inc->nperps && !inc->ntargets && !inc->nvictims && !inc->nweapons &&
           inc->killed < 0 && inc->injured < 0;
}

/* Whether the trigger at k is what reports told that are then doubted:
 * "Reports of an attack on the Dikwa IDP camp on 11 October could not be
 * confirmed", "claims of a bombing in Gao were false". */
static vg_wordlist doubted_words = VG_WORDLIST("unconfirmed", "unverified", "false", "baseless", "unfounded",
                                               "untrue", "groundless", "fabricated");
static vg_wordlist checked_words = VG_WORDLIST("confirmed", "verified", "corroborated", "substantiated", "true");

/* "Unconfirmed figures circulating on WhatsApp claim at least 12 soldiers
 * were killed", "unverified reports say": counts told by a source said to
 * be unchecked, no toll (a sitrep's "CASUALTIES (UNCONFIRMED): 6 X KIA"
 * is its working count). */
static int doubted_figures(const vg_doc *doc, const vg_sent *s)
{
    for (size_t k = s->tok_start; k + 1 < s->tok_end; k++)
        if (vg_tok_in(&doc->toks[k], &doubted_words) &&
            (vg_tok_in(&doc->toks[k + 1], &report_nouns) || vg_tok_is(&doc->toks[k + 1], "figures") ||
             vg_tok_is(&doc->toks[k + 1], "numbers") || vg_tok_is(&doc->toks[k + 1], "tolls")))
            return 1;
    return 0;
}

/* Whether a statement of sentence si is hedged down to possible
 * ("Milbloggers claim that dozens of soldiers were killed ..., which
 * seems unlikely", "there could be more than 300 wounded") or is a
 * threat ("threatened to kill 10 judges"): its figures are no toll. */
static vg_wordlist rise_words = VG_WORDLIST("rise", "climb", "increase", "grow", "mount");
static vg_wordlist threat_verbs = VG_WORDLIST("threatened", "threatens", "threaten", "threatening");

static int doubted_claim(const vg_doc *doc, const vg_extract *ex, size_t si)
{
    const vg_sent *s = &doc->sents[si];
    /* (not "At least 12 people were killed, and the death toll may rise":
     * the toll stated, a later one guessed) */
    int rising = sentence_has(doc, s, &rise_words);
    /* ... nor "They killed 12 villagers and threatened to kill more": only
     * a count after the threat is threatened */
    size_t first = vg_extract_first_quant(doc, s->start), threat = SIZE_MAX;
    for (size_t k = s->tok_start; k < s->tok_end && threat == SIZE_MAX; k++)
        if (vg_tok_in(&doc->toks[k], &threat_verbs))
            threat = k;
    int counted_after = first < ex->nquants && ex->quants[first].start < s->end && threat != SIZE_MAX &&
                        ex->quants[first].tok_start > threat;
    for (size_t k = vg_extract_first_claim(doc, (uint32_t)si); k < ex->nclaims && ex->claims[k].sent == si; k++) {
        const vg_claim *cl = &ex->claims[k];
        if ((cl->certainty == VG_CERT_POSSIBLE && cl->certainty > cl->base_certainty && !rising) ||
            (cl->cue && !strcmp(cl->cue, "threaten") && counted_after))
            return 1;
    }
    return 0;
}

static int unconfirmed_report(const vg_doc *doc, const vg_sent *s, size_t k)
{
    size_t j = k;
    if (j > s->tok_start && (vg_tok_is(&doc->toks[j - 1], "a") || vg_tok_is(&doc->toks[j - 1], "an") ||
                             vg_tok_is(&doc->toks[j - 1], "the")))
        j--;
    if (j < s->tok_start + 2 || !vg_tok_is(&doc->toks[j - 1], "of") || !vg_tok_in(&doc->toks[j - 2], &report_nouns))
        return 0;
    for (size_t e = k + 1; e < s->tok_end && e < k + 20; e++) {
        const vg_token *t = &doc->toks[e];
        if (t->kind == VG_TOK_PUNCT && t->normlen == 1 && (t->norm[0] == ';' || t->norm[0] == '.'))
            return 0;
        if (vg_tok_in(t, &doubted_words))
            return 1;
        /* "could not be confirmed", "have not been verified" */
        if (vg_tok_in(t, &checked_words))
            for (size_t b = e; b > k + 1 && e - b < 3; b--)
                if (vg_tok_is(&doc->toks[b - 1], "not") || vg_tok_is(&doc->toks[b - 1], "n't"))
                    return 1;
    }
    return 0;
}

/* Whether the trigger [k, after) is an event already told, named to say
 * who did it: "the attack was planned by elements of the TTP", "the
 * bombing was carried out by". */
static int told_by(const vg_doc *doc, const vg_sent *s, size_t k, size_t after)
{
    if (k <= s->tok_start || !(vg_tok_is(&doc->toks[k - 1], "the") || vg_tok_is(&doc->toks[k - 1], "this")))
        return 0;
    if (after + 2 >= s->tok_end ||
        !(vg_tok_is(&doc->toks[after], "was") || vg_tok_is(&doc->toks[after], "were")))
        return 0;
    size_t j = after + 1;
    const vg_token *v = &doc->toks[j];
    if (vg_tok_is(v, "carried") && j + 2 < s->tok_end && vg_tok_is(&doc->toks[j + 1], "out"))
        j++; /* "was carried out by" */
    return vg_tok_past(v) && j + 1 < s->tok_end && vg_tok_is(&doc->toks[j + 1], "by");
}

static vg_wordlist plural_events = VG_WORDLIST("attacks", "bombings", "killings", "kidnappings",
                                              "abductions", "shootings", "assaults", "raids",
                                              "massacres", "explosions", "blasts");
static vg_wordlist since_words = VG_WORDLIST("since", "after", "before", "following", "until");
static vg_wordlist recovery_words = VG_WORDLIST("recovered", "seized", "confiscated", "unearthed",
                                               "impounded", "controlled", "disposal", "squad", "defused");

/* Whether the noun trigger [k, after) names a device recovered or made
 * safe: a recovery word within two words after it ("IED recovered", "bomb
 * disposal squad"), a passive one later in its clause ("an IED weighing
 * five kg was recovered"), or one within three words before it
 * ("recovered an IED", "a controlled explosion"). */
static int made_safe(const vg_doc *doc, const vg_sent *s, size_t k, size_t after)
{
    for (size_t j = after; j < s->tok_end && j < after + 7; j++) {
        const vg_token *t = &doc->toks[j];
        if (clause_punct(t) || vg_tok_is(t, "and") || vg_tok_is(t, "but"))
            break;
        if (vg_tok_in(t, &recovery_words) && (j < after + 2 || vg_tok_in(&doc->toks[j - 1], &be_forms)))
            return 1;
        /* "three bombs exploded -- three others were defused": the
         * device's own verb first */
        const vg_lex_hit *th = vg_extract_hit(doc, j, VG_LK_TRIGGER);
        if (th && vg_lex_trigger(doc->ex->lex, th->rec)->verb)
            break;
    }
    for (size_t j = k; j > s->tok_start && k - j < 3; j--)
        if (vg_tok_in(&doc->toks[j - 1], &recovery_words))
            return 1;
    return 0;
}

static vg_wordlist foil_words = VG_WORDLIST("foiled", "thwarted", "averted", "prevented");
static vg_wordlist clause_openers = VG_WORDLIST("after", "when", "as", "before", "that", "which", "who", "while",
                                               "because", "since", "until");
static vg_wordlist passive_be = VG_WORDLIST("was", "were", "is", "are", "been", "be", "being");

/* adverbs between a subject and its verb ("Troops later killed", "militants
 * reportedly stormed") */
static vg_wordlist subject_fillers = VG_WORDLIST("reportedly", "allegedly", "also", "then", "later", "subsequently",
                                                "eventually", "quickly", "swiftly", "immediately");

static int ly_adverb(const vg_token *t)
{
    return t->kind == VG_TOK_WORD && t->normlen > 4 && !memcmp(t->norm + t->normlen - 2, "ly", 2);
}

/* Whether the verb at token k is a passive's: "was foiled", "was
 * successfully foiled", "were reportedly killed". */
static int passive_at(const vg_doc *doc, const vg_sent *s, size_t k)
{
    if (k > s->tok_start && (ly_adverb(&doc->toks[k - 1]) || vg_tok_in(&doc->toks[k - 1], &subject_fillers)))
        k--;
    return k > s->tok_start && vg_tok_in(&doc->toks[k - 1], &passive_be);
}

/* Whether the event noun ending before token e is the subject of a
 * passive that tells it was stopped, with no one hurt: "A planned attack
 * on a church in Mombasa was thwarted", "The attack was successfully
 * foiled"; not "... came after an earlier attempt was thwarted" (another
 * clause's), "... was thwarted, but two soldiers were wounded" (an
 * attack that hurt). */
static int nobody_hurt(const vg_doc *doc, const vg_sent *s)
{
    for (size_t j = s->tok_start; j < s->tok_end; j++)
        if (vg_tok_in(&doc->toks[j], &kill_words) || vg_tok_in(&doc->toks[j], &hurt_words))
            return 0;
    return 1;
}

static int foiled_after(const vg_doc *doc, const vg_sent *s, size_t e)
{
    if (!nobody_hurt(doc, s))
        return 0;
    for (size_t j = e; j + 1 < s->tok_end && j < e + 8; j++) {
        const vg_token *t = &doc->toks[j];
        if (clause_punct(t) || vg_tok_is(t, "and") || vg_tok_is(t, "but") || vg_tok_in(t, &clause_openers) ||
            (vg_tok_past(t) && !vg_tok_in(t, &foil_words)) || vg_extract_hit(doc, j, VG_LK_TRIGGER))
            return 0;
        if (vg_tok_in(t, &passive_be)) {
            size_t v = j + 1 + (j + 2 < s->tok_end && ly_adverb(&doc->toks[j + 1]));
            return vg_tok_in(&doc->toks[v], &foil_words);
        }
    }
    return 0;
}

static vg_wordlist naming_verbs = VG_WORDLIST("called", "calls", "call", "dubbed", "dubs", "labelled",
                                              "labeled", "branded", "termed", "nicknamed");

/* Whether the noun at k is what something is called: a naming verb and
 * an opening quotation mark shortly before it ("one called the product "a
 * bomb"", "dubbed it "the Blitz""). */
static int named_as(const vg_doc *doc, const vg_sent *s, size_t k)
{
    int quote = 0;
    for (size_t j = k; j > s->tok_start && k - j < 6; j--) {
        const vg_token *t = &doc->toks[j - 1];
        if (t->kind == VG_TOK_PUNCT && (vg_tok_is(t, "\"") || vg_tok_is(t, "\u201c") ||
                                        vg_tok_is(t, "'") || vg_tok_is(t, "\u2018")))
            quote = 1;
        else if (quote && vg_tok_in(t, &naming_verbs))
            return 1;
    }
    return 0;
}

/* Whether the people at token k are the agent of a passive: "by" a few
 * words before them, past a count in brackets ("by two (2) unidentified
 * suspects"). */
static int agent_at(const vg_doc *doc, const vg_sent *s, size_t k)
{
    for (size_t j = k; j > s->tok_start && k - j < 7; j--) {
        const vg_token *t = &doc->toks[j - 1];
        if (vg_tok_is(t, "by"))
            return 1;
        if (t->kind == VG_TOK_PUNCT && !(t->normlen == 1 && (t->norm[0] == '(' || t->norm[0] == ')')))
            return 0;
    }
    return 0;
}

/* Violent context for an ambiguous trigger: a weapon, a casualty or
 * violence word, an armed group or a perpetrator's word ("Pirates
 * hijacked a tanker", "assailants ambushed a bus") in the sentence. */
static int wound_place_at(const vg_doc *doc, const vg_sent *s, size_t k);

static vg_wordlist photo_words = VG_WORDLIST("photographer", "photographers", "photographed", "portrait",
                                             "portraits", "studio", "cover", "camera", "cameras", "photo", "photos",
                                             "photoshoot", "film", "filmed", "magazine", "poster", "advert",
                                             "campaign", "video", "scene", "episode", "documentary");
static vg_wordlist shot_figures = VG_WORDLIST("down", "a", "an", "through");

/* Past an age in apposition at token j: ", aged 45 and 52," (the UK and
 * Irish police's house style: "Two men, aged 45 and 52, were stabbed"),
 * the token after its closing comma; else j. */
static size_t past_aged(const vg_doc *doc, const vg_sent *s, size_t j)
{
    if (j + 2 >= s->tok_end || !vg_tok_punct(&doc->toks[j], ',') || !vg_tok_is(&doc->toks[j + 1], "aged"))
        return j;
    for (size_t e = j + 2; e < s->tok_end && e < j + 9; e++)
        if (vg_tok_punct(&doc->toks[e], ','))
            return e + 1;
    return j;
}

/* The comma that opens an age in apposition ending right before token e
 * (", aged 45 and 52," of "Two men, aged 45 and 52, were"), looked for
 * from token lo on; SIZE_MAX when there is none. */
static size_t aged_before(const vg_doc *doc, const vg_sent *s, size_t lo, size_t e)
{
    for (size_t q = e; q-- > lo;)
        if (past_aged(doc, s, q) == e)
            return q;
    return SIZE_MAX;
}

/* "The mayor was shot", "Ana Ruiz was shot twice": the subject before
 * "was shot" at k is a person, by a victim's kind or a person's name (not
 * "the video was shot twice"). */
static int shot_person(const vg_extract *ex, const vg_doc *doc, const vg_sent *s, size_t k)
{
    /* (not "was shot for the magazine cover", "was shot down by
     * critics", "was shot a hostile look") */
    if ((k + 1 < s->tok_end && vg_tok_in(&doc->toks[k + 1], &shot_figures)) || sentence_has(doc, s, &photo_words))
        return 0;
    /* the subject's last word, before an age ("Two men, aged 45 and 52, were shot") */
    size_t q = aged_before(doc, s, s->tok_start + 1, k - 1);
    size_t h = q != SIZE_MAX ? q - 1 : k - 2;
    const vg_lex_hit *tg = NULL;
    for (size_t j = h + 1; j-- > s->tok_start && h - j < 3 && !tg;)
        if ((tg = vg_extract_hit(doc, j, VG_LK_TARGET)) && (tg->ntok != h + 1 - j || !ex->lex ||
                                                          !vg_lex_target(ex->lex, tg->rec)->human))
            tg = NULL;
    int32_t e = vg_extract_entity_at(doc, h);
    return tg != NULL || (e >= 0 && ex->ents[e].type == VG_ENT_PERSON);
}

/* "armed groups attacked a village", "a non-state armed group", "NSAGs":
 * an unnamed band of attackers as aid agencies write it (not "a group of
 * students"; not when an armed group's entity holds it: the group is
 * told) */
static int armed_band(const vg_doc *doc, const vg_sent *s, size_t k)
{
    const vg_token *t = &doc->toks[k];
    int of = k + 1 < s->tok_end && vg_tok_is(&doc->toks[k + 1], "of"); /* "gangs of hired assassins" */
    if (vg_tok_is(t, "nsag") || vg_tok_is(t, "nsags") || ((vg_tok_is(t, "gangs") || vg_tok_is(t, "gangsters")) && !of))
        return 1;
    /* "Gang members killed at least 12 people in Kenscoff" */
    if ((vg_tok_is(t, "members") || vg_tok_is(t, "member")) && k > s->tok_start && vg_tok_is(&doc->toks[k - 1], "gang"))
        return 1;
    return (vg_tok_is(t, "group") || vg_tok_is(t, "groups")) && k > s->tok_start &&
           vg_tok_is(&doc->toks[k - 1], "armed") && !of &&
           vg_extract_entity_at(doc, k) < 0;
}

static int violent_in(const vg_extract *ex, const vg_doc *doc, const vg_sent *s)
{
    for (size_t k = s->tok_start; k < s->tok_end; k++) {
        if (vg_extract_hit(doc, k, VG_LK_WEAPON) && !named_as(doc, s, k))
            return 1;
        int32_t e = vg_extract_entity_at(doc, k);
        if (e >= 0 && ex->ents[e].type == VG_ENT_ARMED_GROUP)
            return 1;
        const vg_token *t = &doc->toks[k];
        if (vg_tok_in(t, &perp_heads) && !vg_tok_is(t, "men") && !vg_tok_is(t, "individuals") &&
            !vg_tok_is(t, "suspects"))
            return 1;
        /* "was shot several times by two (2) unidentified male suspects":
         * the agent of the act */
        if ((vg_tok_is(t, "suspects") || vg_tok_is(t, "men") || vg_tok_is(t, "individuals")) &&
            agent_at(doc, s, k))
            return 1;
        /* "gang members" (not "the gang of four") */
        if (vg_tok_is(t, "gang") && k + 1 < s->tok_end &&
            (vg_tok_is(&doc->toks[k + 1], "members") || vg_tok_is(&doc->toks[k + 1], "member")))
            return 1;
        /* "armed men", "masked individuals", "armed groups" */
        if (armed_band(doc, s, k))
            return 1;
        if ((vg_tok_is(t, "men") || vg_tok_is(t, "individuals")) && k > s->tok_start &&
            (vg_tok_is(&doc->toks[k - 1], "armed") || vg_tok_is(&doc->toks[k - 1], "masked") ||
             vg_tok_is(&doc->toks[k - 1], "hooded")))
            return 1;
        /* "killing off the contest" is a figure of speech */
        if (vg_tok_in(t, &violent_words) && !(k + 1 < s->tok_end && vg_tok_is(&doc->toks[k + 1], "off")))
            return 1;
        /* "A man was shot in the leg": a bullet's wound (not "the film
         * was shot in Morocco") */
        /* ... "The mayor was shot twice": a person shot */
        if (vg_tok_is(t, "shot") && k >= s->tok_start + 2 &&
            (vg_tok_is(&doc->toks[k - 1], "was") || vg_tok_is(&doc->toks[k - 1], "were")) &&
            (wound_place_at(doc, s, k + 1) || shot_person(ex, doc, s, k)))
            return 1;
        /* "The death toll from Friday's attack on the Hotel Sahafi" */
        if (vg_tok_is(t, "toll") && k > s->tok_start && vg_tok_is(&doc->toks[k - 1], "death"))
            return 1;
    }
    return 0;
}

int vg_incident_violent(const vg_doc *doc, const vg_sent *s)
{
    return violent_in(doc->ex, doc, s);
}

static int violent(const inc_ctx *c, const vg_sent *s)
{
    return violent_in(c->ex, c->doc, s);
}

/* The index of the sentence holding token k. */
static uint32_t sent_of_tok(const vg_doc *doc, size_t k)
{
    size_t lo = 0, hi = doc->nsents;
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (doc->sents[mid].tok_start <= k)
            lo = mid;
        else
            hi = mid;
    }
    return (uint32_t)lo;
}

/* Kinds of what is hit that no figure of speech attacks. */
static const char *const hit_kinds[] = {"vehicle", "transport", "military", "police", "airport"};

/* Where words attack: "was attacked in state media", "on social media",
 * "verbally", "in an editorial". */
static vg_wordlist word_arenas = VG_WORDLIST("media", "online", "verbally", "review", "reviews", "editorial",
                                             "column", "newspaper", "press", "statement", "parliament",
                                             "television", "tv", "twitter", "facebook", "report", "speech",
                                             "comments", "critics", "opinion", "op-ed", "tripadvisor", "social");

/* "A tanker was attacked off Hodeidah", "a bus was attacked in Kano",
 * "the tanker Sounion was attacked": a ship, a vehicle, a post of the forces or an airport the subject of
 * the passive trigger running from token k to e, with no agent after it
 * ("the bus was attacked by critics" is no attack, "by gunmen" is violent
 * anyway) and no arena of words ("the convoy was attacked on social
 * media"). */
static int site_attacked(const inc_ctx *c, const vg_sent *s, size_t k, size_t e)
{
    const vg_doc *doc = c->doc;
    if (k < s->tok_start + 2 || !(vg_tok_is(&doc->toks[k - 1], "was") || vg_tok_is(&doc->toks[k - 1], "were")) ||
        (e < s->tok_end && vg_tok_is(&doc->toks[e], "by")))
        return 0;
    for (size_t j = e; j < s->tok_end && j < e + 8; j++)
        if (vg_tok_in(&doc->toks[j], &word_arenas))
            return 0;
    /* "The tanker Sounion was attacked", "the bulk carrier MAGIC SEAS
     * was": the ship's name after the noun */
    size_t noun_end = k - 1;
    while (noun_end > s->tok_start + 1 && k - 1 - noun_end < 3 && doc->toks[noun_end - 1].kind == VG_TOK_WORD &&
           (doc->toks[noun_end - 1].flags & VG_TF_CAP) && !vg_extract_hit(doc, noun_end - 1, VG_LK_TARGET))
        noun_end--;
    for (size_t j = noun_end; j-- > s->tok_start && j + 4 >= noun_end;) {
        const vg_lex_hit *h = vg_extract_hit(doc, j, VG_LK_TARGET);
        if (!h || (j + h->ntok != k - 1 && j + h->ntok != noun_end))
            continue;
        const vg_target *t = vg_lex_target(c->lx, h->rec);
        for (size_t i = 0; t && !t->human && i < sizeof hit_kinds / sizeof *hit_kinds; i++)
            if (!strcmp(t->kind, hit_kinds[i]))
                return 1;
        return 0;
    }
    return 0;
}

static vg_wordlist anaphors = VG_WORDLIST("their", "its", "they", "these", "those");

/* "... the insurgents will attack the district town of Palma. Their
 * attacks on Mocímboa da Praia in August 2020 showed ...": a sentence
 * opening on a pronoun after a violent sentence of its paragraph. */
static int violent_anaphor(const inc_ctx *c, const vg_sent *s)
{
    const vg_doc *doc = c->doc;
    uint32_t si = sent_of_tok(doc, s->tok_start);
    if (si == 0 || doc->sents[si - 1].para != s->para || s->tok_start >= s->tok_end)
        return 0;
    size_t k = s->tok_start;
    if (doc->toks[k].kind != VG_TOK_WORD && k + 1 < s->tok_end) /* "2. Their" */
        k++;
    return vg_tok_in(&doc->toks[k], &anaphors) && violent(c, &doc->sents[si - 1]);
}

static int quote_mark(const vg_token *t);

/* "On Thursday a motorbike blew up in Jamundí. Two police officers and a
 * girl died.": the next sentence of the paragraph tells the dead or the
 * wounded ("died", "were killed", "was wounded") as its main verb, within
 * its first ten words, with no event word of its own ("Rovers then killed
 * the game" tells none) and no one's words ('"...," said X, whose brother
 * was wounded'), but for a source saying it first ("Hospital officials
 * say six people have been killed"). */
/* What blows up by mishap: "a gas tanker exploded", "a transformer
 * exploded", "a fireworks warehouse exploded". */
static vg_wordlist blast_mishaps = VG_WORDLIST("gas", "tanker", "transformer", "fireworks", "firework", "boiler",
                                              "cylinder", "cylinders", "chemical", "chemicals", "fuel", "gasoline",
                                              "petrol", "leak", "accident", "accidental", "accidentally",
                                              "short-circuit", "electrical", "coal", "reactor", "furnace");

static int violent_aftermath(const inc_ctx *c, const vg_sent *s)
{
    const vg_doc *doc = c->doc;
    uint32_t si = sent_of_tok(doc, s->tok_start);
    if (si + 1 >= doc->nsents || doc->sents[si + 1].para != s->para)
        return 0;
    const vg_sent *n = &doc->sents[si + 1];
    if (n->tok_end - n->tok_start > 25)
        return 0;
    int harm = 0;
    size_t from = n->tok_start; /* where the told harm starts */
    for (size_t k = n->tok_start; k < n->tok_end; k++) {
        const vg_lex_hit *h = vg_extract_hit(doc, k, VG_LK_TRIGGER);
        const vg_trigger *tr = h ? vg_lex_trigger(c->lx, h->rec) : NULL;
        const vg_lex_hit *cue = vg_extract_hit(doc, k, VG_LK_CUE);
        /* (a source that opens the sentence tells it: "Hospital officials
         * say six people have been killed") */
        if (cue && !harm && from == n->tok_start && k > n->tok_start && k < n->tok_start + 5 &&
            !sentence_has(doc, s, &blast_mishaps) &&
            (cue->ntok > 1 || vg_tok_is(&doc->toks[k], "say") || vg_tok_is(&doc->toks[k], "said") ||
             vg_tok_is(&doc->toks[k], "says"))) {
            from = k + cue->ntok;
            k = from - 1;
            continue;
        }
        if ((tr && !(tr->flags & VG_TRF_EFFECT)) || cue || quote_mark(&doc->toks[k]))
            return 0;
        const vg_token *t = &doc->toks[k];
        harm |= k < from + 10 && (vg_tok_is(t, "died") ||
                (k > n->tok_start && vg_tok_in(&doc->toks[k - 1], &be_forms) &&
                 (vg_tok_is(t, "killed") || vg_tok_is(t, "wounded") || vg_tok_is(t, "injured") ||
                  vg_tok_is(t, "hurt"))));
    }
    return harm;
}

static vg_wordlist dets = VG_WORDLIST("the", "a", "an", "this", "that", "last", "'s", "yesterday",
                                       "recent", "latest", "deadly", "suicide");

static vg_wordlist past_words = VG_WORDLIST("was", "were", "killed", "had", "happened", "occurred",
                                       "took", "left", "claimed", "carried");
/* a headline's present, its subject first: "Blast kills five in Kabul" */
static vg_wordlist headline_harms = VG_WORDLIST("kills", "wounds", "injures", "hits", "leaves", "claims");

/* A noun trigger is specific when a determiner, possessive, place,
 * facility or capitalised modifier stands right before it ("the attack",
 * "Sunday's bombing", "İstanbul Airport attack"), or the sentence reports
 * in the past ("was", "were", "killed", a date). */
static int specific_noun(const inc_ctx *c, size_t i, const vg_sent *s, int *past_cache)
{
    const vg_doc *doc = c->doc;
    for (size_t k = i; k > s->tok_start && i - k < 3; k--) {
        const vg_token *t = &doc->toks[k - 1];
        if (vg_tok_in(t, &dets))
            return 1;
        int32_t e = vg_extract_entity_at(doc, k - 1);
        if (e >= 0 && (c->ex->ents[e].type == VG_ENT_PLACE || c->ex->ents[e].type == VG_ENT_FACILITY))
            return 1;
        if (t->kind != VG_TOK_WORD)
            break;
    }
    if (*past_cache < 0)
        *past_cache = sentence_has(doc, s, &past_words);
    if (*past_cache || (i < s->tok_start + 3 && i + 1 < s->tok_end && vg_tok_in(&doc->toks[i + 1], &headline_harms)))
        return 1;
    for (size_t t = vg_extract_first_time(doc, s->start);
         t < c->ex->ntimes && c->ex->times[t].start < s->end; t++)
        if (c->ex->times[t].end <= s->end && !c->ex->times[t].is_window)
            return 1;
    return 0;
}

static int speech_at(const inc_ctx *c, size_t k);

static vg_wordlist part_ordinals = VG_WORDLIST("first", "second", "third", "last", "final");

/* Whether token k of sentence s lies inside a quotation (an odd number of
 * quotation marks, straight or curly, before it in the sentence). */
static int quote_mark(const vg_token *t)
{
    return vg_tok_punct(t, '"') ||
           (t->normlen == 3 && (!memcmp(t->norm, "\xe2\x80\x9c", 3) || !memcmp(t->norm, "\xe2\x80\x9d", 3)));
}

static int quoted(const vg_doc *doc, const vg_sent *s, size_t k)
{
    unsigned n = 0;
    for (size_t j = s->tok_start; j < k && j < s->tok_end; j++)
        n += quote_mark(&doc->toks[j]);
    return n & 1;
}

static int speech_at(const inc_ctx *c, size_t k);

/* Whether the quotation open at token k of sentence s is someone's words,
 * a verb of saying right after it closes ('"...," said Shahana Begum'). */
static int quote_said(const inc_ctx *c, const vg_sent *s, size_t k)
{
    const vg_doc *doc = c->doc;
    size_t j = k; /* the closing mark: the first after k */
    while (j < s->tok_end && !quote_mark(&doc->toks[j]))
        j++;
    for (size_t q = j + 1; q < s->tok_end && q < j + 4; q++)
        if (speech_at(c, q))
            return 1;
    return 0;
}

/* A window that can date an event: one with a value at month or year
 * precision ("last month", "earlier this month", "last year", "this
 * year"), a calendar week ("last week's bombing", Monday to Sunday), or
 * a span of days the text numbers ("7–9 April – Insurgents attacked
 * ...", "between 3 and 6 June"); not a rolling span ("in recent weeks",
 * "the past seven days"), which tells no event's time. (A window still
 * ahead of the report is turned away where it is used.) */
static int calendar_window(const vg_doc *doc, const vg_timeref *tr)
{
    if (vg_date_valid(tr->value))
        return 1;
    if (tr->from.prec != VG_DATE_DAY || tr->to.prec != VG_DATE_DAY)
        return 0;
    if (vg_date_weekday(tr->from) == 0 && vg_date_to_days(tr->to) - vg_date_to_days(tr->from) == 6)
        return 1;
    if (tr->from.year != tr->to.year || tr->from.month != tr->to.month)
        return 0;
    int named = 0; /* bit 1: the first day's number, bit 2: the last's */
    for (size_t k = tr->tok_start; k < tr->tok_end; k++) {
        const vg_token *t = &doc->toks[k];
        long v = t->kind == VG_TOK_NUM && t->normlen <= 2 ? strtol(t->norm, NULL, 10) : 0;
        named |= (v == tr->from.day) | (v == tr->to.day) << 1;
    }
    return named == 3;
}

/* The count opening tokens [a, b) of a subject: a quantity that starts
 * there ("five soldiers"), 1 for "a"/"an"/"one" ("a member of ..."), else
 * -1. */
static double count_at(const inc_ctx *c, size_t a)
{
    const vg_doc *doc = c->doc;
    const vg_extract *ex = c->ex;
    for (size_t q = vg_extract_first_quant(doc, doc->toks[a].start);
         q < ex->nquants && ex->quants[q].tok_start <= a; q++)
        if (ex->quants[q].tok_start == a && ex->quants[q].has_min && !ex->quants[q].has_total)
            return ex->quants[q].min;
    if (vg_tok_is(&doc->toks[a], "a") || vg_tok_is(&doc->toks[a], "an") ||
        vg_tok_is(&doc->toks[a], "one"))
        return 1;
    return -1;
}

static int death_at(const vg_doc *doc, const vg_sent *s, size_t j);

static vg_wordlist many_words = VG_WORDLIST("dozens", "scores", "hundreds", "thousands", "tens");

/* One person: "a", "one", "his" (brother) */
static vg_wordlist one_words = VG_WORDLIST("a", "an", "one", "his", "her");

/* People too general to be a victim by themselves ("armed men", "a man
 * who called a radio station", "the bomber's brother was arrested"),
 * counted only when said harmed ("his brother was killed"). */
static vg_wordlist person_words = VG_WORDLIST("man", "woman", "person", "brother", "sister", "son", "daughter",
                                              "father", "mother", "husband", "wife");
/* one of an armed group's ranks: "killed a Hezbollah commander" */
static vg_wordlist rank_heads = VG_WORDLIST("commander", "leader", "member", "chief", "operative", "deputy");

static vg_wordlist harmed_after = VG_WORDLIST("killed", "wounded", "injured", "hurt", "kidnapped", "abducted",
                                             "died", "dead", "taken", "held", "missing", "shot", "stabbed", "martyred");

/* Whether the people phrase [a, end) of sentence s is counted and harmed:
 * "killing 14 people", "wounding at least a dozen persons", "dozens of
 * people were killed" (not "people" alone, "many people", "200 people
 * protested", "3,000 people have fled", "an area of 50,000 people"): the
 * object of an incident's verb or of harm, or the subject of harm before
 * any other verb, relative clause or "after", within nine words. */
static int counted_people(const inc_ctx *c, const vg_sent *s, size_t a, size_t end)
{
    const vg_doc *doc = c->doc;
    size_t o = a >= s->tok_start + 2 && vg_tok_is(&doc->toks[a - 1], "of") ? a - 2 : a; /* "dozens of" */
    const vg_extract *ex = c->ex;
    for (size_t q = vg_extract_first_quant(doc, doc->toks[s->tok_start].start); /* "more than 100 people" */
         q < ex->nquants && ex->quants[q].tok_start <= o; q++)
        if (ex->quants[q].tok_end > o)
            o = ex->quants[q].tok_start;
    int harmed = o > s->tok_start && vg_tok_in(&doc->toks[o - 1], &hurt_words);
    for (size_t j = o; !harmed && j > s->tok_start && o - j < 4; j--) { /* "opened fire on" */
        const vg_lex_hit *h = vg_extract_hit(doc, j - 1, VG_LK_TRIGGER);
        harmed = h && (j - 1 + h->ntok == o || (j + h->ntok == o && (vg_tok_is(&doc->toks[o - 1], "on") ||
                                                                     vg_tok_is(&doc->toks[o - 1], "at"))));
    }
    /* "... people were killed", "140 people, most of them children, were
     * killed" (not "200 people protested ... after gunmen killed") */
    for (size_t k = end; !harmed && k < s->tok_end && k < end + 9; k++) {
        harmed = vg_tok_in(&doc->toks[k], &harmed_after);
        if (!harmed && (vg_tok_past(&doc->toks[k]) || vg_tok_in(&doc->toks[k], &relative_words) ||
                        vg_tok_is(&doc->toks[k], "after") || vg_tok_is(&doc->toks[k], "since") ||
                        vg_extract_hit(doc, k, VG_LK_TRIGGER)))
            break;
    }
    if (!harmed)
        return 0;
    for (size_t q = vg_extract_first_quant(doc, doc->toks[s->tok_start].start);
         q < ex->nquants && ex->quants[q].tok_start <= a; q++)
        if (ex->quants[q].tok_end > a && ex->quants[q].has_min && ex->quants[q].min >= 2)
            return 1;
    /* "A 22-year-old man was shot dead", "killing one person": one person,
     * said harmed */
    if (end > a && vg_tok_in(&doc->toks[end - 1], &person_words) &&
        (vg_tok_in(&doc->toks[a], &one_words) || (a > s->tok_start && vg_tok_in(&doc->toks[a - 1], &one_words))))
        return 1;
    return a >= s->tok_start + 2 && vg_tok_is(&doc->toks[a - 1], "of") && vg_tok_in(&doc->toks[a - 2], &many_words);
}

static vg_wordlist pronoun_owners = VG_WORDLIST("his", "her", "their");
static vg_wordlist toll_object_ends = VG_WORDLIST("in", "on", "at", "near", "during", "when", "as", "after",
                                                 "before", "while", "outside", "inside", "overnight", "late",
                                                 "early");
static vg_wordlist part_words = VG_WORDLIST("including", "among", "mostly", "mainly", "especially");
static vg_wordlist other_clause = VG_WORDLIST("after", "before", "when", "while", "because", "since",
                                              "although", "whereas");
static vg_wordlist kill_verbs_active = VG_WORDLIST("killing", "killed", "kills", "kill");
#define TOLL_VERBS "killing", "killed", "kills", "kill", "died", "dead", "wounded", "injured"


/* More words for people, beside people_words and person_words: kin,
 * roles, and groups of people a toll may list ("his two guards"). */
static vg_wordlist kin_words = VG_WORDLIST("sons", "daughters", "brothers", "sisters", "child", "children", "guard",
                                          "guards", "family", "relatives", "civilians", "civilian", "citizen",
                                          "member", "chief", "chiefs", "staff", "crew", "girl", "girls", "boy",
                                          "boys", "residents", "students", "migrants", "patients", "parents",
                                          "peasants", "merchants", "participants", "agents", "officials",
                                          "sergeants", "lieutenants", "servants", "assistants", "attendants",
                                          "inhabitants", "passengers", "pilgrims", "resident", "student",
                                          "migrant", "patient", "peasant", "merchant", "agent", "official",
                                          "sergeant", "lieutenant", "servant", "passenger", "pilgrim");
static const char *const agent_suffixes[] = {"er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "man", "men",
                                             "ee", "ees", NULL};
/* agent nouns by their ending only: not these ("a number of cattle") */
static vg_wordlist not_agents = VG_WORDLIST("number", "numbers", "tractor", "tractors", "motor", "motors", "border",
                                           "water", "quarter", "center", "centre", "computer", "trailer",
                                           "container", "tanker", "tankers", "helicopter", "helicopters", "corner",
                                           "matter", "order", "charter", "sector", "floor", "door", "shelter",
                                           "tower", "towers", "poster", "letter", "generator", "generators",
                                           "transformer", "transformers", "reactor", "trucker", "layer",
                                           "error", "other");

/* Whether tokens [a, b) name people, by their head (the word before
 * "of" but for a count's "of", else the last): a human target of the lexicon ("soldiers", "a
 * customs officer"), a word for people or kin ("his two sons", "others",
 * "a member of a militia"), a person, or, if guess, an agent noun ("a
 * tribal leader", "herders"); not "a donkey", "two vehicles". */
static int human_part(const inc_ctx *c, size_t a, size_t b, int guess)
{
    const vg_doc *doc = c->doc;
    size_t head = b - 1;
    for (size_t k = a + 1; k < b; k++)
        if (vg_tok_is(&doc->toks[k], "of")) {
            /* "a member of the ...": the member; "two of his
             * bodyguards": the bodyguards */
            head = k - 1 == a && count_at(c, a) >= 0 ? b - 1 : k - 1;
            break;
        }
    const vg_lex_hit *h = vg_extract_hit(doc, head, VG_LK_TARGET);
    int32_t e = vg_extract_entity_at(doc, head);
    if (h)
        return vg_lex_target(c->lx, h->rec)->human;
    if (vg_tok_in(&doc->toks[head], &people_words) || vg_tok_in(&doc->toks[head], &person_words) ||
        vg_tok_in(&doc->toks[head], &kin_words) ||
        (e >= 0 && c->ex->ents[e].type == VG_ENT_PERSON))
        return 1;
    if (!guess || vg_extract_hit(doc, head, VG_LK_WEAPON) || vg_tok_in(&doc->toks[head], &not_agents))
        return 0;
    const vg_token *t = &doc->toks[head];
    for (size_t k = 0; agent_suffixes[k]; k++) {
        size_t n = strlen(agent_suffixes[k]);
        if (t->normlen > n + 2 && !memcmp(t->norm + t->normlen - n, agent_suffixes[k], n))
            return 1;
    }
    return 0;
}

/* Whether people are the object that starts at token a of sentence s,
 * up to a clause's end, "and" or a preposition of place or time ("a
 * trader in Kano", "two police officers"; not "a lion"). */
static int people_object(const inc_ctx *c, const vg_sent *s, size_t a)
{
    const vg_doc *doc = c->doc;
    size_t e = a;
    while (e < s->tok_end && e < a + 6 && !clause_punct(&doc->toks[e]) &&
           !vg_tok_in(&doc->toks[e], &toll_object_ends) && !vg_tok_is(&doc->toks[e], "and"))
        e++;
    return e > a && human_part(c, a, e, 1);
}

/* Whether tokens [a, b) are one person's mention, after at most two
 * capitalised words of a title ("Mayor Ana Ruiz"). */
static int person_named(const inc_ctx *c, size_t a, size_t b)
{
    size_t m = vg_extract_first_mention(c->doc, a);
    if (m >= c->ex->nmentions || c->ex->mentions[m].tok_end != b ||
        c->ex->ents[c->ex->mentions[m].entity].type != VG_ENT_PERSON || c->ex->mentions[m].tok_start - a > 2)
        return 0;
    for (size_t k = a; k < c->ex->mentions[m].tok_start; k++)
        if (!(c->doc->toks[k].flags & VG_TF_CAP))
            return 0;
    return 1;
}

/* Whether token j is a verb of attribution: a cue's word that is no
 * human victim's noun as well ("a judge and two bodyguards": the noun). */
static int cue_verb_at(const inc_ctx *c, size_t j)
{
    if (!vg_extract_hit(c->doc, j, VG_LK_CUE))
        return 0;
    const vg_lex_hit *h = vg_extract_hit(c->doc, j, VG_LK_TARGET);
    return !h || !vg_lex_target(c->lx, h->rec)->human;
}

/* How many people the phrase [a, end) of sentence s lists, each part
 * split by "and" or a comma opening with a count ("five soldiers", "a
 * member of ...", "his two sons", "her driver"); a person's name is one,
 * or, after a part that is no name, its apposition ("a tribal leader,
 * Mir Nasir Zehri, and his two guards"). -1 when a part has no count;
 * *nparts the parts counted. */
static double listed_people(const inc_ctx *c, const vg_sent *s, size_t a, size_t end, int *nparts)
{
    const vg_doc *doc = c->doc;
    double total = 0, first = 0;
    int prev_name = 0, names_apposed = 0, comma_only = 0, prev_apposed = 0;
    *nparts = 0;
    for (size_t k = a; k < end;) {
        size_t e = k;
        while (e < end && !vg_tok_is(&doc->toks[e], "and") && !vg_tok_punct(&doc->toks[e], ','))
            e++;
        /* a part is a noun phrase: no verb, no speaker ("killing 35
         * soldiers, a military spokesman said"; "two were killed and
         * four were injured"), but for a relative clause ("two policemen
         * who were acting as her bodyguards") */
        for (size_t j = k; j < e && !vg_tok_in(&doc->toks[j], &relative_words); j++)
            if (vg_tok_in(&doc->toks[j], &be_forms) || cue_verb_at(c, j) || death_at(doc, s, j) ||
                vg_tok_in(&doc->toks[j], &hurt_words))
                return -1;
        if (e > k) {
            /* a name: one person ("Mayor Ana Ruiz, her driver and two
             * bodyguards"), or after a part that is no name its apposition */
            int person = person_named(c, k, e);
            /* (a name after another's description counts: "Ana Ruiz, a
             * teacher, Pedro Gomez, a farmer, and a police officer" 3) */
            int apposed = person && *nparts > 0 && (!prev_name || names_apposed) && !prev_apposed;
            /* "Ramón Ibáñez Cortés, a mayoral candidate,": the name's
             * apposition, the same person */
            if (!person && prev_name && comma_only && e > k + 1 &&
                (vg_tok_is(&doc->toks[k], "a") || vg_tok_is(&doc->toks[k], "an")) && human_part(c, k, e, 1))
                apposed = 1;
            names_apposed = apposed; /* "two men, Ali Khan and Omar Shah": both named */
            size_t q = k + (vg_tok_in(&doc->toks[k], &pronoun_owners) && k + 1 < e);
            double n = apposed ? 0 : person ? 1 : count_at(c, q);
            /* "her driver": one; "their children": how many, unsaid */
            if (n < 0 && q > k && q + 1 == e && doc->toks[q].normlen > 1 &&
                doc->toks[q].norm[doc->toks[q].normlen - 1] != 's')
                n = 1;
            if (n < 0 || n > 1e5 || (!person && !human_part(c, k, e, 1)))
                return -1;
            total += n;
            if (*nparts == 0)
                first = n;
            *nparts += !apposed;
            prev_name = person;
            prev_apposed = apposed && !person;
        }
        k = e;
        comma_only = 1;
        while (k < end && (vg_tok_is(&doc->toks[k], "and") || vg_tok_punct(&doc->toks[k], ','))) {
            comma_only &= vg_tok_punct(&doc->toks[k], ',');
            k++;
        }
    }
    /* "killed seven people, four soldiers and three civilians": the
     * first part counts the others */
    if (*nparts >= 3 && first == total - first)
        return first;
    return total;
}

#define WOUND_VERBS_ACTIVE "wounding", "injuring"
static vg_wordlist wound_verbs_active = VG_WORDLIST(WOUND_VERBS_ACTIVE);

/* Whether a verb of saying comes within four words from a (", the police
 * said", ", officials told AFP"): the attribution after a list. */
static int said_after(const inc_ctx *c, const vg_sent *s, size_t a)
{
    for (size_t j = a; j < s->tok_end && j < a + 4; j++) {
        if (speech_at(c, j))
            return 1;
        if (c->doc->toks[j].kind == VG_TOK_PUNCT)
            return 0;
    }
    return 0;
}

static vg_wordlist list_verbs = VG_WORDLIST(TOLL_VERBS, WOUND_VERBS_ACTIVE);

/* The "leaving" or "left" before the state word at v ("dead", "wounded",
 * "injured") that it ends: "leaving two soldiers and five militants
 * dead"; SIZE_MAX when there is none in its clause. */
static size_t leaving_before(const vg_doc *doc, const vg_sent *s, size_t v)
{
    const vg_token *t = &doc->toks[v];
    if (!vg_tok_is(t, "dead") && !vg_tok_is(t, "wounded") && !vg_tok_is(t, "injured"))
        return SIZE_MAX;
    for (size_t j = v; j > s->tok_start && v - j < 16; j--) {
        const vg_token *p = &doc->toks[j - 1];
        if (p->kind == VG_TOK_PUNCT && !vg_tok_punct(p, ','))
            return SIZE_MAX;
        if (vg_tok_is(p, "leaving") || vg_tok_is(p, "left"))
            return j + 1 < v ? j - 1 : SIZE_MAX;
    }
    return SIZE_MAX;
}

/* A toll told as a list: a coordinated subject ("Five soldiers and a
 * member of the Civilian Joint Task Force were killed" 6, "A schoolgirl
 * and three men were killed" 4, "Two policemen and a civilian died") or
 * object ("killed a village chief and his two sons" 3, "killed a tribal
 * leader, Mir Nasir Zehri, and his two guards" 3), every part counted;
 * it stands when it is more than the count found. The walk starts at
 * from, a token at or before the first verb of list_verbs in s. */
static void coordinated_toll(const inc_ctx *c, const vg_sent *s, size_t from, int32_t *killed, int32_t *injured)
{
    const vg_doc *doc = c->doc;
    for (size_t v = from > s->tok_start ? from : s->tok_start + 1; v < s->tok_end; v++) {
        const vg_token *t = &doc->toks[v];
        if (t->kind != VG_TOK_WORD || !vg_tok_in(t, &list_verbs))
            continue;
        int died = vg_tok_is(t, "died"), were = v >= s->tok_start + 2 && vg_tok_is(&doc->toks[v - 1], "were");
        int kind = 0;
        size_t a, end;
        if (died || (were && vg_tok_is(t, "killed")))
            kind = 1;
        else if (were && (vg_tok_is(t, "wounded") || vg_tok_is(t, "injured")))
            kind = 2;
        size_t lv = kind ? SIZE_MAX : leaving_before(doc, s, v);
        if (lv != SIZE_MAX) {
            /* "leaving two soldiers and five militants dead" */
            kind = vg_tok_is(t, "dead") ? 1 : 2;
            a = lv + 1;
            end = v;
        } else if (kind) {
            end = died ? v : v - 1; /* the subject ends before "were" */
            a = end;
            while (a > s->tok_start && a > c->dateline_end && !clause_punct(&doc->toks[a - 1]) &&
                   !vg_tok_is(&doc->toks[a - 1], "that") && !speech_at(c, a - 1) && end - a < 24)
                a--;
        } else if (vg_tok_in(t, &kill_verbs_active) || vg_tok_in(t, &wound_verbs_active) ||
                   (vg_tok_is(t, "dead") && v >= s->tok_start + 1 && shot_dead(doc, s->tok_end, v - 1))) {
            /* the object, up to a preposition or the clause's end
             * ("wounding seven soldiers and three civilians" 10) */
            kind = vg_tok_in(t, &wound_verbs_active) ? 2 : 1;
            a = v + 1;
            end = a;
            while (end < s->tok_end && end - a < 24 && !vg_tok_in(&doc->toks[end], &toll_object_ends) &&
                   !(doc->toks[end].kind == VG_TOK_PUNCT && !vg_tok_punct(&doc->toks[end], ',')) &&
                   !(vg_tok_punct(&doc->toks[end], ',') && said_after(c, s, end + 1)))
                end++;
            while (end > a && vg_tok_punct(&doc->toks[end - 1], ','))
                end--;
        } else {
            continue;
        }
        int32_t *toll = kind == 1 ? killed : injured;
        int nparts;
        double total = listed_people(c, s, a, end, &nparts);
        if (nparts >= 2 && total > *toll)
            *toll = (int32_t)total;
    }
}

static vg_wordlist possessives = VG_WORDLIST("his", "her", "their", "its", "the", "a", "an");
static vg_wordlist own_words = VG_WORDLIST("his", "her", "their", "its", "own");
static vg_wordlist next_ordinals = VG_WORDLIST("second", "third", "fourth", "fifth");
static vg_wordlist slain_words = VG_WORDLIST("murdered", "assassinated", "beheaded", "lynched", "slain");
static vg_wordlist named_dets = VG_WORDLIST("the", "these", "those", "both");

/* Whether the event noun at k is told as someone's record: "responsible
 * for rocket launches", "involved in attacks on troops" (a few words
 * between; not "JNIM was responsible for the attack", the one told). */
static int record_of(const vg_doc *doc, const vg_sent *s, size_t k)
{
    for (size_t j = k; j > s->tok_start + 1 && k - j < 4; j--) {
        const vg_token *p = &doc->toks[j - 1];
        if (p->kind != VG_TOK_WORD || vg_tok_in(p, &named_dets) || vg_tok_is(p, "this") || vg_tok_is(p, "that"))
            return 0;
        if ((vg_tok_is(p, "for") && vg_tok_is(&doc->toks[j - 2], "responsible")) ||
            (vg_tok_is(p, "in") && vg_tok_is(&doc->toks[j - 2], "involved")))
            return 1;
    }
    return 0;
}
/* "was feared dead": a death not known */
static vg_wordlist unsure_words = VG_WORDLIST("feared", "presumed", "believed", "thought", "rumoured", "rumored");

/* One victim told without a number: a sentence whose subject is one
 * person ("His bodyguard, police sergeant X, was shot ... and died", "The
 * driver was wounded in the leg") and whose verb is a death or a wound
 * gives 1, where no count was found. */
/* A noun of three letters or more not in the plural ("driver", "woman";
 * not "drivers"). */
static int singular(const vg_token *t)
{
    return t->normlen >= 3 && t->norm[t->normlen - 1] != 's';
}

/* Where the words of sentence s begin: after the dateline in the first
 * ("MTHATHA, 8 June 2026 - A ward councillor was shot dead"). */
static size_t body_start(const inc_ctx *c, const vg_sent *s)
{
    return c->dateline_end > s->tok_start && c->dateline_end < s->tok_end ? c->dateline_end : s->tok_start;
}

static vg_wordlist wound_nouns = VG_WORDLIST("wound", "wounds", "injury", "injuries", "burns");
static vg_wordlist wound_kinds = VG_WORDLIST("gunshot", "bullet", "shrapnel", "stab", "serious", "severe", "minor",
                                            "critical", "multiple", "head", "leg", "life-threatening", "burn");

/* Whether token k opens "sustained a gunshot wound", "suffered serious
 * injuries" (not "suffered no wounds", "suffered a defeat"). */
static int suffered_wound(const vg_doc *doc, const vg_sent *s, size_t k)
{
    return (vg_tok_is(&doc->toks[k], "sustained") || vg_tok_is(&doc->toks[k], "suffered")) &&
           k + 3 < s->tok_end &&
           (vg_tok_is(&doc->toks[k + 1], "a") || vg_tok_is(&doc->toks[k + 1], "an") ||
            vg_tok_in(&doc->toks[k + 1], &wound_kinds)) &&
           (vg_tok_in(&doc->toks[k + 2], &wound_nouns) || vg_tok_in(&doc->toks[k + 3], &wound_nouns));
}

/* Whether token t is an age: "60-year-old", "22-year-old". */
static int age_tok(const vg_token *t)
{
    return t->normlen > 8 && !strcmp(t->norm + t->normlen - 8, "year-old");
}

static void one_casualty(const inc_ctx *c, const vg_sent *s, int32_t *killed, int32_t *injured)
{
    const vg_doc *doc = c->doc;
    size_t a = body_start(c, s);
    if (s->tok_end - a < 4 || (*killed >= 0 && *injured >= 0))
        return;
    /* "Two jawans were killed and another was injured", "and a third was
     * wounded", "killing one policeman and wounding another": one more, of
     * the other kind */
    for (size_t k = a + 1; k + 1 < s->tok_end; k++) {
        if (!vg_tok_is(&doc->toks[k - 1], "and"))
            continue;
        int hurt = -1; /* 1 wounded, 0 killed */
        size_t j = k;
        if (vg_tok_is(&doc->toks[j], "a") && vg_tok_in(&doc->toks[j + 1], &next_ordinals))
            j++; /* "a third" */
        /* "and a woman was wounded": one person by a noun not in the plural */
        int one_noun = (vg_tok_is(&doc->toks[j], "a") || vg_tok_is(&doc->toks[j], "an")) && j + 1 < s->tok_end &&
                       doc->toks[j + 1].kind == VG_TOK_WORD && singular(&doc->toks[j + 1]);
        if (one_noun)
            j++;
        /* ... "and a third wounded": the verb of the first, left out */
        size_t vp = j + 1 < s->tok_end && vg_tok_is(&doc->toks[j + 1], "was") ? j + 2 : j + 1;
        if ((one_noun || vg_tok_is(&doc->toks[j], "another") || vg_tok_is(&doc->toks[j], "one") ||
             vg_tok_in(&doc->toks[j], &next_ordinals)) &&
            vp < s->tok_end) {
            const vg_token *v = &doc->toks[vp];
            hurt = vg_tok_is(v, "wounded") || vg_tok_is(v, "injured") || vg_tok_is(v, "hurt") ? 1
                   : vg_tok_is(v, "killed")                                                  ? 0
                                                                                              : -1;
        } else if (vg_tok_is(&doc->toks[k + 1], "another") &&
                   (k + 2 == s->tok_end || doc->toks[k + 2].kind == VG_TOK_PUNCT)) {
            const vg_token *v = &doc->toks[k];
            hurt = vg_tok_is(v, "wounding") || vg_tok_is(v, "injuring") ? 1 : vg_tok_is(v, "killing") ? 0 : -1;
        }
        if (hurt == 1 && *injured < 0 && *killed >= 0) {
            *injured = 1;
            return;
        }
        if (hurt == 0 && *killed < 0 && *injured >= 0) {
            *killed = 1;
            return;
        }
    }
    /* "On Wednesday, a shopkeeper was shot dead": past a time before a
     * comma that opens the sentence */
    for (size_t k = a + 1; k < s->tok_end && k < a + 6; k++)
        if (vg_tok_punct(&doc->toks[k], ',')) {
            if (vg_extract_in_time(doc, k - 1) && k + 3 < s->tok_end)
                a = k + 1;
            break;
        }
    const vg_token *head = NULL;
    if (vg_tok_in(&doc->toks[a], &possessives) && a + 1 < s->tok_end && doc->toks[a + 1].kind == VG_TOK_WORD)
        head = &doc->toks[a + 1];
    /* "a 46-year-old shopkeeper": past the age */
    if (vg_tok_in(&doc->toks[a], &possessives) && a + 2 < s->tok_end && age_tok(&doc->toks[a + 1]) &&
        doc->toks[a + 2].kind == VG_TOK_WORD)
        head = &doc->toks[++a + 1];
    int32_t e = vg_extract_entity_at(doc, a);
    int person = e >= 0 && c->ex->ents[e].type == VG_ENT_PERSON;
    /* one: a noun not in the plural ("driver", not "drivers", "police") */
    if (!person && (!head || !singular(head) ||
                    vg_tok_in(head, &people_words) || vg_tok_in(head, &perp_heads) ||
                    vg_tok_is(head, "suspect")))
        return;
    for (size_t k = a + 2; k < s->tok_end; k++) {
        const vg_token *t = &doc->toks[k];
        int was = vg_tok_is(&doc->toks[k - 1], "was");
        /* "was shot dead", "was stabbed to death", "was murdered" */
        int slain = was && (vg_tok_in(t, &slain_words) ||
                            (k + 1 < s->tok_end && vg_tok_is(&doc->toks[k + 1], "dead") && !vg_tok_in(t, &unsure_words)) ||
                            (k + 2 < s->tok_end && vg_tok_is(&doc->toks[k + 1], "to") &&
                             vg_tok_is(&doc->toks[k + 2], "death")));
        if (*killed < 0 && (vg_tok_is(t, "died") || slain || (was && vg_tok_is(t, "killed")))) {
            *killed = 1;
            return;
        }
        /* ... "sustained a gunshot wound" */
        if (*injured < 0 && ((was && (vg_tok_is(t, "wounded") || vg_tok_is(t, "injured") ||
                                      vg_tok_is(t, "hurt"))) || suffered_wound(doc, s, k))) {
            *injured = 1;
            return;
        }
    }
}

/* Casualties: a quantity followed (within 3 tokens) by a kill or hurt word
 * ("12 people were killed", "41 dead"), or preceded by one ("killing at
 * least 12 people", "wounding 42", "death toll rose to 45"). The dead of
 * the attackers count only for a security operation (type), where they
 * are its toll. */

/* ... and before a victim in the singular: "killed the mayor of Marawi",
 * "killing their driver" */
static vg_wordlist single_dets = VG_WORDLIST("a", "an", "one", "his", "her", "the", "their", "its");

/* The count of the group joined to quantity qu by "and" within a few
 * words of one noun phrase and with no verb of its own after it: quantity
 * nx ("11 soldiers and six civilian auxiliaries", nx may be NULL), or one
 * person ("two policemen and a customs officer", "and their driver"); else
 * 0. */
static double next_count(const inc_ctx *c, const vg_sent *s, const vg_quant *qu, const vg_quant *nx)
{
    const vg_doc *doc = c->doc;
    size_t k = qu->tok_end;
    while (k < s->tok_end && k < qu->tok_end + 4 && doc->toks[k].kind == VG_TOK_WORD &&
           !vg_tok_is(&doc->toks[k], "and"))
        k++;
    if (k + 1 >= s->tok_end || !vg_tok_is(&doc->toks[k], "and"))
        return 0;
    double n = 0;
    size_t end = 0;
    if (nx && nx->end <= s->end && nx->has_min && !nx->has_total && nx->tok_start < nx->tok_end &&
        nx->tok_start == k + 1) {
        n = nx->min;
        end = nx->tok_end;
    } else if (vg_tok_in(&doc->toks[k + 1], &one_words) || vg_tok_is(&doc->toks[k + 1], "their")) {
        /* a person's singular head within three words ("their driver":
         * a driver is one of the party hit here, though a driver alone may
         * be the bomber, so no victim row) */
        for (size_t j = k + 2; j < s->tok_end && j < k + 5 && !end; j++) {
            const vg_lex_hit *h = vg_extract_hit(doc, j, VG_LK_TARGET);
            if (!h && vg_tok_is(&doc->toks[j], "driver")) {
                n = 1;
                end = j + 1;
            } else if (h) {
                const vg_target *t = vg_lex_target(c->lx, h->rec);
                if (!t->human || (t->flags & VG_TGF_PLURAL))
                    return 0;
                n = 1;
                end = j + h->ntok;
            } else if (doc->toks[j].kind != VG_TOK_WORD) {
                return 0;
            }
        }
    }
    if (!end)
        return 0;
    for (size_t j = end; j < s->tok_end && j < end + 4; j++)
        if (vg_tok_in(&doc->toks[j], &kill_words) || vg_tok_in(&doc->toks[j], &hurt_words) ||
            vg_tok_in(&doc->toks[j], &be_forms))
            return 0;
    return n;
}

static vg_wordlist vague_plurals = VG_WORDLIST("dozens", "scores", "hundreds", "thousands", "tens",
                                               "millions", "several", "few", "couple");

/* Whether a time is named in sentence s ("On Sunday, two people were
 * also killed": a day of its own). */
static int sentence_timed(const vg_doc *doc, const vg_sent *s)
{
    for (size_t k = s->tok_start; k < s->tok_end; k++)
        if (vg_extract_in_time(doc, k))
            return 1;
    return 0;
}

/* Whether sentence s tells more harm with "also" before its verb: 1 for
 * dead ("were also killed", "also died"), 2 for wounded, 3 both. */
static int also_toll(const vg_doc *doc, const vg_sent *s)
{
    int r = 0;
    for (size_t k = s->tok_start; k + 1 < s->tok_end; k++)
        if (vg_tok_is(&doc->toks[k], "also")) {
            const vg_token *v = &doc->toks[k + 1];
            r |= vg_tok_in(v, &kill_words) ? 1 : vg_tok_in(v, &hurt_words) ? 2 : 0;
        }
    return r;
}

/* Takes count v (vague: from a vague plural) for *cur, bit of *vague
 * saying whether *cur is vague: a stated figure beats a vague plural
 * ("at least 18 soldiers were killed" and the claim of "dozens"), else
 * the higher count wins. */
static void take_count(int32_t *cur, uint8_t *vague, uint8_t bit, int32_t v, int is_vague)
{
    if (v < 0)
        return;
    int cur_vague = *cur >= 0 && (*vague & bit);
    if (*cur >= 0 && (is_vague ? !cur_vague || v <= *cur : !cur_vague && v <= *cur))
        return;
    *cur = v;
    *vague = (uint8_t)(is_vague ? *vague | bit : *vague & ~bit);
}

/* The quantity's words include a vague plural ("dozens", "hundreds of",
 * "several", "a few"). */
static int vague_quant(const vg_doc *doc, const vg_quant *qu)
{
    for (size_t k = qu->tok_start; k < qu->tok_end; k++)
        if (vg_tok_in(&doc->toks[k], &vague_plurals))
            return 1;
    return 0;
}

static vg_wordlist group_speakers = VG_WORDLIST("group", "militants", "jihadists", "insurgents", "rebels",
                                                "organisation", "organization", "movement");

#define GROUP_SAYS "said", "says", "asserted", "asserts", "claimed", "claims", "stated", "boasted", "added", \
    "announced", "declared", "insisted"
static vg_wordlist group_says = VG_WORDLIST(GROUP_SAYS);

/* Whether token k ends who speaks for an armed group: its name, "the
 * group", "the militants". */
static int group_speaks(const vg_doc *doc, const vg_sent *s, size_t k)
{
    /* "Islamic State West Africa Province (ISWAP) said" */
    size_t open = vg_extract_paren_open(doc, k, 1, 6);
    if (open != SIZE_MAX)
        k = open - 1;
    /* "the group", when an armed group is named in this sentence or the
     * one before (not "Human Rights Watch ... The group said") */
    if (vg_tok_in(&doc->toks[k], &group_speakers) && k > 0 && vg_tok_is(&doc->toks[k - 1], "the")) {
        const vg_extract *ex = doc->ex;
        size_t si = vg_extract_sent_of(doc, s->tok_start);
        size_t from = si > 0 ? doc->sents[si - 1].tok_start : s->tok_start;
        for (size_t m = vg_extract_first_mention(doc, from); m < ex->nmentions && ex->mentions[m].tok_start < k; m++)
            if (ex->ents[ex->mentions[m].entity].type == VG_ENT_ARMED_GROUP)
                return 1;
        return 0;
    }
    int32_t e = vg_extract_entity_at(doc, k);
    return e >= 0 && doc->ex->ents[e].type == VG_ENT_ARMED_GROUP;
}

/* Whether a reported clause opens in [a, b): "that", a colon or a quote
 * ("said in a message ... that it had killed", not "claimed the bombings,
 * which killed"). */
static int reported_before(const vg_doc *doc, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++)
        if (vg_tok_is(&doc->toks[k], "that") || vg_tok_punct(&doc->toks[k], ':') || vg_tok_punct(&doc->toks[k], '"'))
            return 1;
    return 0;
}

static vg_wordlist statement_words = VG_WORDLIST("statement", "communique", "communiqué", "message");

/* Whether token k is "the statement" of a group that claimed the attack
 * in the sentence before ("AQAP has claimed responsibility ..., according
 * to a statement"), not one of a government that tells of it there. */
static int group_statement(const vg_doc *doc, const vg_sent *s, size_t k)
{
    if (!vg_tok_in(&doc->toks[k], &statement_words) || k == 0 || !vg_tok_is(&doc->toks[k - 1], "the"))
        return 0;
    size_t si = vg_extract_sent_of(doc, s->tok_start);
    if (si == 0)
        return 0;
    const vg_sent *p = &doc->sents[si - 1];
    int claimed = 0, group = 0;
    for (size_t j = p->tok_start; j < p->tok_end; j++) {
        claimed |= vg_tok_is(&doc->toks[j], "claimed") || vg_tok_is(&doc->toks[j], "claims");
        int32_t e = vg_extract_entity_at(doc, j);
        if (e >= 0 && doc->ex->ents[e].type == VG_ENT_GOVERNMENT &&
            vg_extract_holds_statement(doc, j + 1, p->tok_end))
            return 0; /* "..., the government said." */
        group |= e >= 0 && doc->ex->ents[e].type == VG_ENT_ARMED_GROUP;
    }
    return claimed && group;
}

#define SAYS "saying", "claiming", "boasting", "adding", "citing"
static vg_wordlist says = VG_WORDLIST(SAYS);
/* Every word at which claimed_count's walk back does anything: "claims",
 * "claimed", "claiming", group_says, says, "responsibility", "credit" */
static vg_wordlist claim_walk_words = VG_WORDLIST(GROUP_SAYS, SAYS, "responsibility", "credit");

/* "Al-Shabaab claimed responsibility ..., saying its fighters had killed
 * 15 soldiers": the group's own count, not the toll. */
static int claimed_count(const vg_doc *doc, const vg_sent *s, const vg_quant *qu)
{
    /* not "claimed 15 lives", "claimed the lives of 15" */
    if ((qu->tok_end < s->tok_end && vg_tok_is(&doc->toks[qu->tok_end], "lives")) ||
        (qu->tok_start >= s->tok_start + 2 && vg_tok_is(&doc->toks[qu->tok_start - 1], "of") &&
         vg_tok_is(&doc->toks[qu->tok_start - 2], "lives")))
        return 0;
    /* '"... killing more than 40 of them," the statement said': the
     * group's own words, quoted */
    size_t quotes = 0;
    for (size_t k = s->tok_start; k < qu->tok_start; k++)
        quotes += vg_tok_punct(&doc->toks[k], '"');
    if (quotes % 2) {
        size_t k = qu->tok_end;
        while (k < s->tok_end && !vg_tok_punct(&doc->toks[k], '"'))
            k++;
        for (size_t v = k + 2; v < s->tok_end && v < k + 6; v++)
            if (vg_tok_in(&doc->toks[v], &group_says))
                return group_speaks(doc, s, v - 1) || group_statement(doc, s, v - 1);
    }
    /* back from the count to the verb of saying, then on to the claim */
    int said = 0, other_said = 0;
    for (size_t k = qu->tok_start; k > s->tok_start && qu->tok_start - k < 30; k--) {
        const vg_token *t = &doc->toks[k - 1];
        /* most words: none of claim_walk_words, so no test below holds */
        if (!vg_tok_in(t, &claim_walk_words))
            continue;
        /* "AMAQ CLAIMS \"MORE THAN 20 APOSTATE SOLDIERS\" KILLED" */
        if (qu->tok_start - k < 4 && (vg_tok_is(t, "claims") || vg_tok_is(t, "claimed") ||
                                       vg_tok_is(t, "claiming")))
            return !negated_before(doc, k - 1, s->tok_start);
        /* "The statement claimed that the fighters \"killed 14 of them\"":
         * what a group's claim says (not "Residents claimed that the
         * gunmen had killed 14 villagers", "Police claimed that ...") */
        /* ... "Al-Shabaab later claimed its fighters had killed more
         * than 30 people" */
        if (qu->tok_start - k < 12 && (vg_tok_is(t, "claims") || vg_tok_is(t, "claimed")) && k < s->tok_end &&
            (vg_tok_is(&doc->toks[k], "that") || vg_tok_is(&doc->toks[k], "its") ||
             vg_tok_is(&doc->toks[k], "their")) &&
            !negated_before(doc, k - 1, s->tok_start)) {
            int group = 0;
            for (size_t j = k - 1; j > s->tok_start && k - 1 - j < 5 && !group; j--) {
                int32_t e = vg_extract_entity_at(doc, j - 1);
                group = (e >= 0 && doc->ex->ents[e].type == VG_ENT_ARMED_GROUP) ||
                        vg_tok_is(&doc->toks[j - 1], "statement") || vg_tok_is(&doc->toks[j - 1], "group");
            }
            if (group)
                return 1;
        }
        /* "the group asserted that its fighters had killed \"more than
         * twenty soldiers\"": a group's word in a sentence of its own,
         * when the group is the teller nearest the count (not "Al-Shabaab
         * said ... that its fighters overran the base, where the military
         * said 12 soldiers were killed") */
        if (k - 1 > s->tok_start && vg_tok_in(t, &group_says) && !other_said) {
            if (group_speaks(doc, s, k - 2) && reported_before(doc, k, qu->tok_start))
                return !negated_before(doc, k - 1, s->tok_start);
            other_said = 1;
        }
        if (!said) {
            said = vg_tok_in(t, &says);
        } else if (vg_tok_is(t, "responsibility") || vg_tok_is(t, "credit") || vg_tok_is(t, "claimed")) {
            /* "Islamic State claimed the attack ..., saying"; not "No
             * group claimed responsibility, police said, adding" */
            size_t c0 = k - 1;
            while (c0 > s->tok_start && k - 1 - c0 < 3 && !vg_tok_is(&doc->toks[c0], "claimed"))
                c0--;
            return !negated_before(doc, c0, s->tok_start) &&
                   !(c0 > s->tok_start + 1 && vg_tok_is(&doc->toks[c0 - 2], "no"));
        }
    }
    return 0;
}

/* "the field of honour", "combat", "action", "battle" at token k (after
 * "fell on|in"). */
static int fallen_field(const vg_doc *doc, const vg_sent *s, size_t k)
{
    for (size_t j = k; j < s->tok_end && j < k + 3; j++) {
        const vg_token *t = &doc->toks[j];
        if (vg_tok_is(t, "combat") || vg_tok_is(t, "action") || vg_tok_is(t, "battle"))
            return 1;
        /* "the field of honour", not "fell in a field near a school" */
        if (vg_tok_is(t, "field") && j + 2 < s->tok_end && vg_tok_is(&doc->toks[j + 1], "of") &&
            (vg_tok_is(&doc->toks[j + 2], "honour") || vg_tok_is(&doc->toks[j + 2], "honor") ||
             vg_tok_is(&doc->toks[j + 2], "battle")))
            return 1;
    }
    return 0;
}

static vg_wordlist death_verbs = VG_WORDLIST("killed", "murdered", "assassinated", "beheaded",
                                          "executed", "lynched", "slain", "died", "killing");

/* Whether token j says a death: a verb of death ("killed", "beheaded"),
 * or the first word of "shot dead", "gunned down". */
static int death_at(const vg_doc *doc, const vg_sent *s, size_t j)
{
    return vg_tok_in(&doc->toks[j], &death_verbs) || shot_dead(doc, s->tok_end, j);
}

/* Verbs of killing that take the count of dead as their object
 * ("militants beheaded seven farmers", "massacred 20 villagers"), and
 * those that do so with "to death" after the counted ("hacked four
 * fishermen to death"; "hacked 4 accounts" kills nobody). */
static vg_wordlist slaying_verbs = VG_WORDLIST("beheaded", "beheading", "massacred", "massacring",
                                               "murdered", "murdering", "slaughtered", "slaughtering",
                                               "lynched", "slew", "assassinated", "decapitated");
static vg_wordlist to_death_verbs = VG_WORDLIST("hacked", "hacking", "stabbed", "stabbing", "beaten",
                                                "beat", "beating", "bludgeoned", "stoned", "burned",
                                                "burnt", "clubbed", "tortured");

/* From token k (a count's end or its verb), a few words of the counted,
 * then "were killed", "had been wounded": 1 killed, 2 hurt, else 0. */
static vg_wordlist be_adverbs = VG_WORDLIST("also", "reportedly", "allegedly", "later", "subsequently", "both",
                                            "all", "fatally", "seriously", "critically", "slightly");
static vg_wordlist died_words = VG_WORDLIST("died", "perished", "succumbed");

static vg_wordlist stabbed_words = VG_WORDLIST("stabbed", "knifed", "slashed");

static int passive_harm_after(const vg_doc *doc, const vg_sent *s, size_t k)
{
    k = past_aged(doc, s, k);
    size_t j = k;
    while (j < s->tok_end && j < k + 4 && !vg_tok_in(&doc->toks[j], &be_forms) &&
           doc->toks[j].kind == VG_TOK_WORD)
        j++;
    if (j >= s->tok_end || !vg_tok_in(&doc->toks[j], &be_forms))
        return 0;
    /* (not "Soldiers had killed three civilians": "had" without "been") */
    int perfect =
        vg_tok_is(&doc->toks[j], "had") || vg_tok_is(&doc->toks[j], "have") || vg_tok_is(&doc->toks[j], "has");
    j++;
    if (j < s->tok_end && vg_tok_is(&doc->toks[j], "been"))
        j++;
    else if (perfect)
        return j < s->tok_end && vg_tok_in(&doc->toks[j], &died_words); /* "had died" */
    /* "were also killed", "was reportedly shot dead" */
    if (j < s->tok_end && vg_tok_in(&doc->toks[j], &be_adverbs))
        j++;
    if (j >= s->tok_end)
        return 0;
    /* "were shot dead", "was gunned down", "were burned to death",
     * "were burned alive" */
    if (death_at(doc, s, j) ||
        (vg_tok_in(&doc->toks[j], &to_death_verbs) && j + 1 < s->tok_end &&
         ((vg_tok_is(&doc->toks[j + 1], "to") && j + 2 < s->tok_end && vg_tok_is(&doc->toks[j + 2], "death")) ||
          vg_tok_is(&doc->toks[j + 1], "alive"))))
        return 1;
    /* "three people were stabbed": hurt, unless stabbed to death (above) */
    return vg_tok_in(&doc->toks[j], &kill_words)                                                ? 1
           : vg_tok_in(&doc->toks[j], &hurt_words) || vg_tok_in(&doc->toks[j], &stabbed_words) ? 2
                                                                                                : 0;
}

static vg_wordlist animal_words = VG_WORDLIST("cows", "cattle", "goats", "sheep", "camels", "animals",
                                              "livestock", "chickens", "donkeys", "horses", "pigs", "dogs",
                                              "head");
static vg_wordlist time_units = VG_WORDLIST("day", "days", "week", "weeks", "month", "months", "year",
                                            "years", "hour", "hours", "minutes", "decade", "decades");

/* Whether the count of quantity qu is of people the verb at token v
 * slays: its object right after it ("massacred Niger 5-0" is a score),
 * not a time ("murdered 9 days ago", "assassinated 10 years ago"), not
 * animals ("slaughtered 30 cows"). */
static int slain_count(const vg_doc *doc, const vg_sent *s, const vg_quant *qu, size_t v)
{
    return v + 1 == qu->tok_start &&
           (qu->tok_end >= s->tok_end || (!vg_tok_in(&doc->toks[qu->tok_end], &time_units) &&
                                          !vg_tok_in(&doc->toks[qu->tok_end], &animal_words)));
}

/* Whether "to death" (or "alive": "burned five villagers alive") closes
 * the few words after a count ending at k. */
static int to_death_after(const vg_doc *doc, const vg_sent *s, size_t k)
{
    for (size_t j = k; j < s->tok_end && j < k + 5; j++) {
        if (vg_tok_is(&doc->toks[j], "alive"))
            return j <= k + 2; /* not "... two hostages and left them alive" */
        if (j + 1 < s->tok_end && vg_tok_is(&doc->toks[j], "to") && vg_tok_is(&doc->toks[j + 1], "death"))
            return 1;
        if (clause_punct(&doc->toks[j]))
            return 0;
    }
    return 0;
}

/* Whether the phrase [a,b) is what a verb of killing or wounding right
 * before it did it to: "killed two men", "shot dead two men", "wounding
 * three men", "beheaded two men", "hacked two men to death". */
static int harmed_object(const vg_doc *doc, const vg_sent *s, size_t a, size_t b)
{
    if (a <= s->tok_start)
        return 0;
    const vg_token *v = &doc->toks[a - 1];
    /* "wounded two men", not "two injured gunmen" (an adjective) */
    double nv;
    int counted = doc->toks[a].kind == VG_TOK_NUM || vg_tok_in(&doc->toks[a], &possessives) ||
                  vg_num_word(doc->toks[a].norm, doc->toks[a].normlen, &nv) == 0;
    return vg_tok_in(v, &kill_verbs_active) || vg_tok_is(v, "wounding") || vg_tok_is(v, "injuring") ||
           ((vg_tok_is(v, "wounded") || vg_tok_is(v, "injured") || vg_tok_is(v, "shot")) && counted) ||
           vg_tok_in(v, &slaying_verbs) || (a >= s->tok_start + 2 && shot_dead(doc, s->tok_end, a - 2)) ||
           (vg_tok_in(v, &to_death_verbs) && to_death_after(doc, s, b));
}

static vg_wordlist body_parts = VG_WORDLIST(
    "leg", "legs", "arm", "arms", "chest", "head", "back", "stomach", "abdomen", "shoulder", "neck",
    "hand", "hands", "foot", "feet", "thigh", "knee", "face", "hip", "jaw", "buttocks");

/* From token k, where a bullet struck: "in the leg", "in his chest". */
static int wound_place_at(const vg_doc *doc, const vg_sent *s, size_t k)
{
    return k + 2 < s->tok_end && vg_tok_is(&doc->toks[k], "in") &&
           (vg_tok_is(&doc->toks[k + 1], "the") || vg_tok_is(&doc->toks[k + 1], "his") ||
            vg_tok_is(&doc->toks[k + 1], "her")) &&
           vg_tok_in(&doc->toks[k + 2], &body_parts);
}

/* Whether "and" at token j begins another's part: "... and a student
 * was wounded", "and the driver", "and two passengers". */
static int and_another(const vg_doc *doc, const vg_sent *s, size_t j)
{
    return vg_tok_is(&doc->toks[j], "and") && j + 1 < s->tok_end &&
           (vg_tok_in(&doc->toks[j + 1], &one_words) || vg_tok_is(&doc->toks[j + 1], "the") ||
            doc->toks[j + 1].kind == VG_TOK_NUM);
}

/* Whether a death is told in the clause from token k on ("shot in the
 * head and killed", "... and later died"), not another's. */
static int death_follows(const vg_doc *doc, const vg_sent *s, size_t k)
{
    for (size_t j = k; j < s->tok_end && j < k + 14 && !and_another(doc, s, j); j++) {
        /* past ", and died", "; he died" (not a new subject's clause) */
        if (clause_punct(&doc->toks[j]) &&
            !(j + 1 < s->tok_end && (vg_tok_is(&doc->toks[j + 1], "and") || vg_tok_is(&doc->toks[j + 1], "he") ||
                                     vg_tok_is(&doc->toks[j + 1], "she"))))
            return 0;
        if (death_at(doc, s, j) || vg_tok_is(&doc->toks[j], "died"))
            return 1;
    }
    return 0;
}

/* Whether token j says a death (hurt 0) or a wound (hurt 1): for a wound,
 * also "shot" when a body part follows, at once ("was shot in the leg")
 * or after the shot one (after, at token b: "shot a policeman in the
 * chest"), and no death is told after it. */
static int harm_at(const vg_doc *doc, const vg_sent *s, size_t j, size_t after, int hurt)
{
    if (!hurt)
        return death_at(doc, s, j);
    if (vg_tok_in(&doc->toks[j], &hurt_words))
        return 1;
    if (!vg_tok_is(&doc->toks[j], "shot"))
        return 0;
    size_t k = wound_place_at(doc, s, j + 1) ? j + 1 : after != SIZE_MAX && wound_place_at(doc, s, after) ? after : SIZE_MAX;
    return k != SIZE_MAX && !death_follows(doc, s, k + 3);
}

/* Whether token t heads one person harmed: "a man"; a rank among the
 * victims ("a Hezbollah commander") or in an operation (op), but not one
 * outside them in an attack ("a guerrilla member died while attacking":
 * the attackers' own); in an operation one of the armed ("killed a
 * militant"), not one its suspect is said to have harmed ("arrested ...,
 * who is accused of killing a person"). */
static int one_head(const vg_token *t, int op, int victim)
{
    return ((op || victim) && vg_tok_in(t, &rank_heads)) ||
           (op ? vg_tok_in(t, &perp_heads) : vg_tok_in(t, &person_words));
}

/* Whether the one person ending before token b, its "a" or "one" at det, is
 * said killed (hurt 0) or wounded (hurt 1) in sentence s: as the object,
 * its verb right before ("killed a teacher", "shot dead a police
 * officer"), or as the subject ("was shot dead", "was struck ... and died
 * of his wounds"). */
static int one_harmed(const vg_doc *doc, const vg_sent *s, size_t b, size_t det, int hurt)
{
    /* "killed a teacher and his two sons", "a man and a woman": more than
     * one, uncounted */
    if (b + 1 < s->tok_end && vg_tok_is(&doc->toks[b], "and") &&
        (vg_tok_in(&doc->toks[b + 1], &own_words) || vg_tok_in(&doc->toks[b + 1], &count_words) ||
         vg_tok_in(&doc->toks[b + 1], &one_words) || doc->toks[b + 1].kind == VG_TOK_NUM))
        return 0;
    /* "A policeman was shot in the chest ... and died": one dead, not
     * also one hurt */
    if (hurt && one_harmed(doc, s, b, det, 0))
        return 0;
    int harmed = 0, object = 0;
    /* the object ("gunned down": the pair's first word) */
    for (size_t j = det; j > s->tok_start && det - j < 2 && !object; j--) {
        const vg_token *w = &doc->toks[j - 1];
        int pair = det - j == 1; /* "shot dead", "gunned down" */
        if (vg_tok_is(w, "died") || (pair && !shot_dead(doc, s->tok_end, j - 1)))
            continue;
        object = harm_at(doc, s, j - 1, b, 0) || harm_at(doc, s, j - 1, b, 1);
        harmed = harm_at(doc, s, j - 1, b, hurt);
    }
    /* the subject (not an object's: "shot dead a teacher and wounded a
     * passenger") */
    for (size_t j = b; !object && j < s->tok_end && j < b + 14 && !harmed && !clause_punct(&doc->toks[j]); j++) {
        /* "... and a student was wounded": another's; "A woman said the
         * gunmen were shot dead": what she says */
        if (and_another(doc, s, j) || vg_extract_hit(doc, j, VG_LK_CUE) || vg_tok_is(&doc->toks[j], "that"))
            break;
        harmed = harm_at(doc, s, j, SIZE_MAX, hurt) &&
                 (vg_tok_is(&doc->toks[j], "died") ||
                  (j > b && (vg_tok_in(&doc->toks[j - 1], &be_forms) || vg_tok_is(&doc->toks[j - 1], "and"))));
    }
    return harmed;
}

/* Whether span x overlaps one of spans[0..n). */
static int overlaps_any(const vg_span *spans, uint32_t n, vg_span x)
{
    for (uint32_t k = 0; k < n; k++)
        if (spans[k].start < x.end && x.start < spans[k].end)
            return 1;
    return 0;
}

/* Whether more people are listed after the name ending before token b:
 * "Mayor Ana Ruiz and Councillor Pedro Gil", "Mayor Ana Ruiz, her driver
 * and two bodyguards" (not an apposition: "María López, a teacher, in"). */
static int listed_after(const vg_doc *doc, const vg_sent *s, size_t b)
{
    if (b >= s->tok_end)
        return 0;
    if (vg_tok_is(&doc->toks[b], "and"))
        return 1;
    if (!vg_tok_punct(&doc->toks[b], ','))
        return 0;
    for (size_t j = b + 1; j < s->tok_end && j < b + 9; j++) {
        const vg_token *t = &doc->toks[j];
        if (vg_tok_is(t, "and"))
            return 1;
        if ((t->kind == VG_TOK_PUNCT && !vg_tok_punct(t, ',')) || vg_tok_in(t, &toll_object_ends) ||
            vg_tok_in(t, &relative_words) || vg_tok_in(t, &be_forms))
            return 0;
    }
    return 0;
}

/* Whether the one person named at tokens [det, b) of sentence s (a title
 * first, if any) is said killed: the killing right before the name, or
 * within four words after it ("was shot dead", "was assassinated today",
 * "died"); not "X, whose daughter was murdered", "X attended the funeral
 * of those who were killed", "a judge, and Senator Luis Galán were
 * murdered" (not one). */
static int named_killed(const vg_doc *doc, const vg_sent *s, size_t det, size_t b)
{
    /* "planned by rebel leader Juan Pérez who was killed": the agent;
     * "Mayor Ana Ruiz's driver": the one named is not the one harmed */
    if ((det > s->tok_start && vg_tok_is(&doc->toks[det - 1], "by")) ||
        (b < s->tok_end && vg_tok_is(&doc->toks[b], "'s")) || listed_after(doc, s, b))
        return 0;
    int near = det >= s->tok_start + 1 && death_at(doc, s, det - 1);
    if (det >= s->tok_start + 2 && vg_tok_is(&doc->toks[det - 1], "dead") && vg_tok_is(&doc->toks[det - 2], "shot"))
        near = 1;
    for (size_t j = b; !near && j < s->tok_end && j < b + 4; j++) {
        if (clause_punct(&doc->toks[j]) || vg_tok_in(&doc->toks[j], &relative_words) || vg_tok_is(&doc->toks[j], "were"))
            break;
        near = death_at(doc, s, j);
    }
    return near && one_harmed(doc, s, b, det, 0);
}

static vg_wordlist name_preps = VG_WORDLIST("to", "of", "by", "for", "with", "from", "against", "among", "at", "on",
                                           "in", "near");

/* Whether the name [a, b) (a its title) is the subject of the passive
 * verb at trig, past an apposition: "Ingrid Hofbauer, 73, was seized",
 * "X, a nurse, had been abducted"; not a preposition's object ("Two aides
 * to Mayor X were shot"). */
static int passive_subject_of(const vg_doc *doc, const vg_sent *s, size_t a, size_t b, size_t trig)
{
    if (a > s->tok_start && vg_tok_in(&doc->toks[a - 1], &name_preps))
        return 0;
    size_t j = b;
    if (j < trig && vg_tok_punct(&doc->toks[j], ',')) {
        j++;
        while (j < trig && j < b + 8 && !vg_tok_punct(&doc->toks[j], ','))
            j++;
        if (j >= trig || !vg_tok_punct(&doc->toks[j], ','))
            return 0;
        j++;
    }
    if (j >= trig || !vg_tok_in(&doc->toks[j], &be_forms))
        return 0;
    for (j++; j < trig && (vg_tok_in(&doc->toks[j], &be_adverbs) || vg_tok_is(&doc->toks[j], "been")); j++)
        ;
    return j == trig;
}

/* "On Saturday, Juan Pérez was shot dead", "gunmen shot dead María
 * López", "killed Mayor Ana Ruiz": a person named in sentence s and said
 * killed, one of inc's victims; so is the subject of the act's passive
 * verb at trig ("Ingrid Hofbauer, 73, was seized from her home"). */
static int named_victims(inc_ctx *c, const vg_sent *s, vg_incident *inc, size_t trig)
{
    const vg_doc *doc = c->doc;
    int rc = VIGIL_OK;
    for (size_t m = vg_extract_first_mention(doc, s->tok_start);
         m < c->ex->nmentions && c->ex->mentions[m].tok_start < s->tok_end && rc == VIGIL_OK; m++) {
        const vg_mention *mn = &c->ex->mentions[m];
        vg_span w = {mn->start, mn->end};
        if (c->ex->ents[mn->entity].type != VG_ENT_PERSON || overlaps_any(inc->victims, inc->nvictims, w) ||
            overlaps_any(inc->perps, inc->nperps, w))
            continue;
        size_t det = mn->tok_start; /* the title before the name: "killed Mayor Ana Ruiz" */
        while (det > s->tok_start && mn->tok_start - det < 3 && (doc->toks[det - 1].flags & VG_TF_CAP) &&
               !(doc->toks[det - 1].flags & VG_TF_ALLCAP) && doc->toks[det - 1].kind == VG_TOK_WORD)
            det--;
        if (named_killed(doc, s, det, mn->tok_end) ||
            (trig < s->tok_end && mn->tok_end < trig && passive_subject_of(doc, s, det, mn->tok_end, trig)))
            rc = push_span_unique(c->doc, &inc->victims, &inc->nvictims, w);
    }
    return rc;
}

/* "..., killing a 60-year-old woman", "wounding a young man": one person
 * the act's participle harmed, a victim of inc (the counted ones, "killing
 * two women", are read with the toll). */
static vg_wordlist harming_words = VG_WORDLIST("killing", "wounding", "injuring");
static int one_slain(inc_ctx *c, const vg_sent *s, vg_incident *inc)
{
    vg_doc *doc = c->doc;
    for (size_t k = s->tok_start; k + 2 < s->tok_end; k++) {
        if (!vg_tok_in(&doc->toks[k], &harming_words) ||
            !(vg_tok_is(&doc->toks[k + 1], "a") || vg_tok_is(&doc->toks[k + 1], "an")))
            continue;
        size_t h = k + 2;
        while (h < s->tok_end && h < k + 4 && !vg_tok_in(&doc->toks[h], &person_words) &&
               (age_tok(&doc->toks[h]) || (doc->toks[h].kind == VG_TOK_WORD && !vg_tok_in(&doc->toks[h], &np_stop))))
            h++;
        if (h >= s->tok_end || !vg_tok_in(&doc->toks[h], &person_words))
            continue;
        vg_span w = span_of(doc, k + 1, h + 1);
        if (!overlaps_any(inc->victims, inc->nvictims, w) && !overlaps_any(inc->perps, inc->nperps, w)) {
            int rc = push_span_unique(doc, &inc->victims, &inc->nvictims, w);
            if (rc != VIGIL_OK)
                return rc;
        }
    }
    return VIGIL_OK;
}

/* The people an act's verb at trig did it to, as its object, each part
 * of a list its own victim: "abducted a local chief and his two sons",
 * "shot a young woman outside her home" (people the lexicon does not
 * hold). */
static int object_victims(inc_ctx *c, const vg_sent *s, vg_incident *inc, size_t trig)
{
    vg_doc *doc = c->doc;
    const vg_lex_hit *h = vg_extract_hit(doc, trig, VG_LK_TRIGGER);
    const vg_trigger *tr = h ? vg_lex_trigger(c->lx, h->rec) : NULL;
    if (!tr || !tr->verb || (tr->flags & (VG_TRF_LEGAL | VG_TRF_CLAIM | VG_TRF_THREAT)) ||
        (trig > s->tok_start && vg_tok_in(&doc->toks[trig - 1], &be_forms)))
        return VIGIL_OK;
    size_t end = trig + h->ntok, k = end;
    /* a comma goes on only in a list an "and" closes after it ("a man,
     * his wife and their driver"; not "kidnapped persons and the
     * suspension of ..., government minister Carlos Lemos") */
    int anded = 0;
    while (end < s->tok_end && end < k + 12 && !vg_tok_in(&doc->toks[end], &toll_object_ends) &&
           !vg_tok_in(&doc->toks[end], &other_clause) && !vg_tok_is(&doc->toks[end], "by") &&
           !vg_tok_is(&doc->toks[end], "but")) {
        if (vg_tok_punct(&doc->toks[end], ',')) {
            size_t a = end + 1;
            while (!anded && a < s->tok_end && a < k + 12 && !clause_punct(&doc->toks[a]) && !vg_tok_is(&doc->toks[a], "and"))
                a++;
            if (anded || a >= s->tok_end || a >= k + 12 || !vg_tok_is(&doc->toks[a], "and"))
                break;
            /* (not "kidnapped two aid workers, residents and local officials
             * said": those who tell it) */
            int told = 0;
            for (size_t x = a + 1; x < s->tok_end && x < a + 5 && !told; x++)
                told = vg_extract_hit(doc, x, VG_LK_CUE) != NULL;
            if (told)
                break;
        } else if (clause_punct(&doc->toks[end]))
            break;
        anded |= vg_tok_is(&doc->toks[end], "and");
        end++;
    }
    if (end == k || !people_object(c, s, k))
        return VIGIL_OK;
    int rc = VIGIL_OK;
    while (k < end && rc == VIGIL_OK) {
        size_t e = k;
        while (e < end && !vg_tok_is(&doc->toks[e], "and") && !vg_tok_punct(&doc->toks[e], ','))
            e++;
        /* a noun phrase of people the text names as such, with no verb
         * or weapon in it ("tortured another one", "a car bomb some 300
         * meters from") */
        int np = e > k && e - k <= 6 && human_part(c, k, e, 0);
        for (size_t j = k; j < e && np; j++)
            np = !vg_tok_past(&doc->toks[j]) && !vg_tok_in(&doc->toks[j], &relative_words) &&
                 !vg_extract_hit(doc, j, VG_LK_WEAPON);
        vg_span w = span_of(doc, k, e);
        if (np && !overlaps_any(inc->victims, inc->nvictims, w) && !overlaps_any(inc->perps, inc->nperps, w))
            rc = push_span_unique(doc, &inc->victims, &inc->nvictims, w);
        k = e;
        while (k < end && (vg_tok_is(&doc->toks[k], "and") || vg_tok_punct(&doc->toks[k], ',')))
            k++;
    }
    return rc;
}

/* How many people of inc in sentence s are one person named with "a" or
 * "one" (or "his", "her") and said killed (hurt 0: "Gunmen killed a
 * teacher", "shot dead a police officer", "A police officer was shot and
 * killed by gunmen", "a soldier ... died of his wounds") or wounded (hurt
 * 1: "wounded a passenger", "a shopkeeper was injured", "a man was shot in
 * the leg"): its victims, and "a man", "a young woman" the sentence names
 * outside them. */
static int32_t single_harmed(const inc_ctx *c, const vg_sent *s, const vg_incident *inc, int hurt)
{
    const vg_doc *doc = c->doc;
    int op = inc->type == VG_INC_SECURITY_OPERATION;
    int32_t n = 0;
    for (uint32_t v = 0; v < inc->nvictims; v++) {
        size_t a = s->tok_start;
        while (a < s->tok_end && doc->toks[a].start < inc->victims[v].start)
            a++;
        size_t b = a;
        while (b < s->tok_end && doc->toks[b].end <= inc->victims[v].end)
            b++;
        if (a >= s->tok_end || b == a)
            continue;
        size_t det = vg_tok_in(&doc->toks[a], &single_dets) ? a
                     : a > s->tok_start && vg_tok_in(&doc->toks[a - 1], &single_dets) ? a - 1
                                                                                 : SIZE_MAX;
        /* not "the village chief's three sons", "the National Guard":
         * another's people, a body's name */
        if (det != SIZE_MAX && !vg_tok_in(&doc->toks[det], &one_words) &&
            ((b < s->tok_end && (vg_tok_is(&doc->toks[b], "'s") || vg_tok_is(&doc->toks[b], "'"))) ||
             (doc->toks[det + 1].flags & VG_TF_CAP)))
            det = SIZE_MAX;
        int one = 0; /* the head is a person, in the singular */
        /* "gunmen killed María López": a person named */
        if (det == SIZE_MAX && person_named(c, a, b)) {
            if (!hurt && named_killed(doc, s, a, b))
                n++;
            continue;
        }
        /* the head is before "of": "the sons of a village chief" are not
         * one, "the wife of a police officer" is */
        size_t hb = a;
        while (hb < b && !vg_tok_is(&doc->toks[hb], "of"))
            hb++;
        for (size_t k = a; k < hb && det != SIZE_MAX; k++) {
            const vg_lex_hit *h = vg_extract_hit(doc, k, VG_LK_TARGET);
            if (h && k + h->ntok == hb) {
                const vg_target *t = vg_lex_target(c->lx, h->rec);
                one = t->human && !(t->flags & VG_TGF_PLURAL);
            }
        }
        /* "killed a man", "shot a young woman", "killed a Hezbollah
         * commander" */
        if (det != SIZE_MAX && !one && hb > a && one_head(&doc->toks[hb - 1], op, 1))
            one = 1;
        if (one)
            n += one_harmed(doc, s, b, det, hurt);
    }
    /* "a man", "a young woman": the determiner at most two words before */
    for (size_t k = s->tok_start + 1; k < s->tok_end; k++) {
        if (!one_head(&doc->toks[k], op, 0))
            continue;
        size_t det = SIZE_MAX;
        /* ("killing a 60-year-old woman": past the age) */
        for (size_t j = k; j > s->tok_start && k - j < 3 && det == SIZE_MAX; j--)
            if (vg_tok_in(&doc->toks[j - 1], &one_words))
                det = j - 1;
            else if (doc->toks[j - 1].kind != VG_TOK_WORD && !age_tok(&doc->toks[j - 1]))
                break;
        vg_span w = {doc->toks[k].start, doc->toks[k].end};
        if (det != SIZE_MAX && !overlaps_any(inc->victims, inc->nvictims, w) &&
            !overlaps_any(inc->perps, inc->nperps, w))
            n += one_harmed(doc, s, k + 1, det, hurt);
    }
    return n;
}

/* "killing and wounding 9 elements", "9 killed and wounded", "dead or
 * injured": one count of both, neither a toll of dead nor of hurt. */
static int combined_toll(const vg_doc *doc, const vg_sent *s, const vg_quant *qu)
{
    size_t a = qu->tok_start, b = qu->tok_end;
    if (a >= s->tok_start + 3 && vg_tok_in(&doc->toks[a - 1], &hurt_words) &&
        (vg_tok_is(&doc->toks[a - 2], "and") || vg_tok_is(&doc->toks[a - 2], "or")) &&
        vg_tok_in(&doc->toks[a - 3], &kill_words))
        return 1;
    for (size_t k = b; k + 2 < s->tok_end && k < b + 3; k++)
        if (vg_tok_in(&doc->toks[k], &kill_words) &&
            (vg_tok_is(&doc->toks[k + 1], "and") || vg_tok_is(&doc->toks[k + 1], "or")) &&
            vg_tok_in(&doc->toks[k + 2], &hurt_words))
            return 1;
    return 0;
}

/* Whether quantity qu is someone's age: "47 years" (not "47 years ago"),
 * "47 years old", "aged 47". */
static int age_at(const vg_doc *doc, const vg_sent *s, const vg_quant *qu)
{
    size_t e = qu->tok_end;
    if (qu->tok_start > s->tok_start && vg_tok_is(&doc->toks[qu->tok_start - 1], "aged"))
        return 1;
    if (e < s->tok_end && (vg_tok_is(&doc->toks[e], "years") || vg_tok_is(&doc->toks[e], "yrs")))
        return !(e + 1 < s->tok_end && (vg_tok_is(&doc->toks[e + 1], "ago") || vg_tok_is(&doc->toks[e + 1], "after") ||
                                        vg_tok_is(&doc->toks[e + 1], "later") || vg_tok_is(&doc->toks[e + 1], "since")));
    for (size_t k = qu->tok_start; k < e; k++)
        if (vg_tok_is(&doc->toks[k], "years") && k + 1 < s->tok_end && vg_tok_is(&doc->toks[k + 1], "old"))
            return 1;
    return 0;
}

/* The toll that is the subject of the revision word at token rev of
 * sentence s: 1 "the death toll (from Friday's attack ...) has risen",
 * 2 "the number of injured has risen", else 0 (the nearest count noun
 * before the verb decides: "the death toll is 17 and the number of
 * suspects detained rose to 30" is no toll). */
static int toll_named(const vg_doc *doc, const vg_sent *s, size_t rev)
{
    for (size_t k = rev; k > s->tok_start + 1; k--) {
        const vg_token *t = &doc->toks[k - 1];
        if (vg_tok_punct(t, ',') || vg_tok_punct(t, ';') || vg_tok_is(t, "and") || vg_tok_is(t, "while") ||
            vg_tok_is(t, "but") || t->kind == VG_TOK_NUM)
            return 0;
        if (vg_tok_is(t, "toll"))
            return vg_tok_is(&doc->toks[k - 2], "death");
        /* "the number of dead", "the number of people killed" */
        if (vg_tok_is(t, "number") && k < rev && vg_tok_is(&doc->toks[k], "of")) {
            size_t w = k + 1;
            if (w < rev && (vg_tok_is(&doc->toks[w], "people") || vg_tok_is(&doc->toks[w], "those")))
                w++;
            /* ... of one event named right after ("killed in an attack on
             * the village"), not a tally ("killed in militant violence in
             * Khyber Pakhtunkhwa", "killed in attacks across Pakistan this
             * year") */
            if (w > k + 1) {
                const vg_lex_hit *ev = w + 4 < rev ? vg_extract_hit(doc, w + 2, VG_LK_TRIGGER) : NULL;
                if (!ev && w + 4 < rev)
                    ev = vg_extract_hit(doc, w + 3, VG_LK_TRIGGER);
                if (!ev || (vg_lex_trigger(doc->ex->lex, ev->rec)->flags & VG_TRF_PLURAL))
                    return 0;
            }
            return w < rev && vg_tok_in(&doc->toks[w], &hurt_words)                                  ? 2
                   : w < rev && (vg_tok_is(&doc->toks[w], "dead") || vg_tok_is(&doc->toks[w], "killed")) ? 1
                                                                                                       : 0;
        }
    }
    return 0;
}

static vg_wordlist stab_dets = VG_WORDLIST("the", "a", "an", "this", "that", "after", "following", "since",
                                           "of", "in", "before", "during");

/* Token j is the verb "stabbed", or "stabbing" as one ("stabbing three
 * people"; not the noun: "after the stabbing two men were arrested"). */
static int stab_verb(const vg_doc *doc, const vg_sent *s, size_t j)
{
    if (vg_tok_is(&doc->toks[j], "stabbed"))
        return 1;
    return vg_tok_is(&doc->toks[j], "stabbing") && (j == s->tok_start || !vg_tok_in(&doc->toks[j - 1], &stab_dets));
}

static vg_wordlist toll_nouns = VG_WORDLIST("casualties", "casualty", "fatalities", "deaths", "injuries",
                                            "victims");
#define NONE_WORDS "nobody", "none"
static vg_wordlist none_words = VG_WORDLIST(NONE_WORDS);
static vg_wordlist zero_people = VG_WORDLIST("people", "persons", "crew", "crewmen", "sailors", "seafarers",
                                             "passengers", "civilians", "soldiers", "troops", "police",
                                             "policemen", "officers", "staff", "workers", "employees",
                                             "personnel", "residents", "villagers", "students", "pupils",
                                             "children", "hostages", "guards", "tourists", "worshippers",
                                             "customers", "guests", "pilgrims", "journalists");
static vg_wordlist pending_words = VG_WORDLIST("immediate", "immediately", "yet", "known", "confirmed", "further",
                                               "other", "more", "new", "serious", "major", "reports", "report",
                                               "word", "information", "details", "figures");

/* A toll said to be none: "No casualties were reported", "there were no
 * fatalities", "nobody was killed or injured", "No crew were injured":
 * 0 for the counts not yet known (not "no immediate reports of
 * casualties", "no casualty figures", "no other casualties"), held as
 * vague: a count told later ("one soldier was wounded") is the toll. */
static void zero_toll(const vg_doc *doc, const vg_sent *s, int32_t *killed, int32_t *injured, uint8_t *vague)
{
    for (size_t k = s->tok_start; k + 1 < s->tok_end; k++) {
        const vg_token *t = &doc->toks[k];
        int no = vg_tok_is(t, "no");
        if (!no && !vg_tok_in(t, &none_words))
            continue;
        size_t j = k + 1;
        if (no && vg_tok_in(&doc->toks[j], &pending_words))
            continue;
        int dead = 0, hurt = 0;
        if (no && vg_tok_in(&doc->toks[j], &toll_nouns)) {
            /* "no casualties were reported yet", "no deaths have been
             * confirmed so far": not yet known */
            size_t e = j + 1;
            while (e < s->tok_end && e < j + 6 && !vg_tok_in(&doc->toks[e], &pending_words) &&
                   !vg_tok_is(&doc->toks[e], "so") && doc->toks[e].kind == VG_TOK_WORD)
                e++;
            if (e < s->tok_end && e < j + 6 && (vg_tok_in(&doc->toks[e], &pending_words) || vg_tok_is(&doc->toks[e], "so")))
                continue;
            const vg_token *n = &doc->toks[j];
            dead = !vg_tok_is(n, "injuries");
            hurt = vg_tok_is(n, "casualties") || vg_tok_is(n, "casualty") || vg_tok_is(n, "injuries") ||
                   vg_tok_is(n, "victims");
        } else {
            /* "nobody was killed or injured", "no one was hurt", "No crew
             * (members) were injured": after "no", "one" or people, not
             * "no evidence he was killed" */
            if (no) {
                if (!vg_tok_is(&doc->toks[j], "one") && !vg_tok_in(&doc->toks[j], &zero_people))
                    continue;
                j++;
                if (j < s->tok_end && (vg_tok_is(&doc->toks[j], "members") || vg_tok_is(&doc->toks[j], "personnel")))
                    j++;
            }
            if (j >= s->tok_end || !vg_tok_in(&doc->toks[j], &be_forms))
                continue;
            for (size_t v = j + 1; v < s->tok_end && v < j + 6; v++) {
                const vg_token *w = &doc->toks[v];
                if (vg_tok_is(w, "killed") || vg_tok_is(w, "died"))
                    dead = 1;
                else if (vg_tok_in(w, &hurt_words))
                    hurt = 1;
                else if (!vg_tok_is(w, "or") && !vg_tok_is(w, "and") && !vg_tok_is(w, "been") &&
                         !vg_tok_is(w, "seriously") && !vg_tok_is(w, "reportedly"))
                    break;
            }
        }
        if (dead && *killed < 0) {
            *killed = 0;
            *vague |= 1;
        }
        if (hurt && *injured < 0) {
            *injured = 0;
            *vague |= 2;
        }
    }
}

/* The "when" after which sentence s tells an earlier event: "... since
 * January 2021, when twin suicide bombings ... killed 32 people", "the
 * worst since 2019, when ...": a time after "since" a month or more
 * before the anchor, then ", when" (not an event's own "in January, when
 * troops were returning"); SIZE_MAX for none. Its counts are that
 * event's; *when (when given) its time. */
static size_t earlier_when(const inc_ctx *c, const vg_sent *s, vg_timeref *when)
{
    const vg_doc *doc = c->doc;
    const vg_extract *ex = c->ex;
    if (!vg_date_valid(ex->anchor))
        return SIZE_MAX;
    long anchor = vg_date_to_days(ex->anchor);
    for (size_t t = vg_extract_first_time(doc, s->start); t < ex->ntimes && ex->times[t].start < s->end; t++) {
        const vg_timeref *tr = &ex->times[t];
        size_t e = tr->tok_end;
        if (e + 1 >= s->tok_end || !vg_tok_punct(&doc->toks[e], ',') || !vg_tok_is(&doc->toks[e + 1], "when"))
            continue;
        /* "since January 2021, when": the window's start is the event's */
        int since_in = vg_tok_is(&doc->toks[tr->tok_start], "since");
        if (!since_in && !(tr->tok_start > s->tok_start && vg_tok_is(&doc->toks[tr->tok_start - 1], "since")))
            continue;
        vg_date d = tr->is_window ? tr->from : tr->value;
        if (d.prec == VG_DATE_NONE || !vg_date_valid(d))
            continue;
        /* (about) the last day the time names: a year's or a month's end */
        vg_date last = d;
        if (d.prec == VG_DATE_YEAR)
            last = (vg_date){d.year, 12, 31, VG_DATE_DAY};
        else if (d.prec == VG_DATE_MONTH)
            last = (vg_date){d.year, d.month, 28, VG_DATE_DAY};
        if (anchor - vg_date_to_days(last) > 31) {
            /* the earlier event's time: the point itself ("January 2021",
             * not the window "since January 2021") */
            if (when && (!since_in || !vg_date_scan(doc, tr->tok_start + 1, tr->tok_end, ex->anchor, when))) {
                *when = *tr;
                when->value = d;
                when->is_window = 0;
            } else if (when && when->is_window) {
                /* "since last year": the year (or month) the window spans */
                vg_date f = when->from, u = when->to;
                int year = f.prec == VG_DATE_DAY && u.prec == VG_DATE_DAY && f.year == u.year;
                if (year && f.month == 1 && f.day == 1 && u.month == 12 && u.day == 31)
                    when->value = (vg_date){f.year, 0, 0, VG_DATE_YEAR};
                else if (year && f.month == u.month && f.day == 1)
                    when->value = (vg_date){f.year, f.month, 0, VG_DATE_MONTH};
                else
                    when->value = f;
                when->is_window = 0;
            }
            return e + 1;
        }
    }
    return SIZE_MAX;
}

/* The toll sentence s gives an event of type: its counts killed and
 * injured; trig is the event's trigger in s (SIZE_MAX: it was told
 * before), so the counts of an earlier event the sentence recalls are
 * left to that event. */
static vg_wordlist sustain_words = VG_WORDLIST("sustained", "suffered", "received", "sustaining", "suffering");

static vg_wordlist contrast_joins = VG_WORDLIST("though", "although", "but", "while", "whereas");
static vg_wordlist later_words = VG_WORDLIST("later", "now", "since", "subsequently");
static vg_wordlist figure_sources = VG_WORDLIST("put", "puts", "said", "say", "says", "according", "reported",
                                                "estimated", "gave", "counted", "told", "official", "officials");

static int is_group_tok(const inc_ctx *c, size_t k)
{
    int32_t e = vg_extract_entity_at(c->doc, k);
    return e >= 0 && c->ex->ents[e].type == VG_ENT_ARMED_GROUP;
}

/* The scans casualties makes after the counts, each of a word most
 * sentences lack: zero_toll "no" or none_words, coordinated_toll a word
 * of list_verbs, one_casualty one of one_casualty_words (its "was" before
 * a verb of harm, "another", "died", "sustained"/"suffered" a wound). A
 * scan without its word changes nothing, so one walk tells which of them
 * to make. */
enum { TOLL_SCAN_ZERO = 1, TOLL_SCAN_LIST = 2, TOLL_SCAN_ONE = 4 };
#define ONE_CASUALTY_WORDS "was", "another", "died", "sustained", "suffered", "second", "third"
static vg_wordlist one_casualty_words = VG_WORDLIST(ONE_CASUALTY_WORDS);
static vg_wordlist toll_scan_words = VG_WORDLIST("no", NONE_WORDS, TOLL_VERBS, WOUND_VERBS_ACTIVE, ONE_CASUALTY_WORDS);

/* The TOLL_SCAN_* whose words sentence s holds; *list_verb the first
 * word of list_verbs (s->tok_end when none). */
static unsigned toll_scans(const vg_doc *doc, const vg_sent *s, size_t *list_verb)
{
    unsigned scans = 0;
    *list_verb = s->tok_end;
    for (size_t k = s->tok_start; k < s->tok_end; k++) {
        const vg_token *t = &doc->toks[k];
        if (!vg_tok_in(t, &toll_scan_words))
            continue;
        if (vg_tok_is(t, "no") || vg_tok_in(t, &none_words))
            scans |= TOLL_SCAN_ZERO;
        if (!(scans & TOLL_SCAN_LIST) && vg_tok_in(t, &list_verbs)) {
            scans |= TOLL_SCAN_LIST;
            *list_verb = k;
        }
        if (vg_tok_in(t, &one_casualty_words))
            scans |= TOLL_SCAN_ONE;
    }
    return scans;
}

static vg_wordlist harm_passives = VG_WORDLIST("shot", "killed", "wounded", "injured", "stabbed", "hurt",
                                               "kidnapped", "abducted", "murdered", "beheaded");

static vg_wordlist other_strikes = VG_WORDLIST("general", "hunger", "labour", "labor", "workers", "teachers", "lightning",
                                                "nationwide", "national", "rail", "transport", "doctors");

/* Whether token j is a strike from afar: "strike", "strikes" (not "a
 * general strike", "a hunger strike", "a lightning strike"). */
static int afar_strike(const vg_doc *doc, const vg_sent *s, size_t j)
{
    return (vg_tok_is(&doc->toks[j], "strike") || vg_tok_is(&doc->toks[j], "strikes")) &&
           !(j > s->tok_start && vg_tok_in(&doc->toks[j - 1], &other_strikes));
}

static vg_wordlist chain_preps = VG_WORDLIST("on", "in", "at", "near", "against", "outside", "across", "of",
                                             "targeting");

/* Whether "in" at token a opens a strike from afar: "in an Israeli
 * strike", "in overnight Russian strikes" (not "in a general strike", not
 * "in Gaza since the strike began"). */
static vg_wordlist strike_stops = VG_WORDLIST("since", "after", "before", "during", "when", "while", "and", "or",
                                              "as", "until", "that", "which");
static int strike_after(const vg_doc *doc, const vg_sent *s, size_t a, int air)
{
    if (a >= s->tok_end || !vg_tok_is(&doc->toks[a], "in"))
        return 0;
    for (size_t j = a + 1; j < s->tok_end && j < a + 5; j++) {
        const vg_token *t = &doc->toks[j];
        if (vg_tok_is(t, "strike") || vg_tok_is(t, "strikes"))
            return afar_strike(doc, s, j);
        /* ("in an Israeli airstrike") */
        if (air && (vg_tok_is(t, "airstrike") || vg_tok_is(t, "airstrikes")))
            return 1;
        if (t->kind != VG_TOK_WORD || vg_tok_in(t, &chain_preps) || vg_tok_in(t, &strike_stops))
            return 0;
    }
    return 0;
}

/* Whether the people ending before token j were hit by a strike from
 * afar: "were killed in an Israeli strike", "killed, 3 wounded in a drone
 * strike", "were wounded in an airstrike": a passive of harm, then the
 * strike (the struck, not the strikers; not "killed three soldiers in an
 * ambush"). */
static int struck_from_afar(const vg_doc *doc, const vg_sent *s, size_t j)
{
    while (j < s->tok_end && (vg_tok_in(&doc->toks[j], &be_forms) || vg_tok_is(&doc->toks[j], "been") ||
                              vg_tok_in(&doc->toks[j], &be_adverbs)))
        j++;
    if (j >= s->tok_end || !vg_tok_in(&doc->toks[j], &harm_passives))
        return 0;
    /* (past the rest of the toll: ", 3 wounded", "and four others injured") */
    for (size_t a = j + 1; a < s->tok_end && a < j + 7; a++) {
        const vg_token *t = &doc->toks[a];
        if (vg_tok_is(t, "in"))
            return strike_after(doc, s, a, 1);
        if (!(vg_tok_punct(t, ',') || vg_num_may_start(t) || vg_tok_is(t, "and") || vg_tok_is(t, "others") ||
              vg_tok_is(t, "were") || vg_tok_in(t, &harm_passives)))
            return 0;
    }
    return 0;
}

static void casualties(const inc_ctx *c, const vg_sent *s, int type, size_t trig, int32_t *killed,
                       int32_t *injured, uint8_t *vague)
{
    const vg_doc *doc = c->doc;
    const vg_extract *ex = c->ex;
    size_t earlier = earlier_when(c, s, NULL);
    if (trig != SIZE_MAX && earlier != SIZE_MAX && trig > earlier)
        earlier = SIZE_MAX; /* the sentence's own event is the earlier one */
    size_t taken_end[3] = {0, 0, 0}; /* per kind: the end of the first count taken */
    for (size_t q = vg_extract_first_quant(doc, s->start); q < ex->nquants && ex->quants[q].start < s->end; q++) {
        const vg_quant *qu = &ex->quants[q];
        if (qu->end > s->end || qu->tok_start >= qu->tok_end || qu->tok_start > earlier)
            continue;
        double v = qu->has_min ? qu->min : qu->has_max ? qu->max : -1;
        /* "No one was hurt": none */
        if (qu->tok_start > s->tok_start && vg_tok_is(&doc->toks[qu->tok_start - 1], "no") &&
            vg_tok_is(&doc->toks[qu->tok_start], "one"))
            v = 0;
        if (v < 0 || v > 1e6 || qu->has_total || age_at(doc, s, qu))
            continue;
        /* "was shot dead by two gunmen": the agent's count */
        if (qu->tok_start > s->tok_start && vg_tok_is(&doc->toks[qu->tok_start - 1], "by"))
            continue;
        /* "14 militants were killed when aircraft struck": the attackers
         * who died (the count the subject of the death) are not the
         * attack's toll, except in a raid; "killing 12 men" still counts */
        size_t nk = qu->tok_end;
        /* (past an armed group's name: "six Shining Path terrorists") */
        while (nk < s->tok_end && nk < qu->tok_end + 4 &&
               (vg_tok_in(&doc->toks[nk], &perp_mods) || is_group_tok(c, nk)))
            nk++;
        /* (but "two militants were killed in a drone strike": the
         * strike's own toll) */
        int attackers = type != VG_INC_SECURITY_OPERATION &&
                        (vg_tok_in(&doc->toks[qu->tok_end - 1], &attacker_words) ||
                         (nk < s->tok_end && vg_tok_in(&doc->toks[nk], &attacker_words))) &&
                        !struck_from_afar(doc, s, nk + 1);
        int kind = 0;      /* 1 killed, 2 injured */
        int sustained = 0; /* after "sustained", "suffered": "a gunshot wound" */
        /* "three (3) members": the numeral restated */
        size_t q0 = qu->tok_end;
        if (q0 + 2 < s->tok_end && vg_tok_punct(&doc->toks[q0], '(') && doc->toks[q0 + 1].kind == VG_TOK_NUM &&
            vg_tok_punct(&doc->toks[q0 + 2], ')'))
            q0 += 3;
        for (size_t k = q0, lim = q0 + 4; k < s->tok_end && k < lim && !kind; k++) {
            const vg_token *t = &doc->toks[k];
            /* "more than 140 people, most of them children, were killed":
             * past an apposition that closes within six words, before a
             * verb of being ("20 students, police said, and killed" is not) */
            if (k < q0 + 3 && vg_tok_punct(t, ',') && lim == q0 + 4) {
                /* "Seven people, including a ranger and two schoolboys,
                 * were wounded": an inclusion may run longer; so may two
                 * names ("Two campaign aides, María José Peña and Óscar
                 * Núñez, were wounded") */
                size_t w = k + 1 < s->tok_end && vg_tok_is(&doc->toks[k + 1], "including") ? 13 : 9;
                size_t j = k + 2;
                while (j < s->tok_end && j < k + w && !clause_punct(&doc->toks[j]))
                    j++;
                /* "One officer, a 34-year-old brigadier, died of his wounds" */
                if (j + 1 < s->tok_end && j < k + w && vg_tok_punct(&doc->toks[j], ',') &&
                    (vg_tok_in(&doc->toks[j + 1], &be_forms) || vg_tok_is(&doc->toks[j + 1], "died"))) {
                    k = j;
                    lim = j + 4;
                    continue;
                }
            }
            /* "23 persons including 2 minor children and one police
             * constable have embraced martyrdom": past the inclusion to
             * its verb */
            if (vg_tok_is(t, "including") && lim == q0 + 4) {
                size_t j = k + 1;
                while (j < s->tok_end && j < k + 12 && !clause_punct(&doc->toks[j]) &&
                       !vg_tok_in(&doc->toks[j], &be_forms))
                    j++;
                if (j < s->tok_end && j < k + 12 && vg_tok_in(&doc->toks[j], &be_forms)) {
                    k = j;
                    lim = j + 4;
                    continue;
                }
            }
            /* "killed three soldiers and wounded five": the next verb's;
             * "17 of the wounded": a part of a toll told elsewhere;
             * "shelters burned: about 400 / Lala site - killed: 11": a
             * table's next row, a line that opens on a capital (a
             * hard-wrapped sentence in lower case or capitals goes on);
             * "arrested five suspects after gunmen killed three": another
             * clause's */
            if (clause_punct(t) || vg_tok_is(t, "and") || vg_tok_is(t, "but") || vg_tok_in(t, &other_clause) ||
                ((t->flags & VG_TF_NL) && (t->flags & VG_TF_CAP) && !(t->flags & VG_TF_ALLCAP)) ||
                (vg_tok_is(t, "of") && k + 1 < s->tok_end && vg_tok_is(&doc->toks[k + 1], "the")))
                break;
            /* "One crew member sustained a gunshot wound to the leg": past
             * the wound's article and kind */
            if (vg_tok_in(t, &sustain_words) && lim == q0 + 4) {
                sustained = 1;
                lim = k + 6;
            }
            /* "3x KIA, 7x WIA": a sitrep's dead and wounded, in capitals
             * ("two Kia sedans" is a car) */
            int mil = (t->flags & VG_TF_ALLCAP) ? vg_tok_is(t, "kia") ? 1 : vg_tok_is(t, "wia") ? 2 : 0 : 0;
            /* "Two men shot dead a trader", "Two men killed a trader": the
             * count the doers of the killing, done to the people after it */
            /* (not "At least 12 killed including two children") */
            if ((vg_tok_is(t, "killed") || (vg_tok_is(t, "dead") && k > q0 && vg_tok_is(&doc->toks[k - 1], "shot"))) &&
                !vg_tok_in(&doc->toks[k - 1 - vg_tok_is(t, "dead")], &be_forms) &&
                !(k + 1 < s->tok_end && vg_tok_in(&doc->toks[k + 1], &part_words)) && people_object(c, s, k + 1))
                break;
            if ((vg_tok_in(t, &kill_words) && !vg_tok_is(t, "killing")) || mil == 1)
                kind = 1;
            else if ((vg_tok_in(t, &hurt_words) && !vg_tok_is(t, "wounding") && !vg_tok_is(t, "injuring")) ||
                     mil == 2 || (sustained && (vg_tok_is(t, "wound") || vg_tok_is(t, "injury"))))
                kind = 2;
        }
        /* past a modifier of the counted, to its verb: "Two militants
         * affiliated with the Lashkar-e-Taiba (LeT) were killed", "Three
         * officers of the Rural Border Patrol Unit were killed", "three (3)
         * members of the armed group died", "at least 18 soldiers and
         * Volunteers for the Defence of the Homeland were killed" (one count
         * for a pair whose second has none of its own) */
        size_t lim = q0 + 16;
        for (size_t j = q0; !kind && j + 1 < s->tok_end && j < lim; j++) {
            const vg_token *t = &doc->toks[j];
            double nv2;
            /* "six soldiers of the Security Belt forces, which are aligned
             * with the STC, were killed": past the aside */
            if (vg_tok_punct(t, ',') && (vg_tok_is(&doc->toks[j + 1], "which") || vg_tok_is(&doc->toks[j + 1], "who"))) {
                size_t k2 = j + 2;
                while (k2 < s->tok_end && k2 < j + 18 && !vg_tok_punct(&doc->toks[k2], ','))
                    k2++;
                if (k2 < s->tok_end && vg_tok_punct(&doc->toks[k2], ',')) {
                    lim += k2 - j;
                    j = k2;
                    continue;
                }
            }
            /* "6 soldiers who fell on the field of honour", "fell in combat" */
            if (vg_tok_is(t, "died") ||
                (vg_tok_is(t, "fell") && j + 2 < s->tok_end &&
                 (vg_tok_is(&doc->toks[j + 1], "on") || vg_tok_is(&doc->toks[j + 1], "in")) &&
                 fallen_field(doc, s, j + 2))) {
                kind = 1;
                break;
            }
            /* "nine hostages and two gendarmes had been killed": one verb
             * for both counts */
            if (vg_tok_is(t, "and") && q + 1 < ex->nquants && ex->quants[q + 1].tok_start == j + 1 &&
                ex->quants[q + 1].has_min && !ex->quants[q + 1].has_total &&
                (kind = passive_harm_after(doc, s, ex->quants[q + 1].tok_end)) != 0) {
                v += ex->quants[q + 1].min;
                break;
            }
            if ((clause_punct(t) && !vg_tok_punct(t, '(')) || t->kind == VG_TOK_NUM ||
                vg_extract_hit(doc, j, VG_LK_CUE) ||
                (j > q0 && vg_extract_hit(doc, j, VG_LK_TRIGGER)) || /* not the counted "hostages" */
                /* "Five soldiers and a member of the CJTF were killed": a sum */
                (vg_tok_is(t, "and") && (vg_tok_is(&doc->toks[j + 1], "a") || vg_tok_is(&doc->toks[j + 1], "an") ||
                                         vg_num_word(doc->toks[j + 1].norm, doc->toks[j + 1].normlen, &nv2) == 0)))
                break;
            if (vg_tok_in(t, &be_forms)) {
                kind = passive_harm_after(doc, s, j);
                break;
            }
        }
        if (kind && attackers)
            continue;
        if (combined_toll(doc, s, qu) || claimed_count(doc, s, qu))
            continue;
        for (size_t k = qu->tok_start, skip = 0; k > s->tok_start && qu->tok_start - k < 4 + skip && !kind; k--) {
            const vg_token *t = &doc->toks[k - 1];
            /* "total injured (not counting the two who died) is now 14":
             * past an aside */
            size_t open = vg_extract_paren_open(doc, k - 1, s->tok_start, 11);
            if (open != SIZE_MAX) {
                skip += k - open;
                k = open + 1; /* after the loop's k--, t is the token before "(" */
                continue;
            }
            if (vg_tok_is(t, "killing") || vg_tok_is(t, "killed") || vg_tok_is(t, "toll") ||
                vg_tok_is(t, "kill") || vg_tok_is(t, "kills") || vg_tok_in(t, &killing_nouns) ||
                (vg_tok_in(t, &slaying_verbs) && slain_count(doc, s, qu, k - 1)) ||
                (vg_tok_in(t, &to_death_verbs) && k == qu->tok_start &&
                 to_death_after(doc, s, qu->tok_end)) ||
                /* "burned alive five villagers", "hacked to death two men" */
                (k == qu->tok_start && vg_tok_is(t, "alive") && k >= s->tok_start + 2 &&
                 vg_tok_in(&doc->toks[k - 2], &to_death_verbs)) ||
                (k == qu->tok_start && vg_tok_is(t, "death") && k >= s->tok_start + 3 &&
                 vg_tok_is(&doc->toks[k - 2], "to") && vg_tok_in(&doc->toks[k - 3], &to_death_verbs)) ||
                /* "shoot dead 14 men" */
                (k >= s->tok_start + 2 && shot_dead(doc, s->tok_end, k - 2)))
                kind = 1;
            /* ("Bomb kills 5, wounds 12": a headline's present) */
            else if (vg_tok_is(t, "wounding") || vg_tok_is(t, "injuring") || vg_tok_is(t, "wounded") ||
                     vg_tok_is(t, "injured") ||
                     ((vg_tok_is(t, "wounds") || vg_tok_is(t, "injures")) && k == qu->tok_start) ||
                     /* "stabbed three people" (not to death, not "3 times") */
                     (stab_verb(doc, s, k - 1) && slain_count(doc, s, qu, k - 1) &&
                      !(qu->tok_end < s->tok_end && (vg_tok_is(&doc->toks[qu->tok_end], "times") ||
                                                     vg_tok_in(&doc->toks[qu->tok_end], &be_forms)))))
                kind = 2;
            else if (clause_punct(t) || vg_tok_is(t, "and") || vg_tok_is(t, "but"))
                break; /* "were killed and several vehicles were burned" */
        }
        /* "The death toll from Friday's attack ... has risen to 17", "the
         * number of injured has risen to eleven": the count the toll
         * named before it reached */
        if (!kind && qu->tok_start >= s->tok_start + 2 && vg_tok_is(&doc->toks[qu->tok_start - 1], "to") &&
            vg_tok_in(&doc->toks[qu->tok_start - 2], &revision_words))
            kind = toll_named(doc, s, qu->tok_start - 2);
        /* "Two soldiers were killed and troops killed 21 attackers": the
         * attackers the state's forces killed are no toll of the attack */
        if (kind && attackers && qu->tok_start >= s->tok_start + 2 &&
            vg_tok_in(&doc->toks[qu->tok_start - 1], &kill_verbs_active) &&
            vg_tok_in(&doc->toks[qu->tok_start - 2], &killing_forces))
            continue;
        /* "killing 11 soldiers and six civilian auxiliaries": the killed
         * counted in two groups after one verb */
        if (kind == 1 && qu->tok_start > s->tok_start &&
            vg_tok_in(&doc->toks[qu->tok_start - 1], &kill_verbs_active))
            v += next_count(c, s, qu, q + 1 < ex->nquants ? &ex->quants[q + 1] : NULL);
        /* "killing at least 11 people, police said, though a hospital
         * official put the death toll at 19": another source's figure
         * after a contrast is no revision of the first (but "though the
         * toll rose to 19", "though police later said 19" are) */
        if (kind && taken_end[kind] && vg_extract_words_in(doc, taken_end[kind], qu->tok_start, &contrast_joins) &&
            vg_extract_words_in(doc, taken_end[kind], qu->tok_start, &figure_sources) &&
            !vg_extract_words_in(doc, taken_end[kind], qu->tok_start, &revision_words) &&
            !vg_extract_words_in(doc, taken_end[kind], qu->tok_start, &later_words))
            continue;
        if (kind && !taken_end[kind])
            taken_end[kind] = qu->tok_end;
        if (kind == 1)
            take_count(killed, vague, 1, (int32_t)v, vague_quant(doc, qu));
        else if (kind == 2)
            take_count(injured, vague, 2, (int32_t)v, vague_quant(doc, qu));
    }
    size_t list_verb;
    unsigned scans = toll_scans(doc, s, &list_verb);
    if (scans & TOLL_SCAN_ZERO)
        zero_toll(doc, s, killed, injured, vague);
    if (scans & TOLL_SCAN_LIST)
        coordinated_toll(c, s, list_verb, killed, injured);
    if (scans & TOLL_SCAN_ONE)
        one_casualty(c, s, killed, injured);
}

static vg_wordlist area_nouns = VG_WORDLIST("territory", "province", "state", "district", "region", "county",
                                            "department", "governorate", "municipality", "prefecture");

/* Whether tokens [a, b) are a comma after a place, perhaps after its kind
 * ("Mangina, Beni territory, North Kivu province"): what follows holds
 * the place before. */
static int holder_chain(const vg_doc *doc, size_t a, size_t b)
{
    if (b <= a || !vg_tok_punct(&doc->toks[b - 1], ','))
        return 0;
    for (size_t k = a; k + 1 < b; k++)
        if (!vg_tok_in(&doc->toks[k], &area_nouns))
            return 0;
    return b - a <= 3;
}

static int place_rank(const vg_lex *lx, const vg_entity *e)
{
    /* a named site is the most specific place when it is geocoded
     * ("İstanbul Airport"); one known only by name ("the Jazira Sands
     * Hotel") yields to the city around it */
    if (e->type == VG_ENT_FACILITY)
        return e->place >= 0 ? 8 : 2;
    if (e->type != VG_ENT_PLACE)
        return 0;
    /* a town no gazetteer holds ("the military post at Tillia") is more
     * specific than its country, and yields to a region that is mapped
     * (but for one after its comma, which holds it: read_roles);
     * one whose country is not known either places nothing (no map, no
     * STIX location could hold it), though it keeps the dateline's city
     * from standing in for it (town_named) */
    if (e->place < 0)
        return e->cc[0] ? 3 : 0;
    const vg_place *p = vg_lex_place(lx, (uint32_t)e->place);
    /* a sea or a region across borders ("the Red Sea", "the Sahel") is
     * the coarsest place: it yields to a country */
    if (!p->cc[0])
        return 1;
    return p->kind == VG_PLACE_CITY ? 6 : p->kind == VG_PLACE_REGION ? 4 : 2;
}

/* A place named as a landmark at token k: "Tarmiyah, north of Baghdad",
 * "Djugu territory, 60 km north of Bunia" (not "the north of Mali", a
 * part of it). */
static int landmark_at(const vg_doc *doc, const vg_sent *s, size_t k)
{
    if (k < s->tok_start + 3 || !vg_tok_is(&doc->toks[k - 1], "of") ||
        !vg_tok_in(&doc->toks[k - 2], &vg_ent_compass_points))
        return 0;
    /* after the place it locates and its comma ("a checkpoint north of
     * Gao" is placed at Gao) */
    for (size_t j = k - 2; j > s->tok_start && k - j <= 5; j--)
        if (vg_tok_punct(&doc->toks[j - 1], ','))
            return 1;
    return 0;
}

static vg_wordlist route_words = VG_WORDLIST("line", "railway", "rail", "railroad", "highway", "road", "motorway",
                                             "expressway", "pipeline", "route", "corridor", "train", "flight",
                                             "bus");

/* Whether the place of mention mn is an end of a route named by two
 * places joined by a dash: "the Hamburg–Berlin line", "the Kabul-Jalalabad
 * highway". */
static int route_end(const inc_ctx *c, const vg_sent *s, const vg_mention *mn)
{
    const vg_doc *doc = c->doc;
    size_t e = mn->tok_end;
    if (mn->tok_start >= s->tok_start + 2 && vg_tok_is_dash(&doc->toks[mn->tok_start - 1]) &&
        vg_extract_entity_at(doc, mn->tok_start - 2) >= 0)
        return e < s->tok_end && vg_tok_in(&doc->toks[e], &route_words);
    if (e + 1 >= s->tok_end || !vg_tok_is_dash(&doc->toks[e]))
        return 0;
    int32_t o = vg_extract_entity_at(doc, e + 1);
    if (o < 0 || c->ex->ents[o].type != VG_ENT_PLACE)
        return 0;
    size_t j = e + 1;
    while (j < s->tok_end && vg_extract_entity_at(doc, j) == o)
        j++;
    return j < s->tok_end && vg_tok_in(&doc->toks[j], &route_words);
}

/* "Borno state", "Kano State": a region's word after its name, not the
 * verb "to state". */
static int region_word(const vg_doc *doc, size_t k)
{
    return k > 0 && vg_tok_is(&doc->toks[k], "state") && vg_extract_entity_at(doc, k - 1) >= 0;
}

/* Whether time tr tells when something was said: a cue right after it,
 * or right before it ("said on Sunday"). */
static int speech_at(const inc_ctx *c, size_t k)
{
    const vg_lex_hit *h = vg_extract_hit(c->doc, k, VG_LK_CUE);
    return h && (vg_lex_cue(c->lx, h->rec)->flags & VG_CUF_SPEECH) && !region_word(c->doc, k);
}

/* Whether a speech cue ends at token k ("claimed responsibility | on
 * Saturday"). */
static int speech_ends_at(const inc_ctx *c, size_t k)
{
    for (size_t j = k + 1; j > 0 && k + 1 - j < 4; j--) {
        const vg_lex_hit *h = vg_extract_hit(c->doc, j - 1, VG_LK_CUE);
        if (h && j - 1 + h->ntok == k + 1)
            return speech_at(c, j - 1);
    }
    return 0;
}

/* Whether token k lies in a relative clause ("whose ...", "which ...",
 * up to a comma) that does not hold token trig. */
static int in_relative(const vg_doc *doc, const vg_sent *s, size_t k, size_t trig)
{
    for (size_t j = k; j > s->tok_start && k - j < 15; j--) {
        const vg_token *t = &doc->toks[j - 1];
        if (vg_tok_punct(t, ',') || vg_tok_punct(t, ';'))
            return 0;
        if (vg_tok_is(t, "whose") || vg_tok_is(t, "which") || vg_tok_is(t, "who")) {
            if (trig >= j - 1 && trig < k)
                return 0;
            for (size_t e = k; e < s->tok_end && e < k + 15; e++)
                if (vg_tok_punct(&doc->toks[e], ','))
                    return trig < j - 1 || trig > e;
            return 0;
        }
    }
    return 0;
}

/* Whether "born" stands among the `within` words before token k in
 * sentence s, with no trigger between ("born on 3 April 1981 in Kismayo,
 * Somalia"). */
static int born_before(const vg_doc *doc, const vg_sent *s, size_t k, size_t within)
{
    for (size_t j = k; j > s->tok_start && k - j < within; j--) {
        if (vg_extract_hit(doc, j - 1, VG_LK_TRIGGER) || vg_tok_punct(&doc->toks[j - 1], ';'))
            return 0;
        if (vg_tok_is(&doc->toks[j - 1], "born"))
            return 1;
    }
    return 0;
}

/* Whether a year or month tr opens a span ("peace talks, which have been
 * frozen since early 2025"): the span's start, not an event's date. */
static int since_time(const vg_doc *doc, const vg_sent *s, const vg_timeref *tr)
{
    if (tr->value.prec == VG_DATE_DAY)
        return 0; /* "the video circulating since early this morning" */
    size_t k = tr->tok_start;
    while (k > s->tok_start && (vg_tok_is(&doc->toks[k - 1], "early") || vg_tok_is(&doc->toks[k - 1], "late") ||
                                vg_tok_is(&doc->toks[k - 1], "mid")))
        k--;
    return k > s->tok_start && vg_tok_is(&doc->toks[k - 1], "since");
}

static int said_when(const inc_ctx *c, const vg_timeref *tr, const vg_sent *s)
{
    const vg_doc *doc = c->doc;
    if (tr->tok_end < s->tok_end && speech_at(c, tr->tok_end))
        return 1;
    /* "a Somali national born on 3 April 1981 in Kismayo": a birth date
     * right after "born (on|in)" (not "who was born in Afghanistan, on
     * Wednesday attacked") */
    if (born_before(doc, s, tr->tok_start, 2))
        return 1;
    /* "a court in Paris on Thursday sentenced three men for the bombing":
     * when it was judged */
    if (tr->tok_end < s->tok_end && vg_tok_in(&doc->toks[tr->tok_end], &court_acts))
        return 1;
    size_t k = tr->tok_start;
    if (k > s->tok_start && vg_tok_is(&doc->toks[k - 1], "on"))
        k--;
    if (k > s->tok_start && speech_ends_at(c, k - 1))
        return 1;
    /* "the ministry said in a statement read on state television late on
     * Monday": the time of the statement, at the end of its clause; "A
     * spokesman told reporters on Friday that gunmen killed": before what
     * was told */
    for (size_t j = k; j > s->tok_start && k - j < 10; j--) {
        const vg_token *t = &doc->toks[j - 1];
        if (clause_punct(t) || vg_extract_hit(doc, j - 1, VG_LK_TRIGGER))
            break;
        if (vg_extract_hit(doc, j - 1, VG_LK_CUE) && speech_at(c, j - 1) &&
            (tr->tok_end >= s->tok_end || vg_tok_punct(&doc->toks[tr->tok_end], '.') ||
             vg_tok_is(&doc->toks[tr->tok_end], "that")))
            return 1;
    }
    return 0;
}

static vg_wordlist using_verbs = VG_WORDLIST("used", "using", "uses", "use", "employed", "employing",
                                             "deployed", "deploying", "recruited", "recruiting");

/* "has used women and girls as suicide bombers": people made the doers,
 * not the ones hit: a verb of using before the phrase [start, end) (or
 * the phrase it is coordinated with), then "as" and an attacker word.
 * "Five civilians were killed as gunmen opened fire" is another "as". */
static int used_as_doers(const vg_doc *doc, const vg_sent *s, size_t start, size_t end)
{
    size_t v = start;
    while (v > s->tok_start && start - v < 5 && !vg_tok_in(&doc->toks[v - 1], &using_verbs) &&
           doc->toks[v - 1].kind == VG_TOK_WORD && !vg_tok_in(&doc->toks[v - 1], &be_forms))
        v--;
    if (v == s->tok_start || !vg_tok_in(&doc->toks[v - 1], &using_verbs))
        return 0;
    for (size_t k = end; k < s->tok_end && k < end + 4; k++) {
        if (!vg_tok_is(&doc->toks[k], "as"))
            continue;
        for (size_t j = k + 1; j < s->tok_end && j < k + 3; j++)
            if (vg_tok_in(&doc->toks[j], &perp_heads))
                return 1;
        return 0;
    }
    return 0;
}

/* Whether the weapons named in sentence s are bombs or mines only ("A bus
 * hit an improvised explosive device"), no firearm or thrown weapon; a
 * bomber or a blast with no gunman or gunfire counts as a bomb ("A suicide
 * bomber struck a crowded market"). */
static vg_wordlist blast_words = VG_WORDLIST("explosion", "explosions", "blast", "blasts");
static vg_wordlist gun_words = VG_WORDLIST("gunman", "gunmen", "gunfire", "shooting", "shootings", "shot", "fire");
static int bombs_alone(const inc_ctx *c, const vg_sent *s)
{
    int planted = 0, bomber = 0, gunman = 0;
    for (size_t k = s->tok_start; k < s->tok_end; k++) {
        const vg_token *t = &c->doc->toks[k];
        gunman |= vg_tok_in(t, &gun_words);
        /* "Two explosions hit Mogadishu, killing 17 people" */
        bomber |= vg_tok_in(t, &blast_words) && !negated_before(c->doc, k, s->tok_start);
        /* "suicide bombers", not "long-range bombers" (aircraft) */
        bomber |= (vg_tok_is(t, "bomber") || vg_tok_is(t, "bombers")) &&
                  ((k > s->tok_start && vg_tok_is(&c->doc->toks[k - 1], "suicide")) ||
                   (k > s->tok_start + 1 && vg_tok_is(&c->doc->toks[k - 2], "suicide")));
        const vg_lex_hit *h = vg_extract_hit(c->doc, k, VG_LK_WEAPON);
        if (!h)
            continue;
        const vg_weapon *w = vg_lex_weapon(c->lx, h->rec);
        /* "attacked a gold mine", "faced charges": not a weapon here; "IED
         * recovered": not used */
        if ((w->flags & (VG_WF_GENERIC | VG_WF_COMPONENT | VG_WF_AMBIGUOUS)) ||
            made_safe(c->doc, s, k, k + h->ntok))
            continue;
        if (w->type != VG_INC_BOMBING || !strcmp(w->sub, "grenade"))
            return 0;
        planted = 1;
    }
    return planted || (bomber && !gunman);
}

/* "The group", "the same group", "the militant group" in sentence s
 * (claiming an act): the armed group mentioned last in the three
 * sentences before it, or -1. */
static int32_t group_anaphor(const inc_ctx *c, const vg_sent *s)
{
    const vg_doc *doc = c->doc;
    const vg_extract *ex = c->ex;
    size_t k = s->tok_start;
    for (; k + 1 < s->tok_end; k++)
        if (vg_tok_is(&doc->toks[k + 1], "group") &&
            (vg_tok_is(&doc->toks[k], "the") || vg_tok_is(&doc->toks[k], "same") ||
             vg_tok_is(&doc->toks[k], "militant") || vg_tok_is(&doc->toks[k], "this")))
            break;
    if (k + 1 >= s->tok_end)
        return -1;
    size_t first = vg_extract_first_mention(doc, s->tok_start);
    /* "Al-Shabaab has struck before: the group killed": named earlier in
     * the sentence */
    int32_t g = -1;
    for (size_t m = first; m < ex->nmentions && ex->mentions[m].tok_start < k; m++)
        if (ex->ents[ex->mentions[m].entity].type == VG_ENT_ARMED_GROUP)
            g = (int32_t)ex->mentions[m].entity;
    if (g >= 0)
        return g;
    uint32_t si = sent_of_tok(doc, s->tok_start); /* s may be a part of a sentence */
    for (size_t m = first; m-- > 0;) {
        const vg_mention *mn = &ex->mentions[m]; /* before the sentence */
        if (mn->sent + 3 < si)
            break;
        if (ex->ents[mn->entity].type == VG_ENT_ARMED_GROUP)
            return (int32_t)mn->entity;
    }
    return -1;
}

/* Whether tokens [a, b) of sentence s stand between a verb of saying and
 * the "that" of what is said ("said in a statement on its Amaq channel
 * that", "told reporters in Kabul that"). */
static int said_through(const inc_ctx *c, const vg_sent *s, size_t a, size_t b)
{
    const vg_doc *doc = c->doc;
    size_t q = a;
    while (q > s->tok_start && a - q < 10 && !speech_at(c, q - 1) &&
           !vg_tok_is(&doc->toks[q - 1], "that"))
        q--;
    if (q == s->tok_start || !speech_at(c, q - 1))
        return 0;
    /* "claimed the bombing in Mogadishu that killed five": the place of
     * the event told between the cue and the place */
    for (size_t k = q; k < a; k++)
        if (vg_extract_hit(doc, k, VG_LK_TRIGGER))
            return 0;
    for (size_t k = b; k < s->tok_end && k < b + 4; k++)
        if (vg_tok_is(&doc->toks[k], "that"))
            return 1;
    return 0;
}

enum { DIST_DAY, DIST_WEEK, DIST_MONTH, DIST_YEAR };

/* "a week after", "two days after", "3 months after" at tokens [k, k + 3)
 * (before end): how far before the later event the one told after "after"
 * happened, as a count (*n, 1..100) and a unit (*unit, DIST_*). */
static int distance_after(const vg_doc *doc, size_t k, size_t end, long *n, int *unit)
{
    /* "a decade to the day after": 2, the same day */
    int to_day = k + 5 < end && vg_tok_is(&doc->toks[k + 2], "to") && vg_tok_is(&doc->toks[k + 3], "the") &&
                 vg_tok_is(&doc->toks[k + 4], "day") && vg_tok_is(&doc->toks[k + 5], "after");
    if (!to_day && (k + 2 >= end || !vg_tok_is(&doc->toks[k + 2], "after")))
        return 0;
    const vg_token *num = &doc->toks[k], *u = &doc->toks[k + 1];
    if ((vg_tok_is(num, "a") || vg_tok_is(num, "one")) && vg_tok_is(u, "decade")) {
        *n = 10; /* "a decade after" */
        *unit = DIST_YEAR;
        return 1 + to_day;
    }
    double v = 1;
    if (!vg_tok_is(num, "a") && !vg_tok_is(num, "an") &&
        (vg_num_word(num->norm, num->normlen, &v) != 0 || v < 1 || v > 100 || v != (long)v))
        return 0;
    if (vg_tok_is(u, "day") || vg_tok_is(u, "days"))
        *unit = DIST_DAY;
    else if (vg_tok_is(u, "week") || vg_tok_is(u, "weeks"))
        *unit = DIST_WEEK;
    else if (vg_tok_is(u, "month") || vg_tok_is(u, "months"))
        *unit = DIST_MONTH;
    else if (vg_tok_is(u, "year") || vg_tok_is(u, "years"))
        *unit = DIST_YEAR;
    else
        return 0;
    *n = (long)v;
    return 1 + to_day;
}

static vg_wordlist day_parts = VG_WORDLIST("day", "night", "morning", "evening", "afternoon");

/* "That day a lone gunman ... opened fire": the day named by the last date
 * told before, within the two sentences before s (a date to the day, not
 * the report's dateline). */
static int that_day(const inc_ctx *c, const vg_sent *s, vg_timeref *out)
{
    const vg_doc *doc = c->doc;
    int found = 0;
    for (size_t k = s->tok_start; k + 1 < s->tok_end && !found; k++)
        found = (vg_tok_is(&doc->toks[k], "that") || vg_tok_is(&doc->toks[k], "same")) &&
                vg_tok_in(&doc->toks[k + 1], &day_parts);
    if (!found)
        return 0;
    size_t si = sent_of_tok(doc, s->tok_start);
    size_t lo = si >= 2 ? doc->sents[si - 2].start : 0;
    for (size_t t = vg_extract_first_time(doc, s->start); t-- > 0;) {
        const vg_timeref *tr = &c->ex->times[t];
        if (tr->start < lo)
            break;
        if (tr->tok_end <= c->dateline_end)
            continue;
        if (!tr->is_window && tr->value.prec == VG_DATE_DAY) {
            *out = *tr;
            return 1;
        }
    }
    return 0;
}

/* "a week after the Paris attacks", "a month after twin suicide bombings
 * at a peace rally in Ankara": the event whose trigger is at token trig
 * dated by its distance before the report's own event (the document's
 * first incident dated to the day, else the publication date). Days give
 * the day; weeks and months the month; years the year. */

static int dated_before(const inc_ctx *c, const vg_sent *s, size_t trig, vg_timeref *out)
{
    const vg_doc *doc = c->doc;
    size_t k = trig;
    while (k > s->tok_start && trig - k < 10 && !vg_tok_is(&doc->toks[k - 1], "after")) {
        /* "two days after the governor visited the market where the
         * bombing killed five": another clause's event */
        if (doc->toks[k - 1].kind == VG_TOK_PUNCT || vg_tok_in(&doc->toks[k - 1], &relative_words))
            return 0;
        k--;
    }
    long n;
    int unit;
    /* "a week after", "a decade to the day after" (the same day, years
     * before) */
    size_t from = k - 3;
    int dist = k >= s->tok_start + 3 ? distance_after(doc, k - 3, k, &n, &unit) : 0;
    if (!dist && k >= s->tok_start + 6 && distance_after(doc, k - 6, k, &n, &unit) == 2) {
        dist = 2;
        from = k - 6;
    }
    if (!dist)
        return 0;
    int prec = unit == DIST_DAY || dist == 2 ? VG_DATE_DAY : unit == DIST_YEAR ? VG_DATE_YEAR : VG_DATE_MONTH;
    long days = unit == DIST_DAY ? n : unit == DIST_WEEK ? 7 * n : 0;
    vg_date at = c->ex->anchor;
    for (size_t i = 0; i < c->ex->nincs; i++)
        if (c->ex->incs[i].has_date && c->ex->incs[i].date.value.prec == VG_DATE_DAY) {
            at = c->ex->incs[i].date.value;
            break;
        }
    if (!vg_date_valid(at) || at.prec != VG_DATE_DAY)
        return 0;
    vg_date d = vg_date_add_days(at, -days);
    if (unit == DIST_MONTH) { /* n months back */
        long m = (long)d.year * 12 + (d.month - 1) - n;
        d.year = (int16_t)(m / 12);
        d.month = (int8_t)(m % 12 + 1);
    }
    if (unit == DIST_YEAR)
        d.year = (int16_t)(d.year - n);
    d.prec = (int8_t)prec;
    if (prec < VG_DATE_DAY)
        d.day = 0;
    if (prec < VG_DATE_MONTH)
        d.month = 0;
    if (!vg_date_valid(d))
        return 0;
    memset(out, 0, sizeof *out);
    out->start = doc->toks[from].start;
    out->end = doc->toks[k - 1].end;
    out->tok_start = (uint32_t)from;
    out->tok_end = (uint32_t)k;
    out->value = d;
    out->relative = 1;
    return 1;
}

/* "the 2014 massacre at the Army Public School", "the 2008 Mumbai
 * attacks": a year naming the event whose trigger is at token trig (up to
 * three words between), after "the"; fills *out at year precision. */
static int year_of_event(const vg_doc *doc, const vg_sent *s, size_t trig, vg_timeref *out)
{
    for (size_t k = trig; k > s->tok_start + 1 && trig - k < 4; k--) {
        const vg_token *t = &doc->toks[k - 1];
        if (t->kind == VG_TOK_PUNCT)
            return 0;
        if (t->kind != VG_TOK_NUM)
            continue;
        int y = vg_tok_four_digits(t);
        if (y < 0 || !vg_tok_is(&doc->toks[k - 2], "the"))
            return 0;
        vg_date d = {(int16_t)y, 0, 0, VG_DATE_YEAR};
        if (y < 1900 || (vg_date_valid(doc->ex->anchor) && y > doc->ex->anchor.year))
            return 0;
        memset(out, 0, sizeof *out);
        out->start = t->start;
        out->end = t->end;
        out->tok_start = (uint32_t)(k - 1);
        out->tok_end = (uint32_t)k;
        out->value = d;
        return 1;
    }
    return 0;
}

/* Whether a physical target's name (not a category) starts at token k
 * (before end): "police station", "metro station". */
static int site_at(const inc_ctx *c, size_t k, size_t end)
{
    const vg_lex_hit *h = k < end ? vg_extract_hit(c->doc, k, VG_LK_TARGET) : NULL;
    return h && !vg_lex_target(c->lx, h->rec)->human && !(vg_lex_target(c->lx, h->rec)->flags & VG_TGF_CATEGORY);
}

/* Whether sentence s names a site other than facility f: another
 * facility, or a physical target joined to f ("Brussels airport and the
 * Maelbeek metro station"). */
static int other_site(const inc_ctx *c, const vg_sent *s, int32_t f)
{
    const vg_doc *doc = c->doc;
    const vg_extract *ex = c->ex;
    for (size_t m = vg_extract_first_mention(doc, s->tok_start);
         m < ex->nmentions && ex->mentions[m].tok_start < s->tok_end; m++) {
        const vg_mention *mn = &ex->mentions[m];
        if (ex->ents[mn->entity].type == VG_ENT_FACILITY && (int32_t)mn->entity != f)
            return 1;
        if ((int32_t)mn->entity != f || mn->tok_end >= s->tok_end || !vg_tok_is(&doc->toks[mn->tok_end], "and"))
            continue;
        for (size_t k = mn->tok_end + 1; k < mn->tok_end + 6; k++)
            if (site_at(c, k, s->tok_end))
                return 1;
    }
    return 0;
}

/* its people after the group's name: "Hezbollah commander", "three
 * al-Shabaab fighters" */
static vg_wordlist victim_members = VG_WORDLIST("fighters", "militants", "members", "member", "operatives",
                                                "operative", "gunmen", "insurgents");
static vg_wordlist victim_harms = VG_WORDLIST("kills", "kill");
static vg_wordlist doer_links = VG_WORDLIST("by", "when", "after", "as", "while", "before", "because", "since",
                                            "and", "but", "until", "once");

/* The first token of the victims named with the group at [a, b)
 * ("a senior Hezbollah commander"), SIZE_MAX when they are none
 * (vg_incident_victims_group). */
static size_t victims_start(const vg_doc *doc, size_t start, size_t a, size_t b, size_t end)
{
    if (b >= end || !(vg_tok_in(&doc->toks[b], &role_words) || vg_tok_in(&doc->toks[b], &victim_members)))
        return SIZE_MAX;
    for (size_t j = a; j > start && a - j < 4; j--) {
        /* (not "were killed by al-Shabaab fighters", "were killed when JNIM
         * fighters ambushed their convoy": the doers) */
        if (doc->toks[j - 1].kind == VG_TOK_PUNCT || vg_tok_in(&doc->toks[j - 1], &doer_links))
            return SIZE_MAX;
        if (vg_tok_in(&doc->toks[j - 1], &harm_words) || vg_tok_in(&doc->toks[j - 1], &victim_harms))
            return j;
    }
    return SIZE_MAX;
}

int vg_incident_victims_group(const vg_doc *doc, size_t start, size_t a, size_t b, size_t end)
{
    return victims_start(doc, start, a, b, end) != SIZE_MAX;
}

static vg_wordlist group_parts = VG_WORDLIST("branch", "branches", "wing", "wings", "cell", "cells",
                                            "unit", "units", "faction", "factions");
static vg_wordlist member_words = VG_WORDLIST("members", "member", "fighters", "soldiers", "troops",
                                             "personnel", "militiamen", "guards", "officers");

static vg_wordlist branch_words = VG_WORDLIST("branch", "branches", "affiliate", "affiliates", "franchise",
                                             "offshoot", "wing", "chapter", "faction", "splinter");

/* Whether group g, mentioned at tokens [a, k), is only the parent of
 * another group of the sentence, the one that acted: "JNIM (al-Qaida's
 * branch in the Sahel)", "Islamic State's Sinai affiliate, known as
 * Wilayat Sinai". */
static int parent_of(const vg_doc *doc, const vg_sent *s, size_t a, size_t k, uint32_t g)
{
    /* "The Jaime Martínez front, a dissident faction of the FARC": the
     * whole the part came from */
    size_t o = a > s->tok_start && vg_tok_is(&doc->toks[a - 1], "the") ? a - 1 : a;
    int of_whole = o >= s->tok_start + 2 && vg_tok_is(&doc->toks[o - 1], "of") &&
                   vg_tok_in(&doc->toks[o - 2], &branch_words);
    /* "al-Qaida's (regional) branch", "an al-Qaeda branch"; not "Boko
     * Haram and its offshoot ISWAP" */
    size_t j = k;
    if (j < s->tok_end && vg_tok_is(&doc->toks[j], "'s")) {
        j++;
        if (j + 1 < s->tok_end && doc->toks[j].kind == VG_TOK_WORD && !vg_tok_in(&doc->toks[j], &branch_words))
            j++;
    }
    if (!of_whole && (j >= s->tok_end || !vg_tok_in(&doc->toks[j], &branch_words)))
        return 0;
    const vg_extract *ex = doc->ex;
    for (size_t m = vg_extract_first_mention(doc, s->tok_start);
         m < ex->nmentions && ex->mentions[m].tok_start < s->tok_end; m++)
        if (ex->mentions[m].entity != g && ex->ents[ex->mentions[m].entity].type == VG_ENT_ARMED_GROUP)
            return 1;
    return 0;
}

/* Whether the place mentioned at token k only describes an armed group:
 * "JNIM (al-Qaida's branch in the Sahel)", "the group's affiliate in
 * Somalia", an aside in parentheses right after the group's name. */
static int describes_group(const inc_ctx *c, const vg_sent *s, size_t k)
{
    const vg_doc *doc = c->doc;
    /* ... a group's: not "a Kabul Bank branch in Jalalabad", "the ruling
     * party's youth wing in Bamenda" */
    if (k >= s->tok_start + 2 && (vg_tok_is(&doc->toks[k - 1], "in") || vg_tok_is(&doc->toks[k - 1], "of")) &&
        vg_tok_in(&doc->toks[k - 2], &branch_words))
        for (size_t j = k - 2; j > s->tok_start && k - 2 - j < 4; j--) {
            int32_t g = vg_extract_entity_at(doc, j - 1);
            if ((g >= 0 && c->ex->ents[g].type == VG_ENT_ARMED_GROUP) || vg_tok_is(&doc->toks[j - 1], "group"))
                return 1;
        }
    for (size_t j = k; j > s->tok_start && k - j < 12; j--) {
        const vg_token *t = &doc->toks[j - 1];
        if (vg_tok_punct(t, ')') || vg_extract_hit(doc, j - 1, VG_LK_TRIGGER))
            return 0;
        if (vg_tok_punct(t, '(')) {
            int32_t g = j - 1 > s->tok_start ? vg_extract_entity_at(doc, j - 2) : -1;
            return g >= 0 && c->ex->ents[g].type == VG_ENT_ARMED_GROUP;
        }
    }
    return 0;
}

/* Whether token k holds a physical target of the lexicon (not people). */
static int thing_at(const inc_ctx *c, size_t k)
{
    const vg_lex_hit *h = vg_extract_hit(c->doc, k, VG_LK_TARGET);
    return h && !vg_lex_target(c->lx, h->rec)->human;
}

static vg_wordlist carrying_words = VG_WORDLIST("carrying", "transporting", "ferrying", "escorting");

/* Whether the group mentioned at tokens [a, b) owns what was hit: "an SDF
 * checkpoint", "a checkpoint of the PKK apostates", "SDF members killed". */
static int owns_target(const inc_ctx *c, const vg_sent *s, size_t a, size_t b)
{
    const vg_doc *doc = c->doc;
    if (b < s->tok_end && thing_at(c, b))
        return 1;
    size_t j = a;
    if (j > s->tok_start && vg_tok_is(&doc->toks[j - 1], "the"))
        j--;
    /* not "the local branch of Islamic State": a part of the group */
    if (j >= s->tok_start + 2 && vg_tok_is(&doc->toks[j - 1], "of") && thing_at(c, j - 2) &&
        !vg_tok_in(&doc->toks[j - 2], &group_parts))
        return 1;
    /* "a convoy carrying Wagner Group personnel": who rode in what was hit */
    if (j >= s->tok_start + 3 && vg_tok_in(&doc->toks[j - 1], &carrying_words) && thing_at(c, j - 2))
        for (size_t v = j - 2; v > s->tok_start && j - 2 - v < 4; v--)
            if (vg_extract_hit(doc, v - 1, VG_LK_TRIGGER))
                return 1; /* "ambushed a convoy carrying"; not "A car carrying al-Shabaab fighters exploded" */
    /* ("SDF members killed in an airstrike", "ISIS fighters were
     * captured"; not "Boko Haram fighters killed five farmers": their
     * deed, the verb's object after it) */
    if (b + 1 < s->tok_end &&
        (vg_tok_in(&doc->toks[b], &role_words) || vg_tok_in(&doc->toks[b], &member_words)))
        for (size_t k = b + 1; k < s->tok_end && k < b + 3; k++)
            if (vg_tok_in(&doc->toks[k], &harm_words) &&
                (vg_tok_in(&doc->toks[k - 1], &be_forms) || k + 1 >= s->tok_end ||
                 (doc->toks[k + 1].kind != VG_TOK_WORD && doc->toks[k + 1].kind != VG_TOK_NUM) || /* "killed 10" */
                 vg_tok_in(&doc->toks[k + 1], &place_preps) ||
                 vg_tok_is(&doc->toks[k + 1], "by") || vg_tok_is(&doc->toks[k + 1], "during") ||
                 vg_tok_is(&doc->toks[k + 1], "when") || vg_tok_is(&doc->toks[k + 1], "after")))
                return 1;
    /* "killed four members of the Popular Mobilisation Forces", "six
     * fighters of al-Shabaab were killed": the group's own people harmed */
    if (j >= s->tok_start + 2 && vg_tok_is(&doc->toks[j - 1], "of") && vg_tok_in(&doc->toks[j - 2], &member_words)) {
        /* (not "soldiers were killed by fighters of al-Shabaab": the agent) */
        for (size_t k = j - 2; k > s->tok_start && j - 2 - k < 3 && !vg_tok_is(&doc->toks[k - 1], "by"); k--)
            if (vg_tok_in(&doc->toks[k - 1], &harm_words))
                return 1;
        /* (not "were killing civilians": doing it) */
        for (size_t k = b; k + 1 < s->tok_end && k < b + 3; k++) {
            const vg_token *h = &doc->toks[k + 1];
            if (vg_tok_in(&doc->toks[k], &be_forms) && vg_tok_in(h, &harm_words) && !vg_tok_gerund(h))
                return 1;
        }
    }
    return 0;
}

static vg_wordlist message_words = VG_WORDLIST("statement", "statements", "message", "broadcast", "broadcasts",
                                              "aired", "posted", "published", "video", "audio", "communique");

static vg_wordlist sent_words = VG_WORDLIST("sent", "delivered", "emailed", "faxed", "given", "released");

/* "claimed the attack through its Andalus radio station", "via their
 * Telegram channel", "in a statement broadcast on its Radio Andalus
 * station": the mention at a is the teller's own medium. */
static int channel_of(const vg_doc *doc, const vg_sent *s, size_t a)
{
    for (size_t j = a; j > s->tok_start + 1 && a - j < 5; j--) {
        const vg_token *t = &doc->toks[j - 1];
        /* "in a communique sent to a radio station", "in a message to
         * reporters": who it was sent to */
        if (vg_tok_is(t, "to") && ((j >= s->tok_start + 3 && vg_tok_in(&doc->toks[j - 2], &sent_words) &&
                                    vg_tok_in(&doc->toks[j - 3], &message_words)) ||
                                   vg_tok_in(&doc->toks[j - 2], &message_words)))
            return 1;
        if (vg_tok_in(t, &own_words)) {
            if (vg_tok_is(&doc->toks[j - 2], "through") || vg_tok_is(&doc->toks[j - 2], "via"))
                return 1;
            if (!vg_tok_is(&doc->toks[j - 2], "on"))
                return 0;
            for (size_t k = j - 2; k > s->tok_start && j - 2 - k < 3; k--)
                if (vg_tok_in(&doc->toks[k - 1], &message_words))
                    return 1;
            return 0;
        }
        if (t->kind != VG_TOK_WORD)
            return 0;
    }
    return 0;
}

static vg_wordlist nobody_words = VG_WORDLIST("no", "nobody", "none", "neither", "not", "n't", "never");
static vg_wordlist blame_words = VG_WORDLIST("blamed", "blames", "blame", "suspect", "suspects", "suspected",
                                             "accused", "accuses", "attributed", "attributes", "believe",
                                             "believed", "believes", "think", "thought");

/* "No group immediately claimed responsibility, but IS-K has carried out
 * numerous attacks": a claim nobody made; the groups named are no
 * perpetrators of the event, unless someone blames them ("but officials
 * blamed the Boko Haram faction", "security sources believed the pair
 * were held by fighters linked to the Islamic State Sahel Province"). */
static int nobody_claims(const vg_doc *doc, const vg_sent *s)
{
    if (sentence_has(doc, s, &blame_words))
        return 0;
    for (size_t k = s->tok_start; k < s->tok_end; k++) {
        if (!vg_tok_in(&doc->toks[k], &resp_words))
            continue;
        for (size_t j = k; j > s->tok_start && k - j < 4; j--)
            if (vg_tok_in(&doc->toks[j - 1], &nobody_words))
                return 1;
    }
    return 0;
}

static vg_wordlist strike_verbs = VG_WORDLIST("struck", "hit", "hits", "strikes", "targeted", "targeting",
                                              "attacked", "ambushed", "shelled", "bombed", "destroyed", "damaged", "torched",
                                              "burned", "burnt", "destroying", "damaging", "hitting",
                                              "striking", "torching", "missed");

static vg_wordlist figure_afters = VG_WORDLIST("in", "at", "on", "with", "this", "again", "online", "lately");
static vg_wordlist harmless_mods = VG_WORDLIST("smoke", "stink", "glitter", "paint", "water", "bath", "cherry",
                                               "truth", "confetti", "ticking", "demographic", "real", "true",
                                               "silver", "magic");
static vg_wordlist adjective_before = VG_WORDLIST("so", "too", "very", "more", "most", "less", "as", "is", "was",
                                                  "were", "are", "be", "been", "how");

/* Whether the weapon word or event noun [k, end) names no arm: "flares and
 * smoke bombs", "a truth bomb", "a ticking time bomb", "the real
 * hostage here is the taxpayer"; or "explosive" as an adjective ("so
 * explosive in the Premier League", "the atmosphere was explosive"). */
static vg_wordlist shoot_forms = VG_WORDLIST("shot", "shoot", "shoots", "shooting");
static vg_wordlist rise_afters = VG_WORDLIST("after", "to", "from", "as", "following", "since", "amid", "over",
                                            "sharply", "percent");
static vg_wordlist rise_units = VG_WORDLIST("%", "percent", "per", "points", "pc");

/* Whether a target of people starts in the n tokens from a ("into a
 * crowd", "into pedestrians"). */
static int people_within(const inc_ctx *c, size_t a, size_t end, size_t n)
{
    for (size_t j = a; j < end && j < a + n; j++) {
        const vg_lex_hit *h = vg_extract_hit(c->doc, j, VG_LK_TARGET);
        if (h && vg_lex_target(c->lx, h->rec)->human)
            return 1;
    }
    return 0;
}

static vg_wordlist toward_words = VG_WORDLIST("toward", "towards");
static vg_wordlist drill_words = VG_WORDLIST("exercise", "exercises", "drill", "drills", "test", "tests", "tested",
                                            "testing", "launch", "launches");

/* Whether a target row or a facility named starts in the n tokens from
 * a. */
static int site_within(const inc_ctx *c, size_t a, size_t end, size_t n)
{
    for (size_t j = a; j < end && j < a + n; j++) {
        if (vg_extract_hit(c->doc, j, VG_LK_TARGET))
            return 1;
        int32_t e = vg_extract_entity_at(c->doc, j);
        if (e >= 0 && c->ex->ents[e].type == VG_ENT_FACILITY)
            return 1;
    }
    return 0;
}

static vg_wordlist unrest_doers = VG_WORDLIST("protesters", "protestors", "demonstrators", "rioters", "settlers",
                                             "youths", "mob", "mobs", "vandals", "looters");

/* Whether the phrase from token a follows "set by" ("Fires set by
 * Israeli settlers", "A blaze set by protesters"). */
static int set_by(const vg_doc *doc, const vg_sent *s, size_t a)
{
    return a >= s->tok_start + 2 && vg_tok_is(&doc->toks[a - 1], "by") && vg_tok_is(&doc->toks[a - 2], "set");
}

static vg_wordlist burning_blasts = VG_WORDLIST("blast", "blasts", "explosion", "explosions", "bomb", "bombs",
                                                "bombing", "shelling", "shell", "shells", "strike", "airstrike",
                                                "missile", "rocket", "rockets", "grenade", "detonation");

/* Whether the clause of the verb at k opens with an explosion for its
 * subject: "the blast shattered windows and set nine cars on fire",
 * "Witnesses said the explosion burned three houses": what the bombing
 * burned, not an arson of its own (not "militants set fire to cars"). */
static int blast_subject(const inc_ctx *c, const vg_sent *s, size_t k)
{
    const vg_doc *doc = c->doc;
    size_t j = k;
    while (j > s->tok_start && k - j < 12 && !clause_punct(&doc->toks[j - 1]) && !speech_at(c, j - 1))
        j--;
    for (size_t p = j; p < k && p < j + 4; p++)
        if (vg_tok_in(&doc->toks[p], &burning_blasts))
            return 1;
    return 0;
}

/* Whether people who act are named in the 4 tokens from a: doers'
 * words ("arsonists", "unknown assailants"), crowds of unrest
 * ("protesters", "settlers"; not "farmers to clear land", "children
 * playing with matches") or a person or armed group named. */
static int doers_within(const inc_ctx *c, const vg_sent *s, size_t a)
{
    for (size_t j = a; j < s->tok_end && j < a + 4; j++) {
        if (vg_tok_in(&c->doc->toks[j], &perp_heads) || vg_tok_in(&c->doc->toks[j], &unrest_doers))
            return 1;
        int32_t e = vg_extract_entity_at(c->doc, j);
        if (e >= 0)
            return c->ex->ents[e].type == VG_ENT_PERSON || c->ex->ents[e].type == VG_ENT_ARMED_GROUP;
    }
    return 0;
}

/* Whether a body of the state is named in tokens [a, b) ("VDP
 * fighters", "army commandos"). */
static int state_named(const inc_ctx *c, size_t a, size_t b)
{
    for (size_t j = a; j < b; j++) {
        int32_t e = vg_extract_entity_at(c->doc, j);
        if (e >= 0 && c->ex->ents[e].type == VG_ENT_GOVERNMENT)
            return 1;
    }
    return 0;
}

static vg_wordlist accuse_verbs = VG_WORDLIST("blamed", "blames", "blame", "accused", "accuses", "accuse");
/* what onlookers say of an act: "The Taliban condemned the attack",
 * "Hamas praised the attack" */
static vg_wordlist stance_verbs = VG_WORDLIST("condemned", "condemns", "condemn", "denounced", "denounces", "praised",
                                              "praises", "hailed", "hails", "welcomed", "welcomes", "celebrated",
                                              "lauded", "applauded", "deplored", "decried", "mourned", "criticised",
                                              "criticized");

/* Whether the one named by mention mn is the subject of a verb of list
 * within three words ("Kyiv accused", "The Taliban strongly condemned";
 * not "was condemned"), or its agent ("was condemned by Hamas"). */
static int judge_of(const vg_doc *doc, const vg_sent *s, const vg_mention *mn, vg_wordlist *list)
{
    size_t b = mn->tok_start > s->tok_start && vg_tok_is(&doc->toks[mn->tok_start - 1], "the") ? mn->tok_start - 1
                                                                                                : mn->tok_start;
    if (b >= s->tok_start + 2 && vg_tok_is(&doc->toks[b - 1], "by") && vg_tok_in(&doc->toks[b - 2], list))
        return 1;
    for (size_t j = mn->tok_end; j < s->tok_end && j < mn->tok_end + 3; j++) {
        if (vg_tok_in(&doc->toks[j], list))
            return !vg_tok_in(&doc->toks[j - 1], &passive_be);
        if (doc->toks[j].kind == VG_TOK_PUNCT)
            break;
    }
    return 0;
}

/* Whether entity e is named in sentence s as the one who blames ("The
 * Kurdish-led SDF blamed Islamic State cells", "Kyiv accused Moscow"):
 * its mention, then a verb of blame within three words (not "was blamed
 * on"). */
static int accuser(const inc_ctx *c, const vg_sent *s, int32_t e)
{
    const vg_doc *doc = c->doc;
    for (size_t m = vg_extract_first_mention(doc, s->tok_start);
         m < c->ex->nmentions && c->ex->mentions[m].tok_start < s->tok_end; m++) {
        const vg_mention *mn = &c->ex->mentions[m];
        if ((int32_t)mn->entity == e && judge_of(doc, s, mn, &accuse_verbs))
            return 1;
    }
    return 0;
}

/* Whether "shot up" at k tells a rise: told in the active of no doers,
 * with no object after it but a preposition of change or a figure
 * ("Markets shot up after the speech", "Prices shot up 4%"; not "The bar
 * was shot up by gunmen", "Gunmen shot up 20 vehicles", "Gunmen shot up
 * the bar."). */
static int rose_at(const inc_ctx *c, const vg_sent *s, size_t k)
{
    const vg_doc *doc = c->doc;
    if (!vg_tok_in(&doc->toks[k], &shoot_forms) || k + 1 >= s->tok_end || !vg_tok_is(&doc->toks[k + 1], "up") ||
        (k > s->tok_start && (vg_tok_in(&doc->toks[k - 1], &be_forms) || vg_tok_in(&doc->toks[k - 1], &perp_heads))))
        return 0;
    size_t a = k + 2;
    if (a < s->tok_end && doc->toks[a].kind == VG_TOK_NUM)
        return a + 1 < s->tok_end && vg_tok_in(&doc->toks[a + 1], &rise_units);
    return a < s->tok_end && vg_tok_in(&doc->toks[a], &rise_afters);
}

static vg_wordlist kind_words = VG_WORDLIST("type", "kind", "sort", "similar", "design", "model", "size", "make",
                                           "variety", "calibre", "caliber", "different", "same", "new", "crude",
                                           "homemade", "powerful", "weight", "yield", "class", "style");

static vg_wordlist idiom_verbs = VG_WORDLIST("dodged", "dodge", "dodges", "dodging", "bite", "bit", "bites",
                                             "biting", "sweat", "sweated", "sweating");

static int harmless_weapon(const vg_doc *doc, const vg_sent *s, size_t k, size_t end)
{
    if (k > s->tok_start && vg_tok_in(&doc->toks[k - 1], &harmless_mods))
        return 1;
    /* "a bomb of a budget", "a rocket of a shot": what the thing is like
     * (not "a bomb of a similar design", "of a type used by") */
    if (end + 2 < s->tok_end && vg_tok_is(&doc->toks[end], "of") &&
        (vg_tok_is(&doc->toks[end + 1], "a") || vg_tok_is(&doc->toks[end + 1], "an")) && k > s->tok_start &&
        (vg_tok_is(&doc->toks[k - 1], "a") || vg_tok_is(&doc->toks[k - 1], "an")) &&
        !vg_tok_in(&doc->toks[end + 2], &kind_words))
        return 1;
    /* "had dodged a bullet", "bit the bullet", "sweating bullets" (not
     * "dodged a bomb thrown at a checkpoint") */
    if (doc->toks[k].normlen >= 6 && !memcmp(doc->toks[k].norm, "bullet", 6) && end == k + 1 &&
        (end >= s->tok_end || doc->toks[end].kind == VG_TOK_PUNCT || vg_tok_is(&doc->toks[end], "and") ||
         vg_tok_is(&doc->toks[end], "but") || vg_tok_is(&doc->toks[end], "as")))
        for (size_t j = k, n = 0; j > s->tok_start && n < 2; j--, n++)
            if (vg_tok_in(&doc->toks[j - 1], &idiom_verbs))
                return 1;
    if (k > s->tok_start + 1 && vg_tok_is(&doc->toks[k - 1], "time") && vg_tok_in(&doc->toks[k - 2], &harmless_mods))
        return 1; /* "a ticking time bomb": the bomb word alone */
    return end == k + 1 && vg_tok_is(&doc->toks[k], "explosive") && k > s->tok_start &&
           vg_tok_in(&doc->toks[k - 1], &adjective_before);
}

static vg_wordlist use_verbs = VG_WORDLIST("used", "using", "uses", "use");

/* The phrase ending before token k is what a passive verb of hitting
 * befalls: 'the air force said only "terrorist elements" were hit' (the
 * strike's targets, not its perpetrators; but "14 militants were killed"
 * as they fled are still the attackers). A word or two of the phrase
 * ("elements") and closing quotes may come first. */
static int struck_subject(const vg_doc *doc, const vg_sent *s, size_t k)
{
    size_t j = k;
    while (j < s->tok_end && j < k + 3 && !vg_tok_in(&doc->toks[j], &be_forms) &&
           (doc->toks[j].kind == VG_TOK_WORD || vg_tok_punct(&doc->toks[j], '"')))
        j++;
    if (j >= s->tok_end || !vg_tok_in(&doc->toks[j], &be_forms))
        return 0;
    /* "had been killed", not "its fighters had killed" */
    int perfect = vg_tok_is(&doc->toks[j], "had") || vg_tok_is(&doc->toks[j], "has") ||
                  vg_tok_is(&doc->toks[j], "have");
    j++;
    if (j < s->tok_end && vg_tok_is(&doc->toks[j], "been"))
        j++;
    else if (perfect)
        return 0;
    /* "were hit", not "were torching houses" */
    const vg_token *v = j < s->tok_end ? &doc->toks[j] : NULL;
    return v && vg_tok_in(v, &strike_verbs) && !vg_tok_gerund(v);
}

static vg_wordlist armed_mods = VG_WORDLIST("armed", "masked", "hooded");

/* Whether the plain "men" or "individuals" at token k are the subject of
 * a passive of harm: "Two men were shot dead outside a nightclub" (the
 * dead, not the doers); not "armed men", who are attackers when they fall. */
static int harmed_men(const vg_doc *doc, const vg_sent *s, size_t k)
{
    if (!(vg_tok_is(&doc->toks[k], "men") || vg_tok_is(&doc->toks[k], "individuals")) ||
        (k > s->tok_start && vg_tok_in(&doc->toks[k - 1], &armed_mods)))
        return 0;
    size_t j = past_aged(doc, s, k + 1);
    /* "officers found four men dead", "left two men dead" */
    if (j < s->tok_end && vg_tok_is(&doc->toks[j], "dead"))
        return 1;
    /* a headline's passive: "Two men shot dead in Kano", "Two men killed
     * near Jos" (not "Two men shot dead a trader", "Two men shot at a
     * patrol") */
    if (j < s->tok_end && vg_tok_in(&doc->toks[j], &harm_passives)) {
        size_t n = j + 1 + (j + 1 < s->tok_end && vg_tok_is(&doc->toks[j + 1], "dead"));
        /* (not "Two men shot, robbed and killed a taxi driver": a list of
         * their acts) */
        if (n < s->tok_end && vg_tok_punct(&doc->toks[n], ','))
            for (size_t v = n + 1; v < s->tok_end && v < n + 4; v++)
                if (vg_tok_is(&doc->toks[v], "and") || vg_tok_past(&doc->toks[v]) ||
                    vg_tok_in(&doc->toks[v], &harm_passives))
                    return 0;
        return n >= s->tok_end || doc->toks[n].kind == VG_TOK_PUNCT ||
               (vg_tok_in(&doc->toks[n], &place_preps) && !(n == j + 1 && vg_tok_is(&doc->toks[n], "at")));
    }
    if (j + 1 >= s->tok_end || !(vg_tok_is(&doc->toks[j], "were") || vg_tok_is(&doc->toks[j], "was")))
        return 0;
    j++;
    if (vg_tok_is(&doc->toks[j], "reportedly") || vg_tok_is(&doc->toks[j], "also"))
        j++;
    return j < s->tok_end && vg_tok_in(&doc->toks[j], &harm_passives);
}

/* The noun phrase starting at token a is what a verb of hitting acts on
 * ("struck a Frontier Corps vehicle", "ambushed the car"). */
static vg_wordlist beside_words = VG_WORDLIST("beside", "near", "outside", "behind", "alongside", "under",
                                              "underneath", "nearby");

static vg_wordlist rider_words = VG_WORDLIST("man", "woman", "people", "persons", "person", "fled", "escaped",
                                             "arrived", "sped", "drove", "driving", "travelling", "traveling",
                                             "riding", "came", "left");

/* Words of taking ("robbed an NGO vehicle", "made off with the car"); a
 * taken thing's determiner ("in a stolen car"); words of a vehicle taken
 * to be the weapon ("commandeered a truck and rammed it into"). */
static vg_wordlist taken_verbs = VG_WORDLIST("robbed", "stole", "stolen", "seized", "looted", "commandeered",
                                             "snatched", "carjacked", "robbing", "stealing", "seizing", "looting");
static vg_wordlist gone_words = VG_WORDLIST("off", "away", "fled", "escaped");
static vg_wordlist taken_dets = VG_WORDLIST("a", "an", "the", "their", "its", "his", "her", "in");
static vg_wordlist weapon_uses = VG_WORDLIST("rammed", "ramming", "used", "packed", "loaded", "laden", "drove",
                                            "detonated", "explosives");

/* The start of the noun phrase at a with its article, possessive or count
 * ("a car", "their motorcycle", "two pickup trucks"). */
static size_t ride_start(const vg_doc *doc, const vg_sent *s, size_t a)
{
    double nv;
    /* "in a stolen car", "in stolen ambulances" */
    if (a >= s->tok_start + 2 && vg_tok_in(&doc->toks[a - 1], &taken_verbs))
        return vg_tok_in(&doc->toks[a - 2], &taken_dets) && !vg_tok_is(&doc->toks[a - 2], "in") ? a - 2 : a - 1;
    if (a > s->tok_start && (vg_tok_in(&doc->toks[a - 1], &possessives) || doc->toks[a - 1].kind == VG_TOK_NUM ||
                             vg_num_word(doc->toks[a - 1].norm, doc->toks[a - 1].normlen, &nv) == 0))
        return a - 1;
    return a;
}

/* "a bomb left on a motorcycle": the noun phrase at a is where a thing
 * was left, not what anyone rode. */
static int left_on(const vg_doc *doc, const vg_sent *s, size_t a)
{
    size_t j = ride_start(doc, s, a);
    return j >= s->tok_start + 2 && vg_tok_is(&doc->toks[j - 2], "left");
}

/* "shot dead ... by two men on a motorcycle": the riders before the
 * noun phrase at a are a passive's agent. */
static int agent_riders(const vg_doc *doc, const vg_sent *s, size_t a)
{
    size_t j = ride_start(doc, s, a);
    for (size_t k = j >= 2 ? j - 2 : j; k > s->tok_start && j - k < 6; k--) {
        if (vg_tok_is(&doc->toks[k - 1], "by"))
            return 1;
        if (doc->toks[k - 1].kind == VG_TOK_PUNCT)
            return 0;
    }
    return 0;
}

static vg_wordlist getaway_words = VG_WORDLIST("fled", "escaped", "sped", "drove", "arrived", "came");
static int ridden_in(const vg_doc *doc, const vg_sent *s, size_t a, int from_ok);

/* The vehicle whose noun phrase starts at a is the attackers' own: ridden
 * in by the attackers ("gunmen on motorbikes"), to come or go ("arrived in
 * two pickup trucks", "fled in a taxi"), or by people before any act
 * ("Two men on a motorcycle shot dead ...") or as a passive's agent ("by
 * two men on a motorcycle"); not by people the act hit ("attacked
 * soldiers travelling in a convoy", "ambushed two men on a motorcycle"),
 * nor "a bomb left on a motorcycle", nor "kidnapped ... from a convoy". */
static int attackers_ride(const inc_ctx *c, const vg_sent *s, size_t a)
{
    const vg_doc *doc = c->doc;
    if (!ridden_in(doc, s, a, 0) || left_on(doc, s, a))
        return 0;
    size_t j = ride_start(doc, s, a);
    const vg_token *b = j >= s->tok_start + 2 ? &doc->toks[j - 2] : NULL;
    if (b && (vg_tok_in(b, &getaway_words) ||
              (vg_tok_in(b, &perp_heads) && !vg_tok_is(b, "men") && !vg_tok_is(b, "individuals"))))
        return 1;
    if (agent_riders(doc, s, a))
        return 1;
    for (size_t k = s->tok_start; k < a; k++) {
        const vg_lex_hit *h = vg_extract_hit(doc, k, VG_LK_TRIGGER);
        if (h && vg_lex_trigger(c->lx, h->rec)->verb)
            return 0;
    }
    return 1;
}

static vg_wordlist captive_verbs = VG_WORDLIST("forced", "bundled", "pushed", "dragged", "shoved", "herded",
                                             "took", "taken");

/* The noun phrase starting at token a is what people rode in: "from a
 * passing car" (unless from_ok is 0), "gunmen in a car", "two men on a
 * motorcycle", "aboard their motorcycle". */
static int ridden_in(const vg_doc *doc, const vg_sent *s, size_t a, int from_ok)
{
    size_t j = ride_start(doc, s, a); /* "in two pickup trucks" */
    /* ("gunmen in a car", "fled in a car", "two men on a motorcycle"; not
     * "a bomb hidden in a car", "a suicide bomber in a car", "fired on a
     * bus") */
    if (j <= s->tok_start)
        return 0;
    if ((from_ok && vg_tok_is(&doc->toks[j - 1], "from")) || vg_tok_is(&doc->toks[j - 1], "aboard"))
        return 1;
    /* "forced them into a vehicle", "bundled the hostages into a car",
     * "forced the three teachers into a vehicle": the captives taken away
     * in it */
    if (vg_tok_is(&doc->toks[j - 1], "into"))
        for (size_t v = j - 1; v > s->tok_start && j - v <= 5 && doc->toks[v - 1].kind == VG_TOK_WORD; v--)
            if (vg_tok_in(&doc->toks[v - 1], &captive_verbs))
                return 1;
    if (!(vg_tok_is(&doc->toks[j - 1], "in") || vg_tok_is(&doc->toks[j - 1], "on")) || j < s->tok_start + 2)
        return 0;
    const vg_token *b = &doc->toks[j - 2];
    return (vg_tok_in(b, &perp_heads) && !vg_tok_is(b, "bomber") && !vg_tok_is(b, "bombers")) ||
           vg_tok_in(b, &rider_words);
}

/* Whether the vehicle ending before token e carries people, and so was
 * hit, not driven into them: "A car carrying two contractors was fired
 * upon", "a bus carrying pilgrims"; not "a car carrying explosives", "a
 * car carrying suicide bombers", "a truck carrying fuel". The people
 * head the phrase carried, before any weapon or doer. */
static vg_wordlist carry_verbs = VG_WORDLIST("carrying", "transporting", "ferrying");
static int carries_people(const inc_ctx *c, const vg_sent *s, size_t e)
{
    const vg_doc *doc = c->doc;
    if (e + 1 >= s->tok_end || !vg_tok_in(&doc->toks[e], &carry_verbs))
        return 0;
    for (size_t j = e + 1; j < s->tok_end && j < e + 6 && doc->toks[j].kind == VG_TOK_WORD; j++) {
        const vg_token *t = &doc->toks[j];
        if (vg_extract_hit(doc, j, VG_LK_WEAPON) || vg_tok_in(t, &perp_heads))
            return 0;
        const vg_lex_hit *h = vg_extract_hit(doc, j, VG_LK_TARGET);
        if (vg_tok_in(t, &standing_heads) || vg_tok_in(t, &people_words) || vg_tok_in(t, &kin_words) ||
            (h && vg_lex_target(c->lx, h->rec)->human))
            return 1;
    }
    return 0;
}

static vg_wordlist suffered_verbs = VG_WORDLIST("looted", "burned", "burnt", "torched", "damaged", "destroyed", "hit",
                                               "struck", "ambushed", "attacked", "riddled", "targeted", "set");

/* Whether the vehicle ending before token e is the subject of a passive
 * of harm: "one truck was looted and burned" (not "a car was driven into
 * the crowd"). */
static int suffered_after(const vg_doc *doc, const vg_sent *s, size_t e)
{
    return e + 1 < s->tok_end && (vg_tok_is(&doc->toks[e], "was") || vg_tok_is(&doc->toks[e], "were")) &&
           vg_tok_in(&doc->toks[e + 1], &suffered_verbs);
}

static int hit_object(const vg_doc *doc, const vg_sent *s, size_t a)
{
    size_t j = a;
    /* "struck a Frontier Corps (FC) vehicle": the name's short form */
    if (j >= s->tok_start + 3 && vg_tok_punct(&doc->toks[j - 1], ')') && vg_tok_punct(&doc->toks[j - 3], '('))
        j = np_left(doc, j - 3, s->tok_start);
    if (j > s->tok_start && (vg_tok_in(&doc->toks[j - 1], &possessives)))
        j--;
    /* "robbed an NGO vehicle", "made off with the car": what was taken
     * (not "travelling in a stolen vehicle", the riders' own; nor
     * "commandeered a truck and rammed it into", taken to be the weapon) */
    if (j > s->tok_start && vg_tok_in(&doc->toks[j - 1], &strike_verbs))
        return 1;
    if (j > s->tok_start && vg_tok_in(&doc->toks[j - 1], &taken_verbs) &&
        !(j >= s->tok_start + 2 && vg_tok_in(&doc->toks[j - 2], &taken_dets))) {
        for (size_t x = a; x < s->tok_end; x++)
            if (vg_tok_in(&doc->toks[x], &weapon_uses))
                return 0;
        return 1;
    }
    if (j >= s->tok_start + 2 && vg_tok_is(&doc->toks[j - 1], "with") && vg_tok_in(&doc->toks[j - 2], &gone_words))
        return 1;
    /* "lobbed a grenade at a CRPF vehicle", "fired at a car"; "blew
     * herself up beside a van", "a bomb planted under a car": the site */
    if (j > s->tok_start && (vg_tok_is(&doc->toks[j - 1], "at") || vg_tok_in(&doc->toks[j - 1], &beside_words)))
        return 1;
    if (j > s->tok_start + 1 && vg_tok_is(&doc->toks[j - 1], "to") && vg_tok_is(&doc->toks[j - 2], "next"))
        return 1;
    /* "the ambush of a military truck", "an attack on a bus", "a drone
     * strike on a car" (a trigger of words ending there) */
    if (j <= s->tok_start + 1 || !(vg_tok_is(&doc->toks[j - 1], "of") || vg_tok_is(&doc->toks[j - 1], "on")))
        return 0;
    for (size_t x = j - 1; x > s->tok_start && j - x <= 3; x--) {
        const vg_lex_hit *h = vg_extract_hit(doc, x - 1, VG_LK_TRIGGER);
        if (h && x - 1 + h->ntok == j - 1)
            return 1;
    }
    /* ... "an Israeli strike on a car" (a strike from afar, no trigger) */
    return vg_tok_is(&doc->toks[j - 1], "on") && afar_strike(doc, s, j - 2);
}

/* The end of the capitalised words from token k ("the Hôtel [Les
 * Rôniers]"): k when there are none; at most four. None after a word in
 * capitals ("THE OFFICES OF A NEWSPAPER IN LIMA": a sentence in
 * capitals, no name). */
static size_t name_after(const vg_doc *doc, const vg_sent *s, size_t k)
{
    if (k > s->tok_start && (doc->toks[k - 1].flags & VG_TF_ALLCAP) && doc->toks[k - 1].normlen > 1)
        return k;
    size_t e = k;
    while (e < s->tok_end && e < k + 4 && doc->toks[e].kind == VG_TOK_WORD &&
           (doc->toks[e].flags & VG_TF_CAP))
        e++;
    return e;
}

static vg_wordlist ore_words = VG_WORDLIST("gold", "copper", "coal", "diamond", "diamonds", "silver", "iron",
                                           "salt", "tin", "uranium", "lithium", "cobalt", "emerald", "jade",
                                           "zinc", "nickel", "bauxite", "manganese", "coltan", "phosphate",
                                           "ore", "open-pit", "opencast", "mining", "artisanal");

/* Whether the "mine" at token k, its phrase from a, is a place of work:
 * an ore or a name right before it ("the Saindak copper mine", "a gold
 * mine", "the Grasberg mine"; not "a Taliban mine", a group's, nor "a
 * Soviet-era mine") or a mine's people after it ("mine workers"). */
static int mine_site(const inc_ctx *c, const vg_sent *s, size_t a, size_t k)
{
    const vg_doc *doc = c->doc;
    for (size_t j = a; j < k; j++)
        if (vg_tok_in(&doc->toks[j], &ore_words))
            return 1;
    const vg_token *n = k > s->tok_start + 1 ? &doc->toks[k - 1] : NULL;
    if (n && c->ex->casemode == VG_CASE_MIXED && n->kind == VG_TOK_WORD && (n->flags & VG_TF_CAP) &&
        !(n->flags & VG_TF_HYPHEN) && vg_extract_entity_at(doc, k - 1) < 0)
        return 1;
    return k + 1 < s->tok_end && (vg_tok_in(&doc->toks[k + 1], &trade_words) ||
                                  vg_tok_is(&doc->toks[k + 1], "employees") ||
                                  vg_tok_is(&doc->toks[k + 1], "site"));
}

/* "some Members of this House": a target word written as a name in
 * mixed-case text, inside a sentence, with no entity there. */
static int name_word(const inc_ctx *c, const vg_sent *s, size_t k)
{
    const vg_token *t = &c->doc->toks[k];
    return c->ex->casemode == VG_CASE_MIXED && k > s->tok_start && (t->flags & VG_TF_CAP) &&
           !(t->flags & VG_TF_ALLCAP) && vg_extract_entity_at(c->doc, k) < 0 &&
           !(c->doc->toks[k - 1].kind == VG_TOK_PUNCT) && name_after(c->doc, s, k + 1) == k + 1;
}

/* A word of words within n tokens before token a (not before from), with
 * no clause break between. */
static int word_in_clause_before(const vg_doc *doc, size_t from, size_t a, vg_wordlist *words, size_t n)
{
    for (size_t j = a; j > from && a - j < n; j--) {
        const vg_token *t = &doc->toks[j - 1];
        if (clause_punct(t))
            return 0;
        if (vg_tok_in(t, words))
            return 1;
    }
    return 0;
}

static vg_wordlist care_verbs = VG_WORDLIST("died", "treated", "taken", "admitted", "rushed", "evacuated",
                                            "transferred", "airlifted", "hospitalised", "hospitalized", "pronounced");

/* "died of his wounds in hospital", "were taken to a clinic": where the
 * hurt were cared for, not what was hit (token k, the place's word). */
static int cared_at(const vg_doc *doc, const vg_sent *s, size_t k)
{
    return word_in_clause_before(doc, s->tok_start, k, &care_verbs, 6);
}

/* "the Malta-flagged tanker", "a Nigeria-based group": a place joined to
 * a word of flag, base or origin names no site of the event. */
static int flag_of(const vg_doc *doc, const vg_mention *mn)
{
    static const char *const tails[] = {"-flagged", "-registered", "-owned", "-based", "-born",
                                        "-made", "-operated", "-bound", NULL};
    const char *p = doc->text + mn->end;
    size_t left = doc->len - mn->end;
    if (left == 0 || *p != '-') /* every tail opens with it */
        return 0;
    for (size_t k = 0; tails[k]; k++) {
        size_t n = strlen(tails[k]);
        if (left >= n && !strncasecmp(p, tails[k], n))
            return 1;
    }
    return 0;
}

/* An armed group is named within three words from token k ("of the
 * Islamic State group"). */
static int group_after(const vg_doc *doc, size_t k, size_t end)
{
    for (size_t j = k; j < end && j < k + 3; j++) {
        int32_t e = vg_extract_entity_at(doc, j);
        if (e >= 0)
            return doc->ex->ents[e].type == VG_ENT_ARMED_GROUP;
    }
    return 0;
}

/* Some government mention of s does not tell a statement: it acts. */
static int acting_state(const inc_ctx *c, const vg_sent *s)
{
    const vg_extract *ex = c->ex;
    for (size_t m = vg_extract_first_mention(c->doc, s->tok_start);
         m < ex->nmentions && ex->mentions[m].tok_start < s->tok_end; m++)
        if (ex->ents[ex->mentions[m].entity].type == VG_ENT_GOVERNMENT &&
            !vg_extract_holds_statement(c->doc, ex->mentions[m].tok_end, s->tok_end))
            return 1;
    return 0;
}

static vg_wordlist found_verbs = VG_WORDLIST("recovered", "found", "impounded", "located", "traced", "returned",
                                             "recover", "find");
static vg_wordlist extortion_words = VG_WORDLIST("hackers", "hacker", "hacking", "hacked", "ransomware", "malware",
                                                 "cyberattack", "cyber-attack", "servers", "server", "encrypted",
                                                 "computers");
static vg_wordlist freed_words = VG_WORDLIST("freeing", "freed", "releasing", "inmates", "prisoners",
                                             "detainees", "escapees");

/* "raided Kuje prison ..., freeing more than 800 inmates, including
 * dozens of militants": people set free (the perpetrator word at k among
 * those freed, "including" or "among" between), not doers (not "the
 * hostages were released ..., since the colombian guerrillas were
 * seeking publicity", "freed 12 passengers kidnapped by gunmen"). */
static int among_freed(const vg_doc *doc, const vg_sent *s, size_t k)
{
    int among = 0;
    for (size_t j = k; j > s->tok_start && k - j < 10; j--) {
        const vg_token *t = &doc->toks[j - 1];
        if (vg_tok_punct(t, ';') || vg_tok_punct(t, ':') || vg_tok_in(t, &clause_openers) || vg_tok_is(t, "but") ||
            vg_tok_is(t, "by"))
            return 0;
        among |= vg_tok_is(t, "including") || vg_tok_is(t, "among");
        if (among && vg_tok_in(t, &freed_words))
            return 1;
    }
    return 0;
}

static int scene_day(const inc_ctx *c, const vg_sent *s, vg_timeref *out);
static int field_date(inc_ctx *c, const vg_sent *s, vg_timeref *out);
static int32_t field_place(const inc_ctx *c, const vg_sent *s);
static int clock_today(const inc_ctx *c, const vg_sent *s, vg_timeref *out);
static int header_day(const inc_ctx *c, const vg_sent *s, vg_timeref *out);
static int has_trigger(const vg_doc *doc, size_t a, size_t b);

/* Whether sentence p tells an event: a word of one that made an incident
 * ("Explosions rocked Mogadishu last night. Al Shabaab stormed a beach
 * hotel ...": a lead whose word of uncertain sense made none only sets the
 * scene of the next). */
static int tells_event(const inc_ctx *c, const vg_sent *p)
{
    /* (only the story's lead: further on, such a sentence sums up) */
    int lead = p - c->doc->sents <= 1;
    int any = 0, sure = !lead;
    for (size_t k = p->tok_start; k < p->tok_end && !(any && sure); k++) {
        const vg_lex_hit *h = vg_extract_hit(c->doc, k, VG_LK_TRIGGER);
        const vg_trigger *tr = h ? vg_lex_trigger(c->lx, h->rec) : NULL;
        any |= tr != NULL;
        /* (only a noun of uncertain sense, in a sentence that forecasts
         * nothing, sets a scene: not "ISIS may attack mosques") */
        sure |= (tr && (!(tr->flags & VG_TRF_AMBIGUOUS) || tr->verb)) ||
                vg_tok_in(&c->doc->toks[k], &future_modals) || vg_extract_hit(c->doc, k, VG_LK_HEDGE);
    }
    if (!any)
        return 0;
    if (sure)
        return 1;
    for (size_t i = 0; i < c->ex->nincs; i++)
        for (uint32_t e = 0; e < c->ex->incs[i].nevidence; e++)
            if (c->ex->incs[i].evidence[e].start < p->end && c->ex->incs[i].evidence[e].end > p->start)
                return 1;
    return 0;
}

static vg_wordlist charge_words = VG_WORDLIST("guilty", "convicted", "acquitted", "accused", "charged",
                                              "charges", "charge", "counts", "count", "indicted");

/* The noun at k is in the list of what someone is found guilty of or
 * charged with: back through words, numbers, commas and "and" to
 * "<charge word> of|with" ("guilty of two counts of murder, seven counts
 * of attempted murder and aggravated arson"). */
static vg_wordlist charge_mods = VG_WORDLIST("attempted", "aggravated", "premeditated", "armed",
                                             "organised", "organized", "related");

/* "arrested two men suspected of placing a bomb", "accused of planting
 * explosives": the act at k (or the gerund before its object) is what
 * someone is held for, not an event told here. */
static int held_for(const vg_doc *doc, const vg_sent *s, size_t k)
{
    for (size_t g = k + 1; g > s->tok_start + 2 && k + 1 - g < 4; g--) {
        const vg_token *t = &doc->toks[g - 1];
        if (g - 1 < k && t->kind != VG_TOK_WORD)
            return 0;
        if (!vg_tok_gerund(t))
            continue;
        const vg_token *p = &doc->toks[g - 2], *w = &doc->toks[g - 3];
        return (vg_tok_is(p, "of") || vg_tok_is(p, "with")) &&
               (vg_tok_in(w, &charge_words) || vg_tok_is(w, "suspected") || vg_tok_is(w, "suspicion"));
    }
    return 0;
}

static int charged_with(const vg_doc *doc, const vg_sent *s, size_t k)
{
    for (size_t j = k; j > s->tok_start + 1 && k - j < 16; j--) {
        const vg_token *p = &doc->toks[j - 1];
        if (p->kind == VG_TOK_PUNCT && !(p->normlen == 1 && p->norm[0] == ','))
            return 0;
        /* a verb between: "convicted of terrorism offences carried out a
         * knife attack" is an attack */
        if (vg_tok_past(p) &&
            !vg_tok_in(p, &charge_mods) && !vg_tok_in(p, &charge_words))
            return 0;
        if ((vg_tok_is(p, "of") || vg_tok_is(p, "with")) && vg_tok_in(&doc->toks[j - 2], &charge_words))
            return 1;
    }
    return 0;
}

/* "31 people were dead, most of them killed with machetes, and a dozen
 * houses had been set on fire": a massacre that burned, not an arson. */
static void burned_massacre(vg_incident *inc)
{
    if (inc->type == VG_INC_ARSON && inc->killed > 0 && inc->arms) {
        inc->type = VG_INC_ARMED_ASSAULT;
        inc->muc_type = VG_MUC_ATTACK;
    }
}

/* Both tell the same number of dead or of hurt (some). */
static int same_toll(const vg_incident *x, const vg_incident *y)
{
    return (x->killed > 0 && x->killed == y->killed) || (x->injured > 0 && x->injured == y->injured);
}

static vg_wordlist guilty_verbs = VG_WORDLIST("sentenced", "convicted", "jailed");
static vg_wordlist accused_verbs = VG_WORDLIST("arrested", "detained", "charged", "indicted", "tried", "acquitted",
                                               "extradited", "prosecuted", "questioned");

/* The verb before a person phrase: 1 when it finds the person guilty
 * ("sentenced"), -1 when it accuses or holds the person ("arrested"),
 * else 0. */
static int judged_object(const vg_token *verb)
{
    if (vg_tok_in(verb, &guilty_verbs))
        return 1;
    return vg_tok_in(verb, &accused_verbs) ? -1 : 0;
}

/* A named person right before an attacker's own act (vg_ent_hand_deeds)
 * is the doer ("when Salman Abedi detonated a homemade bomb", "Anis Amri
 * rammed a truck into"); not "Omar Hassan, shot by police". */
static int named_doer(const vg_doc *doc, const vg_sent *s, size_t end)
{
    if (end >= s->tok_end || !vg_tok_in(&doc->toks[end], &vg_ent_hand_deeds))
        return 0;
    return !(end + 1 < s->tok_end && vg_tok_is(&doc->toks[end + 1], "by"));
}

static vg_wordlist deed_words = VG_WORDLIST("act", "acts", "action", "actions", "incident", "plot", "threat", "motive",
                                             "motives", "link", "links", "ties", "angle", "intent");
/* "bombed rebel positions", "attacked militant hideouts": the ground a side
 * holds, which the attack hit after its verb, not who attacked ("Rebel
 * positions opened fire", "the rebel base commander led an attack" are
 * the doers) */
static vg_wordlist held_ground = VG_WORDLIST("positions", "position", "hideout", "hideouts", "camp", "camps",
                                             "base", "bases", "stronghold", "strongholds", "enclave",
                                             "enclaves", "bastion", "bastions", "trenches", "bunkers",
                                             "lair", "lairs", "den", "dens");

static int held_struck(const inc_ctx *c, const vg_sent *s, size_t k)
{
    return k + 1 < s->tok_end && vg_tok_in(&c->doc->toks[k + 1], &held_ground) &&
           has_trigger(c->doc, s->tok_start, k);
}

/* "the National Liberation Army (ELN) guerrilla": the singular
 * "guerrilla" right after an armed group's name is the group (Spanish
 * "la guerrilla"), not one fighter; "Shining Path guerrillas" are fighters. */
static int group_before(const inc_ctx *c, const vg_sent *s, size_t k)
{
    if (!vg_tok_is(&c->doc->toks[k], "guerrilla"))
        return 0;
    if (k <= s->tok_start)
        return 0;
    size_t j = k - 1;
    if (j > s->tok_start + 1 && vg_tok_is(&c->doc->toks[j], ")"))
        j--; /* "(ELN)" */
    int32_t e = vg_extract_entity_at(c->doc, j);
    return e >= 0 && c->ex->ents[e].type == VG_ENT_ARMED_GROUP;
}

/* The text of tokens [k, end) is exactly s, case included. */
static int text_is(const vg_doc *doc, size_t k, size_t end, const char *s)
{
    size_t a = doc->toks[k].start, b = doc->toks[end - 1].end;
    return strlen(s) == b - a && !memcmp(doc->text + a, s, b - a);
}

static vg_wordlist legal_before = VG_WORDLIST("additional", "criminal", "formal", "fresh", "new", "face",
                                              "faces", "facing", "filed", "file", "filing", "pressed",
                                              "dropped", "terrorism", "murder");

/* "additional charges for violation of RA 10591", "faces charges of
 * murder": charges of a court, not explosive charges. */
static int legal_charge(const vg_doc *doc, const vg_sent *s, size_t k, size_t end)
{
    if (!vg_tok_is(&doc->toks[k], "charges") && !vg_tok_is(&doc->toks[k], "charge"))
        return 0;
    if (k > s->tok_start && vg_tok_in(&doc->toks[k - 1], &legal_before))
        return 1;
    return end < s->tok_end && (vg_tok_is(&doc->toks[end], "for") || vg_tok_is(&doc->toks[end], "against") ||
                                 (vg_tok_is(&doc->toks[end], "of") && end + 1 < s->tok_end &&
                                  !vg_extract_hit(doc, end + 1, VG_LK_WEAPON)));
}

/* An incident noun starts at token k ("attack", not "attacked"). */
static int trigger_noun_at(const inc_ctx *c, size_t k)
{
    const vg_lex_hit *h = vg_extract_hit(c->doc, k, VG_LK_TRIGGER);
    return h && !vg_lex_trigger(c->lx, h->rec)->verb;
}

static vg_wordlist belong_words = VG_WORDLIST("belong", "belonged", "belongs", "belonging", "linked",
                                              "affiliated", "members");

/* "the assailants belong to the so-called Islamic State in the Greater
 * Sahara": who the doers were, told after the event. */
static int doers_belong(const vg_doc *doc, const vg_sent *s)
{
    for (size_t k = s->tok_start; k + 1 < s->tok_end; k++) {
        if (!vg_tok_in(&doc->toks[k], &perp_heads))
            continue;
        for (size_t j = k + 1; j < s->tok_end && j < k + 4; j++)
            if (vg_tok_in(&doc->toks[j], &belong_words))
                return 1;
    }
    return 0;
}

/* "the attack", "this raid": an incident noun named as known. */
static int definite_event(const inc_ctx *c, const vg_sent *s)
{
    for (size_t k = s->tok_start + 1; k < s->tok_end; k++)
        if ((vg_tok_is(&c->doc->toks[k - 1], "the") || vg_tok_is(&c->doc->toks[k - 1], "this")) &&
            trigger_noun_at(c, k))
            return 1;
    return 0;
}

static int forces_subject(const inc_ctx *c, const vg_sent *s, size_t k);
static int unarmed_harmed(const inc_ctx *c, const vg_sent *s, size_t k);
/* One person who may be the doer ("a man threw a grenade"), and what may
 * come between them and the act ("a man on a motorcycle", "with a knife"). */
static vg_wordlist lone_doers = VG_WORDLIST("man", "woman", "teenager", "youth", "individual");
static vg_wordlist doer_preps = VG_WORDLIST("on", "in", "with", "riding", "wearing", "carrying");

/* 1 when trigger tr's lemma is w, or with prefix, begins with w (a
 * literal): its first letter turns most lemmas away before the string
 * compare, a call (event_trigger asks a dozen of each candidate word). */
VG_TOK_INLINE int lemma_is(const vg_trigger *tr, const char *w)
{
    return tr->lemma && tr->lemma[0] == w[0] && strcmp(tr->lemma, w) == 0;
}

VG_TOK_INLINE int lemma_starts(const vg_trigger *tr, const char *w)
{
    return tr->lemma && tr->lemma[0] == w[0] && strncmp(tr->lemma, w, strlen(w)) == 0;
}

/* "the driver detonated the explosives": people right before a verb of
 * attack with its object after it do it, and are no victims (not "a
 * soldier killed in the blast", a verb of harm; not "an aid worker
 * kidnapped in Abalak", a participle with where or when after it). */
static vg_wordlist object_dets = VG_WORDLIST("the", "a", "an", "his", "her", "their", "its", "one", "two", "three", "several",
                                             "himself", "herself", "themselves");
static int acting_subject(const inc_ctx *c, const vg_sent *s, size_t end)
{
    const vg_doc *doc = c->doc;
    const vg_lex_hit *h = end < s->tok_end ? vg_extract_hit(doc, end, VG_LK_TRIGGER) : NULL;
    const vg_trigger *tr = h ? vg_lex_trigger(c->lx, h->rec) : NULL;
    size_t after = end + (h ? h->ntok : 0);
    if (!tr || !tr->verb || (tr->flags & (VG_TRF_EFFECT | VG_TRF_LEGAL | VG_TRF_CLAIM | VG_TRF_THREAT)) ||
        vg_tok_gerund(&doc->toks[end]) || after >= s->tok_end)
        return 0;
    /* "the driver detonated ...": a bomb's own verb; else an object must
     * follow ("a guard shot two men"; not "villagers attacked with
     * machetes", "aid workers abducted Monday") */
    const vg_token *o = &doc->toks[after];
    return (lemma_starts(tr, "detonate") || lemma_starts(tr, "blow")) ||
           vg_tok_in(o, &object_dets) || o->kind == VG_TOK_NUM;
}

/* "Soldiers fired on protesters", "police attacked the marchers": people
 * right before an active attack verb that hits someone or something after
 * it did the attacking; a state's forces before a verb of harm too
 * ("Soldiers killed three civilians"). */
static int attack_subject(const inc_ctx *c, const vg_sent *s, size_t end)
{
    const vg_lex_hit *h = end < s->tok_end ? vg_extract_hit(c->doc, end, VG_LK_TRIGGER) : NULL;
    if (!h)
        return 0;
    const vg_trigger *tr = vg_lex_trigger(c->lx, h->rec);
    if (tr && tr->verb && (tr->flags & VG_TRF_EFFECT) && forces_subject(c, s, end))
        return 1;
    /* "A man killed three people": one person who killed people did it
     * (not "The blast killed", no person) */
    int lone = tr && tr->verb && (tr->flags & VG_TRF_EFFECT) && end > s->tok_start &&
               vg_tok_in(&c->doc->toks[end - 1], &lone_doers);
    if (!lone && (!tr || !tr->verb || (tr->flags & (VG_TRF_EFFECT | VG_TRF_LEGAL | VG_TRF_CLAIM | VG_TRF_THREAT)) ||
                  tr->type == VG_INC_SECURITY_OPERATION))
        return 0;
    size_t after = end + h->ntok;
    for (size_t k = after; k < s->tok_end && k < after + 4; k++) {
        if (clause_punct(&c->doc->toks[k]))
            return 0;
        const vg_lex_hit *t = vg_extract_hit(c->doc, k, VG_LK_TARGET);
        if (t && !(vg_lex_target(c->lx, t->rec)->flags & VG_TGF_CATEGORY) &&
            (!lone || vg_lex_target(c->lx, t->rec)->human))
            return 1;
    }
    return 0;
}

static vg_wordlist proxy_words = VG_WORDLIST("proxy", "front", "offshoot", "splinter", "breakaway");

/* "The Resistance Front (TRF), a proxy of Lashkar-e-Taiba": the group
 * behind the one that acted, not the doer. */
static int patron_of(const vg_doc *doc, const vg_sent *s, size_t k)
{
    size_t j = k;
    if (j > s->tok_start && (vg_tok_is(&doc->toks[j - 1], "the")))
        j--;
    return j >= s->tok_start + 2 && (vg_tok_is(&doc->toks[j - 1], "of") || vg_tok_is(&doc->toks[j - 1], "for")) &&
           vg_tok_in(&doc->toks[j - 2], &proxy_words);
}

/* The first token of the name that token a lies within, else a: "the
 * United Nations Organization Stabilization Mission" from "Nations". */
static size_t name_start(const inc_ctx *c, size_t a)
{
    for (size_t m = vg_extract_first_mention(c->doc, a > 8 ? a - 8 : 0);
         m < c->ex->nmentions && c->ex->mentions[m].tok_start < a; m++)
        if (c->ex->mentions[m].tok_end > a) {
            size_t f = c->ex->mentions[m].tok_start;
            return vg_tok_is(&c->doc->toks[f], "the") ? f + 1 : f; /* not "the" of "the police" */
        }
    return a;
}

/* Whether the armed group of mention mn is named in an aside on another
 * group: "attribute the attack to the CJNG, which is fighting a cell
 * linked to the Sinaloa Cartel". */
static int group_aside(const inc_ctx *c, const vg_sent *s, const vg_mention *mn)
{
    const vg_doc *doc = c->doc;
    for (size_t j = mn->tok_start; j > s->tok_start + 1 && mn->tok_start - j < 14; j--) {
        const vg_token *t = &doc->toks[j - 1];
        /* (not "Boko Haram, which split in 2016, and ISWAP": the aside
         * closed before it) */
        if (clause_punct(t) || (j == mn->tok_start && vg_tok_is(t, "and")))
            return 0;
        if ((vg_tok_is(t, "which") || vg_tok_is(t, "who")) && vg_tok_punct(&doc->toks[j - 2], ',')) {
            int32_t g = j >= s->tok_start + 3 ? vg_extract_entity_at(doc, j - 3) : -1;
            return g >= 0 && g != (int32_t)mn->entity && c->ex->ents[g].type == VG_ENT_ARMED_GROUP;
        }
    }
    return 0;
}

static vg_wordlist hide_words = VG_WORDLIST("hiding", "hid", "hidden", "sheltering", "holed", "staying", "stayed",
                                           "living", "lived", "based", "meeting", "gathered", "camped");

/* Whether the group of mention mn is where the act struck, told in a
 * clause of the place ("stormed homes where Los Lobos members were said
 * to be hiding", "a camp in which ELN fighters were staying"). */
static int group_sheltered(const vg_doc *doc, const vg_sent *s, const vg_mention *mn)
{
    int opened = 0;
    for (size_t j = mn->tok_start; j > s->tok_start && mn->tok_start - j < 4 && !opened; j--) {
        const vg_token *t = &doc->toks[j - 1];
        if (clause_punct(t))
            return 0;
        opened = vg_tok_is(t, "where") || (vg_tok_is(t, "which") && j >= s->tok_start + 2 &&
                                           (vg_tok_is(&doc->toks[j - 2], "in") || vg_tok_is(&doc->toks[j - 2], "at")));
    }
    for (size_t j = mn->tok_end; opened && j < s->tok_end && j < mn->tok_end + 7; j++) {
        if (clause_punct(&doc->toks[j]))
            return 0;
        if (vg_tok_in(&doc->toks[j], &hide_words))
            return 1;
    }
    return 0;
}

static vg_wordlist settlement_words = VG_WORDLIST("village", "villages", "town", "towns", "hamlet", "community",
                                                 "communities", "city", "port", "harbour", "harbor", "district",
                                                 "suburb", "neighborhood", "neighbourhood", "municipality", "region",
                                                 "center", "centre", "outskirts", "heart");

/* Whether the person word at token j is the object of an act's verb
 * ("wounded a judge", "shot the judge"). */
static int struck_person(const inc_ctx *c, const vg_sent *s, size_t j)
{
    for (size_t v = j; v > s->tok_start && j - v < 3; v--) {
        const vg_lex_hit *h = vg_extract_hit(c->doc, v - 1, VG_LK_TRIGGER);
        if (h && vg_lex_trigger(c->lx, h->rec)->verb && v - 1 + h->ntok <= j)
            return 1;
        if (c->doc->toks[v - 1].kind != VG_TOK_WORD)
            return 0;
    }
    return 0;
}

/* The verb after an auxiliary of the perfect at token k ("had killed",
 * "have attacked"; not "had been killed"), else k. */
static size_t perfect_verb(const vg_doc *doc, const vg_sent *s, size_t k)
{
    if (k + 1 < s->tok_end && (vg_tok_is(&doc->toks[k], "had") || vg_tok_is(&doc->toks[k], "have") ||
                               vg_tok_is(&doc->toks[k], "has")) &&
        !vg_tok_is(&doc->toks[k + 1], "been") && vg_tok_past(&doc->toks[k + 1]))
        return k + 1;
    return k;
}

/* Fills the roles of inc from sentence s around trigger token i. */
/* An incident of that type with nothing told yet, its trigger at token
 * trig. */
static void blank_incident(vg_incident *inc, int type, int muc_type, size_t trig)
{
    memset(inc, 0, sizeof *inc);
    inc->type = (uint8_t)type;
    inc->muc_type = (uint8_t)muc_type;
    inc->place = -1;
    inc->killed = inc->injured = -1;
    inc->claim = -1;
    inc->trigger_tok = (uint32_t)trig;
}

/* (with nobody_words) "have not arrested anyone" */
static vg_wordlist anyone_words = VG_WORDLIST("anyone", "anybody", "not");

/* The arrest verb of the clause before the event noun at trig that it is
 * made over ("arrested seven suspects ... over the kidnapping of a
 * businessman", "detained a man in connection with the killing"), SIZE_MAX
 * when there is none (nor when the arrest is denied or ahead: "no one has
 * been arrested over the attack"). */
static size_t arrest_before(const inc_ctx *c, const vg_sent *s, size_t trig)
{
    const vg_doc *doc = c->doc;
    if (trig < s->tok_start + 4 ||
        !(vg_tok_is(&doc->toks[trig - 1], "the") || vg_tok_is(&doc->toks[trig - 1], "a") ||
          vg_tok_is(&doc->toks[trig - 1], "an")) ||
        !(vg_tok_is(&doc->toks[trig - 2], "over") || vg_tok_is(&doc->toks[trig - 2], "with") ||
          vg_tok_is(&doc->toks[trig - 2], "for")))
        return SIZE_MAX;
    for (size_t k = s->tok_start; k + 2 < trig; k++) {
        const vg_lex_hit *h = vg_extract_hit(doc, k, VG_LK_TRIGGER);
        if (!h)
            continue;
        const vg_trigger *t = vg_lex_trigger(c->lx, h->rec);
        if (t->type != VG_INC_SECURITY_OPERATION || !t->verb || !vg_tok_past(&doc->toks[k]))
            return SIZE_MAX;
        if (negated_before(doc, k, s->tok_start) || hypothetical(doc, k, s->tok_start) ||
            vg_extract_words_in(doc, k + 1, trig, &nobody_words) || vg_extract_words_in(doc, k + 1, trig, &anyone_words))
            return SIZE_MAX; /* ("had arrested nobody over the attack") */
        return k;
    }
    return SIZE_MAX;
}

/* Whether the trigger at token trig of sentence s tells of fighting
 * between parties it names ("a gun battle between rival gangs, officials
 * said": those who tell of it did not fight; but "soldiers died in a
 * clash, the army said"). */
static int combat_told(const inc_ctx *c, const vg_sent *s, size_t trig)
{
    if (trig < s->tok_start || trig >= s->tok_end)
        return 0;
    const vg_lex_hit *h = vg_extract_hit(c->doc, trig, VG_LK_TRIGGER);
    return h && (vg_lex_trigger(c->lx, h->rec)->flags & VG_TRF_MILITARY) && trig + h->ntok < s->tok_end &&
           vg_tok_is(&c->doc->toks[trig + h->ntok], "between");
}

static vg_wordlist feud_parties = VG_WORDLIST("gangs", "gang", "cartels", "cartel", "factions", "clans", "tribes",
                                             "militias", "gangsters", "traffickers");
static vg_wordlist state_parties = VG_WORDLIST("police", "policemen", "troops", "soldiers", "army", "forces",
                                              "military", "security", "officers", "gendarmes", "authorities");

/* Whether the fighting at token trig is between armed parties none of
 * them the state's ("a gun battle between rival gangs", "clashes between
 * two cartels"): violence among them, no security operation (not "a
 * gun battle between police and gang members"). */
static int feud_between(const inc_ctx *c, const vg_sent *s, size_t trig)
{
    if (!combat_told(c, s, trig))
        return 0;
    const vg_doc *doc = c->doc;
    size_t from = trig + vg_extract_hit(doc, trig, VG_LK_TRIGGER)->ntok + 1;
    int feud = 0;
    for (size_t j = from; j < s->tok_end && j < from + 8 && !clause_punct(&doc->toks[j]); j++) {
        if (vg_tok_in(&doc->toks[j], &state_parties))
            return 0;
        feud |= vg_tok_in(&doc->toks[j], &feud_parties);
    }
    return feud;
}

/* Whether bytes [a, b) overlap a victim inc already holds. */
static int victim_told(const vg_incident *inc, uint32_t a, uint32_t b)
{
    for (uint32_t k = 0; k < inc->nvictims; k++)
        if (inc->victims[k].start < b && a < inc->victims[k].end)
            return 1;
    return 0;
}

static vg_wordlist memorial_nouns = VG_WORDLIST("anniversary", "anniversaries", "commemoration", "memory",
                                                "remembrance", "memorial");

/* Whether the event at token trig is named as one recalled: "to mark
 * eight years since the Manchester Arena bombing", "on the anniversary
 * of the 2017 attack" (the day of the sentence is the remembering's). */
static int recalled_name(const vg_doc *doc, const vg_sent *s, size_t trig)
{
    for (size_t j = trig; j > s->tok_start + 1 && trig - j < 5; j--) {
        const vg_token *t = &doc->toks[j - 1];
        if (t->kind != VG_TOK_WORD && t->kind != VG_TOK_NUM)
            return 0;
        if (!vg_tok_is(t, "the"))
            continue;
        const vg_token *p = &doc->toks[j - 2];
        return vg_tok_is(p, "since") ||
               (vg_tok_is(p, "of") && j >= s->tok_start + 3 && vg_tok_in(&doc->toks[j - 3], &memorial_nouns));
    }
    return 0;
}

/* Whether the target hit h at [k, end) is people who take no part in the
 * fighting (targets.tsv, kind "civilians" or "children"; not a word of a
 * name: "Civilian Joint Task Force"), said killed or hurt ("nine civilians
 * were killed", "killing two children"; not "arrested thousands of
 * people"). */
static int civilians_harmed(const inc_ctx *c, const vg_sent *s, size_t k, size_t end, const vg_lex_hit *h)
{
    const vg_doc *doc = c->doc;
    const vg_target *t = vg_lex_target(c->lx, h->rec);
    if (!t->human || (strcmp(t->kind, "civilians") && strcmp(t->kind, "children")) ||
        vg_extract_entity_at(doc, k) >= 0)
        return 0;
    if (passive_harm_after(doc, s, end))
        return 1;
    size_t a = np_left(doc, k, s->tok_start);
    return a > s->tok_start &&
           (vg_tok_in(&doc->toks[a - 1], &harm_verbs) || vg_tok_in(&doc->toks[a - 1], &harming_words));
}

static int read_roles(inc_ctx *c, vg_incident *inc, const vg_sent *s, size_t trig)
{
    vg_doc *doc = c->doc;
    vg_extract *ex = c->ex;
    int rc = VIGIL_OK;
    int deny = nobody_claims(doc, s);
    for (size_t k = s->tok_start; k < s->tok_end; k++) {
        const vg_lex_hit *h = vg_extract_hit(doc, k, VG_LK_CUE);
        if (h && vg_lex_cue(c->lx, h->rec)->negative)
            deny = 1;
    }
    int best_rank = inc->place >= 0 ? place_rank(c->lx, &ex->ents[inc->place]) : 0;
    size_t chain_end = 0; /* end of the place chosen, or of the places after its comma */
    int32_t police_place = -1; /* "Police in Bannu said": where the police who tell it serve */
    for (size_t m = vg_extract_first_mention(doc, s->tok_start);
         m < ex->nmentions && ex->mentions[m].tok_start < s->tok_end && rc == VIGIL_OK; m++) {
        const vg_mention *mn = &ex->mentions[m];
        const vg_entity *e = &ex->ents[mn->entity];
        /* "Taliban officials said": the group's speakers tell of it, unless
         * they claim it ("said they carried out the bombing") */
        int speakers = mn->tok_end < s->tok_end && vg_tok_in(&doc->toks[mn->tok_end], &role_words) &&
                       vg_extract_holds_statement(doc, mn->tok_end, s->tok_end) &&
                       !sentence_has(doc, s, &resp_words) && !sentence_has(doc, s, &claim_acts);
        /* "Al-Shabaab said soldiers killed three civilians": the group
         * tells of the state's forces acting */
        speakers |= e->type == VG_ENT_ARMED_GROUP && vg_extract_holds_statement(doc, mn->tok_end, s->tok_end) &&
                    mn->tok_end < trig && forces_subject(c, s, trig);
        /* "killed a senior Hezbollah commander": those killed */
        size_t hit = e->type == VG_ENT_ARMED_GROUP
                         ? victims_start(doc, s->tok_start, mn->tok_start, mn->tok_end, s->tok_end)
                         : SIZE_MAX;
        if (hit != SIZE_MAX && !victim_told(inc, doc->toks[hit].start, doc->toks[mn->tok_end].end)) {
            vg_span v = {doc->toks[hit].start, doc->toks[mn->tok_end].end};
            rc = push_span_unique(doc, &inc->victims, &inc->nvictims, v);
        }
        if (e->type == VG_ENT_ARMED_GROUP && !deny && inc->type != VG_INC_SECURITY_OPERATION && !speakers &&
            !group_aside(c, s, mn) && hit == SIZE_MAX && !group_sheltered(doc, s, mn) &&
            !(judge_of(doc, s, mn, &stance_verbs) && !sentence_has(doc, s, &resp_words)) &&
            !owns_target(c, s, mn->tok_start, mn->tok_end) && !patron_of(doc, s, mn->tok_start) &&
            !parent_of(doc, s, mn->tok_start, mn->tok_end, mn->entity)) {
            rc = push_ent_unique(doc, &inc->groups, &inc->ngroups, (int32_t)mn->entity);
        } else if (e->type == VG_ENT_GOVERNMENT && inc->type != VG_INC_SECURITY_OPERATION && mn->tok_end <= trig &&
                   trig < s->tok_end && unarmed_harmed(c, s, trig) && forces_subject(c, s, trig)) {
            /* "The army killed 12 civilians": the forces' assault */
            rc = push_ent_unique(doc, &inc->groups, &inc->ngroups, (int32_t)mn->entity);
        } else if (e->type == VG_ENT_GOVERNMENT && inc->type == VG_INC_SECURITY_OPERATION) {
            /* "police arrested four men, the Interior Ministry said": the
             * ministry tells of the arrests; "police said they arrested"
             * still names who acted */
            if (vg_extract_holds_statement(doc, mn->tok_end, s->tok_end) &&
                (acting_state(c, s) || combat_told(c, s, trig)))
                continue;
            rc = push_ent_unique(doc, &inc->groups, &inc->ngroups, (int32_t)mn->entity);
        } else if (e->type == VG_ENT_PLACE || e->type == VG_ENT_FACILITY) {
            /* "ordered from Raqqa", "went into Turkey": not where it happened;
             * "US believes": a state speaking, not a place */
            /* ... but "on the road to Kidal": near it, when nothing else
             * places it */
            int way_to = mn->tok_start >= s->tok_start + 2 && vg_tok_in(&doc->toks[mn->tok_start - 2], &way_words) &&
                         (vg_tok_is(&doc->toks[mn->tok_start - 1], "to") ||
                          vg_tok_is(&doc->toks[mn->tok_start - 1], "towards") ||
                          vg_tok_is(&doc->toks[mn->tok_start - 1], "from"));
            if (mn->tok_start > s->tok_start && vg_tok_in(&doc->toks[mn->tok_start - 1], &origin_words) && !way_to)
                continue;
            /* "was treated at Mercy Hospital", "pronounced dead at St.
             * Mary's": where the hurt were cared for */
            if (e->type == VG_ENT_FACILITY && cared_at(doc, s, mn->tok_start))
                continue;
            if (mn->tok_end < s->tok_end && vg_extract_hit(doc, mn->tok_end, VG_LK_CUE) &&
                !region_word(doc, mn->tok_end)) {
                if (mn->tok_start >= s->tok_start + 2 && vg_tok_is(&doc->toks[mn->tok_start - 1], "in") &&
                    vg_tok_in(&doc->toks[mn->tok_start - 2], &police_words) && e->type == VG_ENT_PLACE)
                    police_place = (int32_t)mn->entity;
                continue;
            }
            /* the dateline says where the reporter is: the event's place
             * only when the text names no other (below) */
            if (mn->tok_end <= c->dateline_end &&
                ((int32_t)mn->entity == c->dateline_place ||
                 mn->sent == sent_of_tok(doc, c->dateline_end - 1))) /* "ROME/NIAMEY, 4 February 2026 -" */
                continue;
            /* "said in a broadcast on its Radio Andalus station that ...":
             * where it was said; "a special terrorism court in Paris": where
             * it was judged */
            /* "Iraq's Security Media Cell said": the teller's country */
            if (mn->tok_end < s->tok_end && vg_tok_is(&doc->toks[mn->tok_end], "'s") &&
                vg_extract_in_holder(doc, sent_of_tok(doc, mn->tok_start), mn->start, mn->end))
                continue;
            if (said_through(c, s, mn->tok_start, mn->tok_end) || channel_of(doc, s, mn->tok_start) ||
                flag_of(doc, mn))
                continue;
            /* (not "gunmen wounded a judge in Kano": the judge was hit
             * there) */
            if (mn->tok_start >= s->tok_start + 2 && vg_tok_is(&doc->toks[mn->tok_start - 1], "in") &&
                vg_tok_in(&doc->toks[mn->tok_start - 2], &court_words) && !struck_person(c, s, mn->tok_start - 2))
                continue;
            /* "the Niamey High Court": the court's city */
            if ((mn->tok_end < s->tok_end && vg_tok_in(&doc->toks[mn->tok_end], &court_words)) ||
                (mn->tok_end + 1 < s->tok_end && vg_tok_in(&doc->toks[mn->tok_end + 1], &court_words) &&
                 (doc->toks[mn->tok_end].flags & VG_TF_CAP)))
                continue;
            /* "a Somali national born on 3 April 1981 in Kismayo, Somalia":
             * where someone was born */
            if (born_before(doc, s, mn->tok_start, 9) || describes_group(c, s, mn->tok_start))
                continue;
            /* "two security sources in Ouagadougou": where the teller is */
            if (mn->tok_start >= s->tok_start + 2 && vg_tok_is(&doc->toks[mn->tok_start - 1], "in") &&
                vg_tok_in(&doc->toks[mn->tok_start - 2], &source_words))
                continue;
            /* "40 km from the border with Mali", "the Malian border": the
             * neighbour, not where it happened */
            if ((mn->tok_start >= s->tok_start + 2 &&
                 (vg_tok_is(&doc->toks[mn->tok_start - 1], "with") ||
                  vg_tok_is(&doc->toks[mn->tok_start - 1], "of")) &&
                 vg_tok_in(&doc->toks[mn->tok_start - 2], &border_words)) ||
                (mn->tok_end < s->tok_end && vg_tok_in(&doc->toks[mn->tok_end], &border_words)))
                continue;
            /* "in the village of Mangina, Beni territory, North Kivu
             * province": the places after a place's comma hold it (after
             * a town no gazetteer holds too: "in Ancuabe district, Cabo
             * Delgado") */
            if (chain_end && inc->place >= 0 && ex->ents[inc->place].type == VG_ENT_PLACE &&
                (best_rank >= 6 || (best_rank == 3 && place_rank(c->lx, e) < 6)) &&
                holder_chain(doc, chain_end, mn->tok_start)) {
                chain_end = mn->tok_end;
                continue;
            }
            int r = place_rank(c->lx, e);
            /* "the San José police station in the south of Barranquilla":
             * a place naming the site after it yields to a place named on
             * its own */
            if (e->type == VG_ENT_PLACE && r > 2 && site_at(c, mn->tok_end, s->tok_end))
                r = 2;
            /* "in Tarmiyah, north of Baghdad": a landmark only when nothing
             * else places it; so are the ends of a route ("a cable duct on
             * the Hamburg–Berlin line near Wittenberge") */
            if (r > 1 && (landmark_at(doc, s, mn->tok_start) || route_end(c, s, mn) || way_to))
                r = 1;
            if (r > best_rank) {
                best_rank = r;
                inc->place = (int32_t)mn->entity;
                chain_end = mn->tok_end;
            }
            if (e->type == VG_ENT_FACILITY && inc->type != VG_INC_SECURITY_OPERATION)
                rc = push_span_unique(doc, &inc->targets, &inc->ntargets, (vg_span){mn->start, mn->end});
        } else if (e->type == VG_ENT_PERSON && inc->type != VG_INC_SECURITY_OPERATION &&
                   named_doer(doc, s, mn->tok_end)) {
            rc = push_span_unique(doc, &inc->perps, &inc->nperps, (vg_span){mn->start, mn->end});
        } else if (e->type == VG_ENT_PERSON && inc->type != VG_INC_SECURITY_OPERATION &&
                   mn->tok_start > trig && mn->tok_start < trig + 8 &&
                   !vg_extract_holds_statement(doc, mn->tok_end, s->tok_end) &&
                   !vg_extract_in_holder(doc, sent_of_tok(doc, mn->tok_start), mn->start, mn->end)) {
            rc = push_span_unique(doc, &inc->victims, &inc->nvictims, (vg_span){mn->start, mn->end});
        }
    }
    /* "Police in Bannu said two officers were shot dead at a checkpoint":
     * with no other place named, the local police's town (in the
     * dateline's country: "TUNIS - Police in Manchester said a local man
     * was killed" tells of an attack in Tunisia) */
    if (inc->place < 0 && police_place >= 0 &&
        (c->dateline_place < 0 || !strcmp(ex->ents[c->dateline_place].cc, ex->ents[police_place].cc)))
        inc->place = police_place;
    if (inc->place < 0)
        inc->place = field_place(c, s);
    /* "the March 22 bombings at Brussels airport and the Maelbeek metro
     * station": two sites hit, the city they share */
    if (rc == VIGIL_OK && inc->place >= 0 && ex->ents[inc->place].type == VG_ENT_FACILITY &&
        ex->ents[inc->place].place >= 0 && other_site(c, s, inc->place)) {
        for (size_t e = 0; e < ex->nents; e++)
            if (ex->ents[e].type == VG_ENT_PLACE && ex->ents[e].place == ex->ents[inc->place].place) {
                inc->place = (int32_t)e;
                break;
            }
    }
    size_t tgt_end = 0; /* end of the last target phrase read */
    for (size_t k = s->tok_start; k < s->tok_end && rc == VIGIL_OK; k++) {
        /* "kidnapped and beheaded foreign hostages ..., including two
         * Canadian citizens": people held or hit by their standing */
        if (inc->type != VG_INC_SECURITY_OPERATION && vg_tok_in(&doc->toks[k], &standing_heads) &&
            !vg_extract_hit(doc, k, VG_LK_TARGET) && !vg_extract_holds_statement(doc, k + 1, s->tok_end) &&
            in_clause_of(doc, trig, k))
            rc = push_span_unique(doc, &inc->victims, &inc->nvictims,
                                  span_of(doc, np_left_noun(doc, k, s->tok_start), k + 1));
        size_t n;
        const vg_lex_hit *hs = vg_extract_hits(doc, k, &n);
        for (size_t j = 0; j < n && rc == VIGIL_OK; j++) {
            const vg_lex_hit *h = &hs[j];
            size_t end = k + h->ntok;
            if (h->kind == VG_LK_WEAPON) {
                const vg_weapon *w = vg_lex_weapon(c->lx, h->rec);
                /* "six civilian truck drivers": the word names people; "a
                 * roadside bomb hit a police van": the van is a target */
                if ((w->flags & (VG_WF_GENERIC | VG_WF_COMPONENT)) || made_safe(doc, s, k, end) ||
                    (end < s->tok_end && vg_tok_in(&doc->toks[end], &trade_words)) || k < tgt_end ||
                    harmless_weapon(doc, s, k, end))
                    continue;
                /* "the Comprehensive Law on Firearms and Ammunition": a
                 * common weapon word capitalized inside a name; "filing of
                 * additional charges for violation of": the law's charges */
                if ((h->ntok == 1 && h->surface && h->surface[0] >= 'a' && h->surface[0] <= 'z' &&
                     name_word(c, s, k)) ||
                    ((h->aflags & VG_AF_CS) && c->ex->casemode == VG_CASE_MIXED && h->surface &&
                     !text_is(doc, k, end, h->surface)) || /* "Law", not the "LAW" rocket */
                    ((w->flags & VG_WF_AMBIGUOUS) && legal_charge(doc, s, k, end)))
                    continue;
                size_t a = np_left(doc, k, s->tok_start);
                /* "workers from the Saindak copper mine", "at a gold mine":
                 * a place of work, not a land mine */
                if ((w->flags & VG_WF_AMBIGUOUS) && !strcmp(w->sub, "mine") && mine_site(c, s, a, k))
                    continue;
                /* "a roadside bomb struck a Frontier Corps vehicle": a
                 * vehicle hit is a target */
                if (!strcmp(w->cls, "vehicle") && (w->flags & VG_WF_AMBIGUOUS) &&
                    (hit_object(doc, s, a) || carries_people(c, s, end) || suffered_after(doc, s, end))) {
                    rc = push_span_unique(doc, &inc->targets, &inc->ntargets, span_of(doc, a, end));
                } else if (!strcmp(w->cls, "vehicle") && (w->flags & VG_WF_AMBIGUOUS) && ridden_in(doc, s, a, 1)) {
                    /* "fired shots ... from a passing car", "fled in a
                     * car": how the attackers came and went */
                    break;
                } else {
                    rc = push_span_unique(doc, &inc->weapons, &inc->nweapons, span_of(doc, a, end));
                    inc->arms |= !strcmp(w->cls, "firearm") || !strcmp(w->cls, "blade");
                }
                break;
            }
            /* (an operation's: the civilians it killed, "At least nine
             * civilians were killed in the fighting"; not the armed men it
             * fought, nor what it raided) */
            if (h->kind == VG_LK_TARGET &&
                (inc->type != VG_INC_SECURITY_OPERATION || civilians_harmed(c, s, k, k + h->ntok, h))) {
                const vg_target *t = vg_lex_target(c->lx, h->rec);
                int32_t ge = vg_extract_entity_at(doc, k);
                /* "Kurdistan Workers' Party militants": a word of a group's
                 * name */
                if ((t->flags & VG_TGF_CATEGORY) || (ge >= 0 && c->ex->ents[ge].type == VG_ENT_ARMED_GROUP))
                    continue;
                /* "in the village of Tassia", "the Peruvian port of Callao":
                 * where, not what was hit (not "the parliament of
                 * Somalia") */
                if (!t->human && vg_tok_in(&doc->toks[end - 1], &settlement_words) && end + 1 < s->tok_end &&
                    vg_tok_is(&doc->toks[end], "of") && vg_extract_entity_at(doc, end + 1) >= 0 &&
                    c->ex->ents[vg_extract_entity_at(doc, end + 1)].type == VG_ENT_PLACE)
                    continue;
                /* "hospital officials said": who tells of it, not who was
                 * hit; "told reporters": who was told */
                if (vg_extract_holds_statement(doc, end, s->tok_end) ||
                    (t->human && k > s->tok_start && speech_at(c, k - 1)) || channel_of(doc, s, k) ||
                    (!t->human && cared_at(doc, s, k)) ||
                    /* (a row written with its capital is the word: "Palestinians") */
                    (h->ntok == 1 && name_word(c, s, k) && !(h->surface && h->surface[0] >= 'A' && h->surface[0] <= 'Z')) ||
                    vg_extract_in_holder(doc, sent_of_tok(doc, k), doc->toks[k].start, doc->toks[end - 1].end))
                    break;
                /* "interior ministry spokesman Abdul Qadir Sahel told AFP":
                 * who speaks for it; "the regional branch of the Islamic
                 * State group": the group itself */
                if (end < s->tok_end && (vg_tok_in(&doc->toks[end], &role_words) ||
                                         (vg_tok_is(&doc->toks[end], "of") && group_after(doc, end + 1, s->tok_end))))
                    break;
                /* "a splash off the port bow": a side of the ship; "truck
                 * drivers": people */
                if (end < s->tok_end && (vg_tok_in(&doc->toks[end], &ship_sides) ||
                                         (!t->human && vg_tok_in(&doc->toks[end], &trade_words))))
                    break;
                /* "six armed men arrived in two pickup trucks", "two men
                 * on a motorcycle": what the attackers rode, not what they
                 * hit: before the act, whose subject the riders are (not
                 * "attacked soldiers travelling in a convoy", "kidnapped
                 * ... from an army convoy", "a bomb left on a motorcycle") */
                /* ... "10 terrorists who used 2 toyota cars": what they used
                 * (not "traders who used two trucks") */
                size_t vl = np_left(doc, k, s->tok_start);
                if (!strcmp(t->kind, "vehicle") &&
                    (attackers_ride(c, s, vl) ||
                     (vl >= s->tok_start + 3 && vg_tok_in(&doc->toks[vl - 1], &use_verbs) &&
                      vg_tok_is(&doc->toks[vl - 2], "who") && vg_tok_in(&doc->toks[vl - 3], &perp_heads))))
                    break;
                /* "stormed the Hôtel Les Rôniers": the site's name */
                if (c->ex->casemode == VG_CASE_MIXED && h->ntok == 1 && (doc->toks[k].flags & VG_TF_CAP))
                    end = name_after(doc, s, end);
                /* "killing 14 people", "dozens of people": people counted
                 * are victims; not "as people were leaving", "how many
                 * people died" */
                size_t left = name_start(c, np_left(doc, k, s->tok_start));
                /* "sentenced a 27-year-old man for the attack": the one
                 * found guilty did it; "arrested a man": a suspect, no
                 * victim */
                size_t vb = left > s->tok_start + 1 && vg_tok_in(&doc->toks[left - 1], &single_dets) ? left - 1 : left;
                int judged = t->human && vb > s->tok_start ? judged_object(&doc->toks[vb - 1]) : 0;
                if (judged > 0 && inc->type != VG_INC_SECURITY_OPERATION)
                    rc = push_span_unique(doc, &inc->perps, &inc->nperps, span_of(doc, left, end));
                if (judged)
                    break;
                if (t->human && (t->flags & VG_TGF_GENERIC) && !counted_people(c, s, left, end))
                    break;
                /* "a bus carrying students home": where they went */
                const vg_lex_hit *ph = k > s->tok_start ? vg_extract_hit(doc, k - 1, VG_LK_TARGET) : NULL;
                const vg_target *pt = ph ? vg_lex_target(c->lx, ph->rec) : NULL;
                if (!t->human && h->ntok == 1 && vg_tok_is(&doc->toks[k], "home") && pt && pt->human &&
                    (pt->flags & VG_TGF_PLURAL))
                    break;
                /* "ambushed a bus on the road to Kidal": where, not what
                 * was hit */
                size_t on = left > s->tok_start && (vg_tok_is(&doc->toks[left - 1], "the") ||
                                                    vg_tok_is(&doc->toks[left - 1], "a"))
                                ? left - 1
                                : left;
                if (!t->human && vg_tok_in(&doc->toks[end - 1], &road_words) && on > s->tok_start &&
                    (vg_tok_is(&doc->toks[on - 1], "on") || vg_tok_is(&doc->toks[on - 1], "along")) &&
                    !(end < s->tok_end && vg_tok_is(&doc->toks[end], "was")))
                    break;
                /* "attacked the governor's compound": the person's
                 * property, hit; not the person */
                /* ... "shot the mayor's son": the person's kin or staff */
                if (t->human && end + 1 < s->tok_end && vg_tok_is(&doc->toks[end], "'s") &&
                    doc->toks[end + 1].kind == VG_TOK_WORD) {
                    size_t pe = end + 1; /* the possession's head, past one word ("main headquarters") */
                    if (!vg_tok_in(&doc->toks[pe], &property_nouns) && pe + 1 < s->tok_end &&
                        vg_tok_in(&doc->toks[pe + 1], &property_nouns))
                        pe++;
                    /* "the minister's house": the house, told next (a
                     * vehicle carries its owner: "the governor's convoy") */
                    const vg_lex_hit *nh = vg_extract_hit(doc, end + 1, VG_LK_TARGET);
                    if (nh && strcmp(vg_lex_target(c->lx, nh->rec)->kind, "vehicle") != 0)
                        break;
                    if (!nh && (vg_tok_in(&doc->toks[pe], &kin_nouns) || vg_tok_in(&doc->toks[pe], &property_nouns))) {
                        tgt_end = pe + 1;
                        if (vg_tok_in(&doc->toks[pe], &kin_nouns))
                            rc = push_span_unique(doc, &inc->victims, &inc->nvictims, span_of(doc, left, pe + 1));
                        else
                            rc = push_span_unique(doc, &inc->targets, &inc->ntargets, span_of(doc, left, pe + 1));
                        break;
                    }
                }
                /* "Two aides to the governor were shot dead", "killed the
                 * sons of a village chief": the person's staff or kin,
                 * hit; not the person */
                size_t of = left > s->tok_start && vg_tok_in(&doc->toks[left - 1], &possessives) ? left - 1 : left;
                if (t->human && of >= s->tok_start + 2 &&
                    (vg_tok_is(&doc->toks[of - 1], "to") || vg_tok_is(&doc->toks[of - 1], "of")) &&
                    vg_tok_in(&doc->toks[of - 2], &kin_nouns)) {
                    size_t kl = name_start(c, np_left(doc, of - 2, s->tok_start));
                    tgt_end = end;
                    if (!vg_extract_hit(doc, of - 2, VG_LK_TARGET))
                        rc = push_span_unique(doc, &inc->victims, &inc->nvictims, span_of(doc, kl, end));
                    break;
                }
                vg_span sp = span_of(doc, left, end);
                tgt_end = end;
                /* (not "Attackers who said they were soldiers killed": what
                 * they were said to be) */
                int said_to_be = left > s->tok_start + 1 &&
                                 (vg_tok_is(&doc->toks[left - 1], "were") || vg_tok_is(&doc->toks[left - 1], "was")) &&
                                 (vg_tok_is(&doc->toks[left - 2], "they") || vg_tok_is(&doc->toks[left - 2], "he"));
                if (t->human && said_to_be)
                    break;
                /* ... "a blaze set by protesters": who set it; "Soldiers
                 * had killed three civilians": the verb past its auxiliary */
                size_t vend = perfect_verb(doc, s, end);
                if (t->human && (attack_subject(c, s, vend) || set_by(doc, s, left)))
                    rc = push_span_unique(doc, &inc->perps, &inc->nperps, sp);
                else if (t->human && (used_as_doers(doc, s, left, end) ||
                                      acting_subject(c, s, vend)))
                    break;
                else if (t->human)
                    rc = push_span_unique(doc, &inc->victims, &inc->nvictims, sp);
                else
                    rc = push_span_unique(doc, &inc->targets, &inc->ntargets, sp);
                break;
            }
        }
        /* "A man threw a hand grenade into a tea shop", "an unidentified
         * man on a motorcycle opened fire on": one person right before an
         * act of attack on something is its doer */
        if (rc == VIGIL_OK && inc->type != VG_INC_SECURITY_OPERATION && vg_tok_in(&doc->toks[k], &lone_doers)) {
            size_t a = np_left(doc, k, s->tok_start);
            size_t v = k + 1;
            if (v < s->tok_end && vg_tok_in(&doc->toks[v], &doer_preps)) {
                for (size_t j = v + 1; j < s->tok_end && j < v + 5 && doc->toks[j].kind != VG_TOK_PUNCT &&
                                       !vg_tok_in(&doc->toks[j], &be_forms);
                     j++) {
                    if (vg_extract_hit(doc, j, VG_LK_TRIGGER)) {
                        /* (not "a man in the village attacked by soldiers") */
                        if (!(j + 1 < s->tok_end && vg_tok_is(&doc->toks[j + 1], "by")))
                            v = j;
                        break;
                    }
                }
            }
            /* the subject opens its clause: the sentence, a comma, "that",
             * a verb of saying or a time before it ("On Friday a man
             * stabbed"; not "Gunmen killed a man on Monday and stormed") */
            size_t d = a - 1;
            int opens = a > s->tok_start && (vg_tok_is(&doc->toks[d], "a") || vg_tok_is(&doc->toks[d], "an")) &&
                        (d == s->tok_start || clause_punct(&doc->toks[d - 1]) || vg_tok_is(&doc->toks[d - 1], "that") ||
                         vg_extract_hit(doc, d - 1, VG_LK_CUE) || vg_extract_in_time(doc, d - 1));
            if (opens && (acting_subject(c, s, v) || attack_subject(c, s, v)))
                rc = push_span_unique(doc, &inc->perps, &inc->nperps, span_of(doc, a - 1, k + 1));
        }
        /* "The Al-Shabaab terrorist group": a modifier, the group is named */
        /* ... and "the cowardly terrorist attack", "a terrorist motive": the
         * attack's kind */
        if ((vg_tok_in(&doc->toks[k], &perp_heads) || armed_band(doc, s, k)) && rc == VIGIL_OK &&
            inc->type != VG_INC_SECURITY_OPERATION &&
            !(k + 1 < s->tok_end && (vg_tok_in(&doc->toks[k + 1], &group_nouns) ||
                                     vg_tok_in(&doc->toks[k + 1], &perp_heads) ||
                                     vg_tok_in(&doc->toks[k + 1], &deed_words) ||
                                     held_struck(c, s, k) ||
                                     trigger_noun_at(c, k + 1))) &&
            !group_before(c, s, k) && !struck_subject(doc, s, k + 1) && !among_freed(doc, s, k)) {
            size_t a = np_left(doc, k, s->tok_start);
            /* "members of the FMLN": the whole phrase is the perpetrator;
             * "hacked two men to death", "beheaded two men": the slain */
            /* ... "at least 12 VDP fighters were killed": the state's
             * fighters, hurt in the attack */
            /* ... "Five Hezbollah fighters killed in an Israeli strike":
             * the struck */
            if (harmed_object(doc, s, a, k + 1) || harmed_men(doc, s, k) ||
                (passive_harm_after(doc, s, k + 1) && state_named(c, a, k)) || struck_from_afar(doc, s, k + 1))
                rc = push_span_unique(doc, &inc->victims, &inc->nvictims, span_of(doc, a, k + 1));
            else
                rc = push_span_unique(doc, &inc->perps, &inc->nperps, span_of(doc, a, k + 1));
        }
    }
    /* "the same group claimed responsibility": the armed group named last */
    if (rc == VIGIL_OK && inc->ngroups == 0 && !deny && inc->type != VG_INC_SECURITY_OPERATION &&
        sentence_has(doc, s, &resp_words)) {
        int32_t g = group_anaphor(c, s);
        if (g >= 0)
            rc = push_ent_unique(doc, &inc->groups, &inc->ngroups, g);
    }
    if (rc == VIGIL_OK)
        casualties(c, s, inc->type, trig, &inc->killed, &inc->injured, &inc->vague);
    if (rc == VIGIL_OK && inc->type != VG_INC_SECURITY_OPERATION)
        rc = named_victims(c, s, inc, trig);
    if (rc == VIGIL_OK && inc->type != VG_INC_SECURITY_OPERATION && trig < s->tok_end)
        rc = object_victims(c, s, inc, trig);
    if (rc == VIGIL_OK && inc->type != VG_INC_SECURITY_OPERATION)
        rc = one_slain(c, s, inc);
    /* ("Pakistani troops killed a TTP commander": an operation's one
     * dead) */
    if (rc == VIGIL_OK) {
        int32_t *toll[2] = {&inc->killed, &inc->injured};
        for (int hurt = 0; hurt < 2; hurt++) {
            int32_t one = *toll[hurt] < 0 ? single_harmed(c, s, inc, hurt) : 0;
            if (one > 0)
                *toll[hurt] = one;
        }
    }
    vg_timeref before;
    int rel = rc == VIGIL_OK && !inc->has_date && dated_before(c, s, trig, &before);
    /* "police arrested a man on Sunday in connection with the murder of X,
     * who was shot dead on 22 May": the event named after what was done
     * about it is dated after its name */
    /* ... "detained a man on Wednesday in connection with a shooting that
     * killed three people on Tuesday" */
    int named_after = trig >= s->tok_start + 3 &&
                      ((vg_tok_is(&doc->toks[trig - 1], "the") &&
                        (vg_tok_is(&doc->toks[trig - 2], "with") || vg_tok_is(&doc->toks[trig - 2], "over") ||
                         vg_tok_in(&doc->toks[trig - 2], &inquiry_preps))) ||
                       ((vg_tok_is(&doc->toks[trig - 1], "a") || vg_tok_is(&doc->toks[trig - 1], "an")) &&
                        vg_tok_is(&doc->toks[trig - 2], "with") && vg_tok_is(&doc->toks[trig - 3], "connection"))) &&
                      !vg_tok_is(&doc->toks[trig - 3], "claimed");
    named_after |= recalled_name(doc, s, trig);
    if (rc == VIGIL_OK && !inc->has_date) {
        const vg_timeref *window = NULL;
        for (size_t t = vg_extract_first_time(doc, s->start); t < ex->ntimes && ex->times[t].start < s->end; t++) {
            const vg_timeref *tr = &ex->times[t];
            if (named_after && tr->tok_start < trig)
                continue;
            /* "The raids on Friday came a week after the Paris attacks":
             * a time before "after" is the later event's */
            if (rel && tr->tok_start < before.tok_end)
                continue;
            /* "KABUL, Sept 6 (Vigil Wire) -": the report's date, not the event's */
            if (tr->tok_end <= c->dateline_end)
                continue;
            /* "The Pakistani Taliban on Friday denied", "police said on
             * Sunday": when it was said, not when it happened */
            if (said_when(c, tr, s))
                continue;
            /* "The ELN, whose peace talks were suspended in January 2025,
             * had not claimed the attack": another act's time */
            if (in_relative(doc, s, tr->tok_start, trig) || since_time(doc, s, tr))
                continue;
            /* '"... at least today we have some peace," said X, whose
             * daughter was killed': a time in a quotation is not of an
             * event told outside it */
            if ((size_t)trig > tr->tok_end && quoted(doc, s, tr->tok_start) && !quoted(doc, s, trig) &&
                quote_said(c, s, tr->tok_end))
                continue;
            if (tr->start >= s->start && tr->end <= s->end && !tr->is_window) {
                inc->date = *tr;
                inc->has_date = 1;
                break;
            }
            /* "I had a conversation this week with a source on the attack
             * police disrupted on 12 February": a day told beats a week */
            if (!window && tr->start >= s->start && tr->end <= s->end && calendar_window(doc, tr) &&
                !(vg_date_valid(ex->anchor) && vg_date_to_days(tr->from) > vg_date_to_days(ex->anchor)))
                window = tr; /* not "Next year marks a decade since ..." */
        }
        if (!inc->has_date && rel) {
            inc->date = before;
            inc->has_date = 1;
        }
        if (!inc->has_date && that_day(c, s, &inc->date))
            inc->has_date = 1;
        if (!inc->has_date && scene_day(c, s, &inc->date))
            inc->has_date = 1;
        if (!inc->has_date && field_date(c, s, &inc->date))
            inc->has_date = 1;
        if (!inc->has_date && header_day(c, s, &inc->date))
            inc->has_date = 1;
        if (!inc->has_date && clock_today(c, s, &inc->date))
            inc->has_date = 1;
        if (!inc->has_date && year_of_event(doc, s, trig, &inc->date))
            inc->has_date = 1;
        /* "Survivors of the 2019 Kano church bombing marched last week":
         * a week, a month or a year, when nothing closer dates it */
        if (!inc->has_date && window) {
            inc->date = *window;
            inc->has_date = 1;
        }
    }
    return rc;
}

static vg_wordlist clock_words = VG_WORDLIST("gmt", "utc", "local");

/* "A car bomb has exploded at the gate ... at about 19:30 local time
 * (16:30 GMT)": a clock time with its zone and no day is the day of the
 * report (a live blog, a flash), when the document's date is known to
 * the day and the story dates no event before. */
static int clock_today(const inc_ctx *c, const vg_sent *s, vg_timeref *out)
{
    const vg_doc *doc = c->doc;
    if (c->ex->anchor.prec != VG_DATE_DAY || !vg_date_valid(c->ex->anchor))
        return 0;
    for (size_t i = 0; i < c->ex->nincs; i++)
        if (c->ex->incs[i].has_date)
            return 0;
    for (size_t k = s->tok_start; k + 1 < s->tok_end; k++) {
        const vg_token *t = &doc->toks[k], *n = &doc->toks[k + 1];
        if (t->kind != VG_TOK_NUM || !memchr(t->norm, ':', t->normlen) || !vg_tok_in(n, &clock_words))
            continue;
        size_t e = k + 2; /* "19:30 local time" */
        if (vg_tok_is(n, "local") && e < s->tok_end && vg_tok_is(&doc->toks[e], "time"))
            e++;
        memset(out, 0, sizeof *out);
        out->start = t->start;
        out->end = doc->toks[e - 1].end;
        out->tok_start = (uint32_t)k;
        out->tok_end = (uint32_t)e;
        out->value = c->ex->anchor;
        out->relative = 1;
        return 1;
    }
    return 0;
}

/* An incident log's block: "Date/Time: 11.06.2025, 0215 UTC" on a line
 * of its own before the narrative (IMB, ReCAAP, incident trackers) dates
 * the event told after it, and "Position: ... 38nm SSW of Bonny Island,
 * Nigeria" right above it places it. field_label finds the nearest such
 * field before the sentence, within reach tokens: a label of labels opening its
 * line, perhaps "/ word" ("Date/time"; *paired set when paired is not
 * NULL), then ":"; returns
 * the colon's token, or SIZE_MAX. */
enum { FIELD_REACH = 400 };

/* The colon of the field whose label is token k, a word of field_label's
 * labels (the callers ask vg_tok_in first, inline, as most tokens are
 * not), or SIZE_MAX; *paired as field_label says. */
static size_t field_at(const vg_doc *doc, size_t k, int *paired)
{
    const vg_token *t = &doc->toks[k];
    if (k + 1 >= doc->ntoks)
        return SIZE_MAX;
    size_t b = t->start;
    while (b > 0 && (doc->text[b - 1] == ' ' || doc->text[b - 1] == '\t'))
        b--;
    if (b > 0 && doc->text[b - 1] != '\n')
        return SIZE_MAX;
    size_t v = k + 1;
    int pair = v + 2 < doc->ntoks && vg_tok_is(&doc->toks[v], "/") && doc->toks[v + 1].kind == VG_TOK_WORD;
    if (paired)
        *paired = pair;
    if (pair)
        v += 2;
    return vg_tok_is(&doc->toks[v], ":") ? v : SIZE_MAX;
}

/* Whether a field opens at token k is a fact of the text alone, and the
 * sentences are mostly asked in order: seen (NULL for none, where reach
 * is short) remembers the last field before seen->upto, so a later
 * sentence reads on from there instead of reach tokens back (an earlier
 * one reads back as before). */
static size_t field_label(const vg_doc *doc, const vg_sent *s, vg_wordlist *labels, int *paired, size_t reach,
                          field_seen *seen)
{
    size_t lo = s->tok_start > reach ? s->tok_start - reach : 0;
    if (!seen || s->tok_start < seen->upto) {
        for (size_t k = s->tok_start; k-- > lo;) {
            size_t v = vg_tok_in(&doc->toks[k], labels) ? field_at(doc, k, paired) : SIZE_MAX;
            if (v != SIZE_MAX)
                return v;
        }
        return SIZE_MAX;
    }
    for (size_t k = seen->upto; k < s->tok_start; k++) {
        int pair = 0;
        size_t v = vg_tok_in(&doc->toks[k], labels) ? field_at(doc, k, &pair) : SIZE_MAX;
        if (v != SIZE_MAX) {
            seen->colon1 = v + 1;
            seen->paired = pair;
            seen->label = k;
        }
    }
    seen->upto = s->tok_start;
    if (!seen->colon1 || seen->label < lo)
        return SIZE_MAX;
    if (paired)
        *paired = seen->paired;
    return seen->colon1 - 1;
}

static vg_wordlist date_labels = VG_WORDLIST("date");
static vg_wordlist place_labels = VG_WORDLIST("position", "location", "place", "area");

static int field_date(inc_ctx *c, const vg_sent *s, vg_timeref *out)
{
    const vg_doc *doc = c->doc;
    int clock;
    size_t v = field_label(doc, s, &date_labels, &clock, FIELD_REACH, &c->date_seen);
    if (v == SIZE_MAX)
        return 0;
    const vg_extract *ex = c->ex;
    for (size_t i = vg_extract_first_time(doc, doc->toks[v].end); i < ex->ntimes; i++) {
        const vg_timeref *tr = &ex->times[i];
        if (tr->tok_start > v + 3)
            break;
        if (tr->is_window || tr->value.prec < VG_DATE_DAY || tr->tok_end <= c->dateline_end)
            continue;
        /* "Date: 5 March 2025" heading a story: the report's date (not
         * a log's "Date/time: 13.11.2026, 0340 LT", an event's hour) */
        if (i == 0 && !clock && vg_date_to_days(tr->value) == vg_date_to_days(ex->anchor))
            return 0;
        *out = *tr;
        return 1;
    }
    return 0;
}

/* The place of the log's "Position:" or "Location:" field (field_label):
 * the first place named on its line; -1 when none. */
static int32_t field_place(const inc_ctx *c, const vg_sent *s)
{
    const vg_doc *doc = c->doc;
    size_t v = field_label(doc, s, &place_labels, NULL, FIELD_REACH / 8, NULL);
    if (v == SIZE_MAX)
        return -1;
    size_t eol = v + 1; /* the field's line ends before eol */
    while (eol < s->tok_start && !(doc->toks[eol].flags & VG_TF_NL))
        eol++;
    for (size_t m = vg_extract_first_mention(doc, v + 1);
         m < c->ex->nmentions && c->ex->mentions[m].tok_start < eol; m++)
        if (c->ex->ents[c->ex->mentions[m].entity].type == VG_ENT_PLACE)
            return (int32_t)c->ex->mentions[m].entity;
    return -1;
}

/* "Last Tuesday, fighters of the ADF walked into a village ... By
 * nightfall at least 31 people were dead": the day set by the sentence
 * before, in the same paragraph, when that sentence tells no event of
 * its own. */
static int scene_day(const inc_ctx *c, const vg_sent *s, vg_timeref *out)
{
    const vg_doc *doc = c->doc;
    size_t si = sent_of_tok(doc, s->tok_start);
    if (si == 0 || doc->sents[si - 1].para != doc->sents[si].para)
        return 0;
    const vg_sent *p = &doc->sents[si - 1];
    if (tells_event(c, p))
        return 0;
    const vg_extract *ex = c->ex;
    for (size_t t = vg_extract_first_time(doc, p->start); t < ex->ntimes && ex->times[t].start < p->end; t++) {
        const vg_timeref *tr = &ex->times[t];
        if (tr->is_window || tr->value.prec < VG_DATE_DAY || tr->tok_end <= c->dateline_end || said_when(c, tr, p))
            continue;
        *out = *tr;
        return 1;
    }
    return 0;
}

/* Whether the day of point p falls in window w of at most span + 1 days
 * ("last week", then "on Tuesday": one time told twice). */
static int day_in_window(const vg_timeref *w, const vg_timeref *p, long span)
{
    if (!w->is_window || p->is_window || p->value.prec != VG_DATE_DAY || w->from.prec != VG_DATE_DAY ||
        w->to.prec != VG_DATE_DAY || vg_date_to_days(w->to) - vg_date_to_days(w->from) > span)
        return 0; /* "last year", then "on 14 March 2024", may be two events */
    long d = vg_date_to_days(p->value);
    return d >= vg_date_to_days(w->from) && d <= vg_date_to_days(w->to);
}

/* Whether two dates told name the same day: a day in a window told of at
 * most span + 1 days, their values, or when one could not be resolved (no
 * year known), their words ("15 March" is not "16 March"). A month holds
 * the day told right after it ("Earlier this month, gunmen attacked ...
 * The attack on March 3 ..."); further apart only a week does. */
enum { WEEK_SPAN = 6, MONTH_SPAN = 30 };
static int same_date(const vg_doc *doc, const vg_timeref *a, const vg_timeref *b, long span)
{
    if (day_in_window(a, b, span) || day_in_window(b, a, span))
        return 1;
    if (a->value.prec != VG_DATE_NONE && b->value.prec != VG_DATE_NONE)
        return vg_date_to_days(a->value) == vg_date_to_days(b->value);
    if (a->value.prec != VG_DATE_NONE || b->value.prec != VG_DATE_NONE)
        return 0;
    size_t na = a->end - a->start, nb = b->end - b->start;
    if (na != nb)
        return 0;
    for (size_t k = 0; k < na; k++) {
        char ca = doc->text[a->start + k], cb = doc->text[b->start + k];
        if ((ca >= 'A' && ca <= 'Z' ? ca + 32 : ca) != (cb >= 'A' && cb <= 'Z' ? cb + 32 : cb))
            return 0;
    }
    return 1;
}

static vg_wordlist other_words = VG_WORDLIST("another", "other", "separate", "earlier", "later", "new");

/* Whether incident y, dated only by its year or month and with no toll of
 * its own, is incident x told again: "the 2024 Garissa bombing" after the
 * bombing of 9 February 2024 there; not "another bomb exploded at a bus
 * station in Garissa" earlier that month. */
static int named_again(const vg_doc *doc, const vg_incident *x, const vg_incident *y)
{
    for (size_t k = y->trigger_tok; k > 0 && y->trigger_tok - k < 4; k--)
        if (vg_tok_in(&doc->toks[k - 1], &other_words) || vg_tok_in(&doc->toks[k - 1], &rank_words))
            return 0;
    if (!x->has_date || !y->has_date || y->killed >= 0 || y->injured >= 0 ||
        y->date.value.prec >= VG_DATE_DAY || y->date.value.prec == VG_DATE_NONE ||
        x->date.value.prec < y->date.value.prec || y->date.is_window || x->date.is_window)
        return 0;
    return x->date.value.year == y->date.value.year &&
           (y->date.value.prec < VG_DATE_MONTH || x->date.value.month == y->date.value.month);
}

static int compatible_type(int a, int b)
{
    /* an arrest operation is never the attack it follows */
    if ((a == VG_INC_SECURITY_OPERATION) != (b == VG_INC_SECURITY_OPERATION))
        return 0;
    return a == b || a == VG_INC_ATTACK || b == VG_INC_ATTACK ||
           (a == VG_INC_ARMED_ASSAULT && b == VG_INC_ASSASSINATION) ||
           (b == VG_INC_ARMED_ASSAULT && a == VG_INC_ASSASSINATION);
}

/* Whether place entity inner lies in place entity outer: a city in its
 * region or country, a region in its country ("Kohat" in "Khyber
 * Pakhtunkhwa"). */
static int place_within(const vg_extract *ex, int32_t inner, int32_t outer)
{
    const vg_place *p = vg_extract_place(ex, ex->ents[inner].place);
    int32_t o = ex->ents[outer].place;
    return p && o >= 0 && (p->region == o || (p->country == o && p->country >= 0));
}

static vg_wordlist separate_words = VG_WORDLIST("separate", "another", "second");
static vg_wordlist event_nouns = VG_WORDLIST("attack", "incident", "bombing", "raid", "ambush",
                                             "assault", "blast", "explosion", "shooting", "kidnapping");

/* Whether sentence s opens on another event: "Separately, ...",
 * "Elsewhere, ...", "In a separate attack, ...", "In another incident"
 * (not "In other words", "In another development"). */
static int separate_event(const vg_doc *doc, const vg_sent *s)
{
    size_t a = s->tok_start;
    if (s->tok_end - a < 4)
        return 0;
    if ((vg_tok_is(&doc->toks[a], "separately") || vg_tok_is(&doc->toks[a], "elsewhere")) &&
        vg_tok_punct(&doc->toks[a + 1], ','))
        return 1;
    if (!vg_tok_is(&doc->toks[a], "in"))
        return 0;
    size_t k = a + 1 + (vg_tok_is(&doc->toks[a + 1], "a") || vg_tok_is(&doc->toks[a + 1], "an"));
    return k + 1 < s->tok_end && vg_tok_in(&doc->toks[k], &separate_words) &&
           vg_tok_in(&doc->toks[k + 1], &event_nouns);
}

/* Whether sentence s opens on another event of a kind told: "Another
 * rocket struck", "A second bomb exploded". */
static vg_wordlist further_words = VG_WORDLIST("second", "third", "further", "fresh", "new");
static int another_opens(const vg_doc *doc, const vg_sent *s)
{
    size_t a = s->tok_start;
    return a + 1 < s->tok_end &&
           (vg_tok_is(&doc->toks[a], "another") ||
            ((vg_tok_is(&doc->toks[a], "a") || vg_tok_is(&doc->toks[a], "the")) &&
             vg_tok_in(&doc->toks[a + 1], &further_words)));
}

/* Whether a place is named at the start of sentence s's text after its
 * list marker and a colon follows it ("2. GQEBERHA: CLASSROOMS SET
 * ALIGHT", "3. East London: filling station robbed"). */
static int place_colon(const vg_doc *doc, const vg_sent *s)
{
    const vg_extract *ex = doc->ex;
    for (size_t m = vg_extract_first_mention(doc, s->tok_start);
         m < ex->nmentions && ex->mentions[m].tok_start < s->tok_start + 3; m++)
        if (ex->ents[ex->mentions[m].entity].type == VG_ENT_PLACE && ex->mentions[m].tok_end < s->tok_end &&
            vg_tok_punct(&doc->toks[ex->mentions[m].tok_end], ':'))
            return 1;
    return 0;
}

/* Whether sentence k of doc is a bulletin item's heading: a list item
 * without final punctuation, a place and a colon opening it, whose text
 * follows in a paragraph of its own (not one item of a list of them, not
 * a report's section: "3. Official response", "2. Casualties in Kano"). */
static int item_heading(const vg_doc *doc, size_t k)
{
    if (k + 1 >= doc->nsents)
        return 0;
    const vg_sent *h = &doc->sents[k], *n = &doc->sents[k + 1];
    if (!(h->flags & VG_SF_BULLET) || (n->flags & VG_SF_BULLET) || n->para == h->para || h->tok_end <= h->tok_start)
        return 0;
    const vg_token *last = &doc->toks[h->tok_end - 1];
    return !vg_tok_punct(last, '.') && !vg_tok_punct(last, '!') && !vg_tok_punct(last, '?') &&
           !vg_tok_punct(last, '"') && place_colon(doc, h);
}

/* Whether a bulletin item's heading stands after sentence from, up to
 * sentence to: O(1) on the prefix counts of c->heads. */
static int item_heading_between(const inc_ctx *c, long from, size_t to)
{
    size_t a = from < 0 ? 0 : (size_t)from + 1;
    if (!c->heads || a > to || to >= c->doc->nsents)
        return 0;
    return c->heads[to + 1] > c->heads[a];
}

/* A sea or a region across borders ("withdrew toward the Lake Chad
 * shoreline"): it holds no country. */
static int borderless(const vg_extract *ex, int32_t e)
{
    return ex->ents[e].place >= 0 && !ex->ents[e].cc[0];
}

static int town_named(const inc_ctx *c, size_t k);

static int same_place(const inc_ctx *c, const vg_incident *a, const vg_incident *b)
{
    return a->place < 0 || b->place < 0 || a->place == b->place ||
           place_within(c->ex, a->place, b->place) || place_within(c->ex, b->place, a->place);
}

static vg_wordlist definite_doers = VG_WORDLIST("the", "these", "those", "they", "their", "its", "his", "her",
                                                "both", "other", "same", "such", "them");

/* "Pirates attacked a tanker on Friday. Gunmen killed a journalist in
 * Celaya": a sentence opening on doers of another kind, not pointed back
 * at ("The gunmen", "They"), in a place of its own, tells another event
 * (not "Islamist fighters killed 12 soldiers in an assault on an army
 * outpost ... Militants stormed the post"). */
static int fresh_doers(const vg_doc *doc, const vg_sent *s, const vg_incident *last, const vg_incident *inc)
{
    /* (not told as the same day or place: "Gunmen attacked a village in
     * Zamfara State on Sunday. Bandits killed 30 people in Maru") */
    if (!inc->nperps || !last->nperps || inc->place < 0 || borderless(doc->ex, inc->place) || last->place >= 0 ||
        (last->has_date && !inc->has_date) ||
        inc->perps[0].start != doc->toks[s->tok_start].start ||
        vg_tok_in(&doc->toks[s->tok_start], &definite_doers))
        return 0;
    size_t e = s->tok_start;
    while (e + 1 < s->tok_end && doc->toks[e + 1].end <= inc->perps[0].end)
        e++;
    const vg_token *h = &doc->toks[e];
    for (uint32_t k = 0; k < last->nperps; k++) {
        /* the last word of the earlier doers: one kind when they share
         * five letters ("gunman", "gunmen"; "militant", "militants") */
        const char *w = doc->text + last->perps[k].start;
        size_t n = last->perps[k].end - last->perps[k].start;
        size_t b = n;
        while (b > 0 && w[b - 1] != ' ')
            b--;
        size_t len = n - b < 5 ? n - b : 5;
        if (h->normlen >= len && !strncasecmp(h->norm, w + b, len))
            return 0;
    }
    return 1;
}

/* Whether place e is named in sentence s only inside the holder of its
 * claim ("Inspector General of Police (Kashmir) said that the attack
 * ..."): the teller's, which names no new event. */
static int teller_place(const inc_ctx *c, const vg_sent *s, int32_t e)
{
    const vg_doc *doc = c->doc;
    int seen = 0;
    for (size_t m = vg_extract_first_mention(doc, s->tok_start);
         m < c->ex->nmentions && c->ex->mentions[m].tok_start < s->tok_end; m++) {
        const vg_mention *mn = &c->ex->mentions[m];
        if (mn->entity != (uint32_t)e)
            continue;
        if (!vg_extract_in_holder(doc, sent_of_tok(doc, mn->tok_start), mn->start, mn->end))
            return 0;
        seen = 1;
    }
    return seen;
}

/* Whether the holder of sentence s's claim is placed in another country
 * than place e ("Hospital officials in Davao City said six people were
 * killed" after a missile fired at Jaffa; not the holder "US" itself): the
 * teller is elsewhere, and so is the event told. */
static int teller_abroad(const inc_ctx *c, const vg_sent *s, int32_t e)
{
    const vg_doc *doc = c->doc;
    const char *cc = c->ex->ents[e].cc;
    for (size_t m = vg_extract_first_mention(doc, s->tok_start);
         m < c->ex->nmentions && c->ex->mentions[m].tok_start < s->tok_end; m++) {
        const vg_mention *mn = &c->ex->mentions[m];
        const vg_entity *p = &c->ex->ents[mn->entity];
        if (p->type == VG_ENT_PLACE && cc[0] && p->cc[0] && strcmp(p->cc, cc) && mn->tok_start > s->tok_start &&
            vg_tok_is(&doc->toks[mn->tok_start - 1], "in") &&
            vg_extract_in_holder(doc, sent_of_tok(doc, mn->tok_start), mn->start, mn->end))
            return 1;
    }
    return 0;
}

/* Whether entity e can be a doer of inc: an operation's are the state's
 * organs, an attack's the armed groups that made it (read from another
 * telling of the event, or from a claim after it). */
static int group_fits(const inc_ctx *c, const vg_incident *inc, int32_t e)
{
    return (c->ex->ents[e].type == VG_ENT_ARMED_GROUP) == (inc->type != VG_INC_SECURITY_OPERATION);
}

/* Moves b's roles into a (b is then dropped by the caller). */
static int merge_into(inc_ctx *c, vg_incident *a, const vg_incident *b)
{
    vg_doc *doc = c->doc;
    int rc = VIGIL_OK;
    if (a->type == VG_INC_ATTACK && b->type != VG_INC_ATTACK) {
        a->type = b->type;
        a->muc_type = b->muc_type;
    }
    if (a->place < 0 || (b->place >= 0 && place_rank(c->lx, &c->ex->ents[b->place]) >
                                              place_rank(c->lx, &c->ex->ents[a->place])))
        a->place = b->place;
    if (!a->has_date && b->has_date) {
        a->date = b->date;
        a->has_date = 1;
    } else if (a->has_date && b->has_date && !a->date.is_window && !b->date.is_window &&
               a->date.value.prec != VG_DATE_NONE && b->date.value.prec > a->date.value.prec &&
               a->date.value.year == b->date.value.year &&
               (a->date.value.prec < VG_DATE_MONTH || a->date.value.month == b->date.value.month)) {
        a->date = b->date; /* "last June", then "on 11 June 2025": the day */
    } else if (a->has_date && b->has_date && day_in_window(&a->date, &b->date, MONTH_SPAN)) {
        a->date = b->date; /* "last week", then "on Tuesday": the day */
    }
    a->arms |= b->arms;
    take_count(&a->killed, &a->vague, 1, b->killed, b->vague & 1);
    take_count(&a->injured, &a->vague, 2, b->injured, (b->vague & 2) != 0);
    for (uint32_t k = 0; k < b->ngroups && rc == VIGIL_OK; k++)
        if (group_fits(c, a, b->groups[k]))
            rc = push_ent_unique(doc, &a->groups, &a->ngroups, b->groups[k]);
    for (uint32_t k = 0; k < b->nperps && rc == VIGIL_OK; k++)
        rc = push_span_unique(doc, &a->perps, &a->nperps, b->perps[k]);
    for (uint32_t k = 0; k < b->ntargets && rc == VIGIL_OK; k++)
        rc = push_span_unique(doc, &a->targets, &a->ntargets, b->targets[k]);
    for (uint32_t k = 0; k < b->nvictims && rc == VIGIL_OK; k++)
        rc = push_span_unique(doc, &a->victims, &a->nvictims, b->victims[k]);
    for (uint32_t k = 0; k < b->nweapons && rc == VIGIL_OK; k++)
        rc = push_span_unique(doc, &a->weapons, &a->nweapons, b->weapons[k]);
    for (uint32_t k = 0; k < b->nevidence && rc == VIGIL_OK; k++)
        rc = push_span_unique(doc, &a->evidence, &a->nevidence, b->evidence[k]);
    return rc;
}

/* Whether inc, an event's start, lies on the day of event a or up to two
 * days before it (not "The attack began ... on 20 November 2015" after
 * an attack of last Tuesday). */
static int began_before(const vg_incident *a, const vg_incident *inc)
{
    if (!inc->has_date || !a->has_date)
        return 1;
    long d = vg_date_to_days(a->date.value) - vg_date_to_days(inc->date.value);
    return vg_date_valid(a->date.value) && vg_date_valid(inc->date.value) && d >= 0 && d <= 2;
}

/* Whether sentence s, which gives inc, opens "The <event> began|started"
 * and tells event a again from its start: neither is a security
 * operation, inc has no other place and lies on a's day or up to two
 * days before, and their types agree (a hostage siege begins with an
 * attack). */
static int began_again(const inc_ctx *c, const vg_sent *s, const vg_incident *a, const vg_incident *inc)
{
    const vg_doc *doc = c->doc;
    return s->tok_start + 3 < s->tok_end &&
           (vg_tok_is(&doc->toks[s->tok_start], "the") || vg_tok_is(&doc->toks[s->tok_start], "this")) &&
           vg_extract_hit(doc, s->tok_start + 1, VG_LK_TRIGGER) &&
           vg_tok_in(&doc->toks[s->tok_start + 2], &began_words) && inc->type != VG_INC_SECURITY_OPERATION &&
           a->type != VG_INC_SECURITY_OPERATION && (inc->place < 0 || same_place(c, a, inc)) &&
           began_before(a, inc) && (compatible_type(a->type, inc->type) || a->type == VG_INC_KIDNAPPING);
}

/* How many of the document's incidents are of the given type. */
static size_t incidents_of_type(const vg_extract *ex, int type)
{
    size_t n = 0;
    for (size_t i = 0; i < ex->nincs; i++)
        n += ex->incs[i].type == type;
    return n;
}

/* Whether the incidents told so far are one event told several times
 * (none dated otherwise than the last, nor placed outside its place:
 * the headline's "southwest Pakistan" and the lead's Sibi). */
static int one_event(const inc_ctx *c)
{
    const vg_extract *ex = c->ex;
    if (!ex->nincs)
        return 0;
    const vg_incident *last = &ex->incs[ex->nincs - 1];
    for (size_t i = 0; i + 1 < ex->nincs; i++) {
        const vg_incident *x = &ex->incs[i];
        if ((x->has_date && last->has_date && !same_date(c->doc, &x->date, &last->date, WEEK_SPAN)) ||
            (x->place >= 0 && last->place >= 0 && x->place != last->place &&
             !place_within(ex, x->place, last->place) && !place_within(ex, last->place, x->place)))
            return 0;
    }
    return 1;
}

/* "The attackers also struck a police post in Funtua": "also" in the two
 * words before the trigger tells a further act, at a place of its own. */
static int also_before(const vg_doc *doc, const vg_sent *s, size_t trig)
{
    for (size_t k = trig; k > s->tok_start && trig - k < 2; k--)
        if (vg_tok_is(&doc->toks[k - 1], "also"))
            return 1;
    return 0;
}



/* Whether place e is named in sentence s only as the name of a way ("on
 * the Ondo road"): a detail of the scene, no place of its own. */
static int place_names_way(const vg_doc *doc, const vg_sent *s, int32_t e)
{
    const vg_extract *ex = doc->ex;
    int seen = 0;
    for (size_t m = vg_extract_first_mention(doc, s->tok_start);
         m < ex->nmentions && ex->mentions[m].tok_start < s->tok_end; m++) {
        if ((int32_t)ex->mentions[m].entity != e)
            continue;
        size_t b = ex->mentions[m].tok_end;
        if (b >= s->tok_end || !vg_tok_in(&doc->toks[b], &way_words))
            return 0;
        seen = 1;
    }
    return seen;
}

/* Merges inc, told in sentence si, into the event it tells again. */
static int merge_told(inc_ctx *c, vg_incident *into, const vg_incident *inc, long *last_sent, size_t si)
{
    *last_sent = (long)si;
    return merge_into(c, into, inc);
}

static int add_incident(inc_ctx *c, const vg_incident *inc)
{
    vg_extract *ex = c->ex;
    if (ex->nincs >= VG_MAX_INCIDENTS) {
        if (!(ex->limited & 2)) {
            ex->limited |= 2;
            vg_doc_diag(c->doc, 0, VIGIL_ELIMIT, (long long)inc->evidence[0].start,
                        "more than %d incidents: the rest are not kept", VG_MAX_INCIDENTS);
        }
        return VIGIL_OK;
    }
    int rc = vg_extract_grow(c->doc, (void **)&ex->incs, ex->nincs, &ex->capincs, sizeof *inc);
    if (rc != VIGIL_OK)
        return rc;
    ex->incs[ex->nincs++] = *inc;
    return VIGIL_OK;
}

static vg_wordlist round_words = VG_WORDLIST("shots", "rounds", "bullets", "bursts");

/* Whether tokens [a, b) name what was fired: a weapon ("mortars", "two
 * rockets") or rounds ("shots", "several bursts"; not the figures "a
 * parting shot", "a salvo", "a warning shot"). */
static int fired_rounds(const vg_doc *doc, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++)
        if (vg_extract_hit(doc, k, VG_LK_WEAPON) || vg_tok_in(&doc->toks[k], &round_words))
            return 1;
    return 0;
}

static vg_wordlist mishap_causes = VG_WORDLIST("brakes", "brake", "lost", "skidded", "accident", "accidentally",
                                                  "drunk", "drunken", "crash", "crashed", "collision");

/* Whether a hit of kind kind starts within n tokens from token a (before
 * end). */
static int hit_within(const vg_doc *doc, size_t a, size_t end, size_t n, int kind)
{
    for (size_t j = a; j < end && j < a + n; j++)
        if (vg_extract_hit(doc, j, kind))
            return 1;
    return 0;
}

/* Whether a weapon (or, unless weapon_only, a target, a victim or an
 * attack noun) stands within 6 tokens after token from, or within 4 before
 * the trigger in a passive ("the charge was placed by ..."). */
static int object_follows(const inc_ctx *c, size_t from, size_t end, int weapon_only)
{
    size_t begin = from > 5 ? from - 5 : 0;
    for (size_t k = begin; k < end && k < from + 6; k++) {
        if (vg_extract_hit(c->doc, k, VG_LK_WEAPON))
            return 1;
        if (!weapon_only && (vg_extract_hit(c->doc, k, VG_LK_TARGET) ||
                             vg_extract_hit(c->doc, k, VG_LK_TRIGGER)))
            return 1;
    }
    return 0;
}

static vg_wordlist goods_words = VG_WORDLIST("power", "control", "territory", "town", "city", "village",
    "district", "area", "region", "land", "assets", "property", "documents", "drugs", "cash",
    "money", "vehicles", "equipment", "ammunition", "phones", "laptops", "computers", "rifles",
    "weapons", "arms", "explosives", "materials", "items", "phone", "laptop", "computer", "rifle",
    "weapon", "vehicle", "car", "truck", "document", "passport", "passports", "device",
    "devices");

/* "officers seized 40 kg of explosives", "the Taliban seized power":
 * what an ambiguous taking verb takes is arms, goods or ground (before any
 * person), not a hostage. */
static int takes_goods(const inc_ctx *c, size_t from, size_t end, size_t start)
{
    /* telegraphic: "KILLED AND WEAPONS SEIZED" */
    if (from >= start + 2 && (vg_extract_hit(c->doc, from - 2, VG_LK_WEAPON) ||
                              vg_tok_in(&c->doc->toks[from - 2], &goods_words)))
        return 1;
    /* passive: "two AK-47 rifles and several mobile phones were seized" */
    if (from >= start + 2 && (vg_tok_is(&c->doc->toks[from - 2], "were") ||
                              vg_tok_is(&c->doc->toks[from - 2], "was"))) {
        for (size_t k = from - 2; k > start && from - 2 - k < 8; k--) {
            const vg_token *t = &c->doc->toks[k - 1];
            if (clause_punct(t))
                break;
            if (vg_extract_hit(c->doc, k - 1, VG_LK_WEAPON) || vg_tok_in(t, &goods_words))
                return 1;
        }
    }
    for (size_t k = from; k < end && k < from + 6; k++) {
        const vg_lex_hit *h = vg_extract_hit(c->doc, k, VG_LK_TARGET);
        int32_t e = vg_extract_entity_at(c->doc, k);
        if ((h && vg_lex_target(c->lx, h->rec)->human) ||
            (e >= 0 && c->ex->ents[e].type == VG_ENT_PERSON))
            return 0;
        if (vg_extract_hit(c->doc, k, VG_LK_WEAPON) || vg_tok_in(&c->doc->toks[k], &goods_words))
            return 1;
    }
    return 0;
}

/* How specific an incident type is: a sentence with several triggers
 * ("gunmen attacked an army post ..., killing 11 soldiers") is typed by
 * its most specific one. */
static vg_wordlist taking_verbs = VG_WORDLIST("captured", "seized", "overran", "overrun");
static vg_wordlist held_sites = VG_WORDLIST("base", "bases", "camp", "camps", "post", "posts", "outpost", "outposts",
                                            "barracks", "garrison", "checkpoint", "checkpoints", "position",
                                            "positions", "airport", "airfield", "capital", "headquarters");
static vg_wordlist ground_mods = VG_WORDLIST("the", "a", "an", "key", "strategic", "military", "army", "border",
                                             "nearby", "control", "of", "two", "three", "several");

/* Whether the object after a verb of taking at token a is ground: a
 * settlement, a post of the state's forces or a place named ("captured
 * the town of Nyabibwe", "seized control of the highway", "overran two
 * army posts"; not "seized weapons", "captured a soldier"). */
static int ground_taken(const inc_ctx *c, const vg_sent *s, size_t a)
{
    const vg_doc *doc = c->doc;
    for (size_t j = a; j < s->tok_end && j < a + 4; j++) {
        const vg_token *t = &doc->toks[j];
        if (vg_tok_in(t, &settlement_words) || vg_tok_in(t, &held_sites))
            return 1;
        int32_t e = vg_extract_entity_at(doc, j);
        if (e >= 0)
            return c->ex->ents[e].type == VG_ENT_PLACE;
        if (!vg_tok_in(t, &ground_mods))
            return 0;
    }
    return 0;
}

enum { TOP_RANK = 4 }; /* the highest type_rank */
static int type_rank(int type)
{
    switch (type) {
    case VG_INC_BOMBING: case VG_INC_KIDNAPPING: case VG_INC_HIJACKING: case VG_INC_ARSON:
        return TOP_RANK;
    case VG_INC_ASSASSINATION: return 3;
    case VG_INC_ARMED_ASSAULT: return 2;
    case VG_INC_ATTACK: return 1;
    default: return 0;
    }
}

static vg_wordlist label_verbs = VG_WORDLIST("described", "describe", "describes", "called", "call", "calls",
                                             "labelled", "labeled", "treating", "treated", "treat",
                                             "classified", "characterised", "characterized", "considered",
                                             "branded", "regarded", "investigating", "investigated",
                                             /* 'A video being shared as "a drone strike on a
                                              * wedding"': what a post is passed off as */
                                             "shared", "circulated", "circulating", "presented", "billed",
                                             "captioned", "passed");

static vg_wordlist judge_verbs = VG_WORDLIST("prosecuted", "tried", "investigated", "treated", "classified",
                                             "considered", "labelled", "labeled", "designated", "punished");

/* "called for the drone attacks to be prosecuted under the terrorism
 * statute": how acts told elsewhere should be judged, not an act. */
static int judged_after(const vg_doc *doc, const vg_sent *s, size_t e)
{
    return e + 2 < s->tok_end && vg_tok_is(&doc->toks[e], "to") && vg_tok_is(&doc->toks[e + 1], "be") &&
           vg_tok_in(&doc->toks[e + 2], &judge_verbs);
}

static vg_wordlist linking_verbs = VG_WORDLIST("remains", "remain", "seems", "seem", "appears", "appear");

/* "further drone attacks on police positions ... were \"very probable\"
 * in the coming days": an attack whose likelihood is judged is ahead (a
 * threat), not an event. */
static int forecast_after(const inc_ctx *c, const vg_sent *s, size_t e)
{
    const vg_doc *doc = c->doc;
    for (size_t j = e; j + 1 < s->tok_end && j < e + 12; j++) {
        const vg_token *t = &doc->toks[j];
        if (t->kind == VG_TOK_PUNCT && !vg_tok_punct(t, '"'))
            return 0;
        /* "... remains possible", "seems likely" */
        if (!vg_tok_in(t, &be_forms) && !vg_tok_in(t, &linking_verbs))
            continue;
        size_t h = j + 1;
        if (h < s->tok_end && vg_tok_punct(&doc->toks[h], '"'))
            h++;
        if (h < s->tok_end && vg_tok_is(&doc->toks[h], "very"))
            h++;
        const vg_lex_hit *hd = h < s->tok_end ? vg_extract_hit(doc, h, VG_LK_HEDGE) : NULL;
        if (!hd)
            return 0;
        /* "The bombing ... seems likely to inflame tensions": a judgement
         * of what the event will do, not of the event */
        if (vg_tok_in(t, &linking_verbs) && h + hd->ntok < s->tok_end && vg_tok_is(&doc->toks[h + hd->ntok], "to"))
            return 0;
        return !vg_extract_past_guess(doc, s, h + hd->ntok);
    }
    return 0;
}

static vg_wordlist untold_dets = VG_WORDLIST("a", "an", "for", "further", "more", "new", "fresh", "additional",
                                            "future", "possible");

/* "is preparing a car bomb for an attack on police checkpoints in Kirkuk
 * within the next 72 hours": an event word [k, e) whose own words run on,
 * with no past verb, to a window that starts at the document's day or
 * later and ends after it is ahead (a threat), not an event (not "this
 * week", which began before; not "the bombing, which killed 12, will be
 * investigated next week"). */
static int ahead_window(const inc_ctx *c, const vg_sent *s, size_t k, size_t e)
{
    const vg_doc *doc = c->doc;
    const vg_extract *ex = c->ex;
    if (!vg_date_valid(ex->anchor) || ex->anchor.prec != VG_DATE_DAY)
        return 0;
    /* an attack not yet told: "for an attack", "attacks" (not "after the
     * bombing of the market ... for the next 48 hours", "following
     * Saturday's suicide bombing"), with no past verb before it ("A
     * curfew was imposed after ...") */
    if (k == s->tok_start || !vg_tok_in(&doc->toks[k - 1], &untold_dets))
        return 0;
    /* (a verb of saying or expecting is no event: "the army expected
     * further attacks on checkpoints ... in the coming weeks") */
    for (size_t j = s->tok_start; j < k; j++)
        if ((vg_tok_past(&doc->toks[j]) && !vg_extract_hit(doc, j, VG_LK_CUE)) ||
            vg_tok_in(&doc->toks[j], &since_words))
            return 0;
    long pub = vg_date_to_days(ex->anchor);
    for (size_t t = vg_extract_first_time(doc, doc->toks[e < s->tok_end ? e : s->tok_end - 1].start);
         t < ex->ntimes && ex->times[t].tok_start < s->tok_end && ex->times[t].tok_start < e + 12; t++) {
        const vg_timeref *tr = &ex->times[t];
        if (tr->tok_start < e)
            continue;
        int past = 0;
        for (size_t j = e; j < tr->tok_start && !past; j++)
            past = vg_tok_past(&doc->toks[j]) || clause_punct(&doc->toks[j]);
        if (past)
            return 0;
        return tr->is_window && vg_date_valid(tr->from) && vg_date_valid(tr->to) &&
               vg_date_to_days(tr->from) >= pub && vg_date_to_days(tr->to) > pub;
    }
    return 0;
}

/* "Police never described the incident as an attack", "are treating
 * the blast as a terrorist attack", "a case of terrorist murder": a name
 * given to what is told elsewhere, not an event of its own (trigger at
 * k). */
static vg_wordlist case_words = VG_WORDLIST("case", "cases", "charge", "charges", "counts", "count",
                                           "investigation", "inquiry", "probe", "suspicion");
static vg_wordlist case_links = VG_WORDLIST("of", "into", "for");
static vg_wordlist crime_names = VG_WORDLIST("murder", "murders", "homicide", "manslaughter", "attempted");

static int labelled_as(const vg_doc *doc, const vg_sent *s, size_t k)
{
    /* "Local authorities attributed the attack to the ADF", "blamed the
     * bombing on": the event told before, named again to say who did it
     * (not "blamed the bombing, which killed 12 people ..., on Boko
     * Haram", the first telling) */
    if (doc->ex->nincs && k >= s->tok_start + 2 && vg_tok_is(&doc->toks[k - 1], "the") &&
        (vg_tok_is(&doc->toks[k - 2], "attributed") || vg_tok_is(&doc->toks[k - 2], "blamed")) &&
        !(k + 1 < s->tok_end && vg_tok_punct(&doc->toks[k + 1], ',')))
        return 1;
    /* 'a case of "terrorist murder and attempted terrorist murder" has
     * been opened', "an investigation into attempted murder": the crime
     * the law names, not an event told here ("an investigation into the
     * attack on a church that killed three" still tells the attack) */
    for (size_t j = k; j > s->tok_start + 1 && k - j < 7 && vg_tok_in(&doc->toks[k], &crime_names); j--) {
        if (clause_punct(&doc->toks[j - 1]))
            break;
        /* ... "a judicial investigation opened by the federal prosecutor's
         * office for attempted terrorist murder" */
        if (vg_tok_in(&doc->toks[j - 1], &case_links) &&
            word_in_clause_before(doc, s->tok_start, j - 1, &case_words, 8))
            return 1;
    }
    size_t j = k;
    while (j > s->tok_start && k - j < 3 && !vg_tok_is(&doc->toks[j - 1], "as"))
        j--;
    if (j == s->tok_start || !vg_tok_is(&doc->toks[j - 1], "as"))
        return 0;
    return word_in_clause_before(doc, s->tok_start, j - 1, &label_verbs, 6);
}

static vg_wordlist generic_words = VG_WORDLIST("generally", "usually", "often", "typically", "largely", "mostly",
                                               "frequently", "commonly", "widely", "routinely");

/* "Violence in the region is generally attributed to JNIM", "Burkina Faso
 * has faced violence by jihadists affiliated to al-Qaeda since 2015": who
 * is behind the violence of a region or of years, not this event. */
static int background_blame(const vg_doc *doc, const vg_sent *s)
{
    /* ("JNIM, which has waged an insurgency since 2012, claimed
     * responsibility": a claim of this event) */
    for (size_t k = s->tok_start; k < s->tok_end; k++)
        if (vg_tok_is(&doc->toks[k], "claimed") || vg_tok_is(&doc->toks[k], "responsibility"))
            return 0;
    if (sentence_has(doc, s, &generic_words))
        return 1;
    for (size_t k = s->tok_start; k + 1 < s->tok_end; k++)
        if (vg_tok_is(&doc->toks[k], "since") && doc->toks[k + 1].kind == VG_TOK_NUM)
            return 1;
    return 0;
}

static vg_wordlist harm_participles = VG_WORDLIST("killed", "wounded", "injured", "left", "displaced");
static vg_wordlist campaign_nouns = VG_WORDLIST("insurgency", "insurgencies", "conflict", "conflicts", "war", "wars",
                                                "campaign", "rebellion", "terrorism", "jihadists", "extremists");

/* Whether sentence s tells harm in the present perfect with a campaign as
 * the subject ("Boko Haram's insurgency has killed more than 40,000
 * people", "the conflict has left thousands dead"): a tally, when it names
 * no event of its own ("the uprising ... has left at least 12 dead", "The
 * violence has left at least 23 people dead" are one event's toll). */
static int perfect_tally(const vg_doc *doc, const vg_sent *s)
{
    for (size_t k = s->tok_start + 1; k < s->tok_end; k++)
        if (vg_tok_in(&doc->toks[k], &harm_participles) &&
            (vg_tok_is(&doc->toks[k - 1], "has") || vg_tok_is(&doc->toks[k - 1], "have"))) {
            /* the subject, past an aside ("insurgency, which began in
             * 2009, has killed") */
            for (size_t j = k - 1; j > s->tok_start && k - j < 16; j--)
                if (vg_tok_in(&doc->toks[j - 1], &campaign_nouns))
                    return 1;
            return 0;
        }
    return 0;
}

static vg_wordlist habit_words = VG_WORDLIST("before", "previously", "repeatedly", "often", "frequently",
                                             "numerous", "regularly");
static vg_wordlist rule_adverbs = VG_WORDLIST("usually", "typically", "generally", "mostly", "normally",
                                              "commonly", "often", "frequently", "regularly", "mainly");

/* Whether sentence s names a day ("on Sunday", "on 3 March"): events of
 * that day, not a rule ("Coordinated bombings mainly targeted police
 * stations in Quetta on Sunday"). */
static int day_told(const vg_doc *doc, const vg_sent *s)
{
    const vg_extract *ex = doc->ex;
    for (size_t t = vg_extract_first_time(doc, s->start); t < ex->ntimes && ex->times[t].start < s->end; t++)
        if (ex->times[t].value.prec == VG_DATE_DAY)
            return 1;
    return 0;
}

static vg_wordlist np_dets = VG_WORDLIST("the", "a", "an", "this", "that", "these", "those", "his", "her", "their",
                                         "its", "our", "my", "your", "one", "some", "several", "many", "dozens",
                                         "hundreds", "scores", "at", "more", "about", "around", "nearly", "two",
                                         "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                         "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "u.s.");

/* Whether a plural noun phrase with no determiner or count opens at token
 * j, in lower case ("foreign nationals", "aid workers"): a kind, not
 * people or things counted or named. */
static int bare_plural_at(const vg_doc *doc, const vg_sent *s, size_t j)
{
    if (j >= s->tok_end || doc->toks[j].kind != VG_TOK_WORD || !(doc->toks[j].flags & VG_TF_LOWER) ||
        vg_tok_in(&doc->toks[j], &np_dets) || vg_tok_in(&doc->toks[j], &np_stop))
        return 0;
    for (size_t e = j; e < s->tok_end && e < j + 3; e++) {
        const vg_token *t = &doc->toks[e];
        if (t->kind != VG_TOK_WORD || !(t->flags & VG_TF_LOWER))
            return 0;
        if (t->normlen > 3 && t->norm[t->normlen - 1] == 's' && t->norm[t->normlen - 2] != 's')
            return 1;
    }
    return 0;
}

/* Whether the words from token a tell one event of a series: a time or a
 * toll within its clause ("one in February 2025 that killed 20", "one
 * that killed 12 people"). */
static int one_told(const vg_doc *doc, const vg_sent *s, size_t a)
{
    const vg_extract *ex = doc->ex;
    for (size_t j = a; j < s->tok_end && j < a + 10; j++) {
        if (vg_tok_punct(&doc->toks[j], ';') || vg_tok_punct(&doc->toks[j], ','))
            break;
        size_t t = vg_extract_first_time(doc, doc->toks[j].start);
        if ((t < ex->ntimes && ex->times[t].start == doc->toks[j].start) ||
            ((vg_tok_is(&doc->toks[j], "that") || vg_tok_is(&doc->toks[j], "which")) && j + 1 < s->tok_end &&
             vg_tok_past(&doc->toks[j + 1])))
            return 1;
    }
    return 0;
}

static vg_wordlist gerund_links = VG_WORDLIST("before", "after", "while", "then");

/* Whether the noun trigger at k (to e) is a gerund that takes people as
 * its object after a word linking it to the clause ("damaged navigational
 * equipment before kidnapping five crew members", "after abducting two
 * engineers"): a verb, an act of the doers told. */
static int gerund_object(const inc_ctx *c, const vg_sent *s, size_t k, size_t e)
{
    const vg_doc *doc = c->doc;
    if (e != k + 1 || k == s->tok_start || !vg_tok_gerund(&doc->toks[k]) ||
        !vg_tok_in(&doc->toks[k - 1], &gerund_links))
        return 0;
    for (size_t j = e; j < s->tok_end && j < e + 5; j++) {
        if (clause_punct(&doc->toks[j]))
            return 0;
        const vg_lex_hit *h = vg_extract_hit(doc, j, VG_LK_TARGET);
        if (h && vg_lex_target(c->lx, h->rec)->human)
            return 1;
        int32_t en = vg_extract_entity_at(doc, j);
        if (en >= 0 && c->ex->ents[en].type == VG_ENT_PERSON)
            return 1;
    }
    return 0;
}

/* A tally or a pattern, not one event: the perfect with a span of time
 * ("Militants have killed hundreds of soldiers since 2013", "the TTP has
 * attacked police posts repeatedly over the past year") or of habit
 * ("has carried out bombings in Kampala before"). */
static int background(const vg_doc *doc, const vg_sent *s, size_t k)
{
    /* "... a series of car bombings since December 2024, including one in
     * February 2025 that killed 20 farm workers": one of them told, its
     * day or its toll, by the words after "including one" (not "Militants
     * have killed hundreds since 2013, including one who ...", nor the
     * tally before it: "Gunmen have killed 120 villagers in a series of
     * attacks ..., including one on Christmas Eve that killed 30") */
    for (size_t j = s->tok_start + 1; j + 1 < k; j++)
        if (vg_tok_is(&doc->toks[j], "including") && vg_tok_is(&doc->toks[j + 1], "one") && one_told(doc, s, j + 2))
            for (size_t e = j; e > s->tok_start && j - e < 10; e--)
                if (vg_tok_in(&doc->toks[e - 1], &plural_events))
                    return 0;
    /* "Attacks in the province are usually carried out by ISMP", "Most
     * attacks were carried out by ...": who does such acts, as a rule,
     * told of no day */
    if (vg_tok_in(&doc->toks[k], &plural_events) && !day_told(doc, s)) {
        if (k > s->tok_start && vg_tok_is(&doc->toks[k - 1], "most"))
            return 1;
        for (size_t j = k + 1; j < s->tok_end && j < k + 8 && !clause_punct(&doc->toks[j]); j++)
            if (vg_tok_in(&doc->toks[j], &rule_adverbs))
                return 1;
    }
    /* the subject of such a perfect: "jihadist attacks in Europe have
     * killed more than 350 people since 2015" */
    for (size_t j = k + 1; j < s->tok_end && j < k + 6; j++) {
        if (clause_punct(&doc->toks[j]))
            break;
        if ((vg_tok_is(&doc->toks[j], "have") || vg_tok_is(&doc->toks[j], "has")) &&
            vg_tok_in(&doc->toks[k], &plural_events))
            return sentence_has(doc, s, &span_words);
    }
    size_t p = k;
    while (p > s->tok_start && k - p < 3 && doc->toks[p - 1].kind == VG_TOK_WORD &&
           !vg_tok_is(&doc->toks[p - 1], "has") && !vg_tok_is(&doc->toks[p - 1], "have"))
        p--; /* "has repeatedly attacked" */
    if (p == s->tok_start || !(vg_tok_is(&doc->toks[p - 1], "has") || vg_tok_is(&doc->toks[p - 1], "have")))
        return 0;
    /* the span anywhere: "Since 2015, jihadist attacks have killed ...";
     * or a habit: "has carried out bombings in Kampala before" */
    if (sentence_has(doc, s, &span_words) ||
        (vg_tok_in(&doc->toks[k], &plural_events) && sentence_has(doc, s, &habit_words)))
        return 1;
    /* whom they target, of no day: "Kidnappers have targeted foreign
     * nationals, aid workers and local business people" (not "have
     * targeted a police station"; "Militants have stormed government
     * offices" is a breaking event) */
    for (size_t j = p; j < k; j++)
        if (vg_tok_is(&doc->toks[j], "been"))
            return 0; /* "have been kidnapped by terrorists": done to them */
    return vg_tok_is(&doc->toks[k], "targeted") && !day_told(doc, s) && bare_plural_at(doc, s, k + 1);
}

/* Sentence si is the story's first in prose: what comes before it are
 * short lines without a full stop (a masthead, a label, a headline). */
static int first_prose(const vg_doc *doc, size_t si)
{
    if (si > 12)
        return 0;
    for (size_t j = 0; j < si; j++) {
        const vg_sent *p = &doc->sents[j];
        if (p->tok_end <= p->tok_start)
            continue;
        if (vg_tok_punct(&doc->toks[p->tok_end - 1], '.'))
            return 0;
        for (size_t k = p->tok_start; k < p->tok_end && p->tok_end - p->tok_start > 20; k++)
            if (doc->toks[k].flags & VG_TF_LOWER)
                return 0; /* a long line in prose; a masthead is in capitals */
    }
    return 1;
}

/* An arrest or detention told as an operation of its own: people counted
 * ("detained 14 people", "arrested two suspects", "11 suspects were
 * detained") or a place named in the sentence ("arrested in Madrid"). A
 * bare "police arrested the bomber" after an attack stays part of it. */
static int operation(const inc_ctx *c, const vg_sent *s, size_t k, size_t after,
                     const vg_trigger *tr)
{
    const vg_doc *doc = c->doc;
    if (tr->type != VG_INC_SECURITY_OPERATION)
        return 0;
    /* "A 24-year-old Michigan man was arrested on Friday and charged with
     * attempting to provide material support to ISIS": the report's own
     * event, told first */
    if (c->ex->nincs == 0 && first_prose(doc, sent_of_tok(doc, k)) && k > s->tok_start &&
        (vg_tok_is(&doc->toks[k - 1], "was") || vg_tok_is(&doc->toks[k - 1], "were")))
        return 1;
    /* "The three suspects arrested in Germany were brought before the
     * judge": the people of an arrest already told */
    if (k > s->tok_start && vg_tok_in(&doc->toks[k - 1], &people_words))
        for (size_t j = k - 1; j > s->tok_start && k - j < 4; j--)
            if (vg_tok_is(&doc->toks[j - 1], "the") || vg_tok_is(&doc->toks[j - 1], "those") ||
                vg_tok_is(&doc->toks[j - 1], "these"))
                return 0;
    for (size_t q = vg_extract_first_quant(doc, doc->toks[k > s->tok_start + 4 ? k - 4 : s->tok_start].start);
         q < c->ex->nquants && c->ex->quants[q].start < doc->toks[after + 4 < s->tok_end ? after + 4 : s->tok_end - 1].end;
         q++) {
        const vg_quant *qu = &c->ex->quants[q];
        size_t j = qu->tok_end; /* "two more suspects", "Three (3) alleged members" */
        if (j + 2 < s->tok_end && vg_tok_is(&doc->toks[j], "(") && doc->toks[j + 1].kind == VG_TOK_NUM &&
            vg_tok_is(&doc->toks[j + 2], ")"))
            j += 3;
        size_t j0 = j;
        while (j < s->tok_end && j < j0 + 2 &&
               (vg_tok_is(&doc->toks[j], "more") || vg_tok_is(&doc->toks[j], "other") ||
                vg_tok_is(&doc->toks[j], "further") || vg_tok_is(&doc->toks[j], "suspected") ||
                vg_tok_is(&doc->toks[j], "alleged")))
            j++;
        if (j < s->tok_end && vg_tok_in(&doc->toks[j], &people_words))
            return 1;
    }
    for (size_t m = vg_extract_first_mention(doc, s->tok_start);
         m < c->ex->nmentions && c->ex->mentions[m].tok_start < s->tok_end; m++) {
        const vg_entity *e = &c->ex->ents[c->ex->mentions[m].entity];
        if (e->type == VG_ENT_PLACE && c->ex->mentions[m].tok_start > k)
            return 1;
    }
    return 0;
}

/* Whether an armed group is named before token k in sentence s and no
 * government body is. */
static int group_acts(const inc_ctx *c, const vg_sent *s, size_t k)
{
    const vg_extract *ex = c->ex;
    int group = 0;
    /* "militants affiliated with the LeT were killed in an encounter":
     * the group suffered it */
    if (k > s->tok_start && (vg_tok_is(&c->doc->toks[k - 1], "were") || vg_tok_is(&c->doc->toks[k - 1], "was")))
        return 0;
    /* "Two Hamas militants were killed in an airstrike", "... killed in
     * an Israeli airstrike": the act that hit them */
    for (size_t j = k > s->tok_start + 6 ? k - 6 : s->tok_start; j < k; j++)
        if (vg_tok_in(&c->doc->toks[j], &harm_passives) && struck_from_afar(c->doc, s, j))
            return 0;
    /* "an encounter with security forces": the state is a party */
    for (size_t m = vg_extract_first_mention(c->doc, s->tok_start);
         m < ex->nmentions && ex->mentions[m].tok_start < k + 5 && ex->mentions[m].tok_start < s->tok_end; m++) {
        int t = ex->ents[ex->mentions[m].entity].type;
        if (t == VG_ENT_GOVERNMENT)
            return 0;
        group |= t == VG_ENT_ARMED_GROUP && ex->mentions[m].tok_start < k;
    }
    /* "the fighters seized weapons and four armoured vehicles": the
     * attackers' subject right before the verb */
    for (size_t j = k; !group && j > s->tok_start && k - j < 3; j--) {
        const vg_token *t = &c->doc->toks[j - 1];
        if (t->kind == VG_TOK_PUNCT)
            break;
        group = vg_tok_in(t, &perp_heads) && !vg_tok_is(t, "men") && !vg_tok_is(t, "individuals");
    }
    return group;
}

/* Whether an act of harm ("killed", "wounded") stands in tokens [from,
 * a) of one clause: what follows it is its object. */
static int harmed_before(const vg_doc *doc, size_t from, size_t a)
{
    return word_in_clause_before(doc, from, a, &harm_verbs, 8);
}

/* Words after a verb of harm that show it has no object: "Three soldiers
 * killed and five wounded", "killed while on patrol". */
static vg_wordlist object_stops = VG_WORDLIST("and", "while", "when", "as", "after", "before", "during",
                                              "by", "or", "but", "since", "overnight", "yesterday",
                                              "today");

/* Words for a state's forces, as the subject of an act: "Troops raided a
 * hideout", "Soldiers killed thirty jihadists". */
static vg_wordlist force_words = VG_WORDLIST("troops", "soldiers", "policemen", "gendarmes", "paratroopers",
                                             "marines", "servicemen", "peacekeepers");

static vg_wordlist one_force_words = VG_WORDLIST("soldier", "officer", "officers", "policeman", "trooper",
                                                 "gendarme", "serviceman", "peacekeeper");

static vg_wordlist counter_words = VG_WORDLIST("anti", "counter");
/* Words that end an agent's phrase after "by": the act's object, place or
 * purpose. */
static vg_wordlist agent_ends = VG_WORDLIST("on", "against", "in", "near", "at", "into", "targeting", "across",
                                           "from", "with", "to", "of", "who", "which", "and");
/* Words of a state's own forces before a doer's word: "navy commandos",
 * "special forces", "fighter jets" */
static vg_wordlist state_mods = VG_WORDLIST("navy", "naval", "army", "police", "special", "elite", "coalition",
                                           "government", "jets", "jet", "planes", "aircraft", "commandos",
                                           "commando");

/* Whether token j names armed men as doers: an armed group, or a word of
 * perp_heads other than "men", "individuals", "suspects", not a state's
 * ("navy commandos", "fighter jets", "special forces"). */
static int armed_word(const inc_ctx *c, size_t j)
{
    const vg_token *t = &c->doc->toks[j];
    int32_t g = vg_extract_entity_at(c->doc, j);
    if (g >= 0)
        return c->ex->ents[g].type == VG_ENT_ARMED_GROUP;
    if (vg_tok_is(t, "commandos") || vg_tok_is(t, "commando") ||
        (j + 1 < c->doc->ntoks && vg_tok_in(&c->doc->toks[j + 1], &state_mods)) ||
        (j > 0 && vg_tok_in(&c->doc->toks[j - 1], &state_mods)))
        return 0; /* "navy commandos", "fighter jets" */
    return vg_tok_in(t, &perp_heads) && !vg_tok_is(t, "men") && !vg_tok_is(t, "individuals") &&
           !vg_tok_is(t, "suspects");
}

/* Whether the noun of a security operation in tokens [k, e) of sentence s
 * is an armed group's act, told by its doers: "Insurgent raids", "an
 * al-Shabaab offensive", "the ELN's offensive" (the doer right before),
 * "raids by insurgents", "an offensive by that guerrilla" (the doer after
 * "by"); not "an anti-ISIS offensive", "raids by soldiers on insurgents". */
static int armed_doers(const inc_ctx *c, const vg_sent *s, size_t k, size_t e)
{
    const vg_doc *doc = c->doc;
    size_t b = k;
    if (b > s->tok_start + 1 && vg_tok_is(&doc->toks[b - 1], "'s"))
        b--;
    if (b > s->tok_start && armed_word(c, b - 1)) {
        /* the first word of the doer's name: "anti-ISIS" */
        size_t f = b - 1;
        int32_t g = vg_extract_entity_at(doc, f);
        while (g >= 0 && f > s->tok_start && vg_extract_entity_at(doc, f - 1) == g)
            f--;
        return !(f >= s->tok_start + 2 && vg_tok_punct(&doc->toks[f - 1], '-') &&
                 vg_tok_in(&doc->toks[f - 2], &counter_words)) &&
               !(f > s->tok_start && vg_tok_in(&doc->toks[f - 1], &counter_words));
    }
    if (e + 1 >= s->tok_end || !vg_tok_is(&doc->toks[e], "by"))
        return 0;
    /* the agent's own phrase only, up to the act's object or place ("an
     * offensive by the coalition against ISIS" is no ISIS act) */
    for (size_t j = e + 1; j < s->tok_end && j < e + 5 && doc->toks[j].kind == VG_TOK_WORD &&
                           !vg_tok_in(&doc->toks[j], &agent_ends);
         j++) {
        int32_t g = vg_extract_entity_at(doc, j);
        if (vg_tok_in(&doc->toks[j], &force_words) || vg_tok_in(&doc->toks[j], &one_force_words) ||
            vg_tok_in(&doc->toks[j], &state_mods) || (g >= 0 && c->ex->ents[g].type == VG_ENT_GOVERNMENT))
            return 0;
        if (armed_word(c, j))
            return 1;
    }
    return 0;
}

/* "Two soldiers were killed and four wounded in a clash with Abu Sayyaf
 * gunmen in Sulu": the state's forces fell in a fight (trigger tr at k)
 * with armed men named after it; their assault, not an operation of the
 * state (not "Troops killed five militants in a clash with Abu Sayyaf"). */
static int forces_fell(const inc_ctx *c, const vg_sent *s, size_t k, const vg_trigger *tr)
{
    const vg_doc *doc = c->doc;
    if (tr->verb || !(tr->flags & VG_TRF_MILITARY))
        return 0;
    size_t w = k + 1;
    while (w < s->tok_end && w < k + 3 && !vg_tok_is(&doc->toks[w], "with"))
        w++;
    if (w >= s->tok_end || !vg_tok_is(&doc->toks[w], "with"))
        return 0;
    int armed = 0;
    for (size_t j = w + 1; j < s->tok_end && j < w + 6 && !armed && !clause_punct(&doc->toks[j]); j++) {
        int32_t g = vg_extract_entity_at(doc, j);
        armed = vg_tok_in(&doc->toks[j], &perp_heads) || (g >= 0 && c->ex->ents[g].type == VG_ENT_ARMED_GROUP);
    }
    if (!armed)
        return 0;
    size_t a = body_start(c, s), f = a;
    while (f < k && f < a + 4 && !vg_tok_in(&doc->toks[f], &force_words) &&
           !vg_tok_in(&doc->toks[f], &one_force_words))
        f++;
    if (f >= k || f >= a + 4)
        return 0;
    for (size_t j = f + 1; j + 1 < k; j++)
        if (vg_tok_in(&doc->toks[j], &be_forms) && vg_tok_in(&doc->toks[j + 1], &harm_words) &&
            !vg_tok_gerund(&doc->toks[j + 1]))
            return 1;
    return 0;
}

/* Whether the sentence of the act at k opens on a state's forces as the
 * act's subject: a word of force_words among its first four words, or
 * the first four of the clause a teller reports ("The army said its
 * troops killed"), right before k or before a verb of its own in the
 * past ("Malian troops raided a hideout ..., killing twelve fighters"),
 * no statement between ("Soldiers said gunmen killed five"), no doer
 * right before the act ("... when gunmen killed"), not the passive
 * ("Soldiers were killed", "52 soldiers killed in ambush", "two policemen
 * were among those killed"). */

/* Whether token f is a word for the state's forces: force_words,
 * "forces" of a kind only a state has ("Special forces", "Iraqi
 * counterterrorism forces"; not "Houthi forces"), or a word of the name
 * of a state's armed organ ("The army", "Police", "the Sudanese Armed
 * Forces"). */
static vg_wordlist state_force_kinds = VG_WORDLIST("special", "counterterrorism", "counter-terrorism",
                                                   "anti-terrorism", "elite", "government", "federal");
static int state_force(const vg_doc *doc, const vg_sent *s, size_t f)
{
    int32_t e = vg_extract_entity_at(doc, f);
    const vg_entity *en = e >= 0 ? &doc->ex->ents[e] : NULL;
    return vg_tok_in(&doc->toks[f], &force_words) ||
           (vg_tok_is(&doc->toks[f], "forces") && f > s->tok_start &&
            vg_tok_in(&doc->toks[f - 1], &state_force_kinds)) ||
           (en && en->type == VG_ENT_GOVERNMENT && en->organ &&
            (!strcmp(en->organ, "military") || !strcmp(en->organ, "police") || !strcmp(en->organ, "security")));
}

/* Whether the teller before the reporting verb at j is the state's armed
 * forces: "The army said", "Police said", "Troops said". */
static vg_wordlist force_pronouns = VG_WORDLIST("it", "they", "we");
static int forces_teller(const inc_ctx *c, const vg_sent *s, size_t j)
{
    for (size_t t = j; t > s->tok_start && j - t < 5; t--) {
        const vg_token *w = &c->doc->toks[t - 1];
        if (w->kind == VG_TOK_PUNCT)
            return 0;
        int32_t e = vg_extract_entity_at(c->doc, t - 1);
        const vg_entity *en = e >= 0 ? &c->ex->ents[e] : NULL;
        if (vg_tok_in(w, &force_words) ||
            (en && en->type == VG_ENT_GOVERNMENT && en->organ &&
             (!strcmp(en->organ, "military") || !strcmp(en->organ, "police") || !strcmp(en->organ, "security"))))
            return 1;
    }
    return 0;
}

static int forces_subject(const inc_ctx *c, const vg_sent *s, size_t k)
{
    const vg_doc *doc = c->doc;
    size_t a = body_start(c, s), f = a;
    while (f < s->tok_end && f < a + 4 && f < k && !state_force(doc, s, f))
        f++;
    /* "The army said (that) its troops killed three militants": the
     * clause told, after its teller */
    /* ("The army said it killed 24 terrorists", "Police said they had
     * killed three gunmen": the forces that tell, as a pronoun) */
    int pron = 0;
    int found = f < k && f < a + 4 && state_force(doc, s, f);
    /* ("The army said ...": the organ that tells) */
    for (size_t g = f; found && g < k && g < f + 5; g++)
        if (vg_tok_in(&doc->toks[g], &group_says)) {
            found = 0;
            break;
        } else if (vg_extract_entity_at(doc, g) < 0 || vg_extract_entity_at(doc, g) != vg_extract_entity_at(doc, f)) {
            break;
        }
    for (size_t j = a; !found && j < a + 6 && j < k; j++)
        if (vg_tok_in(&doc->toks[j], &group_says) && !vg_extract_hit(doc, j + 1, VG_LK_TRIGGER)) {
            a = f = j + 1 < k && vg_tok_is(&doc->toks[j + 1], "that") ? j + 2 : j + 1;
            pron = f < k && vg_tok_in(&doc->toks[f], &force_pronouns) && forces_teller(c, s, j);
            while (!pron && f < s->tok_end && f < a + 4 && f < k && !state_force(doc, s, f))
                f++;
            break;
        }
    if (!pron && (f >= k || f >= a + 4 || !state_force(doc, s, f)))
        return 0;
    /* past the organ's name and the force words after it ("The Sudanese
     * army", "army soldiers") */
    while (!pron && f + 1 < k &&
           ((vg_extract_entity_at(doc, f) >= 0 && vg_extract_entity_at(doc, f + 1) == vg_extract_entity_at(doc, f)) ||
            vg_tok_in(&doc->toks[f + 1], &force_words)))
        f++;
    if (f + 1 < k && vg_tok_is(&doc->toks[f + 1], "had"))
        f++; /* "soldiers had killed": the auxiliary ends the subject */
    /* "Soldiers killed", "Malian troops killed"; or the forces' own verb
     * first ("Troops raided a hideout ..., killing", "Troops backed by
     * drones killed"); not "Soldiers of the Caliphate" (a group's name for
     * its own), "Soldiers guarding the prison killed two inmates" */
    /* ("Troops later killed": an adverb before the verb) */
    size_t v = f + 1 + (f + 2 <= k && vg_tok_in(&doc->toks[f + 1], &subject_fillers));
    if (v < k && !vg_tok_past(&doc->toks[v]) && !vg_tok_in(&doc->toks[v], &past_irregular))
        return 0;
    /* "Soldiers attacked by militants", "Troops ambushed by jihadists": a
     * headline's passive; "52 soldiers killed in ambush", "Three soldiers
     * killed, five wounded", "Soldiers killed while on patrol": a verb of
     * harm with no object after it (not "killed at least 17") */
    const vg_token *n = k + 1 < s->tok_end ? &doc->toks[k + 1] : NULL;
    /* (not "ambulances ferried the wounded": the hurt, a noun; not "Nine
     * soldiers died when militants attacked": the forces' death) */
    if ((n && vg_tok_is(n, "by")) || (k > f + 1 && vg_tok_is(&doc->toks[k - 1], "the")) ||
        vg_tok_in(&doc->toks[k], &died_words))
        return 0;
    if (vg_tok_in(&doc->toks[k], &harm_verbs) &&
        (!n || n->kind == VG_TOK_PUNCT || vg_tok_in(n, &object_stops) ||
         (vg_tok_in(n, &place_preps) && !(vg_tok_is(n, "at") && k + 2 < s->tok_end &&
                                         (vg_tok_is(&doc->toks[k + 2], "least") ||
                                          vg_tok_is(&doc->toks[k + 2], "most"))))))
        return 0;
    /* "52 soldiers killed in ambush": a headline's passive, the forces hit */
    for (size_t j = f + 1; j < k; j++)
        if (vg_extract_hit(doc, j, VG_LK_CUE) || vg_tok_is(&doc->toks[j], "when") ||
            vg_tok_is(&doc->toks[j], "after") || vg_tok_is(&doc->toks[j], "as") ||
            vg_tok_in(&doc->toks[j], &harm_verbs) || vg_tok_in(&doc->toks[j], &be_forms))
            return 0;
    for (size_t j = k; j > f + 1 && k - j < 2; j--)
        if (vg_tok_in(&doc->toks[j - 1], &perp_heads))
            return 0;
    return 1;
}

/* Whether the object of the act ending before token e names armed men
 * ("killing twelve fighters", "raided a militant hideout"): a state's
 * forces acting on them are an operation; on others ("Soldiers fired on
 * protesters") an assault. */
static vg_wordlist chief_words = VG_WORDLIST("head", "leader", "chief", "emir", "founder", "deputy", "commander",
                                            "spokesman", "financier", "members", "member");
static int militant_object(const vg_doc *doc, const vg_sent *s, size_t e)
{
    for (size_t j = e; j < s->tok_end && j < e + 6 && !clause_punct(&doc->toks[j]) &&
                       !vg_tok_is(&doc->toks[j], "by") && !vg_tok_is(&doc->toks[j], "they");
         j++) {
        if (vg_tok_in(&doc->toks[j], &perp_heads) && !vg_tok_is(&doc->toks[j], "men") &&
            !vg_tok_is(&doc->toks[j], "individuals"))
            return 1;
        /* "killed 14 suspected gang members", "killed three drug traffickers" */
        if (armed_band(doc, s, j) || vg_tok_is(&doc->toks[j], "traffickers"))
            return 1;
        /* "the head of ISIL-K", "a leader of the Islamic State group", "an
         * al-Shabaab leader" */
        if (vg_tok_in(&doc->toks[j], &chief_words) &&
            ((j + 2 < s->tok_end && vg_tok_is(&doc->toks[j + 1], "of") && group_after(doc, j + 2, s->tok_end)) ||
             (j > e && group_after(doc, j - 1, j))))
            return 1;
    }
    return 0;
}

/* Whether a government body is named before token k in sentence s and
 * no armed group is: the state's forces are the subject. The subject of a
 * passive act is the one it hit ("Two police officers were shot dead by
 * gunmen"). */
static vg_wordlist repel_words = VG_WORDLIST("repelled", "repulsed", "repel", "repelling", "resisted", "withstood",
                                            "suffered", "under", "off", "back");
static vg_wordlist repel_particles = VG_WORDLIST("fought", "beat", "beaten", "fend", "fended", "came", "come",
                                                "comes", "coming");

/* Whether the event noun at k is one the subject withstood: "the VDP
 * repelled an attack on their post", "troops came under attack", "fought
 * off an assault"; if armed, only by arms ("repelled", "fought off", "beat
 * back"; not "came under attack from critics"). */
static int withstood_before(const vg_doc *doc, const vg_sent *s, size_t k, int armed)
{
    for (size_t j = k; j > s->tok_start && k - j < 4; j--) {
        const vg_token *t = &doc->toks[j - 1];
        /* (not "repelled the attack and killed 20 terrorists": the verb
         * after it is the forces' own act) */
        if (t->kind != VG_TOK_WORD || vg_tok_is(t, "and") || vg_tok_is(t, "or") ||
            (j < k && (vg_tok_past(t) || vg_tok_gerund(t)) && !vg_tok_in(t, &repel_words)))
            return 0;
        if (!vg_tok_in(t, &repel_words))
            continue;
        int particle = vg_tok_is(t, "under") || vg_tok_is(t, "off") || vg_tok_is(t, "back");
        if (armed && (vg_tok_is(t, "under") || vg_tok_is(t, "resisted") || vg_tok_is(t, "withstood") ||
                      vg_tok_is(t, "suffered")))
            return 0;
        return !particle || (j >= s->tok_start + 2 && vg_tok_in(&doc->toks[j - 2], &repel_particles));
    }
    return 0;
}

static vg_wordlist perpetrate_verbs = VG_WORDLIST("carried", "carry", "carries", "carrying", "staged", "stage",
                                                  "stages", "staging", "perpetrated", "perpetrate", "committed",
                                                  "commit", "mounted", "mount", "executed");
static vg_wordlist perpetrate_dets = VG_WORDLIST("the", "an", "a", "this", "that", "their", "its", "his", "her",
                                                 "out");

static vg_wordlist plain_doers = VG_WORDLIST("men", "man", "woman", "women", "youths", "suspects", "suspect",
                                             "individuals", "people", "persons", "boys", "teenagers");
static vg_wordlist cyber_words = VG_WORDLIST("hackers", "hacker", "hacking", "hacked", "ransomware", "malware",
                                             "cyber", "cyberattack", "cyber-attack", "server", "servers",
                                             "network", "networks", "data", "systems", "ddos", "phishing",
                                             "website", "websites", "computer", "computers", "online");

/* "two men on a motorcycle carried out the attack", "staged an assault":
 * a noun trigger at k done by someone, which sport and talk never are
 * (nor, here, hackers: "carried out the attack on the hospital's
 * servers"). */
static int perpetrated_before(const vg_doc *doc, const vg_sent *s, size_t k)
{
    size_t j = k;
    while (j > s->tok_start && k - j < 3 && vg_tok_in(&doc->toks[j - 1], &perpetrate_dets))
        j--;
    if (!(j < k && j > s->tok_start && vg_tok_in(&doc->toks[j - 1], &perpetrate_verbs)))
        return 0;
    /* ... by men or armed people, named as the doers before the verb
     * (not "Chelsea mounted an attack", "the team carried out the
     * attack", "critics committed an assault on common sense") */
    int doers = 0;
    for (size_t d = j - 1; d > s->tok_start && j - 1 - d < 7 && !doers; d--) {
        const vg_token *t = &doc->toks[d - 1];
        if (t->kind == VG_TOK_PUNCT)
            break;
        int32_t e = vg_extract_entity_at(doc, d - 1);
        doers = vg_tok_in(t, &perp_heads) || vg_tok_in(t, &plain_doers) ||
                (e >= 0 && doc->ex->ents[e].type == VG_ENT_ARMED_GROUP);
    }
    /* (not "we did not carry out this attack") */
    return doers &&
           !(j >= s->tok_start + 2 && (vg_tok_is(&doc->toks[j - 2], "not") || vg_tok_is(&doc->toks[j - 2], "n't") ||
                                       vg_tok_is(&doc->toks[j - 2], "never"))) &&
           !sentence_has(doc, s, &cyber_words);
}

static int state_acts(const inc_ctx *c, const vg_sent *s, size_t k)
{
    const vg_extract *ex = c->ex;
    if (k > s->tok_start && (vg_tok_is(&c->doc->toks[k - 1], "was") || vg_tok_is(&c->doc->toks[k - 1], "were") ||
                             vg_tok_is(&c->doc->toks[k - 1], "been")))
        return 0;
    /* "the VDP repelled an attack on their post" is the attackers' act;
     * "Troops repelled the attack and killed 20 terrorists" the forces' */
    if (withstood_before(c->doc, s, k, 0)) {
        for (size_t j = k + 1; j + 1 < s->tok_end; j++)
            if (vg_tok_in(&c->doc->toks[j], &harm_verbs) && militant_object(c->doc, s, j + 1))
                return 1;
        return 0;
    }
    int state = 0;
    size_t state_end = 0;
    const vg_lex_hit *kh = vg_extract_hit(c->doc, k, VG_LK_TRIGGER);
    int told = kh && told_by(c->doc, s, k, k + kh->ntok);
    for (size_t m = vg_extract_first_mention(c->doc, s->tok_start);
         m < ex->nmentions && ex->mentions[m].tok_start < k; m++) {
        int t = ex->ents[ex->mentions[m].entity].type;
        /* (not the group the state's forces hit: "Afghan security forces
         * killed the head of ISIL-K in a raid") */
        if (t == VG_ENT_ARMED_GROUP && !(state && harmed_before(c->doc, state_end, ex->mentions[m].tok_start)))
            return 0;
        /* "The Lebanese army said ...": the one who tells, not who acts;
         * "fighters killed a dozen Nigerien soldiers in an assault": the
         * one harmed; "According to the Army, the attack was carried out
         * by ...": the holder of an act told with its doers (not "According
         * to the army, soldiers raided an ISWAP camp") */
        /* ("Local authorities attribute the attack to CODECO": who
         * blames, not who acts) */
        size_t after = ex->mentions[m].tok_end;
        if (t == VG_ENT_GOVERNMENT && after < k &&
            (vg_tok_in(&c->doc->toks[after], &blame_words) || vg_tok_is(&c->doc->toks[after], "attribute")))
            continue;
        /* ("a French national known to police, killed two people") */
        size_t before = ex->mentions[m].tok_start;
        if (t == VG_ENT_GOVERNMENT && before >= s->tok_start + 2 && vg_tok_is(&c->doc->toks[before - 1], "to") &&
            vg_tok_is(&c->doc->toks[before - 2], "known"))
            continue;
        if (t == VG_ENT_GOVERNMENT &&
            !vg_extract_holds_statement(c->doc, ex->mentions[m].tok_end, s->tok_end) &&
            !(told && vg_extract_in_holder(c->doc, (uint32_t)sent_of_tok(c->doc, k), ex->mentions[m].start,
                                           ex->mentions[m].end)) &&
            !harmed_before(c->doc, s->tok_start, ex->mentions[m].tok_start)) {
            state = 1;
            state_end = ex->mentions[m].tok_end;
        }
    }
    /* the subject right before the act: "Mali's army lost 22 soldiers when
     * militants overran a camp" is the militants' act */
    if (!state || k - state_end > 3) {
        if (forces_subject(c, s, k) && militant_object(c->doc, s, k + 1))
            return 1;
        /* "Troops killed six militants during a raid": the forces' verb of
         * harm before the event's noun, in their own clause (not "... after
         * the insurgents attacked a checkpoint", "... who stormed their
         * base") */
        const vg_lex_hit *th = vg_extract_hit(c->doc, k, VG_LK_TRIGGER);
        if (!th || vg_lex_trigger(c->lx, th->rec)->verb)
            return 0;
        for (size_t j = body_start(c, s); j < k; j++) {
            if (!vg_tok_in(&c->doc->toks[j], &harm_verbs))
                continue;
            for (size_t x = j + 1; x < k; x++)
                if (vg_tok_in(&c->doc->toks[x], &inner_clauses) || clause_punct(&c->doc->toks[x]))
                    return 0;
            return (forces_subject(c, s, j) || (state && j >= state_end && j - state_end <= 1)) &&
                   militant_object(c->doc, s, j + 1);
        }
        return 0;
    }
    /* ("Police are investigating the attack": the inquiry into another's
     * act) */
    for (size_t j = state_end; j < k; j++)
        if (vg_tok_in(&c->doc->toks[j], &perp_heads) || vg_tok_in(&c->doc->toks[j], &inquiry_verbs))
            return 0;
    return 1;
}

/* Several events told as one: a counted plural ("Three separate attacks in
 * Borno state this week killed at least 37 people", "a series of
 * bombings"): a round-up, whose events are told one by one; or an event
 * ranked among others ("the third crew kidnapping this year"). */
static vg_wordlist hostage_takes = VG_WORDLIST("took", "take", "takes", "taking", "taken", "seized", "held",
                                               "holding", "holds", "hold");

static vg_wordlist trend_nouns = VG_WORDLIST("rise", "rises", "increase", "increases", "surge", "surges", "spike",
                                             "upsurge", "uptick", "jump", "decline", "decrease", "drop", "fall",
                                             "reduction", "number", "numbers", "frequency", "tally");
static vg_wordlist kind_joins = VG_WORDLIST(",", "or", "and");

/* Where a list of lower-case words ending at token e starts when it is
 * joined as "completed, failed or foiled" (each word followed by a
 * comma, "or" or "and", at most four words): the token before its
 * first word; e when there is no such list. */
static size_t kinds_list_start(const vg_doc *doc, const vg_sent *s, size_t e)
{
    size_t j = e, words = 1, joined = 0;
    while (j >= s->tok_start + 2 && words < 4 && vg_tok_in(&doc->toks[j - 1], &kind_joins)) {
        const vg_token *w = &doc->toks[j - 2];
        if (w->kind != VG_TOK_WORD || !(w->flags & VG_TF_LOWER) || vg_tok_in(w, &kind_joins))
            break;
        j -= 2;
        words++;
        joined = 1;
    }
    return joined && j > s->tok_start ? j - 1 : e;
}

static vg_wordlist count_breaks = VG_WORDLIST("in", "on", "at", "during", "after", "killed", "injured", "wounded",
                                              "dead", "hurt");
static int aggregate(const vg_doc *doc, const vg_sent *s, size_t k, const vg_trigger *tr)
{
    /* "the third crew kidnapping in the region this year": a place in a
     * count of events, the one told before among them */
    for (size_t j = k; !tr->verb && j > s->tok_start && k - j < 3; j--)
        if (vg_tok_in(&doc->toks[j - 1], &rank_words))
            /* "a second attack targeted the Lala site": one more, told now */
            return !(j >= s->tok_start + 2 &&
                     (vg_tok_is(&doc->toks[j - 2], "a") || vg_tok_is(&doc->toks[j - 2], "an")));
    /* (not people counted as they are taken: "took 20 hostages") */
    if (!(tr->flags & VG_TRF_PLURAL) || tr->verb ||
        (vg_tok_is(&doc->toks[k], "hostages") && k >= s->tok_start + 2 &&
         vg_tok_in(&doc->toks[k - 2], &hostage_takes)))
        return 0;
    /* "a rise in attacks by bandits", "the number of kidnappings": a
     * trend or a tally of events, none of them told */
    if (k >= s->tok_start + 2 && (vg_tok_is(&doc->toks[k - 1], "in") || vg_tok_is(&doc->toks[k - 1], "of")) &&
        vg_tok_in(&doc->toks[k - 2], &trend_nouns))
        return 1;
    for (size_t j = k; j > s->tok_start && k - j < 3; j--) {
        const vg_token *t = &doc->toks[j - 1];
        /* (not a live blog's time stamp: "14:05 — Air strikes on a house";
         * not a toll before the events: "12 injured in clashes") */
        if ((t->kind == VG_TOK_PUNCT && !quote_mark(t)) || vg_tok_in(t, &count_breaks))
            break;
        if (vg_tok_in(t, &count_words))
            return 1;
        /* "58 completed, failed or foiled attacks": the count before a
         * list of the events' kinds */
        if (j == k && t->kind == VG_TOK_WORD && (t->flags & VG_TF_LOWER)) {
            size_t q = kinds_list_start(doc, s, j - 1);
            if (q < j - 1 && (vg_tok_in(&doc->toks[q], &count_words) || doc->toks[q].kind == VG_TOK_NUM))
                return 1;
        }
        /* "the March 22 bombings": a date, not a count */
        if (t->kind == VG_TOK_NUM && !(j >= s->tok_start + 2 &&
                                       vg_names_class(doc->toks[j - 2].norm) & VG_WC_MONTH) &&
            !(t->normlen == 4 && t->norm[0] >= '1' && t->norm[0] <= '2'))
            return 1;
    }
    return 0;
}

/* What caused the casualties an effect word reports ("killed",
 * "wounded"), when the sentence names it: a weapon or an attacker as the
 * subject ("A suicide bomber killed 41 people", "A car bomb killed 12",
 * "Gunmen killed five police officers"), or after "by" in the passive
 * ("were killed by a roadside bomb"). Sets the incident type it implies
 * (the weapon's; bombers bomb, gunmen assault, other attackers attack). */
static vg_wordlist chain_breaks = VG_WORDLIST("when", "after", "before", "while", "because", "as", "that", "who",
                                              "which", "where", "said", "says", "but", "although", "since");

/* Whether token t names doers ("gunmen", "militants", "bombers"; not
 * "men", "suspects", "individuals"), and so the type of what they did. */
static int perp_cause(const vg_token *t, int *type, int *muc)
{
    if (!vg_tok_in(t, &perp_heads) || vg_tok_is(t, "men") || vg_tok_is(t, "suspects") || vg_tok_is(t, "individuals"))
        return 0;
    int bomber = vg_tok_is(t, "bomber") || vg_tok_is(t, "bombers");
    int gunman = vg_tok_is(t, "gunman") || vg_tok_is(t, "gunmen") || vg_tok_is(t, "knifeman") ||
                 vg_tok_is(t, "knifemen");
    int arsonist = vg_tok_is(t, "arsonist") || vg_tok_is(t, "arsonists");
    *type = bomber ? VG_INC_BOMBING : gunman ? VG_INC_ARMED_ASSAULT : arsonist ? VG_INC_ARSON : VG_INC_ATTACK;
    *muc = bomber ? VG_MUC_BOMBING : arsonist ? VG_MUC_ARSON : VG_MUC_ATTACK;
    return 1;
}

static vg_wordlist combat_words = VG_WORDLIST("battle", "battles", "clash", "clashes", "clashed", "fighting",
                                              "fought", "combat", "confrontation", "confrontations",
                                              "skirmish", "skirmishes", "offensive", "crossfire", "gunfight",
                                              "shootout", "firefight", "raid", "operation");
static vg_wordlist mishap_words = VG_WORDLIST("accident", "accidents", "crash", "crashed", "collision", "flood",
                                              "floods", "flooding", "landslide", "earthquake", "lightning",
                                              "stampede", "storm", "fire", "blaze", "drowned", "disease",
                                              "collapse", "collapsed", "capsized", "helicopter", "heatwave",
                                              "cholera", "shelling", "airstrike", "airstrikes", "rain");
static vg_wordlist tally_words = VG_WORDLIST("since", "toll", "alone", "total", "bringing", "annually", "every",
                                             "each", "year's", "tally", "thousands", "hundreds", "dozens");

static vg_wordlist object_preps = VG_WORDLIST("on", "against", "targeting", "between", "with", "and", "from");
static vg_wordlist vague_counts = VG_WORDLIST("thousands", "hundreds", "dozens", "scores", "tens", "many");

/* Whether the armed group g mentioned at token j (ending before the verb
 * at k, or after "by" of the passive) is who killed: no other group in the
 * sentence ("The Taliban said ISIS-K killed"), not the object of a noun
 * ("Airstrikes on Hezbollah killed"), no battle, no tally ("has killed
 * thousands", "killed hundreds of civilians"). */
static int group_subject(const inc_ctx *c, const vg_sent *s, size_t j, int32_t g, size_t k, size_t after)
{
    const vg_doc *doc = c->doc;
    size_t a = j;
    while (a > s->tok_start && vg_extract_entity_at(doc, a - 1) == g)
        a--;
    if (a > s->tok_start && vg_tok_is(&doc->toks[a - 1], "the"))
        a--;
    if (a > s->tok_start && vg_tok_in(&doc->toks[a - 1], &object_preps) && !vg_tok_is(&doc->toks[a - 1], "by"))
        return 0;
    if (sentence_has(doc, s, &combat_words) || sentence_has(doc, s, &tally_words) ||
        (k > s->tok_start && (vg_tok_is(&doc->toks[k - 1], "has") || vg_tok_is(&doc->toks[k - 1], "have"))))
        return 0;
    if (after < s->tok_end && vg_tok_in(&doc->toks[after], &vague_counts))
        return 0;
    for (size_t m = vg_extract_first_mention(doc, s->tok_start);
         m < c->ex->nmentions && c->ex->mentions[m].tok_start < s->tok_end; m++) {
        int32_t e = (int32_t)c->ex->mentions[m].entity;
        /* (not "the Camilo Torres front of the ELN": one phrase) */
        size_t me = c->ex->mentions[m].tok_end;
        if (e != g && c->ex->ents[e].type == VG_ENT_ARMED_GROUP &&
            !(me < a && me + 2 >= a && vg_tok_is(&doc->toks[me], "of")))
            return 0;
    }
    return 1;
}

/* Whether the subject before the passive's "were" at be is people killed
 * in a conflict (a victim kind of targets.tsv: "three soldiers", "12
 * civilians"), counted exactly (a quantity of at most 100, no "thousands",
 * no year or day of a date), in a place the sentence names, with no
 * mishap ("killed in a road accident", "when a building collapsed"), no
 * battle (combat between forces is no attack) and no tally over time
 * ("since 2015", "bringing this year's toll to 200", "between January and
 * March"). */
static vg_wordlist criminal_nouns = VG_WORDLIST("kidnappers", "kidnapper", "robbers", "robber", "bandits", "bandit",
                                               "criminals", "criminal", "gangsters", "thieves", "smugglers");

/* Whether the object from token a names criminals ("two suspected
 * kidnappers"). */
static int criminal_object(const vg_doc *doc, const vg_sent *s, size_t a)
{
    for (size_t j = a; j < s->tok_end && j < a + 5 && !clause_punct(&doc->toks[j]); j++)
        if (vg_tok_in(&doc->toks[j], &criminal_nouns))
            return 1;
    return 0;
}

/* Whether the act at k is a verb of harm whose object is people with no
 * arms ("killed 12 civilians", "shot three protesters"; not "killed 12
 * militants"). */
static int unarmed_harmed(const inc_ctx *c, const vg_sent *s, size_t k)
{
    const vg_doc *doc = c->doc;
    return vg_tok_in(&doc->toks[k], &harm_verbs) && k + 1 < s->tok_end && people_object(c, s, k + 1) &&
           !militant_object(doc, s, k + 1) && !criminal_object(doc, s, k + 1);
}

/* "Three policemen were killed and five were injured", told after the
 * event: the people the passive's subject names, opening the sentence,
 * are its victims ("Two people were wounded" counted; not "People were
 * angry", not "Police were deployed"). */
static vg_wordlist hurt_participles = VG_WORDLIST("killed", "wounded", "injured", "hurt", "kidnapped", "abducted",
                                                  "shot");

/* The people [a, be) who are the whole subject of the verb at be, as a
 * victim of inc. */
static int subject_victim(inc_ctx *c, const vg_sent *s, vg_incident *inc, size_t a, size_t be)
{
    vg_doc *doc = c->doc;
    for (size_t j = a; j < be; j++) {
        const vg_lex_hit *h = vg_extract_hit(doc, j, VG_LK_TARGET);
        const vg_target *t = h ? vg_lex_target(c->lx, h->rec) : NULL;
        if (!t || !t->human || j + h->ntok != be || (t->flags & VG_TGF_CATEGORY))
            continue;
        size_t left = np_left(doc, j, a);
        /* "A policeman was wounded": the whole subject past its article */
        int article = left == a + 1 && vg_tok_in(&doc->toks[a], &single_dets) && !(t->flags & VG_TGF_GENERIC);
        if ((left != a && !article) || ((t->flags & VG_TGF_GENERIC) && !counted_people(c, s, left, be)))
            return VIGIL_OK;
        return push_span_unique(doc, &inc->victims, &inc->nvictims, span_of(doc, left, be));
    }
    return VIGIL_OK;
}

static int passive_victims(inc_ctx *c, const vg_sent *s, vg_incident *inc)
{
    vg_doc *doc = c->doc;
    size_t a = body_start(c, s);
    for (size_t be = a + 1; be + 1 < s->tok_end && be < a + 8; be++) {
        /* "A policeman sustained a gunshot wound to the leg" */
        if (suffered_wound(doc, s, be))
            return subject_victim(c, s, inc, a, be);
        if (!(vg_tok_is(&doc->toks[be], "were") || vg_tok_is(&doc->toks[be], "was") ||
              ((vg_tok_is(&doc->toks[be], "have") || vg_tok_is(&doc->toks[be], "has")) &&
               vg_tok_is(&doc->toks[be + 1], "been"))))
            continue;
        /* "were (reportedly, also) killed", "have been killed" */
        size_t v = be + 1;
        while (v + 1 < s->tok_end && v < be + 3 &&
               (vg_tok_is(&doc->toks[v], "been") || vg_tok_in(&doc->toks[v], &subject_fillers)))
            v++;
        if (!vg_tok_in(&doc->toks[v], &hurt_participles))
            return VIGIL_OK;
        /* (the subject before an age in apposition: "Two men, aged 45 and
         * 52, were stabbed") */
        size_t q = aged_before(doc, s, a + 1, be);
        return subject_victim(c, s, inc, a, q != SIZE_MAX ? q : be);
    }
    return VIGIL_OK;
}

static int counted_people_hit(const inc_ctx *c, const vg_sent *s, size_t be)
{
    const vg_doc *doc = c->doc;
    int people = 0, count = 0;
    if (be + 1 >= s->tok_end || !vg_tok_is(&doc->toks[be + 1], "killed") || sentence_has(doc, s, &combat_words) ||
        sentence_has(doc, s, &mishap_words) || sentence_has(doc, s, &tally_words))
        return 0;
    size_t from = be > s->tok_start + 6 ? be - 6 : s->tok_start;
    for (size_t j = be; j > from; j--) {
        if (doc->toks[j - 1].kind == VG_TOK_PUNCT)
            break;
        const vg_lex_hit *h = vg_extract_hit(doc, j - 1, VG_LK_TARGET);
        const vg_target *t = h ? vg_lex_target(c->lx, h->rec) : NULL;
        people |= t && t->human;
        /* "A police officer was killed in Kirkuk on Sunday": one, the
         * subject */
        if (t && t->human && !(t->flags & (VG_TGF_PLURAL | VG_TGF_GENERIC)) && j - 1 + h->ntok == be && j >= 2 &&
            j - 2 >= s->tok_start && vg_tok_in(&doc->toks[j - 2], &one_words))
            count = 1;
    }
    /* "Rosa Elena Paredes, a journalist, was killed on Tuesday in Celaya":
     * one person named as the subject is one counted (the name right
     * before "was", or before an apposition "a|an|the ..."; not "Ahmed
     * Khan, whose son was killed") */
    int32_t e = vg_extract_entity_at(doc, s->tok_start);
    if (e >= 0 && c->ex->ents[e].type == VG_ENT_PERSON) {
        size_t me = s->tok_start;
        while (me < be && vg_extract_entity_at(doc, me) == e)
            me++;
        if (me == be || (me + 1 < be && vg_tok_punct(&doc->toks[me], ',') && vg_tok_punct(&doc->toks[be - 1], ',') &&
                         (vg_tok_is(&doc->toks[me + 1], "a") || vg_tok_is(&doc->toks[me + 1], "an") ||
                          vg_tok_is(&doc->toks[me + 1], "the"))))
            people = count = 1;
    }
    for (size_t q = vg_extract_first_quant(doc, doc->toks[from].start);
         q < c->ex->nquants && c->ex->quants[q].tok_start < be; q++) {
        const vg_quant *qu = &c->ex->quants[q];
        if (qu->tok_start >= from && qu->tok_end <= be && !qu->approx && qu->has_min && qu->min >= 1 &&
            qu->min <= 100 && !vg_extract_in_time(doc, qu->tok_start))
            count = 1;
    }
    if (!people || !count)
        return 0;
    for (size_t t = vg_extract_first_time(doc, s->start); t < c->ex->ntimes && c->ex->times[t].start < s->end; t++)
        if (c->ex->times[t].is_window)
            return 0;
    for (size_t m = vg_extract_first_mention(doc, s->tok_start);
         m < c->ex->nmentions && c->ex->mentions[m].tok_start < s->tok_end; m++)
        if (c->ex->ents[c->ex->mentions[m].entity].type == VG_ENT_PLACE)
            return 1;
    return 0;
}

static vg_wordlist impact_preps = VG_WORDLIST("in", "on", "near", "at", "inside", "into", "around", "close");
static vg_wordlist wound_words = VG_WORDLIST("killed", "killing", "wounded", "wounding", "injured", "injuring", "dead",
                                             "damaged", "damaging", "destroyed", "casualties");

/* The words a report puts for "were" before a participle: "Three
 * insurgents reported killed", "two fishermen feared drowned". */
static vg_wordlist elided_be = VG_WORDLIST("reported", "confirmed", "feared", "presumed", "believed");

/* Whether the participle at k is a passive's (passive_at: "were
 * killed", "have been brutally killed") or a report's ("reported
 * killed"). */
static int participle_passive(const vg_doc *doc, const vg_sent *s, size_t k)
{
    if (k == s->tok_start)
        return 0;
    /* (not "Insurgents reported killed three soldiers": an object after) */
    if (vg_tok_in(&doc->toks[k - 1], &elided_be))
        return k + 1 >= s->tok_end || doc->toks[k + 1].kind == VG_TOK_PUNCT ||
               vg_tok_in(&doc->toks[k + 1], &place_preps) || vg_tok_is(&doc->toks[k + 1], "by");
    return passive_at(doc, s, k);
}

/* Whether an event (a trigger or combat) is told before token k of
 * sentence s or in one of the two sentences before: the clash whose dead
 * a report's list goes on to count. */
static int event_before(const inc_ctx *c, const vg_sent *s, size_t k)
{
    const vg_doc *doc = c->doc;
    size_t si = sent_of_tok(doc, s->tok_start);
    /* (a sentence the splitter left whole: "... on 17 Sept. Three
     * insurgents killed.") */
    for (size_t j = s->tok_start; j + 2 < k; j++)
        if (vg_tok_in(&doc->toks[j], &combat_words) || vg_extract_hit(doc, j, VG_LK_TRIGGER))
            return 1;
    for (size_t p = si; p > 0 && si - p < 2; p--) {
        if (sentence_has(doc, &doc->sents[p - 1], &combat_words))
            return 1;
        for (size_t j = doc->sents[p - 1].tok_start; j < doc->sents[p - 1].tok_end; j++)
            if (vg_extract_hit(doc, j, VG_LK_TRIGGER))
                return 1;
    }
    return 0;
}

/* Whether token i ends a headline's or a list's passive clause: the
 * sentence's end, or a comma before the next count ("Five insurgents
 * killed, two soldiers wounded"). */
static int clause_end_at(const inc_ctx *c, const vg_sent *s, size_t i)
{
    const vg_doc *doc = c->doc;
    if (i >= s->tok_end || i + 1 == s->tok_end)
        return i >= s->tok_end || doc->toks[i].kind == VG_TOK_PUNCT;
    if (!vg_tok_punct(&doc->toks[i], ','))
        return 0;
    size_t q = vg_extract_first_quant(doc, doc->toks[i + 1].start);
    return q < c->ex->nquants && c->ex->quants[q].tok_start == i + 1;
}

/* Whether people are named right before the participle at k: fighters
 * ("Five insurgents killed") or people of a target row ("two soldiers
 * wounded"), not a weapon ("firearm wounds and one woman injured"). */
static int people_told_dead(const inc_ctx *c, const vg_sent *s, size_t k)
{
    const vg_doc *doc = c->doc;
    size_t head = k;
    if (k > s->tok_start && vg_tok_in(&doc->toks[k - 1], &perp_heads)) {
        head = k - 1;
    } else {
        for (size_t j = k; j > s->tok_start && k - j < 4 && head == k; j--) {
            const vg_lex_hit *h = vg_extract_hit(doc, j - 1, VG_LK_TARGET);
            if (h && j - 1 + h->ntok == k) {
                if (!vg_lex_target(c->lx, h->rec)->human)
                    return 0;
                head = j - 1;
            }
        }
    }
    /* counted right before ("Three insurgents", "12 soldiers"; not
     * "farmers whom bandits killed"), past a name ("Five Hezbollah
     * fighters") */
    if (head == k || head == s->tok_start)
        return 0;
    for (size_t h = head; h > s->tok_start + 1 && head - h < 3 && vg_extract_entity_at(doc, h - 1) >= 0; h--)
        if (vg_extract_entity_at(doc, h - 2) < 0) {
            head = h - 1;
            break;
        }
    const vg_token *n = &doc->toks[head - 1];
    double v;
    return n->kind == VG_TOK_NUM || (n->kind == VG_TOK_WORD && vg_num_word(n->norm, n->normlen, &v) == 0);
}

static vg_wordlist governing_preps = VG_WORDLIST("to", "with", "against", "from", "for", "on", "in", "at", "near",
                                                 "inside", "into");

/* Whether group g, named at token j, is a preposition's object: "an
 * airstrike on a hideout linked to the TTP killed four militants" (what
 * the hideout belonged to, not who killed). */
static int group_governed(const inc_ctx *c, const vg_sent *s, size_t j, int32_t g)
{
    const vg_doc *doc = c->doc;
    size_t m = j;
    while (m > s->tok_start && vg_extract_entity_at(doc, m - 1) == g)
        m--;
    if (m > s->tok_start && vg_tok_is(&doc->toks[m - 1], "the"))
        m--;
    return m > s->tok_start && vg_tok_in(&doc->toks[m - 1], &governing_preps);
}

/* The head of the subject of the verb at k when prepositional phrases
 * stand between them ("A Russian missile strike [on a power substation]
 * [in the Kharkiv region] [on Friday] killed"): the word before the first
 * preposition of the clause, past a time that opens it ("On Friday a
 * missile strike on ..."), or SIZE_MAX when no such chain reaches the
 * verb. */
static size_t chain_head(const inc_ctx *c, const vg_sent *s, size_t k)
{
    const vg_doc *doc = c->doc;
    size_t a = k;
    while (a > s->tok_start && k - a < 24) {
        const vg_token *t = &doc->toks[a - 1];
        if (clause_punct(t) || vg_tok_in(t, &be_forms) || vg_tok_in(t, &chain_breaks) || vg_tok_is(t, "and") ||
            vg_extract_hit(doc, a - 1, VG_LK_CUE) || vg_extract_hit(doc, a - 1, VG_LK_TRIGGER))
            return SIZE_MAX;
        a--;
    }
    if (a > s->tok_start && !clause_punct(&doc->toks[a - 1]))
        return SIZE_MAX;
    if (a + 1 < k && vg_tok_in(&doc->toks[a], &chain_preps) && vg_extract_in_time(doc, a + 1))
        for (a++; a < k && vg_extract_in_time(doc, a); a++)
            ;
    for (size_t p = a + 1; p < k; p++)
        if (vg_tok_in(&doc->toks[p], &chain_preps))
            return p - 1;
    return SIZE_MAX;
}

/* Whether a weapon or a strike from afar heads the subject of the verb at
 * k across a chain of phrases (chain_head: "A Russian missile strike on a
 * power substation in the Kharkiv region on Friday killed", "A missile
 * strike damaged a substation"); sets the type it implies (a weapon's, or
 * an attack; not "a hunger strike"). */
static int headed_cause(const inc_ctx *c, const vg_sent *s, size_t k, int *type, int *muc)
{
    const vg_doc *doc = c->doc;
    size_t hd = chain_head(c, s, k);
    if (hd == SIZE_MAX)
        hd = k - 1; /* the subject right before the verb */
    if (hd <= s->tok_start)
        return 0;
    int strike = afar_strike(doc, s, hd);
    for (size_t j = hd > s->tok_start + 3 ? hd - 3 : s->tok_start; j <= hd; j++) {
        const vg_lex_hit *w = vg_extract_hit(doc, j, VG_LK_WEAPON);
        const vg_weapon *wp = w ? vg_lex_weapon(c->lx, w->rec) : NULL;
        if (wp && !(wp->flags & (VG_WF_GENERIC | VG_WF_COMPONENT | VG_WF_AMBIGUOUS)) &&
            (j + w->ntok == hd + 1 || (strike && j + w->ntok == hd))) {
            *type = wp->type;
            *muc = wp->muc_type;
            return 1;
        }
    }
    if (!strike || hd + 1 == k)
        return 0; /* (a strike right before the verb: effect_cause's window) */
    *type = VG_INC_ATTACK;
    *muc = VG_MUC_ATTACK;
    return 1;
}

static int effect_cause(const inc_ctx *c, const vg_sent *s, size_t k, size_t after, int *type,
                        int *muc)
{
    const vg_doc *doc = c->doc;
    int passive = participle_passive(doc, s, k);
    /* "An IED damaged the police station", "The house was destroyed by a
     * rocket": a weapon that did the damage, right before the verb or
     * after its "by" (not "The storm damaged the roof") */
    if (vg_tok_is(&doc->toks[k], "damaged") || vg_tok_is(&doc->toks[k], "destroyed")) {
        /* "Arsonists destroyed three police vehicles" */
        if (!passive && k > s->tok_start &&
            (vg_tok_is(&doc->toks[k - 1], "arsonists") || vg_tok_is(&doc->toks[k - 1], "arsonist")))
            return perp_cause(&doc->toks[k - 1], type, muc);
        size_t a = passive ? after + 1 : (k > s->tok_start + 4 ? k - 4 : s->tok_start);
        size_t b = passive ? (after + 4 < s->tok_end ? after + 4 : s->tok_end) : k;
        if (passive && !(after < s->tok_end && vg_tok_is(&doc->toks[after], "by")))
            return 0;
        /* (not "The seized explosives were destroyed by a bomb disposal
         * unit", "A Patriot missile destroyed an incoming ballistic
         * missile": arms made safe or stopped) */
        size_t d0 = passive ? (k > s->tok_start + 6 ? k - 6 : s->tok_start) : after;
        size_t d1 = passive ? k : (after + 5 < s->tok_end ? after + 5 : s->tok_end);
        for (size_t j = d0; j < d1; j++)
            if (vg_extract_hit(doc, j, VG_LK_WEAPON))
                return 0;
        /* "A Russian missile strike damaged a power substation" */
        if (!passive && headed_cause(c, s, k, type, muc))
            return 1;
        for (size_t j = a; j < b; j++) {
            const vg_lex_hit *w = vg_extract_hit(doc, j, VG_LK_WEAPON);
            const vg_weapon *wp = w ? vg_lex_weapon(c->lx, w->rec) : NULL;
            if (wp && !(wp->flags & (VG_WF_GENERIC | VG_WF_COMPONENT | VG_WF_AMBIGUOUS)) &&
                (passive || j + w->ntok == k)) {
                *type = wp->type;
                *muc = wp->muc_type;
                return 1;
            }
        }
        return 0;
    }
    /* "Three rockets impacted near the US embassy", "Mortar shells landed
     * on a market, wounding four": fire that came down on something (not
     * "A missile landed in the sea": no target, nobody hurt) */
    if (vg_tok_is(&doc->toks[k], "impacted") || vg_tok_is(&doc->toks[k], "landed")) {
        const vg_lex_hit *w = NULL;
        for (size_t j = k > s->tok_start + 4 ? k - 4 : s->tok_start; j < k && !w; j++) {
            const vg_lex_hit *h = vg_extract_hit(doc, j, VG_LK_WEAPON);
            if (h && j + h->ntok == k)
                w = h;
        }
        const vg_weapon *wp = w ? vg_lex_weapon(c->lx, w->rec) : NULL;
        /* (a drone that landed did no harm by landing: "A wayward drone
         * landed on the White House lawn"; what landed harms or, for
         * fire that "impacted", comes down on a target) */
        int landed = vg_tok_is(&doc->toks[k], "landed");
        if (!wp || !wp->sub || (landed && strcmp(wp->sub, "projectile")) ||
            (strcmp(wp->sub, "projectile") && strcmp(wp->sub, "drone")) || after >= s->tok_end ||
            !vg_tok_in(&doc->toks[after], &impact_preps) ||
            !(sentence_has(doc, s, &wound_words) || (!landed && hit_within(doc, after, s->tok_end, 8, VG_LK_TARGET))))
            return 0;
        *type = wp->type;
        *muc = wp->muc_type;
        return 1;
    }
    /* transitive only: in "all eight bombers had died" the bombers are the dead */
    if (!vg_tok_in(&doc->toks[k], &harm_verbs))
        return 0;
    size_t from = passive ? after : (k > s->tok_start + 8 ? k - 8 : s->tok_start);
    size_t to = passive ? (after + 6 < s->tok_end ? after + 6 : s->tok_end) : k;
    if (passive && !(after < s->tok_end && vg_tok_is(&doc->toks[after], "by"))) {
        /* "In 2021 three soldiers were killed in Kaya": people of a
         * conflict counted as killed where or when, by no one named;
         * "11 people were killed in an Israeli strike on a tent": by a
         * strike from afar (not "in a hunger strike") */
        if (counted_people_hit(c, s, k - 1) || strike_after(doc, s, after, 0)) {
            *type = VG_INC_ATTACK;
            *muc = VG_MUC_ATTACK;
            return 1;
        }
        return 0;
    }
    /* "Five Hezbollah fighters killed in an Israeli strike": a headline's
     * passive, the strike that hit them */
    if (!passive && people_told_dead(c, s, k) && strike_after(doc, s, after, 0)) {
        *type = VG_INC_ATTACK;
        *muc = VG_MUC_ATTACK;
        return 1;
    }
    /* a headline's passive without "were": "Two militants killed in
     * Kulgam encounter" */
    /* ("killed at least 17 farmers": a count, not a place) */
    /* ... "Three insurgents killed.", "Five insurgents killed, two
     * soldiers wounded": fighters told dead, not the cause */
    if (!passive && ((people_told_dead(c, s, k) && clause_end_at(c, s, after) && event_before(c, s, k)) ||
                     after >= s->tok_end ||
                     (vg_tok_in(&doc->toks[after], &place_preps) &&
                      !(after + 1 < s->tok_end && vg_tok_is(&doc->toks[after], "at") &&
                        (vg_tok_is(&doc->toks[after + 1], "least") || vg_tok_is(&doc->toks[after + 1], "most"))))))
        return 0;
    /* "Soldiers killed thirty jihadists", "Troops raided a hideout,
     * killing twelve fighters": the state's forces acting */
    if (!passive && forces_subject(c, s, k)) {
        int op = militant_object(doc, s, after); /* "Soldiers killed three civilians": an assault */
        *type = op ? VG_INC_SECURITY_OPERATION : VG_INC_ARMED_ASSAULT;
        *muc = op ? VG_MUC_NONE : VG_MUC_ATTACK;
        return 1;
    }
    /* "Two men killed a trader", "Three suspects wounded a police
     * officer": people of no armed kind, the verb's subject, who harmed
     * people (not "Two men killed a lion") */
    if (!passive && k > s->tok_start && after < s->tok_end &&
        (vg_tok_is(&doc->toks[k - 1], "men") || vg_tok_is(&doc->toks[k - 1], "suspects") ||
         vg_tok_is(&doc->toks[k - 1], "individuals")) &&
        !(k >= s->tok_start + 2 && (vg_tok_in(&doc->toks[k - 2], &state_mods) ||
                                    vg_tok_is(&doc->toks[k - 2], "security") ||
                                    vg_tok_is(&doc->toks[k - 2], "military")))) {
        /* (not "Security men killed two suspected kidnappers") */
        if (people_object(c, s, after) && !militant_object(doc, s, after) && !criminal_object(doc, s, after)) {
            *type = VG_INC_ATTACK;
            *muc = VG_MUC_ATTACK;
            return 1;
        }
    }
    /* "A missile strike on a substation in Kharkiv on Friday killed two
     * workers": a weapon or a strike heading the subject, before a chain
     * of phrases too long for the window */
    if (!passive && headed_cause(c, s, k, type, muc))
        return 1;
    for (size_t j = from; j < to; j++) {
        const vg_lex_hit *w = vg_extract_hit(doc, j, VG_LK_WEAPON);
        if (w) {
            const vg_weapon *wp = vg_lex_weapon(c->lx, w->rec);
            if (wp->flags & (VG_WF_GENERIC | VG_WF_COMPONENT))
                continue;
            *type = wp->type;
            *muc = wp->muc_type;
            return 1;
        }
        if (perp_cause(&doc->toks[j], type, muc))
            return 1;
        /* "Gang members killed", "NSAGs killed": an unnamed armed band */
        if (!passive && armed_band(doc, s, j)) {
            *type = VG_INC_ATTACK;
            *muc = VG_MUC_ATTACK;
            return 1;
        }
        /* "A strike killed two people in Nabatieh", "Russian strikes killed
         * four": a strike from the air or by artillery right before the
         * verb (not "a general strike", "a hunger strike", "a lightning
         * strike") */
        int next_verb = j + 1 == k || (j + 2 == k && vg_tok_in(&doc->toks[k - 1], &subject_fillers));
        /* ... "US air strikes killed 30 al-Shabaab fighters": the state's
         * on armed men */
        if (!passive && next_verb && j > s->tok_start && afar_strike(doc, s, j)) {
            int op = militant_object(doc, s, after);
            *type = op ? VG_INC_SECURITY_OPERATION : VG_INC_ATTACK;
            *muc = op ? VG_MUC_NONE : VG_MUC_ATTACK;
            return 1;
        }
        /* "JNIM killed seven civilians", "ISWAP reportedly killed",
         * "killed by Boko Haram": the group is the verb's subject or agent
         * (group_subject; not "violence unleashed by the Shining Path has
         * killed 15,000") */
        int32_t g = vg_extract_entity_at(doc, j);
        /* ... "Hezbollah fighters killed", "RSF militants killed": the
         * group's men */
        int next_to = passive ? j <= after + 2
                              : (j + 1 == k || (j + 2 == k && (vg_tok_in(&doc->toks[k - 1], &subject_fillers) ||
                                                               vg_tok_in(&doc->toks[k - 1], &perp_heads))));
        if (g >= 0 && c->ex->ents[g].type == VG_ENT_ARMED_GROUP && next_to && !passive &&
            group_governed(c, s, j, g))
            g = -1;
        if (g >= 0 && c->ex->ents[g].type == VG_ENT_ARMED_GROUP && next_to && group_subject(c, s, j, g, k, after)) {
            *type = VG_INC_ATTACK;
            *muc = VG_MUC_ATTACK;
            return 1;
        }
        /* "Al-Shabaab has struck before: the group killed 67 people":
         * the group named just before */
        if (!passive && next_to && vg_tok_is(&doc->toks[j], "group") && j > s->tok_start &&
            (vg_tok_is(&doc->toks[j - 1], "the") || vg_tok_is(&doc->toks[j - 1], "same")) && group_anaphor(c, s) >= 0) {
            *type = VG_INC_ATTACK;
            *muc = VG_MUC_ATTACK;
            return 1;
        }
        /* "US forces killed the leader of ISIS", "Police killed two
         * members of al-Shabaab": the state's own, on armed men */
        if (g >= 0 && c->ex->ents[g].type == VG_ENT_GOVERNMENT && !passive && next_to &&
            militant_object(doc, s, after)) {
            *type = VG_INC_SECURITY_OPERATION;
            *muc = VG_MUC_NONE;
            return 1;
        }
    }
    /* "Gunmen stopped a passenger bus on the highway near Noshki, checked
     * identity cards and killed 11 men": the subject of a chain of verbs,
     * further back in the same clause */
    if (!passive && from > s->tok_start) {
        for (size_t j = k; j > s->tok_start && k - j < 30; j--) {
            const vg_token *t = &doc->toks[j - 1];
            if (vg_tok_in(t, &chain_breaks) || vg_extract_hit(doc, j - 1, VG_LK_CUE) ||
                (t->kind == VG_TOK_PUNCT && !vg_tok_punct(t, ',')) ||
                (vg_tok_is(t, "and") && j >= s->tok_start + 2 && vg_tok_punct(&doc->toks[j - 2], ',')))
                break; /* ", and vigilantes chased them": another subject */
            /* read in the window above; "393 guerrillas were killed and
             * 310 wounded": the dead, not the doers */
            if (j > from || vg_tok_in(&doc->toks[j], &be_forms))
                continue;
            if (perp_cause(t, type, muc))
                return 1;
        }
    }
    return 0;
}

/* The trigger of sentence s that reports an event (the most specific
 * one), or -1. An effect word with a named cause reports one too; then
 * *type and *muc say its type (else they are left at -1). */
static vg_wordlist make_words = VG_WORDLIST("built", "build", "building", "made", "make", "making",
                                          "assembled", "assembling", "constructed", "manufactured",
                                          "manufacturing", "possessed", "possessing", "stored");
static vg_wordlist abstract_nouns = VG_WORDLIST("case", "argument", "arguments", "claims", "decision",
                                               "policy", "policies", "proposal", "proposals", "record",
                                               "comments", "remarks", "idea", "ideas", "verdict", "ruling",
                                               "credibility", "reputation", "testimony", "budget", "bill",
                                               "plans", "strategy", "account", "narrative", "report", "economy",
                                               "economies", "deal", "deals", "talks", "jobs", "industry",
                                               "tourism", "hopes", "chances", "momentum", "mood");

static vg_wordlist object_ends = VG_WORDLIST("as", "and", "of", "with", "that", "by", "for", "in", "on",
                                            "but", "while", "which");
static vg_wordlist make_objects = VG_WORDLIST("a", "an", "the", "his", "her", "their", "its", "two", "three",
                                             "several");

/* Whether a verb of making stands right before the trigger noun at k,
 * past a determiner and modifiers ("built a working pipe bomb"). */
static int made_before(const vg_doc *doc, const vg_sent *s, size_t k, size_t end)
{
    const vg_lex_hit *w = vg_extract_hit(doc, k, VG_LK_WEAPON);
    if (!w || k + w->ntok < end)
        return 0; /* "made a rocket attack": an attack carried out */
    for (size_t j = k; j > s->tok_start && k - j < 4; j--) {
        const vg_token *t = &doc->toks[j - 1];
        /* "built a working pipe bomb", not "a crudely made bomb" */
        if (vg_tok_in(t, &make_words))
            return j < k && vg_tok_in(&doc->toks[j], &make_objects);
        if (t->kind != VG_TOK_WORD || vg_extract_hit(doc, j - 1, VG_LK_TRIGGER))
            return 0;
    }
    return 0;
}

/* Whether the object after a verb at k is an abstract noun ("attacked the
 * prosecution's case", "bombarded the minister's plans"). */
static int abstract_object(const vg_doc *doc, const vg_sent *s, size_t k)
{
    for (size_t j = k; j < s->tok_end && j < k + 4; j++) {
        const vg_token *t = &doc->toks[j];
        /* the head of the object, not a modifier ("the ruling party
         * chairman", "a Daily Trust report editor") */
        if (vg_tok_in(t, &abstract_nouns))
            return j + 1 >= s->tok_end || doc->toks[j + 1].kind != VG_TOK_WORD ||
                   vg_tok_in(&doc->toks[j + 1], &object_ends);
        if (t->kind != VG_TOK_WORD || vg_extract_hit(doc, j, VG_LK_TARGET) || vg_extract_entity_at(doc, j) >= 0)
            return 0;
    }
    return 0;
}

/* Whether token k lies inside the name of a facility or an organisation. */
static int named_within(const inc_ctx *c, size_t k)
{
    int32_t e = vg_extract_entity_at(c->doc, k);
    return e >= 0 && (c->ex->ents[e].type == VG_ENT_FACILITY || c->ex->ents[e].type == VG_ENT_ORGANIZATION);
}

static vg_wordlist purpose_for = VG_WORDLIST("used", "trained", "known", "designed", "notorious", "infamous");
static vg_wordlist purpose_in = VG_WORDLIST("specialised", "specialized", "specialising", "specializing");

static vg_wordlist fire_words = VG_WORDLIST("fire", "fires", "blaze", "blazes", "flames", "inferno", "explosion",
                                            "wildfire", "bushfire");
static vg_wordlist reflexives = VG_WORDLIST("himself", "herself", "themselves", "itself", "myself");

/* Whether the burning at tokens [k, e) was done by a fire named as its
 * subject, or to the doer himself. */
static int burned_by_fire(const vg_doc *doc, const vg_sent *s, size_t k, size_t e)
{
    for (size_t j = k + 1; j < e; j++)
        if (vg_tok_in(&doc->toks[j], &reflexives))
            return 1;
    for (size_t j = k; j > s->tok_start && k - j < 4; j--)
        if (vg_tok_in(&doc->toks[j - 1], &fire_words))
            return 1;
    return 0;
}

/* Whether "used for", "known for", "specialised in" stand before the
 * plural at k, past one modifier ("used for suicide attacks"; not "the
 * motorcycles used in the bombings"). */
static int purpose_before(const vg_doc *doc, const vg_sent *s, size_t k)
{
    for (size_t j = k; j >= s->tok_start + 2 && k - j < 2; j--)
        if ((vg_tok_is(&doc->toks[j - 1], "for") && vg_tok_in(&doc->toks[j - 2], &purpose_for)) ||
            (vg_tok_is(&doc->toks[j - 1], "in") && vg_tok_in(&doc->toks[j - 2], &purpose_in)))
            return 1;
    return 0;
}

/* "It was the deadliest attack in the capital since January 2021, when
 * twin suicide bombings ... killed 32 people": a sentence that weighs the
 * event told before against an earlier one, which its "when" clause
 * tells; the "when" token, else SIZE_MAX. */
static size_t recalled_event(const inc_ctx *c, const vg_sent *s, vg_timeref *when)
{
    const vg_doc *doc = c->doc;
    if (s->tok_end - s->tok_start < 4 || !(vg_tok_is(&doc->toks[s->tok_start], "it") ||
                                          vg_tok_is(&doc->toks[s->tok_start], "this") ||
                                          vg_tok_is(&doc->toks[s->tok_start], "that")) ||
        !(vg_tok_is(&doc->toks[s->tok_start + 1], "was") || vg_tok_is(&doc->toks[s->tok_start + 1], "is")))
        return SIZE_MAX;
    return earlier_when(c, s, when);
}

static vg_wordlist other_doers = VG_WORDLIST("who", "which", "that", "after", "by");

/* Whether sentence s names armed forces or an armed group: troops, a
 * military, police or security body ("the VDP repelled an attack"; not
 * "The finance minister fought off an attack on his budget"). */
/* People who fight off an attack on their own place ("Villagers repelled
 * an attack on their community"). */
static vg_wordlist defender_words = VG_WORDLIST("villagers", "vigilantes", "residents", "locals", "guards", "militia",
                                                "militiamen", "hunters", "youths", "community");

static int forces_named(const inc_ctx *c, const vg_sent *s)
{
    const vg_doc *doc = c->doc;
    for (size_t k = s->tok_start; k < s->tok_end; k++) {
        int32_t e = vg_extract_entity_at(doc, k);
        const vg_entity *en = e >= 0 ? &c->ex->ents[e] : NULL;
        if (vg_tok_in(&doc->toks[k], &force_words) || vg_tok_in(&doc->toks[k], &defender_words) ||
            (en && en->type == VG_ENT_ARMED_GROUP) ||
            (en && en->type == VG_ENT_GOVERNMENT && en->organ &&
             (!strcmp(en->organ, "military") || !strcmp(en->organ, "police") || !strcmp(en->organ, "security"))))
            return 1;
    }
    return 0;
}

/* "Security forces conducted an operation in Kano on Monday, killing six
 * militants": the gerund at k after the operation at op (the best trigger
 * so far, of type best_type) is its toll, not an assault of its own. */
static int op_toll(const vg_doc *doc, const vg_sent *s, long op, size_t k, int best_type)
{
    if (op < 0 || best_type != VG_INC_SECURITY_OPERATION || !vg_tok_gerund(&doc->toks[k]) || k <= s->tok_start ||
        !vg_tok_punct(&doc->toks[k - 1], ','))
        return 0;
    /* not another's act between: "an operation against bandits who
     * attacked a village last week, killing 20 villagers" */
    for (size_t j = (size_t)op + 1; j + 1 < k; j++)
        if (vg_tok_in(&doc->toks[j], &other_doers) || vg_extract_hit(doc, j, VG_LK_TRIGGER))
            return 0;
    return 1;
}

static vg_wordlist year_words = VG_WORDLIST("year", "years", "annual", "annually", "yearly", "statistics");

/* Whether sentence s names a weapon, or harm by another trigger than the
 * one at k. */
static int armed_harm(const inc_ctx *c, const vg_sent *s, size_t k)
{
    for (size_t j = s->tok_start; j < s->tok_end; j++) {
        if (vg_extract_hit(c->doc, j, VG_LK_WEAPON))
            return 1;
        const vg_lex_hit *h = j != k ? vg_extract_hit(c->doc, j, VG_LK_TRIGGER) : NULL;
        if (h && (vg_lex_trigger(c->lx, h->rec)->flags & VG_TRF_EFFECT))
            return 1;
    }
    return 0;
}

/* Whether sentence s tells of civilians or their places hit: a target
 * of the lexicon that is no post of the forces ("a house", "a school",
 * "two workers"), or people harmed who are no fighters ("killed at least
 * nine people"; not "killed 30 militants"). Air strikes that hit them are
 * a bombing ("Israeli air strikes on a house in Khan Younis killed nine
 * people"), not an operation against armed men. */
static int civilians_hit(const inc_ctx *c, const vg_sent *s)
{
    const vg_doc *doc = c->doc;
    for (size_t k = s->tok_start; k < s->tok_end; k++) {
        const vg_lex_hit *h = vg_extract_hit(doc, k, VG_LK_TARGET);
        const vg_target *t = h ? vg_lex_target(c->lx, h->rec) : NULL;
        if (t && !(t->flags & VG_TGF_CATEGORY) && strcmp(t->kind, "military") && strcmp(t->kind, "police") &&
            strcmp(t->kind, "security_forces") && !militant_object(doc, s, k))
            return 1;
        if (vg_tok_in(&doc->toks[k], &harm_verbs) && k + 1 < s->tok_end && people_object(c, s, k + 1) &&
            !militant_object(doc, s, k + 1))
            return 1;
    }
    return 0;
}

static vg_wordlist affair_nouns = VG_WORDLIST("talks", "deal", "deals", "negotiations", "negotiation", "negotiator",
                                              "negotiators", "charges", "charge", "trial", "trials", "case", "cases",
                                              "swap", "exchange", "families", "agreement", "envoy", "file", "law",
                                              "laws", "suspect", "suspects", "conviction", "convictions");
static vg_wordlist body_attacks = VG_WORDLIST("heart", "panic", "asthma", "anxiety", "epileptic", "migraine",
                                              "allergic", "shark", "dog", "bear", "crocodile", "snake", "leopard",
                                              "tiger", "elephant", "hippo", "wolf", "bee", "wasp", "animal");

static long event_trigger(const inc_ctx *c, const vg_sent *s, const vg_trigger **out, int *type,
                          int *muc)
{
    const vg_doc *doc = c->doc;
    long best = -1;
    int best_type = -1;
    int viol = -1, past = -1; /* sentence properties, computed once when needed */
    long arrest = -1;         /* an arrest told as an operation */
    long agg_end = -1;        /* after a counted plural ("58 attacks") */
    const vg_trigger *arrest_tr = NULL;
    int foiled = 0;           /* an event noun said stopped (foiled_after) */
    *type = *muc = -1;
    /* "Will JNIM attack Benin again?": a question tells of no event, but
     * a clause before it may ("Gunmen killed 12 villagers on Monday, so
     * why has no one been arrested?") */
    size_t asked = s->tok_end;
    if (s->tok_end > s->tok_start && vg_tok_punct(&doc->toks[s->tok_end - 1], '?')) {
        asked = s->tok_start;
        for (size_t k = s->tok_end - 1; k > s->tok_start; k--)
            if (clause_punct(&doc->toks[k - 1])) {
                asked = k;
                break;
            }
    }
    size_t recalled = recalled_event(c, s, NULL); /* the earlier event's clause */
    /* most tokens: no trigger bit, so no trigger hit (has_trigger) */
    const uint16_t *kinds = c->ex->hit_kinds;
    for (size_t k = s->tok_start; k < s->tok_end; k++) {
        if (!kinds || !(kinds[k] & (1u << VG_LK_TRIGGER)))
            continue;
        const vg_lex_hit *h = vg_extract_hit(doc, k, VG_LK_TRIGGER);
        if (!h || (recalled != SIZE_MAX && k < recalled) || k >= asked)
            continue;
        const vg_trigger *tr = vg_lex_trigger(c->lx, h->rec);
        if ((tr->flags & VG_TRF_THREAT) ||
            ((tr->flags & VG_TRF_LEGAL) && !operation(c, s, k, k + h->ntok, tr)))
            continue;
        if ((tr->flags & VG_TRF_LEGAL) && arrest < 0) {
            arrest = (long)k;
            arrest_tr = tr;
        }
        if (background(doc, s, k) || labelled_as(doc, s, k) ||
            (!tr->verb && (judged_after(doc, s, k + h->ntok) || forecast_after(c, s, k + h->ntok) ||
                           ahead_window(c, s, k, k + h->ntok))))
            continue;
        /* (not "carried out nine house searches": one operation of the law;
         * but "In the year ending 30 September 2025, there were 247 arrests":
         * a year's count) */
        /* ("58 foiled attacks": the verb as the counted events' kind) */
        const vg_lex_hit *nh = tr->verb && k + 1 < s->tok_end ? vg_extract_hit(doc, k + 1, VG_LK_TRIGGER) : NULL;
        if ((!(tr->flags & VG_TRF_LEGAL) || sentence_has(doc, s, &year_words)) &&
            (aggregate(doc, s, k, tr) || (nh && aggregate(doc, s, k + 1, vg_lex_trigger(c->lx, nh->rec))))) {
            agg_end = (long)(k + h->ntok);
            continue;
        }
        /* "the Bali Bombing Memorial", "the Anti-Terrorism Bombing Unit":
         * a word of a name (its last: "the Westgate mall siege" opens in
         * the mall's name) */
        if (named_within(c, k + h->ntok - 1))
            continue;
        /* "Police recovered a stolen motorcycle": a thing found again,
         * no theft told (but "fleeing in a stolen taxi" still tells of
         * the getaway) */
        if (vg_tok_is(&doc->toks[k], "stolen") && k > s->tok_start + 1 && k + 1 < s->tok_end &&
            vg_tok_in(&doc->toks[k - 1], &perpetrate_dets) && vg_tok_in(&doc->toks[k - 2], &found_verbs) &&
            doc->toks[k + 1].kind == VG_TOK_WORD)
            continue;
        /* "Hackers encrypted the hospital's servers and demanded a ransom",
         * "A ransom note appeared on staff computers": extortion, no one
         * held */
        if (lemma_is(tr, "ransom") && sentence_has(doc, s, &extortion_words))
            continue;
        /* "hostage talks", "kidnapping charges", "a former hostage": the
         * event noun a modifier of talks or a case, or a person's past */
        if (!tr->verb && ((k + h->ntok < s->tok_end && vg_tok_in(&doc->toks[k + h->ntok], &affair_nouns)) ||
                          (k > s->tok_start && vg_tok_is(&doc->toks[k - 1], "former"))))
            continue;
        /* "a heart attack", "a shark attack": no one's act of violence */
        if (!tr->verb && k > s->tok_start && vg_tok_in(&doc->toks[k - 1], &body_attacks) &&
            lemma_is(tr, "attack"))
            continue;
        /* "a unit used for suicide attacks": what it is for, no event */
        if ((tr->flags & VG_TRF_PLURAL) && !tr->verb && purpose_before(doc, s, k))
            continue;
        /* "58 terrorist attacks, completed, failed or foiled": the count's
         * kinds, not an attempt */
        if ((tr->flags & VG_TRF_ATTEMPT) && agg_end >= 0 && (long)k - agg_end < 8)
            continue;
        /* "A planned attack on a church was thwarted": no attack; the
         * passive verb tells the stopping of it */
        if (!tr->verb && foiled_after(doc, s, k + h->ntok)) {
            foiled = 1;
            continue;
        }
        /* "Insurgent raids on villages", "an offensive by that guerrilla":
         * the armed group's assault; "[A planned attack ...] was thwarted
         * on Sunday": an operation of whoever stopped it */
        int ttype = tr->type, tmuc = -1, taken = 0;
        /* (not "M23 rebels, who captured Goma in January, have set up
         * ...": told of the group) */
        int relative = k > s->tok_start && vg_tok_in(&doc->toks[k - 1], &relative_words);
        if (tr->type == VG_INC_SECURITY_OPERATION && !tr->verb && !(tr->flags & VG_TRF_LEGAL) &&
            armed_doers(c, s, k, k + h->ntok)) {
            ttype = VG_INC_ARMED_ASSAULT;
            tmuc = VG_MUC_ATTACK;
        } else if ((lemma_is(tr, "air strike") || lemma_is(tr, "airstrike")) && civilians_hit(c, s)) {
            ttype = VG_INC_BOMBING;
            tmuc = VG_MUC_ATTACK;
        } else if (tr->verb && (tr->flags & VG_TRF_ATTEMPT) && foiled && passive_at(doc, s, k)) {
            ttype = VG_INC_SECURITY_OPERATION;
            tmuc = VG_MUC_NONE;
        }
        /* "M23 rebels captured the town of Nyabibwe", "Al-Shabaab fighters
         * seized a military base": an armed group taking ground attacks it */
        if (tr->verb && vg_tok_in(&doc->toks[k], &taking_verbs) && group_acts(c, s, k) && !relative &&
            ground_taken(c, s, k + h->ntok)) {
            ttype = VG_INC_ATTACK;
            tmuc = VG_MUC_ATTACK;
            taken = 1;
        }
        /* "The six soldiers had been captured by ELN guerrillas", "FARC
         * dissidents captured two soldiers": people an armed group took */
        if (tr->verb && tr->type == VG_INC_SECURITY_OPERATION && !taken && vg_tok_in(&doc->toks[k], &taking_verbs) &&
            !relative && armed_doers(c, s, k, k + h->ntok) &&
            (passive_at(doc, s, k) || people_object(c, s, k + h->ntok))) {
            ttype = VG_INC_KIDNAPPING;
            tmuc = VG_MUC_KIDNAPPING;
            taken = 1;
        }
        /* "ISWAP said it had ... seized weapons": an armed group's act is no
         * security operation */
        if (tr->type == VG_INC_SECURITY_OPERATION && ttype == tr->type && group_acts(c, s, k))
            continue;
        /* ... but people burned to death when militants set fire to their
         * homes died in an arson (an arson takes their place below) */
        int fire_deaths = best >= 0 && tr->type == VG_INC_ARSON && lemma_starts(*out, "burn ");
        /* From here on the tests only choose: a word that cannot take the
         * place of the one found (a higher rank, effect_cause's any, or
         * fire_deaths) changes nothing, and is passed over; unless it is
         * the ambiguous word that would work out viol, which the words
         * after it share. */
        if (best >= 0 && !fire_deaths && !((tr->flags & VG_TRF_AMBIGUOUS) && viol < 0) &&
            ((tr->flags & VG_TRF_EFFECT) ? TOP_RANK : type_rank(ttype)) <= type_rank(best_type))
            continue;
        if (tr->flags & VG_TRF_EFFECT) {
            int et, em;
            if (tr->verb && !hypothetical(doc, k, s->tok_start) &&
                !negated_before(doc, k, s->tok_start) && !op_toll(doc, s, best, k, best_type) &&
                effect_cause(c, s, k, k + h->ntok, &et, &em) &&
                (best < 0 || type_rank(et) > type_rank(best_type))) {
                *out = tr;
                best = (long)k;
                best_type = *type = et;
                *muc = em;
            }
            continue;
        }
        /* "airport attackers", "suicide bombers": who, not what happened */
        if (vg_tok_in(&doc->toks[k + h->ntok - 1], &perp_heads))
            continue;
        /* "called the product "a bomb"": a name for something, not an act */
        if (!tr->verb && named_as(doc, s, k))
            continue;
        /* "suspended field missions ... since the abduction": the event
         * told, as a point in time */
        if (!tr->verb && c->ex->nincs && k >= s->tok_start + 2 && vg_tok_is(&doc->toks[k - 1], "the") &&
            vg_tok_in(&doc->toks[k - 2], &since_words) &&
            (k + h->ntok >= s->tok_end || doc->toks[k + h->ntok].kind == VG_TOK_PUNCT ||
             vg_tok_is(&doc->toks[k + h->ntok], "and") || vg_tok_is(&doc->toks[k + h->ntok], "but")))
            continue;
        /* "killing off the contest", "killed off the game", "the startup
         * is killing it in Leeds": a figure */
        if (k + h->ntok < s->tok_end && doc->toks[k].normlen >= 4 && !memcmp(doc->toks[k].norm, "kill", 4) &&
            (vg_tok_is(&doc->toks[k + h->ntok], "off") ||
             (vg_tok_is(&doc->toks[k + h->ntok], "it") &&
              (k + h->ntok + 1 >= s->tok_end || doc->toks[k + h->ntok + 1].kind == VG_TOK_PUNCT ||
               vg_tok_in(&doc->toks[k + h->ntok + 1], &figure_afters)))))
            continue;

        /* "Markets shot up after the speech", "prices shot up by 20%":
         * rose (not "gunmen shot up a bar") */
        if (tr->verb && rose_at(c, s, k))
            continue;
        /* "fans let off flares and smoke bombs": no arm */
        if (!tr->verb && harmless_weapon(doc, s, k, k + h->ntok))
            continue;
        /* "put the death toll at 17": a count for an event told */
        if (!tr->verb && k + h->ntok < s->tok_end && vg_tok_is(&doc->toks[k + h->ntok], "toll"))
            continue;
        /* "IED recovered", "recovered an IED", "destroyed it in a controlled
         * explosion": a device taken or made safe */
        if (!tr->verb && made_safe(doc, s, k, k + h->ntok))
            continue;
        /* "built a working pipe bomb in his bedroom": a device made, not
         * used; "attacked the prosecution's case": words, not violence */
        /* ("are killing the economy": a gerund used as a verb) */
        if ((!tr->verb && made_before(doc, s, k, k + h->ntok)) ||
            ((tr->verb || vg_tok_gerund(&doc->toks[k])) && abstract_object(doc, s, k + h->ntok)))
            continue;
        /* "recent Orlando attack", "İstanbul Airport attack": a named past
         * event, whatever frames it */
        int named = (!tr->verb && !(tr->flags & VG_TRF_PLURAL) && k > s->tok_start &&
                     vg_extract_entity_at(doc, k - 1) >= 0) ||
                    told_by(doc, s, k, k + h->ntok) ||
                    /* "It is possible that the bombing ... was carried out by" */
                    (!tr->verb && vg_extract_past_subject(doc, s, k, k + h->ntok));
        if ((!named && hypothetical(doc, k, s->tok_start)) || negated_before(doc, k, s->tok_start) ||
            denied_report(c, s, k) || unconfirmed_report(c->doc, s, k))
            continue;
        /* "arrests will follow soon": a noun with a future of its own */
        if (!tr->verb && k + h->ntok + 1 < s->tok_end && vg_tok_in(&doc->toks[k + h->ntok], &future_modals) &&
            !vg_tok_is(&doc->toks[k + h->ntok + 1], "have"))
            continue;
        /* "A bombing at the shrine could kill dozens": the subject of a
         * clause ahead or of odds */
        if (!tr->verb && !named && subject_ahead(doc, s, k, k + h->ntok))
            continue;
        if (k + h->ntok < s->tok_end && vg_tok_in(&doc->toks[k + h->ntok], &danger_words))
            continue;
        /* "has a record of attacking soft targets": a habit */
        if (habit_before(doc, s, k))
            continue;
        /* "found guilty of two counts of murder ... and aggravated arson":
         * the charges of a trial, not events */
        if (!tr->verb && charged_with(doc, s, k))
            continue;
        if (held_for(doc, s, k))
            continue;
        /* "PIRACY & ARMED ROBBERY REPORT", "Kidnapping Statistics": the
         * name of a publication or a desk, or a thing, not an event */
        if (!tr->verb && k + h->ntok < s->tok_end && vg_tok_in(&doc->toks[k + h->ntok], &title_heads))
            continue;
        /* "targeted a Hezbollah commander responsible for rocket launches
         * against northern Israel": a record of the one targeted, after
         * the event told */
        if (c->ex->nincs && !tr->verb && !vg_tok_gerund(&doc->toks[k]) && record_of(doc, s, k))
            continue;
        /* "The slain militants were affiliated with the LeT", "the
         * murdered journalist's family": the dead of an event told before,
         * named by it */
        if (c->ex->nincs && tr->verb && h->ntok == 1 && vg_tok_in(&doc->toks[k], &slain_words) &&
            k > s->tok_start && vg_tok_in(&doc->toks[k - 1], &named_dets) && k + 1 < s->tok_end &&
            doc->toks[k + 1].kind == VG_TOK_WORD && !vg_tok_in(&doc->toks[k + 1], &np_stop))
            continue;
        /* "launched", "placed", "threw": events only with what was used
         * or hit ("launched a rocket attack", "placed a bomb") */
        /* ... "fired on" also with what it hit ("fired on a bus"): firing
         * needs no named gun */
        int fire = lemma_starts(tr, "fire ");
        /* ... but the words between "fired" and "at" are what was fired:
         * "fired mortars at the airport", not "fired last week at the
         * firm" */
        if (fire && h->ntok > 2 && !fired_rounds(doc, k + 1, k + h->ntok - 1))
            continue;
        /* ... "fired shots into a crowd", not "fired shots into the air" */
        if (lemma_is(tr, "fire into") && k + h->ntok + 1 < s->tok_end &&
            (vg_tok_is(&doc->toks[k + h->ntok + 1], "air") || vg_tok_is(&doc->toks[k + h->ntok + 1], "sky")))
            continue;
        /* "fired a missile toward Ben Gurion Airport": a site or people
         * after "toward" (not "toward the Sea of Japan", nor an exercise's
         * "toward a target drone") */
        if (fire && h->ntok > 2 && vg_tok_in(&doc->toks[k + h->ntok - 1], &toward_words) &&
            (!site_within(c, k + h->ntok, s->tok_end, 4) || sentence_has(doc, s, &drill_words)))
            continue;
        /* "a fire set by arsonists", not "set by candles" */
        if (lemma_is(tr, "blaze set by") && !doers_within(c, s, k + h->ntok))
            continue;
        if (tr->type == VG_INC_ARSON && tr->verb && blast_subject(c, s, k))
            continue;
        /* "soldiers were shelling rebel positions": the verb, whose doers
         * the roles would take for the harmed (the noun: "Heavy shelling
         * killed 40") */
        if (lemma_is(tr, "shelling") && k > s->tok_start && vg_tok_in(&doc->toks[k - 1], &be_forms))
            continue;
        if ((tr->flags & (VG_TRF_WEAPON_DEP | VG_TRF_NEEDS_OBJ)) && !taken &&
            !object_follows(c, k + h->ntok, s->tok_end, (tr->flags & VG_TRF_WEAPON_DEP) && !fire))
            continue;
        /* "A car ploughed into a tree, killing the driver": a crash; a
         * ramming hits people or a site ("ploughed his truck into a
         * crowd"), not after its brakes failed */
        if ((lemma_is(tr, "plough into") || lemma_is(tr, "plow into")) &&
            (!hit_within(doc, k + h->ntok, s->tok_end, 4, VG_LK_TARGET) || sentence_has(doc, s, &mishap_causes)))
            continue;
        /* "drove a car into a crowd", not "drove his car into town" or
         * "into a ditch": people run down */
        if (lemma_is(tr, "drive into") &&
            (!people_within(c, k + h->ntok, s->tok_end, 4) || sentence_has(doc, s, &mishap_causes)))
            continue;
        /* "rebels triggered an IED", not "the launch triggered alerts" */
        if (lemma_is(tr, "trigger") && !hit_within(doc, k + h->ntok, s->tok_end, 2, VG_LK_WEAPON))
            continue;
        /* "A house fire burned two children to death", "a street vendor
         * burned himself to death": a blaze or a suicide, no attack */
        if (lemma_starts(tr, "burn ") && burned_by_fire(doc, s, k, k + h->ntok))
            continue;
        /* "died of a self-inflicted gunshot wound": no attack */
        if (lemma_is(tr, "gunshot wound") && k > s->tok_start &&
            (vg_tok_is(&doc->toks[k - 1], "self-inflicted") || vg_tok_is(&doc->toks[k - 1], "accidental")))
            continue;
        /* "forces shot down three drones": an interception */
        if (lemma_is(tr, "shoot") && k + h->ntok < s->tok_end &&
            vg_tok_is(&doc->toks[k + h->ntok], "down") &&
            takes_goods(c, k + h->ntok + 1, s->tok_end, s->tok_start))
            continue;
        if ((tr->flags & VG_TRF_AMBIGUOUS) && tr->type == VG_INC_KIDNAPPING && !taken &&
            takes_goods(c, k + h->ntok, s->tok_end, s->tok_start))
            continue;
        /* "targeted a ship with drones", "targeted a police station,
         * killing two": with arms or harm told (not "a recruitment
         * campaign targeted young men", "fraudsters targeted residents") */
        if (lemma_is(tr, "target") && !armed_harm(c, s, k))
            continue;
        if ((tr->flags & VG_TRF_AMBIGUOUS) && viol < 0)
            viol = violent(c, s) || violent_anaphor(c, s) || violent_aftermath(c, s) ||
                   (tr->verb && site_attacked(c, s, k, k + h->ntok));
        /* "the VDP repelled an attack on their post", "the convoy came
         * under attack": an assault withstood is no figure of speech */
        /* (an armed group taking ground is violence itself) */
        if ((tr->flags & VG_TRF_AMBIGUOUS) && !viol && !taken &&
            !(!tr->verb && withstood_before(doc, s, k, 1) && forces_named(c, s)) &&
            !(!tr->verb && tr->type != VG_INC_SECURITY_OPERATION && perpetrated_before(doc, s, k)))
            continue;
        if (!tr->verb && !named && !specific_noun(c, k, s, &past) && !gerund_object(c, s, k, k + h->ntok))
            continue;
        /* "opened fire on mourners ... and set fire to houses", "stormed
         * the post, setting fire to vehicles", "attacked a village,
         * killing 10 people and setting fire to houses": an assault or a
         * killing that burned, not an arson */
        int burned_too = best >= 0 && tr->type == VG_INC_ARSON &&
                         (best_type == VG_INC_ARMED_ASSAULT ||
                          ((best_type == VG_INC_ATTACK || best_type == VG_INC_ASSASSINATION) &&
                           vg_tok_gerund(&doc->toks[k])));
        if (best < 0 || fire_deaths ||
            (type_rank(ttype) > type_rank(best_type) && !burned_too &&
             !op_toll(doc, s, best, k, best_type))) {
            *out = tr;
            best = (long)k;
            best_type = ttype;
            *type = ttype != tr->type ? ttype : -1;
            *muc = tmuc;
        }
    }
    /* "officers raided a compound and arrested four men": a raid with
     * arrests is the state's operation */
    if (best >= 0 && arrest >= 0 && *type < 0 && lemma_is(*out, "raid")) {
        *out = arrest_tr;
        best = arrest;
    }
    return best;
}

/* Whether the trigger noun at k is what an inquiry is about: "an
 * investigation into the kidnapping", "the trial over the attack". */
static int inquiry_into(const vg_doc *doc, const vg_sent *s, size_t k)
{
    return k >= s->tok_start + 3 && vg_tok_is(&doc->toks[k - 1], "the") &&
           vg_tok_in(&doc->toks[k - 2], &inquiry_preps) && vg_tok_in(&doc->toks[k - 3], &inquiry_words);
}

/* Whether sentence s tells facts of its own: a count, a date, another
 * event ("In a separate case, ... the trial over the bombing of a bus
 * that killed six people in 2024"). */
static int new_facts(const inc_ctx *c, const vg_sent *s)
{
    const vg_doc *doc = c->doc;
    size_t q = vg_extract_first_quant(doc, s->start), t = vg_extract_first_time(doc, s->start);
    return (q < c->ex->nquants && c->ex->quants[q].start < s->end) ||
           (t < c->ex->ntimes && c->ex->times[t].start < s->end && c->ex->times[t].tok_end > c->dateline_end) ||
           separate_event(doc, s);
}

/* Whether an incident of a type compatible with type is told already. */
static int told_before(const inc_ctx *c, int type)
{
    for (size_t i = 0; i < c->ex->nincs; i++)
        if (compatible_type(c->ex->incs[i].type, type))
            return 1;
    return 0;
}

/* Whether two incidents have a perpetrator group in common. */
static int share_group(const vg_incident *x, const vg_incident *y)
{
    for (uint32_t i = 0; i < x->ngroups; i++)
        for (uint32_t j = 0; j < y->ngroups; j++)
            if (x->groups[i] == y->groups[j])
                return 1;
    return 0;
}

/* The last word of span a is a word of span b, case-insensitively for
 * ASCII ("hotel" and "Hotel Bandari Palace", "attack" and "Airport
 * attack"). */
/* The byte where the last word of span a starts. */
static size_t span_head(const vg_doc *doc, vg_span a)
{
    size_t w = a.end;
    while (w > a.start && doc->text[w - 1] != ' ')
        w--;
    return w;
}

static int head_in(const vg_doc *doc, vg_span a, vg_span b)
{
    const char *pa = doc->text + a.start, *pb = doc->text + b.start;
    size_t la = a.end - a.start, lb = b.end - b.start, wa = span_head(doc, a) - a.start;
    size_t n = la - wa;
    if (n == 0)
        return 0;
    for (size_t st = 0; st + n <= lb; st++) {
        if ((st > 0 && pb[st - 1] != ' ') || (st + n < lb && pb[st + n] != ' '))
            continue;
        if (strncasecmp(pa + wa, pb + st, n) == 0)
            return 1;
    }
    return 0;
}

/* Whether two incidents name the same kind of target ("the Airport
 * attack" and "İstanbul Airport attack", "the hotel" and "the Hotel
 * Bandari Palace"): the head of a target of one is a word of a target of
 * the other. */
static int share_target_head(const vg_doc *doc, const vg_incident *x, const vg_incident *y)
{
    for (uint32_t i = 0; i < x->ntargets; i++)
        for (uint32_t j = 0; j < y->ntargets; j++)
            if (head_in(doc, x->targets[i], y->targets[j]) || head_in(doc, y->targets[j], x->targets[i]))
                return 1;
    return 0;
}

static const char *const ramming_heads[] = {"van", "truck", "lorry", "car", "vehicle", "suv", "knife",
                                             "machete", NULL};

/* Whether two incidents name the same vehicle or blade as their weapon
 * ("a van has been driven into pedestrians" and "the driver got out of
 * the van ... and attacked passers-by with a knife"): a ramming or
 * stabbing told in several entries. */
static int share_ramming(const vg_doc *doc, const vg_incident *x, const vg_incident *y)
{
    for (uint32_t i = 0; i < x->nweapons; i++) {
        vg_span a = x->weapons[i];
        size_t w = span_head(doc, a);
        int ram = 0;
        for (const char *const *h = ramming_heads; *h && !ram; h++)
            ram = a.end - w == strlen(*h) && strncasecmp(doc->text + w, *h, a.end - w) == 0;
        for (uint32_t j = 0; j < y->nweapons && ram; j++)
            if (head_in(doc, a, y->weapons[j]))
                return 1;
    }
    return 0;
}

/* "Dozens of armed men then opened fire": what came next in the event. */
static int then_before(const vg_doc *doc, const vg_sent *s, size_t trig)
{
    for (size_t k = trig; k > s->tok_start && trig - k < 4; k--)
        if (vg_tok_is(&doc->toks[k - 1], "then"))
            return 1;
    return 0;
}

/* Whether sentence s goes on about the actors already named: "the
 * attackers arrived ...", "They set fire to ...". */
static int anaphoric(const vg_doc *doc, const vg_sent *s)
{
    /* "They set fire ...", and in telegraphic copy, which drops articles,
     * "ATTACKERS ENTERED FOB" */
    if (s->tok_start < s->tok_end &&
        (vg_tok_is(&doc->toks[s->tok_start], "they") || vg_tok_is(&doc->toks[s->tok_start], "he") ||
         (doc->ex->casemode == VG_CASE_UPPER && vg_tok_in(&doc->toks[s->tok_start], &perp_heads) &&
          !vg_tok_is(&doc->toks[s->tok_start], "men"))))
        return 1;
    /* "the attackers", and "the device was detonated": the weapon told
     * before */
    for (size_t k = s->tok_start; k + 1 < s->tok_end; k++)
        if (vg_tok_is(&doc->toks[k], "the") &&
            (vg_tok_in(&doc->toks[k + 1], &perp_heads) || vg_extract_hit(doc, k + 1, VG_LK_WEAPON)))
            return 1;
    return 0;
}

/* Whether sentence s names a target of incident last again, definite:
 * "the ship had been targeted" after "struck a bulk carrier ... cargo
 * ship". */
static int target_again(const vg_doc *doc, const vg_sent *s, const vg_incident *last)
{
    for (size_t k = s->tok_start; k + 1 < s->tok_end; k++) {
        if (!vg_tok_is(&doc->toks[k], "the"))
            continue;
        const vg_token *h = &doc->toks[k + 1];
        if (k + 2 < s->tok_end && doc->toks[k + 2].kind == VG_TOK_WORD && (doc->toks[k + 2].flags & VG_TF_LOWER) &&
            !vg_tok_past(&doc->toks[k + 2]) && !vg_tok_in(&doc->toks[k + 2], &be_forms))
            continue; /* "the bus depot" is no bus */
        for (uint32_t t = 0; t < last->ntargets; t++) {
            vg_span g = last->targets[t];
            uint32_t w = g.end;
            while (w > g.start && doc->text[w - 1] != ' ')
                w--;
            if (g.end - w == h->end - h->start && !strncasecmp(doc->text + w, doc->text + h->start, g.end - w))
                return 1;
        }
    }
    return 0;
}

/* Whether the trigger at k is an event already told, named to say who did
 * it: "its fighters had carried out the attack", "was behind the
 * bombing", "claimed the attack". */
static int claims_told(const vg_doc *doc, const vg_sent *s, size_t k)
{
    if (told_by(doc, s, k, k + 1))
        return 1;
    if (k < s->tok_start + 2 || !(vg_tok_is(&doc->toks[k - 1], "the") ||
                                  vg_tok_is(&doc->toks[k - 1], "this")))
        return 0;
    const vg_token *v = &doc->toks[k - 2];
    return vg_tok_is(v, "behind") || vg_tok_is(v, "claimed") || vg_tok_is(v, "for") ||
           (vg_tok_is(v, "out") && k >= s->tok_start + 3 && vg_tok_is(&doc->toks[k - 3], "carried"));
}

static vg_wordlist saying_words = VG_WORDLIST("saying", "adding", "said", "stating");

/* "JNIM claimed responsibility for the attack, saying its fighters had
 * burned three vehicles": the "saying" (or "adding") between an event
 * claimed (claims_told) and the trigger at k, or k when there is none. */
static size_t claimed_saying(const inc_ctx *c, const vg_sent *s, size_t k)
{
    const vg_doc *doc = c->doc;
    size_t say = k;
    for (size_t j = k; j > s->tok_start; j--) {
        if (vg_tok_in(&doc->toks[j - 1], &saying_words) && say == k)
            say = j - 1;
        if (say < k && vg_extract_hit(doc, j - 1, VG_LK_TRIGGER) && claims_told(doc, s, j - 1))
            return say;
    }
    return k;
}

/* Whether the trigger at k is a passive without an agent ("several
 * vehicles were burned"), or is itself what hit ("Two crew members were
 * injured by gunfire"): a result of what was told before. */
static int agentless(const vg_doc *doc, const vg_sent *s, size_t k)
{
    /* the trigger is what hit: "were injured by gunfire" */
    size_t b = k > s->tok_start && (vg_tok_is(&doc->toks[k - 1], "a") || vg_tok_is(&doc->toks[k - 1], "the")) ? k - 1 : k;
    if (b >= s->tok_start + 3 && vg_tok_is(&doc->toks[b - 1], "by") && vg_tok_in(&doc->toks[b - 2], &harm_passives) &&
        (vg_tok_is(&doc->toks[b - 3], "were") || vg_tok_is(&doc->toks[b - 3], "was")))
        return 1;
    if (k <= s->tok_start ||
        !(vg_tok_is(&doc->toks[k - 1], "were") || vg_tok_is(&doc->toks[k - 1], "was")))
        return 0;
    for (size_t j = k + 1; j < s->tok_end && j < k + 4; j++)
        if (vg_tok_is(&doc->toks[j], "by"))
            return 0;
    return 1;
}

/* The first token starting at or after offset off. The tokens inside a
 * span follow each other in the text without overlap (vg_tok_run), so they
 * run from this one to the first one starting at or past its end. */
static size_t tok_from(const vg_doc *doc, uint32_t off)
{
    size_t lo = 0, hi = doc->ntoks;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (doc->toks[mid].start < off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* How the weapons of inc were used: fired from afar (rockets, missiles,
 * shells, drones, aircraft) or placed and set off (bombs, IEDs, car
 * bombs, suicide vests, mines). */
enum { ARMS_AFAR = 1, ARMS_PLACED = 2 };
static unsigned arms_kinds(const inc_ctx *c, const vg_incident *inc)
{
    static const char *const afar[] = {"projectile", "drone", "aircraft", NULL};
    static const char *const placed[] = {"bomb", "ied", "vbied", "suicide", "explosive_material", "mine", NULL};
    const vg_doc *doc = c->doc;
    unsigned kinds = 0;
    for (uint32_t w = 0; w < inc->nweapons; w++)
        for (size_t k = tok_from(doc, inc->weapons[w].start);
             k < doc->ntoks && doc->toks[k].start < inc->weapons[w].end; k++) {
            const vg_lex_hit *h = vg_extract_hit(doc, k, VG_LK_WEAPON);
            const char *sub = h ? vg_lex_weapon(c->lx, h->rec)->sub : NULL;
            for (size_t i = 0; sub && afar[i]; i++)
                kinds |= !strcmp(sub, afar[i]) ? ARMS_AFAR : 0;
            for (size_t i = 0; sub && placed[i]; i++)
                kinds |= !strcmp(sub, placed[i]) ? ARMS_PLACED : 0;
        }
    return kinds;
}

/* Whether incidents x and y were made by arms used in other ways ("rockets
 * hit a military base" and "the driver detonated explosives packed into a
 * minivan"): two events, though both are bombings. */
static int arms_apart(const inc_ctx *c, const vg_incident *x, const vg_incident *y)
{
    unsigned a = arms_kinds(c, x), b = arms_kinds(c, y);
    return a && b && !(a & b);
}

/* Whether a victim of inc is a named person or holds an office ("the
 * mayor", "a judge", "Governor X"): who an assassination targets. */
static int targeted_victim(const inc_ctx *c, const vg_incident *inc)
{
    const vg_doc *doc = c->doc;
    for (uint32_t v = 0; v < inc->nvictims; v++) {
        for (size_t k = vg_extract_first_mention(doc, 0); k < c->ex->nmentions; k++) {
            const vg_mention *m = &c->ex->mentions[k];
            if (m->start >= inc->victims[v].start && m->end <= inc->victims[v].end &&
                c->ex->ents[m->entity].type == VG_ENT_PERSON)
                return 1;
        }
        for (size_t k = tok_from(doc, inc->victims[v].start);
             k < doc->ntoks && doc->toks[k].start < inc->victims[v].end; k++) {
            const vg_token *t = &doc->toks[k];
            if (t->end <= inc->victims[v].end && vg_tok_in(t, &office_words))
                return 1;
        }
    }
    return 0;
}

/* Whether entity e is a site known only by its name (no coordinates). */
static int bare_site(const inc_ctx *c, int32_t e)
{
    return e >= 0 && c->ex->ents[e].type == VG_ENT_FACILITY && c->ex->ents[e].place < 0;
}

/* The token after the first dash among the n tokens from k (before end),
 * 0 when there is none: where a dateline ends. */
static size_t after_dash(const vg_doc *doc, size_t k, size_t end, size_t n)
{
    for (size_t i = k; i < end && i < k + n; i++)
        if (vg_tok_is_dash(&doc->toks[i]))
            return i + 1;
    return 0;
}

/* Whether the sentence of token k names a town no gazetteer holds ("NIAMEY
 * - ... stormed the military post at Tillia"): the dateline's city is not
 * where it happened. */
static int town_named(const inc_ctx *c, size_t k)
{
    const vg_sent *s = &c->doc->sents[vg_extract_sent_of(c->doc, k)];
    for (size_t m = vg_extract_first_mention(c->doc, s->tok_start);
         m < c->ex->nmentions && c->ex->mentions[m].tok_start < s->tok_end; m++) {
        const vg_entity *e = &c->ex->ents[c->ex->mentions[m].entity];
        if (e->type == VG_ENT_PLACE && e->place < 0)
            return 1;
    }
    return 0;
}

static vg_wordlist answer_verbs = VG_WORDLIST("killed", "killing", "shot", "neutralised", "neutralized",
                                            "eliminated");

/* "Security forces killed all five attackers", "Police shot dead the
 * gunman": the attackers slain by those who answered them. */
static vg_wordlist slain_attackers = VG_WORDLIST("attackers", "attacker", "assailants", "assailant", "gunmen",
                                                "gunman", "bombers", "bomber");

static int attackers_slain(const vg_doc *doc, const vg_sent *s)
{
    for (size_t k = s->tok_start; k < s->tok_end; k++) {
        if (!vg_tok_in(&doc->toks[k], &answer_verbs))
            continue;
        /* the attackers told before: "all five attackers", "the gunman"
         * (not "troops killed 40 terrorists", another operation) */
        int definite = 0;
        for (size_t j = k + 1; j < s->tok_end && j < k + 6 && doc->toks[j].kind != VG_TOK_PUNCT; j++) {
            definite |= vg_tok_is(&doc->toks[j], "the") || vg_tok_is(&doc->toks[j], "all");
            if (vg_tok_in(&doc->toks[j], &slain_attackers))
                return definite;
        }
    }
    return 0;
}

/* Whether the paragraph of token k places its events in another country
 * than the dateline's (two names or more), and never in the dateline's:
 * "WASHINGTON - ...
 * JAS fighters stormed a police post in Kiunga, Lamu County ... ambushed
 * a convoy near Hulugho" is no attack in Washington. */
static int placed_abroad(const inc_ctx *c, size_t k)
{
    const vg_doc *doc = c->doc;
    const vg_extract *ex = c->ex;
    const char *home = ex->ents[c->dateline_place].cc;
    size_t si = vg_extract_sent_of(doc, k);
    uint32_t para = doc->sents[si].para;
    size_t a = si, b = si + 1;
    while (a > 0 && doc->sents[a - 1].para == para)
        a--;
    while (b < doc->nsents && doc->sents[b].para == para)
        b++;
    int abroad = 0;
    for (size_t m = vg_extract_first_mention(doc, doc->sents[a].tok_start);
         m < ex->nmentions && ex->mentions[m].tok_start < doc->sents[b - 1].tok_end; m++) {
        const vg_entity *e = &ex->ents[ex->mentions[m].entity];
        if (e->type != VG_ENT_PLACE || !e->cc[0])
            continue;
        if (!strcmp(e->cc, home))
            return 0;
        abroad++;
    }
    return abroad >= 2; /* not one stray name ("St. Mary's Medical Center") */
}

/* The place of the last section heading before token k: a short line of
 * its own that names one place and nothing else ("SOMALIA", "Cabo Delgado
 * province"), as digests and travel advice group their events; -1 when
 * there is none. */
static int32_t heading_place(const inc_ctx *c, size_t k)
{
    const vg_doc *doc = c->doc;
    const vg_extract *ex = c->ex;
    size_t at = sent_of_tok(doc, k);
    for (size_t si = at; si-- > 0 && at - si <= 200;) { /* a section is not longer */
        const vg_sent *h = &doc->sents[si];
        if (h->tok_end - h->tok_start > 4 || (si > 0 && doc->sents[si - 1].para == h->para) ||
            (si + 1 < doc->nsents && doc->sents[si + 1].para == h->para))
            continue;
        if (vg_tok_punct(&doc->toks[h->tok_end - 1], '.') || vg_tok_punct(&doc->toks[h->tok_end - 1], ':'))
            continue;
        int32_t place = -1;
        size_t covered = 0, n = 0;
        for (size_t m = vg_extract_first_mention(doc, h->tok_start);
             m < ex->nmentions && ex->mentions[m].tok_start < h->tok_end; m++) {
            n++;
            place = (int32_t)ex->mentions[m].entity;
            covered += ex->mentions[m].tok_end - ex->mentions[m].tok_start;
        }
        /* one place, at most a word such as "province" beside it */
        if (n == 1 && ex->ents[place].type == VG_ENT_PLACE &&
            covered + 1 >= (size_t)(h->tok_end - h->tok_start))
            return place;
    }
    return -1;
}

static vg_wordlist note_labels = VG_WORDLIST("correction", "clarification", "update", "updated", "editor");

/* "[Translated from Spanish by the desk. Original: ..., 7 julio 2025]":
 * a sentence of an editor's note in square brackets. */
static int editor_note(const vg_doc *doc, const vg_sent *s)
{
    if (s->tok_end <= s->tok_start)
        return 0;
    if (vg_tok_punct(&doc->toks[s->tok_start], '[') || vg_tok_punct(&doc->toks[s->tok_end - 1], ']'))
        return 1;
    /* "Correction: An earlier version of this article said ... It
     * happened near Afgooye.": a note's paragraph, whose first sentence
     * opens on its label */
    const vg_sent *f = s;
    while (f > doc->sents && f[-1].para == s->para)
        f--;
    for (size_t k = f->tok_start; k < f->tok_end && k < f->tok_start + 3; k++) {
        if (vg_tok_punct(&doc->toks[k], ':'))
            return k > f->tok_start && vg_tok_in(&doc->toks[f->tok_start], &note_labels);
    }
    return 0;
}

/* The place of a wire dateline: "KABUL, Sept 6 (Vigil Wire) - ...", the
 * first mention of the first sentence when it is a place followed by a
 * comma or a dash; or, a few sentences in (after a page's headline and
 * byline), a place opening its sentence and closed by a dash ("CAIRO –
 * Militants ..."). *end is the first token after the dateline's dash (0
 * when there is none). */
static int32_t dateline_place(const vg_doc *doc, size_t *end)
{
    const vg_extract *ex = doc->ex;
    *end = 0;
    for (size_t m = 0; m < ex->nmentions && m < 16; m++) {
        const vg_mention *mn = &ex->mentions[m];
        if (mn->sent > 6)
            break;
        if (ex->ents[mn->entity].type != VG_ENT_PLACE || mn->tok_end >= doc->ntoks)
            continue;
        const vg_token *next = &doc->toks[mn->tok_end];
        /* "ROME/NIAMEY, 4 February 2026 -": two cities, the report's place
         * neither alone */
        if (vg_tok_punct(next, '/') || (mn->tok_start > 0 && vg_tok_punct(&doc->toks[mn->tok_start - 1], '/')))
            continue;
        int lead = mn->tok_start <= 2 && mn->sent <= 1;
        int opens = mn->sent < doc->nsents && mn->tok_start == doc->sents[mn->sent].tok_start;
        /* only after a headline, a date line or a byline, not after prose */
        for (size_t j = 0; j < mn->sent && opens; j++)
            opens = ((doc->sents[j].tok_end - doc->sents[j].tok_start <= 20 ||
                      /* a long headline, a paragraph of its own */
                      (doc->sents[j].tok_end - doc->sents[j].tok_start <= 32 &&
                       doc->sents[j + 1].para != doc->sents[j].para) ||
                      vg_tok_is(&doc->toks[doc->sents[j].tok_start], "by")) && /* a byline */
                     !vg_tok_punct(&doc->toks[doc->sents[j].tok_end - 1], '.')) ||
                    editor_note(doc, &doc->sents[j]);
        /* after a headline: "DUBAI, July 23, 2024 - Yemen's Houthi ...",
         * "SRINAGAR, May 6 (PTI) Two militants ..." */
        int dated = 0;
        size_t dated_end = 0;
        if (opens && vg_tok_punct(next, ',') && mn->tok_end + 1 < doc->ntoks) {
            /* "MAIDUGURI, Nigeria, Oct 7 (Reuters) -": past the country */
            size_t at = mn->tok_end + 1;
            if (m + 1 < ex->nmentions && ex->mentions[m + 1].tok_start == at &&
                ex->ents[ex->mentions[m + 1].entity].type == VG_ENT_PLACE &&
                ex->mentions[m + 1].tok_end + 1 < doc->ntoks && vg_tok_punct(&doc->toks[ex->mentions[m + 1].tok_end], ','))
                at = ex->mentions[m + 1].tok_end + 1;
            size_t t = vg_extract_first_time(doc, doc->toks[at].start);
            if (t < ex->ntimes && ex->times[t].tok_start == at) {
                size_t te = ex->times[t].tok_end, send = doc->sents[mn->sent].tok_end;
                /* past the agency's name in parentheses: "(PTI)",
                 * "(Agencia Andina de Noticias) —" */
                size_t close = 0;
                if (te < send && vg_tok_is(&doc->toks[te], "("))
                    for (size_t j = te + 1; j < send && j < te + 9 && !close; j++)
                        if (vg_tok_is(&doc->toks[j], ")"))
                            close = j + 1;
                dated_end = after_dash(doc, close ? close : te, send, close ? 2 : 6);
                if (!dated_end && close)
                    dated_end = close;
                dated = dated_end != 0;
            }
            /* "SOUSSE, Tunisia - The sunbeds ..." */
            if (!dated && (dated_end = after_dash(doc, mn->tok_end, doc->sents[mn->sent].tok_end, 4)))
                dated = 1;
        }
        /* "OUAGADOUGOU (APOA) – Dozens of gunmen ...": the agency between */
        if ((lead || opens) && !dated && vg_tok_is(next, "(") && mn->tok_end + 3 < doc->ntoks &&
            vg_tok_is(&doc->toks[mn->tok_end + 2], ")") && vg_tok_is_dash(&doc->toks[mn->tok_end + 3])) {
            dated = 1;
            dated_end = mn->tok_end + 4;
        }
        /* "QUETTA: Armed men shot dead ...", "IMPHAL: Militants ...": the
         * South Asian papers' dateline, a city in capitals and a colon
         * before prose (not a bulletin's "GQEBERHA: CLASSROOMS SET
         * ALIGHT") */
        if ((lead || opens) && !dated && vg_tok_punct(next, ':') && mn->tok_end + 1 < doc->ntoks &&
            mn->sent < doc->nsents && mn->tok_start == doc->sents[mn->sent].tok_start &&
            (doc->toks[mn->tok_start].flags & VG_TF_ALLCAP) && !(doc->toks[mn->tok_end + 1].flags & VG_TF_ALLCAP) &&
            (doc->toks[mn->tok_end + 1].flags & VG_TF_CAP)) {
            dated = 1;
            dated_end = mn->tok_end + 1;
        }
        if (!((lead && ((next->kind == VG_TOK_PUNCT && next->norm[0] == ',') || vg_tok_is_dash(next))) ||
              (opens && vg_tok_is_dash(next)) || dated))
            continue;
        *end = dated ? dated_end : after_dash(doc, mn->tok_end, doc->ntoks, 16);
        return (int32_t)mn->entity;
    }
    return -1;
}

/* From token s0, capitalised words (and commas between them), a comma
 * and the date t: "La Paz, 24 May 1990", "SARAVENA, Arauca, July 7". */
static int caps_before_date(const vg_doc *doc, size_t s0, const vg_timeref *t)
{
    if (t->tok_start < s0 + 2 || t->tok_start > s0 + 6 ||
        !(doc->toks[t->tok_start - 1].kind == VG_TOK_PUNCT && doc->toks[t->tok_start - 1].norm[0] == ','))
        return 0;
    /* "ROME/NIAMEY, 4 February 2026": two cities */
    for (size_t k = s0; k + 1 < t->tok_start; k++)
        if (!(doc->toks[k].kind == VG_TOK_WORD && (doc->toks[k].flags & (VG_TF_CAP | VG_TF_ALLCAP))) &&
            !(k > s0 && (vg_tok_punct(&doc->toks[k], ',') || vg_tok_punct(&doc->toks[k], '/'))))
            return 0;
    return 1;
}

/* Whether day d can be the day of the report: at most two days from the
 * document's date. */
static int report_day(const vg_doc *doc, vg_date d)
{
    return d.prec == VG_DATE_DAY && vg_date_valid(doc->ex->anchor) &&
           labs(vg_date_to_days(d) - vg_date_to_days(doc->ex->anchor)) <= 2;
}

/* Whether time t opens the text as a dateline's date: first, or after
 * capitalised words and a comma ("La Paz, 24 May 1990"). A date alone
 * that cannot be the day of the report is a timeline's item, not the
 * dateline: "3 January – Militants beheaded four farmers in Macomia
 * District." in a list dated 1 March. */
static int dateline_date(const vg_doc *doc, const vg_timeref *t)
{
    if (!doc->nsents || t->tok_end >= doc->sents[0].tok_end || t->tok_start > 6)
        return 0;
    if (t->tok_start == 0) {
        vg_date day = t->value.prec == VG_DATE_DAY ? t->value : t->from; /* "7–9 April –" */
        return doc->ex->anchor.prec != VG_DATE_DAY || day.prec != VG_DATE_DAY || report_day(doc, day);
    }
    return caps_before_date(doc, 0, t);
}

/* "The attack came barely three months after gunmen killed ...": words
 * before a distance in time that leave the event before it */
static vg_wordlist came_words = VG_WORDLIST("came", "comes", "occurred", "happened", "barely", "just",
                                           "only", "nearly", "almost", "some");

/* An incident trigger word in tokens [a, b) (b <= doc->ntoks). Read from
 * the hit-kind bits alone: scan_hits sets a token's trigger bit exactly
 * when it keeps a trigger hit there (only target bits are cleared later),
 * which is what vg_extract_hit answers from, without its checks at each
 * token. */
static int has_trigger(const vg_doc *doc, size_t a, size_t b)
{
    const uint16_t *kinds = doc->ex ? doc->ex->hit_kinds : NULL;
    if (!kinds)
        return 0;
    for (size_t k = a; k < b; k++)
        if (kinds[k] & (1u << VG_LK_TRIGGER))
            return 1;
    return 0;
}

/* "The raids came a week after the Paris attacks, ..., and a month after
 * twin suicide bombings in Ankara killed ...", "... detained 103 Syrians
 * during raids in the Bekaa valley, two days after eight suicide bombers
 * struck al-Qaa": a sentence telling events by their distance in time is
 * read in parts, one per "and <N> <unit> after" or ", <N> <unit> after";
 * so is a headline whose semicolon joins two events.
 * Gives in *part the next part of sentence *next (from token *part_at, 0
 * for its start) and in *si its index; 0 after the last. */
static int next_part(const vg_doc *doc, size_t *next, size_t *part_at, size_t *si, vg_sent *part)
{
    if (*next >= doc->nsents)
        return 0;
    const vg_sent *w = &doc->sents[*next];
    size_t a = *part_at ? *part_at : w->tok_start, b = w->tok_end;
    *si = *next;
    long n;
    int unit;
    for (size_t k = a + 1; k + 3 < b; k++) {
        if ((vg_tok_is(&doc->toks[k], "and") || vg_tok_punct(&doc->toks[k], ',') ||
             vg_tok_in(&doc->toks[k], &came_words)) &&
            distance_after(doc, k + 1, b, &n, &unit)) {
            b = k;
            break;
        }
        /* "Two LeT militants killed in Shopian encounter; 8 hurt in
         * grenade attack at Baramulla market": two events, one each side */
        if ((w->flags & VG_SF_HEADLINE) && vg_tok_punct(&doc->toks[k], ';') && has_trigger(doc, a, k) &&
            has_trigger(doc, k + 1, b)) {
            b = k;
            break;
        }
    }
    *part = *w;
    if (b < w->tok_end || a > w->tok_start) {
        part->tok_start = (uint32_t)a;
        part->tok_end = (uint32_t)b;
        part->start = doc->toks[a].start;
        part->end = doc->toks[b - 1].end;
    }
    if (b < w->tok_end) {
        *part_at = b + 1;
    } else {
        *part_at = 0;
        (*next)++;
    }
    return 1;
}

/* The first sentence from next on that is not quiet: a sentence without
 * a trigger more than REVISED_SENTENCES after the last incident's
 * (last_sent), or before any, none of whose parts (next_part) passes
 * vg_incident_run's first test, so it is passed by whole without being
 * cut into parts. */
static size_t past_quiet(const vg_doc *doc, size_t next, long last_sent)
{
    const vg_extract *ex = doc->ex;
    while (next < doc->nsents && (!ex->nincs || (long)next - last_sent > REVISED_SENTENCES) &&
           !has_trigger(doc, doc->sents[next].tok_start, doc->sents[next].tok_end))
        next++;
    return next;
}

static vg_wordlist retract_words = VG_WORDLIST("incorrect", "wrong", "false", "inaccurate", "untrue",
                                               "erroneous", "mistaken", "retracted", "withdrawn");
static vg_wordlist retract_heads = VG_WORDLIST("that", "this", "it", "report", "story", "claim", "which",
                                               "those", "these");

int vg_incident_retracted(const vg_doc *doc, size_t si)
{
    if (si + 1 >= doc->nsents)
        return 0;
    const vg_sent *n = &doc->sents[si + 1];
    if (n->tok_end - n->tok_start <= 8 && vg_tok_in(&doc->toks[n->tok_start], &retract_heads))
        return sentence_has(doc, n, &retract_words);
    /* "Investigators said those claims were false" */
    for (size_t k = n->tok_start + 2; k + 1 < n->tok_end; k++)
        if (vg_tok_in(&doc->toks[k], &be_forms) && vg_tok_in(&doc->toks[k + 1], &retract_words) &&
            (vg_tok_in(&doc->toks[k - 1], &retract_heads) || vg_tok_in(&doc->toks[k - 1], &report_nouns)) &&
            vg_tok_in(&doc->toks[k - 2], &retract_heads))
            return 1;
    return 0;
}

/* A correction note's account of what an earlier version said: "An
 * earlier version of this article said 12 people were killed in the
 * bombings": no event, nor a toll. */
static int earlier_version(const vg_doc *doc, const vg_sent *s)
{
    size_t a = s->tok_start;
    if (a + 3 >= s->tok_end || !(vg_tok_is(&doc->toks[a], "an") || vg_tok_is(&doc->toks[a], "a") ||
                                 vg_tok_is(&doc->toks[a], "the")))
        return 0;
    const vg_token *m = &doc->toks[a + 1], *v = &doc->toks[a + 2];
    return (vg_tok_is(m, "earlier") || vg_tok_is(m, "previous") || vg_tok_is(m, "original")) &&
           (vg_tok_is(v, "version") || vg_tok_is(v, "edition") || vg_tok_is(v, "report") || vg_tok_is(v, "headline"));
}

static vg_wordlist accident_words = VG_WORDLIST("accidental", "accidentally", "accident", "leak", "leaking",
                                                "boiler", "short-circuit", "malfunction", "cylinder",
                                                "cylinders", "storm", "hurricane", "typhoon", "cyclone", "tornado",
                                                "falling");
static vg_wordlist crash_words = VG_WORDLIST("crashed", "collided", "overturned", "skidded", "derailed");
static vg_wordlist noun_preps = VG_WORDLIST("for", "to", "from", "of", "with", "against", "among", "at", "on");

/* Whether the noun at token k stands after a preposition in its phrase
 * ("weapons for the guerrillas"): no subject. */
static int after_preposition(const vg_doc *doc, const vg_sent *s, size_t k)
{
    for (size_t j = k; j > s->tok_start && k - j < 3; j--) {
        const vg_token *t = &doc->toks[j - 1];
        if (vg_tok_in(t, &noun_preps))
            return 1;
        if (t->kind != VG_TOK_WORD || vg_tok_past(t))
            return 0;
    }
    return 0;
}

/* Whether weapon hit w is a vehicle that is a weapon only by its use
 * ("car", "truck"; not "car bomb"). */
static int ridden_weapon(const vg_lex *lx, const vg_lex_hit *w)
{
    const vg_weapon *wp = vg_lex_weapon(lx, w->rec);
    return (wp->flags & VG_WF_AMBIGUOUS) && !strcmp(wp->cls, "vehicle");
}

/* The incident type the arms named in sentence s imply, the first one
 * used and not generic ("A Shahed drone hit an apartment block, killing
 * four people": a bombing; "shot dead": none named), else an armed
 * assault. */
static int arms_type(const inc_ctx *c, const vg_sent *s)
{
    for (size_t k = s->tok_start; k < s->tok_end; k++) {
        const vg_lex_hit *h = vg_extract_hit(c->doc, k, VG_LK_WEAPON);
        if (!h)
            continue;
        const vg_weapon *w = vg_lex_weapon(c->lx, h->rec);
        if (!(w->flags & (VG_WF_GENERIC | VG_WF_COMPONENT)) && !ridden_weapon(c->lx, h) &&
            !made_safe(c->doc, s, k, k + h->ntok) && !negated_before(c->doc, k, s->tok_start))
            return w->type;
    }
    return VG_INC_ARMED_ASSAULT;
}

/* "A gas explosion tore through an apartment block": gas that blew up
 * (not "tear gas", "a gas attack") */
static int gas_blast(const vg_doc *doc, const vg_sent *s)
{
    for (size_t k = s->tok_start; k + 1 < s->tok_end; k++)
        if (vg_tok_is(&doc->toks[k], "gas") && !(k > s->tok_start && vg_tok_is(&doc->toks[k - 1], "tear")) &&
            (vg_tok_is(&doc->toks[k + 1], "explosion") || vg_tok_is(&doc->toks[k + 1], "blast") ||
             vg_tok_is(&doc->toks[k + 1], "explosions")))
            return 1;
    return 0;
}

/* An explosion or fire told as an accident ("An accidental gas explosion",
 * "caused by a gas leak", "a gas cylinder exploded", "a gas explosion"), or
 * the work of weather or chance ("Storm Ciarán battered the coast", "a
 * falling tree struck a car"), with no weapon named: no attack. */
static int accident(const inc_ctx *c, const vg_sent *s)
{
    /* a crash, where no doer is named before it ("A car crashed into a
     * tree", "a plane loaded with weapons for guerrillas crashed"; not "A
     * suicide bomber crashed his car into a checkpoint", "Bandits shot the
     * driver of a bus, which then crashed"), in which a car is no arm */
    size_t crash = SIZE_MAX;
    for (size_t k = s->tok_start; k < s->tok_end && crash == SIZE_MAX; k++)
        if (vg_tok_in(&c->doc->toks[k], &crash_words))
            crash = k;
    /* (the doer the subject: not "a helicopter carrying captured
     * militants crashed") */
    for (size_t k = s->tok_start; k < crash && crash != SIZE_MAX; k++) {
        const vg_token *t = &c->doc->toks[k];
        if (vg_tok_gerund(t) || vg_tok_past(t))
            break;
        if (vg_tok_in(t, &perp_heads) && !after_preposition(c->doc, s, k))
            return 0;
    }
    if (crash == SIZE_MAX && !sentence_has(c->doc, s, &accident_words) && !gas_blast(c->doc, s))
        return 0;
    for (size_t k = s->tok_start; k < s->tok_end; k++) {
        const vg_lex_hit *h = vg_extract_hit(c->doc, k, VG_LK_WEAPON);
        if (h && !(vg_lex_weapon(c->lx, h->rec)->flags & (VG_WF_GENERIC | VG_WF_COMPONENT)) &&
            !ridden_weapon(c->lx, h) && !negated_before(c->doc, k, s->tok_start))
            return 0;
    }
    return 1;
}

/* Words of business, markets, entertainment and sport reporting, whose
 * "hostile takeover", "fired a hat-trick", "bombed at the box office" and
 * "killed the deal" are figures of speech. */
static vg_wordlist offtopic_words = VG_WORDLIST(
    "shares", "shareholders", "shareholder", "takeover", "merger", "acquisition", "stocks", "investors",
    "revenue", "revenues", "profits", "earnings", "subscribers", "dividend", "valuation", "ipo",
    "box-office", "studio", "studios", "film", "movie", "album", "streaming", "franchise", "retailer",
    "striker", "midfielder", "goalkeeper", "defender", "hat-trick", "league", "tournament",
    "championship", "playoffs", "innings", "wickets", "wicket", "half-time", "whistle", "kick-off",
    "scored", "scoring", "ceo", "startup", "smartphone",
    "brand", "quarterly", "sales", "season");

static vg_wordlist terror_words = VG_WORDLIST("terror-related", "terrorism-related", "terrorist-related",
                                              "terrorism", "terror");
static vg_wordlist not_words = VG_WORDLIST("not", "neither", "no", "nor", "n't", "never");

/* "Police stressed that neither incident is being treated as
 * terror-related", "terrorism has been ruled out": the story says its
 * violence is crime. */
static int not_terror(const vg_doc *doc)
{
    for (size_t si = 0; si < doc->nsents; si++) {
        const vg_sent *s = &doc->sents[si];
        if (!sentence_has(doc, s, &terror_words))
            continue;
        /* the negation before the word ("is not being treated as
         * terrorism"; not "terrorism seems not to have let up") */
        for (size_t k = s->tok_start; k < s->tok_end; k++)
            if (vg_tok_in(&doc->toks[k], &terror_words) &&
                vg_extract_words_in(doc, k > s->tok_start + 8 ? k - 8 : s->tok_start, k, &not_words))
                return 1;
        for (size_t k = s->tok_start; k + 1 < s->tok_end; k++)
            if (vg_tok_is(&doc->toks[k], "ruled") && vg_tok_is(&doc->toks[k + 1], "out"))
                return 1;
    }
    return 0;
}

int vg_incident_crime(const vg_doc *doc)
{
    const vg_extract *ex = doc->ex;
    for (size_t e = 0; e < ex->nents; e++)
        if (ex->ents[e].type == VG_ENT_ARMED_GROUP)
            return 0;
    return not_terror(doc);
}

int vg_incident_off_topic(const vg_doc *doc)
{
    const vg_extract *ex = doc->ex;
    size_t words = 0;
    for (size_t k = 0; k < doc->ntoks && words < 4; k++)
        words += vg_tok_in(&doc->toks[k], &offtopic_words) != 0;
    if (words < 4)
        return 0;
    /* an armed group, a security organ or a toll: a security story; not
     * a simile ("we attacked like an army") */
    for (size_t m = 0; m < ex->nmentions; m++) {
        const vg_mention *mn = &ex->mentions[m];
        const vg_entity *x = &ex->ents[mn->entity];
        size_t a = mn->tok_start;
        int like = (a > 0 && vg_tok_is(&doc->toks[a - 1], "like")) ||
                   (a > 1 && vg_tok_is(&doc->toks[a - 2], "like"));
        /* (not a security organ that only speaks: "Police said the
         * atmosphere was \"explosive but peaceful\"") */
        const vg_sent *ms = &doc->sents[vg_extract_sent_of(doc, a)];
        if (!like && (x->type == VG_ENT_ARMED_GROUP ||
                      (x->type == VG_ENT_GOVERNMENT && x->organ &&
                       (!strcmp(x->organ, "police") || !strcmp(x->organ, "military") ||
                        !strcmp(x->organ, "agency") || !strcmp(x->organ, "security")) &&
                       !vg_extract_holds_statement(doc, mn->tok_end, ms->tok_end))))
            return 0;
    }
    /* a toll, or people hit by someone or something ("the visitors'
     * middle order was massacred" names neither) */
    for (size_t i = 0; i < ex->nincs; i++) {
        const vg_incident *in = &ex->incs[i];
        if (in->killed > 0 || in->injured > 0 ||
            (in->nvictims && (in->nperps || in->ngroups || in->nweapons || in->type == VG_INC_KIDNAPPING ||
                              in->type == VG_INC_HIJACKING)))
            return 0;
    }
    return 1;
}

/* An incident that says nothing of its event: no date, place, doer,
 * target, victim, weapon or toll ("\"It's a massacre,\" one studio
 * executive said", "The attack surface of small utilities is of
 * concern", "the bombing has been intense"): a word, not an event an
 * analyst can use. */
static int told_nothing(const vg_incident *in)
{
    return !in->has_date && in->place < 0 && !in->ngroups && !in->nperps && !in->ntargets && !in->nvictims &&
           !in->nweapons && in->killed < 0 && in->injured < 0;
}

/* A victim that is also a perpetrator's mention is the perpetrator ("A
 * GROUP OF ABOUT EIGHT ARMED MEN ... KIDNAPPED ...": one mention read in
 * two roles by two sentences); one that is a target as a whole is the
 * target ("from the Government Girls Secondary School": a school, though
 * its name holds people). */
static void drop_doer_victims(vg_incident *in)
{
    uint32_t w = 0;
    for (uint32_t v = 0; v < in->nvictims; v++) {
        vg_span x = in->victims[v];
        int target = 0;
        for (uint32_t t = 0; t < in->ntargets && !target; t++)
            target = in->targets[t].start == x.start && in->targets[t].end == x.end;
        if (!target && !overlaps_any(in->perps, in->nperps, x))
            in->victims[w++] = x;
    }
    in->nvictims = w;
}

/* A line holding a day and nothing else, a police blotter's or a live
 * blog's day header:
 *
 *     TUESDAY, OCT. 7
 *     1:15 a.m. — A man was stabbed outside a bar in Bangor, Maine, ...
 *
 * ("Monday 6 October", "Oct. 6, 2025" likewise). */
static int header_line(const vg_doc *doc, const vg_timeref *tr)
{
    return !tr->is_window && tr->value.prec == VG_DATE_DAY &&
           (tr->tok_start == 0 || (doc->toks[tr->tok_start].flags & VG_TF_NL)) &&
           (tr->tok_end >= doc->ntoks || (doc->toks[tr->tok_end].flags & VG_TF_NL));
}

/* Sets c->day_head: for each sentence, the last day header (header_line)
 * before it, which dates the items below it until the next; the
 * dateline's date heads nothing. One pass over sentences and times. */
static int day_headers(inc_ctx *c)
{
    const vg_doc *doc = c->doc;
    c->day_head = vg_arena_alloc(&c->doc->arena, (doc->nsents + 1) * sizeof *c->day_head);
    if (!c->day_head)
        return VIGIL_ENOMEM;
    int32_t cur = -1;
    size_t t = 0;
    for (size_t k = 0; k < doc->nsents; k++) {
        for (; t < c->ex->ntimes && c->ex->times[t].tok_start < doc->sents[k].tok_start; t++)
            if (header_line(doc, &c->ex->times[t]) && c->ex->times[t].tok_end > c->dateline_end) {
                cur = (int32_t)t;
                c->nday_heads++;
            }
        c->day_head[k] = cur;
    }
    return VIGIL_OK;
}

/* The day header over sentence s (day_headers), which dates its event;
 * not "Friday, July 01, 2016" heading a story, the day of the report,
 * unless other days' headers follow it (a log of days). */
static int header_day(const inc_ctx *c, const vg_sent *s, vg_timeref *out)
{
    int32_t h = c->day_head[sent_of_tok(c->doc, s->tok_start)];
    if (h < 0)
        return 0;
    const vg_timeref *tr = &c->ex->times[h];
    if (h == 0 && c->nday_heads == 1 && vg_date_to_days(tr->value) == vg_date_to_days(c->ex->anchor))
        return 0;
    *out = *tr;
    return 1;
}

int vg_incident_run(const vg_lex *lx, vg_doc *doc)
{
    inc_ctx c = {lx, doc, doc->ex, -1, 0, NULL, NULL, 0, {0}};
    c.heads = vg_arena_alloc(&doc->arena, (doc->nsents + 1) * sizeof *c.heads);
    if (!c.heads)
        return oom(doc);
    c.heads[0] = 0;
    for (size_t k = 0; k < doc->nsents; k++)
        c.heads[k + 1] = c.heads[k] + (uint32_t)item_heading(doc, k);
    c.dateline_place = dateline_place(doc, &c.dateline_end);
    doc->ex->dateline_place = c.dateline_place;
    doc->ex->dateline_end = c.dateline_end;
    /* a dateline whose place is not known: "La Paz, 24 May 1990 - ...",
     * "24 May 1990 - ...": the text opens with the date, or with
     * capitalised words and a comma before it */
    if (c.dateline_place < 0 && doc->ex->ntimes && dateline_date(doc, &doc->ex->times[0]))
        c.dateline_end = after_dash(doc, doc->ex->times[0].tok_end, doc->sents[0].tok_end, 6);
    /* ... or after a headline: "SARAVENA, Arauca, July 7 (ANL) - An
     * explosive charge ..." with a town the gazetteer does not know, or
     * none: "Nov 20 (Reuters) - Insurgents killed ..." */
    for (size_t k = 0; c.dateline_place < 0 && !c.dateline_end && k < doc->ex->ntimes && k < 4; k++) {
        const vg_timeref *t = &doc->ex->times[k];
        size_t si = sent_of_tok(doc, t->tok_start);
        if (si == 0 || si > 3 ||
            (t->tok_start != doc->sents[si].tok_start && !caps_before_date(doc, doc->sents[si].tok_start, t)))
            continue;
        /* (a date alone is the dateline's only as the day of the report,
         * not a timeline's "March 2024 - Gunmen stormed ...") */
        if (t->tok_start == doc->sents[si].tok_start && !report_day(doc, t->value))
            continue;
        c.dateline_end = after_dash(doc, t->tok_end, doc->sents[si].tok_end, 6);
    }
    if (day_headers(&c) != VIGIL_OK)
        return oom(doc);
    vg_extract *ex = doc->ex;
    long last_sent = -100;
    size_t next = 0, part_at = 0, si;
    vg_sent piece;
    /* earlier events a sentence recalls ("since January 2021, when ..."):
     * kept aside, so what follows still goes with the event told before */
    vg_incident *recalls = NULL;
    size_t nrecalls = 0, caprecalls = 0;
    for (;;) {
        if (part_at == 0)
            next = past_quiet(doc, next, last_sent);
        if (!next_part(doc, &next, &part_at, &si, &piece))
            break;
        const vg_sent *s = &piece;
        const vg_trigger *tr = NULL;
        int etype, emuc;
        /* a part without a trigger tells no event of its own, and adds to
         * the last one only within REVISED_SENTENCES of it: most parts of
         * most documents, which need none of the tests below */
        if ((!ex->nincs || (long)si - last_sent > REVISED_SENTENCES) && !has_trigger(doc, s->tok_start, s->tok_end))
            continue;
        /* "reported that a bomb had exploded ... That was incorrect.", "An
         * accidental gas explosion tore through a restaurant": no act */
        if (vg_incident_retracted(doc, si) || accident(&c, s) || vg_extract_table_row(doc, s) == VG_ROW_FORECAST ||
            earlier_version(doc, s))
            continue;
        long trig = event_trigger(&c, s, &tr, &etype, &emuc);
        if (trig < 0) {
            /* casualties or a claim of responsibility after an event */
            /* a first toll may come a few sentences on ("The provisional
             * toll is as follows. ... On the friendly side: we deplore 6
             * soldiers ...") */
            long reach = ex->nincs && ex->incs[ex->nincs - 1].killed < 0 && ex->incs[ex->nincs - 1].injured < 0
                             ? 3 * MERGE_SENTENCES
                             : MERGE_SENTENCES;
            /* "The death toll has risen to four.", "Officials now say 14
             * people were injured": a later count that revises the last
             * one, however far on the updates come (asked only where it
             * can count: after an incident, within REVISED_SENTENCES) */
            int revised = ex->nincs && (long)si - last_sent <= REVISED_SENTENCES && revised_toll(doc, s);
            long scope = revised ? REVISED_SENTENCES : 3 * MERGE_SENTENCES;
            if (revised)
                reach = scope;
            /* who did it may be told later still ("the assailants belong
             * to ...", a claim of responsibility): up to 3 * MERGE_SENTENCES;
             * a toll only within reach */
            if (ex->nincs && (long)si - last_sent <= scope) {
                vg_incident *last = revised ? revised_one(ex) : &ex->incs[ex->nincs - 1];
                /* "Accounts of the toll differed: ... reported 19 dead" after
                 * "Prosecutors detained twelve people in raids": the toll of
                 * the attack with a toll told before the arrests, not theirs */
                /* (not "The military put the death toll at 30 militants": the
                 * operation's own) */
                if (last->type == VG_INC_SECURITY_OPERATION && last->killed < 0 && last->injured < 0 &&
                    sentence_has(doc, s, &toll_words) && !sentence_has(doc, s, &perp_heads))
                    for (size_t i = ex->nincs - 1; i-- > 0;)
                        if (ex->incs[i].type != VG_INC_SECURITY_OPERATION &&
                            (ex->incs[i].killed >= 0 || ex->incs[i].injured >= 0)) {
                            last = &ex->incs[i];
                            break;
                        }
                int32_t k = -1, j = -1;
                uint8_t kv = 0;
                /* "Militants have killed hundreds ... since 2013", "Boko
                 * Haram's insurgency has killed more than 40,000 people": a
                 * tally over time, not this event's toll */
                if ((long)si - last_sent <= reach && !over_span(doc, s) && (revised || !perfect_tally(doc, s)) &&
                    !doubted_figures(doc, s) && !doubted_claim(doc, ex, si))
                    casualties(&c, s, last->type, SIZE_MAX, &k, &j, &kv);
                /* a later sentence's count only where none was stated, or
                 * only a vague one; "Two of his bodyguards were also
                 * killed": more dead, added to those told */
                int32_t was_killed = last->killed, was_injured = last->injured;
                /* (the rare "also" first: the time test walks the sentence) */
                int also = also_toll(doc, s);
                if (also && (separate_event(doc, s) || sentence_timed(doc, s)))
                    also = 0;
                /* (a vague count on either side is not added: the larger stands) */
                if (also & 1 && k > 0 && last->killed > 0)
                    take_count(&last->killed, &last->vague, 1, (last->vague | kv) & 1 ? k : k + last->killed, kv & 1);
                if (also & 2 && j > 0 && last->injured > 0)
                    take_count(&last->injured, &last->vague, 2, (last->vague | kv) & 2 ? j : j + last->injured,
                               (kv & 2) != 0);
                if (last->killed < 0 || ((last->vague & 1) && !(kv & 1)) || (revised && !(kv & 1)))
                    take_count(&last->killed, &last->vague, 1, k, kv & 1);
                if (last->injured < 0 || ((last->vague & 2) && !(kv & 2)) || (revised && !(kv & 2)))
                    take_count(&last->injured, &last->vague, 2, j, (kv & 2) != 0);
                /* (only with the toll taken: not "Four policemen were killed
                 * on the same road last month" after a toll told) */
                if ((last->killed != was_killed || last->injured != was_injured) &&
                    last->type != VG_INC_SECURITY_OPERATION) {
                    int rc = passive_victims(&c, s, last);
                    if (rc != VIGIL_OK)
                        return rc;
                }
                if ((sentence_has(doc, s, &resp_words) || doers_belong(doc, s)) && !background_blame(doc, s)) {
                    vg_incident tmp;
                    blank_incident(&tmp, VG_INC_ATTACK, VG_MUC_NONE, s->tok_start);
                    int rc = read_roles(&c, &tmp, s, s->tok_start);
                    for (uint32_t g = 0; g < tmp.ngroups && rc == VIGIL_OK; g++)
                        if (group_fits(&c, last, tmp.groups[g]) && !accuser(&c, s, tmp.groups[g]))
                            rc = push_ent_unique(doc, &last->groups, &last->ngroups, tmp.groups[g]);
                    if (rc != VIGIL_OK)
                        return rc;
                }
            }
            continue;
        }
        vg_incident inc;
        blank_incident(&inc, etype >= 0 ? etype : tr->type, emuc >= 0 ? emuc : tr->muc_type, (size_t)trig);
        int recalled = 0; /* the sentence recalls an earlier event: this one */
        /* "Somali troops backed by African Union forces raided an al-Shabaab
         * base": the state's forces acting are a security operation */
        /* (not "The army killed 12 civilians", "Police killed 12
         * protesters": the state's forces on people who are not armed,
         * an assault) */
        if (((inc.type == VG_INC_ATTACK || inc.type == VG_INC_ARMED_ASSAULT) && state_acts(&c, s, (size_t)trig) &&
             !unarmed_harmed(&c, s, (size_t)trig)) ||
            (inc.type == VG_INC_ASSASSINATION && (tr->flags & VG_TRF_VICTIM_DEP) &&
             forces_subject(&c, s, (size_t)trig) && militant_object(doc, s, (size_t)trig + 1))) {
            inc.type = VG_INC_SECURITY_OPERATION;
            inc.muc_type = VG_MUC_NONE;
        } else if (inc.type == VG_INC_SECURITY_OPERATION &&
                   (forces_fell(&c, s, (size_t)trig, tr) || feud_between(&c, s, (size_t)trig))) {
            inc.type = VG_INC_ARMED_ASSAULT;
            inc.muc_type = VG_MUC_ATTACK;
        }
        /* "bigger attacks than Istanbul airport attack", "similar to recent
         * Orlando attack": the event is only named; its sentence is about
         * something else, so only its place comes from here */
        /* (not a measure compared across a comma: "fired on the hotel for
         * more than an hour, killing five guests"; not "more than a dozen
         * bombings") */
        int ref_only = 0;
        for (size_t k = (size_t)trig; k > s->tok_start && (size_t)trig - k < 5; k--) {
            const vg_token *w = &doc->toks[k - 1];
            if (vg_tok_punct(w, ',') || vg_tok_punct(w, ';') || vg_tok_punct(w, ':'))
                break;
            int measure = k - 1 > s->tok_start && vg_tok_in(&doc->toks[k - 2], &measure_words);
            ref_only |= (vg_tok_is(w, "than") && !measure) || vg_tok_is(w, "similar") || vg_tok_is(w, "like");
        }
        int rc = VIGIL_OK;
        if (ref_only) {
            size_t a = (size_t)trig > s->tok_start + 3 ? (size_t)trig - 3 : s->tok_start;
            vg_sent sub = *s;
            sub.tok_start = (uint32_t)a;
            sub.tok_end = (uint32_t)trig + 1;
            sub.start = doc->toks[a].start;
            sub.end = doc->toks[trig].end;
            rc = read_roles(&c, &inc, &sub, (size_t)trig);
        } else {
            rc = read_roles(&c, &inc, s, (size_t)trig);
            /* "It was the deadliest attack ... since January 2021, when
             * twin suicide bombings ... killed 32 people": the earlier
             * event, on its own day */
            /* "The death toll from a car bombing ... rose to 11 on Monday":
             * the day of the count, not of the event */
            if (inc.has_date && !tr->verb && inc.date.tok_start > (uint32_t)trig && revised_toll(doc, s) &&
                vg_extract_words_in(doc, (size_t)trig, inc.date.tok_start, &revision_words))
                inc.has_date = 0;
            vg_timeref when;
            if (rc == VIGIL_OK && recalled_event(&c, s, &when) != SIZE_MAX) {
                recalled = 1;
                if (!inc.has_date) {
                    inc.date = when;
                    inc.has_date = 1;
                }
            }
            /* "Last Tuesday, fighters of the ADF walked into a village in
             * Lubero ... By nightfall 31 people were dead": who and where,
             * from the scene set just before */
            /* (nor after "Separately,": "A migrant boat capsized in the
             * Mediterranean Sea on Tuesday. Separately, gunmen attacked a
             * coast guard post in Zuwara") */
            /* (not "... pledged allegiance to Islamic State ... His search
             * history included videos of the 2017 Manchester Arena
             * bombing": an event of an earlier year) */
            int told_past = inc.has_date && vg_date_valid(ex->anchor) && vg_date_valid(inc.date.value) &&
                            vg_date_to_days(ex->anchor) - vg_date_to_days(inc.date.value) > 365;
            const vg_sent *scene = si > 0 && !told_past ? &doc->sents[si - 1] : NULL;
            if (rc == VIGIL_OK && scene && scene->para == doc->sents[si].para && s->tok_start == doc->sents[si].tok_start &&
                !tells_event(&c, scene) && ex->nincs == 0 && !separate_event(doc, s)) {
                vg_incident sc;
                blank_incident(&sc, inc.type, VG_MUC_NONE, scene->tok_start);
                sc.has_date = 1; /* the date is read above */
                rc = read_roles(&c, &sc, scene, scene->tok_start);
                for (uint32_t g = 0; g < sc.ngroups && rc == VIGIL_OK; g++)
                    rc = push_ent_unique(doc, &inc.groups, &inc.ngroups, sc.groups[g]);
                for (uint32_t g = 0; g < sc.nperps && rc == VIGIL_OK; g++)
                    rc = push_span_unique(doc, &inc.perps, &inc.nperps, sc.perps[g]);
                if (inc.place < 0)
                    inc.place = sc.place;
            }
        }
        /* "killing the mayor" is an assassination, "killing 22 soldiers" an assault */
        /* ... by the arms named ("A drone hit an apartment block, killing
         * four people": a bombing) */
        if (rc == VIGIL_OK && (tr->flags & VG_TRF_VICTIM_DEP) && etype < 0 &&
            inc.type == VG_INC_ASSASSINATION && !targeted_victim(&c, &inc))
            inc.type = (uint8_t)arms_type(&c, s);
        /* an attack by bombs alone is a bombing */
        if ((inc.type == VG_INC_ATTACK || inc.type == VG_INC_ARMED_ASSAULT) && bombs_alone(&c, s))
            inc.type = VG_INC_BOMBING;
        vg_span ev = {s->start, s->end};
        if (rc == VIGIL_OK)
            rc = push_span_unique(doc, &inc.evidence, &inc.nevidence, ev);
        /* "Chilean police arrested seven suspected members of the Tren de
         * Aragua gang in raids across Santiago on Sunday over the kidnapping
         * of a businessman": the arrests are an operation of their own,
         * kept aside as an event recalled is */
        size_t at = inc.type != VG_INC_SECURITY_OPERATION ? arrest_before(&c, s, (size_t)trig) : SIZE_MAX;
        if (rc == VIGIL_OK && at != SIZE_MAX) {
            vg_incident op;
            blank_incident(&op, VG_INC_SECURITY_OPERATION, VG_MUC_NONE, at);
            vg_sent sub = *s;
            sub.tok_end = (uint32_t)trig - 2;
            sub.end = doc->toks[trig - 3].end;
            rc = read_roles(&c, &op, &sub, at);
            if (rc == VIGIL_OK)
                rc = push_span_unique(doc, &op.evidence, &op.nevidence, ev);
            if (rc == VIGIL_OK)
                rc = vg_extract_grow(doc, (void **)&recalls, nrecalls, &caprecalls, sizeof op);
            if (rc == VIGIL_OK)
                recalls[nrecalls++] = op;
        }
        for (size_t k = vg_extract_first_claim(doc, (uint32_t)si);
             k < ex->nclaims && ex->claims[k].sent == si; k++)
            /* a holder, named, or only as written ("Hospital officials")
             * when no named one holds it */
            if (ex->claims[k].holder >= 0 ||
                (ex->claims[k].holder_text.end > ex->claims[k].holder_text.start &&
                 (inc.claim < 0 || ex->claims[inc.claim].holder < 0)))
                inc.claim = (int32_t)k;
        if (rc != VIGIL_OK)
            return rc;
        vg_incident *last = ex->nincs ? &ex->incs[ex->nincs - 1] : NULL;
        /* '"The bombing shattered our family, but today we have some
         * justice," said Esther Nakato': an event a speaker names as known,
         * told nothing of, with none told before, is no event of its own
         * (the day in the quotation is not its) */
        if (!last && !tr->verb && nothing_told(&inc) && named_as_known(doc, s, (size_t)trig) &&
            quoted(doc, s, (size_t)trig))
            continue;
        /* "3. EAST LONDON: FILLING STATION ROBBED": a numbered or bulleted
         * heading opens another item of a bulletin; nothing after it is
         * the event told before it */
        if (last && item_heading_between(&c, last_sent, si))
            last = NULL;
        /* "the attackers ... set fire to vehicles before withdrawing": an act
         * told without a place or date of its own, right after an event, is
         * part of it */
        /* (a sea or a region across borders is no place of its own:
         * "forced withdrawal toward Lake Chad shoreline") */
        int unplaced = inc.place < 0 || (borderless(ex, inc.place) && !vg_tok_in(&doc->toks[s->tok_start], &separate_words));
        int part = last && unplaced && !inc.has_date && inc.ngroups == 0 &&
                   (anaphoric(doc, s) || agentless(doc, s, (size_t)trig) || then_before(doc, s, (size_t)trig));
        /* "Ambrey assessed that the ship had been targeted": the target
         * told before, named again, a few sentences on */
        int retold = last && unplaced && !inc.has_date && inc.ngroups == 0 &&
                     (long)si - last_sent <= 3 * MERGE_SENTENCES && compatible_type(last->type, inc.type) &&
                     target_again(doc, s, last);
        /* "The attacker, on foot, detonated his explosives ... in the city's
         * Deh Mazang area": the same event told closer, in its country */
        if (last && !part && inc.place >= 0 && last->place >= 0 && !inc.has_date &&
            inc.ngroups == 0 && anaphoric(doc, s) && compatible_type(last->type, inc.type) &&
            !strcmp(ex->ents[inc.place].cc, ex->ents[last->place].cc) &&
            !(also_before(doc, s, (size_t)trig) && !place_names_way(doc, s, inc.place)))
            part = 1;
        /* "A man who called a local radio station claimed responsibility on
         * behalf of the MRTA": a claim names no new event when it names no
         * place; it goes with the event told before it */
        /* "claimed responsibility for the attack through its Amaq news
         * agency on Monday": the day after the claim is the claim's */
        int claim_day = inc.has_date && inc.date.tok_start > (uint32_t)trig;
        /* "JNIM claimed responsibility for the attack late on Monday,
         * saying its fighters had burned three vehicles": what the claim
         * says is of the event claimed, and the day is the claim's */
        size_t saying = claimed_saying(&c, s, (size_t)trig);
        if (saying < (size_t)trig && inc.has_date && inc.date.tok_start < saying)
            claim_day = 1;
        if (last && ((tr->flags & VG_TRF_CLAIM) || claims_told(doc, s, (size_t)trig) || saying < (size_t)trig) &&
            etype < 0 && inc.place < 0 && (!inc.has_date || claim_day) &&
            ((long)si - last_sent <= 3 * MERGE_SENTENCES ||
             /* "Islamic State claimed the attack": the one told, further
             * back; "The outlawed Baloch Liberation Army claimed
             * responsibility": the only one told so far */
             ((long)si - last_sent <= 12 * MERGE_SENTENCES && (definite_event(&c, s) || one_event(&c))))) {
            inc.has_date = 0;
            if ((rc = merge_told(&c, last, &inc, &last_sent, si)) != VIGIL_OK)
                return rc;
            continue;
        }
        /* "prosecutors who have opened an investigation into the
         * kidnapping": an event told before, named by the inquiry into it,
         * with nothing new of it */
        if (!tr->verb && inquiry_into(doc, s, (size_t)trig) && told_before(&c, inc.type) && !new_facts(&c, s))
            continue;
        /* "The court did not accept that the attack had been directed from
         * abroad": the event told before, named again without a place or
         * date of its own */
        int again = last && !tr->verb && trig > (long)s->tok_start && inc.place < 0 &&
                    !inc.has_date && (long)si - last_sent <= 6 * MERGE_SENTENCES &&
                    (named_as_known(doc, s, (size_t)trig) ||
                     /* "whose daughter was killed in the first blast": one
                      * of the blasts told */
                     (trig > (long)s->tok_start + 1 && vg_tok_in(&doc->toks[trig - 1], &part_ordinals) &&
                      vg_tok_is(&doc->toks[trig - 2], "the"))) &&
                    compatible_type(last->type, inc.type);
        /* "The attack began shortly before dawn in El Zapote, when drones
         * dropped explosive charges": the event just told, now told closer
         * (its place within the same country, its weapons its own) */
        if (last && !again && !tr->verb && trig == (long)s->tok_start + 1 && !inc.has_date &&
            named_as_known(doc, s, (size_t)trig) &&
            (long)si - last_sent <= 2 * MERGE_SENTENCES && inc.type != VG_INC_SECURITY_OPERATION &&
            last->type != VG_INC_SECURITY_OPERATION &&
            (inc.place < 0 || last->place < 0 || !strcmp(ex->ents[inc.place].cc, ex->ents[last->place].cc)))
            again = 1;
        /* "The attack began at about 7:10 p.m. on Thursday, when a car
         * exploded at the hotel's main gate": the event just told (a
         * hostage siege begins with an attack), from its start (whose day
         * it takes) */
        if (last && !again && (long)si - last_sent <= 2 * MERGE_SENTENCES && began_again(&c, s, last, &inc)) {
            if (inc.has_date) {
                last->date = inc.date;
                last->has_date = 1;
                inc.has_date = 0;
            }
            if ((rc = merge_told(&c, last, &inc, &last_sent, si)) != VIGIL_OK)
                return rc;
            continue;
        }
        /* "... and called the kidnapping a crime": the one kidnapping told
         * before, though another event came between; "the attack was
         * carried out by": the one act of violence told before */
        if (last && !again && !tr->verb && trig > (long)s->tok_start &&
            (inc.place < 0 || teller_place(&c, s, inc.place)) && !inc.has_date &&
            inc.killed < 0 && inc.injured < 0 &&
            vg_tok_is(&doc->toks[trig - 1], "the") && (long)si - last_sent <= 6 * MERGE_SENTENCES) {
            vg_incident *only = NULL;
            size_t same = 0;
            for (size_t i = 0; i < ex->nincs; i++)
                if (ex->incs[i].type == inc.type ||
                    (inc.type == VG_INC_ATTACK && ex->incs[i].type != VG_INC_SECURITY_OPERATION)) {
                    only = &ex->incs[i];
                    same++;
                }
            /* (the last one too when the place is the teller's: "Khyber
             * Pakhtunkhwa Chief Minister Ali Amin Gandapur condemned the
             * bombing" after a bombing in Bajaur) */
            if (same == 1 && (only != last || inc.place >= 0)) {
                if ((rc = merge_told(&c, only, &inc, &last_sent, si)) != VIGIL_OK)
                    return rc;
                continue;
            }
        }
        /* "The managers said on Monday that they ... have not yet received
         * a ransom demand": the ransom of the kidnapping told just before,
         * not another (the day in its sentence is the statement's) */
        if (last && lemma_is(tr, "ransom") && last->type == VG_INC_KIDNAPPING &&
            inc.place < 0 && inc.ngroups == 0 && inc.nvictims == 0 && (long)si - last_sent <= 3 * MERGE_SENTENCES) {
            inc.has_date = 0;
            if ((rc = merge_told(&c, last, &inc, &last_sent, si)) != VIGIL_OK)
                return rc;
            continue;
        }
        int other_day = (last && last->has_date && inc.has_date &&
                         !same_date(doc, &last->date, &inc.date, MONTH_SPAN)) ||
                        separate_event(doc, s);
        /* "A suicide bomber rammed ... a police station ... Security forces
         * killed all five attackers": the attack's end, not an operation of
         * its own, and the attackers slain are no toll of it */
        /* ("Troops later killed five of the attackers": told as a part,
         * the attackers named again, and still no toll of the attack) */
        if (last && inc.type == VG_INC_SECURITY_OPERATION && last->type != VG_INC_SECURITY_OPERATION &&
            !inc.has_date && unplaced && (long)si - last_sent <= MERGE_SENTENCES && attackers_slain(doc, s)) {
            inc.type = last->type;
            inc.killed = -1;
            inc.ngroups = 0;
            part = 1;
        }
        if (recalled) {
            /* kept aside: what follows still goes with the event told
             * before, not with the one this sentence recalls */
            rc = vg_extract_grow(doc, (void **)&recalls, nrecalls, &caprecalls, sizeof inc);
            if (rc != VIGIL_OK)
                return rc;
            recalls[nrecalls++] = inc;
            continue;
        }
        if (last && !other_day &&
            (again || retold || ((long)si - last_sent <= MERGE_SENTENCES &&
                       (part || (compatible_type(last->type, inc.type) &&
                                 ((same_place(&c, last, &inc) && !(last->place < 0 && inc.place >= 0 &&
                                                                   town_named(&c, last->trigger_tok))) ||
                                  (unplaced && last->place >= 0 && !borderless(ex, last->place))) &&
                                 !(inc.place < 0 && last->place >= 0 && teller_abroad(&c, s, last->place)) &&
                                 !arms_apart(&c, last, &inc) &&
                                 !fresh_doers(doc, s, last, &inc)))))) {
            /* "militants attacked a military detachment ... also burned the
             * town's main market": a further act of the event, not its kind */
            if (part && also_before(doc, s, (size_t)trig))
                inc.type = last->type;
            if (retold && !part)
                inc.ntargets = 0; /* the one told before */
            rc = merge_into(&c, last, &inc);
        } else
            rc = add_incident(&c, &inc);
        if (rc != VIGIL_OK)
            return rc;
        last_sent = (long)si;
    }
    for (size_t r = 0; r < nrecalls; r++) {
        int rc = add_incident(&c, &recalls[r]);
        if (rc != VIGIL_OK)
            return rc;
    }
    /* no place of its own: the dateline's, or after the merging below the
     * section heading's (a heading's region joins no events) */
    int32_t *heading = vg_arena_alloc(&doc->arena, (ex->nincs + 1) * sizeof *heading);
    uint8_t *lent = vg_arena_calloc(&doc->arena, ex->nincs + 1, 1); /* the place is the dateline's */
    if (!heading || !lent)
        return oom(doc);
    for (size_t a = 0; a < ex->nincs; a++) {
        heading[a] = ex->incs[a].place < 0 ? heading_place(&c, ex->incs[a].trigger_tok) : -1;
        burned_massacre(&ex->incs[a]);
        if (ex->incs[a].place < 0 && heading[a] < 0 && c.dateline_place >= 0 &&
            !placed_abroad(&c, ex->incs[a].trigger_tok) && !town_named(&c, ex->incs[a].trigger_tok)) {
            ex->incs[a].place = c.dateline_place;
            lent[a] = 1;
        }
    }
    /* the same event named again later in the document */
    for (size_t a = 0; a < ex->nincs; a++) {
        for (size_t b = a + 1; b < ex->nincs;) {
            vg_incident *x = &ex->incs[a], *y = &ex->incs[b];
            int dates_ok = !x->has_date || !y->has_date || same_date(doc, &x->date, &y->date, WEEK_SPAN) ||
                           named_again(doc, x, y) || named_again(doc, y, x);
            /* one report's arrests in several cities of one country: one
             * operation */
            int one_operation = x->type == VG_INC_SECURITY_OPERATION &&
                                y->type == VG_INC_SECURITY_OPERATION &&
                                (x->place < 0 || y->place < 0 ||
                                 !strcmp(ex->ents[x->place].cc, ex->ents[y->place].cc));
            /* "Rocket attack on Herat stadium kills 4" over "Three rockets
             * hit a football stadium in Herat": a site in the town, or
             * known only by its name */
            /* (not "Another rocket struck a hotel in central Kabul": a
             * second event) */
            int site_in = x->place >= 0 && y->place >= 0 && ex->ents[x->place].place >= 0 &&
                          ex->ents[x->place].place == ex->ents[y->place].place &&
                          (ex->ents[x->place].type == VG_ENT_FACILITY || ex->ents[y->place].type == VG_ENT_FACILITY) &&
                          !another_opens(doc, &doc->sents[sent_of_tok(doc, y->trigger_tok)]);
            int places_same = x->place >= 0 && x->place == y->place;
            int places_ok = places_same ||
                            ((bare_site(&c, x->place) || bare_site(&c, y->place) || site_in ||
                              (x->place < 0) != (y->place < 0)) &&
                             share_target_head(doc, x, y)) ||
                            ((x->place < 0 || y->place < 0) && share_ramming(doc, x, y));
            /* "a knife and arson attack in Duisburg ..., in which two people
             * died and seven were injured" and the story told later with its
             * date, placed only by the court's dateline: one toll, one event */
            if (!places_ok && lent[a] != lent[b] && same_toll(x, y) && x->place >= 0 && y->place >= 0 &&
                !strcmp(ex->ents[x->place].cc, ex->ents[y->place].cc))
                places_ok = 1;
            /* "Armed men kidnapped 15 people from a church near Sheikh
             * Zuweid ... Relatives said the kidnappers had demanded a
             * ransom", under an El-Arish dateline: a later word on the
             * event of its kind, with no day, toll or place of its own */
            /* (the lead event, the one other of its kind: not where several
             * are told, nor an old one recalled) */
            if (!places_ok && lent[a] != lent[b] && x->type == y->type && x->place >= 0 && y->place >= 0 &&
                incidents_of_type(ex, x->type) == 2 && (a == 0 || lent[a])) {
                const vg_incident *bare = lent[a] ? x : y, *lead = lent[a] ? y : x;
                places_ok = !bare->has_date && bare->killed < 0 && bare->injured < 0 && !bare->nvictims &&
                            (!lead->has_date || lead->date.value.prec == VG_DATE_DAY);
            }
            /* "AQAP claimed an attack on a position in Mudiyah on Saturday
             * night" and the officials' account of "militants attacked the
             * post ... late on Saturday", placed by nothing but the
             * dateline: one event of that day, when at most one of the two
             * has a toll and their groups agree */
            if (!places_ok && lent[a] != lent[b] && x->has_date && y->has_date &&
                !separate_event(doc, &doc->sents[sent_of_tok(doc, y->trigger_tok)]) &&
                same_date(doc, &x->date, &y->date, WEEK_SPAN) && x->place >= 0 && y->place >= 0 &&
                !strcmp(ex->ents[x->place].cc, ex->ents[y->place].cc) &&
                (x->killed < 0 || y->killed < 0) && (x->injured < 0 || y->injured < 0) &&
                (share_group(x, y) || !x->ngroups || !y->ngroups))
                places_ok = 1;
            /* "JNIM claims a deadly ambush on a fuel convoy in northern
             * Burkina Faso" over the story of the convoy ambushed near Dori:
             * a summary of the same event, told by the same group */
            if (!places_ok && x->place >= 0 && y->place >= 0 &&
                (place_within(ex, x->place, y->place) || place_within(ex, y->place, x->place)) &&
                share_target_head(doc, x, y) && (share_group(x, y) || !x->ngroups || !y->ngroups))
                places_ok = 1;
            /* "kidnapped in northern Niger last June" and "seized on 11 June
             * 2025 ... near Arlit": the vaguer telling's month and country
             * hold the other's day and town */
            if (!places_ok && x->place >= 0 && y->place >= 0 && (!x->nvictims || !y->nvictims) &&
                (place_within(ex, x->place, y->place) || place_within(ex, y->place, x->place)) &&
                (named_again(doc, x, y) || named_again(doc, y, x)))
                places_ok = 1;
            /* (not the later one told as another event: "In a separate
             * incident, terrorists hurled a grenade at a military patrol") */
            int apart = separate_event(doc, &doc->sents[sent_of_tok(doc, y->trigger_tok)]);
            if (compatible_type(x->type, y->type) && (places_ok || one_operation) && dates_ok && !apart &&
                !arms_apart(&c, x, y)) {
                if (lent[a] && !lent[b])
                    x->place = -1; /* a place of its own beats the dateline's */
                else if (lent[b] && !lent[a])
                    y->place = -1;
                lent[a] = lent[a] && lent[b];
                /* (the town stays the place, as for the events placed in it
                 * that follow) */
                int32_t town = -1;
                if (site_in && !places_same)
                    town = ex->ents[x->place].type == VG_ENT_FACILITY ? y->place : x->place;
                int rc = merge_into(&c, x, y);
                if (rc != VIGIL_OK)
                    return rc;
                if (town >= 0)
                    x->place = town;
                memmove(&ex->incs[b], &ex->incs[b + 1], (ex->nincs - b - 1) * sizeof *ex->incs);
                memmove(&heading[b], &heading[b + 1], (ex->nincs - b - 1) * sizeof *heading);
                memmove(&lent[b], &lent[b + 1], ex->nincs - b - 1);
                ex->nincs--;
            } else {
                b++;
            }
        }
    }
    size_t kept = 0;
    for (size_t a = 0; a < ex->nincs; a++) {
        vg_incident *in = &ex->incs[a];
        if (in->place < 0)
            in->place = heading[a];
        burned_massacre(in);
        drop_doer_victims(in);
        if (!told_nothing(in))
            ex->incs[kept++] = *in;
    }
    ex->nincs = kept;
    return VIGIL_OK;
}
