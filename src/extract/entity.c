/* entity.c: extraction stage, entities. Takes a tokenized, sentence-split
 * document (doc->ex allocated, ex->casemode set, ex->hits filled by scan.c
 * or not) and produces ex->ents and ex->mentions: one entity per referent,
 * every mention with its byte span, token span, sentence and entity.
 *
 * Passes:
 *   1. One pass over the tokens: the lexicon hits starting at each token
 *      (ex->hits, or vg_lex_match) are sorted into actor, place, demonym and
 *      pattern hits; other kinds only mark the token as a common word or
 *      cue. A hyphenated word without hits is looked up by parts
 *      ("Turkey-Syria", "US-led").
 *   2. Document evidence: countries named, demonyms, actors' home
 *      countries (geo.c), and the actors named by an unrestricted alias
 *      (licence doc_alias).
 *   3. Candidates (candidate.c, checked by licence.c): actor aliases by
 *      case (cs, nolower, acronyms) and licences (actor_stop.tsv rows,
 *      else the defaults of data/lexicon/README.md); places by case,
 *      surnames and common words; pattern rows ("<demonym> police", "USG
 *      sources"); country abbreviations used as nouns ("US believes").
 *   4. Selection: longest candidate first, then priority (named actor,
 *      person, pattern, place, generic organ); no two overlap.
 *   5. names.c adds facilities, organizations, people and surname mentions
 *      from context in the gaps.
 *   6. Places are geocoded (geo.c), generic organs and bare patterns get
 *      their country from the sentence or the document, and candidates
 *      become entities, merged by key: the actor row, the gazetteer
 *      record, (country, pattern row), or the folded name.
 *
 * Invariants: mentions are in text order and never overlap; every entity
 * has at least one mention; at most VG_MAX_MENTIONS mentions. Work is
 * linear in tokens apart from sorting the candidates; memory is the
 * document's arena. */
#include "extract/entity.h"
#include "util/wordhash.h"

#include <stdlib.h>
#include <string.h>

#define HITBUF 96        /* hits read at one token */
#define SCAN_HITS_CAP 16 /* scan.c keeps at most this many hits per token */
#define PART_MAX 64      /* bytes of one part of a hyphenated word */

/* ---- small helpers ---- */

int vg_ent_fail(const vg_ent_work *w)
{
    if (w->full)
        return VIGIL_OK;
    return w->doc->arena.capped ? VIGIL_ELIMIT : VIGIL_ENOMEM;
}

static int raw_push(vg_ent_work *w, vg_ent_rawvec *rv, const vg_ent_raw *r)
{
    if (rv->n == rv->cap) {
        size_t cap = rv->cap ? rv->cap * 2 : 64;
        vg_ent_raw *v = vg_arena_grow(&w->doc->arena, rv->v, rv->n, cap, sizeof *v);
        if (!v)
            return vg_ent_fail(w);
        rv->v = v;
        rv->cap = cap;
    }
    rv->v[rv->n++] = *r;
    return VIGIL_OK;
}

vg_ent_cand *vg_ent_add(vg_ent_work *w, uint32_t tok, uint32_t end)
{
    if (w->nc >= VG_MAX_CANDS) {
        if (!w->full)
            vg_doc_diag(w->doc, 0, VIGIL_ELIMIT, (long long)w->doc->toks[tok].start,
                        "more than %d entity candidates: the rest are dropped", VG_MAX_CANDS);
        w->full = 1;
        return NULL;
    }
    if (w->nc == w->capc) {
        size_t cap = w->capc ? w->capc * 2 : 64;
        vg_ent_cand *c = vg_arena_grow(&w->doc->arena, w->c, w->nc, cap, sizeof *c);
        if (!c)
            return NULL;
        w->c = c;
        w->capc = cap;
    }
    vg_ent_cand *c = &w->c[w->nc++];
    memset(c, 0, sizeof *c);
    c->tok = tok;
    c->end = end;
    c->start = w->doc->toks[tok].start;
    c->stop = w->doc->toks[end - 1].end;
    c->sent = w->tsent[tok];
    c->actor = -1;
    c->place = -1;
    c->pat = -1;
    c->seq = (uint32_t)(w->nc - 1);
    return c;
}

void vg_ent_keep(vg_ent_work *w, size_t ci)
{
    vg_ent_cand *c = &w->c[ci];
    for (uint32_t t = c->tok; t < c->end; t++) {
        uint32_t o = w->sel[t];
        if (o != VG_NOSEL && o != ci) {
            vg_ent_cand *oc = &w->c[o];
            oc->keep = 0;
            for (uint32_t u = oc->tok; u < oc->end; u++)
                if (w->sel[u] == o)
                    w->sel[u] = VG_NOSEL;
        }
    }
    c->keep = 1;
    for (uint32_t t = c->tok; t < c->end; t++)
        w->sel[t] = (uint32_t)ci;
}

static int is_word(const vg_token *t)
{
    return t->kind == VG_TOK_WORD;
}

/* Folded phrase p ("front page", words joined by one space) matches the
 * tokens from i (before lim): returns the tokens it covers, or 0. */
size_t vg_ent_phrase_at(const vg_ent_work *w, size_t i, size_t lim, const char *p)
{
    /* most tokens differ from the phrase at its first byte */
    if (!*p || i >= lim || vg_ent_tok(w, i)->norm[0] != p[0])
        return 0;
    size_t n = 0;
    while (*p) {
        const char *sp = strchr(p, ' ');
        size_t len = sp ? (size_t)(sp - p) : strlen(p);
        if (i + n >= lim)
            return 0;
        const vg_token *t = vg_ent_tok(w, i + n);
        if (t->normlen != len || memcmp(t->norm, p, len) != 0)
            return 0;
        n++;
        p += len;
        if (*p == ' ')
            p++;
    }
    return n;
}

size_t vg_ent_words_at(const vg_ent_work *w, size_t i, size_t lim, const char *const *words,
                       size_t nwords)
{
    if (i >= lim)
        return 0;
    /* most words differ from the token at their first byte: that is asked
     * here, before a call (near_words asks a list at every token) */
    char first = vg_ent_tok(w, i)->norm[0];
    for (size_t k = 0; k < nwords; k++) {
        size_t n = words[k][0] && words[k][0] == first ? vg_ent_phrase_at(w, i, lim, words[k]) : 0;
        if (n)
            return n;
    }
    return 0;
}

/* 1 when a phrase of words ends right before token i (after from). */
int vg_ent_words_before(const vg_ent_work *w, size_t from, size_t i, const char *const *words,
                        size_t nwords)
{
    for (size_t back = 1; back <= 3 && back <= i - from; back++)
        if (vg_ent_words_at(w, i - back, i, words, nwords) == back)
            return 1;
    return 0;
}

/* Every word token of [a,b) is written all in lower case. */
int vg_ent_span_lower(const vg_ent_work *w, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++) {
        const vg_token *t = vg_ent_tok(w, i);
        if (t->kind == VG_TOK_WORD && !(t->flags & VG_TF_LOWER))
            return 0;
    }
    return 1;
}

/* Every word token of [a,b) with letters is all in capitals. */
int vg_ent_span_allcap(const vg_ent_work *w, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++) {
        const vg_token *t = vg_ent_tok(w, i);
        if (t->kind == VG_TOK_WORD && !(t->flags & VG_TF_ALLCAP) && (t->flags & VG_TF_LOWER))
            return 0;
        if (t->kind == VG_TOK_WORD && !(t->flags & VG_TF_ALLCAP) && (t->flags & VG_TF_CAP))
            return 0;
    }
    return 1;
}

