/*
 * geokg.h - the public interface of libgeokg.
 *
 * libgeokg turns news articles into a knowledge graph of who meets,
 * supplies, threatens and sanctions whom, merges the graphs of many
 * articles, answers graph questions and renders the result.  This is the
 * only installed header; no igraph, cgraph or Jansson type appears in it.
 *
 * Conventions, stated once:
 *
 *  - Functions that can fail return an int: 0 (GEOKG_OK) on success, a
 *    negative GEOKG_E* code on failure.  When `err` is not NULL it receives
 *    the code and a one-line message with its context ("file:line:col: ...").
 *  - What comes back through a `T **out` parameter belongs to the caller and
 *    is released with geokg_T_free().  Every geokg_*_free(NULL) is a no-op.
 *  - A pointer returned as the function's value is borrowed: it stays valid
 *    until the object it came from is modified or freed.
 *  - Inputs are copied; the caller keeps ownership of what it passes in.
 *  - The library never prints and never exits.
 *  - Dates are ISO 8601 calendar dates "YYYY-MM-DD" (compared as strings).
 */
#ifndef GEOKG_H
#define GEOKG_H

#include <stddef.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------ */
/* Errors                                                             */
/* ------------------------------------------------------------------ */

enum {
	GEOKG_OK = 0,
	GEOKG_ENOMEM = -1,    /* out of memory */
	GEOKG_EINVAL = -2,    /* bad input: malformed file, bad argument */
	GEOKG_EIO = -3,       /* a file could not be read or written */
	GEOKG_ENOTFOUND = -4, /* a named thing does not exist */
	GEOKG_EAMBIGUOUS = -5,/* a name matches more than one thing */
	GEOKG_ELIMIT = -6,    /* a documented limit was exceeded */
	GEOKG_EINTERNAL = -7  /* a bug, or an error inside igraph/graphviz */
};

#define GEOKG_ERROR_MAX 1024

/* Where a failing function leaves its code and message. */
typedef struct geokg_error {
	int code;
	char message[GEOKG_ERROR_MAX];
} geokg_error;

/* ---- Limits ---- (doc/bad-input.md)
 *
 * Input beyond one of these fails with GEOKG_ELIMIT and a message naming
 * the limit, instead of exhausting memory or time.  They are far above
 * what real news and real graphs need. */
#define GEOKG_DOC_MAX ((size_t)256 << 20)  /* bytes in one document */
#define GEOKG_NAME_MAX 16384      /* bytes in an id, name, alias, demonym,
                                     metonym, country or role field */
#define GEOKG_TEXT_MAX 65536      /* bytes in an edge's object or location,
                                     an evidence doc id or text, a note */
#define GEOKG_GRAPH_MAX_BYTES ((size_t)4 << 30) /* bytes of a graph file */
#define GEOKG_GRAPH_MAX_NODES ((size_t)1 << 24) /* nodes in a graph */
#define GEOKG_GRAPH_MAX_EDGES ((size_t)1 << 26) /* edges in a graph */
#define GEOKG_JSON_MAX_DEPTH 2048 /* nesting of JSON input (Jansson's) */
#define GEOKG_PATTERN_MAX_TERMS 16 /* actors and variables in a pattern */
#define GEOKG_MATCH_MAX_STEPS 1000000 /* candidate bindings one match tries */

/* A static description of an error code ("out of memory"); never NULL. */
const char *geokg_strerror(int code);

/* The library's version, "MAJOR.MINOR.PATCH". */
const char *geokg_version(void);

/* ------------------------------------------------------------------ */
/* Vocabulary                                                         */
/* ------------------------------------------------------------------ */

typedef enum geokg_kind {
	GEOKG_KIND_COUNTRY = 0,
	GEOKG_KIND_ORG,
	GEOKG_KIND_PERSON,
	GEOKG_KIND_COUNT
} geokg_kind;

typedef enum geokg_type {
	GEOKG_TYPE_MEETS = 0,   /* symmetric */
	GEOKG_TYPE_SUPPLIES,    /* supplier -> recipient */
	GEOKG_TYPE_THREATENS,
	GEOKG_TYPE_SANCTIONS,
	GEOKG_TYPE_COUNT
} geokg_type;

typedef enum geokg_modality {
	GEOKG_MOD_ASSERTED = 0,
	GEOKG_MOD_EXPECTED,
	GEOKG_MOD_POSSIBLE,
	GEOKG_MOD_REQUESTED,
	GEOKG_MOD_CONDITIONAL,
	GEOKG_MOD_NEGATED,
	GEOKG_MOD_COUNT
} geokg_modality;

/* Names as written in the native format ("country", "meets", "asserted"). */
const char *geokg_kind_name(geokg_kind k);
const char *geokg_type_name(geokg_type t);
const char *geokg_modality_name(geokg_modality m);
/* The value for a name, or -1 when the name is unknown. */
int geokg_kind_parse(const char *s);
int geokg_type_parse(const char *s);
int geokg_modality_parse(const char *s);

