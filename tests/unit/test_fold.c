/* test_fold.c: folding for matching (fold.c): the Turkic i rules, marks,
 * typographic punctuation, the ASCII fast path, NFC, case shapes. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "text/fold.h"
#include "util/alloc.h"
#include "util/arena.h"
#include "util/buf.h"

/* Folds s and checks the result and its length. */
static void check_fold(const char *s, const char *want)
{
    vg_arena a;
    vg_arena_init(&a, 1 << 20);
    size_t n = 12345;
    char *f = vg_fold(&a, s, strlen(s), &n);
    assert_non_null(f);
    assert_string_equal(f, want);
    assert_int_equal(n, strlen(want));
    vg_arena_fini(&a);
}

static void test_turkish(void **state)
{
    (void)state;
    check_fold("İstanbul", "istanbul");
    check_fold("ISTANBUL", "istanbul");
    check_fold("istanbul", "istanbul");
    check_fold("Istanbul", "istanbul");
    check_fold("Balı", "bali");
    check_fold("BALI", "bali");
    check_fold("İlhami Balı", "ilhami bali");
    check_fold("Muğla", "mugla");
    check_fold("MUĞLA", "mugla");
    check_fold("İZMİR", "izmir");
    check_fold("Keçiören", "kecioren");
    check_fold("Yılmaz", "yilmaz");
    check_fold("Aydoğan", "aydogan");
}

static void test_marks_and_compat(void **state)
{
    (void)state;
    check_fold("Düsseldorf", "dusseldorf");
    check_fold("cafés", "cafes");
    check_fold("Atatürk", "ataturk");
    check_fold("Straße", "strasse");
    check_fold("\xEF\xAC\x81re", "fire");        /* "ﬁ" ligature */
    check_fold("Mug\xCC\x86la", "mugla");        /* decomposed ğ */
    check_fold("Is\xC2\xADtanbul", "istanbul");  /* soft hyphen */
    check_fold("\xEF\xBC\xA9\xEF\xBC\xB3", "is"); /* fullwidth "ＩＳ" */
    check_fold("Ελλάδα", "ελλαδα");
    check_fold("МОСКВА", "москва");
    check_fold("€40,000", "€40,000");
}

static void test_punctuation(void **state)
{
    (void)state;
    check_fold("Turkey’s", "turkey's");
    check_fold("‘quoted’", "'quoted'");
    check_fold("“Our security forces”", "\"our security forces\"");
    check_fold("«oui»", "\"oui\"");
    check_fold("it´s", "it's");
    check_fold("1990–1991", "1990-1991");
    check_fold("wait—what", "wait-what");
    check_fold("\xE2\x88\x92" "5", "-5"); /* minus sign */
    check_fold("a\xC2\xA0" "b", "a b");   /* no-break space */
    check_fold("wait…", "wait...");
}

static void test_ascii_fast_path(void **state)
{
    (void)state;
    check_fold("", "");
    check_fold("U.S.", "u.s.");
    check_fold("ISIS-led 30-plus @Haberdar", "isis-led 30-plus @haberdar");
    check_fold("[]^_`{|}~", "[]^_`{|}~");
}

static void test_fold_into_sizes(void **state)
{
    (void)state;
    char out[8];
    memset(out, 'x', sizeof out);
    /* too small: returns the full length, writes what fits, no NUL */
    size_t need = vg_fold_into("İSTANBUL", strlen("İSTANBUL"), out, 4);
    assert_int_equal(need, 8);
    assert_memory_equal(out, "ista", 4);
    assert_int_equal(out[4], 'x');
    /* measure only */
    assert_int_equal(vg_fold_into("Muğla", strlen("Muğla"), NULL, 0), 5);
    /* exactly enough room for the NUL */
    need = vg_fold_into("Balı", strlen("Balı"), out, 5);
    assert_int_equal(need, 4);
    assert_string_equal(out, "bali");
    /* invalid bytes become U+FFFD, one per byte */
    need = vg_fold_into("a\xFF" "b", 3, out, sizeof out);
    assert_int_equal(need, 5);
    assert_string_equal(out, "a\xEF\xBF\xBD" "b");
}

