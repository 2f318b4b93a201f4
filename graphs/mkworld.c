/*
 * mkworld.c - build the world graph (graphs/world.json) from the tables
 * under graphs/world/.  Run by `make`; not installed.
 *
 *   mkworld -o OUT TABLE...
 *
 * The kind of a table is given by its file name: countries*.tsv,
 * orgs*.tsv, people*.tsv, roles*.tsv (see doc/world.md for the columns).
 * Whatever the order on the command line, countries and organisations are
 * read first, then people, then roles.  Every problem is reported as
 * "file:line: message" and makes the program fail without writing OUT:
 * a wrong header or column count, a bad id or date, an unknown country,
 * person or role word, overlapping terms of a single-holder role, and a
 * name that means two actors without being marked ambiguous on both.
 *
 * Besides the roles in the tables, each holder of a state's or
 * organisation's `leader` role (say "prime minister" for GBR) also gets
 * the role "leader" for the same term, so that "the British leader"
 * resolves by date.
 */
#include "config.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "geokg.h"
#include "util.h"
#include "world.h"

enum { T_COUNTRY, T_ORG, T_PEOPLE, T_ROLES, T_COUNT };

static const char *const prefixes[T_COUNT] = {"countries", "orgs", "people",
                                              "roles"};
static const char *const headers[T_COUNT] = {
	"id\tname\taliases\tdemonyms\tmetonyms\tambiguous\tleader",
	"id\tname\taliases\tdemonyms\tmetonyms\tambiguous\tleader",
	"id\tname\tcountry\taliases\tambiguous",
	"person\trole\tof\tstart\tend\tnote"};
static const int ncols[T_COUNT] = {7, 7, 5, 6};

/* Where a node or a role came from. */
typedef struct where {
	const char *file;
	long line;
} where;

/* One role row, kept for the overlap check. */
typedef struct role_row {
	char *person, *role, *of, *start, *end;
	where at;
} role_row;

/* A leader rule: from `from` (NULL: always) until the next rule of the
 * same state starts, holders of `role` of `of` also lead it. */
typedef struct leader_rule {
	char *of, *role, *from, *to;
	where at;
} leader_rule;

typedef struct world {
	geokg_graph *g;
	where *node_at;          /* by node number */
	size_t cap_node_at;
	role_row *rows;
	size_t n_rows, cap_rows;
	leader_rule *leaders;
	size_t n_leaders, cap_leaders;
} world;

static int errors;

