/* entity.h: the entity stage (entity.c, licence.c, candidate.c, names.c,
 * with geo.c): lexicon and gazetteer matches, patterns ("Turkish police",
 * "USG sources"), people, organizations and facilities found from
 * context, geocoded places, all merged into one entity per referent.
 * Fills doc->ex->ents and doc->ex->mentions. Below vg_entity_run, the
 * work structures shared by the stage's files only. */
#ifndef VG_ENTITY_H
#define VG_ENTITY_H
#include <stddef.h>
#include <stdint.h>

#include "extract/extract.h"
#include "extract/geo.h"
#include "extract/lexicon.h"
#include "text/doc.h"

/* Most mentions kept per document; past it the rest are dropped with one
 * VIGIL_ELIMIT warning on the document. */
#define VG_MAX_MENTIONS 20000

/* Most candidate mentions and lexicon hits the stage works on per
 * document; past them the rest of the document is not looked at (one
 * warning). They bound the stage's memory on pathological input. */
#define VG_MAX_CANDS (8 * VG_MAX_MENTIONS)
#define VG_MAX_RAW (8 * VG_MAX_MENTIONS)

/* Runs the stage on doc (tokens, sentences and doc->ex allocated by the
 * caller with ex->casemode set). Fills ex->ents (one per referent) and
 * ex->mentions (sorted by position; each with its byte and token span,
 * sentence and entity; entity.mentions lists them in text order).
 * Returns VIGIL_OK (also when a VG_MAX_* limit was reached: a warning says
 * so), VIGIL_ENOMEM, VIGIL_ELIMIT (the arena's cap), or VIGIL_EUSAGE when
 * doc->ex or lx is NULL. Thread-safe for distinct documents sharing lx. */
int vg_entity_run(const vg_lex *lx, vg_doc *doc);

/* ---- internal to the stage (entity.c, licence.c, candidate.c, names.c) ---- */

/* What a candidate mention is. */
typedef enum vg_ec_kind {
    VG_EC_ACTOR = 1, /* a lexicon actor (actor) */
    VG_EC_PLACE,     /* gazetteer records (recs), resolved to place */
    VG_EC_PATTERN,   /* an organ from a pattern row (name, cc, organ; actor when a row resolves it) */
    VG_EC_PERSON,    /* a person (name) */
    VG_EC_ORG,       /* an organization, government body or group guessed from its head word */
    VG_EC_FACILITY,  /* a facility (name; place when its place is known) */
    VG_EC_TOWN       /* a place no gazetteer holds, known by its name only (names.c) */
} vg_ec_kind;

/* Tie-break among candidates of equal length (higher wins). */
enum {
    VG_PRIO_PATTERN_NONE = 1, /* "security authorities": the phrase alone */
    VG_PRIO_GENERIC = 2,      /* a generic actor row: "the army" */
    VG_PRIO_PLACE = 3,
    VG_PRIO_PATTERN = 4,      /* "<demonym> police" */
    VG_PRIO_PERSON = 5,
    VG_PRIO_ACTOR = 6         /* a named actor */
};

enum { VG_MAX_PARENS = 64 }; /* acronym definitions looked at per document */

typedef struct vg_ent_cand {
    uint32_t tok, end;    /* tokens [tok,end) */
    uint32_t start, stop; /* bytes [start,stop): the tokens' span, or a part of a hyphenated word */
    uint32_t sent;
    uint8_t kind;         /* vg_ec_kind */
    uint8_t etype;        /* vg_ent_type */
    uint8_t prio;         /* VG_PRIO_* */
    uint8_t keep;         /* selected */
    uint8_t want;         /* vg_geo_want from the words around a place */
    uint8_t ctxcc;        /* its country comes from the sentence or document */
    uint8_t part;         /* a part of a hyphenated word: occupies no token alone */
    uint32_t seq;         /* creation order (a stable tie-break) */
    uint32_t hash;        /* pattern: of its row; facility: of its head word */
    int32_t actor;        /* actor record or -1 */
    int32_t place;        /* chosen gazetteer record or -1 */
    int32_t pat;          /* pattern: its record; town: the token of the place it lies in, or -1 */
    const uint32_t *recs; /* place: candidate records */
    const uint8_t *canon; /* per record: the text is its canonical name (or NULL) */
    uint32_t nrecs;
    char cc[3];
    const char *organ;
    const char *name;     /* display name (arena) for built entities */
    uint64_t key;         /* merge key for built entities; 0 derives it */
} vg_ent_cand;

