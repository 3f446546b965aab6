/* serve.c: `vigil serve`: libmicrohttpd (thread pool, internal polling),
 * the routes of docs/api.md, the dashboard's built-in files, metrics.
 *
 * Reads go through a pool of read-only knowledge-base handles (one per
 * request at a time; SQLite WAL lets them read while an ingest writes);
 * writes through one handle behind a mutex. Every answer is JSON (or the
 * export's format, or a dashboard file) with the security headers below;
 * errors are {"error", "status"} with the right status.
 *
 * Request bodies: a POST whose Content-Length is over the limit, or whose
 * token is missing or wrong, is answered (413, 401) before its body is
 * read; a body that turns out larger than declared is cut off with 413.
 * Shutdown: SIGINT/SIGTERM stop accepting, let the requests in flight
 * finish (up to 10 s), then stop. */
#include <errno.h>
#include <limits.h>
#include <jansson.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <nettle/sha1.h>

#include "cli/cli.h"
#include "serve/serve.h"
#include "vigil/kb.h"

#define MAX_LIMIT 1000

/* ---- metrics ---- */

enum { R_STATIC = 0, R_HEALTH, R_METRICS, R_STATS, R_THREATS, R_TIMELINE, R_INCIDENTS, R_CLAIMS,
       R_ENTITIES, R_SEARCH, R_DOCUMENT, R_EXPORT, R_INGEST, R_GRADE, R_OTHER, R_N };
static const char *const route_names[R_N] = {"static",   "healthz",   "metrics",  "stats",
                                             "threats",  "timeline",  "incidents", "claims",
                                             "entities", "search",    "document", "export",
                                             "ingest",   "grade",     "other"};
static const double buckets[] = {0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};
#define NBUCKETS (sizeof buckets / sizeof buckets[0])
#define NCODES 6 /* 2xx 3xx 4xx 5xx, by class; index = class - 1 */

typedef struct metrics {
    pthread_mutex_t mu;
    unsigned long long requests[R_N][NCODES];
    unsigned long long hist[NBUCKETS + 1];
    double sum;
    unsigned long long count;
    unsigned long long ingested;
} metrics;

/* ---- the server ---- */

typedef struct server {
    const serve_opts *o;
    char token[512];
    size_t token_len;
    vigil_ctx *ctx;          /* lexicons: names in filters, analysis of ingested documents */
    pthread_mutex_t pool_mu; /* read handles not in use */
    vigil_kb **pool;
    size_t npool, cappool;
    pthread_mutex_t write_mu;
    vigil_kb *writer;
    metrics m;
    long inflight; /* requests begun and not completed (under m.mu) */
} server;

typedef struct request {
    double t0;
    int route;
    unsigned status;
    char *body;
    size_t len, cap;
    int too_big;
    int answered; /* a response was queued early (401, 413) */
} request;

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static vigil_kb *reader_get(server *s, vigil_error *err)
{
    vigil_kb *kb = NULL;
    pthread_mutex_lock(&s->pool_mu);
    if (s->npool)
        kb = s->pool[--s->npool];
    pthread_mutex_unlock(&s->pool_mu);
    if (!kb && vigil_kb_open(&kb, s->o->db, VIGIL_KB_READONLY, err) != VIGIL_OK)
        return NULL;
    return kb;
}

static void reader_put(server *s, vigil_kb *kb)
{
    pthread_mutex_lock(&s->pool_mu);
    if (s->npool == s->cappool) {
        size_t cap = s->cappool ? 2 * s->cappool : 16;
        vigil_kb **p = realloc(s->pool, cap * sizeof *p);
        if (p) {
            s->pool = p;
            s->cappool = cap;
        }
    }
    if (s->npool < s->cappool) {
        s->pool[s->npool++] = kb;
        kb = NULL;
    }
    pthread_mutex_unlock(&s->pool_mu);
    vigil_kb_close(kb);
}

/* ---- responses ---- */

static void security_headers(struct MHD_Response *r)
{
    MHD_add_response_header(r, "Content-Security-Policy",
                            "default-src 'self'; img-src 'self' data:; style-src 'self';"
                            " object-src 'none'; base-uri 'none'; frame-ancestors 'none'");
    MHD_add_response_header(r, "X-Content-Type-Options", "nosniff");
    MHD_add_response_header(r, "Referrer-Policy", "no-referrer");
    MHD_add_response_header(r, "X-Frame-Options", "DENY");
    MHD_add_response_header(r, "Cache-Control", "no-store");
}

