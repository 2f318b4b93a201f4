/*
 * check_merge.c - the merge algebra, checked on many random graphs:
 * merge(a,b) = merge(b,a), merge(merge(a,b),c) = merge(a,merge(b,c)),
 * merge(a,a) = a, all on the canonical output bytes, and a merged graph
 * reads back to the same bytes.  The graphs are generated from a seeded
 * generator over a small vocabulary so that ids overlap, names and
 * countries conflict, and evidence repeats with differing dates and texts.
 */
#include "config.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "graph_impl.h"

/* ---- a small deterministic generator (xorshift64*) ------------------ */

static unsigned long long rng_state;

static unsigned rnd(unsigned n)
{
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return (unsigned)((rng_state * 2685821657736338717ULL) >> 33) % n;
}

static const char *pick(const char *const *a, unsigned n)
{
	return a[rnd(n)];
}

#define N_OF(a) (sizeof(a) / sizeof(a)[0])

static const char *const country_ids[] = {"AAA", "BBB", "CCC", "DDD", "EEE"};
static const char *const org_ids[] = {"XO", "YO"};
static const char *const person_ids[] = {"p-one", "p-two", "p-three"};
static const char *const names[] = {"Alpha", "Beta", "Gamma", "alpha", "Delta"};
static const char *const words[] = {"w1", "w2", "w3", "w4"};
static const char *const role_words[] = {"president", "minister"};
static const char *const dates[] = {"2020-01-01", "2020-02-29", "2021-06-30",
                                    "2019-12-31"};
static const char *const docs[] = {"d1", "d2", "d3", "doc/4", "gdelt:5"};
static const char *const texts[] = {"one sentence.", "another one.", "z"};
static const char *const objects[] = {"weapons", "oil", "food"};

/* A random string or NULL (one time in `null_in`). */
static const char *maybe(const char *const *a, unsigned n, unsigned null_in)
{
	return rnd(null_in) == 0 ? NULL : pick(a, n);
}

/* Add a random node to g; returns its number. */
static size_t random_node(geokg_graph *g)
{
	const char *al[3], *dm[2], *mt[2], *am[1];
	geokg_role roles[2];
	geokg_node n;
	unsigned k = rnd(10), i;
	size_t at;

	memset(&n, 0, sizeof n);
	if (k < 5) {
		n.kind = GEOKG_KIND_COUNTRY;
		n.id = pick(country_ids, N_OF(country_ids));
	} else if (k < 7) {
		n.kind = GEOKG_KIND_ORG;
		n.id = pick(org_ids, N_OF(org_ids));
	} else {
		n.kind = GEOKG_KIND_PERSON;
		n.id = pick(person_ids, N_OF(person_ids));
		n.country = pick(country_ids, 3);
	}
	n.name = pick(names, N_OF(names));
	n.n_aliases = rnd(4);
	for (i = 0; i < n.n_aliases; i++)
		al[i % 3] = pick(names, N_OF(names));
	n.n_aliases = n.n_aliases > 3 ? 3 : n.n_aliases;
	n.aliases = al;
	n.n_demonyms = rnd(3);
	for (i = 0; i < n.n_demonyms; i++)
		dm[i] = pick(words, N_OF(words));
	n.demonyms = dm;
	n.n_metonyms = rnd(3);
	for (i = 0; i < n.n_metonyms; i++)
		mt[i] = pick(words, N_OF(words));
	n.metonyms = mt;
	n.n_ambiguous = rnd(2);
	am[0] = pick(names, N_OF(names));
	n.ambiguous = am;
	n.n_roles = n.kind == GEOKG_KIND_PERSON ? rnd(3) : 0;
	for (i = 0; i < n.n_roles; i++) {
		roles[i].role = pick(role_words, N_OF(role_words));
		roles[i].of = maybe(country_ids, 3, 3);
		roles[i].start = maybe(dates, N_OF(dates), 2);
		roles[i].end = maybe(dates, N_OF(dates), 2);
		roles[i].note = maybe(texts, N_OF(texts), 2);
	}
	n.roles = roles;
	ck_assert_int_eq(geokg_graph_add_node(g, &n, &at, NULL), 0);
	return at;
}

