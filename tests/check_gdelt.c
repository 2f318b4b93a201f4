/*
 * check_gdelt.c - GDELT event tables: layouts (header or column count,
 * tabs or commas), the CAMEO mapping, actors, evidence, and bad rows.
 * Rows are built here field by field; no GDELT data is used.
 */
#include "config.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "graph_impl.h"

/* A row of `ncols` fields joined by delim: id, date, actors, code, url at
 * their GDELT places (url in the last column when ncols > 57). */
static void put_row(geokg_buf *b, size_t ncols, char delim, const char *id,
                    const char *date, const char *a1, const char *g1,
                    const char *a2, const char *code, const char *url)
{
	size_t i;

	for (i = 0; i < ncols; i++) {
		const char *f = "";

		switch (i) {
		case 0: f = id; break;
		case 1: f = date; break;
		case 7: f = a1; break;
		case 8: f = g1; break;
		case 17: f = a2; break;
		case 26: f = code; break;
		case 30: f = "-2.5"; break;
		}
		if (ncols > 57 && i == ncols - 1)
			f = url;
		if (i)
			geokg__buf_put(b, &delim, 1);
		geokg__buf_puts(b, f);
	}
	geokg__buf_puts(b, "\n");
}

static char warned[4096];

static void on_warn(void *ctx, const char *msg)
{
	(void)ctx;
	strncat(warned, msg, sizeof warned - strlen(warned) - 2);
	strcat(warned, "\n");
}

/* Import b (no world) into a new graph; checks success. */
static geokg_graph *import(geokg_buf *b, geokg_gdelt_stats *st)
{
	geokg_graph *g;
	geokg_error err;

	warned[0] = '\0';
	ck_assert_int_eq(geokg_graph_new(&g, NULL), 0);
	ck_assert_msg(geokg_gdelt_import_buffer(g, b->data ? b->data : "", b->len,
	                                        "t", NULL, on_warn, NULL, st, &err) == 0,
	              "import: %s", err.message);
	return g;
}

/* The edge src -> dst of type t, or NULL. */
static const geokg_edge *edge(const geokg_graph *g, const char *src,
                              const char *dst, geokg_type t)
{
	long s = geokg_graph_find(g, src), d = geokg_graph_find(g, dst);
	size_t i;

	for (i = 0; s >= 0 && d >= 0 && i < geokg_graph_edge_count(g); i++) {
		const geokg_edge *e = geokg_graph_edge(g, i);

		if (e->source == (size_t)s && e->target == (size_t)d && e->type == t)
			return e;
	}
	return NULL;
}

START_TEST(test_cameo_mapping)
{
	static const struct {
		const char *code, *a, *b;
		geokg_type type;
		geokg_modality mod;
		const char *object;
	} cases[] = {
		{"040", "AAA", "BBB", GEOKG_TYPE_MEETS, GEOKG_MOD_ASSERTED, NULL},
		{"046", "AAA", "BBB", GEOKG_TYPE_MEETS, GEOKG_MOD_ASSERTED, NULL},
		{"036", "AAA", "BBB", GEOKG_TYPE_MEETS, GEOKG_MOD_EXPECTED, NULL},
		{"072", "AAA", "BBB", GEOKG_TYPE_SUPPLIES, GEOKG_MOD_ASSERTED, "military aid"},
		{"0331", "AAA", "BBB", GEOKG_TYPE_SUPPLIES, GEOKG_MOD_EXPECTED, "economic aid"},
		/* an appeal for aid: the one appealed to would supply */
		{"0233", "BBB", "AAA", GEOKG_TYPE_SUPPLIES, GEOKG_MOD_REQUESTED, "humanitarian aid"},
		{"1622", "AAA", "BBB", GEOKG_TYPE_SUPPLIES, GEOKG_MOD_NEGATED, "military aid"},
		{"1312", "AAA", "BBB", GEOKG_TYPE_THREATENS, GEOKG_MOD_ASSERTED, NULL},
		{"139", "AAA", "BBB", GEOKG_TYPE_THREATENS, GEOKG_MOD_ASSERTED, NULL},
		{"163", "AAA", "BBB", GEOKG_TYPE_SANCTIONS, GEOKG_MOD_ASSERTED, NULL},
		{"085", "AAA", "BBB", GEOKG_TYPE_SANCTIONS, GEOKG_MOD_NEGATED, NULL},
	};
	size_t i;

	for (i = 0; i < sizeof cases / sizeof *cases; i++) {
		geokg_buf b = {0};
		geokg_gdelt_stats st;
		geokg_graph *g;
		const geokg_edge *e;

		put_row(&b, 61, '\t', "7", "20200101", "AAA", "", "BBB", cases[i].code, "u");
		g = import(&b, &st);
		ck_assert_uint_eq(st.events, 1);
		e = edge(g, cases[i].a, cases[i].b, cases[i].type);
		ck_assert_msg(e != NULL, "code %s: no %s edge %s -> %s", cases[i].code,
		              geokg_type_name(cases[i].type), cases[i].a, cases[i].b);
		ck_assert_msg(e->modality == cases[i].mod, "code %s: modality %s",
		              cases[i].code, geokg_modality_name(e->modality));
		ck_assert_msg(geokg__strcmp0(e->object, cases[i].object) == 0,
		              "code %s: object %s", cases[i].code,
		              e->object ? e->object : "(none)");
		geokg_graph_free(g);
		geokg__buf_free(&b);
	}
}
END_TEST

