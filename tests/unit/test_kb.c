/* test_kb.c: the knowledge base (src/kb, vigil/kb.h). The policy rules
 * (name folding, statement likeness, the confidence formula) are tested
 * directly; merging, corroboration, conflicts, grades and the queries
 * through the public API on a database in a temporary directory, filled
 * with short reports written for these tests:
 *   - two outlets carrying one wire story word for word (one source);
 *   - three outlets on one bombing with 41, 45 and 43 dead (one event,
 *     three reports, a conflict, three independent sources);
 *   - a threat to Turkey's resorts, on the board of Antalya;
 *   - two people who share a surname (two entities). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <jansson.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ingest/ingest.h"
#include "kb/kb.h"
#include "vigil/kb.h"

#include "helpers.h"

static vigil_ctx *ctx;
static char dir[64];

static int setup(void **state)
{
    (void)state;
    if (load_ctx(&ctx) != 0)
        return -1;
    snprintf(dir, sizeof dir, "/tmp/vigil-kb-XXXXXX");
    return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    vigil_ctx_free(ctx);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    return system(cmd) == 0 ? 0 : -1;
}

static vigil_kb *fresh_db(const char *name)
{
    char path[128];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    vigil_kb *kb;
    vigil_error err;
    int rc = vigil_kb_open(&kb, path, 0, &err);
    if (rc != VIGIL_OK)
        fprintf(stderr, "%s\n", err.message);
    assert_int_equal(rc, VIGIL_OK);
    return kb;
}

/* Analyses text as document id from publisher and stores it. */
static vigil_kb_put_result put(vigil_kb *kb, const char *id, const char *publisher, const char *text)
{
    vigil_doc *doc = analyze_text(ctx, id, text, NULL);
    doc->d.publisher = publisher;
    vigil_kb_put_result r;
    vigil_error err;
    int rc = vigil_kb_put(kb, doc, &r, &err);
    if (rc != VIGIL_OK)
        fprintf(stderr, "%s\n", err.message);
    assert_int_equal(rc, VIGIL_OK);
    vigil_doc_free(doc);
    return r;
}

/* Runs q and returns the parsed JSON answer (caller decrefs). */
static json_t *ask(vigil_kb *kb, vigil_kb_query q)
{
    char *out = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&out, &n);
    assert_non_null(f);
    vigil_error err;
    int rc = vigil_kb_query_write(kb, &q, VIGIL_KB_JSON, f, &err);
    if (rc != VIGIL_OK)
        fprintf(stderr, "%s\n", err.message);
    assert_int_equal(rc, VIGIL_OK);
    fclose(f);
    json_error_t jerr;
    json_t *j = json_loadb(out, n, 0, &jerr);
    if (!j)
        fprintf(stderr, "bad JSON (%s): %s\n", jerr.text, out);
    assert_non_null(j);
    free(out);
    return j;
}

static long long stat_of(vigil_kb *kb, const char *key)
{
    json_t *j = ask(kb, (vigil_kb_query){.kind = VIGIL_KB_STATS});
    long long v = json_integer_value(json_object_get(j, key));
    json_decref(j);
    return v;
}

/* ---- policy ---- */

static void test_fold_name(void **state)
{
    (void)state;
    vg_buf b;
    vg_buf_init(&b);
    assert_int_equal(vg_kb_fold_name("The  İSTANBUL-Airport ", 23, &b), VIGIL_OK);
    assert_string_equal(b.data, "istanbul airport");
    assert_int_equal(vg_kb_fold_name("Muğla", strlen("Muğla"), &b), VIGIL_OK);
    assert_string_equal(b.data, "mugla");
    assert_int_equal(vg_kb_fold_name("Theodore", 8, &b), VIGIL_OK);
    assert_string_equal(b.data, "theodore");
    vg_buf_fini(&b);
}

static void test_similarity(void **state)
{
    (void)state;
    const char *a = "Police said the bomber detonated his vest at the crowded market.";
    const char *b = "The bomber detonated his vest at the crowded market, police said.";
    const char *c = "The minister announced new rules for fishing boats on Tuesday.";
    assert_true(vg_kb_similarity(a, strlen(a), b, strlen(b)) >= VG_KB_SAME_STATEMENT);
    assert_true(vg_kb_similarity(a, strlen(a), c, strlen(c)) < 0.1);
    assert_true(vg_kb_similarity(a, strlen(a), a, strlen(a)) > 0.99);
    assert_true(vg_kb_similarity("", 0, a, strlen(a)) == 0);
}

