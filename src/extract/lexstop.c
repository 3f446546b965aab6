/* lexstop.c: extract stage. The rows of actor_stop.tsv: the word lists
 * that licences name, and the ambiguous aliases and never-actor words with
 * their licences.
 *
 * Takes one row at a time from lexload.c (fields already cut and checked
 * for count, length and UTF-8) and produces a vg_lexlist for an
 * "applies_to=list" row ("@turkey_context" with its words folded) or a
 * vg_stop whose licence column is parsed into alternatives:
 *   "near:@turkey_context; country:TR"
 *     -> {NEAR, ["turkey", "turkish", ...]}, {COUNTRY, ["TR"]}
 * Lists are expanded where they are used, so a list must be defined above
 * its first use (the file keeps them in its first section). The stop
 * phrase is indexed in lx->stop, so vg_lex_stop_match finds "MIT" and
 * "mit" alike; the row's phrase keeps its case for the caller to compare.
 *
 * Invariants: every string lives in lx->arena or in the file's bytes;
 * nothing is kept from the scratch buffers. */
#include <stdio.h>
#include <string.h>

#include "extract/lexicon_internal.h"
#include "text/fold.h"
#include "util/alloc.h"

#define LIC_MAX_ALTS 16    /* ';'-separated alternatives */
#define LIC_MAX_WORDS 1024 /* words of one alternative, lists expanded */

static int fail(char *msg, size_t cap, const char *what, const char *val)
{
    snprintf(msg, cap, "%s \"%.60s\"", what, val);
    return VIGIL_EPARSE;
}

/* Trims ASCII spaces around s (in place). */
static char *trim(char *s)
{
    while (*s == ' ')
        s++;
    size_t n = strlen(s);
    while (n > 0 && s[n - 1] == ' ')
        s[--n] = '\0';
    return s;
}

static const vg_lexlist *find_list(const vg_lex *lx, const char *name)
{
    for (size_t i = 0; i < lx->nlists; i++)
        if (strcmp(lx->lists[i].name, name) == 0)
            return &lx->lists[i];
    return NULL;
}

/* Copies words[0..n) into the arena. */
static const char **keep_words(vg_lex *lx, const char **words, size_t n)
{
    const char **w = vg_arena_calloc(&lx->arena, n ? n : 1, sizeof *w);
    if (w && n)
        memcpy(w, words, n * sizeof *w);
    return w;
}

/* "@gov_heads   list   define   intelligence,agency,agent,..." */
static int list_row(vg_lex *lx, char **f, char *msg, size_t cap)
{
    const char *name = f[0];
    if (name[0] != '@' || !name[1])
        return fail(msg, cap, "a list name must start with '@':", name);
    if (strcmp(f[2], "define") != 0)
        return fail(msg, cap, "a list row needs the rule define, not", f[2]);
    if (find_list(lx, name))
        return fail(msg, cap, "list defined twice:", name);
    const char *words[LIC_MAX_WORDS];
    size_t n = 0;
    char *s = f[3];
    while (s) {
        char *comma = strchr(s, ',');
        if (comma)
            *comma = '\0';
        char *w = trim(s);
        s = comma ? comma + 1 : NULL;
        if (!*w)
            continue;
        if (n == LIC_MAX_WORDS)
            return fail(msg, cap, "too many words in list", name);
        size_t len;
        words[n] = vg_fold(&lx->arena, w, strlen(w), &len);
        if (!words[n])
            return VIGIL_ENOMEM;
        n++;
    }
    vg_lexlist *lists = vg_lex_reserve(lx->lists, &lx->caplists, lx->nlists + 1, sizeof *lists);
    if (!lists)
        return VIGIL_ENOMEM;
    lx->lists = lists;
    vg_lexlist *l = &lists[lx->nlists];
    l->name = name;
    l->words = keep_words(lx, words, n);
    l->nwords = n;
    if (!l->words)
        return VIGIL_ENOMEM;
    lx->nlists++;
    return VIGIL_OK;
}

