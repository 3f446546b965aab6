/* write.c: export stage. vigil_write: one analysed document in the chosen
 * format to a stream; vigil_exporter: a run of documents into one output
 * (a STIX bundle, a GeoJSON FeatureCollection, a CSV file).
 *
 * For the run formats an analysed vg_doc is first turned into a vg_xdoc
 * (xdoc.h): the facts as strings and indices, in a scratch arena the
 * exporter resets for each document, so the writers depend on no caller. */
#include <errno.h>
#include <string.h>

#include "export/export.h"
#include "export/xdoc.h"
#include "extract/extract.h"
#include "extract/muc.h"
#include "kb/kb.h"
#include "util/alloc.h"
#include "util/error.h"

#define MAX_ALIASES 16

struct vigil_exporter {
    vigil_format fmt;
    unsigned flags;
    int finished;
    vg_xout o;
    vg_arena arena; /* one document's vg_xdoc */
};

static int write_record(const vg_doc *doc, vigil_format fmt, unsigned flags, FILE *out,
                        vigil_error *err)
{
    if (fmt == VIGIL_FORMAT_SUMMARY) {
        int rc = vg_export_summary(doc, out);
        if (rc != VIGIL_OK)
            return vg_error_set(err, rc, "export", doc->id, -1, "cannot write summary: %s",
                                strerror(errno));
        return VIGIL_OK;
    }
    if (fmt == VIGIL_FORMAT_MUC4) {
        int rc = vg_export_muc4(doc, out);
        if (rc != VIGIL_OK)
            return vg_error_set(err, rc, "export", doc->id, -1, "cannot write muc4 line: %s",
                                vigil_strerror(rc));
        return VIGIL_OK;
    }
    vg_jw *w = vg_malloc(sizeof *w);
    if (!w)
        return vg_error_set(err, VIGIL_ENOMEM, "export", doc->id, -1, "out of memory");
    vg_jw_init(w, out, fmt == VIGIL_FORMAT_PRETTY);
    vg_export_record(w, doc, (flags & VIGIL_WRITE_TEXT) != 0);
    vg_jw_raw(w, "\n", 1);
    int rc = vg_jw_flush(w);
    vg_free(w);
    if (rc != VIGIL_OK)
        return vg_error_set(err, VIGIL_EIO, "export", doc->id, -1, "cannot write output: %s",
                            strerror(errno));
    return VIGIL_OK;
}

static int is_run_format(vigil_format fmt)
{
    return fmt == VIGIL_FORMAT_STIX || fmt == VIGIL_FORMAT_GEOJSON || fmt == VIGIL_FORMAT_CSV;
}

/* VIGIL_EUSAGE unless the CSV kind flags are none, or one with CSV. */
static int check_kind(vigil_format fmt, unsigned flags, vigil_error *err)
{
    unsigned kind = flags & VIGIL_WRITE_CSV_KINDS;
    if (!kind)
        return VIGIL_OK;
    if (fmt != VIGIL_FORMAT_CSV)
        return vg_error_set(err, VIGIL_EUSAGE, "export", NULL, -1,
                            "a csv table kind is for the csv format only (format %d)", (int)fmt);
    if (kind & (kind - 1))
        return vg_error_set(err, VIGIL_EUSAGE, "export", NULL, -1,
                            "one csv table kind at a time (flags 0x%x)", kind);
    return VIGIL_OK;
}

int vigil_write(const vigil_doc *pub, vigil_format fmt, unsigned flags, FILE *out,
                vigil_error *err)
{
    int rc = check_kind(fmt, flags, err);
    if (rc != VIGIL_OK)
        return rc;
    if (!is_run_format(fmt))
        return write_record(&pub->d, fmt, flags, out, err);
    vigil_exporter *x = NULL;
    rc = vigil_exporter_new(&x, fmt, flags, out, err);
    if (rc == VIGIL_OK)
        rc = vigil_exporter_put(x, pub, err);
    if (rc == VIGIL_OK)
        rc = vigil_exporter_finish(x, err);
    vigil_exporter_free(x);
    return rc;
}

