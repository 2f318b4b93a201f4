/*
 * query.h - what the query modules (query.c, pattern.c) share: the
 * adjacency index of a graph and the rules for walking it.  Not installed.
 */
#ifndef GEOKG_QUERY_H
#define GEOKG_QUERY_H

#include "graph_impl.h"

/* One incidence: edge INC_EDGE(x) joins the node to x->nbr; INC_OUT(x)
 * when the node is the edge's source. */
typedef struct geokg__inc {
	size_t nbr;
	size_t ed;  /* edge << 1 | out */
} geokg__inc;
#define INC_EDGE(x) ((x)->ed >> 1)
#define INC_OUT(x) ((x)->ed & 1)

/* The incidences of every node, in edge order: node v's are
 * inc[start[v] .. start[v + 1]). */
struct geokg__adj {
	size_t n_nodes, n_edges;
	size_t *start;
	geokg__inc *inc;
};

/* The adjacency index of g, built on first use and cached in g until g
 * changes (a logically const operation).  Borrowed. */
int geokg__adj_get(const geokg_graph *g, const struct geokg__adj **out,
                   geokg_error *err);

/* How a walk may use an edge: in any direction, along it (source to
 * target), or against it.  Meets edges are symmetric: always usable. */
enum { WALK_ANY = 0, WALK_ALONG, WALK_AGAINST };

/* Whether incidence x (of node v) may be walked in mode `walk` under
 * filter f (NULL: all).  Loops are never walked. */
int geokg__inc_ok(const geokg_graph *g, size_t v, const geokg__inc *x,
                  int walk, const geokg_filter *f);

/* The edges between u and v that may be walked from u in mode `walk`
 * under f, strongest first: a malloc'd array (free()) of *n, or NULL
 * with *n == 0 when there are none or memory ran out (*oom set). */
size_t *geokg__edges_between(const geokg_graph *g,
                             const struct geokg__adj *a, size_t u, size_t v,
                             int walk, const geokg_filter *f, size_t *n,
                             int *oom);

#endif
