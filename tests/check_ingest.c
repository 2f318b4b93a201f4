/*
 * check_ingest.c - ingest with a stand-in extractor: the same bytes for
 * any number of threads, known documents skipped, failing documents and
 * unreadable paths reported and skipped, CSV and JSON Lines documents,
 * missing CSV columns, and the GRAPH.docs record across runs.
 *
 * The stand-in reads lines "AAA meets BBB" (any of the four types) and
 * makes one edge per line, with the line as evidence; a document saying
 * "FAIL" fails.  It sleeps a little now and then so that threads
 * interleave differently from run to run.
 */
#include "config.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "graph_impl.h"

static int calls;

static int add_country(geokg_graph *g, const char *id, size_t *at)
{
	geokg_node n;

	memset(&n, 0, sizeof n);
	n.id = id;
	n.name = id;
	n.kind = GEOKG_KIND_COUNTRY;
	return geokg_graph_add_node(g, &n, at, NULL);
}

static int fake_extract(void *ctx, const char *id, const char *date,
                        const char *text, size_t len, geokg_graph **out,
                        geokg_error *err)
{
	geokg_graph *g;
	size_t pos = 0, sent = 0;

	(void)ctx;
	__atomic_add_fetch(&calls, 1, __ATOMIC_SEQ_CST);
	if (len % 3 == 0)
		usleep(200);
	if (memmem(text, len, "FAIL", 4))
		return geokg__fail(err, GEOKG_EINVAL, "the stand-in fails here");
	if (geokg_graph_new(&g, err))
		return GEOKG_ENOMEM;
	while (pos < len) {
		const char *nl = memchr(text + pos, '\n', len - pos);
		size_t end = nl ? (size_t)(nl - text) : len;
		char line[128], a[16], verb[16], b[16];
		int t;

		snprintf(line, sizeof line, "%.*s", (int)(end - pos), text + pos);
		if (sscanf(line, "%15s %15s %15s", a, verb, b) == 3 &&
		    (t = geokg_type_parse(verb)) >= 0) {
			geokg_evidence ev = {id, date, (long)sent, (long)pos, (long)end, line};
			size_t s, d;

			if (add_country(g, a, &s) || add_country(g, b, &d) ||
			    geokg_graph_add_edge(g, s, d, (geokg_type)t, GEOKG_MOD_ASSERTED,
			                         NULL, NULL, &ev, NULL, err)) {
				geokg_graph_free(g);
				return GEOKG_EINVAL;
			}
		}
		sent++;
		pos = end + 1;
	}
	*out = g;
	return 0;
}

static char dir[64];
static char warnings[8192];

static void on_warn(void *ctx, const char *msg)
{
	(void)ctx;
	strncat(warnings, msg, sizeof warnings - strlen(warnings) - 2);
	strcat(warnings, "\n");
}

static void write_file(const char *name, const char *text)
{
	char path[256];
	FILE *f;

	snprintf(path, sizeof path, "%s/%s", dir, name);
	ck_assert_ptr_nonnull((f = fopen(path, "w")));
	fputs(text, f);
	fclose(f);
}

static const char *const countries[] = {"AAA", "BBB", "CCC", "DDD", "EEE", "FFF"};

/* A corpus: 40 text files in two directories, a JSON Lines file and a CSV
 * file, with overlapping edges. */
