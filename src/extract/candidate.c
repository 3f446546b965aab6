/* candidate.c: extraction stage, entities (with entity.c): candidate
 * mentions from the lexicon hits, before selection. Takes the hits sorted
 * by kind (vg_ent_work) and the licence checks (licence.c); adds to w->c:
 *   - places: one candidate per accepted span, with all its gazetteer
 *     records (geo.c chooses later) and the kind the words around want
 *     ("San Salvador department");
 *   - actors: per span, the accepted alias row; a licensed ctx row beats
 *     the default one, then the row whose country the document names;
 *   - patterns (government.tsv, armed_groups.tsv): "<demonym> police"
 *     ("Turkish police"), "<country>'s army", "government of Peru",
 *     "<government> sources" ("USG sources"), "security authorities";
 *     the organ is the row default=HEAD of the country when there is one
 *     (vg_lex_default_actor: "two U.S. defense sources" -> Department of
 *     Defense; sources and officials -> the government), else a built
 *     organ named "<Demonym> <head>" ("Turkish leadership") merged by
 *     (country, pattern row);
 *   - country abbreviations used as nouns: "US believes", "in the U.S.".
 * And, when entities are built, the country of generic organs ("the
 * army") and bare patterns ("officials"): from the sentence, the last
 * named organ of the kind, or the document, then the country's own row.
 * Memory from the document's arena. */
#include <string.h>

#include "extract/entity.h"

static int is_word(const vg_token *t)
{
    return t->kind == VG_TOK_WORD;
}

static uint32_t str_hash(const char *s)
{
    uint32_t h = 2166136261u;
    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= 16777619u;
    }
    return h;
}

/* Bodies whose officials and spokesmen speak for no government. */
static vg_wordlist civil_bodies = VG_WORDLIST("hospital", "hospitals", "medical", "clinic", "company", "firm",
                                              "airline", "school", "university", "college", "church", "club",
                                              "industry", "aid", "charity", "team", "mine", "hotel", "stadium",
                                              "museum", "festival", "campaign", "opposition", "rebel", "militia");

/* "in Raqqa", "near Zacatecoluca", "San Miguel department". */
static vg_wordlist compass_nouns = VG_WORDLIST("north", "south", "east", "west", "northeast", "northwest",
                                               "southeast", "southwest", "north-east", "north-west", "south-east",
                                               "south-west", "centre", "center");

int vg_ent_place_cue(const vg_ent_work *w, size_t tok, size_t end)
{
    const vg_sent *se = &w->doc->sents[w->tsent[tok]];
    if (end < se->tok_end && vg_ent_place_head(w, end) != VG_GEO_ANY)
        return 1;
    /* a dateline: the place opening the text, then a comma and a date or
     * a dash ("La Paz, 24 May 1990 -", "LA PAZ -") */
    if (w->tsent[tok] == 0 && tok <= 1 && end + 1 < se->tok_end) {
        const vg_token *x = vg_ent_tok(w, end), *y = vg_ent_tok(w, end + 1);
        if (vg_tok_is_dash(x) || (x->kind == VG_TOK_PUNCT && x->norm[0] == ',' &&
                     (y->kind == VG_TOK_NUM || (vg_ent_wc(w, end + 1) & VG_WC_MONTH))))
            return 1;
    }
    if (tok > se->tok_start) {
        const vg_token *p = vg_ent_tok(w, tok - 1);
        if (vg_ent_wc(w, tok - 1) & VG_WC_PLACE_CUE)
            return 1;
        /* "in northern Niger", "the north of Niger" */
        if (tok - 1 > se->tok_start &&
            ((vg_tok_in(p, &vg_ent_compass_words) && (vg_ent_wc(w, tok - 2) & VG_WC_PLACE_CUE)) ||
             (vg_tok_is(p, "of") && vg_tok_in(vg_ent_tok(w, tok - 2), &compass_nouns))))
            return 1;
        if (vg_tok_is(p, "of") && tok - 1 > se->tok_start &&
            vg_ent_place_head(w, tok - 2) != VG_GEO_ANY)
            return 1;
    }
    return 0;
}

static vg_geo_want place_want(const vg_ent_work *w, size_t tok, size_t end)
{
    const vg_sent *se = &w->doc->sents[w->tsent[tok]];
    if (end < se->tok_end) {
        vg_geo_want k = vg_ent_place_head(w, end);
        if (k != VG_GEO_ANY)
            return k;
    }
    if (tok >= se->tok_start + 2 && vg_tok_is(vg_ent_tok(w, tok - 1), "of"))
        return vg_ent_place_head(w, tok - 2);
    return VG_GEO_ANY;
}

