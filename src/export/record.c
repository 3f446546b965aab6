/* record.c: export stage. An analysed document -> the JSON record of
 * spec/document.schema.json ("vigil.document/1"), keys in schema order so
 * output is stable for golden tests. Written as a stream through the
 * shared JSON writer, never built as a tree. Offsets are the analysed text's byte
 * offsets, end exclusive. Fields beyond the schema: doc.source (where the
 * document was read from) and diagnostics (what was repaired or skipped),
 * the latter only when there are any. */
#include <stdio.h>
#include <string.h>

#include "export/export.h"
#include "export/jsonw.h"
#include "extract/extract.h"

static void date_or_null(vg_jw *w, vg_date d)
{
    char buf[16];
    size_t n = vg_date_format(d, buf, sizeof buf);
    if (n)
        vg_jw_strn(w, buf, n);
    else
        vg_jw_null(w);
}

/* "e3" for index 2 of kind 'e'; null for -1. */
static void ref(vg_jw *w, char kind, long idx)
{
    if (idx < 0) {
        vg_jw_null(w);
        return;
    }
    char buf[24];
    size_t k = sizeof buf;
    for (unsigned long v = (unsigned long)idx + 1; v; v /= 10)
        buf[--k] = (char)('0' + v % 10);
    buf[--k] = kind;
    vg_jw_strn(w, buf + k, sizeof buf - k);
}

static void text_span(vg_jw *w, const vg_doc *doc, uint32_t start, uint32_t end)
{
    vg_jw_key(w, "text");
    vg_jw_strn(w, doc->text + start, end - start);
    vg_jw_key(w, "start");
    vg_jw_int(w, start);
    vg_jw_key(w, "end");
    vg_jw_int(w, end);
}

static void doc_object(vg_jw *w, const vg_doc *doc, int with_text)
{
    vg_jw_object_begin(w);
    vg_jw_key(w, "id");
    vg_jw_str(w, doc->id ? doc->id : "unknown");
    vg_jw_key(w, "title");
    vg_jw_str(w, doc->title);
    vg_jw_key(w, "author");
    vg_jw_str(w, doc->author);
    vg_jw_key(w, "publisher");
    vg_jw_str(w, doc->publisher);
    vg_jw_key(w, "url");
    vg_jw_str(w, doc->url);
    vg_jw_key(w, "published");
    date_or_null(w, doc->published);
    vg_jw_key(w, "lang");
    vg_jw_str(w, doc->lang);
    vg_jw_key(w, "chars");
    vg_jw_int(w, (long long)doc->len);
    vg_jw_key(w, "source");
    vg_jw_str(w, doc->source);
    if (with_text) {
        vg_jw_key(w, "text");
        vg_jw_strn(w, doc->text, doc->len);
    }
    vg_jw_object_end(w);
}

static void diagnostic(vg_jw *w, int error, long long offset, const char *message)
{
    vg_jw_object_begin(w);
    vg_jw_key(w, "severity");
    vg_jw_str(w, error ? "error" : "warning");
    vg_jw_key(w, "offset");
    if (offset >= 0)
        vg_jw_int(w, offset);
    else
        vg_jw_null(w);
    vg_jw_key(w, "message");
    vg_jw_str(w, message);
    vg_jw_object_end(w);
}

static void diagnostics(vg_jw *w, const vg_doc *doc)
{
    vg_jw_array_begin(w);
    for (size_t i = 0; i < doc->ndiags; i++) {
        const vg_diag *g = &doc->diags[i];
        diagnostic(w, g->severity != 0, g->offset, g->message);
    }
    if (doc->diags_dropped) {
        char msg[96];
        snprintf(msg, sizeof msg, "%zu more diagnostics not kept", doc->diags_dropped);
        diagnostic(w, 0, -1, msg);
    }
    vg_jw_array_end(w);
}

static void mention(vg_jw *w, const vg_doc *doc, uint32_t start, uint32_t end)
{
    vg_jw_object_begin(w);
    text_span(w, doc, start, end);
    vg_jw_object_end(w);
}

void vg_export_mentions(vg_jw *w, const vg_doc *doc, const vg_span *s, uint32_t n)
{
    vg_jw_array_begin(w);
    for (uint32_t k = 0; k < n; k++)
        mention(w, doc, s[k].start, s[k].end);
    vg_jw_array_end(w);
}

