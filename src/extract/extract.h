/* extract.h: the extraction stage's results, in the document's arena, and
 * its entry point. Filled in order by the stage files: scan.c (dates,
 * quantities, lexicon hits), entity.c (entities and mentions, geocoded),
 * claim.c (attributed statements), incident.c, threat.c. Every value keeps
 * the span it came from; indices refer to the arrays below. */
#ifndef VG_EXTRACT_H
#define VG_EXTRACT_H
#include <stddef.h>
#include <stdint.h>

#include "extract/lexicon.h"
#include "text/doc.h"

/* Incident types of the record (schema "incident.type"). */
typedef enum vg_inc_type {
    VG_INC_BOMBING = 0, VG_INC_ARMED_ASSAULT, VG_INC_ASSASSINATION, VG_INC_KIDNAPPING,
    VG_INC_HIJACKING, VG_INC_ARSON, VG_INC_ATTACK, VG_INC_SECURITY_OPERATION,
    VG_INC_NTYPES
} vg_inc_type;

/* MUC-4 incident types (--format muc4). */
typedef enum vg_muc_type {
    VG_MUC_NONE = 0, VG_MUC_ATTACK, VG_MUC_BOMBING, VG_MUC_KIDNAPPING, VG_MUC_ARSON,
    VG_MUC_ROBBERY, VG_MUC_FORCED_WORK_STOPPAGE
} vg_muc_type;

/* Case of the text: mixed, or caseless (all capitals, all lower case). */
typedef enum vg_casemode { VG_CASE_MIXED = 0, VG_CASE_UPPER, VG_CASE_LOWER } vg_casemode;

typedef struct vg_span {
    uint32_t start, end; /* bytes, end exclusive */
} vg_span;

typedef struct vg_mention {
    uint32_t start, end;         /* bytes */
    uint32_t tok_start, tok_end; /* tokens, end exclusive */
    uint32_t entity;             /* index into ex->ents */
    uint32_t sent;               /* sentence index */
} vg_mention;

typedef struct vg_entity {
    uint8_t type;          /* vg_ent_type */
    const char *name;      /* canonical name */
    char cc[3];            /* ISO 3166-1 alpha-2 or "" */
    int32_t actor;         /* lexicon actor record, or -1 */
    int32_t place;         /* gazetteer record, or -1 */
    const char *organ;     /* government: police, military, agency ... or NULL */
    uint32_t *mentions;    /* indices into ex->mentions, in text order */
    uint32_t nmentions, capmentions;
    uint32_t first_tok;    /* token of the first mention */
} vg_entity;

typedef struct vg_incident {
    uint8_t type;           /* vg_inc_type */
    uint8_t muc_type;       /* vg_muc_type */
    int has_date;
    vg_timeref date;
    int32_t place;          /* entity index or -1 */
    int32_t *groups;        /* entity indices (armed groups / organs that did it) */
    uint32_t ngroups;
    vg_span *perps, *targets, *victims, *weapons; /* as written */
    uint32_t nperps, ntargets, nvictims, nweapons;
    int32_t killed, injured; /* -1: not stated */
    uint8_t vague;          /* bit 0: killed, bit 1: injured is a vague plural's ("dozens") */
    uint8_t arms;           /* 1: a firearm or a blade is among its weapons */
    int32_t claim;          /* claim index or -1 */
    vg_span *evidence;      /* sentences or clauses it rests on */
    uint32_t nevidence;
    uint32_t trigger_tok;   /* token of the first trigger */
    const char *local;      /* its id in the record when it was read so ("i3" in a STIX
                             * bundle), else NULL: "i<position>" */
} vg_incident;

typedef struct vg_threat {
    int32_t actor;           /* entity index or -1 */
    vg_quant *capability;    /* numbers that size the actor */
    uint32_t ncapability;
    const char **target_types; /* normalized kinds */
    uint32_t ntarget_types;
    vg_span *targets;        /* as written */
    uint32_t ntargets;
    int32_t *places;         /* entity indices */
    uint32_t nplaces;
    int has_window;
    vg_timeref window;
    int8_t likelihood;       /* vg_band, or -1 */
    int8_t formal;           /* the first likelihood said in ICD 203 words ("very
                                unlikely"): the judgement it is, vg_band or -1 */
    int32_t claim;           /* claim index or -1 */
    vg_span *evidence;
    uint32_t nevidence;
    const char *local;       /* as vg_incident.local */
} vg_threat;

