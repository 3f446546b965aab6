/* csv.c: export stage, CSV (--format csv [--kind K]).
 *
 * Takes vg_xdoc facts (xdoc.h) and writes one RFC 4180 table for a whole
 * run: UTF-8 without a byte order mark, CRLF line ends, a header row, then
 * the rows. Five tables (docs/exports.md lists their columns):
 *   - combined (no kind, what --format csv has always written): one row
 *     per incident and one per threat, told apart by the `kind` column;
 *   - incidents, threats, claims (VIGIL_WRITE_CSV_*): one row per fact;
 *   - entities: one row per entity of the run, written when the first
 *     document naming it is put. The ids written so far are kept in a set
 *     of 16-byte hashes, so memory grows with the distinct entities only.
 *
 * A field holding a comma, a double quote, CR or LF is quoted, its quotes
 * doubled. Text that a spreadsheet would run as a formula (a leading =,
 * +, -, @, tab or CR) is prefixed with an apostrophe (OWASP's advice on
 * CSV injection); the numeric columns are written by us as plain numbers
 * and left alone. A list in one field is joined by "; " (a claim's chain
 * by " ← "), written piece by piece, so nothing is cut short.
 *
 * Ids are the STIX ids of the same objects (stix.c), so the tables join
 * with each other and with a bundle: an entity's is its STIX object's (a
 * place with neither coordinates nor country has no object; it gets the
 * location id it would have), an incident's the incident's, a claim's its
 * note's. A threat is several STIX relationships (one per target), so its
 * row id is x-vigil-threat--<UUIDv5 of the threat's key>.
 */
#include <string.h>

#include "export/xdoc.h"
#include "extract/extract.h"
#include "vigil/vigil.h"

#define ID_MAX 80
#define NCOLS(a) (sizeof a / sizeof a[0])

/* clang-format off */
static const char *const combined_cols[] = {
    "kind", "id", "document", "local_id", "type", "date", "window_from", "window_to", "actor",
    "likelihood", "confidence", "killed", "injured", "places", "place_kind", "country",
    "latitude", "longitude", "target_types", "targets", "holder", "statement", "evidence"};

static const char *const incident_cols[] = {
    "id", "document", "local_id", "type", "date", "date_text", "window_from", "window_to",
    "place", "place_id", "place_kind", "country", "latitude", "longitude",
    "perpetrator_groups", "perpetrator_group_ids", "perpetrators", "targets", "victims", "weapons",
    "killed", "injured", "confidence", "claim_id", "holder", "evidence"};

static const char *const threat_cols[] = {
    "id", "document", "local_id", "actor", "actor_id", "places", "place_ids", "place_kind",
    "window_from", "window_to", "window_text", "likelihood", "confidence",
    "target_types", "targets", "capability", "claim_id", "holder", "evidence"};

static const char *const claim_cols[] = {
    "id", "document", "local_id", "statement", "holder", "holder_id", "holder_text",
    "chain", "cue", "polarity", "certainty", "confidence", "about", "about_ids"};

static const char *const entity_cols[] = {
    "id", "key", "type", "name", "aliases", "country",
    "place_kind", "latitude", "longitude", "geonameid", "region", "first_document"};
/* clang-format on */

static const struct table {
    unsigned kind; /* VIGIL_WRITE_CSV_*, 0 for the combined table */
    const char *const *cols;
    size_t ncols;
} tables[] = {
    {0, combined_cols, NCOLS(combined_cols)},
    {VIGIL_WRITE_CSV_INCIDENTS, incident_cols, NCOLS(incident_cols)},
    {VIGIL_WRITE_CSV_THREATS, threat_cols, NCOLS(threat_cols)},
    {VIGIL_WRITE_CSV_CLAIMS, claim_cols, NCOLS(claim_cols)},
    {VIGIL_WRITE_CSV_ENTITIES, entity_cols, NCOLS(entity_cols)},
};

/* ---- fields ---- */

typedef struct row {
    vg_xout *o;
    int col;
    int quoted; /* the open text field is quoted */
} row;