/* The text bytes [start,stop) equal s, whitespace ignored on both sides. */
int vg_ent_text_equals(const char *text, uint32_t start, uint32_t stop, const char *s)
{
    uint32_t i = start;
    for (;;) {
        while (i < stop && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r'))
            i++;
        while (*s == ' ')
            s++;
        if (i >= stop || !*s)
            return i >= stop && !*s;
        if (text[i] != *s)
            return 0;
        i++;
        s++;
    }
}

int vg_ent_text_contains(const char *text, uint32_t start, uint32_t stop, const char *s)
{
    size_t n = strlen(s);
    for (uint32_t i = start; n && i + n <= stop; i++)
        if (memcmp(text + i, s, n) == 0)
            return 1;
    return 0;
}

/* The cc of a demonym ending right before token i, or NULL. */
const char *vg_ent_demonym_before(const vg_ent_work *w, size_t from, size_t i, size_t *dstart)
{
    for (size_t back = 1; back <= 3 && back <= i - from; back++) {
        size_t s = i - back;
        if (w->dem_cc[s] && s + w->dem_len[s] == i) {
            const vg_place *p = vg_lex_place(w->lx, (uint32_t)(w->dem_cc[s] - 1));
            if (p) {
                *dstart = s;
                return p->cc;
            }
        }
    }
    return NULL;
}

int vg_ent_tok_in(const vg_token *t, const char *const *words)
{
    for (; *words; words++)
        if (vg_tok_is(t, *words))
            return 1;
    return 0;
}

size_t vg_ent_raw_from(const vg_ent_rawvec *rv, size_t tok)
{
    size_t a = 0, b = rv->n;
    while (a < b) {
        size_t m = a + (b - a) / 2;
        if (rv->v[m].tok < tok)
            a = m + 1;
        else
            b = m;
    }
    return a;
}

/* ---- pass 1: hits ---- */

/* The hits at token i (end: its sentence's end): scan.c's (at, hits: its
 * offsets and hits, or NULL when it made none), else matched here. */
static const vg_lex_hit *hits_at(vg_ent_work *w, const uint32_t *at, const vg_lex_hit *hits, size_t i, size_t end,
                                 vg_lex_hit *buf, size_t *n)
{
    if (at && hits) {
        size_t k = at[i + 1] - at[i];
        if (k < SCAN_HITS_CAP) {
            *n = k;
            return hits + at[i];
        }
    }
    size_t k = vg_lex_match(w->lx, w->doc, i, end, buf, HITBUF);
    *n = k < HITBUF ? k : HITBUF;
    return buf;
}

/* Hit h over tokens [i, e) of sentence s as a raw hit of rv. (Made here,
 * not for every hit read: most are cues, triggers and other kinds that
 * leave no raw hit.) */
static int hit_push(vg_ent_work *w, vg_ent_rawvec *rv, size_t i, size_t e, size_t s, const vg_lex_hit *h)
{
    vg_ent_raw r = {(uint32_t)i, (uint32_t)e, vg_ent_tok(w, i)->start, vg_ent_tok(w, e - 1)->end, (uint32_t)s, 0, *h};
    return raw_push(w, rv, &r);
}

/* Whether a weapon's name among the n hits at a token runs past a hit
 * of ntok tokens there: "Iskander missile". */
static int weapon_over(const vg_lex_hit *h, size_t n, size_t ntok)
{
    for (size_t k = 0; k < n; k++)
        if (h[k].kind == VG_LK_WEAPON && h[k].ntok > ntok)
            return 1;
    return 0;
}

static vg_wordlist route_heads = VG_WORDLIST("highway", "highways", "road", "roads", "motorway", "expressway",
                                             "freeway", "railway", "railroad", "rail", "route", "corridor",
                                             "pipeline");

/* the words that can stand before a route's name */
static vg_wordlist route_before = VG_WORDLIST("the", "a", "an", "on", "along", "of", "at", "near", "off", "from",
                                              "to", "in", "onto", "via", "busy", "main", "key", "major",
                                              "strategic", "vital");

/* "Turkey-Syria border", "US-led": countries and demonyms inside a
 * hyphenated word that matched nothing whole; "the Kabul-Jalalabad
 * highway": any place, on a route between them. */
static int hyphen_parts(vg_ent_work *w, size_t i, uint32_t sent)
{
    const vg_token *t = vg_ent_tok(w, i);
    /* ... the word before opens no name of its own ("the cano
     * limon-covenas pipeline": the Caño Limón field, no town Limón) */
    const vg_token *prev = i > 0 ? vg_ent_tok(w, i - 1) : NULL;
    int route = i + 1 < w->doc->ntoks && vg_tok_in(vg_ent_tok(w, i + 1), &route_heads) &&
                (!prev || !is_word(prev) || (prev->flags & VG_TF_PARA) || vg_tok_in(prev, &route_before) ||
                 (!vg_ent_caseless(w, i) && (prev->flags & VG_TF_LOWER)));
    const char *norm = t->norm;
    const char *text = w->doc->text + t->start;
    size_t tlen = t->end - t->start;
    /* ... a route only between places: every part names one ("the
     * al-Rashid road", "the Trans-Sahara highway" name no towns) */
    enum { ROUTE_MAX = 4 };
    vg_ent_raw stash[ROUTE_MAX];
    size_t nstash = 0, nparts = 0, placed = 0;
    /* parts are cut at the same hyphens in the text and the folded form */
    size_t np = 0, nt = 0;
    while (np <= t->normlen && nt <= tlen) {
        size_t pe = np, te = nt;
        while (pe < t->normlen && norm[pe] != '-')
            pe++;
        while (te < tlen && text[te] != '-')
            te++;
        if (pe - np >= 2 && pe - np < PART_MAX) {
            char part[PART_MAX];
            memcpy(part, norm + np, pe - np);
            part[pe - np] = '\0';
            vg_token ft = *t;
            ft.norm = part;
            ft.normlen = (uint16_t)(pe - np);
            ft.hash = vg_wordhash_hash(part, pe - np);
            ft.head = vg_tok_head(part, pe - np); /* (the token tests read it) */
            ft.dword = 0; /* the whole word's marks are not the part's */
            ft.flags &= (uint16_t)~(VG_TF_NUMSTART | VG_TF_DATEOPEN);
            ft.start = t->start + (uint32_t)nt;
            ft.end = t->start + (uint32_t)te;
            vg_doc fd;
            memset(&fd, 0, sizeof fd);
            vg_lex_hit buf[16];
            size_t k = 0;
            /* "Northern Ireland-related", "South Sudan-based": the first
             * part ends a name begun by the word before */
            if (np == 0 && i > 0 && is_word(vg_ent_tok(w, i - 1)) &&
                vg_ent_tok(w, i - 1)->end + 1 == t->start) {
                vg_token two[2] = {*vg_ent_tok(w, i - 1), ft};
                fd.toks = two;
                fd.ntoks = 2;
                size_t k2 = vg_lex_match(w->lx, &fd, 0, 2, buf, 16);
                for (size_t j = 0; j < k2 && j < 16; j++)
                    if (buf[j].kind == VG_LK_PLACE && buf[j].ntok == 2) {
                        vg_ent_raw r = {(uint32_t)i - 1, (uint32_t)i + 1, two[0].start, ft.end, sent, 1,
                                        buf[j]};
                        int rc = raw_push(w, &w->places, &r);
                        if (rc != VIGIL_OK)
                            return rc;
                        k = SIZE_MAX; /* the part is taken */
                        break;
                    }
            }
            fd.toks = &ft;
            fd.ntoks = 1;
            k = k == SIZE_MAX ? 0 : vg_lex_match(w->lx, &fd, 0, 1, buf, 16);
            if (k > 16)
                k = 16;
            int part_placed = 0;
            for (size_t j = 0; j < k; j++) {
                const vg_place *p = vg_lex_place(w->lx, buf[j].rec);
                int cased = vg_ent_caseless(w, i) || (text[nt] >= 'A' && text[nt] <= 'Z') ||
                            (unsigned char)text[nt] >= 0x80;
                if (buf[j].kind == VG_LK_DEMONYM && p && (ft.flags & (VG_TF_CAP | VG_TF_ALLCAP))) {
                    vg_geo_add_country(&w->geo, p->cc, VG_GEO_W_DEMONYM);
                } else if (buf[j].kind == VG_LK_PLACE && p && p->kind == VG_PLACE_COUNTRY && cased) {
                    vg_ent_raw r = {(uint32_t)i, (uint32_t)i + 1, ft.start, ft.end, sent, 1, buf[j]};
                    int rc = raw_push(w, &w->places, &r);
                    if (rc != VIGIL_OK)
                        return rc;
                    part_placed = 1;
                } else if (buf[j].kind == VG_LK_PLACE && p && route && cased && nstash < ROUTE_MAX) {
                    stash[nstash++] = (vg_ent_raw){(uint32_t)i, (uint32_t)i + 1, ft.start, ft.end, sent, 1, buf[j]};
                    part_placed = 1;
                }
            }
            placed += (size_t)part_placed;
        }
        nparts++;
        if (pe >= t->normlen || te >= tlen)
            break;
        np = pe + 1;
        nt = te + 1;
    }
    for (size_t k = 0; route && placed == nparts && nparts >= 2 && k < nstash; k++) {
        int rc = raw_push(w, &w->places, &stash[k]);
        if (rc != VIGIL_OK)
            return rc;
    }
    return VIGIL_OK;
}

static int pass_hits(vg_ent_work *w)
{
    vg_doc *doc = w->doc;
    vg_lex_hit buf[HITBUF];
    /* (read once: the calls in the loop would make the compiler read them
     * again at every token) */
    const uint32_t *at = w->ex->hit_at;
    const vg_lex_hit *hits = w->ex->hits;
    w->lim_sent = doc->nsents;
    w->lim_tok = doc->ntoks;
    for (size_t s = 0; s < doc->nsents; s++) {
        const vg_sent *se = &doc->sents[s];
        if (w->actors.n + w->places.n + w->patterns.n > VG_MAX_RAW) {
            vg_doc_diag(doc, 0, VIGIL_ELIMIT, (long long)se->start,
                        "more than %d lexicon hits: entities after this point are not looked for",
                        VG_MAX_RAW);
            w->lim_sent = s;
            w->lim_tok = se->tok_start;
            break;
        }
        /* one pass over the sentence marks its tokens and counts its words
         * in lower case and in capitals, for the test below */
        size_t lower = 0, caps = 0;
        int initial = 1;
        for (size_t i = se->tok_start; i < se->tok_end; i++) {
            const vg_token *t = vg_ent_tok(w, i);
            w->tsent[i] = (uint32_t)s;
            if (is_word(t)) {
                if (t->flags & VG_TF_LOWER)
                    lower++;
                else if ((t->flags & VG_TF_ALLCAP) && t->end - t->start > 1)
                    caps++;
            }
            if (initial && (t->kind == VG_TOK_WORD || t->kind == VG_TOK_NUM)) {
                w->tw[i] |= VG_TW_INITIAL;
                initial = 0;
                /* "5/ Separately, ...", "2. Police said", "3) Gunmen": a
                 * list's or a thread's number, then the sentence's word */
                if (t->kind == VG_TOK_NUM && i + 1 < se->tok_end) {
                    const vg_token *n = vg_ent_tok(w, i + 1);
                    initial = n->kind == VG_TOK_PUNCT && n->normlen == 1 &&
                              (n->norm[0] == '/' || n->norm[0] == '.' || n->norm[0] == ')');
                }
            }
            if (t->kind == VG_TOK_PUNCT && (t->norm[0] == ':' || t->norm[0] == '"'))
                initial = 1;
        }
        /* caseless sentence: the document's mode, or a line in capitals */
        if (w->ex->casemode != VG_CASE_MIXED || (lower == 0 && caps >= 2))
            for (size_t i = se->tok_start; i < se->tok_end; i++)
                w->tw[i] |= VG_TW_CASELESS;
        for (size_t i = se->tok_start; i < se->tok_end; i++) {
            size_t n;
            const vg_lex_hit *h = hits_at(w, at, hits, i, se->tok_end, buf, &n);
            int whole = 0;
            for (size_t k = 0; k < n; k++) {
                size_t e = i + h[k].ntok;
                if (h[k].ntok == 0 || e > se->tok_end)
                    continue;
                int rc = VIGIL_OK;
                /* "an Iskander missile": the weapon's name, no place */
                if (h[k].kind == VG_LK_PLACE && weapon_over(h, n, h[k].ntok))
                    continue;
                switch (h[k].kind) {
                case VG_LK_ACTOR:
                case VG_LK_PLACE:
                    rc = hit_push(w, h[k].kind == VG_LK_ACTOR ? &w->actors : &w->places, i, e, s, &h[k]);
                    for (size_t u = i; u < e; u++)
                        w->tw[u] |= VG_TW_LEXENT;
                    whole = 1;
                    break;
                case VG_LK_PATTERN:
                    rc = hit_push(w, &w->patterns, i, e, s, &h[k]);
                    break;
                case VG_LK_DEMONYM:
                    if (h[k].aflags & VG_AF_PLURAL) {
                        /* "Syrians": a country, not an adjective to build on */
                        const vg_place *pl = vg_lex_place(w->lx, h[k].rec);
                        if (pl && !vg_ent_span_lower(w, i, e))
                            vg_geo_add_country(&w->geo, pl->cc, VG_GEO_W_WEAK);
                    } else if (!w->dem_cc[i] && vg_ent_demonym_ok(w, i, h[k].ntok)) {
                        if (w->ndems == w->capdems) {
                            size_t cap = w->capdems ? w->capdems * 2 : 16;
                            uint32_t *v = vg_arena_grow(&doc->arena, w->dems, w->ndems, cap, sizeof *v);
                            if (!v)
                                return vg_ent_fail(w);
                            w->dems = v;
                            w->capdems = cap;
                        }
                        w->dems[w->ndems++] = (uint32_t)i;
                        w->dem_cc[i] = h[k].rec + 1;
                        w->dem_len[i] = (uint8_t)(h[k].ntok > 255 ? 255 : h[k].ntok);
                        w->tw[i] |= VG_TW_DEMONYM;
                    }
                    whole = 1;
                    break;
                case VG_LK_CUE:
                    w->tw[i] |= VG_TW_CUE;
                    /* fall through */
                default:
                    if (h[k].ntok == 1)
                        w->tw[i] |= VG_TW_WORDLEX;
                    break;
                }
                if (rc != VIGIL_OK)
                    return rc;
            }
            if (!whole && (vg_ent_tok(w, i)->flags & VG_TF_HYPHEN)) {
                int rc = hyphen_parts(w, i, (uint32_t)s);
                if (rc != VIGIL_OK)
                    return rc;
            }
        }
    }
    return VIGIL_OK;
}

/* ---- pass 2: evidence ---- */

/* A run of raw hits with the same span: [*a, *b). */
int vg_ent_next_group(const vg_ent_rawvec *rv, size_t *a, size_t *b)
{
    if (*b >= rv->n)
        return 0;
    *a = *b;
    size_t e = *a + 1;
    while (e < rv->n && rv->v[e].tok == rv->v[*a].tok && rv->v[e].end == rv->v[*a].end &&
           rv->v[e].start == rv->v[*a].start && rv->v[e].stop == rv->v[*a].stop)
        e++;
    *b = e;
    return 1;
}

/* A name opened by a lower-case Arabic article before a capital, as news
 * writes it mid-sentence: "al-Mawasi", "el-Fasher", "ash-Shifa". */
static int arabic_article(const char *s, size_t n)
{
    static const char *const articles[] = {"al-", "el-", "ad-", "an-", "ar-", "as-", "ash-", "at-", "az-"};
    for (size_t k = 0; k < sizeof articles / sizeof *articles; k++) {
        size_t m = strlen(articles[k]);
        if (n > m && !strncmp(s, articles[k], m) && s[m] >= 'A' && s[m] <= 'Z')
            return 1;
    }
    return 0;
}

int vg_ent_place_case_ok(const vg_ent_work *w, const vg_ent_raw *r)
{
    if (vg_ent_caseless(w, r->tok))
        return 1;
    if (r->part) {
        unsigned char c = (unsigned char)w->doc->text[r->start];
        return (c >= 'A' && c <= 'Z') || c >= 0x80;
    }
    const vg_token *t = vg_ent_tok(w, r->tok);
    if (!(t->flags & (VG_TF_CAP | VG_TF_ALLCAP)) && !arabic_article(w->doc->text + r->start, r->stop - r->start))
        return 0;
    /* "San Salvador", "Deir ez-Zor": lower-case words only as particles */
    for (size_t i = r->tok + 1; i < r->end; i++) {
        const vg_token *u = vg_ent_tok(w, i);
        if (is_word(u) && (u->flags & VG_TF_LOWER) && !(vg_ent_wc(w, i) & VG_WC_PARTICLE) &&
            i + 1 == r->end)
            return 0;
    }
    return 1;
}

/* A news agency, web outlet or monitoring group: where it is based says
 * nothing of where its story happens ("Reuters reported", "ACLED
 * recorded"); a newspaper's or a station's home does. */
static int far_reporter(const vg_actor *a)
{
    return a->type == VG_ENT_ORGANIZATION && a->affiliated < 0 && a->kind &&
           (!strcmp(a->kind, "agency") || !strcmp(a->kind, "online") || !strcmp(a->kind, "ngo"));
}

/* What a country fires from afar: "Russian drones", "Israeli air
 * strikes" tell who struck, not where (a country's army or police, most
 * often at home, still do). */
static vg_wordlist fired_from_afar = VG_WORDLIST("drone", "drones", "missile", "missiles", "shelling", "strike",
                                                 "strikes", "airstrike", "airstrikes", "air", "warplane",
                                                 "warplanes", "jets", "artillery", "rocket", "rockets", "shells",
                                                 "bombers", "invasion", "offensive", "bombardment");

static void pass_evidence(vg_ent_work *w)
{
    for (size_t d = 0; d < w->ndems; d++) {
        size_t i = w->dems[d];
        const vg_place *p = vg_lex_place(w->lx, w->dem_cc[i] - 1);
        int k = p ? vg_geo_cc_index(p->cc) : -1;
        if (k < 0)
            continue;
        size_t nx = i + (w->dem_len[i] ? w->dem_len[i] : 1);
        if (!(nx < w->doc->ntoks && vg_tok_in(vg_ent_tok(w, nx), &fired_from_afar)))
            vg_geo_add_country(&w->geo, p->cc, VG_GEO_W_DEMONYM);
        if (!w->dem_first[k])
            w->dem_first[k] = (uint32_t)i + 1;
    }
    /* an alias held by one row only: "National Liberation Army" names two
     * rows (Colombia's and Bolivia's ELN) and licenses neither */
    size_t ga = 0, gb = 0;
    while (vg_ent_next_group(&w->actors, &ga, &gb)) {
        const vg_ent_raw *r = &w->actors.v[ga];
        int one = 1;
        for (size_t k = ga + 1; k < gb; k++)
            one &= w->actors.v[k].h.rec == r->h.rec;
        const vg_actor *a = vg_lex_actor(w->lx, r->h.rec);
        /* "Islamic State" (nolower) written as a name in mixed-case text
         * is as sure as an unrestricted alias */
        int named = (r->h.aflags & VG_AF_NOLOWER) && !(r->h.aflags & (VG_AF_CS | VG_AF_CTX)) &&
                    !vg_ent_caseless(w, r->tok) && !vg_ent_span_lower(w, r->tok, r->end);
        if (!one || !a || ((r->h.aflags & (VG_AF_CS | VG_AF_NOLOWER | VG_AF_CTX)) && !named))
            continue;
        if ((r->h.aflags & VG_AF_ABBR) && !vg_ent_caseless(w, r->tok) &&
            !vg_ent_span_allcap(w, r->tok, r->end))
            continue;
        if (!w->docalias[r->h.rec] && a->cc[0] && !(a->flags & VG_ACT_GENERIC) && !far_reporter(a))
            vg_geo_add_country(&w->geo, a->cc, VG_GEO_W_WEAK);
        w->docalias[r->h.rec] = 1;
    }
    size_t a = 0, b = 0;
    while (vg_ent_next_group(&w->places, &a, &b)) {
        const vg_ent_raw *r = &w->places.v[a];
        if (!vg_ent_place_case_ok(w, r))
            continue;
        if (!vg_ent_caseless(w, r->tok) && (w->tw[r->tok] & VG_TW_INITIAL) && r->end - r->tok == 1 &&
            (vg_ent_wc(w, r->tok) & VG_WC_COMMON))
            continue;
        for (size_t k = a; k < b; k++) {
            const vg_place *p = vg_lex_place(w->lx, w->places.v[k].h.rec);
            if (p && p->kind == VG_PLACE_COUNTRY) {
                vg_geo_add_country(&w->geo, p->cc, VG_GEO_W_COUNTRY);
                break;
            }
        }
    }
}

uint64_t vg_ent_hash(const vg_ent_work *w, size_t tok, size_t end, uint64_t h)
{
    for (size_t i = tok; i < end; i++) {
        const vg_token *t = vg_ent_tok(w, i);
        if (i > tok) {
            h ^= ' ';
            h *= 1099511628211ULL;
        }
        for (size_t k = 0; k < t->normlen; k++) {
            h ^= (unsigned char)t->norm[k];
            h *= 1099511628211ULL;
        }
    }
    return h;
}

const char *vg_ent_text(vg_ent_work *w, uint32_t start, uint32_t stop)
{
    const char *t = w->doc->text;
    char *out = vg_arena_alloc(&w->doc->arena, (size_t)(stop - start) + 1);
    if (!out)
        return NULL;
    size_t n = 0;
    int sp = 0;
    for (uint32_t i = start; i < stop; i++) {
        char ch = t[i];
        if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r') {
            sp = 1;
            continue;
        }
        if (sp && n)
            out[n++] = ' ';
        sp = 0;
        out[n++] = ch;
    }
    out[n] = '\0';
    return out;
}

