/*
 * cmd_eval.c - `geokg eval [-v] GOLD...`: run the extractor on documents
 * annotated in the gold format of doc/extraction.md (the format of the
 * evaluation set: text, text_file or a corpus CSV row / JSON record, with
 * actors and edges) and print precision, recall and F1 per edge type at
 * the entity and the country level.  The scoring follows the reference
 * scorer: edges are (type, source, target) sets per document, "meets" is
 * symmetric, at the country level people become the state they act for
 * and self-loops are dropped.
 */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <jansson.h>
#include <utf8proc.h>

#include "cli.h"

static const char usage[] =
	"usage: geokg eval [-v] [--level country|entity] [--min-f1 X]\n"
	"                  [--world FILE] GOLD...\n"
	"\n"
	"Score the extractor against annotated documents.  Each GOLD is a JSON\n"
	"file {\"doc\", \"date\", \"text\" | \"text_file\" | \"corpus\", \"actors\",\n"
	"\"edges\"} or a folder of them (see doc/extraction.md).  Prints\n"
	"precision, recall and F1 per type at the entity level (actors as\n"
	"named) and the country level (people replaced by their state).\n"
	"\n"
	"  -v, --verbose     list every missed and spurious edge with its sentence\n"
	"  --level L         the level --min-f1 and -v use (default country)\n"
	"  --min-f1 X        exit 1 when the overall F1 at that level is below X\n"
	"  --world FILE      the world graph (as for geokg extract)\n";

int cli_extractor_open(geokg_extractor **out, const char *world_opt);

enum { NTYPES = GEOKG_TYPE_COUNT };

/* An edge between actor keys ("RUS", "person:vladimirputin"). */
typedef struct eedge {
	int type;
	char *s, *t;
	int asserted;
	char *why; /* the sentence or the gold's reason, for -v */
} eedge;

typedef struct eset {
	eedge *e;
	size_t n, cap;
} eset;

/* A key and a value ("person:x" -> "RUS"). */
typedef struct kv {
	char *k, *v;
} kv;

typedef struct kvs {
	kv *a;
	size_t n, cap;
} kvs;

typedef struct score {
	long c[2][NTYPES][3]; /* level, type, tp/fp/fn */
	long mod_same, mod_all, docs, errors;
} score;

/* ---- small helpers ---------------------------------------------------- */

static char *xstrdup(const char *s)
{
	char *d = strdup(s ? s : "");
	if (!d) {
		fputs("geokg: out of memory\n", stderr);
		exit(1);
	}
	return d;
}

static void *xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n);
	if (!q) {
		fputs("geokg: out of memory\n", stderr);
		exit(1);
	}
	return q;
}

