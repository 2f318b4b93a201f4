/*
 * check_load.c - the fast reader (graph_fast.c) against the validating
 * reader (graph_json.c): on every input, either both accept it and build
 * graphs with the same canonical bytes, or the fast reader gives up and
 * the validating reader decides.  Also the evidence index of long lists.
 */
#include "config.h"

#include <check.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "graph_impl.h"

static const char *datadir(void)
{
	static char path[4096];
	const char *dir = getenv("srcdir");

	snprintf(path, sizeof path, "%s/tests/data", dir ? dir : ".");
	return path;
}

static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf;
	long n;

	ck_assert_msg(f != NULL, "cannot open %s", path);
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = malloc((size_t)n + 1);
	ck_assert_uint_eq(fread(buf, 1, (size_t)n, f), (size_t)n);
	buf[n] = '\0';
	fclose(f);
	*len = (size_t)n;
	return buf;
}

static char *dump(const geokg_graph *g)
{
	char *s;
	size_t len;

	ck_assert_int_eq(geokg_graph_dump(g, 0, &s, &len, NULL), 0);
	return s;
}

/*
 * Read buf with both readers.  Returns 1 when the fast reader built the
 * graph (then identical to the validating reader's), 0 when it gave up;
 * `valid` says whether the validating reader must accept the input.
 */
static int compare(const char *buf, size_t len, int valid)
{
	geokg_graph *fast = NULL, *slow = NULL, *both = NULL;
	geokg_error err;
	int rf, rs, rb;
	char *a, *b;

	rs = geokg__graph_read_checked(buf, len, "t.json", &slow, &err);
	if (valid < 0)
		valid = rs == 0;
	ck_assert_msg((rs == 0) == valid, "validating reader: %d (%s) on %.*s", rs,
	              rs ? err.message : "", (int)(len > 200 ? 200 : len), buf);
	rf = geokg__graph_read_fast(buf, len, &fast, &err);
	ck_assert_msg(rf == 0 || rf == 1, "fast reader: %d", rf);
	if (!valid)
		ck_assert_msg(rf == 1, "fast reader accepted bad input %.*s",
		              (int)(len > 200 ? 200 : len), buf);
	rb = geokg_graph_load_buffer(&both, buf, len, "t.json", &err);
	ck_assert_int_eq(rb, rs);
	if (rf == 0) {
		a = dump(fast);
		b = dump(slow);
		ck_assert_str_eq(a, b);
		free(a);
		free(b);
	}
	if (rb == 0) {
		a = dump(both);
		b = dump(slow);
		ck_assert_str_eq(a, b);
		free(a);
		free(b);
	}
	geokg_graph_free(fast);
	geokg_graph_free(slow);
	geokg_graph_free(both);
	return rf == 0;
}

static int compare_str(const char *s, int valid)
{
	return compare(s, strlen(s), valid);
}

#define HEAD "{\"format\":\"geokg\",\"version\":1,\"nodes\":[" \
	"{\"id\":\"IRN\",\"kind\":\"country\",\"name\":\"Iran\"}," \
	"{\"id\":\"YEM\",\"kind\":\"country\",\"name\":\"Yemen\"}],\"edges\":["
#define EDGE(ev) "{\"source\":\"IRN\",\"target\":\"YEM\",\"type\":\"supplies\"," \
	"\"modality\":\"asserted\",\"evidence\":[" ev "]}"
#define EV(doc, rest) "{\"doc\":\"" doc "\",\"sentence\":1,\"start\":0,\"end\":9" rest "}"

