/*
 * check_query.c - queries on tests/data/query-world.json and small built
 * graphs: actors, shortest / all / k shortest / bounded paths, filters in
 * the search, neighbourhoods, edge selection, the pattern parser's errors
 * and columns, pattern matching, rankings.
 */
#include "config.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "geokg.h"

static geokg_graph *w; /* the query world */

static void setup(void)
{
	char path[4096];
	const char *dir = getenv("srcdir");
	geokg_error err;

	snprintf(path, sizeof path, "%s/tests/data/query-world.json", dir ? dir : ".");
	ck_assert_msg(geokg_graph_load(&w, path, &err) == 0, "%s", err.message);
}

static void teardown(void)
{
	geokg_graph_free(w);
}

static size_t node(const geokg_graph *g, const char *id)
{
	long v = geokg_graph_find(g, id);

	ck_assert_msg(v >= 0, "no node %s", id);
	return (size_t)v;
}

static const char *id(const geokg_graph *g, size_t v)
{
	return geokg_graph_node(g, v)->id;
}

/* The path as "A B C" (node ids). */
static char *path_str(const geokg_graph *g, const geokg_path *p, char *buf,
                      size_t n)
{
	size_t i;

	snprintf(buf, n, "%s", p->n_hops ? id(g, p->hops[0].from) : "");
	for (i = 0; i < p->n_hops; i++) {
		size_t len = strlen(buf);

		snprintf(buf + len, n - len, " %s", id(g, p->hops[i].to));
	}
	return buf;
}

static geokg_paths *paths(const char *from, const char *to,
                          geokg_path_mode mode, size_t k, int directed,
                          const geokg_filter *f)
{
	geokg_path_query q;
	geokg_paths *p;
	geokg_error err;

	memset(&q, 0, sizeof q);
	q.from = node(w, from);
	q.to = node(w, to);
	q.mode = mode;
	q.k = k;
	q.max_hops = k;
	q.directed = directed;
	q.filter = f;
	ck_assert_msg(geokg_paths_find(w, &q, &p, &err) == 0, "%s", err.message);
	return p;
}

/* ---- actors -------------------------------------------------------- */

START_TEST(test_actor_names)
{
	geokg_error err;
	size_t v;

	ck_assert_int_eq(geokg_query_actor(w, "PRK", &v, NULL), 0);
	ck_assert_str_eq(id(w, v), "PRK");
	ck_assert_int_eq(geokg_query_actor(w, "North Korea", &v, NULL), 0);
	ck_assert_str_eq(id(w, v), "PRK");
	ck_assert_int_eq(geokg_query_actor(w, "DPRK", &v, NULL), 0);
	ck_assert_str_eq(id(w, v), "PRK");
	ck_assert_int_eq(geokg_query_actor(w, "north korea", &v, NULL), 0);
	ck_assert_str_eq(id(w, v), "PRK");
	ck_assert_int_eq(geokg_query_actor(w, "Zelenskyy", &v, NULL), 0);
	ck_assert_str_eq(id(w, v), "volodymyr-zelensky");
	ck_assert_int_eq(geokg_query_actor(w, "the Kremlin", &v, NULL), 0);
	ck_assert_str_eq(id(w, v), "RUS");
	ck_assert_int_eq(geokg_query_actor(w, "the Russian president", &v, NULL), 0);
	ck_assert_str_eq(id(w, v), "vladimir-putin");
	ck_assert_int_eq(geokg_query_actor(w, "Kim", &v, &err), GEOKG_ENOTFOUND);
	ck_assert_msg(strstr(err.message, "no actor 'Kim' in the graph (closest: ") &&
	              strstr(err.message, "Kim Jong Un (kim-jong-un)") &&
	              strstr(err.message, "Kim Yo Jong (kim-yo-jong)"), "%s", err.message);
	ck_assert_int_eq(geokg_query_actor(w, "Rusia", &v, &err), GEOKG_ENOTFOUND);
	ck_assert_msg(strstr(err.message, "closest: Russia (RUS)"), "%s", err.message);
}
END_TEST

