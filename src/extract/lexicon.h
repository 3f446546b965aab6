/* lexicon.h: the knowledge Vigil loads once into a vigil_ctx, read-only
 * afterwards and shared by threads: the gazetteer (data/geo/gazetteer.tsv),
 * the demonyms in it, and the lexicons of data/lexicon/ (actors, triggers,
 * weapons, targets, attribution cues, hedges, negation, stop rules); and
 * the phrase matcher over a document's tokens.
 *
 * Phrases are keyed by the folded forms (fold.h) of the tokens our own
 * tokenizer makes of them, joined by one space, so a lexicon alias matches
 * exactly the token sequences it would produce in a document. Case and
 * licence flags are returned with each hit; deciding on them is the
 * caller's (entity.c). */
#ifndef VG_LEXICON_H
#define VG_LEXICON_H
#include <stddef.h>
#include <stdint.h>

#include "text/doc.h"
#include "vigil/vigil.h"

/* What a phrase is. */
typedef enum vg_lex_kind {
    VG_LK_ACTOR = 1, /* armed group, government organ, media (vg_actor) */
    VG_LK_PLACE,     /* country, region, city (vg_place) */
    VG_LK_DEMONYM,   /* "Turkish" -> TR (rec = index of the country's vg_place) */
    VG_LK_TRIGGER,   /* incident trigger (vg_trigger) */
    VG_LK_WEAPON,    /* vg_weapon */
    VG_LK_TARGET,    /* vg_target: physical target or human victim kind */
    VG_LK_CUE,       /* attribution cue (vg_cue) */
    VG_LK_HEDGE,     /* likelihood hedge (vg_hedge) */
    VG_LK_NEG,       /* negation cue (vg_neg) */
    VG_LK_PATTERN,   /* a pattern row's head phrase (vg_pattern) */
    VG_LK_STOP       /* an actor_stop.tsv row (vg_stop); only from vg_lex_stop_match */
} vg_lex_kind;

/* Flags of one alias (hit.aflags). */
enum {
    VG_AF_CS = 1 << 0,      /* mixed-case text: only in exactly the written case */
    VG_AF_NOLOWER = 1 << 1, /* mixed-case text: not when written all lower case */
    VG_AF_CTX = 1 << 2,     /* needs a licence (context) always */
    VG_AF_MEMBER = 1 << 3,  /* names members, not the group ("senderistas") */
    VG_AF_TYPO = 1 << 4,    /* attested misspelling: matched, never displayed */
    VG_AF_ABBR = 1 << 5,    /* an acronym (all capitals in the lexicon, <= 6 letters) */
    VG_AF_PLURAL = 1 << 6,  /* demonym: a plural we derived ("Syrians" from "Syrian") */
    VG_AF_ENGINE = 1 << 7   /* a row for the engine only: the MUC-4 model's features skip it
                               (a row flagged "engine"), so the lexicon grows without moving
                               the trained model */
};

/* One lexicon phrase matching at a token position. */
typedef struct vg_lex_hit {
    uint8_t kind;   /* vg_lex_kind */
    uint8_t aflags; /* VG_AF_* */
    uint16_t ntok;  /* tokens matched (gaps included) */
    uint32_t rec;   /* index into the kind's table in vg_lex */
    const char *surface; /* the alias as written in the lexicon */
} vg_lex_hit;

/* Entity types of the record (schema "entity.type"). */
typedef enum vg_ent_type {
    VG_ENT_PERSON = 0,
    VG_ENT_ARMED_GROUP,
    VG_ENT_ORGANIZATION,
    VG_ENT_GOVERNMENT,
    VG_ENT_PLACE,
    VG_ENT_FACILITY
} vg_ent_type;

/* Row flags of actors. */
enum {
    VG_ACT_GENERIC = 1 << 0,   /* a descriptor: "death squads", "armed forces" */
    VG_ACT_CONTESTED = 1 << 1,
    VG_ACT_DEFUNCT = 1 << 2,
    VG_ACT_STATE_LINKED = 1 << 3,
    VG_ACT_STATE_MEDIA = 1 << 4,
    VG_ACT_DESIGNATED = 1 << 5 /* government organ also designated terrorist (IRGC) */
};

