/* text.c: ingest stage, plain text. Takes the bytes of a text file and
 * produces one document whose analysed text is the whole input (invalid
 * UTF-8 repaired). Blogs and wire copy put a date line, a headline and a
 * byline at the top:
 *
 *     Friday, July 01, 2016
 *
 *     US Sources are concerned next wave of attack may be deadlier in Turkey
 *
 * The first few non-empty lines are examined: a line that parses whole as a
 * date, or a header naming the document and its date ("Press release No.
 * 71/2025 of 4 December 2025"), gives doc->published, a line "By NAME" gives the author, and the first
 * short line without final punctuation gives the title. The scan stops at the
 * first line that reads as prose, so a wire story opening with its dateline
 * ("ANKARA, March 4 (Reuters) - ...") gets no title. Also: the content id. */
#include <nettle/sha2.h>
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "ingest/ingest.h"
#include "util/error.h"

#define HEAD_LINES 6       /* non-empty lines examined at the top */
#define TITLE_MAX_BYTES 200 /* longer lines are prose, not headlines */

static int is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

/* The line [s,e) trimmed. */
static void trim(const char **s, const char **e)
{
    while (*s < *e && is_space(**s))
        (*s)++;
    while (*e > *s && is_space((*e)[-1]))
        (*e)--;
}

/* "04/11/2026", "4.11.2026": the day and the month could be either way
 * round (both at most 12 and different). */
static int ambiguous_day(const char *a, const char *e)
{
    int x = 0, y = 0, part = 0;
    for (const char *p = a; p < e && part < 2; p++) {
        if (isalpha((unsigned char)*p))
            return 0;
        if (*p >= '0' && *p <= '9')
            *(part ? &y : &x) = *(part ? &y : &x) * 10 + (*p - '0');
        else if (*p == '/' || *p == '.')
            part++;
        else
            return 0;
    }
    return part == 2 && x >= 1 && y >= 1 && x <= 12 && y <= 12 && x != y;
}

/* A date of day precision in [a, e) after a separator ('|', ',', '-'),
 * up to the next '|': "| 3 September 2025", ", August 12, 2025 | The Jihad
 * Monitor", "- 3 September 2025" (not a day that reads both ways).
 * Returns its start, or NULL. */
static const char *date_after(const char *a, const char *e, vg_date *d)
{
    for (const char *p = a; p < e; p++) {
        if (*p != '|' && *p != ',' && *p != '-')
            continue;
        const char *ds = p + 1, *de = ds;
        while (de < e && *de != '|')
            de++;
        trim(&ds, &de);
        if (de > ds && de - ds <= 40 && !ambiguous_day(ds, de) && vg_date_parse(ds, (size_t)(de - ds), d) == 0 &&
            d->prec == VG_DATE_DAY)
            return p;
    }
    return NULL;
}

int vg_ingest_byline(const char *s, size_t n, int need_by, const char **name, size_t *nlen,
                     vg_date *date)
{
    date->prec = VG_DATE_NONE;
    int by = n >= 4 && (s[0] == 'B' || s[0] == 'b') && (s[1] == 'y' || s[1] == 'Y') && s[2] == ' ';
    if (n > 100 || (need_by && !by) || n == 0)
        return 0;
    *name = by ? s + 3 : s;
    *nlen = by ? n - 3 : n;
    /* "By Rachel Dimitriou, Court Reporter", "By Analysis Desk | 25
     * January 2026": the name, not the post or the date after it */
    static const char *const posts[] = {"reporter", "correspondent", "editor", "writer", "staff", "desk",
                                        "chief", "analyst", "contributor", "producer", "journalist", NULL};
    for (size_t i = 0; i < *nlen; i++) {
        if ((*name)[i] == '|') {
            *nlen = i;
            break;
        }
        if ((*name)[i] != ',')
            continue;
        for (size_t w = 0; posts[w]; w++) {
            size_t pl = strlen(posts[w]);
            for (size_t j = i + 1; j + pl <= *nlen; j++)
                if (!strncasecmp(*name + j, posts[w], pl) && !isalpha((unsigned char)(*name)[j - 1]) &&
                    (j + pl == *nlen || !isalpha((unsigned char)(*name)[j + pl]))) { /* not "Stafford" */
                    *nlen = i;
                    goto cut;
                }
        }
        break; /* "By Jane Doe, Reuters": the first comma only */
    }
cut:;
    const char *at = date_after(*name, s + n, date);
    if (at && at < *name + *nlen)
        *nlen = (size_t)(at - *name);
    while (*nlen > 0 && ((*name)[*nlen - 1] == ' ' || (*name)[*nlen - 1] == '\t'))
        (*nlen)--;
    return *nlen > 0;
}