START_TEST(test_actor_ambiguous)
{
	geokg_graph *g;
	geokg_node n = {0};
	const char *a1[] = {"the Supreme Leader"};
	geokg_error err;
	size_t v;

	ck_assert_int_eq(geokg_graph_new(&g, NULL), 0);
	n.kind = GEOKG_KIND_PERSON;
	n.id = "ali-khamenei";
	n.name = "Ali Khamenei";
	n.country = "IRN";
	n.aliases = a1;
	n.n_aliases = 1;
	ck_assert_int_eq(geokg_graph_add_node(g, &n, NULL, NULL), 0);
	n.id = "kim-jong-un";
	n.name = "Kim Jong Un";
	n.country = "PRK";
	ck_assert_int_eq(geokg_graph_add_node(g, &n, NULL, NULL), 0);
	ck_assert_int_eq(geokg_query_actor(g, "the Supreme Leader", &v, &err),
	                 GEOKG_EAMBIGUOUS);
	ck_assert_str_eq(err.message, "'the Supreme Leader' names 2 actors: "
	                 "Ali Khamenei (ali-khamenei), Kim Jong Un (kim-jong-un)");
	/* a name added later is found: the name index follows the graph */
	n.id = "kim-yo-jong";
	n.name = "Kim Yo Jong";
	n.n_aliases = 0;
	ck_assert_int_eq(geokg_query_actor(g, "Kim Yo Jong", &v, NULL), GEOKG_ENOTFOUND);
	ck_assert_int_eq(geokg_graph_add_node(g, &n, NULL, NULL), 0);
	ck_assert_int_eq(geokg_query_actor(g, "Kim Yo Jong", &v, NULL), 0);
	ck_assert_str_eq(id(g, v), "kim-yo-jong");
	geokg_graph_free(g);
}
END_TEST

/* A graph of bare nodes, as extraction writes them (no roles, demonyms
 * or metonyms): role phrases, demonyms and capitals are found through
 * the world graph, among the graph's own nodes. */
START_TEST(test_actor_world)
{
	static const char *const ids[][3] = {
		{"RUS", "Russia", NULL}, {"IRN", "Iran", NULL},
		{"vladimir-putin", "Vladimir Putin", "RUS"},
		{"dmitry-medvedev", "Dmitry Medvedev", "RUS"}};
	geokg_graph *g;
	geokg_node n = {0};
	geokg_error err;
	size_t i, v;

	ck_assert_int_eq(geokg_graph_new(&g, NULL), 0);
	for (i = 0; i < 4; i++) {
		n.id = ids[i][0];
		n.name = ids[i][1];
		n.country = ids[i][2];
		n.kind = n.country ? GEOKG_KIND_PERSON : GEOKG_KIND_COUNTRY;
		ck_assert_int_eq(geokg_graph_add_node(g, &n, NULL, NULL), 0);
	}
	/* both held the role; the one still in it is meant */
	ck_assert_msg(geokg_query_actor(g, "the Russian president", &v, &err) == 0,
	              "%s", err.message);
	ck_assert_str_eq(id(g, v), "vladimir-putin");
	ck_assert_int_eq(geokg_query_actor(g, "the Kremlin", &v, NULL), 0);
	ck_assert_str_eq(id(g, v), "RUS");
	ck_assert_int_eq(geokg_query_actor(g, "Iranian", &v, NULL), 0);
	ck_assert_str_eq(id(g, v), "IRN");
	/* the world knows them, this graph does not */
	ck_assert_int_eq(geokg_query_actor(g, "the U.S. president", &v, &err),
	                 GEOKG_ENOTFOUND);
	ck_assert_int_eq(geokg_query_actor(g, "Beijing", &v, &err), GEOKG_ENOTFOUND);
	ck_assert_msg(strstr(err.message, "no actor 'Beijing' in the graph (the "
	                     "world graph's China (CHN) is not in it; closest: "),
	              "%s", err.message);
	geokg_graph_free(g);
}
END_TEST

/* ---- paths --------------------------------------------------------- */

