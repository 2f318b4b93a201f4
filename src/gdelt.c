/*
 * gdelt.c - GDELT 1.0 and 2.0 event tables into a geokg graph.
 *
 * GDELT codes each event with CAMEO: who (Actor1, Actor2: a CAMEO actor
 * code, its country code and known-group code), what (EventCode), when
 * (SQLDATE) and where it was read (SOURCEURL).  The CAMEO codes that
 * correspond to geokg's four edge types are mapped (doc/format.md, "GDELT
 * import", lists them and why); all other rows are counted and ignored.
 * The table is read from memory with the CSV reader (csv.c).
 */
#include "config.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "csv.h"
#include "graph_impl.h"

/* ---- CAMEO codes --------------------------------------------------- */

/* What an event code becomes: an edge type and modality, the object, and
 * whether Actor2 is the edge's source (an appeal for aid). */
typedef struct cameo_rule {
	const char *prefix;  /* the code starts with this */
	geokg_type type;
	geokg_modality modality;
	int reversed;
	int aid_digit;       /* which digit (0-based) says what aid, or -1 */
} cameo_rule;

/* Longest prefixes first: the first rule that matches applies.  A rule
 * with type GEOKG_TYPE_COUNT excludes its codes. */
static const cameo_rule rules[] = {
	{"036", GEOKG_TYPE_MEETS, GEOKG_MOD_EXPECTED, 0, -1},
	{"04", GEOKG_TYPE_MEETS, GEOKG_MOD_ASSERTED, 0, -1},
	{"023", GEOKG_TYPE_SUPPLIES, GEOKG_MOD_REQUESTED, 1, 3},
	{"033", GEOKG_TYPE_SUPPLIES, GEOKG_MOD_EXPECTED, 0, 3},
	{"075", GEOKG_TYPE_COUNT, GEOKG_MOD_ASSERTED, 0, -1}, /* asylum */
	{"07", GEOKG_TYPE_SUPPLIES, GEOKG_MOD_ASSERTED, 0, 2},
	{"162", GEOKG_TYPE_SUPPLIES, GEOKG_MOD_NEGATED, 0, 3},
	{"163", GEOKG_TYPE_SANCTIONS, GEOKG_MOD_ASSERTED, 0, -1},
	{"085", GEOKG_TYPE_SANCTIONS, GEOKG_MOD_NEGATED, 0, -1},
	{"13", GEOKG_TYPE_THREATENS, GEOKG_MOD_ASSERTED, 0, -1},
	{NULL, GEOKG_TYPE_COUNT, GEOKG_MOD_ASSERTED, 0, -1}};

/* The rule for an event code, or NULL when it maps to no edge. */
static const cameo_rule *cameo_rule_for(const char *code)
{
	const cameo_rule *r;

	for (r = rules; r->prefix; r++)
		if (strncmp(code, r->prefix, strlen(r->prefix)) == 0)
			return r->type == GEOKG_TYPE_COUNT ? NULL : r;
	return NULL;
}

/* The kind of aid a code names by its digit `at` (CAMEO numbers them
 * alike under 023, 033, 07 and 162). */
static const char *aid_object(const char *code, int at)
{
	static const char *const kinds[] = {
		"aid", "economic aid", "military aid", "humanitarian aid",
		"military protection"};
	size_t n = strlen(code);
	int d;

	if (at < 0)
		return NULL;
	d = (size_t)at < n ? code[at] - '0' : 0;
	return d >= 0 && d <= 4 ? kinds[d] : "aid";
}

/* ---- actors -------------------------------------------------------- */

/* CAMEO country codes that are not the ISO 3166-1 alpha-3 code of the
 * same state. */
static const char *const country_fixes[][2] = {
	{"ROM", "ROU"}, /* Romania: CAMEO keeps the old code */
	{"ZAR", "COD"}, /* Zaire: DR Congo */
	{"TMP", "TLS"}, /* East Timor: Timor-Leste */
	{"KSV", "XKX"}, /* Kosovo: the user-assigned code in common use */
	{"WSB", "PSE"}, /* West Bank: Palestine */
	{"GZS", "PSE"}, /* Gaza Strip: Palestine */
	{"YUG", "SRB"}, /* Yugoslavia: Serbia, its continuing state */
	{"SCG", "SRB"}, /* Serbia and Montenegro: Serbia */
	{NULL, NULL}};

/* CAMEO region codes, which are not states and make no actor. */
static const char *const regions[] = {
	"AFR", "ASA", "BLK", "CAS", "CAU", "CFR", "CRB", "EAF", "EEU", "EIN",
	"EUR", "LAM", "MDT", "MEA", "NAF", "NMR", "PGS", "SAF", "SAM", "SAS",
	"SCN", "SEA", "WAF", "WST", NULL};