/* "Raqqa", "san salvador": one candidate per accepted span with all its
 * gazetteer records (resolved later by geo.c). */
int vg_ent_place_cands(vg_ent_work *w)
{
    size_t a = 0, b = 0, last = 0;
    vg_geo_main_country(&w->geo, w->main_cc); /* so far: countries, demonyms, actors */
    while (vg_ent_next_group(&w->places, &a, &b)) {
        const vg_ent_raw *r = &w->places.v[a];
        if (!vg_ent_place_ok(w, r, b - a, last))
            continue;
        uint32_t *recs = vg_arena_alloc(&w->doc->arena, (b - a) * sizeof *recs);
        uint8_t *canon = recs ? vg_arena_alloc(&w->doc->arena, b - a) : NULL;
        vg_ent_cand *c = canon ? vg_ent_add(w, r->tok, r->end) : NULL;
        if (!c)
            return vg_ent_fail(w);
        for (size_t k = a; k < b; k++) {
            const vg_place *p = vg_lex_place(w->lx, w->places.v[k].h.rec);
            recs[k - a] = w->places.v[k].h.rec;
            /* "Sulu" is the province's name and only an alias of Jolo */
            canon[k - a] = p && w->places.v[k].h.surface && strcmp(p->name, w->places.v[k].h.surface) == 0;
        }
        c->canon = canon;
        c->kind = VG_EC_PLACE;
        c->etype = VG_ENT_PLACE;
        c->prio = VG_PRIO_PLACE;
        c->recs = recs;
        c->nrecs = (uint32_t)(b - a);
        c->start = r->start;
        c->stop = r->stop;
        c->part = r->part;
        c->want = (uint8_t)(r->part ? VG_GEO_COUNTRY : place_want(w, r->tok, r->end));
        last = r->end;
    }
    return VIGIL_OK;
}

int vg_ent_actor_cands(vg_ent_work *w)
{
    size_t a = 0, b = 0;
    while (vg_ent_next_group(&w->actors, &a, &b)) {
        const vg_ent_raw *r = &w->actors.v[a];
        long best = -1;
        const vg_ent_raw *pick = NULL;
        for (size_t k = a; k < b; k++) {
            const vg_ent_raw *h = &w->actors.v[k];
            if (!vg_ent_actor_ok(w, h))
                continue;
            const vg_actor *act = vg_lex_actor(w->lx, h->h.rec);
            uint32_t cw = vg_geo_country_weight(&w->geo, act->cc);
            /* a licensed ctx reading beats the default one (README "Shared aliases") */
            long sc = ((h->h.aflags & VG_AF_CTX) ? 1000 : 0) + (w->docalias[h->h.rec] ? 500 : 0) +
                      (long)(cw < 499 ? cw : 499);
            if (sc > best) {
                best = sc;
                pick = h;
            }
        }
        if (!pick)
            continue;
        const vg_actor *act = vg_lex_actor(w->lx, pick->h.rec);
        vg_ent_cand *c = vg_ent_add(w, r->tok, r->end);
        if (!c)
            return vg_ent_fail(w);
        c->kind = VG_EC_ACTOR;
        c->etype = act->type;
        c->actor = (int32_t)pick->h.rec;
        memcpy(c->cc, act->cc, 3);
        c->organ = act->type == VG_ENT_GOVERNMENT ? act->kind : NULL;
        int generic = (act->flags & VG_ACT_GENERIC) != 0;
        c->prio = generic ? VG_PRIO_GENERIC : VG_PRIO_ACTOR;
        c->ctxcc = generic && !act->cc[0];
    }
    return VIGIL_OK;
}

/* The country place (case checked) ending at token tok, or -1; *from gets
 * its first token. */
static int32_t country_ending_at(const vg_ent_work *w, size_t tok, size_t *from)
{
    const vg_ent_rawvec *rv = &w->places;
    size_t lo = tok > 8 ? tok - 8 : 0, a = vg_ent_raw_from(rv, lo);
    for (size_t k = a; k < rv->n && rv->v[k].tok < tok; k++) {
        const vg_ent_raw *r = &rv->v[k];
        const vg_place *p = vg_lex_place(w->lx, r->h.rec);
        if (r->end == tok && !r->part && p && p->kind == VG_PLACE_COUNTRY && vg_ent_place_case_ok(w, r)) {
            *from = r->tok;
            return (int32_t)r->h.rec;
        }
    }
    return -1;
}