/* A dateline opening the first paragraph of wire copy, or standing on a
 * line of its own, whose date carries a year:
 *
 *     İSTANBUL, 20 November 2015 (Vigil Wire) - Turkish police detained ...
 *     Madrid, 25 August 2017
 *
 * The place is one to three comma-separated parts; the date is the part
 * before "(", " - " or the end of the line. A date without a year ("KABUL,
 * Sept 6 (Reuters) -") gives nothing here. Returns 0 and sets *d. */
static int dateline(const char *s, size_t n, vg_date *d)
{
    size_t stop = n < 120 ? n : 120;
    for (size_t i = 0; i + 1 < stop; i++) {
        /* "Saravena, Arauca, Tuesday 10 March 2026. An explosive charge" */
        if (s[i] == '(' || (s[i] == ' ' && (s[i + 1] == '-' || s[i + 1] == '\xe2')) ||
            (s[i] == '.' && s[i + 1] == ' ' && i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9')) {
            stop = i;
            break;
        }
    }
    /* try the text after each of the first three commas */
    size_t commas = 0;
    for (size_t i = 0; i < stop && commas < 3; i++) {
        if (s[i] != ',')
            continue;
        commas++;
        const char *ds = s + i + 1, *de = s + stop;
        trim(&ds, &de);
        /* "Islamabad, dated 14th November, 2025 (Friday)" */
        if (de - ds > 6 && !strncasecmp(ds, "dated ", 6))
            ds += 6;
        if (de > ds && vg_date_parse(ds, (size_t)(de - ds), d) == 0 && d->prec == VG_DATE_DAY)
            return 0;
    }
    return -1;
}

/* A numeric date [ds, de) read month first, and the rest of its line:
 * the first word after it and its clock ("07/10/2026 09:40 hrs.",
 * "11/04/2026 08:15 (COT)") says whether its day comes first
 * (vg_date_zone_order); "10:15 AM | By John West" says nothing. */
static void line_order(const char *ds, const char *de, const char *end, vg_date *d)
{
    const char *p = ds;
    while (p < de && *p != ' ')
        p++;
    size_t dn = (size_t)(p - ds);
    while (p < end && !((*p | 0x20) >= 'a' && (*p | 0x20) <= 'z'))
        p++;
    char w[8];
    size_t n = 0;
    int caps = 1;
    while (p < end && (*p | 0x20) >= 'a' && (*p | 0x20) <= 'z') {
        if (n < sizeof w)
            w[n] = (char)(*p | 0x20);
        caps &= *p >= 'A' && *p <= 'Z';
        n++;
        p++;
    }
    if (n && n <= sizeof w && vg_date_zone_order(w, n, caps) > 0)
        vg_date_day_first(ds, dn, d);
}

/* A date line with its time or a tag after it:
 *
 *     March 3, 2026 6:42 PM GMT+1 · Updated
 *     14 September 2025 | 09:12 EAT
 *
 * The date before a middle dot, a bar or a clock time. */
static int leading_date(const char *s, size_t n, vg_date *d)
{
    if (n > 80)
        return -1;
    size_t cut = n;
    for (size_t i = 0; i + 1 < n && cut == n; i++) {
        if (s[i] == '|' || ((unsigned char)s[i] == 0xc2 && (unsigned char)s[i + 1] == 0xb7))
            cut = i;
        else if (s[i] == ':' && i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9') {
            size_t j = i; /* back to the space before the hour */
            while (j > 0 && s[j - 1] != ' ')
                j--;
            cut = j;
        }
    }
    if (cut == n || cut == 0)
        return -1;
    const char *ds = s, *de = s + cut;
    trim(&ds, &de);
    if (de > ds && vg_date_parse(ds, (size_t)(de - ds), d) == 0 && d->prec == VG_DATE_DAY) {
        line_order(ds, de, s + n, d);
        return 0;
    }
    /* "Indus Watch OSINT (@indus_geoint) · 19 Nov 2025 · thread": a part
     * between middle dots */
    for (size_t i = 0; i + 1 < n; i++) {
        if (!((unsigned char)s[i] == 0xc2 && (unsigned char)s[i + 1] == 0xb7))
            continue;
        size_t j = i + 2;
        while (j + 1 < n && !((unsigned char)s[j] == 0xc2 && (unsigned char)s[j + 1] == 0xb7))
            j++;
        if (j + 1 >= n)
            j = n;
        ds = s + i + 2;
        de = s + j;
        trim(&ds, &de);
        if (de > ds && vg_date_parse(ds, (size_t)(de - ds), d) == 0 && d->prec == VG_DATE_DAY)
            return 0;
    }
    return -1;
}

/* A labelled date line in a header block:
 *
 *     Issued: 12 April 2017
 *     Published 3 March 2021
 *
 * Returns 0 and sets *d when the line is one of the labels below, an
 * optional colon, and a full date (PUBLICATION_LABEL for the labels that
 * name the day of publication itself); -1 when it is not. */
#define PUBLICATION_LABELS 3
enum { PUBLICATION_LABEL = 1 };
static int labelled_date(const char *s, size_t n, vg_date *d, const char **by, size_t *bylen)
{
    *by = NULL;
    *bylen = 0;
    /* longer labels first where one begins another ("date of publication"
     * before "date"); the first PUBLICATION_LABELS name the day of
     * publication itself (publication_line) */
    static const char *const labels[] = {"date of publication", "publication date", "date of issue",
                                         "published", "issued",  "updated", "posted",
                                         "date",      "dated",   "released", "last updated", "dtg",
                                         "first published", "published on", "posted on",
                                         "latest update", "last update", "as of", "broadcast", "aired",
                                         "date/time", "date / time", "time/date", "release date",
                                         "date released", "answered on", "answered", "filed"};
    for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++) {
        size_t ln = strlen(labels[i]);
        if (n <= ln + 1 || strncasecmp(s, labels[i], ln) != 0)
            continue;
        int found = i < PUBLICATION_LABELS ? PUBLICATION_LABEL : 0;
        const char *ds = s + ln, *de = s + n;
        if (*ds != ':' && *ds != ' ')
            continue;
        if (*ds == ':')
            ds++;
        /* "Posted 22 September 2025 by Helena Marques" */
        for (const char *q = ds; q + 4 < de; q++)
            if (!strncasecmp(q, " by ", 4)) {
                *by = q + 4;
                *bylen = (size_t)(de - (q + 4));
                de = q;
                break;
            }
        trim(&ds, &de);
        if (de > ds && vg_date_parse(ds, (size_t)(de - ds), d) == 0 && d->prec == VG_DATE_DAY) {
            line_order(ds, de, de, d);
            return found;
        }
        /* "Issued: 09 AUG 2025 1315 UTC": the date before a clock time */
        for (const char *q = de; q > ds; q--) {
            if (q[-1] != ' ')
                continue;
            const char *qe = q - 1;
            if (qe - ds >= 6 && vg_date_parse(ds, (size_t)(qe - ds), d) == 0 && d->prec == VG_DATE_DAY &&
                q[0] >= '0' && q[0] <= '9') {
                line_order(ds, qe, de, d);
                return found;
            }
        }
        /* "Date: 18 February 2026, 1130 UTC", "Published 1 July 2025 |
         * Classification: ...", "posted wed 8 oct 2025 · 9:47 pm",
         * "Issued: 22 JAN 2026 / 1430 UTC": the date before a comma, a bar,
         * a middle dot or a spaced slash */
        for (const char *q = ds; q < de; q++) {
            if (*q != ',' && *q != '|' && !((unsigned char)q[0] == 0xc2 && q + 1 < de && (unsigned char)q[1] == 0xb7) &&
                !(*q == '/' && q > ds && q[-1] == ' ' && q + 1 < de && q[1] == ' '))
                continue;
            const char *qe = q;
            while (qe > ds && qe[-1] == ' ')
                qe--;
            if (vg_date_parse(ds, (size_t)(qe - ds), d) == 0 && d->prec == VG_DATE_DAY)
                return found;
        }
        *by = NULL;
        *bylen = 0;
    }
    return -1;
}