/* Add a random edge observation between two of g's nodes. */
static void random_edge(geokg_graph *g)
{
	size_t n = geokg_graph_node_count(g);
	size_t s = rnd((unsigned)n), t = rnd((unsigned)n);
	geokg_evidence ev;
	long sent = (long)rnd(4);
	geokg_error err;

	ev.doc = pick(docs, N_OF(docs));
	ev.date = maybe(dates, N_OF(dates), 4);
	ev.sentence = sent;
	ev.start = sent * 10 + (long)rnd(2);
	ev.end = ev.start + 5;
	ev.text = maybe(texts, N_OF(texts), 4);
	ck_assert_msg(geokg_graph_add_edge(g, s, t, (geokg_type)rnd(GEOKG_TYPE_COUNT),
	                                   (geokg_modality)rnd(3),
	                                   maybe(objects, N_OF(objects), 2),
	                                   maybe(objects, N_OF(objects), 3),
	                                   rnd(6) ? &ev : NULL, NULL, &err) == 0,
	              "add_edge: %s", err.message);
}

/* A random graph: up to 8 node records, up to 12 edge observations. */
static geokg_graph *random_graph(void)
{
	geokg_graph *g;
	unsigned i, nn = rnd(9), ne;

	ck_assert_int_eq(geokg_graph_new(&g, NULL), 0);
	for (i = 0; i < nn; i++)
		random_node(g);
	ne = nn ? rnd(13) : 0;
	for (i = 0; i < ne; i++)
		random_edge(g);
	return g;
}

/* ---- helpers --------------------------------------------------------- */

static char *dump(const geokg_graph *g)
{
	geokg_error err;
	char *s;
	size_t len;

	ck_assert_msg(geokg_graph_dump(g, 0, &s, &len, &err) == 0, "dump: %s",
	              err.message);
	return s;
}

/* A new graph holding the merge of the n graphs, in that order. */
static geokg_graph *merged(geokg_graph *const *gs, size_t n)
{
	geokg_graph *m;
	geokg_error err;
	size_t i;

	ck_assert_int_eq(geokg_graph_new(&m, NULL), 0);
	for (i = 0; i < n; i++)
		ck_assert_msg(geokg_graph_merge(m, gs[i], NULL, NULL, &err) == 0,
		              "merge: %s", err.message);
	return m;
}

static char *merged_dump(geokg_graph *const *gs, size_t n)
{
	geokg_graph *m = merged(gs, n);
	char *s = dump(m);

	geokg_graph_free(m);
	return s;
}

/* Fail with both byte strings when they differ. */
static void same(const char *what, unsigned seed, const char *x, const char *y)
{
	if (strcmp(x, y) != 0)
		fprintf(stderr, "%s fails for seed %u:\n%s-- vs --\n%s", what, seed,
		        x, y);
	ck_assert_msg(strcmp(x, y) == 0, "%s fails for seed %u (graphs on stderr)",
	              what, seed);
}

#define ROUNDS 600

/* ---- properties ------------------------------------------------------ */

START_TEST(test_commutative)
{
	unsigned seed;

	for (seed = 1; seed <= ROUNDS; seed++) {
		geokg_graph *ab[2], *ba[2];
		char *x, *y;

		rng_state = 0x9E3779B97F4A7C15ULL * seed;
		ab[0] = ba[1] = random_graph();
		ab[1] = ba[0] = random_graph();
		x = merged_dump(ab, 2);
		y = merged_dump(ba, 2);
		same("merge(a,b) = merge(b,a)", seed, x, y);
		free(x);
		free(y);
		geokg_graph_free(ab[0]);
		geokg_graph_free(ab[1]);
	}
}
END_TEST

START_TEST(test_associative)
{
	unsigned seed;

	for (seed = 1; seed <= ROUNDS; seed++) {
		geokg_graph *g[3], *l[2], *r[2];
		char *x, *y;

		rng_state = 0xD1B54A32D192ED03ULL * seed;
		g[0] = random_graph();
		g[1] = random_graph();
		g[2] = random_graph();
		l[0] = merged(g, 2);        /* merge(a,b) */
		l[1] = g[2];
		r[0] = g[0];
		r[1] = merged(g + 1, 2);    /* merge(b,c) */
		x = merged_dump(l, 2);
		y = merged_dump(r, 2);
		same("merge(merge(a,b),c) = merge(a,merge(b,c))", seed, x, y);
		free(x);
		free(y);
		geokg_graph_free(l[0]);
		geokg_graph_free(r[1]);
		geokg_graph_free(g[0]);
		geokg_graph_free(g[1]);
		geokg_graph_free(g[2]);
	}
}
END_TEST