/* The country place (case checked) starting at token tok, or -1; *end
 * gets its end. */
static int32_t country_starting_at(const vg_ent_work *w, size_t tok, size_t *end)
{
    const vg_ent_rawvec *rv = &w->places;
    size_t a = vg_ent_raw_from(rv, tok);
    for (size_t k = a; k < rv->n && rv->v[k].tok == tok; k++) {
        const vg_ent_raw *r = &rv->v[k];
        const vg_place *p = vg_lex_place(w->lx, r->h.rec);
        if (!r->part && p && p->kind == VG_PLACE_COUNTRY && vg_ent_place_case_ok(w, r)) {
            *end = r->end;
            return (int32_t)r->h.rec;
        }
    }
    return -1;
}

/* An actor alias of the given type (accepted, not generic) ending at token
 * tok, or NULL. */
static const vg_ent_raw *actor_ending_at(const vg_ent_work *w, size_t tok, int type)
{
    const vg_ent_rawvec *rv = &w->actors;
    size_t lo = tok > 16 ? tok - 16 : 0, a = vg_ent_raw_from(rv, lo);
    const vg_ent_raw *best = NULL;
    for (size_t k = a; k < rv->n && rv->v[k].tok < tok; k++) {
        const vg_ent_raw *r = &rv->v[k];
        const vg_actor *act = vg_lex_actor(w->lx, r->h.rec);
        if (r->end == tok && act && act->type == type &&
            !(act->flags & VG_ACT_GENERIC) && (!best || r->tok < best->tok) && vg_ent_actor_ok(w, r))
            best = r;
    }
    return best;
}

/* The head of a pattern form, folded: "<demonym> defense sources" ->
 * "defense sources", "government of <country>" -> "government",
 * "<country>'s army" -> "army". */
static void pattern_head(const char *rule, char *out, size_t cap)
{
    size_t n = 0;
    const char *p = rule;
    while (*p && n + 1 < cap) {
        while (*p == ' ')
            p++;
        const char *e = p;
        while (*e && *e != ' ')
            e++;
        if (e == p)
            break;
        if (*p == '<') {
            if (n)
                break; /* a slot after the head ends it */
        } else {
            if (n && n + 1 < cap)
                out[n++] = ' ';
            for (const char *q = p; q < e && n + 1 < cap; q++)
                out[n++] = (char)(*q >= 'A' && *q <= 'Z' ? *q - 'A' + 'a' : *q);
        }
        p = e;
    }
    out[n] = '\0';
    static const char *const tails[] = {" of the", " of"};
    for (size_t k = 0; k < 2; k++) {
        size_t tl = strlen(tails[k]);
        if (n > tl && strcmp(out + n - tl, tails[k]) == 0) {
            n -= tl;
            out[n] = '\0';
        }
    }
}

/* The row default=HEAD of country cc (vg_lex_default_actor), unless the
 * organ was gone before the time the document is anchored in (until=YYYY:
 * "police" in a 2025 Mexican story is not the Federal Police dissolved in
 * 2019); an undated document takes it. */
static int32_t default_actor(const vg_ent_work *w, const char *cc, const char *head)
{
    int32_t a = vg_lex_default_actor(w->lx, cc, head);
    if (a < 0)
        return a;
    const vg_actor *act = vg_lex_actor(w->lx, (uint32_t)a);
    const vg_date *at = &w->ex->anchor;
    if (act && act->until && at->prec != VG_DATE_NONE && at->year > act->until)
        return -2; /* gone: the organ stays generic */
    return a;
}

/* The government row "<demonym> HEAD" resolves to for cc, trying the head
 * without its people word ("defense sources" -> "defense"), then the
 * government itself for sources and officials. */
static int32_t pattern_default(const vg_ent_work *w, const vg_pattern *p, const char *cc,
                               const char *head)
{
    int32_t a = default_actor(w, cc, head);
    if (a >= 0)
        return a;
    static const char *const people[] = {" sources", " source", " officials", " official",
                                         " spokesman", " spokesmen", " spokesperson"};
    size_t n = strlen(head);
    for (size_t k = 0; k < sizeof people / sizeof people[0]; k++) {
        size_t tl = strlen(people[k]);
        if (n > tl && strcmp(head + n - tl, people[k]) == 0) {
            char h2[64];
            if (n - tl >= sizeof h2)
                break;
            memcpy(h2, head, n - tl);
            h2[n - tl] = '\0';
            a = default_actor(w, cc, h2);
            if (a >= 0)
                return a;
        }
    }
    /* "officials said" in a Peruvian story: Peru's government; but
     * "security officials" or "intelligence sources" name a kind of organ
     * the country's government is not */
    int generic = !p->organ || !strcmp(p->organ, "official_body") || !strcmp(p->organ, "executive");
    if ((p->source || p->persons) && generic)
        return default_actor(w, cc, "government");
    return -1;
}

