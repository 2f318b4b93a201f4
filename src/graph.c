/*
 * graph.c - the graph model: actors and typed edges with evidence, in
 * geokg's own arrays, with the topology mirrored in an igraph directed
 * multigraph.  Also the vocabulary (kinds, types, modalities) and the
 * error strings.  JSON reading and writing live in graph_json.c.
 */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "graph_impl.h"

/* ---- vocabulary ---------------------------------------------------- */

static const char *const kind_names[GEOKG_KIND_COUNT] = {
	"country", "org", "person"};
static const char *const type_names[GEOKG_TYPE_COUNT] = {
	"meets", "supplies", "threatens", "sanctions"};
static const char *const modality_names[GEOKG_MOD_COUNT] = {
	"asserted", "expected", "possible", "requested", "conditional",
	"negated"};

static int lookup(const char *const *names, int n, const char *s)
{
	int i;

	for (i = 0; s && i < n; i++)
		if (strcmp(names[i], s) == 0)
			return i;
	return -1;
}

const char *geokg_kind_name(geokg_kind k)
{
	return (unsigned)k < GEOKG_KIND_COUNT ? kind_names[k] : "?";
}

const char *geokg_type_name(geokg_type t)
{
	return (unsigned)t < GEOKG_TYPE_COUNT ? type_names[t] : "?";
}

const char *geokg_modality_name(geokg_modality m)
{
	return (unsigned)m < GEOKG_MOD_COUNT ? modality_names[m] : "?";
}

int geokg_kind_parse(const char *s)
{
	return lookup(kind_names, GEOKG_KIND_COUNT, s);
}

int geokg_type_parse(const char *s)
{
	return lookup(type_names, GEOKG_TYPE_COUNT, s);
}

int geokg_modality_parse(const char *s)
{
	return lookup(modality_names, GEOKG_MOD_COUNT, s);
}

/* A valid proleptic Gregorian date written YYYY-MM-DD. */
int geokg_date_valid(const char *s)
{
	static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31,
	                            30, 31};
	int i, y, m, d;

	if (!s || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return 0;
	for (i = 0; i < 10; i++)
		if (i != 4 && i != 7 && !isdigit((unsigned char)s[i]))
			return 0;
	y = atoi(s);
	m = atoi(s + 5);
	d = atoi(s + 8);
	if (m < 1 || m > 12 || d < 1 || d > mdays[m - 1])
		return 0;
	if (m == 2 && d == 29 && !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)))
		return 0;
	return 1;
}

const char *geokg_strerror(int code)
{
	switch (code) {
	case GEOKG_OK: return "success";
	case GEOKG_ENOMEM: return "out of memory";
	case GEOKG_EINVAL: return "bad input";
	case GEOKG_EIO: return "input/output error";
	case GEOKG_ENOTFOUND: return "not found";
	case GEOKG_EAMBIGUOUS: return "ambiguous name";
	case GEOKG_ELIMIT: return "limit exceeded";
	case GEOKG_EINTERNAL: return "internal error";
	default: return "unknown error";
	}
}

const char *geokg_version(void)
{
	return PACKAGE_VERSION;
}

/* ---- igraph glue --------------------------------------------------- */

void geokg__igraph_init(void)
{
	/* Both setters are cheap and idempotent; igraph keeps them in
	 * globals (IGRAPH_THREAD_SAFE is 0 in Debian's build). */
	igraph_set_error_handler(igraph_error_handler_ignore);
	igraph_set_warning_handler(igraph_warning_handler_ignore);
}

int geokg__igraph_fail(geokg_error *err, igraph_error_t rc, const char *what)
{
	int code = rc == IGRAPH_ENOMEM ? GEOKG_ENOMEM : GEOKG_EINTERNAL;

	return geokg__fail(err, code, "%s: %s", what, igraph_strerror(rc));
}

/* Add the nodes and edges added since the last call to the igraph mirror,
 * in one call each. */
