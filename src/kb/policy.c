/* policy.c: knowledge base, the backend-neutral rules of what is the same
 * across documents (see kb.h): name folding, entity keys, the source that
 * vouches for a claim, and the confidence formula (documented with its
 * reasons in docs/kb.md). Pure functions of the analysed document. */
#include <limits.h>
#include <math.h>
#include <string.h>

#include "extract/extract.h"
#include "kb/kb.h"
#include "text/date.h"
#include "text/fold.h"

int vg_kb_fold_name(const char *s, size_t n, vg_buf *out)
{
    vg_buf f;
    vg_buf_init(&f);
    vg_buf_reset(out);
    int rc = vg_fold_buf(s, n, &f);
    if (rc != VIGIL_OK)
        goto done;
    /* keep letters, digits and bytes of other scripts; the rest is one space */
    int space = 1;
    for (size_t i = 0; i < f.len && rc == VIGIL_OK; i++) {
        unsigned char c = (unsigned char)f.data[i];
        int keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
        if (keep) {
            rc = vg_buf_putc(out, (char)c);
            space = 0;
        } else if (!space) {
            rc = vg_buf_putc(out, ' ');
            space = 1;
        }
    }
    while (rc == VIGIL_OK && out->len && out->data[out->len - 1] == ' ')
        out->len--;
    if (rc == VIGIL_OK && out->len > 4 && !memcmp(out->data, "the ", 4)) {
        memmove(out->data, out->data + 4, out->len - 4);
        out->len -= 4;
    }
    if (rc == VIGIL_OK)
        rc = vg_buf_putc(out, '\0');
    if (rc == VIGIL_OK)
        out->len--;
done:
    vg_buf_fini(&f);
    return rc;
}

int vg_kb_entity_key(const vg_doc *doc, size_t e, vg_buf *out)
{
    const vg_extract *ex = doc->ex;
    const vg_entity *en = &ex->ents[e];
    const char *type = vg_ent_type_name(en->type);
    const vg_place *pl = vg_extract_place(ex, en->place);
    if (pl && pl->geonameid >= 0 && en->type != VG_ENT_FACILITY) {
        vg_buf_reset(out);
        return vg_buf_printf(out, "%s|%ld", type, (long)pl->geonameid);
    }
    vg_buf name;
    vg_buf_init(&name);
    int rc = vg_kb_fold_name(en->name, strlen(en->name), &name);
    if (rc == VIGIL_OK) {
        vg_buf_reset(out);
        /* an unplaced facility or place is told apart by its country */
        if (en->type == VG_ENT_FACILITY || en->type == VG_ENT_PLACE)
            rc = vg_buf_printf(out, "%s|%.2s|%s", type, en->cc[0] ? en->cc : "--", name.data);
        else
            rc = vg_buf_printf(out, "%s|%s", type, name.data);
    }
    vg_buf_fini(&name);
    return rc;
}

int vg_kb_source_key(const vg_doc *doc, size_t c, vg_buf *out)
{
    const vg_claim *cl = &doc->ex->claims[c];
    /* the first link after the author: who the report got it from (the
     * wire in "told Reuters", the contact who relays what "US authorities
     * believe"); everything that comes through it is one source */
    for (uint32_t k = 0; k < cl->nchain; k++) {
        const vg_chain_link *l = &cl->chain[k];
        if (l->role == VG_ROLE_AUTHOR || !l->name)
            continue;
        /* an entity's canonical name joins "the CIA" and "Central Intelligence Agency" */
        const char *name = l->entity >= 0 ? doc->ex->ents[l->entity].name : l->name;
        vg_buf f;
        vg_buf_init(&f);
        int rc = vg_kb_fold_name(name, strlen(name), &f);
        /* the name alone: "according to Reuters" and "told Reuters" are one source */
        if (rc == VIGIL_OK) {
            vg_buf_reset(out);
            rc = vg_buf_puts(out, f.data ? f.data : "");
        }
        vg_buf_fini(&f);
        if (rc != VIGIL_OK || out->len > 0)
            return rc;
    }
    vg_buf_reset(out);
    if (doc->publisher) {
        vg_buf f;
        vg_buf_init(&f);
        int rc = vg_kb_fold_name(doc->publisher, strlen(doc->publisher), &f);
        if (rc == VIGIL_OK)
            rc = vg_buf_puts(out, f.data ? f.data : "");
        vg_buf_fini(&f);
        return rc;
    }
    return vg_buf_printf(out, "document:%s", doc->id ? doc->id : "unknown");
}

