/*
 * check_graph.c - the graph model: nodes united by id, edges by (source,
 * target, type, modality), evidence by (doc, sentence, span), merge, and
 * the igraph mirror.
 */
#include "config.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "graph_impl.h"

static geokg_graph *g;

static void setup(void)
{
	ck_assert_int_eq(geokg_graph_new(&g, NULL), 0);
}

static void teardown(void)
{
	geokg_graph_free(g);
	g = NULL;
}

static size_t add_country(geokg_graph *gr, const char *id, const char *name)
{
	geokg_node n = {0};
	size_t i;

	n.id = id;
	n.kind = GEOKG_KIND_COUNTRY;
	n.name = name;
	ck_assert_int_eq(geokg_graph_add_node(gr, &n, &i, NULL), 0);
	return i;
}

static geokg_evidence ev(const char *doc, const char *date, long s)
{
	geokg_evidence e = {doc, date, s, s * 100, s * 100 + 50, "text"};

	return e;
}

START_TEST(test_vocabulary_round_trips)
{
	int i;

	for (i = 0; i < GEOKG_KIND_COUNT; i++)
		ck_assert_int_eq(geokg_kind_parse(geokg_kind_name(i)), i);
	for (i = 0; i < GEOKG_TYPE_COUNT; i++)
		ck_assert_int_eq(geokg_type_parse(geokg_type_name(i)), i);
	for (i = 0; i < GEOKG_MOD_COUNT; i++)
		ck_assert_int_eq(geokg_modality_parse(geokg_modality_name(i)), i);
	ck_assert_int_eq(geokg_type_parse("allies"), -1);
	ck_assert_int_eq(geokg_kind_parse(NULL), -1);
}
END_TEST

START_TEST(test_dates)
{
	ck_assert(geokg_date_valid("2023-09-12"));
	ck_assert(geokg_date_valid("2024-02-29"));
	ck_assert(!geokg_date_valid("2023-02-29"));
	ck_assert(!geokg_date_valid("1900-02-29"));
	ck_assert(geokg_date_valid("2000-02-29"));
	ck_assert(!geokg_date_valid("2023-13-01"));
	ck_assert(!geokg_date_valid("2023-9-12"));
	ck_assert(!geokg_date_valid("12/09/2023"));
	ck_assert(!geokg_date_valid(NULL));
}
END_TEST

START_TEST(test_nodes_found_by_id)
{
	size_t a = add_country(g, "RUS", "Russia");
	size_t b = add_country(g, "PRK", "North Korea");

	ck_assert_uint_eq(geokg_graph_node_count(g), 2);
	ck_assert_int_eq(geokg_graph_find(g, "RUS"), (long)a);
	ck_assert_int_eq(geokg_graph_find(g, "PRK"), (long)b);
	ck_assert_int_eq(geokg_graph_find(g, "USA"), -1);
	ck_assert_str_eq(geokg_graph_node(g, b)->name, "North Korea");
	ck_assert_ptr_null(geokg_graph_node(g, 2));
}
END_TEST

START_TEST(test_same_id_unites_names_and_aliases)
{
	const char *al[] = {"Russian Federation"};
	geokg_node n = {0};

	add_country(g, "RUS", "Russia");
	n.id = "RUS";
	n.kind = GEOKG_KIND_COUNTRY;
	n.name = "Muscovy";
	n.aliases = al;
	n.n_aliases = 1;
	ck_assert_int_eq(geokg_graph_add_node(g, &n, NULL, NULL), 0);
	ck_assert_uint_eq(geokg_graph_node_count(g), 1);
	/* the smaller name wins; the other becomes an alias */
	ck_assert_str_eq(geokg_graph_node(g, 0)->name, "Muscovy");
	ck_assert_uint_eq(geokg_graph_node(g, 0)->n_aliases, 2);
}
END_TEST