/* CAMEO known-group codes of international organisations, with the ids
 * geokg gives them. */
static const char *const igo_codes[][2] = {
	{"UNO", "UN"}, {"NAT", "NATO"}, {"EEC", "EU"}, {"AFU", "AU"},
	{"ASN", "ASEAN"}, {"OPC", "OPEC"}, {NULL, NULL}};

static int in_list(const char *const *list, const char *s)
{
	for (; *list; list++)
		if (strcmp(*list, s) == 0)
			return 1;
	return 0;
}

/* The geokg id of an event's actor from its country code (preferred) or
 * known-group code, or NULL when it is neither a state nor a known IGO.
 * *kind receives the kind. */
static const char *actor_id(const char *country, const char *group,
                            geokg_kind *kind)
{
	size_t i;

	if (country && strlen(country) == 3 && isupper((unsigned char)country[0]) &&
	    isupper((unsigned char)country[1]) && isupper((unsigned char)country[2])) {
		if (in_list(regions, country))
			return NULL;
		*kind = GEOKG_KIND_COUNTRY;
		for (i = 0; country_fixes[i][0]; i++)
			if (strcmp(country, country_fixes[i][0]) == 0)
				return country_fixes[i][1];
		return country;
	}
	if (country && *country)
		return NULL;
	for (i = 0; group && igo_codes[i][0]; i++)
		if (strcmp(group, igo_codes[i][0]) == 0) {
			*kind = GEOKG_KIND_ORG;
			return igo_codes[i][1];
		}
	return NULL;
}

/* ---- the table ----------------------------------------------------- */

/* Column numbers of the fields used (-1: absent) and the row width. */
typedef struct layout {
	long id, date, a1c, a2c, a1g, a2g, code, root, url;
	size_t ncols;
} layout;

/* The layout of a file without a header, from its column count. */
static int layout_by_count(layout *l, size_t n, const char *name,
                           geokg_error *err)
{
	l->ncols = n;
	l->id = 0;
	l->date = 1;
	l->a1c = 7;
	l->a1g = 8;
	l->a2c = 17;
	l->a2g = 18;
	l->code = 26;
	l->root = 28;
	switch (n) {
	case 57: l->url = -1; return 0;        /* GDELT 1.0, before SOURCEURL */
	case 58: l->url = 57; return 0;        /* GDELT 1.0 */
	case 61: l->url = 60; return 0;        /* GDELT 2.0 */
	default:
		return geokg__fail(err, GEOKG_EINVAL,
		                   "%s:1: %zu columns without a header: not a GDELT 1.0 "
		                   "(57, 58) or 2.0 (61) event table", name, n);
	}
}

/* The layout of a file with a header: columns by name. */
static int layout_by_header(layout *l, const geokg_csv *c, geokg_error *err)
{
	static const char *const need[] = {
		"GLOBALEVENTID", "SQLDATE", "Actor1CountryCode",
		"Actor2CountryCode", "EventCode"};
	long *at[] = {&l->id, &l->date, &l->a1c, &l->a2c, &l->code};
	size_t i;

	l->ncols = c->n;
	for (i = 0; i < sizeof need / sizeof *need; i++)
		if ((*at[i] = geokg__csv_find(c, need[i])) < 0)
			return geokg__fail(err, GEOKG_EINVAL,
			                   "%s:%zu: no column '%s' in the header",
			                   c->name, c->line, need[i]);
	l->a1g = geokg__csv_find(c, "Actor1KnownGroupCode");
	l->a2g = geokg__csv_find(c, "Actor2KnownGroupCode");
	l->root = geokg__csv_find(c, "EventRootCode");
	l->url = geokg__csv_find(c, "SOURCEURL");
	return 0;
}

typedef struct importer {
	geokg_graph *g;
	const geokg_graph *world;
	geokg_warn_fn warn;
	void *ctx;
	geokg_gdelt_stats st;
	geokg_csv csv;
	layout l;
} importer;

static void warn_row(importer *im, const char *fmt, ...) GEOKG_PRINTF(2, 3);
static void warn_row(importer *im, const char *fmt, ...)
{
	char msg[GEOKG_ERROR_MAX], line[GEOKG_ERROR_MAX + 64];
	va_list ap;

	im->st.bad++;
	if (!im->warn)
		return;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	snprintf(line, sizeof line, "%s:%zu: %s", im->csv.name, im->csv.line, msg);
	im->warn(im->ctx, line);
}

