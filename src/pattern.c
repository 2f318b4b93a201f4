/*
 * pattern.c - the pattern language of `geokg match` (doc/geokg.1):
 *
 *   pattern  := term (relation term)+
 *   term     := '?' NAME | '"' phrase '"' | WORD
 *   relation := '-' types '->' | '<-' types '-' | '-' types '-'
 *   types    := '*' | TYPE ('|' TYPE)*
 *
 * NAME is letters, digits and '_'; WORD an actor id or one-word name
 * (letters, digits, '_', '.', '\'' and any non-ASCII character); a phrase
 * may hold anything but '"' and '\' unless escaped with '\'.  Spaces may
 * go between tokens.  The parser reports the column (in characters) of
 * the first thing it did not expect; the matcher binds the terms to
 * actors by walking the adjacency index from the most constrained term.
 */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "query.h"

#define DEFAULT_LIMIT 1000
#define GEOKG__STR2(x) #x
#define GEOKG__STR(x) GEOKG__STR2(x)

typedef struct term {
	char *text;     /* "?a" or the actor phrase */
	int variable;
} term;

typedef struct rel {
	unsigned types; /* bit set of geokg_type; never 0 */
	int walk;       /* WALK_* from the left term to the right one */
} rel;

struct geokg_pattern {
	size_t n_terms;
	term *terms;
	rel *rels;      /* n_terms - 1 */
};

void geokg_pattern_free(geokg_pattern *p)
{
	size_t i;

	if (!p)
		return;
	for (i = 0; i < p->n_terms; i++)
		free(p->terms[i].text);
	free(p->terms);
	free(p->rels);
	free(p);
}

size_t geokg_pattern_terms(const geokg_pattern *p)
{
	return p->n_terms;
}

const char *geokg_pattern_term(const geokg_pattern *p, size_t i)
{
	return i < p->n_terms ? p->terms[i].text : NULL;
}

int geokg_pattern_is_variable(const geokg_pattern *p, size_t i)
{
	return i < p->n_terms && p->terms[i].variable;
}

/* ---- parsing ------------------------------------------------------- */

typedef struct parser {
	const char *text, *p;
	geokg_error *err;
} parser;

/* Fail with "pattern:1:COL: msg" at the parser's position. */
static int perr(parser *ps, const char *fmt, const char *arg)
{
	const char *q;
	size_t col = 1;
	char msg[256];

	for (q = ps->text; q < ps->p; q++)
		if (((unsigned char)*q & 0xC0) != 0x80)
			col++;
	snprintf(msg, sizeof msg, fmt, arg);
	return geokg__fail(ps->err, GEOKG_EINVAL, "pattern:1:%zu: %s", col, msg);
}

static void spaces(parser *ps)
{
	while (*ps->p == ' ' || *ps->p == '\t')
		ps->p++;
}

static int name_char(int c)
{
	return isalnum(c) || c == '_';
}

static int word_char(int c)
{
	return name_char(c) || c == '.' || c == '\'' || c >= 0x80;
}

/* One term into *t. */
static int parse_term(parser *ps, term *t)
{
	const char *s;
	geokg_buf b = {0};

	spaces(ps);
	s = ps->p;
	if (*s == '?') {
		ps->p++;
		while (name_char((unsigned char)*ps->p))
			ps->p++;
		if (ps->p == s + 1)
			return perr(ps, "expected a variable name after '?'%s", "");
		t->variable = 1;
		t->text = strndup(s, (size_t)(ps->p - s));
	} else if (*s == '"') {
		for (ps->p++; *ps->p && *ps->p != '"'; ps->p++) {
			if (*ps->p == '\\' && ps->p[1])
				ps->p++;
			if (geokg__buf_put(&b, ps->p, 1)) {
				geokg__buf_free(&b);
				return geokg__nomem(ps->err);
			}
		}
		if (!*ps->p) {
			geokg__buf_free(&b);
			ps->p = s;
			return perr(ps, "unterminated quoted name%s", "");
		}
		ps->p++;
		if (!b.len) {
			ps->p = s;
			return perr(ps, "empty actor name%s", "");
		}
		t->text = b.data;
	} else if (word_char((unsigned char)*s)) {
		while (word_char((unsigned char)*ps->p))
			ps->p++;
		t->text = strndup(s, (size_t)(ps->p - s));
	} else {
		return perr(ps, "expected an actor or a ?variable%s", "");
	}
	return t->text ? 0 : geokg__nomem(ps->err);
}