static enum MHD_Result send_buf(struct MHD_Connection *c, request *q, unsigned status,
                                const char *type, const void *data, size_t n)
{
    struct MHD_Response *r = MHD_create_response_from_buffer(n, (void *)data, MHD_RESPMEM_MUST_COPY);
    if (!r)
        return MHD_NO;
    MHD_add_response_header(r, "Content-Type", type);
    security_headers(r);
    q->status = status;
    enum MHD_Result ret = MHD_queue_response(c, status, r);
    MHD_destroy_response(r);
    return ret;
}

static enum MHD_Result send_json(struct MHD_Connection *c, request *q, unsigned status, json_t *o)
{
    /* 15 significant digits: 0.82 stays 0.82, coordinates keep theirs */
    char *s = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(15));
    json_decref(o);
    if (!s)
        return MHD_NO;
    enum MHD_Result ret = send_buf(c, q, status, "application/json; charset=utf-8", s, strlen(s));
    free(s);
    return ret;
}

static enum MHD_Result send_error(struct MHD_Connection *c, request *q, unsigned status,
                                  const char *msg)
{
    json_t *o = json_pack("{s:s, s:i}", "error", msg, "status", (int)status);
    /* a message echoing bytes that are not UTF-8 is not sent as such */
    if (!o)
        o = json_pack("{s:s, s:i}", "error", "the request holds bytes that are not UTF-8",
                      "status", (int)status);
    return send_json(c, q, status, o);
}

static unsigned status_of(int code)
{
    switch (code) {
    case VIGIL_EUSAGE:
    case VIGIL_EPARSE: return MHD_HTTP_BAD_REQUEST;
    case VIGIL_ELIMIT: return 413;
    default: return MHD_HTTP_INTERNAL_SERVER_ERROR;
    }
}

/* ---- arguments ---- */

static const char *arg(struct MHD_Connection *c, const char *name)
{
    const char *v = MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, name);
    return v && v[0] ? v : NULL;
}

/* A whole number in [lo, hi] from s (NULL: dflt); -1 when s is not one. */
static long number(const char *s, long dflt, long lo, long hi)
{
    if (!s)
        return dflt;
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (errno || *end || end == s || v < lo || v > hi)
        return -1;
    return v;
}

/* The bearer token of the request matches ours (constant time over the
 * longer of the two, so the comparison says nothing of where they differ). */
static int authorized(const server *s, struct MHD_Connection *c)
{
    if (!s->token_len)
        return 0;
    const char *h = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_AUTHORIZATION);
    if (!h || strncmp(h, "Bearer ", 7))
        return 0;
    h += 7;
    size_t n = strlen(h), m = n > s->token_len ? n : s->token_len;
    unsigned char diff = (unsigned char)(n != s->token_len);
    for (size_t k = 0; k < m; k++) {
        unsigned char a = k < n ? (unsigned char)h[k] : 0;
        unsigned char b = k < s->token_len ? (unsigned char)s->token[k] : 0;
        diff |= (unsigned char)(a ^ b);
    }
    return diff == 0;
}

/* ---- reads ---- */

/* The "count" an answer of vigil_kb_query_write ends with, or -1. */
static long answer_count(const char *buf, size_t n)
{
    size_t from = n > 64 ? n - 64 : 0;
    const char *last = NULL;
    for (size_t i = from; i + 7 <= n; i++)
        if (!memcmp(buf + i, "\"count\"", 7))
            last = buf + i + 7;
    if (!last)
        return -1;
    while (last < buf + n && (*last == ':' || *last == ' '))
        last++;
    return last < buf + n && *last >= '0' && *last <= '9' ? strtol(last, NULL, 10) : -1;
}

