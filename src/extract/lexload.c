/* lexload.c: extract stage. Loads the gazetteer and the lexicons into a
 * vg_lex, once per vigil_ctx; read-only afterwards.
 *
 * Takes data_dir/geo/gazetteer.tsv ("vigil-gazetteer 1", data/geo/
 * README.md) and data_dir/lexicon/NAME.tsv ("vigil-lexicon 1",
 * data/lexicon/README.md) and produces the record tables of lexicon.h plus
 * two phrase indexes (lexmatch.c): one for every kind, one for
 * actor_stop.tsv. This file holds the gazetteer, the vocabularies
 * (triggers, weapons, targets, cues, hedges, negation), the load order and
 * the accessors; lexread.c reads and checks files, lexactor.c does the
 * entity lexicons and their patterns, lexstop.c actor_stop.tsv.
 *
 * Each file is read whole into one heap block that vg_lex keeps: fields
 * are cut in place (TAB, '|' and '\n' become NUL), so table strings point
 * into the file bytes and a load makes few allocations. Strings we derive
 * (names without their qualifier, folded heads, plurals) go to lx->arena.
 *
 * The files are untrusted (STYLE.md section 3): the format line and its
 * version, the column line, every row's column count, field lengths
 * (< VG_LEX_MAX_FIELD bytes), UTF-8, numbers (latitude in [-90, 90],
 * longitude in [-180, 180], population in 32 bits), enumerated values,
 * flags, parents and @ALIAS flags are checked, and the first bad row fails
 * the load with VIGIL_EPARSE and "path:line: what" in err (err->line too).
 * A missing or unreadable file is VIGIL_EIO.
 *
 * Gazetteer: every place's name and alternative names are indexed as
 * VG_LK_PLACE, a country's demonyms as VG_LK_DEMONYM with rec = the
 * country; a demonym ending in "-an" or "-i" also gets its plural
 * ("Syrians", "Iraqis"; VG_AF_PLURAL), other plurals ("Turks") are not
 * derived. Cities are linked to their region by (cc, admin1). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract/extract.h"
#include "extract/lexicon_internal.h"
#include "text/fold.h"
#include "util/alloc.h"
#include "util/error.h"
#include "util/utf8.h"

#define LEX_ARENA_CAP ((size_t)256 * 1024 * 1024)

/* ---- gazetteer ---- */

static const char *const gaz_cols[] = {"kind",        "geonameid",   "name",     "cc",  "iso_code",
                                       "admin1_code", "admin1_name", "feature",  "lat", "lon",
                                       "population",  "demonyms",    "alt_names"};

static int number(vg_lexrd *r, const char *s, const char *what, double lo, double hi, double *out)
{
    char *end;
    errno = 0;
    double v = strtod(s, &end);
    if (!*s || *end || errno || !(v >= lo && v <= hi))
        return vg_lexrd_fail(r, VIGIL_EPARSE, "bad %s \"%.40s\"", what, s);
    *out = v;
    return VIGIL_OK;
}

static int integer(vg_lexrd *r, const char *s, const char *what, long long max, long long *out)
{
    char *end;
    errno = 0;
    if (!(*s >= '0' && *s <= '9'))
        return vg_lexrd_fail(r, VIGIL_EPARSE, "bad %s \"%.40s\"", what, s);
    long long v = strtoll(s, &end, 10);
    if (*end || errno || v > max)
        return vg_lexrd_fail(r, VIGIL_EPARSE, "bad %s \"%.40s\"", what, s);
    *out = v;
    return VIGIL_OK;
}

static int demonym(vg_lexld *L, const char *d, uint32_t rec)
{
    vg_lex *lx = L->lx;
    int rc = vg_lexld_index(L, &lx->idx, d, VG_LK_DEMONYM, 0, rec, 1);
    if (rc != VIGIL_OK)
        return rc;
    lx->ndemonyms++;
    /* "Syrian" -> "Syrians", "Iraqi" -> "Iraqis": nouns for the people */
    size_t n = strlen(d);
    if ((n >= 3 && d[n - 2] == 'a' && d[n - 1] == 'n') || (n >= 3 && d[n - 1] == 'i')) {
        char *p = vg_arena_alloc(&lx->arena, n + 2);
        if (!p)
            return vg_lexrd_nomem(&L->r);
        memcpy(p, d, n);
        p[n] = 's';
        p[n + 1] = '\0';
        rc = vg_lexld_index(L, &lx->idx, p, VG_LK_DEMONYM, VG_AF_PLURAL, rec, 1);
        if (rc == VIGIL_OK)
            lx->ndemonyms++;
    }
    return rc;
}