/* ---- pass 4: selection ---- */

static int cand_cmp(const void *x, const void *y)
{
    const vg_ent_cand *a = x, *b = y;
    uint32_t la = a->stop - a->start, lb = b->stop - b->start;
    uint32_t ta = a->end - a->tok, tb = b->end - b->tok;
    if (ta != tb)
        return ta > tb ? -1 : 1;
    if (la != lb)
        return la > lb ? -1 : 1;
    if (a->prio != b->prio)
        return a->prio > b->prio ? -1 : 1;
    if (a->start != b->start)
        return a->start < b->start ? -1 : 1;
    return a->seq < b->seq ? -1 : a->seq > b->seq;
}

/* Stable merge sort of the candidate indices v[0..n) by cand_cmp (tmp:
 * n / 2 + 1 entries): the order qsort gave, cand_cmp being a total order
 * (seq, the creation order, differs), with the comparison inlined and only
 * 4-byte indices moving. */
static void sort_cands(const vg_ent_cand *c, uint32_t *v, uint32_t *tmp, size_t n)
{
    if (n <= 8) {
        for (size_t i = 1; i < n; i++) {
            uint32_t x = v[i];
            size_t j = i;
            for (; j > 0 && cand_cmp(&c[v[j - 1]], &c[x]) > 0; j--)
                v[j] = v[j - 1];
            v[j] = x;
        }
        return;
    }
    size_t h = n / 2;
    sort_cands(c, v, tmp, h);
    sort_cands(c, v + h, tmp, n - h);
    if (cand_cmp(&c[v[h - 1]], &c[v[h]]) <= 0)
        return;
    memcpy(tmp, v, h * sizeof *v);
    size_t i = 0, j = h, o = 0;
    while (i < h && j < n)
        v[o++] = cand_cmp(&c[v[j]], &c[tmp[i]]) < 0 ? v[j++] : tmp[i++];
    while (i < h)
        v[o++] = tmp[i++];
}