int geokg__graph_topology(const geokg_graph *cg, const igraph_t **out,
                          geokg_error *err)
{
	geokg_graph *g = (geokg_graph *)cg; /* fills a cache only */
	igraph_vector_int_t ev;
	igraph_error_t rc;
	size_t i;

	if (!g->topo_valid) {
		rc = igraph_empty(&g->topo, 0, IGRAPH_DIRECTED);
		if (rc)
			return geokg__igraph_fail(err, rc, "creating the graph");
		g->topo_valid = 1;
		g->topo_nodes = g->topo_edges = 0;
	}
	if (g->topo_nodes < g->n_nodes) {
		rc = igraph_add_vertices(&g->topo,
		                         (igraph_integer_t)(g->n_nodes - g->topo_nodes), NULL);
		if (rc)
			return geokg__igraph_fail(err, rc, "adding vertices");
		g->topo_nodes = g->n_nodes;
	}
	if (g->topo_edges < g->n_edges) {
		rc = igraph_vector_int_init(&ev, (igraph_integer_t)(2 * (g->n_edges - g->topo_edges)));
		if (rc)
			return geokg__igraph_fail(err, rc, "adding edges");
		for (i = g->topo_edges; i < g->n_edges; i++) {
			VECTOR(ev)[2 * (i - g->topo_edges)] = (igraph_integer_t)g->edges[i].pub.source;
			VECTOR(ev)[2 * (i - g->topo_edges) + 1] = (igraph_integer_t)g->edges[i].pub.target;
		}
		rc = igraph_add_edges(&g->topo, &ev, NULL);
		igraph_vector_int_destroy(&ev);
		if (rc)
			return geokg__igraph_fail(err, rc, "adding edges");
		g->topo_edges = g->n_edges;
	}
	*out = &g->topo;
	return 0;
}

/* ---- life cycle ---------------------------------------------------- */

int geokg_graph_new(geokg_graph **out, geokg_error *err)
{
	geokg_graph *g;

	*out = NULL;
	geokg__igraph_init();
	g = calloc(1, sizeof *g);
	if (!g)
		return geokg__nomem(err);
	g->max_nodes = GEOKG_GRAPH_MAX_NODES;
	g->max_edges = GEOKG_GRAPH_MAX_EDGES;
	*out = g;
	return 0;
}

void geokg_graph_free(geokg_graph *g)
{
	size_t i;

	if (!g)
		return;
	for (i = 0; i < g->n_nodes; i++) {
		geokg_node *n = &g->nodes[i].pub;

		free((void *)n->aliases);
		free((void *)n->demonyms);
		free((void *)n->metonyms);
		free((void *)n->ambiguous);
		free((void *)n->roles);
	}
	for (i = 0; i < g->n_edges; i++)
		if (!g->edges[i].ev_in_arena)
			free((void *)g->edges[i].pub.evidence);
	free(g->nodes);
	free(g->edges);
	geokg__map_free(&g->node_ids);
	geokg__map_free(&g->edge_keys);
	geokg__map_free(&g->ev_keys);
	geokg__map_free(&g->doc_keys);
	if (g->topo_valid)
		igraph_destroy(&g->topo);
	geokg__adj_free(g->adj);
	geokg_actors_free(g->actors);
	geokg__pool_free(&g->pool);
	geokg__arena_free(&g->texts);
	free(g);
}

size_t geokg_graph_node_count(const geokg_graph *g)
{
	return g->n_nodes;
}

size_t geokg_graph_edge_count(const geokg_graph *g)
{
	return g->n_edges;
}

const geokg_node *geokg_graph_node(const geokg_graph *g, size_t i)
{
	return i < g->n_nodes ? &g->nodes[i].pub : NULL;
}

const geokg_edge *geokg_graph_edge(const geokg_graph *g, size_t i)
{
	return i < g->n_edges ? &g->edges[i].pub : NULL;
}

long geokg_graph_find(const geokg_graph *g, const char *id)
{
	size_t v;

	if (!id || !geokg__map_get(&g->node_ids, id, strlen(id), &v))
		return -1;
	return (long)v;
}

const char *geokg__graph_str(geokg_graph *g, const char *s)
{
	return geokg__intern(&g->pool, s);
}

/* ---- nodes --------------------------------------------------------- */

/* Add the interned string s to a string set unless it is there or is
 * `except`.  Returns 0 or GEOKG_ENOMEM. */
static int set_add(const char *const **arr, size_t *n, size_t *cap,
                   const char *s, const char *except)
{
	size_t i;

	if (!s || s == except)
		return 0;
	for (i = 0; i < *n; i++)
		if ((*arr)[i] == s)
			return 0;
	if (geokg__grow((void *)arr, cap, *n + 1, sizeof **arr))
		return GEOKG_ENOMEM;
	((const char **)*arr)[(*n)++] = s;
	return 0;
}

/* Remove s from a string set, if present. */
static void set_remove(const char *const *arr, size_t *n, const char *s)
{
	const char **a = (const char **)arr;
	size_t i;

	for (i = 0; i < *n; i++)
		if (a[i] == s) {
			a[i] = a[--*n];
			return;
		}
}

/* Add every string of src (interned into g) to a string set. */
static int set_union(geokg_graph *g, const char *const **arr, size_t *n,
                     size_t *cap, const char *const *src, size_t nsrc,
                     const char *except)
{
	size_t i;

	for (i = 0; i < nsrc; i++) {
		const char *s = geokg__intern(&g->pool, src[i]);

		if (!s || set_add(arr, n, cap, s, except))
			return GEOKG_ENOMEM;
	}
	return 0;
}