static void test_fold_long(void **state)
{
    (void)state;
    /* longer than the 256-byte stack buffer: sized exactly */
    char in[2000], want[2000];
    size_t n = 0, w = 0;
    for (int k = 0; k < 200; k++) {
        memcpy(in + n, "İğ ", 5);
        n += 5;
        memcpy(want + w, "ig ", 3);
        w += 3;
    }
    in[n] = '\0';
    want[w] = '\0';
    check_fold(in, want);
    /* compatibility expansion: U+FDFA is 18 Arabic letters */
    vg_arena a;
    vg_arena_init(&a, 1 << 20);
    size_t len = 0;
    char *f = vg_fold(&a, "\xEF\xB7\xBA", 3, &len);
    assert_non_null(f);
    assert_int_equal(len, 33); /* 15 two-byte letters and 3 spaces */
    assert_int_equal(strlen(f), len);
    vg_arena_fini(&a);
}

static void test_fold_buf(void **state)
{
    (void)state;
    vg_buf b;
    vg_buf_init(&b);
    assert_int_equal(vg_buf_puts(&b, "x:"), 0);
    assert_int_equal(vg_fold_buf("İstanbul", strlen("İstanbul"), &b), 0);
    assert_int_equal(vg_fold_buf(" MUĞLA", 7, &b), 0);
    assert_int_equal(b.len, strlen("x:istanbul mugla"));
    assert_string_equal(b.data, "x:istanbul mugla");
    vg_buf_fini(&b);
}

static void test_fold_arena_cap(void **state)
{
    (void)state;
    vg_arena a;
    vg_arena_init(&a, 16); /* smaller than any chunk */
    assert_null(vg_fold(&a, "Istanbul", 8, NULL));
    assert_null(vg_fold(&a, "İstanbul", strlen("İstanbul"), NULL));
    assert_true(a.capped);
    vg_arena_fini(&a);
}

static void test_nfc(void **state)
{
    (void)state;
    vg_arena a;
    vg_arena_init(&a, 1 << 20);
    size_t n = 0;
    char *s = vg_nfc(&a, "Mug\xCC\x86la", 7, &n); /* g + combining breve */
    assert_non_null(s);
    assert_string_equal(s, "Muğla");
    assert_int_equal(n, strlen("Muğla"));
    s = vg_nfc(&a, "İstanbul", strlen("İstanbul"), &n);
    assert_string_equal(s, "İstanbul"); /* display keeps the dot and the case */
    s = vg_nfc(&a, "Ankara", 6, &n);
    assert_string_equal(s, "Ankara");
    assert_int_equal(n, 6);
    s = vg_nfc(&a, "a\xFF", 2, &n); /* repaired, not rejected */
    assert_non_null(s);
    assert_string_equal(s, "a\xEF\xBF\xBD");
    vg_arena_fini(&a);
}

static void test_case_shape(void **state)
{
    (void)state;
    assert_int_equal(vg_fold_case_shape("Istanbul", 8), 1 | 2 | 4);
    assert_int_equal(vg_fold_case_shape("İstanbul", strlen("İstanbul")), 1 | 2 | 4);
    assert_int_equal(vg_fold_case_shape("ISIS", 4), 1 | 4);
    assert_int_equal(vg_fold_case_shape("MUĞLA", strlen("MUĞLA")), 1 | 4);
    assert_int_equal(vg_fold_case_shape("balı", strlen("balı")), 2);
    assert_int_equal(vg_fold_case_shape("iPhone", 6), 1 | 2);
    assert_int_equal(vg_fold_case_shape("30-plus", 7), 2);
    assert_int_equal(vg_fold_case_shape("2,000", 5), 0);
    assert_int_equal(vg_fold_case_shape("", 0), 0);
    assert_int_equal(vg_fold_case_shape("الرقة", strlen("الرقة")), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_turkish),        cmocka_unit_test(test_marks_and_compat),
        cmocka_unit_test(test_punctuation),    cmocka_unit_test(test_ascii_fast_path),
        cmocka_unit_test(test_fold_into_sizes), cmocka_unit_test(test_fold_long),
        cmocka_unit_test(test_fold_buf),       cmocka_unit_test(test_fold_arena_cap),
        cmocka_unit_test(test_nfc),            cmocka_unit_test(test_case_shape),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