/* ---- vg_doc -> vg_xdoc ---- */

typedef struct conv {
    const vg_doc *doc;
    vg_arena *a;
    int nomem;
} conv;

static const char *dup_span(conv *c, uint32_t start, uint32_t end)
{
    if (end <= start || end > c->doc->len)
        return NULL;
    char *s = vg_arena_strndup(c->a, c->doc->text + start, end - start);
    if (!s)
        c->nomem = 1;
    return s;
}

static const char *dup_str(conv *c, const char *s)
{
    if (!s)
        return NULL;
    char *d = vg_arena_strndup(c->a, s, strlen(s));
    if (!d)
        c->nomem = 1;
    return d;
}

static const char *date_str(conv *c, vg_date d)
{
    char buf[16];
    size_t n = vg_date_format(d, buf, sizeof buf);
    if (!n)
        return NULL;
    char *s = vg_arena_strndup(c->a, buf, n);
    if (!s)
        c->nomem = 1;
    return s;
}

static vg_xstrs span_strs(conv *c, const vg_span *s, uint32_t n)
{
    vg_xstrs r = {NULL, 0};
    if (!n)
        return r;
    const char **v = vg_arena_calloc(c->a, n, sizeof *v);
    if (!v) {
        c->nomem = 1;
        return r;
    }
    for (uint32_t k = 0; k < n; k++)
        if ((v[r.n] = dup_span(c, s[k].start, s[k].end)) != NULL)
            r.n++;
    r.v = v;
    return r;
}

static const char *local_id(conv *c, char kind, size_t i)
{
    char buf[24];
    int n = snprintf(buf, sizeof buf, "%c%zu", kind, i + 1);
    char *s = vg_arena_strndup(c->a, buf, (size_t)n);
    if (!s)
        c->nomem = 1;
    return s;
}

static const char *fact_key(conv *c, const char *docid, const char *local)
{
    if (!local)
        return NULL;
    size_t n = strlen(docid) + strlen(local) + 2;
    char *s = vg_arena_alloc(c->a, n);
    if (!s) {
        c->nomem = 1;
        return NULL;
    }
    snprintf(s, n, "%s|%s", docid, local);
    return s;
}

static vg_xidx idx(const int32_t *v, uint32_t n)
{
    vg_xidx r = {v, n};
    return r;
}

static void entity(conv *c, const vg_extract *ex, size_t e, vg_xent *x, vg_buf *key)
{
    const vg_entity *en = &ex->ents[e];
    memset(x, 0, sizeof *x);
    x->geonameid = -1;
    if (vg_kb_entity_key(c->doc, e, key) != VIGIL_OK) {
        c->nomem = 1;
        return;
    }
    x->key = dup_str(c, key->data);
    x->type = en->type;
    x->name = en->name ? en->name : "unnamed";
    memcpy(x->cc, en->cc, 3);
    x->cc[2] = '\0';
    const vg_place *pl = vg_extract_place(ex, en->place);
    if (pl) {
        x->has_geo = 1;
        x->lat = pl->lat;
        x->lon = pl->lon;
        x->geo_kind = en->type == VG_ENT_FACILITY ? VG_XGEO_SITE : (uint8_t)(pl->kind % 3);
        x->geonameid = pl->geonameid;
        if (pl->kind != VG_PLACE_COUNTRY && pl->admin1_name && pl->admin1_name[0])
            x->admin1 = pl->admin1_name;
    }
    const char **al = vg_arena_calloc(c->a, MAX_ALIASES, sizeof *al);
    if (!al) {
        c->nomem = 1;
        return;
    }
    x->aliases.v = al;
    for (uint32_t k = 0; k < en->nmentions && x->aliases.n < MAX_ALIASES; k++) {
        const vg_mention *m = &ex->mentions[en->mentions[k]];
        size_t n = m->end - m->start;
        const char *t = c->doc->text + m->start;
        if (m->end > c->doc->len || !n || (strlen(x->name) == n && !memcmp(x->name, t, n)))
            continue;
        int dup = 0;
        for (uint32_t j = 0; j < x->aliases.n && !dup; j++)
            dup = strlen(al[j]) == n && !memcmp(al[j], t, n);
        if (!dup && (al[x->aliases.n] = dup_span(c, m->start, m->end)) != NULL)
            x->aliases.n++;
    }
}

