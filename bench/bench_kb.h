/* bench_kb.h: the knowledge-base half of vigil-bench (bench_kb.c): ingest
 * throughput and query latency, both through the public API (vigil/kb.h). */
#ifndef VIGIL_BENCH_KB_H
#define VIGIL_BENCH_KB_H

#include "vigil/vigil.h"

/* Seconds on the calling thread's CPU clock (user + system). */
double bench_cpu_now(void);

/* Seconds on the monotonic wall clock. */
double bench_wall_now(void);

typedef struct bench_ingest_opts {
    const char *db;     /* the database (created when absent) */
    const char *corpus; /* JSON Lines */
    int runs;           /* median over runs; with fresh, each into a new database */
    int fresh;          /* delete db (and its -wal, -shm) before each run */
    long batch;         /* documents per transaction, as `vigil ingest --batch` */
    long skip;          /* documents of the corpus skipped unread (already stored) */
    double budget;      /* stop (committing) after this many CPU seconds; 0: none */
    long progress;      /* print a rate line every this many documents; 0: none */
} bench_ingest_opts;

/* Reads, analyses and stores the corpus; prints MB/s and docs/s per core
 * (median of runs), the store's share, and the database size before and
 * after. Returns 0, or 1 on an error (printed to stderr). */
int bench_ingest(const vigil_ctx *ctx, const bench_ingest_opts *o);

/* Query latency p50/p99 over reps queries of each kind, names sampled from
 * the database. Returns 0, or 1 on an error (printed to stderr). */
int bench_query(const char *db, int reps);

#endif
