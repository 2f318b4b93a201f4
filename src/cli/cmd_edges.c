/*
 * cmd_edges.c - `geokg edges GRAPH`: the edges that pass the filters,
 * optionally from one actor and/or to another, with their evidence.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "cli.h"
#include "cli_query.h"

static const char usage[] =
	"usage: geokg edges [OPTIONS] GRAPH\n"
	"\n"
	"List the edges of GRAPH that pass the filters, in canonical order,\n"
	"each with its strongest evidence.\n"
	"\n"
	"  --from A             only edges from actor A (meets: either end)\n"
	"  --to B               only edges to actor B (meets: either end)\n"
	"  --json               JSON\n"
	CLI_FILTER_USAGE;

CLI_COMMAND(edges)
{
	static const struct option longopts[] = {
		{"from", required_argument, NULL, 'f'},
		{"to", required_argument, NULL, 't'},
		{"json", no_argument, NULL, 'j'},
		{"help", no_argument, NULL, 'h'},
		CLI_FILTER_OPTIONS,
		{NULL, 0, NULL, 0}};
	const char *from_s = NULL, *to_s = NULL;
	geokg_filter f = {0};
	geokg_graph *g = NULL;
	geokg_error err;
	size_t *e = NULL, n = 0, i, v;
	long from = -1, to = -1;
	int c, rc, json = 0;

	while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		if ((rc = cli_filter_option(c, optarg, &f)) < 0)
			return CLI_USAGE;
		if (rc)
			continue;
		switch (c) {
		case 'f': from_s = optarg; break;
		case 't': to_s = optarg; break;
		case 'j': json = 1; break;
		case 'h': return cli_usage(usage, 1);
		default: return cli_usage(usage, 0);
		}
	}
	if (optind != argc - 1)
		return cli_usage(usage, 0);
	if ((rc = cli_load_graph(&g, argv[optind])))
		return rc;
	if (from_s) {
		if ((rc = cliq_actor(g, from_s, &v)))
			goto done;
		from = (long)v;
	}
	if (to_s) {
		if ((rc = cliq_actor(g, to_s, &v)))
			goto done;
		to = (long)v;
	}
	if (geokg_edges_select(g, &f, from, to, &e, &n, &err)) {
		rc = cli_report(&err);
		goto done;
	}
	if (json)
		fputs("{\"edges\":[", stdout);
	else
		printf("%zu edge%s\n", n, n == 1 ? "" : "s");
	for (i = 0; i < n; i++) {
		const geokg_edge *x = geokg_graph_edge(g, e[i]);
		/* a meets edge asked for from its target reads from there */
		size_t start = x->type == GEOKG_TYPE_MEETS &&
		               ((from >= 0 && (size_t)from == x->target) ||
		                (to >= 0 && (size_t)to == x->source && from < 0))
		               ? x->target : x->source;

		if (json) {
			fputs(i ? "," : "", stdout);
			cliq_edge_json(stdout, g, e[i], start);
		} else {
			cliq_edge_text(stdout, g, e[i], start, "  ");
		}
	}
	if (json)
		fputs("]}\n", stdout);
done:
	free(e);
	geokg_graph_free(g);
	return rc;
}
