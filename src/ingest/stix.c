/* stix.c: ingest stage, STIX 2.1 bundles -> documents with their facts
 * (vigil ingest --input stix, vigil_kb_put_stix).
 *
 * A bundle Vigil wrote (src/export/stix.c) comes back exactly: each report
 * is a document, its entities are the report extension's entity_refs with
 * the entity extension's type, place kind and country, and its incidents,
 * threats ("targets" relationships grouped by threat_id) and claims
 * (notes) come from their extensions, with their ids in the record kept,
 * so exporting the base again gives the same bundle. A bundle from another
 * tool is read as STIX says: a report's threat-actors (and intrusion-sets)
 * are armed groups, locations places, identities people or organizations,
 * "targets" relationships threats, notes claims held by their first
 * author, incidents incidents; objects no report refers to make one
 * document named by the bundle.
 *
 * There is no text in a bundle: the document's text is the strings the
 * bundle carries (names, statements, evidence, as written), one per line,
 * and every fact's span points into it, so whatever Vigil shows of it
 * points at the words it came from.
 *
 * The whole bundle is checked before the first document is made: JSON
 * (UTF-8, no NUL, no duplicate keys), size, nesting depth and string
 * length limits, every object's type and id, the type of every property
 * Vigil reads, and that every reference it follows resolves inside the
 * bundle to an object of a fitting type. A bundle failing any check is
 * refused with the object and property named, and nothing is made. */
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "export/xdoc.h"
#include "extract/extract.h"
#include "ingest/ingest.h"
#include "kb/kb.h"
#include "text/date_internal.h"
#include "util/alloc.h"
#include "util/error.h"

#define ID_MAX 80

/* Vigil's extensions (their definitions' ids are UUIDv5, export/stix.c). */
enum { X_INCIDENT = 0, X_THREAT, X_CLAIM, X_ENTITY, X_REPORT, X_N };
static const char *const ext_keys[X_N] = {"vigil-incident|1.0", "vigil-threat|1.0",
                                          "vigil-claim|1.0", "vigil-entity|1.0",
                                          "vigil-report|1.0"};

/* ---- property types ---- */

typedef enum kind {
    K_STR = 0, /* string */
    K_STRS,    /* array of strings */
    K_REF,     /* id of an object of the bundle */
    K_REFS,    /* array of such ids */
    K_NUM,     /* number */
    K_INT,     /* integer */
    K_OBJS     /* array of objects */
} kind;

typedef struct prop {
    const char *name;
    kind k;
    const char *to; /* K_REF(S): the types it may point at, '|'-separated; NULL: any */
} prop;

#define ENTITY_TYPES "threat-actor|intrusion-set|identity|location"
static const prop p_report[] = {
    {"name", K_STR, NULL},           {"published", K_STR, NULL},
    {"object_refs", K_REFS, NULL},   {"external_references", K_OBJS, NULL},
    {"created_by_ref", K_STR, NULL}, {NULL, 0, NULL}};
static const prop p_actor[] = {{"name", K_STR, NULL}, {"aliases", K_STRS, NULL}, {NULL, 0, NULL}};
static const prop p_location[] = {{"name", K_STR, NULL},
                                  {"latitude", K_NUM, NULL},
                                  {"longitude", K_NUM, NULL},
                                  {"country", K_STR, NULL},
                                  {"city", K_STR, NULL},
                                  {"administrative_area", K_STR, NULL},
                                  {"external_references", K_OBJS, NULL},
                                  {NULL, 0, NULL}};
static const prop p_identity[] = {{"name", K_STR, NULL},
                                  {"identity_class", K_STR, NULL},
                                  {"sectors", K_STRS, NULL},
                                  {NULL, 0, NULL}};
static const prop p_incident[] = {
    {"name", K_STR, NULL}, {"description", K_STR, NULL}, {NULL, 0, NULL}};
static const prop p_relationship[] = {
    {"relationship_type", K_STR, NULL}, {"source_ref", K_REF, NULL},
    {"target_ref", K_REF, NULL},        {"description", K_STR, NULL},
    {"start_time", K_STR, NULL},        {"stop_time", K_STR, NULL},
    {"confidence", K_INT, NULL},        {NULL, 0, NULL}};
static const prop p_note[] = {{"content", K_STR, NULL},
                              {"authors", K_STRS, NULL},
                              {"object_refs", K_REFS, NULL},
                              {"confidence", K_INT, NULL},
                              {NULL, 0, NULL}};
static const prop p_ext_incident[] = {{"incident_type", K_STR, NULL},
                                      {"date", K_STR, NULL},
                                      {"date_text", K_STR, NULL},
                                      {"window_from", K_STR, NULL},
                                      {"window_to", K_STR, NULL},
                                      {"place_ref", K_REF, "location"},
                                      {"perpetrator_group_refs", K_REFS, ENTITY_TYPES},
                                      {"perpetrators", K_STRS, NULL},
                                      {"targets", K_STRS, NULL},
                                      {"victims", K_STRS, NULL},
                                      {"weapons", K_STRS, NULL},
                                      {"killed", K_INT, NULL},
                                      {"injured", K_INT, NULL},
                                      {"claim_ref", K_REF, "note"},
                                      {"document", K_STR, NULL},
                                      {"local_id", K_STR, NULL},
                                      {NULL, 0, NULL}};
static const prop p_ext_threat[] = {
    {"threat_id", K_STR, NULL},   {"window_from", K_STR, NULL}, {"window_to", K_STR, NULL},
    {"window_text", K_STR, NULL}, {"likelihood", K_STR, NULL},  {"target_types", K_STRS, NULL},
    {"targets", K_STRS, NULL},    {"capability", K_STRS, NULL}, {"place_kind", K_STR, NULL},
    {"claim_ref", K_REF, "note"}, {"document", K_STR, NULL},    {NULL, 0, NULL}};
static const prop p_ext_claim[] = {{"holder_ref", K_REF, ENTITY_TYPES},
                                   {"holder_text", K_STR, NULL},
                                   {"chain", K_OBJS, NULL},
                                   {"cue", K_STR, NULL},
                                   {"polarity", K_STR, NULL},
                                   {"certainty", K_STR, NULL},
                                   {"document", K_STR, NULL},
                                   {"local_id", K_STR, NULL},
                                   {NULL, 0, NULL}};
static const prop p_ext_link[] = {{"role", K_STR, NULL},
                                  {"name", K_STR, NULL},
                                  {"identity_ref", K_REF, ENTITY_TYPES},
                                  {NULL, 0, NULL}};
static const prop p_ext_entity[] = {{"key", K_STR, NULL},
                                    {"entity_type", K_STR, NULL},
                                    {"place_kind", K_STR, NULL},
                                    {"country", K_STR, NULL},
                                    {NULL, 0, NULL}};
static const prop p_ext_report[] = {{"document", K_STR, NULL},
                                    {"published", K_STR, NULL},
                                    {"title", K_STR, NULL},
                                    {"publisher_ref", K_REF, "identity"},
                                    {"author_ref", K_REF, "identity"},
                                    {"url", K_STR, NULL},
                                    {"entity_refs", K_REFS, ENTITY_TYPES},
                                    {NULL, 0, NULL}};
static const prop p_extref[] = {{"source_name", K_STR, NULL},
                                {"external_id", K_STR, NULL},
                                {"url", K_STR, NULL},
                                {NULL, 0, NULL}};