typedef struct vg_actor {
    const char *name;    /* canonical display name, qualifier stripped */
    uint8_t type;        /* vg_ent_type: ARMED_GROUP, GOVERNMENT or ORGANIZATION */
    char cc[3];          /* ISO 3166-1 alpha-2, "" when none */
    const char *kind;    /* jihadist, police, agency, newspaper, ... */
    int32_t parent;      /* index of the parent actor, or -1 */
    uint32_t flags;      /* VG_ACT_* */
    /* government: "police" for the row "<demonym> police" resolves to, or
     * NULL (the first default= of the row; all of them: vg_lex_default_actor) */
    const char *default_head;
    uint16_t until;           /* defunct: the last year it existed (until=YYYY), 0 when not given */
    const char *canonical;    /* as written, qualifier kept: "ERP (El Salvador)" */
    int32_t affiliated;       /* media: the armed group (actor index) it speaks for, or -1 */
} vg_actor;

typedef enum vg_place_kind { VG_PLACE_COUNTRY = 0, VG_PLACE_REGION, VG_PLACE_CITY } vg_place_kind;

/* The feature codes the extraction weighs (geo.c, licence.c), read once
 * when the gazetteer loads; any other code (or none) is VG_PF_OTHER, 0, so
 * a zeroed vg_place has it. */
typedef enum vg_place_feat {
    VG_PF_OTHER = 0,
    VG_PF_PPLC,  /* capital of a country */
    VG_PF_PPLG,  /* seat of government */
    VG_PF_PPLA,  /* seat of a first-order division */
    VG_PF_ADM1,  /* first-order division */
    VG_PF_PPLA2, /* seat of a second-order division */
    VG_PF_COUNT
} vg_place_feat;

typedef struct vg_place {
    const char *name;      /* display name with diacritics: "İzmir" */
    int64_t geonameid;     /* or -1 */
    char cc[3];
    uint8_t kind;          /* vg_place_kind */
    uint8_t feat;          /* vg_place_feat of feature */
    const char *admin1;    /* region code within the country ("48"), or "" */
    const char *admin1_name;
    const char *feature;   /* GeoNames feature code: PPLC, PPLA, PCLI, ADM1 ... */
    double lat, lon;
    uint32_t population;
    const char *iso_code;  /* "TUR", "TR-48", or "" */
    int32_t country;       /* place index of the country (itself for a country), or -1 */
    int32_t region;        /* city: place index of its region (cc + admin1), or -1 */
} vg_place;

typedef struct vg_trigger {
    const char *lemma;
    uint8_t type;     /* vg_inc_type (extract.h) */
    uint8_t muc_type; /* vg_muc_type (extract.h), VG_MUC_NONE for '-' */
    uint8_t verb;     /* 1 verb, 0 noun */
    uint32_t flags;   /* VG_TRF_* */
} vg_trigger;

enum {
    VG_TRF_AMBIGUOUS = 1 << 0, VG_TRF_PASSIVE_OK = 1 << 1, VG_TRF_EFFECT = 1 << 2,
    VG_TRF_WEAPON_DEP = 1 << 3, VG_TRF_VICTIM_DEP = 1 << 4, VG_TRF_NEEDS_OBJ = 1 << 5,
    VG_TRF_ATTEMPT = 1 << 6, VG_TRF_THREAT = 1 << 7, VG_TRF_MILITARY = 1 << 8,
    VG_TRF_LEGAL = 1 << 9, VG_TRF_CLAIM = 1 << 10, VG_TRF_PLURAL = 1 << 11,
    VG_TRF_ENGINE = 1 << 12 /* the hit carries VG_AF_ENGINE */
};

typedef struct vg_weapon {
    const char *cls;  /* explosive, firearm, incendiary, blade, vehicle, other */
    const char *sub;
    uint8_t type;     /* vg_inc_type it implies */
    uint8_t muc_type;
    uint32_t flags;   /* VG_WF_* */
} vg_weapon;

