/*
 * fuzz_extract.c - fuzz target for the text pipeline and the extractor:
 * arbitrary bytes are extracted as one article (dated 2023-09-13) with a
 * small world graph.  Input holding a NUL byte must be refused as "not
 * text" (one line); any other input must give a graph in which every
 * node takes part in an edge, every evidence record names the document
 * and its date, a sentence that was read and a byte span inside the
 * input, with valid UTF-8 text; the graph must write out and read back to
 * the same bytes, and a second extraction must give the same bytes.
 * Valid UTF-8 input must report no invalid bytes.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_world.h"
#include "util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const geokg_extractor *extractor(void)
{
	static geokg_extractor *x;

	if (!x && geokg_extractor_new(&x, fuzz_world(), NULL))
		abort();
	return x;
}

/* Check the graph of one extraction against the document. */
static void check_graph(const geokg_graph *g, const geokg_document *d,
                        const geokg_extract_info *info)
{
	size_t nn = geokg_graph_node_count(g), i, j;
	char *used = calloc(nn + 1, 1);

	if (!used)
		abort();
	for (i = 0; i < geokg_graph_edge_count(g); i++) {
		const geokg_edge *e = geokg_graph_edge(g, i);

		if (e->source >= nn || e->target >= nn || e->n_evidence < 1 ||
		    e->weight != 1)
			abort();
		used[e->source] = used[e->target] = 1;
		for (j = 0; j < e->n_evidence; j++) {
			const geokg_evidence *ev = &e->evidence[j];

			if (strcmp(ev->doc, d->id) || !ev->date ||
			    strcmp(ev->date, d->date) || ev->sentence < 0 ||
			    (size_t)ev->sentence >= info->sentences || ev->start < 0 ||
			    ev->start > ev->end || (size_t)ev->end > d->len ||
			    !ev->text || !geokg__utf8_valid(ev->text))
				abort();
		}
	}
	for (i = 0; i < nn; i++)
		if (!used[i])
			abort();
	free(used);
}

/* Extract d; returns the canonical bytes of its graph (checked). */
static char *extract_dump(const geokg_document *d, size_t *len, int *rc)
{
	geokg_graph *g = NULL, *h = NULL;
	geokg_extract_info info;
	geokg_error err;
	char *a = NULL, *b = NULL;
	size_t lb;

	*rc = geokg_extract(&g, extractor(), d, &info, &err);
	if (*rc) {
		if (g || !fuzz_one_line(err.message))
			abort();
		return NULL;
	}
	check_graph(g, d, &info);
	if (geokg_graph_dump(g, 0, &a, len, NULL) ||
	    geokg_graph_load_buffer(&h, a, *len, "dump", NULL) ||
	    geokg_graph_dump(h, 0, &b, &lb, NULL) || lb != *len ||
	    memcmp(a, b, lb))
		abort();
	free(b);
	geokg_graph_free(h);
	geokg_graph_free(g);
	if (info.invalid_bytes) {
		char *z = malloc(d->len + 1);

		if (!z)
			abort();
		memcpy(z, d->text, d->len);
		z[d->len] = '\0';
		if (geokg__utf8_valid(z)) /* valid input has nothing to replace */
			abort();
		free(z);
	}
	return a;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	geokg_document d;
	char *a, *b, *copy;
	size_t la, lb;
	int rc;

	/* the text in a buffer of its own size, so that reading past it is
	 * caught */
	if (!(copy = malloc(size ? size : 1)))
		return 0;
	memcpy(copy, data, size);
	memset(&d, 0, sizeof d);
	d.id = "fuzz";
	d.date = "2023-09-13";
	d.text = copy;
	d.len = size;
	a = extract_dump(&d, &la, &rc);
	if (memchr(data, '\0', size)) {
		if (rc != GEOKG_EINVAL)
			abort();
	} else if (rc && rc != GEOKG_ELIMIT) {
		abort();
	}
	if (a) {
		b = extract_dump(&d, &lb, &rc);
		if (!b || la != lb || memcmp(a, b, la))
			abort();
		free(b);
	}
	free(a);
	free(copy);
	return 0;
}