static void test_confidence(void **state)
{
    (void)state;
    double ungraded = vg_kb_confidence("probable", 0, 0, 1);
    assert_true(vg_kb_confidence("probable", 'A', 1, 1) > ungraded);
    assert_true(vg_kb_confidence("probable", 'E', 5, 1) < ungraded);
    assert_true(vg_kb_confidence("certain", 0, 0, 1) > vg_kb_confidence("possible", 0, 0, 1));
    assert_true(vg_kb_confidence("probable", 0, 0, 3) > ungraded);
    assert_true(vg_kb_confidence("certain", 'A', 1, 50) <= 0.99);
    assert_true(vg_kb_confidence("possible", 'E', 5, 1) > 0);
}

/* ---- store ---- */

static const char wire[] =
    "KABUL, March 4, 2024 - A suicide bomber killed 41 people at a crowded market in Kabul on "
    "Monday, police said. Islamic State claimed responsibility for the bombing.\n";

static void test_idempotent(void **state)
{
    (void)state;
    vigil_kb *kb = fresh_db("idem.db");
    assert_int_equal(put(kb, "w1", "Anatolia Wire", wire), VIGIL_KB_STORED);
    long long entities = stat_of(kb, "entities"), claims = stat_of(kb, "claims");
    assert_true(entities >= 3 && claims >= 2);
    assert_int_equal(put(kb, "w1", "Anatolia Wire", wire), VIGIL_KB_SKIPPED);
    /* the same text under another id is the same document */
    assert_int_equal(put(kb, "w1-copy", "Anatolia Wire", wire), VIGIL_KB_SKIPPED);
    assert_int_equal(stat_of(kb, "documents"), 1);
    assert_int_equal(stat_of(kb, "entities"), entities);
    assert_int_equal(stat_of(kb, "claims"), claims);
    vigil_kb_close(kb);
}

/* Two outlets carrying one story word for word, headline aside: the
 * statements cluster and count as one source. */
static void test_syndication_is_one_source(void **state)
{
    (void)state;
    vigil_kb *kb = fresh_db("synd.db");
    static const char body[] =
        "Interior ministry officials said on Tuesday that Islamic State fighters were preparing "
        "new attacks on checkpoints around Mosul.\n";
    char a[512], b[512];
    snprintf(a, sizeof a, "Attacks feared near Mosul\n\n%s", body);
    snprintf(b, sizeof b, "Mosul checkpoints on alert\n\n%s", body);
    assert_int_equal(put(kb, "gulf-1", "Gulf Daily", a), VIGIL_KB_STORED);
    assert_int_equal(put(kb, "levant-1", "Levant Times", b), VIGIL_KB_STORED);
    json_t *j = ask(kb, (vigil_kb_query){.kind = VIGIL_KB_CLAIMS, .about = "Mosul"});
    json_t *rows = json_object_get(j, "claims");
    size_t seen = 0;
    for (size_t i = 0; i < json_array_size(rows); i++) {
        json_t *r = json_array_get(rows, i);
        if (!strstr(json_string_value(json_object_get(r, "text")), "preparing new attacks"))
            continue;
        seen++;
        assert_int_equal(json_integer_value(json_object_get(r, "reports")), 2);
        assert_int_equal(json_integer_value(json_object_get(r, "independent_sources")), 1);
    }
    assert_int_equal(seen, 2);
    json_decref(j);
    vigil_kb_close(kb);
}

/* A statement nobody is named for, carried by three outlets, one of them
 * with a word changed: the copies are one source, though their publishers
 * differ. */
