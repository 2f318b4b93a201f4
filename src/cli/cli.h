/*
 * cli.h - what the commands of the geokg program share.  The program uses
 * only the public header, geokg.h.
 *
 * Each command lives in src/cli/cmd_NAME.c as `int cmd_NAME(int argc,
 * char **argv)` (argv[0] is the command's name) and returns the exit
 * status: CLI_OK, CLI_FAIL or CLI_USAGE.
 */
#ifndef GEOKG_CLI_H
#define GEOKG_CLI_H

#include <getopt.h>

#include "geokg.h"

/* Define a command: `CLI_COMMAND(stats) { ... }` declares and defines
 * int cmd_stats(int argc, char **argv). */
#define CLI_COMMAND(name)                        \
	int cmd_##name(int argc, char **argv);   \
	int cmd_##name(int argc, char **argv)

enum { CLI_OK = 0, CLI_FAIL = 1, CLI_USAGE = 2 };

/* Print "geokg: <message>" to stderr; returns `status`. */
int cli_error(int status, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Print a library error and return the exit status that fits its code:
 * bad input, not found, ambiguous and limits give 2, the rest 1. */
int cli_report(const geokg_error *err);
/* Print "geokg: warning: <message>" to stderr. */
void cli_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/*
 * Show a command's usage text: to stdout for --help (returns CLI_OK), or
 * to stderr after a mistake (returns CLI_USAGE).
 */
int cli_usage(const char *usage, int to_stdout);

/* Parse a non-negative integer option value; on error prints and
 * returns -1. */
long cli_parse_count(const char *opt, const char *s);

/* Load a graph file ("-" is standard input), printing any error; returns
 * CLI_OK or the exit status. */
int cli_load_graph(geokg_graph **out, const char *path);

#endif
