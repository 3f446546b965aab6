/* stix.c: export stage, STIX 2.1 (--format stix).
 *
 * Takes vg_xdoc facts (xdoc.h) and writes one bundle for a whole run:
 * Vigil's own identity and the three extension-definitions first, then per
 * document its entities (threat-actor, location, identity), the identities
 * of its publisher, author and claim sources, its incidents, its threats
 * as "targets" relationships, its claims as notes, and last the report
 * that refers to all of them. The mapping, the id keys and the confidence
 * scale are documented in docs/exports.md; the extension properties'
 * JSON Schemas are in spec/stix-ext/.
 *
 * Invariants: ids are UUIDv5 (RFC 9562, SHA-1) of "<type>|<key>" in one
 * fixed namespace, so the same fact gets the same id in every export;
 * timestamps come from the document's date, else a fixed epoch, never the
 * clock; an object shared by documents is written once per bundle; no
 * property is null or an empty list (STIX forbids both); every *_ref(s)
 * points at an object of the bundle.
 */
#include <string.h>

#include "export/xdoc.h"
#include "extract/extract.h"
#include "kb/kb.h"
#include "util/alloc.h"
#include "vigil/vigil.h"

/* Vigil's namespace for UUIDv5 ids (a random UUID, fixed forever). */
static const uint8_t vigil_ns[16] = {0xdc, 0x50, 0xd3, 0x1e, 0x0a, 0x8a, 0x4f, 0x24,
                                     0xb1, 0x01, 0x3f, 0x32, 0xf2, 0x09, 0x3a, 0xbe};

/* Timestamp of objects with no date of their own (shared entities, the
 * extension definitions) and of documents without a date. */
#define EPOCH "1970-01-01T00:00:00.000Z"
#define ID_MAX 80

static const char *const ext_names[] = {"incident", "threat", "claim", "entity", "report"};
enum { EXT_INCIDENT = 0, EXT_THREAT, EXT_CLAIM, EXT_ENTITY, EXT_REPORT, EXT_N };

/* ---- ids ---- */

static void uuid5(uint8_t out[16], const char *type, const char *key)
{
    struct sha1_ctx c;
    uint8_t h[SHA1_DIGEST_SIZE];
    sha1_init(&c);
    sha1_update(&c, sizeof vigil_ns, vigil_ns);
    sha1_update(&c, strlen(type), (const uint8_t *)type);
    sha1_update(&c, 1, (const uint8_t *)"|");
    sha1_update(&c, strlen(key), (const uint8_t *)key);
    sha1_digest(&c, sizeof h, h);
    memcpy(out, h, 16);
    out[6] = (uint8_t)((out[6] & 0x0f) | 0x50); /* version 5 */
    out[8] = (uint8_t)((out[8] & 0x3f) | 0x80); /* variant 10 */
}

static char *format_id(char *buf, size_t size, const char *type, const uint8_t u[16])
{
    static const char hex[] = "0123456789abcdef";
    char s[37];
    size_t k = 0;
    for (int i = 0; i < 16; i++) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            s[k++] = '-';
        s[k++] = hex[u[i] >> 4];
        s[k++] = hex[u[i] & 15];
    }
    s[k] = '\0';
    snprintf(buf, size, "%s--%s", type, s);
    return buf;
}

char *vg_stix_id(char *buf, size_t size, const char *type, const char *key)
{
    uint8_t u[16];
    uuid5(u, type, key ? key : "");
    return format_id(buf, size, type, u);
}

/* The UUID bytes back from an id "<type>--xxxxxxxx-..." (ours, so well formed). */
static void id_bytes(const char *id, uint8_t u[16])
{
    const char *p = strstr(id, "--");
    memset(u, 0, 16);
    if (!p)
        return;
    p += 2;
    for (int i = 0; i < 16 && *p; p++) {
        if (*p == '-')
            continue;
        int hi = *p <= '9' ? *p - '0' : *p - 'a' + 10;
        p++;
        int lo = *p <= '9' ? *p - '0' : *p - 'a' + 10;
        u[i++] = (uint8_t)(hi << 4 | lo);
    }
}

/* ---- id sets ---- */

void vg_xidset_fini(vg_xidset *s)
{
    vg_free(s->slot);
    s->slot = NULL;
    s->n = s->cap = 0;
}

static void idset_clear(vg_xidset *s)
{
    if (s->slot)
        memset(s->slot, 0, s->cap * sizeof *s->slot);
    s->n = 0;
}

/* ---- writing helpers ---- */

