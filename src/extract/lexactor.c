/* lexactor.c: extract stage. The entity lexicons: armed_groups.tsv,
 * government.tsv and media.tsv, into vg_actor records and vg_pattern
 * forms.
 *
 * Takes rows "canonical type country kind [parent] aliases flags" and
 * produces one vg_actor per row, its canonical name (without a final
 * "(qualifier)") and every alias indexed as VG_LK_ACTOR with the alias's
 * own flags ("@IS:cs+ctx" -> VG_AF_CS | VG_AF_CTX on the hit of "IS").
 * Row flags become VG_ACT_* bits; default=HEAD rows feed
 * vg_lex_default_actor; parent (same file) and affiliated= (media: an armed
 * group) are resolved to indices after the file, by binary search over the
 * sorted canonical names. Rows of kind "pattern" become one vg_pattern per
 * form (canonical and aliases): the form's <slots> are replaced by
 * placeholder words so the tokenizer cuts it as it cuts text, and its head,
 * the first run of literal words, is indexed as VG_LK_PATTERN.
 *
 * Invariants: an @ALIAS flag names an alias or the canonical of its row,
 * every parent and affiliation resolves, or the load fails at that line. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract/lexicon_internal.h"
#include "text/fold.h"
#include "util/alloc.h"

typedef struct aliasflag {
    const char *alias;
    unsigned flags;
    int used;
} aliasflag;

/* "@IS:cs+ctx" -> alias "IS", VG_AF_CS | VG_AF_CTX. */
static int alias_flag(vg_lexrd *r, char *s, aliasflag *out)
{
    char *colon = strrchr(s, ':');
    if (!colon || colon == s + 1)
        return vg_lexrd_fail(r, VIGIL_EPARSE,
                             "bad alias flag \"%.60s\" (expected @ALIAS:flag+flag)", s);
    *colon = '\0';
    out->alias = s + 1;
    out->flags = 0;
    out->used = 0;
    static const char *const names[] = {"cs", "nolower", "ctx", "member", "typo", "engine"};
    static const unsigned bits[] = {VG_AF_CS, VG_AF_NOLOWER, VG_AF_CTX, VG_AF_MEMBER, VG_AF_TYPO,
                                    VG_AF_ENGINE};
    char *it[8];
    size_t n = vg_lex_cut(colon + 1, '+', it, 8);
    if (n > 8)
        return vg_lexrd_fail(r, VIGIL_EPARSE, "too many flags for alias \"%.60s\"", out->alias);
    for (size_t k = 0; k < n; k++) {
        int b = vg_lex_pick(it[k], VG_LEX_NAMES(names));
        if (b < 0)
            return vg_lexrd_fail(r, VIGIL_EPARSE, "unknown alias flag \"%.30s\" for \"%.60s\"",
                                 it[k], out->alias);
        out->flags |= bits[b];
    }
    return VIGIL_OK;
}

static unsigned alias_bits(aliasflag *af, size_t naf, const char *a, const char *b)
{
    unsigned fl = 0;
    for (size_t k = 0; k < naf; k++)
        if (strcmp(af[k].alias, a) == 0 || (b && strcmp(af[k].alias, b) == 0)) {
            af[k].used = 1;
            fl |= af[k].flags;
        }
    return fl;
}

/* The canonical name without a final " (qualifier)" ("ERP (El
 * Salvador)"); a doctrine in brackets is part of the name ("Communist
 * Party of India (Maoist)", not the legal Communist Party of India). */
static const char *strip_qualifier(vg_lexld *L, const char *s)
{
    size_t n = strlen(s);
    if (n < 4 || s[n - 1] != ')')
        return s;
    const char *open = strrchr(s, '(');
    if (!open || open == s || open[-1] != ' ')
        return s;
    if (n >= 4 && !memcmp(s + n - 4, "ist)", 4))
        return s;
    size_t m = (size_t)(open - 1 - s);
    while (m > 0 && s[m - 1] == ' ')
        m--;
    if (m == 0)
        return s;
    return vg_arena_strndup(&L->lx->arena, s, m);
}

static const char *const slot_names[] = {"",       "demonym", "group",     "government",
                                         "none",   "country", "leader",    "ordinal",
                                         "number", "name",    "qualifier", "descriptor"};