/* Puts w->c in cand_cmp's order; qsort when the arena has no room. */
static void order_cands(vg_ent_work *w)
{
    size_t n = w->nc;
    uint32_t *v = vg_arena_alloc(&w->doc->arena, (n + n / 2 + 1) * sizeof *v);
    vg_ent_cand *out = vg_arena_alloc(&w->doc->arena, n * sizeof *out);
    if (!v || !out || n > UINT32_MAX) {
        qsort(w->c, n, sizeof *w->c, cand_cmp);
        return;
    }
    for (size_t k = 0; k < n; k++)
        v[k] = (uint32_t)k;
    sort_cands(w->c, v, v + n, n);
    for (size_t k = 0; k < n; k++)
        out[k] = w->c[v[k]];
    memcpy(w->c, out, n * sizeof *out);
}

/* Longest first, then priority: no two kept candidates share a token
 * (parts of one hyphenated word may). */
static void select_cands(vg_ent_work *w)
{
    if (w->nc > 1)
        order_cands(w);
    for (size_t k = 0; k < w->nc; k++) {
        vg_ent_cand *c = &w->c[k];
        int free_ = 1;
        for (uint32_t t = c->tok; t < c->end && free_; t++)
            if (w->sel[t] != VG_NOSEL && !(c->part && w->c[w->sel[t]].part))
                free_ = 0;
        if (!free_)
            continue;
        c->keep = 1;
        for (uint32_t t = c->tok; t < c->end; t++)
            if (w->sel[t] == VG_NOSEL)
                w->sel[t] = (uint32_t)k;
    }
}

/* "The Al-Shabaab terrorist group", "ISIS militant group": a generic
 * armed-group phrase right after a named group is that group's mention. */
static void join_group_heads(vg_ent_work *w)
{
    for (size_t k = 0; k < w->nc; k++) {
        vg_ent_cand *g = &w->c[k];
        if (!g->keep || g->kind != VG_EC_ACTOR || g->etype != VG_ENT_ARMED_GROUP || g->tok == 0)
            continue;
        const vg_actor *act = vg_lex_actor(w->lx, (uint32_t)g->actor);
        uint32_t p = w->sel[g->tok - 1];
        if (!act || !(act->flags & VG_ACT_GENERIC) || p == VG_NOSEL)
            continue;
        vg_ent_cand *n = &w->c[p];
        const vg_actor *nact = n->kind == VG_EC_ACTOR ? vg_lex_actor(w->lx, (uint32_t)n->actor) : NULL;
        if (!n->keep || n->end != g->tok || !nact || nact->type != VG_ENT_ARMED_GROUP ||
            (nact->flags & VG_ACT_GENERIC) || w->tsent[n->tok] != w->tsent[g->tok])
            continue;
        for (uint32_t t = g->tok; t < g->end; t++)
            w->sel[t] = p;
        n->end = g->end;
        n->stop = g->stop;
        g->keep = 0;
    }
}

/* ---- pass 6: entities ---- */

typedef struct ord {
    uint32_t start, stop, idx;
} ord;

static int ord_cmp(const void *x, const void *y)
{
    const ord *a = x, *b = y;
    if (a->start != b->start)
        return a->start < b->start ? -1 : 1;
    if (a->stop != b->stop)
        return a->stop > b->stop ? -1 : 1;
    return a->idx < b->idx ? -1 : a->idx > b->idx;
}

/* Stable merge sort of o[0..n) by ord_cmp (tmp: n / 2 + 1 entries): the
 * order qsort gave (ord_cmp is a total order: idx differs), with the
 * comparison inlined. */
static void sort_ords(ord *o, size_t n, ord *tmp)
{
    if (n <= 8) {
        for (size_t i = 1; i < n; i++) {
            ord x = o[i];
            size_t j = i;
            for (; j > 0 && ord_cmp(&o[j - 1], &x) > 0; j--)
                o[j] = o[j - 1];
            o[j] = x;
        }
        return;
    }
    size_t h = n / 2;
    sort_ords(o, h, tmp);
    sort_ords(o + h, n - h, tmp);
    if (ord_cmp(&o[h - 1], &o[h]) <= 0)
        return;
    memcpy(tmp, o, h * sizeof *o);
    size_t i = 0, j = h, k = 0;
    while (i < h && j < n)
        o[k++] = ord_cmp(&o[j], &tmp[i]) < 0 ? o[j++] : tmp[i++];
    while (i < h)
        o[k++] = tmp[i++];
}

typedef struct etab {
    uint64_t *keys;
    uint32_t *vals;
    size_t mask;
} etab;

/* The value slot of key (never 0); *found says whether it was there. */
static uint32_t *etab_slot(etab *t, uint64_t key, int *found)
{
    size_t i = (size_t)(key ^ (key >> 29)) & t->mask;
    while (t->keys[i]) {
        if (t->keys[i] == key) {
            *found = 1;
            return &t->vals[i];
        }
        i = (i + 1) & t->mask;
    }
    t->keys[i] = key;
    *found = 0;
    return &t->vals[i];
}

/* Display name of a generic organ: "Turkish police" when the document has
 * a demonym of its country, else the row's name. */
static const char *generic_name(vg_ent_work *w, const vg_actor *act, const char *cc)
{
    int k = vg_geo_cc_index(cc);
    if (k < 0 || !w->dem_first[k])
        return act->name;
    size_t t = w->dem_first[k] - 1;
    const char *dem = vg_ent_text(w, vg_ent_tok(w, t)->start, vg_ent_tok(w, t + w->dem_len[t] - 1)->end);
    size_t dl = dem ? strlen(dem) : 0, nl = strlen(act->name);
    char *s = dem ? vg_arena_alloc(&w->doc->arena, dl + nl + 2) : NULL;
    if (!s)
        return act->name;
    memcpy(s, dem, dl);
    s[dl] = ' ';
    memcpy(s + dl + 1, act->name, nl + 1);
    return s;
}

