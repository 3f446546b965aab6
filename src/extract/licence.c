/* licence.c: extraction stage, entities (with entity.c): whether a
 * lexicon phrase names what the lexicon says here. Takes an alias, a
 * demonym or a place name at a token span and the document's evidence;
 * returns yes or no.
 *
 * Rules, from data/lexicon/README.md and actor_stop.tsv:
 *   - case: in mixed-case text a cs alias only in its exact case ("IS",
 *     "MIT"), a nolower alias not all in lower case, an acronym only in
 *     capitals; in caseless text (all capitals, or all lower case as
 *     MUC-4) cs and nolower aliases need a licence like ctx ones;
 *   - licences: the alias's actor_stop.tsv row (doc_alias, paren, next,
 *     prev, near, country, orig, next_cap), else the defaults of its file;
 *     doc_alias and country do not license an alias that is a common word
 *     in caseless text ("IT IS" beside "ISIS");
 *   - places: actor_stop.tsv rows (never, person_ctx: "İlhami Balı" is a
 *     person, place_ctx, nolower, caseless), sentence-initial common words
 *     ("Most", "Police"), a capitalized unknown word right before (a
 *     surname), a title before ("President Garcia"); in caseless text a
 *     single-word city or region needs a cue ("in", "department"), a list
 *     ("usulutan and morazan"), or to be prominent (a capital, or a seat or
 *     large city of a country the document names).
 * Nothing here allocates. */
#include <math.h>
#include <string.h>

#include "extract/entity.h"

static const char *const group_heads_dflt[] = {"militants", "fighters", "group", "members", "rebels",
                                               "guerrillas", "terrorists", "operatives", NULL};

static int is_word(const vg_token *t)
{
    return t->kind == VG_TOK_WORD;
}

/* Every word of [tok,end) is a common word or a facility word: "than
 * to", "country club" are no place names in caseless text. */
static int all_common(const vg_ent_work *w, size_t tok, size_t end)
{
    for (size_t i = tok; i < end; i++)
        if (is_word(vg_ent_tok(w, i)) &&
            !(vg_ent_wc(w, i) & (VG_WC_COMMON | VG_WC_FACILITY | VG_WC_MONTH)))
            return 0;
    return 1;
}

/* Some record of the name is a country, a region, a capital or seat, a
 * town of 15,000 or more (100,000 in a story with a main country of its
 * own), or lies in a country the document names: the
 * gazetteer keeps every village of the MUC-4 countries, which must not
 * match words of stories elsewhere. */
static int notable(const vg_ent_work *w, const vg_ent_raw *r, size_t nrec)
{
    for (size_t k = 0; k < nrec; k++) {
        const vg_place *p = vg_lex_place(w->lx, r[k].h.rec);
        if (!p)
            continue;
        /* a town of a country the story never names: a large one only
         * ("vereda La Esmeralda ... Arauca" is not Esmeralda, Cuba) */
        if (p->kind != VG_PLACE_CITY || vg_geo_country_weight(&w->geo, p->cc) > 0 ||
            p->population >= (w->main_cc[0] ? 100000 : 15000))
            return 1;
        if (p->feat == VG_PF_PPLC || p->feat == VG_PF_PPLA || p->feat == VG_PF_PPLG)
            return 1;
    }
    return 0;
}

/* Some record of the name is a town of 5,000 or more or the seat of a
 * district: notable enough where the main country is only an actor's
 * ("Pama", the seat of a Burkinabè department, beside JNIM of Mali; not
 * the hamlet "Dhībān" of Syria beside the PKK of Turkey). */
static int town_of_note(const vg_ent_work *w, const vg_ent_raw *r, size_t nrec)
{
    for (size_t k = 0; k < nrec; k++) {
        const vg_place *p = vg_lex_place(w->lx, r[k].h.rec);
        if (p && p->kind == VG_PLACE_CITY &&
            (p->population >= 5000 || p->feat == VG_PF_PPLA2))
            return 1;
    }
    return 0;
}

/* Words before a place where something happens: "a police post in Bannu". */
static vg_wordlist located_at = VG_WORDLIST("in", "near", "outside", "around");

/* Some record of the name is a city of 15,000 or more within 1,500 km of
 * the centre of country cc: across the border of the one country a story
 * names ("a police post in Bannu" beside "fled to Afghanistan"), not a
 * town of the name a continent away ("a hotel in Eastleigh" in a Kenyan
 * story is no English town). */
static int town_near(const vg_ent_work *w, const vg_ent_raw *r, size_t nrec, const char *cc)
{
    int32_t ci = vg_lex_country(w->lx, cc);
    const vg_place *cp = ci >= 0 ? vg_lex_place(w->lx, (uint32_t)ci) : NULL;
    if (!cp)
        return 0;
    const double rad = 3.14159265358979323846 / 180.0;
    for (size_t k = 0; k < nrec; k++) {
        const vg_place *p = vg_lex_place(w->lx, r[k].h.rec);
        if (!p || p->kind != VG_PLACE_CITY || p->population < 15000)
            continue;
        double dlat = (p->lat - cp->lat) * rad, dlon = (p->lon - cp->lon) * rad;
        double a = sin(dlat / 2) * sin(dlat / 2) + cos(p->lat * rad) * cos(cp->lat * rad) * sin(dlon / 2) * sin(dlon / 2);
        if (2 * 6371.0 * asin(sqrt(a > 1 ? 1 : a)) <= 1500.0)
            return 1;
    }
    return 0;
}

/* The last word of a sea's name ("Red Sea"), which the gazetteer keeps
 * only as the regions named after it. */
static vg_wordlist waters = VG_WORDLIST("sea", "ocean", "gulf", "bay", "strait", "coast");

/* Every record of the name is a region or town of a country the document
 * does not name (a sea or feature of no country is not). */
static int foreign_area(const vg_ent_work *w, const vg_ent_raw *r, size_t nrec)
{
    for (size_t k = 0; k < nrec; k++) {
        const vg_place *p = vg_lex_place(w->lx, r[k].h.rec);
        if (!p || p->kind == VG_PLACE_COUNTRY || !p->cc[0] ||
            vg_geo_country_weight(&w->geo, p->cc) > 0)
            return 0;
    }
    return 1;
}

/* Token t is a capitalized word (not in capitals) of no lexicon entry and
 * no kind of its own: a word of a name. */
