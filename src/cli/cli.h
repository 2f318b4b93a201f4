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

/*
 * The filter options every query and export command shares:
 *   --type T[,T...]  --modality asserted|any|M[,M...]  --since DATE
 *   --until DATE  --min-weight N
 * CLI_FILTER_OPTIONS goes in a command's `struct option` array (it uses
 * the values 0x100..0x104); cli_filter_option() handles them in the
 * getopt loop and returns 1 if it took `c`, 0 if `c` is not a filter
 * option, or -1 after printing an error.
 *
 * path, neighbors, match and rank start from CLI_QUERY_FILTER (every
 * modality but negated: a relation the news denies is no link) and say
 * so with CLI_QUERY_FILTER_USAGE; edges and export list what the graph
 * holds, start from a zeroed filter (every modality) and use
 * CLI_FILTER_USAGE.  `--modality any` is every modality in both.
 */
#define CLI_FILTER_OPTIONS                                        \
	{"type", required_argument, NULL, 0x100},                 \
	{"modality", required_argument, NULL, 0x101},             \
	{"since", required_argument, NULL, 0x102},                \
	{"until", required_argument, NULL, 0x103},                \
	{"min-weight", required_argument, NULL, 0x104}
#define CLI_QUERY_FILTER {.modalities = GEOKG_MODALITIES_NOT_NEGATED}
#define CLI_FILTER_USAGE_(modality_default)                                \
	"  --type T[,T...]      only edges of these types (meets, supplies,\n" \
	"                       threatens, sanctions)\n"                        \
	"  --modality M[,M...]  only edges of these modalities (asserted,\n"   \
	"                       expected, possible, requested, conditional,\n" \
	"                       negated), or 'any' for all six\n"              \
	"                       (default: " modality_default ")\n"             \
	"  --since DATE         only edges with evidence on or after DATE\n"   \
	"  --until DATE         only edges with evidence on or before DATE\n"  \
	"  --min-weight N       only edges seen in at least N documents\n"
#define CLI_FILTER_USAGE CLI_FILTER_USAGE_("any")
#define CLI_QUERY_FILTER_USAGE CLI_FILTER_USAGE_("all but negated")
int cli_filter_option(int c, const char *arg, geokg_filter *f);

#endif