typedef enum vg_chain_role { VG_ROLE_AUTHOR = 0, VG_ROLE_PUBLISHER, VG_ROLE_SOURCE, VG_ROLE_HOLDER } vg_chain_role;

typedef struct vg_chain_link {
    uint8_t role;       /* vg_chain_role */
    const char *name;   /* as written or canonical */
    int32_t entity;     /* entity index or -1 */
} vg_chain_link;

typedef struct vg_claim {
    uint32_t start, end;     /* the statement's sentence or clause, bytes */
    uint32_t sent;           /* sentence index */
    int32_t holder;          /* entity index, or -1 (the author's own voice) */
    vg_span holder_text;     /* the holder as written; start == end when none */
    vg_chain_link *chain;    /* outermost first */
    uint32_t nchain;
    const char *cue;         /* lemma, or NULL */
    uint8_t negative;        /* polarity */
    uint8_t certainty;       /* vg_certainty */
    uint8_t cue_negated;     /* a negator on the cue: "have not found any evidence that" */
    uint8_t base_certainty;  /* the certainty before the statement's own hedges */
    int32_t *about;          /* entity indices */
    uint32_t nabout;
    uint32_t *quants;        /* indices into ex->quants */
    uint32_t nquants;
    uint32_t *times;         /* indices into ex->times */
    uint32_t ntimes;
    const char *local;       /* as vg_incident.local */
} vg_claim;

/* The lexicon hits of every token, computed once (scan.c) for all stages:
 * the hits starting at token i are hits[hit_at[i] .. hit_at[i + 1]). */
typedef struct vg_extract {
    const vg_lex *lex;       /* the knowledge it was made with (read-only) */
    /* the places of a document read with its facts (a STIX bundle):
     * vg_entity.place indexes these instead of the gazetteer of lex */
    const vg_place *own_places;
    size_t nown_places;
    uint8_t limited;         /* VG_MAX_* limits reached (1 claims, 2 incidents, 4 threats) */
    uint8_t casemode;        /* vg_casemode */
    vg_date anchor;          /* what dates resolve against: the publication
                                date, else one the text gives (scan.c) */
    int32_t dateline_place;  /* entity of the dateline's place ("KABUL, Sept 6 -"), or -1
                                (incident.c, before threats are read) */
    size_t dateline_end;     /* first token after the dateline, or 0 */
    vg_lex_hit *hits;
    uint32_t *hit_at;        /* ntoks + 1 offsets */
    uint16_t *hit_kinds;     /* per token, bit k set when a hit of kind k starts there */
    /* vg_extract_table_row's answers, by the span's first token: 1 + the
     * span's end token and 1 + the answer; 0 not asked yet. Incidents and
     * threats ask of the same sentences and clauses. */
    uint32_t *row_end;
    uint8_t *row_kind;
    size_t nhits;
    vg_timeref *times;       /* every date expression, in text order */
    size_t ntimes;
    vg_quant *quants;        /* every quantity, in text order */
    size_t nquants;
    vg_entity *ents;
    size_t nents, capents;
    vg_mention *mentions;    /* in text order once entity.c is done */
    size_t nmentions, capmentions;
    /* ntoks + 1 entries: vg_extract_first_mention's answer for each token,
     * made by vg_extract_index_mentions; NULL when not made. It answers
     * only while nmentions is still mention_at_n. */
    uint32_t *mention_at;
    size_t mention_at_n;
    vg_claim *claims;
    size_t nclaims, capclaims;
    vg_incident *incs;
    size_t nincs, capincs;
    vg_threat *threats;
    size_t nthreats, capthreats;
    struct vg_muc_result *muc; /* MUC-4 templates (muc.c), when asked for */
} vg_extract;

/* The place record rec of entity places (vg_entity.place): the
 * document's own places when it has them, else the gazetteer's; NULL for
 * -1 or out of range. */
