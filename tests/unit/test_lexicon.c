/* test_lexicon.c: the lexicon loader and phrase matcher (lexload.c,
 * lexread.c, lexactor.c, lexstop.c, lexmatch.c) on the real data directory: aliases merged into
 * one record, the gazetteer's names and demonyms, vocabularies, pattern
 * heads, gap phrases, actor_stop licences; every indexed phrase found
 * again through the real tokenizer; rows sorted; corrupt data directories
 * (bad row, wrong version, wrong columns, missing file, bad number, bad
 * UTF-8, unknown parent or flag) failing with file:line; and every
 * allocation of a load failing in turn. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "extract/lexicon.h"
#include "extract/lexicon_internal.h"
#include "text/doc.h"
#include "text/fold.h"
#include "text/tok.h"
#include "util/alloc.h"

#define DATA_DIR VIGIL_SOURCE_DIR "/data"

static int setup(void **state)
{
    vg_lex *lx = NULL;
    vigil_error err;
    int rc = vg_lex_load(&lx, DATA_DIR, &err);
    if (rc != VIGIL_OK) {
        print_error("load failed: %s\n", err.message);
        return -1;
    }
    *state = lx;
    return 0;
}

static int teardown(void **state)
{
    vg_lex_free(*state);
    return 0;
}

/* The first hit of kind covering all of text, or NULL (in *h). */
static int find(const vg_lex *lx, const char *text, int kind, vg_lex_hit *h)
{
    vg_lex_hit out[64];
    size_t n = vg_lex_lookup(lx, text, out, 64);
    for (size_t i = 0; i < n && i < 64; i++)
        if (out[i].kind == kind) {
            *h = out[i];
            return 1;
        }
    return 0;
}

/* Every record of kind the text covers, in *recs; returns the count. */
static size_t find_all(const vg_lex *lx, const char *text, int kind, uint32_t *recs, size_t max)
{
    vg_lex_hit out[256];
    size_t n = vg_lex_lookup(lx, text, out, 256), m = 0;
    for (size_t i = 0; i < n && i < 256; i++)
        if (out[i].kind == kind && m < max)
            recs[m++] = out[i].rec;
    return m;
}

static const vg_actor *actor_of(const vg_lex *lx, const char *text, vg_lex_hit *h)
{
    if (!find(lx, text, VG_LK_ACTOR, h))
        return NULL;
    return vg_lex_actor(lx, h->rec);
}

static vg_doc *mkdoc(const char *s)
{
    vg_doc *d = vg_malloc(sizeof *d);
    assert_non_null(d);
    vg_doc_init(d);
    assert_int_equal(vg_doc_set_text(d, s, strlen(s)), VIGIL_OK);
    assert_int_equal(vg_tok_run(d), VIGIL_OK);
    return d;
}

static void freedoc(vg_doc *d)
{
    vg_doc_fini(d);
    vg_free(d);
}

/* Index of the token whose norm is w. */
static size_t tok_at(const vg_doc *d, const char *w)
{
    for (size_t i = 0; i < d->ntoks; i++)
        if (strcmp(d->toks[i].norm, w) == 0)
            return i;
    fail_msg("no token %s", w);
    return 0;
}

static void test_counts(void **state)
{
    const vg_lex *lx = *state;
    assert_true(vg_lex_count(lx, VG_LK_PLACE) > 40000);
    assert_true(vg_lex_count(lx, VG_LK_ACTOR) > 700);
    assert_true(vg_lex_count(lx, VG_LK_DEMONYM) > 250);
    assert_true(vg_lex_count(lx, VG_LK_TRIGGER) == 402);
    assert_true(vg_lex_count(lx, VG_LK_WEAPON) == 297);
    assert_true(vg_lex_count(lx, VG_LK_TARGET) == 848);
    assert_true(vg_lex_count(lx, VG_LK_CUE) == 97);
    assert_true(vg_lex_count(lx, VG_LK_HEDGE) == 148);
    assert_true(vg_lex_count(lx, VG_LK_NEG) == 106);
    assert_true(vg_lex_count(lx, VG_LK_PATTERN) > 300);
    assert_true(vg_lex_count(lx, VG_LK_STOP) > 150);
    assert_null(vg_lex_actor(lx, (uint32_t)vg_lex_count(lx, VG_LK_ACTOR)));
    assert_null(vg_lex_place(lx, UINT32_MAX));
}

/* Rows flagged "engine" carry VG_AF_ENGINE on their hits (the MUC-4
 * features skip them); the others do not. */
static int engine_hit(const vg_lex *lx, const char *text, int kind)
{
    vg_lex_hit out[16];
    size_t n = vg_lex_lookup(lx, text, out, 16);
    for (size_t i = 0; i < n && i < 16; i++)
        if (out[i].kind == kind)
            return (out[i].aflags & VG_AF_ENGINE) ? 1 : 0;
    return -1;
}

static void test_engine_rows(void **state)
{
    const vg_lex *lx = *state;
    assert_int_equal(engine_hit(lx, "military positions", VG_LK_TARGET), 1);
    assert_int_equal(engine_hit(lx, "military base", VG_LK_TARGET), 0);
    assert_int_equal(engine_hit(lx, "broken up", VG_LK_TRIGGER), 1);
    assert_int_equal(engine_hit(lx, "kidnapped", VG_LK_TRIGGER), 0);
    assert_int_equal(engine_hit(lx, "anti-ship missiles", VG_LK_WEAPON), 1);
    assert_int_equal(engine_hit(lx, "rockets", VG_LK_WEAPON), 0);
    /* an armed group's alias flagged @ALIAS:engine */
    assert_int_equal(engine_hit(lx, "Maoists", VG_LK_ACTOR), 1);
    assert_int_equal(engine_hit(lx, "Naxalites", VG_LK_ACTOR), 0);
}

static void test_isis_aliases(void **state)
{
    const vg_lex *lx = *state;
    vg_lex_hit h = {0};
    const vg_actor *a = actor_of(lx, "ISIS", &h);
    assert_non_null(a);
    uint32_t isis = h.rec;
    assert_string_equal(a->name, "ISIS");
    assert_int_equal(a->type, VG_ENT_ARMED_GROUP);
    assert_string_equal(a->kind, "jihadist");
    assert_int_equal(a->parent, -1);
    static const char *const aliases[] = {"Daesh",
                                          "Islamic State",
                                          "ISIL",
                                          "isil",
                                          "DAESH",
                                          "Da'esh",
                                          "Islamic State of Iraq and the Levant"};
    for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++) {
        assert_non_null(actor_of(lx, aliases[i], &h));
        assert_int_equal(h.rec, isis);
    }
    /* alias flags: "@IS:cs+ctx|@Islamic State:nolower" */
    assert_non_null(actor_of(lx, "IS", &h));
    assert_int_equal(h.rec, isis);
    assert_true(h.aflags & VG_AF_CS);
    assert_true(h.aflags & VG_AF_CTX);
    assert_true(h.aflags & VG_AF_ABBR);
    assert_string_equal(h.surface, "IS");
    assert_non_null(actor_of(lx, "Islamic State", &h));
    assert_true(h.aflags & VG_AF_NOLOWER);
    assert_false(h.aflags & VG_AF_ABBR);
    /* a child resolves its parent: Islamic State Khorasan Province -> ISIS */
    a = actor_of(lx, "ISKP", &h);
    assert_non_null(a);
    assert_int_equal(a->parent, (int32_t)isis);
    assert_string_equal(a->cc, "AF");
}

static void test_qualifier_stripped(void **state)
{
    const vg_lex *lx = *state;
    vg_lex_hit h = {0};
    const vg_actor *a = actor_of(lx, "Jundallah", &h);
    assert_non_null(a);
    int found = 0;
    uint32_t recs[16];
    size_t n = find_all(lx, "Jundallah", VG_LK_ACTOR, recs, 16);
    for (size_t i = 0; i < n; i++) {
        a = vg_lex_actor(lx, recs[i]);
        if (strcmp(a->canonical, "Jundallah (Iran)") == 0) {
            assert_string_equal(a->name, "Jundallah");
            found = 1;
        }
    }
    assert_true(found);
    assert_int_equal(find_all(lx, "Jundallah (Iran)", VG_LK_ACTOR, recs, 16), 0);
}

