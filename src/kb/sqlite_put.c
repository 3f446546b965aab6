/* sqlite_put.c: knowledge base, SQLite backend: storing one analysed
 * document and merging it with what the base holds, inside the caller's
 * transaction.
 *
 * Steps (the keys are policy.c's):
 *   1. skip the document when its id or its text's sha256 is stored;
 *   2. entities: one row per merge key, the document's names as aliases,
 *      every mention with its span;
 *   3. claims with chain, about-entities and quantities; a claim whose
 *      folded text is already stored takes that claim's source key
 *      (syndicated copy is not a second source);
 *   4. incidents: a report joins the incident of the same place whose type
 *      agrees ("attack" agrees with any), whose date is within
 *      VG_KB_SAME_EVENT_DAYS and whose perpetrator groups do not differ;
 *      else it starts one. Killed/injured figures that differ between
 *      reports flag a conflict naming each figure and its publisher;
 *   5. threats with their places;
 *   6. clusters: an incident's claims cluster by incident, a threat's by
 *      actor and places, others by the entities they are about; the
 *      cluster's independent sources are its distinct source keys, and
 *      opposite polarities or different figures for the same unit flag a
 *      conflict. */
#include <limits.h>
#include <nettle/sha2.h>
#include <stdlib.h>
#include <string.h>

#include "export/export.h"
#include "extract/extract.h"
#include "kb/sqlite.h"
#include "util/alloc.h"
#include "util/error.h"

#define VG_KB_SAME_EVENT_DAYS 2

typedef struct put_ctx {
    vg_sq *s;
    const vg_doc *doc;
    vigil_error *err;
    sqlite3_int64 docid;
    sqlite3_int64 *ent;    /* entity rowid per document entity */
    sqlite3_int64 *claim;  /* claim rowid per document claim */
    sqlite3_int64 *inc;    /* merged incident rowid per document incident */
    sqlite3_int64 *touched; /* clusters the document added to */
    unsigned char *checked; /* ... whose conflicts are checked */
    size_t ntouched, captouched;
    vg_buf a, b;           /* scratch */
} put_ctx;

static int fail(put_ctx *c, const char *what) { return vg_sq_fail(c->s, c->err, what); }

static int oom(put_ctx *c)
{
    return vg_error_set(c->err, VIGIL_ENOMEM, "kb", c->doc->id, -1, "out of memory");
}

static int bind_id(sqlite3_stmt *st, int col, sqlite3_int64 id)
{
    return id > 0 ? sqlite3_bind_int64(st, col, id) : sqlite3_bind_null(st, col);
}

static sqlite3_int64 ent_id(const put_ctx *c, int32_t e)
{
    return e >= 0 && (size_t)e < c->doc->ex->nents ? c->ent[e] : 0;
}

static int step_done(put_ctx *c, sqlite3_stmt *st, const char *what)
{
    return st && sqlite3_step(st) == SQLITE_DONE ? VIGIL_OK : fail(c, what);
}

static void date_text(vg_date d, char buf[16])
{
    if (!vg_date_format(d, buf, 16))
        buf[0] = '\0';
}

/* ---- 1. the document ---- */

static void text_hash(const vg_doc *doc, char hex[65])
{
    struct sha256_ctx h;
    uint8_t digest[SHA256_DIGEST_SIZE];
    sha256_init(&h);
    sha256_update(&h, doc->len, (const uint8_t *)doc->text);
    sha256_digest(&h, sizeof digest, digest);
    for (size_t i = 0; i < sizeof digest; i++)
        snprintf(hex + 2 * i, 3, "%02x", digest[i]);
}

static int put_document(put_ctx *c, int *stored)
{
    const vg_doc *doc = c->doc;
    char hash[65];
    text_hash(doc, hash);
    const char *id = doc->id ? doc->id : hash;
    sqlite3_stmt *st = vg_sq_stmt_get(c->s, SQ_DOC_BY_ID_OR_HASH, c->err);
    if (!st || vg_sq_bind_str(st, 1, id) || vg_sq_bind_str(st, 2, hash))
        return fail(c, "cannot look the document up");
    int step = sqlite3_step(st);
    if (step == SQLITE_ROW) {
        *stored = 0;
        return VIGIL_OK;
    }
    if (step != SQLITE_DONE)
        return fail(c, "cannot look the document up");
    sqlite3_int64 pub = 0;
    int rc = doc->publisher ? vg_sq_source_id(c->s, doc->publisher, &pub, c->err) : VIGIL_OK;
    if (rc != VIGIL_OK)
        return rc;
    char date[16];
    date_text(doc->published, date);
    st = vg_sq_stmt_get(c->s, SQ_DOC_INSERT, c->err);
    if (!st || vg_sq_bind_str(st, 1, id) || vg_sq_bind_str(st, 2, hash) ||
        vg_sq_bind_str(st, 3, doc->title) || vg_sq_bind_str(st, 4, doc->author) ||
        bind_id(st, 5, pub) || vg_sq_bind_str(st, 6, doc->url) ||
        vg_sq_bind_str(st, 7, date[0] ? date : NULL) || vg_sq_bind_str(st, 8, doc->lang) ||
        vg_sq_bind_str(st, 9, doc->source) || vg_sq_bind_text(st, 10, doc->text, doc->len) ||
        sqlite3_step(st) != SQLITE_DONE)
        return fail(c, "cannot store the document");
    c->docid = sqlite3_last_insert_rowid(c->s->db);
    st = vg_sq_stmt_get(c->s, SQ_FTS_DOC_INSERT, c->err);
    if (!st || sqlite3_bind_int64(st, 1, c->docid) || vg_sq_bind_str(st, 2, doc->title) ||
        vg_sq_bind_text(st, 3, doc->text, doc->len))
        return fail(c, "cannot index the document");
    *stored = 1;
    return step_done(c, st, "cannot index the document");
}