static void make_corpus(void)
{
	char name[64], text[512];
	int i, k;

	strcpy(dir, "ingest-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(dir));
	snprintf(name, sizeof name, "%s/sub", dir);
	mkdir(name, 0755);
	for (i = 0; i < 40; i++) {
		text[0] = '\0';
		for (k = 0; k < 1 + i % 4; k++) {
			char line[64];

			snprintf(line, sizeof line, "%s %s %s\n", countries[(i + k) % 6],
			         geokg_type_name((geokg_type)((i * 7 + k) % 4)),
			         countries[(i * 3 + k + 1) % 6]);
			strcat(text, line);
		}
		snprintf(name, sizeof name, "%s/doc%02d.txt", i % 2 ? "sub" : ".", i);
		write_file(name, text);
	}
	write_file("docs.jsonl",
	           "{\"id\":\"j1\",\"date\":\"2020-05-01\",\"text\":\"AAA meets FFF\\n\"}\n"
	           "\n"
	           "{\"id\":\"j2\",\"date\":\"May 2, 2020\",\"text\":\"BBB supplies FFF\"}\n"
	           "not json\n"
	           "{\"text\":\"CCC threatens FFF\"}\n");
	write_file("table.csv",
	           "n,body,when\n"
	           "1,\"DDD sanctions EEE\",\"December 13, 2017\"\n"
	           "2,\"EEE meets AAA\nAAA meets EEE\",13 Dec 2017\n"
	           "3,FAIL,2017-12-14\n"
	           "4,\"BBB meets CCC\",someday\n");
	write_file("notes.md", "AAA meets BBB\n"); /* not walked: unknown extension */
}

static void remove_corpus(void)
{
	char cmd[128];

	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	ck_assert_int_eq(system(cmd), 0);
}

static geokg_ingest_options options(unsigned threads)
{
	geokg_ingest_options o;

	memset(&o, 0, sizeof o);
	o.threads = threads;
	o.extract = fake_extract;
	o.text_column = "body";
	o.date_column = "when";
	o.warn = on_warn;
	return o;
}

/* Ingest dir into a new graph; returns its canonical bytes. */
static char *ingest_dump(unsigned threads, geokg_ingest_progress *p)
{
	geokg_ingest_options o = options(threads);
	const char *paths[1] = {dir};
	geokg_graph *g;
	geokg_docset *d;
	geokg_error err;
	char *s;
	size_t len;

	warnings[0] = '\0';
	ck_assert_int_eq(geokg_graph_new(&g, NULL), 0);
	ck_assert_int_eq(geokg_docset_new(&d, NULL), 0);
	ck_assert_msg(geokg_ingest(g, d, paths, 1, &o, p, &err) == 0, "%s", err.message);
	ck_assert_int_eq(geokg_graph_dump(g, 0, &s, &len, NULL), 0);
	geokg_graph_free(g);
	geokg_docset_free(d);
	return s;
}

START_TEST(test_same_bytes_for_any_thread_count)
{
	geokg_ingest_progress p;
	char *one, *other;
	unsigned n;

	make_corpus();
	one = ingest_dump(1, &p);
	ck_assert_uint_eq(p.files, 42);
	ck_assert_uint_eq(p.docs, 40 + 3 + 2);
	ck_assert_uint_eq(p.failed, 3); /* a JSON line, a FAIL row, a bad date */
	ck_assert_ptr_nonnull(strstr(one, "\"doc\":\"j2\",\"date\":\"2020-05-02\""));
	ck_assert_ptr_nonnull(strstr(one, "\"date\":\"2017-12-13\""));
	for (n = 2; n <= 8; n *= 2) {
		int round;

		for (round = 0; round < 3; round++) {
			other = ingest_dump(n, &p);
			ck_assert_msg(strcmp(one, other) == 0, "%u threads differ", n);
			free(other);
		}
	}
	free(one);
	remove_corpus();
}
END_TEST

START_TEST(test_documents_and_reports)
{
	geokg_ingest_progress p;
	char *s, path[128];

	make_corpus();
	s = ingest_dump(2, &p);
	/* ids: a path; a JSON "id", or file:line; a CSV file:row */
	snprintf(path, sizeof path, "\"doc\":\"%s/sub/doc01.txt\"", dir);
	ck_assert_msg(strstr(s, path) != NULL, "no %s", path);
	snprintf(path, sizeof path, "\"doc\":\"%s/docs.jsonl:5\"", dir);
	ck_assert_msg(strstr(s, path) != NULL, "no %s", path);
	snprintf(path, sizeof path, "\"doc\":\"%s/table.csv:2\",\"date\":\"2017-12-13\"", dir);
	ck_assert_msg(strstr(s, path) != NULL, "no %s", path);
	ck_assert_ptr_null(strstr(s, "notes.md"));
	/* the failures, each with where it is */
	snprintf(path, sizeof path, "%s/docs.jsonl:4: ", dir);
	ck_assert_msg(strstr(warnings, path) != NULL, "%s", warnings);
	snprintf(path, sizeof path, "%s/table.csv:3: the stand-in fails here; document skipped", dir);
	ck_assert_msg(strstr(warnings, path) != NULL, "%s", warnings);
	snprintf(path, sizeof path, "%s/table.csv:6: bad date; document skipped", dir);
	ck_assert_msg(strstr(warnings, path) != NULL, "%s", warnings);
	free(s);
	remove_corpus();
}
END_TEST

START_TEST(test_known_documents_are_skipped)
{
	geokg_ingest_options o = options(2);
	geokg_ingest_progress p;
	const char *paths[1];
	geokg_graph *g, *g2;
	geokg_docset *d, *d2;
	char gpath[128], *before, *after;
	size_t len;

	make_corpus();
	paths[0] = dir;
	snprintf(gpath, sizeof gpath, "%s-graph.json", dir);
	ck_assert_int_eq(geokg_corpus_open(&g, &d, gpath, NULL), 0);
	ck_assert_uint_eq(geokg_graph_node_count(g), 0);
	ck_assert_int_eq(geokg_ingest(g, d, paths, 1, &o, &p, NULL), 0);
	ck_assert_uint_eq(geokg_docset_count(d), 45); /* failures are not kept */
	ck_assert_int_eq(geokg_corpus_save(g, d, gpath, NULL), 0);
	ck_assert_int_eq(geokg_graph_dump(g, 0, &before, &len, NULL), 0);
	geokg_graph_free(g);
	geokg_docset_free(d);

	/* a second run extracts only what failed or changed */
	write_file("doc04.txt", "EEE threatens AAA\n");
	ck_assert_int_eq(geokg_corpus_open(&g2, &d2, gpath, NULL), 0);
	ck_assert_uint_eq(geokg_docset_count(d2), 45);
	calls = 0;
	ck_assert_int_eq(geokg_ingest(g2, d2, paths, 1, &o, &p, NULL), 0);
	ck_assert_uint_eq(p.known, 44);
	ck_assert_uint_eq(p.docs, 1);                 /* the changed file */
	ck_assert_int_eq(calls, 1 + 1);               /* and the FAIL row again */
	ck_assert_int_eq(geokg_graph_dump(g2, 0, &after, &len, NULL), 0);
	ck_assert_ptr_nonnull(strstr(after, "\"text\":\"EEE threatens AAA\""));
	free(after);
	geokg_graph_free(g2);
	geokg_docset_free(d2);

	/* a graph file replaced by hand makes the record stale: all again */
	{
		FILE *f = fopen(gpath, "w");

		fputs(before, f);
		fputs("\n", f);
		fclose(f);
	}
	ck_assert_int_eq(geokg_corpus_open(&g2, &d2, gpath, NULL), 0);
	ck_assert_uint_eq(geokg_docset_count(d2), 0);
	geokg_graph_free(g2);
	geokg_docset_free(d2);
	free(before);
	unlink(gpath);
	snprintf(gpath, sizeof gpath, "%s-graph.json.docs", dir);
	unlink(gpath);
	remove_corpus();
}
END_TEST

/* Ids with the characters GRAPH.docs escapes survive a save and a
 * reload; a repeated id within one run is known when its content is the
 * same, and extracted again when it changed. */
START_TEST(test_odd_ids_and_repeats)
{
	geokg_ingest_options o = options(2);
	geokg_ingest_progress p;
	const char *paths[1];
	geokg_graph *g;
	geokg_docset *d;
	char gpath[128], jpath[128];

	strcpy(dir, "ingest-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(dir));
	write_file("odd.jsonl",
	           "{\"id\":\"tab\\there\",\"text\":\"AAA meets BBB\"}\n"
	           "{\"id\":\"back\\\\slash\",\"text\":\"AAA meets CCC\"}\n"
	           "{\"id\":\"new\\nline\\r\",\"text\":\"AAA meets DDD\"}\n"
	           "{\"id\":\"twice\",\"text\":\"BBB meets CCC\"}\n"
	           "{\"id\":\"twice\",\"text\":\"BBB meets CCC\"}\n"
	           "{\"id\":\"changed\",\"text\":\"CCC meets DDD\"}\n"
	           "{\"id\":\"changed\",\"text\":\"CCC meets EEE\"}\n");
	snprintf(jpath, sizeof jpath, "%s/odd.jsonl", dir);
	paths[0] = jpath;
	snprintf(gpath, sizeof gpath, "%s-graph.json", dir);
	ck_assert_int_eq(geokg_corpus_open(&g, &d, gpath, NULL), 0);
	calls = 0;
	ck_assert_int_eq(geokg_ingest(g, d, paths, 1, &o, &p, NULL), 0);
	ck_assert_uint_eq(p.docs, 6);
	ck_assert_uint_eq(p.known, 1);   /* the second "twice" */
	ck_assert_int_eq(calls, 6);
	ck_assert_uint_eq(geokg_docset_count(d), 5);
	ck_assert_int_eq(geokg_corpus_save(g, d, gpath, NULL), 0);
	geokg_graph_free(g);
	geokg_docset_free(d);

	/* again: every id is read back from GRAPH.docs and known, except
	 * the first "changed", whose record the second replaced */
	ck_assert_int_eq(geokg_corpus_open(&g, &d, gpath, NULL), 0);
	ck_assert_uint_eq(geokg_docset_count(d), 5);
	calls = 0;
	ck_assert_int_eq(geokg_ingest(g, d, paths, 1, &o, &p, NULL), 0);
	ck_assert_uint_eq(p.known, 5);
	ck_assert_uint_eq(p.docs, 2);    /* "changed" twice: its content alternates */
	geokg_graph_free(g);
	geokg_docset_free(d);
	unlink(gpath);
	snprintf(gpath, sizeof gpath, "%s-graph.json.docs", dir);
	unlink(gpath);
	remove_corpus();
}
END_TEST

START_TEST(test_bad_paths_and_columns)
{
	geokg_ingest_options o = options(2);
	geokg_ingest_progress p;
	geokg_graph *g;
	geokg_docset *d;
	geokg_error err;
	char missing[128], link[128];
	const char *paths[2];

	make_corpus();
	snprintf(missing, sizeof missing, "%s/none.txt", dir);
	snprintf(link, sizeof link, "%s/sub/dangling.txt", dir);
	ck_assert_int_eq(symlink("nowhere.txt", link), 0);
	paths[0] = missing;
	paths[1] = dir;
	ck_assert_int_eq(geokg_graph_new(&g, NULL), 0);
	ck_assert_int_eq(geokg_docset_new(&d, NULL), 0);
	warnings[0] = '\0';
	ck_assert_int_eq(geokg_ingest(g, d, paths, 2, &o, &p, NULL), 0);
	ck_assert_uint_eq(p.bad_paths, 2);
	ck_assert_uint_eq(p.docs, 45);
	ck_assert_msg(strstr(warnings, "none.txt: No such file or directory; skipped") != NULL,
	              "%s", warnings);
	ck_assert_msg(strstr(warnings, "dangling.txt: No such file or directory; skipped") != NULL,
	              "%s", warnings);

	/* a missing column stops the run before any extraction */
	o.text_column = "text";
	calls = 0;
	ck_assert_int_eq(geokg_ingest(g, d, paths + 1, 1, &o, &p, &err), GEOKG_EINVAL);
	ck_assert_msg(strstr(err.message, "table.csv:1: no column 'text' (columns: 'n', 'body', 'when')") != NULL,
	              "%s", err.message);
	ck_assert_int_eq(calls, 0);
	o.text_column = NULL;
	ck_assert_int_eq(geokg_ingest(g, d, paths + 1, 1, &o, &p, &err), GEOKG_EINVAL);
	ck_assert_msg(strstr(err.message, "need --text-column") != NULL, "%s", err.message);
	/* columns by number without a header */
	o.text_column = "2";
	o.date_column = NULL;
	o.id_column = "1";
	o.no_header = 1;
	ck_assert_int_eq(geokg_ingest(g, d, paths + 1, 1, &o, &p, &err), 0);
	ck_assert_int_ge(geokg_graph_find(g, "EEE"), 0);
	geokg_graph_free(g);
	geokg_docset_free(d);
	remove_corpus();
}
END_TEST

Suite *suite_ingest(void);
Suite *suite_ingest(void)
{
	Suite *s = suite_create("ingest");
	TCase *tc = tcase_create("core");

	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_same_bytes_for_any_thread_count);
	tcase_add_test(tc, test_documents_and_reports);
	tcase_add_test(tc, test_known_documents_are_skipped);
	tcase_add_test(tc, test_odd_ids_and_repeats);
	tcase_add_test(tc, test_bad_paths_and_columns);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(suite_ingest());
	int failed;

	srunner_run_all(sr, CK_ENV);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
