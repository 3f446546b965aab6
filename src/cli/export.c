/* export.c: `vigil export` (the knowledge base as one STIX 2.1 bundle,
 * GeoJSON FeatureCollection or CSV table, filtered like `vigil query`),
 * through vigil_kb_export (vigil/kb.h). */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "vigil/kb.h"

static void help(FILE *out)
{
    fprintf(out,
            "usage: vigil export --format stix|geojson|csv [--kind KIND] [--db PATH] [FILTERS]\n"
            "                    [-o FILE]\n"
            "\n"
            "Writes what the knowledge base holds as the STIX 2.1 bundle, GeoJSON\n"
            "FeatureCollection or CSV table `vigil extract --format` writes for the same\n"
            "documents, with the same ids (docs/exports.md). Two exports of the same base\n"
            "are byte-identical.\n"
            "\n"
            "Options:\n"
            "  --format FMT   stix (the default), geojson or csv\n"
            "  --kind KIND    csv: the table of one kind, incidents, threats, claims or\n"
            "                 entities, instead of one row per incident and threat\n"
            "  --db PATH      the database (default $VIGIL_DB, else vigil.db)\n"
            "  --pretty       stix, geojson: indent the JSON\n"
            "  -o, --output F write to F instead of standard output\n"
            "Filters (as in vigil query):\n"
            "  --place P      incidents and threats at P or a place containing it\n"
            "  --actor A      incidents and threats by A\n"
            "  --from D, --to D   dates YYYY[-MM[-DD]], inclusive\n"
            "  --doc ID       only the document ID\n"
            "With --place, --actor, --from or --to the matching incidents and threats are\n"
            "written with the claims they rest on and the claims about P or A.\n"
            "Names are matched ignoring case and accents, with every alias seen.\n\n%s",
            cli_exit_codes_help);
}

int cli_export(int argc, char **argv)
{
    vigil_kb_query q;
    memset(&q, 0, sizeof q);
    const char *dbopt = NULL, *fmtname = "stix", *outpath = NULL, *kind = NULL;
    unsigned flags = 0;
    const cli_stropt opts[] = {
        {"--db", &dbopt},       {"--place", &q.place},  {"--actor", &q.actor},
        {"--from", &q.from},    {"--to", &q.to},        {"--doc", &q.doc},
        {"--format", &fmtname}, {"--output", &outpath}, {"--kind", &kind}};
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        int taken = cli_take_opt(argc, argv, &i, opts, sizeof opts / sizeof opts[0]);
        if (taken < 0)
            return CLI_USAGE;
        if (taken)
            continue;
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            help(stdout);
            return CLI_OK;
        } else if (!strcmp(a, "--pretty")) {
            flags |= VIGIL_WRITE_PRETTY;
        } else if (!strcmp(a, "-o")) {
            if (!(outpath = i + 1 < argc ? argv[++i] : NULL)) {
                fprintf(stderr, "vigil: -o wants a file name\n");
                return CLI_USAGE;
            }
        } else {
            fprintf(stderr, "vigil: unknown argument \"%s\" (see vigil export --help)\n", a);
            return CLI_USAGE;
        }
    }
    static const struct {
        const char *name;
        vigil_format fmt;
    } fmts[] = {{"stix", VIGIL_FORMAT_STIX}, {"geojson", VIGIL_FORMAT_GEOJSON},
                {"csv", VIGIL_FORMAT_CSV}};
    size_t f = 0;
    while (f < sizeof fmts / sizeof fmts[0] && strcmp(fmts[f].name, fmtname))
        f++;
    if (f == sizeof fmts / sizeof fmts[0]) {
        fprintf(stderr, "vigil: --format wants stix, geojson or csv\n");
        return CLI_USAGE;
    }
    if (cli_check_csv_kind(kind, fmts[f].fmt, &flags) != 0)
        return CLI_USAGE;
    if (outpath && !outpath[0]) {
        fprintf(stderr, "vigil: -o wants a file name\n");
        return CLI_USAGE;
    }
    vigil_error err;
    vigil_kb *kb = NULL;
    if (vigil_kb_open(&kb, cli_db_path(dbopt), VIGIL_KB_READONLY, &err) != VIGIL_OK) {
        cli_report("error", &err);
        return CLI_IO;
    }
    /* the lexicons resolve names the documents never wrote ("Daesh") */
    vigil_ctx *ctx = NULL;
    if ((q.place || q.actor) && vigil_ctx_new(&ctx, NULL, &err) == VIGIL_OK)
        q.ctx = ctx;
    int rc = CLI_OK;
    FILE *out = stdout;
    if (outpath && !(out = fopen(outpath, "w"))) {
        perror(outpath);
        rc = CLI_IO;
        goto done;
    }
    if (vigil_kb_export(kb, &q, fmts[f].fmt, flags, out, &err) != VIGIL_OK) {
        cli_report("error", &err);
        rc = err.code == VIGIL_EUSAGE ? CLI_USAGE : CLI_IO;
    }
    if (fflush(out) != 0 && rc == CLI_OK) {
        perror(outpath ? outpath : "stdout");
        rc = CLI_IO;
    }
done:
    if (out && out != stdout && fclose(out) != 0 && rc == CLI_OK)
        rc = CLI_IO;
    vigil_kb_close(kb);
    vigil_ctx_free(ctx);
    return rc;
}