START_TEST(test_data_files)
{
	const char *dir = datadir();
	char path[4200], sub[4200];
	geokg_graph *g;
	struct dirent *d;
	DIR *dp;
	size_t len;
	char *buf;
	int n = 0;

	/* Every good graph in tests/data: the fast reader takes it; every
	 * bad one, it gives up. */
	ck_assert((dp = opendir(dir)) != NULL);
	while ((d = readdir(dp))) {
		if (!strstr(d->d_name, ".json"))
			continue;
		snprintf(path, sizeof path, "%s/%s", dir, d->d_name);
		buf = slurp(path, &len);
		if (geokg__graph_read_checked(buf, len, "t.json", &g, NULL) == 0) {
			geokg_graph_free(g);
			ck_assert_msg(compare(buf, len, 1), "fast reader gave up on %s", path);
			n++;
		} else {
			compare(buf, len, 0);
		}
		free(buf);
	}
	closedir(dp);
	ck_assert_int_gt(n, 0);
	/* Every bad one: it gives up. */
	snprintf(sub, sizeof sub, "%s/bad", dir);
	ck_assert((dp = opendir(sub)) != NULL);
	while ((d = readdir(dp))) {
		if (!strstr(d->d_name, ".json") || strstr(d->d_name, "nul"))
			continue;
		snprintf(path, sizeof path, "%s/%s", sub, d->d_name);
		buf = slurp(path, &len);
		compare(buf, len, 0);
		free(buf);
	}
	closedir(dp);
}
END_TEST

START_TEST(test_strings)
{
	/* escapes and UTF-8 the fast reader handles itself */
	ck_assert(compare_str(HEAD EDGE(EV("d\\\"1\\\\", ",\"text\":\"Tehran\\/\\n\\t\\u00e9\\u4e2d \\u0041\""))
	                      "]}", 1));
	ck_assert(compare_str(HEAD EDGE(EV("d1", ",\"text\":\"C\xc3\xb4te d\xe2\x80\x99Ivoire \xf0\x9f\x99\x82\""))
	                      "]}", 1));
	/* a surrogate pair: valid; the fast reader may leave it to the other */
	compare_str(HEAD EDGE(EV("d1", ",\"text\":\"\\ud83d\\ude42\"")) "]}", 1);
	/* NUL escapes, invalid and overlong UTF-8, raw control characters */
	compare_str(HEAD EDGE(EV("d1", ",\"text\":\"a\\u0000b\"")) "]}", 0);
	compare_str(HEAD EDGE(EV("d1", ",\"text\":\"a\xff\"")) "]}", 0);
	compare_str(HEAD EDGE(EV("d1", ",\"text\":\"a\xc0\xaf\"")) "]}", 0);
	compare_str(HEAD EDGE(EV("d1", ",\"text\":\"a\xed\xa0\x80\"")) "]}", 0);
	compare_str(HEAD EDGE(EV("d1", ",\"text\":\"a\tb\"")) "]}", 0);
	compare_str(HEAD EDGE(EV("d1", ",\"text\":\"a\\qb\"")) "]}", 0);
	compare_str(HEAD EDGE(EV("d1", ",\"text\":\"unterminated")), 0);
}
END_TEST