static int plain_cap(const vg_ent_work *w, size_t t)
{
    const vg_token *k = vg_ent_tok(w, t);
    return is_word(k) && (k->flags & VG_TF_CAP) && !(k->flags & VG_TF_ALLCAP) &&
           !(w->tw[t] & (VG_TW_DEMONYM | VG_TW_LEXENT | VG_TW_WORDLEX)) &&
           !(vg_ent_wc(w, t) & (VG_WC_COMMON | VG_WC_MONTH | VG_WC_TITLE | VG_WC_ROLE | VG_WC_ORG_ANY |
                                VG_WC_FACILITY | VG_WC_REGION | VG_WC_CITY | VG_WC_PARTICLE));
}

/* The row has a licence other than "none". */
static int has_lics(const vg_stop *row)
{
    for (uint32_t k = 0; k < row->nlics; k++)
        if (row->lics[k].kind != VG_LIC_NONE)
            return 1;
    return 0;
}

static int has_upper_ascii(const char *s)
{
    for (; *s; s++)
        if (*s >= 'A' && *s <= 'Z')
            return 1;
    return 0;
}

/* The actor_stop.tsv row for exactly the tokens [i, i+n) in one of the
 * scopes, the one whose case fits the text best ("MIT" or "mit"); NULL
 * when there is none. */
const vg_stop *vg_ent_stop_row(const vg_ent_work *w, size_t i, size_t n, unsigned scopes)
{
    vg_lex_hit buf[16];
    size_t send = w->doc->sents[w->tsent[i]].tok_end;
    size_t k = vg_lex_stop_match(w->lx, w->doc, i, send, buf, 16);
    if (k > 16)
        k = 16;
    const vg_stop *best = NULL;
    int bs = -1;
    const vg_token *a = vg_ent_tok(w, i), *b = vg_ent_tok(w, i + n - 1);
    int lower = vg_ent_span_lower(w, i, i + n);
    for (size_t j = 0; j < k; j++) {
        if (buf[j].ntok != n)
            continue;
        const vg_stop *row = vg_lex_stop(w->lx, buf[j].rec);
        if (!row || !(scopes & (1u << row->applies_to)))
            continue;
        int sc = vg_ent_text_equals(w->doc->text, a->start, b->end, row->phrase)    ? 3
                 : lower == !has_upper_ascii(row->phrase)                     ? 1
                                                                              : 0;
        if (sc > bs) {
            bs = sc;
            best = row;
        }
    }
    return best;
}

static const char *const *list_of(const vg_ent_work *w, const char *name, size_t *n)
{
    return vg_lex_list(w->lx, name, n);
}

/* "Euskadi Ta Askatasuna (ETA)" or "ETA (Euskadi Ta Askatasuna)": another
 * alias of the same actor right before or after, in parentheses. */
static int paren_ok(const vg_ent_work *w, size_t tok, size_t end, int32_t actor)
{
    const vg_ent_rawvec *rv = &w->actors;
    size_t send = w->doc->sents[w->tsent[tok]].tok_end;
    size_t lo = tok > 34 ? tok - 34 : 0;
    /* first raw hit starting at or after lo */
    size_t a = vg_ent_raw_from(rv, lo);
    int open_before = tok >= 2 && vg_tok_is(vg_ent_tok(w, tok - 1), "(") && end < send &&
                      vg_tok_is(vg_ent_tok(w, end), ")");
    int open_after = end + 1 < send && vg_tok_is(vg_ent_tok(w, end), "(");
    for (size_t k = a; k < rv->n && rv->v[k].tok <= end + 1; k++) {
        const vg_ent_raw *r = &rv->v[k];
        if ((int32_t)r->h.rec != actor || r->tok == tok)
            continue;
        if (open_before && r->end == tok - 1)
            return 1;
        if (open_after && r->tok == end + 1 && r->end < send && vg_tok_is(vg_ent_tok(w, r->end), ")"))
            return 1;
    }
    return 0;
}

static int near_words(const vg_ent_work *w, size_t tok, size_t end, const char *const *words,
                      size_t n)
{
    const vg_sent *se = &w->doc->sents[w->tsent[tok]];
    for (size_t t = se->tok_start; t < se->tok_end; t++) {
        if (t >= tok && t < end)
            continue;
        if (vg_ent_words_at(w, t, se->tok_end, words, n))
            return 1;
    }
    return 0;
}

/* The next word is a capitalized word of no lexicon: a family name
 * ("Chad Smith"). */
static int next_cap(const vg_ent_work *w, size_t end)
{
    const vg_sent *se = &w->doc->sents[w->tsent[end - 1]];
    if (end >= se->tok_end || vg_ent_caseless(w, end))
        return 0;
    const vg_token *t = vg_ent_tok(w, end);
    return is_word(t) && (t->flags & VG_TF_CAP) && !(t->flags & VG_TF_ALLCAP) &&
           !(w->tw[end] & (VG_TW_WORDLEX | VG_TW_DEMONYM)) &&
           !(vg_ent_wc(w, end) & (VG_WC_COMMON | VG_WC_FACILITY | VG_WC_ORG_ANY));
}

/* The next word, in the same sentence, is capitalized but not a
 * sentence's first word: the name before it goes on. */
static int name_goes_on(const vg_ent_work *w, size_t end)
{
    const vg_sent *se = &w->doc->sents[w->tsent[end - 1]];
    if (end >= se->tok_end || vg_ent_caseless(w, end))
        return 0;
    const vg_token *t = vg_ent_tok(w, end);
    return is_word(t) && (t->flags & VG_TF_CAP) && !(t->flags & VG_TF_ALLCAP);
}

/* The span's words are all common English words ("is", "far", "the
 * agency"): then, in caseless text, naming the actor elsewhere does not
 * license it. */
static int span_common(const vg_ent_work *w, size_t tok, size_t end)
{
    for (size_t i = tok; i < end; i++)
        if (!(vg_ent_wc(w, i) & VG_WC_COMMON))
            return 0;
    return 1;
}

/* Whether country cc is named near token tok in its paragraph (at most
 * WINDOW tokens away), by a country's name or a demonym: 1 named, 0 not
 * (other countries are), -1 no country is. */