/* The vg_place_feat of a GeoNames feature code. */
static vg_place_feat place_feat(const char *code)
{
    static const char *const codes[VG_PF_COUNT] = {
        [VG_PF_PPLC] = "PPLC", [VG_PF_PPLG] = "PPLG", [VG_PF_PPLA] = "PPLA",
        [VG_PF_ADM1] = "ADM1", [VG_PF_PPLA2] = "PPLA2",
    };
    for (int k = VG_PF_OTHER + 1; k < VG_PF_COUNT; k++)
        if (strcmp(code, codes[k]) == 0)
            return (vg_place_feat)k;
    return VG_PF_OTHER;
}

static int gaz_row(vg_lexld *L, char **f)
{
    vg_lex *lx = L->lx;
    vg_lexrd *r = &L->r;
    int rc, kind;
    static const char *const kinds[] = {"country", "region", "city"};
    if ((rc = vg_lexrd_pick(r, f[0], "place kind", VG_LEX_NAMES(kinds), &kind)) != VIGIL_OK)
        return rc;
    VG_LEX_RESERVE(L, lx->places, lx->nplaces, lx->capplaces);
    uint32_t rec = (uint32_t)lx->nplaces;
    vg_place *p = &lx->places[rec];
    memset(p, 0, sizeof *p);
    p->kind = (uint8_t)kind;
    p->geonameid = -1;
    p->country = p->region = -1;
    if (*f[1]) {
        long long id = 0;
        if ((rc = integer(r, f[1], "geonameid", INT64_MAX / 2, &id)) != VIGIL_OK)
            return rc;
        p->geonameid = id;
    }
    if (!*f[2])
        return vg_lexrd_fail(r, VIGIL_EPARSE, "empty name");
    p->name = f[2];
    /* a sea, lake or region across borders has no country (data/geo/places.tsv) */
    if ((rc = vg_lexrd_country(r, f[3], p->cc, kind != VG_PLACE_REGION)) != VIGIL_OK)
        return rc;
    p->iso_code = f[4];
    p->admin1 = f[5];
    p->admin1_name = f[6];
    p->feature = f[7];
    p->feat = (uint8_t)place_feat(p->feature);
    if (!p->cc[0]) {
        /* only waters and regions across borders (data/geo/places.tsv) */
        static const char *const waters[] = {"OCN", "SEA", "GULF", "BAY", "STRT", "CHN", "LK", "RGN"};
        int ok = 0;
        for (size_t k = 0; k < sizeof waters / sizeof *waters && !ok; k++)
            ok = strcmp(p->feature, waters[k]) == 0;
        if (!ok)
            return vg_lexrd_fail(r, VIGIL_EPARSE, "bad country code \"\" (only a sea, lake or region across borders has none)");
    }
    if ((rc = number(r, f[8], "latitude", -90, 90, &p->lat)) != VIGIL_OK ||
        (rc = number(r, f[9], "longitude", -180, 180, &p->lon)) != VIGIL_OK)
        return rc;
    if (*f[10]) {
        long long pop = 0;
        if ((rc = integer(r, f[10], "population", UINT32_MAX, &pop)) != VIGIL_OK)
            return rc;
        p->population = (uint32_t)pop;
    }
    /* places of no country came after the MUC-4 model: its features skip them */
    unsigned af = 0;
    if (p->cc[0]) {
        int32_t *slot = &lx->country_of[(p->cc[0] - 'A') * 26 + (p->cc[1] - 'A')];
        if (kind == VG_PLACE_COUNTRY && *slot < 0)
            *slot = (int32_t)rec;
        p->country = *slot;
    } else
        af = VG_AF_ENGINE;
    lx->nplaces++;
    if ((rc = vg_lexld_index(L, &lx->idx, p->name, VG_LK_PLACE, af, rec, 1)) != VIGIL_OK)
        return rc;
    char *it[VG_LEX_MAX_FIELD / 2 + 1];
    size_t n = *f[12] ? vg_lex_cut(f[12], '|', it, sizeof it / sizeof it[0]) : 0;
    for (size_t k = 0; k < n; k++)
        if (*it[k] && (rc = vg_lexld_index(L, &lx->idx, it[k], VG_LK_PLACE, af, rec, 1)) != VIGIL_OK)
            return rc;
    n = *f[11] ? vg_lex_cut(f[11], '|', it, sizeof it / sizeof it[0]) : 0;
    for (size_t k = 0; k < n; k++)
        if (*it[k] &&
            (rc = demonym(L, it[k], p->country >= 0 ? (uint32_t)p->country : rec)) != VIGIL_OK)
            return rc;
    return VIGIL_OK;
}

