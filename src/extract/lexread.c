/* lexread.c: extract stage. Reading the data files of the lexicon: one
 * file at a time into memory, line by line, row by row, with the checks
 * every file gets (lexload.c, lexactor.c and lexstop.c use them).
 *
 * Takes a path and produces NUL-terminated lines and fields cut in place
 * in the file's bytes, which the lexicon keeps (table strings point into
 * them). A vigil-lexicon file must start with "#@format vigil-lexicon 1",
 * have a "#@columns" line equal to the expected names before its first
 * row, and every row must have exactly that many TAB-separated fields,
 * each shorter than VG_LEX_MAX_FIELD bytes, in valid UTF-8 without NUL.
 * Files are untrusted: every failure is an error naming "path:line", never
 * a crash. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "extract/lexicon_internal.h"
#include "text/fold.h"
#include "util/alloc.h"
#include "util/error.h"
#include "util/utf8.h"

int vg_lexrd_fail(vg_lexrd *r, int code, const char *fmt, ...)
{
    char msg[400];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (r->line)
        vg_error_set(r->err, code, "lexicon", NULL, -1, "%s:%zu: %s", r->path, r->line, msg);
    else
        vg_error_set(r->err, code, "lexicon", NULL, -1, "%s: %s", r->path, msg);
    if (r->err)
        r->err->line = (long)r->line;
    return code;
}

int vg_lexrd_nomem(vg_lexrd *r)
{
    return vg_lexrd_fail(r, VIGIL_ENOMEM, "out of memory");
}

/* Reads dir/name whole into a block that lx keeps. */
int vg_lexrd_open(vg_lexld *L, const char *dir, const char *name)
{
    vg_lexrd *r = &L->r;
    memset(r, 0, sizeof *r);
    r->err = L->err;
    int w = snprintf(r->path, sizeof r->path, "%s/%s", dir, name);
    if (w < 0 || (size_t)w >= sizeof r->path)
        return vg_lexrd_fail(r, VIGIL_EIO, "path too long");
    vg_lex *lx = L->lx;
    char **files = vg_lex_reserve(lx->files, &lx->capfiles, lx->nfiles + 1, sizeof *files);
    if (!files)
        return vg_lexrd_nomem(r);
    lx->files = files;
    FILE *f = fopen(r->path, "rb");
    if (!f)
        return vg_lexrd_fail(r, VIGIL_EIO, "cannot open: %s", strerror(errno));
    vg_buf b;
    vg_buf_init(&b);
    char chunk[65536];
    size_t n;
    int rc = VIGIL_OK;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
        if (b.len + n > VG_LEX_MAX_FILE) {
            rc = vg_lexrd_fail(r, VIGIL_EPARSE, "file larger than %zu bytes", VG_LEX_MAX_FILE);
            break;
        }
        if (vg_buf_append(&b, chunk, n) != 0) {
            rc = vg_lexrd_nomem(r);
            break;
        }
    }
    if (rc == VIGIL_OK && ferror(f))
        rc = vg_lexrd_fail(r, VIGIL_EIO, "read error: %s", strerror(errno));
    fclose(f);
    if (rc == VIGIL_OK && vg_buf_putc(&b, '\0') != 0)
        rc = vg_lexrd_nomem(r);
    if (rc != VIGIL_OK) {
        vg_buf_fini(&b);
        return rc;
    }
    r->len = b.len - 1;
    r->buf = vg_buf_detach(&b, NULL);
    lx->files[lx->nfiles++] = r->buf;
    return VIGIL_OK;
}

/* The next line, NUL-terminated in place without its "\n" or "\r\n";
 * 0 at the end of the file. */
int vg_lexrd_line(vg_lexrd *r, char **line, size_t *len)
{
    if (r->pos >= r->len)
        return 0;
    char *s = r->buf + r->pos;
    char *nl = memchr(s, '\n', r->len - r->pos);
    size_t n = nl ? (size_t)(nl - s) : r->len - r->pos;
    r->pos += n + (nl ? 1 : 0);
    r->line++;
    s[n] = '\0';
    if (n > 0 && s[n - 1] == '\r')
        s[--n] = '\0';
    *line = s;
    *len = n;
    return 1;
}