typedef struct stix {
    vg_xout *o;
    vg_jw *w;
    const vg_xdoc *d;
    const char *ts;         /* the document's timestamp */
    char tsbuf[32];
    char vigil_id[ID_MAX];
    char report_id[ID_MAX];
    const char *publisher_id, *author_id; /* in the buffers below, or NULL */
    char publisher_buf[ID_MAX], author_buf[ID_MAX];
    int nomem;
} stix;

/* "2016-07" -> "2016-07-01T00:00:00.000Z"; NULL when iso is NULL. */
static const char *timestamp(char *buf, size_t size, const char *iso)
{
    if (!iso || strlen(iso) < 4)
        return NULL;
    char y[5], m[3] = "01", dd[3] = "01";
    memcpy(y, iso, 4);
    y[4] = '\0';
    if (strlen(iso) >= 7)
        memcpy(m, iso + 5, 2);
    if (strlen(iso) >= 10)
        memcpy(dd, iso + 8, 2);
    snprintf(buf, size, "%s-%s-%sT00:00:00.000Z", y, m, dd);
    return buf;
}

static void kstr(vg_jw *w, const char *key, const char *v)
{
    if (v && v[0]) {
        vg_jw_key(w, key);
        vg_jw_str(w, v);
    }
}

static void kint(vg_jw *w, const char *key, long long v)
{
    if (v >= 0) {
        vg_jw_key(w, key);
        vg_jw_int(w, v);
    }
}

static void kstrs(vg_jw *w, const char *key, vg_xstrs s)
{
    uint32_t n = 0;
    for (uint32_t k = 0; k < s.n; k++)
        n += s.v[k] && s.v[k][0];
    if (!n)
        return;
    vg_jw_key(w, key);
    vg_jw_array_begin(w);
    for (uint32_t k = 0; k < s.n; k++)
        if (s.v[k] && s.v[k][0])
            vg_jw_str(w, s.v[k]);
    vg_jw_array_end(w);
}

static void obj_begin(vg_jw *w, const char *type, const char *id, const char *ts)
{
    vg_jw_object_begin(w);
    vg_jw_key(w, "type");
    vg_jw_str(w, type);
    vg_jw_key(w, "spec_version");
    vg_jw_str(w, "2.1");
    vg_jw_key(w, "id");
    vg_jw_str(w, id);
    vg_jw_key(w, "created");
    vg_jw_str(w, ts);
    vg_jw_key(w, "modified");
    vg_jw_str(w, ts);
}

/* Opens "extensions": {"<definition id>": {"extension_type": ...; the
 * caller writes the properties and calls ext_end. */
static void ext_begin(vg_jw *w, int which)
{
    char id[ID_MAX], key[32];
    snprintf(key, sizeof key, "vigil-%s|1.0", ext_names[which]);
    vg_jw_key(w, "extensions");
    vg_jw_object_begin(w);
    vg_jw_key(w, vg_stix_id(id, sizeof id, "extension-definition", key));
    vg_jw_object_begin(w);
    vg_jw_key(w, "extension_type");
    vg_jw_str(w, "property-extension");
}

static void ext_end(vg_jw *w)
{
    vg_jw_object_end(w);
    vg_jw_object_end(w);
}

/* Remembers id as one of the report's refs (once). */
static void report_ref(stix *s, const char *id)
{
    uint8_t u[16];
    id_bytes(id, u);
    int r = vg_xidset_add(&s->o->inreport, u);
    if (r < 0 || (r > 0 && vg_buf_append(&s->o->refs, id, strlen(id) + 1) != VIGIL_OK))
        s->nomem = 1;
}

/* Whether id is new to the bundle (then the caller writes it). */
static int first_time(stix *s, const char *id)
{
    uint8_t u[16];
    id_bytes(id, u);
    int r = vg_xidset_add(&s->o->seen, u);
    if (r < 0)
        s->nomem = 1;
    if (r > 0)
        s->o->nitems++;
    return r > 0;
}

/* ---- confidence (docs/exports.md: the STIX 2.1 appendix's DNI scale) ---- */

int vg_stix_band_confidence(int band)
{
    static const int dni[] = {5, 15, 30, 50, 70, 85, 95};
    return band >= 0 && band <= VG_BAND_ALMOST_CERTAIN ? dni[band] : -1;
}

int vg_stix_certainty_confidence(int certainty)
{
    static const int dni[] = {95, 70, 50};
    return certainty >= 0 && certainty < 3 ? dni[certainty] : -1;
}

int vg_xclaim_confidence(const vg_xclaim *c)
{
    return c->sup.scored ? c->sup.confidence : vg_stix_certainty_confidence(c->certainty);
}

