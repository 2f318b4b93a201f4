/*
 * fuzz_graph.c - fuzz target for the graph loader: arbitrary bytes must be
 * rejected cleanly or read into a graph whose canonical bytes read back to
 * the same bytes.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "geokg.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	geokg_graph *g = NULL, *h = NULL;
	geokg_error err;
	char *a = NULL, *b = NULL;
	size_t la, lb;

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