START_TEST(test_shortest_path)
{
	geokg_paths *p = paths("IRN", "PRK", GEOKG_PATH_SHORTEST, 0, 0, NULL);
	char buf[256];

	ck_assert_uint_eq(p->n, 1);
	ck_assert_uint_eq(p->paths[0].n_hops, 2);
	path_str(w, &p->paths[0], buf, sizeof buf);
	ck_assert_msg(strcmp(buf, "IRN RUS PRK") == 0 || strcmp(buf, "IRN USA PRK") == 0,
	              "%s", buf);
	geokg_paths_free(p);

	/* hops show the strongest edge and how they are walked */
	p = paths("kim-jong-un", "joe-biden", GEOKG_PATH_SHORTEST, 0, 0, NULL);
	ck_assert_uint_eq(p->n, 1);
	ck_assert_str_eq(path_str(w, &p->paths[0], buf, sizeof buf),
	                 "kim-jong-un vladimir-putin xi-jinping joe-biden");
	ck_assert_uint_eq(p->paths[0].hops[0].n_edges, 2);
	ck_assert_uint_eq(geokg_graph_edge(w, p->paths[0].hops[0].edge)->weight, 3);
	ck_assert_int_eq(geokg_graph_edge(w, p->paths[0].hops[0].edge)->modality,
	                 GEOKG_MOD_ASSERTED);
	geokg_paths_free(p);

	/* an actor to itself: no hops; unconnected: no path, not an error */
	p = paths("IRN", "IRN", GEOKG_PATH_SHORTEST, 0, 0, NULL);
	ck_assert_uint_eq(p->n, 1);
	ck_assert_uint_eq(p->paths[0].n_hops, 0);
	geokg_paths_free(p);
	p = paths("kim-jong-un", "PRK", GEOKG_PATH_SHORTEST, 0, 0, NULL);
	ck_assert_uint_eq(p->n, 0);
	geokg_paths_free(p);
}
END_TEST

START_TEST(test_directed)
{
	geokg_paths *p = paths("RUS", "USA", GEOKG_PATH_SHORTEST, 0, 1, NULL);
	char buf[256];

	ck_assert_uint_eq(p->n, 0);
	geokg_paths_free(p);
	p = paths("USA", "RUS", GEOKG_PATH_SHORTEST, 0, 1, NULL);
	ck_assert_uint_eq(p->n, 1);
	ck_assert_str_eq(path_str(w, &p->paths[0], buf, sizeof buf), "USA RUS");
	ck_assert_int_eq(p->paths[0].hops[0].backward, 0);
	geokg_paths_free(p);
	/* undirected, the walk may go against an edge */
	p = paths("RUS", "PRK", GEOKG_PATH_SHORTEST, 0, 0, NULL);
	ck_assert_uint_eq(p->n, 1);
	ck_assert_int_eq(p->paths[0].hops[0].backward, 1);
	ck_assert_int_eq(geokg_graph_edge(w, p->paths[0].hops[0].edge)->type,
	                 GEOKG_TYPE_SUPPLIES);
	geokg_paths_free(p);
	/* meets is symmetric even when directed */
	p = paths("vladimir-putin", "kim-jong-un", GEOKG_PATH_SHORTEST, 0, 1, NULL);
	ck_assert_uint_eq(p->n, 1);
	geokg_paths_free(p);
}
END_TEST

START_TEST(test_all_shortest)
{
	geokg_paths *p = paths("IRN", "PRK", GEOKG_PATH_ALL_SHORTEST, 0, 0, NULL);
	char a[256], b[256];

	ck_assert_uint_eq(p->n, 2);
	path_str(w, &p->paths[0], a, sizeof a);
	path_str(w, &p->paths[1], b, sizeof b);
	ck_assert_msg((strcmp(a, "IRN RUS PRK") == 0 && strcmp(b, "IRN USA PRK") == 0) ||
	              (strcmp(b, "IRN RUS PRK") == 0 && strcmp(a, "IRN USA PRK") == 0),
	              "%s / %s", a, b);
	ck_assert(!p->truncated);
	geokg_paths_free(p);
}
END_TEST

/* Every path is simple, starts and ends right and its hops chain. */
static void check_simple(const geokg_paths *p, const char *from, const char *to)
{
	size_t i, j, k;

	for (i = 0; i < p->n; i++) {
		const geokg_path *x = &p->paths[i];

		ck_assert_uint_gt(x->n_hops, 0);
		ck_assert_str_eq(id(w, x->hops[0].from), from);
		ck_assert_str_eq(id(w, x->hops[x->n_hops - 1].to), to);
		for (j = 0; j + 1 < x->n_hops; j++)
			ck_assert_uint_eq(x->hops[j].to, x->hops[j + 1].from);
		for (j = 0; j < x->n_hops; j++)
			for (k = j + 1; k < x->n_hops; k++)
				ck_assert_uint_ne(x->hops[j].to, x->hops[k].to);
		for (j = 0; j < x->n_hops; j++)
			ck_assert_uint_ne(x->hops[j].to, x->hops[0].from);
	}
}

