/* bench_kb.c: vigil-bench's knowledge-base modes.
 *
 * ingest: reads a JSON Lines corpus, analyses each document and stores it
 * with vigil_kb_put in transactions of --batch documents, as `vigil ingest`
 * does; reports MB/s and documents/s per core (the thread's CPU clock, user
 * and system, so SQLite's reads and writes count), and the store's share
 * (vigil_kb_put and the commits alone). With --budget it stops after that
 * many CPU seconds, committing, so a large base can be built over several
 * runs (--skip passes over what is already stored without analysing it).
 *
 * query: opens the base read-only and times each of the analyst's queries
 * (threats --place, entity, timeline --actor, claims --about, search,
 * stats) through vigil_kb_query_write into a discarding stream, many times
 * with names sampled from the base itself (every third one lower-cased, so
 * folding is exercised); reports p50 and p99 latency. Names are sampled
 * with SQL on a second, read-only connection; only the timed calls go
 * through the public API. */
#include "bench_kb.h"

#include <ctype.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "vigil/kb.h"

#define MAX_NAMES 256
#define MAX_REPS 10000
#define KIND_CPU_CAP 20.0 /* CPU seconds per query kind at most (at least 5 reps) */

double bench_cpu_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

double bench_wall_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

/* The q-th quantile (0..1) of n sorted values, nearest rank. */
static double quantile(const double *v, int n, double q)
{
    int k = (int)(q * n + 0.999999) - 1;
    return v[k < 0 ? 0 : k >= n ? n - 1 : k];
}

static double file_mb(const char *path)
{
    struct stat sb;
    return stat(path, &sb) == 0 ? (double)sb.st_size / 1e6 : 0;
}