static int role_same(const geokg_role *a, const geokg_role *b)
{
	return a->role == b->role && a->of == b->of && a->start == b->start &&
	       a->end == b->end && a->note == b->note;
}

/* Add the roles of src (interned into g) to rec's roles, as a set. */
static int roles_union(geokg_graph *g, node_rec *rec, const geokg_role *src,
                       size_t nsrc)
{
	size_t i, j;

	for (i = 0; i < nsrc; i++) {
		geokg_role r;

		r.role = geokg__intern(&g->pool, src[i].role);
		r.of = geokg__intern(&g->pool, src[i].of);
		r.start = geokg__intern(&g->pool, src[i].start);
		r.end = geokg__intern(&g->pool, src[i].end);
		r.note = geokg__intern(&g->pool, src[i].note);
		if (!r.role)
			return GEOKG_ENOMEM;
		for (j = 0; j < rec->pub.n_roles; j++)
			if (role_same(&rec->pub.roles[j], &r))
				break;
		if (j < rec->pub.n_roles)
			continue;
		if (geokg__grow(&rec->pub.roles, &rec->cap_roles,
		                rec->pub.n_roles + 1, sizeof r))
			return GEOKG_ENOMEM;
		((geokg_role *)rec->pub.roles)[rec->pub.n_roles++] = r;
	}
	return 0;
}

/* Check a node given to add_node. */
/* Whether every string of an array is there and valid UTF-8. */
static int strs_valid(const char *const *a, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!a[i] || !geokg__utf8_valid(a[i]))
			return 0;
	return 1;
}

static size_t max_len(size_t m, const char *s)
{
	size_t n = s ? strlen(s) : 0;

	return n > m ? n : m;
}

static size_t strs_longest(size_t m, const char *const *a, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		m = max_len(m, a[i]);
	return m;
}

/* The length of a node's longest name, id or role field (not notes,
 * which are text: GEOKG_TEXT_MAX). */
static size_t node_longest(const geokg_node *node)
{
	size_t m = max_len(max_len(max_len(0, node->id), node->name),
	                   node->country), i;

	m = strs_longest(m, node->aliases, node->n_aliases);
	m = strs_longest(m, node->demonyms, node->n_demonyms);
	m = strs_longest(m, node->metonyms, node->n_metonyms);
	m = strs_longest(m, node->ambiguous, node->n_ambiguous);
	for (i = 0; i < node->n_roles; i++) {
		const geokg_role *r = &node->roles[i];

		m = max_len(max_len(max_len(max_len(m, r->role), r->of), r->start),
		            r->end);
		if (max_len(0, r->note) > GEOKG_TEXT_MAX)
			return max_len(0, r->note);
	}
	return m;
}

/* Every string of a node must be valid UTF-8, or the graph could not be
 * written (the native format is JSON).  The id is checked first, so that
 * the other messages can name it. */
static int node_check_utf8(const geokg_node *node, geokg_error *err)
{
	size_t i;

	if ((i = node_longest(node)) > GEOKG_NAME_MAX)
		return geokg__fail(err, GEOKG_ELIMIT,
		                   "a node has a name or id of %zu bytes, over the "
		                   "limit of %d", i, GEOKG_NAME_MAX);

	if (!geokg__utf8_valid(node->id))
		return geokg__fail(err, GEOKG_EINVAL, "a node id is not valid UTF-8");
	if (!geokg__utf8_valid(node->name) || !geokg__utf8_valid(node->country) ||
	    !strs_valid(node->aliases, node->n_aliases) ||
	    !strs_valid(node->demonyms, node->n_demonyms) ||
	    !strs_valid(node->metonyms, node->n_metonyms) ||
	    !strs_valid(node->ambiguous, node->n_ambiguous))
		return geokg__fail(err, GEOKG_EINVAL,
		                   "node '%s': a name is missing or not valid UTF-8",
		                   node->id);
	for (i = 0; i < node->n_roles; i++) {
		const geokg_role *r = &node->roles[i];

		if (!geokg__utf8_valid(r->role) || !geokg__utf8_valid(r->of) ||
		    !geokg__utf8_valid(r->start) || !geokg__utf8_valid(r->end) ||
		    !geokg__utf8_valid(r->note))
			return geokg__fail(err, GEOKG_EINVAL,
			                   "node '%s': a role is not valid UTF-8",
			                   node->id);
	}
	return 0;
}