static void out(row *r, const char *s, size_t n)
{
    if (n && fwrite(s, 1, n, r->o->out) != n)
        r->o->failed = 1;
}

static void sep(row *r)
{
    if (r->col++)
        out(r, ",", 1);
}

static int needs_quotes(const char *s)
{
    return s && strpbrk(s, ",\"\r\n") != NULL;
}

/* Opens a text field whose pieces need quotes (quote) and whose text
 * starts with the character first ('\0' when empty). */
static void cell_open(row *r, int quote, char first)
{
    sep(r);
    r->quoted = quote;
    if (quote)
        out(r, "\"", 1);
    if (first && strchr("=+-@\t\r", first))
        out(r, "'", 1);
}

/* One piece of the open field, its quotes doubled (a piece holding a
 * quote made the field quoted). */
static void cell_put(row *r, const char *s)
{
    while (*s) {
        size_t n = strcspn(s, "\"");
        out(r, s, n);
        s += n;
        if (*s == '"') {
            out(r, "\"\"", 2);
            s++;
        }
    }
}

static void cell_close(row *r)
{
    if (r->quoted)
        out(r, "\"", 1);
    r->quoted = 0;
}

/* A text field; NULL and "" are empty. */
static void text(row *r, const char *s)
{
    cell_open(r, needs_quotes(s), s ? s[0] : '\0');
    if (s)
        cell_put(r, s);
    cell_close(r);
}

static void number(row *r, long long v)
{
    char buf[24];
    sep(r);
    if (v >= 0)
        out(r, buf, (size_t)snprintf(buf, sizeof buf, "%lld", v));
}

static void real(row *r, int has, double v)
{
    char buf[32];
    sep(r);
    if (has)
        out(r, buf, (size_t)snprintf(buf, sizeof buf, "%.5f", v));
}

static void end_row(row *r)
{
    out(r, "\r\n", 2);
    r->col = 0;
    r->o->nitems++;
}

/* Strings joined by "; " in one field. */
static void strs(row *r, vg_xstrs s)
{
    int quote = 0;
    for (uint32_t i = 0; i < s.n; i++)
        quote |= needs_quotes(s.v[i]);
    cell_open(r, quote, s.n && s.v[0] ? s.v[0][0] : '\0');
    for (uint32_t i = 0; i < s.n; i++) {
        if (i)
            cell_put(r, "; ");
        cell_put(r, s.v[i] ? s.v[i] : "");
    }
    cell_close(r);
}

/* ---- entities ---- */

/* The id of entity e of d: its STIX object's, else the location id an
 * unlocated place would have; NULL when e has no key. */
static const char *entity_id(char *buf, size_t size, const vg_xdoc *d, int32_t e)
{
    const vg_xent *x = vg_xdoc_ent(d, e);
    if (!x || !x->key)
        return NULL;
    if (vg_stix_entity_id(buf, size, d, e))
        return buf;
    return vg_stix_id(buf, size, "location", x->key);
}

/* What the gazetteer's point of a place stands for; "unlocated" for a
 * place or site without one, NULL for other entities. */
static const char *place_kind(const vg_xent *x)
{
    static const char *const kinds[] = {"country", "region", "city", "site"};
    if (!x)
        return NULL;
    if (x->has_geo)
        return kinds[x->geo_kind & 3];
    return x->type == VG_ENT_PLACE || x->type == VG_ENT_FACILITY ? "unlocated" : NULL;
}

enum { EL_NAME, EL_ID, EL_KIND };

/* The piece of entity e for a list of names, ids or place kinds; "" when
 * it has none (so parallel lists stay parallel), NULL when e is out of
 * range (skipped in every list alike). */
static const char *ent_piece(const vg_xdoc *d, int32_t e, int what, char *buf, size_t size)
{
    const vg_xent *x = vg_xdoc_ent(d, e);
    const char *p;
    if (!x)
        return NULL;
    if (what == EL_NAME)
        p = x->name;
    else if (what == EL_ID)
        p = entity_id(buf, size, d, e);
    else
        p = place_kind(x);
    return p ? p : "";
}