START_TEST(test_k_shortest_and_max_hops)
{
	geokg_paths *k = paths("IRN", "PRK", GEOKG_PATH_K_SHORTEST, 50, 0, NULL);
	geokg_paths *m = paths("IRN", "PRK", GEOKG_PATH_MAX_HOPS, 3, 0, NULL);
	char a[256], b[256];
	size_t i, j, n3 = 0;

	check_simple(k, "IRN", "PRK");
	check_simple(m, "IRN", "PRK");
	ck_assert_uint_ge(k->n, 4);
	ck_assert_uint_eq(k->paths[0].n_hops, 2);
	ck_assert_uint_eq(k->paths[1].n_hops, 2);
	ck_assert_uint_eq(k->paths[2].n_hops, 3);
	for (i = 0; i < k->n; i++) {
		if (i)
			ck_assert_uint_ge(k->paths[i].n_hops, k->paths[i - 1].n_hops);
		for (j = 0; j < i; j++)
			ck_assert_str_ne(path_str(w, &k->paths[i], a, sizeof a),
			                 path_str(w, &k->paths[j], b, sizeof b));
		if (k->paths[i].n_hops <= 3)
			n3++;
	}
	/* the paths of at most 3 hops are the k shortest up to 3 hops */
	ck_assert_uint_eq(m->n, n3);
	for (i = 0; i < m->n; i++) {
		ck_assert_uint_le(m->paths[i].n_hops, 3);
		path_str(w, &m->paths[i], a, sizeof a);
		for (j = 0; j < n3; j++)
			if (strcmp(a, path_str(w, &k->paths[j], b, sizeof b)) == 0)
				break;
		ck_assert_msg(j < n3, "%s not among the k shortest", a);
	}
	geokg_paths_free(k);
	geokg_paths_free(m);
	/* k = 1 is the shortest path */
	k = paths("IRN", "PRK", GEOKG_PATH_K_SHORTEST, 1, 0, NULL);
	ck_assert_uint_eq(k->n, 1);
	ck_assert_uint_eq(k->paths[0].n_hops, 2);
	geokg_paths_free(k);
}
END_TEST

START_TEST(test_limit)
{
	geokg_path_query q;
	geokg_paths *p;

	memset(&q, 0, sizeof q);
	q.from = node(w, "IRN");
	q.to = node(w, "PRK");
	q.mode = GEOKG_PATH_MAX_HOPS;
	q.max_hops = 6;
	q.limit = 2;
	ck_assert_int_eq(geokg_paths_find(w, &q, &p, NULL), 0);
	ck_assert_uint_eq(p->n, 2);
	ck_assert(p->truncated);
	geokg_paths_free(p);
}
END_TEST

START_TEST(test_filters_in_search)
{
	geokg_filter f = {0};
	geokg_paths *p;
	char buf[256];

	ck_assert_int_eq(geokg_filter_set_types(&f, "supplies", NULL), 0);
	p = paths("IRN", "PRK", GEOKG_PATH_ALL_SHORTEST, 0, 0, &f);
	ck_assert_uint_eq(p->n, 1);
	ck_assert_str_eq(path_str(w, &p->paths[0], buf, sizeof buf), "IRN RUS PRK");
	geokg_paths_free(p);
	/* directed, supplies: Iran -> Russia <- North Korea does not go */
	p = paths("IRN", "PRK", GEOKG_PATH_SHORTEST, 0, 1, &f);
	ck_assert_uint_eq(p->n, 0);
	geokg_paths_free(p);

	ck_assert_int_eq(geokg_filter_set_types(&f, "sanctions", NULL), 0);
	p = paths("IRN", "PRK", GEOKG_PATH_ALL_SHORTEST, 0, 0, &f);
	ck_assert_uint_eq(p->n, 1);
	ck_assert_str_eq(path_str(w, &p->paths[0], buf, sizeof buf), "IRN USA PRK");
	geokg_paths_free(p);

	/* dates: Iran's edges are all from 2022 */
	memset(&f, 0, sizeof f);
	f.since = "2023-01-01";
	p = paths("IRN", "PRK", GEOKG_PATH_K_SHORTEST, 5, 0, &f);
	ck_assert_uint_eq(p->n, 0);
	geokg_paths_free(p);

	/* modality: only the expected meeting of Kim and Putin */
	memset(&f, 0, sizeof f);
	ck_assert_int_eq(geokg_filter_set_modalities(&f, "expected", NULL), 0);
	p = paths("kim-jong-un", "vladimir-putin", GEOKG_PATH_SHORTEST, 0, 0, &f);
	ck_assert_uint_eq(p->n, 1);
	ck_assert_uint_eq(p->paths[0].hops[0].n_edges, 1);
	ck_assert_int_eq(geokg_graph_edge(w, p->paths[0].hops[0].edge)->modality,
	                 GEOKG_MOD_EXPECTED);
	geokg_paths_free(p);

	/* weight: only edges with two documents or more */
	memset(&f, 0, sizeof f);
	f.min_weight = 2;
	p = paths("kim-jong-un", "joe-biden", GEOKG_PATH_SHORTEST, 0, 0, &f);
	ck_assert_uint_eq(p->n, 0);
	geokg_paths_free(p);
}
END_TEST