static void form_head(const vg_pattern *p, char *head, size_t cap)
{
    pattern_head(strcmp(p->organ ? p->organ : "", "by_head") == 0 ? p->rule
                 : p->row_rule                                      ? p->row_rule
                                                                    : p->rule,
                 head, cap);
}

int32_t vg_ent_pattern_actor(const vg_ent_work *w, uint32_t pat, const char *cc)
{
    const vg_pattern *p = vg_lex_pattern(w->lx, pat);
    if (!p || !cc || !cc[0])
        return -1;
    char head[64];
    form_head(p, head, sizeof head);
    int32_t d = pattern_default(w, p, cc, head);
    return d < 0 ? -1 : d;
}

/* vg_ent_pattern_actor through the document's small cache (the lexicon's
 * default table is searched linearly). */
static int32_t cached_default(vg_ent_work *w, uint32_t pat, const char *cc)
{
    size_t n = sizeof w->defcache / sizeof w->defcache[0];
    size_t k = ((size_t)pat * 31u + (unsigned char)cc[0] * 7u + (unsigned char)cc[1]) % n;
    if (w->defcache[k].pat == (int32_t)pat && memcmp(w->defcache[k].cc, cc, 2) == 0)
        return w->defcache[k].actor;
    int32_t a = vg_ent_pattern_actor(w, pat, cc);
    w->defcache[k].pat = (int32_t)pat;
    memcpy(w->defcache[k].cc, cc, 2);
    w->defcache[k].cc[2] = '\0';
    w->defcache[k].actor = a;
    return a;
}

static const char *organ_by_head(const char *head)
{
    static const struct {
        const char *head, *organ;
    } tab[] = {{"police", "police"},     {"army", "military"},     {"armed forces", "military"},
               {"military", "military"}, {"forces", "military"},   {"troops", "military"},
               {"intelligence", "agency"}, {"government", "executive"}};
    for (size_t k = 0; k < sizeof tab / sizeof tab[0]; k++)
        if (strcmp(head, tab[k].head) == 0)
            return tab[k].organ;
    return "official_body";
}

static int is_number_word(const vg_token *t)
{
    static const char *const nums[] = {"one", "two", "three", "four", "five", "six", "seven",
                                       "eight", "nine", "ten", "several", "some", "many", "senior",
                                       NULL};
    return t->kind == VG_TOK_NUM || vg_ent_tok_in(t, nums);
}

/* "Turkish police", "US relative authorities", "USG sources", "two U.S.
 * defense sources", "government of Peru", "security authorities". */
