/* reader.c: ingest stage. Paths (files, directories, "-" for stdin) -> a
 * stream of documents. Directories are walked iteratively in name order
 * (hidden entries skipped). Each file's format is forced by the caller or
 * sniffed from its name and first bytes; a text or HTML file is one
 * document, a feed one per item, a JSON Lines file one per line.
 *
 * Memory: JSON Lines are read a line at a time through one chunk buffer and
 * one line buffer, both reused, so memory does not grow with the number of
 * lines; a line or file over the limit is skipped (consumed without being
 * kept) and reported. Invariant: after an error for one document the reader
 * is positioned at the next one. */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "ingest/ingest.h"
#include "util/alloc.h"
#include "util/error.h"

#define CHUNK 65536
#define MAX_LINE_BYTES (2 * VIGIL_MAX_DOC_BYTES) /* JSON escaping may double the text */
#define MAX_DIR_ENTRIES 1000000

typedef enum src_kind { SRC_NONE = 0, SRC_SINGLE, SRC_FEED, SRC_JSONL } src_kind;

struct vigil_reader {
    vigil_input force;
    char *id;               /* --id, for one single-document input */
    vg_date fallback;       /* --date */
    int ndocs;              /* documents produced so far */

    char **stack;           /* pending paths, popped from the end; heap strings */
    size_t nstack, capstack;

    src_kind kind;
    vigil_input single_kind; /* text or html, for SRC_SINGLE */
    char *name;             /* current source's name (path or "-") */
    FILE *fp;
    vg_feed *feed;

    char *chunk;            /* raw input window */
    size_t cpos, clen;
    int eof;
    vg_buf line;
    long lineno;
};

static int push_path(vigil_reader *r, const char *path)
{
    if (r->nstack == r->capstack) {
        size_t cap = r->capstack ? r->capstack * 2 : 16;
        size_t bytes;
        if (vg_mul_size(cap, sizeof *r->stack, &bytes) != 0)
            return VIGIL_ENOMEM;
        char **s = vg_realloc(r->stack, bytes);
        if (!s)
            return VIGIL_ENOMEM;
        r->stack = s;
        r->capstack = cap;
    }
    char *copy = vg_strdup(path);
    if (!copy)
        return VIGIL_ENOMEM;
    r->stack[r->nstack++] = copy;
    return VIGIL_OK;
}

int vigil_reader_open(vigil_reader **out, const char *const *paths, size_t npaths,
                      const vigil_read_opts *opts, vigil_error *err)
{
    *out = NULL;
    vigil_reader *r = vg_calloc(1, sizeof *r);
    if (!r)
        return vg_error_set(err, VIGIL_ENOMEM, "ingest", NULL, -1, "out of memory");
    r->chunk = vg_malloc(CHUNK);
    if (!r->chunk)
        goto nomem;
    vg_buf_init(&r->line);
    if (opts) {
        r->force = opts->input;
        if (opts->id && !(r->id = vg_strdup(opts->id)))
            goto nomem;
        if (opts->fallback_date) {
            size_t n = strlen(opts->fallback_date);
            if (vg_date_parse(opts->fallback_date, n, &r->fallback) != 0) {
                vigil_reader_close(r);
                return vg_error_set(err, VIGIL_EUSAGE, "ingest", NULL, -1,
                                    "--date \"%s\" is not a date (want YYYY-MM-DD)",
                                    opts->fallback_date);
            }
        }
    }
    /* pushed in reverse so they pop in the order given */
    for (size_t i = npaths; i-- > 0;)
        if (push_path(r, paths[i]) != VIGIL_OK)
            goto nomem;
    *out = r;
    return VIGIL_OK;
nomem:
    vigil_reader_close(r);
    return vg_error_set(err, VIGIL_ENOMEM, "ingest", NULL, -1, "out of memory");
}

static void end_source(vigil_reader *r)
{
    if (r->fp && r->fp != stdin)
        fclose(r->fp);
    r->fp = NULL;
    vg_feed_free(r->feed);
    r->feed = NULL;
    vg_free(r->name);
    r->name = NULL;
    r->kind = SRC_NONE;
    r->cpos = r->clen = 0;
    r->eof = 0;
    r->lineno = 0;
}

