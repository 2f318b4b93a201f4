/*
 * check_limits.c - every documented limit (geokg.h, doc/bad-input.md):
 * at the limit the input is taken, past it the call fails with
 * GEOKG_ELIMIT and a message naming the limit, and nothing is added.
 * The node and edge counts are lowered on one graph (the internal
 * max_nodes / max_edges fields) so that the code path runs without
 * 16 million nodes; the file size is passed with a sparse file.
 */
#include "config.h"

#include <check.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "graph_impl.h"

/* A malloc'd string of n copies of c. */
static char *repeat(char c, size_t n)
{
	char *s = malloc(n + 1);

	ck_assert_ptr_nonnull(s);
	memset(s, c, n);
	s[n] = '\0';
	return s;
}

static geokg_node country(const char *id, const char *name)
{
	geokg_node n;

	memset(&n, 0, sizeof n);
	n.id = id;
	n.kind = GEOKG_KIND_COUNTRY;
	n.name = name;
	return n;
}

START_TEST(test_name_max)
{
	geokg_graph *g;
	geokg_error err;
	char *at = repeat('n', GEOKG_NAME_MAX), *past = repeat('n', GEOKG_NAME_MAX + 1);
	const char *aliases[1];
	geokg_node n;

	ck_assert_int_eq(geokg_graph_new(&g, NULL), 0);
	n = country("A", at);
	ck_assert_int_eq(geokg_graph_add_node(g, &n, NULL, &err), 0);
	n = country("B", past);
	ck_assert_int_eq(geokg_graph_add_node(g, &n, NULL, &err), GEOKG_ELIMIT);
	ck_assert_int_eq(err.code, GEOKG_ELIMIT);
	ck_assert_ptr_nonnull(strstr(err.message, "over the limit of 16384"));
	n = country(past, "B"); /* an id */
	ck_assert_int_eq(geokg_graph_add_node(g, &n, NULL, &err), GEOKG_ELIMIT);
	aliases[0] = past;      /* an alias of a node that exists */
	n = country("A", at);
	n.aliases = aliases;
	n.n_aliases = 1;
	ck_assert_int_eq(geokg_graph_add_node(g, &n, NULL, &err), GEOKG_ELIMIT);
	ck_assert_uint_eq(geokg_graph_node_count(g), 1);
	ck_assert_uint_eq(geokg_graph_node(g, 0)->n_aliases, 0);
	geokg_graph_free(g);
	free(at);
	free(past);
}
END_TEST

START_TEST(test_text_max)
{
	geokg_graph *g;
	geokg_error err;
	char *at = repeat('t', GEOKG_TEXT_MAX), *past = repeat('t', GEOKG_TEXT_MAX + 1);
	geokg_evidence ev = {"doc", NULL, 0, 0, 10, NULL};
	geokg_node n = country("A", "A");

	ck_assert_int_eq(geokg_graph_new(&g, NULL), 0);
	ck_assert_int_eq(geokg_graph_add_node(g, &n, NULL, NULL), 0);
	ev.text = at;
	ck_assert_int_eq(geokg_graph_add_edge(g, 0, 0, GEOKG_TYPE_MEETS,
	                                      GEOKG_MOD_ASSERTED, NULL, NULL, &ev,
	                                      NULL, &err), 0);
	ev.text = past;
	ev.sentence = 1;
	ck_assert_int_eq(geokg_graph_add_edge(g, 0, 0, GEOKG_TYPE_MEETS,
	                                      GEOKG_MOD_ASSERTED, NULL, NULL, &ev,
	                                      NULL, &err), GEOKG_ELIMIT);
	ck_assert_ptr_nonnull(strstr(err.message, "over the limit of 65536"));
	ck_assert_int_eq(geokg_graph_add_edge(g, 0, 0, GEOKG_TYPE_SUPPLIES,
	                                      GEOKG_MOD_ASSERTED, past, NULL, NULL,
	                                      NULL, &err), GEOKG_ELIMIT);
	ck_assert_uint_eq(geokg_graph_edge_count(g), 1);
	ck_assert_uint_eq(geokg_graph_edge(g, 0)->n_evidence, 1);
	geokg_graph_free(g);
	free(at);
	free(past);
}
END_TEST