static void spans(vg_jw *w, const vg_span *s, uint32_t n)
{
    vg_jw_array_begin(w);
    for (uint32_t k = 0; k < n; k++) {
        vg_jw_object_begin(w);
        vg_jw_key(w, "start");
        vg_jw_int(w, s[k].start);
        vg_jw_key(w, "end");
        vg_jw_int(w, s[k].end);
        vg_jw_object_end(w);
    }
    vg_jw_array_end(w);
}

static void refs(vg_jw *w, char kind, const int32_t *idx, uint32_t n)
{
    vg_jw_array_begin(w);
    for (uint32_t k = 0; k < n; k++)
        ref(w, kind, idx[k]);
    vg_jw_array_end(w);
}

static void timeref(vg_jw *w, const vg_doc *doc, const vg_timeref *t)
{
    vg_jw_object_begin(w);
    text_span(w, doc, t->start, t->end);
    vg_jw_key(w, "value");
    date_or_null(w, t->value);
    if (t->is_window) {
        vg_jw_key(w, "from");
        date_or_null(w, t->from);
        vg_jw_key(w, "to");
        date_or_null(w, t->to);
    }
    vg_jw_object_end(w);
}

static vg_wordlist skip = VG_WORDLIST("the", "and", "or", "of", "to", "in", "on", "at", "for",
                                       "from", "with", "was", "were", "are", "is", "had", "have",
                                       "people", "them", "us", "these", "those", "whom", "which", "more");
/* words that describe the counted thing before it is named ("ten armed
 * men", "three unidentified gunmen") */
static vg_wordlist describing = VG_WORDLIST("armed", "unidentified", "suspected", "alleged",
                                             "masked", "hooded", "other", "young", "heavily",
                                             "foreign", "unknown");

/* The counted thing of a quantity: the word after it, past a describing
 * word or two ("three unidentified gunmen" -> gunman), singular ("6, 7 people"
 * -> person), when it is a plain lower-case noun; not a pronoun ("three
 * of them"). */
static void unit_of(vg_jw *w, const vg_doc *doc, const vg_quant *q)
{
    size_t k = q->tok_end;
    if (k < doc->ntoks && vg_tok_is(&doc->toks[k], "of"))
        k++;
    for (int d = 0; d < 2 && k + 1 < doc->ntoks && vg_tok_in(&doc->toks[k], &describing) &&
                    doc->toks[k + 1].start == doc->toks[k].end + 1;
         d++)
        k++;
    /* "20 plus other ISKP supporters": a name after the describing word
     * is not the counted thing */
    if (k > q->tok_end && k < doc->ntoks && (doc->toks[k - 1].flags & VG_TF_LOWER) &&
        !(doc->toks[k].flags & VG_TF_LOWER)) {
        vg_jw_null(w);
        return;
    }
    if (k >= doc->ntoks || doc->toks[k].kind != VG_TOK_WORD || doc->toks[k].normlen < 3 ||
        doc->toks[k].start != doc->toks[k - 1].end + 1) {
        vg_jw_null(w);
        return;
    }
    const vg_token *t = &doc->toks[k];
    if (vg_tok_is(t, "people") || vg_tok_is(t, "persons")) {
        vg_jw_str(w, "person");
        return;
    }
    size_t n = t->normlen;
    char buf[64];
    if (vg_tok_in(t, &skip) || n >= sizeof buf) {
        vg_jw_null(w);
        return;
    }
    memcpy(buf, t->norm, n);
    if (n > 4 && !strncmp(buf + n - 3, "ies", 3))
        memcpy(buf + n - 3, "y", 2), n -= 2;
    else if (n > 3 && buf[n - 1] == 's' && buf[n - 2] != 's')
        n--;
    vg_jw_strn(w, buf, n);
}

static void real_or_null(vg_jw *w, int has, double v)
{
    if (has)
        vg_jw_real(w, v);
    else
        vg_jw_null(w);
}

static void int_or_null(vg_jw *w, long v)
{
    if (v >= 0)
        vg_jw_int(w, v);
    else
        vg_jw_null(w);
}

void vg_export_quantity(vg_jw *w, const vg_doc *doc, const vg_quant *q)
{
    vg_jw_object_begin(w);
    text_span(w, doc, q->start, q->end);
    vg_jw_key(w, "min");
    real_or_null(w, q->has_min, q->min);
    vg_jw_key(w, "max");
    real_or_null(w, q->has_max, q->max);
    vg_jw_key(w, "unit");
    unit_of(w, doc, q);
    if (q->has_total) {
        vg_jw_key(w, "of");
        vg_jw_real(w, q->total);
    }
    vg_jw_object_end(w);
}

