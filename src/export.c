/*
 * export.c - views (focus, path, top actors, filters) and the export of a
 * view to DOT (built and written through cgraph), SVG, PNG and PDF (laid
 * out and rendered in-process through gvc), GraphML, Gephi's CSV tables
 * and the native JSON format.
 *
 * Drawing rules: node shape and colour by kind, persons in a cluster with
 * the country they act for (dot only), edge colour by type with a legend,
 * pen width by weight, dashed or dotted lines for modalities other than
 * asserted, short labels, a tooltip with the evidence on every node and
 * edge, a link when a document id is a URL.  Small views (see
 * GEOKG_EXPORT_DOT_MAX) are laid out by dot, with ranks set by a BFS
 * spanning forest only (other edges are constraint=false: this keeps dot
 * fast on cyclic graphs); larger ones by sfdp with overlap=prism.
 *
 * Graphviz reports problems through agerr(); while this module calls it,
 * a handler keeps the last message for our error instead of printing it.
 * That handler, like the one Graphviz context kept for the process, is
 * global: exports must not run in parallel threads.
 */
#include "config.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include <jansson.h>

#include "export.h"
#include "graph_impl.h"

#define NONE SIZE_MAX

/* ==== Names ======================================================== */

static const char *const format_names[GEOKG_FORMAT_COUNT] = {
	"dot", "svg", "png", "pdf", "graphml", "csv", "csv-nodes",
	"csv-edges", "json"};
static const char *const layout_names[GEOKG_LAYOUT_COUNT] = {
	"auto", "dot", "sfdp", "neato", "fdp", "circo", "twopi"};

const char *geokg_format_name(geokg_format f)
{
	return (unsigned)f < GEOKG_FORMAT_COUNT ? format_names[f] : "?";
}

int geokg_format_parse(const char *s)
{
	int i;

	for (i = 0; i < GEOKG_FORMAT_COUNT; i++)
		if (strcmp(s, format_names[i]) == 0)
			return i;
	return -1;
}

const char *geokg_layout_name(geokg_layout l)
{
	return (unsigned)l < GEOKG_LAYOUT_COUNT ? layout_names[l] : "?";
}

int geokg_layout_parse(const char *s)
{
	int i;

	for (i = 0; i < GEOKG_LAYOUT_COUNT; i++)
		if (strcmp(s, layout_names[i]) == 0)
			return i;
	return -1;
}

/* ==== Escaping ===================================================== */

/* Decode the UTF-8 character at p into *cp; returns its length.  An
 * invalid or overlong sequence, or a surrogate, is one byte of U+FFFD. */
static size_t utf8_next(const unsigned char *p, unsigned *cp)
{
	unsigned c = p[0], v;
	size_t n, i;

	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c >= 0xc2 && c <= 0xdf)
		n = 2, v = c & 0x1f;
	else if (c >= 0xe0 && c <= 0xef)
		n = 3, v = c & 0x0f;
	else if (c >= 0xf0 && c <= 0xf4)
		n = 4, v = c & 0x07;
	else
		goto bad;
	for (i = 1; i < n; i++) {
		if ((p[i] & 0xc0) != 0x80)
			goto bad;
		v = (v << 6) | (p[i] & 0x3f);
	}
	if ((n == 3 && v < 0x800) || (n == 4 && (v < 0x10000 || v > 0x10ffff)) ||
	    (v >= 0xd800 && v <= 0xdfff))
		goto bad;
	*cp = v;
	return n;
bad:
	*cp = 0xfffd;
	return 1;
}

/* Characters XML 1.0 cannot carry at all (besides tab, LF, CR). */
static int xml_forbidden(unsigned cp)
{
	return (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') ||
	       cp == 0xfffe || cp == 0xffff;
}

int geokg__gv_text(geokg_buf *b, const char *s, size_t max, int mode)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t used = 0, n;
	unsigned cp;
	int rc = 0;

	if (!s)
		return 0;
	while (*p && !rc) {
		n = utf8_next(p, &cp);
		if (max && used + n > max)
			return geokg__buf_puts(b, "\xe2\x80\xa6"); /* ... */
		used += n;
		if (cp == '\\')
			rc = geokg__buf_puts(b, "\\\\");
		else if (cp == '&')
			rc = geokg__buf_puts(b, "&amp;");
		else if (cp == '\n' && mode == GEOKG_GV_TOOLTIP)
			rc = geokg__buf_put(b, "\n", 1);
		else if (cp < 0x20 || cp == 0x7f)
			rc = geokg__buf_put(b, " ", 1);
		else if (cp == 0xfffd || xml_forbidden(cp))
			rc = geokg__buf_puts(b, "\xef\xbf\xbd");
		else
			rc = geokg__buf_put(b, (const char *)p, n);
		p += n;
	}
	return rc;
}

static int is_hex(int c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') ||
	       (c >= 'A' && c <= 'F');
}

int geokg__url_encode(geokg_buf *b, const char *url)
{
	static const char safe[] = "-._~:/?#[]@!$()*+,;=";
	const unsigned char *p;
	int rc = 0;

	for (p = (const unsigned char *)url; *p && !rc; p++) {
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		    (*p >= '0' && *p <= '9') || strchr(safe, *p))
			rc = geokg__buf_put(b, (const char *)p, 1);
		else if (*p == '%' && is_hex(p[1]) && is_hex(p[2]))
			rc = geokg__buf_put(b, "%", 1);
		else if (*p == '&')
			rc = geokg__buf_puts(b, "&amp;");
		else
			rc = geokg__buf_printf(b, "%%%02X", *p);
	}
	return rc;
}

int geokg__xml_text(geokg_buf *b, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t n;
	unsigned cp;
	int rc = 0;

	while (p && *p && !rc) {
		n = utf8_next(p, &cp);
		switch (cp) {
		case '&': rc = geokg__buf_puts(b, "&amp;"); break;
		case '<': rc = geokg__buf_puts(b, "&lt;"); break;
		case '>': rc = geokg__buf_puts(b, "&gt;"); break;
		case '"': rc = geokg__buf_puts(b, "&quot;"); break;
		case '\'': rc = geokg__buf_puts(b, "&apos;"); break;
		case '\r': rc = geokg__buf_puts(b, "&#13;"); break;
		default:
			if (cp == 0xfffd || xml_forbidden(cp))
				rc = geokg__buf_puts(b, "\xef\xbf\xbd");
			else
				rc = geokg__buf_put(b, (const char *)p, n);
		}
		p += n;
	}
	return rc;
}

int geokg__csv_field(geokg_buf *b, const char *s)
{
	const char *p;
	int rc;

	if (!s || !*s)
		return 0;
	if (!strpbrk(s, ",\"\r\n") && s[0] != ' ' && s[strlen(s) - 1] != ' ')
		return geokg__buf_puts(b, s);
	rc = geokg__buf_put(b, "\"", 1);
	for (p = s; *p && !rc; p++)
		rc = *p == '"' ? geokg__buf_put(b, "\"\"", 2) : geokg__buf_put(b, p, 1);
	return rc ? rc : geokg__buf_put(b, "\"", 1);
}

/* ==== Views ======================================================== */

/* The edges passing a filter, by node: the edges of node u are
 * inc[off[u]] .. inc[off[u+1]-1] (a loop appears once). */
typedef struct adjacency {
	size_t *off, *inc;
} adjacency;

static void adj_free(adjacency *a)
{
	free(a->off);
	free(a->inc);
}

/* Build the adjacency of the edges e with keep[e] != 0. */
static int adj_build(adjacency *a, const geokg_graph *g,
                     const unsigned char *keep, geokg_error *err)
{
	size_t n = g->n_nodes, e, *fill = NULL;
	int rc = 0;

	a->off = calloc(n + 2, sizeof *a->off);
	a->inc = malloc((2 * g->n_edges + 1) * sizeof *a->inc);
	fill = calloc(n + 1, sizeof *fill);
	if (!a->off || !a->inc || !fill) {
		rc = geokg__nomem(err);
		goto done;
	}
	for (e = 0; e < g->n_edges; e++) {
		const geokg_edge *x = &g->edges[e].pub;

		if (!keep[e])
			continue;
		a->off[x->source + 1]++;
		if (x->target != x->source)
			a->off[x->target + 1]++;
	}
	for (e = 0; e < n; e++)
		a->off[e + 1] += a->off[e];
	for (e = 0; e < g->n_edges; e++) {
		const geokg_edge *x = &g->edges[e].pub;

		if (!keep[e])
			continue;
		a->inc[a->off[x->source] + fill[x->source]++] = e;
		if (x->target != x->source)
			a->inc[a->off[x->target] + fill[x->target]++] = e;
	}
done:
	free(fill);
	if (rc)
		adj_free(a);
	return rc;
}

