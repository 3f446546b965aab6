/* Unit tests for src/util: arena, buffer, UTF-8, errors. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "util/alloc.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/error.h"
#include "util/utf8.h"
#include "util/wordhash.h"

static void test_arena_alignment_and_reset(void **state)
{
    (void)state;
    vg_arena a;
    vg_arena_init(&a, 1 << 20);
    char *p = vg_arena_alloc(&a, 3);
    char *q = vg_arena_alloc(&a, 5);
    assert_non_null(p);
    assert_non_null(q);
    assert_int_equal((uintptr_t)p % 16, 0);
    assert_int_equal((uintptr_t)q % 16, 0);
    assert_true(q >= p + 16);
    /* a large block gets its own chunk */
    char *big = vg_arena_alloc(&a, 100000);
    assert_non_null(big);
    memset(big, 1, 100000);
    vg_arena_reset(&a);
    assert_int_equal(a.capped, 0);
    char *r = vg_arena_alloc(&a, 10);
    assert_non_null(r);
    vg_arena_fini(&a);
}

static void test_arena_cap(void **state)
{
    (void)state;
    vg_arena a;
    vg_arena_init(&a, 64 * 1024);
    size_t got = 0;
    while (vg_arena_alloc(&a, 1000))
        got += 1000;
    assert_true(a.capped);
    assert_true(got <= 64 * 1024);
    assert_true(got >= 32 * 1024);
    assert_null(vg_arena_calloc(&a, SIZE_MAX / 2, 4)); /* overflow */
    vg_arena_fini(&a);
}

static void test_arena_grow_and_strndup(void **state)
{
    (void)state;
    vg_arena a;
    vg_arena_init(&a, 1 << 20);
    int *v = NULL;
    size_t n = 0, cap = 0;
    for (int i = 0; i < 1000; i++) {
        if (n == cap) {
            cap = cap ? cap * 2 : 4;
            v = vg_arena_grow(&a, v, n, cap, sizeof *v);
            assert_non_null(v);
        }
        v[n++] = i;
    }
    for (int i = 0; i < 1000; i++)
        assert_int_equal(v[i], i);
    char *s = vg_arena_strndup(&a, "Muğla and more", 6);
    assert_string_equal(s, "Muğla");
    vg_arena_fini(&a);
}

static void test_buf(void **state)
{
    (void)state;
    vg_buf b;
    vg_buf_init(&b);
    assert_int_equal(vg_buf_puts(&b, "killed "), VIGIL_OK);
    assert_int_equal(vg_buf_printf(&b, "%d people", 41), VIGIL_OK);
    assert_int_equal(vg_buf_putc(&b, '.'), VIGIL_OK);
    assert_string_equal(b.data, "killed 41 people.");
    assert_int_equal(b.len, 17);
    vg_buf_reset(&b);
    assert_int_equal(b.len, 0);
    for (int i = 0; i < 10000; i++)
        assert_int_equal(vg_buf_append(&b, "ab", 2), VIGIL_OK);
    assert_int_equal(b.len, 20000);
    size_t len;
    char *d = vg_buf_detach(&b, &len);
    assert_int_equal(len, 20000);
    assert_null(b.data);
    vg_free(d);
    vg_buf_fini(&b);
}

static void test_utf8_decode(void **state)
{
    (void)state;
    int32_t cp;
    assert_int_equal(vg_utf8_decode((const unsigned char *)"\xc4\xb0", 2, &cp), 2);
    assert_int_equal(cp, 0x130); /* İ */
    assert_int_equal(vg_utf8_decode((const unsigned char *)"\xe2\x80\xa2", 3, &cp), 3);
    assert_int_equal(cp, 0x2022); /* • */
    assert_int_equal(vg_utf8_decode((const unsigned char *)"\xf0\x9f\x98\x80", 4, &cp), 4);
    /* overlong, surrogate, too large, truncated, stray continuation */
    assert_int_equal(vg_utf8_decode((const unsigned char *)"\xc0\xaf", 2, &cp), 0);
    assert_int_equal(vg_utf8_decode((const unsigned char *)"\xed\xa0\x80", 3, &cp), 0);
    assert_int_equal(vg_utf8_decode((const unsigned char *)"\xf4\x90\x80\x80", 4, &cp), 0);
    assert_int_equal(vg_utf8_decode((const unsigned char *)"\xe2\x80", 2, &cp), 0);
    assert_int_equal(vg_utf8_decode((const unsigned char *)"\x80", 1, &cp), 0);
    char out[4];
    assert_int_equal(vg_utf8_encode(0x11F, out), 2); /* ğ */
    assert_memory_equal(out, "\xc4\x9f", 2);
    assert_int_equal(vg_utf8_encode(0xD800, out), 3); /* surrogate -> U+FFFD */
    assert_memory_equal(out, "\xef\xbf\xbd", 3);
}

typedef struct bad_log {
    size_t offs[8], lens[8], n;
} bad_log;

static void log_bad(void *ud, size_t off, size_t len)
{
    bad_log *l = ud;
    if (l->n < 8) {
        l->offs[l->n] = off;
        l->lens[l->n] = len;
    }
    l->n++;
}

