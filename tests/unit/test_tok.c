/* test_tok.c: the tokenizer (tok.c): spans with multibyte text, clitics,
 * hyphens, abbreviations, numbers and dates, punctuation, symbols,
 * bullets, whitespace flags, case flags, limits and failure paths. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "text/date.h"
#include "text/doc.h"
#include "text/num.h"
#include "text/tok.h"
#include "util/wordhash.h"
#include "util/alloc.h"

/* A tokenized document built from a string. */
static vg_doc *mkdoc(const char *s, size_t n)
{
    vg_doc *d = vg_malloc(sizeof *d);
    assert_non_null(d);
    vg_doc_init(d);
    assert_int_equal(vg_doc_set_text(d, s, n), VIGIL_OK);
    assert_int_equal(vg_tok_run(d), VIGIL_OK);
    return d;
}

static vg_doc *tok(const char *s)
{
    return mkdoc(s, strlen(s));
}

static void freedoc(vg_doc *d)
{
    vg_doc_fini(d);
    vg_free(d);
}

/* Checks the invariants every token list keeps. */
static void check_invariants(const vg_doc *d)
{
    uint32_t prev = 0;
    for (size_t i = 0; i < d->ntoks; i++) {
        const vg_token *t = &d->toks[i];
        assert_true(t->start < t->end);
        assert_true(t->end <= d->len);
        assert_true(t->start >= prev);
        prev = t->end;
        assert_non_null(t->norm);
        assert_int_equal(strlen(t->norm), t->normlen);
        assert_true(t->kind <= VG_TOK_BULLET);
    }
}

/* Token i's text. */
static void tok_text(const vg_doc *d, size_t i, char *buf, size_t size)
{
    const vg_token *t = &d->toks[i];
    size_t n = t->end - t->start;
    assert_true(n < size);
    memcpy(buf, d->text + t->start, n);
    buf[n] = '\0';
}

/* Tokenizes s and checks the token texts against want (NULL-terminated). */
static vg_doc *expect(const char *s, const char *const *want)
{
    vg_doc *d = tok(s);
    check_invariants(d);
    size_t n = 0;
    char buf[256];
    while (want[n]) {
        assert_true(n < d->ntoks);
        tok_text(d, n, buf, sizeof buf);
        assert_string_equal(buf, want[n]);
        n++;
    }
    assert_int_equal(d->ntoks, n);
    return d;
}

static vg_wordlist fixture_words = VG_WORDLIST("killed", "kidnapped", "wounded", "no", "n't");
/* A list of the words w000 .. w<n-1>, built at run time (n <= 300). */
static char numbered[300][5];
static const char *numbered_words[301];
static vg_wordlist numbered_list(size_t n)
{
    for (size_t i = 0; i < n; i++) {
        snprintf(numbered[i], sizeof numbered[i], "w%03u", (unsigned)(i % 1000));
        numbered_words[i] = numbered[i];
    }
    numbered_words[n] = NULL;
    return (vg_wordlist){numbered_words, VG_WORDLIST_UNFILLED, {0}, NULL};
}

/* Word lists: members found whatever their case or accents in the text,
 * neighbours (same first byte, same length, prefixes) not; every token
 * carries the hash of its folded form. */
static void test_word_lists(void **state)
{
    (void)state;
    vg_doc *d = tok("Killed KIDNAPPED wounded kilned kill killedx No didn't Kíllëd");
    check_invariants(d);
    const int want[] = {1, 1, 1, 0, 0, 0, 1, 0, 1, 1};
    size_t n = sizeof want / sizeof want[0];
    assert_int_equal(d->ntoks, n);
    for (size_t i = 0; i < n; i++) {
        assert_int_equal(vg_tok_in(&d->toks[i], &fixture_words), want[i]);
        assert_int_equal(d->toks[i].hash, vg_wordhash_hash(d->toks[i].norm, d->toks[i].normlen));
    }
    freedoc(d);
    /* 130 words (as many as claim.c's heads) are still a hash set; 260
     * are more than it holds and are read as a list */
    static const struct {
        size_t n;
        const char *text;
        int state;
    } sizes[] = {{130, "w000 w064 w129 w130 w12 killed", VG_WORDLIST_HASHED},
                 {260, "w000 w064 w259 w260 w12 killed", VG_WORDLIST_LONG}};
    for (size_t s = 0; s < 2; s++) {
        vg_wordlist l = numbered_list(sizes[s].n);
        d = tok(sizes[s].text);
        const int want_n[] = {1, 1, 1, 0, 0, 0};
        assert_int_equal(d->ntoks, 6);
        for (size_t i = 0; i < 6; i++)
            assert_int_equal(vg_tok_in(&d->toks[i], &l), want_n[i]);
        assert_int_equal(atomic_load(&l.ready), sizes[s].state);
        freedoc(d);
    }
}

