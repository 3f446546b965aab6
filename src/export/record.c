/* record.c: export stage. An analysed document -> the JSON record of
 * spec/document.schema.json ("vigil.document/1"), keys in schema order so
 * output is stable for golden tests. Offsets are the analysed text's byte
 * offsets, end exclusive. Fields beyond the schema: doc.source (where the
 * document was read from) and diagnostics (what was repaired or skipped),
 * the latter only when there are any. */
#include <stdio.h>
#include <string.h>

#include "export/export.h"
#include "extract/extract.h"

static json_t *str_or_null(const char *s) { return s ? json_string(s) : json_null(); }

static json_t *date_or_null(vg_date d)
{
    char buf[16];
    size_t n = vg_date_format(d, buf, sizeof buf);
    return n ? json_stringn(buf, n) : json_null();
}

/* json_object_set_new that remembers a failure in *ok. */
static void put(json_t *obj, const char *key, json_t *v, int *ok)
{
    if (!v || json_object_set_new(obj, key, v) != 0)
        *ok = 0;
}

static json_t *doc_object(const vg_doc *doc, int with_text, int *ok)
{
    json_t *o = json_object();
    if (!o) {
        *ok = 0;
        return NULL;
    }
    put(o, "id", json_string(doc->id ? doc->id : "unknown"), ok);
    put(o, "title", str_or_null(doc->title), ok);
    put(o, "author", str_or_null(doc->author), ok);
    put(o, "publisher", str_or_null(doc->publisher), ok);
    put(o, "url", str_or_null(doc->url), ok);
    put(o, "published", date_or_null(doc->published), ok);
    put(o, "lang", str_or_null(doc->lang), ok);
    put(o, "chars", json_integer((json_int_t)doc->len), ok);
    put(o, "source", str_or_null(doc->source), ok);
    if (with_text)
        put(o, "text", json_stringn(doc->text, doc->len), ok);
    return o;
}

static json_t *diagnostics(const vg_doc *doc, int *ok)
{
    json_t *a = json_array();
    if (!a) {
        *ok = 0;
        return NULL;
    }
    for (size_t i = 0; i < doc->ndiags; i++) {
        const vg_diag *g = &doc->diags[i];
        json_t *d = json_object();
        if (!d) {
            *ok = 0;
            break;
        }
        put(d, "severity", json_string(g->severity ? "error" : "warning"), ok);
        put(d, "offset", g->offset >= 0 ? json_integer(g->offset) : json_null(), ok);
        put(d, "message", json_string(g->message), ok);
        if (json_array_append_new(a, d) != 0)
            *ok = 0;
    }
    if (doc->diags_dropped) {
        json_t *d = json_object();
        if (d) {
            char msg[96];
            snprintf(msg, sizeof msg, "%zu more diagnostics not kept", doc->diags_dropped);
            put(d, "severity", json_string("warning"), ok);
            put(d, "offset", json_null(), ok);
            put(d, "message", json_string(msg), ok);
            if (json_array_append_new(a, d) != 0)
                *ok = 0;
        } else {
            *ok = 0;
        }
    }
    return a;
}

static json_t *ref(char kind, long idx)
{
    if (idx < 0)
        return json_null();
    char buf[24];
    snprintf(buf, sizeof buf, "%c%ld", kind, idx + 1);
    return json_string(buf);
}

static json_t *mention(const vg_doc *doc, uint32_t start, uint32_t end, int *ok)
{
    json_t *m = json_object();
    if (!m) {
        *ok = 0;
        return NULL;
    }
    put(m, "text", json_stringn(doc->text + start, end - start), ok);
    put(m, "start", json_integer(start), ok);
    put(m, "end", json_integer(end), ok);
    return m;
}

static void append(json_t *arr, json_t *v, int *ok)
{
    if (!v || json_array_append_new(arr, v) != 0)
        *ok = 0;
}

