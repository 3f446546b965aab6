/* geo.c: extraction stage, place disambiguation (used by entity.c).
 *
 * Takes the gazetteer records one place name can refer to and the
 * document's evidence, and picks one. Evidence is gathered by the caller:
 * country mentions, demonyms ("Turkish" -> TR), regions and unambiguous
 * cities, actors' home countries, each with a weight (VG_GEO_W_*).
 *
 * Score of a candidate (integers, higher wins, ties to the more populous
 * town, then to the earlier record):
 *   country evidence for its country   1000 + 60 per binary digit of the weight
 *   its admin1 region named            600 in the same sentence, else 400
 *   kind wanted by the words around    700 ("San Salvador department")
 *   a country (over a same-named city) 800 ("Panama", "Colombia")
 *   feature                            PPLC 300, PPLG 250, PPLA 200,
 *                                      ADM1 150, PPLA2 80 (a seat of fewer
 *                                      than 10,000 people a quarter); any city 50
 *   population                         30 per decimal digit
 *   the text is its canonical name     100 ("Sulu" the province, not Jolo)
 * and a capital of a million or more people wins over the best scored town
 * of fewer than 100,000 with a fiftieth of its people (any city of half a
 * million with a twentieth, when the town's country has no evidence),
 * unless the town's country has the evidence of two country mentions or
 * its region is named in the document ("London" after "Hollywood").
 * So Lima is Peru's capital unless the document speaks of Ohio or the
 * United States; "Muğla" alone is the city, "Muğla province" the region.
 *
 * Invariants: no allocation while choosing; regions are looked up by
 * binary search (vg_geo_finish sorts them), so resolving every mention of
 * a long document stays O(m log r). */
#include "extract/geo.h"

#include <stdlib.h>
#include <string.h>

#include "vigil/vigil.h"

void vg_geo_init(vg_geo_ev *ev)
{
    memset(ev, 0, sizeof *ev);
}

int vg_geo_cc_index(const char *cc)
{
    if (!cc || cc[0] < 'A' || cc[0] > 'Z' || cc[1] < 'A' || cc[1] > 'Z')
        return -1;
    return (cc[0] - 'A') * 26 + (cc[1] - 'A');
}

void vg_geo_add_country(vg_geo_ev *ev, const char *cc, uint32_t w)
{
    int k = vg_geo_cc_index(cc);
    if (k >= 0 && ev->country[k] < UINT32_MAX - w) {
        ev->country[k] += w;
        /* ties go to the first code, as a walk from "AA" would find */
        if (ev->country[k] > ev->best || (ev->country[k] == ev->best && k < ev->best_k)) {
            ev->best = ev->country[k];
            ev->best_k = k;
        }
    }
}

uint32_t vg_geo_country_weight(const vg_geo_ev *ev, const char *cc)
{
    int k = vg_geo_cc_index(cc);
    return k >= 0 ? ev->country[k] : 0;
}

int vg_geo_add_region(vg_geo_ev *ev, vg_arena *a, const vg_lex *lx, uint32_t rec, uint32_t sent)
{
    const vg_place *p = vg_lex_place(lx, rec);
    if (!p || !p->admin1 || !p->admin1[0])
        return VIGIL_OK;
    if (ev->nregions == ev->capregions) {
        size_t cap = ev->capregions ? ev->capregions * 2 : 16;
        vg_geo_region *r = vg_arena_grow(a, ev->regions, ev->nregions, cap, sizeof *r);
        if (!r)
            return VIGIL_ENOMEM;
        ev->regions = r;
        ev->capregions = cap;
    }
    vg_geo_region *r = &ev->regions[ev->nregions++];
    memcpy(r->cc, p->cc, 3);
    r->admin1 = p->admin1;
    r->sent = sent;
    return VIGIL_OK;
}

static int region_key_cmp(const char *cc, const char *admin1, const vg_geo_region *r)
{
    int c = memcmp(cc, r->cc, 2);
    return c ? c : strcmp(admin1, r->admin1);
}

static int region_cmp(const void *a, const void *b)
{
    const vg_geo_region *x = a, *y = b;
    int c = region_key_cmp(x->cc, x->admin1, y);
    if (c)
        return c;
    return x->sent < y->sent ? -1 : x->sent > y->sent;
}

void vg_geo_finish(vg_geo_ev *ev)
{
    if (ev->nregions > 1)
        qsort(ev->regions, ev->nregions, sizeof *ev->regions, region_cmp);
}

void vg_geo_main_country(const vg_geo_ev *ev, char cc[3])
{
    int bk = ev->best ? ev->best_k : -1;
    if (bk < 0) {
        cc[0] = '\0';
        return;
    }
    cc[0] = (char)('A' + bk / 26);
    cc[1] = (char)('A' + bk % 26);
    cc[2] = '\0';
}

/* 2: the region (cc, admin1) is named in sentence sent; 1: elsewhere in
 * the document; 0: not named. */
