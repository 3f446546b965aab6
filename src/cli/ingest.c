/* ingest.c: `vigil ingest`: documents in, analysed and stored in the
 * knowledge base (vigil/kb.h), in transactions of --batch documents, so a
 * killed run loses at most the batch in flight and a re-run completes it
 * (stored documents are skipped). A document that fails is named with the
 * reason and the batch goes on. On a terminal, a progress line; at the
 * end, one summary line (--json: one JSON object). */
#define _XOPEN_SOURCE 700
#include <ftw.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cli/cli.h"
#include "vigil/kb.h"

static void help(FILE *out)
{
    fprintf(out,
            "usage: vigil ingest [OPTIONS] [FILE|DIR|-]...\n"
            "\n"
            "Reads documents (as vigil extract does), analyses them and stores them in the\n"
            "knowledge base, merging them with what it holds. Idempotent: a document already\n"
            "stored (same id or same text) is skipped and counted.\n"
            "\n"
            "Options:\n"
            "  --db PATH       the database (default: $VIGIL_DB, else vigil.db); created if absent\n"
            "  --input KIND    text, html, rss (RSS and Atom), jsonl, or stix (STIX 2.1 bundles:\n"
            "                  each bundle stored whole or not at all); default: detected\n"
            "  --date DATE     publication date (YYYY-MM-DD) for documents that state none, or\n"
            "                  (one document) only the month that holds this day\n"
            "  --batch N       documents per transaction (default 200)\n"
            "  --json          the summary as one JSON object\n"
            "  -q, --quiet     no progress and no warnings (errors are still printed)\n"
            "  -h, --help      this text\n\n%s",
            cli_exit_codes_help);
}

static double total_bytes;