static int paragraph_names(const vg_ent_work *w, size_t tok, const char *cc)
{
    int any = 0;
    enum { WINDOW = 400 };
    const vg_doc *d = w->doc;
    uint32_t para = d->sents[w->tsent[tok]].para;
    size_t s0 = w->tsent[tok], s1 = s0;
    while (s0 > 0 && d->sents[s0 - 1].para == para && tok - d->sents[s0 - 1].tok_start < WINDOW)
        s0--;
    while (s1 + 1 < d->nsents && d->sents[s1 + 1].para == para &&
           d->sents[s1 + 1].tok_end - tok < WINDOW)
        s1++;
    size_t a = d->sents[s0].tok_start, b = d->sents[s1].tok_end;
    const vg_ent_rawvec *rv = &w->places;
    for (size_t k = vg_ent_raw_from(rv, a); k < rv->n && rv->v[k].tok < b; k++) {
        const vg_place *p = vg_lex_place(w->lx, rv->v[k].h.rec);
        if (p && p->kind == VG_PLACE_COUNTRY && vg_ent_place_case_ok(w, &rv->v[k])) {
            if (strcmp(p->cc, cc) == 0)
                return 1;
            any = 1;
        }
    }
    for (size_t t = a; t < b; t++) {
        const vg_place *p = w->dem_cc[t] ? vg_lex_place(w->lx, w->dem_cc[t] - 1) : NULL;
        if (p && strcmp(p->cc, cc) == 0)
            return 1;
        any |= p != NULL;
    }
    return any ? 0 : -1;
}

static int lic_holds(const vg_ent_work *w, const vg_licence *L, size_t tok, size_t end, int32_t actor,
                     int weak_ok)
{
    const vg_sent *se = &w->doc->sents[w->tsent[tok]];
    const vg_token *a = vg_ent_tok(w, tok), *b = vg_ent_tok(w, end - 1);
    switch (L->kind) {
    case VG_LIC_DOC_ALIAS:
        return weak_ok && actor >= 0 && w->docalias[actor];
    case VG_LIC_PAREN:
        return actor >= 0 && paren_ok(w, tok, end, actor);
    case VG_LIC_NEXT:
        return vg_ent_words_at(w, end, se->tok_end, L->words, L->nwords) > 0;
    case VG_LIC_PREV:
        return vg_ent_words_before(w, se->tok_start, tok, L->words, L->nwords);
    case VG_LIC_NEAR:
        return weak_ok && near_words(w, tok, end, L->words, L->nwords);
    case VG_LIC_COUNTRY: {
        /* "ELN: country:CO,VE; country:BO": an alternative licenses the rows
         * of the countries it lists; a row of one country when that
         * country is the document's or named in the paragraph ("National
         * Police" in the Spanish brief of a digest that also covers Peru
         * is not Peru's); the document's main country where the paragraph
         * names none */
        const vg_actor *act = actor >= 0 ? vg_lex_actor(w->lx, (uint32_t)actor) : NULL;
        int mine = !act || !act->cc[0];
        for (uint32_t k = 0; !mine && k < L->nwords; k++)
            mine = strcmp(L->words[k], act->cc) == 0;
        if (!weak_ok || !mine)
            return 0;
        if (act && act->cc[0]) {
            int named = paragraph_names(w, tok, act->cc);
            return named == 1 || (named < 0 && strcmp(act->cc, w->main_cc) == 0);
        }
        for (uint32_t k = 0; k < L->nwords; k++)
            if (vg_geo_country_weight(&w->geo, L->words[k]))
                return 1;
        return 0;
    }
    case VG_LIC_ORIG:
        for (uint32_t k = 0; k < L->nwords; k++)
            if (vg_ent_text_contains(w->doc->text, a->start, b->end, L->words[k]))
                return 1;
        return 0;
    case VG_LIC_NEXT_CAP:
        return next_cap(w, end);
    default:
        return 0;
    }
}

int vg_ent_row_licensed(const vg_ent_work *w, const vg_stop *row, size_t tok, size_t end, int32_t actor,
                        int weak_ok)
{
    for (uint32_t k = 0; k < row->nlics; k++)
        if (lic_holds(w, &row->lics[k], tok, end, actor, weak_ok))
            return 1;
    return 0;
}

/* Licences of a flagged alias without its own row (README, actor_stop.tsv
 * header): doc_alias, paren, and by file: armed groups next:@group_heads /
 * prev:@group_prev; government prev:<demonym of its country> /
 * next:@gov_heads; media near:@media_context; and the actor's country
 * named in the document. */
static int default_licensed(const vg_ent_work *w, const vg_actor *act, size_t tok, size_t end,
                            int32_t actor, int weak_ok)
{
    const vg_sent *se = &w->doc->sents[w->tsent[tok]];
    if (weak_ok && w->docalias[actor])
        return 1;
    if (paren_ok(w, tok, end, actor))
        return 1;
    size_t n;
    const char *const *l;
    switch (act->type) {
    case VG_ENT_ARMED_GROUP:
        l = list_of(w, "@group_heads", &n);
        if (!l) {
            l = group_heads_dflt;
            n = sizeof group_heads_dflt / sizeof group_heads_dflt[0] - 1;
        }
        if (vg_ent_words_at(w, end, se->tok_end, l, n))
            return 1;
        l = list_of(w, "@group_prev", &n);
        if (l && vg_ent_words_before(w, se->tok_start, tok, l, n))
            return 1;
        break;
    case VG_ENT_GOVERNMENT: {
        size_t ds;
        const char *cc = vg_ent_demonym_before(w, se->tok_start, tok, &ds);
        if (cc && act->cc[0] && strcmp(cc, act->cc) == 0)
            return 1;
        l = list_of(w, "@gov_heads", &n);
        if (l && vg_ent_words_at(w, end, se->tok_end, l, n))
            return 1;
        break;
    }
    default:
        l = list_of(w, "@media_context", &n);
        if (weak_ok && l && near_words(w, tok, end, l, n))
            return 1;
        break;
    }
    return weak_ok && act->cc[0] && vg_geo_country_weight(&w->geo, act->cc) > 0;
}

/* past tenses without "-ed" that follow an organ as its verb (generic_modifier) */
static vg_wordlist past = VG_WORDLIST("shot", "found", "caught", "fought", "held", "took");

/* "military hospital", "government offices": a one-word generic organ
 * followed by a content word is its adjective ("the military said" is
 * the organ). */