/* The first evidence span's words, and where they are. */
static void first_evidence(conv *c, const vg_span *s, uint32_t n, const char **text,
                           int64_t *start, int64_t *end)
{
    *text = n ? dup_span(c, s[0].start, s[0].end) : NULL;
    if (n) {
        *start = s[0].start;
        *end = s[0].end;
    }
}

static void incident(conv *c, const char *docid, size_t i, vg_xinc *x)
{
    const vg_incident *in = &c->doc->ex->incs[i];
    x->local = local_id(c, 'i', i);
    x->key = fact_key(c, docid, x->local);
    x->type = vg_inc_type_name(in->type);
    x->date = in->has_date ? date_str(c, vg_timeref_date(&in->date)) : NULL;
    x->date_text = in->has_date ? dup_span(c, in->date.start, in->date.end) : NULL;
    if (in->has_date && vg_timeref_full_window(&in->date)) {
        x->window_from = date_str(c, in->date.from);
        x->window_to = date_str(c, in->date.to);
    }
    x->place = in->place;
    x->groups = idx(in->groups, in->ngroups);
    x->perps = span_strs(c, in->perps, in->nperps);
    x->targets = span_strs(c, in->targets, in->ntargets);
    x->victims = span_strs(c, in->victims, in->nvictims);
    x->weapons = span_strs(c, in->weapons, in->nweapons);
    x->killed = in->killed;
    x->injured = in->injured;
    x->claim = in->claim;
    first_evidence(c, in->evidence, in->nevidence, &x->evidence, &x->ev_start, &x->ev_end);
}

static void threat(conv *c, const char *docid, size_t i, vg_xthreat *x)
{
    const vg_threat *t = &c->doc->ex->threats[i];
    x->local = local_id(c, 't', i);
    x->key = fact_key(c, docid, x->local);
    x->actor = t->actor;
    x->target_types.v = t->target_types;
    x->target_types.n = t->ntarget_types;
    x->targets = span_strs(c, t->targets, t->ntargets);
    if (t->ncapability) {
        const char **v = vg_arena_calloc(c->a, t->ncapability, sizeof *v);
        if (!v)
            c->nomem = 1;
        for (uint32_t k = 0; v && k < t->ncapability; k++)
            if ((v[x->capability.n] = dup_span(c, t->capability[k].start, t->capability[k].end)))
                x->capability.n++;
        x->capability.v = v;
    }
    x->places = idx(t->places, t->nplaces);
    if (t->has_window) {
        const vg_timeref *w = &t->window;
        x->window_from = date_str(c, w->is_window ? w->from : w->value);
        x->window_to = date_str(c, w->is_window ? w->to : w->value);
        x->window_text = dup_span(c, w->start, w->end);
    }
    x->likelihood = t->likelihood;
    x->claim = t->claim;
    first_evidence(c, t->evidence, t->nevidence, &x->evidence, &x->ev_start, &x->ev_end);
}

static void claim(conv *c, const char *docid, size_t i, vg_xclaim *x)
{
    const vg_claim *cl = &c->doc->ex->claims[i];
    x->local = local_id(c, 'c', i);
    x->key = fact_key(c, docid, x->local);
    x->text = dup_span(c, cl->start, cl->end);
    x->holder = cl->holder;
    x->holder_text = dup_span(c, cl->holder_text.start, cl->holder_text.end);
    if (cl->nchain) {
        vg_xlink *l = vg_arena_calloc(c->a, cl->nchain, sizeof *l);
        if (!l)
            c->nomem = 1;
        for (uint32_t k = 0; l && k < cl->nchain; k++) {
            l[k].role = cl->chain[k].role;
            l[k].name = cl->chain[k].name;
            l[k].entity = cl->chain[k].entity;
        }
        x->chain = l;
        x->nchain = l ? cl->nchain : 0;
    }
    x->cue = cl->cue;
    x->negative = cl->negative;
    x->certainty = cl->certainty;
    x->about = idx(cl->about, cl->nabout);
}

