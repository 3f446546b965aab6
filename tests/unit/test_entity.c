/* test_entity.c: the entity stage (entity.c, licence.c, candidate.c,
 * names.c, geo.c) against the real lexicons and gazetteer of data/:
 * phrases of the seed report (places geocoded with their country, ISIS
 * one group, US and Turkish organs from patterns, Reuters, İlhami Balı a
 * person and not Bali), caseless MUC-4 and all-caps wire text, words that
 * must not become actors ("IS" the verb, "MIT" the university, "attacked
 * the goal"), disambiguation by context (Lima), merging of surnames, the
 * invariants of mentions, and the mention limit. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "extract/entity.h"
#include "text/date_internal.h"
#include "extract/extract.h"
#include "extract/geo.h"
#include "extract/lexicon.h"
#include "text/doc.h"
#include "util/alloc.h"

static vg_lex *LX;

static int setup(void **state)
{
    (void)state;
    vigil_error err;
    memset(&err, 0, sizeof err);
    if (vg_lex_load(&LX, VIGIL_SOURCE_DIR "/data", &err) != VIGIL_OK) {
        fprintf(stderr, "lexicon: %s\n", err.message);
        return -1;
    }
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    vg_lex_free(LX);
    return 0;
}

/* Text -> tokens, sentences, entities (casemode as given). */
static vg_doc *run_case(const char *text, int casemode, int year)
{
    vg_doc *d = vg_malloc(sizeof *d);
    assert_non_null(d);
    vg_doc_init(d);
    assert_int_equal(vg_doc_set_text(d, text, strlen(text)), VIGIL_OK);
    assert_int_equal(vg_tok_run(d), VIGIL_OK);
    assert_int_equal(vg_sent_run(d), VIGIL_OK);
    d->ex = vg_arena_calloc(&d->arena, 1, sizeof *d->ex);
    assert_non_null(d->ex);
    d->ex->casemode = (uint8_t)casemode;
    if (year)
        d->ex->anchor = vg_date_make(year, 3, 5, VG_DATE_DAY);
    assert_int_equal(vg_entity_run(LX, d), VIGIL_OK);
    return d;
}

static vg_doc *run(const char *text)
{
    return run_case(text, VG_CASE_MIXED, 0);
}

/* As run, the document anchored in year y (0: undated). */
static vg_doc *run_in(const char *text, int y)
{
    return run_case(text, VG_CASE_MIXED, y);
}

static void done(vg_doc *d)
{
    vg_doc_fini(d);
    vg_free(d);
}

/* Mentions in text order, not overlapping, spanning their bytes and
 * tokens; entities list their mentions back. */
static void check_invariants(const vg_doc *d)
{
    const vg_extract *ex = d->ex;
    for (size_t m = 0; m < ex->nmentions; m++) {
        const vg_mention *mm = &ex->mentions[m];
        assert_true(mm->start < mm->end);
        assert_true(mm->end <= d->len);
        assert_true(mm->tok_start < mm->tok_end);
        assert_true(mm->tok_end <= d->ntoks);
        assert_true(mm->start >= d->toks[mm->tok_start].start);
        assert_true(mm->end <= d->toks[mm->tok_end - 1].end);
        assert_true(mm->entity < ex->nents);
        assert_true(mm->sent < d->nsents);
        assert_true(d->sents[mm->sent].tok_start <= mm->tok_start);
        if (m > 0)
            assert_true(ex->mentions[m - 1].end <= mm->start);
    }
    size_t total = 0;
    for (size_t e = 0; e < ex->nents; e++) {
        const vg_entity *en = &ex->ents[e];
        assert_true(en->nmentions >= 1);
        assert_non_null(en->name);
        assert_true(en->name[0] != '\0');
        for (uint32_t k = 0; k < en->nmentions; k++) {
            assert_true(en->mentions[k] < ex->nmentions);
            assert_int_equal(ex->mentions[en->mentions[k]].entity, e);
            if (k > 0)
                assert_true(en->mentions[k - 1] < en->mentions[k]);
        }
        assert_int_equal(en->first_tok, ex->mentions[en->mentions[0]].tok_start);
        total += en->nmentions;
    }
    assert_int_equal(total, ex->nmentions);
}

static const vg_entity *by_name(const vg_doc *d, const char *name)
{
    for (size_t e = 0; e < d->ex->nents; e++)
        if (strcmp(d->ex->ents[e].name, name) == 0)
            return &d->ex->ents[e];
    return NULL;
}

/* The entity of the mention whose text is exactly s (the first one). */
static const vg_entity *by_mention(const vg_doc *d, const char *s)
{
    size_t n = strlen(s);
    for (size_t m = 0; m < d->ex->nmentions; m++) {
        const vg_mention *mm = &d->ex->mentions[m];
        if (mm->end - mm->start == n && memcmp(d->text + mm->start, s, n) == 0)
            return &d->ex->ents[mm->entity];
    }
    return NULL;
}

/* Some mention overlaps the first occurrence of s in the text. */
static int covered(const vg_doc *d, const char *s)
{
    const char *p = strstr(d->text, s);
    assert_non_null(p);
    uint32_t a = (uint32_t)(p - d->text), b = a + (uint32_t)strlen(s);
    for (size_t m = 0; m < d->ex->nmentions; m++)
        if (d->ex->mentions[m].start < b && a < d->ex->mentions[m].end)
            return 1;
    return 0;
}

static const vg_place *place_of(const vg_entity *e)
{
    assert_non_null(e);
    assert_true(e->place >= 0);
    const vg_place *p = vg_lex_place(LX, (uint32_t)e->place);
    assert_non_null(p);
    return p;
}

