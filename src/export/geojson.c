/* geojson.c: export stage, GeoJSON (--format geojson).
 *
 * Takes vg_xdoc facts (xdoc.h) and writes one RFC 7946 FeatureCollection
 * for a whole run: a Feature per incident (a Point at its place) and per
 * threatened place of each threat (a Point at the place; a threat to a
 * country or region gets the gazetteer's point for it, and "point" says
 * "country centroid" / "region centroid"). A fact without a located place
 * is a Feature with "geometry": null, as RFC 7946 section 3.2 allows, so
 * counts stay complete. Coordinates are WGS 84 [longitude, latitude]; no
 * "crs" member (RFC 7946 section 4). Feature ids are the STIX ids of the
 * same facts (stix.c), so the layers join with a STIX bundle.
 *
 * Properties (docs/exports.md): kind, type, date, window_from, window_to,
 * actor, likelihood, confidence, killed, injured, place, place_kind,
 * point, country, claim_count, source_count, documents, local_id,
 * evidence, and where the evidence is (evidence_doc, evidence_start,
 * evidence_end: bytes of that document's text). Unknown values are null.
 */
#include <string.h>

#include "export/xdoc.h"
#include "extract/extract.h"
#include "vigil/vigil.h"

#define ID_MAX 80

static void str_or_null(vg_jw *w, const char *key, const char *v)
{
    vg_jw_key(w, key);
    if (v && v[0])
        vg_jw_str(w, v);
    else
        vg_jw_null(w);
}

static void int_or_null(vg_jw *w, const char *key, long long v)
{
    vg_jw_key(w, key);
    if (v >= 0)
        vg_jw_int(w, v);
    else
        vg_jw_null(w);
}

static void geometry(vg_jw *w, const vg_xent *x)
{
    vg_jw_key(w, "geometry");
    if (!x || !x->has_geo) {
        vg_jw_null(w);
        return;
    }
    vg_jw_object_begin(w);
    vg_jw_key(w, "type");
    vg_jw_str(w, "Point");
    vg_jw_key(w, "coordinates");
    vg_jw_array_begin(w);
    vg_jw_real(w, x->lon);
    vg_jw_real(w, x->lat);
    vg_jw_array_end(w);
    vg_jw_object_end(w);
}

/* place, place_kind, point, country of x (nulls when x is NULL). */
static void place_props(vg_jw *w, const vg_xent *x)
{
    static const char *const kinds[] = {"country", "region", "city", "site"};
    static const char *const points[] = {"country centroid", "region centroid", "place", "place"};
    str_or_null(w, "place", x ? x->name : NULL);
    str_or_null(w, "place_kind", x && x->has_geo ? kinds[x->geo_kind & 3] : NULL);
    str_or_null(w, "point", x && x->has_geo ? points[x->geo_kind & 3] : NULL);
    str_or_null(w, "country", x ? x->cc : NULL);
}

static void common_tail(vg_jw *w, const vg_xdoc *d, int32_t claim, const vg_xsupport *sp,
                        const char *local, const char *evidence, int64_t ev_start, int64_t ev_end)
{
    /* from one document: its statement, one source; from the knowledge
     * base: the statements saying it, the independent sources counted
     * across documents (docs/kb.md), the documents reporting it */
    vg_jw_key(w, "claim_count");
    vg_jw_int(w, sp->reports > 0 ? sp->reports : claim >= 0 && (uint32_t)claim < d->nclaims);
    vg_jw_key(w, "source_count");
    vg_jw_int(w, sp->sources > 0 ? sp->sources : 1);
    vg_jw_key(w, "documents");
    vg_jw_array_begin(w);
    for (uint32_t k = 0; k < sp->docs.n; k++)
        vg_jw_str(w, sp->docs.v[k]);
    if (!sp->docs.n)
        vg_jw_str(w, d->id);
    vg_jw_array_end(w);
    str_or_null(w, "local_id", local);
    str_or_null(w, "evidence", evidence);
    /* where the evidence is: this document's text, in bytes */
    int span = evidence && ev_end > ev_start;
    str_or_null(w, "evidence_doc", span ? d->id : NULL);
    int_or_null(w, "evidence_start", span ? ev_start : -1);
    int_or_null(w, "evidence_end", span ? ev_end : -1);
}

/* Names joined by "; " into buf, or NULL when none. */
static const char *join_names(const vg_xdoc *d, vg_xidx v, char *buf, size_t size)
{
    vg_xdoc_join_names(d, v, buf, size);
    return buf[0] ? buf : NULL;
}