static int generic_modifier(const vg_ent_work *w, size_t end)
{
    const vg_sent *se = vg_ent_sent(w, end - 1);
    if (end >= se->tok_end)
        return 0;
    const vg_token *t = vg_ent_tok(w, end);
    /* "a military base", "the police station": a site's kind */
    if (is_word(t) && (vg_ent_wc(w, end) & VG_WC_FACILITY) && !(w->tw[end] & VG_TW_LEXENT))
        return 1;
    /* "police arrested", "police raided", "police shot": a verb in the
     * past, not a kind ("a police vehicle") */
    if ((t->flags & VG_TF_LOWER) && (vg_tok_past(t) || (is_word(t) && vg_tok_in(t, &past))))
        return 0;
    return is_word(t) && !(vg_ent_wc(w, end) & (VG_WC_COMMON | VG_WC_SPEECH)) &&
           !(w->tw[end] & (VG_TW_CUE | VG_TW_LEXENT | VG_TW_DEMONYM));
}

/* Whether a physical target of the lexicon starts at token tok and goes
 * on past end: "a police post", "an army post" name a site hit, not the
 * organ ("five police officers" are its people, and name it). */
static int target_within(const vg_ent_work *w, size_t tok, size_t end)
{
    const vg_lex_hit *h = vg_extract_hit(w->doc, tok, VG_LK_TARGET);
    return h && tok + h->ntok > end && !vg_lex_target(w->lx, h->rec)->human;
}

/* the verbs after a capital that make it its government (metonymy_refused) */
static vg_wordlist metonymy_verbs = VG_WORDLIST("has", "have", "had", "is", "was", "wants", "wanted",
                                                "will", "would", "accused", "accuses", "warned", "warns",
                                                "demanded", "demands", "refused", "refuses", "insisted",
                                                "rejected", "rejects", "blamed", "blames", "says", "said",
                                                "believes", "sees", "fears", "urged", "urges");

/* A place name that is also a government alias ("Ankara", "Washington")
 * names the government only as the subject of a verb: "Ankara accused",
 * "Washington has warned"; never "in Ankara", "ANKARA, July 4" or
 * "Ankara's Keçiören district". */
static int metonymy_refused(const vg_ent_work *w, const vg_ent_raw *r)
{
    const vg_ent_rawvec *pv = &w->places;
    int place = 0;
    for (size_t k = vg_ent_raw_from(pv, r->tok); k < pv->n && pv->v[k].tok == r->tok; k++)
        place |= pv->v[k].end == r->end && !pv->v[k].part;
    if (!place)
        return 0;
    const vg_sent *se = vg_ent_sent(w, r->tok);
    if (r->tok > se->tok_start && (vg_ent_wc(w, r->tok - 1) & VG_WC_PLACE_CUE))
        return 1;
    if (r->end >= se->tok_end)
        return 1;
    return !((w->tw[r->end] & VG_TW_CUE) || (vg_ent_wc(w, r->end) & VG_WC_SPEECH) ||
             vg_tok_in(vg_ent_tok(w, r->end), &metonymy_verbs));
}

/* "MIT researchers", "at MIT": the university, never Turkey's MİT
 * (actor_stop.tsv notes on MIT). */
static int mit_refused(const vg_ent_work *w, size_t tok, size_t end)
{
    static const char *const next[] = {"researchers", "researcher", "professor", "professors",
                                       "study", "studies", "scientists", "scientist", "students",
                                       "student", "media", "technology", "engineers", "lab",
                                       "economist", "economists", "graduate", "alumni", "press",
                                       "sloan", "campus"};
    static const char *const prev[] = {"at", "from"};
    if (end - tok != 1 || !vg_tok_is(vg_ent_tok(w, tok), "mit"))
        return 0;
    const vg_sent *se = &w->doc->sents[w->tsent[tok]];
    if (vg_ent_words_at(w, end, se->tok_end, next, sizeof next / sizeof next[0]))
        return 1;
    return vg_ent_words_before(w, se->tok_start, tok, prev, 2);
}

/* The small words an acronym's letters skip ("Senior Superintendent of
 * Police" for "SSP"): initials_spell, letters_spell. */
static vg_wordlist connectors = VG_WORDLIST("of", "the", "and", "for", "de", "la", "del");
/* "Jama'at Ansar al-Sahil (JAS)": the article joined by a hyphen */
static vg_wordlist joined_articles = VG_WORDLIST("al", "el", "ul", "ad", "ash", "as", "an", "ar", "at", "az", "e");

/* Case, stop rows and licences of one actor alias hit. */
/* Whether the capitalised words ending at token e (exclusive) have the
 * initials of acronym x[0..n) ("Senior Superintendent of Police" for
 * "SSP"; connectors such as "of" and "the" are skipped). */
static int initials_spell(const vg_ent_work *w, size_t lo, size_t e, const char *x, size_t n)
{
    size_t got = 0;
    for (size_t k = e; k > lo && got < n; k--) {
        const vg_token *t = vg_ent_tok(w, k - 1);
        int joined = k - 1 > lo && k < e && vg_ent_tok(w, k - 2)->end == t->start &&
                     t->end == vg_ent_tok(w, k)->start;
        if (joined && t->kind == VG_TOK_PUNCT && t->normlen == 1 && (t->norm[0] == '-' || t->norm[0] == '\''))
            continue;
        if (t->kind != VG_TOK_WORD)
            return 0;
        if (vg_tok_in(t, &connectors))
            continue;
        if (vg_tok_in(t, &joined_articles) && k < e && vg_ent_tok(w, k - 1)->end == vg_ent_tok(w, k)->start)
            continue;
        char c = t->norm[0];
        int capital = (t->flags & (VG_TF_CAP | VG_TF_ALLCAP)) != 0;
        /* "al-Sahil" as one word: the name's initial is after the article */
        for (const char *const *a = joined_articles.words; *a && !capital; a++) {
            size_t al = strlen(*a);
            if (t->normlen > al + 1 && !strncmp(t->norm, *a, al) && t->norm[al] == '-') {
                /* the letter after the token's first hyphen, as written */
                const char *o = memchr(w->doc->text + t->start, '-', t->end - t->start);
                capital = o && o + 1 < w->doc->text + t->end && o[1] >= 'A' && o[1] <= 'Z';
                c = t->norm[al + 1];
            }
        }
        if (!capital)
            return 0;
        char want = x[n - 1 - got];
        if (want >= 'A' && want <= 'Z')
            want = (char)(want - 'A' + 'a');
        if (c != want)
            return 0;
        got++;
    }
    return got == n;
}