int vg_xinc_confidence(const vg_xdoc *d, const vg_xinc *in)
{
    if (in->sup.scored)
        return in->sup.confidence;
    return in->claim >= 0 && (uint32_t)in->claim < d->nclaims
               ? vg_xclaim_confidence(&d->claims[in->claim])
               : -1;
}

int vg_xthreat_confidence(const vg_xthreat *t)
{
    return t->sup.scored ? t->sup.confidence : vg_stix_band_confidence(t->likelihood);
}

/* ---- shared objects: Vigil, the extension definitions, entities ---- */

static const char *const ext_descriptions[EXT_N] = {
    "What Vigil extracted about an incident: its type, date and time window, place, perpetrator groups, the "
    "perpetrators, targets, victims and weapons as written, killed and injured counts, and the "
    "claim and document it comes from.",
    "A threat found in a report, on a 'targets' relationship: the time window, the ICD 203 "
    "likelihood, the kinds of target, the targets and capability as written, and the claim and "
    "document it comes from.",
    "An attributed statement, on a note: who holds it, the attribution chain (author, publisher, "
    "sources, holder, outermost first), the cue, polarity and certainty, and the document it "
    "comes from.",
    "What Vigil knows an entity as, on a threat-actor, identity or location: the knowledge "
    "base's merge key, the kind of entity, what its point stands for, and its country.",
    "A document as Vigil read it, on a report: its id, publication date at the precision "
    "known, publisher, author, URL, and the entities it names in the order it names them."};

static void shared_header(stix *s)
{
    vg_jw *w = s->w;
    vg_stix_id(s->vigil_id, sizeof s->vigil_id, "identity", "vigil");
    if (first_time(s, s->vigil_id)) {
        obj_begin(w, "identity", s->vigil_id, EPOCH);
        kstr(w, "name", "Vigil");
        kstr(w, "description", "Vigil, the threat-report extractor that wrote this bundle.");
        kstr(w, "identity_class", "system");
        vg_jw_object_end(w);
    }
    for (int k = 0; k < EXT_N; k++) {
        char id[ID_MAX], key[32], name[48], schema[64];
        snprintf(key, sizeof key, "vigil-%s|1.0", ext_names[k]);
        vg_stix_id(id, sizeof id, "extension-definition", key);
        if (!first_time(s, id))
            continue;
        snprintf(name, sizeof name, "Vigil %s", ext_names[k]);
        snprintf(schema, sizeof schema, "urn:vigil:stix-ext:%s:1.0", ext_names[k]);
        obj_begin(w, "extension-definition", id, EPOCH);
        kstr(w, "created_by_ref", s->vigil_id);
        kstr(w, "name", name);
        kstr(w, "description", ext_descriptions[k]);
        kstr(w, "schema", schema);
        kstr(w, "version", "1.0");
        vg_jw_key(w, "extension_types");
        vg_jw_array_begin(w);
        vg_jw_str(w, "property-extension");
        vg_jw_array_end(w);
        vg_jw_object_end(w);
    }
}

static const char *entity_type(const vg_xent *e)
{
    switch (e->type) {
    case VG_ENT_ARMED_GROUP:
        return "threat-actor";
    case VG_ENT_PLACE:
    case VG_ENT_FACILITY:
        return e->has_geo || e->cc[0] ? "location" : NULL;
    default:
        return "identity";
    }
}

char *vg_stix_entity_id(char *buf, size_t size, const vg_xdoc *d, int32_t e)
{
    if (e < 0 || (uint32_t)e >= d->nents || !d->ents[e].key)
        return NULL;
    const char *type = entity_type(&d->ents[e]);
    return type ? vg_stix_id(buf, size, type, d->ents[e].key) : NULL;
}

static void geonames_ref(vg_jw *w, long long geonameid)
{
    char num[24], url[64];
    snprintf(num, sizeof num, "%lld", geonameid);
    snprintf(url, sizeof url, "https://www.geonames.org/%lld", geonameid);
    vg_jw_key(w, "external_references");
    vg_jw_array_begin(w);
    vg_jw_object_begin(w);
    kstr(w, "source_name", "geonames");
    kstr(w, "external_id", num);
    kstr(w, "url", url);
    vg_jw_object_end(w);
    vg_jw_array_end(w);
}

static void identity_class(vg_jw *w, int ent_type)
{
    kstr(w, "identity_class", ent_type == VG_ENT_PERSON ? "individual" : "organization");
    if (ent_type == VG_ENT_GOVERNMENT) {
        vg_jw_key(w, "sectors");
        vg_jw_array_begin(w);
        vg_jw_str(w, "government-national");
        vg_jw_array_end(w);
    }
}

