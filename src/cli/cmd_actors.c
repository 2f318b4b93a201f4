/*
 * cmd_actors.c - `geokg actors`: what a name, alias, demonym, capital or
 * role phrase means in the world graph, on a date; and lists of actors.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cli.h"

static const char usage[] =
	"usage: geokg actors [--date DATE] [--json] [--world FILE] NAME...\n"
	"       geokg actors --list [--kind KIND] [--country ID] [--json] [--world FILE]\n"
	"\n"
	"Resolve each NAME to the actors of the world graph it can mean: an id,\n"
	"name, alias or spelling (\"Kim Jong-un\"), demonym (\"Russian\"), capital or\n"
	"seat of government (\"the Kremlin\"), a role phrase (\"the Russian\n"
	"president\", \"Japan's foreign minister\") or a title and a name\n"
	"(\"President Putin\").  Several actors for one name are shown, and names\n"
	"marked as needing context say so.  With --list, list the actors instead.\n"
	"\n"
	"  --date DATE    resolve role phrases on DATE (YYYY-MM-DD); without it a\n"
	"                 role phrase gives everyone who held the role\n"
	"  --json         print JSON\n"
	"  --world FILE   use this world graph (default: $GEOKG_WORLD, else the\n"
	"                 build tree's or the installed graphs/world.json)\n"
	"  --list         list the actors, sorted by id\n"
	"  --kind KIND    with --list: only countries, orgs or persons\n"
	"                 (country, org, person)\n"
	"  --country ID   with --list: only the people acting for ID\n"
	"\n"
	"Exit status 2 when a NAME is unknown (with the closest known names).\n";

typedef struct opts {
	const char *date, *world, *country;
	int json, list, kind;
} opts;

/* ---- output helpers ---- */

static void json_str(const char *s)
{
	putchar('"');
	for (; s && *s; s++) {
		unsigned char c = (unsigned char)*s;

		if (c == '"' || c == '\\')
			printf("\\%c", c);
		else if (c < 0x20)
			printf("\\u%04x", c);
		else
			putchar(c);
	}
	putchar('"');
}

static void json_str_or_null(const char *s)
{
	if (s)
		json_str(s);
	else
		fputs("null", stdout);
}

static void json_node(const geokg_node *n)
{
	fputs("{\"id\":", stdout);
	json_str(n->id);
	printf(",\"kind\":\"%s\",\"name\":", geokg_kind_name(n->kind));
	json_str(n->name);
	if (n->country) {
		fputs(",\"country\":", stdout);
		json_str(n->country);
	}
}

static void json_role(const geokg_role *r)
{
	fputs(",\"role\":{\"role\":", stdout);
	json_str(r->role);
	fputs(",\"of\":", stdout);
	json_str(r->of);
	fputs(",\"start\":", stdout);
	json_str_or_null(r->start);
	fputs(",\"end\":", stdout);
	json_str_or_null(r->end);
	fputs(",\"note\":", stdout);
	json_str_or_null(r->note);
	putchar('}');
}

/* "president of RUS from 2000-05-07 to 2008-05-07 (note)" */
static void text_role(const geokg_role *r)
{
	printf("%s of %s", r->role, r->of);
	if (r->start && r->end)
		printf(" from %s to %s", r->start, r->end);
	else if (r->start)
		printf(" since %s", r->start);
	else if (r->end)
		printf(" until %s", r->end);
	if (r->note)
		printf(" (%s)", r->note);
}

static void text_match(const geokg_graph *g, const geokg_match *m)
{
	const geokg_node *n = geokg_graph_node(g, m->node);

	printf("%s (%s", n->id, geokg_kind_name(n->kind));
	if (n->country)
		printf(", %s", n->country);
	printf(") %s  [%s", n->name, geokg_how_name(m->how));
	if (m->how != GEOKG_HOW_ROLE && m->how != GEOKG_HOW_ID &&
	    m->how != GEOKG_HOW_NAME)
		printf(" '%s'", m->form);
	if (m->role) {
		fputs(": ", stdout);
		text_role(m->role);
	}
	if (m->ambiguous)
		fputs("; needs context", stdout);
	puts("]");
}

/* ---- resolving names ---- */

static void print_text(const geokg_graph *g, const char *q, const char *date,
                       const geokg_match *m, size_t n)
{
	size_t i;

	printf("%s", q);
	if (date)
		printf(" on %s", date);
	if (n == 1) {
		fputs(": ", stdout);
		text_match(g, &m[0]);
		return;
	}
	printf(": %zu actors\n", n);
	for (i = 0; i < n; i++) {
		fputs("  ", stdout);
		text_match(g, &m[i]);
	}
}