/* A longer graph: a ring of 12 with chords; checks the two-ended search
 * against the bounded enumeration on every pair. */
START_TEST(test_two_ended_search_agrees)
{
	geokg_graph *g;
	geokg_node n = {0};
	char idb[8];
	size_t i, j;

	ck_assert_int_eq(geokg_graph_new(&g, NULL), 0);
	n.kind = GEOKG_KIND_COUNTRY;
	for (i = 0; i < 12; i++) {
		snprintf(idb, sizeof idb, "C%02zu", i);
		n.id = n.name = idb;
		ck_assert_int_eq(geokg_graph_add_node(g, &n, NULL, NULL), 0);
	}
	for (i = 0; i < 12; i++)
		geokg_graph_add_edge(g, i, (i + 1) % 12, GEOKG_TYPE_SUPPLIES,
		                     GEOKG_MOD_ASSERTED, NULL, NULL, NULL, NULL, NULL);
	geokg_graph_add_edge(g, 0, 6, GEOKG_TYPE_MEETS, GEOKG_MOD_ASSERTED, NULL,
	                     NULL, NULL, NULL, NULL);
	geokg_graph_add_edge(g, 9, 3, GEOKG_TYPE_THREATENS, GEOKG_MOD_ASSERTED, NULL,
	                     NULL, NULL, NULL, NULL);
	for (i = 0; i < 12; i++)
		for (j = 0; j < 12; j++) {
			geokg_path_query q;
			geokg_paths *one, *all;
			int d;

			for (d = 0; d < 2; d++) {
				memset(&q, 0, sizeof q);
				q.from = i;
				q.to = j;
				q.directed = d;
				ck_assert_int_eq(geokg_paths_find(g, &q, &one, NULL), 0);
				q.mode = GEOKG_PATH_ALL_SHORTEST;
				ck_assert_int_eq(geokg_paths_find(g, &q, &all, NULL), 0);
				ck_assert_uint_eq(one->n, all->n ? 1 : 0);
				if (one->n)
					ck_assert_uint_eq(one->paths[0].n_hops,
					                  all->paths[0].n_hops);
				geokg_paths_free(one);
				geokg_paths_free(all);
			}
		}
	geokg_graph_free(g);
}
END_TEST

/* ---- neighbourhoods and edges -------------------------------------- */

START_TEST(test_neighbors)
{
	geokg_neighborhood *nb;
	geokg_filter f = {0};
	size_t i;

	ck_assert_int_eq(geokg_filter_set_types(&f, "meets", NULL), 0);
	ck_assert_int_eq(geokg_neighbors(w, node(w, "vladimir-putin"), 1,
	                                 GEOKG_DIR_BOTH, &f, &nb, NULL), 0);
	ck_assert_uint_eq(nb->n_nodes, 4);
	ck_assert_uint_eq(nb->n_edges, 5);
	geokg_neighborhood_free(nb);

	ck_assert_int_eq(geokg_neighbors(w, node(w, "vladimir-putin"), 2,
	                                 GEOKG_DIR_BOTH, &f, &nb, NULL), 0);
	ck_assert_uint_eq(nb->n_nodes, 5); /* + Biden through Xi */
	for (i = 0; i < nb->n_nodes; i++)
		if (strcmp(id(w, nb->nodes[i]), "joe-biden") == 0)
			ck_assert_uint_eq(nb->depth[i], 2);
	geokg_neighborhood_free(nb);

	/* out of Russia: supplies Belarus, threatens Ukraine and NATO;
	 * into it: three suppliers and two sanctions; types in order */
	ck_assert_int_eq(geokg_neighbors(w, node(w, "RUS"), 1, GEOKG_DIR_OUT,
	                                 NULL, &nb, NULL), 0);
	ck_assert_uint_eq(nb->n_edges, 3);
	ck_assert_int_eq(geokg_graph_edge(w, nb->edges[0])->type, GEOKG_TYPE_SUPPLIES);
	ck_assert_int_eq(geokg_graph_edge(w, nb->edges[2])->type, GEOKG_TYPE_THREATENS);
	geokg_neighborhood_free(nb);
	ck_assert_int_eq(geokg_neighbors(w, node(w, "RUS"), 1, GEOKG_DIR_IN,
	                                 NULL, &nb, NULL), 0);
	ck_assert_uint_eq(nb->n_edges, 5);
	ck_assert_uint_eq(nb->n_nodes, 5);
	geokg_neighborhood_free(nb);
	/* depth 0: nothing */
	ck_assert_int_eq(geokg_neighbors(w, node(w, "RUS"), 0, GEOKG_DIR_BOTH,
	                                 NULL, &nb, NULL), 0);
	ck_assert_uint_eq(nb->n_nodes + nb->n_edges, 0);
	geokg_neighborhood_free(nb);
}
END_TEST

