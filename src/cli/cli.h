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

/* Prints "vigil: error: ..." for err on stderr. */
void cli_report(const char *level, const vigil_error *err);

#endif