static int node_check(const geokg_node *node, geokg_error *err)
{
	size_t i;

	if (!node->id || !*node->id)
		return geokg__fail(err, GEOKG_EINVAL, "node without an id");
	if ((unsigned)node->kind >= GEOKG_KIND_COUNT)
		return geokg__fail(err, GEOKG_EINVAL, "node '%s': bad kind", node->id);
	if (!node->name || !*node->name)
		return geokg__fail(err, GEOKG_EINVAL, "node '%s': no name", node->id);
	if (node->kind == GEOKG_KIND_PERSON && (!node->country || !*node->country))
		return geokg__fail(err, GEOKG_EINVAL,
		                   "person '%s' has no country", node->id);
	if (node->kind != GEOKG_KIND_PERSON && node->country)
		return geokg__fail(err, GEOKG_EINVAL,
		                   "%s '%s' has a country; only persons do",
		                   geokg_kind_name(node->kind), node->id);
	for (i = 0; i < node->n_roles; i++)
		if (!node->roles[i].role || !*node->roles[i].role)
			return geokg__fail(err, GEOKG_EINVAL,
			                   "node '%s': a role without a name", node->id);
	return node_check_utf8(node, err);
}

/*
 * Unite the data of `node` into record `rec` (same id): the smaller name
 * is the name, every other name an alias; the smaller country wins; sets
 * are united.  Differences go to on_conflict.
 */
static int node_unite(geokg_graph *g, node_rec *rec, const geokg_node *node,
                      geokg_conflict_fn on_conflict, void *ctx,
                      geokg_error *err)
{
	geokg_node *p = &rec->pub;
	const char *name = geokg__intern(&g->pool, node->name);
	const char *country = geokg__intern(&g->pool, node->country);
	char what[512];

	if (!name || (node->country && !country))
		return geokg__nomem(err);
	if (node->kind != p->kind)
		return geokg__fail(err, GEOKG_EINVAL,
		                   "node '%s' is a %s and a %s", p->id,
		                   geokg_kind_name(p->kind), geokg_kind_name(node->kind));
	if (name != p->name) {
		const char *lo = strcmp(name, p->name) < 0 ? name : p->name;
		const char *hi = lo == name ? p->name : name;

		if (on_conflict) {
			snprintf(what, sizeof what, "name '%s' vs '%s': kept '%s'",
			         p->name, name, lo);
			on_conflict(ctx, p->id, what);
		}
		p->name = lo;
		set_remove(p->aliases, &p->n_aliases, lo);
		if (set_add(&p->aliases, &p->n_aliases, &rec->cap_aliases, hi, lo))
			return geokg__nomem(err);
	}
	if (country && country != p->country) {
		const char *keep = country;

		if (p->country) {
			keep = strcmp(country, p->country) < 0 ? country : p->country;
			if (on_conflict) {
				snprintf(what, sizeof what,
				         "country '%s' vs '%s': kept '%s'",
				         p->country, country, keep);
				on_conflict(ctx, p->id, what);
			}
		}
		p->country = keep;
	}
	if (set_union(g, &p->aliases, &p->n_aliases, &rec->cap_aliases,
	              node->aliases, node->n_aliases, p->name) ||
	    set_union(g, &p->demonyms, &p->n_demonyms, &rec->cap_demonyms,
	              node->demonyms, node->n_demonyms, NULL) ||
	    set_union(g, &p->metonyms, &p->n_metonyms, &rec->cap_metonyms,
	              node->metonyms, node->n_metonyms, NULL) ||
	    set_union(g, &p->ambiguous, &p->n_ambiguous, &rec->cap_ambiguous,
	              node->ambiguous, node->n_ambiguous, NULL) ||
	    roles_union(g, rec, node->roles, node->n_roles))
		return geokg__nomem(err);
	return 0;
}

/* add_node with a conflict callback; see geokg_graph_add_node(). */
static int add_node(geokg_graph *g, const geokg_node *node, size_t *index,
                    geokg_conflict_fn on_conflict, void *ctx,
                    geokg_error *err)
{
	node_rec *rec;
	size_t v;
	int rc;

	if ((rc = node_check(node, err)))
		return rc;
	g->node_gen++; /* names may change: caches of names are stale */
	if (geokg__map_get(&g->node_ids, node->id, strlen(node->id), &v)) {
		if (index)
			*index = v;
		return node_unite(g, &g->nodes[v], node, on_conflict, ctx, err);
	}
	if (g->n_nodes >= g->max_nodes)
		return geokg__fail(err, GEOKG_ELIMIT, "more than %zu nodes in a graph",
		                   g->max_nodes);
	if (geokg__grow(&g->nodes, &g->cap_nodes, g->n_nodes + 1, sizeof *g->nodes))
		return geokg__nomem(err);
	v = g->n_nodes;
	rec = &g->nodes[v];
	memset(rec, 0, sizeof *rec);
	rec->pub.id = geokg__intern(&g->pool, node->id);
	rec->pub.kind = node->kind;
	rec->pub.name = geokg__intern(&g->pool, node->name);
	if (!rec->pub.id || !rec->pub.name ||
	    geokg__map_put(&g->node_ids, node->id, strlen(node->id), v))
		return geokg__nomem(err);
	g->n_nodes++;
	if (index)
		*index = v;
	return node_unite(g, rec, node, NULL, NULL, err);
}

