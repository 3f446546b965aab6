/* summary.c: export stage. An analysed document -> a short report for a
 * person reading a terminal: what the document is, its shape (sentences,
 * bullets), what was found, and anything repaired. The JSON record is the
 * contract; this is only a view of it. */
#include <string.h>

#include "export/export.h"
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
    for (size_t i = 0; i < doc->ndiags; i++) {
        const vg_diag *g = &doc->diags[i];
        fprintf(out, "  %s:   %s\n", g->severity ? "error  " : "warning", g->message);
    }
    return ferror(out) ? VIGIL_EIO : VIGIL_OK;
}