/* One form of a pattern row: "<demonym> police", "police force",
 * "<country>'s police", "forces of the <leader> administration". The
 * slots are replaced by placeholder words for the tokenizer, so clitics
 * split as in text ("<country>'s" -> slot, "'s"). */
static int pattern_form(vg_lexld *L, const char *form, const vg_pattern *row, vg_pattern *pat)
{
    vg_lexrd *r = &L->r;
    char buf[VG_LEX_MAX_FIELD + 8 * VG_LEX_MAX_TOKENS];
    size_t w = 0, nmark = 0;
    int marks[VG_LEX_MAX_TOKENS];
    const char *mark_end[VG_LEX_MAX_TOKENS];
    for (const char *p = form; *p;) {
        if (*p == '<') {
            const char *q = strchr(p, '>');
            if (!q)
                return vg_lexrd_fail(r, VIGIL_EPARSE, "unclosed '<' in pattern \"%.60s\"", form);
            char name[16];
            size_t n = (size_t)(q - p - 1);
            if (n == 0 || n >= sizeof name)
                return vg_lexrd_fail(r, VIGIL_EPARSE, "bad slot in pattern \"%.60s\"", form);
            memcpy(name, p + 1, n);
            name[n] = '\0';
            int s = vg_lex_pick(name, VG_LEX_NAMES(slot_names));
            if (s <= 0 || s == VG_SLOT_NONE)
                return vg_lexrd_fail(r, VIGIL_EPARSE, "unknown slot <%s> in pattern \"%.60s\"",
                                     name, form);
            if (nmark == VG_LEX_MAX_TOKENS)
                return vg_lexrd_fail(r, VIGIL_EPARSE, "too many slots in pattern \"%.60s\"", form);
            marks[nmark] = s;
            mark_end[nmark++] = q + 1;
            if (w + 10 >= sizeof buf)
                return vg_lexrd_fail(r, VIGIL_EPARSE, "pattern too long");
            w += (size_t)snprintf(buf + w, sizeof buf - w, "zqslot%cqz", 'a' + s);
            p = q + 1;
            continue;
        }
        if (w + 1 >= sizeof buf)
            return vg_lexrd_fail(r, VIGIL_EPARSE, "pattern too long");
        buf[w++] = *p++;
    }
    buf[w] = '\0';
    vg_lexph ph;
    const char *why;
    int rc = vg_lexbuild_split(&L->b, buf, w, &ph, &why);
    if (rc == VIGIL_ENOMEM)
        return vg_lexrd_nomem(r);
    if (rc != VIGIL_OK)
        return vg_lexrd_fail(r, VIGIL_EPARSE, "cannot index pattern \"%.60s\": %s", form, why);
    /* the slot of token k, or 0 for a literal word */
    int slot_of[VG_LEX_MAX_TOKENS];
    size_t m = 0;
    for (size_t k = 0; k < ph.n; k++) {
        const char *t = ph.norm[k];
        int is = t && ph.len[k] == 9 && memcmp(t, "zqslot", 6) == 0 && memcmp(t + 7, "qz", 2) == 0;
        slot_of[k] = is ? t[6] - 'a' : 0;
        if (is && (m >= nmark || slot_of[k] != marks[m]))
            return vg_lexrd_fail(r, VIGIL_EPARSE, "slot not a word of its own in pattern \"%.60s\"",
                                 form);
        m += is ? 1u : 0u;
    }
    if (m != nmark)
        return vg_lexrd_fail(r, VIGIL_EPARSE, "slot not a word of its own in pattern \"%.60s\"",
                             form);
    *pat = *row;
    pat->rule = form;
    pat->slot = pat->slot2 = pat->slot_after = VG_SLOT_NONE;
    pat->tail = NULL;
    size_t h0 = 0;
    while (h0 < ph.n && slot_of[h0]) {
        pat->slot2 = pat->slot;
        pat->slot = (uint8_t)slot_of[h0++];
    }
    size_t h1 = h0;
    while (h1 < ph.n && !slot_of[h1])
        h1++;
    if (h1 < ph.n) {
        pat->slot_after = (uint8_t)slot_of[h1];
        const char *t = mark_end[h0];
        while (*t == ' ')
            t++;
        pat->tail = *t ? t : NULL;
    }
    if (nmark == 0 && row->rule) { /* an alias inherits its row's slots */
        pat->slot = row->slot;
        pat->slot2 = row->slot2;
        pat->slot_after = row->slot_after;
    }
    vg_lex *lx = L->lx;
    VG_LEX_RESERVE(L, lx->patterns, lx->npatterns, lx->cappatterns);
    uint32_t rec = (uint32_t)lx->npatterns;
    lx->patterns[lx->npatterns++] = *pat;
    if (h0 == h1)
        return VIGIL_OK; /* "<demonym> <government>": nothing literal to index */
    vg_lex_hit hit = {VG_LK_PATTERN, 0, 0, rec, form};
    if (vg_lexidx_add(&lx->idx, &ph, h0, h1, 1, &hit) != VIGIL_OK)
        return vg_lexrd_nomem(r);
    return VIGIL_OK;
}