/* Fills x from doc; everything new lives in a. Returns VIGIL_OK or
 * VIGIL_ENOMEM. */
static int xdoc_from_doc(vg_xdoc *x, const vg_doc *doc, vg_arena *a)
{
    conv c = {doc, a, 0};
    const vg_extract *ex = doc->ex;
    memset(x, 0, sizeof *x);
    x->id = doc->id ? doc->id : "unknown";
    x->title = doc->title;
    x->author = doc->author;
    x->publisher = doc->publisher;
    x->url = doc->url;
    x->published = date_str(&c, doc->published);
    if (!ex)
        return c.nomem ? VIGIL_ENOMEM : VIGIL_OK;
    vg_buf key;
    vg_buf_init(&key);
    vg_xent *ents = ex->nents ? vg_arena_calloc(a, ex->nents, sizeof *ents) : NULL;
    vg_xinc *incs = ex->nincs ? vg_arena_calloc(a, ex->nincs, sizeof *incs) : NULL;
    vg_xthreat *ths = ex->nthreats ? vg_arena_calloc(a, ex->nthreats, sizeof *ths) : NULL;
    vg_xclaim *cls = ex->nclaims ? vg_arena_calloc(a, ex->nclaims, sizeof *cls) : NULL;
    if ((ex->nents && !ents) || (ex->nincs && !incs) || (ex->nthreats && !ths) ||
        (ex->nclaims && !cls)) {
        c.nomem = 1;
        goto done;
    }
    for (size_t e = 0; e < ex->nents && !c.nomem; e++)
        entity(&c, ex, e, &ents[e], &key);
    for (size_t i = 0; i < ex->nincs && !c.nomem; i++)
        incident(&c, x->id, i, &incs[i]);
    for (size_t i = 0; i < ex->nthreats && !c.nomem; i++)
        threat(&c, x->id, i, &ths[i]);
    for (size_t i = 0; i < ex->nclaims && !c.nomem; i++)
        claim(&c, x->id, i, &cls[i]);
    x->ents = ents;
    x->nents = (uint32_t)ex->nents;
    x->incs = incs;
    x->nincs = (uint32_t)ex->nincs;
    x->threats = ths;
    x->nthreats = (uint32_t)ex->nthreats;
    x->claims = cls;
    x->nclaims = (uint32_t)ex->nclaims;
done:
    vg_buf_fini(&key);
    return c.nomem ? VIGIL_ENOMEM : VIGIL_OK;
}

/* ---- the exporter ---- */

static int io_error(vigil_error *err, int rc, const char *doc)
{
    if (rc == VIGIL_ENOMEM)
        return vg_error_set(err, rc, "export", doc, -1, "out of memory");
    return vg_error_set(err, VIGIL_EIO, "export", doc, -1, "cannot write output: %s",
                        strerror(errno));
}

int vigil_exporter_new(vigil_exporter **out, vigil_format fmt, unsigned flags, FILE *stream,
                       vigil_error *err)
{
    *out = NULL;
    if (!stream || (int)fmt < 0 || fmt > VIGIL_FORMAT_CSV)
        return vg_error_set(err, VIGIL_EUSAGE, "export", NULL, -1, "no stream, or unknown format %d",
                            (int)fmt);
    if (check_kind(fmt, flags, err) != VIGIL_OK)
        return VIGIL_EUSAGE;
    vigil_exporter *x = vg_malloc(sizeof *x);
    if (!x)
        return vg_error_set(err, VIGIL_ENOMEM, "export", NULL, -1, "out of memory");
    memset(x, 0, sizeof *x);
    x->fmt = fmt;
    x->flags = flags;
    x->o.out = stream;
    x->o.pretty = (flags & VIGIL_WRITE_PRETTY) != 0;
    x->o.csv_kind = flags & VIGIL_WRITE_CSV_KINDS;
    vg_buf_init(&x->o.refs);
    vg_arena_init(&x->arena, VIGIL_MAX_ARENA_BYTES);
    int rc = VIGIL_OK;
    if (fmt == VIGIL_FORMAT_STIX || fmt == VIGIL_FORMAT_GEOJSON) {
        if (!(x->o.jw = vg_malloc(sizeof *x->o.jw))) {
            vigil_exporter_free(x);
            return vg_error_set(err, VIGIL_ENOMEM, "export", NULL, -1, "out of memory");
        }
        vg_jw_init(x->o.jw, stream, x->o.pretty);
    }
    if (fmt == VIGIL_FORMAT_STIX)
        rc = vg_stix_begin(&x->o);
    else if (fmt == VIGIL_FORMAT_GEOJSON)
        rc = vg_geojson_begin(&x->o);
    else if (fmt == VIGIL_FORMAT_CSV)
        rc = vg_csv_begin(&x->o);
    if (rc != VIGIL_OK) {
        vigil_exporter_free(x);
        return io_error(err, rc, NULL);
    }
    *out = x;
    return VIGIL_OK;
}