static size_t other_end(const geokg_graph *g, size_t e, size_t u)
{
	const geokg_edge *x = &g->edges[e].pub;

	return x->source == u ? x->target : x->source;
}

int geokg__export_actor(const geokg_graph *g, const char *name, size_t *node,
                        geokg_error *err)
{
	return geokg_query_actor(g, name, node, err);
}

static int filter_active(const geokg_filter *f)
{
	return f->types || f->modalities || f->since || f->until || f->min_weight;
}

void geokg__selection_free(geokg__selection *s)
{
	if (!s)
		return;
	free(s->node_in);
	free(s->edge_in);
	free(s->roots);
	memset(s, 0, sizeof *s);
}

/* Working state of geokg__select. */
typedef struct selector {
	const geokg_graph *g;
	const geokg_view *v;
	geokg__selection *s;
	unsigned char *pass;  /* edge passes the filter */
	unsigned char *cand;  /* node may join (1) or must join (2) */
	size_t *deg;          /* edges passing the filter, by node */
	unsigned char *on_path; /* edge is a hop of a path */
	adjacency adj;
} selector;

/* The neighbourhood of the focus (the query module's): the focus must
 * join, the rest may. */
static int select_focus(selector *x, geokg_error *err)
{
	geokg_neighborhood *nb = NULL;
	size_t f, i;
	int rc;

	if ((rc = geokg__export_actor(x->g, x->v->focus, &f, err)))
		return rc;
	if (x->v->depth && x->deg[f]) { /* else the actor alone */
		if ((rc = geokg_neighbors(x->g, f, x->v->depth, GEOKG_DIR_BOTH,
		                          &x->v->filter, &nb, err)))
			return rc;
		for (i = 0; i < nb->n_nodes; i++)
			x->cand[nb->nodes[i]] = 1;
		geokg_neighborhood_free(nb);
	}
	x->cand[f] = 2;
	x->s->roots[x->s->n_roots++] = f;
	return 0;
}

/* A shortest path from `from` to `to` (the query module's, in either
 * direction, the strongest edge at each hop): its actors must join and
 * its hops are marked; the actors one hop from it may join. */
static int select_path(selector *x, geokg_error *err)
{
	geokg_path_query q = {0};
	geokg_paths *p = NULL;
	size_t i, j;
	int rc;

	if (!x->v->to)
		return geokg__fail(err, GEOKG_EINVAL, "a path needs two actors");
	if ((rc = geokg__export_actor(x->g, x->v->from, &q.from, err)) ||
	    (rc = geokg__export_actor(x->g, x->v->to, &q.to, err)))
		return rc;
	q.mode = GEOKG_PATH_SHORTEST;
	q.filter = &x->v->filter;
	if ((rc = geokg_paths_find(x->g, &q, &p, err)))
		return rc;
	if (!p->n) {
		geokg_paths_free(p);
		return geokg__fail(err, GEOKG_ENOTFOUND,
		                   "no path from '%s' to '%s' over the edges shown",
		                   x->v->from, x->v->to);
	}
	x->cand[q.from] = 2;
	for (i = 0; i < p->n; i++)
		for (j = 0; j < p->paths[i].n_hops; j++) {
			const geokg_hop *h = &p->paths[i].hops[j];

			x->cand[h->from] = x->cand[h->to] = 2;
			x->on_path[h->edge] = 1;
		}
	geokg_paths_free(p);
	for (i = 0; i < x->g->n_nodes; i++) {
		if (x->cand[i] != 2)
			continue;
		for (j = x->adj.off[i]; j < x->adj.off[i + 1]; j++) {
			size_t w = other_end(x->g, x->adj.inc[j], i);

			if (!x->cand[w])
				x->cand[w] = 1;
		}
	}
	x->s->roots[x->s->n_roots++] = q.from;
	return 0;
}

typedef struct ranked {
	size_t deg, node;
	const char *id;
} ranked;

static int ranked_cmp(const void *a, const void *b)
{
	const ranked *x = a, *y = b;

	if (x->deg != y->deg)
		return x->deg > y->deg ? -1 : 1;
	return strcmp(x->id, y->id);
}

/* Admit every must-join candidate and the `top` best may-join ones by
 * degree over the edges that pass (the query module's ranking; all of
 * them when top is 0). */
static int admit(selector *x, geokg_error *err)
{
	size_t n = x->g->n_nodes, i, k = 0;
	geokg_ranked *r;
	int rc;

	if (!x->v->top) {
		for (i = 0; i < n; i++)
			x->s->node_in[i] = x->cand[i];
		return 0;
	}
	if ((rc = geokg_rank(x->g, GEOKG_RANK_DEGREE, &x->v->filter, &r, err)))
		return rc;
	for (i = 0; i < n; i++)
		x->s->node_in[i] = x->cand[i] == 2 ? 2 : 0;
	for (i = 0; i < n && k < x->v->top; i++)
		if (x->cand[r[i].node] == 1) {
			x->s->node_in[r[i].node] = 1;
			k++;
		}
	free(r);
	return 0;
}

/* The edges passing the filter between admitted nodes (in a path view,
 * those touching the path); the hops of the path are marked. */
static void admit_edges(selector *x)
{
	size_t e;

	for (e = 0; e < x->g->n_edges; e++) {
		const geokg_edge *y = &x->g->edges[e].pub;
		unsigned char a = x->s->node_in[y->source], b = x->s->node_in[y->target];

		x->s->edge_in[e] = 0;
		if (!x->pass[e] || !a || !b)
			continue;
		if (x->v->from && a != 2 && b != 2)
			continue; /* a path view: only what touches the path */
		x->s->edge_in[e] = 1;
		x->s->edges_in++;
		if (x->on_path[e])
			x->s->edge_in[e] = 2;
	}
}

static int selector_init(selector *x, geokg_error *err)
{
	size_t n = x->g->n_nodes, m = x->g->n_edges, e;

	x->pass = calloc(m + 1, 1);
	x->cand = calloc(n + 1, 1);
	x->deg = calloc(n + 1, sizeof *x->deg);
	x->on_path = calloc(m + 1, 1);
	x->s->node_in = calloc(n + 1, 1);
	x->s->edge_in = calloc(m + 1, 1);
	x->s->roots = calloc(2, sizeof *x->s->roots);
	if (!x->pass || !x->cand || !x->deg || !x->on_path ||
	    !x->s->node_in || !x->s->edge_in || !x->s->roots)
		return geokg__nomem(err);
	for (e = 0; e < m; e++) {
		const geokg_edge *y = &x->g->edges[e].pub;

		if (!(x->pass[e] = (unsigned char)geokg_filter_edge(&x->v->filter, x->g, e)))
			continue;
		x->deg[y->source]++;
		if (y->target != y->source)
			x->deg[y->target]++;
	}
	return adj_build(&x->adj, x->g, x->pass, err);
}

static void selector_free(selector *x)
{
	free(x->pass);
	free(x->cand);
	free(x->deg);
	free(x->on_path);
	adj_free(&x->adj);
}

/*
 * Resolve view v against g into *s (zeroed first; release it with
 * geokg__selection_free whether or not this succeeds).
 */
int geokg__select(geokg__selection *s, const geokg_graph *g,
                  const geokg_view *v, geokg_error *err)
{
	selector x;
	size_t i;
	int rc;

	memset(s, 0, sizeof *s);
	memset(&x, 0, sizeof x);
	x.g = g;
	x.v = v;
	x.s = s;
	s->n_nodes = g->n_nodes;
	s->n_edges = g->n_edges;
	if (v->to && !v->from) {
		rc = geokg__fail(err, GEOKG_EINVAL, "a path needs two actors");
		goto done;
	}
	if ((rc = selector_init(&x, err)))
		goto done;
	if (v->focus && (rc = select_focus(&x, err)))
		goto done;
	if (v->from && (rc = select_path(&x, err)))
		goto done;
	if (!v->focus && !v->from)
		for (i = 0; i < g->n_nodes; i++)
			x.cand[i] = !filter_active(&v->filter) || x.deg[i] ? 1 : 0;
	if ((rc = admit(&x, err)))
		goto done;
	admit_edges(&x);
	for (i = 0; i < g->n_nodes; i++)
		s->nodes_in += s->node_in[i] != 0;
done:
	selector_free(&x);
	return rc;
}

/* Whether a view is the whole graph. */
static int view_is_all(const geokg_view *v)
{
	return !v->focus && !v->from && !v->to && !v->top &&
	       !filter_active(&v->filter);
}