/* ---- 2. entities ---- */

static int add_alias(put_ctx *c, sqlite3_int64 ent, const char *s, size_t n)
{
    int rc = vg_kb_fold_name(s, n, &c->b);
    if (rc != VIGIL_OK)
        return oom(c);
    if (c->b.len == 0)
        return VIGIL_OK;
    sqlite3_stmt *st = vg_sq_stmt_get(c->s, SQ_ALIAS_INSERT, c->err);
    if (!st || sqlite3_bind_int64(st, 1, ent) || vg_sq_bind_text(st, 2, c->b.data, c->b.len) ||
        vg_sq_bind_text(st, 3, s, n))
        return fail(c, "cannot store an alias");
    return step_done(c, st, "cannot store an alias");
}

static int put_entity(put_ctx *c, size_t e)
{
    const vg_extract *ex = c->doc->ex;
    const vg_entity *en = &ex->ents[e];
    if (vg_kb_entity_key(c->doc, e, &c->a) != VIGIL_OK)
        return oom(c);
    sqlite3_stmt *st = vg_sq_stmt_get(c->s, SQ_ENTITY_GET, c->err);
    if (!st || vg_sq_bind_text(st, 1, c->a.data, c->a.len))
        return fail(c, "cannot look an entity up");
    int step = sqlite3_step(st);
    if (step == SQLITE_ROW) {
        c->ent[e] = sqlite3_column_int64(st, 0);
    } else if (step == SQLITE_DONE) {
        const vg_place *pl = vg_extract_place(ex, en->place);
        static const char *const kinds[] = {"country", "region", "city"};
        st = vg_sq_stmt_get(c->s, SQ_ENTITY_INSERT, c->err);
        if (!st || vg_sq_bind_text(st, 1, c->a.data, c->a.len) ||
            vg_sq_bind_str(st, 2, vg_ent_type_name(en->type)) || vg_sq_bind_str(st, 3, en->name) ||
            vg_sq_bind_text(st, 4, en->cc[0] ? en->cc : NULL, 2))
            return fail(c, "cannot store an entity");
        if (pl && (sqlite3_bind_double(st, 5, pl->lat) || sqlite3_bind_double(st, 6, pl->lon) ||
                   vg_sq_bind_str(st, 7, en->type == VG_ENT_FACILITY ? "site" : kinds[pl->kind % 3]) ||
                   (pl->geonameid >= 0 && sqlite3_bind_int64(st, 8, pl->geonameid))))
            return fail(c, "cannot store an entity");
        if (vg_sq_bind_str(st, 9, en->organ) || sqlite3_step(st) != SQLITE_DONE)
            return fail(c, "cannot store an entity");
        c->ent[e] = sqlite3_last_insert_rowid(c->s->db);
    } else {
        return fail(c, "cannot look an entity up");
    }
    int rc = add_alias(c, c->ent[e], en->name, strlen(en->name));
    for (uint32_t k = 0; k < en->nmentions && rc == VIGIL_OK; k++) {
        const vg_mention *m = &ex->mentions[en->mentions[k]];
        rc = add_alias(c, c->ent[e], c->doc->text + m->start, m->end - m->start);
        st = rc == VIGIL_OK ? vg_sq_stmt_get(c->s, SQ_MENTION_INSERT, c->err) : NULL;
        if (rc == VIGIL_OK && (!st || sqlite3_bind_int64(st, 1, c->docid) ||
                               sqlite3_bind_int64(st, 2, c->ent[e]) ||
                               sqlite3_bind_int64(st, 3, m->start) || sqlite3_bind_int64(st, 4, m->end)))
            return fail(c, "cannot store a mention");
        if (rc == VIGIL_OK)
            rc = step_done(c, st, "cannot store a mention");
    }
    return rc;
}

/* ---- 3. claims ---- */

static int put_chain(put_ctx *c, sqlite3_int64 claim, const vg_claim *cl)
{
    static const char *const roles[] = {"author", "publisher", "source", "holder"};
    for (uint32_t k = 0; k < cl->nchain; k++) {
        const vg_chain_link *l = &cl->chain[k];
        /* the author link names the document's author when it has one */
        const char *name = l->role == VG_ROLE_AUTHOR ? c->doc->author : l->name;
        sqlite3_int64 src = 0;
        int rc = name ? vg_sq_source_id(c->s, name, &src, c->err) : VIGIL_OK;
        if (rc != VIGIL_OK)
            return rc;
        sqlite3_stmt *st = vg_sq_stmt_get(c->s, SQ_CHAIN_INSERT, c->err);
        if (!st || sqlite3_bind_int64(st, 1, claim) || sqlite3_bind_int(st, 2, (int)k) ||
            vg_sq_bind_str(st, 3, roles[l->role & 3]) || vg_sq_bind_str(st, 4, name ? name : l->name) ||
            bind_id(st, 5, ent_id(c, l->entity)) || bind_id(st, 6, src))
            return fail(c, "cannot store a chain link");
        if ((rc = step_done(c, st, "cannot store a chain link")) != VIGIL_OK)
            return rc;
    }
    return VIGIL_OK;
}