/* The edge types of a relation: '*' or TYPE('|'TYPE)*. */
static int parse_types(parser *ps, unsigned *types)
{
	char word[32];

	*types = 0;
	spaces(ps);
	if (*ps->p == '*') {
		ps->p++;
		*types = (1u << GEOKG_TYPE_COUNT) - 1;
		return 0;
	}
	for (;;) {
		const char *s = ps->p;
		size_t n;
		int t;

		spaces(ps);
		s = ps->p;
		while (isalpha((unsigned char)*ps->p))
			ps->p++;
		n = (size_t)(ps->p - s);
		if (!n)
			return perr(ps, "expected an edge type (meets, supplies, "
			                "threatens, sanctions or *)%s", "");
		snprintf(word, sizeof word, "%.*s", (int)(n < 31 ? n : 31), s);
		if ((t = geokg_type_parse(word)) < 0) {
			ps->p = s;
			return perr(ps, "unknown edge type '%s'", word);
		}
		*types |= 1u << t;
		spaces(ps);
		if (*ps->p != '|')
			return 0;
		ps->p++;
	}
}

/* One relation: its types and direction. */
static int parse_rel(parser *ps, rel *r)
{
	int back = 0, rc;

	spaces(ps);
	if (ps->p[0] == '<' && ps->p[1] == '-') {
		back = 1;
		ps->p += 2;
	} else if (ps->p[0] == '-') {
		ps->p++;
	} else {
		return perr(ps, "expected '-' or '<-' before an edge type%s", "");
	}
	if ((rc = parse_types(ps, &r->types)))
		return rc;
	spaces(ps);
	if (ps->p[0] == '-' && ps->p[1] == '>') {
		if (back)
			return perr(ps, "expected '-' (a relation cannot point both ways)%s", "");
		ps->p += 2;
		r->walk = WALK_ALONG;
	} else if (ps->p[0] == '-') {
		ps->p++;
		r->walk = back ? WALK_AGAINST : WALK_ANY;
	} else {
		return perr(ps, back ? "expected '-'%s" : "expected '->' or '-'%s", "");
	}
	return 0;
}

int geokg_pattern_parse(const char *text, geokg_pattern **out,
                        geokg_error *err)
{
	geokg_pattern *pt = calloc(1, sizeof *pt);
	size_t cap_t = 0, cap_r = 0;
	parser ps;
	int rc = 0;

	*out = NULL;
	if (!pt)
		return geokg__nomem(err);
	ps.text = ps.p = text;
	ps.err = err;
	for (;;) {
		if (geokg__grow(&pt->terms, &cap_t, pt->n_terms + 1, sizeof *pt->terms)) {
			rc = geokg__nomem(err);
			break;
		}
		memset(&pt->terms[pt->n_terms], 0, sizeof *pt->terms);
		if (pt->n_terms == GEOKG_PATTERN_MAX_TERMS) {
			spaces(&ps);
			perr(&ps, "more than %s terms in a pattern",
			     GEOKG__STR(GEOKG_PATTERN_MAX_TERMS));
			if (err)
				err->code = GEOKG_ELIMIT;
			rc = GEOKG_ELIMIT;
			break;
		}
		if ((rc = parse_term(&ps, &pt->terms[pt->n_terms])))
			break;
		pt->n_terms++;
		spaces(&ps);
		if (!*ps.p && pt->n_terms > 1)
			break;
		if (geokg__grow(&pt->rels, &cap_r, pt->n_terms, sizeof *pt->rels)) {
			rc = geokg__nomem(err);
			break;
		}
		if ((rc = parse_rel(&ps, &pt->rels[pt->n_terms - 1])))
			break;
	}
	if (rc) {
		geokg_pattern_free(pt);
		return rc;
	}
	*out = pt;
	return 0;
}

/* ---- matching ------------------------------------------------------ */

typedef struct matcher {
	const geokg_graph *g;
	const geokg_pattern *p;
	const struct geokg__adj *a;
	geokg_filter *rf;       /* per relation: the filter with its types */
	long *fixed;            /* per term: its actor, or -1 for a variable */
	size_t *same;           /* per term: the first term with its variable */
	size_t *order;          /* terms in the order they are bound */
	size_t *bound;          /* per term: its node */
	size_t *mark, stamp;
	size_t limit;
	size_t steps;           /* candidates tried (GEOKG_MATCH_MAX_STEPS) */
	geokg_matches *m;
	size_t cap;
} matcher;

