/*
 * check_world.c - the world graph (graphs/world.json as built) and the
 * actor index: every UN member present, no name silently meaning two
 * actors, valid non-overlapping role terms, role phrases resolved by date
 * (tests/data/world-roles.tsv), name keys, role words, suggestions, and
 * the index over a graph without roles.
 */
#include "config.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "geokg.h"
#include "world.h"

static geokg_graph *world;
static geokg_actors *ix;

static const char *srcdir(void)
{
	const char *s = getenv("srcdir");

	return s ? s : ".";
}

static void setup(void)
{
	const char *built = getenv("GEOKG_WORLD_BUILT");
	geokg_error err;

	ck_assert_msg(geokg_graph_load(&world, built ? built : "graphs/world.json",
	                               &err) == 0, "load: %s", err.message);
	ck_assert_msg(geokg_actors_new(&ix, world, &err) == 0, "index: %s",
	              err.message);
}

static void teardown(void)
{
	geokg_actors_free(ix);
	geokg_graph_free(world);
	ix = NULL;
	world = NULL;
}

/* Open a file under tests/data. */
static FILE *data_file(const char *name)
{
	char path[4096];
	FILE *f;

	snprintf(path, sizeof path, "%s/tests/data/%s", srcdir(), name);
	f = fopen(path, "r");
	ck_assert_msg(f != NULL, "cannot open %s", path);
	return f;
}

/* ---- contents ---- */

START_TEST(every_un_member_is_a_country)
{
	FILE *f = data_file("world-un-members.txt");
	char line[256];
	int count = 0;

	while (fgets(line, sizeof line, f)) {
		long i;

		line[strcspn(line, "\r\n")] = '\0';
		if (!line[0] || line[0] == '#')
			continue;
		count++;
		ck_assert_msg(strlen(line) == 3 && line[0] >= 'A' && line[0] <= 'Z',
		              "bad code '%s' in the list", line);
		i = geokg_graph_find(world, line);
		ck_assert_msg(i >= 0, "UN member %s missing from the world graph", line);
		ck_assert_msg(geokg_graph_node(world, (size_t)i)->kind ==
		              GEOKG_KIND_COUNTRY, "%s is not a country", line);
		ck_assert_msg(geokg_graph_node(world, (size_t)i)->name[0] != '\0',
		              "%s has no name", line);
	}
	fclose(f);
	ck_assert_int_eq(count, 193);
}
END_TEST

START_TEST(territories_and_observers_present)
{
	static const char *const ids[] = {"PSE", "VAT", "TWN", "XKX", "ESH",
	                                  "HKG", "MAC", "PRI", "GRL", NULL};
	size_t i;

	for (i = 0; ids[i]; i++)
		ck_assert_msg(geokg_graph_find(world, ids[i]) >= 0, "%s missing", ids[i]);
}
END_TEST

START_TEST(organisations_present)
{
	static const char *const ids[] = {"UN", "EU", "NATO", "AU", "ASEAN",
		"IAEA", "OPEC", "WTO", "IMF", "WB", "G7", "G20", "GCC", "SCO", "OSCE",
		"ECOWAS", "WHO", "ICC", "OAS", "APEC", "CIS", "LAS", NULL};
	size_t i;

	for (i = 0; ids[i]; i++) {
		long n = geokg_graph_find(world, ids[i]);

		ck_assert_msg(n >= 0, "%s missing", ids[i]);
		ck_assert_msg(geokg_graph_node(world, (size_t)n)->kind == GEOKG_KIND_ORG,
		              "%s is not an org", ids[i]);
	}
}
END_TEST

START_TEST(country_ids_are_alpha3)
{
	size_t i, n = geokg_graph_node_count(world), people = 0;

	for (i = 0; i < n; i++) {
		const geokg_node *nd = geokg_graph_node(world, i);

		if (nd->kind == GEOKG_KIND_PERSON) {
			ck_assert_msg(geokg_graph_find(world, nd->country) >= 0,
			              "%s acts for unknown '%s'", nd->id, nd->country);
			people++;
		}
		if (nd->kind != GEOKG_KIND_COUNTRY)
			continue;
		ck_assert_msg(strlen(nd->id) == 3 && nd->id[0] >= 'A' &&
		              nd->id[0] <= 'Z' && nd->id[1] >= 'A' && nd->id[1] <= 'Z' &&
		              nd->id[2] >= 'A' && nd->id[2] <= 'Z',
		              "country id '%s' is not alpha-3", nd->id);
	}
	ck_assert_msg(people >= 650, "only %zu people", people);
}
END_TEST