/* Runs q (limit and cursor from the request) and answers its JSON. */
static enum MHD_Result answer_query(server *s, struct MHD_Connection *c, request *q,
                                    vigil_kb_query *kq)
{
    long limit = number(arg(c, "limit"), 100, 1, MAX_LIMIT);
    long offset = number(arg(c, "cursor"), 0, 0, 1000000000L);
    if (limit < 0)
        return send_error(c, q, 400, "limit wants a number from 1 to 1000");
    if (offset < 0)
        return send_error(c, q, 400, "cursor is not one this server gave");
    kq->limit = limit;
    kq->offset = offset;
    kq->ctx = s->ctx;
    vigil_error err;
    vigil_kb *kb = reader_get(s, &err);
    if (!kb)
        return send_error(c, q, 503, err.message);
    char *buf = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&buf, &n);
    int rc = f ? vigil_kb_query_write(kb, kq, VIGIL_KB_JSON, f, &err) : VIGIL_ENOMEM;
    if (f)
        fclose(f);
    reader_put(s, kb);
    if (rc != VIGIL_OK) {
        free(buf);
        return send_error(c, q, status_of(rc), rc == VIGIL_ENOMEM ? "out of memory" : err.message);
    }
    /* the library's JSON goes out as written (lists carry their page:
     * limit, offset, next_cursor); an unknown document says count 0 */
    enum MHD_Result ret = kq->kind == VIGIL_KB_DOCUMENT && answer_count(buf, n) == 0
                              ? send_error(c, q, 404, "no document with this id")
                              : send_buf(c, q, 200, "application/json; charset=utf-8", buf, n);
    free(buf);
    return ret;
}

/* The filters every read and export takes (docs/api.md), into a fresh kq. */
static void filters(struct MHD_Connection *c, vigil_kb_query *kq)
{
    memset(kq, 0, sizeof *kq);
    kq->place = arg(c, "place");
    kq->actor = arg(c, "actor");
    kq->from = arg(c, "from");
    kq->to = arg(c, "to");
}

static enum MHD_Result get_api(server *s, struct MHD_Connection *c, request *q, const char *path)
{
    vigil_kb_query kq;
    filters(c, &kq);
    if (!strcmp(path, "stats")) {
        q->route = R_STATS;
        kq.kind = VIGIL_KB_STATS;
    } else if (!strcmp(path, "threats")) {
        q->route = R_THREATS;
        kq.kind = VIGIL_KB_THREATS;
    } else if (!strcmp(path, "timeline") || !strcmp(path, "incidents")) {
        q->route = path[0] == 't' ? R_TIMELINE : R_INCIDENTS;
        kq.kind = VIGIL_KB_TIMELINE;
        kq.events = path[0] == 'i' ? "incident" : arg(c, "kind");
        if (kq.events && strcmp(kq.events, "incident") && strcmp(kq.events, "threat"))
            return send_error(c, q, 400, "kind wants incident or threat");
    } else if (!strcmp(path, "claims")) {
        q->route = R_CLAIMS;
        kq.kind = VIGIL_KB_CLAIMS;
        kq.about = arg(c, "about");
        kq.holder = arg(c, "holder");
        kq.doc = arg(c, "doc");
        const char *cf = arg(c, "conflicts");
        kq.conflicts = cf && strcmp(cf, "0") && strcmp(cf, "false");
    } else if (!strcmp(path, "entities") || !strncmp(path, "entities/", 9)) {
        q->route = R_ENTITIES;
        kq.kind = VIGIL_KB_ENTITY;
        kq.text = path[8] == '/' ? path + 9 : arg(c, "q");
        if (path[8] == '/' && !path[9 + strspn(path + 9, " ")])
            return send_error(c, q, 400, "which entity? /api/entities/NAME");
    } else if (!strcmp(path, "search")) {
        q->route = R_SEARCH;
        kq.kind = VIGIL_KB_SEARCH;
        kq.text = arg(c, "q");
        if (!kq.text)
            return send_error(c, q, 400, "search wants q=WORDS");
    } else if (!strncmp(path, "documents/", 10) && path[10]) {
        q->route = R_DOCUMENT;
        kq.kind = VIGIL_KB_DOCUMENT;
        kq.text = path + 10;
    } else {
        return send_error(c, q, 404, "no such endpoint (see docs/api.md)");
    }
    return answer_query(s, c, q, &kq);
}

/* ---- export ---- */