static int put_claim(put_ctx *c, size_t i)
{
    const vg_doc *doc = c->doc;
    const vg_extract *ex = doc->ex;
    const vg_claim *cl = &ex->claims[i];
    char local[24];
    if (cl->local)
        snprintf(local, sizeof local, "%s", cl->local);
    else
        snprintf(local, sizeof local, "c%zu", i + 1);
    if (vg_kb_source_key(doc, i, &c->a) != VIGIL_OK ||
        vg_kb_fold_name(doc->text + cl->start, cl->end - cl->start, &c->b) != VIGIL_OK)
        return oom(c);
    const char *htext = cl->holder_text.end > cl->holder_text.start ? doc->text + cl->holder_text.start : NULL;
    sqlite3_stmt *st = vg_sq_stmt_get(c->s, SQ_CLAIM_INSERT, c->err);
    if (!st || sqlite3_bind_int64(st, 1, c->docid) || vg_sq_bind_str(st, 2, local) ||
        sqlite3_bind_int64(st, 3, cl->start) || sqlite3_bind_int64(st, 4, cl->end) ||
        vg_sq_bind_text(st, 5, doc->text + cl->start, cl->end - cl->start) ||
        bind_id(st, 6, ent_id(c, cl->holder)) ||
        vg_sq_bind_text(st, 7, htext, cl->holder_text.end - cl->holder_text.start) ||
        vg_sq_bind_str(st, 8, cl->cue) || vg_sq_bind_str(st, 9, cl->negative ? "negative" : "positive") ||
        vg_sq_bind_str(st, 10, vg_certainty_name(cl->certainty)) ||
        vg_sq_bind_text(st, 11, c->a.data, c->a.len) || vg_sq_bind_text(st, 12, c->b.data, c->b.len) ||
        sqlite3_step(st) != SQLITE_DONE)
        return fail(c, "cannot store a claim");
    sqlite3_int64 id = c->claim[i] = sqlite3_last_insert_rowid(c->s->db);
    st = vg_sq_stmt_get(c->s, SQ_FTS_CLAIM_INSERT, c->err);
    if (!st || sqlite3_bind_int64(st, 1, id) ||
        vg_sq_bind_text(st, 2, doc->text + cl->start, cl->end - cl->start))
        return fail(c, "cannot index a claim");
    int rc = step_done(c, st, "cannot index a claim");
    if (rc == VIGIL_OK)
        rc = put_chain(c, id, cl);
    for (uint32_t k = 0; k < cl->nabout && rc == VIGIL_OK; k++) {
        st = vg_sq_stmt_get(c->s, SQ_ABOUT_INSERT, c->err);
        if (!st || sqlite3_bind_int64(st, 1, id) || bind_id(st, 2, ent_id(c, cl->about[k])))
            return fail(c, "cannot store what a claim is about");
        rc = step_done(c, st, "cannot store what a claim is about");
    }
    for (uint32_t k = 0; k < cl->nquants && rc == VIGIL_OK; k++) {
        const vg_quant *q = &ex->quants[cl->quants[k]];
        /* the unit as the record writes it */
        vg_buf_reset(&c->b);
        vg_jw w;
        vg_jw_init_mem(&w, &c->b);
        vg_export_quantity(&w, doc, q);
        if (vg_jw_flush(&w) != VIGIL_OK || vg_buf_putc(&c->b, '\0') != VIGIL_OK)
            return oom(c);
        const char *unit = strstr(c->b.data, "\"unit\":\"");
        size_t ulen = 0;
        if (unit) {
            unit += 8;
            ulen = strcspn(unit, "\"");
        }
        st = vg_sq_stmt_get(c->s, SQ_QUANT_INSERT, c->err);
        if (!st || sqlite3_bind_int64(st, 1, id) || sqlite3_bind_int(st, 2, (int)k) ||
            vg_sq_bind_text(st, 3, doc->text + q->start, q->end - q->start) ||
            sqlite3_bind_int64(st, 4, q->start) || sqlite3_bind_int64(st, 5, q->end) ||
            (q->has_min ? sqlite3_bind_double(st, 6, q->min) : sqlite3_bind_null(st, 6)) ||
            (q->has_max ? sqlite3_bind_double(st, 7, q->max) : sqlite3_bind_null(st, 7)) ||
            vg_sq_bind_text(st, 8, unit, ulen))
            return fail(c, "cannot store a quantity");
        rc = step_done(c, st, "cannot store a quantity");
    }
    return rc;
}

/* ---- 4. incidents ---- */

/* The report's roles as JSON: {"perpetrators": [...], "targets", "victims",
 * "weapons"}, each a list of {"text", "start", "end"}. */
static int roles_json(put_ctx *c, const vg_incident *in)
{
    vg_buf_reset(&c->b);
    vg_jw w;
    vg_jw_init_mem(&w, &c->b);
    const char *names[] = {"perpetrators", "targets", "victims", "weapons"};
    const vg_span *sp[] = {in->perps, in->targets, in->victims, in->weapons};
    uint32_t n[] = {in->nperps, in->ntargets, in->nvictims, in->nweapons};
    vg_jw_object_begin(&w);
    for (int k = 0; k < 4; k++) {
        vg_jw_key(&w, names[k]);
        vg_export_mentions(&w, c->doc, sp[k], n[k]);
    }
    vg_jw_object_end(&w);
    return vg_jw_flush(&w) == VIGIL_OK ? VIGIL_OK : oom(c);
}

/* Reports of one event name its type differently ("a bombing", "the
 * attack", "gunmen stormed"): violent types agree with each other; a
 * kidnapping, hijacking or security operation is its own kind of event. */
static int types_agree(const char *a, const char *b)
{
    static const char *const violent[] = {"attack", "bombing", "armed_assault", "assassination",
                                          "arson", NULL};
    int va = 0, vb = 0;
    for (const char *const *v = violent; *v; v++) {
        va |= !strcmp(a, *v);
        vb |= !strcmp(b, *v);
    }
    return !strcmp(a, b) || (va && vb) || !strcmp(a, "attack") || !strcmp(b, "attack");
}

/* Whether the groups of incident id and the report's differ: both named,
 * none shared. */