/* Copy the selected nodes and edges of g into a new graph. */
static int copy_selection(geokg_graph **out, const geokg_graph *g,
                          const geokg__selection *s, geokg_error *err)
{
	geokg_graph *h = NULL;
	size_t *map = malloc((g->n_nodes + 1) * sizeof *map), i, j, e;
	int rc;

	*out = NULL;
	if (!map)
		return geokg__nomem(err);
	if ((rc = geokg_graph_new(&h, err)))
		goto done;
	for (i = 0; i < g->n_nodes && !rc; i++)
		if (s->node_in[i])
			rc = geokg_graph_add_node(h, &g->nodes[i].pub, &map[i], err);
	for (i = 0; i < g->n_edges && !rc; i++) {
		const geokg_edge *x = &g->edges[i].pub;

		if (!s->edge_in[i])
			continue;
		rc = geokg_graph_add_edge(h, map[x->source], map[x->target], x->type,
		                          x->modality, x->object, x->location, NULL,
		                          &e, err);
		for (j = 0; j < x->n_evidence && !rc; j++)
			rc = geokg_graph_add_edge(h, map[x->source], map[x->target],
			                          x->type, x->modality, NULL, NULL,
			                          &x->evidence[j], NULL, err);
	}
	if (!rc) {
		*out = h;
		h = NULL;
	}
done:
	geokg_graph_free(h);
	free(map);
	return rc;
}

int geokg_view_select(geokg_graph **out, const geokg_graph *g,
                      const geokg_view *v, geokg_error *err)
{
	geokg__selection s;
	int rc;

	*out = NULL;
	if (!(rc = geokg__select(&s, g, v, err)))
		rc = copy_selection(out, g, &s, err);
	geokg__selection_free(&s);
	return rc;
}

/* ==== Drawing: styles ============================================== */

static const char *const type_color[GEOKG_TYPE_COUNT] = {
	"#1f77b4", "#2ca02c", "#d62728", "#9467bd"};
/* Solid for asserted; dashed for expected and conditional; dotted for the
 * merely possible or requested; negated is dotted and grey-headed. */
static const char *const mod_style[GEOKG_MOD_COUNT] = {
	"solid", "dashed", "dotted", "dotted", "dashed", "dotted"};
static const char *const kind_shape[GEOKG_KIND_COUNT] = {
	"box", "hexagon", "ellipse"};
static const char *const kind_fill[GEOKG_KIND_COUNT] = {
	"#dbe9f6", "#fdf0c2", "#f9dde4"};

#define LABEL_MAX 28    /* bytes of a node label */
#define EDGE_LABEL_MAX 24
#define TIP_TEXT_MAX 300 /* bytes of one sentence in a tooltip */
#define TIP_EVIDENCE 8   /* evidence records in an edge tooltip */
#define TIP_NODE_EVIDENCE 4

/* Everything the drawing needs besides the cgraph graph itself. */
typedef struct drawing {
	const geokg_graph *g;
	const geokg__selection *s;
	geokg_layout layout;   /* resolved: never AUTO */
	unsigned flags;
	adjacency adj;         /* edges of the view */
	unsigned char *tree;   /* edge ranks in dot's BFS forest */
	Agraph_t *ag;
	Agnode_t **agn;        /* node number -> cgraph node */
	geokg_buf tmp;
} drawing;

/* cgraph wants char *; it copies what it is given. */
static void set(void *obj, const char *name, const char *value)
{
	agsafeset(obj, (char *)name, (char *)value, "");
}

/* Set attribute `name` to the text of d->tmp, then empty it. */
static int set_tmp(drawing *d, void *obj, const char *name)
{
	if (geokg__buf_put(&d->tmp, "", 0) || !d->tmp.data)
		return GEOKG_ENOMEM;
	set(obj, name, d->tmp.data);
	d->tmp.len = 0;
	d->tmp.data[0] = '\0';
	return 0;
}

static int is_url(const char *s)
{
	return s && (strncasecmp(s, "http://", 7) == 0 ||
	             strncasecmp(s, "https://", 8) == 0) && s[8];
}

/* The first evidence document of edge x that is a URL, or NULL. */
static const char *edge_url(const geokg_edge *x)
{
	size_t i;

	for (i = 0; i < x->n_evidence; i++)
		if (is_url(x->evidence[i].doc))
			return x->evidence[i].doc;
	return NULL;
}

/* One evidence line of a tooltip: "[doc, date, sentence N] text". */
static int tip_evidence(geokg_buf *b, const geokg_evidence *ev)
{
	int rc = geokg__buf_puts(b, "\n[") ||
	         geokg__gv_text(b, ev->doc, TIP_TEXT_MAX, GEOKG_GV_LABEL);

	if (!rc && ev->date)
		rc = geokg__buf_printf(b, ", %s", ev->date);
	if (!rc)
		rc = geokg__buf_printf(b, ", sentence %ld] ", ev->sentence);
	if (!rc && ev->text)
		rc = geokg__gv_text(b, ev->text, TIP_TEXT_MAX, GEOKG_GV_TOOLTIP);
	return rc ? GEOKG_ENOMEM : 0;
}

/* The tooltip of edge e: who does what to whom, when, and the evidence. */
static int edge_tooltip(drawing *d, const geokg_edge *x)
{
	geokg_buf *b = &d->tmp;
	size_t i;
	int rc;

	rc = geokg__gv_text(b, d->g->nodes[x->source].pub.name, TIP_TEXT_MAX, 0) ||
	     geokg__buf_printf(b, " %s ", geokg_type_name(x->type)) ||
	     geokg__gv_text(b, d->g->nodes[x->target].pub.name, TIP_TEXT_MAX, 0) ||
	     geokg__buf_printf(b, " (%s; %zu document%s", geokg_modality_name(x->modality),
	                       x->weight, x->weight == 1 ? "" : "s");
	if (!rc && x->first_seen && (!x->last_seen || !strcmp(x->first_seen, x->last_seen)))
		rc = geokg__buf_printf(b, "; %s", x->first_seen);
	else if (!rc && x->first_seen)
		rc = geokg__buf_printf(b, "; %s to %s", x->first_seen, x->last_seen);
	if (!rc)
		rc = geokg__buf_puts(b, ")");
	if (!rc && x->object)
		rc = geokg__buf_puts(b, "\nobject: ") ||
		     geokg__gv_text(b, x->object, TIP_TEXT_MAX, 0);
	if (!rc && x->location)
		rc = geokg__buf_puts(b, "\nlocation: ") ||
		     geokg__gv_text(b, x->location, TIP_TEXT_MAX, 0);
	for (i = 0; i < x->n_evidence && i < TIP_EVIDENCE && !rc; i++)
		rc = tip_evidence(b, &x->evidence[i]);
	if (!rc && x->n_evidence > TIP_EVIDENCE)
		rc = geokg__buf_printf(b, "\n(and %zu more)", x->n_evidence - TIP_EVIDENCE);
	return rc ? GEOKG_ENOMEM : 0;
}

/* Node tooltip, first part: name, kind, id, country, aliases, roles. */
static int node_tip_head(geokg_buf *b, const geokg_node *n)
{
	size_t i;
	int rc;

	rc = geokg__gv_text(b, n->name, TIP_TEXT_MAX, 0) ||
	     geokg__buf_printf(b, " (%s ", geokg_kind_name(n->kind)) ||
	     geokg__gv_text(b, n->id, TIP_TEXT_MAX, 0) || geokg__buf_puts(b, ")");
	if (!rc && n->country)
		rc = geokg__buf_puts(b, "\nacts for ") ||
		     geokg__gv_text(b, n->country, TIP_TEXT_MAX, 0);
	for (i = 0; i < n->n_aliases && i < 6 && !rc; i++)
		rc = geokg__buf_puts(b, i ? ", " : "\nalso: ") ||
		     geokg__gv_text(b, n->aliases[i], 80, 0);
	for (i = 0; i < n->n_roles && i < 4 && !rc; i++) {
		const geokg_role *r = &n->roles[i];

		rc = geokg__buf_puts(b, "\n") || geokg__gv_text(b, r->role, 80, 0);
		if (!rc && r->of)
			rc = geokg__buf_puts(b, " of ") || geokg__gv_text(b, r->of, 80, 0);
		if (!rc && r->start)
			rc = geokg__buf_printf(b, " from %s", r->start);
		if (!rc && r->end)
			rc = geokg__buf_printf(b, " to %s", r->end);
	}
	return rc ? GEOKG_ENOMEM : 0;
}

/* Whether the sentence of ev is among the n evidence records shown (doc
 * ids are interned: equal ids are equal pointers). */
static int seen_before(const geokg_evidence *const *shown, size_t n,
                       const geokg_evidence *ev)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (shown[i]->doc == ev->doc && shown[i]->sentence == ev->sentence)
			return 1;
	return 0;
}

/* The tooltip of node u: who it is, its edges in the view, and a few
 * evidence sentences from them; *url gets the first URL document. */