/* Cuts s at each sep (in place); stores up to max pieces, returns the
 * number of pieces. */
size_t vg_lex_cut(char *s, char sep, char **out, size_t max)
{
    size_t n = 0;
    for (;;) {
        if (n < max)
            out[n] = s;
        n++;
        char *p = strchr(s, sep);
        if (!p)
            return n;
        *p = '\0';
        s = p + 1;
    }
}

int vg_lexrd_check(vg_lexrd *r, const char *s, size_t n)
{
    if (vg_utf8_valid_prefix(s, n) != n)
        return vg_lexrd_fail(r, VIGIL_EPARSE, "invalid UTF-8 or NUL at byte %zu of the line",
                             vg_utf8_valid_prefix(s, n) + 1);
    return VIGIL_OK;
}

/* Cuts a data row into exactly r->ncols fields, checking their lengths. */
int vg_lexrd_fields(vg_lexrd *r, char *s, char **f)
{
    size_t n = vg_lex_cut(s, '\t', f, VG_LEX_MAX_COLS);
    if (n != r->ncols)
        return vg_lexrd_fail(r, VIGIL_EPARSE, "expected %zu columns, got %zu", r->ncols, n);
    for (size_t k = 0; k < n; k++)
        if (strlen(f[k]) >= VG_LEX_MAX_FIELD)
            return vg_lexrd_fail(r, VIGIL_EPARSE, "column %zu (%s) is %zu bytes long (limit %d)",
                                 k + 1, r->cols[k], strlen(f[k]), VG_LEX_MAX_FIELD - 1);
    return VIGIL_OK;
}

/* The next data row of a vigil-lexicon file: 1 with f filled, 0 at the end,
 * or an error. Checks the format line (line 1) and the #@columns line,
 * skips comments, sections and blank lines. */
int vg_lexrd_row(vg_lexrd *r, char **f)
{
    char *s;
    size_t n;
    while (vg_lexrd_line(r, &s, &n)) {
        int rc = vg_lexrd_check(r, s, n);
        if (rc != VIGIL_OK)
            return rc;
        if (r->line == 1) {
            static const char magic[] = "#@format vigil-lexicon ";
            if (strncmp(s, magic, sizeof magic - 1) != 0)
                return vg_lexrd_fail(r, VIGIL_EPARSE,
                                     "not a vigil-lexicon file (line 1 is not \"%s1\")", magic);
            if (strcmp(s + sizeof magic - 1, "1") != 0)
                return vg_lexrd_fail(r, VIGIL_EPARSE,
                                     "unsupported vigil-lexicon version \"%.20s\" (expected 1)",
                                     s + sizeof magic - 1);
            continue;
        }
        if (n == 0)
            continue;
        if (s[0] == '#') {
            if (strncmp(s, "#@columns\t", 10) == 0) {
                char *c[VG_LEX_MAX_COLS];
                size_t nc = vg_lex_cut(s + 10, '\t', c, VG_LEX_MAX_COLS);
                int same = nc == r->ncols;
                for (size_t k = 0; same && k < nc; k++)
                    same = strcmp(c[k], r->cols[k]) == 0;
                if (!same)
                    return vg_lexrd_fail(r, VIGIL_EPARSE,
                                         "unexpected #@columns (expected %zu columns: %s ...)",
                                         r->ncols, r->cols[0]);
                r->seen_columns = 1;
            } else if (strncmp(s, "#@", 2) == 0 && strncmp(s, "#@section", 9) != 0) {
                return vg_lexrd_fail(r, VIGIL_EPARSE, "unknown directive \"%.40s\"", s);
            }
            continue;
        }
        if (!r->seen_columns)
            return vg_lexrd_fail(r, VIGIL_EPARSE, "data row before the #@columns line");
        rc = vg_lexrd_fields(r, s, f);
        return rc != VIGIL_OK ? rc : 1;
    }
    if (r->line == 0)
        return vg_lexrd_fail(r, VIGIL_EPARSE, "empty file");
    if (!r->seen_columns)
        return vg_lexrd_fail(r, VIGIL_EPARSE, "no #@columns line");
    return 0;
}