START_TEST(test_ignored_rows)
{
	/* other codes, asylum, one actor, the same state twice, regions */
	static const char *const rows[][3] = {
		{"190", "AAA", "BBB"}, {"075", "AAA", "BBB"}, {"010", "AAA", "BBB"},
		{"042", "", "BBB"}, {"042", "AAA", "AAA"}, {"042", "AFR", "BBB"},
		{"163", "AAA", "EUR"}};
	geokg_buf b = {0};
	geokg_gdelt_stats st;
	geokg_graph *g;
	size_t i;

	for (i = 0; i < sizeof rows / sizeof *rows; i++)
		put_row(&b, 58, '\t', "9", "20200101", rows[i][1], "", rows[i][2],
		        rows[i][0], "u");
	g = import(&b, &st);
	ck_assert_uint_eq(st.rows, 7);
	ck_assert_uint_eq(st.ignored, 7);
	ck_assert_uint_eq(st.events, 0);
	ck_assert_uint_eq(geokg_graph_edge_count(g), 0);
	ck_assert_uint_eq(geokg_graph_node_count(g), 0);
	geokg_graph_free(g);
	geokg__buf_free(&b);
}
END_TEST

START_TEST(test_actors_and_evidence)
{
	geokg_buf b = {0};
	geokg_gdelt_stats st;
	geokg_graph *g;
	const geokg_edge *e;
	const geokg_node *n;

	/* CAMEO's ROM is ISO's ROU; an IGO by its known-group code */
	put_row(&b, 57, '\t', "41", "20190305", "ROM", "", "USA", "042", NULL);
	put_row(&b, 57, '\t', "42", "20190306", "", "NAT", "RUS", "130", NULL);
	/* a meeting runs from the smaller id, as extraction writes it */
	put_row(&b, 57, '\t', "43", "20190307", "USA", "", "CHN", "043", NULL);
	g = import(&b, &st);
	ck_assert_uint_eq(st.events, 3);
	ck_assert_ptr_nonnull(edge(g, "CHN", "USA", GEOKG_TYPE_MEETS));
	ck_assert_ptr_null(edge(g, "USA", "CHN", GEOKG_TYPE_MEETS));
	ck_assert_ptr_nonnull((e = edge(g, "ROU", "USA", GEOKG_TYPE_MEETS)));
	ck_assert_uint_eq(e->n_evidence, 1);
	/* without SOURCEURL (57 columns) the document is gdelt:ID */
	ck_assert_str_eq(e->evidence[0].doc, "gdelt:41");
	ck_assert_str_eq(e->evidence[0].date, "2019-03-05");
	ck_assert_str_eq(e->evidence[0].text, "gdelt:41 CAMEO 042");
	ck_assert(geokg_evidence_is_gdelt(&e->evidence[0]));
	ck_assert_ptr_nonnull((e = edge(g, "NATO", "RUS", GEOKG_TYPE_THREATENS)));
	n = geokg_graph_node(g, (size_t)geokg_graph_find(g, "NATO"));
	ck_assert_int_eq(n->kind, GEOKG_KIND_ORG);
	geokg_graph_free(g);
	geokg__buf_free(&b);
}
END_TEST

/* With a world graph, nodes take its names and unknown actors are
 * skipped. */
START_TEST(test_world_names)
{
	static const char world_json[] =
		"{\"format\":\"geokg\",\"version\":1,\"nodes\":["
		"{\"id\":\"AAA\",\"kind\":\"country\",\"name\":\"Aland\",\"aliases\":[\"A\"]},"
		"{\"id\":\"BBB\",\"kind\":\"country\",\"name\":\"Beland\"}],\"edges\":[]}";
	geokg_graph *world, *g;
	geokg_buf b = {0};
	geokg_gdelt_stats st;
	const geokg_edge *e;
	geokg_evidence ext = {"https://x.example/a", "2020-01-01", 3, 10, 90, "A met B."};

	ck_assert_int_eq(geokg_graph_load_buffer(&world, world_json, strlen(world_json),
	                                         "w", NULL), 0);
	put_row(&b, 61, ',', "1", "20200101", "AAA", "", "BBB", "040", "https://x.example/a");
	put_row(&b, 61, ',', "2", "20200101", "AAA", "", "CCC", "040", "https://x.example/b");
	ck_assert_int_eq(geokg_graph_new(&g, NULL), 0);
	ck_assert_int_eq(geokg_gdelt_import_buffer(g, b.data, b.len, "t", world, NULL,
	                                           NULL, &st, NULL), 0);
	ck_assert_uint_eq(st.events, 1);
	ck_assert_uint_eq(st.unknown, 1);
	ck_assert_str_eq(geokg_graph_node(g, 0)->name, "Aland");
	ck_assert_int_eq(geokg_graph_find(g, "CCC"), -1);
	/* extraction's evidence on the same article is told apart */
	ck_assert(!geokg_evidence_is_gdelt(&ext));
	ck_assert_int_eq(geokg_graph_add_edge(g, 0, 1, GEOKG_TYPE_MEETS, GEOKG_MOD_ASSERTED,
	                                      NULL, NULL, &ext, NULL, NULL), 0);
	e = edge(g, "AAA", "BBB", GEOKG_TYPE_MEETS);
	ck_assert_uint_eq(e->n_evidence, 2);
	ck_assert_uint_eq(e->weight, 1); /* one document */
	geokg_graph_free(g);
	geokg_graph_free(world);
	geokg__buf_free(&b);
}
END_TEST