static int groups_differ(put_ctx *c, sqlite3_int64 id, const vg_incident *in, int *differ)
{
    *differ = 0;
    if (!in->ngroups)
        return VIGIL_OK;
    sqlite3_stmt *st = vg_sq_stmt_get(c->s, SQ_INCIDENT_GROUPS_OF, c->err);
    if (!st || sqlite3_bind_int64(st, 1, id))
        return fail(c, "cannot read an incident's groups");
    int any = 0, shared = 0, step;
    while ((step = sqlite3_step(st)) == SQLITE_ROW) {
        sqlite3_int64 g = sqlite3_column_int64(st, 0);
        any = 1;
        for (uint32_t k = 0; k < in->ngroups; k++)
            shared |= ent_id(c, in->groups[k]) == g;
    }
    if (step != SQLITE_DONE)
        return fail(c, "cannot read an incident's groups");
    *differ = any && !shared;
    return VIGIL_OK;
}

static int find_event(put_ctx *c, const vg_incident *in, sqlite3_int64 place, const char *date,
                      sqlite3_int64 *out)
{
    *out = 0;
    long day = vg_kb_days(date);
    if (!place || day == LONG_MIN)
        return VIGIL_OK; /* without place and day no two reports are known to be one event */
    sqlite3_stmt *st = vg_sq_stmt_get(c->s, SQ_INCIDENT_CANDIDATES, c->err);
    if (!st || sqlite3_bind_int64(st, 1, place) || vg_sq_bind_str(st, 2, date))
        return fail(c, "cannot look incidents up");
    sqlite3_int64 cand[16];
    int n = 0, step;
    const char *type = vg_inc_type_name(in->type);
    while ((step = sqlite3_step(st)) == SQLITE_ROW) {
        const char *t = (const char *)sqlite3_column_text(st, 1);
        long d = vg_kb_days((const char *)sqlite3_column_text(st, 2));
        if (t && types_agree(t, type) && d != LONG_MIN && labs(d - day) <= VG_KB_SAME_EVENT_DAYS &&
            n < 16)
            cand[n++] = sqlite3_column_int64(st, 0);
    }
    if (step != SQLITE_DONE)
        return fail(c, "cannot look incidents up");
    for (int k = 0; k < n; k++) {
        int differ;
        int rc = groups_differ(c, cand[k], in, &differ);
        if (rc != VIGIL_OK)
            return rc;
        if (!differ) {
            *out = cand[k];
            return VIGIL_OK;
        }
    }
    return VIGIL_OK;
}

/* Killed and injured as the reports give them (each value with the first
 * publisher that gave it, kept in incident_figures); a conflict when two
 * differ: "killed: 41 (Anatolia Wire), 45 (Gulf Daily)". */
static int recheck_figures(put_ctx *c, sqlite3_int64 inc, sqlite3_int64 rep)
{
    sqlite3_stmt *st = vg_sq_stmt_get(c->s, SQ_INCIDENT_FIGURES_ADD, c->err);
    if (!st || sqlite3_bind_int64(st, 1, inc) || sqlite3_bind_int64(st, 2, rep) ||
        sqlite3_step(st) != SQLITE_DONE)
        return fail(c, "cannot keep an incident's figures");
    st = vg_sq_stmt_get(c->s, SQ_INCIDENT_KILLED, c->err);
    if (!st || sqlite3_bind_int64(st, 1, inc))
        return fail(c, "cannot read an incident's figures");
    vg_buf *out = &c->a;
    vg_buf_reset(out);
    int step, rc = VIGIL_OK;
    while (rc == VIGIL_OK && (step = sqlite3_step(st)) == SQLITE_ROW)
        rc = vg_buf_printf(out, "%s%s", out->len ? "; " : "", (const char *)sqlite3_column_text(st, 0));
    if (rc != VIGIL_OK)
        return oom(c);
    if (step != SQLITE_DONE)
        return fail(c, "cannot read an incident's figures");
    st = vg_sq_stmt_get(c->s, SQ_INCIDENT_SET_CONFLICT, c->err);
    if (!st || sqlite3_bind_int64(st, 1, inc) ||
        vg_sq_bind_text(st, 2, out->len ? out->data : NULL, out->len))
        return fail(c, "cannot flag an incident");
    return step_done(c, st, "cannot flag an incident");
}