/* Whether s is a valid calendar date "YYYY-MM-DD". */
int geokg_date_valid(const char *s);
/* Normalise a date as news tables write it into out ("YYYY-MM-DD"): ISO
 * 8601 (also with a time after it), "20171213", "December 13, 2017",
 * "Dec 13, 2017", "Dec. 13, 2017", "13 December 2017", "13 Dec 2017",
 * with any surrounding white space.  Returns 0, or GEOKG_EINVAL when s is
 * not such a date or not a valid day (out is then unchanged).  geokg
 * ingest reads document dates this way. */
int geokg_date_normalize(const char *s, char out[11]);

/* ------------------------------------------------------------------ */
/* Graphs                                                             */
/* ------------------------------------------------------------------ */

/*
 * A graph: actors (nodes) and typed edges, each edge with its evidence.
 * Nodes and edges are numbered from 0 in the order they were added; these
 * numbers are igraph's vertex and edge ids.  Records returned by
 * geokg_graph_node() and geokg_graph_edge() are read-only views into the
 * graph, valid until the graph is next modified or freed.
 */
typedef struct geokg_graph geokg_graph;

/* A role a person holds: "president" of "RUS" from start to end. */
typedef struct geokg_role {
	const char *role;  /* normalised role word: "president", "foreign minister" */
	const char *of;    /* country or organisation id */
	const char *start; /* date or NULL when unknown */
	const char *end;   /* date or NULL while still held */
	const char *note;  /* free comment (an uncertain date, say) or NULL */
} geokg_role;

typedef struct geokg_node {
	const char *id;       /* RUS, NATO, vladimir-putin */
	geokg_kind kind;
	const char *name;     /* canonical name */
	const char *country;  /* persons: the state they act for; else NULL */
	size_t n_aliases;
	const char *const *aliases;   /* other names and spellings */
	size_t n_demonyms;
	const char *const *demonyms;  /* countries: Russian, Russians */
	size_t n_metonyms;
	const char *const *metonyms;  /* capitals and seats: Moscow, the Kremlin */
	size_t n_ambiguous;
	const char *const *ambiguous; /* names above that need context */
	size_t n_roles;
	const geokg_role *roles;
} geokg_node;

/* One mention supporting an edge. */
typedef struct geokg_evidence {
	const char *doc;   /* document id */
	const char *date;  /* document date or NULL */
	long sentence;     /* sentence number in the document, from 0 */
	long start, end;   /* byte span of the sentence in the input */
	const char *text;  /* the sentence text, or NULL */
} geokg_evidence;

typedef struct geokg_edge {
	size_t source, target; /* node numbers */
	geokg_type type;
	geokg_modality modality;
	const char *object;    /* "ballistic missiles", or NULL */
	const char *location;  /* "Vladivostok", or NULL */
	const char *first_seen, *last_seen; /* from evidence dates, or NULL */
	size_t weight;         /* distinct documents in the evidence */
	size_t n_evidence;
	const geokg_evidence *evidence; /* in the order added; the writer sorts */
} geokg_edge;

/* Create an empty graph in *out.  Fails only for lack of memory. */
int geokg_graph_new(geokg_graph **out, geokg_error *err);
void geokg_graph_free(geokg_graph *g);

size_t geokg_graph_node_count(const geokg_graph *g);
size_t geokg_graph_edge_count(const geokg_graph *g);
/* Node or edge number i (i < count), borrowed. */
const geokg_node *geokg_graph_node(const geokg_graph *g, size_t i);
const geokg_edge *geokg_graph_edge(const geokg_graph *g, size_t i);
/* The number of the node with this id, or -1. */
long geokg_graph_find(const geokg_graph *g, const char *id);

/*
 * Add a node, or unite it with the node of the same id: aliases, demonyms,
 * metonyms, ambiguous names and roles are united as sets; when the names
 * differ the smaller (strcmp) becomes the name and the other an alias, and
 * likewise for a person's country (the other is dropped).  The rule makes
 * merging commutative.  *index (may be NULL) receives the node's number.
 * Fails with GEOKG_EINVAL for an empty id, a bad kind, a kind that differs
 * from the existing node's, or a person without a country.
 */
int geokg_graph_add_node(geokg_graph *g, const geokg_node *node,
                         size_t *index, geokg_error *err);

/*
 * Add an observation of an edge: joins the edge with the same (source,
 * target, type, modality), or creates it; the evidence (may be NULL) joins
 * the edge's evidence unless one with the same (doc, sentence, start, end)
 * is there.  `object` and `location` (may be NULL) keep the smaller value
 * (strcmp) when two differ.  *index (may be NULL) receives the edge number.
 */
int geokg_graph_add_edge(geokg_graph *g, size_t source, size_t target,
                         geokg_type type, geokg_modality modality,
                         const char *object, const char *location,
                         const geokg_evidence *ev, size_t *index,
                         geokg_error *err);

/*
 * Unite `src` into `dst`: nodes by id, edges by (source, target, type,
 * modality), evidence by (doc, sentence, start, end).  The result's
 * canonical bytes do not depend on the order of merges.  `on_conflict`
 * (may be NULL) is told of each node whose data differed ("name 'A' vs
 * 'B'").
 */
typedef void (*geokg_conflict_fn)(void *ctx, const char *id, const char *what);
int geokg_graph_merge(geokg_graph *dst, const geokg_graph *src,
                      geokg_conflict_fn on_conflict, void *ctx,
                      geokg_error *err);