/* One document's facts to the run's writer. */
static int put_xdoc(vigil_exporter *x, const vg_xdoc *d)
{
    int rc;
    if (x->fmt == VIGIL_FORMAT_STIX)
        rc = vg_stix_put(&x->o, d);
    else if (x->fmt == VIGIL_FORMAT_GEOJSON)
        rc = vg_geojson_put(&x->o, d);
    else
        rc = vg_csv_put(&x->o, d);
    x->o.ndocs++;
    return rc;
}

int vigil_exporter_put(vigil_exporter *x, const vigil_doc *pub, vigil_error *err)
{
    const vg_doc *doc = &pub->d;
    if (x->finished)
        return vg_error_set(err, VIGIL_EUSAGE, "export", doc->id, -1,
                            "document put after the export was finished");
    if (!is_run_format(x->fmt))
        return write_record(doc, x->fmt, x->flags, x->o.out, err);
    vg_xdoc xd;
    vg_arena_reset(&x->arena);
    int rc = xdoc_from_doc(&xd, doc, &x->arena);
    if (rc == VIGIL_OK)
        rc = put_xdoc(x, &xd);
    if (rc != VIGIL_OK)
        return io_error(err, rc, doc->id);
    return VIGIL_OK;
}

int vg_exporter_put_xdoc(vigil_exporter *x, const vg_xdoc *d, vigil_error *err)
{
    if (x->finished || !is_run_format(x->fmt))
        return vg_error_set(err, VIGIL_EUSAGE, "export", d->id, -1,
                            x->finished ? "document put after the export was finished"
                                        : "facts are written as stix, geojson or csv only");
    int rc = put_xdoc(x, d);
    return rc == VIGIL_OK ? VIGIL_OK : io_error(err, rc, d->id);
}

int vigil_exporter_finish(vigil_exporter *x, vigil_error *err)
{
    if (x->finished)
        return vg_error_set(err, VIGIL_EUSAGE, "export", NULL, -1, "export finished twice");
    x->finished = 1;
    int rc = VIGIL_OK;
    if (x->fmt == VIGIL_FORMAT_STIX)
        rc = vg_stix_end(&x->o);
    else if (x->fmt == VIGIL_FORMAT_GEOJSON)
        rc = vg_geojson_end(&x->o);
    else if (x->fmt == VIGIL_FORMAT_CSV)
        rc = vg_csv_end(&x->o);
    if (rc == VIGIL_OK && fflush(x->o.out) != 0)
        rc = VIGIL_EIO;
    return rc == VIGIL_OK ? VIGIL_OK : io_error(err, rc, NULL);
}

void vigil_exporter_free(vigil_exporter *x)
{
    if (!x)
        return;
    vg_free(x->o.jw);
    vg_xidset_fini(&x->o.seen);
    vg_xidset_fini(&x->o.inreport);
    vg_xidset_fini(&x->o.csv_ents);
    vg_buf_fini(&x->o.refs);
    vg_arena_fini(&x->arena);
    vg_free(x);
}