/* A line that opens with a label naming the day of publication itself
 * ("Date of publication: 18 August 2022"): labelled_date with one of
 * the first PUBLICATION_LABELS of its list. */
static int publication_line(const char *s, size_t n, vg_date *d, const char **by, size_t *bylen)
{
    return labelled_date(s, n, d, by, bylen) == PUBLICATION_LABEL;
}

/* A labelled date among the parts of a header line cut by bars:
 *
 *     Africa & South Asia Desk | Issued Monday 23 March 2026 | Distribution: clients
 *
 * Returns 0 and sets *d. */
static int labelled_part(const char *s, size_t n, vg_date *d)
{
    const char *end = s + n, *a = s;
    while (a < end) {
        const char *b = memchr(a, '|', (size_t)(end - a));
        if (!b)
            b = end;
        const char *ps = a, *pe = b;
        trim(&ps, &pe);
        const char *by;
        size_t bylen;
        /* the first part is the whole line's labelled_date already */
        if (a > s && pe > ps && labelled_date(ps, (size_t)(pe - ps), d, &by, &bylen) >= 0)
            return 0;
        a = b + 1;
    }
    return -1;
}

/* A header line naming the document and its date, the date among parts
 * cut by " of ", " on ", "dated", ",", "//", "|" or a dash:
 *
 *     Press release No. 71/2025 of 4 December 2025
 *     SITREP 114 // ABUJA // 05 JUN 2025 // 0630Z
 *     Statement by the Ministry of Interior, 12 May 2024
 *
 * Only lines that say what the document is (a press release, a statement,
 * a sitrep ...), so a headline about a past date ("Remembering the attack
 * of 11 September 2001") gives nothing. Returns 0 and sets *d. */