/*
 * Read a graph in the native JSON format from a file ("-" is standard
 * input) or a buffer.  `name` is used in messages.  Validation failures
 * give GEOKG_EINVAL with "name:line:col: what"; nothing is returned then.
 */
int geokg_graph_load(geokg_graph **out, const char *path, geokg_error *err);
int geokg_graph_load_buffer(geokg_graph **out, const char *buf, size_t len,
                            const char *name, geokg_error *err);

/* Output flags. */
enum {
	GEOKG_WRITE_ONELINE = 1 /* the whole graph on one line (JSON Lines) */
};

/*
 * Write the graph in canonical form: nodes sorted by id, edges by (source
 * id, target id, type, modality), evidence sorted; same graph, same bytes.
 * geokg_graph_save writes atomically (a temporary file in the same
 * directory, then rename); "-" is standard output.
 */
int geokg_graph_write(const geokg_graph *g, FILE *f, unsigned flags,
                      geokg_error *err);
int geokg_graph_save(const geokg_graph *g, const char *path, unsigned flags,
                     geokg_error *err);
/* The canonical bytes in a malloc'd, NUL-terminated *out (free()). */
int geokg_graph_dump(const geokg_graph *g, unsigned flags, char **out,
                     size_t *len, geokg_error *err);

/* ------------------------------------------------------------------ */
/* Extraction                                                         */
/* ------------------------------------------------------------------ */

/*
 * An extractor: the actors of a world graph (names, aliases, demonyms,
 * capitals and seats of government, people's dated roles) compiled into
 * lookup tables, and the rules that turn sentences into typed edges.
 * Build it once; geokg_extract() may then be called from any number of
 * threads at once on the same extractor (it keeps no state between calls).
 */
typedef struct geokg_extractor geokg_extractor;

/* Compile the actors of `world` (copied; the caller keeps it). */
int geokg_extractor_new(geokg_extractor **out, const geokg_graph *world,
                        geokg_error *err);
void geokg_extractor_free(geokg_extractor *x);

/* One article.  `text` need not be NUL-terminated; `date` may be NULL. */
typedef struct geokg_document {
	const char *id;   /* evidence "doc"; NULL gives "-" */
	const char *date; /* "YYYY-MM-DD" or NULL: resolves role phrases */
	const char *text;
	size_t len;
} geokg_document;

/* What an extraction saw, for warnings and statistics. */
typedef struct geokg_extract_info {
	size_t invalid_bytes; /* invalid UTF-8 bytes replaced by U+FFFD */
	size_t sentences;
	size_t tokens;
	size_t mentions;      /* actor mentions found */
	size_t relations;     /* edge observations added */
} geokg_extract_info;

/*
 * Extract the article's graph into *out: a node for every actor that takes
 * part in an edge, and the edges with modality, object, location and
 * evidence (sentence number, byte span of the sentence in `text`, the
 * cleaned sentence).  `info` (may be NULL) receives counts.  Fails with
 * GEOKG_EINVAL "not text" for input holding a NUL byte, and for a
 * malformed date.  Safe to call concurrently on one extractor.
 */
int geokg_extract(geokg_graph **out, const geokg_extractor *x,
                  const geokg_document *doc, geokg_extract_info *info,
                  geokg_error *err);

/* ------------------------------------------------------------------ */
/* Statistics                                                         */
/* ------------------------------------------------------------------ */

typedef struct geokg_stats {
	size_t nodes, edges, evidence, documents;
	size_t by_kind[GEOKG_KIND_COUNT];
	size_t by_type[GEOKG_TYPE_COUNT];
	size_t by_modality[GEOKG_MOD_COUNT];
} geokg_stats;

/* Count nodes, edges and distinct documents.  This function can't fail. */
void geokg_graph_stats(const geokg_graph *g, geokg_stats *out);

/*
 * The degree (edges in and out, loops counted once) of every node in a
 * malloc'd array of node_count entries (free()).
 */
int geokg_graph_degrees(const geokg_graph *g, size_t **out, geokg_error *err);

/* ------------------------------------------------------------------ */
/* Filters (shared by queries and export)                             */
/* ------------------------------------------------------------------ */

/*
 * Which edges a query or an export sees.  A zeroed filter passes every
 * edge.  `types` and `modalities` are bit sets (1u << GEOKG_TYPE_MEETS,
 * ...), 0 meaning all.  With `since` or `until` (dates, inclusive) an edge
 * passes only when one of its evidence records is dated in the window.
 */
typedef struct geokg_filter {
	unsigned types;
	unsigned modalities;
	const char *since, *until;
	size_t min_weight;
} geokg_filter;

/*
 * Every modality but negated, as a `modalities` set: what the query
 * commands (path, neighbors, match, rank) see unless told otherwise, since
 * a relation the news denies ("A did not meet B") links nobody.  The
 * library's own default stays the zeroed filter (every edge).
 */
#define GEOKG_MODALITIES_NOT_NEGATED \
	(((1u << GEOKG_MOD_COUNT) - 1) & ~(1u << GEOKG_MOD_NEGATED))

/* Whether edge number e of g passes f (1) or not (0). */
int geokg_filter_edge(const geokg_filter *f, const geokg_graph *g, size_t e);

