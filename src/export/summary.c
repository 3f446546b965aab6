/* summary.c: export stage. An analysed document -> a short report for a
 * person reading a terminal: what the document is, its shape (sentences,
 * bullets), what was found, and anything repaired. The JSON record is the
 * contract; this is only a view of it. */
#include <string.h>

#include "export/export.h"
#include "extract/extract.h"
#include "vigil/vigil.h"

static int rule(FILE *out)
{
    return fputs("------------------------------------------------------------------------\n",
                 out) == EOF
               ? -1
               : 0;
}

/* The first sentence of the body (not a headline, date or byline line:
 * at least 6 tokens), cut at max bytes on a character boundary. */
static void lead(const vg_doc *doc, FILE *out, size_t max)
{
    if (doc->nsents == 0)
        return;
    const vg_sent *s = &doc->sents[0];
    for (size_t i = 0; i < doc->nsents; i++) {
        if (!(doc->sents[i].flags & VG_SF_HEADLINE) &&
            doc->sents[i].tok_end - doc->sents[i].tok_start >= 6) {
            s = &doc->sents[i];
            break;
        }
    }
    size_t n = s->end - s->start;
    int cut = 0;
    if (n > max) {
        n = max;
        while (n > 0 && ((unsigned char)doc->text[s->start + n] & 0xC0) == 0x80)
            n--;
        cut = 1;
    }
    fprintf(out, "  lead:      ");
    for (size_t i = 0; i < n; i++) {
        char c = doc->text[s->start + i];
        fputc(c == '\n' || c == '\r' || c == '\t' ? ' ' : c, out);
    }
    fprintf(out, "%s\n", cut ? "..." : "");
}

/* Prints text[a,b) on one line, newlines as spaces, cut at max bytes. */
static void clip(const vg_doc *doc, uint32_t a, uint32_t b, size_t max, FILE *out)
{
    size_t n = b - a;
    int cut = 0;
    if (n > max) {
        n = max;
        while (n > 0 && ((unsigned char)doc->text[a + n] & 0xC0) == 0x80)
            n--;
        cut = 1;
    }
    for (size_t i = 0; i < n; i++) {
        char c = doc->text[a + i];
        fputc(c == '\n' || c == '\r' || c == '\t' ? ' ' : c, out);
    }
    if (cut)
        fputs("...", out);
}

static const char *ent_name(const vg_extract *ex, int32_t e)
{
    return e >= 0 && (size_t)e < ex->nents ? ex->ents[e].name : "?";
}

static void entities(const vg_doc *doc, FILE *out)
{
    const vg_extract *ex = doc->ex;
    static const char *const heads[] = {"people", "armed groups", "organizations", "government",
                                        "places", "facilities"};
    for (int type = 0; type <= VG_ENT_FACILITY; type++) {
        int any = 0;
        for (size_t e = 0; e < ex->nents; e++) {
            const vg_entity *en = &ex->ents[e];
            if (en->type != type)
                continue;
            fprintf(out, any ? ", " : "  %-13s ", heads[type]);
            fputs(en->name, out);
            if (en->cc[0])
                fprintf(out, " (%s)", en->cc);
            any = 1;
        }
        if (any)
            fputc('\n', out);
    }
}

static void spans(const vg_doc *doc, const char *label, const vg_span *s, uint32_t n, FILE *out)
{
    if (!n)
        return;
    fprintf(out, "      %s: ", label);
    for (uint32_t k = 0; k < n; k++) {
        if (k)
            fputs("; ", out);
        clip(doc, s[k].start, s[k].end, 60, out);
    }
    fputc('\n', out);
}

static void incidents(const vg_doc *doc, FILE *out)
{
    const vg_extract *ex = doc->ex;
    for (size_t i = 0; i < ex->nincs; i++) {
        const vg_incident *in = &ex->incs[i];
        char date[16] = "", from[16] = "", to[16] = "";
        if (in->has_date && !vg_date_format(in->date.value, date, sizeof date) && in->date.is_window) {
            vg_date_format(in->date.from, from, sizeof from);
            vg_date_format(in->date.to, to, sizeof to);
        }
        fprintf(out, "  incident   %s", vg_inc_type_name(in->type));
        if (in->place >= 0)
            fprintf(out, " in %s", ent_name(ex, in->place));
        if (date[0])
            fprintf(out, " on %s", date);
        else if (from[0] && to[0])
            fprintf(out, " between %s and %s", from, to); /* "last week" */
        if (in->killed >= 0)
            fprintf(out, ", %d killed", in->killed);
        if (in->injured >= 0)
            fprintf(out, ", %d injured", in->injured);
        for (uint32_t g = 0; g < in->ngroups; g++)
            fprintf(out, "%s%s", g ? ", " : ", by ", ent_name(ex, in->groups[g]));
        fputc('\n', out);
        spans(doc, "perpetrators", in->perps, in->nperps, out);
        spans(doc, "targets", in->targets, in->ntargets, out);
        spans(doc, "victims", in->victims, in->nvictims, out);
        spans(doc, "weapons", in->weapons, in->nweapons, out);
    }
}