int geokg_graph_add_node(geokg_graph *g, const geokg_node *node,
                         size_t *index, geokg_error *err)
{
	return add_node(g, node, index, NULL, NULL, err);
}

/* ---- edges --------------------------------------------------------- */

struct edge_key {
	size_t source, target;
	int type, modality;
};

struct ev_key {
	size_t edge;
	const char *doc;
	long sentence, start, end;
};

struct doc_key {
	size_t edge;
	const char *doc;
};

/* Keep the smaller of two optional strings (NULL loses). */
static const char *min_str(const char *a, const char *b)
{
	if (!a)
		return b;
	if (!b)
		return a;
	return strcmp(a, b) <= 0 ? a : b;
}

static const char *max_str(const char *a, const char *b)
{
	if (!a)
		return b;
	if (!b)
		return a;
	return strcmp(a, b) >= 0 ? a : b;
}

/* The key of edge e in edge_keys. */
static void edge_key_of(const geokg_edge *e, struct edge_key *k)
{
	memset(k, 0, sizeof *k);
	k->source = e->source;
	k->target = e->target;
	k->type = (int)e->type;
	k->modality = (int)e->modality;
}

/* Enter every edge in edge_keys, which the fast reader left for later
 * (its input had each edge once). */
static int edge_keys_build(geokg_graph *g)
{
	struct edge_key k;
	size_t i;

	for (i = 0; i < g->n_edges; i++) {
		edge_key_of(&g->edges[i].pub, &k);
		if (geokg__map_upsert(&g->edge_keys, &k, sizeof k, i, NULL, NULL) < 0)
			return GEOKG_ENOMEM;
	}
	g->edge_keys_stale = 0;
	return 0;
}

/* Find or create the edge (source, target, type, modality). */
static int too_many_edges(const geokg_graph *g, geokg_error *err)
{
	return geokg__fail(err, GEOKG_ELIMIT, "more than %zu edges in a graph",
	                   g->max_edges);
}

/* The strings of an edge observation within GEOKG_TEXT_MAX: 0, or
 * GEOKG_ELIMIT. */
static int edge_strs_check(const char *obj, const char *loc,
                           const geokg_evidence *ev, size_t n_ev,
                           geokg_error *err)
{
	size_t m = max_len(max_len(0, obj), loc), i;

	for (i = 0; i < n_ev; i++)
		m = max_len(max_len(m, ev[i].doc), ev[i].text);
	if (m > GEOKG_TEXT_MAX)
		return geokg__fail(err, GEOKG_ELIMIT,
		                   "an edge has an object, location, document id or "
		                   "evidence text of %zu bytes, over the limit of %d",
		                   m, GEOKG_TEXT_MAX);
	return 0;
}

static int edge_get(geokg_graph *g, size_t source, size_t target,
                    geokg_type type, geokg_modality modality, size_t *out,
                    geokg_error *err)
{
	struct edge_key k;
	edge_rec *rec;
	int rc;

	memset(&k, 0, sizeof k);
	k.source = source;
	k.target = target;
	k.type = (int)type;
	k.modality = (int)modality;
	if (g->edge_keys_stale && edge_keys_build(g))
		return geokg__nomem(err);
	if (geokg__grow(&g->edges, &g->cap_edges, g->n_edges + 1, sizeof *g->edges))
		return geokg__nomem(err);
	if (g->n_edges >= g->max_edges) {
		if (geokg__map_get(&g->edge_keys, &k, sizeof k, out))
			return 0;
		return too_many_edges(g, err);
	}
	rc = geokg__map_upsert(&g->edge_keys, &k, sizeof k, g->n_edges, out, NULL);
	if (rc <= 0)
		return rc < 0 ? geokg__nomem(err) : 0;
	rec = &g->edges[g->n_edges++];
	memset(rec, 0, sizeof *rec);
	rec->pub.source = source;
	rec->pub.target = target;
	rec->pub.type = type;
	rec->pub.modality = modality;
	return 0;
}

/* Set first_seen and last_seen from the evidence dates. */
static void seen_recompute(geokg_edge *e)
{
	size_t i;

	e->first_seen = e->last_seen = NULL;
	for (i = 0; i < e->n_evidence; i++) {
		e->first_seen = min_str(e->first_seen, e->evidence[i].date);
		e->last_seen = max_str(e->last_seen, e->evidence[i].date);
	}
}


/* Edges with fewer evidence records than this find a record's key and
 * document by scanning their list; longer lists are indexed in the
 * graph's ev_keys and doc_keys maps (entered when the list grows past). */