typedef struct regkey {
    const char *cc;
    const char *admin1;
    int32_t idx;
} regkey;

static int regkey_cmp(const void *a, const void *b)
{
    const regkey *x = a, *y = b;
    int c = strcmp(x->cc, y->cc);
    return c ? c : strcmp(x->admin1, y->admin1);
}

/* Links each city to its region by (cc, admin1). */
static int link_regions(vg_lexld *L)
{
    vg_lex *lx = L->lx;
    size_t nreg = 0;
    for (size_t i = 0; i < lx->nplaces; i++)
        nreg += lx->places[i].kind == VG_PLACE_REGION && *lx->places[i].admin1;
    if (nreg == 0)
        return VIGIL_OK;
    regkey *keys = vg_calloc(nreg, sizeof *keys);
    if (!keys)
        return vg_lexrd_nomem(&L->r);
    size_t k = 0;
    for (size_t i = 0; i < lx->nplaces; i++) {
        const vg_place *p = &lx->places[i];
        if (p->kind == VG_PLACE_REGION && *p->admin1)
            keys[k++] = (regkey){p->cc, p->admin1, (int32_t)i};
    }
    qsort(keys, nreg, sizeof *keys, regkey_cmp);
    for (size_t i = 0; i < lx->nplaces; i++) {
        vg_place *p = &lx->places[i];
        if (p->kind != VG_PLACE_CITY || !*p->admin1)
            continue;
        regkey key = {p->cc, p->admin1, -1};
        const regkey *hit = bsearch(&key, keys, nreg, sizeof *keys, regkey_cmp);
        p->region = hit ? hit->idx : -1;
    }
    vg_free(keys);
    return VIGIL_OK;
}

static int load_gazetteer(vg_lexld *L, const char *dir)
{
    vg_lexrd *r = &L->r;
    int rc = vg_lexrd_open(L, dir, "geo/gazetteer.tsv");
    if (rc != VIGIL_OK)
        return rc;
    r->cols = gaz_cols;
    r->ncols = sizeof gaz_cols / sizeof gaz_cols[0];
    int seen_format = 0;
    char *s;
    size_t n;
    while (vg_lexrd_line(r, &s, &n)) {
        if ((rc = vg_lexrd_check(r, s, n)) != VIGIL_OK)
            return rc;
        if (n == 0)
            continue;
        if (s[0] == '#') {
            static const char magic[] = "# format: vigil-gazetteer ";
            if (strncmp(s, magic, sizeof magic - 1) == 0) {
                const char *v = s + sizeof magic - 1;
                if (!(v[0] == '1' && (v[1] == '\0' || v[1] == ' ')))
                    return vg_lexrd_fail(
                        r, VIGIL_EPARSE,
                        "unsupported vigil-gazetteer version \"%.20s\" (expected 1)", v);
                seen_format = 1;
            } else if (s[1] != ' ' && s[1] != '\0') {
                char *c[VG_LEX_MAX_COLS];
                size_t nc = vg_lex_cut(s + 1, '\t', c, VG_LEX_MAX_COLS);
                int same = nc == r->ncols;
                for (size_t k = 0; same && k < nc; k++)
                    same = strcmp(c[k], r->cols[k]) == 0;
                if (!same)
                    return vg_lexrd_fail(
                        r, VIGIL_EPARSE,
                        "unexpected column line (expected #kind, geonameid, ... alt_names)");
                r->seen_columns = 1;
            }
            continue;
        }
        if (!seen_format)
            return vg_lexrd_fail(r, VIGIL_EPARSE,
                                 "no \"# format: vigil-gazetteer 1\" line before the data");
        if (!r->seen_columns)
            return vg_lexrd_fail(r, VIGIL_EPARSE, "no column line before the data");
        char *f[VG_LEX_MAX_COLS];
        if ((rc = vg_lexrd_fields(r, s, f)) != VIGIL_OK || (rc = gaz_row(L, f)) != VIGIL_OK)
            return rc;
    }
    if (!seen_format)
        return vg_lexrd_fail(r, VIGIL_EPARSE, "not a vigil-gazetteer file");
    return link_regions(L);
}

/* ---- vocabularies ---- */

static const char *const inc_names[] = {
    "bombing", "armed_assault", "assassination",      "kidnapping", "hijacking",
    "arson",   "attack",        "security_operation", "robbery",    "forced_work_stoppage"};
static const char *const muc_names[] = {
    "-", "attack", "bombing", "kidnapping", "arson", "robbery", "forced work stoppage"};