static int node_tooltip(drawing *d, size_t u, const char **url)
{
	const geokg_evidence *shown[TIP_NODE_EVIDENCE];
	geokg_buf *b = &d->tmp;
	size_t i, k = 0, n = d->adj.off[u + 1] - d->adj.off[u];
	int rc;

	*url = NULL;
	if ((rc = node_tip_head(b, &d->g->nodes[u].pub)))
		return rc;
	if (geokg__buf_printf(b, "\n%zu edge%s here", n, n == 1 ? "" : "s"))
		return GEOKG_ENOMEM;
	for (i = d->adj.off[u]; i < d->adj.off[u + 1]; i++) {
		const geokg_edge *x = &d->g->edges[d->adj.inc[i]].pub;
		size_t j;

		if (!*url)
			*url = edge_url(x);
		for (j = 0; j < x->n_evidence && k < TIP_NODE_EVIDENCE; j++) {
			if (seen_before(shown, k, &x->evidence[j]))
				continue;
			shown[k++] = &x->evidence[j];
			if ((rc = tip_evidence(b, &x->evidence[j])))
				return rc;
		}
	}
	return 0;
}

/* ==== Drawing: the cgraph graph ==================================== */

static void graph_attrs(drawing *d)
{
	Agraph_t *ag = d->ag;

	set(ag, "layout", geokg_layout_name(d->layout));
	set(ag, "fontname", "Helvetica");
	set(ag, "bgcolor", "white");
	set(ag, "outputorder", "edgesfirst");
	agattr(ag, AGNODE, "fontname", "Helvetica");
	agattr(ag, AGNODE, "fontsize", "11");
	agattr(ag, AGNODE, "style", "filled");
	agattr(ag, AGEDGE, "fontname", "Helvetica");
	agattr(ag, AGEDGE, "fontsize", "9");
	agattr(ag, AGEDGE, "arrowsize", "0.7");
	if (d->layout == GEOKG_LAYOUT_DOT) {
		set(ag, "rankdir", "LR");
		set(ag, "nslimit", "4");
		set(ag, "nslimit1", "4");
		set(ag, "mclimit", "0.5");
		set(ag, "ranksep", "0.6");
	} else {
		set(ag, "overlap", "prism");
		set(ag, "sep", "+6");
		set(ag, "splines", "false");
	}
}

/* The cluster "cluster_ID" of country id c, created (with the country's
 * name as label) when `create` is set. */
static Agraph_t *cluster(drawing *d, const char *c, int create)
{
	Agraph_t *sub;
	long ci;

	d->tmp.len = 0;
	if (geokg__buf_printf(&d->tmp, "cluster_%s", c))
		return NULL;
	if ((sub = agsubg(d->ag, d->tmp.data, 0)) || !create)
		return sub;
	if (!(sub = agsubg(d->ag, d->tmp.data, 1)))
		return NULL;
	d->tmp.len = 0;
	ci = geokg_graph_find(d->g, c);
	if (geokg__gv_text(&d->tmp, ci >= 0 ? d->g->nodes[ci].pub.name : c,
	                   LABEL_MAX, GEOKG_GV_LABEL) || set_tmp(d, sub, "label"))
		return NULL;
	set(sub, "tooltip", agget(sub, "label"));
	set(sub, "style", "rounded,dashed");
	set(sub, "color", "#9aa5b1");
	set(sub, "fontsize", "10");
	return sub;
}

/* Each country that a person in the view acts for gets a cluster holding
 * it and its people (dot only: sfdp ignores clusters).  Created in id
 * order before any node, so that the output does not depend on which
 * comes first. */
static int make_clusters(drawing *d, const size_t *order)
{
	size_t i;

	if (d->layout != GEOKG_LAYOUT_DOT)
		return 0;
	for (i = 0; i < d->g->n_nodes; i++) {
		const geokg_node *n = &d->g->nodes[order[i]].pub;

		if (d->s->node_in[order[i]] && n->kind == GEOKG_KIND_PERSON &&
		    !cluster(d, n->country, 1))
			return GEOKG_ENOMEM;
	}
	return 0;
}

/* The cluster node u belongs in, or NULL. */
static Agraph_t *cluster_of(drawing *d, size_t u)
{
	const geokg_node *n = &d->g->nodes[u].pub;

	if (d->layout != GEOKG_LAYOUT_DOT || n->kind == GEOKG_KIND_ORG)
		return NULL;
	return cluster(d, n->kind == GEOKG_KIND_PERSON ? n->country : n->id, 0);
}

