/*
 * cmd_merge.c - `geokg merge GRAPH... [-o OUT]`: unite graph files, or a
 * stream of JSON Lines graphs on standard input, into one graph.
 *
 * Every input is read and merged before anything is written, so a bad
 * input stops the command with nothing written.  Standard input ("-")
 * holds either graphs one per line (what `geokg extract --jsonl` and
 * `geokg merge --jsonl` write), or one graph in any layout: the first
 * line tells which (a line that is a whole JSON object starts JSON Lines).
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char usage[] =
	"usage: geokg merge [-o OUT] [--jsonl] [--verbose] GRAPH...\n"
	"\n"
	"Unite graphs: nodes by id, edges by (source, target, type, modality),\n"
	"evidence by (document, sentence, span).  The result does not depend on\n"
	"the order or grouping of the inputs.  GRAPH - reads standard input:\n"
	"graphs one per line (JSON Lines, as `geokg extract --jsonl` writes\n"
	"them), or a single graph.  A bad input stops the merge before anything\n"
	"is written.\n"
	"\n"
	"  -o, --output OUT  write the merged graph to OUT (atomically), not to\n"
	"                    standard output\n"
	"      --jsonl       write the graph on one line (for use as a combiner)\n"
	"  -v, --verbose     report node data that differ between inputs (two\n"
	"                    names, two countries) and how they were resolved\n";

typedef struct merge_ctx {
	geokg_graph *dst;
	int verbose;
	const char *name; /* the input being merged, for messages */
	size_t inputs, conflicts;
} merge_ctx;

static void on_conflict(void *ctx, const char *id, const char *what)
{
	merge_ctx *m = ctx;

	m->conflicts++;
	if (m->verbose)
		fprintf(stderr, "geokg: %s: node '%s': %s\n", m->name, id, what);
}

/* Merge one graph into m->dst; frees it.  Returns a CLI status. */
static int take(merge_ctx *m, geokg_graph *g, const char *name)
{
	geokg_error err;
	int rc = CLI_OK;

	m->name = name;
	if (geokg_graph_merge(m->dst, g, on_conflict, m, &err))
		rc = cli_error(err.code == GEOKG_EINVAL ? CLI_USAGE : CLI_FAIL,
		               "%s: %s", name, err.message);
	m->inputs++;
	geokg_graph_free(g);
	return rc;
}

/* Parse a buffer as a graph and merge it.  Returns a CLI status. */
static int take_buffer(merge_ctx *m, const char *buf, size_t len,
                       const char *name)
{
	geokg_graph *g;
	geokg_error err;

	if (geokg_graph_load_buffer(&g, buf, len, name, &err))
		return cli_report(&err);
	return take(m, g, name);
}

/* Whether a line (without its newline) is a whole JSON object, which is
 * what starts a JSON Lines stream of graphs. */
static int whole_object(const char *s, size_t n)
{
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
		n--;
	while (n && (*s == ' ' || *s == '\t')) {
		s++;
		n--;
	}
	return n >= 2 && s[0] == '{' && s[n - 1] == '}';
}

/* Read the rest of stdin after `first` and merge it as one graph. */
static int take_stdin_whole(merge_ctx *m, char *first, size_t n)
{
	char *buf = NULL;
	size_t len = 0, got;
	char chunk[65536];
	FILE *mem = open_memstream(&buf, &len);
	int rc;

	if (!mem)
		return cli_error(CLI_FAIL, "out of memory");
	fwrite(first, 1, n, mem);
	while ((got = fread(chunk, 1, sizeof chunk, stdin)) > 0)
		fwrite(chunk, 1, got, mem);
	if (ferror(stdin) || fclose(mem) != 0) {
		free(buf);
		return cli_error(CLI_FAIL, "<stdin>: read error");
	}
	rc = take_buffer(m, buf, len, "<stdin>");
	free(buf);
	return rc;
}

/* Merge standard input: JSON Lines graphs (blank lines are skipped), or
 * one graph.  Each line is named "<stdin>:LINE" in messages. */
static int take_stdin(merge_ctx *m)
{
	char *line = NULL, name[64];
	size_t cap = 0, lineno = 0;
	ssize_t n;
	int rc = CLI_OK, first = 1;

	while (rc == CLI_OK && (n = getline(&line, &cap, stdin)) >= 0) {
		lineno++;
		if (first && n > 0 && !whole_object(line, (size_t)n - (line[n - 1] == '\n'))) {
			/* not JSON Lines: a single graph, possibly over many lines */
			if (strspn(line, " \t\r\n") == (size_t)n)
				continue;
			rc = take_stdin_whole(m, line, (size_t)n);
			break;
		}
		first = 0;
		if (strspn(line, " \t\r\n") == (size_t)n)
			continue;
		snprintf(name, sizeof name, "<stdin>:%zu", lineno);
		rc = take_buffer(m, line, (size_t)n, name);
	}
	if (rc == CLI_OK && ferror(stdin))
		rc = cli_error(CLI_FAIL, "<stdin>: read error");
	free(line);
	return rc;
}

static int take_file(merge_ctx *m, const char *path)
{
	geokg_graph *g;
	int rc;

	if (strcmp(path, "-") == 0)
		return take_stdin(m);
	if ((rc = cli_load_graph(&g, path)))
		return rc;
	return take(m, g, path);
}

CLI_COMMAND(merge)
{
	static const struct option opts[] = {
		{"output", required_argument, NULL, 'o'},
		{"jsonl", no_argument, NULL, 'l'},
		{"verbose", no_argument, NULL, 'v'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0}};
	const char *out = "-";
	merge_ctx m;
	geokg_error err;
	unsigned flags = 0;
	int c, i, rc = CLI_OK;

	memset(&m, 0, sizeof m);
	while ((c = getopt_long(argc, argv, "o:vh", opts, NULL)) != -1) {
		switch (c) {
		case 'o': out = optarg; break;
		case 'l': flags |= GEOKG_WRITE_ONELINE; break;
		case 'v': m.verbose = 1; break;
		case 'h': return cli_usage(usage, 1);
		default: return cli_usage(usage, 0);
		}
	}
	if (optind >= argc)
		return cli_usage(usage, 0);
	if (geokg_graph_new(&m.dst, &err))
		return cli_report(&err);
	for (i = optind; rc == CLI_OK && i < argc; i++)
		rc = take_file(&m, argv[i]);
	if (rc == CLI_OK && geokg_graph_save(m.dst, out, flags, &err))
		rc = cli_report(&err);
	if (rc == CLI_OK && m.verbose)
		fprintf(stderr, "geokg: merged %zu graphs: %zu nodes, %zu edges, "
		        "%zu node conflicts\n", m.inputs,
		        geokg_graph_node_count(m.dst), geokg_graph_edge_count(m.dst),
		        m.conflicts);
	geokg_graph_free(m.dst);
	return rc;
}
