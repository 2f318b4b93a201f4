/*
 * main.c - the geokg program: the table of commands, `geokg help`,
 * `geokg --version`, and dispatch to src/cli/cmd_*.c.
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"

int cmd_stats(int argc, char **argv);
int cmd_merge(int argc, char **argv);
int cmd_import_gdelt(int argc, char **argv);
int cmd_ingest(int argc, char **argv);
int cmd_export(int argc, char **argv);
int cmd_path(int argc, char **argv);
int cmd_neighbors(int argc, char **argv);
int cmd_edges(int argc, char **argv);
int cmd_match(int argc, char **argv);
int cmd_rank(int argc, char **argv);
int cmd_extract(int argc, char **argv);
int cmd_eval(int argc, char **argv);
int cmd_actors(int argc, char **argv);

typedef struct command {
	const char *name;
	int (*fn)(int argc, char **argv);
	const char *summary;
} command;

/* One line per command, in the order `geokg help` lists them. */
static const command commands[] = {
	{"stats", cmd_stats, "count nodes, edges and documents; the top actors"},
	{"extract", cmd_extract, "an article's graph: actors and typed edges with evidence"},
	{"eval", cmd_eval, "score the extractor on annotated documents (P/R/F1)"},
	{"merge", cmd_merge, "unite graphs (files or JSON Lines on stdin) into one"},
	{"import-gdelt", cmd_import_gdelt, "GDELT 1.0/2.0 event tables to a graph"},
	{"ingest", cmd_ingest, "extract files, directories, JSON Lines, CSV into one graph"},
	{"export", cmd_export, "draw a graph or a view of it (DOT, SVG, PNG, PDF, GraphML, CSV)"},
	{"path", cmd_path, "how two actors are connected, hop by hop, with evidence"},
	{"neighbors", cmd_neighbors, "the actors and edges around one actor"},
	{"edges", cmd_edges, "the edges that pass the filters, with evidence"},
	{"match", cmd_match, "find typed chains: ?a -supplies-> ?b -threatens-> USA"},
	{"rank", cmd_rank, "the most central actors by degree, PageRank, betweenness"},
	{"actors", cmd_actors, "what a name or role phrase means: countries, orgs, people"},
	{NULL, NULL, NULL}};

static const char usage[] =
	"usage: geokg [--version] [--help] COMMAND [ARGS]\n"
	"\n"
	"Turn news articles into a knowledge graph of who meets, supplies,\n"
	"threatens and sanctions whom, and ask it questions.\n"
	"\n"
	"Commands:\n";

static int print_help(FILE *f)
{
	const command *c;

	fputs(usage, f);
	for (c = commands; c->name; c++)
		fprintf(f, "  %-12s %s\n", c->name, c->summary);
	fputs("\n`geokg help COMMAND` or `geokg COMMAND --help` describes one.\n"
	      "Exit status: 0 success, 1 failure, 2 usage error or bad input.\n",
	      f);
	return 0;
}

static const command *find(const char *name)
{
	const command *c;

	for (c = commands; c->name; c++)
		if (strcmp(c->name, name) == 0)
			return c;
	return NULL;
}

/* `geokg help [CMD]`: the same text as `geokg CMD --help`. */
static int help(int argc, char **argv)
{
	const command *c;
	char *args[3];

	if (argc < 2)
		return print_help(stdout);
	if (!(c = find(argv[1])))
		return cli_error(CLI_USAGE, "unknown command '%s' (see 'geokg help')",
		                 argv[1]);
	args[0] = argv[1];
	args[1] = "--help";
	args[2] = NULL;
	return c->fn(2, args);
}

/* A command's status, made a failure when what it printed could not all
 * be written (a full disk, a closed pipe): a command that succeeded must
 * not leave a truncated answer behind with status 0. */
static int stdout_checked(int status)
{
	int failed = fflush(stdout) != 0;

	if ((failed || ferror(stdout)) && status == CLI_OK)
		return cli_error(CLI_FAIL, "write error on standard output%s%s",
		                 failed ? ": " : "", failed ? strerror(errno) : "");
	return status;
}

int main(int argc, char **argv)
{
	static char name[64];
	const command *c;

	if (argc < 2) {
		print_help(stderr);
		return CLI_USAGE;
	}
	if (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "-V") == 0) {
		printf("geokg %s (libgeokg %s)\n", PACKAGE_VERSION, geokg_version());
		return CLI_OK;
	}
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 ||
	    strcmp(argv[1], "help") == 0)
		return help(argc - 1, argv + 1);
	if (!(c = find(argv[1])))
		return cli_error(CLI_USAGE, "unknown command '%s' (see 'geokg help')",
		                 argv[1]);
	/* getopt_long's own messages ("unrecognized option") start with
	 * argv[0]: make it "geokg CMD" like every other diagnostic */
	snprintf(name, sizeof name, "geokg %s", c->name);
	argv[1] = name;
	optind = 0;
	return stdout_checked(c->fn(argc - 1, argv + 1));
}