static void test_raqqa(void **state)
{
    const vg_lex *lx = *state;
    uint32_t a[16], b[16];
    size_t na = find_all(lx, "Raqqa", VG_LK_PLACE, a, 16);
    size_t nb = find_all(lx, "Ar Raqqah", VG_LK_PLACE, b, 16);
    assert_true(na >= 1 && nb >= 1);
    const vg_place *p = vg_lex_place(lx, a[0]);
    assert_string_equal(p->cc, "SY");
    assert_int_equal(p->kind, VG_PLACE_CITY);
    assert_string_equal(p->name, "Ar Raqqah");
    assert_int_equal(p->geonameid, 172955);
    int same = 0;
    for (size_t i = 0; i < nb; i++)
        same |= b[i] == a[0];
    assert_true(same);
    assert_true(p->country >= 0);
    assert_string_equal(vg_lex_place(lx, (uint32_t)p->country)->name, "Syria");
    assert_true(p->region >= 0);
    assert_string_equal(vg_lex_place(lx, (uint32_t)p->region)->name, "Ar-Raqqah");
    assert_true(p->lat > 35.9 && p->lat < 36.0);
}

static const vg_place *tr_city(const vg_lex *lx, const char *text)
{
    uint32_t recs[32];
    size_t n = find_all(lx, text, VG_LK_PLACE, recs, 32);
    for (size_t i = 0; i < n; i++) {
        const vg_place *p = vg_lex_place(lx, recs[i]);
        if (p && strcmp(p->cc, "TR") == 0 && p->kind == VG_PLACE_CITY)
            return p;
    }
    return NULL;
}

static void test_istanbul(void **state)
{
    const vg_lex *lx = *state;
    const vg_place *a = tr_city(lx, "İstanbul");
    assert_non_null(a);
    assert_string_equal(a->name, "İstanbul");
    assert_string_equal(a->feature, "PPLA");
    assert_true(a->population > 10000000);
    assert_ptr_equal(tr_city(lx, "Istanbul"), a);
    assert_ptr_equal(tr_city(lx, "ISTANBUL"), a);
    assert_ptr_equal(tr_city(lx, "istanbul"), a);
    /* the hit's surface is the display name, the ASCII alternative dropped */
    vg_lex_hit h = {0};
    assert_true(find(lx, "ISTANBUL", VG_LK_PLACE, &h));
    assert_string_equal(vg_lex_place(lx, h.rec)->cc, "TR");
}

static void test_mugla(void **state)
{
    const vg_lex *lx = *state;
    static const char *const forms[] = {"Mugla", "Muğla", "MUĞLA"};
    for (size_t f = 0; f < 3; f++) {
        uint32_t recs[16];
        size_t n = find_all(lx, forms[f], VG_LK_PLACE, recs, 16);
        int city = 0, region = 0;
        for (size_t i = 0; i < n; i++) {
            const vg_place *p = vg_lex_place(lx, recs[i]);
            if (!p || strcmp(p->cc, "TR") != 0)
                continue;
            city += p->kind == VG_PLACE_CITY;
            region += p->kind == VG_PLACE_REGION;
            if (p->kind == VG_PLACE_CITY) {
                assert_int_equal(p->geonameid, 304184);
                assert_true(p->region >= 0);
                assert_string_equal(vg_lex_place(lx, (uint32_t)p->region)->iso_code, "TR-48");
            }
        }
        assert_int_equal(city, 1);
        assert_int_equal(region, 1);
    }
}

/* The record of text in country cc of kind, or NULL. */
static const vg_place *place_in(const vg_lex *lx, const char *text, const char *cc, int kind)
{
    uint32_t recs[32];
    size_t n = find_all(lx, text, VG_LK_PLACE, recs, 32);
    for (size_t i = 0; i < n; i++) {
        const vg_place *p = vg_lex_place(lx, recs[i]);
        if (p && strcmp(p->cc, cc) == 0 && (int)p->kind == kind)
            return p;
    }
    return NULL;
}

/* data/geo/places.tsv and aliases.tsv: a place kept under the population
 * cut, places added with our own coordinates (no geonameid), names the
 * build would drop. */
static void test_our_places(void **state)
{
    const vg_lex *lx = *state;
    const vg_place *k = place_in(lx, "Konduga", "NG", VG_PLACE_CITY);
    assert_non_null(k);
    assert_int_equal(k->geonameid, 2334044);
    assert_true(k->population < 15000 && k->population > 0);
    /* Palma: Mallorca's (GeoNames) and Cabo Delgado's (ours) */
    const vg_place *es = place_in(lx, "Palma", "ES", VG_PLACE_CITY);
    const vg_place *mz = place_in(lx, "Palma", "MZ", VG_PLACE_CITY);
    assert_non_null(es);
    assert_non_null(mz);
    assert_true(es->geonameid > 0);
    assert_int_equal(mz->geonameid, -1);
    assert_int_equal(mz->population, 0);
    assert_true(mz->lat < -10 && mz->lat > -11.5 && mz->lon > 40 && mz->lon < 41);
    assert_true(mz->region >= 0);
    assert_string_equal(vg_lex_place(lx, (uint32_t)mz->region)->name, "Cabo Delgado");
    const vg_place *sadr = place_in(lx, "Sadr City", "IQ", VG_PLACE_CITY);
    assert_non_null(sadr);
    assert_int_equal(sadr->geonameid, -1);
    assert_true(sadr->region >= 0);
    assert_string_equal(vg_lex_place(lx, (uint32_t)sadr->region)->name, "Baghdad");
    /* an island added as a region: no admin1 code, so no city links to it */
    const vg_place *bohol = place_in(lx, "Bohol", "PH", VG_PLACE_REGION);
    assert_non_null(bohol);
    assert_int_equal(bohol->geonameid, -1);
    assert_string_equal(bohol->admin1, "");
    assert_true(bohol->country >= 0);
    assert_non_null(place_in(lx, "Mindanao", "PH", VG_PLACE_REGION));
    /* a sea of no country beside the governorates of its name; its
     * alternative names find it */
    const vg_place *sea = place_in(lx, "Red Sea", "", VG_PLACE_REGION);
    assert_non_null(sea);
    assert_int_equal(sea->country, -1);
    assert_int_equal(sea->geonameid, -1);
    assert_string_equal(sea->feature, "SEA");
    assert_non_null(place_in(lx, "Red Sea", "EG", VG_PLACE_REGION));
    const vg_place *bab = place_in(lx, "Bab el-Mandeb", "", VG_PLACE_REGION);
    assert_non_null(bab);
    assert_ptr_equal(place_in(lx, "Bab al-Mandab", "", VG_PLACE_REGION), bab);
    assert_non_null(place_in(lx, "Lake Chad", "", VG_PLACE_REGION));
    /* districts and provinces below the first level that security briefs
     * name: Pakistan's former tribal agencies, Burkina Faso's Loroum */
    assert_non_null(place_in(lx, "North Waziristan", "PK", VG_PLACE_REGION));
    assert_non_null(place_in(lx, "Khyber Agency", "PK", VG_PLACE_REGION));
    assert_non_null(place_in(lx, "Loroum Province", "BF", VG_PLACE_REGION));
    assert_null(place_in(lx, "Khyber Pakhtunkhwa", "PK", VG_PLACE_CITY));
    const vg_place *cebu = place_in(lx, "Cebu City", "PH", VG_PLACE_CITY);
    assert_non_null(cebu);
    assert_true(cebu->region >= 0);
    assert_int_equal(vg_lex_place(lx, (uint32_t)cebu->region)->kind, VG_PLACE_REGION);
    assert_string_not_equal(vg_lex_place(lx, (uint32_t)cebu->region)->admin1, "");
    /* aliases.tsv: Egypt's Tanta (GeoNames 2013 "Tanda"), El-Arish */
    const vg_place *tanta = place_in(lx, "Tanta", "EG", VG_PLACE_CITY);
    assert_non_null(tanta);
    assert_int_equal(tanta->geonameid, 347497);
    assert_ptr_equal(place_in(lx, "Tanda", "EG", VG_PLACE_CITY), tanta);
    const vg_place *arish = place_in(lx, "El-Arish", "EG", VG_PLACE_CITY);
    assert_non_null(arish);
    assert_int_equal(arish->geonameid, 361546);
    /* the official name of the DR Congo (five words), not the other Congo */
    assert_non_null(place_in(lx, "Democratic Republic of the Congo", "CD", VG_PLACE_COUNTRY));
    assert_null(place_in(lx, "Democratic Republic of the Congo", "CG", VG_PLACE_COUNTRY));
    /* a province of the 2015 reform */
    assert_non_null(place_in(lx, "Ituri", "CD", VG_PLACE_REGION));
}