static const char *field(const importer *im, long col)
{
	return col >= 0 ? im->csv.fields[col] : "";
}

/* The node for an actor id in g: added from the world graph's record (id,
 * kind, name), or named by its id without a world.  Returns 1 and *out,
 * 0 when the world does not know the id, or a negative code. */
static int actor_node(importer *im, const char *id, geokg_kind kind,
                      size_t *out, geokg_error *err)
{
	long v = geokg_graph_find(im->g, id);
	geokg_node n;

	if (v >= 0) {
		*out = (size_t)v;
		return 1;
	}
	memset(&n, 0, sizeof n);
	n.id = id;
	n.kind = kind;
	n.name = id;
	if (im->world) {
		const geokg_node *w;

		if ((v = geokg_graph_find(im->world, id)) < 0)
			return 0;
		w = geokg_graph_node(im->world, (size_t)v);
		n.kind = w->kind;
		n.name = w->name;
		n.country = w->country;
	}
	if (geokg_graph_add_node(im->g, &n, out, err))
		return err ? err->code : GEOKG_EINVAL;
	return 1;
}

/* Add the edge observation of a mapped event between nodes s and t. */
static int add_event(importer *im, const cameo_rule *r, const char *code,
                     size_t s, size_t t, const geokg_evidence *ev,
                     geokg_error *err)
{
	int rc;

	/* an appeal for aid runs from the one appealed to; a meeting, which
	 * is symmetric, from the smaller id, as extraction writes it */
	if (r->reversed ||
	    (r->type == GEOKG_TYPE_MEETS &&
	     strcmp(geokg_graph_node(im->g, s)->id, geokg_graph_node(im->g, t)->id) > 0)) {
		size_t x = s;

		s = t;
		t = x;
	}
	rc = geokg_graph_add_edge(im->g, s, t, r->type, r->modality,
	                          aid_object(code, r->aid_digit), NULL, ev,
	                          NULL, err);
	if (!rc)
		im->st.events++;
	return rc;
}

/* Turn the current row into an edge observation, or count why not. */
static int import_row(importer *im, geokg_error *err)
{
	const char *code = field(im, im->l.code), *id = field(im, im->l.id);
	const char *a, *b, *sqldate = field(im, im->l.date);
	const cameo_rule *r;
	geokg_kind ka = GEOKG_KIND_COUNTRY, kb = GEOKG_KIND_COUNTRY;
	geokg_evidence ev;
	char date[11], doc[64], text[96];
	size_t s, t;
	int rc;

	im->st.rows++;
	if (im->csv.n != im->l.ncols) {
		warn_row(im, "%zu columns, expected %zu; row skipped", im->csv.n,
		         im->l.ncols);
		return 0;
	}
	if (!*code)
		code = field(im, im->l.root);
	r = cameo_rule_for(code);
	a = actor_id(field(im, im->l.a1c), field(im, im->l.a1g), &ka);
	b = actor_id(field(im, im->l.a2c), field(im, im->l.a2g), &kb);
	if (!r || !a || !b || strcmp(a, b) == 0) {
		im->st.ignored++;
		return 0;
	}
	if (!*id || strlen(id) > 40 || strspn(id, "0123456789") != strlen(id)) {
		warn_row(im, "bad GLOBALEVENTID '%.40s'; row skipped", id);
		return 0;
	}
	if (strlen(sqldate) != 8 || geokg__date_parse(sqldate, date)) {
		warn_row(im, "bad SQLDATE '%.40s'; row skipped", sqldate);
		return 0;
	}
	if (!geokg__utf8_valid(field(im, im->l.url)) ||
	    strcspn(field(im, im->l.url), "\t\r\n") != strlen(field(im, im->l.url))) {
		warn_row(im, "SOURCEURL is not valid UTF-8 or holds a line break; row skipped");
		return 0;
	}
	if (strspn(code, "0123456789") != strlen(code)) {
		warn_row(im, "EventCode is not all digits; row skipped");
		return 0;
	}
	if ((rc = actor_node(im, a, ka, &s, err)) <= 0 ||
	    (rc = actor_node(im, b, kb, &t, err)) <= 0) {
		if (rc == 0)
			im->st.unknown++;
		return rc;
	}
	snprintf(doc, sizeof doc, "gdelt:%s", id);
	snprintf(text, sizeof text, "gdelt:%s CAMEO %.16s", id, code);
	memset(&ev, 0, sizeof ev);
	ev.doc = *field(im, im->l.url) ? field(im, im->l.url) : doc;
	ev.date = date;
	ev.text = text;
	return add_event(im, r, code, s, t, &ev, err);
}