static void test_multibyte_offsets(void **state)
{
    (void)state;
    static const char *const want[] = {"İstanbul", "’s", "Muğla", "“", "quotes", "”", ".", NULL};
    vg_doc *d = expect("İstanbul’s Muğla “quotes”.", want);
    assert_int_equal(d->toks[0].start, 0);
    assert_int_equal(d->toks[0].end, 9);
    assert_string_equal(d->toks[0].norm, "istanbul");
    assert_int_equal(d->toks[1].start, 9);
    assert_int_equal(d->toks[1].end, 13);
    assert_string_equal(d->toks[1].norm, "'s");
    assert_int_equal(d->toks[2].start, 14);
    assert_int_equal(d->toks[2].end, 20);
    assert_string_equal(d->toks[2].norm, "mugla");
    assert_int_equal(d->toks[3].start, 21);
    assert_int_equal(d->toks[3].end, 24);
    assert_string_equal(d->toks[3].norm, "\"");
    assert_int_equal(d->toks[3].kind, VG_TOK_PUNCT);
    assert_int_equal(d->toks[4].start, 24);
    assert_int_equal(d->toks[5].start, 30);
    assert_int_equal(d->toks[5].end, 33);
    assert_int_equal(d->toks[6].start, 33);
    assert_true(vg_tok_is(&d->toks[0], "istanbul"));
    assert_false(vg_tok_is(&d->toks[0], "istanbu"));
    assert_false(vg_tok_is(&d->toks[0], "istanbull"));
    freedoc(d);

    static const char *const want2[] = {"İlhami", "Balı", "Keçiören", "BALI", NULL};
    d = expect("İlhami Balı Keçiören BALI", want2);
    assert_string_equal(d->toks[1].norm, "bali");
    assert_string_equal(d->toks[2].norm, "kecioren");
    assert_string_equal(d->toks[3].norm, "bali");
    freedoc(d);
}

static void test_clitics(void **state)
{
    (void)state;
    static const char *const want[] = {
        "Turkey", "'s", "do", "n't", "ca", "n't", "O'Brien", "they", "'re", "I", "'m", "we",
        "'ve", "he", "'ll", "I", "'d", "Qur'an", "TURKEY", "'S", "Turkeys", "'", "1990", "'s",
        "Turkey", "’s", "DO", "N’T", NULL};
    vg_doc *d = expect("Turkey's don't can't O'Brien they're I'm we've he'll I'd Qur'an TURKEY'S "
                       "Turkeys' 1990's Turkey’s DON’T",
                       want);
    assert_int_equal(d->toks[1].kind, VG_TOK_WORD);
    assert_string_equal(d->toks[3].norm, "n't");
    assert_int_equal(d->toks[21].kind, VG_TOK_PUNCT);
    assert_string_equal(d->toks[25].norm, "'s");
    assert_string_equal(d->toks[27].norm, "n't");
    freedoc(d);
}