/* The names, ids or place kinds of the entities v of d, joined by "; ". */
static void ents(row *r, const vg_xdoc *d, vg_xidx v, int what)
{
    char buf[ID_MAX];
    const char *p;
    int quote = 0;
    char first = '\0';
    uint32_t n = 0;
    for (uint32_t k = 0; k < v.n; k++)
        if ((p = ent_piece(d, v.v[k], what, buf, sizeof buf)) != NULL) {
            quote |= needs_quotes(p);
            if (!n++)
                first = p[0];
        }
    cell_open(r, quote, first);
    n = 0;
    for (uint32_t k = 0; k < v.n; k++)
        if ((p = ent_piece(d, v.v[k], what, buf, sizeof buf)) != NULL) {
            if (n++)
                cell_put(r, "; ");
            cell_put(r, p);
        }
    cell_close(r);
}

/* The same for one entity (-1: none). */
static void ent(row *r, const vg_xdoc *d, int32_t e, int what)
{
    vg_xidx one = {&e, 1};
    ents(r, d, one, what);
}

/* ---- what facts share ---- */

static const vg_xclaim *claim_of(const vg_xdoc *d, int32_t c)
{
    return c >= 0 && (uint32_t)c < d->nclaims ? &d->claims[c] : NULL;
}

/* Who holds claim c: its holder entity's name, else the holder as written. */
static const char *holder_of(const vg_xdoc *d, const vg_xclaim *c)
{
    if (!c)
        return NULL;
    const vg_xent *h = vg_xdoc_ent(d, c->holder);
    return h ? h->name : c->holder_text;
}

static void claim_id(row *r, const vg_xclaim *c)
{
    char id[ID_MAX];
    text(r, c ? vg_stix_id(id, sizeof id, "note", c->key) : NULL);
}

static const char *threat_id(char *buf, size_t size, const vg_xthreat *t)
{
    return vg_stix_id(buf, size, "x-vigil-threat", t->key);
}

/* ---- the combined table ---- */

/* place_kind, country, latitude, longitude of x (empty when NULL). */
static void place_cols(row *r, const vg_xent *x)
{
    static const char *const kinds[] = {"country", "region", "city", "site"};
    text(r, x && x->has_geo ? kinds[x->geo_kind & 3] : NULL);
    text(r, x ? x->cc : NULL);
    real(r, x && x->has_geo, x ? x->lat : 0);
    real(r, x && x->has_geo, x ? x->lon : 0);
}

static void combined_incident(row *r, const vg_xdoc *d, const vg_xinc *in)
{
    char id[ID_MAX];
    const vg_xent *pl = vg_xdoc_ent(d, in->place);
    const vg_xclaim *c = claim_of(d, in->claim);
    text(r, "incident");
    text(r, vg_stix_id(id, sizeof id, "incident", in->key));
    text(r, d->id);
    text(r, in->local);
    text(r, in->type);
    text(r, in->date);
    text(r, in->window_from);
    text(r, in->window_to);
    ents(r, d, in->groups, EL_NAME);
    text(r, NULL);
    number(r, vg_xinc_confidence(d, in));
    number(r, in->killed);
    number(r, in->injured);
    text(r, pl ? pl->name : NULL);
    place_cols(r, pl);
    text(r, NULL);
    strs(r, in->targets);
    text(r, holder_of(d, c));
    text(r, c ? c->text : NULL);
    text(r, in->evidence);
    end_row(r);
}