void geokg_matches_free(geokg_matches *m)
{
	size_t i, j;

	if (!m)
		return;
	for (i = 0; i < m->n; i++) {
		for (j = 0; j + 1 < m->n_terms; j++)
			free(m->b[i].edges[j]);
		free(m->b[i].nodes);
		free(m->b[i].n_edges);
		free(m->b[i].edges);
	}
	free(m->b);
	free(m);
}

/* Whether node u may stand for term t given the terms bound before it
 * (positions order[0..k)). */
static int may_bind(const matcher *mt, size_t k, size_t t, size_t u)
{
	size_t i;

	if (mt->fixed[t] >= 0)
		return (size_t)mt->fixed[t] == u;
	if (mt->same[t] != t) {
		for (i = 0; i < k; i++)
			if (mt->order[i] == mt->same[t])
				return mt->bound[mt->same[t]] == u;
	}
	/* a variable: distinct from every other term's actor */
	for (i = 0; i < k; i++) {
		size_t o = mt->order[i];

		if (mt->same[o] != mt->same[t] && mt->bound[o] == u)
			return 0;
	}
	for (i = 0; i < mt->p->n_terms; i++)
		if (mt->fixed[i] >= 0 && (size_t)mt->fixed[i] == u)
			return 0;
	return 1;
}

/* Record the current binding with the edges of every relation. */
static int emit(matcher *mt)
{
	size_t n = mt->p->n_terms, i;
	geokg_binding *b;
	int oom = 0;

	if (mt->m->n >= mt->limit) {
		mt->m->truncated = 1;
		return 0;
	}
	if (geokg__grow(&mt->m->b, &mt->cap, mt->m->n + 1, sizeof *mt->m->b))
		return GEOKG_ENOMEM;
	b = &mt->m->b[mt->m->n];
	memset(b, 0, sizeof *b);
	if (!(b->nodes = malloc(n * sizeof *b->nodes)) ||
	    !(b->n_edges = calloc(n, sizeof *b->n_edges)) ||
	    !(b->edges = calloc(n, sizeof *b->edges))) {
		free(b->nodes);
		free(b->n_edges);
		return GEOKG_ENOMEM;
	}
	mt->m->n++;
	memcpy(b->nodes, mt->bound, n * sizeof *b->nodes);
	for (i = 0; i + 1 < n; i++) {
		b->edges[i] = geokg__edges_between(mt->g, mt->a, mt->bound[i],
		                                   mt->bound[i + 1], mt->p->rels[i].walk,
		                                   &mt->rf[i], &b->n_edges[i], &oom);
		if (oom)
			return GEOKG_ENOMEM;
	}
	return 0;
}

/* The walk mode of relation r taken from its right term to its left. */
static int reverse(int walk)
{
	return walk == WALK_ALONG ? WALK_AGAINST : walk == WALK_AGAINST ? WALK_ALONG : WALK_ANY;
}

/* Bind order[k..] given order[0..k); each term after the first is next
 * to one bound before it. */
static int bind(matcher *mt, size_t k)
{
	size_t n = mt->p->n_terms, t, v, r, i, j, cnt = 0, *cand;
	int walk, rc = 0;

	if (k == n)
		return emit(mt);
	t = mt->order[k];
	/* its bound neighbour: the term before it in the chain or after */
	for (j = 0; j < k && mt->order[j] != t - 1 && mt->order[j] != t + 1; j++)
		;
	v = mt->bound[mt->order[j]];
	if (mt->order[j] == t - 1) {
		r = t - 1;
		walk = mt->p->rels[r].walk;
	} else {
		r = t;
		walk = reverse(mt->p->rels[r].walk);
	}
	if (!(cand = malloc((mt->a->start[v + 1] - mt->a->start[v] + 1) * sizeof *cand)))
		return GEOKG_ENOMEM;
	mt->stamp++;
	for (i = mt->a->start[v]; i < mt->a->start[v + 1]; i++) {
		const geokg__inc *x = &mt->a->inc[i];

		if (mt->mark[x->nbr] == mt->stamp ||
		    !geokg__inc_ok(mt->g, v, x, walk, &mt->rf[r]) ||
		    !may_bind(mt, k, t, x->nbr))
			continue;
		mt->mark[x->nbr] = mt->stamp;
		cand[cnt++] = x->nbr;
	}
	for (i = 0; i < cnt && !rc && !mt->m->truncated; i++) {
		if (++mt->steps > GEOKG_MATCH_MAX_STEPS) {
			rc = GEOKG_ELIMIT;
			break;
		}
		mt->bound[t] = cand[i];
		rc = bind(mt, k + 1);
	}
	free(cand);
	return rc;
}

