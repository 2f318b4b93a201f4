/*
 * query.c - graph questions: actors by name, paths (shortest, all
 * shortest, k shortest, bounded), neighbourhoods, edge selection and
 * rankings.  Filters are applied while walking, on an adjacency index
 * built once per graph; rankings run igraph on the edges that pass.
 */
#include "config.h"

#include <ctype.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "query.h"

#define DEFAULT_LIMIT 1000

/* ---- adjacency index ----------------------------------------------- */

void geokg__adj_free(struct geokg__adj *a)
{
	if (!a)
		return;
	free(a->start);
	free(a->inc);
	free(a);
}

/* Build the incidence lists of g: a counting sort of the edge ends. */
static struct geokg__adj *adj_build(const geokg_graph *g)
{
	struct geokg__adj *a = calloc(1, sizeof *a);
	size_t n = g->n_nodes, m = g->n_edges, i, *fill = NULL;

	if (!a)
		return NULL;
	a->n_nodes = n;
	a->n_edges = m;
	a->start = calloc(n + 2, sizeof *a->start);
	a->inc = malloc((m ? 2 * m : 1) * sizeof *a->inc);
	fill = malloc((n + 1) * sizeof *fill);
	if (!a->start || !a->inc || !fill) {
		free(fill);
		geokg__adj_free(a);
		return NULL;
	}
	geokg__advise_huge(a->inc, (m ? 2 * m : 1) * sizeof *a->inc);
	for (i = 0; i < m; i++) {
		const geokg_edge *e = &g->edges[i].pub;

		a->start[e->source + 1]++;
		if (e->target != e->source)
			a->start[e->target + 1]++;
	}
	for (i = 0; i < n; i++)
		a->start[i + 1] += a->start[i];
	memcpy(fill, a->start, (n + 1) * sizeof *fill);
	for (i = 0; i < m; i++) {
		const geokg_edge *e = &g->edges[i].pub;
		geokg__inc *x = &a->inc[fill[e->source]++];

		x->nbr = e->target;
		x->ed = i << 1 | 1;
		if (e->target != e->source) {
			x = &a->inc[fill[e->target]++];
			x->nbr = e->source;
			x->ed = i << 1;
		}
	}
	free(fill);
	return a;
}

int geokg__adj_get(const geokg_graph *cg, const struct geokg__adj **out,
                   geokg_error *err)
{
	geokg_graph *g = (geokg_graph *)cg; /* fills a cache only */

	if (g->adj && (g->adj->n_nodes != g->n_nodes ||
	               g->adj->n_edges != g->n_edges)) {
		geokg__adj_free(g->adj);
		g->adj = NULL;
	}
	if (!g->adj && !(g->adj = adj_build(g)))
		return geokg__nomem(err);
	*out = g->adj;
	return 0;
}

int geokg__inc_ok(const geokg_graph *g, size_t v, const geokg__inc *x,
                  int walk, const geokg_filter *f)
{
	size_t e = INC_EDGE(x);

	if (x->nbr == v)
		return 0;
	if (walk != WALK_ANY && g->edges[e].pub.type != GEOKG_TYPE_MEETS &&
	    (walk == WALK_ALONG) != (int)INC_OUT(x))
		return 0;
	return !f || geokg_filter_edge(f, g, e);
}

/* ---- edge strength and evidence ------------------------------------ */

int geokg_edge_strength_cmp(const geokg_graph *g, size_t a, size_t b)
{
	const geokg_edge *x = geokg_graph_edge(g, a), *y = geokg_graph_edge(g, b);

	if (x->weight != y->weight)
		return x->weight > y->weight ? -1 : 1;
	if (x->modality != y->modality)
		return x->modality < y->modality ? -1 : 1;
	if (x->type != y->type)
		return x->type < y->type ? -1 : 1;
	return a < b ? -1 : a > b;
}

const geokg_evidence *geokg_edge_best_evidence(const geokg_edge *e)
{
	const geokg_evidence *best = NULL;
	size_t i;

	for (i = 0; i < e->n_evidence; i++) {
		const geokg_evidence *x = &e->evidence[i];
		int c;

		if (!best) {
			best = x;
			continue;
		}
		if ((x->text != NULL) != (best->text != NULL)) {
			if (x->text)
				best = x;
			continue;
		}
		c = geokg__strcmp0(x->date, best->date);
		if (c > 0 || (c == 0 && (strcmp(x->doc, best->doc) < 0 ||
		                         (strcmp(x->doc, best->doc) == 0 &&
		                          x->sentence < best->sentence))))
			best = x;
	}
	return best;
}

/* Insertion sort of edge numbers by strength (lists are short). */
static void sort_strength(const geokg_graph *g, size_t *e, size_t n)
{
	size_t i, j;

	for (i = 1; i < n; i++) {
		size_t x = e[i];

		for (j = i; j > 0 && geokg_edge_strength_cmp(g, x, e[j - 1]) < 0; j--)
			e[j] = e[j - 1];
		e[j] = x;
	}
}

size_t *geokg__edges_between(const geokg_graph *g,
                             const struct geokg__adj *a, size_t u, size_t v,
                             int walk, const geokg_filter *f, size_t *n,
                             int *oom)
{
	size_t i, k = 0, *out = NULL, cap = 0;

	*n = 0;
	for (i = a->start[u]; i < a->start[u + 1]; i++) {
		const geokg__inc *x = &a->inc[i];

		if (x->nbr != v || !geokg__inc_ok(g, u, x, walk, f))
			continue;
		if (geokg__grow(&out, &cap, k + 1, sizeof *out)) {
			*oom = 1;
			free(out);
			return NULL;
		}
		out[k++] = INC_EDGE(x);
	}
	sort_strength(g, out, k);
	*n = k;
	return out;
}