static void test_hyphens(void **state)
{
    (void)state;
    static const char *const want[] = {
        "30-plus", "Turkey-Syria", "al-Qaeda", "7-year-old", "F-16", "6", "-", "7", "1990", "-",
        "1991", "-", "5", "well", "--", "known", "Lille‐Europe", NULL};
    vg_doc *d = expect("30-plus Turkey-Syria al-Qaeda 7-year-old F-16 6-7 1990-1991 -5 well--known "
                       "Lille‐Europe",
                       want);
    assert_int_equal(d->toks[0].kind, VG_TOK_NUM);
    assert_true(d->toks[0].flags & VG_TF_HYPHEN);
    assert_true(d->toks[0].flags & VG_TF_DIGIT);
    assert_string_equal(d->toks[0].norm, "30-plus");
    assert_int_equal(d->toks[1].kind, VG_TOK_WORD);
    assert_true(d->toks[1].flags & VG_TF_HYPHEN);
    assert_true(d->toks[1].flags & VG_TF_CAP);
    assert_string_equal(d->toks[1].norm, "turkey-syria");
    assert_int_equal(d->toks[4].kind, VG_TOK_WORD);
    assert_true(d->toks[4].flags & VG_TF_DIGIT);
    assert_int_equal(d->toks[5].kind, VG_TOK_NUM);
    assert_false(d->toks[5].flags & VG_TF_HYPHEN);
    assert_int_equal(d->toks[6].kind, VG_TOK_PUNCT);
    assert_int_equal(d->toks[14].kind, VG_TOK_PUNCT);
    assert_true(d->toks[16].flags & VG_TF_HYPHEN); /* U+2010 hyphen */
    assert_string_equal(d->toks[16].norm, "lille-europe");
    freedoc(d);
}

static void test_abbreviations(void **state)
{
    (void)state;
    static const char *const want[] = {
        "U.S.", "U.S", "Gen.", "Mr.", "Jan.", "No.", "5", "e.g.", "a.m.", "p.m.", "J.", "R.",
        "Smith", "Ph.D.", "vs.", "etc.", "gen.", "He", "said", "no", ".", "Then", "St.", "Louis",
        "end", ".", "The", "panamanian-u.s.", "relations", "U.K.", ",", "plan", "b", ".",
        "U.S.-led", "U.S.", "-", NULL};
    vg_doc *d = expect("U.S. U.S Gen. Mr. Jan. No. 5 e.g. a.m. p.m. J. R. Smith Ph.D. vs. etc. "
                       "gen. He said no. Then St.Louis end.The panamanian-u.s. relations U.K., "
                       "plan b. U.S.-led U.S. -",
                       want);
    assert_true(d->toks[34].flags & VG_TF_HYPHEN);
    assert_true(d->toks[34].flags & VG_TF_ABBR);
    assert_string_equal(d->toks[34].norm, "u.s.-led");
    static const int abbr[] = {0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 13, 14, 15, 16, 22, 27, 29};
    for (size_t k = 0; k < sizeof abbr / sizeof abbr[0]; k++)
        assert_true(d->toks[abbr[k]].flags & VG_TF_ABBR);
    assert_false(d->toks[12].flags & VG_TF_ABBR);
    assert_false(d->toks[19].flags & VG_TF_ABBR);
    assert_string_equal(d->toks[0].norm, "u.s.");
    assert_string_equal(d->toks[2].norm, "gen.");
    assert_int_equal(d->toks[20].kind, VG_TOK_PUNCT);
    freedoc(d);
}

static void test_numbers(void **state)
{
    (void)state;
    static const char *const want[] = {
        "2,000", "1.5", "30,000", "5,000,000", "1", ",", "2345", "6/29/2016", "6/29",
        "2016-06-29", "2016", "-", "6", "-", "29", "10:30", "1st", "29th", "2000s", ".45",
        "$", "40,000", "29.06.2016", "2,000", ".", "1.5", ".", "€", "40,000", NULL};
    vg_doc *d = expect("2,000 1.5 30,000 5,000,000 1,2345 6/29/2016 6/29 2016-06-29 2016-6-29 "
                       "10:30 1st 29th 2000s .45 $40,000 29.06.2016 2,000. 1.5. €40,000",
                       want);
    static const int nums[] = {0, 1, 2, 3, 4, 6, 7, 8, 9, 10, 15, 16, 17, 18, 19, 21, 22, 23, 25, 28};
    for (size_t k = 0; k < sizeof nums / sizeof nums[0]; k++) {
        assert_int_equal(d->toks[nums[k]].kind, VG_TOK_NUM);
        assert_true(d->toks[nums[k]].flags & VG_TF_DIGIT);
    }
    assert_int_equal(d->toks[20].kind, VG_TOK_SYM);
    assert_int_equal(d->toks[27].kind, VG_TOK_SYM);
    assert_string_equal(d->toks[17].norm, "29th");
    assert_true(d->toks[17].flags & VG_TF_LOWER);
    freedoc(d);
}