START_TEST(test_edges_select)
{
	geokg_filter f = {0};
	size_t *e, n, i;

	ck_assert_int_eq(geokg_edges_select(w, NULL, (long)node(w, "USA"), -1, &e,
	                                    &n, NULL), 0);
	ck_assert_uint_eq(n, 4);
	for (i = 0; i < n; i++)
		ck_assert_str_eq(id(w, geokg_graph_edge(w, e[i])->source), "USA");
	free(e);
	/* a meets edge matches from either end */
	ck_assert_int_eq(geokg_edges_select(w, NULL, (long)node(w, "vladimir-putin"),
	                                    (long)node(w, "kim-jong-un"), &e, &n,
	                                    NULL), 0);
	ck_assert_uint_eq(n, 2);
	free(e);
	ck_assert_int_eq(geokg_filter_set_modalities(&f, "asserted", NULL), 0);
	ck_assert_int_eq(geokg_filter_set_types(&f, "supplies", NULL), 0);
	ck_assert_int_eq(geokg_edges_select(w, &f, -1, (long)node(w, "RUS"), &e, &n,
	                                    NULL), 0);
	ck_assert_uint_eq(n, 2); /* IRN, PRK; not China's negated one */
	ck_assert_str_eq(id(w, geokg_graph_edge(w, e[0])->source), "IRN");
	ck_assert_str_eq(id(w, geokg_graph_edge(w, e[1])->source), "PRK");
	free(e);
}
END_TEST

START_TEST(test_best_evidence)
{
	size_t *e, n;
	const geokg_evidence *ev;

	ck_assert_int_eq(geokg_edges_select(w, NULL, (long)node(w, "PRK"),
	                                    (long)node(w, "RUS"), &e, &n, NULL), 0);
	ck_assert_uint_eq(n, 1);
	ev = geokg_edge_best_evidence(geokg_graph_edge(w, e[0]));
	ck_assert_str_eq(ev->date, "2024-01-05"); /* the latest */
	free(e);
}
END_TEST

/* ---- patterns ------------------------------------------------------ */

static void parse_error(const char *pattern, const char *message)
{
	geokg_pattern *p = NULL;
	geokg_error err;

	ck_assert_int_eq(geokg_pattern_parse(pattern, &p, &err), GEOKG_EINVAL);
	ck_assert_ptr_null(p);
	ck_assert_str_eq(err.message, message);
}

START_TEST(test_pattern_errors)
{
	parse_error("?x -meets ?y", "pattern:1:11: expected '->' or '-'");
	parse_error("?x -allies-> ?y", "pattern:1:5: unknown edge type 'allies'");
	parse_error("?x", "pattern:1:3: expected '-' or '<-' before an edge type");
	parse_error("?x <-supplies-> ?y",
	            "pattern:1:14: expected '-' (a relation cannot point both ways)");
	parse_error("? -meets- ?y", "pattern:1:2: expected a variable name after '?'");
	parse_error("\"Kim Jong Un -meets- ?y", "pattern:1:1: unterminated quoted name");
	parse_error("?x -meets- ", "pattern:1:12: expected an actor or a ?variable");
	parse_error("?x -- ?y", "pattern:1:5: expected an edge type (meets, supplies, "
	            "threatens, sanctions or *)");
	parse_error("?x -meets|- ?y", "pattern:1:11: expected an edge type (meets, "
	            "supplies, threatens, sanctions or *)");
	parse_error("", "pattern:1:1: expected an actor or a ?variable");
	/* columns count characters, not bytes */
	parse_error("\"C\xc3\xb4te d\xe2\x80\x99Ivoire\" -meets ?y",
	            "pattern:1:24: expected '->' or '-'");
}
END_TEST