static void test_seed_places(void **state)
{
    (void)state;
    vg_doc *d = run("In first hour of İstanbul Airport attack, a source told me about that Istanbul "
                    "attack. He said the attack was ordered from Raqqa hqs of ISIS. These 4 people "
                    "are still in İstanbul. Izmir, Antalya and Mugla are some of cities believed may "
                    "be targeted, similar to recent Orlando attack. ISIS sent 5 groups into Turkey "
                    "from Syria.");
    check_invariants(d);
    const vg_entity *ist = by_mention(d, "Istanbul");
    assert_non_null(ist);
    assert_int_equal(ist->type, VG_ENT_PLACE);
    assert_string_equal(ist->cc, "TR");
    assert_ptr_equal(by_mention(d, "İstanbul"), ist); /* one place for both spellings */
    assert_int_equal(ist->nmentions, 2);
    const vg_place *p = place_of(ist);
    assert_int_equal(p->kind, VG_PLACE_CITY);
    assert_true(p->lat > 40.9 && p->lat < 41.2 && p->lon > 28.8 && p->lon < 29.1);
    /* the airport is a facility in Istanbul */
    const vg_entity *ap = by_mention(d, "İstanbul Airport");
    assert_non_null(ap);
    assert_int_equal(ap->type, VG_ENT_FACILITY);
    assert_string_equal(ap->cc, "TR");
    assert_int_equal(ap->place, ist->place);
    const vg_entity *raqqa = by_mention(d, "Raqqa");
    assert_non_null(raqqa);
    assert_int_equal(raqqa->type, VG_ENT_PLACE);
    assert_string_equal(raqqa->cc, "SY");
    assert_int_equal(place_of(raqqa)->kind, VG_PLACE_CITY);
    const char *tr_cities[] = {"Izmir", "Antalya", "Mugla"};
    for (size_t i = 0; i < 3; i++) {
        const vg_entity *e = by_mention(d, tr_cities[i]);
        assert_non_null(e);
        assert_int_equal(e->type, VG_ENT_PLACE);
        assert_string_equal(e->cc, "TR");
        assert_int_equal(place_of(e)->kind, VG_PLACE_CITY); /* Muğla the city, not the province */
    }
    const vg_entity *orl = by_mention(d, "Orlando");
    assert_non_null(orl);
    assert_int_equal(orl->type, VG_ENT_PLACE);
    assert_string_equal(orl->cc, "US");
    const vg_entity *tr = by_mention(d, "Turkey");
    assert_non_null(tr);
    assert_int_equal(place_of(tr)->kind, VG_PLACE_COUNTRY);
    assert_string_equal(tr->cc, "TR");
    assert_string_equal(by_mention(d, "Syria")->cc, "SY");
    done(d);
}

static void test_seed_actors(void **state)
{
    (void)state;
    vg_doc *d = run("US authorities are concerned that ISIS is gearing up to launch other attacks. "
                    "USG sources believe that ISIS sent 5 different groups into Turkey. "
                    "CIA believes that ISIS militants went into Turkey. The recent crackdowns by the "
                    "Turkish police against those Daesh suspects continued. US relative authorities "
                    "believe the Islamic State is decisive. Turkish leadership still thinks ISIS "
                    "threat will pass, and Turkish security authorities detected their IDs. Families "
                    "are banned, two U.S. defense sources told Berlin Reuters on June 29.");
    check_invariants(d);
    const vg_entity *isis = by_mention(d, "ISIS");
    assert_non_null(isis);
    assert_int_equal(isis->type, VG_ENT_ARMED_GROUP);
    assert_string_equal(isis->name, "ISIS");
    assert_ptr_equal(by_mention(d, "Daesh"), isis);
    assert_ptr_equal(by_mention(d, "Islamic State"), isis);
    assert_int_equal(isis->nmentions, 6);
    const vg_entity *cia = by_mention(d, "CIA");
    assert_non_null(cia);
    assert_int_equal(cia->type, VG_ENT_GOVERNMENT);
    assert_string_equal(cia->cc, "US");
    const vg_entity *pol = by_mention(d, "Turkish police");
    assert_non_null(pol);
    assert_int_equal(pol->type, VG_ENT_GOVERNMENT);
    assert_string_equal(pol->cc, "TR");
    assert_string_equal(pol->organ, "police");
    const vg_entity *usa = by_mention(d, "US authorities");
    assert_non_null(usa);
    assert_int_equal(usa->type, VG_ENT_GOVERNMENT);
    assert_string_equal(usa->cc, "US");
    assert_ptr_equal(by_mention(d, "US relative authorities"), usa); /* one organ */
    const vg_entity *usg = by_mention(d, "USG sources");
    assert_non_null(usg);
    assert_int_equal(usg->type, VG_ENT_GOVERNMENT);
    assert_string_equal(usg->cc, "US");
    const vg_entity *def = by_mention(d, "two U.S. defense sources"); /* the phrase is the mention */
    assert_non_null(def);
    assert_int_equal(def->type, VG_ENT_GOVERNMENT);
    assert_string_equal(def->cc, "US");
    const vg_entity *lead = by_mention(d, "Turkish leadership");
    assert_non_null(lead);
    assert_int_equal(lead->type, VG_ENT_GOVERNMENT);
    assert_string_equal(lead->cc, "TR");
    assert_string_equal(lead->name, "Turkish leadership");
    const vg_entity *sec = by_mention(d, "Turkish security authorities");
    assert_non_null(sec);
    assert_string_equal(sec->cc, "TR");
    const vg_entity *reu = by_name(d, "Reuters");
    assert_non_null(reu);
    assert_int_equal(reu->type, VG_ENT_ORGANIZATION);
    /* "Turkish" alone is no entity */
    assert_null(by_mention(d, "Turkish"));
    done(d);
}