START_TEST(test_idempotent)
{
	unsigned seed;

	for (seed = 1; seed <= ROUNDS; seed++) {
		geokg_graph *aa[2], *m;
		char *x, *y, *z;

		rng_state = 0xA0761D6478BD642FULL * seed;
		aa[0] = aa[1] = random_graph();
		x = dump(aa[0]);
		y = merged_dump(aa, 2);
		same("merge(a,a) = a", seed, x, y);
		/* and merging into itself, in place */
		m = merged(aa, 1);
		ck_assert_int_eq(geokg_graph_merge(m, m, NULL, NULL, NULL), 0);
		z = dump(m);
		same("merge(a,a) in place = a", seed, x, z);
		free(x);
		free(y);
		free(z);
		geokg_graph_free(m);
		geokg_graph_free(aa[0]);
	}
}
END_TEST

/* What the writer writes, the reader reads back to the same bytes: the
 * derived fields (weight, first_seen, last_seen) agree with the evidence
 * the merge kept. */
START_TEST(test_merge_reads_back)
{
	unsigned seed;

	for (seed = 1; seed <= ROUNDS; seed++) {
		geokg_graph *g[3], *back;
		geokg_error err;
		char *x, *y;

		rng_state = 0xE7037ED1A0B428DBULL * seed;
		g[0] = random_graph();
		g[1] = random_graph();
		g[2] = random_graph();
		x = merged_dump(g, 3);
		ck_assert_msg(geokg_graph_load_buffer(&back, x, strlen(x), "merged", &err) == 0,
		              "seed %u: %s", seed, err.message);
		y = dump(back);
		same("load(dump(merge)) = merge", seed, x, y);
		free(x);
		free(y);
		geokg_graph_free(back);
		geokg_graph_free(g[0]);
		geokg_graph_free(g[1]);
		geokg_graph_free(g[2]);
	}
}
END_TEST

/* Merging many graphs in a shuffled order and grouping gives the bytes
 * of merging them one by one. */
START_TEST(test_any_grouping)
{
	unsigned seed;

	for (seed = 1; seed <= 60; seed++) {
		geokg_graph *g[12], *pairs[6];
		char *x, *y;
		size_t i;

		rng_state = 0x8EBC6AF09C88C6E3ULL * seed;
		for (i = 0; i < 12; i++)
			g[i] = random_graph();
		x = merged_dump(g, 12);
		for (i = 0; i < 6; i++) {
			geokg_graph *two[2] = {g[11 - 2 * i], g[(5 * i + 3) % 12]};

			pairs[i] = merged(two, 2);
		}
		for (i = 0; i < 12; i += 3) {
			geokg_graph *t = g[i];

			g[i] = g[11 - i];
			g[11 - i] = t;
		}
		{
			geokg_graph *all[18];

			memcpy(all, pairs, sizeof pairs);
			memcpy(all + 6, g, sizeof g);
			y = merged_dump(all, 18);
		}
		same("merge in any grouping", seed, x, y);
		free(x);
		free(y);
		for (i = 0; i < 12; i++)
			geokg_graph_free(g[i]);
		for (i = 0; i < 6; i++)
			geokg_graph_free(pairs[i]);
	}
}
END_TEST

/* The conflict rule, on a known case: the smaller name wins and the other
 * becomes an alias; the smaller country wins; each is reported. */
static void count_conflicts(void *ctx, const char *id, const char *what)
{
	(void)id;
	(void)what;
	(*(int *)ctx)++;
}