START_TEST(test_bad_nodes_rejected)
{
	geokg_error err;
	geokg_node n = {0};

	n.id = "kim";
	n.kind = GEOKG_KIND_PERSON;
	n.name = "Kim";
	ck_assert_int_eq(geokg_graph_add_node(g, &n, NULL, &err), GEOKG_EINVAL);
	ck_assert_ptr_nonnull(strstr(err.message, "no country"));
	n.id = "";
	ck_assert_int_eq(geokg_graph_add_node(g, &n, NULL, &err), GEOKG_EINVAL);
	add_country(g, "RUS", "Russia");
	n.id = "RUS";
	n.country = "RUS";
	ck_assert_int_eq(geokg_graph_add_node(g, &n, NULL, &err), GEOKG_EINVAL);
	ck_assert_ptr_nonnull(strstr(err.message, "is a country and a person"));
}
END_TEST

START_TEST(test_edges_joined_and_evidence_deduplicated)
{
	size_t a = add_country(g, "USA", "United States");
	size_t b = add_country(g, "PRK", "North Korea");
	geokg_evidence e1 = ev("d1", "2023-09-12", 1), e2 = ev("d2", "2023-09-10", 4);
	const geokg_edge *e;
	size_t x, y;

	ck_assert_int_eq(geokg_graph_add_edge(g, a, b, GEOKG_TYPE_THREATENS,
	                 GEOKG_MOD_ASSERTED, NULL, NULL, &e1, &x, NULL), 0);
	ck_assert_int_eq(geokg_graph_add_edge(g, a, b, GEOKG_TYPE_THREATENS,
	                 GEOKG_MOD_ASSERTED, "sanctions", NULL, &e1, &y, NULL), 0);
	ck_assert_uint_eq(x, y);
	ck_assert_int_eq(geokg_graph_add_edge(g, a, b, GEOKG_TYPE_THREATENS,
	                 GEOKG_MOD_ASSERTED, NULL, NULL, &e2, &y, NULL), 0);
	e1.sentence = 2; /* same document, another sentence */
	ck_assert_int_eq(geokg_graph_add_edge(g, a, b, GEOKG_TYPE_THREATENS,
	                 GEOKG_MOD_ASSERTED, NULL, NULL, &e1, &y, NULL), 0);
	ck_assert_uint_eq(geokg_graph_edge_count(g), 1);
	e = geokg_graph_edge(g, x);
	ck_assert_uint_eq(e->n_evidence, 3);
	ck_assert_uint_eq(e->weight, 2);
	ck_assert_str_eq(e->object, "sanctions");
	ck_assert_str_eq(e->first_seen, "2023-09-10");
	ck_assert_str_eq(e->last_seen, "2023-09-12");
	/* another modality is another edge */
	ck_assert_int_eq(geokg_graph_add_edge(g, a, b, GEOKG_TYPE_THREATENS,
	                 GEOKG_MOD_NEGATED, NULL, NULL, NULL, &y, NULL), 0);
	ck_assert_uint_ne(x, y);
	ck_assert_uint_eq(geokg_graph_edge_count(g), 2);
}
END_TEST

START_TEST(test_edge_to_missing_node_fails)
{
	geokg_error err;

	add_country(g, "USA", "United States");
	ck_assert_int_eq(geokg_graph_add_edge(g, 0, 5, GEOKG_TYPE_MEETS,
	                 GEOKG_MOD_ASSERTED, NULL, NULL, NULL, NULL, &err),
	                 GEOKG_EINVAL);
	ck_assert_int_eq(err.code, GEOKG_EINVAL);
}
END_TEST