static int pattern_cand(vg_ent_work *w, const vg_ent_raw *r)
{
    const vg_pattern *p = vg_lex_pattern(w->lx, r->h.rec);
    const vg_sent *se = &w->doc->sents[r->sent];
    if (!p || (p->slot2 && p->slot2 != VG_SLOT_NONE))
        return VIGIL_OK;
    size_t a = r->tok, e = r->end, from = 0;
    const char *cc = NULL;
    const vg_ent_raw *gov = NULL;
    int32_t ctry;
    int poss = 0; /* the country is a possessive before the phrase */
    switch (p->slot) {
    case VG_SLOT_DEMONYM:
        cc = vg_ent_demonym_before(w, se->tok_start, r->tok, &from);
        if (!cc && (ctry = country_ending_at(w, r->tok, &from)) >= 0) {
            /* "Niger State", "Mexico State": a country's name before a
             * capitalised "State" names a state of a federation (Nigeria's,
             * Mexico's), not the country's government ("the Nigerien
             * state") */
            if (e == a + 1 && vg_tok_is(vg_ent_tok(w, a), "state") && !(vg_ent_tok(w, a)->flags & VG_TF_LOWER))
                return VIGIL_OK;
            cc = vg_lex_place(w->lx, (uint32_t)ctry)->cc;
        }
        if (cc) {
            a = from;
        } else {
            /* "Spain's national police", "Kenya's police service": the
             * country stays a place of its own */
            static const char *const clitic[] = {"'s", NULL};
            if (r->tok > se->tok_start + 1 && vg_ent_tok_in(vg_ent_tok(w, r->tok - 1), clitic) &&
                (ctry = country_ending_at(w, r->tok - 1, &from)) >= 0) {
                cc = vg_lex_place(w->lx, (uint32_t)ctry)->cc;
                poss = 1;
            }
            /* "Niger's defence ministry" with no row of its own: the
             * generic organ, named by the document's demonym, as without
             * the possessive */
            if (!cc || cached_default(w, r->h.rec, cc) < 0)
                return VIGIL_OK;
        }
        break;
    case VG_SLOT_COUNTRY:
        if ((ctry = country_ending_at(w, r->tok, &from)) < 0)
            return VIGIL_OK;
        cc = vg_lex_place(w->lx, (uint32_t)ctry)->cc;
        a = from;
        break;
    case VG_SLOT_GOVERNMENT:
        if (!(gov = actor_ending_at(w, r->tok, VG_ENT_GOVERNMENT)))
            return VIGIL_OK;
        a = gov->tok;
        break;
    case VG_SLOT_NONE:
    case 0:
        /* "Houthi military spokesman", "Taliban sources": the group's
         * own, no government body */
        if (actor_ending_at(w, r->tok, VG_ENT_ARMED_GROUP))
            return VIGIL_OK;
        /* "Hospital officials", "company spokesman": a body that is no
         * government's */
        if (r->tok > se->tok_start && vg_tok_in(vg_ent_tok(w, r->tok - 1), &civil_bodies))
            return VIGIL_OK;
        break;
    default:
        return VIGIL_OK; /* groups keep their bare alias; units, leaders: not handled */
    }
    if (p->slot_after == VG_SLOT_COUNTRY) {
        size_t cend;
        if (cc || (ctry = country_starting_at(w, e, &cend)) < 0)
            return VIGIL_OK;
        cc = vg_lex_place(w->lx, (uint32_t)ctry)->cc;
        e = cend;
        if (p->tail && p->tail[0]) {
            char tail[64];
            size_t tl = 0;
            for (const char *q = p->tail; *q && tl + 1 < sizeof tail; q++)
                tail[tl++] = (char)(*q >= 'A' && *q <= 'Z' ? *q - 'A' + 'a' : *q);
            tail[tl] = '\0';
            size_t m = vg_ent_phrase_at(w, e, se->tok_end, tail);
            if (!m)
                return VIGIL_OK;
            e += m;
        }
    } else if (p->slot_after && p->slot_after != VG_SLOT_NONE) {
        return VIGIL_OK;
    }
    if ((p->source || p->persons) && a > se->tok_start && is_number_word(vg_ent_tok(w, a - 1)))
        a--; /* "two U.S. defense sources" */
    char head[64];
    form_head(p, head, sizeof head);
    vg_ent_cand *c = vg_ent_add(w, (uint32_t)a, (uint32_t)e);
    if (!c)
        return vg_ent_fail(w);
    c->etype = p->etype;
    c->organ = p->organ;
    c->prio = (p->slot == VG_SLOT_NONE || p->slot == 0) && !cc ? VG_PRIO_PATTERN_NONE : VG_PRIO_PATTERN;
    if (c->organ && strcmp(c->organ, "by_head") == 0)
        c->organ = organ_by_head(head);
    if (gov) {
        const vg_actor *act = vg_lex_actor(w->lx, gov->h.rec);
        c->kind = VG_EC_ACTOR;
        c->actor = (int32_t)gov->h.rec;
        c->etype = act->type;
        memcpy(c->cc, act->cc, 3);
        c->organ = act->kind;
        return VIGIL_OK;
    }
    int32_t d = cc ? cached_default(w, r->h.rec, cc) : -1;
    if (d >= 0) {
        const vg_actor *act = vg_lex_actor(w->lx, (uint32_t)d);
        c->kind = VG_EC_ACTOR;
        c->actor = d;
        c->etype = act->type;
        memcpy(c->cc, act->cc, 3);
        c->organ = act->kind;
        return VIGIL_OK;
    }
    c->kind = VG_EC_PATTERN;
    c->pat = (int32_t)r->h.rec;
    c->hash = str_hash(p->row_rule ? p->row_rule : p->rule);
    if (cc) {
        memcpy(c->cc, cc, 2);
        c->cc[2] = '\0';
    } else {
        c->ctxcc = 1;
    }
    if (p->slot == VG_SLOT_DEMONYM && cc && !poss) {
        /* "US relative authorities" -> "US authorities" */
        const char *dem = vg_ent_text(w, vg_ent_tok(w, from)->start, vg_ent_tok(w, r->tok - 1)->end);
        size_t dl = dem ? strlen(dem) : 0, hl = strlen(head);
        char *name = dem ? vg_arena_alloc(&w->doc->arena, dl + hl + 2) : NULL;
        if (!name)
            return vg_ent_fail(w);
        memcpy(name, dem, dl);
        name[dl] = ' ';
        memcpy(name + dl + 1, head, hl + 1);
        c->name = name;
    } else {
        size_t s0 = a;
        if (s0 + 1 < e && vg_tok_is(vg_ent_tok(w, s0), "the"))
            s0++;
        c->name = vg_ent_text(w, vg_ent_tok(w, s0)->start, vg_ent_tok(w, e - 1)->end);
        if (!c->name)
            return vg_ent_fail(w);
        /* "Officials said": the capital is the sentence's, the entity is
         * "officials" as elsewhere */
        const vg_token *t0 = vg_ent_tok(w, s0);
        if (s0 == w->doc->sents[w->tsent[s0]].tok_start && (t0->flags & VG_TF_CAP) &&
            !(t0->flags & VG_TF_ALLCAP) && c->name[0] >= 'A' && c->name[0] <= 'Z')
            ((char *)c->name)[0] = (char)(c->name[0] - 'A' + 'a');
    }
    return VIGIL_OK;
}