/* One alternative: "next:@group_heads,spokesman", "country:MM,BD",
 * "orig:ı", "paren". */
static int licence_alt(vg_lex *lx, char *alt, vg_licence *out, char *msg, size_t cap)
{
    static const char *const bare[] = {"doc_alias", "paren", "next_cap", "none"};
    static const int bare_kind[] = {VG_LIC_DOC_ALIAS, VG_LIC_PAREN, VG_LIC_NEXT_CAP, VG_LIC_NONE};
    static const char *const keyed[] = {"next", "prev", "near", "country", "orig"};
    static const int keyed_kind[] = {VG_LIC_NEXT, VG_LIC_PREV, VG_LIC_NEAR, VG_LIC_COUNTRY,
                                     VG_LIC_ORIG};
    memset(out, 0, sizeof *out);
    char *colon = strchr(alt, ':');
    if (!colon) {
        for (size_t k = 0; k < sizeof bare / sizeof bare[0]; k++)
            if (strcmp(alt, bare[k]) == 0) {
                out->kind = (uint8_t)bare_kind[k];
                return VIGIL_OK;
            }
        return fail(msg, cap, "unknown licence", alt);
    }
    *colon = '\0';
    int kind = -1;
    for (size_t k = 0; k < sizeof keyed / sizeof keyed[0]; k++)
        if (strcmp(alt, keyed[k]) == 0)
            kind = keyed_kind[k];
    if (kind < 0)
        return fail(msg, cap, "unknown licence", alt);
    out->kind = (uint8_t)kind;
    char *arg = trim(colon + 1);
    if (!*arg)
        return fail(msg, cap, "licence without words:", alt);
    const char *words[LIC_MAX_WORDS];
    size_t n = 0;
    if (kind == VG_LIC_ORIG) {
        words[n] = vg_arena_strndup(&lx->arena, arg, strlen(arg));
        if (!words[n++])
            return VIGIL_ENOMEM;
    }
    for (char *s = kind == VG_LIC_ORIG ? NULL : arg; s;) {
        char *comma = strchr(s, ',');
        if (comma)
            *comma = '\0';
        char *w = trim(s);
        s = comma ? comma + 1 : NULL;
        if (!*w)
            continue;
        if (kind == VG_LIC_COUNTRY) {
            if (!(w[0] >= 'A' && w[0] <= 'Z' && w[1] >= 'A' && w[1] <= 'Z' && !w[2]))
                return fail(msg, cap, "bad country code in licence:", w);
            if (n == LIC_MAX_WORDS)
                return fail(msg, cap, "too many words in licence", alt);
            words[n] = vg_arena_strndup(&lx->arena, w, 2); /* w is in a scratch copy */
            if (!words[n++])
                return VIGIL_ENOMEM;
            continue;
        }
        if (w[0] == '@') {
            const vg_lexlist *l = find_list(lx, w);
            if (!l)
                return fail(msg, cap, "licence names an undefined list", w);
            if (n + l->nwords > LIC_MAX_WORDS)
                return fail(msg, cap, "too many words in licence", alt);
            memcpy(words + n, l->words, l->nwords * sizeof *words);
            n += l->nwords;
            continue;
        }
        if (n == LIC_MAX_WORDS)
            return fail(msg, cap, "too many words in licence", alt);
        size_t len;
        words[n] = vg_fold(&lx->arena, w, strlen(w), &len);
        if (!words[n++])
            return VIGIL_ENOMEM;
    }
    out->words = keep_words(lx, words, n);
    out->nwords = (uint32_t)n;
    return out->words ? VIGIL_OK : VIGIL_ENOMEM;
}

