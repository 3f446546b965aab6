/* tok.h: tokens with UTF-8 byte offsets (end exclusive) into the analysed
 * text, their kind, case shape, line position, and a folded form for
 * matching (see fold.h). */
#ifndef VG_TOK_H
#define VG_TOK_H
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

typedef enum vg_tok_kind {
    VG_TOK_WORD = 0,  /* letters, with inner apostrophes/hyphens/dots: "U.S.", "al-Qaeda";
                         clitics split: "Turkey's" -> "Turkey" + "'s", "don't" -> "do" + "n't" */
    VG_TOK_NUM,       /* starts with a digit: "2,000", "1.5", ".45", "1st", "2000s", "30-plus";
                         one token each: "6/29/2016", "6/29", "2016-06-29", "10:30";
                         but "6-7" is NUM "6", PUNCT "-", NUM "7" (see tok.c) */
    VG_TOK_PUNCT,     /* . , ; : ! ? ( ) [ ] " ' - etc., one char (or "..." / "--") */
    VG_TOK_SYM,       /* other symbols: @ # $ % & * + = < > | ~ ^ */
    VG_TOK_BULLET     /* a list marker at line start: "•", "-", "*", "1.", "a)" */
} vg_tok_kind;

enum {
    VG_TF_CAP = 1 << 0,       /* first letter upper case: "Istanbul" */
    VG_TF_ALLCAP = 1 << 1,    /* all letters upper case, at least one: "ISIS", "US" */
    VG_TF_LOWER = 1 << 2,     /* all letters lower case */
    VG_TF_DIGIT = 1 << 3,     /* contains a digit */
    VG_TF_NL = 1 << 4,        /* a newline between the previous token (or the text start) and this one */
    VG_TF_PARA = 1 << 5,      /* a blank line (or more) before this token */
    VG_TF_SPACE = 1 << 6,     /* whitespace before this token */
    VG_TF_ABBR = 1 << 7,      /* word ending with a dot kept in the token: "U.S.", "Gen." */
    VG_TF_HYPHEN = 1 << 8,    /* word with an inner hyphen: "30-plus", "Turkey-Syria" */
    VG_TF_NUMSTART = 1 << 9,  /* a word that can open a quantity: "two", "dozens", "about" (num.c) */
    VG_TF_DATEOPEN = 1 << 10  /* a word that can open a date expression: "in", "June", "two" (date.h) */
};

typedef struct vg_token {
    uint32_t start, end;  /* bytes [start,end) of the analysed text */
    const char *norm;     /* folded form (fold.h): lower case, no diacritics, NUL-terminated;
                             never NULL (vg_tok_is relies on it) */
    uint16_t normlen;     /* bytes of norm (tokens longer than 65535 bytes are cut) */
    uint8_t kind;         /* vg_tok_kind */
    uint8_t dword;        /* 1 + the index of the word in the date scanner's table, 0 when
                             none (vg_date_word_id, looked up once here for every later ask) */
    uint16_t flags;       /* VG_TF_* */
    uint32_t hash;        /* vg_wordhash_hash of norm: word lookups need not hash again */
    uint32_t head;        /* vg_tok_head of norm: its first four bytes, NUL-padded; a token
                             made by hand sets it too, or vg_tok_is turns it away */
} vg_token;

/* The first four bytes of s[0..n) as a number, bytes past n zero: byte k
 * in bits 8k..8k+7. For a word of three bytes or fewer it holds the whole
 * word and its end (norms hold no NUL), so equal heads are equal words. */
static inline uint32_t vg_tok_head(const char *s, size_t n)
{
    uint32_t h = 0;
    for (size_t k = 0; k < n && k < 4; k++)
        h |= (uint32_t)(unsigned char)s[k] << (8 * k);
    return h;
}

struct vg_doc;

/* Tokenizes doc->text into doc->toks (arena). Returns VIGIL_OK, or
 * VIGIL_ENOMEM / VIGIL_ELIMIT (then doc holds the tokens made so far and a
 * diagnostic). norm strings live in the arena. Thread-safe for distinct
 * documents. */
int vg_tok_run(struct vg_doc *doc);

/* The token tests below run at most tokens from hundreds of places; left
 * to itself the compiler makes one out-of-line copy of each (link-time
 * optimisation sees the many callers), and a call costs more than the test
 * it makes, so they are always inlined where the compiler allows it. */
#if defined(__GNUC__)
#define VG_TOK_INLINE static inline __attribute__((always_inline))
#else
#define VG_TOK_INLINE static inline
#endif

/* vg_tok_is(t, s) for a word s of n bytes whose head (vg_tok_head) is
 * known, as vg_tok_is does for a literal word: a table of words asked of
 * many tokens keeps each word's head and length for it. */
VG_TOK_INLINE int vg_tok_is_headed(const vg_token *t, const char *s, size_t n, uint32_t head)
{
    if (!t || t->head != head)
        return 0;
    return n < 4 || (t->normlen == n && memcmp(t->norm + 4, s + 4, n - 4) == 0);
}

/* 1 when token t's folded form equals the NUL-terminated lower-case ASCII s.
 * It runs for every token against literal words. A word not known at
 * compile time (a table's): the first byte turns most tokens away before
 * s is measured (strlen may be a call); then a length test and a short
 * compare (norms hold no NUL, so this is the whole-string comparison).
 * t may be NULL (no token there); its norm is never NULL, so it is not
 * tested: the test cost a load and a branch at each of some 900 places. */