static int inc_type(vg_lexrd *r, const char *s, uint8_t *out)
{
    int t, rc = vg_lexrd_pick(r, s, "incident type", VG_LEX_NAMES(inc_names), &t);
    *out = (uint8_t)(t >= VG_INC_NTYPES ? VG_INC_ATTACK : t); /* robbery: "attack" in the record */
    return rc;
}

static int muc_type(vg_lexrd *r, const char *s, uint8_t *out)
{
    int t, rc = vg_lexrd_pick(r, s, "MUC-4 type", VG_LEX_NAMES(muc_names), &t);
    *out = (uint8_t)(t < 0 ? 0 : t);
    return rc;
}

static int load_triggers(vg_lexld *L, const char *dir)
{
    static const char *const cols[] = {"phrase", "lemma",    "incident_type",
                                       "pos",    "muc_type", "flags"};
    static const char *const flags[] = {"ambiguous",  "passive_ok", "effect",  "weapon_dep",
                                        "victim_dep", "needs_obj",  "attempt", "threat",
                                        "military",   "legal",      "claim",   "plural",
                                        "engine"};
    static const char *const pos[] = {"noun", "verb"};
    vg_lex *lx = L->lx;
    vg_lexrd *r = &L->r;
    int rc = vg_lexrd_open_lexicon(L, dir, "lexicon/triggers.tsv", VG_LEX_NAMES(cols));
    char *f[VG_LEX_MAX_COLS];
    while (rc == VIGIL_OK && (rc = vg_lexrd_row(r, f)) == 1) {
        VG_LEX_RESERVE(L, lx->triggers, lx->ntriggers, lx->captriggers);
        vg_trigger *t = &lx->triggers[lx->ntriggers];
        int p;
        t->lemma = f[1];
        if (!*f[1]) {
            rc = vg_lexrd_fail(r, VIGIL_EPARSE, "empty lemma");
            break;
        }
        if ((rc = inc_type(r, f[2], &t->type)) != VIGIL_OK ||
            (rc = vg_lexrd_pick(r, f[3], "part of speech", VG_LEX_NAMES(pos), &p)) != VIGIL_OK ||
            (rc = muc_type(r, f[4], &t->muc_type)) != VIGIL_OK ||
            (rc = vg_lexrd_flags(r, f[5], VG_LEX_NAMES(flags), &t->flags)) != VIGIL_OK)
            break;
        t->verb = (uint8_t)p;
        unsigned af = (t->flags & VG_TRF_ENGINE) ? VG_AF_ENGINE : 0;
        rc = vg_lexld_index(L, &lx->idx, f[0], VG_LK_TRIGGER, af, (uint32_t)lx->ntriggers++, 4);
    }
    return rc < 0 ? rc : VIGIL_OK;
}

static int load_weapons(vg_lexld *L, const char *dir)
{
    static const char *const cols[] = {"phrase",        "class",    "sub",
                                       "incident_type", "muc_type", "flags"};
    static const char *const flags[] = {"ambiguous", "generic", "component", "plural", "cs", "engine"};
    static const char *const classes[] = {"explosive", "firearm", "incendiary",
                                          "blade",     "vehicle", "other"};
    vg_lex *lx = L->lx;
    vg_lexrd *r = &L->r;
    int rc = vg_lexrd_open_lexicon(L, dir, "lexicon/weapons.tsv", VG_LEX_NAMES(cols));
    char *f[VG_LEX_MAX_COLS];
    while (rc == VIGIL_OK && (rc = vg_lexrd_row(r, f)) == 1) {
        VG_LEX_RESERVE(L, lx->weapons, lx->nweapons, lx->capweapons);
        vg_weapon *w = &lx->weapons[lx->nweapons];
        int c;
        if ((rc = vg_lexrd_pick(r, f[1], "weapon class", VG_LEX_NAMES(classes), &c)) != VIGIL_OK ||
            (rc = vg_lexrd_ident(r, f[2], "weapon sub-class")) != VIGIL_OK ||
            (rc = inc_type(r, f[3], &w->type)) != VIGIL_OK ||
            (rc = muc_type(r, f[4], &w->muc_type)) != VIGIL_OK ||
            (rc = vg_lexrd_flags(r, f[5], VG_LEX_NAMES(flags), &w->flags)) != VIGIL_OK)
            break;
        w->cls = classes[c];
        w->sub = f[2];
        unsigned af = ((w->flags & VG_WF_CS) ? VG_AF_CS : 0) | ((w->flags & VG_WF_ENGINE) ? VG_AF_ENGINE : 0);
        rc = vg_lexld_index(L, &lx->idx, f[0], VG_LK_WEAPON, af, (uint32_t)lx->nweapons++, 1);
    }
    return rc < 0 ? rc : VIGIL_OK;
}