/* ---- actors -------------------------------------------------------- */

/* ASCII case-insensitive equality. */
static int eq_nocase(const char *a, const char *b)
{
	for (; *a && *b; a++, b++)
		if (tolower((unsigned char)*a) != tolower((unsigned char)*b))
			return 0;
	return *a == *b;
}

/* Whether node n is called `s` (id, name or alias), exactly or not. */
static int node_called(const geokg_node *n, const char *s, int exact)
{
	size_t i;
	int (*eq)(const char *, const char *) = exact ? NULL : eq_nocase;

	if (exact) {
		if (strcmp(n->id, s) == 0 || strcmp(n->name, s) == 0)
			return 1;
		for (i = 0; i < n->n_aliases; i++)
			if (strcmp(n->aliases[i], s) == 0)
				return 1;
		return 0;
	}
	if (eq(n->id, s) || eq(n->name, s))
		return 1;
	for (i = 0; i < n->n_aliases; i++)
		if (eq(n->aliases[i], s))
			return 1;
	return 0;
}

/* Whether a occurs in b, ignoring ASCII case. */
static int contains_nocase(const char *b, const char *a)
{
	size_t la = strlen(a), i;

	for (; *b; b++) {
		for (i = 0; i < la && b[i] &&
		            tolower((unsigned char)b[i]) == tolower((unsigned char)a[i]); i++)
			;
		if (i == la)
			return 1;
	}
	return 0;
}

/* How far a is from naming b: 1 when a is part of b, else the edit
 * distance (ASCII case folded), capped at 99. */
static size_t distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), i, j, row[64], prev, tmp;

	if (la >= 3 && contains_nocase(b, a))
		return 1;
	if (la > 63 || lb > 63)
		return 99;
	for (j = 0; j <= lb; j++)
		row[j] = j;
	for (i = 1; i <= la; i++) {
		prev = row[0];
		row[0] = i;
		for (j = 1; j <= lb; j++) {
			size_t cost = tolower((unsigned char)a[i - 1]) !=
			              tolower((unsigned char)b[j - 1]);

			tmp = row[j];
			row[j] = prev + cost;
			if (row[j - 1] + 1 < row[j])
				row[j] = row[j - 1] + 1;
			if (tmp + 1 < row[j])
				row[j] = tmp + 1;
			prev = tmp;
		}
	}
	return row[lb];
}

/* "no actor 'X' in the graph (closest: A, B, C)"; with `known` (the
 * world graph's node for X, or NULL), "(the world graph's Name (id) is
 * not in it; closest: ...)". */
static int not_found(const geokg_graph *g, const char *s,
                     const geokg_node *known, geokg_error *err)
{
	size_t best[3] = {0}, bd[3] = {99, 99, 99}, i, j, k;
	char list[600] = "";

	for (i = 0; i < g->n_nodes; i++) {
		const geokg_node *n = &g->nodes[i].pub;
		size_t d = distance(s, n->name), d2 = distance(s, n->id);

		if (d2 < d)
			d = d2;
		for (j = 0; j < n->n_aliases; j++)
			if ((d2 = distance(s, n->aliases[j])) < d)
				d = d2;
		for (j = 0; j < 3 && bd[j] <= d; j++)
			;
		if (j == 3)
			continue;
		for (k = 2; k > j; k--) {
			bd[k] = bd[k - 1];
			best[k] = best[k - 1];
		}
		bd[j] = d;
		best[j] = i;
	}
	for (j = 0; j < 3 && bd[j] < 99; j++) {
		size_t len = strlen(list);

		snprintf(list + len, sizeof list - len, "%s%s (%s)", j ? ", " : "",
		         g->nodes[best[j]].pub.name, g->nodes[best[j]].pub.id);
	}
	if (known)
		return geokg__fail(err, GEOKG_ENOTFOUND,
		                   "no actor '%s' in the graph (the world graph's %s "
		                   "(%s) is not in it%s%s)", s, known->name, known->id,
		                   *list ? "; closest: " : "", list);
	if (!*list)
		return geokg__fail(err, GEOKG_ENOTFOUND, "no actor '%s' in the graph", s);
	return geokg__fail(err, GEOKG_ENOTFOUND,
	                   "no actor '%s' in the graph (closest: %s)", s, list);
}

/* The name index of g (world.c), built on first use and kept in g while
 * its nodes do not change (a logically const operation). */
static int actor_index(const geokg_graph *cg, const geokg_actors **out,
                       geokg_error *err)
{
	geokg_graph *g = (geokg_graph *)cg; /* fills a cache only */
	int rc;

	if (g->actors && g->actors_gen != g->node_gen) {
		geokg_actors_free(g->actors);
		g->actors = NULL;
	}
	if (!g->actors) {
		if ((rc = geokg_actors_new(&g->actors, g, err)))
			return rc;
		g->actors_gen = g->node_gen;
	}
	*out = g->actors;
	return 0;
}

/* Append "Name (id)" of node v to list (a buffer of `size`). */
static void list_add(char *list, size_t size, const geokg_graph *g, size_t v)
{
	size_t len = strlen(list);

	snprintf(list + len, size - len, "%s%s (%s)", len ? ", " : "",
	         g->nodes[v].pub.name, g->nodes[v].pub.id);
}

/*
 * Choose among the index's matches (best first): those reached the best
 * way; of role matches, those still in the role.  One is the answer;
 * several are GEOKG_EAMBIGUOUS.
 */