VG_TOK_INLINE int vg_tok_is(const vg_token *t, const char *s)
{
#if defined(__GNUC__)
    /* a literal word (nearly every call): its head is a constant, so one
     * compare of the token's head decides a word of up to three bytes and
     * turns away all but the tokens beginning like a longer one */
    if (__builtin_constant_p(strlen(s))) {
        size_t n = strlen(s);
        if (!t || t->head != vg_tok_head(s, n))
            return 0;
        return n < 4 || (t->normlen == n && memcmp(t->norm + 4, s + 4, n - 4) == 0);
    }
#endif
    if (!t || !s || t->norm[0] != s[0])
        return 0;
    size_t n = strlen(s);
    return t->normlen == n && memcmp(t->norm, s, n) == 0;
}

/* 1 when t is the one-character punctuation mark ch (",", ";", "(", ...). */
VG_TOK_INLINE int vg_tok_punct(const vg_token *t, char ch)
{
    /* the head of a norm of one byte is that byte (ch is never NUL) */
    return t->kind == VG_TOK_PUNCT && t->head == (unsigned char)ch;
}

/* 1 when t is a dash: "-", "--", an en dash or an em dash. */
int vg_tok_is_dash(const vg_token *t);

/* A word list asked of many tokens: the NULL-terminated words (lower-case
 * ASCII) and a small hash set of them over the hash tokens carry
 * (vg_token.hash), filled on first use (thread-safe), so a token is
 * turned away by one byte when its slot is empty and otherwise compared
 * with the few words whose probe passes there. Declare with VG_WORDLIST at
 * file scope:
 *     static vg_wordlist negators = VG_WORDLIST("no", "not", "never");  */
#define VG_WORDLIST_SLOTS 512 /* a power of two */
#define VG_WORDLIST_MAX 254   /* words hashed: under half the slots, and 1 + index fits a slot */

enum { VG_WORDLIST_UNFILLED = 0, VG_WORDLIST_HASHED, VG_WORDLIST_LONG };

typedef struct vg_wordlist {
    const char *const *words;
    atomic_int ready; /* VG_WORDLIST_UNFILLED until filled; VG_WORDLIST_LONG: more than
                         VG_WORDLIST_MAX words, slots unused, the list is read */
    /* 1 + the index of a word, VG_WORDLIST_EMPTY empty, 0 not filled yet:
     * linear probing from hash & (SLOTS - 1). Each slot is written once,
     * from 0 to its final value, when the set is filled (never for a long
     * list), so a slot read EMPTY proves a token absent whether or not the
     * rest of the set is filled yet: no word's probe starts there. Once
     * VG_WORDLIST_HASHED every word is reached from its hash's slot before
     * an empty one. */
    _Atomic uint8_t slots[VG_WORDLIST_SLOTS];
    /* vg_tok_head of each word, set before ready turns HASHED (NULL when
     * the shared store of them is used up): a probe compares it with the
     * token's head before reading the word, and for a word under four
     * bytes that decides */
    const uint32_t *heads;
} vg_wordlist;

#define VG_WORDLIST_EMPTY 0xFF /* above 1 + VG_WORDLIST_MAX */

#define VG_WORDLIST(...) {(const char *const[]){__VA_ARGS__, NULL}, VG_WORDLIST_UNFILLED, {0}, NULL}

/* The part of vg_tok_in past its first slot test (and before the set is
 * filled). */
int vg_tok_in_list(const vg_token *t, vg_wordlist *list);

/* 1 when token t's folded form is one of the words of list. Inline: most
 * tokens meet an empty slot and are turned away by that one byte, without
 * a call and without asking whether the set is filled (see slots). */
VG_TOK_INLINE int vg_tok_in(const vg_token *t, vg_wordlist *list)
{
    if (atomic_load_explicit(&list->slots[t->hash & (VG_WORDLIST_SLOTS - 1)], memory_order_relaxed) ==
        VG_WORDLIST_EMPTY)
        return 0;
    return vg_tok_in_list(t, list);
}

/* A word of four letters or more ending in "-ed": a verb in the past or a
 * participle ("arrested", "called"), as the rules that look for a verb
 * take it. */
static inline int vg_tok_past(const vg_token *t)
{
    return t->kind == VG_TOK_WORD && t->normlen > 3 && t->norm[t->normlen - 2] == 'e' &&
           t->norm[t->normlen - 1] == 'd';
}

/* The number a token of four digits spells ("2016" -> 2016), else -1. */
static inline int vg_tok_four_digits(const vg_token *t)
{
    if (t->kind != VG_TOK_NUM || !t->norm || t->normlen != 4)
        return -1;
    int v = 0;
    for (int i = 0; i < 4; i++) {
        if (t->norm[i] < '0' || t->norm[i] > '9')
            return -1;
        v = v * 10 + (t->norm[i] - '0');
    }
    return v;
}

/* A word of five letters or more ending in "-ing": a gerund or a present
 * participle ("attacking", "killing"; not "king", "ring"). */
static inline int vg_tok_gerund(const vg_token *t)
{
    return t->kind == VG_TOK_WORD && t->normlen > 4 && memcmp(t->norm + t->normlen - 3, "ing", 3) == 0;
}

#endif
