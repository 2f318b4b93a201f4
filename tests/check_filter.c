/*
 * check_filter.c - which edges pass a filter: types, modalities, dates,
 * weight, and the parsing of the option lists.
 */
#include "config.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "geokg.h"

static geokg_graph *g;

/* A, B; e0 = A meets B asserted (d1 2020-01-05, d2 2021-03-01);
 * e1 = A supplies B expected (no date). */
static void setup(void)
{
	geokg_node n = {0};
	geokg_evidence e1 = {"d1", "2020-01-05", 0, 0, 10, NULL};
	geokg_evidence e2 = {"d2", "2021-03-01", 0, 0, 10, NULL};
	geokg_evidence e3 = {"d3", NULL, 0, 0, 10, NULL};

	ck_assert_int_eq(geokg_graph_new(&g, NULL), 0);
	n.kind = GEOKG_KIND_COUNTRY;
	n.id = n.name = "A";
	geokg_graph_add_node(g, &n, NULL, NULL);
	n.id = n.name = "B";
	geokg_graph_add_node(g, &n, NULL, NULL);
	geokg_graph_add_edge(g, 0, 1, GEOKG_TYPE_MEETS, GEOKG_MOD_ASSERTED, NULL,
	                     NULL, &e1, NULL, NULL);
	geokg_graph_add_edge(g, 0, 1, GEOKG_TYPE_MEETS, GEOKG_MOD_ASSERTED, NULL,
	                     NULL, &e2, NULL, NULL);
	geokg_graph_add_edge(g, 0, 1, GEOKG_TYPE_SUPPLIES, GEOKG_MOD_EXPECTED,
	                     NULL, NULL, &e3, NULL, NULL);
}

static void teardown(void)
{
	geokg_graph_free(g);
}

START_TEST(test_empty_filter_passes_all)
{
	geokg_filter f = {0};

	ck_assert(geokg_filter_edge(&f, g, 0));
	ck_assert(geokg_filter_edge(&f, g, 1));
	ck_assert(!geokg_filter_edge(&f, g, 2));
}
END_TEST

START_TEST(test_types_and_modalities)
{
	geokg_filter f = {0};
	geokg_error err;

	ck_assert_int_eq(geokg_filter_set_types(&f, "supplies, threatens", NULL), 0);
	ck_assert(!geokg_filter_edge(&f, g, 0));
	ck_assert(geokg_filter_edge(&f, g, 1));
	memset(&f, 0, sizeof f);
	ck_assert_int_eq(geokg_filter_set_modalities(&f, "asserted", NULL), 0);
	ck_assert(geokg_filter_edge(&f, g, 0));
	ck_assert(!geokg_filter_edge(&f, g, 1));
	ck_assert_int_eq(geokg_filter_set_modalities(&f, "any", NULL), 0);
	ck_assert(geokg_filter_edge(&f, g, 1));
	ck_assert_int_eq(geokg_filter_set_types(&f, "meets,allies", &err), GEOKG_EINVAL);
	ck_assert_str_eq(err.message, "unknown edge type 'allies'");
	ck_assert_int_eq(geokg_filter_set_modalities(&f, ",", &err), GEOKG_EINVAL);
}
END_TEST

/* The query commands' default: every modality but negated; 'any' is all. */
START_TEST(test_not_negated)
{
	geokg_evidence ev = {"d", NULL, 0, 0, 10, NULL};
	geokg_filter f = {.modalities = GEOKG_MODALITIES_NOT_NEGATED};
	geokg_graph *h;
	geokg_node n = {0};
	int m;

	ck_assert_int_eq(geokg_graph_new(&h, NULL), 0);
	n.kind = GEOKG_KIND_COUNTRY;
	n.id = n.name = "A";
	ck_assert_int_eq(geokg_graph_add_node(h, &n, NULL, NULL), 0);
	n.id = n.name = "B";
	ck_assert_int_eq(geokg_graph_add_node(h, &n, NULL, NULL), 0);
	for (m = 0; m < GEOKG_MOD_COUNT; m++)
		ck_assert_int_eq(geokg_graph_add_edge(h, 0, 1, GEOKG_TYPE_MEETS,
		                                      (geokg_modality)m, NULL, NULL,
		                                      &ev, NULL, NULL), 0);
	ck_assert_uint_eq(geokg_graph_edge_count(h), GEOKG_MOD_COUNT);
	for (m = 0; m < GEOKG_MOD_COUNT; m++) {
		int negated = geokg_graph_edge(h, (size_t)m)->modality == GEOKG_MOD_NEGATED;

		ck_assert_int_eq(geokg_filter_edge(&f, h, (size_t)m), !negated);
	}
	ck_assert_int_eq(geokg_filter_set_modalities(&f, "any", NULL), 0);
	for (m = 0; m < GEOKG_MOD_COUNT; m++)
		ck_assert(geokg_filter_edge(&f, h, (size_t)m));
	ck_assert_int_eq(geokg_filter_set_modalities(&f, "negated", NULL), 0);
	ck_assert_uint_eq(f.modalities, 1u << GEOKG_MOD_NEGATED);
	geokg_graph_free(h);
}
END_TEST

START_TEST(test_dates_and_weight)
{
	geokg_filter f = {0};
	geokg_error err;

	ck_assert_int_eq(geokg_filter_set_date(&f.since, "2021-01-01", NULL), 0);
	ck_assert(geokg_filter_edge(&f, g, 0));  /* d2 is in the window */
	ck_assert(!geokg_filter_edge(&f, g, 1)); /* no dated evidence */
	ck_assert_int_eq(geokg_filter_set_date(&f.until, "2021-02-28", NULL), 0);
	ck_assert(!geokg_filter_edge(&f, g, 0));
	ck_assert_int_eq(geokg_filter_set_date(&f.until, "2021-13-01", &err), GEOKG_EINVAL);
	memset(&f, 0, sizeof f);
	f.min_weight = 2;
	ck_assert(geokg_filter_edge(&f, g, 0));
	ck_assert(!geokg_filter_edge(&f, g, 1));
}
END_TEST

static Suite *suite_filter(void)
{
	Suite *s = suite_create("filter");
	TCase *tc = tcase_create("filter");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_empty_filter_passes_all);
	tcase_add_test(tc, test_types_and_modalities);
	tcase_add_test(tc, test_not_negated);
	tcase_add_test(tc, test_dates_and_weight);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(suite_filter());
	int failed;

	srunner_run_all(sr, CK_ENV);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
