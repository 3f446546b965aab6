/* args.c: command-line pieces the subcommands share: option values,
 * input kinds, and a document's warnings on stderr. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"

int cli_parse_input(const char *s, vigil_input *out)
{
    static const struct {
        const char *name;
        vigil_input kind;
    } kinds[] = {{"text", VIGIL_INPUT_TEXT}, {"txt", VIGIL_INPUT_TEXT},
                 {"html", VIGIL_INPUT_HTML}, {"rss", VIGIL_INPUT_RSS},
                 {"atom", VIGIL_INPUT_RSS},  {"jsonl", VIGIL_INPUT_JSONL},
                 {"auto", VIGIL_INPUT_AUTO}};
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
        if (!strcmp(s, kinds[i].name)) {
            *out = kinds[i].kind;
            return 0;
        }
    return -1;
}

/* incidents, threats, claims or entities -> its VIGIL_WRITE_CSV_* flag;
 * -1 when unknown. */
static int parse_csv_kind(const char *s, unsigned *flag)
{
    static const struct {
        const char *name;
        unsigned flag;
    } kinds[] = {{"incidents", VIGIL_WRITE_CSV_INCIDENTS},
                 {"threats", VIGIL_WRITE_CSV_THREATS},
                 {"claims", VIGIL_WRITE_CSV_CLAIMS},
                 {"entities", VIGIL_WRITE_CSV_ENTITIES}};
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
        if (!strcmp(s, kinds[i].name)) {
            *flag = kinds[i].flag;
            return 0;
        }
    return -1;
}

int cli_check_csv_kind(const char *kind, vigil_format fmt, unsigned *flags)
{
    unsigned flag;
    if (!kind)
        return 0;
    if (parse_csv_kind(kind, &flag) != 0) {
        fprintf(stderr, "vigil: --kind wants incidents, threats, claims or entities, not \"%s\"\n",
                kind);
        return -1;
    }
    if (fmt != VIGIL_FORMAT_CSV) {
        fprintf(stderr, "vigil: --kind %s is for --format csv only\n", kind);
        return -1;
    }
    *flags |= flag;
    return 0;
}

/* An option's value: "--opt=value" or "--opt value". */
const char *cli_opt_value(int argc, char **argv, int *i, const char *name)
{
    size_t n = strlen(name);
    if (!strncmp(argv[*i], name, n) && argv[*i][n] == '=')
        return argv[*i] + n + 1;
    if (!strcmp(argv[*i], name) && *i + 1 < argc)
        return argv[++*i];
    return NULL;
}

int cli_is_opt(const char *arg, const char *name)
{
    size_t n = strlen(name);
    return !strncmp(arg, name, n) && (arg[n] == '\0' || arg[n] == '=');
}

void cli_print_warnings(const vigil_doc *doc)
{
    size_t n = vigil_doc_diag_count(doc);
    for (size_t i = 0; i < n; i++) {
        int sev;
        long long off;
        const char *msg = vigil_doc_diag(doc, i, &sev, &off);
        fprintf(stderr, "vigil: %s: %s: %s\n", sev ? "error" : "warning", vigil_doc_id(doc), msg);
    }
}

const char *cli_db_path(const char *opt)
{
    if (opt && opt[0])
        return opt;
    const char *env = getenv("VIGIL_DB");
    return env && env[0] ? env : "vigil.db";
}

static void report(cli_reading *rd, const vigil_error *err)
{
    if (rd->progress_line)
        fputc('\n', stderr);
    cli_report("error", err);
}

int cli_next_doc(vigil_reader *reader, vigil_ctx *ctx, vigil_doc *doc, cli_reading *rd)
{
    vigil_error err;
    for (;;) {
        int r = vigil_reader_next(reader, doc, &err);
        if (r == VIGIL_EOF)
            return 0;
        if (r == VIGIL_EUSAGE) {
            report(rd, &err);
            return -1;
        }
        if (r != VIGIL_OK) {
            report(rd, &err);
            /* an unreadable path names no document: the input itself failed */
            if (r == VIGIL_EIO)
                rd->unreadable = 1;
            else
                rd->failed++;
            continue;
        }
        if (vigil_analyze(ctx, doc, &err) != VIGIL_OK) {
            report(rd, &err);
            rd->failed++;
            continue;
        }
        return 1;
    }
}

int cli_take_opt(int argc, char **argv, int *i, const cli_stropt *opts, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (cli_is_opt(argv[*i], opts[k].name)) {
            if (!(*opts[k].dst = cli_opt_value(argc, argv, i, opts[k].name))) {
                fprintf(stderr, "vigil: %s wants a value\n", opts[k].name);
                return -1;
            }
            return 1;
        }
    return 0;
}