/* The entity extension of x: its merge key, type, and for a place what
 * its point stands for; the country where the object has none of its own. */
static void entity_ext(vg_jw *w, const vg_xent *x, int with_country)
{
    static const char *const kinds[] = {"country", "region", "city", "site"};
    ext_begin(w, EXT_ENTITY);
    kstr(w, "key", x->key);
    kstr(w, "entity_type", vg_ent_type_name(x->type));
    if (x->has_geo)
        kstr(w, "place_kind", kinds[x->geo_kind & 3]);
    if (with_country)
        kstr(w, "country", x->cc);
    ext_end(w);
}

/* Writes entity e (once per bundle) and adds it to the report; its id in
 * id, or NULL when it has no object. */
static const char *put_entity(stix *s, int32_t e, char *id)
{
    if (!vg_stix_entity_id(id, ID_MAX, s->d, e))
        return NULL;
    const vg_xent *x = &s->d->ents[e];
    report_ref(s, id);
    if (!first_time(s, id))
        return id;
    vg_jw *w = s->w;
    const char *type = entity_type(x);
    obj_begin(w, type, id, EPOCH);
    kstr(w, "name", x->name);
    if (!strcmp(type, "threat-actor")) {
        kstrs(w, "aliases", x->aliases);
    } else if (!strcmp(type, "identity")) {
        identity_class(w, x->type);
    } else {
        if (x->has_geo) {
            vg_jw_key(w, "latitude");
            vg_jw_real(w, x->lat);
            vg_jw_key(w, "longitude");
            vg_jw_real(w, x->lon);
        }
        kstr(w, "country", x->cc);
        kstr(w, "administrative_area", x->admin1);
        if (x->geo_kind == VG_XGEO_CITY)
            kstr(w, "city", x->name);
        if (x->geonameid >= 0)
            geonames_ref(w, x->geonameid);
    }
    entity_ext(w, x, strcmp(type, "location") != 0);
    vg_jw_object_end(w);
    return id;
}

/* Whether a source's name reads as many ("US Sources", "two officials"). */
static int plural_name(const char *name)
{
    size_t n = strlen(name);
    return n > 3 && (name[n - 1] == 's' || name[n - 1] == 'S') && name[n - 2] != 's' &&
           name[n - 2] != 'S';
}

/* An identity keyed by key (written once per bundle, added to the report);
 * ent: the entity it stands for (a place speaking as its state), or NULL. */
static const char *put_identity(stix *s, const char *key, const char *name, const char *cls,
                                const vg_xent *ent, char *id)
{
    vg_stix_id(id, ID_MAX, "identity", key);
    report_ref(s, id);
    if (!first_time(s, id))
        return id;
    vg_jw *w = s->w;
    obj_begin(w, "identity", id, EPOCH);
    kstr(w, "name", name);
    kstr(w, "identity_class", cls);
    if (ent)
        entity_ext(w, ent, 1);
    vg_jw_object_end(w);
    return id;
}

/* key "<kind>|<folded name>" (doc-scoped when scope is set) into buf. */
static const char *folded_key(stix *s, const char *kind, const char *scope, const char *name,
                              char *buf, size_t size)
{
    vg_buf f;
    vg_buf_init(&f);
    if (vg_kb_fold_name(name, strlen(name), &f) != VIGIL_OK) {
        s->nomem = 1;
        vg_buf_fini(&f);
        return NULL;
    }
    if (scope)
        snprintf(buf, size, "%s|%s|%s", kind, scope, f.data ? f.data : "");
    else
        snprintf(buf, size, "%s|%s", kind, f.data ? f.data : "");
    vg_buf_fini(&f);
    return buf;
}

static const char *put_publisher(stix *s, char *id)
{
    char key[512];
    if (!s->d->publisher || !folded_key(s, "organization", NULL, s->d->publisher, key, sizeof key))
        return NULL;
    return put_identity(s, key, s->d->publisher, "organization", NULL, id);
}

static const char *put_author(stix *s, char *id)
{
    char key[512];
    if (!s->d->author || !folded_key(s, "person", NULL, s->d->author, key, sizeof key))
        return NULL;
    return put_identity(s, key, s->d->author, "individual", NULL, id);
}

/* The party behind a claim's holder or chain link: an entity's own object
 * (identity, threat-actor; a place speaks as the state: an identity), the
 * document's author or publisher, or an identity for a source named only
 * in this document ("the reliable source"). */