int vg_lexrd_open_lexicon(vg_lexld *L, const char *dir, const char *name, const char *const *cols,
                          size_t ncols)
{
    int rc = vg_lexrd_open(L, dir, name);
    L->r.cols = cols;
    L->r.ncols = ncols;
    return rc;
}

/* ---- field helpers ---- */

/* Index of s in names[0..n), or -1. */
int vg_lex_pick(const char *s, const char *const *names, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (strcmp(s, names[k]) == 0)
            return (int)k;
    return -1;
}

int vg_lexrd_pick(vg_lexrd *r, const char *s, const char *what, const char *const *names, size_t n,
                  int *out)
{
    *out = vg_lex_pick(s, names, n);
    if (*out < 0)
        return vg_lexrd_fail(r, VIGIL_EPARSE, "unknown %s \"%.60s\"", what, s);
    return VIGIL_OK;
}

/* '|'-separated flags: each a name of names[] (bit k), or handled by the
 * caller when names[] lacks it and other is not NULL. */
int vg_lexrd_flags(vg_lexrd *r, char *s, const char *const *names, size_t n, uint32_t *bits)
{
    *bits = 0;
    if (!*s)
        return VIGIL_OK;
    char *it[VG_LEX_MAX_FIELD / 2 + 1];
    size_t m = vg_lex_cut(s, '|', it, sizeof it / sizeof it[0]);
    for (size_t k = 0; k < m; k++) {
        if (!*it[k])
            continue;
        int b = vg_lex_pick(it[k], names, n);
        if (b < 0)
            return vg_lexrd_fail(r, VIGIL_EPARSE, "unknown flag \"%.60s\"", it[k]);
        *bits |= 1u << b;
    }
    return VIGIL_OK;
}

int vg_lexrd_country(vg_lexrd *r, const char *s, char cc[3], int required)
{
    cc[0] = cc[1] = cc[2] = '\0';
    if (!*s && !required)
        return VIGIL_OK;
    if (!(s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z' && s[2] == '\0'))
        return vg_lexrd_fail(r, VIGIL_EPARSE, "bad country code \"%.20s\"", s);
    cc[0] = s[0];
    cc[1] = s[1];
    return VIGIL_OK;
}

/* A lower-case identifier: "jihadist", "explosive_material". */
int vg_lexrd_ident(vg_lexrd *r, const char *s, const char *what)
{
    if (!*s)
        return vg_lexrd_fail(r, VIGIL_EPARSE, "empty %s", what);
    for (const char *p = s; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '_'))
            return vg_lexrd_fail(r, VIGIL_EPARSE, "bad %s \"%.60s\"", what, s);
    return VIGIL_OK;
}

/* VG_AF_ABBR for an acronym: capitals only, at most 6 letters ("MIT",
 * "U.S.", "MİT"). Non-ASCII letters count by their lead byte. */
static unsigned abbr_flag(const char *s)
{
    size_t n = strlen(s), letters = 0;
    unsigned shape = vg_fold_case_shape(s, n);
    if (!(shape & 1u) || (shape & 2u))
        return 0;
    for (size_t k = 0; k < n; k++) {
        unsigned c = (unsigned char)s[k];
        if ((c | 0x20) - 'a' < 26u || c >= 0xC0)
            letters++;
    }
    return letters <= 6 ? VG_AF_ABBR : 0;
}

/* Indexes phrase with its hit. */
int vg_lexld_index(vg_lexld *L, vg_lexidx *ix, const char *phrase, int kind, unsigned aflags,
                   uint32_t rec, unsigned gapmax)
{
    vg_lexph ph;
    const char *why;
    int rc = vg_lexbuild_split(&L->b, phrase, strlen(phrase), &ph, &why);
    if (rc == VIGIL_ENOMEM)
        return vg_lexrd_nomem(&L->r);
    if (rc != VIGIL_OK)
        return vg_lexrd_fail(&L->r, VIGIL_EPARSE, "cannot index \"%.80s\": %s", phrase, why);
    vg_lex_hit hit = {(uint8_t)kind, (uint8_t)(aflags | abbr_flag(phrase)), 0, rec, phrase};
    if (vg_lexidx_add(ix, &ph, 0, ph.n, gapmax, &hit) != VIGIL_OK)
        return vg_lexrd_nomem(&L->r);
    return VIGIL_OK;
}