static int region_named(const vg_geo_ev *ev, const char *cc, const char *admin1, uint32_t sent)
{
    size_t lo = 0, hi = ev->nregions;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (region_key_cmp(cc, admin1, &ev->regions[mid]) > 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    int found = 0;
    for (size_t i = lo; i < ev->nregions && region_key_cmp(cc, admin1, &ev->regions[i]) == 0; i++) {
        if (ev->regions[i].sent == sent)
            return 2;
        found = 1;
    }
    return found;
}

static long feature_score(const vg_place *p)
{
    static const struct {
        long score;
        int seat; /* an administrative seat below the capital */
    } tab[VG_PF_COUNT] = {[VG_PF_PPLC] = {300, 0}, [VG_PF_PPLG] = {250, 0}, [VG_PF_PPLA] = {200, 1},
                          [VG_PF_ADM1] = {150, 0}, [VG_PF_PPLA2] = {80, 1}};
    if (p->feat >= VG_PF_COUNT)
        return 0;
    /* the seat of a parish of 500 people is no city of 300,000: below
     * 10,000 people an administrative seat counts a quarter */
    return tab[p->feat].seat && p->population < 10000 ? tab[p->feat].score / 4 : tab[p->feat].score;
}

static long score(const vg_place *p, const vg_geo_ev *ev, uint32_t sent, vg_geo_want want)
{
    long s = 0;
    uint32_t w = vg_geo_country_weight(ev, p->cc);
    if (w) /* more mentions count, slowly: a country named often is not the place */
        for (s += 1000; w; w >>= 1)
            s += 60;
    if (p->kind == VG_PLACE_CITY && p->admin1 && p->admin1[0]) {
        int r = region_named(ev, p->cc, p->admin1, sent);
        s += r == 2 ? 600 : r == 1 ? 400 : 0;
    }
    if (p->kind == VG_PLACE_COUNTRY)
        s += 800;
    /* a sea or a region across borders before the province of its name,
     * unless that province's country is named ("the Red Sea", not Egypt's
     * governorate, in a story of Yemen), but for a unit asked for ("the
     * Red Sea governorate", "Red Sea State") */
    if (!p->cc[0] && want != VG_GEO_REGION)
        s += 1200;
    if ((want == VG_GEO_CITY && p->kind == VG_PLACE_CITY) ||
        (want == VG_GEO_REGION && p->kind == VG_PLACE_REGION) ||
        (want == VG_GEO_COUNTRY && p->kind == VG_PLACE_COUNTRY))
        s += 700;
    s += feature_score(p);
    if (p->kind == VG_PLACE_CITY)
        s += 50;
    for (uint32_t pop = p->population; pop; pop /= 10)
        s += 30;
    return s;
}

size_t vg_geo_choose(const vg_lex *lx, const vg_geo_ev *ev, const uint32_t *recs,
                     const uint8_t *canon, size_t n, uint32_t sent, vg_geo_want want)
{
    size_t best = 0;
    long bs = -1;
    uint32_t bpop = 0;
    for (size_t i = 0; i < n; i++) {
        const vg_place *p = vg_lex_place(lx, recs[i]);
        if (!p)
            continue;
        long s = score(p, ev, sent, want) + (canon && canon[i] ? 100 : 0);
        /* a tie of towns goes to the more populous ("Uman", 87,658 in
         * Ukraine, over Umán, 28,472 in Mexico: the same number of digits;
         * a region's population is a lower bound, the sum of its towns in
         * the gazetteer's dump) */
        if (s > bs || (s == bs && p->kind == VG_PLACE_CITY && p->population > bpop)) {
            bs = s;
            best = i;
            bpop = p->population;
        }
    }
    /* "Over in Hollywood, the film bombed. Meanwhile, in London, ...": a
     * town of a country barely in context (a place or two of it, not the
     * country named twice) does not outweigh a capital of a million or
     * more people, fifty times its own (not San Antonio, Texas, over a
     * Salvadoran canton), unless its region is named in the document
     * ("Paris, Texas", "Police in Idaho ... in Moscow"; "berlin" in a
     * Salvadoran story stays Berlín) */
    const vg_place *b = n ? vg_lex_place(lx, recs[best]) : NULL;
    if (!b || b->kind != VG_PLACE_CITY || b->population >= 100000 ||
        vg_geo_country_weight(ev, b->cc) >= 2 * VG_GEO_W_COUNTRY ||
        (b->admin1 && b->admin1[0] && region_named(ev, b->cc, b->admin1, sent)))
        return best;
    /* ... nor, when nothing speaks for the town's country, a city of half
     * a million, twenty times its size ("Frankfurt" alone is Frankfurt am
     * Main, not the capital of Kentucky) */
    uint32_t bp = b->population ? b->population : 1;
    int unsupported = vg_geo_country_weight(ev, b->cc) == 0;
    for (size_t i = 0; i < n; i++) {
        const vg_place *p = vg_lex_place(lx, recs[i]);
        if (p && p->kind == VG_PLACE_CITY && want != VG_GEO_REGION &&
            ((p->population >= 1000000 && p->feat == VG_PF_PPLC && p->population / 50 >= bp) ||
             (unsupported && p->population >= 500000 && p->population / 20 >= bp)))
            return i;
    }
    return best;
}

int vg_geo_one_country(const vg_lex *lx, const uint32_t *recs, size_t n)
{
    const vg_place *first = n ? vg_lex_place(lx, recs[0]) : NULL;
    if (!first)
        return 0;
    for (size_t i = 1; i < n; i++) {
        const vg_place *p = vg_lex_place(lx, recs[i]);
        if (!p || memcmp(p->cc, first->cc, 2) != 0)
            return 0;
    }
    return 1;
}