static int load_targets(vg_lexld *L, const char *dir)
{
    static const char *const cols[] = {"phrase", "kind", "role", "flags"};
    /* ambiguous generic plural category (soft) cs engine: VG_TGF_* bit order */
    static const char *const flags[] = {"ambiguous", "generic", "plural", "category", "", "cs", "engine"};
    static const char *const roles[] = {"target", "victim"};
    /* the soft-target kinds of targets.tsv's header */
    static const char *const soft[] = {
        "nightclub", "hotel",    "restaurant", "soft_target", "tourist_site",
        "market",    "stadium",  "crowd",      "transport",   "religious_site",
        "school",    "tourists", "civilians",  "worshippers", "passengers"};
    vg_lex *lx = L->lx;
    vg_lexrd *r = &L->r;
    int rc = vg_lexrd_open_lexicon(L, dir, "lexicon/targets.tsv", VG_LEX_NAMES(cols));
    char *f[VG_LEX_MAX_COLS];
    while (rc == VIGIL_OK && (rc = vg_lexrd_row(r, f)) == 1) {
        VG_LEX_RESERVE(L, lx->targets, lx->ntargets, lx->captargets);
        vg_target *t = &lx->targets[lx->ntargets];
        int role;
        if ((rc = vg_lexrd_ident(r, f[1], "target kind")) != VIGIL_OK ||
            (rc = vg_lexrd_pick(r, f[2], "role", VG_LEX_NAMES(roles), &role)) != VIGIL_OK)
            break;
        if ((rc = vg_lexrd_flags(r, f[3], VG_LEX_NAMES(flags), &t->flags)) != VIGIL_OK)
            break;
        t->kind = f[1];
        t->human = (uint8_t)role;
        if (vg_lex_pick(f[1], VG_LEX_NAMES(soft)) >= 0)
            t->flags |= VG_TGF_SOFT;
        unsigned af = ((t->flags & VG_TGF_CS) ? VG_AF_CS : 0) | ((t->flags & VG_TGF_ENGINE) ? VG_AF_ENGINE : 0);
        rc = vg_lexld_index(L, &lx->idx, f[0], VG_LK_TARGET, af, (uint32_t)lx->ntargets++, 1);
    }
    return rc < 0 ? rc : VIGIL_OK;
}

static int load_cues(vg_lexld *L, const char *dir)
{
    static const char *const cols[] = {"lemma",    "pos",  "surfaces", "certainty",
                                       "polarity", "list", "holder",   "flags"};
    static const char *const flags[] = {"speech",     "epistemic",   "emotive", "recipient",
                                        "impersonal", "same_source", "hearsay", "responsibility",
                                        "future",     "pseudo"};
    static const char *const pos[] = {"verb", "noun", "adj", "adv", "prep", "phrase", "pseudo"};
    static const char *const cert[] = {"certain", "probable", "possible", "unknown"};
    static const char *const pol[] = {"positive", "negative"};
    static const char *const yn[] = {"no", "yes"};
    static const char *const holder[] = {"subj", "obj", "by", "none", "subj_or_none"};
    vg_lex *lx = L->lx;
    vg_lexrd *r = &L->r;
    int rc = vg_lexrd_open_lexicon(L, dir, "lexicon/cues.tsv", VG_LEX_NAMES(cols));
    char *f[VG_LEX_MAX_COLS];
    while (rc == VIGIL_OK && (rc = vg_lexrd_row(r, f)) == 1) {
        VG_LEX_RESERVE(L, lx->cues, lx->ncues, lx->capcues);
        vg_cue *c = &lx->cues[lx->ncues];
        int p, ce, po, li, ho;
        if ((rc = vg_lexrd_ident(r, f[0], "lemma")) != VIGIL_OK ||
            (rc = vg_lexrd_pick(r, f[1], "part of speech", VG_LEX_NAMES(pos), &p)) != VIGIL_OK ||
            (rc = vg_lexrd_pick(r, f[3], "certainty", VG_LEX_NAMES(cert), &ce)) != VIGIL_OK ||
            (rc = vg_lexrd_pick(r, f[4], "polarity", VG_LEX_NAMES(pol), &po)) != VIGIL_OK ||
            (rc = vg_lexrd_pick(r, f[5], "list value", VG_LEX_NAMES(yn), &li)) != VIGIL_OK ||
            (rc = vg_lexrd_pick(r, f[6], "holder position", VG_LEX_NAMES(holder), &ho)) !=
                VIGIL_OK ||
            (rc = vg_lexrd_flags(r, f[7], VG_LEX_NAMES(flags), &c->flags)) != VIGIL_OK)
            break;
        c->lemma = f[0];
        c->pos = pos[p];
        c->verb = p == 0;
        c->certainty = (uint8_t)ce;
        c->negative = (uint8_t)po;
        c->list = (uint8_t)li;
        c->holder = (uint8_t)ho;
        if (strcmp(pos[p], "pseudo") == 0)
            c->flags |= VG_CUF_PSEUDO;
        uint32_t rec = (uint32_t)lx->ncues++;
        char *it[VG_LEX_MAX_FIELD / 2 + 1];
        size_t n = *f[2] ? vg_lex_cut(f[2], '|', it, sizeof it / sizeof it[0]) : 0;
        if (n == 0) {
            rc = vg_lexrd_fail(r, VIGIL_EPARSE, "no surfaces");
            break;
        }
        for (size_t k = 0; k < n && rc == VIGIL_OK; k++)
            if (*it[k])
                rc = vg_lexld_index(L, &lx->idx, it[k], VG_LK_CUE, 0, rec, 4);
    }
    return rc < 0 ? rc : VIGIL_OK;
}

