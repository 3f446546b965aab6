/* serve.h: `vigil serve`, the HTTP API and dashboard over a knowledge
 * base (docs/api.md). Built on libmicrohttpd; uses only the public
 * library (vigil/vigil.h, vigil/kb.h). */
#ifndef VG_SERVE_H
#define VG_SERVE_H
#include <stddef.h>

typedef struct serve_opts {
    const char *db;         /* the database (created when absent) */
    const char *listen;     /* "127.0.0.1:8080"; port 0 picks a free one */
    const char *token_file; /* the bearer token writes need, or NULL: writes refused */
    int auth_reads;         /* reads need the token too */
    size_t max_body;        /* bytes; a larger request body gets 413 unread */
    unsigned threads;       /* worker threads */
    unsigned timeout;       /* seconds a client may stay idle */
    int quiet;
} serve_opts;

/* The dashboard's files, built into the binary (generated from web/). */
typedef struct serve_asset {
    const char *name; /* "index.html", "app.js" */
    const char *type; /* Content-Type */
    const unsigned char *data;
    size_t size;
} serve_asset;

/* The asset called name, or NULL (names are exact: no paths). */
const serve_asset *serve_asset_find(const char *name);

/* Runs the server until SIGINT or SIGTERM; in-flight requests finish.
 * Returns a CLI exit code. */
int serve_run(const serve_opts *o);

#endif