static enum MHD_Result get_export(server *s, struct MHD_Connection *c, request *q)
{
    q->route = R_EXPORT;
    const char *fmt = arg(c, "format") ? arg(c, "format") : "stix";
    const char *kind = arg(c, "kind");
    static const struct {
        const char *name, *type;
        vigil_format f;
    } fmts[] = {{"stix", "application/stix+json; charset=utf-8", VIGIL_FORMAT_STIX},
                {"geojson", "application/geo+json; charset=utf-8", VIGIL_FORMAT_GEOJSON},
                {"csv", "text/csv; charset=utf-8; header=present", VIGIL_FORMAT_CSV}};
    size_t k = 0;
    while (k < 3 && strcmp(fmts[k].name, fmt))
        k++;
    if (k == 3)
        return send_error(c, q, 400, "format wants stix, geojson or csv");
    unsigned flags = 0;
    if (kind) {
        static const struct {
            const char *name;
            unsigned flag;
        } kinds[] = {{"incidents", VIGIL_WRITE_CSV_INCIDENTS}, {"threats", VIGIL_WRITE_CSV_THREATS},
                     {"claims", VIGIL_WRITE_CSV_CLAIMS},       {"entities", VIGIL_WRITE_CSV_ENTITIES}};
        size_t j = 0;
        while (j < 4 && strcmp(kinds[j].name, kind))
            j++;
        if (j == 4 || fmts[k].f != VIGIL_FORMAT_CSV)
            return send_error(c, q, 400, "kind wants incidents, threats, claims or entities, with"
                                         " format=csv");
        flags |= kinds[j].flag;
    }
    vigil_kb_query kq;
    filters(c, &kq);
    kq.doc = arg(c, "doc");
    kq.ctx = s->ctx;
    vigil_error err;
    vigil_kb *kb = reader_get(s, &err);
    if (!kb)
        return send_error(c, q, 503, err.message);
    /* to a file (memory stays bounded whatever the base's size), then sent
     * from it; the ETag is the SHA-1 of the bytes */
    FILE *f = tmpfile();
    int rc = f ? vigil_kb_export(kb, &kq, fmts[k].f, flags, f, &err) : VIGIL_EIO;
    reader_put(s, kb);
    if (rc != VIGIL_OK) {
        if (f)
            fclose(f);
        return send_error(c, q, f ? status_of(rc) : 500, f ? err.message : "no temporary file");
    }
    fflush(f);
    rewind(f);
    struct sha1_ctx h;
    sha1_init(&h);
    unsigned char chunk[65536];
    size_t got, size = 0;
    while ((got = fread(chunk, 1, sizeof chunk, f)) > 0) {
        sha1_update(&h, got, chunk);
        size += got;
    }
    uint8_t d[SHA1_DIGEST_SIZE];
    sha1_digest(&h, sizeof d, d);
    char etag[2 * SHA1_DIGEST_SIZE + 3];
    etag[0] = '"';
    for (size_t i = 0; i < sizeof d; i++)
        snprintf(etag + 1 + 2 * i, 3, "%02x", d[i]);
    snprintf(etag + 1 + 2 * sizeof d, 2, "\"");
    const char *inm = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_IF_NONE_MATCH);
    struct MHD_Response *r;
    unsigned status = 200;
    if (inm && !strcmp(inm, etag)) {
        fclose(f);
        r = MHD_create_response_from_buffer(0, (void *)"", MHD_RESPMEM_PERSISTENT);
        status = MHD_HTTP_NOT_MODIFIED;
    } else {
        int fd = dup(fileno(f));
        fclose(f);
        r = fd >= 0 ? MHD_create_response_from_fd(size, fd) : NULL;
        if (!r && fd >= 0)
            close(fd);
        if (r) {
            static const char *const ext[] = {"json", "geojson", "csv"};
            char disp[64];
            snprintf(disp, sizeof disp, "attachment; filename=\"vigil.%s\"", ext[k]);
            MHD_add_response_header(r, "Content-Type", fmts[k].type);
            MHD_add_response_header(r, "Content-Disposition", disp);
        }
    }
    if (!r)
        return MHD_NO;
    MHD_add_response_header(r, MHD_HTTP_HEADER_ETAG, etag);
    security_headers(r);
    q->status = status;
    enum MHD_Result ret = MHD_queue_response(c, status, r);
    MHD_destroy_response(r);
    return ret;
}

/* ---- writes ---- */

