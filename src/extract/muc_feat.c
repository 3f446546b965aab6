/* muc_feat.c: stage extract (MUC-4), features.
 *
 * Takes a tokenized document and produces feature keys for the MUC-4
 * models: per token for the role tagger (muc_tag.c), per sentence for the
 * incident-sentence classifier, per document for relevance and incident
 * type. A key is a 64-bit hash of a template id and its values
 * (vg_muc_key); the models map keys to weights, so unseen keys cost
 * nothing.
 *
 * vg_muc_doc_init first gives each token its word hash, closed word class
 * ("the" determiner, "by" preposition), trigger class (our own list of
 * English incident words: "kidnapped", "dynamited", "machinegunned"), and
 * the lexicon classes of the hits covering it (armed group, government
 * organ, weapon, human or physical target, place; data/lexicon through
 * vg_lex_match); vg_muc_doc_mark_gaz adds the gazetteer of train fillers
 * (phrases, and single words with how often they sit inside a filler).
 *
 * Token features: the word and its neighbours at +-3, neighbour bigrams,
 * affixes and shape; the noun phrase's left and right boundary words,
 * found by skipping words that can sit inside a noun phrase ("kidnapped by
 * [the fmln]", "[jose rodriguez] was murdered"), with the word and the
 * trigger beyond each boundary, and the boundary beyond a list ("killed
 * [x], [y] and [z]"); the nearest trigger on each side in the sentence,
 * its class and distance; gazetteer and lexicon classes of the token and
 * its neighbours (name runs: "jose antonio rodriguez porth"); the
 * sentence's trigger classes, incident score and position.
 *
 * Invariants: only the document's tokens are read; work is linear in the
 * tokens (every scan is bounded by SCAN tokens or the sentence); nothing
 * is allocated per token beyond the arrays made by vg_muc_doc_init.
 */
#include "extract/muc_feat.h"

#include <stdlib.h>
#include <string.h>

#include "util/arena.h"

enum { SCAN = 8 }; /* how far boundary and trigger scans look */

enum {
    FEAT_BIAS = 1, FEAT_W0, FEAT_WM1, FEAT_WP1, FEAT_WM2, FEAT_WP2, FEAT_WM3, FEAT_WP3,
    FEAT_BM1, FEAT_BP1, FEAT_BM2, FEAT_BP2, FEAT_SUF3, FEAT_SUF4, FEAT_PRE4, FEAT_SHAPE,
    FEAT_CLS, FEAT_CLSW, FEAT_LB, FEAT_LB2, FEAT_LBD, FEAT_RB, FEAT_RB2, FEAT_LTR, FEAT_RTR,
    FEAT_LTRW, FEAT_RTRW, FEAT_GAZ, FEAT_STRIG, FEAT_SIDX, FEAT_LBW, FEAT_RBW,
    FEAT_WG0, FEAT_WGM1, FEAT_WGP1, FEAT_LBX, FEAT_RBX, FEAT_LBTR, FEAT_RBTR,
    FEAT_W0TR, FEAT_LEX0, FEAT_LEXM1, FEAT_LEXP1, FEAT_LEXW, FEAT_DLEX, FEAT_SSC, FEAT_SSCW,
    FEAT_SW = 150, FEAT_SBI, FEAT_STR, FEAT_SLEX, FEAT_SPOS, FEAT_SPREV, FEAT_SNEXT, FEAT_SLEN,
    FEAT_DW = 100, FEAT_DBI, FEAT_DFIRST, FEAT_DTRIG, FEAT_DTRIG1, FEAT_DLEN, FEAT_DTRW,
    FEAT_DTRL, FEAT_DTRR,
    FEAT_RS = 120, FEAT_RFIRST, FEAT_RST, FEAT_RCNT, FEAT_RYEAR, FEAT_RBIT
};

/* ---- word lists ---- */

typedef struct wordcls {
    const char *w;
    uint8_t cls;
} wordcls;