/* Small towns of conflict countries are kept under the cut, but not
 * those whose names are English words or others' names, nor a dropped
 * one. */
static void test_conflict_towns(void **state)
{
    const vg_lex *lx = *state;
    const vg_place *d = place_in(lx, "Douentza", "ML", VG_PLACE_CITY);
    assert_non_null(d);
    assert_true(d->population > 0 && d->population < 15000);
    assert_null(place_in(lx, "Tell", "PS", VG_PLACE_CITY));     /* an English word */
    assert_null(place_in(lx, "Mando", "NG", VG_PLACE_CITY));    /* places.tsv drop */
    /* Sidon keeps its alternate "Sayda" though a Syrian village is so named */
    assert_non_null(place_in(lx, "Sayda", "LB", VG_PLACE_CITY));
    assert_null(place_in(lx, "Sayda", "SY", VG_PLACE_CITY));
    /* a conflict country's city keeps no other-language name that is an
     * English word (Lutsk's Polish "Luck", Homs's "Hums"), but its own */
    assert_null(place_in(lx, "luck", "UA", VG_PLACE_CITY));
    assert_null(place_in(lx, "hums", "SY", VG_PLACE_CITY));
    assert_non_null(place_in(lx, "Lutsk", "UA", VG_PLACE_CITY));
    assert_non_null(place_in(lx, "Homs", "SY", VG_PLACE_CITY));
}

static void test_demonyms(void **state)
{
    const vg_lex *lx = *state;
    vg_lex_hit h = {0};
    assert_true(find(lx, "Turkish", VG_LK_DEMONYM, &h));
    const vg_place *p = vg_lex_place(lx, h.rec);
    assert_string_equal(p->cc, "TR");
    assert_int_equal(p->kind, VG_PLACE_COUNTRY);
    assert_int_equal((int32_t)h.rec, vg_lex_country(lx, "TR"));
    assert_true(find(lx, "U.S.", VG_LK_DEMONYM, &h));
    assert_string_equal(vg_lex_place(lx, h.rec)->cc, "US");
    assert_true(h.aflags & VG_AF_ABBR);
    assert_true(find(lx, "USG", VG_LK_DEMONYM, &h));
    assert_string_equal(vg_lex_place(lx, h.rec)->cc, "US");
    assert_true(find(lx, "Syrians", VG_LK_DEMONYM, &h));
    assert_string_equal(vg_lex_place(lx, h.rec)->cc, "SY");
    assert_true(h.aflags & VG_AF_PLURAL);
    assert_true(find(lx, "Syrian", VG_LK_DEMONYM, &h));
    assert_false(h.aflags & VG_AF_PLURAL);
    assert_true(find(lx, "Iraqis", VG_LK_DEMONYM, &h));
    assert_string_equal(vg_lex_place(lx, h.rec)->cc, "IQ");
    assert_int_equal(vg_lex_country(lx, "ZZ"), -1);
    assert_int_equal(vg_lex_country(lx, "tr"), -1);
}

static void test_government(void **state)
{
    const vg_lex *lx = *state;
    vg_lex_hit h = {0};
    const vg_actor *a = actor_of(lx, "CIA", &h);
    assert_non_null(a);
    assert_string_equal(a->cc, "US");
    assert_int_equal(a->type, VG_ENT_GOVERNMENT);
    assert_string_equal(a->name, "Central Intelligence Agency");
    assert_true(h.aflags & VG_AF_ABBR);
    /* "MIT" is cs+ctx (the university), "MİT" only cs */
    uint32_t mit = UINT32_MAX;
    vg_lex_hit out[16];
    size_t n = vg_lex_lookup(lx, "MIT", out, 16);
    int saw_mit = 0, saw_dotted = 0;
    for (size_t i = 0; i < n; i++) {
        if (out[i].kind != VG_LK_ACTOR)
            continue;
        mit = out[i].rec;
        if (strcmp(out[i].surface, "MIT") == 0) {
            saw_mit = 1;
            assert_true(out[i].aflags & VG_AF_CS);
            assert_true(out[i].aflags & VG_AF_CTX);
        }
        if (strcmp(out[i].surface, "MİT") == 0) {
            saw_dotted = 1;
            assert_true(out[i].aflags & VG_AF_CS);
            assert_false(out[i].aflags & VG_AF_CTX);
        }
    }
    assert_true(saw_mit && saw_dotted);
    assert_string_equal(vg_lex_actor(lx, mit)->cc, "TR");
    /* default=intelligence and default=intel both resolve to MİT */
    assert_int_equal(vg_lex_default_actor(lx, "TR", "intelligence"), (int32_t)mit);
    assert_int_equal(vg_lex_default_actor(lx, "TR", "intel"), (int32_t)mit);
    assert_string_equal(vg_lex_actor(lx, mit)->default_head, "intelligence");
    int32_t police = vg_lex_default_actor(lx, "TR", "police");
    assert_true(police >= 0);
    assert_string_equal(vg_lex_actor(lx, (uint32_t)police)->name, "Emniyet Genel Müdürlüğü");
    assert_int_equal(vg_lex_default_actor(lx, "TR", "no such head"), -1);
    /* parent in the same file: Turkish Armed Forces -> the defence ministry */
    a = actor_of(lx, "TSK", &h);
    assert_non_null(a);
    assert_true(a->parent >= 0);
    assert_string_equal(vg_lex_actor(lx, (uint32_t)a->parent)->name,
                        "Turkish Ministry of National Defense");
    /* media: Reuters; an affiliated outlet names its group */
    a = actor_of(lx, "Reuters", &h);
    assert_non_null(a);
    assert_int_equal(a->type, VG_ENT_ORGANIZATION);
    a = actor_of(lx, "Amaq", &h);
    assert_non_null(a);
    assert_true(a->affiliated >= 0);
    assert_string_equal(vg_lex_actor(lx, (uint32_t)a->affiliated)->name, "ISIS");
}

static void test_weapon_match(void **state)
{
    const vg_lex *lx = *state;
    vg_lex_hit h = {0};
    assert_true(find(lx, "car bomb", VG_LK_WEAPON, &h));
    const vg_weapon *w = vg_lex_weapon(lx, h.rec);
    assert_string_equal(w->cls, "explosive");
    assert_string_equal(w->sub, "vbied");
    assert_int_equal(w->muc_type, 2 /* VG_MUC_BOMBING */);
    vg_doc *d = mkdoc("a car bomb exploded");
    vg_lex_hit out[16];
    size_t n = vg_lex_match(lx, d, 1, d->ntoks, out, 16);
    assert_true(n >= 3);
    /* longest first: "car bomb" the weapon (and the trigger), then "car" */
    assert_int_equal(out[0].ntok, 2);
    int weapon2 = 0;
    for (size_t i = 0; i < n && out[i].ntok == 2; i++)
        weapon2 |= out[i].kind == VG_LK_WEAPON && strcmp(out[i].surface, "car bomb") == 0;
    assert_true(weapon2);
    for (size_t i = 1; i < n; i++)
        assert_true(out[i].ntok <= out[i - 1].ntok);
    assert_int_equal(out[n - 1].ntok, 1);
    /* max smaller than the count: the count is still returned */
    vg_lex_hit one;
    assert_int_equal(vg_lex_match(lx, d, 1, d->ntoks, &one, 1), n);
    assert_int_equal(one.ntok, 2);
    /* end stops the phrase: "car" alone */
    n = vg_lex_match(lx, d, 1, 2, out, 16);
    for (size_t i = 0; i < n; i++)
        assert_int_equal(out[i].ntok, 1);
    assert_int_equal(vg_lex_match(lx, d, 3, 3, out, 16), 0);
    freedoc(d);
}