static int load_hedges(vg_lexld *L, const char *dir)
{
    static const char *const cols[] = {"phrase", "band", "class", "source", "notes"};
    static const char *const bands[] = {"almost_no_chance",    "very_unlikely", "unlikely",
                                        "roughly_even_chance", "likely",        "very_likely",
                                        "almost_certain"};
    static const char *const sources[] = {"icd203", "phia", "vigil"};
    vg_lex *lx = L->lx;
    vg_lexrd *r = &L->r;
    int rc = vg_lexrd_open_lexicon(L, dir, "lexicon/hedges.tsv", VG_LEX_NAMES(cols));
    char *f[VG_LEX_MAX_COLS];
    while (rc == VIGIL_OK && (rc = vg_lexrd_row(r, f)) == 1) {
        VG_LEX_RESERVE(L, lx->hedges, lx->nhedges, lx->caphedges);
        vg_hedge *h = &lx->hedges[lx->nhedges];
        int b, s;
        if ((rc = vg_lexrd_pick(r, f[1], "band", VG_LEX_NAMES(bands), &b)) != VIGIL_OK ||
            (rc = vg_lexrd_ident(r, f[2], "hedge class")) != VIGIL_OK ||
            (rc = vg_lexrd_pick(r, f[3], "source", VG_LEX_NAMES(sources), &s)) != VIGIL_OK)
            break;
        h->band = (uint8_t)b;
        h->cls = f[2];
        h->source = sources[s];
        rc = vg_lexld_index(L, &lx->idx, f[0], VG_LK_HEDGE, 0, (uint32_t)lx->nhedges++, 3);
    }
    return rc < 0 ? rc : VIGIL_OK;
}

static int load_negation(vg_lexld *L, const char *dir)
{
    static const char *const cols[] = {"cue", "kind", "position", "scope", "notes"};
    static const char *const kinds[] = {"negator", "denial", "absence",
                                        "failure", "pseudo", "terminator"};
    static const char *const pos[] = {"pre", "post", "both", "none"};
    static const char *const scope[] = {"clause", "np", "vp", "object_clause", "subject", "none"};
    vg_lex *lx = L->lx;
    vg_lexrd *r = &L->r;
    int rc = vg_lexrd_open_lexicon(L, dir, "lexicon/negation.tsv", VG_LEX_NAMES(cols));
    char *f[VG_LEX_MAX_COLS];
    while (rc == VIGIL_OK && (rc = vg_lexrd_row(r, f)) == 1) {
        VG_LEX_RESERVE(L, lx->negs, lx->nnegs, lx->capnegs);
        vg_neg *g = &lx->negs[lx->nnegs];
        int k, p, s;
        if ((rc = vg_lexrd_pick(r, f[1], "negation kind", VG_LEX_NAMES(kinds), &k)) != VIGIL_OK ||
            (rc = vg_lexrd_pick(r, f[2], "position", VG_LEX_NAMES(pos), &p)) != VIGIL_OK ||
            (rc = vg_lexrd_pick(r, f[3], "scope", VG_LEX_NAMES(scope), &s)) != VIGIL_OK)
            break;
        g->kind = (uint8_t)k;
        g->position = (uint8_t)p;
        g->scope = (uint8_t)s;
        rc = vg_lexld_index(L, &lx->idx, f[0], VG_LK_NEG, 0, (uint32_t)lx->nnegs++, 3);
    }
    return rc < 0 ? rc : VIGIL_OK;
}