static json_t *spans_as_mentions(const vg_doc *doc, const vg_span *s, uint32_t n, int *ok)
{
    json_t *a = json_array();
    for (uint32_t k = 0; a && k < n; k++)
        append(a, mention(doc, s[k].start, s[k].end, ok), ok);
    if (!a)
        *ok = 0;
    return a;
}

static json_t *spans(const vg_span *s, uint32_t n, int *ok)
{
    json_t *a = json_array();
    for (uint32_t k = 0; a && k < n; k++) {
        json_t *o = json_object();
        if (o) {
            put(o, "start", json_integer(s[k].start), ok);
            put(o, "end", json_integer(s[k].end), ok);
        }
        append(a, o, ok);
    }
    if (!a)
        *ok = 0;
    return a;
}

static json_t *refs(char kind, const int32_t *idx, uint32_t n, int *ok)
{
    json_t *a = json_array();
    for (uint32_t k = 0; a && k < n; k++)
        append(a, ref(kind, idx[k]), ok);
    if (!a)
        *ok = 0;
    return a;
}

static json_t *timeref(const vg_doc *doc, const vg_timeref *t, int *ok)
{
    json_t *o = json_object();
    if (!o) {
        *ok = 0;
        return NULL;
    }
    put(o, "text", json_stringn(doc->text + t->start, t->end - t->start), ok);
    put(o, "start", json_integer(t->start), ok);
    put(o, "end", json_integer(t->end), ok);
    put(o, "value", date_or_null(t->value), ok);
    if (t->is_window) {
        put(o, "from", date_or_null(t->from), ok);
        put(o, "to", date_or_null(t->to), ok);
    }
    return o;
}

/* The counted thing of a quantity: the word after it, singular ("6, 7
 * people" -> person), when it is a plain lower-case noun. */
static json_t *unit_of(const vg_doc *doc, const vg_quant *q)
{
    size_t k = q->tok_end;
    if (k < doc->ntoks && vg_tok_is(&doc->toks[k], "of"))
        k++;
    if (k >= doc->ntoks || doc->toks[k].kind != VG_TOK_WORD || doc->toks[k].normlen < 3 ||
        doc->toks[k].start != doc->toks[k - 1].end + 1)
        return json_null();
    const vg_token *t = &doc->toks[k];
    static const char *const skip[] = {"the", "and", "or", "of", "to", "in", "on", "at", "for",
                                       "from", "with", "was", "were", "are", "is", "had", "have",
                                       "people", NULL};
    if (vg_tok_is(t, "people") || vg_tok_is(t, "persons"))
        return json_string("person");
    if (vg_tok_in(t, skip))
        return json_null();
    size_t n = t->normlen;
    char buf[64];
    if (n >= sizeof buf)
        return json_null();
    memcpy(buf, t->norm, n);
    if (n > 4 && !strncmp(buf + n - 3, "ies", 3))
        memcpy(buf + n - 3, "y", 2), n -= 2;
    else if (n > 3 && buf[n - 1] == 's' && buf[n - 2] != 's')
        n--;
    buf[n] = '\0';
    return json_string(buf);
}

static json_t *quantity(const vg_doc *doc, const vg_quant *q, int *ok)
{
    json_t *o = json_object();
    if (!o) {
        *ok = 0;
        return NULL;
    }
    put(o, "text", json_stringn(doc->text + q->start, q->end - q->start), ok);
    put(o, "start", json_integer(q->start), ok);
    put(o, "end", json_integer(q->end), ok);
    put(o, "min", q->has_min ? json_real(q->min) : json_null(), ok);
    put(o, "max", q->has_max ? json_real(q->max) : json_null(), ok);
    put(o, "unit", unit_of(doc, q), ok);
    if (q->has_total)
        put(o, "of", json_real(q->total), ok);
    return o;
}