enum {
    VG_WF_AMBIGUOUS = 1 << 0, VG_WF_GENERIC = 1 << 1, VG_WF_COMPONENT = 1 << 2, VG_WF_PLURAL = 1 << 3,
    VG_WF_CS = 1 << 4, /* "LAW", "FAL": the hit also carries VG_AF_CS */
    VG_WF_ENGINE = 1 << 5 /* the hit carries VG_AF_ENGINE */
};

typedef struct vg_target {
    const char *kind; /* nightclub, hotel, ... or civilians, tourists, ... */
    uint8_t human;    /* 1: a victim kind (MUC Victim), 0: physical (MUC Target) */
    uint32_t flags;   /* VG_TGF_* */
} vg_target;

/* VG_TGF_SOFT: the kind is a soft target as targets.tsv's header lists them
 * (nightclub, hotel, restaurant, soft_target, tourist_site, market, stadium,
 * crowd, transport, religious_site, school, tourists, civilians,
 * worshippers, passengers). VG_TGF_CS: the hit also carries VG_AF_CS. */
enum {
    VG_TGF_AMBIGUOUS = 1 << 0, VG_TGF_GENERIC = 1 << 1, VG_TGF_PLURAL = 1 << 2,
    VG_TGF_CATEGORY = 1 << 3, VG_TGF_SOFT = 1 << 4, VG_TGF_CS = 1 << 5,
    VG_TGF_ENGINE = 1 << 6 /* the hit carries VG_AF_ENGINE */
};

typedef enum vg_certainty { VG_CERT_CERTAIN = 0, VG_CERT_PROBABLE, VG_CERT_POSSIBLE, VG_CERT_UNKNOWN } vg_certainty;
typedef enum vg_holder_pos { VG_HOLD_SUBJ = 0, VG_HOLD_OBJ, VG_HOLD_BY, VG_HOLD_NONE, VG_HOLD_SUBJ_OR_NONE } vg_holder_pos;

typedef struct vg_cue {
    const char *lemma;  /* say, tell, believe, according_to ... */
    uint8_t verb;
    uint8_t certainty;  /* vg_certainty */
    uint8_t negative;   /* deny, reject ... */
    uint8_t list;       /* can open a bulleted list */
    uint8_t holder;     /* vg_holder_pos */
    uint32_t flags;     /* VG_CUF_* */
    const char *pos;    /* verb, noun, adj, adv, prep, phrase, pseudo (then VG_CUF_PSEUDO) */
} vg_cue;

enum {
    VG_CUF_SPEECH = 1 << 0, VG_CUF_EPISTEMIC = 1 << 1, VG_CUF_EMOTIVE = 1 << 2,
    VG_CUF_RECIPIENT = 1 << 3, VG_CUF_IMPERSONAL = 1 << 4, VG_CUF_SAME_SOURCE = 1 << 5,
    VG_CUF_HEARSAY = 1 << 6, VG_CUF_RESPONSIBILITY = 1 << 7, VG_CUF_FUTURE = 1 << 8,
    VG_CUF_PSEUDO = 1 << 9
};

/* ICD 203 likelihood bands, lowest first. */
typedef enum vg_band {
    VG_BAND_ALMOST_NO_CHANCE = 0, VG_BAND_VERY_UNLIKELY, VG_BAND_UNLIKELY,
    VG_BAND_ROUGHLY_EVEN, VG_BAND_LIKELY, VG_BAND_VERY_LIKELY, VG_BAND_ALMOST_CERTAIN
} vg_band;

typedef struct vg_hedge {
    uint8_t band; /* vg_band */
    const char *cls; /* icd203, modal, belief, intent ... */
    const char *source; /* icd203, phia, vigil */
} vg_hedge;

typedef enum vg_neg_kind { VG_NEG_NEGATOR = 0, VG_NEG_DENIAL, VG_NEG_ABSENCE, VG_NEG_FAILURE, VG_NEG_PSEUDO, VG_NEG_TERMINATOR } vg_neg_kind;

typedef enum vg_neg_scope {
    VG_NSCOPE_CLAUSE = 0, VG_NSCOPE_NP, VG_NSCOPE_VP, VG_NSCOPE_OBJECT_CLAUSE, VG_NSCOPE_SUBJECT,
    VG_NSCOPE_NONE
} vg_neg_scope;