static int header_date(const char *s, size_t n, vg_date *d)
{
    static const char *const kinds[] = {"press release", "statement", "communiqu", "bulletin",
                                        "sitrep", "situation report", "notice", "advisory",
                                        "briefing", "digest", "circular", "release no",
                                        "update no", "report no", "in brief", "round-up",
                                        "roundup", "newsletter", NULL};
    if (n > 160)
        return -1;
    int kind = 0;
    for (size_t i = 0; i < n && !kind; i++)
        for (size_t k = 0; kinds[k] && !kind; k++) {
            size_t kl = strlen(kinds[k]);
            kind = i + kl <= n && !strncasecmp(s + i, kinds[k], kl);
        }
    if (!kind)
        return -1;
    static const char *const cuts[] = {" of ", " on ", " dated ", ",", "//", "|", " - ",
                                       " \xe2\x80\x93 ", " \xe2\x80\x94 ", NULL};
    size_t a = 0;
    while (a < n) {
        /* the part [a, b): up to the next cut */
        size_t b = n, cl = 0;
        for (size_t i = a; i < n && b == n; i++)
            for (size_t k = 0; cuts[k]; k++) {
                size_t kl = strlen(cuts[k]);
                if (i + kl <= n && !strncasecmp(s + i, cuts[k], kl)) {
                    b = i;
                    cl = kl;
                    break;
                }
            }
        const char *ps = s + a, *pe = s + b;
        trim(&ps, &pe);
        if (pe > ps && vg_date_parse(ps, (size_t)(pe - ps), d) == 0 && d->prec == VG_DATE_DAY)
            return 0;
        a = b + cl;
    }
    return -1;
}

/* A masthead or a thread's heading ending in the date after a separator:
 *
 *     Stockport Courier — Thursday 6 March 2025
 *     Thread by @SentinelGeo (Sentinel Geolocation Group) · 14 Jan 2025
 *
 * Returns 0 and sets *d when the part after the last " — ", " – ", " · ",
 * " | " or " - " is a date to the day. */
static int masthead_date(const char *s, size_t n, vg_date *d)
{
    static const char *const seps[] = {" \xe2\x80\x94 ", " \xe2\x80\x93 ", " \xc2\xb7 ", " | ", " - ", NULL};
    if (n > 160)
        return -1;
    const char *best = NULL;
    for (size_t k = 0; seps[k]; k++) {
        size_t sl = strlen(seps[k]);
        for (const char *q = s; q + sl <= s + n; q++)
            if (!memcmp(q, seps[k], sl) && (!best || q + sl > best))
                best = q + sl;
    }
    if (!best)
        return -1;
    const char *ds = best, *de = s + n;
    trim(&ds, &de);
    return de > ds && vg_date_parse(ds, (size_t)(de - ds), d) == 0 && d->prec == VG_DATE_DAY ? 0 : -1;
}

static int ends_as_prose(const char *s, size_t n)
{
    char c = s[n - 1];
    return c == '.' || c == ',' || c == ';' || c == ':' || c == '-';
}

/* A wire's credit line among the last lines: "(Reporting by Jibran Ahmad
 * in Peshawar; Writing by Saad Sayeed; Editing by Hugh Lawson)". The
 * reporter is the author. */