static void print_json(const geokg_graph *g, const char *q, const char *date,
                       const geokg_match *m, size_t n, const char **sug,
                       size_t ns)
{
	size_t i;

	fputs("{\"query\":", stdout);
	json_str(q);
	fputs(",\"date\":", stdout);
	json_str_or_null(date);
	fputs(",\"matches\":[", stdout);
	for (i = 0; i < n; i++) {
		if (i)
			putchar(',');
		json_node(geokg_graph_node(g, m[i].node));
		printf(",\"how\":\"%s\",\"form\":", geokg_how_name(m[i].how));
		json_str(m[i].form);
		printf(",\"ambiguous\":%s,\"active\":%s",
		       m[i].ambiguous ? "true" : "false",
		       m[i].active ? "true" : "false");
		if (m[i].role)
			json_role(m[i].role);
		putchar('}');
	}
	fputs("],\"suggestions\":[", stdout);
	for (i = 0; i < ns; i++) {
		if (i)
			putchar(',');
		json_str(sug[i]);
	}
	fputs("]}", stdout);
}

/* Report an unknown name on stderr with suggestions. */
static void unknown(const char *q, const char **sug, size_t ns)
{
	size_t i;

	fprintf(stderr, "geokg: unknown actor '%s'", q);
	for (i = 0; i < ns; i++)
		fprintf(stderr, "%s%s", i ? ", " : "; did you mean: ", sug[i]);
	fputs(ns ? "?\n" : "\n", stderr);
}

/* Whether phrase names some actor (a role phrase: some holder, ever). */
static int resolves(const geokg_actors *ix, const char *phrase)
{
	geokg_match *m = NULL;
	size_t n = 0;

	if (geokg_actors_resolve(ix, phrase, NULL, &m, &n, NULL))
		n = 0;
	free(m);
	return n > 0;
}

/* Suggestions for a role phrase whose state is misspelt ("the Frech
 * president", "Japn's foreign minister"): the closest names to the words
 * before the role, in the phrase's shape, that give a role phrase with a
 * holder.  Fills up to `max` strings of buf (each malloc'd) and returns
 * how many; 0 when q is not such a phrase. */
static size_t role_suggest(const geokg_actors *ix, const char *q, char **buf,
                           size_t max)
{
	const char *role = NULL, **sug = NULL;
	size_t len = strlen(q), k, plen, ns = 0, i, n = 0;
	int the, poss;
	char *head;

	/* the longest role words at the end of q, after a space */
	for (k = 0; k < len && !role; k++)
		if (q[k] == ' ')
			role = geokg_role_normalize(q + k + 1) ? q + k + 1 : NULL;
	if (!role || !(head = strndup(q, (size_t)(role - 1 - q))))
		return 0;
	plen = strlen(head);
	the = strncasecmp(head, "the ", 4) == 0;
	poss = plen > 2 && strcmp(head + plen - 2, "'s") == 0;
	if (poss)
		head[plen - 2] = '\0';
	if (*head && geokg_actors_suggest(ix, head + (the ? 4 : 0), max, &sug, &ns,
	                                  NULL) == 0) {
		for (i = 0; i < ns; i++) {
			size_t sz = strlen(sug[i]) + strlen(role) + 8;

			if (!(buf[n] = malloc(sz)))
				break;
			snprintf(buf[n], sz, "%s%s%s %s", the ? "the " : "", sug[i],
			         poss ? "'s" : "", role);
			if (resolves(ix, buf[n]))
				n++;
			else
				free(buf[n]);
		}
	}
	free(sug);
	free(head);
	return n;
}

/* Resolve one name; returns CLI_OK, CLI_USAGE (unknown) or CLI_FAIL. */
static int resolve_one(const geokg_graph *g, const geokg_actors *ix,
                       const char *q, const opts *o, int first)
{
	geokg_match *m = NULL;
	const char **sug = NULL;
	char *rsug[5];
	geokg_error err;
	size_t n = 0, ns = 0, nr = 0;
	int rc = CLI_OK;

	if (geokg_actors_resolve(ix, q, o->date, &m, &n, &err))
		return cli_report(&err);
	if (n == 0) {
		free(m);
		if (geokg_actors_surname(ix, q, o->date, &m, &n, &err))
			return cli_report(&err);
	}
	if (n == 0 && geokg_actors_suggest(ix, q, 5, &sug, &ns, &err)) {
		free(m);
		return cli_report(&err);
	}
	if (n == 0 && ns == 0 && (nr = role_suggest(ix, q, rsug, 5))) {
		free(sug);
		sug = (const char **)rsug;
		ns = nr;
	}
	if (o->json) {
		fputs(first ? "[" : ",\n", stdout);
		print_json(g, q, o->date, m, n, sug, ns);
	} else if (n) {
		print_text(g, q, o->date, m, n);
	}
	if (n == 0) {
		unknown(q, sug, ns);
		rc = CLI_USAGE;
	}
	free(m);
	if (sug != (const char **)rsug)
		free(sug);
	while (nr)
		free(rsug[--nr]);
	return rc;
}

