/* bench.c: vigil-bench, the throughput benchmark behind `make bench`.
 *
 *   vigil-bench [--runs N] [--repeat K] [--mode tokenize|extract|both] CORPUS.jsonl
 *   vigil-bench --mode ingest --db DB [--fresh] [--runs N] [--batch N] [--skip N]
 *               [--budget SECONDS] [--progress N] CORPUS.jsonl
 *   vigil-bench --mode query --db DB [--reps N]
 *
 * Reads the corpus (JSON Lines) K times per run through the public API, and
 * for each mode reports the median over N runs of MB/s and documents/s on
 * one core (one thread), measured in-process on the thread's CPU clock, so
 * start-up is excluded and other work on the machine does not count
 * against Vigil (the figure is per core of CPU time); and the process's peak RSS at the end. "tokenize"
 * is the ceiling: reading plus tokenizing only. "extract" is the whole
 * `vigil extract` path: read, analyse, and write the JSON record (to a
 * discarding stream). "ingest" and "query" are the knowledge base's
 * (bench_kb.c): ingest throughput into DB, query latency on DB. Not a
 * test: it times, and asserts nothing. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "bench_kb.h"
#include "vigil/vigil.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

/* One pass; returns seconds, and bytes and documents processed. */
static int pass(const vigil_ctx *ctx, const char *path, int repeat, int extract, FILE *sink,
                double *secs, double *bytes, double *docs)
{
    vigil_error err;
    vigil_doc *doc;
    if (vigil_doc_new(&doc) != VIGIL_OK)
        return -1;
    const char *paths[64];
    for (int i = 0; i < repeat && i < 64; i++)
        paths[i] = path;
    vigil_read_opts ro = {VIGIL_INPUT_JSONL, NULL, NULL};
    vigil_reader *r;
    if (vigil_reader_open(&r, paths, (size_t)(repeat < 64 ? repeat : 64), &ro, &err) != VIGIL_OK) {
        vigil_doc_free(doc);
        return -1;
    }
    *bytes = 0;
    *docs = 0;
    double t0 = now();
    int rc;
    while ((rc = vigil_reader_next(r, doc, &err)) != VIGIL_EOF) {
        if (rc != VIGIL_OK)
            continue;
        size_t len, ntok;
        vigil_doc_text(doc, &len);
        if (extract) {
            if (vigil_analyze(ctx, doc, &err) != VIGIL_OK ||
                vigil_write(doc, VIGIL_FORMAT_JSONL, 0, sink, &err) != VIGIL_OK)
                continue;
        } else if (vigil_tokenize_only(doc, &ntok, &err) != VIGIL_OK) {
            continue;
        }
        *bytes += (double)len;
        *docs += 1;
    }
    *secs = now() - t0;
    vigil_reader_close(r);
    vigil_doc_free(doc);
    return 0;
}

int main(int argc, char **argv)
{
    int runs = 5, repeat = 1, reps = 200;
    const char *mode = "both", *path = NULL;
    bench_ingest_opts io = {NULL, NULL, 0, 0, 200, 0, 0, 0};
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--runs") && i + 1 < argc)
            runs = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--db") && i + 1 < argc)
            io.db = argv[++i];
        else if (!strcmp(argv[i], "--fresh"))
            io.fresh = 1;
        else if (!strcmp(argv[i], "--batch") && i + 1 < argc)
            io.batch = atol(argv[++i]);
        else if (!strcmp(argv[i], "--skip") && i + 1 < argc)
            io.skip = atol(argv[++i]);
        else if (!strcmp(argv[i], "--budget") && i + 1 < argc)
            io.budget = atof(argv[++i]);
        else if (!strcmp(argv[i], "--progress") && i + 1 < argc)
            io.progress = atol(argv[++i]);
        else if (!strcmp(argv[i], "--reps") && i + 1 < argc)
            reps = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--repeat") && i + 1 < argc)
            repeat = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--mode") && i + 1 < argc)
            mode = argv[++i];
        else
            path = argv[i];
    }
    int kb_mode = !strcmp(mode, "ingest") || !strcmp(mode, "query");
    if ((!path && strcmp(mode, "query")) || runs < 1 || runs > 101 || repeat < 1 || repeat > 64 ||
        (kb_mode && !io.db) || io.batch < 1 || io.skip < 0) {
        fprintf(stderr,
                "usage: vigil-bench [--runs N] [--repeat K] [--mode tokenize|extract|both] "
                "CORPUS.jsonl\n"
                "       vigil-bench --mode ingest --db DB [--fresh] [--runs N] [--batch N] "
                "[--skip N] [--budget SECONDS] [--progress N] CORPUS.jsonl\n"
                "       vigil-bench --mode query --db DB [--reps N]\n");
        return 2;
    }
    if (!strcmp(mode, "query"))
        return bench_query(io.db, reps);
    vigil_error err;
    vigil_ctx *ctx;
    if (vigil_ctx_new(&ctx, NULL, &err) != VIGIL_OK) {
        fprintf(stderr, "vigil-bench: %s\n", err.message);
        return 1;
    }
    if (!strcmp(mode, "ingest")) {
        io.corpus = path;
        io.runs = runs;
        int rc = bench_ingest(ctx, &io);
        vigil_ctx_free(ctx);
        return rc;
    }
    FILE *sink = fopen("/dev/null", "w");
    if (!sink) {
        vigil_ctx_free(ctx);
        return 1;
    }
    static const char *const names[] = {"tokenize", "extract"};
    for (int m = 0; m < 2; m++) {
        if (strcmp(mode, "both") && strcmp(mode, names[m]))
            continue;
        double mbs[101], dps[101], bytes = 0, docs = 0, secs;
        for (int k = 0; k < runs; k++) {
            if (pass(ctx, path, repeat, m, sink, &secs, &bytes, &docs) != 0) {
                fprintf(stderr, "vigil-bench: cannot read %s\n", path);
                return 1;
            }
            mbs[k] = bytes / 1e6 / secs;
            dps[k] = docs / secs;
        }
        qsort(mbs, (size_t)runs, sizeof mbs[0], cmp_double);
        qsort(dps, (size_t)runs, sizeof dps[0], cmp_double);
        printf("%-9s %8.2f MB/s  %9.0f docs/s  (median of %d runs, %.1f MB, %.0f docs per run, "
               "1 core)\n",
               names[m], mbs[runs / 2], dps[runs / 2], runs, bytes / 1e6, docs);
    }
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    printf("peak RSS  %8.1f MB  (corpus read %d time%s per run)\n", (double)ru.ru_maxrss / 1024.0,
           repeat, repeat == 1 ? "" : "s");
    fclose(sink);
    vigil_ctx_free(ctx);
    return 0;
}