static void credit_line(vg_doc *doc)
{
    const char *end = doc->text + doc->len;
    for (int lines = 0; lines < 4 && end > doc->text; lines++) {
        const char *e = end;
        while (e > doc->text && (e[-1] == '\n' || is_space(e[-1])))
            e--;
        const char *s = e;
        while (s > doc->text && s[-1] != '\n')
            s--;
        end = s;
        if (s == e)
            break;
        int paren = *s == '(';
        if (paren)
            s++;
        static const char lead[] = "Reporting by ";
        size_t ll = sizeof lead - 1;
        if ((size_t)(e - s) <= ll || strncasecmp(s, lead, ll) != 0)
            continue;
        /* in parentheses or credits in a row, not "Reporting by Human
         * Rights Watch found that ..." */
        if (!paren && !memchr(s, ';', (size_t)(e - s)))
            return;
        const char *name = s + ll, *q = name;
        while (q < e && *q != ';' && *q != ')' && *q != ',' && !(e - q > 4 && !strncmp(q, " in ", 4)) &&
               !(e - q > 5 && !strncmp(q, " and ", 5)))
            q++;
        if (q > name && q - name <= 60)
            doc->author = vg_doc_strdup_clean(doc, name, (size_t)(q - name));
        return;
    }
}

int vg_ingest_text(vg_doc *doc, const char *raw, size_t n, const char *name, vigil_error *err)
{
    int rc = vg_doc_set_text(doc, raw, n);
    if (rc == VIGIL_EUTF8)
        return vg_error_set(err, rc, "ingest", name, -1,
                            "binary content (NUL or invalid utf-8 bytes) in \"%s\"", name);
    if (rc != VIGIL_OK)
        return vg_error_set(err, rc, "ingest", name, -1, "cannot take the text of \"%s\": %s",
                            name, vigil_strerror(rc));

    const char *p = doc->text, *end = doc->text + doc->len;
    int examined = 0;
    while (p < end && examined < HEAD_LINES) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *le = nl ? nl : end;
        const char *s = p, *e = le;
        p = nl ? nl + 1 : end;
        trim(&s, &e);
        if (s == e)
            continue;
        examined++;
        size_t len = (size_t)(e - s);
        vg_date d;
        const char *who;
        size_t wlen;
        const char *by = NULL;
        size_t bylen = 0;
        /* "By Claire Duval | 3 September 2025 | The Monitor": the author,
         * and the day beside the name */
        if (vg_ingest_byline(s, len, 1, &who, &wlen, &d)) {
            if (!doc->author)
                doc->author = vg_doc_strdup_clean(doc, who, wlen);
            if (doc->published.prec == VG_DATE_NONE && d.prec != VG_DATE_NONE)
                doc->published = d;
            continue;
        }
        /* "Date of publication: 18 August 2022" says the day outright: it
         * wins over a date read from an earlier line ("Reporting period: 1
         * - 15 August 2022") */
        if (len <= 120 && publication_line(s, len, &d, &by, &bylen)) {
            doc->published = d;
            if (by && bylen && bylen <= 80 && !doc->author)
                doc->author = vg_doc_strdup_clean(doc, by, bylen);
            continue;
        }
        if ((len <= 60 && vg_date_parse(s, len, &d) == 0) ||
            (len <= 120 && labelled_date(s, len, &d, &by, &bylen) >= 0) ||
            (len <= 160 && labelled_part(s, len, &d) == 0)) {
            if (doc->published.prec == VG_DATE_NONE)
                doc->published = d;
            if (by && bylen && bylen <= 80 && !doc->author)
                doc->author = vg_doc_strdup_clean(doc, by, bylen);
            continue;
        }
        if (dateline(s, len, &d) == 0) {
            if (doc->published.prec == VG_DATE_NONE)
                doc->published = d;
            if (len <= 60)
                continue; /* "Madrid, 25 August 2017" alone on its line */
            break;        /* the dateline opens the first paragraph */
        }
        if (header_date(s, len, &d) == 0 || masthead_date(s, len, &d) == 0 || leading_date(s, len, &d) == 0) {
            if (doc->published.prec == VG_DATE_NONE)
                doc->published = d;
            /* "WORLD NEWS IN BRIEF - Monday 6 April 2026" opening the text */
            if (!doc->title && examined == 1 && len <= TITLE_MAX_BYTES && !ends_as_prose(s, len))
                doc->title = vg_doc_strdup_clean(doc, s, len);
            continue;
        }
        /* a headline is a short line without final punctuation; the first
         * one is the title, later ones (a standfirst, an issuing office)
         * are passed over until the prose starts */
        if (len <= TITLE_MAX_BYTES && !ends_as_prose(s, len)) {
            if (!doc->title)
                doc->title = vg_doc_strdup_clean(doc, s, len);
            continue;
        }
        /* a magazine's standfirst under the title ("Ten years after the
         * Bataclan, a survivor learns to listen again."), before its
         * byline and date */
        if (doc->title && examined == 2 && len <= 120)
            continue;
        break;
    }
    if (!doc->author)
        credit_line(doc);
    return VIGIL_OK;
}