START_TEST(test_numbers_and_types)
{
	ck_assert(compare_str(HEAD EDGE(EV("d1", "")) "]}", 1));
	compare_str(HEAD EDGE("{\"doc\":\"d\",\"sentence\":1.0,\"start\":0,\"end\":9}") "]}", 0);
	compare_str(HEAD EDGE("{\"doc\":\"d\",\"sentence\":01,\"start\":0,\"end\":9}") "]}", 0);
	compare_str(HEAD EDGE("{\"doc\":\"d\",\"sentence\":1e2,\"start\":0,\"end\":9}") "]}", 0);
	compare_str(HEAD EDGE("{\"doc\":\"d\",\"sentence\":-1,\"start\":0,\"end\":9}") "]}", 0);
	compare_str(HEAD EDGE("{\"doc\":\"d\",\"sentence\":1,\"start\":9,\"end\":0}") "]}", 0);
	compare_str(HEAD EDGE("{\"doc\":\"\",\"sentence\":1,\"start\":0,\"end\":9}") "]}", 0);
	compare_str(HEAD EDGE("{\"doc\":\"d\",\"start\":0,\"end\":9}") "]}", 0);
	compare_str(HEAD EDGE("{\"doc\":\"d\",\"doc\":\"e\",\"sentence\":1,\"start\":0,\"end\":9}") "]}", 0);
	compare_str(HEAD EDGE("{\"doc\":\"d\",\"sentence\":1,\"start\":0,\"end\":9,\"page\":2}") "]}", 0);
	compare_str(HEAD EDGE(EV("d1", ",\"date\":\"2023-02-30\"")) "]}", 0);
	/* dates: leap years, months, digits */
	ck_assert(compare_str(HEAD EDGE(EV("d1", ",\"date\":\"2024-02-29\"")) "]}", 1));
	ck_assert(compare_str(HEAD EDGE(EV("d1", ",\"date\":\"2000-02-29\"")) "]}", 1));
	ck_assert(compare_str(HEAD EDGE(EV("d1", ",\"date\":\"1999-12-31\"")) "]}", 1));
	compare_str(HEAD EDGE(EV("d1", ",\"date\":\"2023-02-29\"")) "]}", 0);
	compare_str(HEAD EDGE(EV("d1", ",\"date\":\"1900-02-29\"")) "]}", 0);
	compare_str(HEAD EDGE(EV("d1", ",\"date\":\"2023-13-01\"")) "]}", 0);
	compare_str(HEAD EDGE(EV("d1", ",\"date\":\"2023-00-10\"")) "]}", 0);
	compare_str(HEAD EDGE(EV("d1", ",\"date\":\"2023-04-31\"")) "]}", 0);
	compare_str(HEAD EDGE(EV("d1", ",\"date\":\"2023-1a-01\"")) "]}", 0);
	compare_str(HEAD EDGE(EV("d1", ",\"date\":\"2023/01/01\"")) "]}", 0);
	compare_str(HEAD EDGE(EV("d1", ",\"date\":\"2023-01-1\"")) "]}", 0);
	compare_str(HEAD "{\"source\":\"IRN\",\"target\":\"YEM\",\"type\":\"supplies\","
	            "\"modality\":\"asserted\",\"first_seen\":\"2023-02-29\"}]}", 0);
	/* long strings: the 8-byte scan and its exact stop */
	ck_assert(compare_str(HEAD EDGE(EV("d1", ",\"text\":\"0123456789abcdefghijklmnopqrstuvwxyz "
	                      "0123456789abcdefg\\\"hij\\\\klm\xc3\xa9nop\"")) "]}", 1));
	compare_str(HEAD EDGE(EV("d1", ",\"text\":\"0123456789abcdefghijklmnopq\x01rstuvwxyz\"")) "]}", 0);
	compare_str(HEAD EDGE(EV("d1", ",\"date\":null,\"text\":null")) "]}", 1);
	compare_str(HEAD "{\"source\":\"IRN\",\"target\":\"YEM\",\"type\":\"supplies\","
	            "\"modality\":\"asserted\",\"weight\":null}]}", 0);
	compare_str(HEAD "{\"source\":\"IRN\",\"target\":\"YEM\",\"type\":\"arms\","
	            "\"modality\":\"asserted\"}]}", 0);
	compare_str(HEAD "{\"source\":\"IRN\",\"target\":\"SAU\",\"type\":\"threatens\","
	            "\"modality\":\"asserted\"}]}", 0);
	compare_str(HEAD "{\"source\":\"IRN\",\"target\":\"YEM\",\"type\":\"supplies\","
	            "\"modality\":\"asserted\",\"evidence\":null}]}", 0);
	compare_str("{\"format\":\"geokg\",\"version\":2,\"nodes\":[],\"edges\":[]}", 0);
	compare_str("{\"format\":\"geokg\",\"version\":1.0,\"nodes\":[],\"edges\":[]}", 0);
	compare_str("{\"format\":\"geokg\",\"nodes\":[],\"edges\":[]}", 0);
	compare_str("{\"format\":\"geokg\",\"version\":1,\"nodes\":[]} x", 0);
	compare_str("", 0);
}
END_TEST

/* NUL bytes anywhere: the fast reader gives up, loading says "not text". */
START_TEST(test_nul_bytes)
{
	static const char doc[] = HEAD EDGE(EV("d1", ",\"text\":\"abc\"")) "]}";
	size_t len = sizeof doc - 1, i, step = 7;
	geokg_graph *g;
	geokg_error err;
	char *buf = malloc(len + 1);

	for (i = 0; i < len; i += step) {
		memcpy(buf, doc, len);
		buf[i] = '\0';
		ck_assert_int_eq(geokg__graph_read_fast(buf, len, &g, NULL), 1);
		ck_assert_int_eq(geokg_graph_load_buffer(&g, buf, len, "t.json", &err),
		                 GEOKG_EINVAL);
		ck_assert_str_eq(err.message, "t.json: not text (contains NUL bytes)");
	}
	free(buf);
}
END_TEST