/* A name resolving to several actors must be marked ambiguous on each. */
static void check_name(size_t node, const char *name)
{
	geokg_match *m;
	size_t n, i;
	int self = 0, others = 0, unmarked = 0;
	geokg_error err;

	ck_assert_msg(geokg_actors_resolve(ix, name, NULL, &m, &n, &err) == 0,
	              "'%s': %s", name, err.message);
	for (i = 0; i < n; i++) {
		if (m[i].how > GEOKG_HOW_METONYM)
			continue;
		if (m[i].node == node)
			self = 1;
		else
			others++;
		if (!m[i].ambiguous)
			unmarked++;
	}
	free(m);
	ck_assert_msg(self, "'%s' does not resolve to %s", name,
	              geokg_graph_node(world, node)->id);
	ck_assert_msg(!others || !unmarked,
	              "'%s' of %s names %d other actors without being marked "
	              "ambiguous", name, geokg_graph_node(world, node)->id, others);
}

START_TEST(no_name_silently_names_two_actors)
{
	size_t i, j, n = geokg_graph_node_count(world);

	for (i = 0; i < n; i++) {
		const geokg_node *nd = geokg_graph_node(world, i);

		check_name(i, nd->name);
		for (j = 0; j < nd->n_aliases; j++)
			check_name(i, nd->aliases[j]);
		for (j = 0; j < nd->n_demonyms; j++)
			check_name(i, nd->demonyms[j]);
		for (j = 0; j < nd->n_metonyms; j++)
			check_name(i, nd->metonyms[j]);
	}
}
END_TEST

/* ---- roles ---- */

typedef struct term {
	const char *role, *of, *start, *end, *who;
} term;

static int term_cmp(const void *a, const void *b)
{
	const term *x = a, *y = b;
	int c;

	if ((c = strcmp(x->role, y->role)) || (c = strcmp(x->of, y->of)))
		return c;
	if (!x->start || !y->start)
		return !x->start - !y->start ? (x->start ? 1 : -1) : 0;
	return strcmp(x->start, y->start);
}

START_TEST(role_terms_are_valid_and_single_holders_do_not_overlap)
{
	size_t i, j, n = geokg_graph_node_count(world), k = 0, cap = 4096;
	term *t = malloc(cap * sizeof *t);

	ck_assert_ptr_nonnull(t);
	for (i = 0; i < n; i++) {
		const geokg_node *nd = geokg_graph_node(world, i);

		for (j = 0; j < nd->n_roles; j++) {
			const geokg_role *r = &nd->roles[j];
			long of = geokg_graph_find(world, r->of);

			ck_assert_msg(geokg__role_canonical(r->role), "%s: role '%s'",
			              nd->id, r->role);
			ck_assert_msg(of >= 0 && geokg_graph_node(world, (size_t)of)->kind !=
			              GEOKG_KIND_PERSON, "%s: %s of unknown '%s'", nd->id,
			              r->role, r->of);
			ck_assert_msg(!r->start || geokg_date_valid(r->start),
			              "%s: bad start '%s'", nd->id, r->start);
			ck_assert_msg(!r->end || geokg_date_valid(r->end),
			              "%s: bad end '%s'", nd->id, r->end);
			ck_assert_msg(!r->start || !r->end || strcmp(r->start, r->end) < 0,
			              "%s: %s of %s ends %s before it starts %s", nd->id,
			              r->role, r->of, r->end, r->start);
			if (!geokg_role_single(r->role))
				continue;
			if (k == cap) {
				cap *= 2;
				t = realloc(t, cap * sizeof *t);
				ck_assert_ptr_nonnull(t);
			}
			t[k++] = (term){r->role, r->of, r->start, r->end, nd->id};
		}
	}
	qsort(t, k, sizeof *t, term_cmp);
	for (i = 1; i < k; i++) {
		if (strcmp(t[i].role, t[i - 1].role) || strcmp(t[i].of, t[i - 1].of))
			continue;
		ck_assert_msg(t[i - 1].end && t[i].start &&
		              strcmp(t[i].start, t[i - 1].end) >= 0,
		              "%s of %s: %s (from %s) overlaps %s (until %s)", t[i].role,
		              t[i].of, t[i].who, t[i].start ? t[i].start : "?",
		              t[i - 1].who, t[i - 1].end ? t[i - 1].end : "now");
	}
	ck_assert_msg(k > 600, "only %zu single-holder terms", k);
	free(t);
}
END_TEST