START_TEST(test_node_and_edge_counts)
{
	geokg_graph *g;
	geokg_error err;
	geokg_node n;

	ck_assert_int_eq(geokg_graph_new(&g, NULL), 0);
	ck_assert_uint_eq(g->max_nodes, GEOKG_GRAPH_MAX_NODES);
	ck_assert_uint_eq(g->max_edges, GEOKG_GRAPH_MAX_EDGES);
	g->max_nodes = 2;
	g->max_edges = 1;
	n = country("A", "A");
	ck_assert_int_eq(geokg_graph_add_node(g, &n, NULL, &err), 0);
	n = country("B", "B");
	ck_assert_int_eq(geokg_graph_add_node(g, &n, NULL, &err), 0);
	n = country("A", "A"); /* uniting with an existing node is no new node */
	ck_assert_int_eq(geokg_graph_add_node(g, &n, NULL, &err), 0);
	n = country("C", "C");
	ck_assert_int_eq(geokg_graph_add_node(g, &n, NULL, &err), GEOKG_ELIMIT);
	ck_assert_str_eq(err.message, "more than 2 nodes in a graph");
	ck_assert_int_eq(geokg_graph_add_edge(g, 0, 1, GEOKG_TYPE_MEETS,
	                                      GEOKG_MOD_ASSERTED, NULL, NULL, NULL,
	                                      NULL, &err), 0);
	/* the same edge again joins it */
	ck_assert_int_eq(geokg_graph_add_edge(g, 0, 1, GEOKG_TYPE_MEETS,
	                                      GEOKG_MOD_ASSERTED, NULL, NULL, NULL,
	                                      NULL, &err), 0);
	ck_assert_int_eq(geokg_graph_add_edge(g, 1, 0, GEOKG_TYPE_MEETS,
	                                      GEOKG_MOD_ASSERTED, NULL, NULL, NULL,
	                                      NULL, &err), GEOKG_ELIMIT);
	ck_assert_str_eq(err.message, "more than 1 edges in a graph");
	ck_assert_uint_eq(geokg_graph_node_count(g), 2);
	ck_assert_uint_eq(geokg_graph_edge_count(g), 1);
	geokg_graph_free(g);
}
END_TEST

START_TEST(test_graph_bytes)
{
	char path[] = "/tmp/geokg-limits.XXXXXX";
	geokg_graph *g = NULL;
	geokg_error err;
	int fd = mkstemp(path);

	/* the length is checked before a byte is read */
	ck_assert_int_eq(geokg_graph_load_buffer(&g, "{}", GEOKG_GRAPH_MAX_BYTES + 1,
	                                         "big", &err), GEOKG_ELIMIT);
	ck_assert_ptr_null(g);
	ck_assert_ptr_nonnull(strstr(err.message, "big: 4294967297 bytes, over the limit"));
	/* a sparse file just over the limit is refused without reading it */
	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(ftruncate(fd, (off_t)GEOKG_GRAPH_MAX_BYTES + 1), 0);
	close(fd);
	ck_assert_int_eq(geokg_graph_load(&g, path, &err), GEOKG_ELIMIT);
	ck_assert_ptr_null(g);
	ck_assert_ptr_nonnull(strstr(err.message, "over the limit"));
	unlink(path);
}
END_TEST

START_TEST(test_json_depth)
{
	const size_t deep = GEOKG_JSON_MAX_DEPTH + 10;
	const char *head = "{\"format\":\"geokg\",\"version\":1,\"nodes\":";
	size_t hl = strlen(head), i;
	char *buf = malloc(hl + 2 * deep + 32);
	geokg_graph *g = NULL;
	geokg_error err;

	ck_assert_ptr_nonnull(buf);
	memcpy(buf, head, hl);
	for (i = 0; i < deep; i++)
		buf[hl + i] = '[';
	for (i = 0; i < deep; i++)
		buf[hl + deep + i] = ']';
	strcpy(buf + hl + 2 * deep, ",\"edges\":[]}");
	ck_assert_int_eq(geokg_graph_load_buffer(&g, buf, strlen(buf), "deep", &err),
	                 GEOKG_ELIMIT);
	ck_assert_ptr_null(g);
	ck_assert_ptr_nonnull(strstr(err.message, "JSON nested deeper than 2048 levels"));
	free(buf);
}
END_TEST