static int choose(const geokg_graph *g, const char *phrase,
                  const geokg_match *m, size_t n, size_t *node,
                  geokg_error *err)
{
	size_t i, k = 0, held = 0, pick = 0;
	char list[600] = "";

	for (i = 0; i < n && m[i].how == m[0].how; i++)
		if (m[i].role && !m[i].role->end && held++ == 0)
			pick = i;
	k = i;
	if (k == 1 || held == 1) {
		*node = m[k == 1 ? 0 : pick].node;
		return 0;
	}
	for (i = 0; i < k && i < 5; i++)
		if (!held || (m[i].role && !m[i].role->end))
			list_add(list, sizeof list, g, m[i].node);
	return geokg__fail(err, GEOKG_EAMBIGUOUS, "'%s' names %zu actors: %s%s",
	                   phrase, held ? held : k, list, k > 5 ? ", ..." : "");
}

/* The world graph (geokg_world_load(NULL)) and its name index, loaded
 * once per process on first use; both NULL when there is none.  They are
 * never freed (they live as long as the process). */
static pthread_once_t world_once = PTHREAD_ONCE_INIT;
static geokg_graph *world_g;
static geokg_actors *world_ix;

static void world_open(void)
{
	if (geokg_world_load(&world_g, NULL, NULL) != 0)
		return;
	if (geokg_actors_new(&world_ix, world_g, NULL) != 0) {
		geokg_graph_free(world_g);
		world_g = NULL;
	}
}

/*
 * Resolve phrase through the world graph, for graphs whose nodes carry
 * no demonyms, metonyms or roles (extracted ones): the world's matches
 * whose ids are nodes of g, chosen as choose() does.  1 when nothing
 * fits (the caller goes on; *known is then the one world node the phrase
 * names, if there is one), else 0 or the error of choose().
 */
static int world_actor(const geokg_graph *g, const char *phrase, size_t *node,
                       const geokg_node **known, geokg_error *err)
{
	geokg_match *m = NULL;
	size_t n = 0, i, k = 0, w;
	long v;
	int rc = 1;

	*known = NULL;
	pthread_once(&world_once, world_open);
	if (!world_ix || geokg_actors_resolve(world_ix, phrase, NULL, &m, &n, NULL))
		goto done;
	for (i = 0; i < n; i++) {
		v = geokg_graph_find(g, geokg_graph_node(world_g, m[i].node)->id);
		if (v < 0)
			continue;
		m[k] = m[i];
		m[k++].node = (size_t)v;
	}
	if (k)
		rc = choose(g, phrase, m, k, node, err);
	else if (n && choose(world_g, phrase, m, n, &w, NULL) == 0)
		*known = geokg_graph_node(world_g, w);
done:
	free(m);
	return rc;
}

int geokg_query_actor(const geokg_graph *g, const char *phrase, size_t *node,
                      geokg_error *err)
{
	const geokg_actors *ix;
	const geokg_node *known = NULL;
	geokg_match *m = NULL;
	size_t i, found = 0, first = 0, n = 0;
	char list[600] = "";
	long v;
	int exact, rc;

	if ((v = geokg_graph_find(g, phrase)) >= 0) {
		*node = (size_t)v;
		return 0;
	}
	/* names, aliases, demonyms, metonyms, role phrases (world.c) */
	if ((rc = actor_index(g, &ix, err)))
		return rc;
	if (geokg_actors_resolve(ix, phrase, NULL, &m, &n, NULL) == 0 && n) {
		rc = choose(g, phrase, m, n, node, err);
		free(m);
		return rc;
	}
	free(m);
	for (exact = 1; exact >= 0 && !found; exact--)
		for (i = 0; i < g->n_nodes; i++) {
			if (!node_called(&g->nodes[i].pub, phrase, exact))
				continue;
			if (!found++)
				first = i;
			if (found <= 5)
				list_add(list, sizeof list, g, i);
		}
	if (found == 1) {
		*node = first;
		return 0;
	}
	if (found > 1)
		return geokg__fail(err, GEOKG_EAMBIGUOUS, "'%s' names %zu actors: %s%s",
		                   phrase, found, list, found > 5 ? ", ..." : "");
	if ((rc = world_actor(g, phrase, node, &known, err)) != 1)
		return rc;
	return not_found(g, phrase, known, err);
}

/* ---- path results -------------------------------------------------- */

void geokg_paths_free(geokg_paths *p)
{
	size_t i;

	if (!p)
		return;
	for (i = 0; i < p->n; i++)
		free(p->paths[i].hops);
	free(p->paths);
	free(p);
}

/* A walk: the search state of one path question. */
typedef struct walk {
	const geokg_graph *g;
	const struct geokg__adj *a;
	const geokg_filter *f;
	int fwd, bwd;      /* walk modes from the start and from the end */
	size_t n;          /* node count */
} walk;

/* A growable list of node sequences. */
typedef struct seqs {
	size_t n, cap;
	size_t **v;   /* each: v[i][0] = length (nodes), then the nodes */
} seqs;

static void seqs_free(seqs *s)
{
	size_t i;

	for (i = 0; i < s->n; i++)
		free(s->v[i]);
	free(s->v);
	memset(s, 0, sizeof *s);
}

/* Append a copy of the len nodes of p. */
static int seqs_add(seqs *s, const size_t *p, size_t len)
{
	size_t *c = malloc((len + 1) * sizeof *c);

	if (!c || geokg__grow(&s->v, &s->cap, s->n + 1, sizeof *s->v)) {
		free(c);
		return GEOKG_ENOMEM;
	}
	c[0] = len;
	memcpy(c + 1, p, len * sizeof *p);
	s->v[s->n++] = c;
	return 0;
}