/* Per-token bits (vg_ent_work.tw). */
enum {
    VG_TW_WORDLEX = 1 << 0, /* a one-word phrase of another lexicon (cue, trigger, target...) */
    VG_TW_CUE = 1 << 1,     /* an attribution cue starts here ("said", "believes") */
    VG_TW_INITIAL = 1 << 2, /* first word of its sentence (after bullets, quotes) */
    VG_TW_DEMONYM = 1 << 3, /* a demonym starts here */
    VG_TW_CASELESS = 1 << 4, /* its sentence is caseless */
    VG_TW_LEXENT = 1 << 5    /* inside an actor or place phrase of the lexicon */
};

#define VG_NOSEL UINT32_MAX
#define VG_WORD_SLOTS 4096

/* A lexicon hit kept for the later passes. */
typedef struct vg_ent_raw {
    uint32_t tok, end;    /* tokens [tok,end) */
    uint32_t start, stop; /* bytes */
    uint32_t sent;
    uint8_t part;         /* a part of a hyphenated word */
    vg_lex_hit h;
} vg_ent_raw;

typedef struct vg_ent_rawvec {
    vg_ent_raw *v;        /* in token order */
    size_t n, cap;
} vg_ent_rawvec;

typedef struct vg_ent_work {
    const vg_lex *lx;
    vg_doc *doc;
    vg_extract *ex;
    uint16_t *tw;      /* per token: VG_TW_* */
    uint16_t *wc;      /* per token: VG_WC_* of its word, once looked up (VG_WC_DONE) */
    uint32_t *tsent;   /* per token: its sentence */
    uint32_t *sel;     /* per token: the kept candidate covering it, or VG_NOSEL */
    uint32_t *dem_cc;  /* per token: 1 + gazetteer record of the country of a demonym starting here, or 0 */
    uint8_t *dem_len;  /* per token: tokens of that demonym */
    uint32_t *dems;    /* the tokens where dem_cc is set, in text order (the passes after
                          pass 1 visit them without reading every token) */
    size_t ndems, capdems;
    vg_ent_rawvec actors, places, patterns; /* lexicon hits by kind */
    uint8_t *docalias; /* per actor row: named in the document by an unrestricted alias */
    uint32_t *parens;  /* tokens of one-word capital acronyms in parentheses ("(SSP)"),
                          the first VG_MAX_PARENS */
    size_t nparens;
    uint32_t *dem_first; /* per country (geo.h index): 1 + token of its first demonym, or 0 */
    vg_ent_cand *c;    /* candidates */
    size_t nc, capc;
    vg_geo_ev geo;
    char main_cc[3];   /* the document's main country, or "" */
    size_t lim_sent;   /* sentences looked at: all, unless VG_MAX_RAW was reached */
    size_t lim_tok;    /* their tokens */
    int full;          /* VG_MAX_CANDS reached */
    struct {
        const char *organ; /* actor kind: police, military ... */
        char cc[3];
    } organs[16];      /* the last named organ of each kind, in text order (build) */
    size_t norgans;
    struct {
        int32_t pat, actor; /* pat -1: empty */
        char cc[3];
    } defcache[32];    /* vg_ent_pattern_actor results */
} vg_ent_work;

static inline const vg_token *vg_ent_tok(const vg_ent_work *w, size_t i)
{
    return &w->doc->toks[i];
}

static inline const vg_sent *vg_ent_sent(const vg_ent_work *w, size_t tok)
{
    return &w->doc->sents[w->tsent[tok]];
}

static inline int vg_ent_caseless(const vg_ent_work *w, size_t tok)
{
    return (w->tw[tok] & VG_TW_CASELESS) != 0;
}

/* The code for a failed allocation: VIGIL_OK past VG_MAX_CANDS (the
 * stage goes on with what it has), VIGIL_ELIMIT at the arena's cap, else
 * VIGIL_ENOMEM. */
int vg_ent_fail(const vg_ent_work *w);