START_TEST(test_conflicts_reported)
{
	geokg_graph *a, *b;
	geokg_node n = {0};
	const geokg_node *r;
	int calls = 0;

	ck_assert_int_eq(geokg_graph_new(&a, NULL), 0);
	ck_assert_int_eq(geokg_graph_new(&b, NULL), 0);
	n.id = "p-x";
	n.kind = GEOKG_KIND_PERSON;
	n.name = "Zed Person";
	n.country = "FRA";
	ck_assert_int_eq(geokg_graph_add_node(a, &n, NULL, NULL), 0);
	n.name = "Ann Person";
	n.country = "DEU";
	ck_assert_int_eq(geokg_graph_add_node(b, &n, NULL, NULL), 0);
	ck_assert_int_eq(geokg_graph_merge(a, b, count_conflicts, &calls, NULL), 0);
	ck_assert_int_eq(calls, 2);
	r = geokg_graph_node(a, 0);
	ck_assert_str_eq(r->name, "Ann Person");
	ck_assert_str_eq(r->country, "DEU");
	ck_assert_uint_eq(r->n_aliases, 1);
	ck_assert_str_eq(r->aliases[0], "Zed Person");
	calls = 0;
	ck_assert_int_eq(geokg_graph_merge(a, b, count_conflicts, &calls, NULL), 0);
	ck_assert_int_eq(calls, 0);
	geokg_graph_free(a);
	geokg_graph_free(b);
}
END_TEST

/* Two kinds for one id cannot be merged, and the error names the id. */
START_TEST(test_kind_clash_is_an_error)
{
	geokg_graph *a, *b;
	geokg_node n = {0};
	geokg_error err;

	ck_assert_int_eq(geokg_graph_new(&a, NULL), 0);
	ck_assert_int_eq(geokg_graph_new(&b, NULL), 0);
	n.id = "EU";
	n.kind = GEOKG_KIND_ORG;
	n.name = "European Union";
	ck_assert_int_eq(geokg_graph_add_node(a, &n, NULL, NULL), 0);
	n.kind = GEOKG_KIND_COUNTRY;
	ck_assert_int_eq(geokg_graph_add_node(b, &n, NULL, NULL), 0);
	ck_assert_int_eq(geokg_graph_merge(a, b, NULL, NULL, &err), GEOKG_EINVAL);
	ck_assert_msg(strstr(err.message, "'EU'") != NULL, "%s", err.message);
	geokg_graph_free(a);
	geokg_graph_free(b);
}
END_TEST

/* The same evidence record with two dates keeps the smaller, and the
 * edge's last_seen follows what is kept. */
START_TEST(test_evidence_date_conflict)
{
	geokg_graph *a, *b;
	geokg_evidence e = {"doc", "2020-05-01", 0, 0, 10, "t"};
	const geokg_edge *x;

	ck_assert_int_eq(geokg_graph_new(&a, NULL), 0);
	ck_assert_int_eq(geokg_graph_new(&b, NULL), 0);
	{
		geokg_node n = {0};

		n.kind = GEOKG_KIND_COUNTRY;
		n.id = n.name = "AAA";
		ck_assert_int_eq(geokg_graph_add_node(a, &n, NULL, NULL), 0);
		ck_assert_int_eq(geokg_graph_add_node(b, &n, NULL, NULL), 0);
	}
	ck_assert_int_eq(geokg_graph_add_edge(a, 0, 0, GEOKG_TYPE_MEETS,
	                                      GEOKG_MOD_ASSERTED, NULL, NULL, &e, NULL, NULL), 0);
	e.date = "2020-01-01";
	ck_assert_int_eq(geokg_graph_add_edge(b, 0, 0, GEOKG_TYPE_MEETS,
	                                      GEOKG_MOD_ASSERTED, NULL, NULL, &e, NULL, NULL), 0);
	ck_assert_int_eq(geokg_graph_merge(a, b, NULL, NULL, NULL), 0);
	x = geokg_graph_edge(a, 0);
	ck_assert_uint_eq(x->n_evidence, 1);
	ck_assert_str_eq(x->evidence[0].date, "2020-01-01");
	ck_assert_str_eq(x->first_seen, "2020-01-01");
	ck_assert_str_eq(x->last_seen, "2020-01-01");
	geokg_graph_free(a);
	geokg_graph_free(b);
}
END_TEST

Suite *suite_merge(void);
Suite *suite_merge(void)
{
	Suite *s = suite_create("merge");
	TCase *tc = tcase_create("properties");

	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, test_commutative);
	tcase_add_test(tc, test_associative);
	tcase_add_test(tc, test_idempotent);
	tcase_add_test(tc, test_merge_reads_back);
	tcase_add_test(tc, test_any_grouping);
	tcase_add_test(tc, test_conflicts_reported);
	tcase_add_test(tc, test_kind_clash_is_an_error);
	tcase_add_test(tc, test_evidence_date_conflict);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(suite_merge());
	int failed;

	srunner_run_all(sr, CK_ENV);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