/* Turn node sequences into paths with their strongest hops. */
static int make_paths(const walk *w, const seqs *s, int truncated,
                      geokg_paths **out, geokg_error *err)
{
	geokg_paths *r = calloc(1, sizeof *r);
	size_t i, j;
	int oom = 0;

	if (!r || (s->n && !(r->paths = calloc(s->n, sizeof *r->paths)))) {
		free(r);
		return geokg__nomem(err);
	}
	r->truncated = truncated;
	for (i = 0; i < s->n; i++) {
		const size_t *p = s->v[i] + 1;
		size_t len = s->v[i][0];
		geokg_path *path = &r->paths[r->n++];

		path->n_hops = len - 1;
		if (len > 1 && !(path->hops = calloc(len - 1, sizeof *path->hops)))
			goto nomem;
		for (j = 0; j + 1 < len; j++) {
			geokg_hop *h = &path->hops[j];
			size_t k, *e = geokg__edges_between(w->g, w->a, p[j], p[j + 1],
			                                    w->fwd, w->f, &k, &oom);

			if (!e)
				goto nomem; /* every hop of a found path has an edge */
			h->from = p[j];
			h->to = p[j + 1];
			h->edge = e[0];
			h->n_edges = k;
			h->backward = w->g->edges[e[0]].pub.source != p[j];
			free(e);
		}
	}
	*out = r;
	return 0;
nomem:
	geokg_paths_free(r);
	return oom ? geokg__nomem(err) : geokg__fail(err, GEOKG_EINTERNAL,
	                                             "a path hop without an edge");
}

/* ---- breadth-first searches ---------------------------------------- */

/*
 * Search from both ends at once, one whole layer of the smaller frontier
 * at a time; stop after the first layer where the two meet.  par_f/par_b
 * receive parents (SIZE_MAX: none), dist_f/dist_b distances (SIZE_MAX:
 * unseen).  Returns the meeting node through *meet (SIZE_MAX: no path).
 */
static int bfs_two_ends(const walk *w, size_t from, size_t to, size_t *par_f,
                        size_t *par_b, size_t *dist_f, size_t *dist_b,
                        size_t *meet)
{
	size_t *qf = malloc(w->n * sizeof *qf), *qb = malloc(w->n * sizeof *qb);
	size_t hf = 0, tf = 0, hb = 0, tb = 0, best = SIZE_MAX, best_len = SIZE_MAX;

	*meet = SIZE_MAX;
	if (!qf || !qb) {
		free(qf);
		free(qb);
		return GEOKG_ENOMEM;
	}
	dist_f[from] = 0;
	dist_b[to] = 0;
	if (from == to)
		hf = tf; /* nothing to search */
	qf[tf++] = from;
	qb[tb++] = to;
	while (hf < tf && hb < tb && best == SIZE_MAX) {
		/* expand the smaller frontier by one layer */
		int forward = tf - hf <= tb - hb;
		size_t *q = forward ? qf : qb, *h = forward ? &hf : &hb;
		size_t *t = forward ? &tf : &tb, end = *t;
		size_t *dist = forward ? dist_f : dist_b, *other = forward ? dist_b : dist_f;
		size_t *par = forward ? par_f : par_b;
		int mode = forward ? w->fwd : w->bwd;

		for (; *h < end; (*h)++) {
			size_t v = q[*h], i;

			for (i = w->a->start[v]; i < w->a->start[v + 1]; i++) {
				const geokg__inc *x = &w->a->inc[i];
				size_t u = x->nbr;

				if (dist[u] != SIZE_MAX || !geokg__inc_ok(w->g, v, x, mode, w->f))
					continue;
				dist[u] = dist[v] + 1;
				par[u] = v;
				q[(*t)++] = u;
				if (other[u] != SIZE_MAX &&
				    (dist[u] + other[u] < best_len ||
				     (dist[u] + other[u] == best_len && u < best))) {
					best_len = dist[u] + other[u];
					best = u;
				}
			}
		}
	}
	if (from == to)
		best = from;
	*meet = best;
	free(qf);
	free(qb);
	return 0;
}

/* Distances from `from` in mode `mode`, up to max (SIZE_MAX: unseen). */
static int bfs_dist(const walk *w, size_t from, int mode, size_t max,
                    size_t *dist)
{
	size_t *q = malloc(w->n * sizeof *q), h = 0, t = 0, i;

	if (!q)
		return GEOKG_ENOMEM;
	dist[from] = 0;
	q[t++] = from;
	while (h < t) {
		size_t v = q[h++];

		if (dist[v] >= max)
			continue;
		for (i = w->a->start[v]; i < w->a->start[v + 1]; i++) {
			const geokg__inc *x = &w->a->inc[i];

			if (dist[x->nbr] != SIZE_MAX || !geokg__inc_ok(w->g, v, x, mode, w->f))
				continue;
			dist[x->nbr] = dist[v] + 1;
			q[t++] = x->nbr;
		}
	}
	free(q);
	return 0;
}

static size_t *new_dist(size_t n)
{
	size_t *d = malloc((n ? n : 1) * sizeof *d);

	if (d)
		memset(d, 0xff, (n ? n : 1) * sizeof *d);
	return d;
}

