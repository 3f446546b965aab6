/* geo.h: place disambiguation for the entity stage (entity.c). A name
 * with several gazetteer records ("Lima": Peru's capital, a town in Ohio;
 * "San Salvador": city and department; "Muğla": city and province) is
 * resolved against the document's evidence: the countries it names
 * (countries, regions, demonyms, actors' home countries), the regions it
 * names (in the same sentence or anywhere), then the record's feature
 * (capital, admin seat) and population. */
#ifndef VG_GEO_H
#define VG_GEO_H
#include <stddef.h>
#include <stdint.h>

#include "extract/lexicon.h"
#include "util/arena.h"

#define VG_GEO_NCC (26 * 26) /* ISO 3166-1 alpha-2 codes, "AA".."ZZ" */

/* Weights of country evidence. */
enum { VG_GEO_W_COUNTRY = 3, VG_GEO_W_DEMONYM = 1, VG_GEO_W_WEAK = 1 };

/* A region named in the document. */
typedef struct vg_geo_region {
    char cc[3];
    const char *admin1; /* the region's admin1 code (gazetteer string) */
    uint32_t sent;      /* sentence it is named in */
} vg_geo_region;

/* The document's geographic evidence. Caller-provided storage; the region
 * list grows in the document's arena. */
typedef struct vg_geo_ev {
    uint32_t country[VG_GEO_NCC]; /* weighted mentions per country */
    /* the greatest weight in country[] and its first index, kept as
     * weights are added (they only grow), so the main country is read
     * without a walk over all 676 codes; 0 when no country is named */
    uint32_t best;
    int best_k;
    vg_geo_region *regions;
    size_t nregions, capregions;
} vg_geo_ev;

/* Kind wanted by the words around a mention ("San Salvador department"). */
typedef enum vg_geo_want { VG_GEO_ANY = 0, VG_GEO_CITY, VG_GEO_REGION, VG_GEO_COUNTRY } vg_geo_want;

void vg_geo_init(vg_geo_ev *ev);

/* Index of an ISO2 code in ev->country, or -1 when cc is not two capital
 * letters. */
int vg_geo_cc_index(const char *cc);

/* Adds weight w of evidence for country cc (ignored when cc is invalid). */
void vg_geo_add_country(vg_geo_ev *ev, const char *cc, uint32_t w);

/* Evidence weight for cc (0 when none or invalid). */
uint32_t vg_geo_country_weight(const vg_geo_ev *ev, const char *cc);

/* Records that region rec is named in sentence sent. Returns VIGIL_OK or
 * VIGIL_ENOMEM. */
int vg_geo_add_region(vg_geo_ev *ev, vg_arena *a, const vg_lex *lx, uint32_t rec, uint32_t sent);

/* Sorts the regions for lookup; call after the last vg_geo_add_region and
 * before vg_geo_choose. */
void vg_geo_finish(vg_geo_ev *ev);

/* The country with the most evidence, written to cc (3 bytes); "" when
 * the document names none. */
void vg_geo_main_country(const vg_geo_ev *ev, char cc[3]);

/* Chooses among the gazetteer records recs[0..n) of one mention in
 * sentence sent (canon, when not NULL: 1 where the text is the record's
 * canonical name rather than an alternative one): returns the index into
 * recs of the best candidate (0 when n is 1). Deterministic; ties go to
 * the earlier record. */
size_t vg_geo_choose(const vg_lex *lx, const vg_geo_ev *ev, const uint32_t *recs,
                     const uint8_t *canon, size_t n, uint32_t sent, vg_geo_want want);

/* 1 when every record of recs[0..n) lies in the same country. */
int vg_geo_one_country(const vg_lex *lx, const uint32_t *recs, size_t n);

#endif