void vigil_reader_close(vigil_reader *r)
{
    if (!r)
        return;
    end_source(r);
    for (size_t i = 0; i < r->nstack; i++)
        vg_free(r->stack[i]);
    vg_free(r->stack);
    vg_free(r->chunk);
    vg_buf_fini(&r->line);
    vg_free(r->id);
    vg_free(r);
}

static int fill(vigil_reader *r)
{
    if (r->eof)
        return 0;
    size_t n = fread(r->chunk, 1, CHUNK, r->fp);
    r->cpos = 0;
    r->clen = n;
    if (n == 0) {
        r->eof = 1;
        return ferror(r->fp) ? -1 : 0;
    }
    return 1;
}

/* Reads the next line (without its newline) into r->line. Returns 1 for a
 * line, 0 at the end, -1 on a read error. *oversize is set when the line was
 * longer than max (then r->line holds nothing useful). */
static int read_line(vigil_reader *r, size_t max, int *oversize)
{
    vg_buf_reset(&r->line);
    *oversize = 0;
    int any = 0;
    for (;;) {
        if (r->cpos == r->clen) {
            int f = fill(r);
            if (f < 0)
                return -1;
            if (f == 0)
                return any ? 1 : 0;
        }
        any = 1;
        const char *s = r->chunk + r->cpos;
        size_t left = r->clen - r->cpos;
        const char *nl = memchr(s, '\n', left);
        size_t take = nl ? (size_t)(nl - s) : left;
        if (!*oversize) {
            if (r->line.len + take > max) {
                *oversize = 1;
            } else if (vg_buf_append(&r->line, s, take) != VIGIL_OK) {
                *oversize = 1;
            }
        }
        r->cpos += take + (nl ? 1 : 0);
        if (nl)
            return 1;
    }
}

/* Reads the rest of the current file into r->line (the chunk's contents
 * first). Returns VIGIL_OK, VIGIL_ELIMIT or VIGIL_EIO. */