/* One shortest path, from both ends. */
static int path_one(const walk *w, size_t from, size_t to, seqs *out)
{
	size_t *pf = new_dist(w->n), *pb = new_dist(w->n), *df = new_dist(w->n),
	       *db = new_dist(w->n), *p = NULL, meet, len = 0, v;
	int rc = GEOKG_ENOMEM;

	if (!pf || !pb || !df || !db ||
	    bfs_two_ends(w, from, to, pf, pb, df, db, &meet))
		goto done;
	rc = 0;
	if (meet == SIZE_MAX)
		goto done;
	rc = GEOKG_ENOMEM;
	if (!(p = malloc((df[meet] + db[meet] + 1) * sizeof *p)))
		goto done;
	len = df[meet] + 1;
	for (v = meet; v != SIZE_MAX && v != from; v = pf[v])
		p[--len] = v;
	p[0] = from;
	len = df[meet] + 1;
	for (v = meet; v != to && v != SIZE_MAX;) {
		v = pb[v];
		p[len++] = v;
	}
	rc = seqs_add(out, p, len);
done:
	free(pf);
	free(pb);
	free(df);
	free(db);
	free(p);
	return rc;
}

/* Depth-first enumeration state for all-shortest and bounded paths. */
typedef struct dfs {
	const walk *w;
	size_t to, max, limit;
	const size_t *df, *db;  /* df: NULL for bounded paths */
	size_t *path, len;
	unsigned char *on;
	size_t *mark, stamp;    /* neighbours already taken from one node */
	seqs *out;
	int truncated;
} dfs;

/* The distinct neighbours of v that may extend d->path, in incidence
 * order (parallel edges give the same path): malloc'd, *n of them. */
static size_t *dfs_next(dfs *d, size_t v, size_t *n)
{
	const struct geokg__adj *a = d->w->a;
	size_t i, k = 0, *nx = malloc((a->start[v + 1] - a->start[v] + 1) * sizeof *nx);
	size_t stamp = ++d->stamp;

	if (!nx)
		return NULL;
	for (i = a->start[v]; i < a->start[v + 1]; i++) {
		const geokg__inc *x = &a->inc[i];
		size_t u = x->nbr;

		if (d->mark[u] == stamp || d->on[u] || d->db[u] == SIZE_MAX)
			continue;
		if (d->df ? d->df[u] != d->df[v] + 1 || d->df[u] + d->db[u] != d->max
		          : d->len + d->db[u] > d->max)
			continue;
		if (!geokg__inc_ok(d->w->g, v, x, d->w->fwd, d->w->f))
			continue;
		d->mark[u] = stamp;
		nx[k++] = u;
	}
	*n = k;
	return nx;
}

/* Extend d->path (ending at v) towards d->to.  With df, only along
 * shortest-path layers; else any simple path within d->max hops. */
static int dfs_step(dfs *d, size_t v)
{
	size_t i, k, *nx;
	int rc = 0;

	if (v == d->to) {
		if (d->out->n >= d->limit) {
			d->truncated = 1;
			return 0;
		}
		return seqs_add(d->out, d->path, d->len);
	}
	if (d->len - 1 >= d->max)
		return 0;
	if (!(nx = dfs_next(d, v, &k)))
		return GEOKG_ENOMEM;
	for (i = 0; i < k && !rc && !d->truncated; i++) {
		d->on[nx[i]] = 1;
		d->path[d->len++] = nx[i];
		rc = dfs_step(d, nx[i]);
		d->len--;
		d->on[nx[i]] = 0;
	}
	free(nx);
	return rc;
}

/* Order node sequences by length, keeping the order of equal ones. */
static void sort_by_length(seqs *s)
{
	size_t i, j;

	for (i = 1; i < s->n; i++) {
		size_t *x = s->v[i];

		for (j = i; j > 0 && s->v[j - 1][0] > x[0]; j--)
			s->v[j] = s->v[j - 1];
		s->v[j] = x;
	}
}

/* Every shortest path (df != NULL) or every simple path of at most max
 * hops, up to limit, through a depth-first search pruned by the
 * distances to `to`. */
static int path_enum(const walk *w, size_t from, size_t to, int shortest,
                     size_t max, size_t limit, seqs *out, int *truncated)
{
	size_t *df = NULL, *db = new_dist(w->n), *mark = calloc(w->n + 1, sizeof *mark);
	unsigned char *on = calloc(w->n + 1, 1);
	size_t *path = NULL;
	dfs d;
	int rc = GEOKG_ENOMEM;

	memset(&d, 0, sizeof d);
	if (!db || !mark || !on || (shortest && !(df = new_dist(w->n))))
		goto done;
	if (bfs_dist(w, to, w->bwd, shortest ? SIZE_MAX : max, db))
		goto done;
	rc = 0;
	if (db[from] == SIZE_MAX)
		goto done;
	if (shortest) {
		max = db[from];
		rc = GEOKG_ENOMEM;
		if (bfs_dist(w, from, w->fwd, max, df))
			goto done;
	}
	rc = GEOKG_ENOMEM;
	if (!(path = malloc((max + 2) * sizeof *path)))
		goto done;
	d.w = w;
	d.to = to;
	d.max = max;
	d.limit = limit;
	d.df = df;
	d.db = db;
	d.path = path;
	d.on = on;
	d.mark = mark;
	d.out = out;
	d.path[d.len++] = from;
	on[from] = 1;
	rc = dfs_step(&d, from);
	*truncated = d.truncated;
	sort_by_length(out);
done:
	free(df);
	free(db);
	free(mark);
	free(on);
	free(path);
	return rc;
}

/* ---- k shortest simple paths (Yen) --------------------------------- */

/*
 * A shortest path from `from` to `to` in mode w->fwd that avoids the
 * nodes marked in `blocked` and, from `spur`, the neighbours listed in
 * `skip` (n_skip).  *p (malloc'd) and *len, or *p NULL when none.
 */