typedef struct vg_neg {
    uint8_t kind;     /* vg_neg_kind */
    uint8_t position; /* 0 pre, 1 post, 2 both, 3 none */
    uint8_t scope;    /* vg_neg_scope */
} vg_neg;

/* A pattern form: the canonical of a pattern row ("<demonym> police") or
 * one of its aliases ("police force", "<country>'s police"), one record
 * each. Its head, the first run of literal words, is indexed as
 * VG_LK_PATTERN; slot (and slot2 before it) say what must stand before the
 * head, slot_after what follows it, tail the literal words after that
 * ("forces of the <leader> administration": head "forces of the",
 * slot_after LEADER, tail "administration"). An alias without any <slot>
 * inherits the slots of its row's canonical ("relevant authorities" is a
 * DEMONYM form of "<demonym> authorities"). A form with no literal word
 * ("<demonym> <government>") is kept but not indexed. */
typedef enum vg_slot {
    VG_SLOT_DEMONYM = 1, VG_SLOT_GROUP, VG_SLOT_GOVERNMENT, VG_SLOT_NONE,
    VG_SLOT_COUNTRY, VG_SLOT_LEADER, VG_SLOT_ORDINAL, VG_SLOT_NUMBER, VG_SLOT_NAME,
    VG_SLOT_QUALIFIER, VG_SLOT_DESCRIPTOR
} vg_slot;

typedef struct vg_pattern {
    uint8_t etype;       /* vg_ent_type it yields */
    uint8_t slot;        /* vg_slot: what precedes the head (VG_SLOT_NONE: nothing) */
    uint8_t persons;     /* the head names people ("officials"): the organ holds */
    uint8_t source;      /* an unnamed source inside the organ ("sources") */
    const char *organ;   /* police, military, agency, official_body ... */
    const char *rule;    /* the form as written: "<demonym> police", "police force" */
    uint8_t slot2;       /* vg_slot before slot ("<group> <ordinal> front": GROUP) or NONE */
    uint8_t slot_after;  /* vg_slot right after the head, or VG_SLOT_NONE */
    const char *tail;    /* literal text after slot_after, as written, or NULL */
    const char *row_rule; /* the row's canonical: "<demonym> police" */
    const char *yields;  /* armed_groups.tsv: same, unit, generic; else NULL */
} vg_pattern;

/* actor_stop.tsv: an ambiguous alias, or a word that must not be an actor
 * or place, with the licences that allow it. */
typedef enum vg_stop_scope {
    VG_STOP_ALIAS = 0, VG_STOP_ACTOR, VG_STOP_PLACE, VG_STOP_PERSON, VG_STOP_ANY
} vg_stop_scope;
typedef enum vg_stop_rule {
    VG_STOPR_NEVER = 0, /* never in this scope */
    VG_STOPR_FLAGS,     /* cs, nolower, ctx and their '+' combinations: see aflags */
    VG_STOPR_CASELESS,  /* needs a licence in caseless text only */
    VG_STOPR_PERSON_CTX, /* a person, not a place, with a title or name next to it */
    VG_STOPR_PLACE_CTX  /* a place only with a place cue */
} vg_stop_rule;
typedef enum vg_lic_kind {
    VG_LIC_DOC_ALIAS = 0, VG_LIC_PAREN, VG_LIC_NEXT, VG_LIC_PREV, VG_LIC_NEAR, VG_LIC_COUNTRY,
    VG_LIC_ORIG, VG_LIC_NEXT_CAP, VG_LIC_NONE
} vg_lic_kind;

/* One licence alternative ("near:@turkey_context"). words: for next, prev
 * and near the folded words or phrases, @lists expanded ("-led" and "pro-"
 * keep their hyphen: an affix); for country the ISO codes ("TR"); for orig
 * the text as written ("ı"); none for the others. */
typedef struct vg_licence {
    uint8_t kind; /* vg_lic_kind */
    uint32_t nwords;
    const char *const *words;
} vg_licence;