static enum MHD_Result post_ingest(server *s, struct MHD_Connection *c, request *q)
{
    const char *ct = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_TYPE);
    int jsonl = ct && (strstr(ct, "ndjson") || strstr(ct, "jsonl") || strstr(ct, "json-lines"));
    char path[] = "/tmp/vigil-ingest-XXXXXX";
    int fd = mkstemp(path);
    if (fd < 0)
        return send_error(c, q, 500, "no temporary file");
    size_t off = 0;
    while (off < q->len) {
        ssize_t w = write(fd, q->body + off, q->len - off);
        if (w <= 0)
            break;
        off += (size_t)w;
    }
    close(fd);
    if (off < q->len) {
        unlink(path);
        return send_error(c, q, 500, "cannot keep the body");
    }
    vigil_read_opts ro = {jsonl ? VIGIL_INPUT_JSONL : VIGIL_INPUT_TEXT, NULL, NULL};
    const char *paths[] = {path};
    vigil_reader *rd = NULL;
    vigil_doc *doc = NULL;
    vigil_error err;
    memset(&err, 0, sizeof err);
    snprintf(err.message, sizeof err.message, "out of memory");
    size_t stored = 0, skipped = 0, failed = 0;
    int rc = vigil_reader_open(&rd, paths, 1, &ro, &err);
    if (rc == VIGIL_OK)
        rc = vigil_doc_new(&doc);
    pthread_mutex_lock(&s->write_mu);
    if (rc == VIGIL_OK)
        rc = vigil_kb_begin(s->writer, &err);
    while (rc == VIGIL_OK) {
        int r = vigil_reader_next(rd, doc, &err);
        if (r == VIGIL_EOF)
            break;
        vigil_kb_put_result res;
        if (r != VIGIL_OK || vigil_analyze(s->ctx, doc, &err) != VIGIL_OK ||
            vigil_kb_put(s->writer, doc, &res, &err) != VIGIL_OK) {
            if (err.code == VIGIL_EDB) {
                rc = VIGIL_EDB;
                break;
            }
            failed++;
            continue;
        }
        *(res == VIGIL_KB_STORED ? &stored : &skipped) += 1;
    }
    if (rc == VIGIL_OK)
        rc = vigil_kb_commit(s->writer, &err);
    if (rc != VIGIL_OK) {
        vigil_kb_rollback(s->writer);
        stored = 0;
    }
    pthread_mutex_unlock(&s->write_mu);
    vigil_doc_free(doc);
    vigil_reader_close(rd);
    unlink(path);
    if (rc != VIGIL_OK)
        return send_error(c, q, status_of(rc), err.message);
    pthread_mutex_lock(&s->m.mu);
    s->m.ingested += stored;
    pthread_mutex_unlock(&s->m.mu);
    return send_json(c, q, 200,
                     json_pack("{s:I, s:I, s:I}", "stored", (json_int_t)stored, "skipped",
                               (json_int_t)skipped, "failed", (json_int_t)failed));
}

static enum MHD_Result post_grade(server *s, struct MHD_Connection *c, request *q)
{
    json_error_t je;
    json_t *o = json_loadb(q->body ? q->body : "", q->len, 0, &je);
    const char *name = json_string_value(json_object_get(o, "name"));
    const char *grade = json_string_value(json_object_get(o, "grade"));
    enum MHD_Result ret;
    if (!name || !grade || strlen(grade) != 2 || grade[1] < '1' || grade[1] > '6') {
        ret = send_error(c, q, 400, "grade wants {\"name\": SOURCE, \"grade\": \"B2\"}");
    } else {
        vigil_error err;
        pthread_mutex_lock(&s->write_mu);
        int rc = vigil_kb_grade(s->writer, name, grade[0], grade[1] - '0', &err);
        pthread_mutex_unlock(&s->write_mu);
        ret = rc == VIGIL_OK ? send_json(c, q, 200, json_pack("{s:b}", "ok", 1))
                             : send_error(c, q, status_of(rc), err.message);
    }
    json_decref(o);
    return ret;
}

/* ---- metrics, health ---- */