static void geo(vg_jw *w, const vg_entity *en, const vg_place *pl)
{
    static const char *const kinds[] = {"country", "region", "city"};
    vg_jw_object_begin(w);
    vg_jw_key(w, "lat");
    vg_jw_real(w, pl->lat);
    vg_jw_key(w, "lon");
    vg_jw_real(w, pl->lon);
    vg_jw_key(w, "kind");
    vg_jw_str(w, en->type == VG_ENT_FACILITY ? "site" : kinds[pl->kind % 3]);
    vg_jw_key(w, "geonameid");
    int_or_null(w, pl->geonameid);
    vg_jw_object_end(w);
}

static void entities(vg_jw *w, const vg_doc *doc)
{
    const vg_extract *ex = doc->ex;
    vg_jw_array_begin(w);
    for (size_t e = 0; ex && e < ex->nents; e++) {
        const vg_entity *en = &ex->ents[e];
        vg_jw_object_begin(w);
        vg_jw_key(w, "id");
        ref(w, 'e', (long)e);
        vg_jw_key(w, "type");
        vg_jw_str(w, vg_ent_type_name(en->type));
        vg_jw_key(w, "name");
        vg_jw_str(w, en->name);
        vg_jw_key(w, "mentions");
        vg_jw_array_begin(w);
        for (uint32_t k = 0; k < en->nmentions; k++) {
            const vg_mention *m = &ex->mentions[en->mentions[k]];
            mention(w, doc, m->start, m->end);
        }
        vg_jw_array_end(w);
        vg_jw_key(w, "country");
        if (en->cc[0])
            vg_jw_strn(w, en->cc, 2);
        else
            vg_jw_null(w);
        const vg_place *pl = vg_extract_place(ex, en->place);
        vg_jw_key(w, "geo");
        if (pl)
            geo(w, en, pl);
        else
            vg_jw_null(w);
        if (en->organ) {
            vg_jw_key(w, "organ");
            vg_jw_str(w, en->organ);
        }
        vg_jw_object_end(w);
    }
    vg_jw_array_end(w);
}

static void incidents(vg_jw *w, const vg_doc *doc)
{
    const vg_extract *ex = doc->ex;
    vg_jw_array_begin(w);
    for (size_t i = 0; ex && i < ex->nincs; i++) {
        const vg_incident *in = &ex->incs[i];
        vg_jw_object_begin(w);
        vg_jw_key(w, "id");
        ref(w, 'i', (long)i);
        vg_jw_key(w, "type");
        vg_jw_str(w, vg_inc_type_name(in->type));
        vg_jw_key(w, "date");
        if (in->has_date)
            timeref(w, doc, &in->date);
        else
            vg_jw_null(w);
        vg_jw_key(w, "place");
        ref(w, 'e', in->place);
        vg_jw_key(w, "perpetrator_groups");
        refs(w, 'e', in->groups, in->ngroups);
        vg_jw_key(w, "perpetrators");
        vg_export_mentions(w, doc, in->perps, in->nperps);
        vg_jw_key(w, "targets");
        vg_export_mentions(w, doc, in->targets, in->ntargets);
        vg_jw_key(w, "victims");
        vg_export_mentions(w, doc, in->victims, in->nvictims);
        vg_jw_key(w, "weapons");
        vg_export_mentions(w, doc, in->weapons, in->nweapons);
        vg_jw_key(w, "killed");
        int_or_null(w, in->killed);
        vg_jw_key(w, "injured");
        int_or_null(w, in->injured);
        vg_jw_key(w, "claim");
        ref(w, 'c', in->claim);
        vg_jw_key(w, "evidence");
        spans(w, in->evidence, in->nevidence);
        vg_jw_object_end(w);
    }
    vg_jw_array_end(w);
}