static int add_size(const char *path, const struct stat *sb, int type, struct FTW *ftw)
{
    (void)path;
    (void)ftw;
    if (type == FTW_F)
        total_bytes += (double)sb->st_size;
    return 0;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

typedef struct tally {
    size_t stored, skipped, failed;
    double bytes;
} tally;

static void progress(const tally *t, double t0)
{
    double dt = now() - t0;
    size_t n = t->stored + t->skipped + t->failed;
    double rate = dt > 0 ? (double)n / dt : 0;
    fprintf(stderr, "\r  %zu documents  %.1f MB  %.0f docs/s", n, t->bytes / 1e6, rate);
    if (total_bytes > 0 && t->bytes > 0 && t->bytes < total_bytes) {
        double left = dt * (total_bytes - t->bytes) / t->bytes;
        fprintf(stderr, "  %2.0f%%  ETA %ld:%02ld ", 100 * t->bytes / total_bytes, (long)left / 60,
                (long)left % 60);
    }
    fflush(stderr);
}

/* Commits the open batch. When that fails, its documents are not stored:
 * they leave the tally, and the message says so. */
static int commit_batch(vigil_kb *kb, tally *t, size_t *batch_stored, int tty)
{
    vigil_error err;
    int rc = vigil_kb_commit(kb, &err);
    if (rc != VIGIL_OK) {
        vigil_kb_rollback(kb);
        if (tty)
            fputc('\n', stderr);
        cli_report("error", &err);
        fprintf(stderr, "vigil: the last batch (%zu new documents) was not stored; documents of"
                        " earlier batches are\n",
                *batch_stored);
        t->stored -= *batch_stored;
    }
    *batch_stored = 0;
    return rc;
}

/* The whole of path ("-": stdin) into *out (malloc'd), at most max + 1
 * bytes, so a larger input is seen as such without reading it all. */
static int slurp(const char *path, size_t max, char **out, size_t *n)
{
    FILE *f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
    *out = NULL;
    *n = 0;
    if (!f)
        return -1;
    size_t cap = 0;
    char *buf = NULL;
    int rc = 0;
    while (*n <= max) {
        if (*n == cap) {
            size_t c = cap ? 2 * cap : 65536;
            char *b = realloc(buf, c);
            if (!b) {
                rc = -1;
                break;
            }
            buf = b;
            cap = c;
        }
        size_t want = cap - *n < max + 1 - *n ? cap - *n : max + 1 - *n;
        size_t got = fread(buf + *n, 1, want, f);
        *n += got;
        if (got < want) {
            rc = ferror(f) ? -1 : 0;
            break;
        }
    }
    if (f != stdin)
        fclose(f);
    if (rc)
        free(buf), buf = NULL, *n = 0;
    *out = buf;
    return rc;
}

/* vigil ingest --input stix: each bundle whole, in its own transaction. */
static int ingest_stix(const char *db, const char **paths, size_t npaths, int json, int quiet)
{
    vigil_error err;
    vigil_kb *kb = NULL;
    if (vigil_kb_open(&kb, db, 0, &err) != VIGIL_OK) {
        cli_report("error", &err);
        return CLI_IO;
    }
    int rc = CLI_OK;
    size_t stored = 0, skipped = 0, refused = 0;
    double bytes = 0, t0 = now();
    for (size_t i = 0; i < npaths; i++) {
        char *raw;
        size_t n, st = 0, sk = 0;
        const char *name = strcmp(paths[i], "-") ? paths[i] : "<stdin>";
        if (slurp(paths[i], (size_t)256 << 20, &raw, &n) != 0) {
            fprintf(stderr, "vigil: error: %s: cannot read the bundle\n", name);
            rc = CLI_INPUT;
            continue;
        }
        bytes += (double)n;
        int r = vigil_kb_put_stix(kb, raw, n, name, &st, &sk, &err);
        free(raw);
        if (r != VIGIL_OK) {
            cli_report("error", &err);
            fprintf(stderr, "vigil: %s: nothing stored from this bundle\n", name);
            refused++;
            if (r == VIGIL_EDB || r == VIGIL_ENOMEM) {
                rc = CLI_IO;
                break;
            }
            if (rc == CLI_OK)
                rc = CLI_DOC_FAILED;
            continue;
        }
        stored += st;
        skipped += sk;
    }
    double dt = now() - t0;
    if (json) {
        json_t *o = json_pack("{s:s, s:I, s:I, s:I, s:f, s:f, s:b}", "database", db, "stored",
                              (json_int_t)stored, "skipped", (json_int_t)skipped, "failed",
                              (json_int_t)refused, "bytes", bytes, "seconds", dt, "ok",
                              rc == CLI_OK);
        if (!o || json_dumpf(o, stdout, JSON_COMPACT | JSON_PRESERVE_ORDER) != 0 ||
            fputc('\n', stdout) == EOF || fflush(stdout) != 0)
            rc = rc == CLI_OK ? CLI_IO : rc;
        json_decref(o);
    } else if (!quiet || rc != CLI_OK) {
        fprintf(stderr,
                "vigil: %s: %zu new, %zu skipped (already stored), %zu bundles refused, %.1f MB in"
                " %.1f s\n",
                db, stored, skipped, refused, bytes / 1e6, dt);
    }
    vigil_kb_close(kb);
    return rc;
}

int cli_ingest(int argc, char **argv)
{
    vigil_read_opts ro = {VIGIL_INPUT_AUTO, NULL, NULL};
    const char *dbopt = NULL, *v;
    int json = 0, quiet = 0, stix = 0;
    long batch = 200;
    const char **paths = (const char **)argv;
    size_t npaths = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            help(stdout);
            return CLI_OK;
        } else if (cli_is_opt(a, "--db")) {
            if (!(dbopt = cli_opt_value(argc, argv, &i, "--db"))) {
                fprintf(stderr, "vigil: --db wants a path\n");
                return CLI_USAGE;
            }
        } else if (cli_is_opt(a, "--input")) {
            v = cli_opt_value(argc, argv, &i, "--input");
            if (v && !strcmp(v, "stix")) {
                stix = 1;
            } else if (!v || cli_parse_input(v, &ro.input)) {
                fprintf(stderr, "vigil: --input wants text, html, rss, jsonl or stix\n");
                return CLI_USAGE;
            }
        } else if (cli_is_opt(a, "--date")) {
            if (!(ro.fallback_date = cli_opt_value(argc, argv, &i, "--date"))) {
                fprintf(stderr, "vigil: --date wants YYYY-MM-DD\n");
                return CLI_USAGE;
            }
        } else if (cli_is_opt(a, "--batch")) {
            char *end;
            v = cli_opt_value(argc, argv, &i, "--batch");
            batch = v ? strtol(v, &end, 10) : 0;
            if (!v || *end || batch < 1 || batch > 1000000) {
                fprintf(stderr, "vigil: --batch wants a number of documents (1..1000000)\n");
                return CLI_USAGE;
            }
        } else if (!strcmp(a, "--json")) {
            json = 1;
        } else if (!strcmp(a, "-q") || !strcmp(a, "--quiet")) {
            quiet = 1;
        } else if (a[0] == '-' && a[1] != '\0') {
            fprintf(stderr, "vigil: unknown option \"%s\" (see vigil ingest --help)\n", a);
            return CLI_USAGE;
        } else {
            paths[npaths++] = a;
        }
    }
    static const char *const stdin_path[] = {"-"};
    if (npaths == 0)
        paths = (const char **)stdin_path, npaths = 1;
    const char *db = cli_db_path(dbopt);
    if (stix)
        return ingest_stix(db, paths, npaths, json, quiet);
    int tty = !quiet && !json && isatty(STDERR_FILENO);
    if (tty)
        for (size_t i = 0; i < npaths; i++)
            if (strcmp(paths[i], "-"))
                nftw(paths[i], add_size, 16, FTW_PHYS);

    vigil_error err;
    vigil_ctx *ctx = NULL;
    vigil_kb *kb = NULL;
    vigil_reader *reader = NULL;
    vigil_doc *doc = NULL;
    tally t = {0, 0, 0, 0};
    int rc = CLI_OK, in_tx = 0;
    cli_reading rd = {0, 0, 0};
    long in_batch = 0;
    size_t batch_stored = 0;
    double t0 = now(), last = 0;

    if (vigil_kb_open(&kb, db, 0, &err) != VIGIL_OK) {
        cli_report("error", &err);
        return CLI_IO;
    }
    if (vigil_ctx_new(&ctx, NULL, &err) != VIGIL_OK ||
        vigil_reader_open(&reader, (const char *const *)paths, npaths, &ro, &err) != VIGIL_OK) {
        cli_report("error", &err);
        rc = err.code == VIGIL_EUSAGE ? CLI_USAGE : CLI_IO;
        goto done;
    }
    if (vigil_doc_new(&doc) != VIGIL_OK) {
        fprintf(stderr, "vigil: error: out of memory\n");
        rc = CLI_IO;
        goto done;
    }
    for (;;) {
        rd.progress_line = tty;
        int r = cli_next_doc(reader, ctx, doc, &rd);
        if (r < 0) {
            rc = CLI_USAGE;
            goto done;
        }
        if (r == 0)
            break;
        size_t len = 0;
        vigil_doc_text(doc, &len);
        t.bytes += (double)len;
        if (!quiet && !json)
            cli_print_warnings(doc);
        if (!in_tx) {
            if (vigil_kb_begin(kb, &err) != VIGIL_OK) {
                cli_report("error", &err);
                rc = CLI_IO;
                goto done;
            }
            in_tx = 1;
        }
        vigil_kb_put_result res;
        if (vigil_kb_put(kb, doc, &res, &err) != VIGIL_OK) {
            /* the document's own writes are undone; the batch goes on */
            if (tty)
                fputc('\n', stderr);
            cli_report("error", &err);
            t.failed++;
            if (err.code == VIGIL_EDB) {
                /* the store itself failed (disk full, read-only, corrupt):
                 * keep what the batch holds if it still can, and stop */
                if (commit_batch(kb, &t, &batch_stored, tty) == VIGIL_OK)
                    in_tx = 0;
                rc = CLI_IO;
                goto done;
            }
            continue;
        }
        if (res == VIGIL_KB_STORED)
            t.stored++, batch_stored++;
        else
            t.skipped++;
        if (++in_batch >= batch) {
            if (commit_batch(kb, &t, &batch_stored, tty) != VIGIL_OK) {
                rc = CLI_IO;
                goto done;
            }
            in_tx = 0;
            in_batch = 0;
        }
        if (tty && now() - last > 0.2) {
            progress(&t, t0);
            last = now();
        }
    }
    if (in_tx) {
        if (commit_batch(kb, &t, &batch_stored, tty) != VIGIL_OK) {
            rc = CLI_IO;
            goto done;
        }
        in_tx = 0;
    }
    if (rc == CLI_OK)
        rc = rd.unreadable ? CLI_INPUT : t.failed + rd.failed ? CLI_DOC_FAILED : CLI_OK;
