/*
 * fuzz_gdelt.c - fuzz target for the GDELT event-table import.  The first
 * byte says whether a world graph is given; the rest is the table.  The
 * import must succeed or fail with one line naming the table; every
 * warning is one line naming the table; the counts must add up; the graph
 * must write out and read back to the same bytes, every edge's evidence
 * must be marked as GDELT's, and importing the same table again must
 * change nothing.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_world.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void on_warn(void *ctx, const char *message)
{
	size_t *n = ctx;

	if (!fuzz_one_line(message) || strncmp(message, "ev.csv:", 7) != 0)
		abort();
	(*n)++;
}

/* The canonical bytes of g; aborts when it cannot be written or does not
 * read back to the same bytes. */
static char *dump_checked(const geokg_graph *g, size_t *len)
{
	geokg_graph *h = NULL;
	char *a = NULL, *b = NULL;
	size_t lb;

	if (geokg_graph_dump(g, 0, &a, len, NULL) ||
	    geokg_graph_load_buffer(&h, a, *len, "dump", NULL) ||
	    geokg_graph_dump(h, 0, &b, &lb, NULL) || lb != *len ||
	    memcmp(a, b, lb))
		abort();
	free(b);
	geokg_graph_free(h);
	return a;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const geokg_graph *world;
	const char *buf = (const char *)data + 1;
	geokg_graph *g = NULL;
	geokg_gdelt_stats st, st2;
	geokg_error err;
	size_t warned = 0, i, j, la, lb;
	char *a, *b;
	int rc;

	if (size < 1)
		return 0;
	world = (data[0] & 1) ? fuzz_world() : NULL;
	if (geokg_graph_new(&g, NULL))
		abort();
	rc = geokg_gdelt_import_buffer(g, buf, size - 1, "ev.csv", world,
	                               on_warn, &warned, &st, &err);
	if (rc) {
		if (rc != GEOKG_EINVAL || !fuzz_one_line(err.message) ||
		    strncmp(err.message, "ev.csv", 6) != 0)
			abort();
		geokg_graph_free(g);
		return 0;
	}
	if (st.rows != st.events + st.ignored + st.unknown + st.bad ||
	    st.bad != warned)
		abort();
	for (i = 0; i < geokg_graph_edge_count(g); i++) {
		const geokg_edge *e = geokg_graph_edge(g, i);

		for (j = 0; j < e->n_evidence; j++)
			if (!geokg_evidence_is_gdelt(&e->evidence[j]))
				abort();
	}
	a = dump_checked(g, &la);
	rc = geokg_gdelt_import_buffer(g, buf, size - 1, "ev.csv", world,
	                               on_warn, &warned, &st2, &err);
	if (rc || memcmp(&st, &st2, sizeof st))
		abort();
	b = dump_checked(g, &lb);
	if (la != lb || memcmp(a, b, la))
		abort();
	free(a);
	free(b);
	geokg_graph_free(g);
	return 0;
}