static void test_seed_person_not_bali(void **state)
{
    (void)state;
    vg_doc *d = run("(US relative authorities believe İlhami Balı is not Turkey emir, but "
                    "Turkey-Syria border emir.)");
    check_invariants(d);
    const vg_entity *p = by_mention(d, "İlhami Balı");
    assert_non_null(p);
    assert_int_equal(p->type, VG_ENT_PERSON);
    for (size_t e = 0; e < d->ex->nents; e++) {
        const vg_entity *en = &d->ex->ents[e];
        if (en->type == VG_ENT_PLACE)
            assert_string_not_equal(en->cc, "ID"); /* never the island */
    }
    /* the hyphenated compound names two countries */
    const vg_entity *syria = by_mention(d, "Syria");
    assert_non_null(syria);
    assert_string_equal(syria->cc, "SY");
    assert_ptr_equal(by_mention(d, "Turkey"), by_name(d, by_mention(d, "Turkey")->name));
    assert_int_equal(by_mention(d, "Turkey")->nmentions, 2);
    done(d);
}

/* Towns inside a hyphenated word are places on a route between them
 * ("the Kabul-Jalalabad highway"). */
static void test_route_towns(void **state)
{
    (void)state;
    vg_doc *d = run("Gunmen ambushed a bus on the Kabul-Jalalabad highway on Tuesday.");
    check_invariants(d);
    const vg_entity *k = by_mention(d, "Kabul");
    const vg_entity *j = by_mention(d, "Jalalabad");
    assert_non_null(k);
    assert_non_null(j);
    assert_string_equal(k->cc, "AF");
    assert_string_equal(j->cc, "AF");
    done(d);
    /* a route only between places: "al" and "Trans" are none */
    static const char *const not_towns[] = {"Gunmen attacked a checkpoint on the Al-Nasr road on Monday.",
                                            "Militants attacked trucks on the Trans-Sahara highway on Monday."};
    for (size_t t = 0; t < 2; t++) {
        d = run(not_towns[t]);
        check_invariants(d);
        for (size_t e = 0; e < d->ex->nents; e++)
            if (d->ex->ents[e].type == VG_ENT_PLACE)
                fail_msg("%s: place %s", not_towns[t], d->ex->ents[e].name);
        done(d);
    }
}

/* Provinces below the first level that reports name (data/geo/places.tsv):
 * "Samar province" is the Philippine one, not Samara in Russia. */
static void test_provinces(void **state)
{
    (void)state;
    static const struct {
        const char *text, *mention, *cc;
    } cases[] = {
        {"Two soldiers were killed in an NPA ambush in Samar province on Tuesday.", "Samar", "PH"},
        {"Two soldiers were killed in an NPA ambush in Negros Oriental on Tuesday.", "Negros Oriental", "PH"},
        {"Troops clashed with militants in Lanao del Sur on Monday.", "Lanao del Sur", "PH"},
        {"A blast in Samara killed two people on Monday.", "Samara", "RU"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        vg_doc *d = run(cases[k].text);
        check_invariants(d);
        const vg_entity *e = by_mention(d, cases[k].mention);
        if (!e || strcmp(e->cc, cases[k].cc))
            fail_msg("%s: %s in %s", cases[k].text, cases[k].mention, e ? e->cc : "(none)");
        done(d);
    }
}

/* A relative's name is no place ("her daughter, Sofía", "his son
 * Paris"); the town of the funeral still is. */
static void test_relatives_not_places(void **state)
{
    (void)state;
    vg_doc *d = run("She is survived by her daughter, Sofía, and her mother, Carmen. Her sister, Victoria, and "
                    "her son Paris attended the funeral in Celaya.");
    check_invariants(d);
    static const char *const names[] = {"Sofía", "Carmen", "Victoria", "Paris"};
    for (size_t k = 0; k < sizeof names / sizeof *names; k++) {
        const vg_entity *e = by_mention(d, names[k]);
        if (e && e->type == VG_ENT_PLACE)
            fail_msg("%s is a place", names[k]);
    }
    const vg_entity *c = by_mention(d, "Celaya");
    assert_non_null(c);
    assert_string_equal(c->cc, "MX");
    done(d);
    /* a place that opens the relative's title stays a place */
    d = run("Gunmen killed her husband, Kandahar police chief Abdul Raziq, on Thursday.");
    check_invariants(d);
    assert_non_null(by_mention(d, "Kandahar"));
    done(d);
    /* surnames held by the law are no towns; a town the people are of,
     * or where they were held, stays one */
    d = run("Haddad and Morgan were arrested on November 8. Police arrested Jackson and Lincoln after a "
            "chase. Israeli forces arrested Gaza protesters on Monday. Two men were detained in Omaha.");
    check_invariants(d);
    static const char *const held[] = {"Morgan", "Jackson", "Lincoln"};
    for (size_t k = 0; k < sizeof held / sizeof *held; k++) {
        const vg_entity *e = by_mention(d, held[k]);
        if (e && e->type == VG_ENT_PLACE)
            fail_msg("%s is a place", held[k]);
    }
    assert_non_null(by_mention(d, "Gaza"));
    assert_non_null(by_mention(d, "Omaha"));
    done(d);
}

/* "the army" is the army of the country the story happens in, not of the
 * agency that reports it, even when the only place has namesakes abroad
 * ("Borno": the Nigerian state, and a variant of Borna in Germany). */
static void test_organ_story_country(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "Reuters reported that the army killed 12 civilians in Borno on Monday.",
        "The army killed 12 civilians in Borno on Monday.",
        "The army killed 12 civilians in Borno on Monday, AFP and Human Rights Watch said.",
    };
    for (size_t k = 0; k < sizeof texts / sizeof *texts; k++) {
        vg_doc *d = run(texts[k]);
        check_invariants(d);
        const vg_entity *a = by_mention(d, "army");
        if (!a)
            a = by_mention(d, "the army");
        if (!a)
            a = by_mention(d, "The army");
        if (!a || strcmp(a->cc, "NG"))
            fail_msg("%s: army in %s", texts[k], a ? a->cc : "(none)");
        done(d);
    }
}

