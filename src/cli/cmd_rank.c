/*
 * cmd_rank.c - `geokg rank GRAPH`: the most central actors on the edges
 * that pass the filters, by degree, PageRank or betweenness (igraph).
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "cli_query.h"

static const char usage[] =
	"usage: geokg rank [OPTIONS] GRAPH\n"
	"\n"
	"Rank the actors of GRAPH by centrality on the edges that pass the\n"
	"filters.\n"
	"\n"
	"  --by M               degree (default: edges in and out), pagerank\n"
	"                       (directed, meets both ways, weighted by\n"
	"                       documents) or betweenness (undirected)\n"
	"  --top N              how many actors (default 10, 0 for all)\n"
	"  --json               JSON\n"
	CLI_QUERY_FILTER_USAGE
	"\n"
	"With a filter other than the default modalities, actors left\n"
	"without an edge are not ranked.\n";

/*
 * Whether f is a filter the user asked for: one that differs from both
 * the default (every modality but negated) and 'any' (a zeroed filter).
 * The default alone scores on the edges it passes but ranks every actor,
 * as 'any' does, so that an actor whose only edges are negated ranks
 * like one without edges.
 */
static int filtering(const geokg_filter *f)
{
	return f->types || (f->modalities &&
	                    f->modalities != GEOKG_MODALITIES_NOT_NEGATED) ||
	       f->since || f->until || f->min_weight;
}

/*
 * With a filter the user asked for, drop from r (n entries, best first) the actors left
 * without an edge that passes it, as export does; *n becomes the number
 * kept.  0, or -1 after printing an error.
 */
static int keep_connected(const geokg_graph *g, const geokg_filter *f,
                          geokg_ranked *r, size_t *n)
{
	size_t *e = NULL, m = 0, i, k = 0;
	unsigned char *touched = NULL;
	geokg_error err;
	int rc = -1;

	if (!filtering(f))
		return 0;
	if (geokg_edges_select(g, f, -1, -1, &e, &m, &err)) {
		cli_report(&err);
		return -1;
	}
	if (!(touched = calloc(*n + 1, 1))) {
		cli_error(CLI_FAIL, "out of memory");
		goto done;
	}
	for (i = 0; i < m; i++) {
		const geokg_edge *x = geokg_graph_edge(g, e[i]);

		touched[x->source] = touched[x->target] = 1;
	}
	for (i = 0; i < *n; i++)
		if (touched[r[i].node])
			r[k++] = r[i];
	*n = k;
	rc = 0;
done:
	free(touched);
	free(e);
	return rc;
}

CLI_COMMAND(rank)
{
	static const struct option longopts[] = {
		{"by", required_argument, NULL, 'b'},
		{"top", required_argument, NULL, 't'},
		{"json", no_argument, NULL, 'j'},
		{"help", no_argument, NULL, 'h'},
		CLI_FILTER_OPTIONS,
		{NULL, 0, NULL, 0}};
	static const char *const names[] = {"degree", "pagerank", "betweenness"};
	geokg_rank_by by = GEOKG_RANK_DEGREE;
	geokg_filter f = CLI_QUERY_FILTER;
	geokg_graph *g = NULL;
	geokg_ranked *r = NULL;
	geokg_error err;
	size_t i, n;
	long top = 10;
	int c, rc, json = 0;

	while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		if ((rc = cli_filter_option(c, optarg, &f)) < 0)
			return CLI_USAGE;
		if (rc)
			continue;
		switch (c) {
		case 'b':
			for (i = 0; i < 3 && strcmp(names[i], optarg); i++)
				;
			if (i == 3)
				return cli_error(CLI_USAGE, "--by: expected degree, pagerank "
				                 "or betweenness, got '%s'", optarg);
			by = (geokg_rank_by)i;
			break;
		case 't':
			if ((top = cli_parse_count("--top", optarg)) < 0)
				return CLI_USAGE;
			break;
		case 'j': json = 1; break;
		case 'h': return cli_usage(usage, 1);
		default: return cli_usage(usage, 0);
		}
	}
	if (optind != argc - 1)
		return cli_usage(usage, 0);
	if ((rc = cli_load_graph(&g, argv[optind])))
		return rc;
	if (geokg_rank(g, by, &f, &r, &err)) {
		rc = cli_report(&err);
		goto done;
	}
	n = geokg_graph_node_count(g);
	if (keep_connected(g, &f, r, &n)) {
		rc = CLI_FAIL;
		goto done;
	}
	if (top && (size_t)top < n)
		n = (size_t)top;
	if (json)
		printf("{\"by\":\"%s\",\"actors\":[", names[by]);
	else
		printf("top %zu actors by %s:\n", n, names[by]);
	for (i = 0; i < n; i++) {
		const geokg_node *x = geokg_graph_node(g, r[i].node);

		if (json) {
			fputs(i ? "," : "", stdout);
			printf("{\"rank\":%zu,\"score\":%.6g,\"actor\":", i + 1, r[i].score);
			cliq_actor_json(stdout, g, r[i].node);
			fputc('}', stdout);
		} else if (by == GEOKG_RANK_DEGREE) {
			printf("%4zu  %8.0f  %-16s %s\n", i + 1, r[i].score, x->id, x->name);
		} else {
			printf("%4zu  %8.4f  %-16s %s\n", i + 1, r[i].score, x->id, x->name);
		}
	}
	if (json)
		fputs("]}\n", stdout);
done:
	free(r);
	geokg_graph_free(g);
	return rc;
}