static void test_targets(void **state)
{
    const vg_lex *lx = *state;
    vg_lex_hit h = {0};
    assert_true(find(lx, "night clubs", VG_LK_TARGET, &h));
    const vg_target *t = vg_lex_target(lx, h.rec);
    assert_string_equal(t->kind, "nightclub");
    assert_int_equal(t->human, 0);
    assert_true(t->flags & VG_TGF_SOFT);
    assert_true(t->flags & VG_TGF_PLURAL);
    assert_true(find(lx, "nightclubs", VG_LK_TARGET, &h));
    assert_string_equal(vg_lex_target(lx, h.rec)->kind, "nightclub");
    assert_true(find(lx, "hotels", VG_LK_TARGET, &h));
    assert_string_equal(vg_lex_target(lx, h.rec)->kind, "hotel");
    assert_true(find(lx, "soft targets", VG_LK_TARGET, &h));
    t = vg_lex_target(lx, h.rec);
    assert_true(t->flags & VG_TGF_CATEGORY);
    assert_true(t->flags & VG_TGF_SOFT);
    assert_true(find(lx, "embassy", VG_LK_TARGET, &h));
    assert_false(vg_lex_target(lx, h.rec)->flags & VG_TGF_SOFT);
    assert_true(find(lx, "civilians", VG_LK_TARGET, &h));
    assert_int_equal(vg_lex_target(lx, h.rec)->human, 1);
}

static void test_cues_hedges_negation(void **state)
{
    const vg_lex *lx = *state;
    vg_lex_hit h = {0};
    assert_true(find(lx, "believe", VG_LK_CUE, &h));
    const vg_cue *c = vg_lex_cue(lx, h.rec);
    assert_string_equal(c->lemma, "believe");
    assert_int_equal(c->certainty, VG_CERT_PROBABLE);
    assert_int_equal(c->holder, VG_HOLD_SUBJ_OR_NONE);
    assert_true(c->flags & VG_CUF_EPISTEMIC);
    assert_true(find(lx, "It's believed", VG_LK_CUE, &h));
    assert_string_equal(vg_lex_cue(lx, h.rec)->lemma, "believe");
    assert_true(find(lx, "concerned", VG_LK_CUE, &h));
    assert_int_equal(vg_lex_cue(lx, h.rec)->certainty, VG_CERT_POSSIBLE);
    /* the seed: "US authorities are concerned that ISIS ..." */
    vg_doc *d = mkdoc("US authorities are concerned that ISIS is gearing up.");
    vg_lex_hit out[16];
    size_t n = vg_lex_match(lx, d, tok_at(d, "are"), d->ntoks, out, 16);
    assert_true(n >= 1);
    assert_int_equal(out[0].kind, VG_LK_CUE);
    assert_int_equal(out[0].ntok, 2);
    assert_string_equal(vg_lex_cue(lx, out[0].rec)->lemma, "concern");
    n = vg_lex_match(lx, d, tok_at(d, "concerned"), d->ntoks, out, 16);
    assert_true(n >= 1);
    assert_int_equal(out[0].ntok, 2); /* "concerned that" */
    assert_int_equal(vg_lex_cue(lx, out[0].rec)->certainty, VG_CERT_POSSIBLE);
    freedoc(d);
    /* "are * concerned": a gap */
    d = mkdoc("officials are deeply concerned");
    n = vg_lex_match(lx, d, tok_at(d, "are"), d->ntoks, out, 16);
    assert_true(n >= 1);
    assert_int_equal(out[0].ntok, 3);
    assert_int_equal(out[0].kind, VG_LK_CUE);
    freedoc(d);

    assert_true(find(lx, "almost certainly", VG_LK_HEDGE, &h));
    const vg_hedge *hd = vg_lex_hedge(lx, h.rec);
    assert_int_equal(hd->band, VG_BAND_ALMOST_CERTAIN);
    assert_string_equal(hd->source, "icd203");
    assert_true(find(lx, "may", VG_LK_HEDGE, &h));
    assert_int_equal(vg_lex_hedge(lx, h.rec)->band, VG_BAND_ROUGHLY_EVEN);

    assert_true(find(lx, "denied", VG_LK_CUE, &h));
    assert_int_equal(vg_lex_cue(lx, h.rec)->negative, 1);
    assert_true(find(lx, "denied", VG_LK_NEG, &h));
    const vg_neg *g = vg_lex_neg(lx, h.rec);
    assert_int_equal(g->kind, VG_NEG_DENIAL);
    assert_int_equal(g->position, 0);
    assert_int_equal(g->scope, VG_NSCOPE_OBJECT_CLAUSE);
    assert_true(find(lx, "n't", VG_LK_NEG, &h));
    assert_int_equal(vg_lex_neg(lx, h.rec)->kind, VG_NEG_NEGATOR);
}

static const vg_pattern *pattern_of(const vg_lex *lx, const char *text, const char *rule)
{
    vg_lex_hit out[32];
    size_t n = vg_lex_lookup(lx, text, out, 32);
    for (size_t i = 0; i < n && i < 32; i++) {
        if (out[i].kind != VG_LK_PATTERN)
            continue;
        const vg_pattern *p = vg_lex_pattern(lx, out[i].rec);
        if (strcmp(p->rule, rule) == 0)
            return p;
    }
    return NULL;
}

static void test_patterns(void **state)
{
    const vg_lex *lx = *state;
    const vg_pattern *p = pattern_of(lx, "police", "<demonym> police");
    assert_non_null(p);
    assert_int_equal(p->slot, VG_SLOT_DEMONYM);
    assert_int_equal(p->slot_after, VG_SLOT_NONE);
    assert_string_equal(p->organ, "police");
    assert_int_equal(p->etype, VG_ENT_GOVERNMENT);
    /* an alias without a slot inherits its row's */
    p = pattern_of(lx, "relative authorities", "relative authorities");
    assert_non_null(p);
    assert_int_equal(p->slot, VG_SLOT_DEMONYM);
    assert_string_equal(p->row_rule, "<demonym> authorities");
    assert_string_equal(p->organ, "official_body");
    /* slot-less row */
    p = pattern_of(lx, "security authorities", "security authorities");
    assert_non_null(p);
    assert_int_equal(p->slot, VG_SLOT_NONE);
    assert_int_equal(p->source, 1);
    p = pattern_of(lx, "security authorities", "<demonym> security authorities");
    assert_non_null(p);
    assert_int_equal(p->slot, VG_SLOT_DEMONYM);
    /* persons, source */
    p = pattern_of(lx, "officials", "<demonym> officials");
    assert_non_null(p);
    assert_int_equal(p->persons, 1);
    p = pattern_of(lx, "sources", "<government> sources");
    assert_non_null(p);
    assert_int_equal(p->slot, VG_SLOT_GOVERNMENT);
    assert_int_equal(p->source, 1);
    /* a clitic head: "<country>'s government" matches at "'s" */
    vg_doc *d = mkdoc("Turkey's government said");
    vg_lex_hit out[16];
    size_t n = vg_lex_match(lx, d, 1, d->ntoks, out, 16);
    p = NULL;
    for (size_t i = 0; i < n && i < 16; i++)
        if (out[i].kind == VG_LK_PATTERN && out[i].ntok == 2 &&
            strcmp(vg_lex_pattern(lx, out[i].rec)->rule, "<country>'s government") == 0)
            p = vg_lex_pattern(lx, out[i].rec);
    assert_non_null(p);
    assert_int_equal(p->slot, VG_SLOT_COUNTRY);
    freedoc(d);
    /* a slot after the head, and a tail */
    p = pattern_of(lx, "government of", "government of <country>");
    assert_non_null(p);
    assert_int_equal(p->slot, VG_SLOT_NONE);
    assert_int_equal(p->slot_after, VG_SLOT_COUNTRY);
    assert_null(p->tail);
    p = pattern_of(lx, "forces of the", "forces of the <leader> administration");
    assert_non_null(p);
    assert_int_equal(p->slot_after, VG_SLOT_LEADER);
    assert_string_equal(p->tail, "administration");
    /* two slots before: "<group> <ordinal> front" */
    p = pattern_of(lx, "front", "<group> <ordinal> front");
    assert_non_null(p);
    assert_int_equal(p->slot, VG_SLOT_ORDINAL);
    assert_int_equal(p->slot2, VG_SLOT_GROUP);
    assert_string_equal(p->yields, "unit");
    assert_int_equal(p->etype, VG_ENT_ARMED_GROUP);
    /* in a document: "Turkish police" matches the head at "police" */
    d = mkdoc("the recent crackdowns by the Turkish police against");
    n = vg_lex_match(lx, d, tok_at(d, "police"), d->ntoks, out, 16);
    int saw = 0;
    for (size_t i = 0; i < n && i < 16; i++)
        saw |=
            out[i].kind == VG_LK_PATTERN && vg_lex_pattern(lx, out[i].rec)->slot == VG_SLOT_DEMONYM;
    assert_true(saw);
    freedoc(d);
}