/* qsort has no context. */
static _Thread_local const geokg_graph *sort_g;
static _Thread_local size_t sort_terms;

static int binding_cmp(const void *a, const void *b)
{
	const geokg_binding *x = a, *y = b;
	size_t i;
	int c;

	for (i = 0; i < sort_terms; i++)
		if ((c = strcmp(sort_g->nodes[x->nodes[i]].pub.id,
		                sort_g->nodes[y->nodes[i]].pub.id)))
			return c;
	return 0;
}

/* Resolve the actors and variables of the pattern and choose the order
 * of binding: from the first actor outwards, else from term 0. */
static int prepare(matcher *mt, const geokg_filter *f, geokg_error *err)
{
	const geokg_pattern *p = mt->p;
	size_t n = p->n_terms, i, j, s = 0, k = 0;
	int rc;

	for (i = 0; i < n; i++) {
		mt->fixed[i] = -1;
		mt->same[i] = i;
		if (p->terms[i].variable) {
			for (j = 0; j < i; j++)
				if (p->terms[j].variable &&
				    strcmp(p->terms[j].text, p->terms[i].text) == 0) {
					mt->same[i] = mt->same[j];
					break;
				}
		} else {
			size_t node;

			if ((rc = geokg_query_actor(mt->g, p->terms[i].text, &node, err)))
				return rc;
			mt->fixed[i] = (long)node;
		}
	}
	for (i = 0; i + 1 < n; i++) {
		if (f)
			mt->rf[i] = *f;
		mt->rf[i].types = (f && f->types ? f->types : ~0u) & p->rels[i].types;
	}
	for (i = 0; i < n && mt->fixed[i] < 0; i++)
		;
	s = i < n ? i : 0;
	mt->order[k++] = s;
	for (i = s + 1; i < n; i++)
		mt->order[k++] = i;
	for (i = s; i > 0; i--)
		mt->order[k++] = i - 1;
	return 0;
}

int geokg_pattern_match(const geokg_graph *g, const geokg_pattern *p,
                        const geokg_filter *f, size_t limit,
                        geokg_matches **out, geokg_error *err)
{
	matcher mt;
	size_t n = p->n_terms, v;
	int rc;

	*out = NULL;
	memset(&mt, 0, sizeof mt);
	mt.g = g;
	mt.p = p;
	mt.limit = limit ? limit : DEFAULT_LIMIT;
	if ((rc = geokg__adj_get(g, &mt.a, err)))
		return rc;
	rc = GEOKG_ENOMEM;
	if (!(mt.m = calloc(1, sizeof *mt.m)) ||
	    !(mt.rf = calloc(n, sizeof *mt.rf)) ||
	    !(mt.fixed = malloc(n * sizeof *mt.fixed)) ||
	    !(mt.same = malloc(n * sizeof *mt.same)) ||
	    !(mt.order = malloc(n * sizeof *mt.order)) ||
	    !(mt.bound = malloc(n * sizeof *mt.bound)) ||
	    !(mt.mark = calloc(g->n_nodes + 1, sizeof *mt.mark))) {
		rc = geokg__nomem(err);
		goto done;
	}
	mt.m->n_terms = n;
	if ((rc = prepare(&mt, f, err)))
		goto done;
	for (v = 0; v < g->n_nodes && !rc && !mt.m->truncated; v++) {
		if (!may_bind(&mt, 0, mt.order[0], v))
			continue;
		mt.bound[mt.order[0]] = v;
		rc = bind(&mt, 1);
	}
	if (rc == GEOKG_ELIMIT) {
		rc = geokg__fail(err, GEOKG_ELIMIT,
		                 "the pattern needs more than %d steps to match; "
		                 "name an actor or narrow the types",
		                 GEOKG_MATCH_MAX_STEPS);
		goto done;
	} else if (rc) {
		rc = geokg__nomem(err);
		goto done;
	}
	/* by the actors' ids, term by term */
	sort_g = g;
	sort_terms = n;
	if (mt.m->n > 1) /* qsort's base may not be NULL, even for 0 */
		qsort(mt.m->b, mt.m->n, sizeof *mt.m->b, binding_cmp);
	*out = mt.m;
	mt.m = NULL;
done:
	geokg_matches_free(mt.m);
	free(mt.rf);
	free(mt.fixed);
	free(mt.same);
	free(mt.order);
	free(mt.bound);
	free(mt.mark);
	return rc;
}
