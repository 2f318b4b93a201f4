/*
 * export.h - the inside of the export module (src/export.c): views as
 * node and edge masks, text escaping for Graphviz, XML and CSV, URL
 * encoding.  Private to the library; the Check suite tests it directly.
 */
#ifndef GEOKG_EXPORT_H
#define GEOKG_EXPORT_H

#include "geokg.h"
#include "util.h"

/*
 * A view resolved against a graph: which nodes and edges are in it.
 * node_in[i] and edge_in[e] are 0 (out), 1 (in) or 2 (in and marked: the
 * focus actor, or an actor or edge on a path).  `roots` lists marked
 * actors first (the focus, the start of a path): the layout ranks from
 * them.
 */
typedef struct geokg__selection {
	size_t n_nodes, n_edges;   /* of the graph */
	unsigned char *node_in, *edge_in;
	size_t nodes_in, edges_in; /* how many are in */
	size_t *roots;
	size_t n_roots;
} geokg__selection;

int geokg__select(geokg__selection *s, const geokg_graph *g,
                  const geokg_view *v, geokg_error *err);
void geokg__selection_free(geokg__selection *s);

/*
 * Resolve an actor named by id, name or alias to its node number: the
 * query module's geokg_query_actor (GEOKG_ENOTFOUND, GEOKG_EAMBIGUOUS).
 */
int geokg__export_actor(const geokg_graph *g, const char *name, size_t *node,
                        geokg_error *err);

/* How geokg__gv_text treats a string. */
enum {
	GEOKG_GV_LABEL = 0,  /* one line: newlines and tabs become spaces */
	GEOKG_GV_TOOLTIP = 1 /* newlines kept */
};

/*
 * Append s to b as Graphviz attribute text that renders literally: `\`
 * doubled (agwrite writes backslashes raw, and Graphviz expands \N, \n),
 * `&` written `&amp;` (Graphviz decodes entities in labels and tooltips),
 * control characters made spaces, U+FFFE/U+FFFF (not XML) made U+FFFD.
 * At most `max` bytes of s are used (cut at a character boundary, "..."
 * appended); max 0 means no limit.
 */
int geokg__gv_text(geokg_buf *b, const char *s, size_t max, int mode);

/*
 * Append url to b percent-encoded so that Graphviz can put it in an SVG
 * xlink:href unescaped: every byte outside RFC 3986's unreserved and
 * reserved sets (and `"`, `'`, `<`, `>`, `\`, `%` not starting an escape)
 * becomes %XX, and `&` becomes `&amp;`.
 */
int geokg__url_encode(geokg_buf *b, const char *url);

/* Append s to b escaped for XML text and attribute values. */
int geokg__xml_text(geokg_buf *b, const char *s);

/* Append s to b as one RFC 4180 CSV field (quoted when needed). */
int geokg__csv_field(geokg_buf *b, const char *s);

#endif