static void test_muc_caseless(void **state)
{
    (void)state;
    vg_doc *d = run_case("the fmln urban guerrillas attacked the national guard post in san salvador "
                         "yesterday.  colonel luis arturo isaacs said that the guerrillas fled. later "
                         "isaacs added that president cerezo was informed.",
                         VG_CASE_LOWER, 0);
    check_invariants(d);
    const vg_entity *f = by_mention(d, "fmln");
    assert_non_null(f);
    assert_int_equal(f->type, VG_ENT_ARMED_GROUP);
    assert_string_equal(f->name, "FMLN");
    assert_string_equal(f->cc, "SV");
    const vg_entity *ss = by_mention(d, "san salvador");
    assert_non_null(ss);
    assert_int_equal(ss->type, VG_ENT_PLACE);
    assert_string_equal(ss->cc, "SV");
    assert_int_equal(place_of(ss)->kind, VG_PLACE_CITY);
    const vg_entity *isaacs = by_mention(d, "luis arturo isaacs");
    assert_non_null(isaacs);
    assert_int_equal(isaacs->type, VG_ENT_PERSON);
    assert_int_equal(isaacs->nmentions, 2); /* the later "isaacs" */
    const vg_entity *cer = by_mention(d, "cerezo");
    assert_non_null(cer);
    assert_int_equal(cer->type, VG_ENT_PERSON);
    /* no actor, place or person from "urban guerrillas" */
    assert_false(covered(d, "urban guerrillas"));
    done(d);
}

static void test_caps_wire(void **state)
{
    (void)state;
    vg_doc *d = run_case("ISIS MILITANTS ATTACKED A CHECKPOINT NEAR RAQQA ON MONDAY. IT IS THE THIRD "
                         "ATTACK THIS WEEK, A WITNESS TOLD US.",
                         VG_CASE_UPPER, 0);
    check_invariants(d);
    const vg_entity *isis = by_mention(d, "ISIS");
    assert_non_null(isis);
    assert_int_equal(isis->type, VG_ENT_ARMED_GROUP);
    assert_int_equal(isis->nmentions, 1); /* not "IT IS" */
    assert_null(by_mention(d, "IS"));
    assert_null(by_mention(d, "US")); /* the pronoun */
    assert_string_equal(by_mention(d, "RAQQA")->cc, "SY");
    done(d);
}

static void test_no_false_actors(void **state)
{
    (void)state;
    vg_doc *d = run("The striker attacked the goal twice in the second half. Critics called the new "
                    "feature a killer app for the club. MIT researchers said the study was sound, "
                    "according to a professor at MIT.");
    check_invariants(d);
    assert_int_equal(d->ex->nents, 0);
    done(d);
    /* with Turkish context MIT is the intelligence organization */
    d = run("Turkey's MIT detained two suspects in Ankara on Monday.");
    check_invariants(d);
    const vg_entity *mit = by_mention(d, "MIT");
    assert_non_null(mit);
    assert_int_equal(mit->type, VG_ENT_GOVERNMENT);
    assert_string_equal(mit->cc, "TR");
    assert_string_equal(by_mention(d, "Ankara")->cc, "TR");
    done(d);
    /* a doubted source opening a sentence is no person */
    d = run("Unconfirmed reports suggested that insurgents had crossed the river. Unverified videos show a fire.");
    check_invariants(d);
    assert_null(by_mention(d, "Unconfirmed"));
    assert_null(by_mention(d, "Unverified"));
    done(d);
    /* an acronym spelled out as something else, with runs of letters
     * ("INDIRECT FIRE" for "IDF"), is not the actor of that acronym ... */
    d = run("INDIRECT FIRE (IDF). 2X 107MM ROCKETS IMPACTED VIC K1 AIR BASE. IDF IS LIKELY TO CONTINUE.");
    check_invariants(d);
    assert_null(by_mention(d, "IDF"));
    done(d);
    /* ... but its own name before it licenses it */
    d = run("The Israel Defense Forces (IDF) said the raid was over. The IDF gave no figures.");
    check_invariants(d);
    assert_non_null(by_mention(d, "IDF"));
    assert_int_equal(by_mention(d, "IDF")->type, VG_ENT_GOVERNMENT);
    done(d);
}