/* Whether the letters x[0..n) split, in order, into one run per word of
 * wd[0..m), each run opening on its word's first letter and the rest found
 * in that word in order: "INDIRECT FIRE" for "IDF", "Improvised Explosive
 * Device" for "IED". */
static int runs_spell(const vg_token *const *wd, size_t m, const char *x, size_t n)
{
    if (m == 0)
        return n == 0;
    if (n < m || (x[0] | 0x20) != wd[0]->norm[0])
        return 0;
    const vg_token *t = wd[0];
    size_t at = 1; /* the next letter of the word to look at */
    for (size_t take = 1; take + m - 1 <= n; take++) {
        if (take > 1) {
            while (at < t->normlen && t->norm[at] != (x[take - 1] | 0x20))
                at++;
            if (at >= t->normlen)
                return 0;
            at++;
        }
        if (runs_spell(wd + 1, m - 1, x + take, n - take))
            return 1;
    }
    return 0;
}

/* Whether two to n capitalised words ending at token e (exclusive) spell
 * the acronym x[0..n) with runs of letters (runs_spell); connectors are
 * skipped. */
static int letters_spell(const vg_ent_work *w, size_t lo, size_t e, const char *x, size_t n)
{
    const vg_token *wd[8];
    size_t m = 0;
    for (size_t i = 0; i < n; i++)
        if (!((x[i] >= 'A' && x[i] <= 'Z') || (x[i] >= 'a' && x[i] <= 'z')))
            return 0;
    for (size_t k = e; k > lo && m < n && m < 8; k--) {
        const vg_token *t = vg_ent_tok(w, k - 1);
        if (t->kind != VG_TOK_WORD || !(t->flags & (VG_TF_CAP | VG_TF_ALLCAP)))
            break;
        if (vg_tok_in(t, &connectors))
            continue;
        /* wd holds the words last first; try the span of the last m + 1 */
        memmove(wd + 1, wd, m * sizeof *wd);
        wd[0] = t;
        m++;
        if (m >= 2 && runs_spell(wd, m, x, n))
            return 1;
    }
    return 0;
}

/* Whether the document spells out the one-word acronym at token tok as
 * something other than actor: "Senior Superintendent of Police (SSP)", so
 * "the SSP said" is the officer, not Sipah-e-Sahaba Pakistan. */
static int acronym_defined(const vg_ent_work *w, size_t tok, int32_t actor)
{
    const vg_token *a = vg_ent_tok(w, tok);
    if (!(a->flags & VG_TF_ALLCAP) || a->normlen < 2 || a->normlen > 8)
        return 0;
    const vg_doc *doc = w->doc;
    for (size_t p = 0; p < w->nparens; p++) {
        size_t k = w->parens[p];
        const vg_token *t = &doc->toks[k];
        if (k < 2 || t->normlen != a->normlen || memcmp(t->norm, a->norm, a->normlen))
            continue;
        size_t lo = doc->sents[w->tsent[k]].tok_start;
        if (!initials_spell(w, lo, k - 1, doc->text + t->start, t->end - t->start) &&
            !letters_spell(w, lo, k - 1, doc->text + t->start, t->end - t->start))
            continue;
        /* the actor's own name before it: "Sipah-e-Sahaba Pakistan (SSP)" */
        const vg_ent_rawvec *rv = &w->actors;
        int own = 0;
        for (size_t q = vg_ent_raw_from(rv, k > 12 ? k - 12 : 0); q < rv->n && rv->v[q].tok < k; q++)
            own |= (int32_t)rv->v[q].h.rec == actor && rv->v[q].end == k - 1;
        if (!own)
            return 1;
    }
    return 0;
}

static vg_wordlist nonstate_words = VG_WORDLIST("resistance", "opposition", "rebel", "shadow", "parallel",
                                               "insurgent", "exile", "exiled");

int vg_ent_actor_ok(const vg_ent_work *w, const vg_ent_raw *r)
{
    const vg_actor *act = vg_lex_actor(w->lx, r->h.rec);
    if (!act)
        return 0;
    size_t n = r->end - r->tok;
    if (n == 1 && acronym_defined(w, r->tok, (int32_t)r->h.rec))
        return 0;
    int caseless = vg_ent_caseless(w, r->tok);
    uint8_t af = r->h.aflags;
    if (!caseless) {
        if ((af & VG_AF_CS) && !vg_ent_text_equals(w->doc->text, r->start, r->stop, r->h.surface))
            return 0;
        if ((af & VG_AF_NOLOWER) && vg_ent_span_lower(w, r->tok, r->end))
            return 0;
        if ((af & VG_AF_ABBR) && !vg_ent_span_allcap(w, r->tok, r->end))
            return 0;
    } else if (w->ex->casemode == VG_CASE_LOWER && (af & VG_AF_CS) && n == 1 && vg_tok_is(vg_ent_tok(w, r->tok), "is")) {
        return 0; /* "is" in lower-case text is the verb */
    }
    int generic = (act->flags & VG_ACT_GENERIC) != 0;
    /* an alias made of common words ("the national", "side", "time") is
     * those words unless written as a name, or licensed */
    int common = !generic && span_common(w, r->tok, r->end);
    if (common && !caseless && vg_ent_span_lower(w, r->tok, r->end))
        return 0;
    /* ... or when the name goes on: "The National Police", "The National
     * Guard" are not the newspaper "The National" */
    if (common && !caseless && name_goes_on(w, r->end))
        return 0;
    if (generic && n == 1 && (generic_modifier(w, r->end) || target_within(w, r->tok, r->end)))
        return 0;
    /* "the local resistance administration", "the opposition's shadow
     * cabinet": a body that is not the state's */
    if (generic && act->type == VG_ENT_GOVERNMENT && r->tok > 0 &&
        vg_tok_in(vg_ent_tok(w, r->tok - 1), &nonstate_words))
        return 0;
    const vg_stop *row = vg_ent_stop_row(w, r->tok, n, VG_SC_ALIAS | VG_SC_ACTOR | VG_SC_ANY);
    if (row && row->rule == VG_STOPR_NEVER && !generic)
        return 0;
    if (!generic && mit_refused(w, r->tok, r->end))
        return 0;
    if (act->type == VG_ENT_GOVERNMENT && !generic && metonymy_refused(w, r))
        return 0;
    uint8_t rf = row && row->rule == VG_STOPR_FLAGS ? row->aflags : 0;
    int need = (af & VG_AF_CTX) || (rf & VG_AF_CTX) || (caseless && common) ||
               (caseless && ((af | rf) & (VG_AF_CS | VG_AF_NOLOWER))) ||
               (caseless && row && row->rule == VG_STOPR_CASELESS);
    if (!need)
        return 1;
    int weak_ok = !(caseless && common);
    if (row && has_lics(row))
        return vg_ent_row_licensed(w, row, r->tok, r->end, (int32_t)r->h.rec, weak_ok);
    return default_licensed(w, act, r->tok, r->end, (int32_t)r->h.rec, weak_ok);
}