static const char *put_party(stix *s, int role, const char *name, int32_t e, char *id)
{
    if (e >= 0 && (uint32_t)e < s->d->nents) {
        const vg_xent *x = &s->d->ents[e];
        if (x->type == VG_ENT_PLACE || x->type == VG_ENT_FACILITY)
            return x->key ? put_identity(s, x->key, x->name, "organization", x, id) : NULL;
        return put_entity(s, e, id);
    }
    if (role == VG_ROLE_AUTHOR)
        return put_author(s, id);
    if (role == VG_ROLE_PUBLISHER)
        return put_publisher(s, id);
    char key[512];
    if (!name || !name[0] || !folded_key(s, "source", s->d->id, name, key, sizeof key))
        return NULL;
    return put_identity(s, key, name, plural_name(name) ? "class" : "individual", NULL, id);
}

/* ---- document-scoped objects ---- */

static void ref_list(stix *s, const char *key, const int32_t *v, uint32_t n)
{
    char id[ID_MAX];
    uint32_t any = 0;
    for (uint32_t k = 0; k < n; k++)
        any += vg_stix_entity_id(id, sizeof id, s->d, v[k]) != NULL;
    if (!any)
        return;
    vg_jw_key(s->w, key);
    vg_jw_array_begin(s->w);
    for (uint32_t k = 0; k < n; k++)
        if (vg_stix_entity_id(id, sizeof id, s->d, v[k]))
            vg_jw_str(s->w, id);
    vg_jw_array_end(s->w);
}

/* What the knowledge base adds (nothing from one document): the number
 * of independent sources, and for an event the documents reporting it. */
static void support(vg_jw *w, const vg_xsupport *sp, int with_docs)
{
    if (sp->sources > 0)
        kint(w, "independent_sources", sp->sources);
    if (with_docs)
        kstrs(w, "documents", sp->docs);
}

static void claim_ref(stix *s, int32_t c)
{
    char id[ID_MAX];
    if (c >= 0 && (uint32_t)c < s->d->nclaims) {
        vg_jw_key(s->w, "claim_ref");
        vg_jw_str(s->w, vg_stix_id(id, sizeof id, "note", s->d->claims[c].key));
    }
}

static void put_incident(stix *s, const vg_xinc *in)
{
    vg_jw *w = s->w;
    char id[ID_MAX], eid[ID_MAX], name[512];
    for (uint32_t k = 0; k < in->groups.n; k++)
        put_entity(s, in->groups.v[k], eid);
    /* named only by a place a bundle can hold: a town known by its name
     * alone (no coordinates, no country) is no STIX location, and a name
     * nothing in the bundle backs would not survive a round trip */
    const char *place = in->place >= 0 && (uint32_t)in->place < s->d->nents &&
                                entity_type(&s->d->ents[in->place])
                            ? s->d->ents[in->place].name
                            : NULL;
    if (place)
        put_entity(s, in->place, eid);
    snprintf(name, sizeof name, "%s%s%s%s%s", in->type, place ? " in " : "", place ? place : "",
             in->date ? ", " : "", in->date ? in->date : "");
    vg_stix_id(id, sizeof id, "incident", in->key);
    report_ref(s, id);
    s->o->nitems++;
    obj_begin(w, "incident", id, s->ts);
    kstr(w, "name", name);
    kstr(w, "description", in->evidence);
    kint(w, "confidence", vg_xinc_confidence(s->d, in));
    ext_begin(w, EXT_INCIDENT);
    kstr(w, "incident_type", in->type);
    kstr(w, "date", in->date);
    kstr(w, "date_text", in->date_text);
    kstr(w, "window_from", in->window_from);
    kstr(w, "window_to", in->window_to);
    if (vg_stix_entity_id(eid, sizeof eid, s->d, in->place)) {
        vg_jw_key(w, "place_ref");
        vg_jw_str(w, eid);
    }
    ref_list(s, "perpetrator_group_refs", in->groups.v, in->groups.n);
    kstrs(w, "perpetrators", in->perps);
    kstrs(w, "targets", in->targets);
    kstrs(w, "victims", in->victims);
    kstrs(w, "weapons", in->weapons);
    kint(w, "killed", in->killed);
    kint(w, "injured", in->injured);
    claim_ref(s, in->claim);
    support(w, &in->sup, 1);
    kstr(w, "document", s->d->id);
    kstr(w, "local_id", in->local);
    ext_end(w);
    vg_jw_object_end(w);
}

/* The threat-actor a threat comes from: the actor's own threat-actor (an
 * armed group's entity object; another actor, such as a government organ,
 * gets a threat-actor beside its identity), or one shared "unidentified
 * actor". */
