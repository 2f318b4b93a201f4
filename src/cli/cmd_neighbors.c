/*
 * cmd_neighbors.c - `geokg neighbors GRAPH ACTOR`: the actors within N
 * hops of one actor and the edges between, grouped by type.
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "cli_query.h"

static const char usage[] =
	"usage: geokg neighbors [OPTIONS] GRAPH ACTOR\n"
	"\n"
	"Show the neighbourhood of ACTOR in GRAPH: the actors within N hops\n"
	"and the edges walked to reach them, grouped by type, each with its\n"
	"strongest evidence.\n"
	"\n"
	"  --depth N            how many hops (default 1)\n"
	"  --direction D        in, out or both (default): edges to ACTOR,\n"
	"                       from it, or either (meets counts as both)\n"
	"  --json               JSON\n"
	CLI_QUERY_FILTER_USAGE;

/* The end of edge e to show first: the one nearer the centre. */
static size_t near_end(const geokg_neighborhood *nb, const geokg_graph *g,
                       size_t centre, size_t e)
{
	const geokg_edge *x = geokg_graph_edge(g, e);
	size_t ds = SIZE_MAX, dt = SIZE_MAX, i;

	if (x->source == centre)
		return x->source;
	if (x->target == centre)
		return x->target;
	for (i = 0; i < nb->n_nodes; i++) {
		if (nb->nodes[i] == x->source)
			ds = nb->depth[i];
		if (nb->nodes[i] == x->target)
			dt = nb->depth[i];
	}
	return dt < ds ? x->target : x->source;
}

static void print_text(const geokg_graph *g, size_t centre, size_t depth,
                       const geokg_neighborhood *nb)
{
	const geokg_node *c = geokg_graph_node(g, centre);
	size_t i;
	int type = -1;

	printf("%s (%s): %zu actor%s within %zu hop%s, %zu edge%s\n", c->name,
	       c->id, nb->n_nodes, nb->n_nodes == 1 ? "" : "s", depth,
	       depth == 1 ? "" : "s", nb->n_edges, nb->n_edges == 1 ? "" : "s");
	for (i = 0; i < nb->n_edges; i++) {
		const geokg_edge *x = geokg_graph_edge(g, nb->edges[i]);

		if ((int)x->type != type) {
			type = (int)x->type;
			printf("%s:\n", geokg_type_name(x->type));
		}
		cliq_edge_text(stdout, g, nb->edges[i],
		               near_end(nb, g, centre, nb->edges[i]), "  ");
	}
}

static void print_json(const geokg_graph *g, size_t centre,
                       const geokg_neighborhood *nb)
{
	size_t i;
	int t;

	fputs("{\"actor\":", stdout);
	cliq_actor_json(stdout, g, centre);
	fputs(",\"neighbors\":[", stdout);
	for (i = 0; i < nb->n_nodes; i++) {
		fputs(i ? "," : "", stdout);
		printf("{\"depth\":%zu,\"actor\":", nb->depth[i]);
		cliq_actor_json(stdout, g, nb->nodes[i]);
		fputc('}', stdout);
	}
	fputs("],\"edges\":{", stdout);
	for (t = 0; t < GEOKG_TYPE_COUNT; t++) {
		int first = 1;

		printf("%s\"%s\":[", t ? "," : "", geokg_type_name((geokg_type)t));
		for (i = 0; i < nb->n_edges; i++) {
			if ((int)geokg_graph_edge(g, nb->edges[i])->type != t)
				continue;
			fputs(first ? "" : ",", stdout);
			first = 0;
			cliq_edge_json(stdout, g, nb->edges[i],
			               near_end(nb, g, centre, nb->edges[i]));
		}
		fputc(']', stdout);
	}
	fputs("}}\n", stdout);
}

CLI_COMMAND(neighbors)
{
	static const struct option longopts[] = {
		{"depth", required_argument, NULL, 'd'},
		{"direction", required_argument, NULL, 'D'},
		{"json", no_argument, NULL, 'j'},
		{"help", no_argument, NULL, 'h'},
		CLI_FILTER_OPTIONS,
		{NULL, 0, NULL, 0}};
	geokg_direction dir = GEOKG_DIR_BOTH;
	geokg_neighborhood *nb = NULL;
	geokg_filter f = CLI_QUERY_FILTER;
	geokg_graph *g = NULL;
	geokg_error err;
	size_t centre;
	long depth = 1;
	int c, rc, json = 0;

	while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		if ((rc = cli_filter_option(c, optarg, &f)) < 0)
			return CLI_USAGE;
		if (rc)
			continue;
		switch (c) {
		case 'd':
			if ((depth = cli_parse_count("--depth", optarg)) < 0)
				return CLI_USAGE;
			break;
		case 'D':
			if (strcmp(optarg, "in") == 0)
				dir = GEOKG_DIR_IN;
			else if (strcmp(optarg, "out") == 0)
				dir = GEOKG_DIR_OUT;
			else if (strcmp(optarg, "both") == 0)
				dir = GEOKG_DIR_BOTH;
			else
				return cli_error(CLI_USAGE,
				                 "--direction: expected in, out or both, got '%s'",
				                 optarg);
			break;
		case 'j': json = 1; break;
		case 'h': return cli_usage(usage, 1);
		default: return cli_usage(usage, 0);
		}
	}
	if (optind != argc - 2)
		return cli_usage(usage, 0);
	if ((rc = cli_load_graph(&g, argv[optind])))
		return rc;
	if ((rc = cliq_actor(g, argv[optind + 1], &centre)))
		goto done;
	if (geokg_neighbors(g, centre, (size_t)depth, dir, &f, &nb, &err)) {
		rc = cli_report(&err);
		goto done;
	}
	if (json)
		print_json(g, centre, nb);
	else
		print_text(g, centre, (size_t)depth, nb);
done:
	geokg_neighborhood_free(nb);
	geokg_graph_free(g);
	return rc;
}