/* entity.c: token and text tests shared by the stage's files. */
/* Tokens from i (before lim) the folded phrase p ("front page") covers, or 0. */
size_t vg_ent_phrase_at(const vg_ent_work *w, size_t i, size_t lim, const char *p);
/* Tokens the first of words[0..n) matching at i covers, or 0. */
size_t vg_ent_words_at(const vg_ent_work *w, size_t i, size_t lim, const char *const *words, size_t n);
/* 1 when one of words ends right before token i (not before token from). */
int vg_ent_words_before(const vg_ent_work *w, size_t from, size_t i, const char *const *words, size_t n);
/* 1 when token t's folded form is one of the NULL-terminated words. */
int vg_ent_tok_in(const vg_token *t, const char *const *words);
/* Compass adjectives before a place: "northern", "south-eastern" (entity.c). */
extern vg_wordlist vg_ent_compass_words;
/* Compass points, as in "north of Baghdad": "north", "south-west" (entity.c). */
extern vg_wordlist vg_ent_compass_points;
/* An attacker's own acts ("detonated", "stabbed", "rammed"), names.c. */
extern vg_wordlist vg_ent_hand_deeds;
/* Every word of tokens [a,b) is in lower case / in capitals. */
int vg_ent_span_lower(const vg_ent_work *w, size_t a, size_t b);
int vg_ent_span_allcap(const vg_ent_work *w, size_t a, size_t b);
/* text[start,stop) equals s, white space ignored; contains s. */
int vg_ent_text_equals(const char *text, uint32_t start, uint32_t stop, const char *s);
int vg_ent_text_contains(const char *text, uint32_t start, uint32_t stop, const char *s);
/* The country code of a demonym ending right before token i, or NULL;
 * *dstart gets its first token. */
const char *vg_ent_demonym_before(const vg_ent_work *w, size_t from, size_t i, size_t *dstart);
/* The next run [*a,*b) of raw hits over the same span; 0 at the end. */
int vg_ent_next_group(const vg_ent_rawvec *rv, size_t *a, size_t *b);
/* A place name written as a place in mixed-case text ("San Salvador"). */
int vg_ent_place_case_ok(const vg_ent_work *w, const vg_ent_raw *r);
/* First raw hit starting at or after token tok. */
size_t vg_ent_raw_from(const vg_ent_rawvec *rv, size_t tok);

/* licence.c: case, actor_stop.tsv rows and licences. */
enum {
    VG_SC_ALIAS = 1 << VG_STOP_ALIAS,
    VG_SC_ACTOR = 1 << VG_STOP_ACTOR,
    VG_SC_PLACE = 1 << VG_STOP_PLACE,
    VG_SC_PERSON = 1 << VG_STOP_PERSON,
    VG_SC_ANY = 1 << VG_STOP_ANY
};
/* The actor_stop.tsv row for exactly tokens [i, i+n) in one of scopes
 * (VG_SC_*), the one whose case fits the text best; NULL when none. */
const vg_stop *vg_ent_stop_row(const vg_ent_work *w, size_t i, size_t n, unsigned scopes);
/* One of the row's licences holds for tokens [tok,end) (actor: the row it
 * would name, or -1; weak_ok: doc_alias and country count). */
int vg_ent_row_licensed(const vg_ent_work *w, const vg_stop *row, size_t tok, size_t end,
                        int32_t actor, int weak_ok);
/* Whether an actor alias hit names its actor here (case, stop rows,
 * licences, "MIT researchers", "in Ankara"). */
int vg_ent_actor_ok(const vg_ent_work *w, const vg_ent_raw *r);
/* Whether the demonym of n tokens at i is one here ("US" in "TOLD US" is
 * not). */
int vg_ent_demonym_ok(const vg_ent_work *w, size_t i, size_t n);
/* Whether a place name is a place here; r is the first of its nrec raw
 * hits (one per gazetteer record), last the end token of the place the
 * caller accepted last (0: none). */
int vg_ent_place_ok(const vg_ent_work *w, const vg_ent_raw *r, size_t nrec, size_t last);

/* candidate.c: candidates from the lexicon hits. */
int vg_ent_place_cands(vg_ent_work *w);
int vg_ent_actor_cands(vg_ent_work *w);
int vg_ent_pattern_cands(vg_ent_work *w);
int vg_ent_noun_cands(vg_ent_work *w);
/* The government row pattern pat resolves to in country cc (default=HEAD,
 * or the government for sources and officials), or -1. */
int32_t vg_ent_pattern_actor(const vg_ent_work *w, uint32_t pat, const char *cc);
/* The country around candidate c (a demonym or place just before it, or
 * right after "in"/"of"): 1 with cc set; else 0 with cc the document's
 * main country. */
int vg_ent_context_cc(const vg_ent_work *w, const vg_ent_cand *c, char cc[3]);
/* Records a named government organ of kind organ and country cc seen in
 * text order ("Lebanese army"), for the generic ones after it. */
void vg_ent_organ_seen(vg_ent_work *w, const char *organ, const char *cc);
/* The country of an organ: its sentence, a digest's section, the organ of
 * its kind named before, its paragraph, the document (cc "" when none). */
void vg_ent_organ_cc(const vg_ent_work *w, const vg_ent_cand *c, const char *organ, char cc[3]);
/* Gives a generic organ or bare pattern candidate (ctxcc) its country
 * and, when the country has one, its named row (c becomes VG_EC_ACTOR). */