static void test_edited_copy_is_one_source(void **state)
{
    (void)state;
    vigil_kb *kb = fresh_db("edited.db");
    static const char *const bodies[] = {
        "It is believed that Islamic State fighters are preparing new attacks on army checkpoints "
        "around Mosul before the end of the month.\n",
        "It is believed that Islamic State fighters are preparing new attacks on army checkpoints "
        "around Mosul before the end of the month.\n\nMore follows.\n",
        "It is believed that Islamic State fighters are preparing fresh attacks on army checkpoints "
        "around Mosul before the end of the month.\n"};
    static const char *const outlets[] = {"Gulf Daily", "Levant Times", "Coast Post"};
    static const char *const ids[] = {"e-1", "e-2", "e-3"};
    for (int k = 0; k < 3; k++)
        assert_int_equal(put(kb, ids[k], outlets[k], bodies[k]), VIGIL_KB_STORED);
    json_t *j = ask(kb, (vigil_kb_query){.kind = VIGIL_KB_CLAIMS, .about = "Mosul"});
    json_t *rows = json_object_get(j, "claims");
    size_t seen = 0;
    for (size_t i = 0; i < json_array_size(rows); i++) {
        json_t *r = json_array_get(rows, i);
        if (!strstr(json_string_value(json_object_get(r, "text")), "attacks on army checkpoints"))
            continue;
        seen++;
        assert_int_equal(json_integer_value(json_object_get(r, "reports")), 3);
        assert_int_equal(json_integer_value(json_object_get(r, "independent_sources")), 1);
    }
    assert_int_equal(seen, 3);
    json_decref(j);
    vigil_kb_close(kb);
}

/* Three outlets, one bombing, three death tolls. */
static void test_one_event_three_reports(void **state)
{
    (void)state;
    vigil_kb *kb = fresh_db("event.db");
    put(kb, "r1", "Anatolia Wire", wire);
    put(kb, "r2", "Gulf Daily",
        "KABUL, March 4, 2024 - A suicide bomber killed 45 people at a market in Kabul on Monday, "
        "hospital staff said.\n");
    put(kb, "r3", "Levant Times",
        "KABUL, March 5, 2024 - The death toll from Monday's suicide bombing at a market in Kabul "
        "rose to 43, the health ministry said. A suicide bomber killed 43 people in Kabul on "
        "Monday.\n");
    /* a different city the same day is another event */
    put(kb, "r4", "Gulf Daily",
        "JALALABAD, March 4, 2024 - A suicide bomber killed 6 people in Jalalabad on Monday, "
        "police said.\n");
    json_t *j = ask(kb, (vigil_kb_query){.kind = VIGIL_KB_TIMELINE, .place = "kabul"});
    json_t *rows = json_object_get(j, "events");
    size_t incidents = 0;
    for (size_t i = 0; i < json_array_size(rows); i++) {
        json_t *r = json_array_get(rows, i);
        if (strcmp(json_string_value(json_object_get(r, "kind")), "incident"))
            continue;
        incidents++;
        assert_int_equal(json_integer_value(json_object_get(r, "reports")), 3);
        const char *conflict = json_string_value(json_object_get(r, "conflict"));
        assert_non_null(conflict);
        assert_non_null(strstr(conflict, "41"));
        assert_non_null(strstr(conflict, "45"));
        assert_non_null(strstr(conflict, "43"));
        assert_string_equal(json_string_value(json_object_get(r, "date")), "2024-03-04");
        assert_int_equal(json_integer_value(json_object_get(r, "killed_min")), 41);
        assert_int_equal(json_integer_value(json_object_get(r, "killed_max")), 45);
        /* the latest report (published March 5) gives 43 */
        assert_int_equal(json_integer_value(json_object_get(r, "killed_latest")), 43);
    }
    assert_int_equal(incidents, 1);
    json_decref(j);
    assert_int_equal(stat_of(kb, "incidents"), 2);
    vigil_kb_close(kb);
}

/* A threat to Turkey's resorts is on the board of Antalya, a city of
 * Turkey; aliases find ISIS under another name. */
static void test_board_takes_containing_places(void **state)
{
    (void)state;
    vigil_kb *kb = fresh_db("board.db");
    put(kb, "t1", "Anatolia Wire",
        "ANKARA, June 3, 2024 - Turkish security officials fear that Islamic State militants may "
        "attack hotels in Turkey in the coming weeks.\n");
    put(kb, "t2", "Anatolia Wire",
        "ANTALYA, June 4, 2024 - Tourists crowded the beaches of Antalya on Tuesday as the "
        "season opened.\n");
    json_t *j = ask(kb, (vigil_kb_query){.kind = VIGIL_KB_THREATS, .place = "antalya"});
    json_t *rows = json_object_get(j, "threats");
    assert_int_equal(json_array_size(rows), 1);
    json_t *t = json_array_get(rows, 0);
    assert_non_null(strstr(json_string_value(json_object_get(t, "places")), "rkiye"));
    json_decref(j);
    j = ask(kb, (vigil_kb_query){.kind = VIGIL_KB_THREATS, .place = "Jalalabad"});
    assert_int_equal(json_array_size(json_object_get(j, "threats")), 0);
    json_decref(j);
    j = ask(kb, (vigil_kb_query){.kind = VIGIL_KB_THREATS, .actor = "islamic state"});
    assert_int_equal(json_array_size(json_object_get(j, "threats")), 1);
    json_decref(j);
    vigil_kb_close(kb);
}