static int add_entity(vg_ent_work *w, vg_ent_cand *c, const char *name, const char *cc,
                      uint32_t *out)
{
    vg_extract *ex = w->ex;
    if (ex->nents == ex->capents) {
        size_t cap = ex->capents ? ex->capents * 2 : 32;
        vg_entity *e = vg_arena_grow(&w->doc->arena, ex->ents, ex->nents, cap, sizeof *e);
        if (!e)
            return vg_ent_fail(w);
        ex->ents = e;
        ex->capents = cap;
    }
    vg_entity *e = &ex->ents[ex->nents];
    memset(e, 0, sizeof *e);
    e->type = c->etype;
    e->name = name;
    if (cc && cc[0] && cc[1]) {
        e->cc[0] = cc[0];
        e->cc[1] = cc[1];
    }
    e->actor = c->kind == VG_EC_ACTOR ? c->actor : -1;
    e->place = c->kind == VG_EC_PLACE || c->kind == VG_EC_FACILITY ? c->place : -1;
    e->organ = c->organ;
    e->first_tok = c->tok;
    *out = (uint32_t)ex->nents++;
    return VIGIL_OK;
}

static int add_mention(vg_ent_work *w, const vg_ent_cand *c, uint32_t ent)
{
    vg_extract *ex = w->ex;
    if (ex->nmentions == ex->capmentions) {
        size_t cap = ex->capmentions ? ex->capmentions * 2 : 64;
        vg_mention *m = vg_arena_grow(&w->doc->arena, ex->mentions, ex->nmentions, cap, sizeof *m);
        if (!m)
            return vg_ent_fail(w);
        ex->mentions = m;
        ex->capmentions = cap;
    }
    vg_mention *m = &ex->mentions[ex->nmentions++];
    m->start = c->start;
    m->end = c->stop;
    m->tok_start = c->tok;
    m->tok_end = c->end;
    m->entity = ent;
    m->sent = c->sent;
    ex->ents[ent].nmentions++;
    return VIGIL_OK;
}

/* Places: regions and weak country evidence from the kept places, then
 * each resolved (geo.c). */
void vg_ent_drop(vg_ent_work *w, vg_ent_cand *c)
{
    c->keep = 0;
    for (uint32_t t = c->tok; t < c->end; t++)
        if (w->sel[t] != VG_NOSEL && &w->c[w->sel[t]] == c)
            w->sel[t] = VG_NOSEL;
}

/* Whether candidate c has a gazetteer record in country (a place index). */
static int has_record_in(const vg_ent_work *w, const vg_ent_cand *c, int32_t country)
{
    for (uint32_t j = 0; j < c->nrecs && country >= 0; j++) {
        const vg_place *p = vg_lex_place(w->lx, c->recs[j]);
        if (p && p->country == country)
            return 1;
    }
    return 0;
}

static vg_wordlist part_nouns = VG_WORDLIST("area", "neighbourhood", "neighborhood", "district", "suburb",
                                            "township", "quarter", "outskirts");

/* "the Saudi Hospital in El Fasher": a facility lies in the country of
 * the place named right after it, not in the one a word of its name
 * calls up (it keeps no place of its own then; where it lies is the
 * place after it). */
static void facility_in_next(vg_ent_work *w, vg_ent_cand *c)
{
    if (!c->keep || c->kind != VG_EC_FACILITY || c->place < 0 || c->end + 1 >= w->doc->ntoks)
        return;
    const vg_token *t = vg_ent_tok(w, c->end);
    if (!vg_tok_is(t, "in") && !vg_tok_is(t, ","))
        return;
    size_t nt = c->end + 1;
    if (w->sel[nt] == VG_NOSEL)
        return;
    const vg_ent_cand *n = &w->c[w->sel[nt]];
    const vg_place *np = n->keep && n->kind == VG_EC_PLACE && n->tok == nt && n->place >= 0 &&
                                 w->tsent[n->tok] == w->tsent[c->tok]
                             ? vg_lex_place(w->lx, (uint32_t)n->place)
                             : NULL;
    const vg_place *cp = vg_lex_place(w->lx, (uint32_t)c->place);
    if (!np || !cp || !memcmp(cp->cc, np->cc, 2))
        return;
    c->place = -1;
    memcpy(c->cc, np->cc, 3);
}

/* "the vereda La Esmeralda, Arauca", "Saravena, Colombia", "Kara in
 * central Mali", "the village of Kara, near Niono": a town named with its
 * region or country after a comma or "in", or a village named near a town,
 * lies there; a record of the name there is taken, and with none the town
 * is no place of the gazetteer (Esmeralda, Cuba is not the Colombian
 * vereda; Kara, Togo not the Malian village). */
static void place_in_next(vg_ent_work *w, vg_ent_cand *c)
{
    if (!c->keep || c->kind != VG_EC_PLACE || c->place < 0 || c->end + 1 >= w->doc->ntoks)
        return;
    /* "the Eastleigh area of Nairobi", "the San José neighbourhood of
     * Uruapan": a part of the place after "of" */
    int part = c->end + 2 < w->doc->ntoks && vg_tok_in(vg_ent_tok(w, c->end), &part_nouns) &&
               vg_tok_is(vg_ent_tok(w, c->end + 1), "of");
    size_t nt = c->end + 1 + (size_t)part;
    int comma = !part && vg_tok_is(vg_ent_tok(w, c->end), ",");
    /* "Kara in Mali", "Kara, in central Mali", "Kara in Mali's Ségou
     * region": a town in a country or region ("in" then a compass word) */
    size_t in = c->end + (size_t)comma;
    /* (not where people came from: "Refugees from Tal Abyad in Turkey") */
    int from = c->tok > 0 && vg_tok_is(vg_ent_tok(w, c->tok - 1), "from");
    int within = !part && !from && in + 1 < w->doc->ntoks && vg_tok_is(vg_ent_tok(w, in), "in");
    /* "the village of Kara, near Niono": a village by a town lies in the
     * town's country */
    int near = !part && !within && in + 1 < w->doc->ntoks && vg_tok_is(vg_ent_tok(w, in), "near");
    if (within || near) {
        nt = in + 1;
        if (within && nt + 1 < w->doc->ntoks && vg_tok_in(vg_ent_tok(w, nt), &vg_ent_compass_words))
            nt++;
        comma = 0;
    }
    if ((!part && !comma && !within && !near) || w->sel[nt] == VG_NOSEL)
        return;
    const vg_ent_cand *n = &w->c[w->sel[nt]];
    const vg_place *cp = vg_lex_place(w->lx, (uint32_t)c->place);
    if (!n->keep || n->kind != VG_EC_PLACE || n->tok != nt || !cp || cp->kind != VG_PLACE_CITY ||
        w->tsent[n->tok] != w->tsent[c->tok])
        return;
    const vg_place *np = n->place >= 0 ? vg_lex_place(w->lx, (uint32_t)n->place) : NULL;
    /* the next name is a country or region, and no country or region of
     * another country ("Mali", not "Georgia") */
    int sure = np && np->kind != VG_PLACE_CITY;
    for (uint32_t j = 0; j < n->nrecs && sure; j++) {
        const vg_place *p = vg_lex_place(w->lx, n->recs[j]);
        sure = p && (p->kind == VG_PLACE_CITY || !memcmp(p->cc, np->cc, 2));
    }
    if (within && !sure)
        return;
    /* "the village of Kara": a settlement named so is no city of note */
    int village = c->tok >= 2 && vg_tok_is(vg_ent_tok(w, c->tok - 1), "of") &&
                  (vg_tok_is(vg_ent_tok(w, c->tok - 2), "village") || vg_tok_is(vg_ent_tok(w, c->tok - 2), "town"));
    if (near) {
        /* a village near a town of one country ("Chaman, near Kandahar"
         * keeps its record: border towns lie near foreign ones) */
        if (!village || !np || np->kind != VG_PLACE_CITY || np->country < 0 ||
            !vg_geo_one_country(w->lx, n->recs, n->nrecs))
            return;
        sure = 1;
    }
    /* after a comma only a country is sure: a region may be the next of a
     * list ("in junin, ayacucho, pasco") or the wrong one ("agua caliente,
     * soyapango, san miguel department") */
    sure = sure && (within || near || np->kind == VG_PLACE_COUNTRY);
    /* the apposition ends there ("in Sharjah, Afghanistan's captain" is
     * a new clause) */
    const vg_sent *se = &w->doc->sents[w->tsent[c->tok]];
    if (comma && n->end < se->tok_end && (vg_ent_tok(w, n->end)->kind != VG_TOK_PUNCT ||
                                          vg_tok_is(vg_ent_tok(w, n->end), "'s")))
        return;
    /* nor is a list: "raids in İstanbul, Şanlıurfa, Gaziantep", "in
     * Kano, Niger, and Chad", "in Mali and Niger" */
    size_t l = n->end;
    if (l < se->tok_end && vg_tok_is(vg_ent_tok(w, l), ","))
        l++;
    if (l < se->tok_end && (vg_tok_is(vg_ent_tok(w, l), "and") || vg_tok_is(vg_ent_tok(w, l), "or")))
        l++;
    if (!part && l > n->end && l < se->tok_end && w->sel[l] != VG_NOSEL && w->c[w->sel[l]].kind == VG_EC_PLACE)
        return;
    /* the region or country among the next name's records ("Arauca" is a
     * town and its department) */
    /* ... in the country the next name was resolved to ("Orlando,
     * Florida" is Florida, US, not a department of Uruguay) */
    int32_t area = -1;
    for (uint32_t j = 0; j < n->nrecs && area < 0; j++) {
        const vg_place *p = vg_lex_place(w->lx, n->recs[j]);
        if (p && p->kind != VG_PLACE_CITY && (!np || !memcmp(p->cc, np->cc, 2)))
            area = (int32_t)n->recs[j];
    }
    if (near)
        area = np->country;
    else if (area < 0 && sure) /* a country (no records of its own) */
        area = n->place;
    /* "a primary school in Motherwell, Gqeberha", "Eastleigh, Nairobi": a
     * township of a much larger city in another country than any record
     * of its name; "the Eastleigh area of Nairobi": a part of it, when
     * smaller than the whole, with a record of its name there, or no city
     * of half a million ("the Nairobi suburb of Eastleigh" makes Eastleigh
     * a part of Nairobi, not Nairobi one of Eastleigh) */
    part = part && np &&
           (np->population > cp->population || has_record_in(w, c, np->country) || cp->population < 500000);
    if (area < 0 && np && np->kind == VG_PLACE_CITY && np->country >= 0 && np->country != cp->country &&
        (part || (cp->population < 100000 && np->population >= 10 * cp->population))) /* not "Ankara, Nairobi" */
        area = np->country;
    /* a city of note keeps its record when the next name could be
     * elsewhere ("Atlanta, Georgia" is no town of the Caucasus; "Kara,
     * Mali" is no city of Togo), and "in" a country or region unless named
     * a village ("Aleppo in Turkey"; "the village of Kara in central
     * Mali") */
    if (area < 0 || cp->region == area || cp->country == area ||
        (cp->population >= 100000 && !part && !(sure && (village || !within))))
        return;
    /* a province below the first level holds no city of the gazetteer,
     * so one of its country may lie in it ("Jolo, Sulu") */
    const vg_place *ap = vg_lex_place(w->lx, (uint32_t)area);
    if (ap && ap->kind == VG_PLACE_REGION && !ap->admin1[0] && ap->country == cp->country)
        return;
    for (uint32_t j = 0; j < c->nrecs; j++) {
        const vg_place *p = vg_lex_place(w->lx, c->recs[j]);
        if (p && (p->region == area || p->country == area)) {
            c->place = (int32_t)c->recs[j];
            return;
        }
    }
    /* no record there: a place of that country no gazetteer holds */
    const char *name = vg_ent_text(w, c->start, c->stop);
    if (!ap || !name) {
        vg_ent_drop(w, c);
        return;
    }
    const uint32_t *recs = c->recs;
    uint32_t nrecs = c->nrecs;
    int32_t was = c->place;
    uint64_t key = (7ULL << 60) | (vg_ent_hash(w, c->tok, c->end, VG_HASH_SEED) & ((1ULL << 60) - 1));
    /* ... and so are its other mentions, when it was said to lie there
     * ("Maoists attacked a camp in Bijapur. ... in Bijapur district of
     * Chhattisgarh"; not after a comma, which may be a list) */
    for (size_t k = 0; k < w->nc; k++) {
        vg_ent_cand *d = &w->c[k];
        if (d != c && (!(part || within) || !d->keep || d->kind != VG_EC_PLACE || d->place != was ||
                       d->nrecs != nrecs || memcmp(d->recs, recs, nrecs * sizeof *recs)))
            continue;
        d->kind = VG_EC_TOWN;
        d->pat = -1;
        d->place = -1;
        d->recs = NULL;
        d->nrecs = 0;
        d->canon = NULL;
        d->name = name;
        memcpy(d->cc, ap->cc, 3);
        d->key = key;
    }
}