/* Whether s is an acronym: capitals and digits (NATO, G7). */
static int is_acronym(const char *s)
{
	for (; *s; s++)
		if (!((*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9')))
			return 0;
	return 1;
}

/* The name to show: the name when it fits the label; else for an
 * organisation its id when that is an acronym (NATO); else the shortest
 * capitalised alias that fits (DRC); else the name (cut when shown). */
static const char *short_name(const geokg_node *n)
{
	const char *best = NULL;
	size_t i, len;

	if (strlen(n->name) <= LABEL_MAX)
		return n->name;
	if (n->kind == GEOKG_KIND_ORG && strlen(n->id) <= LABEL_MAX && is_acronym(n->id))
		return n->id;
	for (i = 0; i < n->n_aliases; i++) {
		const char *a = n->aliases[i];

		len = strlen(a);
		if (len >= 2 && len <= LABEL_MAX && a[0] >= 'A' && a[0] <= 'Z' &&
		    (!best || len < strlen(best)))
			best = a;
	}
	return best ? best : n->name;
}

/* Create the cgraph node of node u with its style, label and tooltip. */
static int add_node(drawing *d, size_t u)
{
	const geokg_node *n = &d->g->nodes[u].pub;
	Agraph_t *sub = cluster_of(d, u);
	const char *url;
	Agnode_t *an;

	if (!(an = agnode(d->ag, (char *)n->id, 1)))
		return GEOKG_ENOMEM;
	if (sub)
		agsubnode(sub, an, 1);
	d->agn[u] = an;
	set(an, "shape", kind_shape[n->kind]);
	set(an, "fillcolor", kind_fill[n->kind]);
	set(an, "kind", geokg_kind_name(n->kind));
	if (d->s->node_in[u] == 2)
		set(an, "penwidth", "3");
	d->tmp.len = 0;
	if (geokg__gv_text(&d->tmp, short_name(n), LABEL_MAX, GEOKG_GV_LABEL) ||
	    set_tmp(d, an, "label") || node_tooltip(d, u, &url) ||
	    set_tmp(d, an, "tooltip"))
		return GEOKG_ENOMEM;
	if (url && (geokg__url_encode(&d->tmp, url) || set_tmp(d, an, "URL")))
		return GEOKG_ENOMEM;
	return 0;
}

static void edge_pen(size_t weight, int marked, char *buf, size_t n)
{
	double w = 1.0;
	size_t k;

	for (k = weight; k > 1 && w < 6.0; k /= 2)
		w += 1.0; /* 1 + log2(weight), at most 6 */
	snprintf(buf, n, "%.0f", marked ? w + 2.0 : w);
}

/* The short label of an edge: its object, else its type (small views
 * only).  It
 * is an xlabel, placed after the layout: a plain edge label becomes a
 * virtual node in dot's ranks, which makes dot slower and, in Graphviz
 * 2.42, crashes gvFreeLayout() on some cyclic graphs (double free). */
static int edge_label(drawing *d, Agedge_t *ae, const geokg_edge *x)
{
	const char *t = x->object ? x->object : geokg_type_name(x->type);

	if (d->s->edges_in > GEOKG_EXPORT_EDGE_LABELS_MAX)
		return 0;
	if (geokg__gv_text(&d->tmp, t, EDGE_LABEL_MAX, GEOKG_GV_LABEL) ||
	    (x->modality != GEOKG_MOD_ASSERTED &&
	     geokg__buf_printf(&d->tmp, " (%s)", geokg_modality_name(x->modality))))
		return GEOKG_ENOMEM;
	return set_tmp(d, ae, "xlabel");
}

/*
 * Edges are drawn in bundles: the edges of the view between the same two
 * actors with the same type (meets either way round), whatever their
 * modality, make one line.  next[e] links the edges of a bundle in
 * canonical order (NONE ends it).
 */
typedef struct bundle {
	size_t head, n, weight;
	unsigned mods;      /* modalities present */
	geokg_modality best; /* the strongest (asserted first) */
	int marked, tree;
	const char *url;
} bundle;

static void bundle_sum(const drawing *d, const size_t *next, size_t head,
                       bundle *b)
{
	size_t e;

	memset(b, 0, sizeof *b);
	b->head = head;
	b->best = GEOKG_MOD_COUNT;
	for (e = head; e != NONE; e = next[e]) {
		const geokg_edge *x = &d->g->edges[e].pub;

		b->n++;
		b->weight += x->weight;
		b->mods |= 1u << x->modality;
		if (x->modality < b->best)
			b->best = x->modality;
		b->marked |= d->s->edge_in[e] == 2;
		b->tree |= d->tree && d->tree[e];
		if (!b->url)
			b->url = edge_url(x);
	}
}

#define TIP_BUNDLE 6 /* edges described in a bundle's tooltip */

/* The tooltip of a bundle: each edge's, one after the other. */
static int bundle_tooltip(drawing *d, const size_t *next, const bundle *b)
{
	size_t e, k = 0;

	for (e = b->head; e != NONE && k < TIP_BUNDLE; e = next[e], k++)
		if ((k && geokg__buf_puts(&d->tmp, "\n\n")) ||
		    edge_tooltip(d, &d->g->edges[e].pub))
			return GEOKG_ENOMEM;
	if (b->n > TIP_BUNDLE &&
	    geokg__buf_printf(&d->tmp, "\n\n(and %zu more edges)", b->n - TIP_BUNDLE))
		return GEOKG_ENOMEM;
	return 0;
}

/* The modalities of a bundle, comma-separated, into buf. */
static void bundle_mods(const bundle *b, char *buf, size_t n)
{
	size_t i, len = 0;

	buf[0] = '\0';
	for (i = 0; i < GEOKG_MOD_COUNT && len < n; i++)
		if (b->mods & (1u << i))
			len += (size_t)snprintf(buf + len, n - len, "%s%s", len ? "," : "",
			                        geokg_modality_name((geokg_modality)i));
}

/* The strongest edge of a bundle (its first edge of the best modality). */
static const geokg_edge *bundle_best(const drawing *d, const size_t *next,
                                     const bundle *b)
{
	size_t e;

	for (e = b->head; e != NONE; e = next[e])
		if (d->g->edges[e].pub.modality == b->best)
			return &d->g->edges[e].pub;
	return &d->g->edges[b->head].pub;
}

/* Draw the bundle starting at edge `head`: type colour, the strongest
 * modality's line, width by the documents of all its edges; keyed by type
 * so that DOT tools can tell parallel lines apart. */
static int add_bundle(drawing *d, const size_t *next, size_t head)
{
	const geokg_edge *x = &d->g->edges[head].pub, *best;
	char pen[16], mods[96];
	Agedge_t *ae;
	bundle b;

	bundle_sum(d, next, head, &b);
	best = bundle_best(d, next, &b);
	if (!(ae = agedge(d->ag, d->agn[x->source], d->agn[x->target],
	                  (char *)geokg_type_name(x->type), 1)))
		return GEOKG_ENOMEM;
	edge_pen(b.weight, b.marked, pen, sizeof pen);
	bundle_mods(&b, mods, sizeof mods);
	set(ae, "type", geokg_type_name(x->type));
	set(ae, "modality", mods);
	set(ae, "color", type_color[x->type]);
	set(ae, "fontcolor", type_color[x->type]);
	set(ae, "style", mod_style[b.best]);
	set(ae, "penwidth", pen);
	if (x->type == GEOKG_TYPE_MEETS)
		set(ae, "dir", "none");
	if (b.best == GEOKG_MOD_NEGATED)
		set(ae, "arrowhead", "tee");
	if (d->layout == GEOKG_LAYOUT_DOT && !b.tree)
		set(ae, "constraint", "false");
	if (edge_label(d, ae, best) || bundle_tooltip(d, next, &b) ||
	    set_tmp(d, ae, "tooltip"))
		return GEOKG_ENOMEM;
	if (b.url && (geokg__url_encode(&d->tmp, b.url) || set_tmp(d, ae, "URL")))
		return GEOKG_ENOMEM;
	return 0;
}

/* Link the view's edges (in `order`) into bundles: next[] as above, and
 * the heads in canonical order in heads[0 .. *n_heads-1]. */
static int make_bundles(drawing *d, const size_t *order, size_t *next,
                        size_t *heads, size_t *n_heads)
{
	size_t *last = malloc((d->g->n_edges + 1) * sizeof *last), i, h;
	geokg_map m = {0};
	int rc = 0;

	*n_heads = 0;
	for (i = 0; last && i < d->g->n_edges && !rc; i++) {
		size_t e = order[i], key[3];
		const geokg_edge *x = &d->g->edges[e].pub;

		next[e] = NONE;
		if (!d->s->edge_in[e])
			continue;
		key[0] = x->type == GEOKG_TYPE_MEETS && x->target < x->source ? x->target : x->source;
		key[1] = key[0] == x->source ? x->target : x->source;
		key[2] = x->type;
		if (geokg__map_get(&m, key, sizeof key, &h)) {
			next[last[h]] = e;
			last[h] = e;
		} else {
			last[e] = e;
			heads[(*n_heads)++] = e;
			rc = geokg__map_put(&m, key, sizeof key, e);
		}
	}
	if (!last)
		rc = GEOKG_ENOMEM;
	geokg__map_free(&m);
	free(last);
	return rc;
}

/* A name for the legend node that no actor has. */
static void legend_name(const geokg_graph *g, char *buf, size_t n)
{
	size_t k = 0;

	snprintf(buf, n, "geokg_legend");
	while (geokg_graph_find(g, buf) >= 0)
		snprintf(buf, n, "geokg_legend_%zu", ++k);
}

/* The legend: an HTML-like table of the node kinds, the edge types and
 * the line styles present in the view.  Its text is all ours. */
static int add_legend(drawing *d)
{
	unsigned kinds = 0, types = 0, mods = 0;
	geokg_buf *b = &d->tmp;
	char name[48], *html;
	Agnode_t *an;
	size_t i;
	int rc = 0;

	for (i = 0; i < d->g->n_nodes; i++)
		if (d->s->node_in[i])
			kinds |= 1u << d->g->nodes[i].pub.kind;
	for (i = 0; i < d->g->n_edges; i++)
		if (d->s->edge_in[i]) {
			types |= 1u << d->g->edges[i].pub.type;
			mods |= 1u << d->g->edges[i].pub.modality;
		}
	d->tmp.len = 0;
	rc |= geokg__buf_puts(b, "<FONT POINT-SIZE=\"9\"><TABLE BORDER=\"0\" CELLBORDER=\"1\" "
	                      "CELLSPACING=\"0\" CELLPADDING=\"2\"><TR><TD COLSPAN=\"2\"><B>legend</B></TD></TR>");
	for (i = 0; i < GEOKG_KIND_COUNT; i++)
		if (kinds & (1u << i))
			rc |= geokg__buf_printf(b, "<TR><TD BGCOLOR=\"%s\">%s</TD><TD>%s</TD></TR>",
			                        kind_fill[i], geokg_kind_name((geokg_kind)i),
			                        kind_shape[i]);
	for (i = 0; i < GEOKG_TYPE_COUNT; i++)
		if (types & (1u << i))
			rc |= geokg__buf_printf(b, "<TR><TD><FONT COLOR=\"%s\">%s</FONT></TD>"
			                        "<TD BGCOLOR=\"%s\"> </TD></TR>",
			                        type_color[i], geokg_type_name((geokg_type)i),
			                        type_color[i]);
	for (i = 0; i < GEOKG_MOD_COUNT; i++)
		if (mods & (1u << i))
			rc |= geokg__buf_printf(b, "<TR><TD>%s</TD><TD>%s</TD></TR>",
			                        geokg_modality_name((geokg_modality)i),
			                        mod_style[i]);
	rc |= geokg__buf_puts(b, "<TR><TD COLSPAN=\"2\">width: documents</TD></TR></TABLE></FONT>");
	legend_name(d->g, name, sizeof name);
	if (rc || !(an = agnode(d->ag, name, 1)))
		return GEOKG_ENOMEM;
	set(an, "shape", "none");
	set(an, "style", "");
	set(an, "margin", "0");
	set(an, "tooltip", "legend");
	html = agstrdup_html(d->ag, b->data);
	agsafeset(an, "label", html, ""); /* declared even when no actor has one */
	agstrfree(d->ag, html);
	d->tmp.len = 0;
	return 0;
}

/*
 * Mark the edges of a BFS spanning forest of the view: roots first the
 * selection's roots, then, for each remaining component, its actor with
 * the most edges.  Only these edges set dot's ranks.
 */
static int spanning_forest(drawing *d, geokg_error *err)
{
	size_t n = d->g->n_nodes, *queue, head = 0, tail = 0, i, k;
	unsigned char *seen;
	ranked *r = NULL;
	int rc = 0;

	queue = malloc((n + 1) * sizeof *queue);
	seen = calloc(n + 1, 1);
	r = malloc((n + 1) * sizeof *r);
	if (!queue || !seen || !r || !(d->tree = calloc(d->g->n_edges + 1, 1))) {
		rc = geokg__nomem(err);
		goto done;
	}
	for (i = k = 0; i < n; i++)
		if (d->s->node_in[i]) {
			r[k].deg = d->adj.off[i + 1] - d->adj.off[i];
			r[k].node = i;
			r[k++].id = d->g->nodes[i].pub.id;
		}
	qsort(r, k, sizeof *r, ranked_cmp);
	for (i = 0; i < d->s->n_roots + k; i++) {
		size_t root = i < d->s->n_roots ? d->s->roots[i] : r[i - d->s->n_roots].node;

		if (seen[root])
			continue;
		seen[root] = 1;
		queue[tail++] = root;
		while (head < tail) {
			size_t u = queue[head++], j;

			for (j = d->adj.off[u]; j < d->adj.off[u + 1]; j++) {
				size_t v = other_end(d->g, d->adj.inc[j], u);

				if (!seen[v]) {
					seen[v] = 1;
					d->tree[d->adj.inc[j]] = 1;
					queue[tail++] = v;
				}
			}
		}
	}
done:
	free(queue);
	free(seen);
	free(r);
	return rc;
}

static void drawing_free(drawing *d)
{
	adj_free(&d->adj);
	free(d->tree);
	free(d->agn);
	geokg__buf_free(&d->tmp);
	if (d->ag)
		agclose(d->ag);
}

/* Build the styled cgraph graph of the selection into d->ag. */
static int build(drawing *d, geokg_error *err)
{
	size_t *order = NULL, *next = NULL, *heads = NULL, n_heads = 0, i;
	int rc;

	if ((rc = adj_build(&d->adj, d->g, d->s->edge_in, err)))
		return rc;
	if (d->layout == GEOKG_LAYOUT_DOT && (rc = spanning_forest(d, err)))
		return rc;
	d->agn = calloc(d->g->n_nodes + 1, sizeof *d->agn);
	if (!d->agn || !(d->ag = agopen("geokg", Agdirected, NULL)))
		return geokg__nomem(err);
	graph_attrs(d);
	rc = GEOKG_ENOMEM;
	if (!(order = geokg__graph_node_order(d->g)) || make_clusters(d, order))
		goto done;
	for (i = 0; i < d->g->n_nodes; i++)
		if (d->s->node_in[order[i]] && add_node(d, order[i]))
			goto done;
	free(order);
	if (!(order = geokg__graph_edge_order(d->g)) ||
	    !(next = malloc((d->g->n_edges + 1) * sizeof *next)) ||
	    !(heads = malloc((d->g->n_edges + 1) * sizeof *heads)) ||
	    make_bundles(d, order, next, heads, &n_heads))
		goto done;
	for (i = 0; i < n_heads; i++)
		if (add_bundle(d, next, heads[i]))
			goto done;
	if (!d->s->nodes_in) /* an empty view says so, without a legend */
		set(d->ag, "label", "no actors to draw");
	else if (!(d->flags & GEOKG_EXPORT_NO_LEGEND) && add_legend(d))
		goto done;
	rc = 0;
done:
	free(order);
	free(next);
	free(heads);
	return rc ? geokg__nomem(err) : 0;
}

/* ==== Graphviz calls =============================================== */

/* The first error Graphviz reported while we were calling it (or else
 * its first warning).  agerr() hands a message over in pieces ("Error",
 * ": ", the text ending in a newline), gathered in gv_line. */
static char gv_message[256], gv_line[256];

static int gv_catch(char *piece)
{
	size_t n = strlen(gv_line);

	snprintf(gv_line + n, sizeof gv_line - n, "%s", piece);
	n = strlen(gv_line);
	if (!n || (gv_line[n - 1] != '\n' && n < sizeof gv_line - 1))
		return 0;
	while (n && (gv_line[n - 1] == '\n' || gv_line[n - 1] == ' '))
		gv_line[--n] = '\0';
	if (!gv_message[0] || (strncmp(gv_message, "Error", 5) != 0 &&
	                       strncmp(gv_line, "Error", 5) == 0))
		snprintf(gv_message, sizeof gv_message, "%s", gv_line);
	gv_line[0] = '\0';
	return 0;
}

/* Graphviz's message without its "Error: " prefix. */
static const char *gv_said(void)
{
	return strncmp(gv_message, "Error: ", 7) == 0 ? gv_message + 7 : gv_message;
}

static int gv_fail(geokg_error *err, const char *what)
{
	const char *m = gv_said();

	return geokg__fail(err, GEOKG_EINTERNAL, "graphviz: %s%s%s", what,
	                   *m ? ": " : "", m);
}

/* Write the graph as DOT text into a malloc'd buffer. */
static int write_dot(Agraph_t *ag, char **out, size_t *len, geokg_error *err)
{
	FILE *f = open_memstream(out, len);
	int bad;

	if (!f)
		return geokg__nomem(err);
	bad = agwrite(ag, f) != 0;
	if (fclose(f) != 0 || bad) {
		free(*out);
		*out = NULL;
		return gv_fail(err, "cannot write DOT");
	}
	return 0;
}

/*
 * The Graphviz context, made on first use and kept for the life of the
 * process.  One context serves any number of layouts; freeing it and
 * making another is unsafe in Graphviz 2.42: the pango plugin keeps a
 * pointer to a font name owned by the first context (valgrind shows the
 * read after free).
 */
static GVC_t *gv_context(void)
{
	static GVC_t *gvc;

	if (!gvc)
		gvc = gvContext();
	return gvc;
}

/* Lay the graph out with d->layout and render it in `fmt` into a
 * malloc'd buffer. */
static int render(drawing *d, const char *fmt, char **out, size_t *len,
                  geokg_error *err)
{
	GVC_t *gvc = gv_context();
	char *data = NULL;
	unsigned int n = 0;
	int rc = 0, laid = 0;

	if (!gvc)
		return gv_fail(err, "cannot start");
	if (gvLayout(gvc, d->ag, geokg_layout_name(d->layout)) != 0) {
		rc = gv_fail(err, d->layout == GEOKG_LAYOUT_DOT ? "layout 'dot' failed" :
		             d->layout == GEOKG_LAYOUT_SFDP ? "layout 'sfdp' failed" :
		             "layout failed");
		goto done;
	}
	laid = 1;
	if (gvRenderData(gvc, d->ag, fmt, &data, &n) != 0 || !data) {
		rc = geokg__fail(err, GEOKG_EINTERNAL,
		                 "graphviz cannot render format '%s' here%s%s", fmt,
		                 gv_message[0] ? ": " : "", gv_said());
		goto done;
	}
	if (!(*out = malloc((size_t)n + 1))) {
		rc = geokg__nomem(err);
		goto done;
	}
	memcpy(*out, data, n);
	(*out)[n] = '\0';
	*len = n;
done:
	if (data)
		gvFreeRenderData(data);
	if (laid)
		gvFreeLayout(gvc, d->ag);
	return rc;
}

/* The layout engine for a view of n actors, focused (a focus or a path)
 * or not. */
static geokg_layout choose_layout(geokg_layout l, size_t n, int focused)
{
	if (l != GEOKG_LAYOUT_AUTO)
		return l;
	if (n <= (focused ? GEOKG_EXPORT_DOT_MAX : GEOKG_EXPORT_DOT_OVERVIEW_MAX))
		return GEOKG_LAYOUT_DOT;
	return GEOKG_LAYOUT_SFDP;
}

/* DOT, SVG, PNG or PDF of the selection. */
static int export_drawing(const geokg_graph *g, const geokg__selection *s,
                          const geokg_export_options *o, char **out,
                          size_t *len, geokg_error *err)
{
	agusererrf old = agseterrf(gv_catch);
	drawing d;
	int rc;

	memset(&d, 0, sizeof d);
	d.g = g;
	d.s = s;
	d.flags = o->flags;
	d.layout = choose_layout(o->layout, s->nodes_in, s->n_roots > 0);
	gv_message[0] = gv_line[0] = '\0';
	if (!(rc = build(&d, err))) {
		if (o->format == GEOKG_FORMAT_DOT)
			rc = write_dot(d.ag, out, len, err);
		else
			rc = render(&d, geokg_format_name(o->format), out, len, err);
	}
	drawing_free(&d);
	agseterrf(old);
	return rc;
}

/* ==== GraphML and CSV ============================================== */

/* A JSON array of strings as compact text appended to b (nothing for an
 * empty array). */
static int put_json(geokg_buf *b, json_t *j)
{
	char *s;
	int rc;

	if (!j)
		return GEOKG_ENOMEM;
	if (json_is_array(j) && json_array_size(j) == 0) {
		json_decref(j);
		return 0;
	}
	s = json_dumps(j, JSON_COMPACT);
	json_decref(j);
	if (!s)
		return GEOKG_ENOMEM;
	rc = geokg__buf_puts(b, s);
	free(s);
	return rc;
}

static json_t *strs_json(const char *const *a, size_t n)
{
	json_t *arr = json_array();
	size_t i;

	for (i = 0; arr && i < n; i++)
		if (json_array_append_new(arr, json_string(a[i]))) {
			json_decref(arr);
			return NULL;
		}
	return arr;
}

static json_t *opt_str(const char *s)
{
	return s ? json_string(s) : json_null();
}

static json_t *roles_json(const geokg_node *n)
{
	json_t *arr = json_array();
	size_t i;

	for (i = 0; arr && i < n->n_roles; i++) {
		const geokg_role *r = &n->roles[i];
		json_t *o = json_pack("{s:s,s:o,s:o,s:o}", "role", r->role,
		                      "of", opt_str(r->of), "start", opt_str(r->start),
		                      "end", opt_str(r->end));

		if (!o || (r->note && json_object_set_new(o, "note", json_string(r->note))) ||
		    json_array_append_new(arr, o)) {
			json_decref(arr);
			return NULL;
		}
	}
	return arr;
}

/* Evidence as in the native format, sorted; and the distinct documents. */
static json_t *evidence_json(const geokg_edge *x, json_t **docs)
{
	geokg_evidence *ev = malloc((x->n_evidence + 1) * sizeof *ev);
	json_t *arr = json_array();
	size_t i;

	*docs = json_array();
	if (!ev || !arr || !*docs)
		goto fail;
	memcpy(ev, x->evidence, x->n_evidence * sizeof *ev);
	qsort(ev, x->n_evidence, sizeof *ev, geokg__evidence_cmp);
	for (i = 0; i < x->n_evidence; i++) {
		json_t *o = json_pack("{s:s,s:o,s:I,s:I,s:I,s:o}", "doc", ev[i].doc,
		                      "date", opt_str(ev[i].date),
		                      "sentence", (json_int_t)ev[i].sentence,
		                      "start", (json_int_t)ev[i].start,
		                      "end", (json_int_t)ev[i].end,
		                      "text", opt_str(ev[i].text));

		if (!o || json_array_append_new(arr, o))
			goto fail;
		if ((i == 0 || strcmp(ev[i].doc, ev[i - 1].doc) != 0) &&
		    json_array_append_new(*docs, json_string(ev[i].doc)))
			goto fail;
	}
	free(ev);
	return arr;
fail:
	free(ev);
	json_decref(arr);
	json_decref(*docs);
	*docs = NULL;
	return NULL;
}

/* GraphML keys: (for, name, type) in the order they are written. */
static const char *const graphml_keys[][3] = {
	{"node", "label", "string"}, {"node", "kind", "string"},
	{"node", "country", "string"}, {"node", "aliases", "string"},
	{"node", "demonyms", "string"}, {"node", "metonyms", "string"},
	{"node", "ambiguous", "string"}, {"node", "roles", "string"},
	{"edge", "label", "string"}, {"edge", "type", "string"},
	{"edge", "modality", "string"}, {"edge", "object", "string"},
	{"edge", "location", "string"}, {"edge", "first_seen", "string"},
	{"edge", "last_seen", "string"}, {"edge", "weight", "int"},
	{"edge", "documents", "string"}, {"edge", "evidence", "string"}};

/* <data key="K">text</data>, nothing for NULL or empty text. */
static int graphml_data(geokg_buf *b, const char *for_, const char *key,
                        const char *text)
{
	if (!text || !*text)
		return 0;
	if (geokg__buf_printf(b, "<data key=\"%c_%s\">", for_[0], key) ||
	    geokg__xml_text(b, text) || geokg__buf_puts(b, "</data>"))
		return GEOKG_ENOMEM;
	return 0;
}

/* A JSON value as <data>, via a scratch buffer. */
static int graphml_json(geokg_buf *b, geokg_buf *scratch, const char *for_,
                        const char *key, json_t *j)
{
	int rc;

	scratch->len = 0;
	if ((rc = put_json(scratch, j)))
		return rc;
	return scratch->len ? graphml_data(b, for_, key, scratch->data) : 0;
}

static int graphml_node(geokg_buf *b, geokg_buf *t, const geokg_node *n)
{
	if (geokg__buf_puts(b, "<node id=\"") || geokg__xml_text(b, n->id) ||
	    geokg__buf_puts(b, "\">") || graphml_data(b, "node", "label", n->name) ||
	    graphml_data(b, "node", "kind", geokg_kind_name(n->kind)) ||
	    graphml_data(b, "node", "country", n->country) ||
	    graphml_json(b, t, "node", "aliases", strs_json(n->aliases, n->n_aliases)) ||
	    graphml_json(b, t, "node", "demonyms", strs_json(n->demonyms, n->n_demonyms)) ||
	    graphml_json(b, t, "node", "metonyms", strs_json(n->metonyms, n->n_metonyms)) ||
	    graphml_json(b, t, "node", "ambiguous", strs_json(n->ambiguous, n->n_ambiguous)) ||
	    graphml_json(b, t, "node", "roles", roles_json(n)) ||
	    geokg__buf_puts(b, "</node>\n"))
		return GEOKG_ENOMEM;
	return 0;
}

static int graphml_edge(geokg_buf *b, geokg_buf *t, const geokg_graph *g,
                        const geokg_edge *x, size_t k)
{
	json_t *docs, *ev = evidence_json(x, &docs);
	char w[32];
	int rc;

	snprintf(w, sizeof w, "%zu", x->weight);
	if (!ev)
		return GEOKG_ENOMEM;
	rc = geokg__buf_printf(b, "<edge id=\"e%zu\" source=\"", k) ||
	     geokg__xml_text(b, g->nodes[x->source].pub.id) ||
	     geokg__buf_puts(b, "\" target=\"") ||
	     geokg__xml_text(b, g->nodes[x->target].pub.id) ||
	     geokg__buf_puts(b, "\">") ||
	     graphml_data(b, "edge", "label", geokg_type_name(x->type)) ||
	     graphml_data(b, "edge", "type", geokg_type_name(x->type)) ||
	     graphml_data(b, "edge", "modality", geokg_modality_name(x->modality)) ||
	     graphml_data(b, "edge", "object", x->object) ||
	     graphml_data(b, "edge", "location", x->location) ||
	     graphml_data(b, "edge", "first_seen", x->first_seen) ||
	     graphml_data(b, "edge", "last_seen", x->last_seen) ||
	     graphml_data(b, "edge", "weight", w);
	if (rc) {
		json_decref(docs);
		json_decref(ev);
		return GEOKG_ENOMEM;
	}
	rc = graphml_json(b, t, "edge", "documents", docs); /* takes docs */
	if (rc) {
		json_decref(ev);
		return GEOKG_ENOMEM;
	}
	if (graphml_json(b, t, "edge", "evidence", ev) ||
	    geokg__buf_puts(b, "</edge>\n"))
		return GEOKG_ENOMEM;
	return 0;
}

/* GraphML of the selection: nodes by id, edges in canonical order. */
static int export_graphml(const geokg_graph *g, const geokg__selection *s,
                          geokg_buf *b, geokg_error *err)
{
	size_t *no = geokg__graph_node_order(g), *eo = geokg__graph_edge_order(g);
	geokg_buf t = {0};
	size_t i, k = 0;
	int rc = no && eo ? 0 : GEOKG_ENOMEM;

	rc = rc || geokg__buf_puts(b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	                              "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n");
	for (i = 0; !rc && i < sizeof graphml_keys / sizeof graphml_keys[0]; i++)
		rc = geokg__buf_printf(b, "<key id=\"%c_%s\" for=\"%s\" attr.name=\"%s\" "
		                       "attr.type=\"%s\"/>\n", graphml_keys[i][0][0],
		                       graphml_keys[i][1], graphml_keys[i][0],
		                       graphml_keys[i][1], graphml_keys[i][2]);
	rc = rc || geokg__buf_puts(b, "<graph id=\"geokg\" edgedefault=\"directed\">\n");
	for (i = 0; !rc && i < g->n_nodes; i++)
		if (s->node_in[no[i]])
			rc = graphml_node(b, &t, &g->nodes[no[i]].pub);
	for (i = 0; !rc && i < g->n_edges; i++)
		if (s->edge_in[eo[i]])
			rc = graphml_edge(b, &t, g, &g->edges[eo[i]].pub, k++);
	rc = rc || geokg__buf_puts(b, "</graph>\n</graphml>\n");
	free(no);
	free(eo);
	geokg__buf_free(&t);
	return rc ? geokg__nomem(err) : 0;
}

/* One CSV field from a JSON value (empty for an empty array). */
static int csv_json(geokg_buf *b, geokg_buf *t, json_t *j)
{
	t->len = 0;
	if (put_json(t, j) || geokg__buf_put(b, ",", 1))
		return GEOKG_ENOMEM;
	return t->len ? geokg__csv_field(b, t->data) : 0;
}

static int csv_node(geokg_buf *b, geokg_buf *t, const geokg_node *n)
{
	if (geokg__csv_field(b, n->id) || geokg__buf_put(b, ",", 1) ||
	    geokg__csv_field(b, n->name) ||
	    geokg__buf_printf(b, ",%s,", geokg_kind_name(n->kind)) ||
	    geokg__csv_field(b, n->country) ||
	    csv_json(b, t, strs_json(n->aliases, n->n_aliases)) ||
	    csv_json(b, t, strs_json(n->demonyms, n->n_demonyms)) ||
	    csv_json(b, t, strs_json(n->metonyms, n->n_metonyms)) ||
	    csv_json(b, t, strs_json(n->ambiguous, n->n_ambiguous)) ||
	    csv_json(b, t, roles_json(n)) || geokg__buf_puts(b, "\r\n"))
		return GEOKG_ENOMEM;
	return 0;
}

static int csv_edge(geokg_buf *b, geokg_buf *t, const geokg_graph *g,
                    const geokg_edge *x, size_t k)
{
	json_t *docs, *ev = evidence_json(x, &docs);
	int rc;

	if (!ev)
		return GEOKG_ENOMEM;
	rc = geokg__csv_field(b, g->nodes[x->source].pub.id) ||
	     geokg__buf_put(b, ",", 1) ||
	     geokg__csv_field(b, g->nodes[x->target].pub.id) ||
	     geokg__buf_printf(b, ",%s,e%zu,%s,%zu,%s,%s,",
	                       x->type == GEOKG_TYPE_MEETS ? "Undirected" : "Directed",
	                       k, geokg_type_name(x->type), x->weight,
	                       geokg_type_name(x->type),
	                       geokg_modality_name(x->modality)) ||
	     geokg__csv_field(b, x->object) || geokg__buf_put(b, ",", 1) ||
	     geokg__csv_field(b, x->location) ||
	     geokg__buf_printf(b, ",%s,%s", x->first_seen ? x->first_seen : "",
	                       x->last_seen ? x->last_seen : "");
	if (rc) {
		json_decref(docs);
		json_decref(ev);
		return GEOKG_ENOMEM;
	}
	if (csv_json(b, t, docs)) { /* takes docs */
		json_decref(ev);
		return GEOKG_ENOMEM;
	}
	if (csv_json(b, t, ev) || geokg__buf_puts(b, "\r\n"))
		return GEOKG_ENOMEM;
	return 0;
}

/* Gephi's node table (edges = 0) or edge table (edges = 1). */
static int export_csv(const geokg_graph *g, const geokg__selection *s,
                      int edges, geokg_buf *b, geokg_error *err)
{
	size_t *ord = edges ? geokg__graph_edge_order(g) : geokg__graph_node_order(g);
	size_t i, k = 0, n = edges ? g->n_edges : g->n_nodes;
	const unsigned char *in = edges ? s->edge_in : s->node_in;
	geokg_buf t = {0};
	int rc = ord ? 0 : GEOKG_ENOMEM;

	rc = rc || geokg__buf_puts(b, edges ?
	     "Source,Target,Type,Id,Label,Weight,relation,modality,object,"
	     "location,first_seen,last_seen,documents,evidence\r\n" :
	     "Id,Label,kind,country,aliases,demonyms,metonyms,ambiguous,roles\r\n");
	for (i = 0; !rc && i < n; i++)
		if (in[ord[i]])
			rc = edges ? csv_edge(b, &t, g, &g->edges[ord[i]].pub, k++) :
			             csv_node(b, &t, &g->nodes[ord[i]].pub);
	free(ord);
	geokg__buf_free(&t);
	return rc ? geokg__nomem(err) : 0;
}

/* ==== Entry points ================================================= */

/* The native format of the view. */
static int export_json(const geokg_graph *g, const geokg__selection *s,
                       const geokg_view *v, char **out, size_t *len,
                       geokg_error *err)
{
	geokg_graph *h = NULL;
	int rc;

	if (view_is_all(v))
		return geokg_graph_dump(g, 0, out, len, err);
	if (!(rc = copy_selection(&h, g, s, err)))
		rc = geokg_graph_dump(h, 0, out, len, err);
	geokg_graph_free(h);
	return rc;
}

/* Export the selection s of g in `format` into *out. */
static int export_selection(const geokg_graph *g, const geokg__selection *s,
                            const geokg_export_options *o, geokg_format format,
                            char **out, size_t *len, geokg_error *err)
{
	geokg_buf b = {0};
	int rc;

	switch (format) {
	case GEOKG_FORMAT_DOT: case GEOKG_FORMAT_SVG:
	case GEOKG_FORMAT_PNG: case GEOKG_FORMAT_PDF: {
		geokg_export_options o2 = *o;

		o2.format = format;
		return export_drawing(g, s, &o2, out, len, err);
	}
	case GEOKG_FORMAT_JSON:
		return export_json(g, s, &o->view, out, len, err);
	case GEOKG_FORMAT_GRAPHML:
		rc = export_graphml(g, s, &b, err);
		break;
	case GEOKG_FORMAT_CSV_NODES: case GEOKG_FORMAT_CSV_EDGES:
		rc = export_csv(g, s, format == GEOKG_FORMAT_CSV_EDGES, &b, err);
		break;
	default:
		return geokg__fail(err, GEOKG_EINVAL, "format '%s' needs two files",
		                   geokg_format_name(format));
	}
	if (rc) {
		geokg__buf_free(&b);
		return rc;
	}
	if (!b.data && geokg__buf_put(&b, "", 0))
		return geokg__nomem(err);
	*out = b.data;
	*len = b.len;
	return 0;
}

static int check_options(const geokg_export_options *o, geokg_error *err)
{
	if ((unsigned)o->format >= GEOKG_FORMAT_COUNT)
		return geokg__fail(err, GEOKG_EINVAL, "unknown export format %d",
		                   (int)o->format);
	if ((unsigned)o->layout >= GEOKG_LAYOUT_COUNT)
		return geokg__fail(err, GEOKG_EINVAL, "unknown layout %d",
		                   (int)o->layout);
	return 0;
}

int geokg_export_dump(const geokg_graph *g, const geokg_export_options *o,
                      char **out, size_t *len, geokg_error *err)
{
	geokg__selection s;
	int rc;

	*out = NULL;
	*len = 0;
	if ((rc = check_options(o, err)))
		return rc;
	if (!(rc = geokg__select(&s, g, &o->view, err)))
		rc = export_selection(g, &s, o, o->format, out, len, err);
	geokg__selection_free(&s);
	return rc;
}

/* Write one format of the selection to path ("-": standard output). */
static int save_one(const geokg_graph *g, const geokg__selection *s,
                    const geokg_export_options *o, geokg_format format,
                    const char *path, geokg_error *err)
{
	char *data = NULL;
	size_t len = 0;
	int rc;

	if ((rc = export_selection(g, s, o, format, &data, &len, err)))
		return rc;
	if (strcmp(path, "-") == 0) {
		if (fwrite(data, 1, len, stdout) != len || fflush(stdout) != 0)
			rc = geokg__fail(err, GEOKG_EIO, "write error: %s", strerror(errno));
	} else {
		rc = geokg__write_file(path, data, len, err);
	}
	free(data);
	return rc;
}

/* PREFIX-nodes.csv and PREFIX-edges.csv, PREFIX being path without a
 * final ".csv". */
static int save_csv(const geokg_graph *g, const geokg__selection *s,
                    const geokg_export_options *o, const char *path,
                    geokg_error *err)
{
	size_t n = strlen(path);
	geokg_buf p = {0};
	int rc;

	if (strcmp(path, "-") == 0)
		return geokg__fail(err, GEOKG_EINVAL,
		                   "format 'csv' writes two files: give a file name "
		                   "(or use csv-nodes, csv-edges)");
	if (n > 4 && strcmp(path + n - 4, ".csv") == 0)
		n -= 4;
	if (geokg__buf_put(&p, path, n) || geokg__buf_puts(&p, "-nodes.csv"))
		return geokg__nomem(err);
	rc = save_one(g, s, o, GEOKG_FORMAT_CSV_NODES, p.data, err);
	p.len = n;
	if (!rc && geokg__buf_puts(&p, "-edges.csv"))
		rc = geokg__nomem(err);
	if (!rc)
		rc = save_one(g, s, o, GEOKG_FORMAT_CSV_EDGES, p.data, err);
	geokg__buf_free(&p);
	return rc;
}

int geokg_export_save(const geokg_graph *g, const geokg_export_options *o,
                      const char *path, geokg_error *err)
{
	geokg__selection s;
	int rc;

	if ((rc = check_options(o, err)))
		return rc;
	if (!(rc = geokg__select(&s, g, &o->view, err))) {
		if (o->format == GEOKG_FORMAT_CSV)
			rc = save_csv(g, &s, o, path, err);
		else
			rc = save_one(g, &s, o, o->format, path, err);
	}
	geokg__selection_free(&s);
	return rc;
}