static void test_punct_and_symbols(void **state)
{
    (void)state;
    static const char *const want[] = {
        "Wait", "...", "what", "?", "!", "(", "yes", ")", "[", "no", "]", "ok", ";", "a", "/",
        "b", "…", "@", "Haberdar", "#", "tag", "5", "%", "a", "&", "b", "\xEF\xBF\xBD", "'",
        "quoted", "'", "—", NULL};
    vg_doc *d = expect("Wait... what?! (yes) [no] ok; a/b … @Haberdar #tag 5% a&b \xFF 'quoted' —",
                       want);
    static const int punct[] = {1, 3, 4, 5, 7, 8, 10, 12, 14, 16, 27, 29, 30};
    for (size_t k = 0; k < sizeof punct / sizeof punct[0]; k++)
        assert_int_equal(d->toks[punct[k]].kind, VG_TOK_PUNCT);
    static const int sym[] = {17, 19, 22, 24, 26};
    for (size_t k = 0; k < sizeof sym / sizeof sym[0]; k++)
        assert_int_equal(d->toks[sym[k]].kind, VG_TOK_SYM);
    assert_string_equal(d->toks[16].norm, "...");
    assert_string_equal(d->toks[30].norm, "-");
    freedoc(d);
}

static void test_bullets(void **state)
{
    (void)state;
    static const char *const want2[] = {
        "•", "US", "authorities", "-", "dash", "item", "*", "star", "1.", "one", "12)", "two",
        "a)", "three", "–", "en", "not", "-", "a", "bullet", "2016", ".", "Not", "•", "tight",
        "-", "5", "1.5", "J.", "Smith", NULL};
    vg_doc *d = expect("  • US authorities\n- dash item\n* star\n1. one\n12) two\na) three\n"
                       "–  en\nnot - a bullet\n2016. Not\n•tight\n-5\n1.5\nJ. Smith",
                       want2);
    static const int bullets[] = {0, 3, 6, 8, 10, 12, 14, 23};
    for (size_t k = 0; k < sizeof bullets / sizeof bullets[0]; k++)
        assert_int_equal(d->toks[bullets[k]].kind, VG_TOK_BULLET);
    assert_int_equal(d->toks[17].kind, VG_TOK_PUNCT);
    assert_int_equal(d->toks[25].kind, VG_TOK_PUNCT);
    assert_int_equal(d->toks[27].kind, VG_TOK_NUM);
    assert_int_equal(d->toks[28].kind, VG_TOK_WORD);
    assert_false(d->toks[0].flags & VG_TF_NL);
    assert_true(d->toks[3].flags & VG_TF_NL);
    freedoc(d);
}