START_TEST(test_nodes)
{
	ck_assert(compare_str("{\"version\":1,\"format\":\"geokg\",\"nodes\":["
	  "{\"id\":\"ali-khamenei\",\"kind\":\"person\",\"name\":\"Ali Khamenei\","
	  "\"country\":\"IRN\",\"aliases\":[\"Khamenei\",\"Khamenei\"],\"roles\":["
	  "{\"role\":\"supreme leader\",\"of\":\"IRN\",\"start\":\"1989-06-04\",\"end\":null,\"note\":null}]},"
	  "{\"id\":\"IRN\",\"kind\":\"country\",\"name\":\"Iran\",\"demonyms\":[\"Iranian\"],"
	  "\"metonyms\":[\"Tehran\"],\"ambiguous\":[],\"country\":null}],\"edges\":[]}", 1));
	compare_str("{\"format\":\"geokg\",\"version\":1,\"nodes\":["
	            "{\"id\":\"x\",\"kind\":\"person\",\"name\":\"X\"}],\"edges\":[]}", 0);
	compare_str("{\"format\":\"geokg\",\"version\":1,\"nodes\":["
	            "{\"id\":\"IRN\",\"kind\":\"country\",\"name\":\"Iran\",\"aliases\":[\"\"]}],\"edges\":[]}", 0);
	compare_str("{\"format\":\"geokg\",\"version\":1,\"nodes\":["
	            "{\"id\":\"IRN\",\"kind\":\"country\",\"name\":\"Iran\"},"
	            "{\"id\":\"IRN\",\"kind\":\"country\",\"name\":\"Persia\"}],\"edges\":[]}", 0);
	compare_str("{\"format\":\"geokg\",\"version\":1,\"nodes\":["
	            "{\"id\":\"IRN\",\"kind\":\"state\",\"name\":\"Iran\"}],\"edges\":[]}", 0);
	compare_str("{\"format\":\"geokg\",\"version\":1,\"nodes\":["
	            "{\"id\":\"x\",\"kind\":\"person\",\"name\":\"X\",\"country\":\"IRN\","
	            "\"roles\":[{\"of\":\"IRN\"}]}],\"edges\":[]}", 0);
}
END_TEST

START_TEST(test_merging_records)
{
	/* the same edge twice, the same evidence twice: united */
	ck_assert(compare_str(HEAD EDGE(EV("d1", ",\"text\":\"b\"") "," EV("d1", ",\"text\":\"a\""))
	                      "," EDGE(EV("d2", ",\"date\":\"2024-01-02\"")) "]}", 1));
	/* nodes out of id order: edge order is judged by ids */
	ck_assert(compare_str("{\"format\":\"geokg\",\"version\":1,\"nodes\":["
	                      "{\"id\":\"YEM\",\"kind\":\"country\",\"name\":\"Yemen\"},"
	                      "{\"id\":\"IRN\",\"kind\":\"country\",\"name\":\"Iran\"}],\"edges\":["
	                      EDGE(EV("d1", "")) ","
	                      "{\"source\":\"YEM\",\"target\":\"IRN\",\"type\":\"meets\",\"modality\":\"asserted\"},"
	                      EDGE(EV("d2", "")) "]}", 1));
	/* edges before nodes: valid, left to the validating reader */
	ck_assert(!compare_str("{\"format\":\"geokg\",\"version\":1,\"edges\":["
	                       EDGE(EV("d1", "")) "],\"nodes\":["
	                       "{\"id\":\"IRN\",\"kind\":\"country\",\"name\":\"Iran\"},"
	                       "{\"id\":\"YEM\",\"kind\":\"country\",\"name\":\"Yemen\"}]}", 1));
	ck_assert(compare_str(" \r\n\t{ \"format\" : \"geokg\" ,\n\"version\"\t:1,\"edges\":[ ],"
	                      "\"nodes\":[ ] } \n", 1));
}
END_TEST