START_TEST(test_merge_unites)
{
	geokg_graph *h;
	geokg_evidence e1 = ev("d1", "2023-01-01", 0), e2 = ev("d2", "2023-02-01", 0);
	char *s1, *s2;
	size_t l1, l2;

	ck_assert_int_eq(geokg_graph_new(&h, NULL), 0);
	add_country(g, "USA", "United States");
	add_country(g, "PRK", "North Korea");
	ck_assert_int_eq(geokg_graph_add_edge(g, 0, 1, GEOKG_TYPE_SANCTIONS,
	                 GEOKG_MOD_ASSERTED, NULL, NULL, &e1, NULL, NULL), 0);
	add_country(h, "PRK", "North Korea");
	add_country(h, "USA", "United States");
	ck_assert_int_eq(geokg_graph_add_edge(h, 1, 0, GEOKG_TYPE_SANCTIONS,
	                 GEOKG_MOD_ASSERTED, NULL, NULL, &e2, NULL, NULL), 0);
	ck_assert_int_eq(geokg_graph_add_edge(h, 1, 0, GEOKG_TYPE_SANCTIONS,
	                 GEOKG_MOD_ASSERTED, NULL, NULL, &e1, NULL, NULL), 0);
	ck_assert_int_eq(geokg_graph_merge(g, h, NULL, NULL, NULL), 0);
	ck_assert_uint_eq(geokg_graph_node_count(g), 2);
	ck_assert_uint_eq(geokg_graph_edge_count(g), 1);
	ck_assert_uint_eq(geokg_graph_edge(g, 0)->weight, 2);
	ck_assert_uint_eq(geokg_graph_edge(g, 0)->n_evidence, 2);
	/* merging again changes nothing */
	ck_assert_int_eq(geokg_graph_dump(g, 0, &s1, &l1, NULL), 0);
	ck_assert_int_eq(geokg_graph_merge(g, h, NULL, NULL, NULL), 0);
	ck_assert_int_eq(geokg_graph_dump(g, 0, &s2, &l2, NULL), 0);
	ck_assert_str_eq(s1, s2);
	free(s1);
	free(s2);
	geokg_graph_free(h);
}
END_TEST

static int conflicts;
static void on_conflict(void *ctx, const char *id, const char *what)
{
	(void)ctx;
	ck_assert_str_eq(id, "kim");
	ck_assert_ptr_nonnull(strstr(what, "country"));
	conflicts++;
}

START_TEST(test_merge_reports_conflicts)
{
	geokg_graph *h;
	geokg_node n = {0};

	ck_assert_int_eq(geokg_graph_new(&h, NULL), 0);
	n.id = "kim";
	n.kind = GEOKG_KIND_PERSON;
	n.name = "Kim";
	n.country = "PRK";
	ck_assert_int_eq(geokg_graph_add_node(g, &n, NULL, NULL), 0);
	n.country = "KOR";
	ck_assert_int_eq(geokg_graph_add_node(h, &n, NULL, NULL), 0);
	conflicts = 0;
	ck_assert_int_eq(geokg_graph_merge(g, h, on_conflict, NULL, NULL), 0);
	ck_assert_int_eq(conflicts, 1);
	ck_assert_str_eq(geokg_graph_node(g, 0)->country, "KOR");
	geokg_graph_free(h);
}
END_TEST

START_TEST(test_topology_mirrors_edges)
{
	const igraph_t *t;
	igraph_integer_t from, to;
	size_t i;

	for (i = 0; i < 3; i++) {
		char id[8];

		snprintf(id, sizeof id, "N%zu", i);
		add_country(g, id, id);
	}
	ck_assert_int_eq(geokg_graph_add_edge(g, 0, 1, GEOKG_TYPE_MEETS,
	                 GEOKG_MOD_ASSERTED, NULL, NULL, NULL, NULL, NULL), 0);
	ck_assert_int_eq(geokg__graph_topology(g, &t, NULL), 0);
	ck_assert_int_eq(igraph_vcount(t), 3);
	ck_assert_int_eq(igraph_ecount(t), 1);
	/* later additions are mirrored on the next request */
	ck_assert_int_eq(geokg_graph_add_edge(g, 2, 1, GEOKG_TYPE_SUPPLIES,
	                 GEOKG_MOD_ASSERTED, NULL, NULL, NULL, NULL, NULL), 0);
	ck_assert_int_eq(geokg__graph_topology(g, &t, NULL), 0);
	ck_assert_int_eq(igraph_ecount(t), 2);
	ck_assert_int_eq(igraph_edge(t, 1, &from, &to), 0);
	ck_assert_int_eq(from, 2);
	ck_assert_int_eq(to, 1);
}
END_TEST