static int put_incident(put_ctx *c, size_t i)
{
    const vg_doc *doc = c->doc;
    const vg_incident *in = &doc->ex->incs[i];
    const char *type = vg_inc_type_name(in->type);
    char date[16] = "", wfrom[16] = "", wto[16] = "";
    if (in->has_date)
        date_text(vg_timeref_date(&in->date), date);
    if (in->has_date && vg_timeref_full_window(&in->date)) {
        date_text(in->date.from, wfrom);
        date_text(in->date.to, wto);
    }
    sqlite3_int64 place = ent_id(c, in->place), inc = 0;
    int rc = find_event(c, in, place, date, &inc);
    if (rc != VIGIL_OK)
        return rc;
    sqlite3_stmt *st;
    if (!inc) {
        st = vg_sq_stmt_get(c->s, SQ_INCIDENT_INSERT, c->err);
        if (!st || vg_sq_bind_str(st, 1, type) || vg_sq_bind_str(st, 2, date[0] ? date : NULL) ||
            bind_id(st, 3, place) || sqlite3_step(st) != SQLITE_DONE)
            return fail(c, "cannot store an incident");
        inc = sqlite3_last_insert_rowid(c->s->db);
    } else {
        /* the event keeps its earliest date, and a specific type over "attack" */
        st = vg_sq_stmt_get(c->s, SQ_INCIDENT_SET_DATE, c->err);
        if (!st || sqlite3_bind_int64(st, 1, inc) || vg_sq_bind_str(st, 2, date[0] ? date : NULL) ||
            vg_sq_bind_str(st, 3, type))
            return fail(c, "cannot update an incident");
        if ((rc = step_done(c, st, "cannot update an incident")) != VIGIL_OK)
            return rc;
    }
    c->inc[i] = inc;
    if ((rc = roles_json(c, in)) != VIGIL_OK)
        return rc;
    char local[24];
    if (in->local)
        snprintf(local, sizeof local, "%s", in->local);
    else
        snprintf(local, sizeof local, "i%zu", i + 1);
    uint32_t ev0 = in->nevidence ? in->evidence[0].start : 0;
    uint32_t ev1 = in->nevidence ? in->evidence[in->nevidence - 1].end : 0;
    st = vg_sq_stmt_get(c->s, SQ_REPORT_INSERT, c->err);
    if (!st || sqlite3_bind_int64(st, 1, inc) || sqlite3_bind_int64(st, 2, c->docid) ||
        vg_sq_bind_str(st, 3, local) || vg_sq_bind_str(st, 4, type) ||
        vg_sq_bind_str(st, 5, date[0] ? date : NULL) ||
        (in->has_date && (sqlite3_bind_int64(st, 6, in->date.start) ||
                          sqlite3_bind_int64(st, 7, in->date.end))) ||
        bind_id(st, 8, place) || (in->killed >= 0 && sqlite3_bind_int64(st, 9, in->killed)) ||
        (in->injured >= 0 && sqlite3_bind_int64(st, 10, in->injured)) ||
        bind_id(st, 11, in->claim >= 0 ? c->claim[in->claim] : 0) ||
        vg_sq_bind_text(st, 12, c->b.data, c->b.len) || sqlite3_bind_int64(st, 13, ev0) ||
        sqlite3_bind_int64(st, 14, ev1) || vg_sq_bind_str(st, 15, wfrom[0] ? wfrom : NULL) ||
        vg_sq_bind_str(st, 16, wto[0] ? wto : NULL) || sqlite3_step(st) != SQLITE_DONE)
        return fail(c, "cannot store an incident report");
    sqlite3_int64 rep = sqlite3_last_insert_rowid(c->s->db);
    for (uint32_t k = 0; k < in->ngroups; k++) {
        st = vg_sq_stmt_get(c->s, SQ_REPORT_GROUP_INSERT, c->err);
        if (!st || sqlite3_bind_int64(st, 1, rep) || bind_id(st, 2, ent_id(c, in->groups[k])))
            return fail(c, "cannot store a perpetrator group");
        if ((rc = step_done(c, st, "cannot store a perpetrator group")) != VIGIL_OK)
            return rc;
        st = vg_sq_stmt_get(c->s, SQ_INCIDENT_ACTOR_ADD, c->err);
        if (!st || sqlite3_bind_int64(st, 1, inc) || bind_id(st, 2, ent_id(c, in->groups[k])))
            return fail(c, "cannot store a perpetrator group");
        if ((rc = step_done(c, st, "cannot store a perpetrator group")) != VIGIL_OK)
            return rc;
    }
    return recheck_figures(c, inc, rep);
}

/* ---- 5. threats ---- */

static int put_threat(put_ctx *c, size_t i)
{
    const vg_doc *doc = c->doc;
    const vg_threat *t = &doc->ex->threats[i];
    vg_buf types, targets, cap;
    vg_buf_init(&types);
    vg_buf_init(&targets);
    vg_buf_init(&cap);
    vg_jw w;
    vg_jw_init_mem(&w, &types);
    vg_jw_array_begin(&w);
    for (uint32_t k = 0; k < t->ntarget_types; k++)
        vg_jw_str(&w, t->target_types[k]);
    vg_jw_array_end(&w);
    int rc = vg_jw_flush(&w);
    vg_jw_init_mem(&w, &targets);
    vg_export_mentions(&w, doc, t->targets, t->ntargets);
    rc |= vg_jw_flush(&w);
    vg_jw_init_mem(&w, &cap);
    vg_jw_array_begin(&w);
    for (uint32_t k = 0; k < t->ncapability; k++)
        vg_export_quantity(&w, doc, &t->capability[k]);
    vg_jw_array_end(&w);
    rc |= vg_jw_flush(&w);
    char local[24], from[16] = "", to[16] = "";
    if (t->local)
        snprintf(local, sizeof local, "%s", t->local);
    else
        snprintf(local, sizeof local, "t%zu", i + 1);
    if (t->has_window) {
        date_text(t->window.is_window ? t->window.from : t->window.value, from);
        date_text(t->window.is_window ? t->window.to : t->window.value, to);
    }
    sqlite3_stmt *st = rc == VIGIL_OK ? vg_sq_stmt_get(c->s, SQ_THREAT_INSERT, c->err) : NULL;
    if (rc != VIGIL_OK)
        rc = oom(c);
    else if (!st || sqlite3_bind_int64(st, 1, c->docid) || vg_sq_bind_str(st, 2, local) ||
             bind_id(st, 3, ent_id(c, t->actor)) ||
             (t->has_window && vg_sq_bind_text(st, 4, doc->text + t->window.start,
                                               t->window.end - t->window.start)) ||
             vg_sq_bind_str(st, 5, from[0] ? from : NULL) || vg_sq_bind_str(st, 6, to[0] ? to : NULL) ||
             vg_sq_bind_str(st, 7, t->likelihood >= 0 ? vg_band_name(t->likelihood) : NULL) ||
             bind_id(st, 8, t->claim >= 0 ? c->claim[t->claim] : 0) ||
             vg_sq_bind_text(st, 9, types.data, types.len) ||
             vg_sq_bind_text(st, 10, targets.data, targets.len) ||
             vg_sq_bind_text(st, 11, cap.data, cap.len) ||
             sqlite3_bind_int64(st, 12, t->nevidence ? t->evidence[0].start : 0) ||
             sqlite3_bind_int64(st, 13, t->nevidence ? t->evidence[t->nevidence - 1].end : 0) ||
             sqlite3_step(st) != SQLITE_DONE)
        rc = fail(c, "cannot store a threat");
    vg_buf_fini(&types);
    vg_buf_fini(&targets);
    vg_buf_fini(&cap);
    sqlite3_int64 id = sqlite3_last_insert_rowid(c->s->db);
    for (uint32_t k = 0; k < t->nplaces && rc == VIGIL_OK; k++) {
        st = vg_sq_stmt_get(c->s, SQ_THREAT_PLACE_INSERT, c->err);
        if (!st || sqlite3_bind_int64(st, 1, id) || bind_id(st, 2, ent_id(c, t->places[k])))
            return fail(c, "cannot store a threatened place");
        rc = step_done(c, st, "cannot store a threatened place");
    }
    return rc;
}

