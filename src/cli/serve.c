/* serve.c: `vigil serve`: the command line of the HTTP server
 * (src/serve/serve.c, docs/api.md). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "serve/serve.h"

static void help(FILE *out)
{
    fprintf(out,
            "usage: vigil serve [--db PATH] [--listen HOST:PORT] [--token-file F] [OPTIONS]\n"
            "\n"
            "Serves the knowledge base: the JSON API of docs/api.md and the dashboard at /.\n"
            "Reads run beside a running ingest. Stops on SIGINT or SIGTERM, letting the\n"
            "requests in flight finish.\n"
            "\n"
            "Options:\n"
            "  --db PATH          the database (default: $VIGIL_DB, else vigil.db); created if absent\n"
            "  --listen HOST:PORT where to listen (default 127.0.0.1:8080; port 0: any free port)\n"
            "  --token-file F     the bearer token (16 characters or more) that writes need\n"
            "                     (POST /api/ingest, /api/sources/grade); without it writes are off\n"
            "  --auth-reads       reads need the token too\n"
            "  --max-body BYTES   largest request body (default 16777216); larger ones get 413\n"
            "  --threads N        worker threads (default 4)\n"
            "  --timeout S        seconds an idle or slow client is kept (default 15)\n"
            "  -q, --quiet        no shutdown message\n"
            "  -h, --help         this text\n\n%s",
            cli_exit_codes_help);
}

static long num_opt(const char *v, long lo, long hi)
{
    char *end;
    long n = v ? strtol(v, &end, 10) : -1;
    return v && !*end && end != v && n >= lo && n <= hi ? n : -1;
}

int cli_serve(int argc, char **argv)
{
    serve_opts o = {NULL, "127.0.0.1:8080", NULL, 0, (size_t)16 << 20, 4, 15, 0};
    const char *dbopt = NULL, *maxb = NULL, *threads = NULL, *timeout = NULL;
    const cli_stropt opts[] = {{"--db", &dbopt},           {"--listen", &o.listen},
                               {"--token-file", &o.token_file}, {"--max-body", &maxb},
                               {"--threads", &threads},    {"--timeout", &timeout}};
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        int t = cli_take_opt(argc, argv, &i, opts, sizeof opts / sizeof opts[0]);
        if (t < 0)
            return CLI_USAGE;
        if (t > 0)
            continue;
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            help(stdout);
            return CLI_OK;
        } else if (!strcmp(a, "--auth-reads")) {
            o.auth_reads = 1;
        } else if (!strcmp(a, "-q") || !strcmp(a, "--quiet")) {
            o.quiet = 1;
        } else {
            fprintf(stderr, "vigil: unknown argument \"%s\" (see vigil serve --help)\n", a);
            return CLI_USAGE;
        }
    }
    long v;
    if (maxb && (v = num_opt(maxb, 1, 1L << 30)) < 0) {
        fprintf(stderr, "vigil: --max-body wants a number of bytes (1..1073741824)\n");
        return CLI_USAGE;
    } else if (maxb) {
        o.max_body = (size_t)v;
    }
    if (threads && (v = num_opt(threads, 1, 256)) < 0) {
        fprintf(stderr, "vigil: --threads wants 1..256\n");
        return CLI_USAGE;
    } else if (threads) {
        o.threads = (unsigned)v;
    }
    if (timeout && (v = num_opt(timeout, 1, 3600)) < 0) {
        fprintf(stderr, "vigil: --timeout wants seconds (1..3600)\n");
        return CLI_USAGE;
    } else if (timeout) {
        o.timeout = (unsigned)v;
    }
    o.db = cli_db_path(dbopt);
    return serve_run(&o);
}