static int bfs_avoiding(const walk *w, size_t from, size_t to,
                        const unsigned char *blocked, size_t spur,
                        const size_t *skip, size_t n_skip, size_t **p,
                        size_t *len)
{
	size_t *par = new_dist(w->n), *q = malloc((w->n + 1) * sizeof *q);
	size_t h = 0, t = 0, i, j, v, n;
	int rc = GEOKG_ENOMEM;

	*p = NULL;
	*len = 0;
	if (!par || !q)
		goto done;
	par[from] = from;
	q[t++] = from;
	while (h < t && par[to] == SIZE_MAX) {
		v = q[h++];
		for (i = w->a->start[v]; i < w->a->start[v + 1]; i++) {
			const geokg__inc *x = &w->a->inc[i];
			size_t u = x->nbr;

			if (par[u] != SIZE_MAX || blocked[u] ||
			    !geokg__inc_ok(w->g, v, x, w->fwd, w->f))
				continue;
			for (j = 0; v == spur && j < n_skip && skip[j] != u; j++)
				;
			if (v == spur && j < n_skip)
				continue;
			par[u] = v;
			q[t++] = u;
		}
	}
	rc = 0;
	if (par[to] == SIZE_MAX)
		goto done;
	for (n = 1, v = to; v != from; v = par[v])
		n++;
	rc = GEOKG_ENOMEM;
	if (!(*p = malloc(n * sizeof **p)))
		goto done;
	*len = n;
	for (v = to; n > 0; v = par[v])
		(*p)[--n] = v;
	rc = 0;
done:
	free(par);
	free(q);
	return rc;
}

static int seq_eq(const size_t *a, const size_t *b)
{
	return a[0] == b[0] && memcmp(a + 1, b + 1, a[0] * sizeof *a) == 0;
}

static int seqs_has(const seqs *s, const size_t *c)
{
	size_t i;

	for (i = 0; i < s->n; i++)
		if (seq_eq(s->v[i], c))
			return 1;
	return 0;
}

/* The k shortest simple paths: Yen's algorithm over breadth-first
 * searches.  Candidates of equal length keep the order found. */
static int path_k(const walk *w, size_t from, size_t to, size_t k, seqs *out)
{
	seqs cand = {0};
	unsigned char *blocked = calloc(w->n + 1, 1);
	size_t *skip = NULL, *sp = NULL, *buf = NULL, i, j, n_skip, sl;
	int rc = GEOKG_ENOMEM;

	if (!blocked || (rc = path_one(w, from, to, out)) || !out->n || k < 2)
		goto done;
	rc = GEOKG_ENOMEM;
	while (out->n < k) {
		const size_t *prev = out->v[out->n - 1];
		size_t plen = prev[0], best;

		for (i = 0; i + 1 < plen; i++) {
			size_t spur = prev[1 + i];

			/* skip the next nodes of accepted paths sharing this root */
			free(skip);
			if (!(skip = malloc(out->n * sizeof *skip)))
				goto done;
			for (n_skip = 0, j = 0; j < out->n; j++)
				if (out->v[j][0] > i + 1 &&
				    memcmp(out->v[j] + 1, prev + 1, (i + 1) * sizeof *prev) == 0)
					skip[n_skip++] = out->v[j][2 + i];
			for (j = 0; j < i; j++)
				blocked[prev[1 + j]] = 1;
			rc = bfs_avoiding(w, spur, to, blocked, spur, skip, n_skip, &sp, &sl);
			for (j = 0; j < i; j++)
				blocked[prev[1 + j]] = 0;
			if (rc)
				goto done;
			rc = GEOKG_ENOMEM;
			if (!sp)
				continue;
			free(buf);
			if (!(buf = malloc((i + sl + 1) * sizeof *buf)))
				goto done;
			buf[0] = i + sl;
			memcpy(buf + 1, prev + 1, i * sizeof *buf);
			memcpy(buf + 1 + i, sp, sl * sizeof *sp);
			free(sp);
			sp = NULL;
			if (!seqs_has(out, buf) && !seqs_has(&cand, buf) &&
			    seqs_add(&cand, buf + 1, buf[0]))
				goto done;
		}
		if (!cand.n)
			break;
		for (best = 0, j = 1; j < cand.n; j++)
			if (cand.v[j][0] < cand.v[best][0])
				best = j;
		if (geokg__grow(&out->v, &out->cap, out->n + 1, sizeof *out->v))
			goto done;
		out->v[out->n++] = cand.v[best];
		memmove(cand.v + best, cand.v + best + 1,
		        (cand.n - best - 1) * sizeof *cand.v);
		cand.n--;
	}
	rc = 0;
done:
	seqs_free(&cand);
	free(blocked);
	free(skip);
	free(sp);
	free(buf);
	return rc;
}