#define MAX_WORDS 128

static int is_function_word(const char *w, size_t n)
{
    static const char *const common[] = {"said", "says", "that", "have", "been", "with", "from",
                                         "they", "this", "were", "will", "would", "could", "their",
                                         "about", "which", "after", "also", "there", "than",
                                         "into", "some", "more", "most", "other", "these",
                                         "those", "what", "when", "where", "while", "being", NULL};
    for (const char *const *c = common; *c; c++)
        if (strlen(*c) == n && !memcmp(*c, w, n))
            return 1;
    return 0;
}

/* The distinct content words of folded text s, as (offset, length). */
static size_t content_words(const char *s, size_t n, uint32_t (*w)[2])
{
    size_t k = 0;
    for (size_t i = 0; i < n && k < MAX_WORDS;) {
        while (i < n && s[i] == ' ')
            i++;
        size_t b = i;
        while (i < n && s[i] != ' ')
            i++;
        size_t len = i - b;
        if (len < 4 || is_function_word(s + b, len))
            continue;
        int seen = 0;
        for (size_t j = 0; j < k && !seen; j++)
            seen = w[j][1] == len && !memcmp(s + w[j][0], s + b, len);
        if (!seen) {
            w[k][0] = (uint32_t)b;
            w[k][1] = (uint32_t)len;
            k++;
        }
    }
    return k;
}

double vg_kb_similarity(const char *a, size_t na, const char *b, size_t nb)
{
    vg_buf fa, fb;
    vg_buf_init(&fa);
    vg_buf_init(&fb);
    double sim = 0;
    if (vg_kb_fold_name(a, na, &fa) == VIGIL_OK && vg_kb_fold_name(b, nb, &fb) == VIGIL_OK &&
        fa.data && fb.data) {
        uint32_t wa[MAX_WORDS][2], wb[MAX_WORDS][2];
        size_t ka = content_words(fa.data, fa.len, wa), kb = content_words(fb.data, fb.len, wb);
        size_t both = 0;
        for (size_t i = 0; i < ka; i++)
            for (size_t j = 0; j < kb; j++)
                if (wa[i][1] == wb[j][1] && !memcmp(fa.data + wa[i][0], fb.data + wb[j][0], wa[i][1])) {
                    both++;
                    break;
                }
        size_t either = ka + kb - both;
        sim = either ? (double)both / (double)either : 0;
    }
    vg_buf_fini(&fa);
    vg_buf_fini(&fb);
    return sim;
}

long vg_kb_days(const char *s)
{
    vg_date d;
    if (!s || vg_date_parse(s, strlen(s), &d) != VIGIL_OK || d.prec != VG_DATE_DAY)
        return LONG_MIN;
    return vg_date_to_days(d);
}

static double certainty_base(const char *c)
{
    if (!c)
        return 0.5;
    if (!strcmp(c, "certain"))
        return 0.9;
    if (!strcmp(c, "probable"))
        return 0.7;
    if (!strcmp(c, "possible"))
        return 0.5;
    return 0.4; /* unknown */
}

/* The factor of a reliability 'A'..'F' / credibility 1..6, or ungraded
 * when not graded: A (completely reliable) .. E (unreliable), 1
 * (confirmed) .. 5 (improbable); F and 6, "cannot be judged", weigh like
 * an ungraded source in the confidence formula. */
static double grade_factor(int v, int lo, double ungraded)
{
    static const double f[] = {1.0, 0.9, 0.8, 0.6, 0.4, 0.8};
    return v >= lo && v <= lo + 5 ? f[v - lo] : ungraded;
}

double vg_kb_grade_weight(char reliability, int credibility)
{
    return grade_factor(reliability, 'A', 1.0) * grade_factor(credibility, 1, 1.0);
}

double vg_kb_confidence(const char *certainty, char reliability, int credibility,
                        int independent)
{
    double p = certainty_base(certainty) * grade_factor(reliability, 'A', 0.8) *
               grade_factor(credibility, 1, 0.8);
    /* each further independent source counts half: reports seldom are
     * fully independent */
    double n = independent > 1 ? independent : 1;
    double conf = 1.0 - pow(1.0 - p, 1.0 + (n - 1.0) / 2.0);
    return conf > 0.99 ? 0.99 : conf;
}