/* actor_stop.tsv: rows go to lexstop.c; @lists must come before their use */
static int load_stop(vg_lexld *L, const char *dir)
{
    static const char *const cols[] = {"phrase", "applies_to", "rule", "licence", "notes"};
    vg_lexrd *r = &L->r;
    int rc = vg_lexrd_open_lexicon(L, dir, "lexicon/actor_stop.tsv", VG_LEX_NAMES(cols));
    char *f[VG_LEX_MAX_COLS];
    while (rc == VIGIL_OK && (rc = vg_lexrd_row(r, f)) == 1) {
        char msg[300] = "";
        rc = vg_lexstop_row(L->lx, &L->b, f, msg, sizeof msg);
        if (rc == VIGIL_ENOMEM)
            return vg_lexrd_nomem(r);
        if (rc != VIGIL_OK)
            return vg_lexrd_fail(r, rc, "%s", msg);
    }
    return rc < 0 ? rc : VIGIL_OK;
}

/* ---- the whole load ---- */

void vg_lex_free(vg_lex *lx)
{
    if (!lx)
        return;
    for (size_t i = 0; i < lx->nfiles; i++)
        vg_free(lx->files[i]);
    vg_free(lx->files);
    vg_arena_fini(&lx->arena);
    vg_free(lx->actors);
    vg_free(lx->places);
    vg_free(lx->triggers);
    vg_free(lx->weapons);
    vg_free(lx->targets);
    vg_free(lx->cues);
    vg_free(lx->hedges);
    vg_free(lx->negs);
    vg_free(lx->patterns);
    vg_free(lx->stops);
    vg_free(lx->lists);
    vg_free(lx->defs);
    vg_lexidx_fini(&lx->idx);
    vg_lexidx_fini(&lx->stop);
    vg_free(lx);
}

/* The chain of default rows vg_lex_default_actor reads for cc: its ISO
 * code's, or the one of every other code. */
static size_t default_chain(const char *cc)
{
    if (cc[0] >= 'A' && cc[0] <= 'Z' && cc[1] >= 'A' && cc[1] <= 'Z' && !cc[2])
        return (size_t)(cc[0] - 'A') * 26 + (size_t)(cc[1] - 'A');
    return 26 * 26;
}

/* Chains the default rows by country, each chain in file order (so the
 * first row that matches is the one a scan of all rows would find): a
 * lookup, asked for many candidates of a document, reads the few rows of
 * its country instead of all of them. */
static void chain_defaults(vg_lex *lx)
{
    memset(lx->def_of, 0, sizeof lx->def_of);
    for (size_t i = lx->ndefs; i-- > 0;) {
        uint32_t *first = &lx->def_of[default_chain(lx->defs[i].cc)];
        lx->defs[i].next = *first;
        *first = (uint32_t)(i + 1);
    }
}

int vg_lex_load(vg_lex **out, const char *data_dir, vigil_error *err)
{
    *out = NULL;
    vg_error_clear(err);
    if (!data_dir)
        return vg_error_set(err, VIGIL_EUSAGE, "lexicon", NULL, -1, "no data directory");
    vg_lex *lx = vg_calloc(1, sizeof *lx);
    if (!lx)
        return vg_error_set(err, VIGIL_ENOMEM, "lexicon", NULL, -1, "out of memory");
    vg_arena_init(&lx->arena, LEX_ARENA_CAP);
    for (size_t i = 0; i < 26 * 26; i++)
        lx->country_of[i] = -1;
    vg_lexld L;
    memset(&L, 0, sizeof L);
    L.lx = lx;
    L.err = err;
    L.r.err = err;
    vg_lexbuild_init(&L.b);
    int rc = VIGIL_OK;
    size_t groups = 0, gov = 0, media = 0;
    if (vg_lexidx_init(&lx->idx) != VIGIL_OK || vg_lexidx_init(&lx->stop) != VIGIL_OK) {
        rc = vg_error_set(err, VIGIL_ENOMEM, "lexicon", NULL, -1, "out of memory");
        goto done;
    }
    if ((rc = load_gazetteer(&L, data_dir)) != VIGIL_OK ||
        (rc = vg_lexld_actors(&L, data_dir, "lexicon/armed_groups.tsv", 1, &groups, 0, 0)) !=
            VIGIL_OK ||
        (rc = vg_lexld_actors(&L, data_dir, "lexicon/government.tsv", 1, &gov, 0, 0)) != VIGIL_OK ||
        (rc = vg_lexld_actors(&L, data_dir, "lexicon/media.tsv", 0, &media, groups, gov)) !=
            VIGIL_OK ||
        (rc = load_triggers(&L, data_dir)) != VIGIL_OK ||
        (rc = load_weapons(&L, data_dir)) != VIGIL_OK ||
        (rc = load_targets(&L, data_dir)) != VIGIL_OK ||
        (rc = load_cues(&L, data_dir)) != VIGIL_OK ||
        (rc = load_hedges(&L, data_dir)) != VIGIL_OK ||
        (rc = load_negation(&L, data_dir)) != VIGIL_OK ||
        (rc = load_stop(&L, data_dir)) != VIGIL_OK)
        goto done;
    chain_defaults(lx);
    if (vg_lexidx_finish(&lx->idx) != VIGIL_OK || vg_lexidx_finish(&lx->stop) != VIGIL_OK)
        rc = vg_error_set(err, VIGIL_ENOMEM, "lexicon", NULL, -1, "out of memory");
done:
    vg_lexbuild_fini(&L.b);
    vg_free(L.parent);
    vg_free(L.line);
    if (rc != VIGIL_OK) {
        vg_lex_free(lx);
        return rc;
    }
    *out = lx;
    return VIGIL_OK;
}