/* tests/data/world-roles.tsv: phrase, date, the id it must resolve to
 * (first match). */
START_TEST(role_phrases_resolve_by_date)
{
	FILE *f = data_file("world-roles.tsv");
	char line[512];
	int count = 0, lineno = 0;

	while (fgets(line, sizeof line, f)) {
		char *phrase = line, *date, *want;
		geokg_match *m;
		geokg_error err;
		size_t n;

		lineno++;
		line[strcspn(line, "\r\n")] = '\0';
		if (!line[0] || line[0] == '#')
			continue;
		date = strchr(phrase, '\t');
		ck_assert_msg(date != NULL, "world-roles.tsv:%d: no date", lineno);
		*date++ = '\0';
		want = strchr(date, '\t');
		ck_assert_msg(want != NULL, "world-roles.tsv:%d: no id", lineno);
		*want++ = '\0';
		ck_assert_msg(geokg_actors_resolve(ix, phrase, date, &m, &n, &err) == 0,
		              "'%s': %s", phrase, err.message);
		ck_assert_msg(n >= 1, "world-roles.tsv:%d: '%s' on %s: nothing (want %s)",
		              lineno, phrase, date, want);
		ck_assert_msg(strcmp(geokg_graph_node(world, m[0].node)->id, want) == 0,
		              "world-roles.tsv:%d: '%s' on %s gave %s, want %s", lineno,
		              phrase, date, geokg_graph_node(world, m[0].node)->id, want);
		ck_assert_msg(n == 1 || m[0].how != GEOKG_HOW_ROLE ||
		              m[1].how != GEOKG_HOW_ROLE ||
		              !geokg_role_single(m[0].role->role),
		              "world-roles.tsv:%d: '%s' on %s: %zu holders of a "
		              "single-holder role", lineno, phrase, date, n);
		free(m);
		count++;
	}
	fclose(f);
	ck_assert_msg(count >= 40, "only %d role phrases", count);
}
END_TEST

START_TEST(holders_by_role_word)
{
	geokg_match *m;
	geokg_error err;
	size_t n;

	ck_assert_int_eq(geokg_actors_holders(ix, "premier", "GBR", "2016-12-01",
	                                      &m, &n, &err), 0);
	ck_assert_uint_eq(n, 1);
	ck_assert_str_eq(geokg_graph_node(world, m[0].node)->id, "theresa-may");
	free(m);
	ck_assert_int_eq(geokg_actors_holders(ix, "president", "USA", NULL, &m, &n,
	                                      &err), 0);
	ck_assert_uint_ge(n, 5);
	for (size_t i = 1; i < n; i++)   /* ordered by start */
		ck_assert(strcmp(m[i - 1].role->start, m[i].role->start) <= 0);
	free(m);
	ck_assert_int_eq(geokg_actors_holders(ix, "grand vizier", "USA", NULL, &m,
	                                      &n, &err), GEOKG_EINVAL);
	ck_assert_ptr_nonnull(strstr(err.message, "grand vizier"));
	ck_assert_int_eq(geokg_actors_holders(ix, "president", "XXX", NULL, &m, &n,
	                                      &err), GEOKG_ENOTFOUND);
	ck_assert_int_eq(geokg_actors_resolve(ix, "Putin", "2023-13-01", &m, &n,
	                                      &err), GEOKG_EINVAL);
	ck_assert_int_eq(geokg_actors_resolve(ix, "Put\xffin", NULL, &m, &n, &err),
	                 GEOKG_EINVAL);
	{
		char longp[700];

		memset(longp, 'a', sizeof longp - 1);
		longp[sizeof longp - 1] = '\0';
		ck_assert_int_eq(geokg_actors_resolve(ix, longp, NULL, &m, &n, &err),
		                 GEOKG_ELIMIT);
		for (size_t i = 0; i + 1 < sizeof longp; i += 2)
			longp[i] = 'a', longp[i + 1] = ' ';
		longp[200] = '\0';   /* 100 words */
		ck_assert_int_eq(geokg_actors_resolve(ix, longp, NULL, &m, &n, &err),
		                 GEOKG_ELIMIT);
	}
}
END_TEST

