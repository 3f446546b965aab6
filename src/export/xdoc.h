/* xdoc.h: the interface of the run exporters (STIX, GeoJSON, CSV).
 *
 * The writers never see a vg_doc: they take a vg_xdoc, plain facts of one
 * report (strings and numbers, indices between its arrays), so any source
 * can feed them: write.c fills one from an analysed document, and the
 * knowledge-base export can fill one per stored document from its rows.
 * Each writer is begin / put(xdoc) / end over a vg_xout; a put writes one
 * document's objects at once, so memory is one document's worth.
 *
 * Keys: every fact carries a key string; STIX ids are UUIDv5 of
 * "<stix type>|<key>" (docs/exports.md). Entity keys are the knowledge
 * base's merge keys (vg_kb_entity_key), so one entity has one id wherever
 * it is exported from; document-scoped facts are keyed "<doc id>|<local
 * id>" ("sha256:8e30..|i1"). */
#ifndef VG_EXPORT_XDOC_H
#define VG_EXPORT_XDOC_H
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include <nettle/sha1.h>

#include "export/jsonw.h"
#include "util/buf.h"
#include "vigil/vigil.h"

typedef struct vg_xstrs {
    const char **v; /* UTF-8, NUL-terminated */
    uint32_t n;
} vg_xstrs;

typedef struct vg_xidx {
    const int32_t *v; /* indices into vg_xdoc.ents */
    uint32_t n;
} vg_xidx;

/* Where a place's point is: what the gazetteer's coordinates stand for. */
typedef enum vg_xgeo { VG_XGEO_COUNTRY = 0, VG_XGEO_REGION, VG_XGEO_CITY, VG_XGEO_SITE } vg_xgeo;

typedef struct vg_xent {
    const char *key;  /* "place|745044", "armed_group|isis" */
    uint8_t type;     /* vg_ent_type */
    const char *name;
    char cc[3];       /* ISO 3166-1 alpha-2, "" when unknown */
    vg_xstrs aliases; /* other names it was written with */
    int has_geo;
    double lat, lon;  /* WGS 84 degrees */
    uint8_t geo_kind; /* vg_xgeo */
    long long geonameid; /* -1 when none */
    const char *admin1;  /* first-level region name, or NULL */
} vg_xent;

/* What the knowledge base knows of a fact beyond one document; all zero
 * from a single document (`vigil extract`: one document, one source, the
 * confidence from certainty or likelihood alone). */
typedef struct vg_xsupport {
    int32_t sources;   /* independent sources (docs/kb.md), or 0: one */
    int32_t reports;   /* statements saying it across documents, or 0 */
    vg_xstrs docs;     /* the documents reporting it (at most VG_XDOCS), or none: this one */
    int scored;        /* confidence below is set */
    int confidence;    /* 0-100 from certainty or likelihood, grades and sources */
    const char *grade; /* the weakest source grade of its chain ("B2"), or NULL */
    char reliability;  /* ... as values: 'A'..'F' or 0, */
    int credibility;   /* 1..6 or 0 */
} vg_xsupport;
#define VG_XDOCS 50

typedef struct vg_xinc {
    const char *key, *local; /* local: "i1" */
    const char *type;        /* schema incident.type */
    const char *date;        /* ISO 8601 at its precision, or NULL */
    const char *date_text;   /* as written, or NULL */
    const char *window_from, *window_to; /* ISO bounds of a week, month or year it was told by, or NULL */
    int32_t place;           /* entity or -1 */
    vg_xidx groups;          /* perpetrator groups */
    vg_xstrs perps, targets, victims, weapons; /* as written */
    int32_t killed, injured; /* -1: not stated */
    int32_t claim;           /* index into claims, or -1 */
    const char *evidence;    /* the first sentence it rests on, or NULL */
    int64_t ev_start, ev_end; /* where evidence is in the document's text (bytes); 0, 0: unknown */
    vg_xsupport sup;         /* the merged event's */
} vg_xinc;

typedef struct vg_xthreat {
    const char *key, *local;
    int32_t actor;           /* entity or -1 */
    vg_xstrs target_types, targets, capability;
    vg_xidx places;
    const char *window_from, *window_to, *window_text; /* ISO dates or NULL */
    int likelihood;          /* vg_band, or -1 */
    int32_t claim;
    const char *evidence;
    int64_t ev_start, ev_end; /* as vg_xinc's */
    vg_xsupport sup;         /* its statement's cluster */
} vg_xthreat;

typedef struct vg_xlink {
    uint8_t role;     /* vg_chain_role */
    const char *name;
    int32_t entity;   /* or -1 */
} vg_xlink;