static const char *threat_source(stix *s, int32_t actor, char *id)
{
    const vg_xent *x = actor >= 0 && (uint32_t)actor < s->d->nents ? &s->d->ents[actor] : NULL;
    if (x && x->type == VG_ENT_ARMED_GROUP)
        return put_entity(s, actor, id);
    const char *key = x && x->key ? x->key : "unidentified";
    vg_stix_id(id, ID_MAX, "threat-actor", key);
    report_ref(s, id);
    if (first_time(s, id)) {
        obj_begin(s->w, "threat-actor", id, EPOCH);
        kstr(s->w, "name", x ? x->name : "unidentified actor");
        if (x)
            entity_ext(s->w, x, 1);
        vg_jw_object_end(s->w);
    }
    return id;
}

static void threat_relationship(stix *s, const vg_xthreat *t, const char *src, const char *dst,
                                const char *place_kind)
{
    vg_jw *w = s->w;
    char id[ID_MAX], key[1024];
    snprintf(key, sizeof key, "%s|%s", t->key, dst);
    vg_stix_id(id, sizeof id, "relationship", key);
    report_ref(s, id);
    s->o->nitems++;
    obj_begin(w, "relationship", id, s->ts);
    kstr(w, "relationship_type", "targets");
    kstr(w, "description", t->evidence);
    kstr(w, "source_ref", src);
    kstr(w, "target_ref", dst);
    kint(w, "confidence", vg_xthreat_confidence(t));
    ext_begin(w, EXT_THREAT);
    kstr(w, "threat_id", t->local);
    kstr(w, "window_from", t->window_from);
    kstr(w, "window_to", t->window_to);
    kstr(w, "window_text", t->window_text);
    if (t->likelihood >= 0)
        kstr(w, "likelihood", vg_band_name(t->likelihood));
    kstrs(w, "target_types", t->target_types);
    kstrs(w, "targets", t->targets);
    kstrs(w, "capability", t->capability);
    kstr(w, "place_kind", place_kind);
    claim_ref(s, t->claim);
    support(w, &t->sup, 0);
    kstr(w, "document", s->d->id);
    ext_end(w);
    vg_jw_object_end(w);
}

static void put_threat(stix *s, const vg_xthreat *t)
{
    static const char *const kinds[] = {"country", "region", "city", "site"};
    char src[ID_MAX], dst[ID_MAX], key[512];
    threat_source(s, t->actor, src);
    uint32_t n = 0;
    for (uint32_t k = 0; k < t->places.n; k++) {
        int32_t e = t->places.v[k];
        if (!put_entity(s, e, dst))
            continue;
        threat_relationship(s, t, src, dst, kinds[s->d->ents[e].geo_kind & 3]);
        n++;
    }
    for (uint32_t k = 0; k < t->target_types.n; k++) {
        snprintf(key, sizeof key, "class|%s", t->target_types.v[k]);
        put_identity(s, key, t->target_types.v[k], "class", NULL, dst);
        threat_relationship(s, t, src, dst, NULL);
        n++;
    }
    if (!n) {
        put_identity(s, "class|unspecified", "unspecified target", "class", NULL, dst);
        threat_relationship(s, t, src, dst, NULL);
    }
}

/* The name a claim is held by: the holder, else the innermost named link,
 * else the author or publisher; NULL for none. */
static const char *holder_name(const vg_xdoc *d, const vg_xclaim *c)
{
    if (c->holder >= 0 && (uint32_t)c->holder < d->nents)
        return d->ents[c->holder].name;
    if (c->holder_text)
        return c->holder_text;
    for (uint32_t k = c->nchain; k-- > 0;)
        if (c->chain[k].role != VG_ROLE_AUTHOR && c->chain[k].name && c->chain[k].name[0])
            return c->chain[k].name;
    return d->author ? d->author : d->publisher;
}

