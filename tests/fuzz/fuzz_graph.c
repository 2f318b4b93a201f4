/*
 * fuzz_graph.c - fuzz target for the graph loader: arbitrary bytes must be
 * rejected cleanly or read into a graph whose canonical bytes read back to
 * the same bytes; and the fast reader (graph_fast.c) and the validating
 * reader must agree: same verdict, same graph.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "graph_impl.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The fast reader never rejects: it gives up (1) on what it does not
 * expect.  What it accepts, the validating reader must accept as the
 * same graph. */
static void check_readers_agree(const char *buf, size_t len)
{
	geokg_graph *f = NULL, *c = NULL;
	char *a = NULL, *b = NULL;
	size_t la, lb;
	int rf, rc;

	if (memchr(buf, '\0', len))
		return;
	rf = geokg__graph_read_fast(buf, len, &f, NULL);
	if (rf < 0 || rf > 1)
		abort(); /* out of memory is not expected here either */
	if (rf == 1)
		return;
	rc = geokg__graph_read_checked(buf, len, "fuzz", &c, NULL);
	if (rc != 0 || geokg_graph_dump(f, 0, &a, &la, NULL) ||
	    geokg_graph_dump(c, 0, &b, &lb, NULL) || la != lb || memcmp(a, b, la))
		abort();
	free(a);
	free(b);
	geokg_graph_free(f);
	geokg_graph_free(c);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	geokg_graph *g = NULL, *h = NULL;
	geokg_error err;
	char *a = NULL, *b = NULL;
	size_t la, lb;

	check_readers_agree((const char *)data, size);
	if (geokg_graph_load_buffer(&g, (const char *)data, size, "fuzz", &err)) {
		/* a rejection is one line with a code */
		if (err.code >= 0 || strchr(err.message, '\n'))
			abort();
		return 0;
	}
	if (geokg_graph_dump(g, 0, &a, &la, NULL) ||
	    geokg_graph_load_buffer(&h, a, la, "dump", &err) ||
	    geokg_graph_dump(h, 0, &b, &lb, NULL) || la != lb || memcmp(a, b, la))
		abort();
	free(a);
	free(b);
	geokg_graph_free(g);
	geokg_graph_free(h);
	return 0;
}