typedef struct vg_xclaim {
    const char *key, *local;
    const char *text;        /* the statement */
    int32_t holder;          /* entity or -1 */
    const char *holder_text; /* as written, or NULL */
    const vg_xlink *chain;   /* outermost first */
    uint32_t nchain;
    const char *cue;
    int negative;
    int certainty;           /* vg_certainty */
    vg_xidx about;
    vg_xsupport sup;         /* its cluster */
} vg_xclaim;

typedef struct vg_xdoc {
    const char *id, *title, *author, *publisher, *url;
    const char *published;   /* ISO 8601 at its precision, or NULL */
    const vg_xent *ents;
    uint32_t nents;
    const vg_xinc *incs;
    uint32_t nincs;
    const vg_xthreat *threats;
    uint32_t nthreats;
    const vg_xclaim *claims;
    uint32_t nclaims;
} vg_xdoc;

/* A set of 16-byte ids (open addressing; all-zero is the empty slot,
 * which no UUIDv5 is). */
typedef struct vg_xidset {
    uint8_t (*slot)[16];
    size_t n, cap;
} vg_xidset;

/* The state of one run, shared by the writers. */
typedef struct vg_xout {
    FILE *out;
    vg_jw *jw;              /* STIX, GeoJSON */
    int pretty;
    int failed;             /* CSV: a write failed */
    unsigned csv_kind;      /* CSV: the VIGIL_WRITE_CSV_* table, 0 the combined one */
    vg_xidset csv_ents;     /* CSV entities: the entities written so far */
    size_t ndocs;           /* documents put so far */
    size_t nitems;          /* GeoJSON features / STIX objects written */
    /* STIX: ids of the objects already in the bundle, ids in the current
     * report, the ids the report refers to (NUL-separated), and the hash of
     * the documents' ids that names the bundle */
    vg_xidset seen, inreport;
    vg_buf refs;
    struct sha1_ctx bundle;
} vg_xout;

/* Frees the sets' memory (the exporter's _free). */
void vg_xidset_fini(vg_xidset *s);
/* Adds id u (not all zero) to s: 1 when it is new, 0 when it was there,
 * -1 out of memory (s unchanged). */
int vg_xidset_add(vg_xidset *s, const uint8_t u[16]);

/* Each returns VIGIL_OK, VIGIL_EIO (the stream) or VIGIL_ENOMEM. */
int vg_stix_begin(vg_xout *o);
int vg_stix_put(vg_xout *o, const vg_xdoc *d);
int vg_stix_end(vg_xout *o);
int vg_geojson_begin(vg_xout *o);
int vg_geojson_put(vg_xout *o, const vg_xdoc *d);
int vg_geojson_end(vg_xout *o);
int vg_csv_begin(vg_xout *o);
int vg_csv_put(vg_xout *o, const vg_xdoc *d);
int vg_csv_end(vg_xout *o);

/* The STIX id "<type>--<uuid>" of key: UUIDv5 (RFC 9562) of
 * "<type>|<key>" in Vigil's namespace, into buf (at least 80 bytes for
 * the longest type). Shared with GeoJSON and CSV, whose rows carry the
 * same ids. Returns buf. */
char *vg_stix_id(char *buf, size_t size, const char *type, const char *key);
/* The STIX id of entity e of d by the object type it is written as
 * (location, threat-actor or identity), into buf; NULL when it is not
 * written (a place with neither coordinates nor country). */
char *vg_stix_entity_id(char *buf, size_t size, const vg_xdoc *d, int32_t e);
/* The STIX confidence (0-100) of an ICD 203 band / a claim certainty, or
 * -1 for none (docs/exports.md). */
int vg_stix_band_confidence(int band);
int vg_stix_certainty_confidence(int certainty);
/* The confidence (0-100, -1 none) a writer gives a fact: the knowledge
 * base's when it scored it (sup.scored), else the mapping above (an
 * incident takes its claim's). */
int vg_xclaim_confidence(const vg_xclaim *c);
int vg_xinc_confidence(const vg_xdoc *d, const vg_xinc *in);
int vg_xthreat_confidence(const vg_xthreat *t);

/* Writes d through run exporter x (STIX, GeoJSON or CSV), as
 * vigil_exporter_put writes an analysed document: how the knowledge-base
 * export (src/kb/sqlite_export.c) feeds the writers from its rows. d and
 * its strings are the caller's and need live only for the call. Returns
 * VIGIL_OK, VIGIL_EIO, VIGIL_ENOMEM, or VIGIL_EUSAGE (after finish, or x
 * is not of a run format); fills err. */
int vg_exporter_put_xdoc(vigil_exporter *x, const vg_xdoc *d, vigil_error *err);

/* Entity e of d, or NULL when e is out of range (-1: none). */
const vg_xent *vg_xdoc_ent(const vg_xdoc *d, int32_t e);

/* The names of the entities v of d joined by "; " into buf (cut to size);
 * returns buf, "" when none. */
const char *vg_xdoc_join_names(const vg_xdoc *d, vg_xidx v, char *buf, size_t size);

#endif