static int has_trigger(const vg_lex *lx, const vg_doc *d, size_t at, int ntok, const char *lemma)
{
    vg_lex_hit out[16];
    size_t n = vg_lex_match(lx, d, at, d->ntoks, out, 16);
    for (size_t i = 0; i < n && i < 16; i++)
        if (out[i].kind == VG_LK_TRIGGER && out[i].ntok == ntok &&
            strcmp(vg_lex_trigger(lx, out[i].rec)->lemma, lemma) == 0)
            return 1;
    return 0;
}

static void test_gap(void **state)
{
    const vg_lex *lx = *state;
    vg_doc *d = mkdoc("They blew the bus up yesterday.");
    assert_true(has_trigger(lx, d, 1, 4, "blow up"));
    freedoc(d);
    d = mkdoc("They blew up the bus.");
    assert_true(has_trigger(lx, d, 1, 2, "blow up"));
    freedoc(d);
    /* gaps of 1..4 tokens, never over a sentence end */
    d = mkdoc("They blew the old city bus up.");
    assert_true(has_trigger(lx, d, 1, 6, "blow up"));
    freedoc(d);
    d = mkdoc("They blew the very old city bus up.");
    assert_false(has_trigger(lx, d, 1, 7, "blow up"));
    freedoc(d);
    d = mkdoc("They blew it. Up next, the news.");
    assert_false(has_trigger(lx, d, 1, 4, "blow up"));
    freedoc(d);
    d = mkdoc("rebels set the town hall on fire");
    vg_lex_hit out[8];
    size_t n = vg_lex_match(lx, d, 1, d->ntoks, out, 8);
    assert_true(n >= 1);
    assert_int_equal(out[0].kind, VG_LK_TRIGGER);
    assert_int_equal(out[0].ntok, 6);
    assert_int_equal(vg_lex_trigger(lx, out[0].rec)->type, 5 /* VG_INC_ARSON */);
    freedoc(d);
}

/* Adds phrase to ix with a hit of record rec. */
static void idx_add(vg_lexidx *ix, vg_lexbuild *b, const char *phrase, uint32_t rec)
{
    vg_lexph ph;
    const char *why = NULL;
    assert_int_equal(vg_lexbuild_split(b, phrase, strlen(phrase), &ph, &why), VIGIL_OK);
    vg_lex_hit hit = {VG_LK_TRIGGER, 0, 0, rec, phrase};
    assert_int_equal(vg_lexidx_add(ix, &ph, 0, ph.n, 1, &hit), VIGIL_OK);
}

/* Hits of ix at token i of text: their count, the first in *h. */
static size_t idx_match(const vg_lexidx *ix, const char *text, size_t i, vg_lex_hit *h)
{
    vg_doc *d = mkdoc(text);
    vg_lex_hit out[8];
    size_t n = vg_lexidx_match(ix, d->toks, i, d->ntoks, out, 8, 0);
    if (n)
        *h = out[0];
    freedoc(d);
    return n;
}

/* The index's first-word set (lexmatch.c) turns away words that start no
 * phrase, and stands aside when a phrase starts with a gap (which the
 * lexicon files cannot write), since any token may start one. */
static void test_index_first_words(void **state)
{
    (void)state;
    vg_lexbuild b;
    vg_lexbuild_init(&b);
    for (int gap = 0; gap < 2; gap++) {
        vg_lexidx ix;
        assert_int_equal(vg_lexidx_init(&ix), VIGIL_OK);
        idx_add(&ix, &b, "car bomb", 1);
        idx_add(&ix, &b, "bomb", 2);
        if (gap) {
            /* (the split refuses a leading '*', so the phrase is cut here) */
            vg_lexph ph = {3, {NULL, "went", "off"}, {0, 4, 3}};
            vg_lex_hit hit = {VG_LK_TRIGGER, 0, 0, 3, "* went off"};
            assert_int_equal(vg_lexidx_add(&ix, &ph, 0, ph.n, 1, &hit), VIGIL_OK);
        }
        assert_int_equal(vg_lexidx_finish(&ix), VIGIL_OK);
        vg_lex_hit h;
        assert_int_equal(idx_match(&ix, "a car bomb", 0, &h), 0);
        assert_int_equal(idx_match(&ix, "a car bomb", 1, &h), 1);
        assert_int_equal(h.rec, 1);
        assert_int_equal(h.ntok, 2);
        assert_int_equal(idx_match(&ix, "a car bomb", 2, &h), 1);
        assert_int_equal(h.rec, 2);
        assert_int_equal(idx_match(&ix, "the truck went off", 1, &h), (size_t)gap);
        if (gap) {
            assert_int_equal(h.rec, 3);
            assert_int_equal(h.ntok, 3);
        }
        vg_lexidx_fini(&ix);
    }
    vg_lexbuild_fini(&b);
}

static void test_stop(void **state)
{
    const vg_lex *lx = *state;
    vg_doc *d = mkdoc("MIT said");
    vg_lex_hit out[8];
    size_t n = vg_lex_stop_match(lx, d, 0, d->ntoks, out, 8);
    assert_int_equal(n, 2); /* rows "MIT" and "mit" */
    const vg_stop *mit = NULL;
    for (size_t i = 0; i < n; i++) {
        const vg_stop *s = vg_lex_stop(lx, out[i].rec);
        assert_int_equal(out[i].kind, VG_LK_STOP);
        if (strcmp(s->phrase, "MIT") == 0)
            mit = s;
        else
            assert_int_equal(s->rule, VG_STOPR_NEVER);
    }
    assert_non_null(mit);
    assert_int_equal(mit->applies_to, VG_STOP_ALIAS);
    assert_int_equal(mit->rule, VG_STOPR_FLAGS);
    assert_int_equal(mit->aflags, VG_AF_CS | VG_AF_CTX);
    assert_int_equal(mit->nlics, 2);
    assert_int_equal(mit->lics[0].kind, VG_LIC_NEAR);
    int istanbul = 0;
    for (uint32_t k = 0; k < mit->lics[0].nwords; k++)
        istanbul |= strcmp(mit->lics[0].words[k], "istanbul") == 0;
    assert_true(istanbul);
    assert_int_equal(mit->lics[1].kind, VG_LIC_COUNTRY);
    assert_int_equal(mit->lics[1].nwords, 1);
    assert_string_equal(mit->lics[1].words[0], "TR");
    freedoc(d);
    /* a list by name; words are folded */
    size_t nw;
    const char *const *w = vg_lex_list(lx, "@turkey_context", &nw);
    assert_non_null(w);
    int erdogan = 0;
    for (size_t k = 0; k < nw; k++)
        erdogan += strcmp(w[k], "erdogan") == 0;
    assert_int_equal(erdogan, 2); /* "erdogan" and "erdoğan" */
    assert_null(vg_lex_list(lx, "@nope", &nw));
    assert_int_equal(nw, 0);
    /* multi-word stop phrase, orig licence */
    d = mkdoc("(passage omitted) Balı");
    n = vg_lex_stop_match(lx, d, 1, d->ntoks, out, 8);
    assert_int_equal(n, 1);
    assert_int_equal(out[0].ntok, 2);
    n = vg_lex_stop_match(lx, d, 4, d->ntoks, out, 8);
    assert_int_equal(n, 1);
    const vg_stop *bali = vg_lex_stop(lx, out[0].rec);
    assert_int_equal(bali->rule, VG_STOPR_PERSON_CTX);
    assert_int_equal(bali->lics[0].kind, VG_LIC_ORIG);
    assert_string_equal(bali->lics[0].words[0], "ı");
    freedoc(d);
}