/* Closed-class words, sorted by strcmp. */
static const wordcls closed[] = {
    {"a", VG_MUC_CL_DET},        {"about", VG_MUC_CL_PREP},    {"across", VG_MUC_CL_PREP},
    {"after", VG_MUC_CL_PREP},   {"against", VG_MUC_CL_PREP},  {"along", VG_MUC_CL_PREP},
    {"also", VG_MUC_CL_AUX},     {"among", VG_MUC_CL_PREP},    {"an", VG_MUC_CL_DET},
    {"and", VG_MUC_CL_CONJ},     {"another", VG_MUC_CL_DET},   {"are", VG_MUC_CL_AUX},
    {"around", VG_MUC_CL_PREP},  {"as", VG_MUC_CL_PREP},       {"at", VG_MUC_CL_PREP},
    {"be", VG_MUC_CL_AUX},       {"because", VG_MUC_CL_CONJ},  {"been", VG_MUC_CL_AUX},
    {"before", VG_MUC_CL_PREP},  {"behind", VG_MUC_CL_PREP},   {"being", VG_MUC_CL_AUX},
    {"between", VG_MUC_CL_PREP}, {"both", VG_MUC_CL_DET},      {"but", VG_MUC_CL_CONJ},
    {"by", VG_MUC_CL_PREP},      {"can", VG_MUC_CL_AUX},       {"colonel", VG_MUC_CL_TITLE},
    {"could", VG_MUC_CL_AUX},    {"did", VG_MUC_CL_AUX},       {"do", VG_MUC_CL_AUX},
    {"does", VG_MUC_CL_AUX},     {"dr", VG_MUC_CL_TITLE},      {"dr.", VG_MUC_CL_TITLE},
    {"during", VG_MUC_CL_PREP},  {"each", VG_MUC_CL_DET},      {"eight", VG_MUC_CL_NUM},
    {"father", VG_MUC_CL_TITLE}, {"five", VG_MUC_CL_NUM},      {"for", VG_MUC_CL_PREP},
    {"four", VG_MUC_CL_NUM},     {"from", VG_MUC_CL_PREP},     {"gen", VG_MUC_CL_TITLE},
    {"gen.", VG_MUC_CL_TITLE},   {"general", VG_MUC_CL_TITLE}, {"had", VG_MUC_CL_AUX},
    {"has", VG_MUC_CL_AUX},      {"have", VG_MUC_CL_AUX},      {"having", VG_MUC_CL_AUX},
    {"he", VG_MUC_CL_PRON},      {"her", VG_MUC_CL_DET},       {"him", VG_MUC_CL_PRON},
    {"his", VG_MUC_CL_DET},      {"however", VG_MUC_CL_CONJ},  {"i", VG_MUC_CL_PRON},
    {"if", VG_MUC_CL_CONJ},      {"in", VG_MUC_CL_PREP},       {"including", VG_MUC_CL_PREP},
    {"inside", VG_MUC_CL_PREP},  {"into", VG_MUC_CL_PREP},     {"is", VG_MUC_CL_AUX},
    {"it", VG_MUC_CL_PRON},      {"its", VG_MUC_CL_DET},       {"like", VG_MUC_CL_PREP},
    {"many", VG_MUC_CL_DET},     {"may", VG_MUC_CL_AUX},       {"might", VG_MUC_CL_AUX},
    {"minister", VG_MUC_CL_TITLE}, {"mr", VG_MUC_CL_TITLE},    {"mr.", VG_MUC_CL_TITLE},
    {"mrs", VG_MUC_CL_TITLE},    {"mrs.", VG_MUC_CL_TITLE},    {"must", VG_MUC_CL_AUX},
    {"near", VG_MUC_CL_PREP},    {"nine", VG_MUC_CL_NUM},      {"no", VG_MUC_CL_DET},
    {"nor", VG_MUC_CL_CONJ},     {"not", VG_MUC_CL_AUX},       {"of", VG_MUC_CL_PREP},
    {"on", VG_MUC_CL_PREP},      {"one", VG_MUC_CL_NUM},       {"or", VG_MUC_CL_CONJ},
    {"our", VG_MUC_CL_DET},      {"outside", VG_MUC_CL_PREP},  {"over", VG_MUC_CL_PREP},
    {"president", VG_MUC_CL_TITLE}, {"priest", VG_MUC_CL_TITLE}, {"said", VG_MUC_CL_VERB},
    {"says", VG_MUC_CL_VERB},    {"senator", VG_MUC_CL_TITLE}, {"seven", VG_MUC_CL_NUM},
    {"several", VG_MUC_CL_DET},  {"she", VG_MUC_CL_PRON},      {"should", VG_MUC_CL_AUX},
    {"since", VG_MUC_CL_PREP},   {"six", VG_MUC_CL_NUM},       {"so", VG_MUC_CL_CONJ},
    {"some", VG_MUC_CL_DET},     {"ten", VG_MUC_CL_NUM},       {"than", VG_MUC_CL_CONJ},
    {"that", VG_MUC_CL_REL},     {"the", VG_MUC_CL_DET},       {"their", VG_MUC_CL_DET},
    {"them", VG_MUC_CL_PRON},    {"these", VG_MUC_CL_DET},     {"they", VG_MUC_CL_PRON},
    {"this", VG_MUC_CL_DET},     {"those", VG_MUC_CL_DET},     {"three", VG_MUC_CL_NUM},
    {"through", VG_MUC_CL_PREP}, {"to", VG_MUC_CL_PREP},       {"toward", VG_MUC_CL_PREP},
    {"towards", VG_MUC_CL_PREP}, {"two", VG_MUC_CL_NUM},       {"under", VG_MUC_CL_PREP},
    {"until", VG_MUC_CL_PREP},   {"upon", VG_MUC_CL_PREP},     {"was", VG_MUC_CL_AUX},
    {"we", VG_MUC_CL_PRON},      {"were", VG_MUC_CL_AUX},      {"what", VG_MUC_CL_REL},
    {"when", VG_MUC_CL_REL},     {"where", VG_MUC_CL_REL},     {"which", VG_MUC_CL_REL},
    {"while", VG_MUC_CL_CONJ},   {"who", VG_MUC_CL_REL},       {"whom", VG_MUC_CL_REL},
    {"whose", VG_MUC_CL_REL},    {"will", VG_MUC_CL_AUX},      {"with", VG_MUC_CL_PREP},
    {"within", VG_MUC_CL_PREP},  {"without", VG_MUC_CL_PREP},  {"would", VG_MUC_CL_AUX},
    {"you", VG_MUC_CL_PRON},
};

typedef struct trigword {
    const char *w; /* a word, or a stem ending in '*' */
    uint8_t trig;
} trigword;

/* Trigger words and stems, sorted by strcmp (a stem sorts by its letters
 * before the '*'). General English news wording; ambiguous short stems
 * are spelled out ("rob" would take "roberto"). */