/* ---- 6. clusters ---- */

static int cmp_id(const void *a, const void *b)
{
    sqlite3_int64 x = *(const sqlite3_int64 *)a, y = *(const sqlite3_int64 *)b;
    return x < y ? -1 : x > y;
}

/* The document's incident whose responsibility claim i is about ("TTP
 * claimed responsibility for the bombing", "the Pakistani Taliban denied
 * responsibility", "No group claimed the attack"): the incident told in
 * the same sentence, else the document's first; -1 when the claim is not
 * about responsibility or there is no incident. Such statements from all
 * reports of an event meet in one cluster, so a claim and a denial show
 * as a conflict. */
static long responsibility_event(const put_ctx *c, size_t i)
{
    const vg_extract *ex = c->doc->ex;
    const vg_claim *cl = &ex->claims[i];
    if (!cl->cue || !ex->nincs)
        return -1;
    int resp = !strcmp(cl->cue, "claim_responsibility");
    if (!resp && !strcmp(cl->cue, "deny")) {
        static const char *const about[] = {"responsib", "involve", "carrying out", "carried out",
                                            "nothing to do", NULL};
        for (const char *const *w = about; *w && !resp; w++) {
            const char *p = c->doc->text + cl->start, *e = c->doc->text + cl->end;
            size_t n = strlen(*w);
            for (; p + n <= e && !resp; p++)
                resp = !strncmp(p, *w, n);
        }
    }
    if (!resp)
        return -1;
    for (size_t n = 0; n < ex->nincs; n++)
        for (uint32_t v = 0; v < ex->incs[n].nevidence; v++)
            if (ex->incs[n].evidence[v].start <= cl->start && cl->end <= ex->incs[n].evidence[v].end)
                return (long)n;
    return 0;
}

/* What claim i says, as a key: "incident:ID" when an incident rests on it,
 * "threat:ACTOR:PLACES" for a threat's, else "about:IDS" (the entities it
 * is about, sorted); 0 in c->a.len when it is about nothing known. */
static int cluster_key(put_ctx *c, size_t i)
{
    const vg_extract *ex = c->doc->ex;
    vg_buf *k = &c->a;
    vg_buf_reset(k);
    long resp = responsibility_event(c, i);
    if (resp >= 0)
        return vg_buf_printf(k, "responsibility:%lld", (long long)c->inc[resp]);
    for (size_t n = 0; n < ex->nincs; n++)
        if (ex->incs[n].claim == (int32_t)i)
            return vg_buf_printf(k, "incident:%lld", (long long)c->inc[n]);
    for (size_t n = 0; n < ex->nthreats; n++) {
        const vg_threat *t = &ex->threats[n];
        /* an actor's threats with no place said are not one statement */
        if (t->claim != (int32_t)i || !t->nplaces)
            continue;
        sqlite3_int64 ids[64];
        uint32_t m = 0;
        for (uint32_t p = 0; p < t->nplaces && m < 64; p++)
            ids[m++] = ent_id(c, t->places[p]);
        qsort(ids, m, sizeof ids[0], cmp_id);
        int rc = vg_buf_printf(k, "threat:%lld:", (long long)ent_id(c, t->actor));
        for (uint32_t p = 0; p < m && rc == VIGIL_OK; p++)
            rc = vg_buf_printf(k, "%s%lld", p ? "," : "", (long long)ids[p]);
        /* and when: the month the window opens, else the report's month (a
         * threat to Türkiye in 2016 and one in 2024 are two) */
        vg_date when = t->has_window ? (t->window.is_window ? t->window.from : t->window.value)
                                     : c->doc->published;
        char ym[16] = "";
        if (vg_date_valid(when) && vg_date_format((vg_date){when.year, when.month, 0,
                                                            when.month ? VG_DATE_MONTH : VG_DATE_YEAR},
                                                  ym, sizeof ym) == 0)
            ym[0] = '\0';
        if (rc == VIGIL_OK)
            rc = vg_buf_printf(k, "@%s", ym);
        return rc;
    }
    const vg_claim *cl = &ex->claims[i];
    sqlite3_int64 ids[64];
    uint32_t m = 0;
    for (uint32_t a = 0; a < cl->nabout && m < 64; a++)
        if (ent_id(c, cl->about[a]) > 0)
            ids[m++] = ent_id(c, cl->about[a]);
    if (!m) {
        /* about nothing known: only the same words say the same thing */
        if (vg_kb_fold_name(c->doc->text + cl->start, cl->end - cl->start, &c->b) != VIGIL_OK)
            return VIGIL_ENOMEM;
        struct sha256_ctx h;
        uint8_t digest[SHA256_DIGEST_SIZE];
        sha256_init(&h);
        sha256_update(&h, c->b.len, (const uint8_t *)c->b.data);
        sha256_digest(&h, sizeof digest, digest);
        int rc = vg_buf_puts(k, "text:");
        for (size_t j = 0; j < 16 && rc == VIGIL_OK; j++)
            rc = vg_buf_printf(k, "%02x", digest[j]);
        return rc;
    }
    qsort(ids, m, sizeof ids[0], cmp_id);
    int rc = vg_buf_puts(k, "about:");
    for (uint32_t p = 0; p < m && rc == VIGIL_OK; p++)
        if (!p || ids[p] != ids[p - 1])
            rc = vg_buf_printf(k, "%s%lld", p ? "," : "", (long long)ids[p]);
    return rc;
}