/* "US$2.5 billion", "HK$40": the letters of a currency before byte stop */
static int currency_at(const vg_ent_work *w, size_t stop)
{
    return stop < w->doc->len && w->doc->text[stop] == '$';
}

int vg_ent_demonym_ok(const vg_ent_work *w, size_t i, size_t n)
{
    const vg_token *t = vg_ent_tok(w, i);
    if (n && currency_at(w, vg_ent_tok(w, i + n - 1)->end))
        return 0;
    if (!vg_ent_caseless(w, i)) {
        if (t->flags & VG_TF_LOWER)
            return 0;
        /* "US", "U.S.", "UK": short forms only in capitals ("Us" is a pronoun) */
        if (n == 1 && t->end - t->start <= 3 && !(t->flags & VG_TF_ALLCAP))
            return 0;
        return 1;
    }
    const vg_stop *row = vg_ent_stop_row(w, i, n, VG_SC_PLACE | VG_SC_ANY);
    if (row && row->rule == VG_STOPR_NEVER && vg_ent_text_equals(w->doc->text, t->start,
                                                          vg_ent_tok(w, i + n - 1)->end, row->phrase))
        return 0;
    if (row && (row->rule == VG_STOPR_CASELESS || row->rule == VG_STOPR_NEVER))
        return vg_ent_row_licensed(w, row, i, i + n, -1, 1);
    return 1;
}


/* A person_ctx row's evidence that the name is a person's: a title or
 * given name before it, a family name after it, the original spelling
 * ("Balı"). Its next: alternatives name place contexts ("Orlando attack")
 * and do not count. */
static int person_licensed(const vg_ent_work *w, const vg_stop *row, size_t tok, size_t end)
{
    for (uint32_t k = 0; k < row->nlics; k++) {
        const vg_licence *L = &row->lics[k];
        if ((L->kind == VG_LIC_PREV || L->kind == VG_LIC_ORIG || L->kind == VG_LIC_NEXT_CAP) &&
            lic_holds(w, L, tok, end, -1, 1))
            return 1;
    }
    return 0;
}

static vg_wordlist feature_before =
    VG_WORDLIST("lake", "mount", "mt", "mt.", "gulf", "bay", "sea", "strait", "straits", "cape");
static vg_wordlist feature_after = VG_WORDLIST("river", "basin", "delta", "time");
/* "a bar on Harlow Street in Bangor": a street named after the place */
static vg_wordlist street_after = VG_WORDLIST("street", "st", "st.", "road", "rd", "avenue", "ave", "boulevard",
                                              "blvd", "lane", "drive");
/* "St", "St.", "Saint" at token k */
static int saint_at(const vg_ent_work *w, size_t k)
{
    const vg_token *t = vg_ent_tok(w, k);
    return vg_tok_is(t, "st") || vg_tok_is(t, "st.") || vg_tok_is(t, "saint");
}

/* "St. Mary's Medical Center", "St Thomas' Hospital": a saint's name
 * before the institution named after it */
static vg_wordlist named_institutions = VG_WORDLIST("hospital", "medical", "church", "cathedral", "school",
                                                    "college", "university", "clinic", "basilica");

/* Token t is a word of three or more letters in capitals. */
static int caps_word(const vg_ent_work *w, size_t t)
{
    const vg_token *k = vg_ent_tok(w, t);
    return is_word(k) && (k->flags & VG_TF_ALLCAP) && k->end - k->start >= 3;
}

/* The place hit r, in capitals, has a word in capitals right before or
 * after it in its sentence: it is part of a longer name. */
static int caps_name_around(const vg_ent_work *w, const vg_ent_raw *r)
{
    const vg_sent *se = &w->doc->sents[r->sent];
    for (size_t t = r->tok; t < r->end; t++)
        if (!caps_word(w, t))
            return 0;
    return (r->tok > se->tok_start && caps_word(w, r->tok - 1)) ||
           (r->end < se->tok_end && caps_word(w, r->end));
}

static vg_wordlist kin_words =
    VG_WORDLIST("son", "daughter", "wife", "husband", "mother", "father", "brother", "sister",
                "cousin", "uncle", "aunt", "nephew", "niece", "grandson", "granddaughter",
                "grandmother", "grandfather", "widow", "widower", "fiancée", "fiancee", "fiancé",
                "fiance", "stepson", "stepdaughter", "child", "sons", "daughters", "children");
static vg_wordlist kin_owners =
    VG_WORDLIST("his", "her", "their", "its", "'s", "a", "whose", "my", "our");

static vg_wordlist office_nouns =
    VG_WORDLIST("police", "city", "council", "province", "provincial", "district", "state",
                "governor", "mayor", "chief", "deputy", "mp", "senator", "official", "officials",
                "commander", "university", "municipal", "regional", "county", "town");

/* A relative right before token t ("her daughter, Sofía", "his son
 * Paris"): the name is a person's. */
static int kin_before(const vg_ent_work *w, const vg_sent *se, size_t t)
{
    size_t k = t;
    if (k > se->tok_start && vg_tok_is(vg_ent_tok(w, k - 1), ","))
        k--;
    return k >= se->tok_start + 2 && vg_tok_in(vg_ent_tok(w, k - 1), &kin_words) &&
           vg_tok_in(vg_ent_tok(w, k - 2), &kin_owners);
}

static vg_wordlist custody_verbs = VG_WORDLIST("arrested", "detained", "charged", "sentenced", "convicted",
                                               "jailed", "indicted", "extradited", "acquitted", "remanded");

static vg_wordlist object_ends = VG_WORDLIST("on", "in", "at", "after", "for", "over", "during", "near",
                                             "as", "with", "from", "last", "yesterday", "today", "but",
                                             "who", "when", "while");

