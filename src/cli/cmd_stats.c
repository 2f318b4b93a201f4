/*
 * cmd_stats.c - `geokg stats GRAPH`: nodes by kind, edges by type and
 * modality, documents, and the top actors by degree.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char usage[] =
	"usage: geokg stats [--json] [--top N] GRAPH\n"
	"\n"
	"Count the nodes of GRAPH by kind, its edges by type and modality, the\n"
	"documents behind them, and list the N (default 10) actors with the\n"
	"most edges.  GRAPH may be - for standard input.\n"
	"\n"
	"  --json     print the counts as a JSON object\n"
	"  --top N    how many top actors to list (0 for none)\n";

/* qsort has no context: sort (degree, node) pairs instead. */
typedef struct ranked {
	size_t degree, node;
	const char *id;
} ranked;

static int ranked_cmp(const void *a, const void *b)
{
	const ranked *x = a, *y = b;

	if (x->degree != y->degree)
		return x->degree > y->degree ? -1 : 1;
	return strcmp(x->id, y->id);
}

/* The nodes sorted by degree (descending, then id), malloc'd. */
static ranked *rank_nodes(const geokg_graph *g)
{
	size_t n = geokg_graph_node_count(g), *deg, i;
	ranked *r;

	if (geokg_graph_degrees(g, &deg, NULL))
		return NULL;
	if ((r = malloc((n ? n : 1) * sizeof *r))) {
		for (i = 0; i < n; i++) {
			r[i].degree = deg[i];
			r[i].node = i;
			r[i].id = geokg_graph_node(g, i)->id;
		}
		qsort(r, n, sizeof *r, ranked_cmp);
	}
	free(deg);
	return r;
}

/* Where the evidence came from: GDELT imports or extraction, in
 * evidence records and in edges with any evidence from each. */
typedef struct sources {
	size_t gdelt_ev, text_ev, gdelt_edges, text_edges, both_edges;
} sources;

static void count_sources(const geokg_graph *g, sources *src)
{
	size_t i, j;

	memset(src, 0, sizeof *src);
	for (i = 0; i < geokg_graph_edge_count(g); i++) {
		const geokg_edge *e = geokg_graph_edge(g, i);
		size_t gd = 0;

		for (j = 0; j < e->n_evidence; j++)
			gd += geokg_evidence_is_gdelt(&e->evidence[j]) != 0;
		src->gdelt_ev += gd;
		src->text_ev += e->n_evidence - gd;
		src->gdelt_edges += gd > 0;
		src->text_edges += e->n_evidence > gd;
		src->both_edges += gd > 0 && e->n_evidence > gd;
	}
}

static void print_text(const char *path, const geokg_graph *g,
                       const geokg_stats *s, const ranked *r, size_t top)
{
	sources src;

	size_t i;

	printf("%s: %zu nodes, %zu edges, %zu evidence records, %zu documents\n",
	       path, s->nodes, s->edges, s->evidence, s->documents);
	printf("nodes by kind:");
	for (i = 0; i < GEOKG_KIND_COUNT; i++)
		printf("  %s %zu", geokg_kind_name((geokg_kind)i), s->by_kind[i]);
	printf("\nedges by type:");
	for (i = 0; i < GEOKG_TYPE_COUNT; i++)
		printf("  %s %zu", geokg_type_name((geokg_type)i), s->by_type[i]);
	printf("\nedges by modality:");
	for (i = 0; i < GEOKG_MOD_COUNT; i++)
		printf("  %s %zu", geokg_modality_name((geokg_modality)i),
		       s->by_modality[i]);
	count_sources(g, &src);
	printf("\nevidence by source:  extraction %zu (%zu edges)  gdelt %zu (%zu edges)"
	       "  edges seen by both %zu\n", src.text_ev, src.text_edges, src.gdelt_ev,
	       src.gdelt_edges, src.both_edges);
	if (top && s->nodes) {
		printf("top actors by degree:\n");
		for (i = 0; i < top && i < s->nodes; i++) {
			const geokg_node *n = geokg_graph_node(g, r[i].node);

			printf("  %5zu  %-16s %s\n", r[i].degree, n->id, n->name);
		}
	}
}

static void print_json(const geokg_graph *g, const geokg_stats *s,
                       const ranked *r, size_t top)
{
	sources src;
	size_t i;

	printf("{\"nodes\":%zu,\"edges\":%zu,\"evidence\":%zu,\"documents\":%zu,",
	       s->nodes, s->edges, s->evidence, s->documents);
	printf("\"by_kind\":{");
	for (i = 0; i < GEOKG_KIND_COUNT; i++)
		printf("%s\"%s\":%zu", i ? "," : "", geokg_kind_name((geokg_kind)i),
		       s->by_kind[i]);
	printf("},\"by_type\":{");
	for (i = 0; i < GEOKG_TYPE_COUNT; i++)
		printf("%s\"%s\":%zu", i ? "," : "", geokg_type_name((geokg_type)i),
		       s->by_type[i]);
	printf("},\"by_modality\":{");
	for (i = 0; i < GEOKG_MOD_COUNT; i++)
		printf("%s\"%s\":%zu", i ? "," : "",
		       geokg_modality_name((geokg_modality)i), s->by_modality[i]);
	count_sources(g, &src);
	printf("},\"by_source\":{\"extraction\":{\"evidence\":%zu,\"edges\":%zu},"
	       "\"gdelt\":{\"evidence\":%zu,\"edges\":%zu},\"both\":{\"edges\":%zu}}",
	       src.text_ev, src.text_edges, src.gdelt_ev, src.gdelt_edges,
	       src.both_edges);
	printf(",\"top\":[");
	/* Ids are written by the library's validated format; names may hold
	 * any character, so they are not printed here. */
	for (i = 0; i < top && i < s->nodes; i++)
		printf("%s{\"id\":\"%s\",\"degree\":%zu}", i ? "," : "",
		       geokg_graph_node(g, r[i].node)->id, r[i].degree);
	printf("]}\n");
}

CLI_COMMAND(stats)
{
	static const struct option opts[] = {
		{"json", no_argument, NULL, 'j'},
		{"top", required_argument, NULL, 't'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0}};
	geokg_graph *g = NULL;
	geokg_stats s;
	ranked *r = NULL;
	long top = 10;
	int json = 0, c, rc;

	while ((c = getopt_long(argc, argv, "jt:h", opts, NULL)) != -1) {
		switch (c) {
		case 'j': json = 1; break;
		case 't':
			if ((top = cli_parse_count("--top", optarg)) < 0)
				return CLI_USAGE;
			break;
		case 'h': return cli_usage(usage, 1);
		default: return cli_usage(usage, 0);
		}
	}
	if (optind != argc - 1)
		return cli_usage(usage, 0);
	if ((rc = cli_load_graph(&g, argv[optind])))
		return rc;
	geokg_graph_stats(g, &s);
	if (!(r = rank_nodes(g))) {
		rc = cli_error(CLI_FAIL, "out of memory");
		goto done;
	}
	if (json)
		print_json(g, &s, r, (size_t)top);
	else
		print_text(argv[optind], g, &s, r, (size_t)top);
	rc = CLI_OK;
done:
	free(r);
	geokg_graph_free(g);
	return rc;
}