static void test_lima_context(void **state)
{
    (void)state;
    vg_doc *d = run("Terrorists bombed a bank in Lima on Tuesday, Peruvian police said.");
    check_invariants(d);
    const vg_entity *lima = by_mention(d, "Lima");
    assert_non_null(lima);
    assert_string_equal(lima->cc, "PE");
    assert_string_equal(place_of(lima)->feature, "PPLC");
    assert_int_equal(place_of(lima)->feat, VG_PF_PPLC);
    done(d);
    d = run("A fire in Lima, Ohio, destroyed a barn on Tuesday.");
    check_invariants(d);
    lima = by_mention(d, "Lima");
    assert_non_null(lima);
    assert_string_equal(lima->cc, "US");
    done(d);
    /* "Mexico State" is the state (Estado de México), not the country */
    d = run("Gunmen killed four people in Mexico State on Tuesday.");
    check_invariants(d);
    const vg_entity *st = by_mention(d, "Mexico State");
    assert_non_null(st);
    assert_string_equal(st->cc, "MX");
    assert_string_equal(place_of(st)->feature, "ADM1");
    assert_int_equal(place_of(st)->feat, VG_PF_ADM1);
    assert_null(by_name(d, "Mexico"));
    done(d);
    /* "the Valle" of a Colombian story is Valle del Cauca; a Honduran
     * one's stays the Honduran department */
    static const struct {
        const char *text, *cc;
    } valle[] = {{"Notes from the Valle, a blog about life in southwestern Colombia.", "CO"},
                 {"Gunmen attacked a police post in Nacaome, in the Honduran department of Valle.", "HN"}};
    for (size_t k = 0; k < 2; k++) {
        d = run(valle[k].text);
        check_invariants(d);
        st = by_mention(d, "Valle");
        assert_non_null(st);
        assert_string_equal(st->cc, valle[k].cc);
        done(d);
    }
    /* ... and "New Mexico State Police" is in the United States */
    d = run("Two New Mexico State Police officers were shot in Albuquerque.");
    check_invariants(d);
    st = by_mention(d, "New Mexico State Police");
    assert_non_null(st);
    assert_string_equal(st->cc, "US");
    assert_null(by_name(d, "State of Mexico"));
    done(d);
    /* Philippine provinces below the first level and Iraq's Kurdistan
     * Region (places.tsv rows) are regions, not the towns or the Iranian
     * province that carried their names */
    static const struct {
        const char *text, *mention, *name, *cc;
    } areas[] = {
        {"Two suspects were arrested in Sulu province on 18 January.", "Sulu", "Sulu", "PH"},
        {"Gunmen fired on a passenger launch off Basilan.", "Basilan", "Basilan", "PH"},
        {"Travel in the Kurdistan Region of Iraq is unaffected.", "Kurdistan Region of Iraq", "Kurdistan Region", "IQ"},
        {"Protests spread across Kurdistan, Iran's western province.", "Kurdistan", "Kurdistan", "IR"},
    };
    for (size_t k = 0; k < sizeof areas / sizeof *areas; k++) {
        d = run(areas[k].text);
        check_invariants(d);
        st = by_mention(d, areas[k].mention);
        if (!st || strcmp(st->name, areas[k].name) != 0 || strcmp(st->cc, areas[k].cc) != 0 ||
            !place_of(st) || place_of(st)->kind != VG_PLACE_REGION)
            fail_msg("\"%s\": %s is %s (%s)", areas[k].text, areas[k].mention, st ? st->name : "missing",
                     st ? st->cc : "");
        done(d);
    }
    /* a capital of millions over a town of a country barely in context,
     * unless the town's region is named in the document; a street is no
     * place */
    static const struct {
        const char *text, *mention, *cc;
    } capitals[] = {
        {"Over in Hollywood, the film bombed at the box office. Meanwhile, in London, a start-up launched an app.",
         "London", "GB"},
        {"Officials in France are worried. A bomb exploded in Paris on Tuesday, killing two.", "Paris", "FR"},
        {"A bomb exploded in Paris, Texas, on Tuesday.", "Paris", "US"},
        {"Police in Idaho are searching for a suspect. Four students were stabbed to death in Moscow on Sunday.",
         "Moscow", "US"},
    };
    for (size_t k = 0; k < sizeof capitals / sizeof *capitals; k++) {
        d = run(capitals[k].text);
        check_invariants(d);
        st = by_mention(d, capitals[k].mention);
        if (!st || strcmp(st->cc, capitals[k].cc) != 0)
            fail_msg("\"%s\": %s in %s", capitals[k].text, capitals[k].mention, st ? st->cc : "nowhere");
        done(d);
    }
    d = run("A man was stabbed outside a bar on Harlow Street in Bangor on Monday.");
    check_invariants(d);
    assert_null(by_mention(d, "Harlow"));
    assert_non_null(by_mention(d, "Bangor"));
    done(d);
    /* a GeoNames name with apostrophes for ejectives or glottal stops is
     * found as news writes it, and the small towns of places.tsv and
     * aliases.tsv are in their province */
    static const struct {
        const char *text, *mention, *name, *cc, *region;
    } towns[] = {
        {"Fano fighters ambushed a convoy near Debre Markos on 17 November.", "Debre Markos",
         "Debre Mark\u2019os", "ET", "Amhara"},
        {"Georgian police patrolled the boundary line near Tskhinvali.", "Tskhinvali", "Ts\u2019khinvali", "GE",
         NULL},
        {"At least nine civilians were killed in Walikale on Friday.", "Walikale", "Walikale", "CD", "North Kivu"},
        /* a lower-case Arabic article before the capital, mid-sentence */
        {"Three people were killed in a strike on tents in al-Mawasi on Friday.", "al-Mawasi", "Al-Mawasi", "PS",
         "Gaza Strip"},
        {"A gunman fired on a checkpoint near Tal Afar on Monday.", "Tal Afar", "Tall \u2018Afar", "IQ", NULL},
    };
    for (size_t k = 0; k < sizeof towns / sizeof *towns; k++) {
        d = run(towns[k].text);
        check_invariants(d);
        st = by_mention(d, towns[k].mention);
        if (!st || strcmp(st->name, towns[k].name) != 0 || strcmp(st->cc, towns[k].cc) != 0 || !place_of(st) ||
            place_of(st)->kind != VG_PLACE_CITY ||
            (towns[k].region && (!place_of(st)->admin1_name || strcmp(place_of(st)->admin1_name, towns[k].region))))
            fail_msg("\"%s\": %s is %s (%s)", towns[k].text, towns[k].mention, st ? st->name : "missing",
                     st ? st->cc : "");
        done(d);
    }
    /* a town in a province below the first level keeps its record */
    d = run("A bomb exploded in Jolo, Sulu, on Sunday.");
    check_invariants(d);
    st = by_mention(d, "Jolo");
    assert_non_null(st);
    assert_non_null(place_of(st));
    assert_string_equal(place_of(st)->name, "Jolo");
    done(d);
}