START_TEST(test_pattern_parse)
{
	geokg_pattern *p;

	ck_assert_int_eq(geokg_pattern_parse(" ?a -supplies-> ?b<-threatens- \"Kim Jong Un\" "
	                                     "-meets|sanctions- USA", &p, NULL), 0);
	ck_assert_uint_eq(geokg_pattern_terms(p), 4);
	ck_assert_str_eq(geokg_pattern_term(p, 0), "?a");
	ck_assert(geokg_pattern_is_variable(p, 1));
	ck_assert_str_eq(geokg_pattern_term(p, 2), "Kim Jong Un");
	ck_assert(!geokg_pattern_is_variable(p, 2));
	ck_assert_str_eq(geokg_pattern_term(p, 3), "USA");
	geokg_pattern_free(p);
}
END_TEST

static geokg_matches *match(const char *pattern, const geokg_filter *f)
{
	geokg_pattern *p;
	geokg_matches *m;
	geokg_error err;

	ck_assert_msg(geokg_pattern_parse(pattern, &p, &err) == 0, "%s", err.message);
	ck_assert_msg(geokg_pattern_match(w, p, f, 0, &m, &err) == 0, "%s", err.message);
	geokg_pattern_free(p);
	return m;
}

START_TEST(test_pattern_match)
{
	geokg_filter f = {0};
	geokg_matches *m = match("?x -supplies-> RUS", NULL);
	size_t i;

	ck_assert_uint_eq(m->n, 3);
	ck_assert_str_eq(id(w, m->b[0].nodes[0]), "CHN");
	ck_assert_str_eq(id(w, m->b[1].nodes[0]), "IRN");
	ck_assert_str_eq(id(w, m->b[2].nodes[0]), "PRK");
	for (i = 0; i < m->n; i++)
		ck_assert_uint_eq(m->b[i].n_edges[0], 1);
	geokg_matches_free(m);

	ck_assert_int_eq(geokg_filter_set_modalities(&f, "asserted", NULL), 0);
	m = match("?x -supplies-> Russia", &f);
	ck_assert_uint_eq(m->n, 2);
	geokg_matches_free(m);

	/* a chain: suppliers of Russia and whom Russia threatens */
	m = match("?a -supplies-> ?b -threatens-> ?c", &f);
	ck_assert_uint_eq(m->n, 4);
	for (i = 0; i < m->n; i++)
		ck_assert_str_eq(id(w, m->b[i].nodes[1]), "RUS");
	geokg_matches_free(m);

	/* against the direction, alternatives, any type */
	m = match("USA -sanctions-> ?x <-supplies- ?y", NULL);
	ck_assert_uint_eq(m->n, 3); /* RUS <- CHN, IRN, PRK */
	geokg_matches_free(m);
	m = match("?x -sanctions|supplies-> UKR", NULL);
	ck_assert_uint_eq(m->n, 1);
	ck_assert_str_eq(id(w, m->b[0].nodes[0]), "USA");
	geokg_matches_free(m);
	m = match("PRK -*- ?x", NULL);
	ck_assert_uint_eq(m->n, 2); /* RUS, USA */
	ck_assert_uint_eq(m->b[1].n_edges[0], 2); /* threatens and sanctions */
	geokg_matches_free(m);

	/* meets is symmetric; a variable used twice binds one actor */
	m = match("?x -meets-> Putin", NULL);
	ck_assert_uint_eq(m->n, 4);
	geokg_matches_free(m);
	m = match("?x -meets- ?y -meets- ?x", NULL);
	ck_assert_uint_eq(m->n, 12); /* 6 pairs who met, both ways round */
	for (i = 0; i < m->n; i++)
		ck_assert_uint_eq(m->b[i].nodes[0], m->b[i].nodes[2]);
	geokg_matches_free(m);
	/* different variables bind different actors */
	m = match("?x -meets- Putin -meets- ?y", NULL);
	ck_assert_uint_eq(m->n, 12); /* 4 x 3 ordered pairs */
	for (i = 0; i < m->n; i++)
		ck_assert_uint_ne(m->b[i].nodes[0], m->b[i].nodes[2]);
	geokg_matches_free(m);
}
END_TEST