static enum MHD_Result get_metrics(server *s, struct MHD_Connection *c, request *q)
{
    char *buf = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&buf, &n);
    if (!f)
        return MHD_NO;
    pthread_mutex_lock(&s->m.mu);
    fprintf(f, "# HELP vigil_http_requests_total HTTP requests answered, by route and status class.\n"
               "# TYPE vigil_http_requests_total counter\n");
    for (int r = 0; r < R_N; r++)
        for (int k = 0; k < NCODES; k++)
            if (s->m.requests[r][k])
                fprintf(f, "vigil_http_requests_total{route=\"%s\",code=\"%dxx\"} %llu\n",
                        route_names[r], k + 1, s->m.requests[r][k]);
    fprintf(f, "# HELP vigil_http_request_duration_seconds Time to answer a request.\n"
               "# TYPE vigil_http_request_duration_seconds histogram\n");
    unsigned long long cum = 0;
    for (size_t b = 0; b < NBUCKETS; b++) {
        cum += s->m.hist[b];
        fprintf(f, "vigil_http_request_duration_seconds_bucket{le=\"%g\"} %llu\n", buckets[b], cum);
    }
    cum += s->m.hist[NBUCKETS];
    fprintf(f, "vigil_http_request_duration_seconds_bucket{le=\"+Inf\"} %llu\n", cum);
    fprintf(f, "vigil_http_request_duration_seconds_sum %.6f\n", s->m.sum);
    fprintf(f, "vigil_http_request_duration_seconds_count %llu\n", s->m.count);
    fprintf(f, "# HELP vigil_documents_ingested_total Documents stored through this server.\n"
               "# TYPE vigil_documents_ingested_total counter\nvigil_documents_ingested_total %llu\n",
            s->m.ingested);
    pthread_mutex_unlock(&s->m.mu);
    struct stat st;
    if (stat(s->o->db, &st) == 0)
        fprintf(f, "# HELP vigil_database_bytes Size of the database file.\n"
                   "# TYPE vigil_database_bytes gauge\nvigil_database_bytes %lld\n",
                (long long)st.st_size);
    fclose(f);
    enum MHD_Result ret = send_buf(c, q, 200, "text/plain; version=0.0.4; charset=utf-8", buf, n);
    free(buf);
    return ret;
}

static enum MHD_Result get_health(server *s, struct MHD_Connection *c, request *q)
{
    vigil_error err;
    vigil_kb *kb = reader_get(s, &err);
    if (!kb)
        return send_error(c, q, 503, err.message);
    reader_put(s, kb);
    return send_json(c, q, 200, json_pack("{s:s}", "status", "ok"));
}

static enum MHD_Result get_static(struct MHD_Connection *c, request *q, const char *name)
{
    q->route = R_STATIC;
    const serve_asset *a = serve_asset_find(name);
    if (!a)
        return send_error(c, q, 404, "no such file");
    struct MHD_Response *r =
        MHD_create_response_from_buffer(a->size, (void *)a->data, MHD_RESPMEM_PERSISTENT);
    if (!r)
        return MHD_NO;
    MHD_add_response_header(r, "Content-Type", a->type);
    security_headers(r);
    q->status = 200;
    enum MHD_Result ret = MHD_queue_response(c, 200, r);
    MHD_destroy_response(r);
    return ret;
}

/* ---- dispatch ---- */