static void combined_threat(row *r, const vg_xdoc *d, const vg_xthreat *t)
{
    char id[ID_MAX];
    const vg_xent *actor = vg_xdoc_ent(d, t->actor);
    const vg_xclaim *c = claim_of(d, t->claim);
    /* the coordinates only when the threat names one place */
    const vg_xent *one = t->places.n == 1 ? vg_xdoc_ent(d, t->places.v[0]) : NULL;
    text(r, "threat");
    text(r, threat_id(id, sizeof id, t));
    text(r, d->id);
    text(r, t->local);
    text(r, "threat");
    text(r, NULL);
    text(r, t->window_from);
    text(r, t->window_to);
    text(r, actor ? actor->name : NULL);
    text(r, t->likelihood >= 0 ? vg_band_name(t->likelihood) : NULL);
    number(r, vg_xthreat_confidence(t));
    number(r, -1);
    number(r, -1);
    ents(r, d, t->places, EL_NAME);
    place_cols(r, one);
    strs(r, t->target_types);
    strs(r, t->targets);
    text(r, holder_of(d, c));
    text(r, c ? c->text : NULL);
    text(r, t->evidence);
    end_row(r);
}

/* ---- one table per kind ---- */

static void incident(row *r, const vg_xdoc *d, const vg_xinc *in)
{
    char id[ID_MAX];
    const vg_xent *pl = vg_xdoc_ent(d, in->place);
    const vg_xclaim *c = claim_of(d, in->claim);
    text(r, vg_stix_id(id, sizeof id, "incident", in->key));
    text(r, d->id);
    text(r, in->local);
    text(r, in->type);
    text(r, in->date);
    text(r, in->date_text);
    text(r, in->window_from);
    text(r, in->window_to);
    text(r, pl ? pl->name : NULL);
    ent(r, d, in->place, EL_ID);
    text(r, place_kind(pl));
    text(r, pl ? pl->cc : NULL);
    real(r, pl && pl->has_geo, pl ? pl->lat : 0);
    real(r, pl && pl->has_geo, pl ? pl->lon : 0);
    ents(r, d, in->groups, EL_NAME);
    ents(r, d, in->groups, EL_ID);
    strs(r, in->perps);
    strs(r, in->targets);
    strs(r, in->victims);
    strs(r, in->weapons);
    number(r, in->killed);
    number(r, in->injured);
    number(r, vg_xinc_confidence(d, in));
    claim_id(r, c);
    text(r, holder_of(d, c));
    text(r, in->evidence);
    end_row(r);
}

static void threat(row *r, const vg_xdoc *d, const vg_xthreat *t)
{
    char id[ID_MAX];
    const vg_xclaim *c = claim_of(d, t->claim);
    text(r, threat_id(id, sizeof id, t));
    text(r, d->id);
    text(r, t->local);
    ent(r, d, t->actor, EL_NAME);
    ent(r, d, t->actor, EL_ID);
    ents(r, d, t->places, EL_NAME);
    ents(r, d, t->places, EL_ID);
    ents(r, d, t->places, EL_KIND);
    text(r, t->window_from);
    text(r, t->window_to);
    text(r, t->window_text);
    text(r, t->likelihood >= 0 ? vg_band_name(t->likelihood) : NULL);
    number(r, vg_xthreat_confidence(t));
    strs(r, t->target_types);
    strs(r, t->targets);
    strs(r, t->capability);
    claim_id(r, c);
    text(r, holder_of(d, c));
    text(r, t->evidence);
    end_row(r);
}

static const char *link_name(const vg_xlink *l)
{
    static const char *const roles[] = {"author", "publisher", "source", "holder"};
    return l->name && l->name[0] ? l->name : roles[l->role & 3];
}

/* The attribution chain, outermost first: "author ← Reuters ← police". */
static void chain(row *r, const vg_xclaim *c)
{
    int quote = 0;
    for (uint32_t k = 0; k < c->nchain; k++)
        quote |= needs_quotes(link_name(&c->chain[k]));
    cell_open(r, quote, c->nchain ? link_name(&c->chain[0])[0] : '\0');
    for (uint32_t k = 0; k < c->nchain; k++) {
        if (k)
            cell_put(r, " \xe2\x86\x90 "); /* U+2190 LEFTWARDS ARROW */
        cell_put(r, link_name(&c->chain[k]));
    }
    cell_close(r);
}