/* ---- accessors ---- */

#define ACCESSOR(fn, type, arr, n)                                                                 \
    const type *fn(const vg_lex *lx, uint32_t rec)                                                 \
    {                                                                                              \
        return rec < lx->n ? &lx->arr[rec] : NULL;                                                 \
    }

ACCESSOR(vg_lex_actor, vg_actor, actors, nactors)
ACCESSOR(vg_lex_place, vg_place, places, nplaces)
ACCESSOR(vg_lex_trigger, vg_trigger, triggers, ntriggers)
ACCESSOR(vg_lex_weapon, vg_weapon, weapons, nweapons)
ACCESSOR(vg_lex_target, vg_target, targets, ntargets)
ACCESSOR(vg_lex_cue, vg_cue, cues, ncues)
ACCESSOR(vg_lex_hedge, vg_hedge, hedges, nhedges)
ACCESSOR(vg_lex_neg, vg_neg, negs, nnegs)
ACCESSOR(vg_lex_pattern, vg_pattern, patterns, npatterns)
ACCESSOR(vg_lex_stop, vg_stop, stops, nstops)

size_t vg_lex_count(const vg_lex *lx, vg_lex_kind kind)
{
    switch (kind) {
    case VG_LK_ACTOR:
        return lx->nactors;
    case VG_LK_PLACE:
        return lx->nplaces;
    case VG_LK_DEMONYM:
        return lx->ndemonyms;
    case VG_LK_TRIGGER:
        return lx->ntriggers;
    case VG_LK_WEAPON:
        return lx->nweapons;
    case VG_LK_TARGET:
        return lx->ntargets;
    case VG_LK_CUE:
        return lx->ncues;
    case VG_LK_HEDGE:
        return lx->nhedges;
    case VG_LK_NEG:
        return lx->nnegs;
    case VG_LK_PATTERN:
        return lx->npatterns;
    case VG_LK_STOP:
        return lx->nstops;
    }
    return 0;
}

const char *const *vg_lex_list(const vg_lex *lx, const char *name, size_t *n)
{
    for (size_t i = 0; i < lx->nlists; i++)
        if (strcmp(lx->lists[i].name, name) == 0) {
            *n = lx->lists[i].nwords;
            return (const char *const *)lx->lists[i].words;
        }
    *n = 0;
    return NULL;
}

int32_t vg_lex_default_actor(const vg_lex *lx, const char *cc, const char *head)
{
    /* the rows of cc's chain (chain_defaults), in file order */
    for (uint32_t i = lx->def_of[default_chain(cc)]; i; i = lx->defs[i - 1].next) {
        const vg_lexdef *d = &lx->defs[i - 1];
        if (d->head[0] == head[0] && strcmp(d->cc, cc) == 0 && strcmp(d->head, head) == 0)
            return (int32_t)d->actor;
    }
    return -1;
}

int32_t vg_lex_country(const vg_lex *lx, const char *cc)
{
    if (!cc || !(cc[0] >= 'A' && cc[0] <= 'Z' && cc[1] >= 'A' && cc[1] <= 'Z' && !cc[2]))
        return -1;
    return lx->country_of[(cc[0] - 'A') * 26 + (cc[1] - 'A')];
}