static const trigword triggers[] = {
    {"abduct*", VG_MUC_TR_KIDNAP},     {"ambush*", VG_MUC_TR_ATTACK},
    {"armed", VG_MUC_TR_NONE},         {"arrest*", VG_MUC_TR_ARREST},
    {"arson*", VG_MUC_TR_ARSON},       {"assassin*", VG_MUC_TR_KILL},
    {"assault*", VG_MUC_TR_ATTACK},    {"attack*", VG_MUC_TR_ATTACK},
    {"battle*", VG_MUC_TR_CLASH},      {"behead*", VG_MUC_TR_KILL},
    {"blast*", VG_MUC_TR_BOMB},        {"blaze", VG_MUC_TR_ARSON},
    {"blew", VG_MUC_TR_BOMB},          {"blown", VG_MUC_TR_BOMB},
    {"bomb*", VG_MUC_TR_BOMB},         {"burn*", VG_MUC_TR_ARSON},
    {"captive*", VG_MUC_TR_KIDNAP},    {"captur*", VG_MUC_TR_ARREST},
    {"car-bomb*", VG_MUC_TR_BOMB},     {"claim*", VG_MUC_TR_CLAIM},
    {"clash*", VG_MUC_TR_CLASH},       {"combat*", VG_MUC_TR_CLASH},
    {"confrontation*", VG_MUC_TR_CLASH}, {"dead", VG_MUC_TR_KILL},
    {"death", VG_MUC_TR_KILL},         {"destroy*", VG_MUC_TR_ATTACK},
    {"detain*", VG_MUC_TR_ARREST},     {"detonat*", VG_MUC_TR_BOMB},
    {"died", VG_MUC_TR_KILL},          {"dynamit*", VG_MUC_TR_BOMB},
    {"engagement*", VG_MUC_TR_CLASH},  {"explod*", VG_MUC_TR_BOMB},
    {"explos*", VG_MUC_TR_BOMB},       {"fighting", VG_MUC_TR_CLASH},
    {"fire", VG_MUC_TR_ATTACK},        {"fired", VG_MUC_TR_ATTACK},
    {"firing", VG_MUC_TR_ATTACK},      {"grenade*", VG_MUC_TR_BOMB},
    {"gunfire", VG_MUC_TR_ATTACK},     {"gunned", VG_MUC_TR_KILL},
    {"harass*", VG_MUC_TR_ATTACK},     {"hijack*", VG_MUC_TR_ATTACK},
    {"hostage*", VG_MUC_TR_KIDNAP},    {"injur*", VG_MUC_TR_ATTACK},
    {"kidnap*", VG_MUC_TR_KIDNAP},     {"kill*", VG_MUC_TR_KILL},
    {"loot*", VG_MUC_TR_ROB},          {"machine-gunned", VG_MUC_TR_KILL},
    {"machinegunned", VG_MUC_TR_KILL}, {"massacre*", VG_MUC_TR_KILL},
    {"murder*", VG_MUC_TR_KILL},       {"offensive", VG_MUC_TR_CLASH},
    {"paralyz*", VG_MUC_TR_STRIKE},    {"raid*", VG_MUC_TR_ATTACK},
    {"responsibility", VG_MUC_TR_CLAIM}, {"rob", VG_MUC_TR_ROB},
    {"robbed", VG_MUC_TR_ROB},         {"robber", VG_MUC_TR_ROB},
    {"robberies", VG_MUC_TR_ROB},      {"robbers", VG_MUC_TR_ROB},
    {"robbery", VG_MUC_TR_ROB},        {"robbing", VG_MUC_TR_ROB},
    {"sabotag*", VG_MUC_TR_ATTACK},    {"seiz*", VG_MUC_TR_KIDNAP},
    {"set", VG_MUC_TR_NONE},           {"shoot*", VG_MUC_TR_KILL},
    {"shot", VG_MUC_TR_KILL},          {"shots", VG_MUC_TR_ATTACK},
    {"skirmish*", VG_MUC_TR_CLASH},    {"slain", VG_MUC_TR_KILL},
    {"slay*", VG_MUC_TR_KILL},         {"stab*", VG_MUC_TR_KILL},
    {"steal*", VG_MUC_TR_ROB},         {"stole*", VG_MUC_TR_ROB},
    {"stoppage*", VG_MUC_TR_STRIKE},   {"strafe*", VG_MUC_TR_ATTACK},
    {"strike", VG_MUC_TR_STRIKE},      {"strikes", VG_MUC_TR_STRIKE},
    {"theft*", VG_MUC_TR_ROB},         {"torch*", VG_MUC_TR_ARSON},
    {"tortur*", VG_MUC_TR_KILL},       {"wound*", VG_MUC_TR_ATTACK},
};

/* Words of the relevance context (VG_MUC_RX_*), sorted by strcmp: when
 * the act happened, whether it happened, who fought whom. */
static const trigword context_words[] = {
    {"ago", VG_MUC_RX_OLD},          {"anniversary", VG_MUC_RX_OLD},
    {"army", VG_MUC_RX_ARMY},        {"battalion*", VG_MUC_RX_ARMY},
    {"brigade*", VG_MUC_RX_ARMY},    {"casualties", VG_MUC_RX_MIL},
    {"combat*", VG_MUC_RX_MIL},      {"could", VG_MUC_RX_HEDGE},
    {"friday", VG_MUC_RX_RECENT},    {"guerrilla*", VG_MUC_RX_GUER},
    {"intend*", VG_MUC_RX_HEDGE},    {"last", VG_MUC_RX_OLD},
    {"may", VG_MUC_RX_HEDGE},        {"might", VG_MUC_RX_HEDGE},
    {"monday", VG_MUC_RX_RECENT},    {"plan*", VG_MUC_RX_HEDGE},
    {"rebel*", VG_MUC_RX_GUER},      {"saturday", VG_MUC_RX_RECENT},
    {"soldier*", VG_MUC_RX_ARMY},    {"sunday", VG_MUC_RX_RECENT},
    {"threat*", VG_MUC_RX_HEDGE},    {"thursday", VG_MUC_RX_RECENT},
    {"today", VG_MUC_RX_RECENT},     {"tonight", VG_MUC_RX_RECENT},
    {"troops", VG_MUC_RX_ARMY},      {"tuesday", VG_MUC_RX_RECENT},
    {"warn*", VG_MUC_RX_HEDGE},      {"wednesday", VG_MUC_RX_RECENT},
    {"will", VG_MUC_RX_HEDGE},       {"would", VG_MUC_RX_HEDGE},
    {"yesterday", VG_MUC_RX_RECENT},
};

static int cmp_trig(const char *w, size_t n, const char *e);

/* The context bits of a folded word (a year "1985" is VG_MUC_RX_OLD). */
static uint16_t context_of(const char *w, size_t n)
{
    if (n == 4 && w[0] == '1' && w[1] == '9' && w[2] >= '0' && w[2] <= '9' && w[3] >= '0' &&
        w[3] <= '9')
        return VG_MUC_RX_OLD;
    for (size_t k = 0; k < sizeof context_words / sizeof context_words[0]; k++)
        if (cmp_trig(w, n, context_words[k].w) == 0)
            return context_words[k].trig;
    return 0;
}

static int cmp_closed(const void *k, const void *e)
{
    return strcmp((const char *)k, ((const wordcls *)e)->w);
}

static int closed_class(const char *w)
{
    const wordcls *c = bsearch(w, closed, sizeof closed / sizeof closed[0], sizeof closed[0],
                               cmp_closed);
    return c ? c->cls : VG_MUC_CL_OPEN;
}

/* Compares word w[0..n) with a table entry: an entry "xyz*" equals every
 * word starting with "xyz"; returns <0, 0, >0 like strcmp. */
static int cmp_trig(const char *w, size_t n, const char *e)
{
    size_t i = 0;
    for (; e[i] && e[i] != '*'; i++) {
        if (i == n)
            return -1;
        unsigned char a = (unsigned char)w[i], b = (unsigned char)e[i];
        if (a != b)
            return a < b ? -1 : 1;
    }
    if (e[i] == '*')
        return 0;
    return i == n ? 0 : 1;
}