static void test_whitespace_flags(void **state)
{
    (void)state;
    static const char *const want[] = {"A", "b", "C", "D", "E", "F", "G", "H", "I", "J", "K", NULL};
    vg_doc *d = expect("A b\nC\n\nD \n \t\r\n E\fF\r\nG\r\r\nH\xE2\x80\xA8I\xE2\x80\xA9J\xC2\xA0K",
                       want);
    const unsigned ws = VG_TF_SPACE | VG_TF_NL | VG_TF_PARA;
    assert_int_equal(d->toks[0].flags & ws, 0);
    assert_int_equal(d->toks[1].flags & ws, VG_TF_SPACE);
    assert_int_equal(d->toks[2].flags & ws, VG_TF_SPACE | VG_TF_NL);
    assert_int_equal(d->toks[3].flags & ws, ws);           /* "\n\n" */
    assert_int_equal(d->toks[4].flags & ws, ws);           /* "\n \t\r\n " */
    assert_int_equal(d->toks[5].flags & ws, ws);           /* "\f" */
    assert_int_equal(d->toks[6].flags & ws, VG_TF_SPACE | VG_TF_NL); /* "\r\n" */
    assert_int_equal(d->toks[7].flags & ws, ws);           /* "\r\r\n" */
    assert_int_equal(d->toks[8].flags & ws, VG_TF_SPACE | VG_TF_NL); /* U+2028 */
    assert_int_equal(d->toks[9].flags & ws, ws);           /* U+2029 */
    assert_int_equal(d->toks[10].flags & ws, VG_TF_SPACE); /* no-break space */
    freedoc(d);

    /* zero-width space separates; soft hyphen and joiners stay inside */
    static const char *const want2[] = {"a", "b", "Is\xC2\xADtanbul", NULL};
    d = expect("a\xE2\x80\x8B" "b \xEF\xBB\xBFIs\xC2\xADtanbul", want2);
    assert_string_equal(d->toks[2].norm, "istanbul");
    freedoc(d);

    d = tok("");
    assert_int_equal(d->ntoks, 0);
    freedoc(d);
    d = tok(" \n\n\t ");
    assert_int_equal(d->ntoks, 0);
    freedoc(d);
}

static void test_case_flags(void **state)
{
    (void)state;
    vg_doc *d = tok("Istanbul ISIS istanbul iPhone İZMİR ıı 2,000 الرقة");
    const unsigned cf = VG_TF_CAP | VG_TF_ALLCAP | VG_TF_LOWER;
    assert_int_equal(d->toks[0].flags & cf, VG_TF_CAP);
    assert_int_equal(d->toks[1].flags & cf, VG_TF_CAP | VG_TF_ALLCAP);
    assert_int_equal(d->toks[2].flags & cf, VG_TF_LOWER);
    assert_int_equal(d->toks[3].flags & cf, 0);
    assert_int_equal(d->toks[4].flags & cf, VG_TF_CAP | VG_TF_ALLCAP);
    assert_string_equal(d->toks[4].norm, "izmir");
    assert_int_equal(d->toks[5].flags & cf, VG_TF_LOWER);
    assert_int_equal(d->toks[6].flags & cf, 0);
    assert_int_equal(d->toks[7].flags & cf, 0);
    assert_int_equal(d->toks[7].kind, VG_TOK_WORD);
    assert_int_equal(d->ntoks, 8);
    freedoc(d);
}

/* The token of d whose folded form is norm (the test fails without one). */
static const vg_token *tok_with(const vg_doc *d, const char *norm)
{
    for (size_t i = 0; i < d->ntoks; i++)
        if (!strcmp(d->toks[i].norm, norm))
            return &d->toks[i];
    fail_msg("no token \"%s\"", norm);
    return NULL;
}

/* The word-table marks the tokenizer sets (vg_token.dword, VG_TF_NUMSTART)
 * agree with asking the tables directly, for words of both tables, words
 * of neither, and case and diacritics that fold into them; the 4096-bit
 * filter in front of the lookups must let every word of the tables in. */