static int read_rest(vigil_reader *r)
{
    vg_buf_reset(&r->line);
    int over = 0;
    for (;;) {
        if (r->cpos < r->clen && !over) {
            if (r->line.len + (r->clen - r->cpos) > VIGIL_MAX_DOC_BYTES ||
                vg_buf_append(&r->line, r->chunk + r->cpos, r->clen - r->cpos) != VIGIL_OK)
                over = 1;
        }
        r->cpos = r->clen;
        int f = fill(r);
        if (f < 0)
            return VIGIL_EIO;
        if (f == 0)
            break;
    }
    if (over)
        vg_buf_reset(&r->line);
    return over ? VIGIL_ELIMIT : VIGIL_OK;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Pushes the entries of directory `path` (sorted, hidden ones skipped). */
static int push_dir(vigil_reader *r, const char *path, vigil_error *err)
{
    DIR *d = opendir(path);
    if (!d)
        return vg_error_set(err, VIGIL_EIO, "ingest", path, -1, "cannot open directory \"%s\": %s",
                            path, strerror(errno));
    char **names = NULL;
    size_t n = 0, cap = 0;
    int rc = VIGIL_OK;
    struct dirent *de;
    while ((de = readdir(d)) != NULL) {
        if (de->d_name[0] == '.')
            continue;
        if (n == MAX_DIR_ENTRIES)
            break;
        if (n == cap) {
            cap = cap ? cap * 2 : 64;
            char **nn = vg_realloc(names, cap * sizeof *names);
            if (!nn) {
                rc = VIGIL_ENOMEM;
                break;
            }
            names = nn;
        }
        size_t len = strlen(path) + 1 + strlen(de->d_name) + 1;
        char *full = vg_malloc(len);
        if (!full) {
            rc = VIGIL_ENOMEM;
            break;
        }
        snprintf(full, len, "%s%s%s", path, path[strlen(path) - 1] == '/' ? "" : "/", de->d_name);
        names[n++] = full;
    }
    closedir(d);
    if (rc == VIGIL_OK && n > 1)
        qsort(names, n, sizeof *names, cmp_str);
    for (size_t i = n; i-- > 0;) {
        if (rc == VIGIL_OK)
            rc = push_path(r, names[i]);
        vg_free(names[i]);
    }
    vg_free(names);
    if (rc != VIGIL_OK)
        return vg_error_set(err, rc, "ingest", path, -1, "out of memory listing \"%s\"", path);
    return VIGIL_OK;
}

/* Opens the next path from the stack as the current source. Returns
 * VIGIL_OK with r->kind set, VIGIL_EOF when no paths are left, or an error
 * for that path (which is then dropped). */
static int open_next(vigil_reader *r, vigil_error *err)
{
    for (;;) {
        if (r->nstack == 0)
            return VIGIL_EOF;
        char *path = r->stack[--r->nstack];
        if (strcmp(path, "-") == 0) {
            r->fp = stdin;
        } else {
            struct stat st;
            if (stat(path, &st) != 0) {
                int rc = vg_error_set(err, VIGIL_EIO, "ingest", path, -1, "cannot read \"%s\": %s",
                                      path, strerror(errno));
                vg_free(path);
                return rc;
            }
            if (S_ISDIR(st.st_mode)) {
                int rc = push_dir(r, path, err);
                vg_free(path);
                if (rc != VIGIL_OK)
                    return rc;
                continue;
            }
            r->fp = fopen(path, "rb");
            if (!r->fp) {
                int rc = vg_error_set(err, VIGIL_EIO, "ingest", path, -1, "cannot read \"%s\": %s",
                                      path, strerror(errno));
                vg_free(path);
                return rc;
            }
        }
        r->name = path;
        if (fill(r) < 0) {
            int rc = vg_error_set(err, VIGIL_EIO, "ingest", path, -1, "cannot read \"%s\": %s",
                                  path, strerror(errno));
            end_source(r);
            return rc;
        }
        vigil_input kind = r->force;
        if (kind == VIGIL_INPUT_AUTO)
            kind = vg_ingest_sniff(strcmp(path, "-") ? path : NULL, r->chunk, r->clen);
        if (kind == VIGIL_INPUT_JSONL) {
            r->kind = SRC_JSONL;
        } else if (kind == VIGIL_INPUT_RSS) {
            int rc = read_rest(r);
            if (rc == VIGIL_OK)
                rc = vg_feed_open(&r->feed, r->line.data ? r->line.data : "", r->line.len, path, err);
            else
                vg_error_set(err, rc, "ingest", path, -1, "feed \"%s\" %s", path,
                             rc == VIGIL_ELIMIT ? "exceeds the document size limit"
                                                : "could not be read");
            vg_buf_reset(&r->line);
            if (rc != VIGIL_OK) {
                end_source(r);
                return rc;
            }
            r->kind = SRC_FEED;
        } else {
            r->kind = SRC_SINGLE;
            r->single_kind = kind;
        }
        return VIGIL_OK;
    }
}

static const char *doc_name(vigil_reader *r, char *buf, size_t size)
{
    if (r->kind == SRC_JSONL)
        snprintf(buf, size, "%s:%ld", r->name, r->lineno);
    else
        snprintf(buf, size, "%s", r->name);
    return buf;
}

/* Fills in what every document needs whatever its format: id, source,
 * fallback date. */
static int finish_doc(vigil_reader *r, vg_doc *doc, const char *name, int single, vigil_error *err)
{
    if (single && r->id) {
        if (r->ndocs > 0)
            return vg_error_set(err, VIGIL_EUSAGE, "ingest", name, -1,
                                "--id \"%s\" names one document, but \"%s\" is another", r->id,
                                name);
        doc->id = vg_arena_strndup(&doc->arena, r->id, strlen(r->id));
    }
    if (!doc->id)
        doc->id = vg_ingest_content_id(doc);
    doc->source = vg_arena_strndup(&doc->arena, name, strlen(name));
    /* none stated, or, for one document, only its month ("March 2025"
     * under a report's title) and the day given falls within it: the day
     * given (in a batch the date given is for those that state none) */
    const vg_date *p = &doc->published, *f = &r->fallback;
    if (p->prec == VG_DATE_NONE ||
        (single && f->prec == VG_DATE_DAY && p->prec == VG_DATE_MONTH && p->year == f->year && p->month == f->month)) {
        doc->published = r->fallback;
        doc->published_given = r->fallback.prec != VG_DATE_NONE;
    }
    if (!doc->id || !doc->source)
        return vg_error_set(err, VIGIL_ENOMEM, "ingest", name, -1, "out of memory");
    r->ndocs++;
    return VIGIL_OK;
}

int vigil_reader_next(vigil_reader *r, vigil_doc *pub, vigil_error *err)
{
    vg_doc *doc = &pub->d;
    char name[1100];
    vg_error_clear(err);
    for (;;) {
        vg_doc_reset(doc);
        if (r->kind == SRC_NONE) {
            int rc = open_next(r, err);
            if (rc != VIGIL_OK)
                return rc;
        }
        if (r->kind == SRC_SINGLE) {
            vigil_input kind = r->single_kind;
            int rc = read_rest(r);
            doc_name(r, name, sizeof name);
            if (rc == VIGIL_ELIMIT)
                rc = vg_error_set(err, rc, "ingest", name, (long long)VIGIL_MAX_DOC_BYTES,
                                  "\"%s\" is larger than the limit of %zu bytes", name,
                                  (size_t)VIGIL_MAX_DOC_BYTES);
            else if (rc != VIGIL_OK)
                rc = vg_error_set(err, rc, "ingest", name, -1, "cannot read \"%s\"", name);
            else if (kind == VIGIL_INPUT_HTML)
                rc = vg_ingest_html(doc, r->line.data ? r->line.data : "", r->line.len, name, err);
            else
                rc = vg_ingest_text(doc, r->line.data ? r->line.data : "", r->line.len, name, err);
            end_source(r);
            if (rc == VIGIL_OK)
                rc = finish_doc(r, doc, name, 1, err);
            return rc;
        }
        if (r->kind == SRC_FEED) {
            int rc = vg_feed_next(r->feed, doc, err);
            if (rc == VIGIL_EOF) {
                end_source(r);
                continue;
            }
            if (rc != VIGIL_OK)
                return rc;
            snprintf(name, sizeof name, "%s#%d", r->name, r->ndocs + 1);
            return finish_doc(r, doc, name, 0, err);
        }
        /* JSON Lines: skip blank lines */
        int over;
        int got = read_line(r, MAX_LINE_BYTES, &over);
        if (got < 0) {
            int rc = vg_error_set(err, VIGIL_EIO, "ingest", r->name, -1, "cannot read \"%s\": %s",
                                  r->name, strerror(errno));
            end_source(r);
            return rc;
        }
        if (got == 0) {
            end_source(r);
            continue;
        }
        r->lineno++;
        doc_name(r, name, sizeof name);
        if (over)
            return vg_error_set(err, VIGIL_ELIMIT, "ingest", name, -1,
                                "line %ld of \"%s\" is longer than the limit of %zu bytes; skipped",
                                r->lineno, r->name, (size_t)MAX_LINE_BYTES);
        size_t len = r->line.len;
        while (len > 0 && (r->line.data[len - 1] == '\r' || r->line.data[len - 1] == ' ' ||
                           r->line.data[len - 1] == '\t'))
            len--;
        size_t k = 0;
        while (k < len && (r->line.data[k] == ' ' || r->line.data[k] == '\t'))
            k++;
        if (k == len)
            continue;
        int rc = vg_ingest_json_line(doc, r->line.data, len, r->name, r->lineno, err);
        if (rc == VIGIL_OK)
            rc = finish_doc(r, doc, name, 0, err);
        return rc;
    }
}