int vg_muc_trigger_of(const char *w, size_t n)
{
    size_t lo = 0, hi = sizeof triggers / sizeof triggers[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = cmp_trig(w, n, triggers[mid].w);
        if (c == 0)
            return triggers[mid].trig;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    /* a stem may sort before a longer exact entry it prefixes: check the
     * neighbours the search stopped between */
    for (size_t k = lo > 2 ? lo - 2 : 0; k < lo + 2 && k < sizeof triggers / sizeof triggers[0];
         k++)
        if (cmp_trig(w, n, triggers[k].w) == 0)
            return triggers[k].trig;
    return VG_MUC_TR_NONE;
}

/* ---- the document ---- */

uint64_t vg_muc_phrase_hash(const uint64_t *words, size_t n)
{
    uint64_t h = 0x5eedull;
    for (size_t i = 0; i < n; i++)
        h = vg_muc_mix(h, words[i]);
    return h;
}

static int ends_with(const char *w, size_t n, const char *suf)
{
    size_t k = strlen(suf);
    return n > k + 2 && memcmp(w + n - k, suf, k) == 0;
}

/* A small code for a lexicon hit: kind and the subclass that matters for
 * the roles (armed group or government organ, weapon class, human or
 * physical target, trigger's MUC type, place kind). 0: not useful. */
static uint16_t lex_code(const vg_lex *lx, const vg_lex_hit *h)
{
    switch (h->kind) {
    case VG_LK_ACTOR: {
        const vg_actor *a = vg_lex_actor(lx, h->rec);
        if (!a)
            return 0;
        return (uint16_t)(16 + (a->type & 7) * 2 + ((a->flags & VG_ACT_GENERIC) != 0) +
                          ((h->aflags & VG_AF_MEMBER) ? 64 : 0));
    }
    case VG_LK_WEAPON: {
        const vg_weapon *w = vg_lex_weapon(lx, h->rec);
        return (uint16_t)(w ? 128 + (w->flags & 15) : 0);
    }
    case VG_LK_TARGET: {
        const vg_target *t = vg_lex_target(lx, h->rec);
        return (uint16_t)(t ? 160 + (t->human ? 16 : 0) + (t->flags & 15) : 0);
    }
    case VG_LK_TRIGGER: {
        const vg_trigger *t = vg_lex_trigger(lx, h->rec);
        return (uint16_t)(t ? 200 + t->muc_type * 2 + (t->verb != 0) : 0);
    }
    case VG_LK_PLACE: {
        const vg_place *p = vg_lex_place(lx, h->rec);
        return (uint16_t)(p ? 240 + p->kind : 0);
    }
    case VG_LK_DEMONYM:
        return 250;
    default:
        return 0;
    }
}

/* The relevance-context bits (VG_MUC_RX_*) a lexicon hit gives. */
static uint16_t lex_rx(const vg_lex *lx, const vg_lex_hit *h)
{
    switch (h->kind) {
    case VG_LK_ACTOR: {
        const vg_actor *a = vg_lex_actor(lx, h->rec);
        if (!a)
            return 0;
        if (a->type == VG_ENT_ARMED_GROUP)
            return VG_MUC_RX_GUER;
        if (a->type == VG_ENT_GOVERNMENT && a->kind &&
            (!strcmp(a->kind, "military") || !strcmp(a->kind, "police")))
            return VG_MUC_RX_ARMY;
        return 0;
    }
    case VG_LK_TARGET: {
        const vg_target *t = vg_lex_target(lx, h->rec);
        if (!t)
            return 0;
        if (t->kind && (!strcmp(t->kind, "military") || !strcmp(t->kind, "security_forces")))
            return VG_MUC_RX_MILTGT;
        return VG_MUC_RX_CIV;
    }
    case VG_LK_TRIGGER: {
        const vg_trigger *t = vg_lex_trigger(lx, h->rec);
        if (!t)
            return 0;
        return (uint16_t)(((t->flags & VG_TRF_MILITARY) ? VG_MUC_RX_MIL : 0) |
                          ((t->flags & VG_TRF_THREAT) ? VG_MUC_RX_HEDGE : 0) |
                          ((t->flags & VG_TRF_LEGAL) ? VG_MUC_RX_LEGAL : 0));
    }
    case VG_LK_HEDGE:
        return VG_MUC_RX_HEDGE;
    case VG_LK_NEG:
        return VG_MUC_RX_NEG;
    default:
        return 0;
    }
}

/* Marks the lexicon classes of every token (longest hits first). */
static void mark_lexicon(vg_muc_doc *d, const vg_lex *lx)
{
    enum { MAXHITS = 8 };
    vg_lex_hit hits[MAXHITS];
    const vg_doc *doc = d->doc;
    for (size_t s = 0; s < doc->nsents; s++) {
        size_t end = doc->sents[s].tok_end < d->n ? doc->sents[s].tok_end : d->n;
        for (size_t i = doc->sents[s].tok_start; i < end; i++) {
            if (d->t[i].cls == VG_MUC_CL_PUNCT)
                continue;
            size_t nh = vg_lex_match(lx, doc, i, end, hits, MAXHITS);
            if (nh > MAXHITS)
                nh = MAXHITS;
            for (size_t h = 0; h < nh; h++) {
                if (hits[h].aflags & VG_AF_ENGINE)
                    continue; /* rows added after the model was trained */
                uint16_t rx = lex_rx(lx, &hits[h]);
                for (size_t j = i; rx && j < i + hits[h].ntok && j < end; j++)
                    d->t[j].rx |= rx;
                uint16_t code = lex_code(lx, &hits[h]);
                if (!code)
                    continue;
                for (size_t j = i; j < i + hits[h].ntok && j < end; j++) {
                    uint16_t v = (uint16_t)(code << 1 | (j > i));
                    vg_muc_tok *t = &d->t[j];
                    if (t->lex[0] == v || t->lex[1] == v)
                        continue;
                    if (!t->lex[0])
                        t->lex[0] = v;
                    else if (!t->lex[1])
                        t->lex[1] = v;
                }
            }
        }
    }
}

int vg_muc_doc_init(vg_muc_doc *d, vg_doc *doc, const vg_lex *lx)
{
    memset(d, 0, sizeof *d);
    d->doc = doc;
    d->n = doc->ntoks;
    d->nsents = doc->nsents;
    d->t = vg_arena_calloc(&doc->arena, d->n ? d->n : 1, sizeof *d->t);
    d->strig = vg_arena_calloc(&doc->arena, d->nsents ? d->nsents : 1, sizeof *d->strig);
    if (!d->t || !d->strig)
        return VIGIL_ENOMEM;
    size_t s = 0;
    for (size_t i = 0; i < d->n; i++) {
        const vg_token *k = &doc->toks[i];
        vg_muc_tok *t = &d->t[i];
        while (s + 1 < d->nsents && i >= doc->sents[s].tok_end)
            s++;
        t->sent = (uint32_t)s;
        t->w = vg_muc_hash_bytes(k->norm, k->normlen);
        if (k->kind == VG_TOK_PUNCT || k->kind == VG_TOK_SYM || k->kind == VG_TOK_BULLET)
            t->cls = VG_MUC_CL_PUNCT;
        else if (k->kind == VG_TOK_NUM)
            t->cls = VG_MUC_CL_NUM;
        else if (k->normlen < 16)
            t->cls = (uint8_t)closed_class(k->norm);
        t->trig = k->kind == VG_TOK_WORD ? (uint8_t)vg_muc_trigger_of(k->norm, k->normlen) : 0;
        /* what ends a noun phrase: function words, punctuation, trigger
         * verbs and participles ("kidnapped", "reported") */
        switch (t->cls) {
        case VG_MUC_CL_PREP: case VG_MUC_CL_CONJ: case VG_MUC_CL_AUX: case VG_MUC_CL_REL:
        case VG_MUC_CL_PRON: case VG_MUC_CL_PUNCT: case VG_MUC_CL_VERB:
            t->bound = 1;
            break;
        default:
            if (k->kind == VG_TOK_WORD &&
                (ends_with(k->norm, k->normlen, "ed") || ends_with(k->norm, k->normlen, "ing")))
                t->bound = 1;
            break;
        }
        if (k->kind == VG_TOK_PUNCT && (k->norm[0] == '(' || k->norm[0] == ')'))
            t->bound = 1;
        if (t->trig && s < d->nsents)
            d->strig[s] |= 1u << t->trig;
        if (k->kind == VG_TOK_WORD || k->kind == VG_TOK_NUM)
            t->rx = context_of(k->norm, k->normlen);
    }
    if (lx)
        mark_lexicon(d, lx);
    return VIGIL_OK;
}

void vg_muc_doc_mark_gaz(vg_muc_doc *d, const vg_muc_gaz *g)
{
    for (size_t i = 0; i < d->n; i++) {
        memset(d->t[i].gaz, 0, sizeof d->t[i].gaz);
        memset(d->t[i].wgaz, 0, sizeof d->t[i].wgaz);
        memset(d->t[i].gazlen, 0, sizeof d->t[i].gazlen);
    }
    if (!g || !g->n)
        return;
    for (size_t i = 0; i < d->n; i++) {
        const uint8_t *info = vg_muc_gaz_get(g, vg_muc_word_key(d->t[i].w));
        if (info)
            memcpy(d->t[i].wgaz, info, VG_MUC_NROLES);
    }
    /* longest phrase first per start; a token keeps the best bucket */
    for (size_t i = 0; i < d->n; i++) {
        if (d->t[i].cls == VG_MUC_CL_PUNCT)
            continue;
        uint64_t h = 0x5eedull;
        for (size_t len = 1; len <= VG_MUC_GAZ_MAXLEN && i + len <= d->n; len++) {
            h = vg_muc_mix(h, d->t[i + len - 1].w);
            if (d->t[i + len - 1].sent != d->t[i].sent)
                break;
            const uint8_t *info = vg_muc_gaz_get(g, h);
            if (!info)
                continue;
            for (int r = 0; r < VG_MUC_NROLES; r++) {
                if (!info[r])
                    continue;
                for (size_t j = i; j < i + len; j++) {
                    uint8_t v = (uint8_t)(info[r] << 2 | (j == i ? 1 : 2));
                    if ((d->t[j].gaz[r] >> 2) <= info[r]) {
                        d->t[j].gaz[r] = v;
                        if (j == i)
                            d->t[j].gazlen[r] = (uint8_t)len;
                    }
                }
            }
        }
    }
}

/* ---- token features ---- */

static uint64_t word_at(const vg_muc_doc *d, long i)
{
    if (i < 0)
        return 0x1111;
    if ((size_t)i >= d->n)
        return 0x2222;
    return d->t[i].w;
}

/* The shape of a word: digits, letters, hyphen, dot, as a small code. */
static uint64_t shape_of(const vg_token *k)
{
    uint64_t s = k->kind;
    if (k->flags & VG_TF_HYPHEN)
        s |= 16;
    if (k->flags & VG_TF_ABBR)
        s |= 32;
    if (k->flags & VG_TF_DIGIT)
        s |= 64;
    s |= (uint64_t)(k->normlen < 3 ? 0 : k->normlen < 6 ? 1 : k->normlen < 10 ? 2 : 3) << 8;
    return s;
}

static uint64_t dist_bucket(size_t dist)
{
    return dist <= 1 ? 1 : dist == 2 ? 2 : dist <= 4 ? 3 : dist <= 8 ? 4 : 5;
}

/* The trigger class nearest to token j going in direction dir (+1 / -1)
 * within the sentence and `within` tokens, and its distance; 0 for none. */
static int trig_near(const vg_muc_doc *d, size_t j, int dir, size_t within, size_t *dist)
{
    uint32_t sent = d->t[j].sent;
    for (size_t k = 1; k <= within; k++) {
        if (dir < 0 && j < k)
            break;
        size_t p = dir < 0 ? j - k : j + k;
        if (p >= d->n || d->t[p].sent != sent)
            break;
        if (d->t[p].trig && d->t[p].trig != VG_MUC_TR_CLAIM) {
            *dist = k;
            return d->t[p].trig;
        }
    }
    return 0;
}

size_t vg_muc_tok_feats(const vg_muc_doc *d, size_t i, uint64_t *keys, size_t max)
{
    size_t n = 0;
#define ADD(t, a, b)                                                                               \
    do {                                                                                           \
        if (n < max)                                                                               \
            keys[n++] = vg_muc_key((t), (a), (b));                                                 \
    } while (0)
    const vg_token *k = &d->doc->toks[i];
    const vg_muc_tok *t = &d->t[i];
    long li = (long)i;
    uint64_t w0 = t->w, wm1 = word_at(d, li - 1), wp1 = word_at(d, li + 1);
    uint64_t wm2 = word_at(d, li - 2), wp2 = word_at(d, li + 2);
    ADD(FEAT_BIAS, 0, 0);
    ADD(FEAT_W0, w0, 0);
    ADD(FEAT_WM1, wm1, 0);
    ADD(FEAT_WP1, wp1, 0);
    ADD(FEAT_WM2, wm2, 0);
    ADD(FEAT_WP2, wp2, 0);
    ADD(FEAT_WM3, word_at(d, li - 3), 0);
    ADD(FEAT_WP3, word_at(d, li + 3), 0);
    ADD(FEAT_BM1, wm1, w0);
    ADD(FEAT_BP1, w0, wp1);
    ADD(FEAT_BM2, wm2, wm1);
    ADD(FEAT_BP2, wp1, wp2);
    if (k->normlen >= 4) {
        ADD(FEAT_SUF3, vg_muc_hash_bytes(k->norm + k->normlen - 3, 3), 0);
        ADD(FEAT_PRE4, vg_muc_hash_bytes(k->norm, 4), 0);
    }
    if (k->normlen >= 5)
        ADD(FEAT_SUF4, vg_muc_hash_bytes(k->norm + k->normlen - 4, 4), 0);
    ADD(FEAT_SHAPE, shape_of(k), 0);
    ADD(FEAT_CLS, t->cls, t->bound);
    ADD(FEAT_CLSW, (uint64_t)(i > 0 ? d->t[i - 1].cls : 99) << 8 |
                       (i + 1 < d->n ? d->t[i + 1].cls : 99), t->cls);

    /* left boundary of the phrase around i: "murder of [father x]" */
    uint32_t sent = t->sent;
    size_t lb = i, steps = 0;
    while (lb > 0 && steps < SCAN && d->t[lb - 1].sent == sent && !d->t[lb - 1].bound) {
        lb--;
        steps++;
    }
    if (lb > 0 && d->t[lb - 1].sent == sent && d->t[lb - 1].bound) {
        uint64_t b = d->t[lb - 1].w;
        uint64_t b2 = lb > 1 && d->t[lb - 2].sent == sent ? d->t[lb - 2].w : 0x3333;
        ADD(FEAT_LB, b, 0);
        ADD(FEAT_LB2, b, b2);
        ADD(FEAT_LBD, b, dist_bucket(i - lb + 1));
        ADD(FEAT_LBW, b, w0);
        size_t dist = 0;
        int tr = trig_near(d, lb - 1, -1, 6, &dist);
        ADD(FEAT_LBTR, b, (uint64_t)tr << 4 | (tr ? dist_bucket(dist) : 0));
    } else {
        ADD(FEAT_LB, 0x4444, lb == i ? 1 : 0);
    }
    /* right boundary: "[jose rodriguez] was murdered" */
    size_t rb = i + 1;
    steps = 0;
    while (rb < d->n && steps < SCAN && d->t[rb].sent == sent && !d->t[rb].bound) {
        rb++;
        steps++;
    }
    if (rb < d->n && d->t[rb].sent == sent && d->t[rb].bound) {
        uint64_t b = d->t[rb].w;
        uint64_t b2 = rb + 1 < d->n && d->t[rb + 1].sent == sent ? d->t[rb + 1].w : 0x5555;
        ADD(FEAT_RB, b, dist_bucket(rb - i));
        ADD(FEAT_RB2, b, b2);
        ADD(FEAT_RBW, b, w0);
        size_t dist = 0;
        int tr = trig_near(d, rb, 1, 6, &dist);
        ADD(FEAT_RBTR, b, (uint64_t)tr << 4 | (tr ? dist_bucket(dist) : 0));
    } else {
        ADD(FEAT_RB, 0x6666, 0);
    }
    /* nearest trigger words in the sentence */
    for (size_t j = i, s2 = 0; j > 0 && s2 < 2 * SCAN; j--, s2++) {
        const vg_muc_tok *u = &d->t[j - 1];
        if (u->sent != sent)
            break;
        if (u->trig) {
            ADD(FEAT_LTR, u->trig, dist_bucket(i - j + 1));
            ADD(FEAT_LTRW, u->w, 0);
            break;
        }
    }
    for (size_t j = i + 1, s2 = 0; j < d->n && s2 < 2 * SCAN; j++, s2++) {
        const vg_muc_tok *u = &d->t[j];
        if (u->sent != sent)
            break;
        if (u->trig) {
            ADD(FEAT_RTR, u->trig, dist_bucket(j - i));
            ADD(FEAT_RTRW, u->w, 0);
            break;
        }
    }
    /* gazetteer */
    for (int r = 0; r < VG_MUC_NROLES; r++) {
        if (t->gaz[r]) {
            ADD(FEAT_GAZ, (uint64_t)r << 8 | t->gaz[r], 0);
            ADD(FEAT_GAZ, (uint64_t)r << 8 | (t->gaz[r] & 3), 1);
        }
    }
    /* word gazetteer of the token and its neighbours: name runs such as
     * "jose antonio rodriguez porth" */
    for (int r = 0; r < VG_MUC_NROLES; r++) {
        if (t->wgaz[r])
            ADD(FEAT_WG0, (uint64_t)r << 8 | t->wgaz[r], 0);
        if (i > 0 && d->t[i - 1].wgaz[r] && d->t[i - 1].sent == sent)
            ADD(FEAT_WGM1, (uint64_t)r << 8 | d->t[i - 1].wgaz[r], 0);
        if (i + 1 < d->n && d->t[i + 1].wgaz[r] && d->t[i + 1].sent == sent)
            ADD(FEAT_WGP1, (uint64_t)r << 8 | d->t[i + 1].wgaz[r], 0);
    }
    /* boundaries beyond a list: "killed [x], [y], and [z]", "[x], [y],
     * and [z] were killed" */
    {
        size_t j = lb, hops = 0;
        while (j > 0 && hops < 4 && d->t[j - 1].sent == sent && d->t[j - 1].bound &&
               (d->t[j - 1].cls == VG_MUC_CL_CONJ ||
                (d->t[j - 1].cls == VG_MUC_CL_PUNCT && d->doc->toks[j - 1].norm[0] == ','))) {
            j--;
            size_t steps2 = 0;
            while (j > 0 && steps2 < SCAN && d->t[j - 1].sent == sent && !d->t[j - 1].bound) {
                j--;
                steps2++;
            }
            hops++;
        }
        if (hops && j > 0 && d->t[j - 1].sent == sent)
            ADD(FEAT_LBX, d->t[j - 1].w, j > 1 ? d->t[j - 2].w : 0);
        j = rb;
        hops = 0;
        while (j < d->n && hops < 4 && d->t[j].sent == sent && d->t[j].bound &&
               (d->t[j].cls == VG_MUC_CL_CONJ ||
                (d->t[j].cls == VG_MUC_CL_PUNCT && d->doc->toks[j].norm[0] == ','))) {
            j++;
            size_t steps2 = 0;
            while (j < d->n && steps2 < SCAN && d->t[j].sent == sent && !d->t[j].bound) {
                j++;
                steps2++;
            }
            hops++;
        }
        if (hops && j < d->n && d->t[j].sent == sent)
            ADD(FEAT_RBX, d->t[j].w, j + 1 < d->n ? d->t[j + 1].w : 0);
    }
    /* lexicon classes: "[car bomb]" weapon, "[fmln]" armed group */
    for (int q = 0; q < 2 && t->lex[q]; q++) {
        ADD(FEAT_LEX0, t->lex[q], 0);
        ADD(FEAT_LEXW, t->lex[q], wm1);
    }
    if (i > 0 && d->t[i - 1].lex[0])
        ADD(FEAT_LEXM1, d->t[i - 1].lex[0], 0);
    if (i + 1 < d->n && d->t[i + 1].lex[0])
        ADD(FEAT_LEXP1, d->t[i + 1].lex[0], 0);
    if (d->sscore && sent < d->nsents) {
        uint64_t sb = vg_muc_sscore_bucket(d->sscore[sent]);
        ADD(FEAT_SSC, sb, 0);
        ADD(FEAT_SSCW, sb, w0);
    }
    if (sent < d->nsents) {
        ADD(FEAT_STRIG, d->strig[sent], 0);
        ADD(FEAT_W0TR, w0, d->strig[sent] & ~(1u << VG_MUC_TR_CLAIM));
    }
    ADD(FEAT_SIDX, sent < 3 ? sent : 3, 0);
#undef ADD
    return n;
}

/* ---- document features ---- */

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

/* Trigger classes that report a MUC-4 incident (bits of strig). */
#define REL_INCIDENT                                                                               \
    (1u << VG_MUC_TR_ATTACK | 1u << VG_MUC_TR_KILL | 1u << VG_MUC_TR_BOMB |                        \
     1u << VG_MUC_TR_KIDNAP | 1u << VG_MUC_TR_ARSON | 1u << VG_MUC_TR_ROB | 1u << VG_MUC_TR_STRIKE)

/* The year a token spells (1900 .. 1999), or 0. */
static int year_of(const vg_token *k)
{
    if (k->normlen != 4 || k->norm[0] != '1' || k->norm[1] != '9')
        return 0;
    if (k->norm[2] < '0' || k->norm[2] > '9' || k->norm[3] < '0' || k->norm[3] > '9')
        return 0;
    return 1900 + (k->norm[2] - '0') * 10 + (k->norm[3] - '0');
}

static unsigned count_bucket(unsigned c)
{
    return c < 3 ? c : c < 5 ? 3 : 4;
}

/* The relevance context of tokens [a, b): per sentence that reports an
 * incident, what else it says (combat between armed forces, a civilian
 * target, a hedge or future, an old date, a recent day), the first such
 * sentence's, how many of them are of each kind, and how far the years
 * in them lie before the latest year the text names. Writes at most max
 * keys; returns how many. */
static size_t rel_feats(const vg_muc_doc *d, size_t a, size_t b, uint64_t *keys, size_t max,
                        unsigned *cnt)
{
    size_t n = 0;
#define ADD(t, x, y)                                                                               \
    do {                                                                                           \
        if (n < max)                                                                               \
            keys[n++] = vg_muc_key((t), (x), (y));                                                 \
    } while (0)
    int maxyear = 0;
    for (size_t i = a; i < b; i++) {
        int y = year_of(&d->doc->toks[i]);
        if (y > maxyear)
            maxyear = y;
    }
    memset(cnt, 0, VG_MUC_RC_N * sizeof *cnt);
    int first = 1, oldest = 0;
    size_t i = a;
    while (i < b) {
        uint32_t sent = d->t[i].sent;
        uint32_t trig = sent < d->nsents ? d->strig[sent] : 0;
        unsigned ctx = 0;
        int youngest_gap = -1;
        for (; i < b && d->t[i].sent == sent; i++) {
            ctx |= d->t[i].rx;
            int y = year_of(&d->doc->toks[i]);
            if (y && (youngest_gap < 0 || maxyear - y < youngest_gap))
                youngest_gap = maxyear - y;
        }
        if (!(trig & REL_INCIDENT))
            continue;
        if (trig & (1u << VG_MUC_TR_CLASH))
            ctx |= VG_MUC_RX_MIL;
        int mil = (ctx & VG_MUC_RX_MIL) ||
                  ((ctx & VG_MUC_RX_ARMY) && (ctx & VG_MUC_RX_GUER) && !(ctx & VG_MUC_RX_CIV));
        int civ = (ctx & VG_MUC_RX_CIV) != 0;
        int hedge = (ctx & VG_MUC_RX_HEDGE) != 0;
        int old = youngest_gap > 0 || (ctx & VG_MUC_RX_OLD && youngest_gap < 0);
        cnt[VG_MUC_RC_INCIDENT]++;
        cnt[VG_MUC_RC_CLEAN] += !(mil && !civ) && !hedge && !old;
        cnt[VG_MUC_RC_COMBAT] += mil && !civ;
        cnt[VG_MUC_RC_HEDGED] += hedge;
        cnt[VG_MUC_RC_OLD] += old;
        cnt[VG_MUC_RC_RECENT] += (ctx & VG_MUC_RX_RECENT) != 0;
        ADD(FEAT_RS, ctx, 0);
        ADD(FEAT_RST, trig & REL_INCIDENT, (uint64_t)(mil << 1 | civ));
        for (int k = 0; k < 10; k++)
            if (ctx & (1u << k))
                ADD(FEAT_RBIT, (uint64_t)k, first);
        if (youngest_gap >= 0)
            ADD(FEAT_RYEAR, youngest_gap < 3 ? youngest_gap : 3, first);
        if (youngest_gap > oldest)
            oldest = youngest_gap; /* the oldest incident sentence's */
        if (first)
            ADD(FEAT_RFIRST, ctx, 0);
        first = 0;
    }
    for (int k = 0; k < VG_MUC_RC_N; k++)
        ADD(FEAT_RCNT, (uint64_t)k, count_bucket(cnt[k]));
    if (cnt[0]) {
        ADD(FEAT_RCNT, 10, cnt[1] == 0);           /* no clean incident sentence */
        ADD(FEAT_RCNT, 11, cnt[2] == cnt[0]);      /* all of them combat */
        ADD(FEAT_RCNT, 12, 4 * cnt[1] >= cnt[0]);  /* a quarter or more clean */
        ADD(FEAT_RYEAR, 8 + (oldest < 3 ? oldest : 3), 2);
    }
#undef ADD
    return n;
}

void vg_muc_rel_context(const vg_muc_doc *d, unsigned *cnt)
{
    uint64_t none[1];
    (void)rel_feats(d, 0, d->n, none, 0, cnt);
}

size_t vg_muc_doc_feats(const vg_muc_doc *d, size_t tok_start, size_t tok_end, uint64_t *keys,
                        size_t max)
{
    size_t n = 0;
#define ADD(t, a, b)                                                                               \
    do {                                                                                           \
        if (n < max)                                                                               \
            keys[n++] = vg_muc_key((t), (a), (b));                                                 \
    } while (0)
    if (tok_end > d->n)
        tok_end = d->n;
    unsigned trig_count[VG_MUC_NTRIG] = {0};
    uint32_t first_sent = tok_start < tok_end ? d->t[tok_start].sent : 0;
    ADD(FEAT_BIAS, 0, 0);
    for (size_t i = tok_start; i < tok_end; i++) {
        const vg_muc_tok *t = &d->t[i];
        if (t->cls == VG_MUC_CL_PUNCT)
            continue;
        ADD(FEAT_DW, t->w, 0);
        if (i + 1 < tok_end && d->t[i + 1].cls != VG_MUC_CL_PUNCT)
            ADD(FEAT_DBI, t->w, d->t[i + 1].w);
        if (t->sent == first_sent)
            ADD(FEAT_DFIRST, t->w, 0);
        if (t->lex[0] && !(t->lex[0] & 1))
            ADD(FEAT_DLEX, t->lex[0], 0);
        if (t->trig) {
            trig_count[t->trig]++;
            if (t->sent == first_sent)
                ADD(FEAT_DTRIG1, t->trig, 0);
            ADD(FEAT_DTRW, t->w, t->sent == first_sent);
            /* who did what to whom: "[guerrillas] killed", "killed [peasants]" */
            for (size_t j = i, k = 0; j > tok_start && k < 4; j--, k++) {
                const vg_muc_tok *u = &d->t[j - 1];
                if (u->sent != t->sent || u->cls == VG_MUC_CL_PUNCT)
                    break;
                if (u->cls == VG_MUC_CL_OPEN && !u->trig) {
                    ADD(FEAT_DTRL, t->trig, u->w);
                    break;
                }
            }
            for (size_t j = i + 1, k = 0; j < tok_end && k < 4; j++, k++) {
                const vg_muc_tok *u = &d->t[j];
                if (u->sent != t->sent || u->cls == VG_MUC_CL_PUNCT)
                    break;
                if (u->cls == VG_MUC_CL_OPEN && !u->trig) {
                    ADD(FEAT_DTRR, t->trig, u->w);
                    break;
                }
            }
        }
    }
    for (int k = 1; k < VG_MUC_NTRIG; k++)
        if (trig_count[k])
            ADD(FEAT_DTRIG, (uint64_t)k, trig_count[k] < 2 ? 1 : trig_count[k] < 5 ? 2 : 3);
    size_t len = tok_end - tok_start;
    ADD(FEAT_DLEN, len < 150 ? 0 : len < 400 ? 1 : len < 800 ? 2 : 3, 0);
#undef ADD
    if (d->relx & 1) {
        unsigned cnt[VG_MUC_RC_N];
        n += rel_feats(d, tok_start, tok_end, keys + n, max > n ? max - n : 0, cnt);
    }
    qsort(keys, n, sizeof *keys, cmp_u64);
    size_t m = 0;
    for (size_t i = 0; i < n; i++)
        if (m == 0 || keys[i] != keys[m - 1])
            keys[m++] = keys[i];
    return m;
}

/* ---- sentence features ---- */

uint64_t vg_muc_sscore_bucket(float s)
{
    return s < -4 ? 0 : s < -2 ? 1 : s < -1 ? 2 : s < 0 ? 3 : s < 1 ? 4 : s < 2 ? 5 : s < 4 ? 6 : 7;
}

size_t vg_muc_sent_feats(const vg_muc_doc *d, size_t s, uint64_t *keys, size_t max)
{
    size_t n = 0;
#define ADD(t, a, b)                                                                               \
    do {                                                                                           \
        if (n < max)                                                                               \
            keys[n++] = vg_muc_key((t), (a), (b));                                                 \
    } while (0)
    const vg_doc *doc = d->doc;
    if (s >= d->nsents)
        return 0;
    size_t a = doc->sents[s].tok_start, b = doc->sents[s].tok_end < d->n ? doc->sents[s].tok_end : d->n;
    ADD(FEAT_BIAS, 1, 0);
    for (size_t i = a; i < b; i++) {
        const vg_muc_tok *t = &d->t[i];
        if (t->cls == VG_MUC_CL_PUNCT)
            continue;
        ADD(FEAT_SW, t->w, 0);
        if (i + 1 < b && d->t[i + 1].cls != VG_MUC_CL_PUNCT)
            ADD(FEAT_SBI, t->w, d->t[i + 1].w);
        if (t->lex[0] && !(t->lex[0] & 1))
            ADD(FEAT_SLEX, t->lex[0], 0);
    }
    ADD(FEAT_STR, d->strig[s], 0);
    for (int k = 1; k < VG_MUC_NTRIG; k++)
        if (d->strig[s] & (1u << k))
            ADD(FEAT_STR, (uint64_t)k, 1);
    ADD(FEAT_SPOS, s < 4 ? s : s < 8 ? 4 : 5, 0);
    ADD(FEAT_SPREV, s > 0 ? d->strig[s - 1] : 0xffff, 0);
    ADD(FEAT_SNEXT, s + 1 < d->nsents ? d->strig[s + 1] : 0xffff, 0);
    size_t len = b - a;
    ADD(FEAT_SLEN, len < 10 ? 0 : len < 25 ? 1 : len < 50 ? 2 : 3, 0);
#undef ADD
    qsort(keys, n, sizeof *keys, cmp_u64);
    size_t m = 0;
    for (size_t i = 0; i < n; i++)
        if (m == 0 || keys[i] != keys[m - 1])
            keys[m++] = keys[i];
    return m;
}

int vg_muc_doc_score_sents(vg_muc_doc *d, vg_doc *doc, const vg_muc_linear *lin)
{
    enum { MAXK = 4096 };
    d->sscore = vg_arena_calloc(&doc->arena, d->nsents ? d->nsents : 1, sizeof *d->sscore);
    uint64_t *keys = vg_arena_alloc(&doc->arena, MAXK * sizeof *keys);
    if (!d->sscore || !keys)
        return VIGIL_ENOMEM;
    for (size_t s = 0; s < d->nsents; s++) {
        size_t nk = vg_muc_sent_feats(d, s, keys, MAXK);
        vg_muc_linear_score(lin, keys, nk, &d->sscore[s]);
    }
    return VIGIL_OK;
}