static void test_text_word_marks(void **state)
{
    (void)state;
    vg_doc *d = tok("In the coming weeks, about two dozen MARINES left Base 7 since "
                    "January; thousands fled yesterday, a few hours ago. Jan. 5, "
                    "Christmas, Q3, mid-June, Mäy, approx. 40 upwards of scores.");
    size_t words = 0;
    for (size_t i = 0; i < d->ntoks; i++) {
        const vg_token *t = &d->toks[i];
        if (t->kind != VG_TOK_WORD) {
            assert_int_equal(t->dword, 0);
            assert_int_equal(t->flags & VG_TF_NUMSTART, 0);
            continue;
        }
        words++;
        assert_int_equal(t->dword, vg_date_word_id(t->hash, t->norm, t->normlen));
        assert_int_equal(!!(t->flags & VG_TF_NUMSTART), vg_num_starter(t->hash, t->norm, t->normlen));
        assert_int_equal(!!(t->flags & VG_TF_DATEOPEN), vg_date_word_opens(t->dword, t->norm, t->normlen));
    }
    assert_true(words > 25);
    static const char *const dated[] = {"in", "the", "coming", "weeks", "since", "january", "yesterday",
                                        "few", "hours", "ago", "christmas"};
    static const char *const counts[] = {"about", "two", "dozen", "thousands", "a", "approx.", "upwards", "scores"};
    static const char *const neither[] = {"marines", "left", "base", "fled", "mid-june"};
    for (size_t k = 0; k < sizeof dated / sizeof dated[0]; k++)
        assert_int_not_equal(tok_with(d, dated[k])->dword, 0);
    for (size_t k = 0; k < sizeof counts / sizeof counts[0]; k++)
        assert_true(tok_with(d, counts[k])->flags & VG_TF_NUMSTART);
    for (size_t k = 0; k < sizeof neither / sizeof neither[0]; k++) {
        const vg_token *t = tok_with(d, neither[k]);
        assert_int_equal(t->dword, 0);
        assert_int_equal(t->flags & VG_TF_NUMSTART, 0);
    }
    /* the words a date may open on, and some it may not ("weeks ago") */
    static const char *const opens[] = {"in", "the", "coming", "since", "january", "yesterday", "few",
                                        "two", "a", "q3", "mid-june", "jan."};
    static const char *const closed[] = {"weeks", "hours", "ago", "christmas", "marines", "dozen", "thousands"};
    for (size_t k = 0; k < sizeof opens / sizeof opens[0]; k++)
        assert_true(tok_with(d, opens[k])->flags & VG_TF_DATEOPEN);
    for (size_t k = 0; k < sizeof closed / sizeof closed[0]; k++)
        assert_int_equal(tok_with(d, closed[k])->flags & VG_TF_DATEOPEN, 0);
    freedoc(d);
    /* outside the date words: the feasts' first words, the number words
     * (not only those that open a quantity) and quarters */
    d = tok("Good Black THOUSAND Twenty-One seventy Q4 q5 goods");
    static const int open_word[] = {1, 1, 1, 1, 1, 1, 0, 0};
    assert_int_equal(d->ntoks, sizeof open_word / sizeof open_word[0]);
    for (size_t i = 0; i < d->ntoks; i++)
        assert_int_equal(!!(d->toks[i].flags & VG_TF_DATEOPEN), open_word[i]);
    freedoc(d);
}

/* Every word of the two tables, alone and in capitals, carries its mark
 * when the tokenizer makes it one token of that form (the 4096-bit
 * filter must let each in). */
static void test_every_table_word_marked(void **state)
{
    (void)state;
    size_t checked = 0;
    for (int table = 0; table < 2; table++)
        for (size_t k = 0;; k++) {
            const char *w = table ? vg_num_starter_word(k) : vg_date_word(k);
            if (!w)
                break;
            char text[64];
            for (int upper = 0; upper < 2; upper++) {
                size_t n = strlen(w);
                assert_true(n < sizeof text);
                for (size_t j = 0; j <= n; j++)
                    text[j] = upper && w[j] >= 'a' && w[j] <= 'z' ? (char)(w[j] - 32) : w[j];
                vg_doc *d = tok(text);
                if (d->ntoks == 1 && !strcmp(d->toks[0].norm, w)) {
                    if (table)
                        assert_true(d->toks[0].flags & VG_TF_NUMSTART);
                    else
                        assert_int_not_equal(d->toks[0].dword, 0);
                    checked++;
                }
                freedoc(d);
            }
        }
    assert_true(checked > 400); /* both tables, nearly every word twice */
}