static const struct {
    const char *type;
    const prop *props;
} sdo_props[] = {{"report", p_report},
                 {"threat-actor", p_actor},
                 {"intrusion-set", p_actor},
                 {"location", p_location},
                 {"identity", p_identity},
                 {"incident", p_incident},
                 {"relationship", p_relationship},
                 {"note", p_note}};

static const prop *const ext_props[X_N] = {p_ext_incident, p_ext_threat, p_ext_claim, p_ext_entity,
                                           p_ext_report};

/* ---- the bundle ---- */

typedef struct bundle {
    const char *name;
    vigil_error *err;
    json_t *root;
    json_t *objs; /* the objects kept (the latest version of each id) */
    size_t n;
    json_t *index; /* id -> position in objs */
    char ext_id[X_N][ID_MAX];
    unsigned char *in_report; /* per object: a report refers to it */
    char anon_id[64];         /* "stix-bundle:<sha1 of the bytes>", for a bundle without id */
} bundle;

static int refuse(bundle *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static int refuse(bundle *b, const char *fmt, ...)
{
    char msg[400];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    return vg_error_set(b->err, VIGIL_EPARSE, "ingest", b->name, -1, "STIX bundle refused: %s",
                        msg);
}

static json_t *obj_at(const bundle *b, size_t i)
{
    return json_array_get(b->objs, i);
}

static const char *sget(json_t *o, const char *key)
{
    return json_string_value(json_object_get(o, key));
}

/* The position of the object with id, or -1. */
static long find(const bundle *b, const char *id)
{
    json_t *v = id ? json_object_get(b->index, id) : NULL;
    return v ? (long)json_integer_value(v) : -1;
}

static json_t *deref(const bundle *b, const char *id)
{
    long k = find(b, id);
    return k >= 0 ? obj_at(b, (size_t)k) : NULL;
}

/* The properties of Vigil's extension x on o, or NULL. */
static json_t *ext(const bundle *b, json_t *o, int x)
{
    return json_object_get(json_object_get(o, "extensions"), b->ext_id[x]);
}

/* Whether id's type (before "--") is one of types ('|'-separated). */
static int type_in(const char *id, const char *types)
{
    const char *dash = strstr(id, "--");
    size_t n = dash ? (size_t)(dash - id) : strlen(id);
    for (const char *t = types; *t;) {
        size_t m = strcspn(t, "|");
        if (m == n && !strncmp(t, id, n))
            return 1;
        t += m + (t[m] == '|');
    }
    return 0;
}

/* Whether s is "<type>--<UUID>" for type. */
static int valid_id(const char *s, const char *type)
{
    size_t n = strlen(type);
    if (strncmp(s, type, n) || strncmp(s + n, "--", 2))
        return 0;
    s += n + 2;
    static const char shape[] = "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx";
    for (size_t k = 0; k < sizeof shape - 1; k++) {
        char c = s[k];
        int hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        if (shape[k] == '-' ? c != '-' : !hex)
            return 0;
    }
    return s[sizeof shape - 1] == '\0';
}

/* Every value: nesting depth and string length within the limits. */
static int check_tree(bundle *b, json_t *v, int depth, const char *where)
{
    if (depth > VG_STIX_MAX_DEPTH)
        return refuse(b, "%s: nested deeper than %d levels", where, VG_STIX_MAX_DEPTH);
    if (json_is_string(v) && json_string_length(v) > VG_STIX_MAX_STRING)
        return refuse(b, "%s: a string of %zu bytes (the limit is %zu)", where,
                      json_string_length(v), (size_t)VG_STIX_MAX_STRING);
    if (json_is_object(v)) {
        const char *key;
        json_t *x;
        json_object_foreach(v, key, x)
        {
            if (strlen(key) > VG_STIX_MAX_STRING)
                return refuse(b, "%s: a property name of %zu bytes", where, strlen(key));
            int rc = check_tree(b, x, depth + 1, where);
            if (rc != VIGIL_OK)
                return rc;
        }
    } else if (json_is_array(v)) {
        size_t i;
        json_t *x;
        json_array_foreach(v, i, x)
        {
            int rc = check_tree(b, x, depth + 1, where);
            if (rc != VIGIL_OK)
                return rc;
        }
    }
    return VIGIL_OK;
}

static const char *kind_name(kind k)
{
    static const char *const names[] = {
        "a string", "a list of strings", "an object id",      "a list of object ids",
        "a number", "an integer",        "a list of objects"};
    return names[k];
}

static int check_ref(bundle *b, const char *who, const char *pname, const char *ref, const char *to)
{
    if (!ref)
        return refuse(b, "%s: %s holds something that is not an object id", who, pname);
    json_t *t = deref(b, ref);
    if (!t)
        return refuse(b, "%s: %s points at %s, which is not in the bundle", who, pname, ref);
    if (to && !type_in(ref, to))
        return refuse(b, "%s: %s points at %s, which is not a %s", who, pname, ref, to);
    return VIGIL_OK;
}

/* The properties of o in table ps have their types; refs resolve. */
static int check_props(bundle *b, json_t *o, const prop *ps, const char *who)
{
    for (const prop *p = ps; p->name; p++) {
        json_t *v = json_object_get(o, p->name);
        if (!v)
            continue;
        int ok = 1;
        switch (p->k) {
        case K_STR:
            ok = json_is_string(v);
            break;
        case K_NUM:
            ok = json_is_number(v);
            break;
        case K_INT:
            ok = json_is_integer(v);
            break;
        case K_REF:
            if (!json_is_string(v))
                ok = 0;
            else if (check_ref(b, who, p->name, json_string_value(v), p->to) != VIGIL_OK)
                return b->err ? b->err->code : VIGIL_EPARSE;
            break;
        case K_STRS:
        case K_REFS:
        case K_OBJS: {
            size_t i;
            json_t *x;
            ok = json_is_array(v);
            json_array_foreach(v, i, x)
            {
                if (p->k == K_OBJS ? !json_is_object(x) : !json_is_string(x)) {
                    ok = 0;
                    break;
                }
                if (p->k == K_REFS &&
                    check_ref(b, who, p->name, json_string_value(x), p->to) != VIGIL_OK)
                    return b->err ? b->err->code : VIGIL_EPARSE;
            }
            break;
        }
        }
        if (!ok)
            return refuse(b, "%s: %s should be %s", who, p->name, kind_name(p->k));
    }
    return VIGIL_OK;
}

/* An ISO date YYYY[-MM[-DD]] (a timestamp's date part when time is set)
 * into *d; -1 when s is not one. */
static int iso_date(const char *s, int timestamp, vg_date *d)
{
    memset(d, 0, sizeof *d);
    if (!s)
        return -1;
    size_t n = strlen(s);
    int y = 0, m = 0, dd = 0;
    if (n < 4 || sscanf(s, "%4d", &y) != 1)
        return -1;
    for (size_t k = 0; k < 4; k++)
        if (s[k] < '0' || s[k] > '9')
            return -1;
    d->year = (int16_t)y;
    d->prec = VG_DATE_YEAR;
    if (n >= 7 && s[4] == '-' && sscanf(s + 5, "%2d", &m) == 1) {
        d->month = (int8_t)m;
        d->prec = VG_DATE_MONTH;
        if (n >= 10 && s[7] == '-' && sscanf(s + 8, "%2d", &dd) == 1) {
            d->day = (int8_t)dd;
            d->prec = VG_DATE_DAY;
        }
    }
    size_t used = d->prec == VG_DATE_DAY ? 10 : d->prec == VG_DATE_MONTH ? 7 : 4;
    if (!timestamp && used != n)
        return -1;
    if (timestamp && used < 10)
        return -1;
    return vg_date_valid(*d) ? 0 : -1;
}

static const char *place_kind_name(int k)
{
    static const char *const kinds[] = {"country", "region", "city", "site"};
    return kinds[k & 3];
}

/* A local id "<letter><digits>" ("i3"). */
static int valid_local(const char *s, char letter)
{
    if (!s || s[0] != letter || !s[1] || strlen(s) > 10)
        return 0;
    for (const char *p = s + 1; *p; p++)
        if (*p < '0' || *p > '9')
            return 0;
    return 1;
}

/* The values Vigil's extensions carry are what its record allows. */
static int check_values(bundle *b, json_t *o, const char *who)
{
    json_t *x;
    vg_date d;
    if ((x = ext(b, o, X_INCIDENT))) {
        const char *t = sget(x, "incident_type"), *date = sget(x, "date"), *l = sget(x, "local_id");
        json_int_t killed = json_integer_value(json_object_get(x, "killed"));
        json_int_t injured = json_integer_value(json_object_get(x, "injured"));
        if (t && vg_name_index(t, vg_inc_type_name, VG_INC_NTYPES) < 0)
            return refuse(b, "%s: incident_type \"%.40s\" is not one Vigil knows", who, t);
        if (date && iso_date(date, 0, &d))
            return refuse(b, "%s: date \"%.40s\" is not YYYY[-MM[-DD]]", who, date);
        const char *f = sget(x, "window_from"), *to = sget(x, "window_to");
        vg_date df, dt;
        if (!f != !to)
            return refuse(b, "%s: window_from and window_to come together", who);
        if (f && (iso_date(f, 0, &df) || iso_date(to, 0, &dt)))
            return refuse(b, "%s: window dates are not YYYY[-MM[-DD]]", who);
        if (f && vg_date_to_days(vg_date_first_day(df)) > vg_date_to_days(vg_date_last_day(dt)))
            return refuse(b, "%s: window_from is after window_to", who);
        if (l && !valid_local(l, 'i'))
            return refuse(b, "%s: local_id \"%.40s\" is not i<number>", who, l);
        if (killed < 0 || killed > 10000000 || injured < 0 || injured > 10000000)
            return refuse(b, "%s: killed or injured out of range", who);
    }
    if ((x = ext(b, o, X_THREAT))) {
        const char *f = sget(x, "window_from"), *t = sget(x, "window_to");
        const char *lik = sget(x, "likelihood"), *l = sget(x, "threat_id");
        if ((f && iso_date(f, 0, &d)) || (t && iso_date(t, 0, &d)))
            return refuse(b, "%s: window dates are not YYYY[-MM[-DD]]", who);
        if (lik && vg_name_index(lik, vg_band_name, VG_BAND_ALMOST_CERTAIN + 1) < 0)
            return refuse(b, "%s: likelihood \"%.40s\" is not an ICD 203 band", who, lik);
        if (l && !valid_local(l, 't'))
            return refuse(b, "%s: threat_id \"%.40s\" is not t<number>", who, l);
    }
    if ((x = ext(b, o, X_CLAIM))) {
        const char *c = sget(x, "certainty"), *pol = sget(x, "polarity"), *l = sget(x, "local_id");
        if (c && vg_name_index(c, vg_certainty_name, VG_CERT_UNKNOWN + 1) < 0)
            return refuse(b, "%s: certainty \"%.40s\" is not one Vigil knows", who, c);
        if (pol && strcmp(pol, "positive") && strcmp(pol, "negative"))
            return refuse(b, "%s: polarity \"%.40s\"", who, pol);
        if (l && !valid_local(l, 'c'))
            return refuse(b, "%s: local_id \"%.40s\" is not c<number>", who, l);
        size_t i;
        json_t *link;
        json_array_foreach(json_object_get(x, "chain"), i, link)
        {
            int rc = check_props(b, link, p_ext_link, who);
            if (rc != VIGIL_OK)
                return rc;
            if (vg_name_index(sget(link, "role"), vg_role_name, 4) < 0)
                return refuse(b, "%s: chain[%zu] has no role Vigil knows", who, i);
        }
    }
    if ((x = ext(b, o, X_ENTITY))) {
        const char *t = sget(x, "entity_type"), *k = sget(x, "place_kind");
        if (!sget(x, "key") || !sget(x, "key")[0])
            return refuse(b, "%s: its entity extension has no key", who);
        if (!t || vg_name_index(t, vg_ent_type_name, VG_ENT_FACILITY + 1) < 0)
            return refuse(b, "%s: entity_type \"%.40s\" is not one Vigil knows", who, t ? t : "");
        if (k && vg_name_index(k, place_kind_name, 4) < 0)
            return refuse(b, "%s: place_kind \"%.40s\"", who, k);
    }
    if ((x = ext(b, o, X_REPORT))) {
        const char *p = sget(x, "published"), *doc = sget(x, "document");
        if (p && iso_date(p, 0, &d))
            return refuse(b, "%s: published \"%.40s\" is not YYYY[-MM[-DD]]", who, p);
        if (!doc || !doc[0])
            return refuse(b, "%s: the report extension has no document id", who);
    }
    const char *type = sget(o, "type");
    if (!strcmp(type, "location")) {
        json_t *lat = json_object_get(o, "latitude"), *lon = json_object_get(o, "longitude");
        if (!lat != !lon)
            return refuse(b, "%s: latitude without longitude or the reverse", who);
        if (lat && (fabs(json_number_value(lat)) > 90 || fabs(json_number_value(lon)) > 180))
            return refuse(b, "%s: latitude or longitude out of range", who);
    }
    if ((!strcmp(type, "report") || !strcmp(type, "note")) && !json_object_get(o, "object_refs"))
        return refuse(b, "%s: a %s without object_refs", who, type);
    if (!strcmp(type, "note") && !sget(o, "content"))
        return refuse(b, "%s: a note without content", who);
    if (!strcmp(type, "relationship") &&
        (!sget(o, "source_ref") || !sget(o, "target_ref") || !sget(o, "relationship_type")))
        return refuse(b, "%s: a relationship needs relationship_type, source_ref and target_ref",
                      who);
    return VIGIL_OK;
}

/* Keeps the latest version (by modified) of each id in b->objs. */
static int keep_versions(bundle *b, json_t *all)
{
    size_t i;
    json_t *o;
    b->objs = json_array();
    b->index = json_object();
    if (!b->objs || !b->index)
        return vg_error_set(b->err, VIGIL_ENOMEM, "ingest", b->name, -1, "out of memory");
    json_array_foreach(all, i, o)
    {
        const char *id = sget(o, "id");
        long k = find(b, id);
        if (k >= 0) {
            const char *m0 = sget(obj_at(b, (size_t)k), "modified"), *m1 = sget(o, "modified");
            if (m1 && (!m0 || strcmp(m1, m0) > 0))
                json_array_set(b->objs, (size_t)k, o);
            continue;
        }
        if (json_array_append(b->objs, o) ||
            json_object_set_new(b->index, id, json_integer((json_int_t)b->n)))
            return vg_error_set(b->err, VIGIL_ENOMEM, "ingest", b->name, -1, "out of memory");
        b->n++;
    }
    return VIGIL_OK;
}

static int check_bundle(bundle *b, const char *raw, size_t n)
{
    if (n > VG_STIX_MAX_BYTES)
        return refuse(b, "%zu bytes (the limit is %zu)", n, (size_t)VG_STIX_MAX_BYTES);
    json_error_t je;
    b->root = json_loadb(raw, n, JSON_REJECT_DUPLICATES, &je);
    if (!b->root) {
        vg_error_set(b->err, VIGIL_EPARSE, "ingest", b->name, je.position,
                     "STIX bundle refused: not JSON at line %d, column %d: %s", je.line, je.column,
                     je.text);
        if (b->err) {
            b->err->line = je.line;
            b->err->column = je.column;
        }
        return VIGIL_EPARSE;
    }
    json_t *all = json_object_get(b->root, "objects");
    const char *type = sget(b->root, "type");
    if (!json_is_object(b->root) || !type || strcmp(type, "bundle"))
        return refuse(b, "not a bundle (a JSON object with \"type\": \"bundle\")");
    if (!json_is_array(all))
        return refuse(b, "the bundle has no \"objects\" list");
    if (json_array_size(all) > VG_STIX_MAX_OBJECTS)
        return refuse(b, "%zu objects (the limit is %d)", json_array_size(all),
                      VG_STIX_MAX_OBJECTS);
    json_t *bid = json_object_get(b->root, "id");
    if (bid && (!json_is_string(bid) || !valid_id(json_string_value(bid), "bundle")))
        return refuse(b, "the bundle's id is not bundle--<UUID>");
    size_t i;
    json_t *o;
    char who[160];
    json_array_foreach(all, i, o)
    {
        snprintf(who, sizeof who, "objects[%zu]", i);
        if (!json_is_object(o))
            return refuse(b, "%s is not an object", who);
        int rc = check_tree(b, o, 1, who);
        if (rc != VIGIL_OK)
            return rc;
        const char *t = sget(o, "type"), *id = sget(o, "id"), *sv = sget(o, "spec_version");
        if (!t || !t[0] || strlen(t) > 250)
            return refuse(b, "%s has no type", who);
        if (!id || !valid_id(id, t))
            return refuse(b, "%s: id \"%.80s\" is not %s--<UUID>", who, id ? id : "", t);
        if (json_object_get(o, "spec_version") && (!sv || strcmp(sv, "2.1")))
            return refuse(b, "%s: spec_version is not \"2.1\"", who);
        json_t *exts = json_object_get(o, "extensions");
        if (exts && !json_is_object(exts))
            return refuse(b, "%s: extensions should be an object", who);
    }
    int rc = keep_versions(b, all);
    for (size_t k = 0; k < b->n && rc == VIGIL_OK; k++) {
        o = obj_at(b, k);
        const char *t = sget(o, "type");
        snprintf(who, sizeof who, "%.40s %.80s", t, sget(o, "id"));
        for (size_t s = 0; s < sizeof sdo_props / sizeof sdo_props[0] && rc == VIGIL_OK; s++)
            if (!strcmp(t, sdo_props[s].type))
                rc = check_props(b, o, sdo_props[s].props, who);
        for (int x = 0; x < X_N && rc == VIGIL_OK; x++) {
            json_t *e = ext(b, o, x);
            if (e && !json_is_object(e))
                rc = refuse(b, "%s: its Vigil %s extension is not an object", who, ext_keys[x]);
            else if (e)
                rc = check_props(b, e, ext_props[x], who);
        }
        json_t *refs = json_object_get(o, "external_references");
        size_t j;
        json_t *r;
        json_array_foreach(refs, j, r)
        {
            if (rc == VIGIL_OK)
                rc = check_props(b, r, p_extref, who);
        }
        if (rc == VIGIL_OK)
            rc = check_values(b, o, who);
    }
    return rc;
}

/* ---- one document ---- */

typedef struct build {
    bundle *b;
    vg_doc *doc;
    vg_extract *ex;
    vg_buf text;
    json_t *by_key; /* entity key -> index */
    json_t *by_id;  /* STIX id -> entity index */
    json_t *notes;  /* note id -> claim index */
    vg_place *places;
    size_t nplaces, capplaces;
    vg_buf key;
    int ours;         /* the report carries Vigil's report extension */
    uint32_t *seen;   /* per entity: the list (gen) it was last put in */
    size_t capseen;
    uint32_t gen;
    int nomem; /* 1 out of memory, 2 text past the limit, 3 facts past the limits */
} build;

static void *grow(build *d, void *arr, size_t n, size_t *cap, size_t elem)
{
    if (n < *cap)
        return arr;
    size_t c = *cap ? 2 * *cap : 16;
    void *p = vg_arena_grow(&d->doc->arena, arr, n, c, elem);
    if (!p)
        d->nomem = 1;
    else
        *cap = c;
    return p;
}

/* A zeroed slot at the end of the fact array *arr (n used, *cap held),
 * not yet counted; NULL past max facts (d->nomem 3) or without memory. */
static void *next_fact(build *d, void **arr, size_t n, size_t *cap, size_t size, size_t max)
{
    if (n >= max) {
        d->nomem = 3;
        return NULL;
    }
    char *v = grow(d, *arr, n, cap, size);
    if (!v)
        return NULL;
    *arr = v;
    memset(v + n * size, 0, size);
    return v + n * size;
}

/* n zeroed elements of size in the document's arena; NULL for none (or
 * out of memory, then d->nomem is set). */
static void *alloc_n(build *d, size_t n, size_t size)
{
    void *v = n ? vg_arena_calloc(&d->doc->arena, n, size) : NULL;
    if (n && !v)
        d->nomem = 1;
    return v;
}

/* Appends *elem to the arena array (*arr, *n). */
static void push(build *d, void *arr, uint32_t *n, const void *elem, size_t size)
{
    if (vg_extract_push(d->doc, arr, n, elem, size) != VIGIL_OK)
        d->nomem = 1;
}

/* Appends s as a line of the text; its span. */
static vg_span piece(build *d, const char *s)
{
    vg_span sp = {0, 0};
    if (!s || !s[0])
        return sp;
    size_t n = strlen(s);
    if (d->text.len + n + 1 > VIGIL_MAX_DOC_BYTES) {
        d->nomem = 2;
        return sp;
    }
    sp.start = (uint32_t)d->text.len;
    if (vg_buf_append(&d->text, s, n) != VIGIL_OK || vg_buf_putc(&d->text, '\n') != VIGIL_OK)
        d->nomem = 1;
    sp.end = sp.start + (uint32_t)n;
    return sp;
}

static vg_span *pieces(build *d, json_t *arr, uint32_t *n)
{
    *n = 0;
    vg_span *v = alloc_n(d, json_array_size(arr), sizeof *v);
    size_t i;
    json_t *x;
    json_array_foreach(arr, i, x)
    {
        if (!v)
            break;
        vg_span sp = piece(d, json_string_value(x));
        if (sp.end > sp.start)
            v[(*n)++] = sp;
    }
    return v;
}

static const char *dup(build *d, const char *s)
{
    if (!s)
        return NULL;
    char *p = vg_arena_strndup(&d->doc->arena, s, strlen(s));
    if (!p)
        d->nomem = 1;
    return p;
}

/* The entity the object with id stands for, made on first sight; -1 when
 * it stands for none (a class of targets, the unidentified actor). */
static int32_t entity_of(build *d, const char *id)
{
    bundle *b = d->b;
    if (!id)
        return -1;
    json_t *seen = json_object_get(d->by_id, id);
    if (seen)
        return (int32_t)json_integer_value(seen);
    json_t *o = deref(b, id);
    json_t *x = o ? ext(b, o, X_ENTITY) : NULL;
    const char *t = o ? sget(o, "type") : NULL, *name = o ? sget(o, "name") : NULL;
    int type = -1;
    if (x) {
        type = vg_name_index(sget(x, "entity_type"), vg_ent_type_name, VG_ENT_FACILITY + 1);
    } else if (t && (!strcmp(t, "threat-actor") || !strcmp(t, "intrusion-set"))) {
        /* ours without the extension is the shared "unidentified actor" */
        type = VG_ENT_ARMED_GROUP;
    } else if (t && !strcmp(t, "location")) {
        type = VG_ENT_PLACE;
        if (!name)
            name = sget(o, "city") ? sget(o, "city") : sget(o, "administrative_area");
    } else if (t && !strcmp(t, "identity")) {
        const char *cls = sget(o, "identity_class");
        if (cls && !strcmp(cls, "individual"))
            type = VG_ENT_PERSON;
        else if (cls && (!strcmp(cls, "organization") || !strcmp(cls, "group"))) {
            type = VG_ENT_ORGANIZATION;
            size_t i;
            json_t *s;
            json_array_foreach(json_object_get(o, "sectors"), i, s)
            {
                const char *v = json_string_value(s);
                if (v && !strncmp(v, "government", 10))
                    type = VG_ENT_GOVERNMENT;
            }
        }
    }
    int32_t e = -1;
    /* in a bundle of Vigil's, the objects without the entity extension are
     * the document's author, publisher and sources, not entities */
    if (type < 0 || !name || !name[0] || (d->ours && !x)) {
        json_object_set_new(d->by_id, id, json_integer(-1));
        return -1;
    }
    /* one entity per merge key: a place's location and its speaking
     * identity (which has no coordinates to key it by) are one */
    json_t *known = x ? json_object_get(d->by_key, sget(x, "key")) : NULL;
    if (known) {
        e = (int32_t)json_integer_value(known);
        json_object_set_new(d->by_id, id, json_integer(e));
        return e;
    }
    vg_entity en;
    memset(&en, 0, sizeof en);
    en.type = (uint8_t)type;
    en.actor = -1;
    en.place = -1;
    en.name = dup(d, name);
    if (!en.name)
        return -1;
    const char *cc = t && !strcmp(t, "location") ? sget(o, "country") : NULL;
    if (!cc && x)
        cc = sget(x, "country");
    if (cc && strlen(cc) == 2 && cc[0] >= 'A' && cc[0] <= 'Z' && cc[1] >= 'A' && cc[1] <= 'Z')
        memcpy(en.cc, cc, 3);
    json_t *lat = json_object_get(o, "latitude");
    if (lat && t && !strcmp(t, "location")) {
        vg_place *p = grow(d, d->places, d->nplaces, &d->capplaces, sizeof *p);
        if (!p)
            return -1;
        d->places = p;
        d->ex->own_places = p;
        p = &p[d->nplaces];
        memset(p, 0, sizeof *p);
        p->name = en.name;
        p->geonameid = -1;
        memcpy(p->cc, en.cc, 3);
        p->lat = json_number_value(lat);
        p->lon = json_number_value(json_object_get(o, "longitude"));
        p->country = p->region = -1;
        p->admin1 = p->admin1_name = p->feature = p->iso_code = "";
        const char *k = x ? sget(x, "place_kind") : NULL;
        int pk = k                                ? vg_name_index(k, place_kind_name, 4)
                 : sget(o, "city")                ? VG_PLACE_CITY
                 : sget(o, "administrative_area") ? VG_PLACE_REGION
                                                  : VG_PLACE_CITY;
        p->kind = (uint8_t)(pk == 3 ? VG_PLACE_CITY : pk);
        if (pk == 3 && type == VG_ENT_PLACE)
            en.type = VG_ENT_FACILITY;
        size_t i;
        json_t *r;
        json_array_foreach(json_object_get(o, "external_references"), i, r)
        {
            const char *src = sget(r, "source_name"), *gid = sget(r, "external_id");
            char *end;
            long long g = gid ? strtoll(gid, &end, 10) : -1;
            if (src && !strcmp(src, "geonames") && gid && gid[0] && !*end && g >= 0)
                p->geonameid = g;
        }
        en.place = (int32_t)d->nplaces++;
        d->ex->nown_places = d->nplaces;
    }
    /* the key decides: an entity already made under it is this one */
    vg_entity *ents = grow(d, d->ex->ents, d->ex->nents, &d->ex->capents, sizeof *ents);
    if (!ents)
        return -1;
    d->ex->ents = ents;
    ents[d->ex->nents] = en;
    if (vg_kb_entity_key(d->doc, d->ex->nents, &d->key) != VIGIL_OK) {
        d->nomem = 1;
        return -1;
    }
    json_t *k = json_object_get(d->by_key, d->key.data);
    if (k) {
        e = (int32_t)json_integer_value(k);
    } else {
        e = (int32_t)d->ex->nents++;
        json_object_set_new(d->by_key, d->key.data, json_integer(e));
        if (x && sget(x, "key") && strcmp(sget(x, "key"), d->key.data))
            json_object_set_new(d->by_key, sget(x, "key"), json_integer(e));
        /* its names: the name, then the aliases it was written with */
        json_t *aliases = json_object_get(o, "aliases");
        size_t n = 1 + json_array_size(aliases);
        vg_entity *me = &d->ex->ents[e];
        if (!(me->mentions = alloc_n(d, n, sizeof *me->mentions)))
            return -1;
        for (size_t i = 0; i < n; i++) {
            const char *s = i ? json_string_value(json_array_get(aliases, i - 1)) : me->name;
            vg_span sp = piece(d, s);
            if (sp.end <= sp.start)
                continue;
            vg_mention *m =
                grow(d, d->ex->mentions, d->ex->nmentions, &d->ex->capmentions, sizeof *m);
            if (!m)
                return -1;
            d->ex->mentions = m;
            m = &m[d->ex->nmentions];
            memset(m, 0, sizeof *m);
            m->start = sp.start;
            m->end = sp.end;
            m->entity = (uint32_t)e;
            me->mentions[me->nmentions++] = (uint32_t)d->ex->nmentions++;
        }
    }
    json_object_set_new(d->by_id, id, json_integer(e));
    return e;
}

/* Marks entity e as seen in the current list (d->gen); 0 when it was, or
 * without memory. Linear in the list, whatever its length. */
static int mark(build *d, int32_t e)
{
    if ((size_t)e >= d->capseen) {
        size_t cap = d->capseen ? d->capseen : 256;
        while (cap <= (size_t)e)
            cap *= 2;
        uint32_t *v = vg_arena_calloc(&d->doc->arena, cap, sizeof *v);
        if (!v) {
            d->nomem = 1;
            return 0;
        }
        if (d->capseen)
            memcpy(v, d->seen, d->capseen * sizeof *v);
        d->seen = v;
        d->capseen = cap;
    }
    if (d->seen[e] == d->gen)
        return 0;
    d->seen[e] = d->gen;
    return 1;
}

/* Entity indices of the ids in arr (those that stand for one). */
static int32_t *entities_of(build *d, json_t *arr, uint32_t *n)
{
    *n = 0;
    if (json_array_size(arr) > VG_STIX_MAX_REFS) {
        d->nomem = 3;
        return NULL;
    }
    int32_t *v = alloc_n(d, json_array_size(arr), sizeof *v);
    d->gen++;
    size_t i;
    json_t *x;
    json_array_foreach(arr, i, x)
    {
        if (!v || d->nomem)
            break;
        int32_t e = entity_of(d, json_string_value(x));
        if (e < 0 || !mark(d, e))
            continue;
        v[(*n)++] = e;
    }
    return v;
}

/* A local id for the next fact of letter's kind: the extension's, else the
 * first "<letter><n>" no other fact of the document uses. */
static const char *local_id(build *d, json_t *used, const char *given, char letter)
{
    char buf[24];
    if (given && valid_local(given, letter) && !json_object_get(used, given)) {
        snprintf(buf, sizeof buf, "%s", given);
    } else {
        for (size_t k = 1;; k++) {
            snprintf(buf, sizeof buf, "%c%zu", letter, k);
            if (!json_object_get(used, buf))
                break;
        }
    }
    json_object_set_new(used, buf, json_true());
    return dup(d, buf);
}

/* The ICD 203 band of a STIX confidence (the DNI scale, read back). */
static int band_of_confidence(json_int_t c)
{
    static const int upper[] = {9, 19, 39, 59, 79, 89, 100};
    for (int k = 0; k < 7; k++)
        if (c <= upper[k])
            return k;
    return VG_BAND_ALMOST_CERTAIN;
}

static int claim_of(build *d, json_t *x)
{
    const char *ref = sget(x, "claim_ref");
    json_t *c = ref ? json_object_get(d->notes, ref) : NULL;
    return c ? (int)json_integer_value(c) : -1;
}

static void make_claims(build *d, json_t *ids)
{
    bundle *b = d->b;
    vg_extract *ex = d->ex;
    json_t *used = json_object();
    size_t i;
    json_t *idv;
    json_array_foreach(ids, i, idv)
    {
        json_t *o = deref(b, json_string_value(idv));
        json_t *x = ext(b, o, X_CLAIM);
        vg_claim *c = next_fact(d, (void **)&ex->claims, ex->nclaims, &ex->capclaims, sizeof *c,
                                VG_MAX_CLAIMS);
        if (!c)
            break;
        vg_span s = piece(d, sget(o, "content"));
        c->start = s.start;
        c->end = s.end;
        c->holder = x ? entity_of(d, sget(x, "holder_ref")) : -1;
        const char *ht = x ? sget(x, "holder_text")
                           : json_string_value(json_array_get(json_object_get(o, "authors"), 0));
        c->holder_text = piece(d, ht);
        if (!x && c->holder_text.end > c->holder_text.start) {
            /* another tool's note: its first author holds it */
            if ((c->chain = alloc_n(d, 1, sizeof *c->chain))) {
                c->chain->role = VG_ROLE_HOLDER;
                c->chain->name = dup(d, ht);
                c->chain->entity = -1;
                c->nchain = 1;
            }
        }
        json_t *chain = x ? json_object_get(x, "chain") : NULL;
        if (json_array_size(chain)) {
            if (!(c->chain = alloc_n(d, json_array_size(chain), sizeof *c->chain)))
                break;
            size_t k;
            json_t *l;
            json_array_foreach(chain, k, l)
            {
                vg_chain_link *cl = &c->chain[c->nchain++];
                cl->role = (uint8_t)vg_name_index(sget(l, "role"), vg_role_name, 4);
                cl->name = dup(d, sget(l, "name"));
                cl->entity = sget(l, "identity_ref") ? entity_of(d, sget(l, "identity_ref")) : -1;
            }
        }
        c->cue = x ? dup(d, sget(x, "cue")) : NULL;
        const char *pol = x ? sget(x, "polarity") : NULL;
        c->negative = pol && !strcmp(pol, "negative");
        int cert =
            x ? vg_name_index(sget(x, "certainty"), vg_certainty_name, VG_CERT_UNKNOWN + 1) : -1;
        c->certainty = (uint8_t)(cert < 0 ? VG_CERT_UNKNOWN : cert);
        c->about = entities_of(d, json_object_get(o, "object_refs"), &c->nabout);
        c->local = local_id(d, used, x ? sget(x, "local_id") : NULL, 'c');
        json_object_set_new(d->notes, json_string_value(idv),
                            json_integer((json_int_t)ex->nclaims));
        ex->nclaims++;
    }
    json_decref(used);
}

static vg_span *one_span(build *d, const char *s, uint32_t *n)
{
    vg_span *v = NULL;
    *n = 0;
    vg_span sp = piece(d, s);
    if (sp.end > sp.start)
        push(d, &v, n, &sp, sizeof sp);
    return v;
}

static void make_incidents(build *d, json_t *ids)
{
    bundle *b = d->b;
    vg_extract *ex = d->ex;
    json_t *used = json_object();
    size_t i;
    json_t *idv;
    json_array_foreach(ids, i, idv)
    {
        json_t *o = deref(b, json_string_value(idv));
        json_t *x = ext(b, o, X_INCIDENT);
        vg_incident *in =
            next_fact(d, (void **)&ex->incs, ex->nincs, &ex->capincs, sizeof *in, VG_MAX_INCIDENTS);
        if (!in)
            break;
        int type =
            x ? vg_name_index(sget(x, "incident_type"), vg_inc_type_name, VG_INC_NTYPES) : -1;
        in->type = (uint8_t)(type < 0 ? VG_INC_ATTACK : type);
        in->place = x && sget(x, "place_ref") ? entity_of(d, sget(x, "place_ref")) : -1;
        in->groups =
            x ? entities_of(d, json_object_get(x, "perpetrator_group_refs"), &in->ngroups) : NULL;
        if (x) {
            in->perps = pieces(d, json_object_get(x, "perpetrators"), &in->nperps);
            in->targets = pieces(d, json_object_get(x, "targets"), &in->ntargets);
            in->victims = pieces(d, json_object_get(x, "victims"), &in->nvictims);
            in->weapons = pieces(d, json_object_get(x, "weapons"), &in->nweapons);
        }
        json_t *k = x ? json_object_get(x, "killed") : NULL,
               *j = x ? json_object_get(x, "injured") : NULL;
        in->killed = k ? (int32_t)json_integer_value(k) : -1;
        in->injured = j ? (int32_t)json_integer_value(j) : -1;
        in->claim = x ? claim_of(d, x) : -1;
        const char *date = x ? sget(x, "date") : NULL;
        const char *wf = x ? sget(x, "window_from") : NULL, *wt = x ? sget(x, "window_to") : NULL;
        if (date && iso_date(date, 0, &in->date.value) == 0)
            in->has_date = 1;
        if (wf && wt && iso_date(wf, 0, &in->date.from) == 0 && iso_date(wt, 0, &in->date.to) == 0)
            in->has_date = in->date.is_window = 1;
        if (in->has_date) {
            vg_span sp = piece(d, sget(x, "date_text"));
            in->date.start = sp.start;
            in->date.end = sp.end;
        }
        const char *ev = sget(o, "description") ? sget(o, "description") : sget(o, "name");
        in->evidence = one_span(d, ev, &in->nevidence);
        in->local = local_id(d, used, x ? sget(x, "local_id") : NULL, 'i');
        ex->nincs++;
    }
    json_decref(used);
}

/* The threats of the "targets" relationships ids: ours grouped by their
 * threat_id, another tool's one each. */
static void make_threats(build *d, json_t *ids)
{
    bundle *b = d->b;
    vg_extract *ex = d->ex;
    json_t *used = json_object(), *by_local = json_object();
    size_t i;
    json_t *idv;
    json_array_foreach(ids, i, idv)
    {
        json_t *o = deref(b, json_string_value(idv));
        json_t *x = ext(b, o, X_THREAT);
        const char *tid = x ? sget(x, "threat_id") : NULL;
        json_t *have = tid ? json_object_get(by_local, tid) : NULL;
        vg_threat *t;
        if (have) {
            t = &ex->threats[json_integer_value(have)];
        } else {
            t = next_fact(d, (void **)&ex->threats, ex->nthreats, &ex->capthreats, sizeof *t,
                          VG_MAX_THREATS);
            if (!t)
                break;
            /* ours: an actor without the entity extension is "unidentified" */
            t->actor = entity_of(d, sget(o, "source_ref"));
            t->likelihood = -1;
            t->formal = -1;
            t->claim = -1;
            if (x) {
                int lik =
                    vg_name_index(sget(x, "likelihood"), vg_band_name, VG_BAND_ALMOST_CERTAIN + 1);
                t->likelihood = (int8_t)lik;
                t->claim = claim_of(d, x);
                json_t *tt = json_object_get(x, "target_types");
                size_t nt = json_array_size(tt);
                if ((t->target_types = alloc_n(d, nt, sizeof(char *)))) {
                    size_t k;
                    json_t *s;
                    json_array_foreach(tt, k, s) t->target_types[t->ntarget_types++] =
                        dup(d, json_string_value(s));
                }
                t->targets = pieces(d, json_object_get(x, "targets"), &t->ntargets);
                uint32_t ncap;
                vg_span *cap = pieces(d, json_object_get(x, "capability"), &ncap);
                if ((t->capability = alloc_n(d, ncap, sizeof *t->capability))) {
                    for (uint32_t k = 0; k < ncap; k++) {
                        t->capability[k].start = cap[k].start;
                        t->capability[k].end = cap[k].end;
                    }
                    t->ncapability = ncap;
                }
            } else if (json_object_get(o, "confidence")) {
                t->likelihood = (int8_t)band_of_confidence(
                    json_integer_value(json_object_get(o, "confidence")));
            }
            const char *from = x ? sget(x, "window_from") : sget(o, "start_time");
            const char *to = x ? sget(x, "window_to") : sget(o, "stop_time");
            vg_date f, e;
            int hf = from && iso_date(from, !x, &f) == 0, ht = to && iso_date(to, !x, &e) == 0;
            if (hf || ht) {
                t->has_window = 1;
                char span_text[80];
                /* the dates' validated parts, so no character is cut */
                snprintf(span_text, sizeof span_text, "%.10s%s%.10s", hf ? from : "",
                         hf && ht ? " to " : "", ht ? to : "");
                /* another tool's window is its start and stop times as written */
                vg_span sp = piece(d, x ? sget(x, "window_text") : span_text);
                t->window.start = sp.start;
                t->window.end = sp.end;
                if (hf && ht && !memcmp(&f, &e, sizeof f)) {
                    t->window.value = f;
                } else {
                    t->window.is_window = 1;
                    if (hf)
                        t->window.from = f;
                    if (ht)
                        t->window.to = e;
                }
            } else if (x && sget(x, "window_text")) {
                /* a window told but not resolved ("in the coming weeks" in an
                 * undated text): its words alone */
                vg_span sp = piece(d, sget(x, "window_text"));
                t->has_window = 1;
                t->window.start = sp.start;
                t->window.end = sp.end;
                t->window.is_window = 1;
            }
            t->evidence = one_span(d, sget(o, "description"), &t->nevidence);
            t->local = local_id(d, used, tid, 't');
            if (tid)
                json_object_set_new(by_local, tid, json_integer((json_int_t)ex->nthreats));
            ex->nthreats++;
        }
        /* its target: a place, or (another tool's) a named target */
        const char *dst = sget(o, "target_ref");
        int32_t e = type_in(dst, "location") ? entity_of(d, dst) : -1;
        if (e >= 0) {
            int dup_place = 0;
            for (uint32_t k = 0; k < t->nplaces && !dup_place; k++)
                dup_place = t->places[k] == e;
            if (!dup_place && t->nplaces >= VG_STIX_MAX_TARGETS) {
                d->nomem = 3;
                break;
            }
            if (!dup_place)
                push(d, &t->places, &t->nplaces, &e, sizeof e);
        } else if (!x && type_in(dst, "identity") &&
                   !strcmp(sget(deref(b, dst), "identity_class")
                               ? sget(deref(b, dst), "identity_class")
                               : "",
                           "class")) {
            /* a class of targets ("beach hotels"): a kind, in the other tool's words */
            const char *kname = dup(d, sget(deref(b, dst), "name"));
            if (kname && t->ntarget_types < VG_STIX_MAX_TARGETS)
                push(d, &t->target_types, &t->ntarget_types, &kname, sizeof kname);
        } else if (!x) {
            vg_span sp = piece(d, sget(deref(b, dst), "name"));
            if (sp.end > sp.start && t->ntargets < VG_STIX_MAX_TARGETS)
                push(d, &t->targets, &t->ntargets, &sp, sizeof sp);
        }
    }
    json_decref(used);
    json_decref(by_local);
}

/* Makes the document of report rep (NULL: the objects no report refers
 * to, ids in refs) and hands it to fn. */
static int make_doc(bundle *b, json_t *rep, json_t *refs, vg_doc *doc, vg_stix_doc_fn fn, void *arg)
{
    build d;
    memset(&d, 0, sizeof d);
    d.b = b;
    d.doc = doc;
    vg_buf_init(&d.text);
    vg_buf_init(&d.key);
    d.by_key = json_object();
    d.by_id = json_object();
    d.notes = json_object();
    json_t *incs = json_array(), *rels = json_array(), *notes = json_array();
    int rc = VIGIL_OK;
    d.ex = vg_arena_calloc(&doc->arena, 1, sizeof *d.ex);
    if (!d.ex || !d.by_key || !d.by_id || !d.notes || !incs || !rels || !notes) {
        rc = vg_error_set(b->err, VIGIL_ENOMEM, "ingest", b->name, -1, "out of memory");
        goto done;
    }
    doc->ex = d.ex;
    json_t *x = rep ? ext(b, rep, X_REPORT) : NULL;
    d.ours = x != NULL;
    char name[ID_MAX + 32];
    if (rep) {
        const char *id = x ? sget(x, "document") : sget(rep, "id");
        doc->id = dup(&d, id);
        const char *title = x ? sget(x, "title") : sget(rep, "name");
        doc->title = title ? vg_doc_strdup_clean(doc, title, strlen(title)) : NULL;
        vg_date pd;
        if (x && sget(x, "published") && !iso_date(sget(x, "published"), 0, &pd))
            doc->published = pd;
        else if (!x && sget(rep, "published") && !iso_date(sget(rep, "published"), 1, &pd))
            doc->published = pd;
        json_t *pub = deref(b, x ? sget(x, "publisher_ref") : sget(rep, "created_by_ref"));
        json_t *aut = x ? deref(b, sget(x, "author_ref")) : NULL;
        const char *pn = pub ? sget(pub, "name") : NULL, *an = aut ? sget(aut, "name") : NULL;
        doc->publisher = pn ? vg_doc_strdup_clean(doc, pn, strlen(pn)) : NULL;
        doc->author = an ? vg_doc_strdup_clean(doc, an, strlen(an)) : NULL;
        const char *url = x ? sget(x, "url") : NULL;
        size_t i;
        json_t *r;
        json_array_foreach(json_object_get(rep, "external_references"), i, r)
        {
            if (!url && !x && sget(r, "url"))
                url = sget(r, "url");
        }
        doc->url = url ? vg_doc_strdup_clean(doc, url, strlen(url)) : NULL;
        /* its entities first, in the order it names them */
        json_t *ents = x ? json_object_get(x, "entity_refs") : refs;
        json_array_foreach(ents, i, r)
        {
            const char *id2 = json_string_value(r);
            if (type_in(id2, ENTITY_TYPES))
                entity_of(&d, id2);
        }
    } else {
        const char *bid = sget(b->root, "id");
        snprintf(name, sizeof name, "%s", bid ? bid : b->anon_id);
        doc->id = dup(&d, name);
        vg_buf t;
        vg_buf_init(&t);
        if (vg_buf_printf(&t, "STIX bundle %s", b->name) == VIGIL_OK)
            doc->title = vg_doc_strdup_clean(doc, t.data, t.len);
        vg_buf_fini(&t);
        size_t i;
        json_t *r;
        json_array_foreach(refs, i, r)
        {
            const char *id2 = json_string_value(r);
            if (type_in(id2, ENTITY_TYPES))
                entity_of(&d, id2);
        }
    }
    doc->source = dup(&d, b->name);
    size_t i;
    json_t *r;
    json_array_foreach(refs, i, r)
    {
        const char *id2 = json_string_value(r);
        json_t *o = deref(b, id2);
        const char *t = sget(o, "type");
        if (!strcmp(t, "incident"))
            json_array_append(incs, r);
        else if (!strcmp(t, "note"))
            json_array_append(notes, r);
        else if (!strcmp(t, "relationship") && !strcmp(sget(o, "relationship_type"), "targets"))
            json_array_append(rels, r);
    }
    make_claims(&d, notes);
    make_incidents(&d, incs);
    make_threats(&d, rels);
    if (d.nomem == 2 || d.nomem == 3) {
        rc = vg_error_set(b->err, VIGIL_ELIMIT, "ingest", b->name, -1,
                          "STIX bundle refused: report %s holds more than a document may (%s)",
                          doc->id ? doc->id : "?",
                          d.nomem == 2 ? "64 MiB of text" : "facts past the per-document limits");
        goto done;
    }
    if (d.nomem && doc->arena.capped) {
        rc = vg_error_set(b->err, VIGIL_ELIMIT, "ingest", b->name, -1,
                          "STIX bundle refused: report %s needs more than a document's %zu MiB"
                          " of working memory",
                          doc->id ? doc->id : "?", (size_t)(VIGIL_MAX_ARENA_BYTES >> 20));
        goto done;
    }
    if (d.nomem || !doc->id) {
        rc = vg_error_set(b->err, VIGIL_ENOMEM, "ingest", b->name, -1, "out of memory");
        goto done;
    }
    /* the objects outside the reports may say nothing Vigil keeps (its own
     * identity, another tool's markings) */
    if (!rep && !d.ex->nents && !d.ex->nincs && !d.ex->nthreats && !d.ex->nclaims)
        goto done;
    rc = vg_doc_set_text(doc, d.text.data ? d.text.data : "", d.text.len);
    if (rc != VIGIL_OK) {
        rc = vg_error_set(b->err, rc, "ingest", b->name, -1, "cannot keep the text of report %s",
                          doc->id);
        goto done;
    }
    rc = fn(doc, arg);
done:
    vg_buf_fini(&d.text);
    vg_buf_fini(&d.key);
    json_decref(d.by_key);
    json_decref(d.by_id);
    json_decref(d.notes);
    json_decref(incs);
    json_decref(rels);
    json_decref(notes);
    return rc;
}

int vg_stix_read(const char *raw, size_t n, const char *name, vg_stix_doc_fn fn, void *arg,
                 vigil_error *err)
{
    bundle b;
    memset(&b, 0, sizeof b);
    b.name = name ? name : "bundle";
    b.err = err;
    vg_error_clear(err);
    for (int x = 0; x < X_N; x++)
        vg_stix_id(b.ext_id[x], ID_MAX, "extension-definition", ext_keys[x]);
    {
        struct sha1_ctx h;
        uint8_t dg[SHA1_DIGEST_SIZE];
        sha1_init(&h);
        sha1_update(&h, n, (const uint8_t *)raw);
        sha1_digest(&h, sizeof dg, dg);
        int k = snprintf(b.anon_id, sizeof b.anon_id, "stix-bundle:");
        for (size_t i = 0; i < 16; i++)
            k += snprintf(b.anon_id + k, sizeof b.anon_id - (size_t)k, "%02x", dg[i]);
    }
    int rc = check_bundle(&b, raw, n);
    vg_doc doc;
    vg_doc_init(&doc);
    json_t *orphans = NULL;
    if (rc == VIGIL_OK && !(b.in_report = vg_calloc(b.n + 1, 1)))
        rc = vg_error_set(err, VIGIL_ENOMEM, "ingest", b.name, -1, "out of memory");
    /* what the reports refer to */
    for (size_t k = 0; k < b.n && rc == VIGIL_OK; k++) {
        json_t *o = obj_at(&b, k);
        if (strcmp(sget(o, "type"), "report"))
            continue;
        b.in_report[k] = 1;
        json_t *lists[2] = {json_object_get(o, "object_refs"),
                            json_object_get(ext(&b, o, X_REPORT), "entity_refs")};
        for (int l = 0; l < 2; l++) {
            size_t i;
            json_t *r;
            json_array_foreach(lists[l], i, r)
            {
                long at = find(&b, json_string_value(r));
                if (at >= 0)
                    b.in_report[at] = 1;
            }
        }
    }
    /* one document per report, in bundle order */
    for (size_t k = 0; k < b.n && rc == VIGIL_OK; k++) {
        json_t *o = obj_at(&b, k);
        if (strcmp(sget(o, "type"), "report"))
            continue;
        vg_doc_reset(&doc);
        rc = make_doc(&b, o, json_object_get(o, "object_refs"), &doc, fn, arg);
    }
    /* and one for the readable objects no report refers to */
    if (rc == VIGIL_OK) {
        orphans = json_array();
        for (size_t k = 0; orphans && k < b.n; k++) {
            const char *t = sget(obj_at(&b, k), "type");
            if (!b.in_report[k] && (type_in(t, ENTITY_TYPES) || !strcmp(t, "incident") ||
                                    !strcmp(t, "note") || !strcmp(t, "relationship")))
                json_array_append_new(orphans, json_string(sget(obj_at(&b, k), "id")));
        }
        if (!orphans)
            rc = vg_error_set(err, VIGIL_ENOMEM, "ingest", b.name, -1, "out of memory");
        else if (json_array_size(orphans)) {
            vg_doc_reset(&doc);
            rc = make_doc(&b, NULL, orphans, &doc, fn, arg);
        }
    }
    json_decref(orphans);
    vg_doc_fini(&doc);
    vg_free(b.in_report);
    json_decref(b.objs);
    json_decref(b.index);
    json_decref(b.root);
    return rc;
}