vg_wordlist vg_ent_compass_points = VG_WORDLIST("north", "south", "east", "west", "northeast", "northwest",
                                                "southeast", "southwest", "north-east", "north-west",
                                                "south-east", "south-west");
vg_wordlist vg_ent_compass_words = VG_WORDLIST("eastern", "western", "northern", "southern", "central",
                                               "northeastern", "northwestern", "southeastern", "southwestern",
                                               "north-eastern", "north-western", "south-eastern", "south-western");

/* "the eastern province of Arauca": a compass word's region of a place in
 * another country describes that place (it is not Saudi Arabia's Eastern
 * Province); the name is dropped. "the Eastern Province of Saudi Arabia"
 * stays. */
static void region_of_next(vg_ent_work *w, vg_ent_cand *c)
{
    if (!c->keep || c->kind != VG_EC_PLACE || c->end + 1 >= w->doc->ntoks ||
        !vg_tok_in(vg_ent_tok(w, c->tok), &vg_ent_compass_words) || !vg_tok_is(vg_ent_tok(w, c->end), "of") ||
        w->sel[c->end + 1] == VG_NOSEL)
        return;
    const vg_ent_cand *n = &w->c[w->sel[c->end + 1]];
    const vg_place *cp = c->place >= 0 ? vg_lex_place(w->lx, (uint32_t)c->place) : NULL;
    const vg_place *np = n->place >= 0 ? vg_lex_place(w->lx, (uint32_t)n->place) : NULL;
    if (n->keep && n->kind == VG_EC_PLACE && n->tok == c->end + 1 && cp && np && memcmp(cp->cc, np->cc, 2) != 0)
        vg_ent_drop(w, c);
}

static vg_wordlist list_joins = VG_WORDLIST(",", "and", "or", "&");

/* A small town's variant spelling in a country the story never names,
 * while it names another: "Boni" (a Malian village) in a story about
 * Mali is not Watampone, Indonesia, whose GeoNames variant it is. The
 * name is dropped: better no place than a wrong one. */
static int foreign_variant(const vg_ent_work *w, const vg_ent_cand *c, size_t j, const vg_place *p)
{
    if (!(c->canon && !c->canon[j] && p->kind == VG_PLACE_CITY && p->population < 200000 &&
          vg_geo_country_weight(&w->geo, p->cc) <= VG_GEO_W_WEAK)) /* at most its own mention's */
        return 0;
    if (w->main_cc[0] && memcmp(p->cc, w->main_cc, 2) != 0 &&
        vg_geo_country_weight(&w->geo, w->main_cc) >= VG_GEO_W_COUNTRY)
        return 1;
    /* no other place of the variant's country in the story (loop 1), and
     * a region of another country, by its own name, right after it
     * (loop 2) */
    for (size_t k = 0; k < w->nc; k++) {
        const vg_ent_cand *o = &w->c[k];
        const vg_place *q = o != c && o->start != c->start && o->keep && o->kind == VG_EC_PLACE && o->nrecs &&
                                    vg_geo_one_country(w->lx, o->recs, o->nrecs)
                                ? vg_lex_place(w->lx, o->recs[0])
                                : NULL;
        if (q && !memcmp(q->cc, p->cc, 2))
            return 0;
    }
    for (size_t k = 0; k < w->nc; k++) {
        const vg_ent_cand *o = &w->c[k];
        /* a region named right after it, as its own ("Khar, the main
         * town of Bajaur district"; not "El-Arish and Muğla", not "a raid
         * across the border in Khost" further on) */
        if (o == c || !o->keep || o->kind != VG_EC_PLACE || o->sent != c->sent || !o->nrecs ||
            !vg_geo_one_country(w->lx, o->recs, o->nrecs) || o->tok < c->end || o->tok - c->end > 8)
            continue;
        int listed = o->tok - c->end <= 2;
        for (size_t t = c->end; t < o->tok && listed; t++)
            listed = vg_tok_in(vg_ent_tok(w, t), &list_joins);
        if (listed)
            continue;
        int named = !o->canon;
        for (uint32_t i = 0; i < o->nrecs && !named; i++)
            named = o->canon[i];
        const vg_place *q = vg_lex_place(w->lx, o->recs[0]);
        if (named && q && q->kind == VG_PLACE_REGION && q->cc[0] && memcmp(q->cc, p->cc, 2) != 0)
            return 1;
    }
    return 0;
}