static enum MHD_Result handle(void *cls, struct MHD_Connection *c, const char *url,
                              const char *method, const char *version, const char *upload,
                              size_t *upload_size, void **con_cls)
{
    (void)version;
    server *s = cls;
    request *q = *con_cls;
    int post = !strcmp(method, "POST");
    if (!q) {
        q = calloc(1, sizeof *q);
        if (!q)
            return MHD_NO;
        q->t0 = now();
        q->route = R_OTHER;
        *con_cls = q;
        pthread_mutex_lock(&s->m.mu);
        s->inflight++;
        pthread_mutex_unlock(&s->m.mu);
        if (post) {
            q->route = !strcmp(url, "/api/ingest")          ? R_INGEST
                       : !strcmp(url, "/api/sources/grade") ? R_GRADE
                                                            : R_OTHER;
            if (q->route == R_OTHER) {
                q->answered = 1;
                return send_error(c, q, 404, "no such endpoint (see docs/api.md)");
            }
            /* answered before the body is read: no token, or too big */
            if (!s->token_len) {
                q->answered = 1;
                return send_error(c, q, 403, "writes are off: start vigil serve with --token-file");
            }
            if (!authorized(s, c)) {
                q->answered = 1;
                return send_error(c, q, 401, "a write needs Authorization: Bearer TOKEN");
            }
            const char *cl = MHD_lookup_connection_value(c, MHD_HEADER_KIND,
                                                         MHD_HTTP_HEADER_CONTENT_LENGTH);
            if (cl && number(cl, 0, 0, LONG_MAX) > (long)s->o->max_body) {
                q->answered = 1;
                return send_error(c, q, 413, "the body is over the server's limit");
            }
        }
        return MHD_YES;
    }
    if (q->answered) {
        *upload_size = 0; /* the rest of the body is dropped */
        return MHD_YES;
    }
    if (*upload_size) {
        if (!post) { /* only the writes read a body */
            *upload_size = 0;
            return MHD_YES;
        }
        if (q->len + *upload_size > s->o->max_body) {
            q->too_big = 1;
        } else {
            if (q->len + *upload_size > q->cap) {
                size_t cap = q->cap ? q->cap : 65536;
                while (cap < q->len + *upload_size)
                    cap *= 2;
                char *b = realloc(q->body, cap);
                if (!b)
                    return MHD_NO;
                q->body = b;
                q->cap = cap;
            }
            memcpy(q->body + q->len, upload, *upload_size);
            q->len += *upload_size;
        }
        *upload_size = 0;
        return MHD_YES;
    }
    if (post) {
        if (q->too_big)
            return send_error(c, q, 413, "the body is over the server's limit");
        if (!strcmp(url, "/api/ingest"))
            return post_ingest(s, c, q);
        if (!strcmp(url, "/api/sources/grade"))
            return post_grade(s, c, q);
        return send_error(c, q, 404, "no such endpoint (see docs/api.md)");
    }
    if (strcmp(method, "GET") && strcmp(method, "HEAD"))
        return send_error(c, q, 405, "this server answers GET, HEAD and POST");
    if (!strcmp(url, "/api/ingest") || !strcmp(url, "/api/sources/grade"))
        return send_error(c, q, 405, "this endpoint takes POST");
    if (!strcmp(url, "/") || !strcmp(url, "/index.html"))
        return get_static(c, q, "index.html");
    if (!strncmp(url, "/static/", 8))
        return get_static(c, q, url + 8);
    if (!strcmp(url, "/healthz")) {
        q->route = R_HEALTH;
        return get_health(s, c, q);
    }
    if (s->o->auth_reads && !authorized(s, c))
        return send_error(c, q, 401, "reads need Authorization: Bearer TOKEN on this server");
    if (!strcmp(url, "/metrics")) {
        q->route = R_METRICS;
        return get_metrics(s, c, q);
    }
    if (!strcmp(url, "/api/export"))
        return get_export(s, c, q);
    if (!strncmp(url, "/api/", 5))
        return get_api(s, c, q, url + 5);
    return send_error(c, q, 404, "not found");
}

static void completed(void *cls, struct MHD_Connection *c, void **con_cls,
                      enum MHD_RequestTerminationCode toe)
{
    (void)c;
    (void)toe;
    server *s = cls;
    request *q = *con_cls;
    if (!q)
        return;
    double dt = now() - q->t0;
    pthread_mutex_lock(&s->m.mu);
    if (q->status >= 100 && q->status < 700)
        s->m.requests[q->route][q->status / 100 - 1]++;
    size_t b = 0;
    while (b < NBUCKETS && dt > buckets[b])
        b++;
    s->m.hist[b]++;
    s->m.sum += dt;
    s->m.count++;
    s->inflight--;
    pthread_mutex_unlock(&s->m.mu);
    free(q->body);
    free(q);
    *con_cls = NULL;
}

/* ---- running ---- */

static int parse_listen(const char *s, struct sockaddr_in *sa)
{
    char host[64];
    const char *colon = strrchr(s, ':');
    if (!colon || (size_t)(colon - s) >= sizeof host)
        return -1;
    memcpy(host, s, (size_t)(colon - s));
    host[colon - s] = '\0';
    long port = number(colon + 1, -1, 0, 65535);
    memset(sa, 0, sizeof *sa);
    sa->sin_family = AF_INET;
    sa->sin_port = htons((uint16_t)port);
    if (port < 0 || inet_pton(AF_INET, !strcmp(host, "localhost") ? "127.0.0.1" : host,
                              &sa->sin_addr) != 1)
        return -1;
    return 0;
}

