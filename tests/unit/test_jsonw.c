/* test_jsonw.c: the exporters' shared JSON writer. Output is compared
 * byte for byte (separators, indentation, escapes), and every string the
 * writer produces must parse back with jansson to the input's text. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "export/jsonw.h"
#include "vigil/vigil.h"

/* Runs fill on a fresh writer over a memory stream; returns the output
 * (malloc'd, NUL-terminated). */
static char *written(void (*fill)(vg_jw *), int pretty)
{
    char *out = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&out, &n);
    assert_non_null(f);
    vg_jw *w = malloc(sizeof *w);
    assert_non_null(w);
    vg_jw_init(w, f, pretty);
    fill(w);
    assert_int_equal(vg_jw_flush(w), VIGIL_OK);
    free(w);
    assert_int_equal(fclose(f), 0);
    return out;
}

static void nested(vg_jw *w)
{
    vg_jw_object_begin(w);
    vg_jw_key(w, "a");
    vg_jw_int(w, -42);
    vg_jw_key(w, "b");
    vg_jw_array_begin(w);
    vg_jw_null(w);
    vg_jw_bool(w, 1);
    vg_jw_str(w, "x");
    vg_jw_array_end(w);
    vg_jw_key(w, "c");
    vg_jw_array_begin(w);
    vg_jw_array_end(w);
    vg_jw_key(w, "d");
    vg_jw_object_begin(w);
    vg_jw_object_end(w);
    vg_jw_key(w, "e");
    vg_jw_str(w, NULL);
    vg_jw_object_end(w);
}

/* Keys written at every fill of the block: the inline fast path (room in
 * the block) and vg_jw_keyn (no room) give the same text. */
static void many_keys(vg_jw *w)
{
    vg_jw_object_begin(w);
    for (int i = 0; i < 20000; i++) {
        vg_jw_key(w, i % 3 ? "key" : "a_longer_key_name");
        vg_jw_int(w, i);
    }
    vg_jw_object_end(w);
}

static void keys_across_blocks(void **state)
{
    (void)state;
    char *out = written(many_keys, 0);
    size_t cap = 20000 * 32 + 8, n = 0;
    char *want = malloc(cap);
    assert_non_null(want);
    want[n++] = '{';
    for (int i = 0; i < 20000; i++)
        n += (size_t)snprintf(want + n, cap - n, "%s\"%s\":%d", i ? "," : "", i % 3 ? "key" : "a_longer_key_name", i);
    want[n++] = '}';
    want[n] = '\0';
    assert_true(strlen(want) > 2 * sizeof(((vg_jw *)0)->buf));
    assert_string_equal(out, want);
    free(want);
    free(out);
}

static void compact_and_pretty(void **state)
{
    (void)state;
    char *c = written(nested, 0);
    assert_string_equal(c, "{\"a\":-42,\"b\":[null,true,\"x\"],\"c\":[],\"d\":{},\"e\":null}");
    free(c);
    char *p = written(nested, 1);
    assert_string_equal(p, "{\n  \"a\": -42,\n  \"b\": [\n    null,\n    true,\n    \"x\"\n  ],\n"
                           "  \"c\": [],\n  \"d\": {},\n  \"e\": null\n}");
    free(p);
}

static const char tricky[] = "quote \" back \\ nl \n tab \t nul-less \x01 \x1f del \x7f "
                             "İlhami Balı \xe2\x80\xa8 bad \xff\xc3 end";

static void strings(vg_jw *w)
{
    vg_jw_array_begin(w);
    vg_jw_strn(w, tricky, sizeof tricky - 1);
    vg_jw_array_end(w);
}

static void escapes_and_bad_bytes(void **state)
{
    (void)state;
    char *s = written(strings, 0);
    assert_non_null(strstr(s, "quote \\\" back \\\\ nl \\n tab \\t"));
    assert_non_null(strstr(s, "\\u0001 \\u001f del \x7f "));
    assert_non_null(strstr(s, "İlhami Balı"));
    /* the two invalid bytes each become U+FFFD */
    assert_non_null(strstr(s, "bad \xef\xbf\xbd\xef\xbf\xbd end"));
    json_error_t jerr;
    json_t *j = json_loads(s, 0, &jerr);
    assert_non_null(j);
    const char *back = json_string_value(json_array_get(j, 0));
    assert_non_null(back);
    assert_memory_equal(back, tricky, strlen("quote \" back \\ nl \n tab \t nul-less \x01"));
    json_decref(j);
    free(s);
}