static int resolve_places(vg_ent_work *w)
{
    /* "(Reporting by Jibran Ahmad in Peshawar; ...)": where the reporter
     * sat, not a place of the story */
    for (size_t k = 0; k < w->nc; k++) {
        vg_ent_cand *c = &w->c[k];
        if (c->keep && c->kind == VG_EC_PLACE && vg_extract_credit_line(w->doc, &w->doc->sents[c->sent]))
            vg_ent_drop(w, c);
    }
    for (size_t k = 0; k < w->nc; k++) {
        vg_ent_cand *c = &w->c[k];
        if (!c->keep || !c->recs)
            continue;
        int regions = 1;
        for (uint32_t j = 0; j < c->nrecs; j++) {
            const vg_place *p = vg_lex_place(w->lx, c->recs[j]);
            if (p && p->kind != VG_PLACE_REGION)
                regions = 0;
        }
        for (uint32_t j = 0; j < c->nrecs && (regions || c->want == VG_GEO_REGION); j++) {
            const vg_place *p = vg_lex_place(w->lx, c->recs[j]);
            if (p && p->kind == VG_PLACE_REGION &&
                vg_geo_add_region(&w->geo, &w->doc->arena, w->lx, c->recs[j], c->sent) != VIGIL_OK)
                return vg_ent_fail(w);
        }
        const vg_place *p0 = vg_lex_place(w->lx, c->recs[0]);
        if (p0 && p0->kind != VG_PLACE_COUNTRY && vg_geo_one_country(w->lx, c->recs, c->nrecs))
            vg_geo_add_country(&w->geo, p0->cc, VG_GEO_W_WEAK);
    }
    /* the first place of the story (the dateline, the lead) weighs like a
     * country named: "BEIRUT - ... Syria ... Syria" is a Lebanese story */
    const vg_ent_cand *first = NULL;
    for (size_t k = 0; k < w->nc; k++) {
        const vg_ent_cand *c = &w->c[k];
        if (c->keep && c->kind == VG_EC_PLACE && c->nrecs && (!first || c->start < first->start))
            first = c;
    }
    int first_named = 0; /* not a small town's variant spelling only ("Khar"
                            of Bajaur is Haar, Bavaria, in GeoNames' Russian) */
    for (uint32_t j = 0; first && j < first->nrecs && !first_named; j++) {
        const vg_place *p = vg_lex_place(w->lx, first->recs[j]);
        first_named = !first->canon || first->canon[j] || (p && p->population >= 200000);
    }
    if (first && first_named && vg_geo_one_country(w->lx, first->recs, first->nrecs))
        vg_geo_add_country(&w->geo, vg_lex_place(w->lx, first->recs[0])->cc, VG_GEO_W_COUNTRY);
    vg_geo_finish(&w->geo);
    vg_geo_main_country(&w->geo, w->main_cc);
    for (size_t k = 0; k < w->nc; k++) {
        vg_ent_cand *c = &w->c[k];
        if (!c->keep || !c->recs || !c->nrecs)
            continue;
        size_t j = vg_geo_choose(w->lx, &w->geo, c->recs, c->canon, c->nrecs, c->sent,
                                 (vg_geo_want)c->want);
        c->place = (int32_t)c->recs[j];
        const vg_place *chosen = vg_lex_place(w->lx, c->recs[j]);
        if (c->kind == VG_EC_PLACE && chosen && foreign_variant(w, c, j, chosen)) {
            vg_ent_drop(w, c);
            continue;
        }
        if (c->kind == VG_EC_FACILITY || c->kind == VG_EC_ORG || c->kind == VG_EC_PERSON) {
            const vg_place *p = vg_lex_place(w->lx, c->recs[j]);
            if (p && !c->cc[0])
                memcpy(c->cc, p->cc, 3);
        }
    }
    /* a name of places in several countries weighed nothing above; in a
     * story with no other evidence of its country, once resolved
     * ("Borno": the Nigerian state, not Borna in Germany), its country is
     * the story's, for the actors settled next ("the army") */
    for (size_t k = 0; k < w->nc && !w->main_cc[0]; k++) {
        const vg_ent_cand *c = &w->c[k];
        const vg_place *p = c->keep && c->kind == VG_EC_PLACE && c->recs && c->place >= 0
                                ? vg_lex_place(w->lx, (uint32_t)c->place)
                                : NULL;
        if (p && p->cc[0] && p->kind != VG_PLACE_COUNTRY) {
            vg_geo_add_country(&w->geo, p->cc, VG_GEO_W_WEAK);
            vg_geo_main_country(&w->geo, w->main_cc);
        }
    }
    for (size_t k = 0; k < w->nc; k++) {
        place_in_next(w, &w->c[k]);
        region_of_next(w, &w->c[k]);
        facility_in_next(w, &w->c[k]);
    }
    return VIGIL_OK;
}

static vg_wordlist admin_units = VG_WORDLIST("district", "county", "municipality", "province", "department",
                                            "governorate", "prefecture", "commune", "region", "state");

/* Whether cc is set and every place the story names with a record lies
 * in it. */
static int one_country(const vg_ent_work *w, const char *cc)
{
    if (!cc[0])
        return 0;
    for (size_t k = 0; k < w->nc; k++) {
        const vg_ent_cand *d = &w->c[k];
        const vg_place *p = d->keep && d->kind == VG_EC_PLACE && d->place >= 0 ? vg_lex_place(w->lx, (uint32_t)d->place)
                                                                                : NULL;
        if (p && memcmp(p->cc, cc, 2) != 0)
            return 0;
        /* (nor an armed group of another: "ISWAP fighters based near
         * Diffa in Niger ... in Mobbar district") */
        const vg_actor *act = d->keep && d->kind == VG_EC_ACTOR ? vg_lex_actor(w->lx, (uint32_t)d->actor) : NULL;
        if (act && act->cc[0] && memcmp(act->cc, cc, 2) != 0)
            return 0;
    }
    return 1;
}

/* The merge key, display name and country of candidate c. */
static int identify(vg_ent_work *w, vg_ent_cand *c, uint64_t *key, const char **name, char cc[3])
{
    cc[0] = '\0';
    if (c->ctxcc)
        vg_ent_settle_organ(w, c);
    switch (c->kind) {
    case VG_EC_ACTOR: {
        const vg_actor *act = vg_lex_actor(w->lx, (uint32_t)c->actor);
        if (!act)
            return 0;
        *name = act->name;
        memcpy(cc, act->cc, 3);
        *key = (1ULL << 60) | (uint32_t)c->actor;
        if (c->ctxcc) {
            memcpy(cc, c->cc, 3);
            *name = generic_name(w, act, cc);
            if (act->type == VG_ENT_ARMED_GROUP) {
                /* "terrorist groups", "a Ugandan rebel group": a
                 * descriptor, called by its own words (with a demonym
                 * right before them, whose country it takes), not by the
                 * row's name ("guerrilla groups") */
                size_t d = c->tok;
                const char *dcc = vg_ent_demonym_before(w, c->tok > 3 ? c->tok - 3 : 0, c->tok, &d);
                const char *own = vg_ent_text(w, vg_ent_tok(w, d)->start, c->stop);
                if (own)
                    *name = own;
                if (dcc) {
                    memcpy(cc, dcc, 2);
                    cc[2] = '\0';
                }
                /* "terrorist groups" and "rebel groups" are two: the
                 * descriptor's first word (past an article) joins the key */
                size_t f = c->tok;
                while (f + 1 < c->end && (vg_tok_is(vg_ent_tok(w, f), "the") || vg_tok_is(vg_ent_tok(w, f), "a") ||
                                          vg_tok_is(vg_ent_tok(w, f), "an")))
                    f++;
                const vg_token *h = vg_ent_tok(w, f);
                *key |= (uint64_t)(vg_wordhash_hash(h->norm, h->normlen) & 0xFFFF) << 41;
            }
            int k = vg_geo_cc_index(cc);
            *key |= (uint64_t)(k + 1) << 32;
        } else if (act->type == VG_ENT_GOVERNMENT && !(act->flags & VG_ACT_GENERIC)) {
            vg_ent_organ_seen(w, act->kind, act->cc);
        }
        return 1;
    }
    case VG_EC_PLACE: {
        const vg_place *p = c->place >= 0 ? vg_lex_place(w->lx, (uint32_t)c->place) : NULL;
        if (!p)
            return 0;
        *name = p->name;
        memcpy(cc, p->cc, 3);
        *key = (2ULL << 60) | (uint32_t)c->place;
        return 1;
    }
    case VG_EC_PATTERN:
        memcpy(cc, c->cc, 3);
        *name = c->name;
        *key = (3ULL << 60) | ((uint64_t)(vg_geo_cc_index(cc) + 1) << 32) | c->hash;
        return *name != NULL;
    case VG_EC_TOWN:
        /* a town no gazetteer holds: the country of the place it was
         * named in ("Lanet, Kenya"), else none (a town near a border in a
         * Kenyan story may lie in Somalia) */
        memcpy(cc, c->cc, 3);
        if (!cc[0] && c->pat >= 0 && (size_t)c->pat < w->doc->ntoks && w->sel[c->pat] != VG_NOSEL) {
            const vg_ent_cand *a = &w->c[w->sel[c->pat]];
            const vg_place *ap = a->kind == VG_EC_PLACE && a->place >= 0 ? vg_lex_place(w->lx, (uint32_t)a->place) : NULL;
            if (ap)
                memcpy(cc, ap->cc, 3);
        }
        /* ... or a district of the one country the story's places lie in
         * ("in Ancuabe district" where every place is Mozambican) */
        if (!cc[0] && c->end < w->doc->ntoks && vg_tok_in(vg_ent_tok(w, c->end), &admin_units) &&
            one_country(w, w->main_cc))
            memcpy(cc, w->main_cc, 3);
        *name = c->name;
        *key = c->key;
        return *name != NULL;
    case VG_EC_FACILITY:
        memcpy(cc, c->cc, 3);
        if (!cc[0])
            (void)vg_ent_context_cc(w, c, cc); /* "Atatürk Airport" in a Turkish story */
        *name = c->name;
        if (c->place >= 0)
            *key = (6ULL << 60) | ((uint64_t)(uint32_t)c->place << 24) | (c->hash & 0xffffffu);
        else
            *key = c->key;
        return *name != NULL;
    default:
        memcpy(cc, c->cc, 3);
        if (!cc[0] && c->kind == VG_EC_ORG && c->etype == VG_ENT_GOVERNMENT)
            vg_ent_organ_cc(w, c, c->organ, cc); /* "Greater Manchester Police" near Oldham */
        *name = c->name;
        *key = c->key;
        return *name != NULL && *key != 0;
    }
}