/* Edges read in canonical order are appended without the edge index;
 * adding one of them again later still joins it. */
START_TEST(test_sorted_edges_then_add)
{
	const char *doc = HEAD
		"{\"source\":\"IRN\",\"target\":\"YEM\",\"type\":\"supplies\",\"modality\":\"asserted\"},"
		"{\"source\":\"IRN\",\"target\":\"YEM\",\"type\":\"threatens\",\"modality\":\"asserted\"},"
		"{\"source\":\"YEM\",\"target\":\"IRN\",\"type\":\"meets\",\"modality\":\"expected\"}]}";
	geokg_evidence ev = {"d9", "2024-03-01", 2, 0, 10, "Houthi envoys met in Tehran."};
	geokg_graph *g;
	size_t e;

	ck_assert(compare_str(doc, 1));
	ck_assert_int_eq(geokg__graph_read_fast(doc, strlen(doc), &g, NULL), 0);
	ck_assert_uint_eq(geokg_graph_edge_count(g), 3);
	ck_assert_int_eq(geokg_graph_add_edge(g, 1, 0, GEOKG_TYPE_MEETS,
	                                      GEOKG_MOD_EXPECTED, NULL, NULL, &ev,
	                                      &e, NULL), 0);
	ck_assert_uint_eq(e, 2);
	ck_assert_uint_eq(geokg_graph_edge_count(g), 3);
	ck_assert_uint_eq(geokg_graph_edge(g, 2)->weight, 1);
	ck_assert_int_eq(geokg_graph_add_edge(g, 0, 1, GEOKG_TYPE_SUPPLIES,
	                                      GEOKG_MOD_ASSERTED, NULL, NULL, NULL,
	                                      &e, NULL), 0);
	ck_assert_uint_eq(e, 0);
	ck_assert_int_eq(geokg_graph_add_edge(g, 0, 1, GEOKG_TYPE_SANCTIONS,
	                                      GEOKG_MOD_ASSERTED, NULL, NULL, NULL,
	                                      &e, NULL), 0);
	ck_assert_uint_eq(e, 3);
	geokg_graph_free(g);
}
END_TEST

/* Long evidence lists are indexed: same weight and records either way. */
START_TEST(test_long_evidence_lists)
{
	geokg_graph *g;
	geokg_node n = {0};
	const geokg_edge *e;
	char doc[16];
	int i, round;

	ck_assert_int_eq(geokg_graph_new(&g, NULL), 0);
	n.kind = GEOKG_KIND_COUNTRY;
	n.id = n.name = "IRN";
	geokg_graph_add_node(g, &n, NULL, NULL);
	n.id = n.name = "YEM";
	geokg_graph_add_node(g, &n, NULL, NULL);
	for (round = 0; round < 2; round++)
		for (i = 0; i < 60; i++) {
			geokg_evidence ev = {doc, NULL, i % 3, 0, 10, NULL};

			snprintf(doc, sizeof doc, "doc%d", i % 20);
			ck_assert_int_eq(geokg_graph_add_edge(g, 0, 1, GEOKG_TYPE_SUPPLIES,
			                                      GEOKG_MOD_ASSERTED, NULL, NULL,
			                                      &ev, NULL, NULL), 0);
		}
	e = geokg_graph_edge(g, 0);
	ck_assert_uint_eq(geokg_graph_edge_count(g), 1);
	ck_assert_uint_eq(e->weight, 20);
	/* 20 documents x 3 sentences, each key once */
	ck_assert_uint_eq(e->n_evidence, 60);
	geokg_graph_free(g);
}
END_TEST

static Suite *suite_load(void)
{
	Suite *s = suite_create("load");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_data_files);
	tcase_add_test(tc, test_strings);
	tcase_add_test(tc, test_numbers_and_types);
	tcase_add_test(tc, test_nodes);
	tcase_add_test(tc, test_merging_records);
	tcase_add_test(tc, test_long_evidence_lists);
	tcase_add_test(tc, test_nul_bytes);
	tcase_add_test(tc, test_sorted_edges_then_add);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(suite_load());
	int failed;

	srunner_run_all(sr, CK_ENV);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
