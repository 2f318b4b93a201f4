/*
 * check_json.c - the native JSON format: round trips give identical bytes,
 * each kind of bad input is rejected with file:line:col, writes are atomic.
 */
#include "config.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "geokg.h"

/* The path of a test data file, in a static buffer. */
static const char *data(const char *name)
{
	static char path[4096];
	const char *dir = getenv("srcdir");

	snprintf(path, sizeof path, "%s/tests/data/%s", dir ? dir : ".", name);
	return path;
}

static char *dump(const geokg_graph *g, unsigned flags)
{
	char *s;
	size_t len;

	ck_assert_int_eq(geokg_graph_dump(g, flags, &s, &len, NULL), 0);
	ck_assert_uint_eq(strlen(s), len);
	return s;
}

START_TEST(test_load_small)
{
	geokg_graph *g;
	geokg_error err;
	const geokg_edge *e;
	long v;

	ck_assert_msg(geokg_graph_load(&g, data("small.json"), &err) == 0, "%s",
	              err.message);
	ck_assert_uint_eq(geokg_graph_node_count(g), 6);
	ck_assert_uint_eq(geokg_graph_edge_count(g), 3);
	v = geokg_graph_find(g, "kim-jong-un");
	ck_assert_int_ge(v, 0);
	ck_assert_str_eq(geokg_graph_node(g, (size_t)v)->country, "PRK");
	ck_assert_uint_eq(geokg_graph_node(g, (size_t)v)->n_roles, 1);
	e = geokg_graph_edge(g, 1);
	ck_assert_int_eq(e->type, GEOKG_TYPE_THREATENS);
	ck_assert_uint_eq(e->weight, 2);
	ck_assert_str_eq(e->first_seen, "2023-09-12");
	geokg_graph_free(g);
}
END_TEST

START_TEST(test_round_trip_identical_bytes)
{
	geokg_graph *g, *h;
	char *a, *b;

	ck_assert_int_eq(geokg_graph_load(&g, data("small.json"), NULL), 0);
	a = dump(g, 0);
	ck_assert_int_eq(geokg_graph_load_buffer(&h, a, strlen(a), "dump", NULL), 0);
	b = dump(h, 0);
	ck_assert_str_eq(a, b);
	free(b);
	geokg_graph_free(h);
	/* the one-line form reads back to the same graph */
	b = dump(g, GEOKG_WRITE_ONELINE);
	ck_assert_ptr_null(strchr(b, '\n') == b + strlen(b) - 1 ? NULL : strchr(b, '\n'));
	ck_assert_int_eq(geokg_graph_load_buffer(&h, b, strlen(b), "line", NULL), 0);
	free(b);
	b = dump(h, 0);
	ck_assert_str_eq(a, b);
	free(a);
	free(b);
	geokg_graph_free(g);
	geokg_graph_free(h);
}
END_TEST

START_TEST(test_output_is_canonical)
{
	/* the same graph built in two orders gives the same bytes */
	const char *x = "{\"format\":\"geokg\",\"version\":1,\"nodes\":["
		"{\"id\":\"B\",\"kind\":\"country\",\"name\":\"B\",\"aliases\":[\"y\",\"x\"]},"
		"{\"id\":\"A\",\"kind\":\"country\",\"name\":\"A\"}],\"edges\":["
		"{\"source\":\"B\",\"target\":\"A\",\"type\":\"meets\",\"modality\":\"asserted\","
		"\"evidence\":[{\"doc\":\"2\",\"sentence\":0,\"start\":0,\"end\":1},"
		"{\"doc\":\"1\",\"sentence\":0,\"start\":0,\"end\":1}]},"
		"{\"source\":\"A\",\"target\":\"B\",\"type\":\"meets\",\"modality\":\"asserted\"}]}";
	const char *y = "{\"version\":1,\"format\":\"geokg\",\"edges\":["
		"{\"source\":\"A\",\"target\":\"B\",\"type\":\"meets\",\"modality\":\"asserted\"},"
		"{\"source\":\"B\",\"target\":\"A\",\"type\":\"meets\",\"modality\":\"asserted\","
		"\"evidence\":[{\"doc\":\"1\",\"sentence\":0,\"start\":0,\"end\":1},"
		"{\"doc\":\"2\",\"sentence\":0,\"start\":0,\"end\":1}]}],"
		"\"nodes\":[{\"id\":\"A\",\"kind\":\"country\",\"name\":\"A\"},"
		"{\"id\":\"B\",\"kind\":\"country\",\"name\":\"B\",\"aliases\":[\"x\",\"y\"]}]}";
	geokg_graph *g, *h;
	geokg_error err;
	char *a, *b;

	ck_assert_msg(geokg_graph_load_buffer(&g, x, strlen(x), "x", &err) == 0, "%s", err.message);
	ck_assert_msg(geokg_graph_load_buffer(&h, y, strlen(y), "y", &err) == 0, "%s", err.message);
	a = dump(g, 0);
	b = dump(h, 0);
	ck_assert_str_eq(a, b);
	ck_assert_ptr_nonnull(strstr(a, "\"weight\":2"));
	free(a);
	free(b);
	geokg_graph_free(g);
	geokg_graph_free(h);
}
END_TEST