/* Lower case, accents removed, only [a-z0-9] kept ("Nicolás" -> "nicolas"). */
static char *norm_name(const char *s)
{
	utf8proc_uint8_t *m = NULL;
	size_t j = 0;
	char *o;
	if (utf8proc_map((const utf8proc_uint8_t *)s, 0, &m,
	                 UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_DECOMPOSE |
	                 UTF8PROC_COMPAT | UTF8PROC_CASEFOLD |
	                 UTF8PROC_STRIPMARK) < 0)
		m = (utf8proc_uint8_t *)xstrdup(s);
	o = xrealloc(NULL, strlen((char *)m) + 8);
	strcpy(o, "person:");
	j = 7;
	for (const utf8proc_uint8_t *p = m; *p; p++)
		if ((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9'))
			o[j++] = (char)*p;
		else if (*p >= 'A' && *p <= 'Z')
			o[j++] = (char)(*p + 32);
	o[j] = 0;
	free(m);
	return o;
}

/* An ISO code or an acronym: [A-Z][A-Z0-9]{1,5}. */
static int is_code(const char *s)
{
	size_t n = strlen(s);
	if (n < 2 || n > 6 || !(s[0] >= 'A' && s[0] <= 'Z'))
		return 0;
	for (size_t i = 1; i < n; i++)
		if (!((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9')))
			return 0;
	return 1;
}

static char *actor_key(const char *ref)
{
	return is_code(ref) ? xstrdup(ref) : norm_name(ref);
}

static const char *kv_get(const kvs *m, const char *k)
{
	for (size_t i = 0; i < m->n; i++)
		if (strcmp(m->a[i].k, k) == 0)
			return m->a[i].v;
	return NULL;
}

static void kv_set(kvs *m, const char *k, const char *v, int replace)
{
	for (size_t i = 0; i < m->n; i++)
		if (strcmp(m->a[i].k, k) == 0) {
			if (replace) {
				free(m->a[i].v);
				m->a[i].v = v ? xstrdup(v) : NULL;
			}
			return;
		}
	if (m->n == m->cap) {
		m->cap = m->cap ? m->cap * 2 : 16;
		m->a = xrealloc(m->a, m->cap * sizeof *m->a);
	}
	m->a[m->n].k = xstrdup(k);
	m->a[m->n].v = v ? xstrdup(v) : NULL;
	m->n++;
}

static void kv_free(kvs *m)
{
	for (size_t i = 0; i < m->n; i++) {
		free(m->a[i].k);
		free(m->a[i].v);
	}
	free(m->a);
	memset(m, 0, sizeof *m);
}

/* Add (type, s, t) unless present; "meets" is kept in sorted order. */
static void eset_add(eset *e, int type, const char *s, const char *t,
                     int asserted, const char *why)
{
	if (type == GEOKG_TYPE_MEETS && strcmp(t, s) < 0) {
		const char *x = s;
		s = t;
		t = x;
	}
	for (size_t i = 0; i < e->n; i++)
		if (e->e[i].type == type && !strcmp(e->e[i].s, s) &&
		    !strcmp(e->e[i].t, t)) {
			/* keep the most asserted mention */
			e->e[i].asserted |= asserted;
			return;
		}
	if (e->n == e->cap) {
		e->cap = e->cap ? e->cap * 2 : 16;
		e->e = xrealloc(e->e, e->cap * sizeof *e->e);
	}
	e->e[e->n].type = type;
	e->e[e->n].s = xstrdup(s);
	e->e[e->n].t = xstrdup(t);
	e->e[e->n].asserted = asserted;
	e->e[e->n].why = xstrdup(why);
	e->n++;
}

static const eedge *eset_find(const eset *e, const eedge *x)
{
	for (size_t i = 0; i < e->n; i++)
		if (e->e[i].type == x->type && !strcmp(e->e[i].s, x->s) &&
		    !strcmp(e->e[i].t, x->t))
			return &e->e[i];
	return NULL;
}

static void eset_free(eset *e)
{
	for (size_t i = 0; i < e->n; i++) {
		free(e->e[i].s);
		free(e->e[i].t);
		free(e->e[i].why);
	}
	free(e->e);
	memset(e, 0, sizeof *e);
}

/* ---- the document's text ---------------------------------------------- */

static char *read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *b = NULL;
	size_t n = 0, cap = 0;
	if (!f)
		return NULL;
	for (;;) {
		size_t r;
		if (n + 65536 + 1 > cap) {
			cap = (cap ? cap * 2 : 65536) + 65537;
			b = xrealloc(b, cap);
		}
		r = fread(b + n, 1, cap - n - 1, f);
		n += r;
		if (r == 0)
			break;
	}
	fclose(f);
	b[n] = 0;
	*len = n;
	return b;
}

/* The directory part of a path ("." for none), malloc'd. */
static char *dir_of(const char *p)
{
	const char *sl = strrchr(p, '/');
	char *d;
	if (!sl)
		return xstrdup(".");
	d = xstrdup(p);
	d[sl - p] = 0;
	if (!*d)
		strcpy(d, "/");
	return d;
}

/* A corpus file named relative to the evaluation folder: look in the
 * gold file's folder and up to three folders above it. */
static char *find_corpus(const char *gold, const char *file)
{
	char *dir = dir_of(gold), path[4096];
	struct stat st;
	if (file[0] == '/') {
		free(dir);
		return xstrdup(file);
	}
	for (int up = 0; up <= 3; up++) {
		size_t n = (size_t)snprintf(path, sizeof path, "%s", dir);
		for (int k = 0; k < up && n < sizeof path; k++)
			n += (size_t)snprintf(path + n, sizeof path - n, "/..");
		if (n < sizeof path)
			snprintf(path + n, sizeof path - n, "/%s", file);
		if (stat(path, &st) == 0 && S_ISREG(st.st_mode)) {
			free(dir);
			return xstrdup(path);
		}
	}
	free(dir);
	return NULL;
}

/* Record `row` (0-based, header included) of a CSV text: its fields in
 * *f (malloc'd strings), *nf of them.  RFC 4180 quoting. */
static int csv_row(const char *b, size_t len, long row, char ***f, size_t *nf)
{
	size_t i = 0;
	long r = 0;
	char **out = NULL;
	size_t n = 0;
	while (i <= len && r <= row) {
		/* one field */
		char *fld = xrealloc(NULL, 64);
		size_t fl = 0, fc = 64;
		int quoted = i < len && b[i] == '"', end_rec = 0;
		if (quoted)
			i++;
		for (; i < len; i++) {
			char c = b[i];
			if (quoted) {
				if (c == '"') {
					if (i + 1 < len && b[i + 1] == '"') {
						i++;
					} else {
						quoted = 0;
						continue;
					}
				}
			} else if (c == ',') {
				i++;
				break;
			} else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < len && b[i + 1] == '\n')
					i++;
				i++;
				end_rec = 1;
				break;
			}
			if (fl + 2 > fc) {
				fc *= 2;
				fld = xrealloc(fld, fc);
			}
			fld[fl++] = c;
		}
		fld[fl] = 0;
		if (i >= len)
			end_rec = 1;
		if (r == row) {
			out = xrealloc(out, (n + 1) * sizeof *out);
			out[n++] = fld;
		} else {
			free(fld);
		}
		if (end_rec) {
			r++;
			if (i >= len)
				break;
		}
	}
	*f = out;
	*nf = n;
	return r > row || (r == row && n > 0) ? 0 : -1;
}

/* The text of a gold document, malloc'd; NULL after printing an error. */
static char *gold_text(const char *path, json_t *g)
{
	json_t *t = json_object_get(g, "text"), *tf = json_object_get(g, "text_file"),
	       *c = json_object_get(g, "corpus");
	if (json_is_string(t))
		return xstrdup(json_string_value(t));
	if (json_is_string(tf)) {
		char *dir = dir_of(path), p[4096], *b;
		size_t len;
		snprintf(p, sizeof p, "%s/%s", dir, json_string_value(tf));
		free(dir);
		if (!(b = read_file(p, &len)))
			cli_error(CLI_USAGE, "%s: cannot read text_file '%s': %s", path, p,
			          strerror(errno));
		return b;
	}
	if (json_is_object(c) && json_is_string(json_object_get(c, "file"))) {
		const char *file = json_string_value(json_object_get(c, "file"));
		char *cp = find_corpus(path, file), *b, *out = NULL;
		size_t len;
		if (!cp || !(b = read_file(cp, &len))) {
			cli_error(CLI_USAGE, "%s: corpus file '%s' not found", path, file);
			free(cp);
			return NULL;
		}
		free(cp);
		if (json_object_get(c, "id")) { /* a JSON array of records */
			json_error_t je;
			json_t *arr = json_loadb(b, len, 0, &je), *rec;
			json_t *want = json_object_get(c, "id");
			size_t i;
			json_array_foreach(arr, i, rec) {
				if (json_equal(json_object_get(rec, "id"), want) &&
				    json_is_string(json_object_get(rec, "text"))) {
					out = xstrdup(json_string_value(json_object_get(rec, "text")));
					break;
				}
			}
			json_decref(arr);
		} else {
			char **f = NULL;
			size_t nf = 0, need = 0, k;
			json_t *cols = json_object_get(c, "columns"), *col;
			long row = (long)json_integer_value(json_object_get(c, "row"));
			if (csv_row(b, len, row, &f, &nf) == 0) {
				json_array_foreach(cols, k, col) {
					size_t ci = (size_t)json_integer_value(col);
					if (ci < nf)
						need += strlen(f[ci]) + 2;
				}
				out = xrealloc(NULL, need + 1);
				out[0] = 0;
				json_array_foreach(cols, k, col) {
					size_t ci = (size_t)json_integer_value(col);
					if (k > 0)
						strcat(out, "\n\n");
					if (ci < nf)
						strcat(out, f[ci]);
				}
			}
			for (k = 0; k < nf; k++)
				free(f[k]);
			free(f);
		}
		free(b);
		if (!out)
			cli_error(CLI_USAGE, "%s: record not found in '%s'", path, file);
		return out;
	}
	cli_error(CLI_USAGE, "%s: no text, text_file or corpus", path);
	return NULL;
}

/* ---- scoring ---------------------------------------------------------- */

/* The system's view of a graph: key of each node, country of each key,
 * canonical key of each person name. */
typedef struct sysview {
	kvs key, country, alias;
} sysview;

static void sys_build(sysview *v, const geokg_graph *g)
{
	for (size_t i = 0; i < geokg_graph_node_count(g); i++) {
		const geokg_node *n = geokg_graph_node(g, i);
		if (n->kind == GEOKG_KIND_PERSON) {
			char *k = norm_name(n->name ? n->name : n->id);
			kv_set(&v->key, n->id, k, 1);
			kv_set(&v->country, k, n->country, 1);
			kv_set(&v->alias, k, k, 0);
			for (size_t a = 0; a < n->n_aliases; a++) {
				char *ak = norm_name(n->aliases[a]);
				kv_set(&v->alias, ak, k, 0);
				free(ak);
			}
			free(k);
		} else {
			kv_set(&v->key, n->id, n->id, 1);
			kv_set(&v->country, n->id, n->id, 1);
		}
	}
}

static const char *canon(const sysview *v, const char *k)
{
	const char *c = kv_get(&v->alias, k);
	return c ? c : k;
}

static void sys_free(sysview *v)
{
	kv_free(&v->key);
	kv_free(&v->country);
	kv_free(&v->alias);
}

/* Add an edge at both levels. */
static void add_levels(eset *ent, eset *cty, int type, const char *s,
                       const char *t, const char *cs, const char *ct,
                       int asserted, const char *why)
{
	if (strcmp(s, t) != 0)
		eset_add(ent, type, s, t, asserted, why);
	if (cs && ct && strcmp(cs, ct) != 0)
		eset_add(cty, type, cs, ct, asserted, why);
}

static void compare(score *sc, int lvl, const eset *S, const eset *G,
                    int verbose, const char *doc)
{
	for (size_t i = 0; i < S->n; i++) {
		const eedge *g = eset_find(G, &S->e[i]);
		sc->c[lvl][S->e[i].type][g ? 0 : 1]++;
		if (g && lvl == 0) {
			sc->mod_all++;
			sc->mod_same += S->e[i].asserted == g->asserted;
		}
		if (!g && verbose)
			printf("%s: spurious %s(%s -> %s): %s\n", doc,
			       geokg_type_name(S->e[i].type), S->e[i].s, S->e[i].t,
			       S->e[i].why);
	}
	for (size_t i = 0; i < G->n; i++)
		if (!eset_find(S, &G->e[i])) {
			sc->c[lvl][G->e[i].type][2]++;
			if (verbose)
				printf("%s: missed %s(%s -> %s): %s\n", doc,
				       geokg_type_name(G->e[i].type), G->e[i].s, G->e[i].t,
				       G->e[i].why);
		}
}

/* The gold actor a reference means: one of a list of alternatives, the
 * one the system names if any. */
static char *gold_actor(const sysview *v, json_t *ref, const kvs *named)
{
	char *first = NULL;
	if (json_is_string(ref)) {
		char *k = actor_key(json_string_value(ref)), *out;
		out = xstrdup(canon(v, k));
		free(k);
		return out;
	}
	if (json_is_array(ref)) {
		size_t i;
		json_t *r;
		json_array_foreach(ref, i, r) {
			char *k;
			if (!json_is_string(r))
				continue;
			k = actor_key(json_string_value(r));
			const char *c = canon(v, k);
			if (kv_get(named, c)) {
				char *out = xstrdup(c);
				free(k);
				free(first);
				return out;
			}
			if (!first)
				first = xstrdup(c);
			free(k);
		}
	}
	return first ? first : xstrdup("?");
}

/* Score one gold file; returns a CLI status (bad gold = usage error). */
static int eval_one(const geokg_extractor *x, const char *path, score *sc,
                    int verbose, int level)
{
	json_error_t je;
	json_t *g = json_load_file(path, JSON_REJECT_DUPLICATES, &je), *edges, *e,
	       *actors, *v;
	const char *doc, *date, *ak;
	char *text = NULL;
	geokg_graph *out = NULL;
	geokg_document d;
	geokg_error err;
	sysview sv;
	kvs gcountry, named;
	eset se = {0}, sc_ = {0}, ge = {0}, gc = {0};
	size_t i;
	int rc = CLI_OK;

	memset(&sv, 0, sizeof sv);
	memset(&gcountry, 0, sizeof gcountry);
	memset(&named, 0, sizeof named);
	if (!g)
		return cli_error(CLI_USAGE, "%s:%d:%d: %s", path, je.line, je.column,
		                 je.text);
	doc = json_string_value(json_object_get(g, "doc"));
	date = json_string_value(json_object_get(g, "date"));
	edges = json_object_get(g, "edges");
	if (!doc || !json_is_array(edges)) {
		rc = cli_error(CLI_USAGE, "%s: gold needs \"doc\" and \"edges\"", path);
		goto done;
	}
	if (!(text = gold_text(path, g))) {
		rc = CLI_USAGE;
		goto done;
	}
	sc->docs++;
	memset(&d, 0, sizeof d);
	d.id = doc;
	d.date = date;
	d.text = text;
	d.len = strlen(text);
	if (geokg_extract(&out, x, &d, NULL, &err)) {
		fprintf(stderr, "%s: ERROR %s\n", doc, err.message);
		sc->errors++;
		if (geokg_graph_new(&out, &err)) {
			rc = cli_report(&err);
			goto done;
		}
	}
	sys_build(&sv, out);
	/* the system's edges */
	for (i = 0; i < geokg_graph_edge_count(out); i++) {
		const geokg_edge *ed = geokg_graph_edge(out, i);
		const char *s = kv_get(&sv.key, geokg_graph_node(out, ed->source)->id);
		const char *t = kv_get(&sv.key, geokg_graph_node(out, ed->target)->id);
		const char *why = ed->n_evidence && ed->evidence[0].text
		                      ? ed->evidence[0].text : "";
		if (!s || !t)
			continue;
		kv_set(&named, s, "1", 0);
		kv_set(&named, t, "1", 0);
		add_levels(&se, &sc_, (int)ed->type, s, t, kv_get(&sv.country, s),
		           kv_get(&sv.country, t), ed->modality == GEOKG_MOD_ASSERTED,
		           why);
	}
	/* the gold's */
	actors = json_object_get(g, "actors");
	json_object_foreach(actors, ak, v) {
		char *k = actor_key(ak);
		kv_set(&gcountry, canon(&sv, k), json_string_value(v), 1);
		free(k);
	}
	json_array_foreach(edges, i, e) {
		int type = geokg_type_parse(json_string_value(json_object_get(e, "type")));
		const char *m = json_string_value(json_object_get(e, "modality"));
		const char *why = json_string_value(json_object_get(e, "why"));
		char *s, *t;
		const char *cs, *ct;
		if (type < 0)
			continue;
		s = gold_actor(&sv, json_object_get(e, "source"), &named);
		t = gold_actor(&sv, json_object_get(e, "target"), &named);
		cs = kv_get(&gcountry, s);
		ct = kv_get(&gcountry, t);
		if (!cs && is_code(s))
			cs = s;
		if (!ct && is_code(t))
			ct = t;
		add_levels(&ge, &gc, type, s, t, cs, ct, !m || !strcmp(m, "asserted"),
		           why ? why : "");
		free(s);
		free(t);
	}
	compare(sc, 0, &sc_, &gc, verbose && level == 0, doc);
	compare(sc, 1, &se, &ge, verbose && level == 1, doc);
done:
	eset_free(&se);
	eset_free(&sc_);
	eset_free(&ge);
	eset_free(&gc);
	kv_free(&gcountry);
	kv_free(&named);
	sys_free(&sv);
	geokg_graph_free(out);
	free(text);
	json_decref(g);
	return rc;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Score a file or every *.json in a folder (sorted). */
static int eval_path(const geokg_extractor *x, const char *p, score *sc,
                     int verbose, int level)
{
	struct stat st;
	DIR *dir;
	struct dirent *de;
	char **names = NULL;
	size_t n = 0;
	int rc = CLI_OK;
	if (stat(p, &st) != 0)
		return cli_error(CLI_USAGE, "cannot open '%s': %s", p, strerror(errno));
	if (!S_ISDIR(st.st_mode))
		return eval_one(x, p, sc, verbose, level);
	if (!(dir = opendir(p)))
		return cli_error(CLI_USAGE, "cannot open '%s': %s", p, strerror(errno));
	while ((de = readdir(dir))) {
		size_t l = strlen(de->d_name);
		if (l > 5 && strcmp(de->d_name + l - 5, ".json") == 0) {
			names = xrealloc(names, (n + 1) * sizeof *names);
			names[n] = xrealloc(NULL, strlen(p) + l + 2);
			sprintf(names[n], "%s/%s", p, de->d_name);
			n++;
		}
	}
	closedir(dir);
	qsort(names, n, sizeof *names, cmp_str);
	for (size_t i = 0; i < n; i++) {
		if (rc == CLI_OK)
			rc = eval_one(x, names[i], sc, verbose, level);
		free(names[i]);
	}
	free(names);
	return rc;
}

static void prf(const long *c, double *p, double *r, double *f)
{
	*p = c[0] + c[1] ? (double)c[0] / (double)(c[0] + c[1]) : 1.0;
	*r = c[0] + c[2] ? (double)c[0] / (double)(c[0] + c[2]) : 1.0;
	*f = *p + *r > 0 ? 2 * *p * *r / (*p + *r) : 0.0;
}

/* Print the table; returns the overall F1 at each level in f1[]. */
static void report(const score *sc, double f1[2])
{
	static const char *const lv[2] = {"country", "entity"};
	printf("documents: %ld, extractor errors: %ld\n", sc->docs, sc->errors);
	for (int l = 0; l < 2; l++) {
		long tot[3] = {0, 0, 0};
		double p, r, f;
		printf("\n%s level        P      R      F1   (tp/fp/fn)\n", lv[l]);
		for (int t = 0; t < NTYPES; t++) {
			const long *c = sc->c[l][t];
			for (int k = 0; k < 3; k++)
				tot[k] += c[k];
			prf(c, &p, &r, &f);
			printf("  %-12s %6.3f %6.3f %6.3f   (%ld/%ld/%ld)\n",
			       geokg_type_name((geokg_type)t), p, r, f, c[0], c[1], c[2]);
		}
		prf(tot, &p, &r, &f);
		printf("  %-12s %6.3f %6.3f %6.3f   (%ld/%ld/%ld)\n", "all", p, r, f,
		       tot[0], tot[1], tot[2]);
		f1[l] = f;
	}
	if (sc->mod_all)
		printf("\nmodality (asserted or not) agrees on %ld/%ld matched country "
		       "edges\n", sc->mod_same, sc->mod_all);
}

CLI_COMMAND(eval)
{
	static const struct option opts[] = {
		{"verbose", no_argument, NULL, 'v'},
		{"level", required_argument, NULL, 'L'},
		{"min-f1", required_argument, NULL, 'm'},
		{"world", required_argument, NULL, 'w'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0}};
	const char *world = NULL;
	int verbose = 0, level = 0, c, rc = CLI_OK;
	double min_f1 = -1, f1[2];
	geokg_extractor *x = NULL;
	score sc;

	optind = 0;
	while ((c = getopt_long(argc, argv, "v", opts, NULL)) != -1) {
		switch (c) {
		case 'v': verbose = 1; break;
		case 'L':
			if (!strcmp(optarg, "country"))
				level = 0;
			else if (!strcmp(optarg, "entity"))
				level = 1;
			else
				return cli_error(CLI_USAGE, "bad --level '%s' (country or "
				                 "entity)", optarg);
			break;
		case 'm': {
			char *end;
			min_f1 = strtod(optarg, &end);
			if (*end || end == optarg || min_f1 < 0 || min_f1 > 1)
				return cli_error(CLI_USAGE, "bad --min-f1 '%s' (0 to 1)",
				                 optarg);
			break;
		}
		case 'w': world = optarg; break;
		case 'h': return cli_usage(usage, 1);
		default: return cli_usage(usage, 0);
		}
	}
	if (optind >= argc)
		return cli_usage(usage, 0);
	if ((rc = cli_extractor_open(&x, world)))
		return rc;
	memset(&sc, 0, sizeof sc);
	for (int i = optind; i < argc && rc == CLI_OK; i++)
		rc = eval_path(x, argv[i], &sc, verbose, level);
	geokg_extractor_free(x);
	if (rc != CLI_OK)
		return rc;
	report(&sc, f1);
	printf("%s-level F1 %.3f on %ld documents\n", level ? "entity" : "country",
	       f1[level], sc.docs);
	if (min_f1 >= 0 && f1[level] < min_f1)
		return cli_error(CLI_FAIL, "%s-level F1 %.3f is below %.3f",
		                 level ? "entity" : "country", f1[level], min_f1);
	return CLI_OK;
}