/* Documents in the base, or 0 when it does not exist yet. */
static long base_docs(const char *db)
{
    struct stat sb;
    if (stat(db, &sb) != 0)
        return 0;
    sqlite3 *h;
    long n = 0;
    if (sqlite3_open_v2(db, &h, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK) {
        sqlite3_stmt *st;
        if (sqlite3_prepare_v2(h, "SELECT count(*) FROM documents", -1, &st, NULL) == SQLITE_OK) {
            if (sqlite3_step(st) == SQLITE_ROW)
                n = (long)sqlite3_column_int64(st, 0);
            sqlite3_finalize(st);
        }
    }
    sqlite3_close(h);
    return n;
}

static void remove_db(const char *db)
{
    char p[4096];
    unlink(db);
    snprintf(p, sizeof p, "%s-wal", db);
    unlink(p);
    snprintf(p, sizeof p, "%s-shm", db);
    unlink(p);
}

/* ---- ingest ---- */

typedef struct ingest_run {
    double cpu, store, wall, bytes;
    long stored, skipped, failed;
    int stopped; /* the budget ran out */
} ingest_run;

static int ingest_pass(const vigil_ctx *ctx, const bench_ingest_opts *o, long before,
                       ingest_run *r)
{
    vigil_error err;
    vigil_kb *kb = NULL;
    vigil_reader *rd = NULL;
    vigil_doc *doc = NULL;
    memset(r, 0, sizeof *r);
    const char *paths[1] = {o->corpus};
    vigil_read_opts ro = {VIGIL_INPUT_JSONL, NULL, NULL};
    int rc = 1, in_tx = 0, step;
    long in_batch = 0, seen = 0;
    if (vigil_kb_open(&kb, o->db, 0, &err) != VIGIL_OK ||
        vigil_reader_open(&rd, paths, 1, &ro, &err) != VIGIL_OK) {
        fprintf(stderr, "vigil-bench: %s\n", err.message);
        goto done;
    }
    if (vigil_doc_new(&doc) != VIGIL_OK) {
        fprintf(stderr, "vigil-bench: out of memory\n");
        goto done;
    }
    for (long i = 0; i < o->skip && (step = vigil_reader_next(rd, doc, &err)) != VIGIL_EOF; i++)
        ;
    double c0 = bench_cpu_now(), w0 = bench_wall_now(), mark = c0, mark_store = 0;
    long mark_docs = 0;
    while ((step = vigil_reader_next(rd, doc, &err)) != VIGIL_EOF) {
        if (step != VIGIL_OK || vigil_analyze(ctx, doc, &err) != VIGIL_OK) {
            r->failed++;
            continue;
        }
        size_t len;
        vigil_doc_text(doc, &len);
        double s0 = bench_cpu_now();
        if (!in_tx) {
            if (vigil_kb_begin(kb, &err) != VIGIL_OK) {
                fprintf(stderr, "vigil-bench: %s\n", err.message);
                goto done;
            }
            in_tx = 1;
        }
        vigil_kb_put_result res;
        if (vigil_kb_put(kb, doc, &res, &err) != VIGIL_OK) {
            r->failed++;
            if (err.code == VIGIL_EDB) {
                fprintf(stderr, "vigil-bench: %s\n", err.message);
                goto done;
            }
            continue;
        }
        if (res == VIGIL_KB_STORED)
            r->stored++;
        else
            r->skipped++;
        r->bytes += (double)len;
        seen++;
        if (++in_batch >= o->batch) {
            if (vigil_kb_commit(kb, &err) != VIGIL_OK) {
                fprintf(stderr, "vigil-bench: %s\n", err.message);
                goto done;
            }
            in_tx = 0;
            in_batch = 0;
        }
        double s1 = bench_cpu_now();
        r->store += s1 - s0;
        if (o->progress > 0 && seen % o->progress == 0) {
            printf("  base at %7ld docs: last %ld at %6.0f docs/s (store alone %6.0f docs/s), "
                   "%.0f s CPU so far\n",
                   before + r->stored, seen - mark_docs, (double)(seen - mark_docs) / (s1 - mark),
                   (double)(seen - mark_docs) / (r->store - mark_store), s1 - c0);
            fflush(stdout);
            mark = s1;
            mark_store = r->store;
            mark_docs = seen;
        }
        if (o->budget > 0 && s1 - c0 > o->budget && !in_tx) {
            r->stopped = 1;
            break;
        }
    }
    if (in_tx) {
        double s0 = bench_cpu_now();
        if (vigil_kb_commit(kb, &err) != VIGIL_OK) {
            fprintf(stderr, "vigil-bench: %s\n", err.message);
            goto done;
        }
        in_tx = 0;
        r->store += bench_cpu_now() - s0;
    }
    r->cpu = bench_cpu_now() - c0;
    r->wall = bench_wall_now() - w0;
    rc = 0;
done:
    if (in_tx)
        vigil_kb_rollback(kb);
    vigil_doc_free(doc);
    vigil_reader_close(rd);
    vigil_kb_close(kb);
    return rc;
}

int bench_ingest(const vigil_ctx *ctx, const bench_ingest_opts *o)
{
    double mbs[101], dps[101], sdps[101], smbs[101];
    ingest_run r = {0};
    long before = 0;
    for (int k = 0; k < o->runs; k++) {
        if (o->fresh)
            remove_db(o->db);
        before = base_docs(o->db);
        if (ingest_pass(ctx, o, before, &r) != 0)
            return 1;
        mbs[k] = r.bytes / 1e6 / r.cpu;
        dps[k] = (double)(r.stored + r.skipped) / r.cpu;
        smbs[k] = r.bytes / 1e6 / r.store;
        sdps[k] = (double)(r.stored + r.skipped) / r.store;
    }
    qsort(mbs, (size_t)o->runs, sizeof mbs[0], cmp_double);
    qsort(dps, (size_t)o->runs, sizeof dps[0], cmp_double);
    qsort(smbs, (size_t)o->runs, sizeof smbs[0], cmp_double);
    qsort(sdps, (size_t)o->runs, sizeof sdps[0], cmp_double);
    int m = o->runs / 2;
    printf("ingest    %8.2f MB/s  %9.0f docs/s  (median of %d run%s, %.1f MB, %ld docs per run, "
           "1 core; into a base of %ld docs%s)\n",
           mbs[m], dps[m], o->runs, o->runs == 1 ? "" : "s", r.bytes / 1e6, r.stored + r.skipped,
           before, o->fresh ? ", fresh" : "");
    printf("  store   %8.2f MB/s  %9.0f docs/s  (vigil_kb_put and commits alone, %.0f%% of the "
           "CPU time)\n",
           smbs[m], sdps[m], 100.0 * r.store / r.cpu);
    printf("  last run: %ld stored, %ld skipped, %ld failed, %.1f s CPU, %.1f s wall; base now "
           "%ld docs, %.1f MB%s\n",
           r.stored, r.skipped, r.failed, r.cpu, r.wall, before + r.stored, file_mb(o->db),
           r.stopped ? " (stopped: budget spent)" : "");
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    printf("peak RSS  %8.1f MB  (ingest)\n", (double)ru.ru_maxrss / 1024.0);
    return 0;
}

/* ---- query ---- */

typedef struct names {
    char *v[MAX_NAMES];
    int n;
} names;

static void names_free(names *ns)
{
    for (int i = 0; i < ns->n; i++)
        free(ns->v[i]);
    ns->n = 0;
}

static void names_add(names *ns, const char *s, size_t len, int lower)
{
    if (ns->n >= MAX_NAMES || !len)
        return;
    char *c = malloc(len + 1);
    if (!c)
        return;
    memcpy(c, s, len);
    c[len] = '\0';
    for (size_t i = 0; lower && i < len; i++)
        c[i] = (char)tolower((unsigned char)c[i]); /* ASCII only: folding does the rest */
    ns->v[ns->n++] = c;
}

/* First-column names of sql, spread over the base; every third
 * lower-cased. */
static int sample(sqlite3 *h, const char *sql, names *ns)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(h, sql, -1, &st, NULL) != SQLITE_OK) {
        fprintf(stderr, "vigil-bench: cannot sample names: %s\n", sqlite3_errmsg(h));
        return -1;
    }
    sqlite3_bind_int(st, 1, MAX_NAMES);
    while (sqlite3_step(st) == SQLITE_ROW) {
        const char *s = (const char *)sqlite3_column_text(st, 0);
        if (s)
            names_add(ns, s, strlen(s), ns->n % 3 == 2);
    }
    sqlite3_finalize(st);
    return 0;
}