START_TEST(test_strings_escaped_as_json)
{
	const char *x = "{\"format\":\"geokg\",\"version\":1,\"nodes\":["
		"{\"id\":\"A\",\"kind\":\"country\",\"name\":"
		"\"q\\\"b\\\\s\\u0001\\u001f\\b\\f\\n\\r\\t/\\u00e9\\u20ac\\u007f\"}],\"edges\":[]}";
	geokg_graph *g;
	geokg_error err;
	char *a;

	ck_assert_msg(geokg_graph_load_buffer(&g, x, strlen(x), "x", &err) == 0, "%s", err.message);
	a = dump(g, 0);
	ck_assert_msg(strstr(a, "\"name\":\"q\\\"b\\\\s\\u0001\\u001F\\b\\f\\n\\r\\t/\xc3\xa9\xe2\x82\xac\x7f\"}"),
	              "got %s", a);
	free(a);
	geokg_graph_free(g);
}
END_TEST

/* Each bad file: the expected message fragment and position. */
static const struct {
	const char *file, *where, *what;
} bad[] = {
	{"bad/not-json.json", "bad/not-json.json:2:67:", "string or '}' expected"},
	{"bad/wrong-format.json", "bad/wrong-format.json:1:11:", "not a geokg graph"},
	{"bad/wrong-version.json", "bad/wrong-version.json:1:29:", "unsupported version"},
	{"bad/duplicate-id.json", "bad/duplicate-id.json:3:1:", "duplicate node id 'A'"},
	{"bad/dangling-edge.json", "bad/dangling-edge.json:3:1:", "target 'B' is not a node"},
	{"bad/unknown-kind.json", "bad/unknown-kind.json:2:1:", "unknown kind 'city'"},
	{"bad/unknown-type.json", "bad/unknown-type.json:3:1:", "unknown type 'allies'"},
	{"bad/unknown-modality.json", "bad/unknown-modality.json:3:1:", "unknown modality 'rumoured'"},
	{"bad/wrong-type.json", "bad/wrong-type.json:2:1:", "field 'name' must be a string"},
	{"bad/wrong-type-weight.json", "bad/wrong-type-weight.json:3:1:", "field 'weight' must be a non-negative integer"},
	{"bad/empty.json", "bad/empty.json:1:1:", "empty input"},
};

START_TEST(test_bad_input_rejected)
{
	geokg_graph *g = (geokg_graph *)1;
	geokg_error err;
	const char *path = data(bad[_i].file);

	ck_assert_int_eq(geokg_graph_load(&g, path, &err), GEOKG_EINVAL);
	ck_assert_ptr_null(g);
	ck_assert_msg(strstr(err.message, bad[_i].where) && strstr(err.message, bad[_i].what),
	              "%s: got '%s'", bad[_i].file, err.message);
	ck_assert_ptr_null(strchr(err.message, '\n'));
}
END_TEST

START_TEST(test_nul_bytes_are_not_text)
{
	geokg_graph *g;
	geokg_error err;

	ck_assert_int_eq(geokg_graph_load_buffer(&g, "{\0}", 3, "nul", &err), GEOKG_EINVAL);
	ck_assert_ptr_nonnull(strstr(err.message, "not text"));
}
END_TEST

START_TEST(test_missing_file_and_directory)
{
	geokg_graph *g;
	geokg_error err;

	ck_assert_int_eq(geokg_graph_load(&g, "no/such/file.json", &err), GEOKG_ENOTFOUND);
	ck_assert_ptr_nonnull(strstr(err.message, "no/such/file.json"));
	ck_assert_int_eq(geokg_graph_load(&g, ".", &err), GEOKG_EIO);
	ck_assert_ptr_nonnull(strstr(err.message, "is a directory"));
}
END_TEST

START_TEST(test_save_is_atomic)
{
	geokg_graph *g, *h;
	geokg_error err;
	char *a, *b;
	FILE *f;

	ck_assert_int_eq(geokg_graph_load(&g, data("small.json"), NULL), 0);
	unlink("check_json.out");
	f = fopen("check_json.out", "w");
	ck_assert_ptr_nonnull(f);
	fputs("old", f);
	fclose(f);
	ck_assert_int_eq(geokg_graph_save(g, "check_json.out", 0, &err), 0);
	ck_assert_int_eq(geokg_graph_load(&h, "check_json.out", NULL), 0);
	a = dump(g, 0);
	b = dump(h, 0);
	ck_assert_str_eq(a, b);
	/* a directory that does not exist: an error and nothing written */
	ck_assert_int_eq(geokg_graph_save(g, "no-such-dir/x.json", 0, &err), GEOKG_EIO);
	ck_assert_int_ne(access("no-such-dir", F_OK), 0);
	/* a full disk: the error is reported */
	f = fopen("/dev/full", "w");
	if (f) {
		ck_assert_int_eq(geokg_graph_write(g, f, 0, &err), GEOKG_EIO);
		fclose(f);
	}
	unlink("check_json.out");
	free(a);
	free(b);
	geokg_graph_free(g);
	geokg_graph_free(h);
}
END_TEST

Suite *suite_json(void);
Suite *suite_json(void)
{
	Suite *s = suite_create("json");
	TCase *tc = tcase_create("format");

	tcase_add_test(tc, test_load_small);
	tcase_add_test(tc, test_round_trip_identical_bytes);
	tcase_add_test(tc, test_output_is_canonical);
	tcase_add_test(tc, test_strings_escaped_as_json);
	tcase_add_loop_test(tc, test_bad_input_rejected, 0, sizeof bad / sizeof bad[0]);
	tcase_add_test(tc, test_nul_bytes_are_not_text);
	tcase_add_test(tc, test_missing_file_and_directory);
	tcase_add_test(tc, test_save_is_atomic);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(suite_json());
	int failed;

	srunner_run_all(sr, CK_ENV);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