static int pattern_row(vg_lexld *L, char **f, char *aliases, char *flags, int etype)
{
    vg_lexrd *r = &L->r;
    vg_pattern row;
    memset(&row, 0, sizeof row);
    row.etype = (uint8_t)etype;
    row.row_rule = f[0];
    char *it[VG_LEX_MAX_FIELD / 2 + 1];
    size_t n = *flags ? vg_lex_cut(flags, '|', it, sizeof it / sizeof it[0]) : 0;
    for (size_t k = 0; k < n; k++) {
        char *s = it[k];
        if (!*s)
            continue;
        if (strncmp(s, "organ=", 6) == 0 && s[6])
            row.organ = s + 6;
        else if (strncmp(s, "yields=", 7) == 0 && s[7])
            row.yields = s + 7;
        else if (strncmp(s, "slot=", 5) == 0) {
            char *sl[8];
            size_t ns = vg_lex_cut(s + 5, '+', sl, 8);
            for (size_t j = 0; j < ns && j < 8; j++)
                if (vg_lex_pick(sl[j], VG_LEX_NAMES(slot_names)) <= 0)
                    return vg_lexrd_fail(r, VIGIL_EPARSE, "unknown slot \"%.30s\"", sl[j]);
        } else if (strcmp(s, "persons") == 0)
            row.persons = 1;
        else if (strcmp(s, "source") == 0)
            row.source = 1;
        else
            return vg_lexrd_fail(r, VIGIL_EPARSE, "unknown pattern flag \"%.60s\"", s);
    }
    vg_pattern canon;
    int rc = pattern_form(L, f[0], &row, &canon);
    if (rc != VIGIL_OK)
        return rc;
    n = *aliases ? vg_lex_cut(aliases, '|', it, sizeof it / sizeof it[0]) : 0;
    for (size_t k = 0; k < n; k++) {
        vg_pattern form;
        if (*it[k] && (rc = pattern_form(L, it[k], &canon, &form)) != VIGIL_OK)
            return rc;
    }
    return VIGIL_OK;
}

static int add_default(vg_lexld *L, const char *cc, const char *head, uint32_t actor)
{
    vg_lex *lx = L->lx;
    VG_LEX_RESERVE(L, lx->defs, lx->ndefs, lx->capdefs);
    size_t n;
    const char *h = vg_fold(&lx->arena, head, strlen(head), &n);
    if (!h)
        return vg_lexrd_nomem(&L->r);
    vg_lexdef *d = &lx->defs[lx->ndefs++];
    memcpy(d->cc, cc, 3);
    d->head = h;
    d->actor = actor;
    return VIGIL_OK;
}

/* media.tsv affiliated=NAME, resolved after the file */
typedef struct affil {
    uint32_t actor;
    const char *name;
    size_t line;
} affil;