static void threats(vg_jw *w, const vg_doc *doc)
{
    const vg_extract *ex = doc->ex;
    vg_jw_array_begin(w);
    for (size_t i = 0; ex && i < ex->nthreats; i++) {
        const vg_threat *t = &ex->threats[i];
        vg_jw_object_begin(w);
        vg_jw_key(w, "id");
        ref(w, 't', (long)i);
        vg_jw_key(w, "actor");
        ref(w, 'e', t->actor);
        vg_jw_key(w, "capability");
        vg_jw_array_begin(w);
        for (uint32_t k = 0; k < t->ncapability; k++)
            vg_export_quantity(w, doc, &t->capability[k]);
        vg_jw_array_end(w);
        vg_jw_key(w, "target_types");
        vg_jw_array_begin(w);
        for (uint32_t k = 0; k < t->ntarget_types; k++)
            vg_jw_str(w, t->target_types[k]);
        vg_jw_array_end(w);
        vg_jw_key(w, "targets");
        vg_export_mentions(w, doc, t->targets, t->ntargets);
        vg_jw_key(w, "places");
        refs(w, 'e', t->places, t->nplaces);
        vg_jw_key(w, "window");
        if (t->has_window)
            timeref(w, doc, &t->window);
        else
            vg_jw_null(w);
        vg_jw_key(w, "likelihood");
        vg_jw_str(w, t->likelihood >= 0 ? vg_band_name(t->likelihood) : NULL);
        vg_jw_key(w, "claim");
        ref(w, 'c', t->claim);
        vg_jw_key(w, "evidence");
        spans(w, t->evidence, t->nevidence);
        vg_jw_object_end(w);
    }
    vg_jw_array_end(w);
}

static void chain(vg_jw *w, const vg_claim *c)
{
    static const char *const roles[] = {"author", "publisher", "source", "holder"};
    vg_jw_array_begin(w);
    for (uint32_t k = 0; k < c->nchain; k++) {
        vg_jw_object_begin(w);
        vg_jw_key(w, "role");
        vg_jw_str(w, roles[c->chain[k].role & 3]);
        vg_jw_key(w, "name");
        vg_jw_str(w, c->chain[k].name);
        vg_jw_key(w, "entity");
        ref(w, 'e', c->chain[k].entity);
        vg_jw_object_end(w);
    }
    vg_jw_array_end(w);
}

static void claims(vg_jw *w, const vg_doc *doc)
{
    const vg_extract *ex = doc->ex;
    vg_jw_array_begin(w);
    for (size_t i = 0; ex && i < ex->nclaims; i++) {
        const vg_claim *c = &ex->claims[i];
        vg_jw_object_begin(w);
        vg_jw_key(w, "id");
        ref(w, 'c', (long)i);
        text_span(w, doc, c->start, c->end);
        vg_jw_key(w, "holder");
        ref(w, 'e', c->holder);
        vg_jw_key(w, "holder_text");
        if (c->holder_text.end > c->holder_text.start)
            vg_jw_strn(w, doc->text + c->holder_text.start, c->holder_text.end - c->holder_text.start);
        else
            vg_jw_null(w);
        vg_jw_key(w, "chain");
        chain(w, c);
        vg_jw_key(w, "cue");
        vg_jw_str(w, c->cue);
        vg_jw_key(w, "polarity");
        vg_jw_str(w, c->negative ? "negative" : "positive");
        vg_jw_key(w, "certainty");
        vg_jw_str(w, vg_certainty_name(c->certainty));
        vg_jw_key(w, "about");
        refs(w, 'e', c->about, c->nabout);
        vg_jw_key(w, "quantities");
        vg_jw_array_begin(w);
        for (uint32_t k = 0; k < c->nquants; k++)
            vg_export_quantity(w, doc, &ex->quants[c->quants[k]]);
        vg_jw_array_end(w);
        vg_jw_key(w, "times");
        vg_jw_array_begin(w);
        for (uint32_t k = 0; k < c->ntimes; k++)
            timeref(w, doc, &ex->times[c->times[k]]);
        vg_jw_array_end(w);
        vg_jw_object_end(w);
    }
    vg_jw_array_end(w);
}

void vg_export_record(vg_jw *w, const vg_doc *doc, int with_text)
{
    vg_jw_object_begin(w);
    vg_jw_key(w, "schema");
    vg_jw_str(w, "vigil.document/1");
    vg_jw_key(w, "doc");
    doc_object(w, doc, with_text);
    vg_jw_key(w, "entities");
    entities(w, doc);
    vg_jw_key(w, "incidents");
    incidents(w, doc);
    vg_jw_key(w, "threats");
    threats(w, doc);
    vg_jw_key(w, "claims");
    claims(w, doc);
    if (doc->ndiags || doc->diags_dropped) {
        vg_jw_key(w, "diagnostics");
        diagnostics(w, doc);
    }
    vg_jw_object_end(w);
}