/* Search words: one or two words of at least five letters from sampled
 * document titles. */
static int sample_words(sqlite3 *h, names *ns)
{
    names titles = {{0}, 0};
    if (sample(h, "SELECT title FROM documents WHERE id % 37 = 0 AND title IS NOT NULL LIMIT ?1",
               &titles) != 0)
        return -1;
    for (int i = 0; i < titles.n && ns->n < MAX_NAMES; i++) {
        const char *p = titles.v[i], *w[2] = {NULL, NULL};
        size_t wl[2] = {0, 0};
        int nw = 0;
        while (*p && nw < 2) {
            while (*p && !isalpha((unsigned char)*p))
                p++;
            const char *s = p;
            while (isalpha((unsigned char)*p))
                p++;
            if (p - s >= 5) {
                w[nw] = s;
                wl[nw++] = (size_t)(p - s);
            }
        }
        if (!nw)
            continue;
        char buf[256];
        int two = nw == 2 && i % 2;
        snprintf(buf, sizeof buf, "%.*s%s%.*s", (int)wl[0], w[0], two ? " " : "",
                 two ? (int)wl[1] : 0, two ? w[1] : "");
        names_add(ns, buf, strlen(buf), 0);
    }
    names_free(&titles);
    return 0;
}

/* Rows in the answer to q (its JSON "count"), untimed. */
static long answer_rows(vigil_kb *kb, const vigil_kb_query *q)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&buf, &len);
    if (!m)
        return -1;
    vigil_error err;
    int rc = vigil_kb_query_write(kb, q, VIGIL_KB_JSON, m, &err);
    fclose(m);
    long n = -1;
    const char *c = buf ? strstr(buf, "\"count\":") : NULL;
    if (rc == VIGIL_OK && c)
        n = strtol(c + 8, NULL, 10);
    free(buf);
    return n;
}

typedef struct qkind {
    const char *label;
    vigil_kb_query_kind kind;
    int field; /* 0 none, 1 place, 2 text, 3 actor, 4 about */
    const char *sql;
} qkind;

/* Sampling orders rows by a multiplicative hash of the id, so the names
 * spread over the whole base rather than its first documents. */
#define SPREAD " ORDER BY (id * 2654435761) % 4294967296 LIMIT ?1"