static void test_utf8_repair(void **state)
{
    (void)state;
    const char in[] = "ok \xff\xfe caf\xc3 \x00x";
    size_t n = sizeof in - 1;
    char out[3 * sizeof in + 1];
    size_t nbad;
    bad_log l = {{0}, {0}, 0};
    size_t len = vg_utf8_repair(in, n, out, &nbad, log_bad, &l);
    assert_string_equal(out, "ok \xef\xbf\xbd caf\xef\xbf\xbd \xef\xbf\xbdx");
    assert_int_equal(len, strlen(out));
    assert_int_equal(nbad, 4);
    assert_int_equal(l.n, 3);
    assert_int_equal(l.offs[0], 3);
    assert_int_equal(l.lens[0], 2);
    assert_int_equal(l.offs[1], 9);
    assert_int_equal(l.offs[2], 11);
    assert_int_equal(vg_utf8_valid_prefix(in, n), 3);
    assert_int_equal(vg_utf8_valid_prefix("İstanbul", strlen("İstanbul")), strlen("İstanbul"));
}

/* The validator reads eight ASCII bytes at a time: a NUL, a stray byte or
 * a cut sequence at any offset of a word, and a valid sequence across one,
 * give the same answer as one byte at a time would. */
static void test_valid_prefix_offsets(void **state)
{
    (void)state;
    char buf[40];
    for (size_t p = 0; p + 2 < sizeof buf; p++) {
        memset(buf, 'a', sizeof buf);
        buf[p] = '\0';
        assert_int_equal(vg_utf8_valid_prefix(buf, sizeof buf), p);
        buf[p] = (char)0xFF;
        assert_int_equal(vg_utf8_valid_prefix(buf, sizeof buf), p);
        buf[p] = (char)0xC3; /* "é" cut by the end of the text */
        assert_int_equal(vg_utf8_valid_prefix(buf, p + 1), p);
        buf[p + 1] = (char)0xA9; /* "é" whole */
        assert_int_equal(vg_utf8_valid_prefix(buf, sizeof buf), sizeof buf);
    }
}

static void test_error_set(void **state)
{
    (void)state;
    vigil_error e;
    vg_error_clear(&e);
    assert_int_equal(e.offset, -1);
    int rc = vg_error_set(&e, VIGIL_EPARSE, "ingest", "wire-17", 1834,
                          "invalid utf-8 at byte %d of doc \"%s\"", 1834, "wire-17");
    assert_int_equal(rc, VIGIL_EPARSE);
    assert_string_equal(e.doc, "wire-17");
    assert_string_equal(e.stage, "ingest");
    assert_int_equal(e.offset, 1834);
    assert_string_equal(e.message, "invalid utf-8 at byte 1834 of doc \"wire-17\"");
    assert_string_equal(vigil_strerror(VIGIL_ENOMEM), "out of memory");
    assert_int_equal(vg_error_set(NULL, VIGIL_EIO, "x", NULL, -1, "y"), VIGIL_EIO);
}

static void test_mul_size(void **state)
{
    (void)state;
    size_t out;
    assert_int_equal(vg_mul_size(3, 4, &out), 0);
    assert_int_equal(out, 12);
    assert_int_equal(vg_mul_size(SIZE_MAX / 2 + 1, 2, &out), -1);
    assert_null(vg_calloc(SIZE_MAX / 2 + 1, 2));
}

struct wentry {
    const char *w;
    int val;
};

/* The word hash index finds every entry and nothing else, and refuses a
 * slot array too small for its table. */
static void test_wordhash(void **state)
{
    (void)state;
    static const struct wentry tab[] = {{"a", 1}, {"ago", 2}, {"and", 3}, {"april", 4}, {"today", 5}};
    uint32_t slots[16];
    vg_wordhash h;
    assert_int_equal(vg_wordhash_init(&h, tab, 5, sizeof tab[0], slots, 8), -1);
    assert_int_equal(vg_wordhash_init(&h, tab, 5, sizeof tab[0], slots, 12), -1);
    assert_int_equal(vg_wordhash_init(&h, tab, 5, sizeof tab[0], slots, 16), 0);
    for (long i = 0; i < 5; i++) {
        assert_int_equal(vg_wordhash_find(&h, tab[i].w, strlen(tab[i].w)), i);
        assert_int_equal(vg_wordhash_find_hashed(&h, vg_wordhash_hash(tab[i].w, strlen(tab[i].w)),
                                                 tab[i].w, strlen(tab[i].w)),
                         i);
    }
    assert_int_equal(vg_wordhash_find(&h, "ag", 2), -1);
    assert_int_equal(vg_wordhash_find(&h, "agos", 4), -1);
    assert_int_equal(vg_wordhash_find(&h, "todax", 5), -1);
    assert_int_equal(vg_wordhash_find(&h, "", 0), -1);
    /* a prefix of the text is looked up by its length */
    assert_int_equal(vg_wordhash_find(&h, "andrew", 3), 2);
    /* the slots keep the hash's high bits: a hash that differs there
     * misses without reading the table */
    assert_int_equal(vg_wordhash_find_hashed(&h, vg_wordhash_hash("ago", 3) ^ 0x10000u, "ago", 3), -1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_wordhash), cmocka_unit_test(test_arena_alignment_and_reset),
        cmocka_unit_test(test_arena_cap),
        cmocka_unit_test(test_arena_grow_and_strndup),
        cmocka_unit_test(test_buf),
        cmocka_unit_test(test_utf8_decode),
        cmocka_unit_test(test_utf8_repair),
        cmocka_unit_test(test_error_set),        cmocka_unit_test(test_valid_prefix_offsets),
        cmocka_unit_test(test_mul_size),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