static void test_shared_surname_two_people(void **state)
{
    (void)state;
    vigil_kb *kb = fresh_db("people.db");
    put(kb, "p1", "Gulf Daily",
        "CAIRO, May 2, 2024 - Police chief Ahmed Hassan said on Thursday that officers had found "
        "explosives in a car.\n");
    put(kb, "p2", "Levant Times",
        "CAIRO, May 3, 2024 - Prosecutors said Omar Hassan, a 23-year-old student, was charged on "
        "Friday.\n");
    json_t *j = ask(kb, (vigil_kb_query){.kind = VIGIL_KB_ENTITY, .text = "Ahmed Hassan"});
    assert_int_equal(json_array_size(json_object_get(j, "entities")), 1);
    json_decref(j);
    j = ask(kb, (vigil_kb_query){.kind = VIGIL_KB_ENTITY, .text = "Omar Hassan"});
    json_t *rows = json_object_get(j, "entities");
    for (size_t i = 0; i < json_array_size(rows); i++)
        assert_string_not_equal(json_string_value(json_object_get(json_array_get(rows, i), "name")),
                                "Ahmed Hassan");
    json_decref(j);
    vigil_kb_close(kb);
}

/* A grade on the publisher reaches its claims and moves their confidence. */
static void test_grades_reach_claims(void **state)
{
    (void)state;
    vigil_kb *kb = fresh_db("grade.db");
    put(kb, "g1", "Anatolia Wire", wire);
    json_t *j = ask(kb, (vigil_kb_query){.kind = VIGIL_KB_CLAIMS});
    json_t *c0 = json_array_get(json_object_get(j, "claims"), 0);
    double before = json_real_value(json_object_get(c0, "confidence"));
    assert_true(json_is_null(json_object_get(c0, "grade")));
    json_decref(j);
    vigil_error err;
    assert_int_equal(vigil_kb_grade(kb, "anatolia wire", 'E', 5, &err), VIGIL_OK);
    assert_int_equal(vigil_kb_grade(kb, "anatolia wire", 'G', 5, &err), VIGIL_EUSAGE);
    assert_int_equal(vigil_kb_grade(kb, "anatolia wire", 'A', 7, &err), VIGIL_EUSAGE);
    j = ask(kb, (vigil_kb_query){.kind = VIGIL_KB_CLAIMS});
    c0 = json_array_get(json_object_get(j, "claims"), 0);
    assert_string_equal(json_string_value(json_object_get(c0, "grade")), "E5");
    assert_true(json_real_value(json_object_get(c0, "confidence")) < before);
    json_decref(j);
    vigil_kb_close(kb);
}

/* A database written by a newer Vigil is refused, with a message saying so. */
static void test_newer_schema_refused(void **state)
{
    (void)state;
    vigil_kb *kb = fresh_db("newer.db");
    vigil_kb_close(kb);
    char path[128];
    snprintf(path, sizeof path, "%s/newer.db", dir);
    sqlite3 *db;
    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db, "PRAGMA user_version = 99", NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
    vigil_error err;
    assert_int_equal(vigil_kb_open(&kb, path, 0, &err), VIGIL_EDB);
    assert_null(kb);
    assert_non_null(strstr(err.message, "newer"));
    assert_non_null(strstr(err.message, "newer.db"));
    /* not a database at all */
    snprintf(path, sizeof path, "%s/text.db", dir);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs("this is not a database, just some text that is long enough to look like a header\n", f);
    fclose(f);
    assert_int_equal(vigil_kb_open(&kb, path, 0, &err), VIGIL_EDB);
    assert_non_null(strstr(err.message, "text.db"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fold_name),
        cmocka_unit_test(test_similarity),
        cmocka_unit_test(test_confidence),
        cmocka_unit_test(test_idempotent),
        cmocka_unit_test(test_syndication_is_one_source),
        cmocka_unit_test(test_edited_copy_is_one_source),
        cmocka_unit_test(test_one_event_three_reports),
        cmocka_unit_test(test_board_takes_containing_places),
        cmocka_unit_test(test_shared_surname_two_people),
        cmocka_unit_test(test_grades_reach_claims),
        cmocka_unit_test(test_newer_schema_refused),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