/* ---- names ---- */

/* The first match of phrase, as an id, or "" for none. */
static const char *first(const char *phrase, const char *date)
{
	static char id[128];
	geokg_match *m;
	geokg_error err;
	size_t n;

	ck_assert_msg(geokg_actors_resolve(ix, phrase, date, &m, &n, &err) == 0,
	              "'%s': %s", phrase, err.message);
	snprintf(id, sizeof id, "%s", n ? geokg_graph_node(world, m[0].node)->id : "");
	free(m);
	return id;
}

static size_t count(const char *phrase, const char *date)
{
	geokg_match *m;
	size_t n;

	ck_assert(geokg_actors_resolve(ix, phrase, date, &m, &n, NULL) == 0);
	free(m);
	return n;
}

START_TEST(names_spellings_demonyms_metonyms)
{
	static const char *const cases[][2] = {
		{"U.S.", "USA"}, {"the United States", "USA"}, {"America", "USA"},
		{"U.S.A.", "USA"}, {"UK", "GBR"}, {"U.K.", "GBR"}, {"Britain", "GBR"},
		{"DPRK", "PRK"}, {"N. Korea", "PRK"}, {"ROK", "KOR"},
		{"S. Korea", "KOR"}, {"PRC", "CHN"}, {"Burma", "MMR"},
		{"Ivory Coast", "CIV"}, {"Côte d'Ivoire", "CIV"},
		{"Cote d'Ivoire", "CIV"}, {"DR Congo", "COD"}, {"DRC", "COD"},
		{"Czechia", "CZE"}, {"Türkiye", "TUR"}, {"Turkiye", "TUR"},
		{"Russian Federation", "RUS"}, {"Moscow", "RUS"},
		{"the Kremlin", "RUS"}, {"Kremlin", "RUS"}, {"Washington", "USA"},
		{"the White House", "USA"}, {"the Pentagon", "USA"},
		{"the State Department", "USA"}, {"Beijing", "CHN"},
		{"Pyongyang", "PRK"}, {"Seoul", "KOR"}, {"Tokyo", "JPN"},
		{"Kyiv", "UKR"}, {"Kiev", "UKR"}, {"Tehran", "IRN"},
		{"Downing Street", "GBR"}, {"Whitehall", "GBR"}, {"the Elysee", "FRA"},
		{"the Élysée", "FRA"}, {"Berlin", "DEU"}, {"Russian", "RUS"},
		{"North Korean", "PRK"}, {"North Koreans", "PRK"}, {"Afghan", "AFG"},
		{"Iraqi", "IRQ"}, {"the U.N.", "UN"}, {"the Security Council", "UN"},
		{"the European Union", "EU"}, {"the European Commission", "EU"},
		{"the Atlantic alliance", "NATO"}, {"the Arab League", "LAS"},
		{"Nato", "NATO"}, {"Kim Jong Un", "kim-jong-un"},
		{"Kim Jong-un", "kim-jong-un"}, {"Zelensky", "volodymyr-zelensky"},
		{"Zelenskyy", "volodymyr-zelensky"}, {"Zelenskiy", "volodymyr-zelensky"},
		{"Gaddafi", "muammar-gaddafi"}, {"Gadhafi", "muammar-gaddafi"},
		{"Qaddafi", "muammar-gaddafi"}, {"Moammar Gadhafi", "muammar-gaddafi"},
		{"Erdogan", "recep-tayyip-erdogan"}, {"Erdoğan", "recep-tayyip-erdogan"},
		{"Roh Moo-hyun", "roh-moo-hyun"}, {"Liang Guanglie", "liang-guanglie"},
		{"Lee Hsien Loong", "lee-hsien-loong"},
		{"Tareck El Aissami", "tareck-el-aissami"},
		{"Nicolás Maduro", "nicolas-maduro"}, {"Nicolas Maduro", "nicolas-maduro"},
		{"NICOLAS MADURO", "nicolas-maduro"}, {"Britain's", "GBR"},
		{"Russia’s", "RUS"}};
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++)
		ck_assert_msg(strcmp(first(cases[i][0], NULL), cases[i][1]) == 0,
		              "'%s' gave '%s', want %s", cases[i][0],
		              first(cases[i][0], NULL), cases[i][1]);
}
END_TEST

