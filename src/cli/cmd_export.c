/*
 * cmd_export.c - `geokg export GRAPH --format F [-o FILE]`: DOT, SVG, PNG,
 * PDF, GraphML, Gephi CSV or the native JSON of a graph or of a view of it
 * (a focus, a path, the top actors, the query filters).
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

#define STR(x) #x
#define XSTR(x) STR(x)

static const char usage[] =
	"usage: geokg export [OPTIONS] GRAPH\n"
	"\n"
	"Write GRAPH, or the part of it the options select, for Graphviz,\n"
	"browsers, Gephi, Cytoscape, NetworkX or yEd.  GRAPH may be - for\n"
	"standard input.\n"
	"\n"
	"  --format F           dot (default), svg, png, pdf, graphml, csv,\n"
	"                       csv-nodes, csv-edges, json\n"
	"  -o, --output FILE    write FILE atomically (default: standard output);\n"
	"                       csv writes FILE-nodes.csv and FILE-edges.csv\n"
	"                       (a final .csv is dropped from FILE first)\n"
	"  --layout L           auto (default), dot, sfdp, neato, fdp, circo,\n"
	"                       twopi; auto is dot for focus and path views of\n"
	"                       up to " XSTR(GEOKG_EXPORT_DOT_MAX) " actors and other views of up to "
	XSTR(GEOKG_EXPORT_DOT_OVERVIEW_MAX) ",\n"
	"                       else sfdp with overlap removal\n"
	"  --focus ACTOR        the actors within --depth hops of ACTOR (an id,\n"
	"                       a name, an alias or a role phrase)\n"
	"  --depth N            hops around --focus (default 1)\n"
	"  --path FROM TO       a shortest path from FROM to TO and the actors\n"
	"                       and edges that touch it\n"
	"  --top N              the N most connected actors; with --focus or\n"
	"                       --path, at most N actors besides those\n"
	"  --no-legend          leave the legend out of drawings\n"
	CLI_FILTER_USAGE
	"\n"
	"With a filter, actors left without an edge are not shown.\n";

/* What the options say. */
typedef struct args {
	geokg_export_options o;
	const char *output, *graph;
} args;

/* Take --path's second argument from argv. */
static int path_option(args *a, int argc, char **argv, const char *from)
{
	if (optind >= argc || !argv[optind][0] || argv[optind][0] == '-')
		return cli_error(CLI_USAGE, "--path needs two actors: --path FROM TO");
	a->o.view.from = from;
	a->o.view.to = argv[optind++];
	return CLI_OK;
}

/* Handle one option; returns CLI_OK, or an exit status after a message. */
static int take_option(args *a, int c, int argc, char **argv)
{
	long n;
	int v;

	switch (c) {
	case 'f':
		if ((v = geokg_format_parse(optarg)) < 0)
			return cli_error(CLI_USAGE, "unknown format '%s'", optarg);
		a->o.format = (geokg_format)v;
		return CLI_OK;
	case 'l':
		if ((v = geokg_layout_parse(optarg)) < 0)
			return cli_error(CLI_USAGE, "unknown layout '%s'", optarg);
		a->o.layout = (geokg_layout)v;
		return CLI_OK;
	case 'o': a->output = optarg; return CLI_OK;
	case 'F': a->o.view.focus = optarg; return CLI_OK;
	case 'p': return path_option(a, argc, argv, optarg);
	case 'L': a->o.flags |= GEOKG_EXPORT_NO_LEGEND; return CLI_OK;
	case 'd': case 't':
		if ((n = cli_parse_count(c == 'd' ? "--depth" : "--top", optarg)) < 0)
			return CLI_USAGE;
		*(c == 'd' ? &a->o.view.depth : &a->o.view.top) = (size_t)n;
		return CLI_OK;
	default:
		switch (cli_filter_option(c, optarg, &a->o.view.filter)) {
		case 1: return CLI_OK;
		case -1: return CLI_USAGE;
		default: return cli_usage(usage, 0);
		}
	}
}

static int parse_args(args *a, int argc, char **argv)
{
	static const struct option opts[] = {
		{"format", required_argument, NULL, 'f'},
		{"output", required_argument, NULL, 'o'},
		{"layout", required_argument, NULL, 'l'},
		{"focus", required_argument, NULL, 'F'},
		{"depth", required_argument, NULL, 'd'},
		{"path", required_argument, NULL, 'p'},
		{"top", required_argument, NULL, 't'},
		{"no-legend", no_argument, NULL, 'L'},
		{"help", no_argument, NULL, 'h'},
		CLI_FILTER_OPTIONS,
		{NULL, 0, NULL, 0}};
	int c, rc;

	memset(a, 0, sizeof *a);
	a->o.view.depth = 1;
	a->output = "-";
	while ((c = getopt_long(argc, argv, "o:h", opts, NULL)) != -1) {
		if (c == 'h')
			return cli_usage(usage, 1) - 1; /* -1: done, exit 0 */
		if (c == '?')
			return cli_usage(usage, 0);
		if ((rc = take_option(a, c, argc, argv)))
			return rc;
	}
	if (optind != argc - 1)
		return cli_usage(usage, 0);
	a->graph = argv[optind];
	return CLI_OK;
}

CLI_COMMAND(export)
{
	geokg_graph *g = NULL;
	geokg_error err;
	args a;
	int rc;

	if ((rc = parse_args(&a, argc, argv)))
		return rc < 0 ? CLI_OK : rc;
	if ((rc = cli_load_graph(&g, a.graph)))
		return rc;
	if (geokg_export_save(g, &a.o, a.output, &err))
		rc = cli_report(&err);
	geokg_graph_free(g);
	return rc;
}