#define EV_SCAN_MAX 16

/* Enter evidence record i of edge e in the maps. */
static int ev_index(geokg_graph *g, size_t e, size_t i)
{
	const geokg_evidence *x = &g->edges[e].pub.evidence[i];
	struct ev_key k;
	struct doc_key dk;

	memset(&k, 0, sizeof k);
	k.edge = e;
	k.doc = x->doc;
	k.sentence = x->sentence;
	k.start = x->start;
	k.end = x->end;
	memset(&dk, 0, sizeof dk);
	dk.edge = e;
	dk.doc = x->doc;
	if (geokg__map_upsert(&g->ev_keys, &k, sizeof k, i, NULL, NULL) < 0 ||
	    geokg__map_upsert(&g->doc_keys, &dk, sizeof dk, 1, NULL, NULL) < 0)
		return GEOKG_ENOMEM;
	return 0;
}

/* Where evidence like n is in edge e's list (*at, or -1 via return 0),
 * and whether its document is there already (*doc_seen). */
static int ev_find(const geokg_graph *g, size_t e, const geokg_evidence *n,
                   size_t *at, int *doc_seen)
{
	const edge_rec *rec = &g->edges[e];
	size_t i;

	*doc_seen = 0;
	if (rec->indexed) {
		struct ev_key k;
		struct doc_key dk;

		memset(&k, 0, sizeof k);
		k.edge = e;
		k.doc = n->doc;
		k.sentence = n->sentence;
		k.start = n->start;
		k.end = n->end;
		memset(&dk, 0, sizeof dk);
		dk.edge = e;
		dk.doc = n->doc;
		*doc_seen = geokg__map_get(&g->doc_keys, &dk, sizeof dk, NULL);
		return geokg__map_get(&g->ev_keys, &k, sizeof k, at);
	}
	for (i = 0; i < rec->pub.n_evidence; i++) {
		const geokg_evidence *x = &rec->pub.evidence[i];

		if (x->doc != n->doc)
			continue;
		*doc_seen = 1;
		if (x->sentence == n->sentence && x->start == n->start &&
		    x->end == n->end) {
			*at = i;
			return 1;
		}
	}
	return 0;
}

/* Add one evidence record, whose strings are interned in g's pool, to
 * edge e unless its key is there already; a record with the same key
 * keeps the smaller date and text. */
static int evidence_add_interned(geokg_graph *g, size_t e,
                                 const geokg_evidence *n, geokg_error *err)
{
	edge_rec *rec = &g->edges[e];
	size_t at, i, cap;
	int doc_seen;

	if (ev_find(g, e, n, &at, &doc_seen)) {
		geokg_evidence *old = (geokg_evidence *)&rec->pub.evidence[at];

		old->text = min_str(old->text, n->text);
		if (old->date != min_str(old->date, n->date)) {
			/* the record's date changes: first/last must forget
			 * the old one */
			old->date = min_str(old->date, n->date);
			seen_recompute(&rec->pub);
		}
		return 0; /* its document is counted already */
	}
	/* Most edges have one record: the first comes from the graph's arena
	 * (no allocation of its own); a list that grows moves to the heap. */
	if (rec->pub.n_evidence == rec->cap_evidence) {
		void *p;

		if (!rec->cap_evidence) {
			p = geokg__arena_alloc(&g->texts, sizeof *n);
			cap = 1;
			rec->ev_in_arena = 1;
		} else {
			cap = 2 * rec->cap_evidence;
			if (rec->ev_in_arena) {
				if ((p = malloc(cap * sizeof *n)))
					memcpy(p, rec->pub.evidence, rec->pub.n_evidence * sizeof *n);
			} else {
				p = realloc((void *)rec->pub.evidence, cap * sizeof *n);
			}
			if (p)
				rec->ev_in_arena = 0;
		}
		if (!p)
			return geokg__nomem(err);
		rec->pub.evidence = p;
		rec->cap_evidence = cap;
	}
	((geokg_evidence *)rec->pub.evidence)[rec->pub.n_evidence++] = *n;
	if (rec->indexed) {
		if (ev_index(g, e, rec->pub.n_evidence - 1))
			return geokg__nomem(err);
	} else if (rec->pub.n_evidence >= EV_SCAN_MAX) {
		for (i = 0; i < rec->pub.n_evidence; i++)
			if (ev_index(g, e, i))
				return geokg__nomem(err);
		rec->indexed = 1;
	}
	if (!doc_seen)
		rec->pub.weight++;
	rec->pub.first_seen = min_str(rec->pub.first_seen, n->date);
	rec->pub.last_seen = max_str(rec->pub.last_seen, n->date);
	return 0;
}