static json_t *entities(const vg_doc *doc, int *ok)
{
    const vg_extract *ex = doc->ex;
    const vg_lex *lx = ex ? ex->lex : NULL;
    json_t *a = json_array();
    if (!a) {
        *ok = 0;
        return NULL;
    }
    for (size_t e = 0; ex && e < ex->nents; e++) {
        const vg_entity *en = &ex->ents[e];
        json_t *o = json_object();
        if (!o) {
            *ok = 0;
            break;
        }
        put(o, "id", ref('e', (long)e), ok);
        put(o, "type", json_string(vg_ent_type_name(en->type)), ok);
        put(o, "name", json_string(en->name), ok);
        json_t *ms = json_array();
        for (uint32_t k = 0; ms && k < en->nmentions; k++) {
            const vg_mention *m = &ex->mentions[en->mentions[k]];
            append(ms, mention(doc, m->start, m->end, ok), ok);
        }
        put(o, "mentions", ms, ok);
        put(o, "country", en->cc[0] ? json_stringn(en->cc, 2) : json_null(), ok);
        const vg_place *pl = en->place >= 0 && lx ? vg_lex_place(lx, (uint32_t)en->place) : NULL;
        if (pl) {
            static const char *const kinds[] = {"country", "region", "city"};
            json_t *g = json_object();
            if (g) {
                put(g, "lat", json_real(pl->lat), ok);
                put(g, "lon", json_real(pl->lon), ok);
                put(g, "kind", json_string(en->type == VG_ENT_FACILITY ? "site" : kinds[pl->kind % 3]), ok);
                put(g, "geonameid", pl->geonameid >= 0 ? json_integer(pl->geonameid) : json_null(), ok);
            }
            put(o, "geo", g, ok);
        } else {
            put(o, "geo", json_null(), ok);
        }
        if (en->organ)
            put(o, "organ", json_string(en->organ), ok);
        append(a, o, ok);
    }
    return a;
}

static json_t *incidents(const vg_doc *doc, int *ok)
{
    const vg_extract *ex = doc->ex;
    json_t *a = json_array();
    if (!a) {
        *ok = 0;
        return NULL;
    }
    for (size_t i = 0; ex && i < ex->nincs; i++) {
        const vg_incident *in = &ex->incs[i];
        json_t *o = json_object();
        if (!o) {
            *ok = 0;
            break;
        }
        put(o, "id", ref('i', (long)i), ok);
        put(o, "type", json_string(vg_inc_type_name(in->type)), ok);
        put(o, "date", in->has_date ? timeref(doc, &in->date, ok) : json_null(), ok);
        put(o, "place", ref('e', in->place), ok);
        put(o, "perpetrator_groups", refs('e', in->groups, in->ngroups, ok), ok);
        put(o, "perpetrators", spans_as_mentions(doc, in->perps, in->nperps, ok), ok);
        put(o, "targets", spans_as_mentions(doc, in->targets, in->ntargets, ok), ok);
        put(o, "victims", spans_as_mentions(doc, in->victims, in->nvictims, ok), ok);
        put(o, "weapons", spans_as_mentions(doc, in->weapons, in->nweapons, ok), ok);
        put(o, "killed", in->killed >= 0 ? json_integer(in->killed) : json_null(), ok);
        put(o, "injured", in->injured >= 0 ? json_integer(in->injured) : json_null(), ok);
        put(o, "claim", ref('c', in->claim), ok);
        put(o, "evidence", spans(in->evidence, in->nevidence, ok), ok);
        append(a, o, ok);
    }
    return a;
}