static void threats(const vg_doc *doc, FILE *out)
{
    const vg_extract *ex = doc->ex;
    for (size_t i = 0; i < ex->nthreats; i++) {
        const vg_threat *t = &ex->threats[i];
        fprintf(out, "  threat     %s", t->actor >= 0 ? ent_name(ex, t->actor) : "unknown actor");
        for (uint32_t k = 0; k < t->ntarget_types; k++)
            fprintf(out, "%s%s", k ? ", " : " against ", t->target_types[k]);
        for (uint32_t k = 0; k < t->nplaces; k++)
            fprintf(out, "%s%s", k ? ", " : " in ", ent_name(ex, t->places[k]));
        if (t->has_window) {
            fputs(" (", out);
            clip(doc, t->window.start, t->window.end, 40, out);
            fputc(')', out);
        }
        if (t->likelihood >= 0)
            fprintf(out, ": %s", vg_band_name(t->likelihood));
        fputc('\n', out);
        for (uint32_t k = 0; k < t->ncapability; k++) {
            fprintf(out, k ? "; " : "      size: ");
            clip(doc, t->capability[k].start, t->capability[k].end, 40, out);
            if (k + 1 == t->ncapability)
                fputc('\n', out);
        }
    }
}

static void claims(const vg_doc *doc, FILE *out)
{
    const vg_extract *ex = doc->ex;
    static const char *const roles[] = {"author", "publisher", "source", "holder"};
    for (size_t i = 0; i < ex->nclaims; i++) {
        const vg_claim *c = &ex->claims[i];
        fprintf(out, "  claim      [%s%s%s] ", vg_certainty_name(c->certainty),
                c->negative ? ", negative" : "", c->cue ? ", " : "");
        if (c->cue)
            fputs(c->cue, out);
        fputs(" ", out);
        for (uint32_t k = 0; k < c->nchain; k++)
            fprintf(out, "%s%s: %s", k ? " <- " : "", roles[c->chain[k].role & 3], c->chain[k].name);
        fputs("\n      \"", out);
        clip(doc, c->start, c->end, 110, out);
        fputs("\"\n", out);
    }
}

int vg_export_summary(const vg_doc *doc, FILE *out)
{
    char date[16];
    size_t dn = vg_date_format(doc->published, date, sizeof date);
    size_t bullets = 0;
    for (size_t i = 0; i < doc->nsents; i++)
        bullets += (doc->sents[i].flags & VG_SF_BULLET) != 0;
    if (rule(out) != 0)
        return VIGIL_EIO;
    fprintf(out, "%s\n", doc->title ? doc->title : "(untitled)");
    fprintf(out, "  id:        %s\n", doc->id ? doc->id : "?");
    if (doc->source)
        fprintf(out, "  from:      %s\n", doc->source);
    fprintf(out, "  published: %s\n", dn ? date : "unknown");
    if (doc->author)
        fprintf(out, "  author:    %s\n", doc->author);
    if (doc->publisher)
        fprintf(out, "  publisher: %s\n", doc->publisher);
    if (doc->url)
        fprintf(out, "  url:       %s\n", doc->url);
    fprintf(out, "  text:      %zu bytes, %zu sentences", doc->len, doc->nsents);
    if (bullets)
        fprintf(out, " (%zu in bullet points)", bullets);
    fprintf(out, ", %zu tokens\n", doc->ntoks);
    lead(doc, out, 160);
    if (doc->ex) {
        entities(doc, out);
        incidents(doc, out);
        threats(doc, out);
        claims(doc, out);
    }
    for (size_t i = 0; i < doc->ndiags; i++) {
        const vg_diag *g = &doc->diags[i];
        fprintf(out, "  %s:   %s\n", g->severity ? "error  " : "warning", g->message);
    }
    return ferror(out) ? VIGIL_EIO : VIGIL_OK;
}