static void put_claim(stix *s, uint32_t ci)
{
    static const char *const roles[] = {"author", "publisher", "source", "holder"};
    const vg_xclaim *c = &s->d->claims[ci];
    vg_jw *w = s->w;
    char id[ID_MAX], rid[ID_MAX], holder[ID_MAX];
    const char *holder_id = NULL;
    if (c->holder >= 0 || c->holder_text)
        holder_id = put_party(s, VG_ROLE_HOLDER, c->holder_text, c->holder, holder);
    /* chain parties first, so their objects precede the note */
    for (uint32_t k = 0; k < c->nchain; k++)
        put_party(s, c->chain[k].role, c->chain[k].name, c->chain[k].entity, rid);
    for (uint32_t k = 0; k < c->about.n; k++)
        put_entity(s, c->about.v[k], rid);
    vg_stix_id(id, sizeof id, "note", c->key);
    report_ref(s, id);
    s->o->nitems++;
    obj_begin(w, "note", id, s->ts);
    kstr(w, "content", c->text ? c->text : "(empty statement)");
    const char *hn = holder_name(s->d, c);
    if (hn && hn[0]) {
        vg_jw_key(w, "authors");
        vg_jw_array_begin(w);
        vg_jw_str(w, hn);
        vg_jw_array_end(w);
    }
    kint(w, "confidence", vg_xclaim_confidence(c));
    /* what it is about: its entities, and the incidents and threats it states */
    vg_jw_key(w, "object_refs");
    vg_jw_array_begin(w);
    uint32_t n = 0;
    for (uint32_t k = 0; k < c->about.n; k++)
        if (vg_stix_entity_id(rid, sizeof rid, s->d, c->about.v[k]))
            vg_jw_str(w, rid), n++;
    for (uint32_t i = 0; i < s->d->nincs; i++)
        if (s->d->incs[i].claim == (int32_t)ci)
            vg_jw_str(w, vg_stix_id(rid, sizeof rid, "incident", s->d->incs[i].key)), n++;
    if (!n)
        vg_jw_str(w, s->report_id);
    vg_jw_array_end(w);
    ext_begin(w, EXT_CLAIM);
    kstr(w, "holder_ref", holder_id);
    kstr(w, "holder_text", c->holder_text);
    if (c->nchain) {
        vg_jw_key(w, "chain");
        vg_jw_array_begin(w);
        for (uint32_t k = 0; k < c->nchain; k++) {
            vg_jw_object_begin(w);
            kstr(w, "role", roles[c->chain[k].role & 3]);
            kstr(w, "name", c->chain[k].name);
            /* written before the note was opened: this only finds the id */
            if (put_party(s, c->chain[k].role, c->chain[k].name, c->chain[k].entity, rid))
                kstr(w, "identity_ref", rid);
            vg_jw_object_end(w);
        }
        vg_jw_array_end(w);
    }
    kstr(w, "cue", c->cue);
    kstr(w, "polarity", c->negative ? "negative" : "positive");
    kstr(w, "certainty", vg_certainty_name(c->certainty));
    support(w, &c->sup, 0);
    if (c->sup.reports > 0)
        kint(w, "reports", c->sup.reports);
    kstr(w, "grade", c->sup.grade);
    kstr(w, "document", s->d->id);
    kstr(w, "local_id", c->local);
    ext_end(w);
    vg_jw_object_end(w);
}

/* A URL the schema's "uri" format takes: scheme ":" and no spaces. */
static int plausible_url(const char *u)
{
    size_t k = 0;
    while ((u[k] >= 'a' && u[k] <= 'z') || (u[k] >= 'A' && u[k] <= 'Z') ||
           (k && ((u[k] >= '0' && u[k] <= '9') || u[k] == '+' || u[k] == '-' || u[k] == '.')))
        k++;
    if (!k || u[k] != ':' || !u[k + 1])
        return 0;
    for (; u[k]; k++)
        if ((unsigned char)u[k] <= ' ' || u[k] == '"' || u[k] == '<' || u[k] == '>' ||
            u[k] == '\\' || u[k] == '^' || u[k] == '`' || u[k] == '{' || u[k] == '|' ||
            u[k] == '}')
            return 0;
    return 1;
}

/* The report extension: what a reader needs to take the document back
 * (vigil ingest --input stix): its id, date at its precision, publisher,
 * author, URL as stored, and its entities in the order of first mention. */
static void report_ext(stix *s)
{
    vg_jw *w = s->w;
    const vg_xdoc *d = s->d;
    char id[ID_MAX];
    ext_begin(w, EXT_REPORT);
    kstr(w, "document", d->id);
    kstr(w, "published", d->published);
    kstr(w, "title", d->title);
    kstr(w, "publisher_ref", s->publisher_id);
    kstr(w, "author_ref", s->author_id);
    kstr(w, "url", d->url);
    uint32_t n = 0;
    for (uint32_t e = 0; e < d->nents; e++)
        n += vg_stix_entity_id(id, sizeof id, d, (int32_t)e) != NULL;
    if (n) {
        vg_jw_key(w, "entity_refs");
        vg_jw_array_begin(w);
        for (uint32_t e = 0; e < d->nents; e++)
            if (vg_stix_entity_id(id, sizeof id, d, (int32_t)e))
                vg_jw_str(w, id);
        vg_jw_array_end(w);
    }
    ext_end(w);
}