/* "US believes", "in the U.S.": a country abbreviation used as a noun. */
int vg_ent_noun_cands(vg_ent_work *w)
{
    static const char *const verbs[] = {"is", "was", "are", "were", "has", "have", "had", "will",
                                        "would", "may", "might", "could", "can", "should", "must",
                                        "does", "did", "and", "or", "but", NULL};
    for (size_t d = 0; d < w->ndems; d++) {
        size_t i = w->dems[d];
        const vg_token *t = vg_ent_tok(w, i);
        size_t n = w->dem_len[i], j = i + n;
        const vg_sent *se = &w->doc->sents[w->tsent[i]];
        if (n != 1 || !(t->flags & VG_TF_ALLCAP) || t->end - t->start > 4)
            continue;
        if (j < se->tok_end && is_word(vg_ent_tok(w, j)) && !(w->tw[j] & VG_TW_CUE) &&
            !vg_ent_tok_in(vg_ent_tok(w, j), verbs) && !(vg_ent_wc(w, j) & VG_WC_SPEECH))
            continue;
        const vg_place *p = vg_lex_place(w->lx, w->dem_cc[i] - 1);
        int32_t ci = p ? vg_lex_country(w->lx, p->cc) : -1;
        uint32_t *recs = ci >= 0 ? vg_arena_alloc(&w->doc->arena, sizeof *recs) : NULL;
        if (ci < 0)
            continue;
        vg_ent_cand *c = recs ? vg_ent_add(w, (uint32_t)i, (uint32_t)j) : NULL;
        if (!c)
            return vg_ent_fail(w);
        recs[0] = (uint32_t)ci;
        c->kind = VG_EC_PLACE;
        c->etype = VG_ENT_PLACE;
        c->prio = VG_PRIO_PLACE;
        c->recs = recs;
        c->nrecs = 1;
    }
    return VIGIL_OK;
}


int vg_ent_pattern_cands(vg_ent_work *w)
{
    for (size_t k = 0; k < w->patterns.n; k++) {
        int rc = pattern_cand(w, &w->patterns.v[k]);
        if (rc != VIGIL_OK)
            return rc;
    }
    return VIGIL_OK;
}

/* ---- the country of generic organs and bare patterns ---- */

/* The country named at token t: a demonym or a kept place starting there,
 * or NULL. */
static const char *cc_at(const vg_ent_work *w, size_t t)
{
    if (w->dem_cc[t]) {
        const vg_place *p = vg_lex_place(w->lx, w->dem_cc[t] - 1);
        return p && p->cc[0] ? p->cc : NULL;
    }
    if (w->sel[t] == VG_NOSEL)
        return NULL;
    const vg_ent_cand *o = &w->c[w->sel[t]];
    if (!o->keep || o->kind != VG_EC_PLACE || o->place < 0 || o->tok != t)
        return NULL;
    const vg_place *p = vg_lex_place(w->lx, (uint32_t)o->place);
    return p && p->cc[0] ? p->cc : NULL;
}

/* The country around candidate c: the nearest demonym or place at most
 * CONTEXT_WINDOW tokens before it in its sentence ("Salvadoran troops and
 * the army"), or a place right after "in", "of", "from", "at" ("police in
 * San Salvador"); else the document's main country. "The army shelled
 * positions near the Syrian border" is the document's army. */
