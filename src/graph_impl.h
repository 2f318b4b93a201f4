/*
 * graph_impl.h - the inside of geokg_graph, shared by the library's
 * modules (JSON I/O, queries, export).  Not installed.
 *
 * Nodes and edges live in geokg's own arrays; index i of `nodes` is igraph
 * vertex i and index i of `edges` is igraph edge i.  The igraph topology is
 * built lazily from the arrays the first time a module asks for it after a
 * change (adding edges to igraph one at a time costs O(E) each).
 * All strings are interned in `pool`, so equal strings are equal pointers,
 * except evidence texts read by the fast reader, which live in `texts`
 * (compare texts with strcmp).
 */
#ifndef GEOKG_GRAPH_IMPL_H
#define GEOKG_GRAPH_IMPL_H

#include <igraph.h>

#include "geokg.h"
#include "util.h"

typedef struct node_rec {
	geokg_node pub;   /* the arrays in pub are owned by the record */
	size_t cap_aliases, cap_demonyms, cap_metonyms, cap_ambiguous, cap_roles;
} node_rec;

typedef struct edge_rec {
	geokg_edge pub;   /* pub.evidence is owned by the record */
	size_t cap_evidence;
	int indexed;      /* evidence entered in ev_keys/doc_keys (long lists) */
	int ev_in_arena;  /* pub.evidence (one record) lives in the graph's
	                     arena `texts`, not on the heap */
} edge_rec;

struct geokg_graph {
	geokg_pool pool;
	geokg_arena texts;    /* evidence texts of the fast reader, first
	                         evidence records of edges */
	node_rec *nodes;
	size_t n_nodes, cap_nodes;
	edge_rec *edges;
	size_t n_edges, cap_edges;
	geokg_map node_ids;   /* id -> node number */
	geokg_map edge_keys;  /* (source, target, type, modality) -> edge number */
	int edge_keys_stale;  /* edge_keys not built yet (see edge_get) */
	/* for edges with long evidence lists only (edge_rec.indexed): */
	geokg_map ev_keys;    /* (edge, doc, sentence, start, end) -> evidence number */
	geokg_map doc_keys;   /* (edge, doc) -> 1: the documents behind an edge */
	/* lazily built topology; see geokg__graph_topology() */
	igraph_t topo;
	int topo_valid;
	size_t topo_nodes, topo_edges;
	/* lazily built adjacency index of the queries (query.c) */
	struct geokg__adj *adj;
	/* lazily built name index of geokg_query_actor (query.c), valid
	 * while node_gen is actors_gen; node_gen counts geokg_graph_add_node */
	geokg_actors *actors;
	size_t node_gen, actors_gen;
	/* GEOKG_GRAPH_MAX_NODES and _EDGES; lowered only by tests */
	size_t max_nodes, max_edges;
};

/* Free a query adjacency index (query.c); NULL is a no-op. */
void geokg__adj_free(struct geokg__adj *a);

/* Install igraph handlers that return instead of aborting and printing.
 * Idempotent; called by geokg_graph_new(). */
void geokg__igraph_init(void);

/*
 * The igraph topology of g, brought up to date with the node and edge
 * arrays (a logically const operation: it only fills a cache).  The
 * pointer is borrowed.  Fails with GEOKG_ENOMEM or GEOKG_EINTERNAL.
 */
int geokg__graph_topology(const geokg_graph *g, const igraph_t **out,
                          geokg_error *err);

/* Map an igraph error code to ours, with igraph's text as context. */
int geokg__igraph_fail(geokg_error *err, igraph_error_t rc, const char *what);

/* Interned copy of s in g's pool (NULL for NULL). */
const char *geokg__graph_str(geokg_graph *g, const char *s);

/*
 * Add the edge (source, target, type, modality), or join the existing
 * one, with n_ev evidence records, like geokg_graph_add_edge() but for a
 * caller (the fast reader) that has checked its input and interned every
 * string (obj, loc, ev[].doc/date/text) in g's pool.
 */
int geokg__graph_add_edge_interned(geokg_graph *g, size_t source,
                                   size_t target, geokg_type type,
                                   geokg_modality modality, const char *obj,
                                   const char *loc, const geokg_evidence *ev,
                                   size_t n_ev, geokg_error *err);

/*
 * Append a new edge without looking for an equal one, for the fast reader
 * when its input's edges are in strictly increasing canonical order (so
 * each is new); the edge_keys map is built on the next geokg_graph_add_edge.
 * Same contract as geokg__graph_add_edge_interned otherwise.
 */
int geokg__graph_append_edge(geokg_graph *g, size_t source, size_t target,
                             geokg_type type, geokg_modality modality,
                             const char *obj, const char *loc,
                             const geokg_evidence *ev, size_t n_ev,
                             geokg_error *err);

/*
 * The fast reader (graph_fast.c): 0 and the graph in *out, GEOKG_ENOMEM,
 * or 1 when it gives up at anything it does not expect; then nothing is
 * returned, no message is set, and the validating reader must decide.
 */
int geokg__graph_read_fast(const char *buf, size_t len, geokg_graph **out,
                           geokg_error *err);
/* The validating reader alone (what geokg_graph_load_buffer falls back
 * on); for tests that compare the two. */
int geokg__graph_read_checked(const char *buf, size_t len, const char *name,
                              geokg_graph **out, geokg_error *err);

/* The order of node numbers by id, and of edge numbers by (source id,
 * target id, type, modality): malloc'd arrays (free()), or NULL when out of
 * memory. */
size_t *geokg__graph_node_order(const geokg_graph *g);
size_t *geokg__graph_edge_order(const geokg_graph *g);
/* Compare two evidence records by (doc, sentence, start, end). */
int geokg__evidence_cmp(const void *a, const void *b);

#endif