/* "Haddad and Morgan were arrested", "Police arrested Jackson and
 * Lincoln": one word held by the law, in text with case, is a person's
 * name; no town is arrested (the name alone or joined by "and" to
 * another capitalized word). */
static int held_name(const vg_ent_work *w, const vg_sent *se, size_t tok, size_t end)
{
    size_t a = tok, b = end;
    if (b + 1 < se->tok_end && vg_tok_is(vg_ent_tok(w, b), "and") && (vg_ent_tok(w, b + 1)->flags & VG_TF_CAP))
        b += 2;
    else if (a >= se->tok_start + 2 && vg_tok_is(vg_ent_tok(w, a - 1), "and") &&
             (vg_ent_tok(w, a - 2)->flags & VG_TF_CAP))
        a -= 2;
    /* (the subject itself: not "protesters in Minsk were detained",
     * "suspects from Kano were arrested") */
    if (b + 1 < se->tok_end && (vg_tok_is(vg_ent_tok(w, b), "was") || vg_tok_is(vg_ent_tok(w, b), "were")) &&
        vg_tok_in(vg_ent_tok(w, b + 1), &custody_verbs))
        return a == se->tok_start || !is_word(vg_ent_tok(w, a - 1)) ||
               !(vg_ent_tok(w, a - 1)->flags & VG_TF_LOWER);
    /* (the whole object: not "arrested Gaza protesters") */
    return a > se->tok_start && vg_tok_in(vg_ent_tok(w, a - 1), &custody_verbs) &&
           (b >= se->tok_end || !is_word(vg_ent_tok(w, b)) || vg_tok_in(vg_ent_tok(w, b), &object_ends));
}