static void test_long_token(void **state)
{
    (void)state;
    size_t n = 70000;
    char *s = vg_malloc(n + 3);
    assert_non_null(s);
    memset(s, 'A', n);
    memcpy(s + n, " b", 3);
    vg_doc *d = mkdoc(s, n + 2);
    assert_int_equal(d->ntoks, 2);
    assert_int_equal(d->toks[0].end, n);
    assert_int_equal(d->toks[0].normlen, 65535);
    assert_int_equal(strlen(d->toks[0].norm), 65535);
    assert_int_equal(d->toks[0].norm[0], 'a');
    assert_string_equal(d->toks[1].norm, "b");
    assert_int_equal(d->ndiags, 1); /* the limit is reported once */
    assert_int_equal(d->diags[0].code, VIGIL_ELIMIT);
    assert_int_equal(d->diags[0].offset, 0);
    freedoc(d);
    /* non-ASCII: "ı" is 2 bytes; the norm folds the first 65534 bytes */
    for (size_t k = 0; k + 1 < n; k += 2)
        memcpy(s + k, "ı", 2);
    d = mkdoc(s, n);
    check_invariants(d);
    assert_int_equal(d->ntoks, 1);
    assert_int_equal(d->toks[0].end, n);
    assert_int_equal(d->toks[0].normlen, 32767);
    assert_int_equal(d->toks[0].norm[32766], 'i');
    freedoc(d);
    vg_free(s);
}

static void test_arena_limit(void **state)
{
    (void)state;
    vg_doc d;
    vg_doc_init(&d);
    const char *s = "Turkish police detained 23 people in Ankara on Monday.";
    assert_int_equal(vg_doc_set_text(&d, s, strlen(s)), VIGIL_OK);
    d.arena.cap = d.arena.total; /* no room for anything more */
    assert_int_equal(vg_tok_run(&d), VIGIL_ELIMIT);
    assert_int_equal(d.ntoks, 0);
    assert_int_equal(d.ndiags + d.diags_dropped, 1);
    vg_doc_fini(&d);
}

typedef struct failing {
    long calls, fail_at;
} failing;

static void *f_malloc(size_t n, void *ud)
{
    failing *f = ud;
    if (++f->calls == f->fail_at)
        return NULL;
    return malloc(n);
}

static void *f_realloc(void *p, size_t n, void *ud)
{
    failing *f = ud;
    if (++f->calls == f->fail_at)
        return NULL;
    return realloc(p, n);
}

static void f_free(void *p, void *ud)
{
    (void)ud;
    free(p);
}

static void test_failing_allocator(void **state)
{
    (void)state;
    /* enough text for several arena chunks and pool blocks */
    size_t n = 0, cap = 300000;
    char *s = malloc(cap);
    assert_non_null(s);
    const char *unit = "İstanbul’s 2,000 U.S. officials — said “no”.\n\n  • Muğla ";
    size_t ul = strlen(unit);
    while (n + ul < cap) {
        memcpy(s + n, unit, ul);
        n += ul;
    }
    int ok = 0;
    for (long k = 1; k < 200 && !ok; k++) {
        failing f = {0, k};
        vigil_allocator a = {f_malloc, f_realloc, f_free, &f};
        vigil_set_allocator(&a);
        vg_doc d;
        vg_doc_init(&d);
        int rc = vg_doc_set_text(&d, s, n);
        if (rc == VIGIL_OK) {
            rc = vg_tok_run(&d);
            assert_true(rc == VIGIL_OK || rc == VIGIL_ENOMEM);
            check_invariants(&d);
            ok = rc == VIGIL_OK;
        }
        vg_doc_fini(&d);
        vigil_set_allocator(NULL);
    }
    assert_true(ok);
    free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_word_lists), cmocka_unit_test(test_multibyte_offsets), cmocka_unit_test(test_clitics),
        cmocka_unit_test(test_hyphens),           cmocka_unit_test(test_abbreviations),
        cmocka_unit_test(test_numbers),           cmocka_unit_test(test_punct_and_symbols),
        cmocka_unit_test(test_bullets),           cmocka_unit_test(test_whitespace_flags),
        cmocka_unit_test(test_case_flags),        cmocka_unit_test(test_text_word_marks),
        cmocka_unit_test(test_every_table_word_marked),        cmocka_unit_test(test_long_token),
        cmocka_unit_test(test_arena_limit),       cmocka_unit_test(test_failing_allocator),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
