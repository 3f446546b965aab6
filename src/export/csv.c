/* csv.c: export stage, CSV (--format csv).
 *
 * Takes vg_xdoc facts (xdoc.h) and writes one RFC 4180 table for a whole
 * run: UTF-8 without a byte order mark, CRLF line ends, a header row, then
 * one row per incident and one per threat, told apart by the `kind`
 * column (docs/exports.md lists the columns). A field holding a comma, a
 * double quote, CR or LF is quoted, its quotes doubled. Text that a
 * spreadsheet would run as a formula (a leading =, +, -, @, tab or CR) is
 * prefixed with an apostrophe (OWASP's advice on CSV injection); the
 * numeric columns are written by us as plain numbers and left alone.
 * Row ids are the STIX ids of the same facts (stix.c).
 */
#include <string.h>

#include "export/xdoc.h"
#include "extract/extract.h"
#include "vigil/vigil.h"

#define ID_MAX 80

static const char *const columns[] = {
    "kind",       "id",          "document",   "local_id",  "type",      "date",
    "window_from", "window_to",  "actor",      "likelihood", "confidence", "killed",
    "injured",    "places",      "place_kind", "country",   "latitude",  "longitude",
    "target_types", "targets",   "holder",     "statement", "evidence"};
#define NCOLS (sizeof columns / sizeof columns[0])

typedef struct row {
    vg_xout *o;
    int col;
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

/* A text field, quoted when needed, defused when it reads as a formula. */
static void text(row *r, const char *s)
{
    sep(r);
    if (!s || !s[0])
        return;
    int quote = strpbrk(s, ",\"\r\n") != NULL;
    if (quote)
        out(r, "\"", 1);
    if (strchr("=+-@\t\r", s[0]))
        out(r, "'", 1);
    for (const char *p = s; *p;) {
        size_t n = strcspn(p, "\"");
        out(r, p, n);
        p += n;
        if (*p == '"') {
            out(r, "\"\"", 2);
            p++;
        }
    }
    if (quote)
        out(r, "\"", 1);
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
}

/* Strings joined by "; " into buf. */
static const char *join(vg_xstrs s, char *buf, size_t size)
{
    size_t k = 0;
    buf[0] = '\0';
    for (uint32_t i = 0; i < s.n && k < size; i++)
        k += (size_t)snprintf(buf + k, size - k, "%s%s", k ? "; " : "", s.v[i]);
    return buf;
}


/* place_kind, country, latitude, longitude of x (empty when NULL). */
static void place_cols(row *r, const vg_xent *x)
{
    static const char *const kinds[] = {"country", "region", "city", "site"};
    text(r, x && x->has_geo ? kinds[x->geo_kind & 3] : NULL);
    text(r, x ? x->cc : NULL);
    real(r, x && x->has_geo, x ? x->lat : 0);
    real(r, x && x->has_geo, x ? x->lon : 0);
}

static const char *holder_of(const vg_xdoc *d, int32_t c)
{
    if (c < 0 || (uint32_t)c >= d->nclaims)
        return NULL;
    const vg_xent *h = vg_xdoc_ent(d, d->claims[c].holder);
    return h ? h->name : d->claims[c].holder_text;
}

static const char *statement_of(const vg_xdoc *d, int32_t c)
{
    return c >= 0 && (uint32_t)c < d->nclaims ? d->claims[c].text : NULL;
}

static void incident(row *r, const vg_xdoc *d, const vg_xinc *in)
{
    char id[ID_MAX], buf[2048];
    const vg_xent *pl = vg_xdoc_ent(d, in->place);
    text(r, "incident");
    text(r, vg_stix_id(id, sizeof id, "incident", in->key));
    text(r, d->id);
    text(r, in->local);
    text(r, in->type);
    text(r, in->date);
    text(r, NULL);
    text(r, NULL);
    text(r, vg_xdoc_join_names(d, in->groups, buf, sizeof buf));
    text(r, NULL);
    number(r, in->claim >= 0 && (uint32_t)in->claim < d->nclaims
                  ? vg_stix_certainty_confidence(d->claims[in->claim].certainty)
                  : -1);
    number(r, in->killed);
    number(r, in->injured);
    text(r, pl ? pl->name : NULL);
    place_cols(r, pl);
    text(r, NULL);
    text(r, join(in->targets, buf, sizeof buf));
    text(r, holder_of(d, in->claim));
    text(r, statement_of(d, in->claim));
    text(r, in->evidence);
    end_row(r);
}

static void threat(row *r, const vg_xdoc *d, const vg_xthreat *t)
{
    char id[ID_MAX], buf[2048];
    const vg_xent *actor = vg_xdoc_ent(d, t->actor);
    /* the coordinates only when the threat names one place */
    const vg_xent *one = t->places.n == 1 ? vg_xdoc_ent(d, t->places.v[0]) : NULL;
    text(r, "threat");
    /* no single STIX object is the threat (one relationship per target):
     * the id is the threat's own, of its key */
    text(r, vg_stix_id(id, sizeof id, "x-vigil-threat", t->key));
    text(r, d->id);
    text(r, t->local);
    text(r, "threat");
    text(r, NULL);
    text(r, t->window_from);
    text(r, t->window_to);
    text(r, actor ? actor->name : NULL);
    text(r, t->likelihood >= 0 ? vg_band_name(t->likelihood) : NULL);
    number(r, vg_stix_band_confidence(t->likelihood));
    number(r, -1);
    number(r, -1);
    text(r, vg_xdoc_join_names(d, t->places, buf, sizeof buf));
    place_cols(r, one);
    text(r, join(t->target_types, buf, sizeof buf));
    text(r, join(t->targets, buf, sizeof buf));
    text(r, holder_of(d, t->claim));
    text(r, statement_of(d, t->claim));
    text(r, t->evidence);
    end_row(r);
}

int vg_csv_begin(vg_xout *o)
{
    row r = {o, 0};
    for (size_t k = 0; k < NCOLS; k++)
        text(&r, columns[k]);
    end_row(&r);
    return o->failed ? VIGIL_EIO : VIGIL_OK;
}

int vg_csv_put(vg_xout *o, const vg_xdoc *d)
{
    row r = {o, 0};
    for (uint32_t i = 0; i < d->nincs; i++)
        incident(&r, d, &d->incs[i]), o->nitems++;
    for (uint32_t i = 0; i < d->nthreats; i++)
        threat(&r, d, &d->threats[i]), o->nitems++;
    return o->failed ? VIGIL_EIO : VIGIL_OK;
}

int vg_csv_end(vg_xout *o)
{
    return o->failed ? VIGIL_EIO : VIGIL_OK;
}