done:
    if (in_tx) {
        vigil_kb_rollback(kb);
        t.stored -= batch_stored; /* what the open batch held is not stored */
    }
    if (tty)
        progress(&t, t0), fputc('\n', stderr);
    double dt = now() - t0;
    if (json) {
        json_t *o = json_pack("{s:s, s:I, s:I, s:I, s:f, s:f, s:b}", "database", db, "stored",
                              (json_int_t)t.stored, "skipped", (json_int_t)t.skipped, "failed",
                              (json_int_t)(t.failed + rd.failed), "bytes", t.bytes, "seconds", dt, "ok",
                              rc == CLI_OK);
        if (!o || json_dumpf(o, stdout, JSON_COMPACT | JSON_PRESERVE_ORDER) != 0 ||
            fputc('\n', stdout) == EOF || fflush(stdout) != 0)
            rc = rc == CLI_OK ? CLI_IO : rc;
        json_decref(o);
    } else if (!quiet || rc != CLI_OK)
        fprintf(stderr, "vigil: %s: %zu new, %zu skipped (already stored), %zu failed, %.1f MB in %.1f s\n",
                db, t.stored, t.skipped, t.failed + rd.failed, t.bytes / 1e6, dt);
    vigil_doc_free(doc);
    vigil_reader_close(reader);
    vigil_kb_close(kb);
    vigil_ctx_free(ctx);
    return rc;
}