#define CONTEXT_WINDOW 4
static const char *const audience_words[] = {"citizens", "nationals", "embassy", "travellers",
                                              "travelers", "tourists", "visitors", "expatriates", NULL};

/* A demonym at t naming an audience, not the actor's country ("U.S.
 * citizens", "British nationals"). */
static int audience_at(const vg_ent_work *w, const vg_sent *se, size_t t)
{
    size_t n = w->dem_len[t] ? w->dem_len[t] : 1;
    return w->dem_cc[t] && t + n < se->tok_end && vg_ent_tok_in(vg_ent_tok(w, t + n), audience_words);
}

int vg_ent_context_cc(const vg_ent_work *w, const vg_ent_cand *c, char cc[3])
{
    static const char *const preps[] = {"in", "of", "from", "at", NULL};
    const vg_sent *se = &w->doc->sents[c->sent];
    const char *bc = NULL;
    size_t lo = c->tok > se->tok_start + CONTEXT_WINDOW ? c->tok - CONTEXT_WINDOW : se->tok_start;
    for (size_t t = c->tok; !bc && t-- > lo;) {
        /* "informs U.S. citizens that terrorist groups may": the audience's
         * country, not the groups' */
        if (audience_at(w, se, t))
            continue;
        bc = cc_at(w, t);
    }
    if (!bc && c->end + 1 < se->tok_end && vg_ent_tok_in(vg_ent_tok(w, c->end), preps)) {
        size_t t = c->end + 1;
        if (vg_tok_is(vg_ent_tok(w, t), "the") && t + 1 < se->tok_end)
            t++;
        bc = cc_at(w, t);
    }
    if (bc) {
        memcpy(cc, bc, 2);
        cc[2] = '\0';
        return 1;
    }
    memcpy(cc, w->main_cc, 3);
    return 0;
}

/* The country most places before candidate c in its paragraph are in,
 * the nearest one's on a tie, as a news brief or a section of its own
 * gives it ("BARCELONA, Spain - police arrested a man in Sabadell ...
 * preparing to travel to Syria, the Interior Ministry said"), or NULL. */
static const char *paragraph_cc(const vg_ent_work *w, const vg_ent_cand *c)
{
    enum { MAXC = 8 };
    const char *ccs[MAXC];
    unsigned cnt[MAXC];
    size_t n = 0;
    uint32_t para = w->doc->sents[c->sent].para;
    size_t si = c->sent;
    for (size_t t = c->tok; t-- > 0 && c->tok - t < 400;) {
        while (si > 0 && t < w->doc->sents[si].tok_start)
            si--;
        if (w->doc->sents[si].para != para)
            break;
        const char *bc = cc_at(w, t);
        if (!bc)
            continue;
        size_t k = 0;
        while (k < n && strcmp(ccs[k], bc) != 0)
            k++;
        if (k == n) {
            if (n == MAXC)
                continue;
            ccs[n] = bc;
            cnt[n++] = 0;
        }
        cnt[k]++;
    }
    size_t best = 0;
    for (size_t k = 1; k < n; k++)
        if (cnt[k] > cnt[best])
            best = k;
    return n ? ccs[best] : NULL;
}

/* The country of the section heading over candidate c: the last line of
 * its own before it, of at most four words and no closing "." or ":",
 * when that line is one country place ("TÜRKİYE", "BURKINA FASO", as
 * digests and weekly briefs group their items); NULL when that heading
 * is something else ("KEY POINTS") or there is none. */
static const char *section_cc(const vg_ent_work *w, const vg_ent_cand *c)
{
    const vg_doc *d = w->doc;
    for (size_t si = c->sent; si-- > 0 && c->sent - si <= 200;) {
        const vg_sent *h = &d->sents[si];
        if (h->tok_end - h->tok_start > 4 || h->tok_end <= h->tok_start ||
            (si > 0 && d->sents[si - 1].para == h->para) ||
            (si + 1 < d->nsents && d->sents[si + 1].para == h->para))
            continue;
        const vg_token *last = vg_ent_tok(w, h->tok_end - 1);
        if (last->kind == VG_TOK_PUNCT && (last->norm[0] == '.' || last->norm[0] == ':'))
            continue;
        uint32_t k = w->sel[h->tok_start];
        if (k == VG_NOSEL || w->c[k].kind != VG_EC_PLACE || w->c[k].end != h->tok_end)
            return NULL;
        const vg_place *p = w->c[k].place >= 0 ? vg_lex_place(w->lx, (uint32_t)w->c[k].place) : NULL;
        return p && p->kind == VG_PLACE_COUNTRY && p->cc[0] ? p->cc : NULL;
    }
    return NULL;
}