/*
 * Parse a comma-separated list into f: geokg_filter_set_types("meets,
 * supplies"), geokg_filter_set_modalities("asserted" | "any" |
 * "expected,possible"; "any" is every modality, negated too).  An unknown
 * word is GEOKG_EINVAL naming it.
 * geokg_filter_set_date checks a YYYY-MM-DD date and stores the pointer
 * (borrowed: keep the string alive while the filter is used).
 */
int geokg_filter_set_types(geokg_filter *f, const char *list, geokg_error *err);
int geokg_filter_set_modalities(geokg_filter *f, const char *list,
                                geokg_error *err);
int geokg_filter_set_date(const char **field, const char *date,
                          geokg_error *err);

/* ------------------------------------------------------------------ */
/* GDELT import                                                       */
/* ------------------------------------------------------------------ */

/* Told of a problem that does not stop the work (a skipped row, a
 * skipped document): one line, "file:line: what". */
typedef void (*geokg_warn_fn)(void *ctx, const char *message);

typedef struct geokg_gdelt_stats {
	size_t rows;     /* data rows read (the sum of the four below) */
	size_t events;   /* rows that became an edge observation */
	size_t ignored;  /* rows of other CAMEO codes, or without two actors */
	size_t unknown;  /* rows whose actor is not a node of the world graph */
	size_t bad;      /* rows skipped as malformed (reported to warn) */
} geokg_gdelt_stats;

/*
 * Add the events of a GDELT 1.0 (57 or 58 columns) or 2.0 (61 columns)
 * event table to g: tab- or comma-separated (told by the first line),
 * with a header line (columns found by name) or without (columns by
 * count).  CAMEO codes map to edges as doc/format.md ("GDELT import")
 * says; actor country codes (CAMEO, mostly ISO alpha-3) and known IGO
 * codes become nodes whose records come from `world` (may be NULL: the
 * node is named by its id); with a world, events of actors it does not
 * know are counted in `unknown` and skipped.  Each event is evidence
 * {doc: SOURCEURL or "gdelt:ID", date: SQLDATE, sentence 0, span 0-0,
 * text: "gdelt:ID CAMEO CODE"}.  A row with the wrong number of columns
 * or a bad date goes to `warn` (may be NULL) as "name:line: ..." and is
 * skipped.  Fails (GEOKG_EINVAL) when the layout cannot be told or a
 * needed column is missing from the header, naming it; g may then hold
 * the rows before the failure.  `st` (may be NULL) receives counts.
 */
int geokg_gdelt_import(geokg_graph *g, const char *path,
                       const geokg_graph *world, geokg_warn_fn warn,
                       void *ctx, geokg_gdelt_stats *st, geokg_error *err);
int geokg_gdelt_import_buffer(geokg_graph *g, const char *buf, size_t len,
                              const char *name, const geokg_graph *world,
                              geokg_warn_fn warn, void *ctx,
                              geokg_gdelt_stats *st, geokg_error *err);

/* Whether an evidence record came from a GDELT import (its doc or text
 * starts with "gdelt:"), for telling coded events from extraction. */
int geokg_evidence_is_gdelt(const geokg_evidence *ev);

/* ------------------------------------------------------------------ */
/* ---- Export ---- */
/* ------------------------------------------------------------------ */

/*
 * Views: the part of a graph an export (or any caller) looks at.  A
 * zeroed view is the whole graph.  Actors are named by id, name or alias
 * (case-insensitive for names and aliases).
 *
 *  - `filter` chooses the edges; when it restricts anything, actors left
 *    without an edge are dropped too (unless a focus or path names them).
 *  - `focus` (with `depth` hops, over edges passing the filter, in either
 *    direction): the neighbourhood of one actor.
 *  - `from` and `to`: a shortest path between two actors (in either
 *    direction; geokg_paths_find's), the actors one hop from it and the
 *    edges that touch it.
 *  - `top` > 0: the `top` actors with the most edges passing the filter;
 *    with a focus or a path, the actors of the focus or path are always
 *    kept and at most `top` others, the most connected, are added.
 * Edges in a view are the edges passing the filter between its actors
 * (for a path, those touching it).
 */
typedef struct geokg_view {
	geokg_filter filter;
	const char *focus;
	size_t depth;
	const char *from, *to;
	size_t top;
} geokg_view;

/*
 * The subgraph that view v selects from g, as a new graph in *out (nodes,
 * edges and evidence copied).  GEOKG_ENOTFOUND for an unknown actor or
 * when `to` cannot be reached from `from`; GEOKG_EAMBIGUOUS when a name
 * matches several actors; GEOKG_EINVAL for `from` without `to`.
 */
int geokg_view_select(geokg_graph **out, const geokg_graph *g,
                      const geokg_view *v, geokg_error *err);

typedef enum geokg_format {
	GEOKG_FORMAT_DOT = 0,   /* Graphviz DOT, styled, not laid out */
	GEOKG_FORMAT_SVG,       /* laid out and rendered by Graphviz */
	GEOKG_FORMAT_PNG,
	GEOKG_FORMAT_PDF,
	GEOKG_FORMAT_GRAPHML,   /* every node and edge attribute */
	GEOKG_FORMAT_CSV,       /* two files, PREFIX-nodes.csv, PREFIX-edges.csv */
	GEOKG_FORMAT_CSV_NODES, /* Gephi's node table: Id,Label,... */
	GEOKG_FORMAT_CSV_EDGES, /* Gephi's edge table: Source,Target,Type,... */
	GEOKG_FORMAT_JSON,      /* the native format */
	GEOKG_FORMAT_COUNT
} geokg_format;