/* Every indexed phrase (gazetteer names, alternative names, demonyms,
 * aliases, vocabulary; not pattern forms or gap phrases) is found again
 * through the real tokenizer: the index's fast path cuts phrases as tok.c
 * does. */
static void test_all_phrases_found(void **state)
{
    const vg_lex *lx = *state;
    static vg_lex_hit out[4096];
    size_t checked = 0;
    for (size_t i = 0; i < lx->idx.nhits; i++) {
        const vg_lex_hit *h = &lx->idx.hits[i];
        if (h->kind == VG_LK_PATTERN || strchr(h->surface, '*'))
            continue;
        size_t n = vg_lex_lookup(lx, h->surface, out, 4096);
        int ok = 0;
        for (size_t k = 0; k < n && k < 4096 && !ok; k++)
            ok = out[k].kind == h->kind && out[k].rec == h->rec && out[k].aflags == h->aflags;
        if (!ok)
            fail_msg("kind %d rec %u \"%s\" not found by lookup", h->kind, h->rec, h->surface);
        checked++;
    }
    assert_true(checked > 100000);
}

/* The maintenance rule of data/lexicon/README.md: rows sorted within a
 * section by their folded first column, a leading quote, '<', '(' or '@'
 * ignored. The loader does not enforce it; this test does. */
static void test_sorted(void **state)
{
    (void)state;
    static const char *const files[] = {"armed_groups", "government", "media", "triggers",
                                        "weapons",      "targets",    "cues",  "hedges",
                                        "negation",     "actor_stop"};
    vg_arena a;
    vg_arena_init(&a, (size_t)64 << 20);
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        char path[512];
        snprintf(path, sizeof path, "%s/lexicon/%s.tsv", DATA_DIR, files[i]);
        FILE *f = fopen(path, "rb");
        assert_non_null(f);
        char line[8192];
        const char *prev = NULL;
        size_t lineno = 0;
        while (fgets(line, sizeof line, f)) {
            lineno++;
            if (strncmp(line, "#@section", 9) == 0) {
                prev = NULL;
                continue;
            }
            if (line[0] == '#' || line[0] == '\n')
                continue;
            const char *k = line;
            while (*k && strchr("\"'<(@", *k))
                k++;
            size_t n = strcspn(k, "\t\n"), len;
            const char *key = vg_fold(&a, k, n, &len);
            assert_non_null(key);
            if (prev && strcmp(prev, key) > 0)
                fail_msg("%s:%zu: \"%s\" sorts before \"%s\"", path, lineno, key, prev);
            prev = key;
        }
        fclose(f);
    }
    vg_arena_fini(&a);
}

/* ---- corrupt data directories ---- */

static const char *const lex_files[][2] = {
    {"armed_groups.tsv", "canonical\ttype\tcountry\tkind\tparent\taliases\tflags"},
    {"government.tsv", "canonical\ttype\tcountry\tkind\tparent\taliases\tflags"},
    {"media.tsv", "canonical\ttype\tcountry\tkind\taliases\tflags"},
    {"triggers.tsv", "phrase\tlemma\tincident_type\tpos\tmuc_type\tflags"},
    {"weapons.tsv", "phrase\tclass\tsub\tincident_type\tmuc_type\tflags"},
    {"targets.tsv", "phrase\tkind\trole\tflags"},
    {"cues.tsv", "lemma\tpos\tsurfaces\tcertainty\tpolarity\tlist\tholder\tflags"},
    {"hedges.tsv", "phrase\tband\tclass\tsource\tnotes"},
    {"negation.tsv", "cue\tkind\tposition\tscope\tnotes"},
    {"actor_stop.tsv", "phrase\tapplies_to\trule\tlicence\tnotes"},
};

static const char gaz_head[] =
    "# generated by a test\n# attribution\n"
    "# format: vigil-gazetteer 1 (tab-separated)\n"
    "#kind\tgeonameid\tname\tcc\tiso_code\tadmin1_code\tadmin1_name\tfeature\tlat\tlon\t"
    "population\tdemonyms\talt_names\n";
static const char gaz_row[] =
    "country\t298795\tTürkiye\tTR\tTUR\t\t\tPCLI\t39.00000\t35.00000\t\tTurkish\tTurkey\n";

static void write_file(const char *dir, const char *name, const char *text)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

/* A valid minimal data directory with one row in some files. */
static void make_dir(char *dir)
{
    strcpy(dir, "/tmp/vigil-lex-XXXXXX");
    assert_non_null(mkdtemp(dir));
    char sub[512];
    snprintf(sub, sizeof sub, "%s/geo", dir);
    assert_int_equal(mkdir(sub, 0700), 0);
    snprintf(sub, sizeof sub, "%s/lexicon", dir);
    assert_int_equal(mkdir(sub, 0700), 0);
    char text[4096];
    snprintf(text, sizeof text, "%s%s", gaz_head, gaz_row);
    write_file(dir, "geo/gazetteer.tsv", text);
    for (size_t i = 0; i < sizeof lex_files / sizeof lex_files[0]; i++) {
        snprintf(text, sizeof text,
                 "#@format vigil-lexicon 1\n# comment\n#@columns\t%s\n#@section One\n",
                 lex_files[i][1]);
        if (strcmp(lex_files[i][0], "weapons.tsv") == 0)
            strcat(text, "car bomb\texplosive\tvbied\tbombing\tbombing\t\n");
        if (strcmp(lex_files[i][0], "armed_groups.tsv") == 0)
            strcat(text, "ISIS\tarmed_group\t\tjihadist\t\tDaesh|IS\t@IS:cs+ctx\n"
                         "ISIS Sinai (Egypt)\tarmed_group\tEG\tjihadist\tISIS\tWilayat Sinai\t\n");
        if (strcmp(lex_files[i][0], "government.tsv") == 0)
            strcat(text,
                   "MİT\tgovernment\tTR\tagency\t\tMIT\tdefault=intelligence|@MIT:cs+ctx\n"
                   "<demonym> police\tgovernment\t\tpattern\t\t<country>'s police|police force\t"
                   "organ=police|slot=demonym\n");
        if (strcmp(lex_files[i][0], "media.tsv") == 0)
            strcat(text, "Amaq\torganization\t\tagency\tA'maq\taffiliated=ISIS\n");
        if (strcmp(lex_files[i][0], "cues.tsv") == 0)
            strcat(
                text,
                "concern\tadj\tconcerned|are * concerned\tpossible\tpositive\tno\tsubj\temotive\n");
        if (strcmp(lex_files[i][0], "actor_stop.tsv") == 0)
            strcat(text, "@tr\tlist\tdefine\tTurkey, İstanbul\t\n"
                         "MIT\talias\tcs+ctx\tnear:@tr,Ankara; country:TR\tthe university\n");
        char name[64];
        snprintf(name, sizeof name, "lexicon/%s", lex_files[i][0]);
        write_file(dir, name, text);
    }
}