/* The country of the last named organ of this kind ("Lebanese army" ...
 * "the army"), or NULL. */
static const char *organ_cc(const vg_ent_work *w, const char *organ)
{
    for (size_t k = w->norgans; organ && k-- > 0;)
        if (strcmp(w->organs[k].organ, organ) == 0)
            return w->organs[k].cc;
    return NULL;
}

void vg_ent_organ_seen(vg_ent_work *w, const char *organ, const char *cc)
{
    if (!organ || !cc[0])
        return;
    size_t n = sizeof w->organs / sizeof w->organs[0], k;
    for (k = 0; k < w->norgans; k++)
        if (strcmp(w->organs[k].organ, organ) == 0)
            break;
    if (k == w->norgans) {
        if (w->norgans == n)
            return;
        w->norgans++;
    }
    w->organs[k].organ = organ;
    memcpy(w->organs[k].cc, cc, 3);
}

/* The named row a generic organ is in country cc: the row default=HEAD
 * for its name or kind ("police" in Turkey: Emniyet Genel Müdürlüğü), or
 * -1. */
static int32_t generic_default(const vg_ent_work *w, const vg_actor *act, const char *cc)
{
    char head[48];
    size_t n = 0;
    for (const char *p = act->name; *p && n + 1 < sizeof head; p++)
        head[n++] = (char)(*p >= 'A' && *p <= 'Z' ? *p - 'A' + 'a' : *p);
    head[n] = '\0';
    int32_t d = default_actor(w, cc, head);
    if (d == -1 && act->kind)
        d = default_actor(w, cc, strcmp(act->kind, "executive") == 0 ? "government"
                                                                               : act->kind);
    return d < 0 ? -1 : d;
}

/* The country of an organ c of kind organ: from its sentence, else a
 * digest's section, else the organ of the kind named before, else its
 * paragraph's places, else the document's main country ("" when none). */
void vg_ent_organ_cc(const vg_ent_work *w, const vg_ent_cand *c, const char *organ, char cc[3])
{
    /* "terrorist groups may be planning attacks in the Philippines": a
     * generic armed group is where the sentence puts it */
    if (c->etype == VG_ENT_ARMED_GROUP) {
        const vg_sent *se = &w->doc->sents[c->sent];
        for (size_t t = c->end; t < se->tok_end; t++) {
            if (audience_at(w, se, t))
                continue; /* "may target U.S. citizens in the Philippines" */
            const char *ac = cc_at(w, t);
            if (ac) {
                memcpy(cc, ac, 2);
                cc[2] = '\0';
                return;
            }
        }
    }
    if (!vg_ent_context_cc(w, c, cc)) {
        /* a country's section of a digest, else the organ named before,
         * else the paragraph's places */
        const char *hc = section_cc(w, c);
        const char *oc = hc ? NULL : organ_cc(w, organ);
        const char *pc = hc || oc ? NULL : paragraph_cc(w, c);
        const char *pick = hc ? hc : oc ? oc : pc;
        if (pick) {
            memcpy(cc, pick, 2);
            cc[2] = '\0';
        }
    }
}

/* A generic organ or bare pattern: its country from the sentence, else
 * from the last named organ of its kind, else the document; then the
 * country's own row when it has one ("the army" in a Lebanese story is the
 * Lebanese Armed Forces). */
void vg_ent_settle_organ(vg_ent_work *w, vg_ent_cand *c)
{
    char cc[3];
    const vg_actor *act = c->kind == VG_EC_ACTOR ? vg_lex_actor(w->lx, (uint32_t)c->actor) : NULL;
    vg_ent_organ_cc(w, c, act ? act->kind : c->organ, cc);
    memcpy(c->cc, cc, 3);
    int32_t d = -1;
    if (cc[0] && c->kind == VG_EC_PATTERN && c->pat >= 0)
        d = vg_ent_pattern_actor(w, (uint32_t)c->pat, cc); /* "officials": Peru's government */
    else if (cc[0] && act)
        d = generic_default(w, act, cc);
    const vg_actor *named = d >= 0 ? vg_lex_actor(w->lx, (uint32_t)d) : NULL;
    if (named) {
        c->kind = VG_EC_ACTOR;
        c->actor = d;
        c->etype = named->type;
        c->organ = named->kind;
        c->ctxcc = 0;
        memcpy(c->cc, named->cc, 3);
    }
}