/* "dot", "svg", ..., "csv-nodes", "csv-edges", "json"; parse gives -1 for
 * an unknown name. */
const char *geokg_format_name(geokg_format f);
int geokg_format_parse(const char *s);

typedef enum geokg_layout {
	GEOKG_LAYOUT_AUTO = 0, /* dot for small views (below), else sfdp */
	GEOKG_LAYOUT_DOT,      /* layered; ranks from a BFS spanning forest */
	GEOKG_LAYOUT_SFDP,     /* force-directed, overlap=prism */
	GEOKG_LAYOUT_NEATO,
	GEOKG_LAYOUT_FDP,
	GEOKG_LAYOUT_CIRCO,
	GEOKG_LAYOUT_TWOPI,
	GEOKG_LAYOUT_COUNT
} geokg_layout;
const char *geokg_layout_name(geokg_layout l);
int geokg_layout_parse(const char *s);

/*
 * The largest views (in actors) the automatic layout gives to dot: a
 * focus or path view (its ranks are hops from the focus, a tidy tree), and
 * any other view (dot draws an overview of a cyclic graph tall and
 * tangled beyond a few dozen actors, where sfdp stays readable).  Larger
 * views go to sfdp with overlap=prism.
 */
#define GEOKG_EXPORT_DOT_MAX 150
#define GEOKG_EXPORT_DOT_OVERVIEW_MAX 30

/* Views with more edges than this have no edge labels (colour, line and
 * tooltip still tell the type, modality and object). */
#define GEOKG_EXPORT_EDGE_LABELS_MAX 24

enum {
	GEOKG_EXPORT_NO_LEGEND = 1 /* drawings: leave the legend out */
};

typedef struct geokg_export_options {
	geokg_format format;
	geokg_layout layout;
	geokg_view view;
	unsigned flags;
} geokg_export_options;

/*
 * Export the view o->view of g in o->format into a malloc'd buffer *out
 * of *len bytes (free()); text formats are NUL-terminated.  Every format
 * but GEOKG_FORMAT_CSV (two files: use geokg_export_save).  Besides the
 * view's errors: GEOKG_EINVAL for an unknown format or layout,
 * GEOKG_EINTERNAL when Graphviz fails or lacks the format.  Drawing uses
 * Graphviz's global state (one context kept for the process): do not
 * export from two threads at once.
 */
int geokg_export_dump(const geokg_graph *g, const geokg_export_options *o,
                      char **out, size_t *len, geokg_error *err);

/*
 * Export to a file, atomically (a temporary file, then rename); "-" is
 * standard output.  GEOKG_FORMAT_CSV writes PREFIX-nodes.csv and
 * PREFIX-edges.csv, where PREFIX is path without a final ".csv"; it
 * cannot go to standard output.
 */
int geokg_export_save(const geokg_graph *g, const geokg_export_options *o,
                      const char *path, geokg_error *err);

/* ------------------------------------------------------------------ */
/* ---- Queries ---- (src/query.c, src/pattern.c)                      */
/* ------------------------------------------------------------------ */

/*
 * Resolve an actor phrase to one node: its id; else what the name index
 * of geokg_actors_resolve() finds (names, aliases, demonyms, metonyms,
 * role phrases such as "the Russian president", titles), keeping the
 * matches reached the best way and, of role holders, those still in the
 * role; else a name or alias ignoring ASCII case; else what the same
 * index of the world graph (geokg_world_load() with no path, read once
 * per process) finds among g's nodes, so that "the Russian president" or
 * "Moscow" name actors of extracted graphs, whose nodes carry no roles,
 * demonyms or metonyms (no world graph: this step finds nothing).  Unknown:
 * GEOKG_ENOTFOUND, "no actor 'X' in the graph (closest: A (a), B (b))",
 * or when the world graph knows X, "no actor 'X' in the graph (the world
 * graph's Name (id) is not in it; closest: ...)".
 * Several: GEOKG_EAMBIGUOUS, "'X' names 2 actors: A (a), B (b)".  The name
 * index is built on first use and kept with the graph until its nodes
 * change.
 */
int geokg_query_actor(const geokg_graph *g, const char *phrase, size_t *node,
                      geokg_error *err);

/*
 * The strongest evidence of an edge, the one to show: a record with text
 * before one without, then the latest date, then the smallest (doc,
 * sentence).  NULL when the edge has none.
 */
const geokg_evidence *geokg_edge_best_evidence(const geokg_edge *e);

/*
 * Compare edges by strength: more documents first, then modality
 * (asserted first), then type, then edge number.  <0 when a is stronger.
 */
int geokg_edge_strength_cmp(const geokg_graph *g, size_t a, size_t b);

/* One hop of a path, walked from `from` to `to`. */
typedef struct geokg_hop {
	size_t from, to;  /* node numbers */
	size_t edge;      /* the strongest edge between them that passes */
	size_t n_edges;   /* how many edges between them pass (>= 1) */
	int backward;     /* the edge is walked from its target to its source */
} geokg_hop;