static void put_report(stix *s)
{
    vg_jw *w = s->w;
    const vg_xdoc *d = s->d;
    s->o->nitems++;
    obj_begin(w, "report", s->report_id, s->ts);
    kstr(w, "created_by_ref", s->vigil_id);
    kstr(w, "name", d->title && d->title[0] ? d->title : d->id);
    vg_jw_key(w, "report_types");
    vg_jw_array_begin(w);
    vg_jw_str(w, "threat-report");
    vg_jw_array_end(w);
    kstr(w, "published", s->ts);
    vg_jw_key(w, "object_refs");
    vg_jw_array_begin(w);
    const vg_buf *r = &s->o->refs;
    size_t n = 0;
    for (size_t k = 0; k < r->len; k += strlen(r->data + k) + 1, n++)
        vg_jw_str(w, r->data + k);
    if (!n) /* STIX wants one ref at least: who wrote the bundle */
        vg_jw_str(w, s->vigil_id);
    vg_jw_array_end(w);
    vg_jw_key(w, "external_references");
    vg_jw_array_begin(w);
    vg_jw_object_begin(w);
    kstr(w, "source_name", "vigil");
    kstr(w, "external_id", d->id);
    kstr(w, "description", "the document id in Vigil's records");
    vg_jw_object_end(w);
    if (d->url && d->url[0]) {
        vg_jw_object_begin(w);
        kstr(w, "source_name", d->publisher && d->publisher[0] ? d->publisher : "source");
        if (plausible_url(d->url))
            kstr(w, "url", d->url);
        else
            kstr(w, "description", d->url);
        vg_jw_object_end(w);
    }
    vg_jw_array_end(w);
    report_ext(s);
    vg_jw_object_end(w);
}

/* ---- the run ---- */

int vg_stix_begin(vg_xout *o)
{
    stix s;
    memset(&s, 0, sizeof s);
    s.o = o;
    s.w = o->jw;
    sha1_init(&o->bundle);
    vg_jw_object_begin(s.w);
    vg_jw_key(s.w, "type");
    vg_jw_str(s.w, "bundle");
    vg_jw_key(s.w, "objects");
    vg_jw_array_begin(s.w);
    shared_header(&s);
    int rc = vg_jw_flush(s.w);
    return s.nomem ? VIGIL_ENOMEM : rc;
}

int vg_stix_put(vg_xout *o, const vg_xdoc *d)
{
    stix s;
    char id[ID_MAX];
    memset(&s, 0, sizeof s);
    s.o = o;
    s.w = o->jw;
    s.d = d;
    s.ts = timestamp(s.tsbuf, sizeof s.tsbuf, d->published);
    if (!s.ts)
        s.ts = EPOCH;
    vg_stix_id(s.vigil_id, sizeof s.vigil_id, "identity", "vigil");
    vg_stix_id(s.report_id, sizeof s.report_id, "report", d->id);
    sha1_update(&o->bundle, strlen(d->id) + 1, (const uint8_t *)d->id);
    idset_clear(&o->inreport);
    vg_buf_reset(&o->refs);

    s.publisher_id = put_publisher(&s, s.publisher_buf);
    s.author_id = put_author(&s, s.author_buf);
    for (uint32_t e = 0; e < d->nents; e++)
        put_entity(&s, (int32_t)e, id);
    for (uint32_t i = 0; i < d->nincs; i++)
        put_incident(&s, &d->incs[i]);
    for (uint32_t i = 0; i < d->nthreats; i++)
        put_threat(&s, &d->threats[i]);
    for (uint32_t i = 0; i < d->nclaims; i++)
        put_claim(&s, i);
    put_report(&s);
    int rc = vg_jw_flush(s.w);
    return s.nomem ? VIGIL_ENOMEM : rc;
}

int vg_stix_end(vg_xout *o)
{
    uint8_t h[SHA1_DIGEST_SIZE], u[16];
    char id[ID_MAX];
    vg_jw_array_end(o->jw);
    /* the bundle is named by its documents: UUIDv5-style over their ids */
    sha1_update(&o->bundle, sizeof vigil_ns, vigil_ns);
    sha1_digest(&o->bundle, sizeof h, h);
    memcpy(u, h, 16);
    u[6] = (uint8_t)((u[6] & 0x0f) | 0x50);
    u[8] = (uint8_t)((u[8] & 0x3f) | 0x80);
    vg_jw_key(o->jw, "id");
    vg_jw_str(o->jw, format_id(id, sizeof id, "bundle", u));
    vg_jw_object_end(o->jw);
    vg_jw_raw(o->jw, "\n", 1);
    return vg_jw_flush(o->jw);
}