START_TEST(test_pattern_unknown_actor)
{
	geokg_pattern *p;
	geokg_matches *m;
	geokg_error err;

	ck_assert_int_eq(geokg_pattern_parse("?x -meets- Atlantis", &p, NULL), 0);
	ck_assert_int_eq(geokg_pattern_match(w, p, NULL, 0, &m, &err), GEOKG_ENOTFOUND);
	ck_assert_ptr_null(m);
	ck_assert_msg(strstr(err.message, "no actor 'Atlantis'"), "%s", err.message);
	geokg_pattern_free(p);
}
END_TEST

/* ---- rankings ------------------------------------------------------ */

START_TEST(test_rank)
{
	geokg_ranked *r;
	geokg_filter f = {0};
	double sum = 0;
	size_t i, n = geokg_graph_node_count(w);

	ck_assert_int_eq(geokg_rank(w, GEOKG_RANK_DEGREE, NULL, &r, NULL), 0);
	ck_assert_str_eq(id(w, r[0].node), "RUS");
	ck_assert(r[0].score == 8);
	for (i = 1; i < n; i++)
		ck_assert(r[i].score <= r[i - 1].score);
	free(r);

	ck_assert_int_eq(geokg_filter_set_types(&f, "meets", NULL), 0);
	ck_assert_int_eq(geokg_rank(w, GEOKG_RANK_DEGREE, &f, &r, NULL), 0);
	ck_assert_str_eq(id(w, r[0].node), "vladimir-putin");
	ck_assert(r[0].score == 5);
	free(r);

	ck_assert_int_eq(geokg_rank(w, GEOKG_RANK_PAGERANK, NULL, &r, NULL), 0);
	for (i = 0; i < n; i++)
		sum += r[i].score;
	ck_assert_msg(sum > 0.999 && sum < 1.001, "pagerank sums to %g", sum);
	free(r);
	/* supplies flow into Russia, which passes all on to Belarus */
	ck_assert_int_eq(geokg_filter_set_types(&f, "supplies", NULL), 0);
	ck_assert_int_eq(geokg_rank(w, GEOKG_RANK_PAGERANK, &f, &r, NULL), 0);
	ck_assert_str_eq(id(w, r[0].node), "BLR");
	ck_assert_str_eq(id(w, r[1].node), "RUS");
	ck_assert(r[1].score > r[3].score);
	free(r);
	ck_assert_int_eq(geokg_filter_set_types(&f, "meets", NULL), 0);

	/* on meets alone, everyone's way to Biden goes through Putin and Xi */
	ck_assert_int_eq(geokg_rank(w, GEOKG_RANK_BETWEENNESS, &f, &r, NULL), 0);
	ck_assert_str_eq(id(w, r[0].node), "vladimir-putin");
	ck_assert_str_eq(id(w, r[1].node), "xi-jinping");
	ck_assert(r[n - 1].score == 0);
	free(r);
}
END_TEST

static Suite *suite_query(void)
{
	Suite *s = suite_create("query");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_actor_names);
	tcase_add_test(tc, test_actor_ambiguous);
	tcase_add_test(tc, test_actor_world);
	tcase_add_test(tc, test_shortest_path);
	tcase_add_test(tc, test_directed);
	tcase_add_test(tc, test_all_shortest);
	tcase_add_test(tc, test_k_shortest_and_max_hops);
	tcase_add_test(tc, test_limit);
	tcase_add_test(tc, test_filters_in_search);
	tcase_add_test(tc, test_two_ended_search_agrees);
	tcase_add_test(tc, test_neighbors);
	tcase_add_test(tc, test_edges_select);
	tcase_add_test(tc, test_best_evidence);
	tcase_add_test(tc, test_pattern_errors);
	tcase_add_test(tc, test_pattern_parse);
	tcase_add_test(tc, test_pattern_match);
	tcase_add_test(tc, test_pattern_unknown_actor);
	tcase_add_test(tc, test_rank);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(suite_query());
	const char *world = getenv("GEOKG_WORLD_BUILT");
	int failed;

	if (world) /* the world graph of this build, not an installed one */
		setenv("GEOKG_WORLD", world, 1);

	srunner_run_all(sr, CK_ENV);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