START_TEST(test_pattern_terms)
{
	geokg_pattern *p = NULL;
	geokg_error err;
	char text[512] = "?v0";
	int i;

	for (i = 1; i < GEOKG_PATTERN_MAX_TERMS; i++)
		sprintf(text + strlen(text), " -meets- ?v%d", i);
	ck_assert_int_eq(geokg_pattern_parse(text, &p, &err), 0);
	ck_assert_uint_eq(geokg_pattern_terms(p), GEOKG_PATTERN_MAX_TERMS);
	geokg_pattern_free(p);
	strcat(text, " -meets- ?last");
	ck_assert_int_eq(geokg_pattern_parse(text, &p, &err), GEOKG_ELIMIT);
	ck_assert_ptr_null(p);
	ck_assert_int_eq(err.code, GEOKG_ELIMIT);
	ck_assert_ptr_nonnull(strstr(err.message, "more than 16 terms in a pattern"));
	ck_assert_int_eq(strncmp(err.message, "pattern:1:", 10), 0);
}
END_TEST

/* A pattern whose search explodes: a chain of 15 variables over a
 * complete graph of meets edges, ending in a sanctions edge that no
 * pair has, so that every simple path is tried and none matches. */
START_TEST(test_match_steps)
{
	geokg_graph *g;
	geokg_pattern *p;
	geokg_matches *m = NULL;
	geokg_error err;
	char id[8], text[512] = "?v0";
	size_t i, j;

	ck_assert_int_eq(geokg_graph_new(&g, NULL), 0);
	for (i = 0; i < 20; i++) {
		geokg_node n;

		sprintf(id, "N%02zu", i);
		n = country(id, id);
		ck_assert_int_eq(geokg_graph_add_node(g, &n, NULL, NULL), 0);
	}
	for (i = 0; i < 20; i++)
		for (j = i + 1; j < 20; j++)
			ck_assert_int_eq(geokg_graph_add_edge(g, i, j, GEOKG_TYPE_MEETS,
			                                      GEOKG_MOD_ASSERTED, NULL, NULL,
			                                      NULL, NULL, NULL), 0);
	for (i = 1; i < GEOKG_PATTERN_MAX_TERMS - 1; i++)
		sprintf(text + strlen(text), " -meets- ?v%zu", i);
	strcat(text, " -sanctions- ?end");
	ck_assert_int_eq(geokg_pattern_parse(text, &p, &err), 0);
	ck_assert_int_eq(geokg_pattern_match(g, p, NULL, 0, &m, &err), GEOKG_ELIMIT);
	ck_assert_ptr_null(m);
	ck_assert_ptr_nonnull(strstr(err.message, "more than 1000000 steps"));
	geokg_pattern_free(p);
	geokg_graph_free(g);
}
END_TEST

START_TEST(test_doc_max)
{
	geokg_graph *w, *out = NULL;
	geokg_extractor *x;
	geokg_document d;
	geokg_error err;
	geokg_node n = country("RUS", "Russia");

	ck_assert_int_eq(geokg_graph_new(&w, NULL), 0);
	ck_assert_int_eq(geokg_graph_add_node(w, &n, NULL, NULL), 0);
	ck_assert_int_eq(geokg_extractor_new(&x, w, &err), 0);
	memset(&d, 0, sizeof d);
	d.id = "big";
	/* the length is checked before a byte is read */
	d.text = "Russia.";
	d.len = GEOKG_DOC_MAX + 1;
	ck_assert_int_eq(geokg_extract(&out, x, &d, NULL, &err), GEOKG_ELIMIT);
	ck_assert_ptr_null(out);
	ck_assert_ptr_nonnull(strstr(err.message, "over the limit of 268435456"));
	d.len = 7;
	ck_assert_int_eq(geokg_extract(&out, x, &d, NULL, &err), 0);
	geokg_graph_free(out);
	geokg_extractor_free(x);
	geokg_graph_free(w);
}
END_TEST

Suite *suite_limits(void);
Suite *suite_limits(void)
{
	Suite *s = suite_create("limits");
	TCase *tc = tcase_create("core");

	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, test_name_max);
	tcase_add_test(tc, test_text_max);
	tcase_add_test(tc, test_node_and_edge_counts);
	tcase_add_test(tc, test_graph_bytes);
	tcase_add_test(tc, test_json_depth);
	tcase_add_test(tc, test_pattern_terms);
	tcase_add_test(tc, test_match_steps);
	tcase_add_test(tc, test_doc_max);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(suite_limits());
	int failed;

	srunner_run_all(sr, CK_ENV);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