static void test_people(void **state)
{
    (void)state;
    vg_doc *d = run("Interior Minister Efkan Ala said the suspects were caught. President Alan "
                    "Garcia condemned the attack. Later Garcia said the government would respond, "
                    "and Ala told reporters the border was closed.");
    check_invariants(d);
    const vg_entity *ala = by_mention(d, "Efkan Ala");
    assert_non_null(ala);
    assert_int_equal(ala->type, VG_ENT_PERSON);
    assert_int_equal(ala->nmentions, 2);
    const vg_entity *gar = by_mention(d, "Alan Garcia");
    assert_non_null(gar);
    assert_int_equal(gar->nmentions, 2);
    assert_null(by_mention(d, "Interior"));
    done(d);
    /* two people share a surname: the bare surname is left alone */
    d = run("Colonel Luis Isaacs said the road was cut. Captain Carlos Isaacs said it was not. "
            "Isaacs was not available.");
    check_invariants(d);
    const vg_entity *a = by_mention(d, "Luis Isaacs"), *b = by_mention(d, "Carlos Isaacs");
    assert_non_null(a);
    assert_non_null(b);
    assert_ptr_not_equal(a, b);
    assert_int_equal(a->nmentions, 1);
    assert_int_equal(b->nmentions, 1);
    done(d);
}

static void test_orgs_and_facilities(void **state)
{
    (void)state;
    vg_doc *d = run("Istanbul University and Atatürk Airport were evacuated. Flights from the "
                    "Istanbul airport were cancelled by Turkish Airlines.");
    check_invariants(d);
    const vg_entity *u = by_mention(d, "Istanbul University");
    assert_non_null(u);
    assert_int_equal(u->type, VG_ENT_ORGANIZATION); /* never a government agency */
    assert_string_equal(u->cc, "TR");
    const vg_entity *a = by_mention(d, "Atatürk Airport");
    assert_non_null(a);
    assert_int_equal(a->type, VG_ENT_FACILITY);
    const vg_entity *ia = by_mention(d, "Istanbul airport");
    assert_non_null(ia);
    assert_int_equal(ia->type, VG_ENT_FACILITY);
    assert_string_equal(ia->cc, "TR");
    assert_true(ia->place >= 0);
    const vg_entity *ta = by_mention(d, "Turkish Airlines");
    assert_non_null(ta);
    assert_int_equal(ta->type, VG_ENT_ORGANIZATION);
    assert_string_equal(ta->cc, "TR");
    done(d);
    /* organisations cited as sources (media.tsv): one entity per referent,
     * never a person from the words of its name */
    d = run("The Committee to Protect Journalists (CPJ) said Paredes was killed. The IMB said the crew "
            "were freed. Doctors Without Borders and MSF staff left.");
    check_invariants(d);
    const vg_entity *cpj = by_mention(d, "Committee to Protect Journalists");
    assert_non_null(cpj);
    assert_int_equal(cpj->type, VG_ENT_ORGANIZATION);
    assert_ptr_equal(by_mention(d, "CPJ"), cpj);
    assert_null(by_mention(d, "Protect Journalists"));
    const vg_entity *imb = by_mention(d, "IMB");
    assert_non_null(imb);
    assert_string_equal(imb->name, "International Maritime Bureau");
    assert_ptr_equal(by_mention(d, "MSF"), by_mention(d, "Doctors Without Borders"));
    done(d);
}