static int actor_row(vg_lexld *L, char **f, int has_parent, affil **affs, size_t *naffs,
                     size_t *capaffs)
{
    vg_lex *lx = L->lx;
    vg_lexrd *r = &L->r;
    int rc, type;
    static const char *const types[] = {"armed_group", "government", "organization"};
    static const int type_ent[] = {VG_ENT_ARMED_GROUP, VG_ENT_GOVERNMENT, VG_ENT_ORGANIZATION};
    char *aliases = f[has_parent ? 5 : 4], *flags = f[has_parent ? 6 : 5];
    if (!*f[0])
        return vg_lexrd_fail(r, VIGIL_EPARSE, "empty canonical name");
    if ((rc = vg_lexrd_pick(r, f[1], "type", VG_LEX_NAMES(types), &type)) != VIGIL_OK)
        return rc;
    if ((rc = vg_lexrd_ident(r, f[3], "kind")) != VIGIL_OK)
        return rc;
    if (strcmp(f[3], "pattern") == 0)
        return pattern_row(L, f, aliases, flags, type_ent[type]);
    VG_LEX_RESERVE(L, lx->actors, lx->nactors, lx->capactors);
    uint32_t rec = (uint32_t)lx->nactors;
    vg_actor *a = &lx->actors[rec];
    memset(a, 0, sizeof *a);
    a->canonical = f[0];
    a->name = strip_qualifier(L, f[0]);
    if (!a->name)
        return vg_lexrd_nomem(r);
    a->type = (uint8_t)type_ent[type];
    a->kind = f[3];
    a->parent = -1;
    a->affiliated = -1;
    if ((rc = vg_lexrd_country(r, f[2], a->cc, 0)) != VIGIL_OK)
        return rc;
    lx->nactors++;
    const char **par = vg_lex_reserve(L->parent, &L->capparent, rec + 1, sizeof *par);
    if (!par)
        return vg_lexrd_nomem(r);
    L->parent = par;
    size_t *lines = vg_lex_reserve(L->line, &L->capline, rec + 1, sizeof *lines);
    if (!lines)
        return vg_lexrd_nomem(r);
    L->line = lines;
    par[rec] = has_parent && *f[4] ? f[4] : NULL;
    lines[rec] = r->line;

    /* flags: row flags and @ALIAS:flags */
    aliasflag af[VG_LEX_MAX_FIELD / 4];
    size_t naf = 0;
    char *it[VG_LEX_MAX_FIELD / 2 + 1];
    size_t n = *flags ? vg_lex_cut(flags, '|', it, sizeof it / sizeof it[0]) : 0;
    static const char *const rowflags[] = {"generic",      "contested", "defunct",
                                           "state_linked", "state",     "designated"};
    static const unsigned rowbits[] = {VG_ACT_GENERIC,      VG_ACT_CONTESTED,   VG_ACT_DEFUNCT,
                                       VG_ACT_STATE_LINKED, VG_ACT_STATE_MEDIA, VG_ACT_DESIGNATED};
    for (size_t k = 0; k < n; k++) {
        char *s = it[k];
        int b;
        if (!*s)
            continue;
        if (s[0] == '@') {
            if (naf == sizeof af / sizeof af[0])
                return vg_lexrd_fail(r, VIGIL_EPARSE, "too many alias flags");
            if ((rc = alias_flag(r, s, &af[naf++])) != VIGIL_OK)
                return rc;
        } else if ((b = vg_lex_pick(s, VG_LEX_NAMES(rowflags))) >= 0) {
            a->flags |= rowbits[b];
        } else if (strncmp(s, "default=", 8) == 0 && s[8]) {
            if (!a->default_head)
                a->default_head = s + 8;
            if ((rc = add_default(L, a->cc, s + 8, rec)) != VIGIL_OK)
                return rc;
        } else if (strncmp(s, "until=", 6) == 0) {
            char *end;
            long y = strtol(s + 6, &end, 10);
            if (end != s + 10 || *end || y < 1900 || y > 2100)
                return vg_lexrd_fail(r, VIGIL_EPARSE, "until= takes a year: \"%.60s\"", s);
            a->until = (uint16_t)y;
        } else if (strncmp(s, "affiliated=", 11) == 0 && s[11]) {
            affil *p = vg_lex_reserve(*affs, capaffs, *naffs + 1, sizeof *p);
            if (!p)
                return vg_lexrd_nomem(r);
            *affs = p;
            p[(*naffs)++] = (affil){rec, s + 11, r->line};
        } else {
            return vg_lexrd_fail(r, VIGIL_EPARSE, "unknown flag \"%.60s\"", s);
        }
    }
    unsigned fl = alias_bits(af, naf, a->canonical, a->name);
    if ((rc = vg_lexld_index(L, &lx->idx, a->name, VG_LK_ACTOR, fl, rec, 1)) != VIGIL_OK)
        return rc;
    n = *aliases ? vg_lex_cut(aliases, '|', it, sizeof it / sizeof it[0]) : 0;
    for (size_t k = 0; k < n; k++) {
        if (!*it[k])
            continue;
        fl = alias_bits(af, naf, it[k], NULL);
        if ((rc = vg_lexld_index(L, &lx->idx, it[k], VG_LK_ACTOR, fl, rec, 1)) != VIGIL_OK)
            return rc;
    }
    for (size_t k = 0; k < naf; k++)
        if (!af[k].used)
            return vg_lexrd_fail(r, VIGIL_EPARSE,
                                 "flag for \"%.60s\", which is not an alias of this row",
                                 af[k].alias);
    return VIGIL_OK;
}