typedef struct vg_stop {
    const char *phrase;   /* as written: case matters ("MIT" and "mit" are two rows) */
    uint8_t applies_to;   /* vg_stop_scope */
    uint8_t rule;         /* vg_stop_rule */
    uint8_t aflags;       /* VG_STOPR_FLAGS: VG_AF_CS / VG_AF_NOLOWER / VG_AF_CTX */
    uint32_t nlics;
    const vg_licence *lics; /* any one suffices; none when nlics is 0 */
    const char *licence;  /* the column as written */
} vg_stop;

typedef struct vg_lex vg_lex;

/* Loads everything from data_dir (data/geo/gazetteer.tsv and
 * data/lexicon/ *.tsv). Every file is untrusted: the format line, column
 * counts and field lengths are checked, and a bad row is an error naming
 * the file and line ("DIR/lexicon/weapons.tsv:42: expected 6 columns, got
 * 5"; err->line is set too). Returns VIGIL_OK or VIGIL_EIO (a file cannot
 * be read) / VIGIL_EPARSE / VIGIL_ENOMEM with err filled, and then *out is
 * NULL. Free with vg_lex_free. Takes about 70 ms (Release build). */
int vg_lex_load(vg_lex **out, const char *data_dir, vigil_error *err);
void vg_lex_free(vg_lex *lx);

/* The tables (read-only). */
const vg_actor *vg_lex_actor(const vg_lex *lx, uint32_t rec);
const vg_place *vg_lex_place(const vg_lex *lx, uint32_t rec);
const vg_trigger *vg_lex_trigger(const vg_lex *lx, uint32_t rec);
const vg_weapon *vg_lex_weapon(const vg_lex *lx, uint32_t rec);
const vg_target *vg_lex_target(const vg_lex *lx, uint32_t rec);
const vg_cue *vg_lex_cue(const vg_lex *lx, uint32_t rec);
const vg_hedge *vg_lex_hedge(const vg_lex *lx, uint32_t rec);
const vg_neg *vg_lex_neg(const vg_lex *lx, uint32_t rec);
const vg_pattern *vg_lex_pattern(const vg_lex *lx, uint32_t rec);
const vg_stop *vg_lex_stop(const vg_lex *lx, uint32_t rec);
/* Rows per kind; for VG_LK_DEMONYM the demonym phrases indexed. */
size_t vg_lex_count(const vg_lex *lx, vg_lex_kind kind);

/* The word list @name of actor_stop.tsv ("@turkey_context", with the @):
 * its folded words, *n their count; NULL when there is no such list. */
const char *const *vg_lex_list(const vg_lex *lx, const char *name, size_t *n);

/* The government row that "<demonym> HEAD" resolves to for country cc
 * (government.tsv default=HEAD): head is folded ("police", "intel",
 * "armed forces"). Returns the actor index or -1. */
int32_t vg_lex_default_actor(const vg_lex *lx, const char *cc, const char *head);

/* The place index of the country with ISO code cc ("TR"), or -1. */
int32_t vg_lex_country(const vg_lex *lx, const char *cc);

/* All phrases of any kind that match doc->toks starting at token i (never
 * past token end): writes up to max hits, longest first, and returns how
 * many matched in all (which may exceed max). Allocation-free and
 * thread-safe. */
size_t vg_lex_match(const vg_lex *lx, const vg_doc *doc, size_t i, size_t end, vg_lex_hit *out,
                    size_t max);

/* The record of a phrase given as text (tokenized and folded as a
 * document would be), for tests and queries: like vg_lex_match at token 0
 * of that text, keeping only hits that cover all of it. */
size_t vg_lex_lookup(const vg_lex *lx, const char *text, vg_lex_hit *out, size_t max);

/* Like vg_lex_match over the phrases of actor_stop.tsv (kind VG_LK_STOP,
 * rec a vg_stop index, aflags from the row's rule). Case is not compared:
 * "MIT" and "mit" both hit, check vg_stop.phrase. */
size_t vg_lex_stop_match(const vg_lex *lx, const vg_doc *doc, size_t i, size_t end, vg_lex_hit *out,
                         size_t max);

#endif