static void fail_at(where at, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
static void fail_at(where at, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s:%ld: ", at.file, at.line);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	errors++;
}

/* ---- fields ---- */

/* Trim spaces in place; "-" means empty. */
static char *field(char *s)
{
	char *e;

	while (*s == ' ')
		s++;
	e = s + strlen(s);
	while (e > s && e[-1] == ' ')
		*--e = '\0';
	return strcmp(s, "-") == 0 ? s + 1 : s;
}

/* Split a '|' list in place into *items (malloc'd), *n entries; 0 or -1
 * after reporting an empty item. */
static int list(char *s, const char ***items, size_t *n, where at,
                const char *col)
{
	size_t cap = 0;
	char *p;

	*items = NULL;
	*n = 0;
	if (!*s)
		return 0;
	for (;;) {
		char *bar = strchr(s, '|');

		if (bar)
			*bar = '\0';
		p = field(s);
		if (!*p) {
			fail_at(at, "empty item in %s list", col);
			return -1;
		}
		if (geokg__grow(items, &cap, *n + 1, sizeof **items))
			return -1;
		(*items)[(*n)++] = p;
		if (!bar)
			return 0;
		s = bar + 1;
	}
}

static int valid_utf8(const char *s)
{
	char *k;
	int rc = geokg__key(s, 1, &k);

	free(k);
	return rc != GEOKG_EINVAL;
}

static int valid_id(const char *id, int type)
{
	const char *p;

	if (!*id)
		return 0;
	for (p = id; *p; p++) {
		int up = *p >= 'A' && *p <= 'Z', dig = *p >= '0' && *p <= '9';

		if (type == T_COUNTRY && !up)
			return 0;
		if (type == T_ORG && !up && !dig)
			return 0;
		if (type == T_PEOPLE && !(*p >= 'a' && *p <= 'z') && !dig && *p != '-')
			return 0;
	}
	return type != T_COUNTRY || strlen(id) == 3;
}

/* ---- rows ---- */

static int remember_node(world *w, size_t idx, where at)
{
	if (geokg__grow(&w->node_at, &w->cap_node_at, idx + 1, sizeof *w->node_at))
		return -1;
	w->node_at[idx] = at;
	return 0;
}

/* Every entry of the ambiguous list must be one of the node's names. */
static void check_ambiguous(const geokg_node *n, where at)
{
	size_t i, j;

	for (i = 0; i < n->n_ambiguous; i++) {
		const char *a = n->ambiguous[i];
		int found = strcmp(a, n->name) == 0 || strcmp(a, n->id) == 0;

		for (j = 0; !found && j < n->n_aliases; j++)
			found = strcmp(a, n->aliases[j]) == 0;
		for (j = 0; !found && j < n->n_demonyms; j++)
			found = strcmp(a, n->demonyms[j]) == 0;
		for (j = 0; !found && j < n->n_metonyms; j++)
			found = strcmp(a, n->metonyms[j]) == 0;
		if (!found)
			fail_at(at, "ambiguous '%s' is not one of the names of '%s'", a,
			        n->id);
	}
}

/* Add a node row (country, org or person); its id must be new. */
static void add_node_row(world *w, geokg_node *n, where at)
{
	geokg_error err;
	size_t idx;

	if (geokg_graph_find(w->g, n->id) >= 0) {
		where prev = w->node_at[geokg_graph_find(w->g, n->id)];

		fail_at(at, "duplicate id '%s' (first at %s:%ld)", n->id, prev.file,
		        prev.line);
		return;
	}
	check_ambiguous(n, at);
	if (geokg_graph_add_node(w->g, n, &idx, &err)) {
		fail_at(at, "%s", err.message);
		return;
	}
	if (remember_node(w, idx, at))
		fail_at(at, "out of memory");
}

/*
 * The leader column: "president", or roles with the dates they start to
 * count, "president|prime minister@2013-11-17".  "leader" in it means
 * only the explicit "leader" roles of the tables count for that period.
 */
static void leader_rules(world *w, const char *of, char *col, where at)
{
	const char **items;
	const char *prev = NULL;
	size_t n, i, first = w->n_leaders;

	if (list(col, &items, &n, at, "leader") < 0)
		return;
	for (i = 0; i < n; i++) {
		char *role = strdup(items[i]), *from = strchr(role, '@');

		if (from)
			*from++ = '\0';
		if (!geokg__role_canonical(role))
			fail_at(at, "unknown leader role '%s'", role);
		else if (from && (!geokg_date_valid(from) || (prev && strcmp(from, prev) <= 0)))
			fail_at(at, "leader: bad or unordered date '%s'", from);
		else if ((i > 0) != (from != NULL))
			fail_at(at, "leader: every role but the first needs '@DATE'");
		else if (!geokg__grow(&w->leaders, &w->cap_leaders, w->n_leaders + 1,
		                      sizeof *w->leaders)) {
			w->leaders[w->n_leaders++] = (leader_rule){strdup(of), strdup(role),
				from ? strdup(from) : NULL, NULL, at};
			prev = w->leaders[w->n_leaders - 1].from;
		}
		free(role);
	}
	for (i = first; i + 1 < w->n_leaders; i++)
		w->leaders[i].to = w->leaders[i + 1].from ? strdup(w->leaders[i + 1].from) : NULL;
	free(items);
}

static void country_row(world *w, char **f, int type, where at)
{
	geokg_node n = {0};

	n.id = f[0];
	n.kind = type == T_COUNTRY ? GEOKG_KIND_COUNTRY : GEOKG_KIND_ORG;
	n.name = f[1];
	if (!valid_id(n.id, type)) {
		fail_at(at, "bad %s id '%s'", type == T_COUNTRY ?
		        "country (ISO 3166-1 alpha-3)" : "organisation (capitals)", n.id);
		return;
	}
	if (!*n.name)
		fail_at(at, "'%s' has no name", n.id);
	else if (list(f[2], (const char ***)&n.aliases, &n.n_aliases, at, "aliases") == 0 &&
	         list(f[3], (const char ***)&n.demonyms, &n.n_demonyms, at, "demonyms") == 0 &&
	         list(f[4], (const char ***)&n.metonyms, &n.n_metonyms, at, "metonyms") == 0 &&
	         list(f[5], (const char ***)&n.ambiguous, &n.n_ambiguous, at, "ambiguous") == 0)
		add_node_row(w, &n, at);
	leader_rules(w, f[0], f[6], at);
	free((void *)n.aliases);
	free((void *)n.demonyms);
	free((void *)n.metonyms);
	free((void *)n.ambiguous);
}

static void person_row(world *w, char **f, where at)
{
	geokg_node n = {0};
	long c;

	n.id = f[0];
	n.kind = GEOKG_KIND_PERSON;
	n.name = f[1];
	n.country = f[2];
	if (!valid_id(n.id, T_PEOPLE)) {
		fail_at(at, "bad person id '%s' (lower-case letters, digits, '-')", n.id);
		return;
	}
	if (!*n.name) {
		fail_at(at, "'%s' has no name", n.id);
		return;
	}
	c = geokg_graph_find(w->g, n.country);
	if (c < 0 || geokg_graph_node(w->g, (size_t)c)->kind == GEOKG_KIND_PERSON) {
		fail_at(at, "unknown country or organisation '%s'", n.country);
		return;
	}
	if (list(f[3], (const char ***)&n.aliases, &n.n_aliases, at, "aliases") == 0 &&
	    list(f[4], (const char ***)&n.ambiguous, &n.n_ambiguous, at, "ambiguous") == 0)
		add_node_row(w, &n, at);
	free((void *)n.aliases);
	free((void *)n.ambiguous);
}

/* Add role r to person node p. */
static int add_role(world *w, size_t p, const geokg_role *r, where at)
{
	const geokg_node *pn = geokg_graph_node(w->g, p);
	geokg_node n = {0};
	geokg_error err;

	n.id = pn->id;
	n.kind = pn->kind;
	n.name = pn->name;
	n.country = pn->country;
	n.n_roles = 1;
	n.roles = r;
	if (geokg_graph_add_node(w->g, &n, NULL, &err)) {
		fail_at(at, "%s", err.message);
		return -1;
	}
	if (geokg__grow(&w->rows, &w->cap_rows, w->n_rows + 1, sizeof *w->rows))
		return -1;
	w->rows[w->n_rows++] = (role_row){strdup(pn->id), strdup(r->role),
	                                  strdup(r->of), r->start ? strdup(r->start) : NULL,
	                                  r->end ? strdup(r->end) : NULL, at};
	return 0;
}

static void role_row_add(world *w, char **f, where at)
{
	geokg_role r = {0};
	long p, of;

	p = geokg_graph_find(w->g, f[0]);
	if (p < 0 || geokg_graph_node(w->g, (size_t)p)->kind != GEOKG_KIND_PERSON) {
		fail_at(at, "unknown person '%s'", f[0]);
		return;
	}
	if (!geokg__role_canonical(f[1])) {
		const char *c = geokg_role_normalize(f[1]);

		if (c)
			fail_at(at, "write the role '%s' as '%s'", f[1], c);
		else
			fail_at(at, "unknown role '%s' (see doc/world.md)", f[1]);
		return;
	}
	of = geokg_graph_find(w->g, f[2]);
	if (of < 0 || geokg_graph_node(w->g, (size_t)of)->kind == GEOKG_KIND_PERSON) {
		fail_at(at, "unknown country or organisation '%s'", f[2]);
		return;
	}
	r.role = f[1];
	r.of = f[2];
	r.start = *f[3] ? f[3] : NULL;
	r.end = *f[4] ? f[4] : NULL;
	r.note = *f[5] ? f[5] : NULL;
	if ((r.start && !geokg_date_valid(r.start)) || (r.end && !geokg_date_valid(r.end))) {
		fail_at(at, "bad date '%s' (expected YYYY-MM-DD)",
		        r.start && !geokg_date_valid(r.start) ? r.start : r.end);
		return;
	}
	if (r.start && r.end && strcmp(r.start, r.end) >= 0) {
		fail_at(at, "end %s is not after start %s", r.end, r.start);
		return;
	}
	add_role(w, (size_t)p, &r, at);
}

/* ---- files ---- */

static int table_type(const char *path)
{
	const char *base = strrchr(path, '/');
	int t;

	base = base ? base + 1 : path;
	for (t = 0; t < T_COUNT; t++)
		if (strncmp(base, prefixes[t], strlen(prefixes[t])) == 0)
			return t;
	return -1;
}

/* Split line at tabs into f (max cols + 1); returns the count. */
static int split_tabs(char *line, char **f, int max)
{
	int n = 0;

	for (;;) {
		char *tab = strchr(line, '\t');

		if (n < max)
			f[n] = line;
		n++;
		if (!tab)
			return n;
		*tab = '\0';
		line = tab + 1;
	}
}

static void row(world *w, int type, char *line, where at)
{
	char *f[8];
	int n = split_tabs(line, f, 8), i;

	if (n != ncols[type]) {
		fail_at(at, "expected %d tab-separated columns, found %d", ncols[type], n);
		return;
	}
	for (i = 0; i < n; i++) {
		if (!valid_utf8(f[i])) {
			fail_at(at, "column %d: invalid UTF-8", i + 1);
			return;
		}
		f[i] = field(f[i]);
	}
	switch (type) {
	case T_COUNTRY:
	case T_ORG: country_row(w, f, type, at); break;
	case T_PEOPLE: person_row(w, f, at); break;
	default: role_row_add(w, f, at); break;
	}
}

/* Read one table; lines are kept (f points into them) until the graph has
 * copied them, so each line is freed after its row is added. */
static void read_table(world *w, const char *path, int type)
{
	FILE *fp = fopen(path, "r");
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	where at = {path, 0};
	int header = 0;

	if (!fp) {
		fprintf(stderr, "%s: cannot open: %s\n", path, strerror(errno));
		errors++;
		return;
	}
	while ((len = getline(&line, &cap, fp)) >= 0) {
		at.line++;
		while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
			line[--len] = '\0';
		if (len == 0 || line[0] == '#')
			continue;
		if (!header) {
			header = 1;
			if (strcmp(line, headers[type]))
				fail_at(at, "expected the header '%s'", headers[type]);
			continue;
		}
		row(w, type, line, at);
	}
	if (!header)
		fail_at(at, "no header line");
	free(line);
	fclose(fp);
}

/* ---- checks over the whole graph ---- */

/* The later of two dates (NULL: the open past), and the earlier of two
 * ends (NULL: the open future). */
static const char *later(const char *a, const char *b)
{
	return !a ? b : !b ? a : strcmp(a, b) >= 0 ? a : b;
}

static const char *earlier(const char *a, const char *b)
{
	return !a ? b : !b ? a : strcmp(a, b) <= 0 ? a : b;
}

/* Give holders of each leader rule's role the role "leader" too, for the
 * part of their term inside the rule's period. */
static void derive_leaders(world *w)
{
	size_t i, j, n = w->n_rows;

	for (i = 0; i < w->n_leaders; i++) {
		const leader_rule *lr = &w->leaders[i];

		if (strcmp(lr->role, "leader") == 0)
			continue;
		for (j = 0; j < n; j++) {
			const role_row *r = &w->rows[j];
			const char *start = later(r->start, lr->from);
			const char *end = earlier(r->end, lr->to);
			geokg_role d;
			char note[128];

			if (strcmp(r->of, lr->of) || strcmp(r->role, lr->role) ||
			    (start && end && strcmp(start, end) >= 0))
				continue;
			snprintf(note, sizeof note, "as %s", r->role);
			d = (geokg_role){"leader", r->of, start, end, note};
			add_role(w, (size_t)geokg_graph_find(w->g, r->person), &d, r->at);
		}
	}
}

static int row_cmp(const void *a, const void *b)
{
	const role_row *x = a, *y = b;
	int c;

	if ((c = strcmp(x->role, y->role)) || (c = strcmp(x->of, y->of)))
		return c;
	return geokg__strcmp0(x->start, y->start);
}

/* Terms of a single-holder role of one state must not overlap. */
static void check_overlaps(world *w)
{
	size_t i;

	if (w->n_rows)   /* qsort(NULL, 0, ...) is undefined */
		qsort(w->rows, w->n_rows, sizeof *w->rows, row_cmp);
	for (i = 1; i < w->n_rows; i++) {
		const role_row *p = &w->rows[i - 1], *r = &w->rows[i];

		if (strcmp(p->role, r->role) || strcmp(p->of, r->of) ||
		    !geokg_role_single(r->role))
			continue;
		if (!p->end || !r->start || strcmp(r->start, p->end) < 0)
			fail_at(r->at, "%s of %s: %s from %s overlaps %s (%s:%ld, until %s)",
			        r->role, r->of, r->person, r->start ? r->start : "?",
			        p->person, p->at.file, p->at.line, p->end ? p->end : "now");
	}
}

/* A name that resolves to several nodes must be marked ambiguous on each. */
static void check_name(world *w, const geokg_actors *ix, size_t node,
                       const char *name)
{
	geokg_match *m = NULL;
	size_t n = 0, i, other = node;
	int unmarked = 0;

	if (geokg_actors_resolve(ix, name, NULL, &m, &n, NULL))
		return;
	for (i = 0; i < n; i++) {
		if (m[i].how > GEOKG_HOW_METONYM)
			continue;
		if (m[i].node != node && other == node)
			other = m[i].node;
		if (!m[i].ambiguous)
			unmarked = 1;
	}
	free(m);
	if (other != node && unmarked && node < other) {
		where a = w->node_at[node], b = w->node_at[other];

		fail_at(a, "'%s' also names '%s' (%s:%ld): mark it ambiguous on both",
		        name, geokg_graph_node(w->g, other)->id, b.file, b.line);
	}
}

static void check_names(world *w)
{
	geokg_actors *ix;
	geokg_error err;
	size_t i, j, n = geokg_graph_node_count(w->g);

	if (geokg_actors_new(&ix, w->g, &err)) {
		fprintf(stderr, "mkworld: %s\n", err.message);
		errors++;
		return;
	}
	for (i = 0; i < n; i++) {
		const geokg_node *nd = geokg_graph_node(w->g, i);

		check_name(w, ix, i, nd->name);
		for (j = 0; j < nd->n_aliases; j++)
			check_name(w, ix, i, nd->aliases[j]);
		for (j = 0; j < nd->n_demonyms; j++)
			check_name(w, ix, i, nd->demonyms[j]);
		for (j = 0; j < nd->n_metonyms; j++)
			check_name(w, ix, i, nd->metonyms[j]);
	}
	geokg_actors_free(ix);
}

static void world_free(world *w)
{
	size_t i;

	for (i = 0; i < w->n_rows; i++) {
		free(w->rows[i].person);
		free(w->rows[i].role);
		free(w->rows[i].of);
		free(w->rows[i].start);
		free(w->rows[i].end);
	}
	for (i = 0; i < w->n_leaders; i++) {
		free(w->leaders[i].of);
		free(w->leaders[i].role);
		free(w->leaders[i].from);
		free(w->leaders[i].to);
	}
	free(w->rows);
	free(w->leaders);
	free(w->node_at);
	geokg_graph_free(w->g);
}

int main(int argc, char **argv)
{
	world w = {0};
	geokg_error err;
	const char *out = NULL;
	int i, t, rc = 1;

	if (argc > 2 && strcmp(argv[1], "-o") == 0)
		out = argv[2];
	if (!out || argc < 4) {
		fputs("usage: mkworld -o OUT TABLE...\n", stderr);
		return 2;
	}
	for (i = 3; i < argc; i++)
		if (table_type(argv[i]) < 0) {
			fprintf(stderr, "%s: not a countries, orgs, people or roles table\n",
			        argv[i]);
			return 2;
		}
	if (geokg_graph_new(&w.g, &err)) {
		fprintf(stderr, "mkworld: %s\n", err.message);
		return 1;
	}
	for (t = 0; t < T_COUNT; t++)
		for (i = 3; i < argc; i++)
			if (table_type(argv[i]) == t)
				read_table(&w, argv[i], t);
	if (!errors)
		derive_leaders(&w);
	if (!errors)
		check_overlaps(&w);
	if (!errors)
		check_names(&w);
	if (errors)
		fprintf(stderr, "mkworld: %d error%s; %s not written\n", errors,
		        errors == 1 ? "" : "s", out);
	else if (geokg_graph_save(w.g, out, 0, &err))
		fprintf(stderr, "mkworld: %s\n", err.message);
	else
		rc = 0;
	world_free(&w);
	return rc;
}