int geokg_paths_find(const geokg_graph *g, const geokg_path_query *q,
                     geokg_paths **out, geokg_error *err)
{
	seqs s = {0};
	walk w;
	size_t limit = q->limit ? q->limit : DEFAULT_LIMIT;
	int rc, truncated = 0;

	*out = NULL;
	if (q->from >= g->n_nodes || q->to >= g->n_nodes)
		return geokg__fail(err, GEOKG_EINVAL, "path end %zu is not a node",
		                   q->from >= g->n_nodes ? q->from : q->to);
	if (q->mode == GEOKG_PATH_K_SHORTEST && q->k < 1)
		return geokg__fail(err, GEOKG_EINVAL, "k must be at least 1");
	memset(&w, 0, sizeof w);
	if ((rc = geokg__adj_get(g, &w.a, err)))
		return rc;
	w.g = g;
	w.f = q->filter;
	w.n = g->n_nodes;
	w.fwd = q->directed ? WALK_ALONG : WALK_ANY;
	w.bwd = q->directed ? WALK_AGAINST : WALK_ANY;
	switch (q->mode) {
	case GEOKG_PATH_SHORTEST:
		rc = path_one(&w, q->from, q->to, &s);
		break;
	case GEOKG_PATH_ALL_SHORTEST:
		rc = path_enum(&w, q->from, q->to, 1, 0, limit, &s, &truncated);
		break;
	case GEOKG_PATH_K_SHORTEST:
		rc = path_k(&w, q->from, q->to, q->k, &s);
		break;
	case GEOKG_PATH_MAX_HOPS:
		rc = path_enum(&w, q->from, q->to, 0, q->max_hops, limit, &s,
		               &truncated);
		break;
	default:
		rc = geokg__fail(err, GEOKG_EINVAL, "unknown path mode");
		goto done;
	}
	if (rc) {
		rc = geokg__nomem(err);
		goto done;
	}
	rc = make_paths(&w, &s, truncated, out, err);
done:
	seqs_free(&s);
	return rc;
}

/* ---- neighbourhoods ------------------------------------------------ */

void geokg_neighborhood_free(geokg_neighborhood *n)
{
	if (!n)
		return;
	free(n->nodes);
	free(n->depth);
	free(n->edges);
	free(n);
}

/* qsort has no context: the comparators read the graph from here. */
static _Thread_local const geokg_graph *cmp_graph;
static _Thread_local const size_t *cmp_rank;

/* Edges by type, then their place in the canonical order (cmp_rank). */
static int edge_type_cmp(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	const geokg_edge *ex = &cmp_graph->edges[x].pub, *ey = &cmp_graph->edges[y].pub;

	if (ex->type != ey->type)
		return ex->type < ey->type ? -1 : 1;
	return cmp_rank[x] < cmp_rank[y] ? -1 : cmp_rank[x] > cmp_rank[y];
}

/* The position of every edge in the canonical order (malloc'd). */
static size_t *canonical_rank(const geokg_graph *g)
{
	size_t *o = geokg__graph_edge_order(g), *r, i;

	if (!o)
		return NULL;
	if ((r = malloc((g->n_edges ? g->n_edges : 1) * sizeof *r)))
		for (i = 0; i < g->n_edges; i++)
			r[o[i]] = i;
	free(o);
	return r;
}

int geokg_neighbors(const geokg_graph *g, size_t node, size_t depth,
                    geokg_direction dir, const geokg_filter *f,
                    geokg_neighborhood **out, geokg_error *err)
{
	const struct geokg__adj *a;
	geokg_neighborhood *r = NULL;
	size_t *dist = NULL, *q = NULL, *rank = NULL, h = 0, t = 0, i, cap = 0;
	unsigned char *taken = NULL;
	int mode = dir == GEOKG_DIR_OUT ? WALK_ALONG : dir == GEOKG_DIR_IN ? WALK_AGAINST : WALK_ANY;
	int rc;

	*out = NULL;
	if (node >= g->n_nodes)
		return geokg__fail(err, GEOKG_EINVAL, "node %zu is not a node", node);
	if ((rc = geokg__adj_get(g, &a, err)))
		return rc;
	rc = GEOKG_ENOMEM;
	if (!(r = calloc(1, sizeof *r)) || !(dist = new_dist(g->n_nodes)) ||
	    !(q = malloc(g->n_nodes * sizeof *q)) ||
	    !(r->nodes = malloc(g->n_nodes * sizeof *r->nodes)) ||
	    !(r->depth = malloc(g->n_nodes * sizeof *r->depth)) ||
	    !(taken = calloc(g->n_edges + 1, 1)))
		goto done;
	dist[node] = 0;
	q[t++] = node;
	while (h < t) {
		size_t v = q[h++];

		if (dist[v] >= depth)
			continue;
		for (i = a->start[v]; i < a->start[v + 1]; i++) {
			const geokg__inc *x = &a->inc[i];
			size_t e = INC_EDGE(x);

			if (!geokg__inc_ok(g, v, x, mode, f) || taken[e])
				continue;
			taken[e] = 1;
			if (geokg__grow(&r->edges, &cap, r->n_edges + 1, sizeof *r->edges))
				goto done;
			r->edges[r->n_edges++] = e;
			if (dist[x->nbr] == SIZE_MAX) {
				dist[x->nbr] = dist[v] + 1;
				r->nodes[r->n_nodes] = x->nbr;
				r->depth[r->n_nodes++] = dist[v] + 1;
				q[t++] = x->nbr;
			}
		}
	}
	if (!(rank = canonical_rank(g)))
		goto done;
	cmp_graph = g;
	cmp_rank = rank;
	if (r->n_edges)
		qsort(r->edges, r->n_edges, sizeof *r->edges, edge_type_cmp);
	*out = r;
	r = NULL;
	rc = 0;
done:
	geokg_neighborhood_free(r);
	free(dist);
	free(q);
	free(rank);
	free(taken);
	return rc ? geokg__nomem(err) : 0;
}

/* ---- edges --------------------------------------------------------- */

