/* query.c: `vigil query` (the analyst's questions to the knowledge base)
 * and `vigil source grade` (NATO Admiralty grades on sources). Tables for
 * people by default, --json for machines. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "vigil/kb.h"

static void help(FILE *out)
{
    fprintf(out,
            "usage: vigil query [--db PATH] [--json] QUERY [ARGS] [FILTERS]\n"
            "\n"
            "Queries:\n"
            "  threats                 the threat board (active windows first)\n"
            "  entity NAME             an entity's profile\n"
            "  timeline                incidents and threats in date order\n"
            "  claims                  claims with chain, corroboration, grade, confidence\n"
            "  search WORDS            full text over documents and claims\n"
            "  stats                   counts and database size\n"
            "  document ID             one document: its text and the spans of what was found\n"
            "\n"
            "Filters:\n"
            "  --place P      threats/timeline: at P or a place containing it\n"
            "  --actor A      threats/timeline: by A\n"
            "  --from D, --to D   dates YYYY[-MM[-DD]], inclusive\n"
            "  --about NAME   claims about NAME;  --holder NAME: held or relayed by NAME\n"
            "  --conflicts    claims whose reports disagree\n"
            "  --limit N      rows at most (default 100)\n"
            "Names are matched ignoring case and accents, with every alias seen.\n\n%s",
            cli_exit_codes_help);
}

static int open_db(const char *dbopt, unsigned flags, vigil_kb **kb)
{
    vigil_error err;
    if (vigil_kb_open(kb, cli_db_path(dbopt), flags, &err) != VIGIL_OK) {
        cli_report("error", &err);
        return CLI_IO;
    }
    return CLI_OK;
}

int cli_query(int argc, char **argv)
{
    vigil_kb_query q;
    memset(&q, 0, sizeof q);
    const char *dbopt = NULL, *kind = NULL;
    unsigned flags = 0;
    const char *words[8];
    size_t nwords = 0;
    const cli_stropt opts[] = {{"--db", &dbopt},       {"--place", &q.place}, {"--actor", &q.actor},
                {"--from", &q.from},    {"--to", &q.to},       {"--about", &q.about},
                {"--holder", &q.holder}};
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
        } else if (!strcmp(a, "--json")) {
            flags |= VIGIL_KB_JSON;
        } else if (!strcmp(a, "--conflicts")) {
            q.conflicts = 1;
        } else if (cli_is_opt(a, "--limit")) {
            const char *v = cli_opt_value(argc, argv, &i, "--limit");
            char *end;
            q.limit = v ? strtol(v, &end, 10) : 0;
            if (!v || *end || q.limit < 1) {
                fprintf(stderr, "vigil: --limit wants a positive number\n");
                return CLI_USAGE;
            }
        } else if (a[0] == '-' && a[1] != '\0') {
            fprintf(stderr, "vigil: unknown option \"%s\" (see vigil query --help)\n", a);
            return CLI_USAGE;
        } else if (!kind) {
            kind = a;
        } else if (nwords < sizeof words / sizeof words[0]) {
            words[nwords++] = a;
        } else {
            fprintf(stderr, "vigil: too many words\n");
            return CLI_USAGE;
        }
    }
    static const struct {
        const char *name;
        vigil_kb_query_kind kind;
        int wants_text;
    } kinds[] = {{"threats", VIGIL_KB_THREATS, 0}, {"entity", VIGIL_KB_ENTITY, 1},
                 {"timeline", VIGIL_KB_TIMELINE, 0}, {"claims", VIGIL_KB_CLAIMS, 0},
                 {"search", VIGIL_KB_SEARCH, 1}, {"stats", VIGIL_KB_STATS, 0},
                 {"document", VIGIL_KB_DOCUMENT, 1}};
    size_t k = 0;
    while (kind && k < sizeof kinds / sizeof kinds[0] && strcmp(kinds[k].name, kind))
        k++;
    if (!kind || k == sizeof kinds / sizeof kinds[0]) {
        fprintf(stderr, "vigil: query wants one of threats, entity, timeline, claims, search, stats, document\n");
        return CLI_USAGE;
    }
    q.kind = kinds[k].kind;
    char text[512] = "";
    for (size_t w = 0; w < nwords; w++) {
        size_t n = strlen(text);
        snprintf(text + n, sizeof text - n, "%s%s", n ? " " : "", words[w]);
    }
    if (kinds[k].wants_text != (nwords > 0)) {
        fprintf(stderr, kinds[k].wants_text ? "vigil: query %s wants a name or words\n"
                                            : "vigil: query %s takes no words\n",
                kinds[k].name);
        return CLI_USAGE;
    }
    q.text = text;
    vigil_kb *kb;
    int rc = open_db(dbopt, VIGIL_KB_READONLY, &kb);
    if (rc != CLI_OK)
        return rc;
    vigil_error err;
    /* the lexicons resolve names the documents never wrote ("Daesh") */
    vigil_ctx *ctx = NULL;
    if (vigil_ctx_new(&ctx, NULL, &err) == VIGIL_OK)
        q.ctx = ctx;
    if (vigil_kb_query_write(kb, &q, flags, stdout, &err) != VIGIL_OK) {
        cli_report("error", &err);
        rc = err.code == VIGIL_EUSAGE ? CLI_USAGE : CLI_IO;
    }
    if (fflush(stdout) != 0 && rc == CLI_OK)
        rc = CLI_IO;
    vigil_kb_close(kb);
    vigil_ctx_free(ctx);
    return rc;
}

int cli_source(int argc, char **argv)
{
    const char *dbopt = NULL;
    const char *args[4];
    size_t n = 0;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
            printf("usage: vigil source grade [--db PATH] NAME RELIABILITY CREDIBILITY\n"
                   "\n"
                   "Sets the NATO Admiralty grade of a source (a publisher, outlet, agency or\n"
                   "holder): reliability A (completely reliable) .. E (unreliable), F (cannot be\n"
                   "judged); credibility 1 (confirmed) .. 5 (improbable), 6 (cannot be judged).\n"
                   "\"B 2\" and \"B2\" are both accepted. Claims carry the grades of their chain.\n\n%s",
                   cli_exit_codes_help);
            return CLI_OK;
        }
        if (cli_is_opt(argv[i], "--db")) {
            if (!(dbopt = cli_opt_value(argc, argv, &i, "--db"))) {
                fprintf(stderr, "vigil: --db wants a path\n");
                return CLI_USAGE;
            }
        } else if (n < 4) {
            args[n++] = argv[i];
        } else {
            n++;
        }
    }
    char rel = 0;
    int cred = 0;
    if (n == 3 && !strcmp(args[0], "grade") && strlen(args[2]) == 2) { /* NAME B2 */
        rel = args[2][0];
        cred = args[2][1] - '0';
    } else if (n == 4 && !strcmp(args[0], "grade") && strlen(args[2]) == 1 && strlen(args[3]) == 1) {
        rel = args[2][0];
        cred = args[3][0] - '0';
    } else {
        fprintf(stderr, "usage: vigil source grade [--db PATH] NAME RELIABILITY CREDIBILITY\n");
        return CLI_USAGE;
    }
    vigil_kb *kb;
    int rc = open_db(dbopt, 0, &kb);
    if (rc != CLI_OK)
        return rc;
    vigil_error err;
    if (vigil_kb_grade(kb, args[1], rel, cred, &err) != VIGIL_OK) {
        cli_report("error", &err);
        rc = err.code == VIGIL_EUSAGE ? CLI_USAGE : CLI_IO;
    }
    vigil_kb_close(kb);
    return rc;
}