static void remove_dir(const char *dir)
{
    char path[512];
    for (size_t i = 0; i < sizeof lex_files / sizeof lex_files[0]; i++) {
        snprintf(path, sizeof path, "%s/lexicon/%s", dir, lex_files[i][0]);
        unlink(path);
    }
    snprintf(path, sizeof path, "%s/geo/gazetteer.tsv", dir);
    unlink(path);
    snprintf(path, sizeof path, "%s/lexicon", dir);
    rmdir(path);
    snprintf(path, sizeof path, "%s/geo", dir);
    rmdir(path);
    rmdir(dir);
}

/* Loads dir with file replaced by text: expects code and a message
 * containing want. */
static void expect_fail(const char *file, const char *text, int code, const char *want)
{
    char dir[64];
    make_dir(dir);
    if (text)
        write_file(dir, file, text);
    else {
        char path[512];
        snprintf(path, sizeof path, "%s/%s", dir, file);
        unlink(path);
    }
    vg_lex *lx = (vg_lex *)0x1;
    vigil_error err;
    int rc = vg_lex_load(&lx, dir, &err);
    if (rc != code || !strstr(err.message, want))
        fail_msg("%s: got %d \"%s\", want %d \"%s\"", file, rc, err.message, code, want);
    assert_null(lx);
    remove_dir(dir);
}

static void test_minimal_dir(void **state)
{
    (void)state;
    char dir[64];
    make_dir(dir);
    vg_lex *lx;
    vigil_error err;
    assert_int_equal(vg_lex_load(&lx, dir, &err), VIGIL_OK);
    assert_int_equal(vg_lex_count(lx, VG_LK_PLACE), 1);
    assert_int_equal(vg_lex_count(lx, VG_LK_WEAPON), 1);
    vg_lex_hit h = {0};
    assert_true(find(lx, "Turkey", VG_LK_PLACE, &h));
    assert_true(find(lx, "DAESH", VG_LK_ACTOR, &h));
    assert_false(find(lx, "Istanbul", VG_LK_PLACE, &h));
    assert_int_equal(vg_lex_count(lx, VG_LK_ACTOR), 4);
    const vg_actor *a = actor_of(lx, "Wilayat Sinai", &h);
    assert_non_null(a);
    assert_string_equal(a->name, "ISIS Sinai");
    assert_string_equal(vg_lex_actor(lx, (uint32_t)a->parent)->name, "ISIS");
    assert_int_equal(vg_lex_default_actor(lx, "TR", "intelligence"), 2);
    assert_int_equal(vg_lex_count(lx, VG_LK_PATTERN), 3);
    assert_int_equal(vg_lex_count(lx, VG_LK_STOP), 1);
    assert_int_equal(vg_lex_stop(lx, 0)->lics[0].nwords, 3);
    vg_lex_free(lx);
    remove_dir(dir);
}

/* Rows without a geonameid or population (places.tsv's own places) load
 * as -1 and 0; a region without an admin1 code links no city. */
static void test_row_without_geonameid(void **state)
{
    (void)state;
    char dir[64];
    make_dir(dir);
    char text[4096];
    snprintf(text, sizeof text,
             "%s%s"
             "region\t\tBig Island\tTR\t\t\t\tISL\t38.5\t27.0\t\t\t\n"
             "region\t7\tFirst\tTR\tTR-01\t01\tFirst\tADM1\t38.0\t27.0\t5000\t\t\n"
             "city\t\tNew Town\tTR\t\t01\tFirst\tPPLX\t38.25\t27.125\t\t\tNewtown\n",
             gaz_head, gaz_row);
    write_file(dir, "geo/gazetteer.tsv", text);
    vg_lex *lx;
    vigil_error err;
    assert_int_equal(vg_lex_load(&lx, dir, &err), VIGIL_OK);
    assert_int_equal(vg_lex_count(lx, VG_LK_PLACE), 4);
    vg_lex_hit h = {0};
    assert_true(find(lx, "Newtown", VG_LK_PLACE, &h));
    const vg_place *c = vg_lex_place(lx, h.rec);
    assert_string_equal(c->name, "New Town");
    assert_int_equal(c->geonameid, -1);
    assert_int_equal(c->population, 0);
    assert_true(c->lat > 38.24 && c->lat < 38.26);
    assert_true(c->country >= 0);
    assert_true(c->region >= 0);
    assert_string_equal(vg_lex_place(lx, (uint32_t)c->region)->name, "First");
    assert_true(find(lx, "Big Island", VG_LK_PLACE, &h));
    const vg_place *r = vg_lex_place(lx, h.rec);
    assert_int_equal(r->kind, VG_PLACE_REGION);
    assert_int_equal(r->geonameid, -1);
    assert_string_equal(r->admin1, "");
    vg_lex_free(lx);
    remove_dir(dir);
}

typedef struct failing {
    long calls, fail_at; /* fail the fail_at-th allocation; 0: never */
} failing;

static void *f_malloc(size_t n, void *ud)
{
    failing *c = ud;
    if (c->fail_at && ++c->calls == c->fail_at)
        return NULL;
    return malloc(n);
}

static void *f_realloc(void *p, size_t n, void *ud)
{
    failing *c = ud;
    if (c->fail_at && ++c->calls == c->fail_at)
        return NULL;
    return realloc(p, n);
}

static void f_free(void *p, void *ud)
{
    (void)ud;
    free(p);
}

/* Every allocation of a load failing in turn: VIGIL_ENOMEM, nothing
 * leaked (ASan), until the load needs no more. */
static void test_alloc_fail(void **state)
{
    (void)state;
    char dir[64];
    make_dir(dir);
    failing c = {0, 0};
    vigil_allocator a = {f_malloc, f_realloc, f_free, &c};
    vigil_set_allocator(&a);
    long n;
    int rc = VIGIL_ENOMEM;
    for (n = 1; n < 5000 && rc == VIGIL_ENOMEM; n++) {
        c.calls = 0;
        c.fail_at = n;
        vg_lex *lx = (vg_lex *)0x1;
        vigil_error err;
        rc = vg_lex_load(&lx, dir, &err);
        if (rc == VIGIL_OK) {
            vg_lex_free(lx);
            break;
        }
        assert_null(lx);
        if (rc != VIGIL_ENOMEM) {
            vigil_set_allocator(NULL);
            fail_msg("allocation %ld: got %d \"%s\"", n, rc, err.message);
        }
        assert_non_null(strstr(err.message, "out of memory"));
    }
    vigil_set_allocator(NULL);
    assert_int_equal(rc, VIGIL_OK);
    assert_true(n > 20);
    remove_dir(dir);
}