START_TEST(short_acronyms_match_in_capitals_only)
{
	ck_assert_str_eq(first("US", NULL), "USA");
	ck_assert_str_eq(first("us", NULL), "");
	ck_assert_str_eq(first("WHO", NULL), "WHO");
	ck_assert_str_eq(first("who", NULL), "");
	ck_assert_str_eq(first("UN", NULL), "UN");
	ck_assert_str_eq(first("un", NULL), "");
	ck_assert_str_eq(first("RUS", NULL), "RUS");
	ck_assert_str_eq(first("rus", NULL), "");
}
END_TEST

START_TEST(ambiguous_names_are_marked_and_show_every_actor)
{
	static const char *const marked[] = {"Georgia", "Jordan", "Chad", "Turkey",
	                                     "Niger", "Guinea", NULL};
	geokg_match *m;
	size_t n, i;

	for (i = 0; marked[i]; i++) {
		ck_assert(geokg_actors_resolve(ix, marked[i], NULL, &m, &n, NULL) == 0);
		ck_assert_msg(n >= 1 && m[0].ambiguous, "'%s' is not marked", marked[i]);
		free(m);
	}
	ck_assert_uint_eq(count("Congo", NULL), 2);
	ck_assert_uint_eq(count("Bush", NULL), 2);
}
END_TEST

START_TEST(unknown_names_get_suggestions)
{
	const char **s;
	size_t n, i;
	int found = 0;

	ck_assert_uint_eq(count("Putn", NULL), 0);
	ck_assert_int_eq(geokg_actors_suggest(ix, "Putn", 5, &s, &n, NULL), 0);
	for (i = 0; i < n; i++) {
		found |= strcmp(s[i], "Putin") == 0;
		ck_assert_msg(strcmp(s[i], "AUT") != 0, "a code suggested for 'Putn'");
	}
	ck_assert_msg(found, "no 'Putin' among %zu suggestions for 'Putn'", n);
	free(s);
	ck_assert_int_eq(geokg_actors_suggest(ix, "Grmany", 3, &s, &n, NULL), 0);
	ck_assert_uint_ge(n, 1);
	ck_assert_str_eq(s[0], "Germany");
	free(s);
	ck_assert_int_eq(geokg_actors_suggest(ix, "qqqqqqqqqqqqqqqq", 3, &s, &n,
	                                      NULL), 0);
	ck_assert_uint_eq(n, 0);
}
END_TEST