typedef struct namekey {
    const char *name;
    uint32_t idx;
} namekey;

static int namekey_cmp(const void *a, const void *b)
{
    return strcmp(((const namekey *)a)->name, ((const namekey *)b)->name);
}

/* Sorted canonical names of actors [from, to). */
static namekey *name_table(vg_lexld *L, size_t from, size_t to)
{
    namekey *t = vg_calloc(to > from ? to - from : 1, sizeof *t);
    if (!t)
        return NULL;
    for (size_t i = from; i < to; i++)
        t[i - from] = (namekey){L->lx->actors[i].canonical, (uint32_t)i};
    qsort(t, to - from, sizeof *t, namekey_cmp);
    return t;
}

static int32_t name_find(const namekey *t, size_t n, const char *name)
{
    namekey key = {name, 0};
    const namekey *hit = bsearch(&key, t, n, sizeof *t, namekey_cmp);
    return hit ? (int32_t)hit->idx : -1;
}

int vg_lexld_actors(vg_lexld *L, const char *dir, const char *name, int has_parent, size_t *first,
                    size_t groups_from, size_t groups_to)
{
    static const char *const cols_parent[] = {"canonical", "type",    "country", "kind",
                                              "parent",    "aliases", "flags"};
    static const char *const cols_media[] = {"canonical", "type",    "country",
                                             "kind",      "aliases", "flags"};
    int rc = has_parent ? vg_lexrd_open_lexicon(L, dir, name, VG_LEX_NAMES(cols_parent))
                        : vg_lexrd_open_lexicon(L, dir, name, VG_LEX_NAMES(cols_media));
    if (rc != VIGIL_OK)
        return rc;
    vg_lex *lx = L->lx;
    vg_lexrd *r = &L->r;
    *first = lx->nactors;
    affil *affs = NULL;
    size_t naffs = 0, capaffs = 0;
    char *f[VG_LEX_MAX_COLS];
    while ((rc = vg_lexrd_row(r, f)) == 1)
        if ((rc = actor_row(L, f, has_parent, &affs, &naffs, &capaffs)) != VIGIL_OK)
            break;
    if (rc != VIGIL_OK) {
        vg_free(affs);
        return rc;
    }
    namekey *t = name_table(L, *first, lx->nactors);
    namekey *g = naffs ? name_table(L, groups_from, groups_to) : NULL;
    if (!t || (naffs && !g)) {
        rc = vg_lexrd_nomem(r);
        goto done;
    }
    for (size_t i = *first; i < lx->nactors; i++) {
        if (!L->parent[i])
            continue;
        int32_t p = name_find(t, lx->nactors - *first, L->parent[i]);
        if (p < 0 || (size_t)p == i) {
            r->line = L->line[i];
            rc = vg_lexrd_fail(r, VIGIL_EPARSE, "parent \"%.60s\" is not a row of this file",
                               L->parent[i]);
            goto done;
        }
        lx->actors[i].parent = p;
    }
    for (size_t i = 0; i < naffs; i++) {
        int32_t p = name_find(g, groups_to - groups_from, affs[i].name);
        if (p < 0) {
            r->line = affs[i].line;
            rc = vg_lexrd_fail(r, VIGIL_EPARSE,
                               "affiliated=\"%.60s\" is not a row of armed_groups.tsv",
                               affs[i].name);
            goto done;
        }
        lx->actors[affs[i].actor].affiliated = p;
    }
done:
    vg_free(t);
    vg_free(g);
    vg_free(affs);
    return rc;
}