/* evidence_add_interned() for evidence whose strings are not interned. */
static int evidence_add(geokg_graph *g, size_t e, const geokg_evidence *ev,
                        geokg_error *err)
{
	geokg_evidence n;

	n.doc = geokg__intern(&g->pool, ev->doc);
	n.date = geokg__intern(&g->pool, ev->date);
	n.text = geokg__intern(&g->pool, ev->text);
	if (!n.doc || (ev->date && !n.date) || (ev->text && !n.text))
		return geokg__nomem(err);
	n.sentence = ev->sentence;
	n.start = ev->start;
	n.end = ev->end;
	return evidence_add_interned(g, e, &n, err);
}

int geokg__graph_append_edge(geokg_graph *g, size_t source, size_t target,
                              geokg_type type, geokg_modality modality,
                              const char *obj, const char *loc,
                              const geokg_evidence *ev, size_t n_ev,
                              geokg_error *err)
{
	edge_rec *rec;
	size_t e, i;
	int rc;

	if ((rc = edge_strs_check(obj, loc, ev, n_ev, err)))
		return rc;
	if (g->n_edges >= g->max_edges)
		return too_many_edges(g, err);
	if (geokg__grow(&g->edges, &g->cap_edges, g->n_edges + 1, sizeof *g->edges))
		return geokg__nomem(err);
	g->edge_keys_stale = 1;
	e = g->n_edges++;
	rec = &g->edges[e];
	memset(rec, 0, sizeof *rec);
	rec->pub.source = source;
	rec->pub.target = target;
	rec->pub.type = type;
	rec->pub.modality = modality;
	rec->pub.object = obj;
	rec->pub.location = loc;
	for (i = 0; i < n_ev; i++)
		if ((rc = evidence_add_interned(g, e, &ev[i], err)))
			return rc;
	return 0;
}

int geokg__graph_add_edge_interned(geokg_graph *g, size_t source,
                                   size_t target, geokg_type type,
                                   geokg_modality modality, const char *obj,
                                   const char *loc, const geokg_evidence *ev,
                                   size_t n_ev, geokg_error *err)
{
	edge_rec *rec;
	size_t e, i;
	int rc;

	if ((rc = edge_strs_check(obj, loc, ev, n_ev, err)) ||
	    (rc = edge_get(g, source, target, type, modality, &e, err)))
		return rc;
	rec = &g->edges[e];
	rec->pub.object = min_str(rec->pub.object, obj);
	rec->pub.location = min_str(rec->pub.location, loc);
	for (i = 0; i < n_ev; i++)
		if ((rc = evidence_add_interned(g, e, &ev[i], err)))
			return rc;
	return 0;
}

int geokg_graph_add_edge(geokg_graph *g, size_t source, size_t target,
                         geokg_type type, geokg_modality modality,
                         const char *object, const char *location,
                         const geokg_evidence *ev, size_t *index,
                         geokg_error *err)
{
	const char *obj, *loc;
	edge_rec *rec;
	size_t e;
	int rc;

	if (source >= g->n_nodes || target >= g->n_nodes)
		return geokg__fail(err, GEOKG_EINVAL, "edge end %zu is not a node",
		                   source >= g->n_nodes ? source : target);
	if ((unsigned)type >= GEOKG_TYPE_COUNT ||
	    (unsigned)modality >= GEOKG_MOD_COUNT)
		return geokg__fail(err, GEOKG_EINVAL, "bad edge type or modality");
	if (ev && (!ev->doc || !*ev->doc))
		return geokg__fail(err, GEOKG_EINVAL, "evidence without a document");
	if (ev && ev->date && !geokg_date_valid(ev->date))
		return geokg__fail(err, GEOKG_EINVAL, "bad evidence date '%s'", ev->date);
	if ((rc = edge_strs_check(object, location, ev, ev ? 1 : 0, err)))
		return rc;
	if (!geokg__utf8_valid(object) || !geokg__utf8_valid(location) ||
	    (ev && (!geokg__utf8_valid(ev->doc) || !geokg__utf8_valid(ev->text))))
		return geokg__fail(err, GEOKG_EINVAL,
		                   "an edge's object, location or evidence is not valid UTF-8");
	obj = geokg__intern(&g->pool, object);
	loc = geokg__intern(&g->pool, location);
	if ((object && !obj) || (location && !loc))
		return geokg__nomem(err);
	if ((rc = edge_get(g, source, target, type, modality, &e, err)))
		return rc;
	rec = &g->edges[e];
	rec->pub.object = min_str(rec->pub.object, obj);
	rec->pub.location = min_str(rec->pub.location, loc);
	if (ev && (rc = evidence_add(g, e, ev, err)))
		return rc;
	if (index)
		*index = e;
	return 0;
}

/* ---- merge --------------------------------------------------------- */