typedef struct geokg_path {
	size_t n_hops;
	geokg_hop *hops;
} geokg_path;

typedef struct geokg_paths {
	size_t n;
	geokg_path *paths;  /* shortest first */
	int truncated;      /* more paths exist than the limit allowed */
} geokg_paths;

typedef enum geokg_path_mode {
	GEOKG_PATH_SHORTEST = 0, /* one shortest path */
	GEOKG_PATH_ALL_SHORTEST, /* every shortest path */
	GEOKG_PATH_K_SHORTEST,   /* the k shortest simple paths (Yen) */
	GEOKG_PATH_MAX_HOPS      /* every simple path of at most max_hops hops */
} geokg_path_mode;

/*
 * A path question.  Paths are sequences of actors; a hop may use any edge
 * between its two actors that passes the filter (NULL: every edge), and
 * reports the strongest.  Undirected unless `directed`, when edges are
 * followed from source to target, except `meets`, which is symmetric.
 * `limit` bounds the paths of ALL_SHORTEST and MAX_HOPS (0: 1000).
 */
typedef struct geokg_path_query {
	size_t from, to;
	geokg_path_mode mode;
	int directed;
	size_t k, max_hops, limit;
	const geokg_filter *filter;
} geokg_path_query;

/*
 * Answer a path question in *out (no path: 0 paths, not an error).
 * Filters apply during the search, which goes from both ends at once.
 * The first call on a graph builds an adjacency index that later calls
 * reuse while the graph is not changed.
 */
int geokg_paths_find(const geokg_graph *g, const geokg_path_query *q,
                     geokg_paths **out, geokg_error *err);
void geokg_paths_free(geokg_paths *p);

typedef enum geokg_direction {
	GEOKG_DIR_BOTH = 0,
	GEOKG_DIR_OUT,   /* edges from the actor (and meets) */
	GEOKG_DIR_IN     /* edges to the actor (and meets) */
} geokg_direction;

/* The actors within `depth` hops of a centre and the edges walked. */
typedef struct geokg_neighborhood {
	size_t n_nodes;
	size_t *nodes;   /* reached actors, not the centre: by depth, then number */
	size_t *depth;   /* depth of nodes[i] (1..) */
	size_t n_edges;
	size_t *edges;   /* by type, then canonical edge order */
} geokg_neighborhood;

int geokg_neighbors(const geokg_graph *g, size_t node, size_t depth,
                    geokg_direction dir, const geokg_filter *f,
                    geokg_neighborhood **out, geokg_error *err);
void geokg_neighborhood_free(geokg_neighborhood *n);

/*
 * The edges that pass f, from node `from` to node `to` (-1: any; a meets
 * edge matches either way round), in canonical order: a malloc'd array
 * (free()) of *n edge numbers.
 */
int geokg_edges_select(const geokg_graph *g, const geokg_filter *f,
                       long from, long to, size_t **out, size_t *n,
                       geokg_error *err);

typedef enum geokg_rank_by {
	GEOKG_RANK_DEGREE = 0,  /* edges that pass, in and out */
	GEOKG_RANK_PAGERANK,    /* igraph PageRank, weighted by documents */
	GEOKG_RANK_BETWEENNESS  /* igraph betweenness, undirected */
} geokg_rank_by;

typedef struct geokg_ranked {
	size_t node;
	double score;
} geokg_ranked;

/* Score every actor on the edges that pass f: a malloc'd array (free())
 * of node_count entries, highest score first (ties by id). */
int geokg_rank(const geokg_graph *g, geokg_rank_by by, const geokg_filter *f,
               geokg_ranked **out, geokg_error *err);

/*
 * Patterns: typed chains of actors and variables, documented in geokg(1):
 *   ?a -supplies-> ?b -threatens-> USA      ?x -sanctions|threatens-> RUS
 *   ?x -meets- "Kim Jong Un"                ?x <-supplies- IRN
 * A parse error is GEOKG_EINVAL "pattern:1:COL: what was expected".
 */
typedef struct geokg_pattern geokg_pattern;
int geokg_pattern_parse(const char *text, geokg_pattern **out,
                        geokg_error *err);
void geokg_pattern_free(geokg_pattern *p);
/* Terms (actors and variables) and their text ("?a", "USA"). */
size_t geokg_pattern_terms(const geokg_pattern *p);
const char *geokg_pattern_term(const geokg_pattern *p, size_t i);
int geokg_pattern_is_variable(const geokg_pattern *p, size_t i);

/* One way the pattern matches: a node per term and, per relation
 * (between term i and i+1), the edges that match, strongest first. */
typedef struct geokg_binding {
	size_t *nodes;
	size_t *n_edges;
	size_t **edges;
} geokg_binding;

typedef struct geokg_matches {
	size_t n, n_terms;
	geokg_binding *b;  /* sorted by the ids of the terms' actors */
	int truncated;     /* more bindings than the limit */
} geokg_matches;

/*
 * Every binding of p in g over the edges that pass f (at most `limit`;
 * 0: 1000).  Distinct terms bind distinct actors.  An actor of the
 * pattern that is not in the graph fails like geokg_query_actor().
 */