static void claim(row *r, const vg_xdoc *d, const vg_xclaim *c)
{
    claim_id(r, c);
    text(r, d->id);
    text(r, c->local);
    text(r, c->text);
    text(r, holder_of(d, c));
    ent(r, d, c->holder, EL_ID);
    text(r, c->holder_text);
    chain(r, c);
    text(r, c->cue);
    text(r, c->negative ? "negative" : "positive");
    text(r, vg_certainty_name(c->certainty));
    number(r, vg_xclaim_confidence(c));
    ents(r, d, c->about, EL_NAME);
    ents(r, d, c->about, EL_ID);
    end_row(r);
}

/* Entity e of d, unless an earlier document of the run wrote it. Returns
 * VIGIL_OK or VIGIL_ENOMEM. */
static int entity(row *r, const vg_xdoc *d, int32_t e)
{
    char id[ID_MAX];
    const vg_xent *x = &d->ents[e];
    if (!entity_id(id, sizeof id, d, e))
        return VIGIL_OK;
    /* the set holds a hash of the id: SHA-1's first 16 bytes, never all zero */
    struct sha1_ctx h;
    uint8_t u[SHA1_DIGEST_SIZE];
    sha1_init(&h);
    sha1_update(&h, strlen(id), (const uint8_t *)id);
    sha1_digest(&h, sizeof u, u);
    u[15] |= 1;
    int fresh = vg_xidset_add(&r->o->csv_ents, u);
    if (fresh <= 0)
        return fresh < 0 ? VIGIL_ENOMEM : VIGIL_OK;
    text(r, id);
    text(r, x->key);
    text(r, vg_ent_type_name(x->type));
    text(r, x->name);
    strs(r, x->aliases);
    text(r, x->cc);
    text(r, place_kind(x));
    real(r, x->has_geo, x->lat);
    real(r, x->has_geo, x->lon);
    number(r, x->geonameid);
    text(r, x->admin1);
    text(r, d->id);
    end_row(r);
    return VIGIL_OK;
}

/* ---- the writer ---- */

static const struct table *table_of(unsigned kind)
{
    for (size_t k = 0; k < NCOLS(tables); k++)
        if (tables[k].kind == kind)
            return &tables[k];
    return NULL;
}

int vg_csv_begin(vg_xout *o)
{
    const struct table *t = table_of(o->csv_kind);
    if (!t)
        return VIGIL_EUSAGE;
    row r = {o, 0, 0};
    for (size_t k = 0; k < t->ncols; k++)
        text(&r, t->cols[k]);
    out(&r, "\r\n", 2);
    return o->failed ? VIGIL_EIO : VIGIL_OK;
}

int vg_csv_put(vg_xout *o, const vg_xdoc *d)
{
    row r = {o, 0, 0};
    int rc = VIGIL_OK;
    switch (o->csv_kind) {
    case VIGIL_WRITE_CSV_INCIDENTS:
        for (uint32_t i = 0; i < d->nincs; i++)
            incident(&r, d, &d->incs[i]);
        break;
    case VIGIL_WRITE_CSV_THREATS:
        for (uint32_t i = 0; i < d->nthreats; i++)
            threat(&r, d, &d->threats[i]);
        break;
    case VIGIL_WRITE_CSV_CLAIMS:
        for (uint32_t i = 0; i < d->nclaims; i++)
            claim(&r, d, &d->claims[i]);
        break;
    case VIGIL_WRITE_CSV_ENTITIES:
        for (uint32_t e = 0; e < d->nents && rc == VIGIL_OK; e++)
            rc = entity(&r, d, (int32_t)e);
        break;
    default:
        for (uint32_t i = 0; i < d->nincs; i++)
            combined_incident(&r, d, &d->incs[i]);
        for (uint32_t i = 0; i < d->nthreats; i++)
            combined_threat(&r, d, &d->threats[i]);
    }
    if (rc != VIGIL_OK)
        return rc;
    return o->failed ? VIGIL_EIO : VIGIL_OK;
}

int vg_csv_end(vg_xout *o)
{
    return o->failed ? VIGIL_EIO : VIGIL_OK;
}