int geokg_graph_merge(geokg_graph *dst, const geokg_graph *src,
                      geokg_conflict_fn on_conflict, void *ctx,
                      geokg_error *err)
{
	size_t *map = NULL, i, j;
	int rc = 0;

	if (src == dst)
		return 0; /* idempotent: a graph merged with itself is itself */
	if (src->n_nodes && !(map = malloc(src->n_nodes * sizeof *map)))
		return geokg__nomem(err);
	for (i = 0; i < src->n_nodes; i++)
		if ((rc = add_node(dst, &src->nodes[i].pub, &map[i], on_conflict,
		                   ctx, err)))
			goto done;
	for (i = 0; i < src->n_edges; i++) {
		const geokg_edge *e = &src->edges[i].pub;
		size_t k;

		rc = geokg_graph_add_edge(dst, map[e->source], map[e->target],
		                          e->type, e->modality, e->object,
		                          e->location, NULL, &k, err);
		for (j = 0; !rc && j < e->n_evidence; j++)
			rc = evidence_add(dst, k, &e->evidence[j], err);
		if (rc)
			goto done;
	}
done:
	free(map);
	return rc;
}

/* ---- statistics and orders ---------------------------------------- */

void geokg_graph_stats(const geokg_graph *g, geokg_stats *out)
{
	geokg_map docs = {0};
	size_t i, j;

	memset(out, 0, sizeof *out);
	out->nodes = g->n_nodes;
	out->edges = g->n_edges;
	for (i = 0; i < g->n_nodes; i++)
		out->by_kind[g->nodes[i].pub.kind]++;
	for (i = 0; i < g->n_edges; i++) {
		const geokg_edge *e = &g->edges[i].pub;

		out->by_type[e->type]++;
		out->by_modality[e->modality]++;
		out->evidence += e->n_evidence;
		for (j = 0; j < e->n_evidence; j++) {
			const char *d = e->evidence[j].doc;

			/* Out of memory only makes the document count low. */
			if (!geokg__map_get(&docs, &d, sizeof d, NULL) &&
			    geokg__map_put(&docs, &d, sizeof d, 1) == 0)
				out->documents++;
		}
	}
	geokg__map_free(&docs);
}

int geokg_graph_degrees(const geokg_graph *g, size_t **out, geokg_error *err)
{
	size_t *deg, i;

	*out = NULL;
	deg = calloc(g->n_nodes ? g->n_nodes : 1, sizeof *deg);
	if (!deg)
		return geokg__nomem(err);
	for (i = 0; i < g->n_edges; i++) {
		deg[g->edges[i].pub.source]++;
		if (g->edges[i].pub.target != g->edges[i].pub.source)
			deg[g->edges[i].pub.target]++;
	}
	*out = deg;
	return 0;
}

/* qsort has no context argument; the comparators read the graph from
 * a thread-local. */
static _Thread_local const geokg_graph *sort_graph;

static int node_cmp(const void *a, const void *b)
{
	const geokg_graph *g = sort_graph;

	return strcmp(g->nodes[*(const size_t *)a].pub.id,
	              g->nodes[*(const size_t *)b].pub.id);
}

static int edge_cmp(const void *a, const void *b)
{
	const geokg_graph *g = sort_graph;
	const geokg_edge *x = &g->edges[*(const size_t *)a].pub;
	const geokg_edge *y = &g->edges[*(const size_t *)b].pub;
	int c;

	if ((c = strcmp(g->nodes[x->source].pub.id, g->nodes[y->source].pub.id)))
		return c;
	if ((c = strcmp(g->nodes[x->target].pub.id, g->nodes[y->target].pub.id)))
		return c;
	if (x->type != y->type)
		return x->type < y->type ? -1 : 1;
	return x->modality < y->modality ? -1 : x->modality > y->modality;
}

/* An identity permutation of n sorted by cmp over graph g. */
static size_t *order(const geokg_graph *g, size_t n,
                     int (*cmp)(const void *, const void *))
{
	size_t *o = malloc((n ? n : 1) * sizeof *o), i;

	if (!o)
		return NULL;
	for (i = 0; i < n; i++)
		o[i] = i;
	sort_graph = g;
	qsort(o, n, sizeof *o, cmp);
	return o;
}

size_t *geokg__graph_node_order(const geokg_graph *g)
{
	return order(g, g->n_nodes, node_cmp);
}

size_t *geokg__graph_edge_order(const geokg_graph *g)
{
	return order(g, g->n_edges, edge_cmp);
}

int geokg__evidence_cmp(const void *a, const void *b)
{
	const geokg_evidence *x = a, *y = b;
	int c;

	if ((c = strcmp(x->doc, y->doc)))
		return c;
	if (x->sentence != y->sentence)
		return x->sentence < y->sentence ? -1 : 1;
	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return x->end < y->end ? -1 : x->end > y->end;
}