static json_t *threats(const vg_doc *doc, int *ok)
{
    const vg_extract *ex = doc->ex;
    json_t *a = json_array();
    if (!a) {
        *ok = 0;
        return NULL;
    }
    for (size_t i = 0; ex && i < ex->nthreats; i++) {
        const vg_threat *t = &ex->threats[i];
        json_t *o = json_object();
        if (!o) {
            *ok = 0;
            break;
        }
        put(o, "id", ref('t', (long)i), ok);
        put(o, "actor", ref('e', t->actor), ok);
        json_t *cap = json_array();
        for (uint32_t k = 0; cap && k < t->ncapability; k++)
            append(cap, quantity(doc, &t->capability[k], ok), ok);
        put(o, "capability", cap, ok);
        json_t *tt = json_array();
        for (uint32_t k = 0; tt && k < t->ntarget_types; k++)
            append(tt, json_string(t->target_types[k]), ok);
        put(o, "target_types", tt, ok);
        put(o, "targets", spans_as_mentions(doc, t->targets, t->ntargets, ok), ok);
        put(o, "places", refs('e', t->places, t->nplaces, ok), ok);
        put(o, "window", t->has_window ? timeref(doc, &t->window, ok) : json_null(), ok);
        const char *band = t->likelihood >= 0 ? vg_band_name(t->likelihood) : NULL;
        put(o, "likelihood", band ? json_string(band) : json_null(), ok);
        put(o, "claim", ref('c', t->claim), ok);
        put(o, "evidence", spans(t->evidence, t->nevidence, ok), ok);
        append(a, o, ok);
    }
    return a;
}

static json_t *claims(const vg_doc *doc, int *ok)
{
    const vg_extract *ex = doc->ex;
    static const char *const roles[] = {"author", "publisher", "source", "holder"};
    json_t *a = json_array();
    if (!a) {
        *ok = 0;
        return NULL;
    }
    for (size_t i = 0; ex && i < ex->nclaims; i++) {
        const vg_claim *c = &ex->claims[i];
        json_t *o = json_object();
        if (!o) {
            *ok = 0;
            break;
        }
        put(o, "id", ref('c', (long)i), ok);
        put(o, "text", json_stringn(doc->text + c->start, c->end - c->start), ok);
        put(o, "start", json_integer(c->start), ok);
        put(o, "end", json_integer(c->end), ok);
        put(o, "holder", ref('e', c->holder), ok);
        put(o, "holder_text",
            c->holder_text.end > c->holder_text.start
                ? json_stringn(doc->text + c->holder_text.start, c->holder_text.end - c->holder_text.start)
                : json_null(),
            ok);
        json_t *ch = json_array();
        for (uint32_t k = 0; ch && k < c->nchain; k++) {
            json_t *l = json_object();
            if (l) {
                put(l, "role", json_string(roles[c->chain[k].role & 3]), ok);
                put(l, "name", json_string(c->chain[k].name), ok);
                put(l, "entity", ref('e', c->chain[k].entity), ok);
            }
            append(ch, l, ok);
        }
        put(o, "chain", ch, ok);
        put(o, "cue", c->cue ? json_string(c->cue) : json_null(), ok);
        put(o, "polarity", json_string(c->negative ? "negative" : "positive"), ok);
        put(o, "certainty", json_string(vg_certainty_name(c->certainty)), ok);
        put(o, "about", refs('e', c->about, c->nabout, ok), ok);
        json_t *qs = json_array();
        for (uint32_t k = 0; qs && k < c->nquants; k++)
            append(qs, quantity(doc, &ex->quants[c->quants[k]], ok), ok);
        put(o, "quantities", qs, ok);
        json_t *ts = json_array();
        for (uint32_t k = 0; ts && k < c->ntimes; k++)
            append(ts, timeref(doc, &ex->times[c->times[k]], ok), ok);
        put(o, "times", ts, ok);
        append(a, o, ok);
    }
    return a;
}

json_t *vg_export_record(const vg_doc *doc, int with_text)
{
    int ok = 1;
    json_t *r = json_object();
    if (!r)
        return NULL;
    put(r, "schema", json_string("vigil.document/1"), &ok);
    put(r, "doc", doc_object(doc, with_text, &ok), &ok);
    put(r, "entities", entities(doc, &ok), &ok);
    put(r, "incidents", incidents(doc, &ok), &ok);
    put(r, "threats", threats(doc, &ok), &ok);
    put(r, "claims", claims(doc, &ok), &ok);
    if (doc->ndiags || doc->diags_dropped)
        put(r, "diagnostics", diagnostics(doc, &ok), &ok);
    if (!ok) {
        json_decref(r);
        return NULL;
    }
    return r;
}