void vg_ent_settle_organ(vg_ent_work *w, vg_ent_cand *c);
/* "in Raqqa", "San Miguel department": a place cue around [tok,end). */
int vg_ent_place_cue(const vg_ent_work *w, size_t tok, size_t end);

/* FNV-1a over the folded forms of tokens [tok,end), joined by spaces,
 * seeded with h (use VG_HASH_SEED). */
#define VG_HASH_SEED 1469598103934665603ULL
uint64_t vg_ent_hash(const vg_ent_work *w, size_t tok, size_t end, uint64_t h);

/* The text bytes [start,stop) with each run of white space made one
 * space, in the arena; NULL on out of memory. */
const char *vg_ent_text(vg_ent_work *w, uint32_t start, uint32_t stop);

/* Marks candidate ci kept and covering its tokens in w->sel, unkeeping any
 * kept candidate it overlaps. */
void vg_ent_keep(vg_ent_work *w, size_t ci);
/* Candidate c is no entity after all; its tokens are free again. */
void vg_ent_drop(vg_ent_work *w, vg_ent_cand *c);

/* Appends a zeroed candidate (actor and place -1, pat -1) for tokens
 * [tok,end); NULL on out of memory or past VG_MAX_CANDS (then w->full is
 * set: return vg_ent_fail(w)). w->c may move. */
vg_ent_cand *vg_ent_add(vg_ent_work *w, uint32_t tok, uint32_t end);

/* names.c: classes of common words (folded forms): its word table, looked
 * up once per token into vg_ent_work.wc. */
enum {
    VG_WC_COMMON = 1 << 0,    /* function word or frequent common word */
    VG_WC_TITLE = 1 << 1,     /* "president", "gen.", "mr.", "emir": before a name */
    VG_WC_ROLE = 1 << 2,      /* "spokesman", "leader", "emir": said of a person */
    VG_WC_SPEECH = 1 << 3,    /* "said", "told" */
    VG_WC_MONTH = 1 << 4,     /* months and weekdays */
    VG_WC_PARTICLE = 1 << 5,  /* "de", "la", "al", "bin": inside names */
    VG_WC_PLACE_CUE = 1 << 6, /* "in", "near", "from": a place follows */
    VG_WC_FACILITY = 1 << 7,  /* "airport", "hotel", "mosque" */
    VG_WC_FAC_LOWER = 1 << 8, /* facility words that follow a place in lower case: "Istanbul airport" */
    VG_WC_ORG_GOV = 1 << 9,   /* last word of a government body: "ministry" */
    VG_WC_ORG_ARMED = 1 << 10, /* of an armed group: "front", "brigades" */
    VG_WC_ORG = 1 << 11,      /* of an organization: "university", "bank" */
    VG_WC_REGION = 1 << 12,   /* after a region: "department", "province" */
    VG_WC_CITY = 1 << 13,     /* after a city: "city", "town" */
    VG_WC_DONE = 1 << 15      /* vg_ent_work.wc: looked up */
};
#define VG_WC_ORG_ANY (VG_WC_ORG_GOV | VG_WC_ORG_ARMED | VG_WC_ORG)

/* The VG_WC_* classes of a folded word (0 when none). */
unsigned vg_names_class(const char *norm);
/* For tests: 0 when the word table is sorted, else 1 + the first index
 * out of order. */
size_t vg_names_check(void);

/* Hashes the word table once per process; vg_entity_run calls it once a
 * document so that vg_names_token_class, asked some 140 times a document,
 * pays no pthread_once. */
void vg_names_prepare(void);
/* The classes of token tok's word, looked up on first use. */
unsigned vg_names_token_class(const vg_ent_work *w, size_t tok);

static inline unsigned vg_ent_wc(const vg_ent_work *w, size_t tok)
{
    unsigned c = w->wc[tok];
    return (c & VG_WC_DONE) ? c : vg_names_token_class(w, tok);
}

/* The kind of place the word after (or "X of") a place name asks for. */
static inline vg_geo_want vg_ent_place_head(const vg_ent_work *w, size_t tok)
{
    unsigned c = vg_ent_wc(w, tok);
    return (c & VG_WC_REGION) ? VG_GEO_REGION : (c & VG_WC_CITY) ? VG_GEO_CITY : VG_GEO_ANY;
}

/* Adds candidates found from context in the gaps the lexicon left:
 * facilities ("Istanbul Airport"), organizations by head word, people by
 * titles, roles and verbs of saying, and later surname mentions of the
 * people found. Returns VIGIL_OK or the code of vg_ent_fail. */
int vg_names_run(vg_ent_work *w);

#endif
