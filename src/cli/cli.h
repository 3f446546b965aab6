/* cli.h: the command line's shared pieces: exit codes, subcommands. The CLI
 * uses only the public API (include/vigil/vigil.h). */
#ifndef VG_CLI_H
#define VG_CLI_H
#include "vigil/vigil.h"

/* Exit codes, listed in --help. */
typedef enum cli_exit {
    CLI_OK = 0,          /* every document was processed */
    CLI_DOC_FAILED = 1,  /* some documents failed; the others were written */
    CLI_USAGE = 2,       /* bad command line */
    CLI_INPUT = 3,       /* an input path could not be read */
    CLI_IO = 4           /* output or store failure */
} cli_exit;

extern const char cli_exit_codes_help[];

int cli_extract(int argc, char **argv);
int cli_ingest(int argc, char **argv);
int cli_query(int argc, char **argv);
int cli_export(int argc, char **argv);
int cli_source(int argc, char **argv);
int cli_serve(int argc, char **argv);

/* "--opt=value" or "--opt value" at argv[*i] (advancing *i), or NULL. */
const char *cli_opt_value(int argc, char **argv, int *i, const char *name);
/* Whether arg is the option name, alone or with "=value". */
int cli_is_opt(const char *arg, const char *name);
/* text, html, rss, atom, jsonl or auto -> *out; -1 when unknown. */
int cli_parse_input(const char *s, vigil_input *out);
/* --kind KIND (incidents, threats, claims or entities; NULL when not
 * given) for format fmt: adds its VIGIL_WRITE_CSV_* flag to
 * *flags and returns 0, or says on stderr why not (an unknown kind, a
 * format other than csv) and returns -1, a usage error. */
int cli_check_csv_kind(const char *kind, vigil_format fmt, unsigned *flags);
/* The document's diagnostics on stderr, one line each. */
void cli_print_warnings(const vigil_doc *doc);
/* An option that takes a string value, and where the value goes. */
typedef struct cli_stropt {
    const char *name;
    const char **dst;
} cli_stropt;

/* If argv[*i] is one of opts[0..n): stores its value (advancing *i) and
 * returns 1; -1 when the value is missing (said on stderr); 0 when argv[*i]
 * is none of them. */
int cli_take_opt(int argc, char **argv, int *i, const cli_stropt *opts, size_t n);

/* What reading documents came to: documents that failed (each named on
 * stderr), and whether an input path could not be read. */
typedef struct cli_reading {
    size_t failed;
    int unreadable;
    int progress_line; /* a progress line is on stderr: end it before a message */
} cli_reading;

/* Reads and analyses the next document into doc. Returns 1 when doc is
 * ready, 0 at the end of the input, -1 on a usage error (reported). A
 * document that fails is reported, counted in rd, and skipped. */
int cli_next_doc(vigil_reader *reader, vigil_ctx *ctx, vigil_doc *doc, cli_reading *rd);

/* The database path: --db, else $VIGIL_DB, else "vigil.db". */
const char *cli_db_path(const char *opt);

/* Prints "vigil: error: ..." for err on stderr. */
void cli_report(const char *level, const vigil_error *err);

#endif
