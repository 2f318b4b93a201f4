/*
 * cmd_match.c - `geokg match GRAPH PATTERN`: every way a typed chain of
 * actors and variables occurs in the graph, with the evidence.
 */
#include "config.h"

#include <stdio.h>

#include "cli.h"
#include "cli_query.h"

static const char usage[] =
	"usage: geokg match [OPTIONS] GRAPH PATTERN\n"
	"\n"
	"Find every binding of PATTERN in GRAPH.  A pattern is a chain of\n"
	"actors and ?variables joined by typed relations:\n"
	"  ?a -supplies-> ?b -threatens-> USA     ?x -sanctions|threatens-> RUS\n"
	"  ?x -meets- \"Kim Jong Un\"               ?x <-supplies- IRN   ?x -*-> ?y\n"
	"-T-> follows an edge, <-T- goes against one, -T- takes either; T is\n"
	"a type, types joined by |, or * for any.  Different terms bind\n"
	"different actors.  See geokg(1).\n"
	"\n"
	"  --limit N            at most N bindings (default 1000)\n"
	"  --json               JSON\n"
	CLI_QUERY_FILTER_USAGE;

static void print_text(const geokg_graph *g, const geokg_pattern *p,
                       const geokg_matches *m)
{
	size_t i, j, k;

	printf("%zu match%s%s\n", m->n, m->n == 1 ? "" : "es",
	       m->truncated ? " (limit reached)" : "");
	for (i = 0; i < m->n; i++) {
		const geokg_binding *b = &m->b[i];
		int first = 1;

		for (j = 0; j < m->n_terms; j++) {
			if (!geokg_pattern_is_variable(p, j))
				continue;
			printf("%s%s = %s", first ? "" : ", ", geokg_pattern_term(p, j),
			       geokg_graph_node(g, b->nodes[j])->name);
			first = 0;
		}
		printf("%s\n", first ? "(no variables)" : "");
		for (j = 0; j + 1 < m->n_terms; j++)
			for (k = 0; k < b->n_edges[j]; k++)
				cliq_edge_text(stdout, g, b->edges[j][k], b->nodes[j], "  ");
	}
}

static void print_json(const geokg_graph *g, const geokg_pattern *p,
                       const geokg_matches *m)
{
	size_t i, j, k;

	fputs("{\"matches\":[", stdout);
	for (i = 0; i < m->n; i++) {
		const geokg_binding *b = &m->b[i];

		fputs(i ? ",{\"terms\":[" : "{\"terms\":[", stdout);
		for (j = 0; j < m->n_terms; j++) {
			fputs(j ? ",{\"term\":" : "{\"term\":", stdout);
			cliq_json_str(stdout, geokg_pattern_term(p, j));
			fputs(",\"actor\":", stdout);
			cliq_actor_json(stdout, g, b->nodes[j]);
			fputc('}', stdout);
		}
		fputs("],\"relations\":[", stdout);
		for (j = 0; j + 1 < m->n_terms; j++) {
			fputs(j ? ",[" : "[", stdout);
			for (k = 0; k < b->n_edges[j]; k++) {
				fputs(k ? "," : "", stdout);
				cliq_edge_json(stdout, g, b->edges[j][k], b->nodes[j]);
			}
			fputc(']', stdout);
		}
		fputs("]}", stdout);
	}
	printf("],\"truncated\":%s}\n", m->truncated ? "true" : "false");
}

CLI_COMMAND(match)
{
	static const struct option longopts[] = {
		{"limit", required_argument, NULL, 'l'},
		{"json", no_argument, NULL, 'j'},
		{"help", no_argument, NULL, 'h'},
		CLI_FILTER_OPTIONS,
		{NULL, 0, NULL, 0}};
	geokg_pattern *p = NULL;
	geokg_matches *m = NULL;
	geokg_filter f = CLI_QUERY_FILTER;
	geokg_graph *g = NULL;
	geokg_error err;
	long limit = 0;
	int c, rc, json = 0;

	while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		if ((rc = cli_filter_option(c, optarg, &f)) < 0)
			return CLI_USAGE;
		if (rc)
			continue;
		switch (c) {
		case 'l':
			if ((limit = cli_parse_count("--limit", optarg)) < 0)
				return CLI_USAGE;
			break;
		case 'j': json = 1; break;
		case 'h': return cli_usage(usage, 1);
		default: return cli_usage(usage, 0);
		}
	}
	if (optind != argc - 2)
		return cli_usage(usage, 0);
	/* a bad pattern is reported before the graph is read */
	if (geokg_pattern_parse(argv[optind + 1], &p, &err))
		return cli_report(&err);
	if ((rc = cli_load_graph(&g, argv[optind])))
		goto done;
	if (geokg_pattern_match(g, p, &f, (size_t)limit, &m, &err)) {
		rc = cli_report(&err);
		goto done;
	}
	if (json)
		print_json(g, p, m);
	else
		print_text(g, p, m);
done:
	geokg_matches_free(m);
	geokg_pattern_free(p);
	geokg_graph_free(g);
	return rc;
}