/* A cluster's disagreement: opposite polarity, or different figures for
 * the same counted unit. */
static int recheck_cluster(put_ctx *c, sqlite3_int64 cl)
{
    sqlite3_stmt *q = vg_sq_stmt_get(c->s, SQ_CLUSTER_CONFLICTS, c->err);
    if (!q || sqlite3_bind_int64(q, 1, cl))
        return fail(c, "cannot check a cluster");
    vg_buf *out = &c->b;
    vg_buf_reset(out);
    int step, rc = VIGIL_OK;
    while (rc == VIGIL_OK && (step = sqlite3_step(q)) == SQLITE_ROW)
        rc = vg_buf_printf(out, "%s%s", out->len ? "; " : "", (const char *)sqlite3_column_text(q, 0));
    if (rc != VIGIL_OK)
        return oom(c);
    if (step != SQLITE_DONE)
        return fail(c, "cannot check a cluster");
    sqlite3_stmt *st = vg_sq_stmt_get(c->s, SQ_CLUSTER_SET_CONFLICT, c->err);
    if (!st || sqlite3_bind_int64(st, 1, cl) ||
        vg_sq_bind_text(st, 2, out->len ? out->data : NULL, out->len))
        return fail(c, "cannot flag a cluster");
    return step_done(c, st, "cannot flag a cluster");
}

/* Remembers cluster cl (and whether its statements can contradict each
 * other) for the count and the check at the end of the document. */
static int touch_cluster(put_ctx *c, sqlite3_int64 cl, int checked)
{
    for (size_t k = 0; k < c->ntouched; k++)
        if (c->touched[k] == cl) {
            c->checked[k] |= (unsigned char)checked;
            return VIGIL_OK;
        }
    if (c->ntouched == c->captouched) {
        size_t cap = c->captouched ? 2 * c->captouched : 16;
        sqlite3_int64 *t = vg_realloc(c->touched, cap * sizeof *t);
        if (!t)
            return oom(c);
        c->touched = t;
        unsigned char *k = vg_realloc(c->checked, cap);
        if (!k)
            return oom(c);
        c->checked = k;
        c->captouched = cap;
    }
    c->touched[c->ntouched] = cl;
    c->checked[c->ntouched++] = (unsigned char)checked;
    return VIGIL_OK;
}

/* Each cluster the document added to, once: its conflicts checked (its
 * counts were kept as statements joined it). */
static int settle_clusters(put_ctx *c)
{
    for (size_t k = 0; k < c->ntouched; k++) {
        int rc = c->checked[k] ? recheck_cluster(c, c->touched[k]) : VIGIL_OK;
        if (rc != VIGIL_OK)
            return rc;
    }
    return VIGIL_OK;
}

/* A statement nearly word for word the cluster's first one from another
 * document (an edited copy of the same wire) takes that one's source: a
 * copy is not a second source. */
static int inherit_source(put_ctx *c, size_t i, sqlite3_int64 cl)
{
    sqlite3_stmt *st = vg_sq_stmt_get(c->s, SQ_CLUSTER_FIRST, c->err);
    if (!st || sqlite3_bind_int64(st, 1, cl) || sqlite3_bind_int64(st, 2, c->docid))
        return fail(c, "cannot read a cluster");
    int step = sqlite3_step(st);
    if (step == SQLITE_DONE)
        return VIGIL_OK;
    if (step != SQLITE_ROW)
        return fail(c, "cannot read a cluster");
    const vg_claim *cm = &c->doc->ex->claims[i];
    const char *t = (const char *)sqlite3_column_text(st, 0);
    double sim = t ? vg_kb_similarity(c->doc->text + cm->start, cm->end - cm->start, t,
                                      (size_t)sqlite3_column_bytes(st, 0))
                   : 0;
    if (sim < VG_KB_SAME_WORDS)
        return VIGIL_OK;
    sqlite3_int64 first = sqlite3_column_int64(st, 1);
    st = vg_sq_stmt_get(c->s, SQ_CLAIM_TAKE_SOURCE, c->err);
    if (!st || sqlite3_bind_int64(st, 1, c->claim[i]) || sqlite3_bind_int64(st, 2, first))
        return fail(c, "cannot update a claim's source");
    return step_done(c, st, "cannot update a claim's source");
}