static void test_generic_organs(void **state)
{
    (void)state;
    /* "the army" gets its country from the sentence */
    vg_doc *d = run("Salvadoran troops and the army patrolled San Miguel department.");
    check_invariants(d);
    const vg_entity *army = by_mention(d, "the army");
    assert_non_null(army);
    assert_int_equal(army->type, VG_ENT_GOVERNMENT);
    assert_string_equal(army->cc, "SV");
    const vg_entity *sm = by_mention(d, "San Miguel");
    if (!sm)
        sm = by_mention(d, "San Miguel department");
    assert_non_null(sm);
    assert_int_equal(place_of(sm)->kind, VG_PLACE_REGION);
    assert_string_equal(sm->cc, "SV");
    done(d);
    /* police in a country whose police forces are provincial are its
     * police, not one unit of them (Pakistan's Counter Terrorism
     * Department) */
    d = run("Police in Lahore said two suspects were arrested.");
    check_invariants(d);
    const vg_entity *lpol = by_mention(d, "Police");
    assert_non_null(lpol);
    assert_string_equal(lpol->cc, "PK");
    assert_null(strstr(lpol->name, "Counter"));
    done(d);
    /* "<country> Defence Force" is its military, not the country */
    d = run("Soldiers killed 17 militants on Friday, the Rwanda Defence Force said.");
    check_invariants(d);
    const vg_entity *rdf = by_mention(d, "Rwanda Defence Force");
    assert_non_null(rdf);
    assert_int_equal(rdf->type, VG_ENT_GOVERNMENT);
    assert_string_equal(rdf->cc, "RW");
    done(d);
    /* a group called by another group's name in an aside is that group
     * here; a branch's own name, or a name introduced, stays its own */
    d = run("Insurgents of the Islamic State Mozambique Province (ISMP), locally known as al-Shabaab, attacked "
            "Mocimboa da Praia. Al-Shabaab fighters burned houses.");
    check_invariants(d);
    assert_null(by_name(d, "al-Shabaab"));
    assert_int_equal(by_name(d, "Islamic State Mozambique Province")->nmentions, 4); /* with "(ISMP)" */
    done(d);
    d = run("The Islamic State Mozambique Province (ISMP), known locally as al-Shabaab, raided Mocimboa da Praia. "
            "Separately, al-Shabaab fighters detonated a car bomb in Mogadishu, Somalia.");
    check_invariants(d);
    assert_non_null(by_name(d, "al-Shabaab"));
    assert_int_equal(by_name(d, "al-Shabaab")->nmentions, 1);
    assert_int_equal(by_name(d, "Islamic State Mozambique Province")->nmentions, 3); /* with "(ISMP)" */
    done(d);
    d = run("Investigators asked whether the local branch of Islamic State, known as Islamic State Khorasan "
            "Province, had carried it out.");
    check_invariants(d);
    assert_non_null(by_name(d, "Islamic State Khorasan Province"));
    assert_non_null(by_name(d, "ISIS"));
    done(d);
    /* a dissolved organ (until=2019) is the default for "police" in Mexico
     * only before it was dissolved, or when the document has no date */
    static const struct {
        int year;
        int federal;
    } when[] = {{2015, 1}, {0, 1}, {2025, 0}};
    for (size_t k = 0; k < sizeof when / sizeof when[0]; k++) {
        d = run_in("Gunmen killed four police officers in Ecatepec.", when[k].year);
        check_invariants(d);
        const vg_entity *pol = NULL;
        for (size_t e = 0; e < d->ex->nents; e++)
            if (d->ex->ents[e].type == VG_ENT_GOVERNMENT)
                pol = &d->ex->ents[e];
        assert_non_null(pol);
        assert_string_equal(pol->cc, "MX");
        assert_int_equal(strcmp(pol->name, "Mexican Federal Police") == 0, when[k].federal);
        done(d);
    }
}

/* The kind and country words around names decide what they are. */
static void test_context_rules(void **state)
{
    (void)state;
    /* the generic organ takes the country of the named one before it, not
     * of the border it shells */
    vg_doc *d = run("BEIRUT - The Lebanese army said on Monday it had killed two militants. "
                    "Syria, Syria and Syria were named. The army shelled positions near the Syrian "
                    "border.");
    check_invariants(d);
    const vg_entity *laf = by_mention(d, "Lebanese army");
    assert_non_null(laf);
    assert_string_equal(laf->cc, "LB");
    assert_ptr_equal(by_mention(d, "The army"), laf);
    done(d);
    /* acronyms, months, parts of longer names and foreign villages are no places */
    d = run("A UN team arrived in March from Central Asia. Insurgents attacked Mocímboa da Praia "
            "in Mozambique, and a security official in Cairo said Huata was calm.");
    check_invariants(d);
    assert_false(covered(d, "UN"));
    assert_false(covered(d, "March"));
    assert_false(covered(d, "Asia"));
    /* the whole town's name (an alias of ours), not Cabo Verde's capital */
    const vg_entity *mo = by_mention(d, "Mocímboa da Praia");
    assert_non_null(mo);
    assert_string_equal(mo->cc, "MZ");
    assert_false(covered(d, "Huata")); /* only Andean villages of no known size in the gazetteer */
    const vg_entity *cairo = by_mention(d, "Cairo");
    assert_non_null(cairo);
    assert_int_equal(cairo->type, VG_ENT_PLACE); /* "said" after it makes no person */
    assert_string_equal(cairo->cc, "EG");
    done(d);
    /* an alias of two rows licenses neither: Colombia's ELN, not Bolivia's */
    d = run("The attack was claimed by the National Liberation Army (ELN), the last active rebel "
            "group in Colombia. Talks between the ELN and the government were suspended.");
    check_invariants(d);
    const vg_entity *eln = by_mention(d, "ELN");
    assert_non_null(eln);
    assert_string_equal(eln->cc, "CO");
    assert_ptr_equal(by_mention(d, "National Liberation Army"), eln);
    assert_int_equal(eln->nmentions, 3);
    done(d);
    /* a city name as the subject of a verb is its government; elsewhere the city */
    d = run("ANKARA, July 4 - Police raided a flat in Ankara. Ankara accused Damascus of "
            "harbouring the cell.");
    check_invariants(d);
    const vg_entity *gov = by_mention(d, "Ankara");
    assert_non_null(gov);
    assert_int_equal(gov->type, VG_ENT_PLACE);
    assert_int_equal(gov->nmentions, 2);
    const vg_mention *last = NULL;
    for (size_t m = 0; m < d->ex->nmentions; m++)
        if (memcmp(d->text + d->ex->mentions[m].start, "Ankara accused", 6) == 0)
            last = &d->ex->mentions[m];
    assert_non_null(last);
    assert_int_equal(d->ex->ents[last->entity].type, VG_ENT_GOVERNMENT);
    done(d);
}

