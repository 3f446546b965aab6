/* extract.c: `vigil extract`: documents in, one record per document out.
 * A streaming filter: one document in memory at a time (the document is
 * reset and reused), so it runs under any line-oriented runner. */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"

static void help(FILE *out)
{
    fprintf(out,
            "usage: vigil extract [OPTIONS] [FILE|DIR|-]...\n"
            "\n"
            "Reads documents (plain text, HTML, RSS/Atom feeds, JSON Lines; directories are\n"
            "walked; '-' or no path reads standard input) and writes one record per document.\n"
            "\n"
            "Options:\n"
            "  --input KIND    text, html, rss (RSS and Atom) or jsonl; default: detected\n"
            "  --format FMT    json (JSON Lines, the default), text (a report for people),\n"
            "                  muc4 (MUC-4 templates: {\"docid\",\"templates\"} per line),\n"
            "                  or, for all the documents of the run together (docs/exports.md):\n"
            "                  stix (one STIX 2.1 bundle), geojson (one FeatureCollection of\n"
            "                  incidents and threats) or csv (one row per incident and threat)\n"
            "  --kind KIND     csv: the table of one kind instead: incidents, threats,\n"
            "                  claims or entities (one row per distinct entity of the run)\n"
            "  --pretty        indent the JSON (json, stix, geojson)\n"
            "  --with-text     put the analysed text in each record (doc.text)\n"
            "  --date DATE     publication date (YYYY-MM-DD) for documents that state none, or\n"
            "                  (one document) only the month that holds this day\n"
            "  --id ID         id of the document (one text or HTML document only)\n"
            "  -o, --output F  write to F instead of standard output\n"
            "  -q, --quiet     no warnings on stderr (errors are still printed)\n"
            "  -h, --help      this text\n\n%s",
            cli_exit_codes_help);
}