static int resolve_all(const geokg_graph *g, char **names, int count,
                       const opts *o)
{
	geokg_actors *ix;
	geokg_error err;
	int i, rc = CLI_OK, r;

	if (geokg_actors_new(&ix, g, &err))
		return cli_report(&err);
	for (i = 0; i < count; i++) {
		r = resolve_one(g, ix, names[i], o, i == 0);
		if (r)
			rc = r;
		if (r == CLI_FAIL)
			break;
	}
	if (o->json)
		puts("]");
	geokg_actors_free(ix);
	return rc;
}

/* ---- listing ---- */

static int list_cmp(const void *a, const void *b)
{
	return strcmp((*(const geokg_node *const *)a)->id,
	              (*(const geokg_node *const *)b)->id);
}

static int list_actors(const geokg_graph *g, const opts *o)
{
	size_t i, n = geokg_graph_node_count(g), k = 0;
	const geokg_node **v;

	if (o->country && geokg_graph_find(g, o->country) < 0)
		return cli_error(CLI_USAGE, "unknown actor '%s'", o->country);
	if (!(v = malloc((n ? n : 1) * sizeof *v)))
		return cli_error(CLI_FAIL, "out of memory");
	for (i = 0; i < n; i++) {
		const geokg_node *nd = geokg_graph_node(g, i);

		if ((o->kind < 0 || (int)nd->kind == o->kind) &&
		    (!o->country || (nd->country && strcmp(nd->country, o->country) == 0)))
			v[k++] = nd;
	}
	qsort(v, k, sizeof *v, list_cmp);
	if (o->json)
		putchar('[');
	for (i = 0; i < k; i++) {
		if (o->json) {
			fputs(i ? ",\n" : "", stdout);
			json_node(v[i]);
			putchar('}');
		} else {
			printf("%s\t%s\t%s\t%s\n", v[i]->id, geokg_kind_name(v[i]->kind),
			       v[i]->name, v[i]->country ? v[i]->country : "-");
		}
	}
	if (o->json)
		puts("]");
	free(v);
	return CLI_OK;
}

/* ---- the command ---- */

static int parse(int argc, char **argv, opts *o)
{
	static const struct option lopts[] = {
		{"date", required_argument, NULL, 'd'},
		{"json", no_argument, NULL, 'j'},
		{"world", required_argument, NULL, 'w'},
		{"list", no_argument, NULL, 'l'},
		{"kind", required_argument, NULL, 'k'},
		{"country", required_argument, NULL, 'c'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0}};
	int c;

	o->kind = -1;
	while ((c = getopt_long(argc, argv, "d:jw:lk:c:h", lopts, NULL)) != -1) {
		switch (c) {
		case 'd':
			if (!geokg_date_valid(optarg))
				return cli_error(CLI_USAGE, "--date: bad date '%s' "
				                 "(expected YYYY-MM-DD)", optarg);
			o->date = optarg;
			break;
		case 'j': o->json = 1; break;
		case 'w': o->world = optarg; break;
		case 'l': o->list = 1; break;
		case 'k':
			if ((o->kind = geokg_kind_parse(optarg)) < 0)
				return cli_error(CLI_USAGE, "--kind: unknown kind '%s' "
				                 "(country, org, person)", optarg);
			break;
		case 'c': o->country = optarg; break;
		case 'h': return cli_usage(usage, 1) == CLI_OK ? -1 : CLI_USAGE;
		default: return cli_usage(usage, 0);
		}
	}
	if (o->list ? optind != argc : optind >= argc)
		return cli_usage(usage, 0);
	if (!o->list && (o->kind >= 0 || o->country))
		return cli_error(CLI_USAGE, "--kind and --country go with --list");
	return CLI_OK;
}

CLI_COMMAND(actors)
{
	geokg_graph *g = NULL;
	geokg_error err;
	opts o = {0};
	int rc;

	if ((rc = parse(argc, argv, &o)))
		return rc < 0 ? CLI_OK : rc;
	if (geokg_world_load(&g, o.world, &err))
		return cli_report(&err);
	if (o.list)
		rc = list_actors(g, &o);
	else
		rc = resolve_all(g, argv + optind, argc - optind, &o);
	geokg_graph_free(g);
	return rc;
}