static void test_geo_choose(void **state)
{
    (void)state;
    vg_lex_hit h[64];
    size_t n = vg_lex_lookup(LX, "San Salvador", h, 64);
    assert_true(n >= 2);
    uint32_t recs[64];
    size_t nr = 0;
    for (size_t k = 0; k < n && k < 64; k++)
        if (h[k].kind == VG_LK_PLACE)
            recs[nr++] = h[k].rec;
    assert_true(nr >= 2);
    vg_geo_ev ev;
    vg_geo_init(&ev);
    vg_geo_finish(&ev);
    const vg_place *p = vg_lex_place(LX, recs[vg_geo_choose(LX, &ev, recs, NULL, nr, 0, VG_GEO_ANY)]);
    assert_string_equal(p->cc, "SV");
    assert_int_equal(p->kind, VG_PLACE_CITY);
    p = vg_lex_place(LX, recs[vg_geo_choose(LX, &ev, recs, NULL, nr, 0, VG_GEO_REGION)]);
    assert_int_equal(p->kind, VG_PLACE_REGION);
    assert_string_equal(p->cc, "SV");
    char cc[3];
    vg_geo_main_country(&ev, cc);
    assert_string_equal(cc, "");
    vg_geo_add_country(&ev, "PE", 3);
    vg_geo_add_country(&ev, "x", 3); /* ignored */
    vg_geo_main_country(&ev, cc);
    assert_string_equal(cc, "PE");
    assert_int_equal(vg_geo_cc_index("ZZ"), 26 * 26 - 1);
    assert_int_equal(vg_geo_cc_index("z"), -1);
}

static void test_word_classes(void **state)
{
    (void)state;
    assert_true(vg_names_class("president") & VG_WC_TITLE);
    assert_true(vg_names_class("gen.") & VG_WC_TITLE);
    assert_true(vg_names_class("emir") & VG_WC_ROLE);
    assert_true(vg_names_class("said") & VG_WC_SPEECH);
    assert_true(vg_names_class("the") & VG_WC_COMMON);
    assert_true(vg_names_class("june") & VG_WC_MONTH);
    assert_true(vg_names_class("department") & VG_WC_REGION);
    assert_true(vg_names_class("airport") & VG_WC_FACILITY);
    assert_true(vg_names_class("university") & VG_WC_ORG);
    assert_false(vg_names_class("university") & VG_WC_ORG_GOV);
    assert_true(vg_names_class("ministry") & VG_WC_ORG_GOV);
    assert_int_equal(vg_names_class("istanbul"), 0);
    assert_int_equal(vg_names_class(""), 0);
    assert_int_equal(vg_names_check(), 0); /* the table is sorted */
}

static void test_edges(void **state)
{
    (void)state;
    vg_doc d;
    vg_doc_init(&d);
    assert_int_equal(vg_entity_run(LX, &d), VIGIL_EUSAGE); /* no ex */
    assert_int_equal(vg_doc_set_text(&d, "", 0), VIGIL_OK);
    assert_int_equal(vg_tok_run(&d), VIGIL_OK);
    assert_int_equal(vg_sent_run(&d), VIGIL_OK);
    d.ex = vg_arena_calloc(&d.arena, 1, sizeof *d.ex);
    assert_int_equal(vg_entity_run(LX, &d), VIGIL_OK);
    assert_int_equal(d.ex->nents, 0);
    vg_doc_fini(&d);
    /* punctuation, digits and stray brackets */
    vg_doc *p = run("((( ))) 12 34 -- US- -US U.S.- ( ISIS ( ) ) Turkey-- --Syria");
    check_invariants(p);
    done(p);
}

static void test_mention_limit(void **state)
{
    (void)state;
    const char *unit = "ISIS attacked Raqqa. ";
    size_t n = strlen(unit), reps = VG_MAX_MENTIONS / 2 + 100;
    char *text = vg_malloc(n * reps + 1);
    assert_non_null(text);
    for (size_t i = 0; i < reps; i++)
        memcpy(text + i * n, unit, n);
    text[n * reps] = '\0';
    vg_doc *d = run(text);
    assert_int_equal(d->ex->nmentions, VG_MAX_MENTIONS);
    assert_int_equal(d->ex->nents, 2);
    int limited = 0;
    for (size_t i = 0; i < d->ndiags; i++)
        limited |= d->diags[i].code == VIGIL_ELIMIT;
    assert_true(limited);
    check_invariants(d);
    done(d);
    vg_free(text);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_seed_places),
        cmocka_unit_test(test_seed_actors),
        cmocka_unit_test(test_seed_person_not_bali),
        cmocka_unit_test(test_route_towns), cmocka_unit_test(test_provinces), cmocka_unit_test(test_organ_story_country), cmocka_unit_test(test_relatives_not_places), cmocka_unit_test(test_muc_caseless),
        cmocka_unit_test(test_caps_wire),
        cmocka_unit_test(test_no_false_actors),
        cmocka_unit_test(test_lima_context),
        cmocka_unit_test(test_people),
        cmocka_unit_test(test_orgs_and_facilities),
        cmocka_unit_test(test_generic_organs),
        cmocka_unit_test(test_context_rules),
        cmocka_unit_test(test_geo_choose),
        cmocka_unit_test(test_word_classes),
        cmocka_unit_test(test_edges),
        cmocka_unit_test(test_mention_limit),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