START_TEST(test_igraph_errors_return)
{
	const igraph_t *t;
	igraph_vector_int_t v;
	igraph_error_t rc;

	add_country(g, "A", "A");
	ck_assert_int_eq(geokg__graph_topology(g, &t, NULL), 0);
	igraph_vector_int_init(&v, 0);
	/* an invalid vertex must return an error, not abort */
	rc = igraph_neighbors(t, &v, 42, IGRAPH_ALL);
	ck_assert_int_ne(rc, IGRAPH_SUCCESS);
	igraph_vector_int_destroy(&v);
}
END_TEST

START_TEST(test_degrees_and_stats)
{
	geokg_evidence e1 = ev("d1", NULL, 0);
	geokg_stats s;
	size_t *deg;

	add_country(g, "A", "A");
	add_country(g, "B", "B");
	add_country(g, "C", "C");
	geokg_graph_add_edge(g, 0, 1, GEOKG_TYPE_MEETS, GEOKG_MOD_ASSERTED,
	                     NULL, NULL, &e1, NULL, NULL);
	geokg_graph_add_edge(g, 0, 2, GEOKG_TYPE_SUPPLIES, GEOKG_MOD_EXPECTED,
	                     NULL, NULL, &e1, NULL, NULL);
	geokg_graph_add_edge(g, 0, 0, GEOKG_TYPE_MEETS, GEOKG_MOD_ASSERTED,
	                     NULL, NULL, NULL, NULL, NULL);
	ck_assert_int_eq(geokg_graph_degrees(g, &deg, NULL), 0);
	ck_assert_uint_eq(deg[0], 3);
	ck_assert_uint_eq(deg[1], 1);
	free(deg);
	geokg_graph_stats(g, &s);
	ck_assert_uint_eq(s.nodes, 3);
	ck_assert_uint_eq(s.edges, 3);
	ck_assert_uint_eq(s.documents, 1);
	ck_assert_uint_eq(s.evidence, 2);
	ck_assert_uint_eq(s.by_type[GEOKG_TYPE_MEETS], 2);
	ck_assert_uint_eq(s.by_modality[GEOKG_MOD_EXPECTED], 1);
}
END_TEST

START_TEST(test_free_null_is_noop)
{
	geokg_graph_free(NULL);
	ck_assert_str_eq(geokg_strerror(GEOKG_ENOMEM), "out of memory");
	ck_assert_str_eq(geokg_strerror(12345), "unknown error");
}
END_TEST

Suite *suite_graph(void);
Suite *suite_graph(void)
{
	Suite *s = suite_create("graph");
	TCase *tc = tcase_create("model");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_vocabulary_round_trips);
	tcase_add_test(tc, test_dates);
	tcase_add_test(tc, test_nodes_found_by_id);
	tcase_add_test(tc, test_same_id_unites_names_and_aliases);
	tcase_add_test(tc, test_bad_nodes_rejected);
	tcase_add_test(tc, test_edges_joined_and_evidence_deduplicated);
	tcase_add_test(tc, test_edge_to_missing_node_fails);
	tcase_add_test(tc, test_merge_unites);
	tcase_add_test(tc, test_merge_reports_conflicts);
	tcase_add_test(tc, test_topology_mirrors_edges);
	tcase_add_test(tc, test_igraph_errors_return);
	tcase_add_test(tc, test_degrees_and_stats);
	tcase_add_test(tc, test_free_null_is_noop);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(suite_graph());
	int failed;

	srunner_run_all(sr, CK_ENV);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