/* The first record decides the delimiter (a tab in it: tabs) and the
 * layout (a header naming GLOBALEVENTID, or the column count). */
static int start(importer *im, const char *buf, size_t len, const char *name,
                 geokg_error *err)
{
	const char *eol = memchr(buf, '\n', len);
	size_t first = eol ? (size_t)(eol - buf) : len;
	char delim = memchr(buf, '\t', first) ? '\t' : ',';
	int rc;

	/* GDELT's own files are tab-separated and unquoted; CSV exports
	 * quote fields that hold commas. */
	geokg__csv_init(&im->csv, buf, len, name, delim, delim == ',');
	if ((rc = geokg__csv_next(&im->csv, err)) <= 0)
		return rc; /* an error, or an empty table */
	if (geokg__csv_find(&im->csv, "GLOBALEVENTID") >= 0)
		return layout_by_header(&im->l, &im->csv, err) ? GEOKG_EINVAL : 0;
	if ((rc = layout_by_count(&im->l, im->csv.n, name, err)))
		return rc;
	return import_row(im, err);
}

int geokg_gdelt_import_buffer(geokg_graph *g, const char *buf, size_t len,
                              const char *name, const geokg_graph *world,
                              geokg_warn_fn warn, void *ctx,
                              geokg_gdelt_stats *st, geokg_error *err)
{
	importer im;
	int rc;

	memset(&im, 0, sizeof im);
	im.g = g;
	im.world = world;
	im.warn = warn;
	im.ctx = ctx;
	name = name ? name : "<gdelt>";
	if (memchr(buf, '\0', len)) {
		rc = geokg__fail(err, GEOKG_EINVAL, "%s: not text (contains NUL bytes)",
		                 name);
		goto done;
	}
	if ((rc = start(&im, buf, len, name, err)))
		goto done;
	while ((rc = geokg__csv_next(&im.csv, err)) == 1)
		if ((rc = import_row(&im, err)))
			break;
done:
	geokg__csv_free(&im.csv);
	if (st)
		*st = im.st;
	return rc < 0 ? rc : 0;
}

/* Map a file into memory, or read standard input ("-"), and import it. */
int geokg_gdelt_import(geokg_graph *g, const char *path,
                       const geokg_graph *world, geokg_warn_fn warn,
                       void *ctx, geokg_gdelt_stats *st, geokg_error *err)
{
	geokg_buf b = {0};
	struct stat sb;
	void *map = MAP_FAILED;
	int fd = -1, rc;

	if (st)
		memset(st, 0, sizeof *st);
	if (strcmp(path, "-") == 0) {
		char chunk[65536];
		size_t n;

		while ((n = fread(chunk, 1, sizeof chunk, stdin)) > 0)
			if (geokg__buf_put(&b, chunk, n))
				return geokg__nomem(err);
		rc = ferror(stdin) ? geokg__fail(err, GEOKG_EIO, "<stdin>: read error")
		                   : geokg_gdelt_import_buffer(g, b.data ? b.data : "", b.len,
		                                               "<stdin>", world, warn, ctx, st, err);
		geokg__buf_free(&b);
		return rc;
	}
	if ((fd = open(path, O_RDONLY)) < 0)
		return geokg__fail(err, errno == ENOENT ? GEOKG_ENOTFOUND : GEOKG_EIO,
		                   "%s: %s", path, strerror(errno));
	if (fstat(fd, &sb) != 0 || S_ISDIR(sb.st_mode)) {
		rc = geokg__fail(err, GEOKG_EIO, "%s: %s", path,
		                 S_ISDIR(sb.st_mode) ? "is a directory" : strerror(errno));
		goto done;
	}
	if (sb.st_size > 0 &&
	    (map = mmap(NULL, (size_t)sb.st_size, PROT_READ, MAP_PRIVATE, fd, 0)) == MAP_FAILED) {
		rc = geokg__fail(err, GEOKG_EIO, "%s: %s", path, strerror(errno));
		goto done;
	}
	rc = geokg_gdelt_import_buffer(g, map == MAP_FAILED ? "" : map,
	                               (size_t)sb.st_size, path, world, warn, ctx,
	                               st, err);
done:
	if (map != MAP_FAILED)
		munmap(map, (size_t)sb.st_size);
	close(fd);
	return rc;
}

int geokg_evidence_is_gdelt(const geokg_evidence *ev)
{
	return (ev->doc && strncmp(ev->doc, "gdelt:", 6) == 0) ||
	       (ev->text && strncmp(ev->text, "gdelt:", 6) == 0);
}