static const char *const known_words[] = {"also", "locally", "widely", "commonly", "better", "popularly", NULL};
static const char *const branch_words[] = {"branch", "affiliate", "faction", "wing", "offshoot", "cell",
                                           "province", "splinter", "arm", "chapter", NULL};

/* "Islamic State - Mozambique Province (ISMP), locally known as
 * al-Shabaab": an armed group called by another group's name right after
 * it; that group's entity, or -1. */
static int32_t named_as(const vg_ent_work *w, const vg_ent_cand *c)
{
    const vg_extract *ex = w->ex;
    const vg_doc *doc = w->doc;
    if (c->kind != VG_EC_ACTOR || c->etype != VG_ENT_ARMED_GROUP || !ex->nmentions || c->tok < 4 ||
        !vg_tok_is(&doc->toks[c->tok - 1], "as"))
        return -1;
    /* "known as", "also known as", "known locally as" */
    size_t k = c->tok - 2;
    if (vg_ent_tok_in(&doc->toks[k], known_words))
        k--;
    if (!vg_tok_is(&doc->toks[k], "known"))
        return -1;
    if (k > 0 && vg_ent_tok_in(&doc->toks[k - 1], known_words))
        k--;
    const vg_mention *prev = &ex->mentions[ex->nmentions - 1];
    if (ex->ents[prev->entity].type != VG_ENT_ARMED_GROUP || prev->tok_end > k || k - prev->tok_end > 4)
        return -1;
    /* "the local branch of Islamic State, known as Islamic State Khorasan
     * Province": the branch's name */
    size_t of = prev->tok_start;
    if (of > 0 && vg_tok_is(&doc->toks[of - 1], "the"))
        of--;
    if (of > 1 && vg_tok_is(&doc->toks[of - 1], "of") && vg_ent_tok_in(&doc->toks[of - 2], branch_words))
        return -1;
    int paren = 0, comma = 0;
    for (size_t j = prev->tok_end; j < k; j++) {
        paren += vg_tok_punct(&doc->toks[j], '(') - vg_tok_punct(&doc->toks[j], ')');
        comma |= vg_tok_punct(&doc->toks[j], ',');
        if (doc->toks[j].kind == VG_TOK_WORD && paren <= 0)
            return -1; /* "(ISMP)," only: "ISWAP fighters, known as ..." names the fighters */
    }
    /* an aside after the name (not "the drug trafficking organization
     * known as the extraditables", which introduces the name) */
    return comma ? (int32_t)prev->entity : -1;
}

/* Whether a place of the document lies in country cc. */
static int country_placed(const vg_ent_work *w, const char *cc)
{
    for (size_t k = 0; cc[0] && k < w->nc; k++) {
        const vg_ent_cand *p = &w->c[k];
        const vg_place *pl = p->keep && p->kind == VG_EC_PLACE && p->place >= 0
                                 ? vg_lex_place(w->lx, (uint32_t)p->place)
                                 : NULL;
        if (pl && !memcmp(pl->cc, cc, 2))
            return 1;
    }
    return 0;
}

static int build(vg_ent_work *w)
{
    vg_extract *ex = w->ex;
    size_t nk = 0;
    for (size_t k = 0; k < w->nc; k++)
        nk += w->c[k].keep;
    if (!nk)
        return VIGIL_OK;
    ord *o = vg_arena_alloc(&w->doc->arena, (nk + nk / 2 + 1) * sizeof *o);
    ord *tmp = o + nk;
    size_t cap = 16;
    while (cap < 2 * nk)
        cap *= 2;
    etab tab = {vg_arena_calloc(&w->doc->arena, cap, sizeof(uint64_t)),
                vg_arena_alloc(&w->doc->arena, cap * sizeof(uint32_t)), cap - 1};
    if (!o || !tab.keys || !tab.vals)
        return vg_ent_fail(w);
    size_t n = 0;
    for (size_t k = 0; k < w->nc; k++)
        if (w->c[k].keep)
            o[n++] = (ord){w->c[k].start, w->c[k].stop, (uint32_t)k};
    sort_ords(o, n, tmp);
    uint32_t last = 0;
    int any = 0;
    for (size_t i = 0; i < n; i++) {
        vg_ent_cand *c = &w->c[o[i].idx];
        if (any && c->start < last)
            continue; /* never two mentions over the same bytes */
        if (ex->nmentions >= VG_MAX_MENTIONS) {
            vg_doc_diag(w->doc, 0, VIGIL_ELIMIT, (long long)c->start,
                        "more than %d entity mentions: the rest are dropped", VG_MAX_MENTIONS);
            break;
        }
        uint64_t key = 0;
        const char *name = NULL;
        char cc[3];
        if (!identify(w, c, &key, &name, cc) || !key)
            continue;
        int found;
        uint32_t *slot = etab_slot(&tab, key, &found);
        uint32_t ent = 0;
        int32_t named = found ? -1 : named_as(w, c);
        if (found && *slot != UINT32_MAX) {
            ent = *slot;
        } else if (named >= 0) {
            /* the document's name for it from here on, unless the other
             * group's country is among its places ("Separately, al-Shabaab
             * fighters detonated a car bomb in Mogadishu, Somalia": its
             * entity is made at its next mention) */
            ent = (uint32_t)named;
            *slot = country_placed(w, cc) ? UINT32_MAX : ent;
        } else {
            int rc = add_entity(w, c, name, cc, &ent);
            if (rc != VIGIL_OK)
                return rc;
            *slot = ent;
        }
        int rc = add_mention(w, c, ent);
        if (rc != VIGIL_OK)
            return rc;
        last = c->stop;
        any = 1;
    }
    /* each entity's mentions, in text order */
    for (size_t e = 0; e < ex->nents; e++) {
        vg_entity *en = &ex->ents[e];
        en->mentions = vg_arena_alloc(&w->doc->arena, en->nmentions * sizeof *en->mentions);
        if (!en->mentions)
            return vg_ent_fail(w);
        en->capmentions = en->nmentions;
        en->nmentions = 0;
    }
    for (size_t m = 0; m < ex->nmentions; m++) {
        vg_entity *en = &ex->ents[ex->mentions[m].entity];
        en->mentions[en->nmentions++] = (uint32_t)m;
    }
    vg_extract_index_mentions(w->doc);
    return VIGIL_OK;
}

int vg_entity_run(const vg_lex *lx, vg_doc *doc)
{
    if (!doc || !doc->ex || !lx)
        return VIGIL_EUSAGE;
    size_t nt = doc->ntoks;
    if (nt == 0 || doc->nsents == 0)
        return VIGIL_OK;
    vg_ent_work W;
    vg_ent_work *w = &W;
    memset(w, 0, sizeof *w);
    w->lx = lx;
    w->doc = doc;
    w->ex = doc->ex;
    vg_geo_init(&w->geo);
    vg_names_prepare();
    size_t na = vg_lex_count(lx, VG_LK_ACTOR);
    w->tw = vg_arena_calloc(&doc->arena, nt, sizeof *w->tw);
    w->wc = vg_arena_calloc(&doc->arena, nt, sizeof *w->wc);
    w->tsent = vg_arena_calloc(&doc->arena, nt, sizeof *w->tsent);
    w->sel = vg_arena_alloc(&doc->arena, nt * sizeof *w->sel);
    w->dem_cc = vg_arena_calloc(&doc->arena, nt, sizeof *w->dem_cc);
    w->dem_len = vg_arena_calloc(&doc->arena, nt, sizeof *w->dem_len);
    w->docalias = vg_arena_calloc(&doc->arena, na ? na : 1, 1);
    w->dem_first = vg_arena_calloc(&doc->arena, VG_GEO_NCC, sizeof *w->dem_first);
    if (!w->tw || !w->wc || !w->tsent || !w->sel || !w->dem_cc || !w->dem_len || !w->docalias || !w->dem_first)
        return vg_ent_fail(w);
    for (size_t i = 0; i < nt; i++)
        w->sel[i] = VG_NOSEL;
    /* "(SSP)": the first acronyms a text may spell out (licence.c) */
    w->parens = vg_arena_alloc(&doc->arena, VG_MAX_PARENS * sizeof *w->parens);
    if (!w->parens)
        return vg_ent_fail(w);
    size_t np = 0; /* (a local: a count in w is reloaded at every token) */
    for (size_t i = 1; i + 1 < nt && np < VG_MAX_PARENS; i++)
        if ((doc->toks[i].flags & VG_TF_ALLCAP) && doc->toks[i].normlen >= 2 &&
            doc->toks[i].normlen <= 8 && vg_tok_is(&doc->toks[i - 1], "(") &&
            vg_tok_is(&doc->toks[i + 1], ")"))
            w->parens[np++] = (uint32_t)i;
    w->nparens = np;
    for (size_t k = 0; k < sizeof w->defcache / sizeof w->defcache[0]; k++)
        w->defcache[k].pat = -1;
    int rc = pass_hits(w);
    if (rc != VIGIL_OK)
        return rc;
    pass_evidence(w);
    if ((rc = vg_ent_place_cands(w)) != VIGIL_OK || (rc = vg_ent_actor_cands(w)) != VIGIL_OK ||
        (rc = vg_ent_pattern_cands(w)) != VIGIL_OK || (rc = vg_ent_noun_cands(w)) != VIGIL_OK)
        return rc;
    select_cands(w);
    join_group_heads(w);
    if ((rc = vg_names_run(w)) != VIGIL_OK || (rc = resolve_places(w)) != VIGIL_OK)
        return rc;
    return build(w);
}