const char *vg_ingest_content_id(vg_doc *doc)
{
    struct sha256_ctx c;
    uint8_t digest[SHA256_DIGEST_SIZE];
    sha256_init(&c);
    sha256_update(&c, doc->len, (const uint8_t *)doc->text);
    sha256_digest(&c, sizeof digest, digest);
    /* 128 bits are plenty to tell documents apart, and keep ids short */
    char id[7 + 32 + 1];
    memcpy(id, "sha256:", 7);
    static const char hex[] = "0123456789abcdef";
    for (size_t i = 0; i < 16; i++) {
        id[7 + 2 * i] = hex[digest[i] >> 4];
        id[7 + 2 * i + 1] = hex[digest[i] & 15];
    }
    id[sizeof id - 1] = '\0';
    return vg_arena_strndup(&doc->arena, id, sizeof id - 1);
}

/* Where the content of head starts: after a UTF-8 byte order mark and
 * white space. */
static size_t content_start(const char *head, size_t n)
{
    size_t i = 0;
    if (n >= 3 && (unsigned char)head[0] == 0xEF && (unsigned char)head[1] == 0xBB &&
        (unsigned char)head[2] == 0xBF)
        i = 3;
    while (i < n && (is_space(head[i]) || head[i] == '\n'))
        i++;
    return i;
}

/* Whether head opens as an HTML page: "<!DOCTYPE html" or "<html". */
static int html_start(const char *head, size_t n)
{
    size_t i = content_start(head, n);
    return (n - i >= 14 && !strncasecmp(head + i, "<!doctype html", 14)) ||
           (n - i >= 5 && !strncasecmp(head + i, "<html", 5));
}

vigil_input vg_ingest_sniff(const char *name, const char *head, size_t n)
{
    if (name) {
        const char *dot = strrchr(name, '.');
        if (dot) {
            const char *x = dot + 1;
            if (!strcasecmp(x, "jsonl") || !strcasecmp(x, "ndjson"))
                return VIGIL_INPUT_JSONL;
            if (!strcasecmp(x, "html") || !strcasecmp(x, "htm") || !strcasecmp(x, "xhtml"))
                return VIGIL_INPUT_HTML;
            if (!strcasecmp(x, "rss") || !strcasecmp(x, "atom"))
                return VIGIL_INPUT_RSS;
            if (!strcasecmp(x, "txt") || !strcasecmp(x, "text"))
                /* a web page saved under the wrong name says so at once */
                return html_start(head, n) ? VIGIL_INPUT_HTML : VIGIL_INPUT_TEXT;
        }
    }
    size_t i = content_start(head, n);
    if (i < n && head[i] == '{')
        return VIGIL_INPUT_JSONL;
    if (i < n && head[i] == '<') {
        /* feeds name their root early; a page says html */
        size_t lim = n < 2048 ? n : 2048;
        for (size_t k = i; k + 5 < lim; k++) {
            if (head[k] != '<')
                continue;
            const char *t = head + k + 1;
            size_t left = lim - k - 1;
            if ((left >= 3 && !strncmp(t, "rss", 3)) || (left >= 4 && !strncmp(t, "feed", 4)) ||
                (left >= 7 && !strncmp(t, "rdf:RDF", 7)))
                return VIGIL_INPUT_RSS;
            if ((left >= 4 && (!strncmp(t, "html", 4) || !strncmp(t, "HTML", 4))) ||
                (left >= 10 && (!strncmp(t, "!DOCTYPE h", 10) || !strncmp(t, "!doctype h", 10))))
                return VIGIL_INPUT_HTML;
        }
        return VIGIL_INPUT_HTML;
    }
    return VIGIL_INPUT_TEXT;
}