const vg_place *vg_extract_place(const vg_extract *ex, int32_t rec);

/* Whether the phrase ending before token k (sentence end at end) holds a
 * statement: an attribution cue follows, perhaps after "are"/"is"
 * ("hospital officials said", "officials are concerned"; not a passive
 * judgement, "attacks in Diyala are assessed as unlikely"). Such a phrase
 * is a source, not a target or victim. */
int vg_extract_holds_statement(const vg_doc *doc, size_t k, size_t end);

/* Whether tokens k, k + 1 (before end) are "to" and a verb of showing: "the
 * clip appears to show a drone hitting the depot" tells an event a record
 * shows, not one ahead. */
int vg_extract_to_show(const vg_doc *doc, size_t k, size_t end);
/* Whether the verb at token k (end: its sentence's end) places what comes
 * before it in time: "follows the bombing", "came after a bomb exploded",
 * "comes days after"; not "came on Tuesday from the US embassy that ..."
 * (where a statement came from), nor "followed by". Claims use it for a
 * noun cue named by when it came, incidents for the event it came after. */
int vg_extract_sequence_after(const vg_doc *doc, size_t k, size_t end);

/* The hits starting at token i; *n gets their count (NULL when 0). */
const vg_lex_hit *vg_extract_hits(const vg_doc *doc, size_t i, size_t *n);
/* The first hit of kind at token i, or NULL. Inline, because the stages
 * ask it of most tokens and most have no hit of the kind asked: the
 * per-token kind bits turn those away without a call. Always (as the
 * token tests, tok.h): left to itself the compiler made out-of-line
 * copies that some loops over every token of a sentence called. */
const vg_lex_hit *vg_extract_hit_at(const vg_doc *doc, size_t i, int kind);
VG_TOK_INLINE const vg_lex_hit *vg_extract_hit(const vg_doc *doc, size_t i, int kind)
{
    const vg_extract *ex = doc->ex;
    if (!ex || !ex->hit_kinds || i >= doc->ntoks || !(ex->hit_kinds[i] & (1u << (kind & 15))))
        return NULL;
    return vg_extract_hit_at(doc, i, kind);
}
/* Index of the first mention starting at or after token tok (mentions are
 * in text order); ex->nmentions when none. */
size_t vg_extract_first_mention(const vg_doc *doc, size_t tok);
/* Makes ex->mention_at once the mentions are final (entity.c), so that
 * vg_extract_first_mention, asked some 400 times a document by the later
 * stages, is a load instead of a binary search. Leaves it NULL when the
 * mentions are not in token order or there is no memory. */
void vg_extract_index_mentions(vg_doc *doc);
/* Index of the first quantity / time / claim starting at or after byte
 * offset (or sentence) in text order; the array's count when none. */
size_t vg_extract_first_quant(const vg_doc *doc, uint32_t byte);
size_t vg_extract_first_time(const vg_doc *doc, uint32_t byte);
/* 1 when token tok lies inside a time expression ("24 May 1990"). */
int vg_extract_in_time(const vg_doc *doc, size_t tok);
size_t vg_extract_first_claim(const vg_doc *doc, uint32_t sent);
/* 1 when bytes [a, b) lie in the holder as written of a claim of sentence
 * sent ("According to the ministry", "Two district officials in Kech"). */
int vg_extract_in_holder(const vg_doc *doc, uint32_t sent, uint32_t a, uint32_t b);
/* 1 when spans a and b hold the same bytes, ASCII letters folded ("fuel
 * convoy" told twice, "Churches" and "churches"). */
int vg_extract_same_words(const vg_doc *doc, vg_span a, vg_span b);

/* After a hedge ending before token e in sentence s, the guess is about a
 * past act ("was probably carried out by", "is likely behind it", "was
 * probably the work of", "is likely to have been"), not a forecast. A
 * closing quote after the hedge is passed over. */
