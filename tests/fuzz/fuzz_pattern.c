/*
 * fuzz_pattern.c - fuzz target for the pattern language of `geokg match`:
 * arbitrary text must be rejected with "pattern:1:COL: ..." (a column
 * inside the text) or parsed into a chain of at least two terms, which
 * then matches against a small world graph without error other than an
 * unknown or ambiguous actor or a limit, and every binding it gives must hold: each
 * term bound to a node, each relation backed by edges between the bound
 * nodes.
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_world.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The number of characters (UTF-8 lead bytes) in s. */
static size_t chars(const char *s)
{
	size_t n = 0;

	for (; *s; s++)
		if (((unsigned char)*s & 0xC0) != 0x80)
			n++;
	return n;
}

/* Check the bindings of a match against the graph. */
static void check_matches(const geokg_graph *g, const geokg_pattern *p,
                          const geokg_matches *m, size_t limit)
{
	size_t i, j, k, nn = geokg_graph_node_count(g);

	if (m->n > (limit ? limit : 1000) || m->n_terms != geokg_pattern_terms(p))
		abort();
	for (i = 0; i < m->n; i++) {
		const geokg_binding *b = &m->b[i];

		for (j = 0; j < m->n_terms; j++) {
			if (b->nodes[j] >= nn)
				abort();
			if (!geokg_pattern_is_variable(p, j) &&
			    geokg_graph_find(g, geokg_pattern_term(p, j)) >= 0 &&
			    (size_t)geokg_graph_find(g, geokg_pattern_term(p, j)) != b->nodes[j])
				abort();
		}
		for (j = 0; j + 1 < m->n_terms; j++) {
			if (b->n_edges[j] == 0)
				abort();
			for (k = 0; k < b->n_edges[j]; k++) {
				const geokg_edge *e;

				if (b->edges[j][k] >= geokg_graph_edge_count(g))
					abort();
				e = geokg_graph_edge(g, b->edges[j][k]);
				if (!((e->source == b->nodes[j] && e->target == b->nodes[j + 1]) ||
				      (e->target == b->nodes[j] && e->source == b->nodes[j + 1])))
					abort();
			}
		}
	}
}

/* Match p in g under f; anything but success or an unknown or ambiguous
 * actor is a bug. */
static void match(const geokg_graph *g, const geokg_pattern *p,
                  const geokg_filter *f, size_t limit)
{
	geokg_matches *m = NULL;
	geokg_error err;
	int rc = geokg_pattern_match(g, p, f, limit, &m, &err);

	if (rc) {
		if ((rc != GEOKG_ENOTFOUND && rc != GEOKG_EAMBIGUOUS &&
		     rc != GEOKG_ELIMIT) ||
		    !fuzz_one_line(err.message) || m)
			abort();
		return;
	}
	check_matches(g, p, m, limit);
	geokg_matches_free(m);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const geokg_graph *g = fuzz_world();
	geokg_pattern *p = NULL;
	geokg_filter asserted = {0};
	geokg_error err;
	char *text;
	size_t i, col;

	if (!(text = malloc(size + 1)))
		return 0;
	memcpy(text, data, size);
	text[size] = '\0';
	if (geokg_pattern_parse(text, &p, &err)) {
		/* a rejection: one line, naming a column within the text */
		if (p || (err.code != GEOKG_EINVAL && err.code != GEOKG_ELIMIT) ||
		    !fuzz_one_line(err.message) ||
		    sscanf(err.message, "pattern:1:%zu:", &col) != 1 || col < 1 ||
		    col > chars(text) + 1)
			abort();
		free(text);
		return 0;
	}
	if (!p || geokg_pattern_terms(p) < 2)
		abort();
	for (i = 0; i < geokg_pattern_terms(p); i++) {
		const char *t = geokg_pattern_term(p, i);

		if (!t || !*t || (geokg_pattern_is_variable(p, i) && t[0] != '?'))
			abort();
	}
	if (geokg_pattern_term(p, geokg_pattern_terms(p)))
		abort();
	asserted.modalities = 1u << GEOKG_MOD_ASSERTED;
	match(g, p, NULL, 20);
	match(g, p, &asserted, 0);
	geokg_pattern_free(p);
	free(text);
	return 0;
}