static const qkind kinds[] = {
    {"threats --place", VIGIL_KB_THREATS, 1,
     "SELECT name FROM entities WHERE type = 'place'" SPREAD},
    {"entity", VIGIL_KB_ENTITY, 2, "SELECT name FROM entities" SPREAD},
    {"timeline --actor", VIGIL_KB_TIMELINE, 3,
     "SELECT name FROM entities WHERE id IN (SELECT actor FROM threats) OR type = 'armed_group'"
     SPREAD},
    {"claims --about", VIGIL_KB_CLAIMS, 4,
     "SELECT name FROM entities WHERE id IN (SELECT entity FROM claim_about)" SPREAD},
    {"search", VIGIL_KB_SEARCH, 2, NULL},
    {"stats", VIGIL_KB_STATS, 0, NULL},
};

int bench_query(const char *db, int reps)
{
    if (reps < 1 || reps > MAX_REPS) {
        fprintf(stderr, "vigil-bench: --reps wants 1..%d\n", MAX_REPS);
        return 1;
    }
    vigil_error err;
    vigil_kb *kb = NULL;
    sqlite3 *h = NULL;
    FILE *sink = fopen("/dev/null", "w");
    double *cpu = malloc(sizeof(double) * (size_t)reps), *wall = malloc(sizeof(double) * (size_t)reps);
    int rc = 1;
    if (!sink || !cpu || !wall)
        goto done;
    if (vigil_kb_open(&kb, db, VIGIL_KB_READONLY, &err) != VIGIL_OK) {
        fprintf(stderr, "vigil-bench: %s\n", err.message);
        goto done;
    }
    if (sqlite3_open_v2(db, &h, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
        fprintf(stderr, "vigil-bench: cannot open %s\n", db);
        goto done;
    }
    printf("query latency on %s: %ld documents, %.1f MB (per query: CPU of the calling thread, "
           "then wall)\n",
           db, base_docs(db), file_mb(db));
    for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
        const qkind *qk = &kinds[k];
        names ns = {{0}, 0};
        if (qk->sql ? sample(h, qk->sql, &ns) != 0 : qk->kind == VIGIL_KB_SEARCH ? sample_words(h, &ns) != 0 : 0)
            goto done;
        if (qk->field && !ns.n) {
            printf("query %-17s (no names to ask about)\n", qk->label);
            continue;
        }
        double rows = 0;
        int nrows = 0;
        int n = 0;
        double spent = 0;
        for (; n < reps && (n < 5 || spent < KIND_CPU_CAP); n++) {
            vigil_kb_query q;
            memset(&q, 0, sizeof q);
            q.kind = qk->kind;
            const char *name = ns.n ? ns.v[n % ns.n] : NULL;
            switch (qk->field) {
            case 1: q.place = name; break;
            case 2: q.text = name; break;
            case 3: q.actor = name; break;
            case 4: q.about = name; break;
            default: break;
            }
            if (n < 20 && (ns.n == 0 || n < ns.n)) {
                long r = answer_rows(kb, &q);
                if (r >= 0) {
                    rows += (double)r;
                    nrows++;
                }
            }
            double c0 = bench_cpu_now(), w0 = bench_wall_now();
            if (vigil_kb_query_write(kb, &q, 0, sink, &err) != VIGIL_OK) {
                fprintf(stderr, "vigil-bench: query %s \"%s\": %s\n", qk->label, name ? name : "",
                        err.message);
                names_free(&ns);
                goto done;
            }
            cpu[n] = (bench_cpu_now() - c0) * 1e3;
            wall[n] = (bench_wall_now() - w0) * 1e3;
            spent += cpu[n] / 1e3;
        }
        qsort(cpu, (size_t)n, sizeof cpu[0], cmp_double);
        qsort(wall, (size_t)n, sizeof wall[0], cmp_double);
        printf("query %-17s p50 %9.3f ms  p99 %9.3f ms  (wall p50 %9.3f, p99 %9.3f ms; %d reps, "
               "%d names, %.1f rows on average)\n",
               qk->label, quantile(cpu, n, 0.5), quantile(cpu, n, 0.99), quantile(wall, n, 0.5),
               quantile(wall, n, 0.99), n, ns.n, nrows ? rows / nrows : 0);
        fflush(stdout);
        names_free(&ns);
    }
    rc = 0;
done:
    free(cpu);
    free(wall);
    if (sink)
        fclose(sink);
    sqlite3_close(h);
    vigil_kb_close(kb);
    return rc;
}