static int put_cluster(put_ctx *c, size_t i)
{
    if (cluster_key(c, i) != VIGIL_OK)
        return oom(c);
    sqlite3_int64 cl = 0;
    int step;
    /* the same words already stored (syndicated copy): that statement's cluster */
    sqlite3_stmt *st = vg_sq_stmt_get(c->s, SQ_CLUSTER_OF_TEXT, c->err);
    if (!st || sqlite3_bind_int64(st, 1, c->claim[i]))
        return fail(c, "cannot look a cluster up");
    step = sqlite3_step(st);
    if (step == SQLITE_ROW)
        cl = sqlite3_column_int64(st, 0);
    else if (step != SQLITE_DONE)
        return fail(c, "cannot look a cluster up");
    if (!cl && !c->a.len)
        return VIGIL_OK;
    if (cl) {
        step = SQLITE_ROW;
    } else if (!strncmp(c->a.data, "about:", 6)) {
        /* statements about the same entities: the cluster whose first
         * statement says the most alike, if alike enough; else a new one
         * numbered after the others ("about:3,7#2") */
        const vg_claim *cm = &c->doc->ex->claims[i];
        st = vg_sq_stmt_get(c->s, SQ_CLUSTER_SIMILAR, c->err);
        if (!st || vg_sq_bind_text(st, 1, c->a.data, c->a.len))
            return fail(c, "cannot look a cluster up");
        double best = VG_KB_SAME_STATEMENT;
        int others = 0;
        while ((step = sqlite3_step(st)) == SQLITE_ROW) {
            others = sqlite3_column_int(st, 2);
            const char *t = (const char *)sqlite3_column_text(st, 1);
            double sim = t ? vg_kb_similarity(c->doc->text + cm->start, cm->end - cm->start, t,
                                              (size_t)sqlite3_column_bytes(st, 1))
                           : 0;
            if (sim >= best) {
                best = sim;
                cl = sqlite3_column_int64(st, 0);
            }
        }
        if (step != SQLITE_DONE)
            return fail(c, "cannot look a cluster up");
        if (vg_buf_printf(&c->a, "#%d", others + 1) != VIGIL_OK)
            return oom(c);
        step = cl ? SQLITE_ROW : SQLITE_DONE;
    } else {
        st = vg_sq_stmt_get(c->s, SQ_CLUSTER_GET, c->err);
        if (!st || vg_sq_bind_text(st, 1, c->a.data, c->a.len))
            return fail(c, "cannot look a cluster up");
        step = sqlite3_step(st);
        if (step == SQLITE_ROW)
            cl = sqlite3_column_int64(st, 0);
    }
    if (!cl) {
        st = step == SQLITE_DONE ? vg_sq_stmt_get(c->s, SQ_CLUSTER_INSERT, c->err) : NULL;
        if (!st || vg_sq_bind_text(st, 1, c->a.data, c->a.len) || sqlite3_step(st) != SQLITE_DONE)
            return fail(c, "cannot store a cluster");
        cl = sqlite3_last_insert_rowid(c->s->db);
    }
    st = vg_sq_stmt_get(c->s, SQ_CLAIM_SET_CLUSTER, c->err);
    if (!st || sqlite3_bind_int64(st, 1, c->claim[i]) || sqlite3_bind_int64(st, 2, cl) ||
        sqlite3_step(st) != SQLITE_DONE)
        return fail(c, "cannot cluster a claim");
    int rc = inherit_source(c, i, cl);
    if (rc != VIGIL_OK)
        return rc;
    st = vg_sq_stmt_get(c->s, SQ_CLUSTER_JOIN, c->err);
    if (!st || sqlite3_bind_int64(st, 1, cl) || sqlite3_bind_int64(st, 2, c->claim[i]) ||
        sqlite3_step(st) != SQLITE_DONE)
        return fail(c, "cannot count a cluster's sources");
    st = vg_sq_stmt_get(c->s, SQ_CLUSTER_FIGURES_ADD, c->err);
    if (!st || sqlite3_bind_int64(st, 1, cl) || sqlite3_bind_int64(st, 2, c->claim[i]) ||
        sqlite3_step(st) != SQLITE_DONE)
        return fail(c, "cannot keep a cluster's figures");
    /* a threat's statements differ in size and wording by nature: only
     * statements of one fact (an event's, or about the same entities) can
     * contradict each other */
    return touch_cluster(c, cl, !(c->a.len && !strncmp(c->a.data, "threat:", 7)));
}

int vg_sq_put(void *impl, const vg_doc *doc, vigil_kb_put_result *result, vigil_error *err)
{
    put_ctx c = {impl, doc, err, 0, NULL, NULL, NULL, NULL, NULL, 0, 0, {0}, {0}};
    vg_buf_init(&c.a);
    vg_buf_init(&c.b);
    const vg_extract *ex = doc->ex;
    int stored = 0;
    /* the document's writes stand or fall together, inside the caller's batch */
    int rc = vg_sq_exec(c.s, "SAVEPOINT vigil_doc", err);
    if (rc != VIGIL_OK) {
        vg_buf_fini(&c.a);
        vg_buf_fini(&c.b);
        return rc;
    }
    rc = put_document(&c, &stored);
    *result = stored ? VIGIL_KB_STORED : VIGIL_KB_SKIPPED;
    if (rc != VIGIL_OK || !stored)
        goto done;
    c.ent = vg_calloc(ex->nents + 1, sizeof *c.ent);
    c.claim = vg_calloc(ex->nclaims + 1, sizeof *c.claim);
    c.inc = vg_calloc(ex->nincs + 1, sizeof *c.inc);
    if (!c.ent || !c.claim || !c.inc) {
        rc = oom(&c);
        goto done;
    }
    for (size_t e = 0; e < ex->nents && rc == VIGIL_OK; e++)
        rc = put_entity(&c, e);
    for (size_t i = 0; i < ex->nclaims && rc == VIGIL_OK; i++)
        rc = put_claim(&c, i);
    for (size_t i = 0; i < ex->nincs && rc == VIGIL_OK; i++)
        rc = put_incident(&c, i);
    for (size_t i = 0; i < ex->nthreats && rc == VIGIL_OK; i++)
        rc = put_threat(&c, i);
    for (size_t i = 0; i < ex->nclaims && rc == VIGIL_OK; i++)
        rc = put_cluster(&c, i);
    if (rc == VIGIL_OK)
        rc = settle_clusters(&c);
done:
    if (rc != VIGIL_OK) {
        sqlite3_exec(c.s->db, "ROLLBACK TO vigil_doc", NULL, NULL, NULL);
        *result = VIGIL_KB_SKIPPED;
    }
    if (sqlite3_exec(c.s->db, "RELEASE vigil_doc", NULL, NULL, NULL) != SQLITE_OK && rc == VIGIL_OK)
        rc = fail(&c, "cannot store the document");
    if (rc != VIGIL_OK && err && !err->doc[0] && doc->id)
        snprintf(err->doc, sizeof err->doc, "%s", doc->id);
    vg_free(c.ent);
    vg_free(c.claim);
    vg_free(c.inc);
    vg_free(c.touched);
    vg_free(c.checked);
    vg_buf_fini(&c.a);
    vg_buf_fini(&c.b);
    return rc;
}