int geokg_pattern_match(const geokg_graph *g, const geokg_pattern *p,
                        const geokg_filter *f, size_t limit,
                        geokg_matches **out, geokg_error *err);
void geokg_matches_free(geokg_matches *m);

/* ------------------------------------------------------------------ */
/* Ingest                                                             */
/* ------------------------------------------------------------------ */

/*
 * The documents a corpus graph already holds, by id and content hash, so
 * that ingesting a document again changes nothing and costs nothing.  It
 * lives next to the graph as GRAPH.docs (doc/format.md, "Known
 * documents").
 */
typedef struct geokg_docset geokg_docset;

int geokg_docset_new(geokg_docset **out, geokg_error *err);
void geokg_docset_free(geokg_docset *d);
/* The number of documents known. */
size_t geokg_docset_count(const geokg_docset *d);

/*
 * Open the corpus graph at `path` for adding to: *g is the graph (empty
 * when the file does not exist) and *docs its known documents (empty when
 * GRAPH.docs is missing, or was written for another version of the graph
 * file: then every document is extracted again, which merging makes
 * harmless).  Fails as geokg_graph_load() does.
 */
int geokg_corpus_open(geokg_graph **g, geokg_docset **docs, const char *path,
                      geokg_error *err);
/* Write the graph to `path` and its known documents to path.docs, each
 * atomically, the graph first. */
int geokg_corpus_save(const geokg_graph *g, const geokg_docset *docs,
                      const char *path, geokg_error *err);

/* Turn one document into its graph (*out, the caller's); the extractor in
 * practice.  Called from several threads at once. */
typedef int (*geokg_extract_fn)(void *ctx, const char *id, const char *date,
                                const char *text, size_t len,
                                geokg_graph **out, geokg_error *err);

typedef struct geokg_ingest_progress {
	size_t files;         /* input files found */
	size_t docs;          /* documents extracted and merged */
	size_t known;         /* documents skipped: known by id and hash */
	size_t failed;        /* documents reported and skipped */
	size_t bad_paths;     /* paths reported and skipped */
	size_t bytes_done, bytes_total; /* input bytes */
} geokg_ingest_progress;

typedef struct geokg_ingest_options {
	unsigned threads;     /* worker threads; 0: one per core */
	geokg_extract_fn extract;
	void *extract_ctx;
	/* CSV and TSV files: the column(s) of the text (comma-separated
	 * names, joined by a blank line), of the id and of the date, by
	 * header name, or by number from 1 with no_header. */
	const char *text_column, *id_column, *date_column;
	int no_header;
	/* Told of each skipped path or document ("file:line: what"); may be
	 * NULL.  Calls are serialised. */
	geokg_warn_fn warn;
	void *warn_ctx;
	/* Told of progress now and then, and once at the end; may be NULL.
	 * Calls are serialised. */
	void (*progress)(void *ctx, const geokg_ingest_progress *p);
	void *progress_ctx;
} geokg_ingest_options;

/*
 * Extract the documents under `paths` and merge them into g, recording
 * them in `docs`: plain files are one document each (id = the path), a
 * directory is walked recursively (its .txt, .jsonl, .csv and .tsv files,
 * hidden names skipped; symbolic links followed, each directory walked
 * once), .jsonl files (and "-", standard input) hold one document per line
 * ({"id", "date", "text"}), .csv / .tsv files one per row (needs
 * text_column; without id_column a row is known as "FILE:ROW").  A
 * document whose id and content hash are in `docs` is skipped.  Unreadable
 * paths and failing documents go to `warn` and are skipped.  The result
 * does not depend on the number of threads.  Fails (GEOKG_EINVAL) before
 * extracting anything when a CSV file lacks a named column, naming it.
 * `summary` (may be NULL) receives the final counts.
 */
int geokg_ingest(geokg_graph *g, geokg_docset *docs,
                 const char *const *paths, size_t n_paths,
                 const geokg_ingest_options *opt,
                 geokg_ingest_progress *summary, geokg_error *err);
/* ---- World: actors and roles ----                                  */
/* ------------------------------------------------------------------ */

/*
 * The world graph (graphs/world.json, installed as $(pkgdatadir)/
 * world.json) holds the countries, organisations and people that geokg
 * knows, with their names and the roles people held.  doc/world.md
 * describes it.
 *
 * Locate it: `path` when not NULL, else $GEOKG_WORLD, else the build
 * tree's graphs/world.json next to the running program (for a binary run
 * uninstalled), else the installed one.  *out is a malloc'd path (free()).
 * GEOKG_ENOTFOUND names every path tried.  geokg_world_load() locates and
 * loads it.
 */
int geokg_world_locate(const char *path, char **out, geokg_error *err);
int geokg_world_load(geokg_graph **out, const char *path, geokg_error *err);

/*
 * The canonical role word for what news writes: "premier" -> "prime
 * minister", "U.S. secretary of state"'s "secretary of state" -> "foreign
 * minister", "spokeswoman" -> "spokesperson", "UN ambassador" ->
 * "ambassador to the UN".  Case, accents, dots and hyphens do not matter.
 * Returns a static string, or NULL when the words are not a known role.
 */
const char *geokg_role_normalize(const char *words);
/* Whether a canonical role is held by one person at a time (president,
 * foreign minister) rather than several (foreign ministry spokesperson). */