static void incident(vg_xout *o, const vg_xdoc *d, const vg_xinc *in)
{
    vg_jw *w = o->jw;
    char id[ID_MAX], actors[1024];
    const vg_xent *pl = vg_xdoc_ent(d, in->place);
    vg_jw_object_begin(w);
    vg_jw_key(w, "type");
    vg_jw_str(w, "Feature");
    vg_jw_key(w, "id");
    vg_jw_str(w, vg_stix_id(id, sizeof id, "incident", in->key));
    geometry(w, pl);
    vg_jw_key(w, "properties");
    vg_jw_object_begin(w);
    str_or_null(w, "kind", "incident");
    str_or_null(w, "type", in->type);
    str_or_null(w, "date", in->date);
    str_or_null(w, "window_from", in->window_from);
    str_or_null(w, "window_to", in->window_to);
    str_or_null(w, "actor", join_names(d, in->groups, actors, sizeof actors));
    str_or_null(w, "likelihood", NULL);
    int_or_null(w, "confidence", vg_xinc_confidence(d, in));
    int_or_null(w, "killed", in->killed);
    int_or_null(w, "injured", in->injured);
    place_props(w, pl);
    common_tail(w, d, in->claim, &in->sup, in->local, in->evidence, in->ev_start, in->ev_end);
    vg_jw_object_end(w);
    vg_jw_object_end(w);
    o->nitems++;
}

static void threat_feature(vg_xout *o, const vg_xdoc *d, const vg_xthreat *t, const vg_xent *pl,
                           const char *id)
{
    vg_jw *w = o->jw;
    const vg_xent *actor = vg_xdoc_ent(d, t->actor);
    char types[1024];
    size_t k = 0;
    types[0] = '\0';
    for (uint32_t i = 0; i < t->target_types.n && k < sizeof types; i++)
        k += (size_t)snprintf(types + k, sizeof types - k, "%s%s", k ? "; " : "",
                              t->target_types.v[i]);
    vg_jw_object_begin(w);
    vg_jw_key(w, "type");
    vg_jw_str(w, "Feature");
    vg_jw_key(w, "id");
    vg_jw_str(w, id);
    geometry(w, pl);
    vg_jw_key(w, "properties");
    vg_jw_object_begin(w);
    str_or_null(w, "kind", "threat");
    str_or_null(w, "type", types[0] ? types : "threat");
    str_or_null(w, "date", NULL);
    str_or_null(w, "window_from", t->window_from);
    str_or_null(w, "window_to", t->window_to);
    str_or_null(w, "actor", actor ? actor->name : NULL);
    str_or_null(w, "likelihood", t->likelihood >= 0 ? vg_band_name(t->likelihood) : NULL);
    int_or_null(w, "confidence", vg_xthreat_confidence(t));
    int_or_null(w, "killed", -1);
    int_or_null(w, "injured", -1);
    place_props(w, pl);
    common_tail(w, d, t->claim, &t->sup, t->local, t->evidence, t->ev_start, t->ev_end);
    vg_jw_object_end(w);
    vg_jw_object_end(w);
    o->nitems++;
}

/* One feature per threatened place that has an object in STIX; a threat
 * with none is one unlocated feature. Ids are those of the STIX
 * relationships (stix.c: key "<threat key>|<target id>"). */
static void threat(vg_xout *o, const vg_xdoc *d, const vg_xthreat *t)
{
    char dst[ID_MAX], key[1024], id[ID_MAX];
    uint32_t n = 0;
    for (uint32_t k = 0; k < t->places.n; k++) {
        if (!vg_stix_entity_id(dst, sizeof dst, d, t->places.v[k]))
            continue;
        snprintf(key, sizeof key, "%s|%s", t->key, dst);
        threat_feature(o, d, t, vg_xdoc_ent(d, t->places.v[k]), vg_stix_id(id, sizeof id, "relationship", key));
        n++;
    }
    if (n)
        return;
    snprintf(key, sizeof key, "class|%s", t->target_types.n ? t->target_types.v[0] : "unspecified");
    vg_stix_id(dst, sizeof dst, "identity", key);
    snprintf(key, sizeof key, "%s|%s", t->key, dst);
    threat_feature(o, d, t, NULL, vg_stix_id(id, sizeof id, "relationship", key));
}

int vg_geojson_begin(vg_xout *o)
{
    vg_jw_object_begin(o->jw);
    vg_jw_key(o->jw, "type");
    vg_jw_str(o->jw, "FeatureCollection");
    vg_jw_key(o->jw, "features");
    vg_jw_array_begin(o->jw);
    return vg_jw_flush(o->jw);
}

int vg_geojson_put(vg_xout *o, const vg_xdoc *d)
{
    for (uint32_t i = 0; i < d->nincs; i++)
        incident(o, d, &d->incs[i]);
    for (uint32_t i = 0; i < d->nthreats; i++)
        threat(o, d, &d->threats[i]);
    return vg_jw_flush(o->jw);
}

int vg_geojson_end(vg_xout *o)
{
    vg_jw_array_end(o->jw);
    vg_jw_object_end(o->jw);
    vg_jw_raw(o->jw, "\n", 1);
    return vg_jw_flush(o->jw);
}