static void reals(vg_jw *w)
{
    vg_jw_array_begin(w);
    vg_jw_real(w, 5.0);
    vg_jw_real(w, -25.42778);
    vg_jw_real(w, 0.1);
    vg_jw_real(w, 1e300);
    vg_jw_real(w, NAN);
    vg_jw_int(w, 0);
    vg_jw_int(w, (long long)-9223372036854775807LL - 1);
    vg_jw_array_end(w);
}

static void numbers(void **state)
{
    (void)state;
    char *s = written(reals, 0);
    assert_string_equal(s, "[5.0,-25.42778,0.1,1e+300,null,0,-9223372036854775808]");
    free(s);
}

/* The real writer's fast path for short decimals writes what "%.15g"
 * (with ".0" after an integer) writes, over coordinates, counts and
 * scores of every size and sign. */
static double sweep_v;
static void one_real(vg_jw *w) { vg_jw_real(w, sweep_v); }

static void reals_like_printf(void **state)
{
    (void)state;
    uint64_t x = 0x9E3779B97F4A7C15ULL;
    for (int i = 0; i < 20000; i++) {
        x ^= x << 13, x ^= x >> 7, x ^= x << 17;
        static const double scale[] = {1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7};
        long long m = (long long)(x % 4000000000ULL) - 2000000000LL;
        sweep_v = (double)m / scale[(x >> 40) % 8];
        if (i % 7 == 0)
            sweep_v = (double)(x >> 11) / 9007199254740992.0; /* in [0, 1), full precision */
        char want[48];
        int n = snprintf(want, sizeof want - 2, "%.15g", sweep_v);
        assert_true(n > 0);
        if (!strpbrk(want, ".eE"))
            strcat(want, ".0");
        char *got = written(one_real, 0);
        assert_string_equal(got, want);
        free(got);
    }
}

/* A string longer than the writer's block goes out whole. */
static void long_string(void **state)
{
    (void)state;
    size_t n = 3 * sizeof(((vg_jw *)0)->buf) + 17;
    char *big = malloc(n);
    assert_non_null(big);
    for (size_t k = 0; k < n; k++)
        big[k] = (char)('a' + k % 26);
    big[n / 2] = '"';
    char *out = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&out, &len);
    vg_jw *w = malloc(sizeof *w);
    vg_jw_init(w, f, 0);
    vg_jw_strn(w, big, n);
    assert_int_equal(vg_jw_flush(w), VIGIL_OK);
    free(w);
    fclose(f);
    assert_int_equal(len, n + 3); /* quotes and one backslash */
    json_error_t jerr;
    json_t *j = json_loadb(out, len, JSON_DECODE_ANY, &jerr);
    assert_non_null(j);
    assert_int_equal(json_string_length(j), n);
    assert_memory_equal(json_string_value(j), big, n);
    json_decref(j);
    free(out);
    free(big);
}

/* A failing stream is reported, not ignored. */
static void write_failure(void **state)
{
    (void)state;
    FILE *f = fopen("/dev/full", "w");
    if (!f)
        skip();
    setvbuf(f, NULL, _IONBF, 0);
    vg_jw *w = malloc(sizeof *w);
    vg_jw_init(w, f, 0);
    nested(w);
    assert_int_equal(vg_jw_flush(w), VIGIL_EIO);
    free(w);
    fclose(f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(compact_and_pretty), cmocka_unit_test(keys_across_blocks), cmocka_unit_test(escapes_and_bad_bytes),
        cmocka_unit_test(numbers),            cmocka_unit_test(long_string),
        cmocka_unit_test(write_failure),      cmocka_unit_test(reals_like_printf),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