START_TEST(test_header_and_quotes)
{
	geokg_buf b = {0};
	geokg_gdelt_stats st;
	geokg_graph *g;
	const geokg_edge *e;

	/* columns found by name, in any order, quoted fields with commas */
	geokg__buf_puts(&b, "SOURCEURL,EventCode,Extra,Actor2CountryCode,"
	                    "Actor1CountryCode,SQLDATE,GLOBALEVENTID\n");
	geokg__buf_puts(&b, "\"https://x.example/a,b\",163,\"sanctions, new\",BBB,AAA,20211231,5\n");
	g = import(&b, &st);
	ck_assert_uint_eq(st.events, 1);
	ck_assert_ptr_nonnull((e = edge(g, "AAA", "BBB", GEOKG_TYPE_SANCTIONS)));
	ck_assert_str_eq(e->evidence[0].doc, "https://x.example/a,b");
	geokg_graph_free(g);
	geokg__buf_free(&b);
}
END_TEST

START_TEST(test_bad_rows_are_skipped_with_their_line)
{
	geokg_buf b = {0};
	geokg_gdelt_stats st;
	geokg_graph *g;

	put_row(&b, 61, '\t', "1", "20200101", "AAA", "", "BBB", "040", "u");
	put_row(&b, 59, '\t', "2", "20200101", "AAA", "", "BBB", "040", "u");
	put_row(&b, 61, '\t', "3", "2020011", "AAA", "", "BBB", "040", "u");
	put_row(&b, 61, '\t', "4", "20200102", "AAA", "", "BBB", "163", "u");
	g = import(&b, &st);
	ck_assert_uint_eq(st.rows, 4);
	ck_assert_uint_eq(st.bad, 2);
	ck_assert_uint_eq(st.events, 2);
	ck_assert_str_eq(warned, "t:2: 59 columns, expected 61; row skipped\n"
	                         "t:3: bad SQLDATE '2020011'; row skipped\n");
	geokg_graph_free(g);
	geokg__buf_free(&b);
}
END_TEST

START_TEST(test_layout_errors)
{
	geokg_graph *g;
	geokg_error err;
	geokg_buf b = {0};

	ck_assert_int_eq(geokg_graph_new(&g, NULL), 0);
	put_row(&b, 44, '\t', "1", "20200101", "AAA", "", "BBB", "040", "u");
	ck_assert_int_eq(geokg_gdelt_import_buffer(g, b.data, b.len, "t", NULL, NULL,
	                                           NULL, NULL, &err), GEOKG_EINVAL);
	ck_assert_msg(strstr(err.message, "t:1: 44 columns") != NULL, "%s", err.message);
	ck_assert_int_eq(geokg_gdelt_import_buffer(g, "GLOBALEVENTID,SQLDATE\n", 22, "h",
	                                           NULL, NULL, NULL, NULL, &err),
	                 GEOKG_EINVAL);
	ck_assert_str_eq(err.message, "h:1: no column 'Actor1CountryCode' in the header");
	/* an empty table is no events, not an error */
	ck_assert_int_eq(geokg_gdelt_import_buffer(g, "", 0, "e", NULL, NULL, NULL,
	                                           NULL, &err), 0);
	ck_assert_uint_eq(geokg_graph_node_count(g), 0);
	geokg_graph_free(g);
	geokg__buf_free(&b);
}
END_TEST

Suite *suite_gdelt(void);
Suite *suite_gdelt(void)
{
	Suite *s = suite_create("gdelt");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_cameo_mapping);
	tcase_add_test(tc, test_ignored_rows);
	tcase_add_test(tc, test_actors_and_evidence);
	tcase_add_test(tc, test_world_names);
	tcase_add_test(tc, test_header_and_quotes);
	tcase_add_test(tc, test_bad_rows_are_skipped_with_their_line);
	tcase_add_test(tc, test_layout_errors);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(suite_gdelt());
	int failed;

	srunner_run_all(sr, CK_ENV);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