static void test_corrupt(void **state)
{
    (void)state;
    const char *hdr =
        "#@format vigil-lexicon 1\n#@columns\tphrase\tclass\tsub\tincident_type\tmuc_type\tflags\n";
    char text[4096];
    /* a row short of a column, on line 4 */
    snprintf(text, sizeof text, "%s# c\ncar bomb\texplosive\tvbied\tbombing\tbombing\n", hdr);
    expect_fail("lexicon/weapons.tsv", text, VIGIL_EPARSE,
                "lexicon/weapons.tsv:4: expected 6 columns, got 5");
    /* wrong version */
    expect_fail(
        "lexicon/weapons.tsv",
        "#@format vigil-lexicon 2\n#@columns\tphrase\tclass\tsub\tincident_type\tmuc_type\tflags\n",
        VIGIL_EPARSE, "weapons.tsv:1: unsupported vigil-lexicon version");
    expect_fail("lexicon/hedges.tsv", "phrase\tband\n", VIGIL_EPARSE,
                "hedges.tsv:1: not a vigil-lexicon file");
    /* wrong columns */
    expect_fail("lexicon/weapons.tsv", "#@format vigil-lexicon 1\n#@columns\tphrase\tclass\n",
                VIGIL_EPARSE, "weapons.tsv:2: unexpected #@columns");
    expect_fail("lexicon/cues.tsv", "#@format vigil-lexicon 1\n", VIGIL_EPARSE,
                "cues.tsv:1: no #@columns");
    expect_fail("lexicon/cues.tsv", "", VIGIL_EPARSE, "cues.tsv: empty file");
    /* missing file */
    expect_fail("lexicon/negation.tsv", NULL, VIGIL_EIO, "negation.tsv: cannot open");
    expect_fail("geo/gazetteer.tsv", NULL, VIGIL_EIO, "gazetteer.tsv: cannot open");
    /* bad values */
    snprintf(text, sizeof text, "%scar bomb\texplosive\tvbied\tbombing\tbombing\tshiny\n", hdr);
    expect_fail("lexicon/weapons.tsv", text, VIGIL_EPARSE, "weapons.tsv:3: unknown flag \"shiny\"");
    snprintf(text, sizeof text, "%scar bomb\tlaser\tvbied\tbombing\tbombing\t\n", hdr);
    expect_fail("lexicon/weapons.tsv", text, VIGIL_EPARSE, "weapons.tsv:3: unknown weapon class");
    snprintf(text, sizeof text, "%s\texplosive\tvbied\tbombing\tbombing\t\n", hdr);
    expect_fail("lexicon/weapons.tsv", text, VIGIL_EPARSE, "weapons.tsv:3: cannot index");
    snprintf(text, sizeof text, "%sblew * \texplosive\tvbied\tbombing\tbombing\t\n", hdr);
    expect_fail("lexicon/weapons.tsv", text, VIGIL_EPARSE, "gap must stand between words");
    /* a field too long */
    char big[6000];
    memset(big, 'a', 5000);
    big[5000] = '\0';
    char *t2 = vg_malloc(8000);
    snprintf(t2, 8000, "%s%s\texplosive\tvbied\tbombing\tbombing\t\n", hdr, big);
    expect_fail("lexicon/weapons.tsv", t2, VIGIL_EPARSE,
                "weapons.tsv:3: column 1 (phrase) is 5000 bytes");
    vg_free(t2);
    /* bad UTF-8 */
    snprintf(text, sizeof text, "%scar \xff bomb\texplosive\tvbied\tbombing\tbombing\t\n", hdr);
    expect_fail("lexicon/weapons.tsv", text, VIGIL_EPARSE, "weapons.tsv:3: invalid UTF-8");
    /* gazetteer: bad latitude, wrong version, column count */
    snprintf(text, sizeof text, "%scountry\t1\tX\tTR\tTUR\t\t\tPCLI\t91.0\t35.0\t\t\t\n", gaz_head);
    expect_fail("geo/gazetteer.tsv", text, VIGIL_EPARSE, "gazetteer.tsv:5: bad latitude \"91.0\"");
    snprintf(text, sizeof text, "%scountry\tx1\tX\tTR\tTUR\t\t\tPCLI\t9.0\t35.0\t\t\t\n", gaz_head);
    expect_fail("geo/gazetteer.tsv", text, VIGIL_EPARSE, "gazetteer.tsv:5: bad geonameid");
    snprintf(text, sizeof text, "%scountry\t1\tX\tTR\tTUR\t\t\tPCLI\t9.0\t35.0\t\t\n", gaz_head);
    expect_fail("geo/gazetteer.tsv", text, VIGIL_EPARSE,
                "gazetteer.tsv:5: expected 13 columns, got 12");
    snprintf(text, sizeof text, "%scountry\t1\tX\tTr\tTUR\t\t\tPCLI\t9.0\t35.0\t\t\t\n", gaz_head);
    expect_fail("geo/gazetteer.tsv", text, VIGIL_EPARSE, "gazetteer.tsv:5: bad country code");
    /* only a region (a sea, a lake, a region across borders) may have no
     * country */
    snprintf(text, sizeof text, "%scity\t1\tX\t\t\t\t\tPPL\t9.0\t35.0\t\t\t\n", gaz_head);
    expect_fail("geo/gazetteer.tsv", text, VIGIL_EPARSE, "gazetteer.tsv:5: bad country code");
    snprintf(text, sizeof text, "%scountry\t1\tX\t\tTUR\t\t\tPCLI\t9.0\t35.0\t\t\t\n", gaz_head);
    expect_fail("geo/gazetteer.tsv", text, VIGIL_EPARSE, "gazetteer.tsv:5: bad country code");
    snprintf(text, sizeof text, "%sregion\t1\tX\t\t\t\t\tADM1\t9.0\t35.0\t\t\t\n", gaz_head);
    expect_fail("geo/gazetteer.tsv", text, VIGIL_EPARSE, "gazetteer.tsv:5: bad country code");
    expect_fail("geo/gazetteer.tsv", "# format: vigil-gazetteer 2\n", VIGIL_EPARSE,
                "unsupported vigil-gazetteer version");
    /* actors: unknown parent, flag for a missing alias */
    const char *ahdr = "#@format vigil-lexicon "
                       "1\n#@columns\tcanonical\ttype\tcountry\tkind\tparent\taliases\tflags\n";
    snprintf(text, sizeof text, "%sA\tarmed_group\t\tjihadist\tB\t\t\n", ahdr);
    expect_fail("lexicon/armed_groups.tsv", text, VIGIL_EPARSE,
                "armed_groups.tsv:3: parent \"B\" is not a row of this file");
    snprintf(text, sizeof text, "%sA\tarmed_group\t\tjihadist\t\tAA\t@AB:cs\n", ahdr);
    expect_fail("lexicon/armed_groups.tsv", text, VIGIL_EPARSE,
                "armed_groups.tsv:3: flag for \"AB\"");
    snprintf(text, sizeof text, "%sA\tarmed_group\t\tjihadist\t\tAA\t@AA:shouty\n", ahdr);
    expect_fail("lexicon/armed_groups.tsv", text, VIGIL_EPARSE, "unknown alias flag \"shouty\"");
    snprintf(text, sizeof text, "%sA\tarmed_group\t\tjihadist\t\tAA\tdefunct|until=19\n", ahdr);
    expect_fail("lexicon/armed_groups.tsv", text, VIGIL_EPARSE, "until= takes a year");
    snprintf(text, sizeof text, "%s<martian> police\tgovernment\t\tpattern\t\t\torgan=police\n",
             ahdr);
    expect_fail("lexicon/government.tsv", text, VIGIL_EPARSE, "unknown slot <martian>");
    /* actor_stop: an undefined list */
    snprintf(text, sizeof text,
             "#@format vigil-lexicon 1\n#@columns\tphrase\tapplies_to\trule\tlicence\tnotes\n"
             "MIT\talias\tcs+ctx\tnear:@nowhere\t\n");
    expect_fail("lexicon/actor_stop.tsv", text, VIGIL_EPARSE,
                "actor_stop.tsv:3: licence names an undefined list \"@nowhere\"");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_counts),
        cmocka_unit_test(test_engine_rows),
        cmocka_unit_test(test_isis_aliases),
        cmocka_unit_test(test_qualifier_stripped),
        cmocka_unit_test(test_raqqa),
        cmocka_unit_test(test_istanbul),
        cmocka_unit_test(test_mugla),
        cmocka_unit_test(test_our_places),
        cmocka_unit_test(test_conflict_towns),
        cmocka_unit_test(test_demonyms),
        cmocka_unit_test(test_government),
        cmocka_unit_test(test_weapon_match),
        cmocka_unit_test(test_targets),
        cmocka_unit_test(test_cues_hedges_negation),
        cmocka_unit_test(test_patterns),
        cmocka_unit_test(test_gap),
        cmocka_unit_test(test_index_first_words),
        cmocka_unit_test(test_stop),
        cmocka_unit_test(test_all_phrases_found),
        cmocka_unit_test(test_sorted),
        cmocka_unit_test(test_minimal_dir),
        cmocka_unit_test(test_row_without_geonameid),
        cmocka_unit_test(test_corrupt),
        cmocka_unit_test(test_alloc_fail),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
