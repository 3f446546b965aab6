/* main.c: the vigil command: dispatches subcommands. */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"

const char cli_exit_codes_help[] =
    "Exit codes:\n"
    "  0  ok: every document was processed\n"
    "  1  some documents failed (each named on stderr); the others were written\n"
    "  2  usage error\n"
    "  3  an input path could not be read\n"
    "  4  output or store failure\n";

static void usage(FILE *out)
{
    fprintf(out,
            "usage: vigil COMMAND [OPTIONS]\n"
            "\n"
            "Vigil reads open-source reporting and turns each document into a sourced\n"
            "threat record (spec/document.schema.json).\n"
            "\n"
            "Commands:\n"
            "  extract   read documents, write one record per document\n"
            "  ingest    read documents into the knowledge base (SQLite)\n"
            "  query     ask the knowledge base: threats, entity, timeline, claims, search, stats\n"
            "  export    the knowledge base as STIX 2.1, GeoJSON or CSV, filtered like query\n"
            "  source    grade a source: vigil source grade NAME B 2\n"
            "  serve     the HTTP API and the dashboard over the knowledge base\n"
            "  version   print the version\n"
            "  help      this text\n"
            "\n"
            "Run 'vigil COMMAND --help' for a command's options.\n\n%s",
            cli_exit_codes_help);
}

void cli_report(const char *level, const vigil_error *err)
{
    if (err->doc[0])
        fprintf(stderr, "vigil: %s: %s: %s\n", level, err->doc, err->message);
    else
        fprintf(stderr, "vigil: %s: %s\n", level, err->message);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return CLI_USAGE;
    }
    const char *cmd = argv[1];
    if (!strcmp(cmd, "extract"))
        return cli_extract(argc - 1, argv + 1);
    if (!strcmp(cmd, "ingest"))
        return cli_ingest(argc - 1, argv + 1);
    if (!strcmp(cmd, "query"))
        return cli_query(argc - 1, argv + 1);
    if (!strcmp(cmd, "export"))
        return cli_export(argc - 1, argv + 1);
    if (!strcmp(cmd, "source"))
        return cli_source(argc - 1, argv + 1);
    if (!strcmp(cmd, "serve"))
        return cli_serve(argc - 1, argv + 1);
    if (!strcmp(cmd, "version") || !strcmp(cmd, "--version")) {
        printf("vigil %s\n", VIGIL_VERSION);
        return CLI_OK;
    }
    if (!strcmp(cmd, "help") || !strcmp(cmd, "--help") || !strcmp(cmd, "-h")) {
        usage(stdout);
        return CLI_OK;
    }
    fprintf(stderr, "vigil: unknown command \"%s\"\n\n", cmd);
    usage(stderr);
    return CLI_USAGE;
}