int vg_extract_past_guess(const vg_doc *doc, const vg_sent *s, size_t e);
/* Whether tokens [a, b), between a hedge and an attack word, hold a verb
 * in the past that tells the act happened ("Police suspect ISKP carried
 * out the attack", "believe al-Shabaab was behind the bombing"): not one
 * of intent ("planned to attack" is still ahead), nor a participle used
 * as an adjective ("the armed group") or with its agent ("possibly
 * followed by bombings"). */
int vg_extract_done_between(const vg_doc *doc, size_t a, size_t b);
/* Whether the event noun at tokens [k, e) of sentence s is the definite
 * subject of a clause told in the past, its verb the first "was" or
 * "were" after it before any modal, other verb or clause mark, with a
 * participle of a deed done ("It is conceivable that the bombing in
 * Quetta on Friday was carried out by the BLA", "the attack in Kunduz was
 * ordered from abroad"): a guess at who did a deed done, not a forecast
 * ("It is possible that the attack will be repeated", "was foiled", "was
 * never carried out", "was to be staged", "If the attack had
 * succeeded"). */
int vg_extract_past_subject(const vg_doc *doc, const vg_sent *s, size_t k, size_t e);
/* Whether a word of words stands among tokens [a, b). */
int vg_extract_words_in(const vg_doc *doc, size_t a, size_t b, vg_wordlist *words);
/* Whether sentence s is a row of a plain-text table (two or more "|"
 * cells): 2 when it rates a likelihood ("Germany | Vehicle-ramming attack
 * on a Christmas market | realistic possibility | November–December
 * 2025"), a forecast whose attack words are threats, not incidents; 1 for
 * another row (a header: "Country | Threat | Likelihood"); 0 for none. */
enum { VG_ROW_NONE = 0, VG_ROW_PLAIN, VG_ROW_FORECAST };
int vg_extract_table_row(const vg_doc *doc, const vg_sent *s);
/* Whether sentence s is a wire's credit line: "(Reporting by Jibran Ahmad
 * in Peshawar; Writing by Saad Sayeed; Editing by Hugh Lawson)". */
int vg_extract_credit_line(const vg_doc *doc, const vg_sent *s);

/* Makes room for one more element (elem bytes) after the n of the arena
 * array *arr of capacity *cap, doubling it when full. Returns VIGIL_OK,
 * VIGIL_ENOMEM or VIGIL_ELIMIT. */
int vg_extract_grow(vg_doc *doc, void **arr, size_t n, size_t *cap, size_t elem);

/* Appends *elem (size bytes) to the arena array (*arr, *n), growing it by
 * one. Returns VIGIL_OK, VIGIL_ENOMEM or VIGIL_ELIMIT. */
int vg_extract_push(vg_doc *doc, void **arr, uint32_t *n, const void *elem, size_t size);

/* Limits per document: past them, the stage stops adding and a diagnostic
 * says so. */
#define VG_MAX_CLAIMS 4096
#define VG_MAX_INCIDENTS 1024
#define VG_MAX_THREATS 1024

/* The entity index of the mention covering token tok, or -1. */
int32_t vg_extract_entity_at(const vg_doc *doc, size_t tok);
/* Index of the sentence holding token i (binary search). */
size_t vg_extract_sent_of(const vg_doc *doc, size_t tok);
/* The "(" that the ")" at token close closes, at most reach tokens back
 * and not before token floor; SIZE_MAX when there is none. */
size_t vg_extract_paren_open(const vg_doc *doc, size_t close, size_t floor, size_t reach);

/* Runs the extraction stages on doc (after tokens and sentences), filling
 * doc->ex. Returns VIGIL_OK, or VIGIL_ENOMEM / VIGIL_ELIMIT (then doc->ex
 * holds what was made and a diagnostic says where it stopped). */
int vg_extract_run(const vg_lex *lx, vg_doc *doc);

const char *vg_inc_type_name(int type);
const char *vg_muc_type_name(int type);
const char *vg_ent_type_name(int type);
const char *vg_band_name(int band);
const char *vg_certainty_name(int c);
const char *vg_role_name(int role); /* vg_chain_role: "author" .. "holder" */
/* The k in [0, n) whose name(k) is s, or -1 (reading those names back). */
int vg_name_index(const char *s, const char *(*name)(int), int n);

#endif