START_TEST(keys_and_role_words)
{
	static const char *const keys[][2] = {
		{"the U.S.'s", "us"}, {"Kim Jong-un", "kim jong un"},
		{"Türkiye", "turkiye"}, {"  The   Kremlin ", "kremlin"},
		{"Côte d’Ivoire", "cote divoire"}, {"the", "the"},
		{"Guinea-Bissau", "guinea bissau"}, {"ＡＢＣ", "abc"}};
	static const char *const roles[][2] = {
		{"premier", "prime minister"}, {"Secretary of State", "foreign minister"},
		{"defense secretary", "defence minister"},
		{"Defence Secretary", "defence minister"},
		{"defense minister", "defence minister"},
		{"spokesman", "spokesperson"}, {"spokeswoman", "spokesperson"},
		{"UN ambassador", "ambassador to the UN"},
		{"ambassador to the United Nations", "ambassador to the UN"},
		{"U.N. envoy", "ambassador to the UN"},
		{"Secretary-General", "secretary-general"}, {"chief", "leader"},
		{"foreign secretary", "foreign minister"}};
	size_t i;
	char *k;

	for (i = 0; i < sizeof keys / sizeof keys[0]; i++) {
		ck_assert_int_eq(geokg_name_key(keys[i][0], &k, NULL), 0);
		ck_assert_msg(strcmp(k, keys[i][1]) == 0, "key of '%s' is '%s', want '%s'",
		              keys[i][0], k, keys[i][1]);
		free(k);
	}
	ck_assert_int_eq(geokg_name_key("bad \xff utf8", &k, NULL), GEOKG_EINVAL);
	for (i = 0; i < sizeof roles / sizeof roles[0]; i++) {
		const char *r = geokg_role_normalize(roles[i][0]);

		ck_assert_msg(r && strcmp(r, roles[i][1]) == 0, "'%s' -> '%s', want '%s'",
		              roles[i][0], r ? r : "(null)", roles[i][1]);
	}
	ck_assert_ptr_null(geokg_role_normalize("grand vizier"));
	ck_assert(geokg_role_single("president"));
	ck_assert(!geokg_role_single("foreign ministry spokesperson"));
}
END_TEST

/* ---- any graph ---- */

START_TEST(index_works_on_a_graph_without_roles)
{
	static const char *const al[] = {"Putin", "V. Putin"};
	static const char *const dem[] = {"Freedonian"};
	geokg_node c = {.id = "FRD", .kind = GEOKG_KIND_COUNTRY,
	                .name = "Freedonia", .n_demonyms = 1, .demonyms = dem};
	geokg_node p = {.id = "vladimir-putin", .kind = GEOKG_KIND_PERSON,
	                .name = "Vladimir Putin", .country = "RUS",
	                .n_aliases = 2, .aliases = al};
	geokg_node l = {.id = "sergey-lavrov", .kind = GEOKG_KIND_PERSON,
	                .name = "Sergey Lavrov", .country = "RUS"};
	geokg_node s1 = {.id = "ann-smith", .kind = GEOKG_KIND_PERSON,
	                 .name = "Ann Smith", .country = "FRD"};
	geokg_node s2 = {.id = "bo-smith-jr", .kind = GEOKG_KIND_PERSON,
	                 .name = "Bo Smith Jr.", .country = "FRD"};
	geokg_graph *g;
	geokg_actors *x;
	geokg_match *m;
	size_t n;

	ck_assert_int_eq(geokg_graph_new(&g, NULL), 0);
	ck_assert_int_eq(geokg_graph_add_node(g, &c, NULL, NULL), 0);
	ck_assert_int_eq(geokg_graph_add_node(g, &p, NULL, NULL), 0);
	ck_assert_int_eq(geokg_graph_add_node(g, &l, NULL, NULL), 0);
	ck_assert_int_eq(geokg_graph_add_node(g, &s1, NULL, NULL), 0);
	ck_assert_int_eq(geokg_graph_add_node(g, &s2, NULL, NULL), 0);
	ck_assert_int_eq(geokg_actors_new(&x, g, NULL), 0);
	ck_assert_int_eq(geokg_actors_resolve(x, "putin", "2020-01-01", &m, &n,
	                                      NULL), 0);
	ck_assert_uint_eq(n, 1);
	ck_assert_int_eq(m[0].how, GEOKG_HOW_ALIAS);
	ck_assert_int_eq(m[0].active, 0);
	free(m);
	ck_assert_int_eq(geokg_actors_resolve(x, "vladimir-putin", NULL, &m, &n,
	                                      NULL), 0);
	ck_assert_uint_eq(n, 1);
	free(m);
	/* surnames: the last word of a person's name */
	ck_assert_int_eq(geokg_actors_resolve(x, "LAVROV", NULL, &m, &n, NULL), 0);
	ck_assert_uint_eq(n, 0);
	ck_assert_int_eq(geokg_actors_surname(x, "LAVROV", NULL, &m, &n, NULL), 0);
	ck_assert_uint_eq(n, 1);
	ck_assert_str_eq(geokg_graph_node(g, m[0].node)->id, "sergey-lavrov");
	ck_assert_int_eq(m[0].how, GEOKG_HOW_SURNAME);
	ck_assert_int_eq(m[0].ambiguous, 0);
	free(m);
	ck_assert_int_eq(geokg_actors_surname(x, "Smith", NULL, &m, &n, NULL), 0);
	ck_assert_uint_eq(n, 2);   /* Jr is not a surname */
	ck_assert(m[0].ambiguous && m[1].ambiguous);
	free(m);
	ck_assert_int_eq(geokg_actors_surname(x, "Sergey", NULL, &m, &n, NULL), 0);
	ck_assert_uint_eq(n, 0);
	ck_assert_int_eq(geokg_actors_surname(x, "Sergey Lavrov", NULL, &m, &n,
	                                      NULL), 0);
	ck_assert_uint_eq(n, 0);
	ck_assert_int_eq(geokg_actors_resolve(x, "the Freedonian president",
	                                      "2020-01-01", &m, &n, NULL), 0);
	ck_assert_uint_eq(n, 0);
	ck_assert_int_eq(geokg_actors_resolve(x, "FRD", NULL, &m, &n, NULL), 0);
	ck_assert_uint_eq(n, 1);
	ck_assert_int_eq(m[0].how, GEOKG_HOW_ID);
	free(m);
	geokg_actors_free(x);
	geokg_graph_free(g);
}
END_TEST