int geokg_edges_select(const geokg_graph *g, const geokg_filter *f,
                       long from, long to, size_t **out, size_t *n,
                       geokg_error *err)
{
	size_t *o = geokg__graph_edge_order(g), i, k = 0;

	*out = NULL;
	*n = 0;
	if (!o)
		return geokg__nomem(err);
	for (i = 0; i < g->n_edges; i++) {
		const geokg_edge *e = &g->edges[o[i]].pub;
		long s = (long)e->source, t = (long)e->target;
		int along = (from < 0 || from == s) && (to < 0 || to == t);
		int against = e->type == GEOKG_TYPE_MEETS &&
		              (from < 0 || from == t) && (to < 0 || to == s);

		if ((along || against) && (!f || geokg_filter_edge(f, g, o[i])))
			o[k++] = o[i];
	}
	*out = o;
	*n = k;
	return 0;
}

/* ---- rankings ------------------------------------------------------ */

static int ranked_cmp(const void *a, const void *b)
{
	const geokg_ranked *x = a, *y = b;

	if (x->score != y->score)
		return x->score > y->score ? -1 : 1;
	return strcmp(cmp_graph->nodes[x->node].pub.id,
	              cmp_graph->nodes[y->node].pub.id);
}

/*
 * PageRank or betweenness with igraph on a graph of the edges that pass
 * f: directed for PageRank (a meets edge both ways, weights = documents),
 * undirected and unweighted for betweenness.
 */
static int rank_igraph(const geokg_graph *g, geokg_rank_by by,
                       const geokg_filter *f, double *score, geokg_error *err)
{
	igraph_vector_int_t ends;
	igraph_vector_t w, res;
	igraph_t ig;
	igraph_error_t ir;
	size_t i, k = 0;
	int have_ig = 0, rc = 0;

	geokg__igraph_init();
	if (igraph_vector_int_init(&ends, 0))
		return geokg__nomem(err);
	if (igraph_vector_init(&w, 0)) {
		igraph_vector_int_destroy(&ends);
		return geokg__nomem(err);
	}
	if (igraph_vector_init(&res, 0)) {
		igraph_vector_int_destroy(&ends);
		igraph_vector_destroy(&w);
		return geokg__nomem(err);
	}
	for (i = 0; i < g->n_edges; i++) {
		const geokg_edge *e = &g->edges[i].pub;
		int both = by == GEOKG_RANK_PAGERANK && e->type == GEOKG_TYPE_MEETS;

		if (e->source == e->target || (f && !geokg_filter_edge(f, g, i)))
			continue;
		if (igraph_vector_int_push_back(&ends, (igraph_integer_t)e->source) ||
		    igraph_vector_int_push_back(&ends, (igraph_integer_t)e->target) ||
		    igraph_vector_push_back(&w, (igraph_real_t)(e->weight ? e->weight : 1)) ||
		    (both && (igraph_vector_int_push_back(&ends, (igraph_integer_t)e->target) ||
		              igraph_vector_int_push_back(&ends, (igraph_integer_t)e->source) ||
		              igraph_vector_push_back(&w, (igraph_real_t)(e->weight ? e->weight : 1))))) {
			rc = geokg__nomem(err);
			goto done;
		}
		k++;
	}
	ir = igraph_create(&ig, &ends, (igraph_integer_t)g->n_nodes,
	                   by == GEOKG_RANK_PAGERANK ? IGRAPH_DIRECTED : IGRAPH_UNDIRECTED);
	if (ir) {
		rc = geokg__igraph_fail(err, ir, "building the ranking graph");
		goto done;
	}
	have_ig = 1;
	if (by == GEOKG_RANK_PAGERANK)
		ir = igraph_pagerank(&ig, IGRAPH_PAGERANK_ALGO_PRPACK, &res, NULL,
		                     igraph_vss_all(), 1, 0.85, k ? &w : NULL, NULL);
	else
		ir = igraph_betweenness(&ig, &res, igraph_vss_all(), 0, NULL);
	if (ir) {
		rc = geokg__igraph_fail(err, ir, by == GEOKG_RANK_PAGERANK ?
		                        "pagerank" : "betweenness");
		goto done;
	}
	for (i = 0; i < g->n_nodes; i++)
		score[i] = VECTOR(res)[i];
done:
	if (have_ig)
		igraph_destroy(&ig);
	igraph_vector_int_destroy(&ends);
	igraph_vector_destroy(&w);
	igraph_vector_destroy(&res);
	return rc;
}

int geokg_rank(const geokg_graph *g, geokg_rank_by by, const geokg_filter *f,
               geokg_ranked **out, geokg_error *err)
{
	size_t n = g->n_nodes, i;
	double *score = calloc(n ? n : 1, sizeof *score);
	geokg_ranked *r = malloc((n ? n : 1) * sizeof *r);
	int rc = 0;

	*out = NULL;
	if (!score || !r) {
		rc = geokg__nomem(err);
		goto done;
	}
	if (by == GEOKG_RANK_DEGREE) {
		for (i = 0; i < g->n_edges; i++) {
			const geokg_edge *e = &g->edges[i].pub;

			if (f && !geokg_filter_edge(f, g, i))
				continue;
			score[e->source] += 1;
			if (e->target != e->source)
				score[e->target] += 1;
		}
	} else if (by == GEOKG_RANK_PAGERANK || by == GEOKG_RANK_BETWEENNESS) {
		if (n && (rc = rank_igraph(g, by, f, score, err)))
			goto done;
	} else {
		rc = geokg__fail(err, GEOKG_EINVAL, "unknown ranking");
		goto done;
	}
	for (i = 0; i < n; i++) {
		r[i].node = i;
		r[i].score = score[i];
	}
	cmp_graph = g;
	qsort(r, n, sizeof *r, ranked_cmp);
	*out = r;
	r = NULL;
done:
	free(score);
	free(r);
	return rc;
}