/* "never", "cs+ctx", "caseless", "person_ctx", "place_ctx". */
static int stop_rule(const char *s, vg_stop *st, char *msg, size_t cap)
{
    static const char *const named[] = {"never", "caseless", "person_ctx", "place_ctx"};
    static const int named_rule[] = {VG_STOPR_NEVER, VG_STOPR_CASELESS, VG_STOPR_PERSON_CTX,
                                     VG_STOPR_PLACE_CTX};
    for (size_t k = 0; k < sizeof named / sizeof named[0]; k++)
        if (strcmp(s, named[k]) == 0) {
            st->rule = (uint8_t)named_rule[k];
            return VIGIL_OK;
        }
    st->rule = VG_STOPR_FLAGS;
    const char *p = s;
    while (*p) {
        size_t n = strcspn(p, "+");
        if (n == 2 && strncmp(p, "cs", 2) == 0)
            st->aflags |= VG_AF_CS;
        else if (n == 7 && strncmp(p, "nolower", 7) == 0)
            st->aflags |= VG_AF_NOLOWER;
        else if (n == 3 && strncmp(p, "ctx", 3) == 0)
            st->aflags |= VG_AF_CTX;
        else
            return fail(msg, cap, "unknown rule", s);
        p += n;
        if (*p == '+')
            p++;
    }
    if (!st->aflags)
        return fail(msg, cap, "unknown rule", s);
    return VIGIL_OK;
}

int vg_lexstop_row(vg_lex *lx, vg_lexbuild *b, char **f, char *msg, size_t cap)
{
    static const char *const scopes[] = {"alias", "actor", "place", "person", "any"};
    if (strcmp(f[1], "list") == 0)
        return list_row(lx, f, msg, cap);
    vg_stop st;
    memset(&st, 0, sizeof st);
    st.phrase = f[0];
    st.licence = f[3];
    int scope = -1;
    for (size_t k = 0; k < sizeof scopes / sizeof scopes[0]; k++)
        if (strcmp(f[1], scopes[k]) == 0)
            scope = (int)k;
    if (scope < 0)
        return fail(msg, cap, "unknown applies_to", f[1]);
    st.applies_to = (uint8_t)scope;
    int rc = stop_rule(f[2], &st, msg, cap);
    if (rc != VIGIL_OK)
        return rc;

    /* licences: cut a copy, st.licence keeps the column as written */
    char tmp[4096];
    size_t len = strlen(f[3]);
    if (len >= sizeof tmp)
        return fail(msg, cap, "licence too long", f[0]);
    memcpy(tmp, f[3], len + 1);
    vg_licence alts[LIC_MAX_ALTS];
    size_t nalts = 0;
    for (char *s = len ? tmp : NULL; s;) {
        char *semi = strchr(s, ';');
        if (semi)
            *semi = '\0';
        char *alt = trim(s);
        s = semi ? semi + 1 : NULL;
        if (!*alt)
            return fail(msg, cap, "empty licence alternative in", f[3]);
        if (nalts == LIC_MAX_ALTS)
            return fail(msg, cap, "too many licence alternatives in", f[3]);
        if ((rc = licence_alt(lx, alt, &alts[nalts++], msg, cap)) != VIGIL_OK)
            return rc;
    }
    if (nalts) {
        vg_licence *l = vg_arena_calloc(&lx->arena, nalts, sizeof *l);
        if (!l)
            return VIGIL_ENOMEM;
        memcpy(l, alts, nalts * sizeof *l);
        st.lics = l;
        st.nlics = (uint32_t)nalts;
    }

    vg_lexph ph;
    const char *why;
    rc = vg_lexbuild_split(b, f[0], strlen(f[0]), &ph, &why);
    if (rc == VIGIL_ENOMEM)
        return rc;
    if (rc != VIGIL_OK) {
        snprintf(msg, cap, "cannot index \"%.60s\": %s", f[0], why);
        return rc;
    }
    vg_stop *stops = vg_lex_reserve(lx->stops, &lx->capstops, lx->nstops + 1, sizeof *stops);
    if (!stops)
        return VIGIL_ENOMEM;
    lx->stops = stops;
    uint32_t rec = (uint32_t)lx->nstops;
    stops[lx->nstops++] = st;
    vg_lex_hit hit = {VG_LK_STOP, st.aflags, 0, rec, st.phrase};
    return vg_lexidx_add(&lx->stop, &ph, 0, ph.n, 1, &hit);
}