int geokg_role_single(const char *role);
/* Whether role r was held on date (start <= date < end; a missing start or
 * end is open).  A NULL date counts as "at some time": always 1. */
int geokg_role_active(const geokg_role *r, const char *date);

/*
 * The key under which a name is looked up: Unicode compatibility
 * normalised, accents removed, case folded, dots, apostrophes and a
 * possessive 's dropped, hyphens and other punctuation turned into single
 * spaces, a leading "the" dropped.  "the U.S.'s" -> "us", "Kim Jong-un" ->
 * "kim jong un", "Türkiye" -> "turkiye".  *out is malloc'd (free()).
 * Fails with GEOKG_EINVAL for invalid UTF-8.
 */
int geokg_name_key(const char *name, char **out, geokg_error *err);

/*
 * An index over the names and roles of a graph's nodes: any graph (the
 * world graph, a corpus graph), with or without roles.  The graph is
 * borrowed: it must outlive the index and not change while it is used.
 *
 * Short all-capital names (US, UN, EU, WHO: three letters or fewer) match
 * only when written in capitals, so "us" and "who" name nothing.
 */
typedef struct geokg_actors geokg_actors;

int geokg_actors_new(geokg_actors **out, const geokg_graph *g,
                     geokg_error *err);
void geokg_actors_free(geokg_actors *ix);

/* How a phrase reached a node. */
typedef enum geokg_how {
	GEOKG_HOW_ID = 0,   /* its id: "RUS", "vladimir-putin" */
	GEOKG_HOW_NAME,     /* its canonical name */
	GEOKG_HOW_ALIAS,    /* another name or spelling: "Burma", "Zelenskyy" */
	GEOKG_HOW_DEMONYM,  /* "Russian", "North Koreans" */
	GEOKG_HOW_METONYM,  /* "Moscow", "the Kremlin" */
	GEOKG_HOW_ROLE,     /* a role phrase: "the Russian president" */
	GEOKG_HOW_TITLE,    /* a title before a name: "President Putin" */
	GEOKG_HOW_SURNAME   /* geokg_actors_surname(): "Putin" in a graph
	                       that knows only "Vladimir Putin" */
} geokg_how;

/* "id", "name", "alias", ..., "surname" */
const char *geokg_how_name(geokg_how how);

/* One node a phrase can mean.  Pointers are borrowed from the graph. */
typedef struct geokg_match {
	size_t node;             /* node number in the indexed graph */
	geokg_how how;
	int ambiguous;           /* the matched name is marked as needing context */
	int active;              /* a date was given and the node is a person
	                            holding some role on it (ROLE: always 1) */
	const char *form;        /* the stored name that matched, or the role's
	                            canonical word for ROLE */
	const geokg_role *role;  /* ROLE and TITLE: the role record; else NULL */
} geokg_match;

/*
 * Resolve a phrase to the nodes it can mean, in *out (malloc'd array,
 * free()) with *n entries: by id, name, alias, demonym or metonym
 * (case- and accent-insensitive, "the" optional); else as a role phrase
 * ("the Russian president", "Japan's foreign minister", "the president
 * of France", "UN Secretary-General": the holders on `date`, or everyone
 * who ever held the role when date is NULL); else as a title and a name
 * ("Foreign Minister Lavrov").  Each node appears once; the order is the
 * best match first (how, then active persons, then id).  No match is not
 * an error: *n is 0.  Fails with GEOKG_EINVAL for a bad date or invalid
 * UTF-8, GEOKG_ELIMIT for a phrase of 500 bytes or 64 words or more.
 */
int geokg_actors_resolve(const geokg_actors *ix, const char *phrase,
                         const char *date, geokg_match **out, size_t *n,
                         geokg_error *err);

/*
 * The persons whose surname is `word`, a fallback for a word that
 * geokg_actors_resolve() does not know ("Putin" in a graph that names only
 * "Vladimir Putin"): the last word of a person's name, or for Chinese,
 * Taiwanese and Korean names the first (and the last when longer than two
 * letters).  As SURNAME matches, all ambiguous when there are several;
 * none for a phrase of several words.  Fails like geokg_actors_resolve().
 */
int geokg_actors_surname(const geokg_actors *ix, const char *word,
                         const char *date, geokg_match **out, size_t *n,
                         geokg_error *err);

/*
 * Who held `role` (canonical or news words: "premier") of node `of` (an
 * id: "RUS", "UN") on `date` (NULL: ever), in *out and *n as ROLE matches,
 * ordered by start date.  An unknown role word is GEOKG_EINVAL.
 */
int geokg_actors_holders(const geokg_actors *ix, const char *role,
                         const char *of, const char *date,
                         geokg_match **out, size_t *n, geokg_error *err);

/*
 * Up to `max` known names closest to `phrase` by edit distance (at most
 * a third of its length, and at least 2), closest first: *out is a
 * malloc'd array (free() it, not the strings, which are borrowed from the
 * graph) of *n names.
 */
int geokg_actors_suggest(const geokg_actors *ix, const char *phrase,
                         size_t max, const char ***out, size_t *n,
                         geokg_error *err);

#ifdef __cplusplus
}
#endif
#endif /* GEOKG_H */