int cli_extract(int argc, char **argv)
{
    vigil_read_opts ro = {VIGIL_INPUT_AUTO, NULL, NULL};
    vigil_format fmt = VIGIL_FORMAT_JSONL;
    int pretty = 0, quiet = 0;
    unsigned wflags = 0;
    const char *outpath = NULL, *kind = NULL;
    /* paths are the non-option arguments, kept in argv order; they are
     * stored over argv's own slots, which are never read again (npaths <= i) */
    const char **paths = (const char **)argv;
    size_t npaths = 0;
    const char *v;

    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            help(stdout);
            return CLI_OK;
        } else if (cli_is_opt(a, "--input")) {
            if (!(v = cli_opt_value(argc, argv, &i, "--input")) || cli_parse_input(v, &ro.input) != 0) {
                fprintf(stderr, "vigil: --input wants text, html, rss or jsonl\n");
                return CLI_USAGE;
            }
        } else if (cli_is_opt(a, "--format")) {
            v = cli_opt_value(argc, argv, &i, "--format");
            if (v && (!strcmp(v, "json") || !strcmp(v, "jsonl"))) {
                fmt = VIGIL_FORMAT_JSONL;
            } else if (v && !strcmp(v, "text")) {
                fmt = VIGIL_FORMAT_SUMMARY;
            } else if (v && !strcmp(v, "muc4")) {
                fmt = VIGIL_FORMAT_MUC4;
            } else if (v && !strcmp(v, "stix")) {
                fmt = VIGIL_FORMAT_STIX;
            } else if (v && !strcmp(v, "geojson")) {
                fmt = VIGIL_FORMAT_GEOJSON;
            } else if (v && !strcmp(v, "csv")) {
                fmt = VIGIL_FORMAT_CSV;
            } else {
                fprintf(stderr, "vigil: --format wants json, text, muc4, stix, geojson or csv\n");
                return CLI_USAGE;
            }
        } else if (cli_is_opt(a, "--kind")) {
            if (!(kind = cli_opt_value(argc, argv, &i, "--kind"))) {
                fprintf(stderr, "vigil: --kind wants incidents, threats, claims or entities\n");
                return CLI_USAGE;
            }
        } else if (!strcmp(a, "--pretty")) {
            pretty = 1;
        } else if (!strcmp(a, "--with-text")) {
            wflags |= VIGIL_WRITE_TEXT;
        } else if (!strcmp(a, "-q") || !strcmp(a, "--quiet")) {
            quiet = 1;
        } else if (cli_is_opt(a, "--date")) {
            if (!(ro.fallback_date = cli_opt_value(argc, argv, &i, "--date"))) {
                fprintf(stderr, "vigil: --date wants YYYY-MM-DD\n");
                return CLI_USAGE;
            }
        } else if (cli_is_opt(a, "--id")) {
            if (!(ro.id = cli_opt_value(argc, argv, &i, "--id")) || !ro.id[0]) {
                fprintf(stderr, "vigil: --id wants a non-empty id\n");
                return CLI_USAGE;
            }
        } else if (!strcmp(a, "-o") || cli_is_opt(a, "--output")) {
            if (!strcmp(a, "-o"))
                outpath = i + 1 < argc ? argv[++i] : NULL;
            else
                outpath = cli_opt_value(argc, argv, &i, "--output");
            if (!outpath) {
                fprintf(stderr, "vigil: -o wants a file name\n");
                return CLI_USAGE;
            }
        } else if (a[0] == '-' && a[1] != '\0') {
            fprintf(stderr, "vigil: unknown option \"%s\" (see vigil extract --help)\n", a);
            return CLI_USAGE;
        } else {
            paths[npaths++] = a;
        }
    }
    static const char *const stdin_path[] = {"-"};
    if (npaths == 0)
        paths = (const char **)stdin_path, npaths = 1;
    if (pretty && fmt == VIGIL_FORMAT_JSONL)
        fmt = VIGIL_FORMAT_PRETTY;
    if (pretty)
        wflags |= VIGIL_WRITE_PRETTY;
    if (cli_check_csv_kind(kind, fmt, &wflags) != 0)
        return CLI_USAGE;

    vigil_error err;
    vigil_ctx *ctx = NULL;
    vigil_reader *reader = NULL;
    vigil_doc *doc = NULL;
    vigil_exporter *exp = NULL;
    FILE *out = stdout;
    int rc = CLI_OK;
    cli_reading rd = {0, 0, 0};
    size_t ndocs = 0;

    if (vigil_ctx_new(&ctx, NULL, &err) != VIGIL_OK) {
        cli_report("error", &err);
        return CLI_IO;
    }
    if (fmt == VIGIL_FORMAT_MUC4 && vigil_ctx_enable_muc4(ctx, &err) != VIGIL_OK) {
        cli_report("error", &err);
        rc = CLI_IO;
        goto done;
    }
    if (vigil_reader_open(&reader, (const char *const *)paths, npaths, &ro, &err) != VIGIL_OK) {
        cli_report("error", &err);
        rc = err.code == VIGIL_EUSAGE ? CLI_USAGE : CLI_IO;
        goto done;
    }
    if (vigil_doc_new(&doc) != VIGIL_OK) {
        fprintf(stderr, "vigil: error: out of memory\n");
        rc = CLI_IO;
        goto done;
    }
    if (outpath && !(out = fopen(outpath, "w"))) {
        perror(outpath);
        rc = CLI_IO;
        goto done;
    }
    /* one exporter for the run: STIX, GeoJSON and CSV put one envelope
     * around all the documents */
    if (vigil_exporter_new(&exp, fmt, wflags, out, &err) != VIGIL_OK) {
        cli_report("error", &err);
        rc = CLI_IO;
        goto done;
    }
    for (;;) {
        int r = cli_next_doc(reader, ctx, doc, &rd);
        if (r < 0) {
            rc = CLI_USAGE;
            goto done;
        }
        if (r == 0)
            break;
        if (!quiet)
            cli_print_warnings(doc);
        if (vigil_exporter_put(exp, doc, &err) != VIGIL_OK) {
            cli_report("error", &err);
            rc = CLI_IO;
            goto done;
        }
        ndocs++;
    }
    if (vigil_exporter_finish(exp, &err) != VIGIL_OK) {
        cli_report("error", &err);
        rc = CLI_IO;
        goto done;
    }
    if (fflush(out) != 0) {
        perror(outpath ? outpath : "stdout");
        rc = CLI_IO;
    }
    if (rc == CLI_OK)
        rc = rd.unreadable ? CLI_INPUT : rd.failed ? CLI_DOC_FAILED : CLI_OK;
    if (rd.failed && !quiet)
        fprintf(stderr, "vigil: %zu document%s written, %zu failed\n", ndocs, ndocs == 1 ? "" : "s",
                rd.failed);
done:
    if (out && out != stdout && fclose(out) != 0 && rc == CLI_OK)
        rc = CLI_IO;
    vigil_exporter_free(exp);
    vigil_doc_free(doc);
    vigil_reader_close(reader);
    vigil_ctx_free(ctx);
    return rc;
}