START_TEST(locate_prefers_the_explicit_path_then_the_environment)
{
	char *p;
	geokg_error err;

	ck_assert_int_eq(geokg_world_locate("/some/where.json", &p, &err), 0);
	ck_assert_str_eq(p, "/some/where.json");
	free(p);
	setenv("GEOKG_WORLD", "/from/env.json", 1);
	ck_assert_int_eq(geokg_world_locate(NULL, &p, &err), 0);
	ck_assert_str_eq(p, "/from/env.json");
	free(p);
	ck_assert_int_eq(geokg_world_locate("/explicit.json", &p, &err), 0);
	ck_assert_str_eq(p, "/explicit.json");
	free(p);
	unsetenv("GEOKG_WORLD");
	/* the build tree's graph, found next to this test program */
	ck_assert_int_eq(geokg_world_locate(NULL, &p, &err), 0);
	ck_assert_msg(strstr(p, "graphs/world.json") != NULL, "found %s", p);
	free(p);
}
END_TEST

Suite *suite_world(void);
Suite *suite_world(void)
{
	Suite *s = suite_create("world");
	TCase *c = tcase_create("world graph");
	TCase *a = tcase_create("any graph");

	tcase_add_checked_fixture(c, setup, teardown);
	tcase_set_timeout(c, 60);
	tcase_add_test(c, every_un_member_is_a_country);
	tcase_add_test(c, territories_and_observers_present);
	tcase_add_test(c, organisations_present);
	tcase_add_test(c, country_ids_are_alpha3);
	tcase_add_test(c, no_name_silently_names_two_actors);
	tcase_add_test(c, role_terms_are_valid_and_single_holders_do_not_overlap);
	tcase_add_test(c, role_phrases_resolve_by_date);
	tcase_add_test(c, holders_by_role_word);
	tcase_add_test(c, names_spellings_demonyms_metonyms);
	tcase_add_test(c, short_acronyms_match_in_capitals_only);
	tcase_add_test(c, ambiguous_names_are_marked_and_show_every_actor);
	tcase_add_test(c, unknown_names_get_suggestions);
	tcase_add_test(c, keys_and_role_words);
	tcase_add_test(a, index_works_on_a_graph_without_roles);
	tcase_add_test(a, locate_prefers_the_explicit_path_then_the_environment);
	suite_add_tcase(s, c);
	suite_add_tcase(s, a);
	return s;
}

int main(void)
{
	SRunner *r = srunner_create(suite_world());
	int failed;

	srunner_run_all(r, CK_ENV);
	failed = srunner_ntests_failed(r);
	srunner_free(r);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