static int read_token(server *s, const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return -1;
    size_t n = fread(s->token, 1, sizeof s->token - 1, f);
    fclose(f);
    while (n && (s->token[n - 1] == '\n' || s->token[n - 1] == '\r' || s->token[n - 1] == ' '))
        n--;
    s->token[n] = '\0';
    s->token_len = n;
    return n >= 16 ? 0 : -2;
}

int serve_run(const serve_opts *o)
{
    server s;
    memset(&s, 0, sizeof s);
    s.o = o;
    pthread_mutex_init(&s.pool_mu, NULL);
    pthread_mutex_init(&s.write_mu, NULL);
    pthread_mutex_init(&s.m.mu, NULL);
    struct sockaddr_in sa;
    if (parse_listen(o->listen, &sa) != 0) {
        fprintf(stderr, "vigil: --listen wants HOST:PORT (an IPv4 address), not \"%s\"\n", o->listen);
        return CLI_USAGE;
    }
    if (o->token_file) {
        int r = read_token(&s, o->token_file);
        if (r != 0) {
            fprintf(stderr, r == -1 ? "vigil: cannot read the token file %s\n"
                                    : "vigil: the token in %s is shorter than 16 characters\n",
                    o->token_file);
            return CLI_USAGE;
        }
    }
    if (o->auth_reads && !s.token_len) {
        fprintf(stderr, "vigil: --auth-reads needs --token-file\n");
        return CLI_USAGE;
    }
    vigil_error err;
    if (vigil_kb_open(&s.writer, o->db, 0, &err) != VIGIL_OK ||
        vigil_ctx_new(&s.ctx, NULL, &err) != VIGIL_OK) {
        cli_report("error", &err);
        vigil_kb_close(s.writer);
        return CLI_IO;
    }
    /* the signals are waited for below, not delivered to the workers */
    sigset_t sigs;
    sigemptyset(&sigs);
    sigaddset(&sigs, SIGINT);
    sigaddset(&sigs, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &sigs, NULL);
    signal(SIGPIPE, SIG_IGN);
    struct MHD_Daemon *d = MHD_start_daemon(
        MHD_USE_AUTO | MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_ITC, 0, NULL, NULL, handle, &s,
        MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&sa, MHD_OPTION_THREAD_POOL_SIZE,
        (unsigned)(o->threads ? o->threads : 4), MHD_OPTION_CONNECTION_TIMEOUT,
        (unsigned)(o->timeout ? o->timeout : 15), MHD_OPTION_CONNECTION_LIMIT, (unsigned)1000,
        MHD_OPTION_NOTIFY_COMPLETED, completed, &s, MHD_OPTION_END);
    if (!d) {
        fprintf(stderr, "vigil: cannot listen on %s: %s\n", o->listen, strerror(errno));
        vigil_kb_close(s.writer);
        vigil_ctx_free(s.ctx);
        return CLI_IO;
    }
    const union MHD_DaemonInfo *info = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
    char addr[INET_ADDRSTRLEN];
    inet_ntop(AF_INET, &sa.sin_addr, addr, sizeof addr);
    fprintf(stderr, "vigil: serving %s on http://%s:%u/\n", o->db, addr,
            info ? (unsigned)info->port : (unsigned)ntohs(sa.sin_port));
    fflush(stderr);
    int sig = 0;
    sigwait(&sigs, &sig);
    if (!o->quiet)
        fprintf(stderr, "vigil: %s: finishing the requests in flight\n",
                sig == SIGINT ? "interrupted" : "terminated");
    /* stop accepting; let the requests in flight finish (10 s at most);
     * idle keep-alive connections are closed by the stop */
    MHD_socket ls = MHD_quiesce_daemon(d);
    for (int k = 0; k < 100; k++) {
        pthread_mutex_lock(&s.m.mu);
        long busy = s.inflight;
        pthread_mutex_unlock(&s.m.mu);
        if (busy <= 0)
            break;
        struct timespec ts = {0, 100000000};
        nanosleep(&ts, NULL);
    }
    MHD_stop_daemon(d);
    if (ls != MHD_INVALID_SOCKET)
        close(ls);
    for (size_t k = 0; k < s.npool; k++)
        vigil_kb_close(s.pool[k]);
    free(s.pool);
    vigil_kb_close(s.writer);
    vigil_ctx_free(s.ctx);
    return CLI_OK;
}