int vg_ent_place_ok(const vg_ent_work *w, const vg_ent_raw *r, size_t nrec, size_t last)
{
    const vg_sent *se = &w->doc->sents[r->sent];
    size_t n = r->end - r->tok;
    int caseless = vg_ent_caseless(w, r->tok);
    int country = 0;
    for (size_t k = 0; k < nrec; k++) {
        const vg_place *p = vg_lex_place(w->lx, r[k].h.rec);
        if (p && p->kind == VG_PLACE_COUNTRY)
            country = 1;
    }
    if (!vg_ent_place_case_ok(w, r))
        return 0;
    /* "the Black Sea Fleet", "the Red Sea Development Company": a sea
     * or a region across borders that opens a name in mixed-case text */
    int borderless = nrec > 0;
    for (size_t k = 0; k < nrec && borderless; k++) {
        const vg_place *p = vg_lex_place(w->lx, r[k].h.rec);
        borderless = p && !p->cc[0];
    }
    if (borderless && !r->part && !caseless && r->end < se->tok_end && is_word(vg_ent_tok(w, r->end)) &&
        (vg_ent_tok(w, r->end)->flags & VG_TF_CAP))
        return 0;
    if (!r->part) {
        const vg_stop *row = vg_ent_stop_row(w, r->tok, n, VG_SC_PLACE | VG_SC_ANY);
        if (row) {
            int lic = row->rule == VG_STOPR_PERSON_CTX ? person_licensed(w, row, r->tok, r->end)
                                                       : vg_ent_row_licensed(w, row, r->tok, r->end, -1, 1);
            switch (row->rule) {
            case VG_STOPR_NEVER:
                return 0;
            case VG_STOPR_PERSON_CTX: /* "İlhami Balı": the licence says person */
                if (lic)
                    return 0;
                break;
            case VG_STOPR_PLACE_CTX:
                if (!lic && !vg_ent_place_cue(w, r->tok, r->end))
                    return 0;
                break;
            case VG_STOPR_FLAGS: /* nolower: "Turkey", "Nice" */
                if (!caseless && (row->aflags & VG_AF_NOLOWER) && vg_ent_span_lower(w, r->tok, r->end))
                    return 0;
                if (!caseless && (w->tw[r->tok] & VG_TW_INITIAL) && has_lics(row) && !lic)
                    return 0;
                break;
            case VG_STOPR_CASELESS:
                if (caseless && !lic)
                    return 0;
                break;
            default:
                break;
            }
        }
    }
    /* "MT ARIEL DAWN", "The ARIEL DAWN boarding": a word of a name in
     * capitals in mixed-case prose, the name of a ship or a product */
    if (!r->part && !caseless && caps_name_around(w, r))
        return 0;
    /* "Lake Chad", "Mount Kenya", "the Niger River", "11 p.m. Sanaa time":
     * a feature or a clock named after the place, not the place */
    if (!r->part && r->tok > se->tok_start && vg_tok_in(vg_ent_tok(w, r->tok - 1), &feature_before))
        return 0;
    if (!r->part && r->end < se->tok_end && vg_tok_in(vg_ent_tok(w, r->end), &feature_after))
        return 0;
    if (!r->part && !caseless && r->end < se->tok_end && (vg_ent_tok(w, r->end)->flags & VG_TF_CAP) &&
        vg_tok_in(vg_ent_tok(w, r->end), &street_after))
        return 0;
    if (!r->part && currency_at(w, r->stop))
        return 0; /* "US$2.5 billion" */
    if (!r->part && !caseless && r->end + 1 < se->tok_end &&
        (saint_at(w, r->tok) || (r->tok > se->tok_start && saint_at(w, r->tok - 1))) &&
        (vg_tok_is(vg_ent_tok(w, r->end), "'s") || vg_tok_is(vg_ent_tok(w, r->end), "'")) &&
        (vg_ent_tok(w, r->end + 1)->flags & VG_TF_CAP) &&
        vg_tok_in(vg_ent_tok(w, r->end + 1), &named_institutions))
        return 0; /* "St. Mary's Medical Center" */
    /* "the Gulf of Aden", "the Bay of Bengal": the sea, and "Gulf" no
     * province of Papua New Guinea */
    if (!r->part && r->tok >= se->tok_start + 2 && vg_tok_is(vg_ent_tok(w, r->tok - 1), "of") &&
        vg_tok_in(vg_ent_tok(w, r->tok - 2), &feature_before))
        return 0;
    if (!r->part && r->end + 1 < se->tok_end && vg_tok_is(vg_ent_tok(w, r->end), "of") &&
        vg_tok_in(vg_ent_tok(w, r->tok), &feature_before))
        return 0;
    int single = n == 1 && !r->part;
    /* "her daughter, Sofía,", "his son Paris": a relative's name */
    /* (the name alone: not "her husband, Kandahar police chief Abdul
     * Raziq", where the place opens the title) */
    if (!r->part && !country && !caseless && kin_before(w, se, r->tok) &&
        (r->end >= se->tok_end || !is_word(vg_ent_tok(w, r->end)) ||
         (!(vg_ent_tok(w, r->end)->flags & VG_TF_CAP) &&
          !vg_tok_in(vg_ent_tok(w, r->end), &office_nouns))))
        return 0;
    if (single && !country && (w->tw[r->tok] & VG_TW_DEMONYM))
        return 0; /* "English", "Colombian": an adjective */
    if (single && !country && !caseless && held_name(w, se, r->tok, r->end))
        return 0;
    int common = single && ((vg_ent_wc(w, r->tok) & (VG_WC_COMMON | VG_WC_MONTH)) ||
                            (w->tw[r->tok] & VG_TW_WORDLEX));
    if (!r->part && r->tok > se->tok_start && (vg_ent_wc(w, r->tok - 1) & VG_WC_TITLE) &&
        !country)
        return 0;
    if (single && (vg_ent_wc(w, r->tok) & VG_WC_MONTH))
        return 0; /* "in March" */
    /* "Tanta" (a Peruvian village) in an Egyptian story; not "Pama"
     * (Burkina Faso) in a story with case that only names JNIM, of Mali,
     * nor, in text with case, a town after "in" near a main country named
     * once ("a police post in Bannu" in a story that names Afghanistan) */
    if (!country && w->main_cc[0] && !notable(w, r, nrec) &&
        (caseless || vg_geo_country_weight(&w->geo, w->main_cc) > VG_GEO_W_WEAK || !town_of_note(w, r, nrec)) &&
        !(!caseless && !r->part && r->tok > se->tok_start && vg_tok_in(vg_ent_tok(w, r->tok - 1), &located_at) &&
          vg_geo_country_weight(&w->geo, w->main_cc) <= VG_GEO_W_COUNTRY && town_near(w, r, nrec, w->main_cc)))
        return 0;
    if (!country && !r->part && all_common(w, r->tok, r->end) && foreign_area(w, r, nrec) &&
        !vg_tok_in(vg_ent_tok(w, r->end - 1), &waters))
        return 0; /* "Counter Terrorism Policing North West": no South African province */
    if (!caseless) {
        if (common) /* "Most", "Police", "City" in "Manchester City" */
            return 0;
        const vg_token *t0 = vg_ent_tok(w, r->tok);
        if (single && !country && (t0->flags & VG_TF_ALLCAP) && t0->end - t0->start <= 4 &&
            !(w->tw[r->tok] & VG_TW_INITIAL))
            return 0; /* "UN", "AU": an acronym, not the town */
        if (r->tok >= se->tok_start + 2 && (vg_ent_wc(w, r->tok - 1) & VG_WC_PARTICLE) &&
            (vg_ent_tok(w, r->tok - 1)->flags & VG_TF_LOWER) &&
            (vg_ent_tok(w, r->tok - 2)->flags & VG_TF_CAP))
            return 0; /* "Lanao del Sur", "Mocímboa da Praia": the end of a longer name */
        if (single && country && r->tok > se->tok_start && r->end < se->tok_end &&
            plain_cap(w, r->tok - 1) && plain_cap(w, r->end))
            return 0; /* "Datu Saudi Ampatuan": a word of a longer name */
        if (single && !country && r->tok > se->tok_start) {
            /* "İlhami Balı", "Paul Granger": a capitalized unknown word
             * before it (not a place kept) makes it a surname */
            const vg_token *p = vg_ent_tok(w, r->tok - 1);
            unsigned pc = vg_ent_wc(w, r->tok - 1);
            if (is_word(p) && (p->flags & VG_TF_CAP) && !(p->flags & VG_TF_ALLCAP) &&
                last != r->tok && !(w->tw[r->tok - 1] & (VG_TW_WORDLEX | VG_TW_DEMONYM)) &&
                !(pc & (VG_WC_MONTH | VG_WC_TITLE)) &&
                !((pc & VG_WC_COMMON) && p->normlen <= 4)) /* "In Istanbul", not "Central Asia" */
                return 0;
        }
        if (single && !country && r->end < se->tok_end) {
            /* "Paul Granger", "Central Asia": a capitalized word after it
             * that is no head ("Istanbul Airport", "Gaziantep Province") */
            const vg_token *x = vg_ent_tok(w, r->end);
            unsigned xc = vg_ent_wc(w, r->end);
            if (is_word(x) && (x->flags & VG_TF_CAP) && !(x->flags & VG_TF_ALLCAP) &&
                !(w->tw[r->end] & VG_TW_DEMONYM) &&
                !(xc & (VG_WC_FACILITY | VG_WC_ORG_ANY | VG_WC_REGION | VG_WC_CITY | VG_WC_TITLE |
                        VG_WC_ROLE | VG_WC_MONTH)) &&
                (!(xc & VG_WC_COMMON) || common))
                return 0;
        }
        return 1;
    }
    if (common)
        return 0;
    if (country || r->part)
        return 1;
    if (n >= 2) /* "san salvador", not "than to" */
        return !all_common(w, r->tok, r->end);
    /* a town: with a cue ("in jucuapa", "usulutan and morazan departments",
     * "in izalco, sonsonate"), in a country the document names or large;
     * a capital or seat without a cue only in a country it names */
    int cue = vg_ent_place_cue(w, r->tok, r->end) ||
              (last && r->tok >= 2 && last == r->tok - 1 &&
               (vg_tok_is(vg_ent_tok(w, r->tok - 1), ",") ||
                vg_tok_is(vg_ent_tok(w, r->tok - 1), "and")));
    for (size_t k = 0; k < nrec; k++) {
        const vg_place *p = vg_lex_place(w->lx, r[k].h.rec);
        if (!p)
            continue;
        int named = vg_geo_country_weight(&w->geo, p->cc) > 0;
        int big = p->population >= 100000 || p->kind == VG_PLACE_REGION;
        int seat = big || p->feat == VG_PF_PPLC || p->feat == VG_PF_PPLA;
        if ((cue && (named || big)) || (seat && named))
            return 1;
    }
    return 0;
}

