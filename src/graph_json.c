/*
 * graph_json.c - the native JSON format (doc/format.md): a validating
 * reader that reports file:line:column, and a canonical, atomic writer.
 *
 * The reader does not hand the whole file to Jansson.  It walks the top
 * level itself and lets Jansson parse one node or edge record at a time
 * (JSON_DISABLE_EOF_CHECK stops after the value), which bounds memory by
 * the largest record and tells us where each record starts, so that an
 * error in a record names its line and column.
 */
#include "config.h"

#include <errno.h>
#include <stdint.h>
#include <fcntl.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "graph_impl.h"

/* ---- reading ------------------------------------------------------- */

typedef struct reader {
	const char *buf, *name;
	size_t len, pos;
	size_t lc_pos, line, col; /* line/column cache: position lc_pos */
	geokg_graph *g;
	geokg_error *err;
	int have_format, have_version, have_nodes, have_edges;
	json_t *pending;  /* edges read before the nodes, with positions */
} reader;

/* Line and column (1-based, columns in characters) of byte offset off.
 * Offsets asked for only grow, so the scan resumes where it stopped. */
static void linecol(reader *r, size_t off, size_t *line, size_t *col)
{
	if (off < r->lc_pos) {
		r->lc_pos = 0;
		r->line = r->col = 1;
	}
	for (; r->lc_pos < off && r->lc_pos < r->len; r->lc_pos++) {
		unsigned char c = (unsigned char)r->buf[r->lc_pos];

		if (c == '\n') {
			r->line++;
			r->col = 1;
		} else if ((c & 0xC0) != 0x80) {
			r->col++;
		}
	}
	*line = r->line;
	*col = r->col;
}

/* Fail with "name:line:col: message" for byte offset off. */
static int fail_at(reader *r, size_t off, const char *fmt, ...)
	GEOKG_PRINTF(3, 4);
static int fail_at(reader *r, size_t off, const char *fmt, ...)
{
	char msg[GEOKG_ERROR_MAX];
	size_t line, col;
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	linecol(r, off, &line, &col);
	return geokg__fail(r->err, GEOKG_EINVAL, "%s:%zu:%zu: %s", r->name, line,
	                   col, msg);
}

/* After fail_at() has put a position before the message of a failed
 * call that returned `code`: keep that code when it is not plain bad
 * input (a limit, lack of memory), and return it. */
static int keep_code(reader *r, int code, int rc)
{
	if (code == GEOKG_EINVAL)
		return rc;
	if (r->err)
		r->err->code = code;
	return code;
}

static void skip_ws(reader *r)
{
	while (r->pos < r->len && (r->buf[r->pos] == ' ' || r->buf[r->pos] == '\t' ||
	                           r->buf[r->pos] == '\n' || r->buf[r->pos] == '\r'))
		r->pos++;
}

/* Expect the character c after white space. */
static int expect(reader *r, char c, const char *what)
{
	skip_ws(r);
	if (r->pos >= r->len)
		return fail_at(r, r->pos, "unexpected end of input, expected %s", what);
	if (r->buf[r->pos] != c)
		return fail_at(r, r->pos, "expected %s", what);
	r->pos++;
	return 0;
}

/* Parse one JSON value at the current position with Jansson. */
static int value_at(reader *r, json_t **out)
{
	json_error_t e;
	size_t line, col;
	json_t *v;

	skip_ws(r);
	v = json_loadb(r->buf + r->pos, r->len - r->pos,
	               JSON_DECODE_ANY | JSON_DISABLE_EOF_CHECK |
	               JSON_REJECT_DUPLICATES, &e);
	if (!v) {
		/* Jansson's position is relative to where it started. */
		linecol(r, r->pos, &line, &col);
		if (e.line <= 1)
			col += (size_t)(e.column > 0 ? e.column - 1 : 0);
		else {
			line += (size_t)e.line - 1;
			col = (size_t)e.column;
		}
		if (json_error_code(&e) == json_error_stack_overflow)
			return geokg__fail(r->err, GEOKG_ELIMIT,
			                   "%s:%zu:%zu: JSON nested deeper than %d levels",
			                   r->name, line, col, GEOKG_JSON_MAX_DEPTH);
		return geokg__fail(r->err, GEOKG_EINVAL, "%s:%zu:%zu: %s", r->name,
		                   line, col, e.text);
	}
	r->pos += (size_t)e.position;
	*out = v;
	return 0;
}

/* Field helpers: fetch an optional string / string-or-null field. */
static int get_str(reader *r, size_t at, json_t *o, const char *rec,
                   const char *key, int required, const char **out)
{
	json_t *v = json_object_get(o, key);

	*out = NULL;
	if (!v || json_is_null(v)) {
		if (required)
			return fail_at(r, at, "%s: missing field '%s'", rec, key);
		return 0;
	}
	if (!json_is_string(v))
		return fail_at(r, at, "%s: field '%s' must be a string", rec, key);
	*out = json_string_value(v);
	return 0;
}

static int get_date(reader *r, size_t at, json_t *o, const char *rec,
                    const char *key, const char **out)
{
	int rc = get_str(r, at, o, rec, key, 0, out);

	if (!rc && *out && !geokg_date_valid(*out))
		return fail_at(r, at, "%s: field '%s' is not a date (YYYY-MM-DD): '%s'",
		               rec, key, *out);
	return rc;
}

/* Reject fields not in the NULL-terminated list `known`. */
static int check_fields(reader *r, size_t at, json_t *o, const char *rec,
                        const char *const *known)
{
	const char *key;
	json_t *v;
	size_t i;

	json_object_foreach(o, key, v) {
		for (i = 0; known[i]; i++)
			if (strcmp(known[i], key) == 0)
				break;
		if (!known[i])
			return fail_at(r, at, "%s: unknown field '%s'", rec, key);
	}
	return 0;
}

/* Read an optional array of strings into a malloc'd array *out (n). */
static int get_strs(reader *r, size_t at, json_t *o, const char *rec,
                    const char *key, const char ***out, size_t *n)
{
	json_t *v = json_object_get(o, key), *s;
	size_t i;

	*out = NULL;
	*n = 0;
	if (!v)
		return 0;
	if (!json_is_array(v))
		return fail_at(r, at, "%s: field '%s' must be an array of strings",
		               rec, key);
	if (!json_array_size(v))
		return 0;
	*out = malloc(json_array_size(v) * sizeof **out);
	if (!*out)
		return geokg__nomem(r->err);
	json_array_foreach(v, i, s) {
		if (!json_is_string(s) || !*json_string_value(s))
			return fail_at(r, at, "%s: field '%s' must hold non-empty strings",
			               rec, key);
		(*out)[(*n)++] = json_string_value(s);
	}
	return 0;
}

static const char *const node_fields[] = {
	"id", "kind", "name", "country", "aliases", "demonyms", "metonyms",
	"ambiguous", "roles", NULL};
static const char *const role_fields[] = {
	"role", "of", "start", "end", "note", NULL};
static const char *const edge_fields[] = {
	"source", "target", "type", "modality", "object", "location",
	"first_seen", "last_seen", "weight", "evidence", NULL};
static const char *const ev_fields[] = {
	"doc", "date", "sentence", "start", "end", "text", NULL};

/* Read the roles array of a node record into *out (malloc'd). */
static int read_roles(reader *r, size_t at, json_t *o, const char *rec,
                      geokg_role **out, size_t *n)
{
	json_t *v = json_object_get(o, "roles"), *x;
	size_t i;
	int rc;

	*out = NULL;
	*n = 0;
	if (!v)
		return 0;
	if (!json_is_array(v))
		return fail_at(r, at, "%s: field 'roles' must be an array", rec);
	if (!json_array_size(v))
		return 0;
	if (!(*out = calloc(json_array_size(v), sizeof **out)))
		return geokg__nomem(r->err);
	json_array_foreach(v, i, x) {
		geokg_role *ro = &(*out)[(*n)++];

		if (!json_is_object(x))
			return fail_at(r, at, "%s: a role must be an object", rec);
		if ((rc = check_fields(r, at, x, rec, role_fields)) ||
		    (rc = get_str(r, at, x, rec, "role", 1, &ro->role)) ||
		    (rc = get_str(r, at, x, rec, "of", 0, &ro->of)) ||
		    (rc = get_date(r, at, x, rec, "start", &ro->start)) ||
		    (rc = get_date(r, at, x, rec, "end", &ro->end)) ||
		    (rc = get_str(r, at, x, rec, "note", 0, &ro->note)))
			return rc;
	}
	return 0;
}

/* Validate one node record (starting at byte `at`) and add it. */
static int read_node(reader *r, size_t at, json_t *o, size_t i)
{
	geokg_node n;
	geokg_role *roles = NULL;
	const char *kind;
	char rec[64];
	int rc, k;

	memset(&n, 0, sizeof n);
	snprintf(rec, sizeof rec, "node %zu", i);
	if (!json_is_object(o)) {
		rc = fail_at(r, at, "%s: expected an object", rec);
		goto done;
	}
	if ((rc = check_fields(r, at, o, rec, node_fields)) ||
	    (rc = get_str(r, at, o, rec, "id", 1, &n.id)) ||
	    (rc = get_str(r, at, o, rec, "kind", 1, &kind)) ||
	    (rc = get_str(r, at, o, rec, "name", 1, &n.name)) ||
	    (rc = get_str(r, at, o, rec, "country", 0, &n.country)))
		goto done;
	if (!*n.id) {
		rc = fail_at(r, at, "%s: empty id", rec);
		goto done;
	}
	if ((k = geokg_kind_parse(kind)) < 0) {
		rc = fail_at(r, at, "%s: unknown kind '%s'", rec, kind);
		goto done;
	}
	n.kind = (geokg_kind)k;
	if (geokg_graph_find(r->g, n.id) >= 0) {
		rc = fail_at(r, at, "%s: duplicate node id '%s'", rec, n.id);
		goto done;
	}
	if ((rc = get_strs(r, at, o, rec, "aliases", (const char ***)&n.aliases, &n.n_aliases)) ||
	    (rc = get_strs(r, at, o, rec, "demonyms", (const char ***)&n.demonyms, &n.n_demonyms)) ||
	    (rc = get_strs(r, at, o, rec, "metonyms", (const char ***)&n.metonyms, &n.n_metonyms)) ||
	    (rc = get_strs(r, at, o, rec, "ambiguous", (const char ***)&n.ambiguous, &n.n_ambiguous)) ||
	    (rc = read_roles(r, at, o, rec, &roles, &n.n_roles)))
		goto done;
	n.roles = roles;
	if ((rc = geokg_graph_add_node(r->g, &n, NULL, r->err)))
		rc = keep_code(r, rc, fail_at(r, at, "%s: %s", rec,
		                              r->err ? r->err->message : "bad node"));
done:
	free((void *)n.aliases);
	free((void *)n.demonyms);
	free((void *)n.metonyms);
	free((void *)n.ambiguous);
	free(roles);
	return rc;
}

/* Read an integer field that must be >= 0. */
static int get_count(reader *r, size_t at, json_t *o, const char *rec,
                     const char *key, int required, long *out)
{
	json_t *v = json_object_get(o, key);

	*out = 0;
	if (!v) {
		if (required)
			return fail_at(r, at, "%s: missing field '%s'", rec, key);
		return 0;
	}
	if (!json_is_integer(v) || json_integer_value(v) < 0 ||
	    json_integer_value(v) > (json_int_t)0x7fffffffffffLL)
		return fail_at(r, at, "%s: field '%s' must be a non-negative integer",
		               rec, key);
	*out = (long)json_integer_value(v);
	return 0;
}

/* Validate one evidence record of an edge. */
static int read_evidence(reader *r, size_t at, json_t *x, const char *rec,
                         geokg_evidence *ev)
{
	int rc;

	memset(ev, 0, sizeof *ev);
	if (!json_is_object(x))
		return fail_at(r, at, "%s: evidence must be objects", rec);
	if ((rc = check_fields(r, at, x, rec, ev_fields)) ||
	    (rc = get_str(r, at, x, rec, "doc", 1, &ev->doc)) ||
	    (rc = get_date(r, at, x, rec, "date", &ev->date)) ||
	    (rc = get_count(r, at, x, rec, "sentence", 1, &ev->sentence)) ||
	    (rc = get_count(r, at, x, rec, "start", 1, &ev->start)) ||
	    (rc = get_count(r, at, x, rec, "end", 1, &ev->end)) ||
	    (rc = get_str(r, at, x, rec, "text", 0, &ev->text)))
		return rc;
	if (!*ev->doc)
		return fail_at(r, at, "%s: evidence with an empty doc", rec);
	if (ev->end < ev->start)
		return fail_at(r, at, "%s: evidence ends before it starts", rec);
	return 0;
}

/* Resolve an edge end by id. */
static int edge_end(reader *r, size_t at, json_t *o, const char *rec,
                    const char *key, size_t *out)
{
	const char *id;
	long v;
	int rc;

	if ((rc = get_str(r, at, o, rec, key, 1, &id)))
		return rc;
	if ((v = geokg_graph_find(r->g, id)) < 0)
		return fail_at(r, at, "%s: %s '%s' is not a node", rec, key, id);
	*out = (size_t)v;
	return 0;
}

/* Validate one edge record (starting at byte `at`) and add it. */
static int read_edge(reader *r, size_t at, json_t *o, size_t i)
{
	const char *type, *mod, *object, *location, *fs, *ls;
	size_t s, t, e, j;
	json_t *evs, *x;
	char rec[64];
	long weight;
	int rc, ty, mo;

	snprintf(rec, sizeof rec, "edge %zu", i);
	if (!json_is_object(o))
		return fail_at(r, at, "%s: expected an object", rec);
	if ((rc = check_fields(r, at, o, rec, edge_fields)) ||
	    (rc = edge_end(r, at, o, rec, "source", &s)) ||
	    (rc = edge_end(r, at, o, rec, "target", &t)) ||
	    (rc = get_str(r, at, o, rec, "type", 1, &type)) ||
	    (rc = get_str(r, at, o, rec, "modality", 1, &mod)) ||
	    (rc = get_str(r, at, o, rec, "object", 0, &object)) ||
	    (rc = get_str(r, at, o, rec, "location", 0, &location)) ||
	    (rc = get_date(r, at, o, rec, "first_seen", &fs)) ||
	    (rc = get_date(r, at, o, rec, "last_seen", &ls)) ||
	    (rc = get_count(r, at, o, rec, "weight", 0, &weight)))
		return rc;
	if ((ty = geokg_type_parse(type)) < 0)
		return fail_at(r, at, "%s: unknown type '%s'", rec, type);
	if ((mo = geokg_modality_parse(mod)) < 0)
		return fail_at(r, at, "%s: unknown modality '%s'", rec, mod);
	evs = json_object_get(o, "evidence");
	if (evs && !json_is_array(evs))
		return fail_at(r, at, "%s: field 'evidence' must be an array", rec);
	if ((rc = geokg_graph_add_edge(r->g, s, t, (geokg_type)ty,
	                               (geokg_modality)mo, object, location,
	                               NULL, &e, r->err)))
		return keep_code(r, rc, fail_at(r, at, "%s: %s", rec,
		                                r->err ? r->err->message : "bad edge"));
	json_array_foreach(evs, j, x) {
		geokg_evidence ev;

		if ((rc = read_evidence(r, at, x, rec, &ev)))
			return rc;
		if ((rc = geokg_graph_add_edge(r->g, s, t, (geokg_type)ty,
		                               (geokg_modality)mo, NULL, NULL, &ev,
		                               NULL, r->err)))
			return keep_code(r, rc, fail_at(r, at, "%s: %s", rec,
			                                r->err ? r->err->message : "bad evidence"));
	}
	return 0;
}

/* Read the array of nodes or edges, record by record. */
static int read_records(reader *r, int edges)
{
	size_t i = 0;
	int rc;

	if ((rc = expect(r, '[', "'['")))
		return rc;
	skip_ws(r);
	if (r->pos < r->len && r->buf[r->pos] == ']') {
		r->pos++;
		return 0;
	}
	for (;; i++) {
		json_t *v;
		size_t at;

		skip_ws(r);
		at = r->pos;
		if ((rc = value_at(r, &v)))
			return rc;
		if (edges && !r->have_nodes) {
			/* Edges before nodes: keep them until the nodes are in. */
			json_t *pair = json_pack("{s:o,s:I}", "v", v, "at", (json_int_t)at);

			if (!pair || json_array_append_new(r->pending, pair))
				return geokg__nomem(r->err);
			rc = 0;
		} else {
			rc = edges ? read_edge(r, at, v, i) : read_node(r, at, v, i);
			json_decref(v);
		}
		if (rc)
			return rc;
		skip_ws(r);
		if (r->pos < r->len && r->buf[r->pos] == ']') {
			r->pos++;
			return 0;
		}
		if ((rc = expect(r, ',', "',' or ']'")))
			return rc;
	}
}

/* Read one top-level "key": value pair. */
static int read_member(reader *r)
{
	size_t at;
	json_t *k, *v;
	const char *key;
	int rc;

	skip_ws(r);
	at = r->pos;
	if (r->pos >= r->len || r->buf[r->pos] != '"')
		return fail_at(r, r->pos, "expected a field name");
	if ((rc = value_at(r, &k)))
		return rc;
	key = json_string_value(k);
	if ((rc = expect(r, ':', "':'")))
		goto done;
	if (strcmp(key, "nodes") == 0 || strcmp(key, "edges") == 0) {
		int edges = key[0] == 'e';
		int *seen = edges ? &r->have_edges : &r->have_nodes;

		if (*seen) {
			rc = fail_at(r, at, "duplicate field '%s'", key);
			goto done;
		}
		rc = read_records(r, edges);
		*seen = 1;
		goto done;
	}
	skip_ws(r);
	at = r->pos;
	if ((rc = value_at(r, &v)))
		goto done;
	if (strcmp(key, "format") == 0) {
		if (!json_is_string(v) || strcmp(json_string_value(v), "geokg"))
			rc = fail_at(r, at, "not a geokg graph (format must be \"geokg\")");
		r->have_format = 1;
	} else if (strcmp(key, "version") == 0) {
		if (!json_is_integer(v) || json_integer_value(v) != 1)
			rc = fail_at(r, at, "unsupported version (this reads version 1)");
		r->have_version = 1;
	} else {
		rc = fail_at(r, at, "unknown field '%s'", key);
	}
	json_decref(v);
done:
	json_decref(k);
	return rc;
}

/* Add the edges that came before the nodes. */
static int read_pending(reader *r)
{
	json_t *p;
	size_t i;
	int rc;

	json_array_foreach(r->pending, i, p) {
		size_t at = (size_t)json_integer_value(json_object_get(p, "at"));

		if ((rc = read_edge(r, at, json_object_get(p, "v"), i)))
			return rc;
	}
	return 0;
}

/* Read a whole document: an object with format, version, nodes, edges. */
static int read_graph(reader *r)
{
	int rc;

	skip_ws(r);
	if (r->pos >= r->len)
		return fail_at(r, r->pos, "empty input, expected a geokg graph");
	if ((rc = expect(r, '{', "a JSON object")))
		return rc;
	skip_ws(r);
	if (r->pos < r->len && r->buf[r->pos] == '}')
		r->pos++;
	else
		for (;;) {
			if ((rc = read_member(r)))
				return rc;
			skip_ws(r);
			if (r->pos < r->len && r->buf[r->pos] == '}') {
				r->pos++;
				break;
			}
			if ((rc = expect(r, ',', "',' or '}'")))
				return rc;
		}
	skip_ws(r);
	if (r->pos < r->len)
		return fail_at(r, r->pos, "unexpected data after the graph");
	if (!r->have_format)
		return fail_at(r, 0, "not a geokg graph (no \"format\" field)");
	if (!r->have_version)
		return fail_at(r, 0, "no \"version\" field");
	r->have_nodes = 1;
	return read_pending(r);
}

int geokg__graph_read_checked(const char *buf, size_t len, const char *name,
                              geokg_graph **out, geokg_error *err)
{
	reader r;
	int rc;

	*out = NULL;
	memset(&r, 0, sizeof r);
	r.buf = buf;
	r.len = len;
	r.name = name ? name : "<buffer>";
	r.line = r.col = 1;
	r.err = err;
	if ((rc = geokg_graph_new(&r.g, err)))
		return rc;
	if (!(r.pending = json_array())) {
		rc = geokg__nomem(err);
		goto done;
	}
	rc = read_graph(&r);
done:
	json_decref(r.pending);
	if (rc)
		geokg_graph_free(r.g);
	else
		*out = r.g;
	return rc;
}

/* The fast reader first (graph_fast.c); when it gives up, the validating
 * reader, which accepts the input or explains what is wrong with it. */
int geokg_graph_load_buffer(geokg_graph **out, const char *buf, size_t len,
                            const char *name, geokg_error *err)
{
	int rc;

	*out = NULL;
	if (len > GEOKG_GRAPH_MAX_BYTES)
		return geokg__fail(err, GEOKG_ELIMIT,
		                   "%s: %zu bytes, over the limit of %zu for a graph",
		                   name ? name : "<buffer>", len, (size_t)GEOKG_GRAPH_MAX_BYTES);
	/* The fast reader gives up at any NUL byte, so the input is checked
	 * for them only before the validating reader (one pass less). */
	rc = geokg__graph_read_fast(buf, len, out, err);
	if (rc <= 0)
		return rc;
	if (memchr(buf, '\0', len))
		return geokg__fail(err, GEOKG_EINVAL, "%s: not text (contains NUL bytes)",
		                   name ? name : "<buffer>");
	return geokg__graph_read_checked(buf, len, name, out, err);
}

/* Read all of f into a malloc'd buffer: in one read when f is a regular
 * file of known size, else chunk by chunk. */
static int slurp(FILE *f, const char *name, char **out, size_t *len,
                 geokg_error *err)
{
	geokg_buf b = {0};
	struct stat st;
	size_t n;

	if (fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 &&
	    geokg__grow(&b.data, &b.cap, (size_t)st.st_size + 1, 1)) {
		return geokg__nomem(err);
	}
	for (;;) {
		if (b.cap - b.len < 2 && geokg__grow(&b.data, &b.cap, b.len + 65536, 1)) {
			geokg__buf_free(&b);
			return geokg__nomem(err);
		}
		n = fread(b.data + b.len, 1, b.cap - b.len - 1, f);
		b.len += n;
		if (n == 0)
			break;
		if (b.len > GEOKG_GRAPH_MAX_BYTES) {
			geokg__buf_free(&b);
			return geokg__fail(err, GEOKG_ELIMIT,
			                   "%s: over the limit of %zu bytes for a graph",
			                   name, (size_t)GEOKG_GRAPH_MAX_BYTES);
		}
	}
	if (ferror(f)) {
		geokg__buf_free(&b);
		return geokg__fail(err, GEOKG_EIO, "%s: read error: %s", name,
		                   strerror(errno));
	}
	if (b.data)
		b.data[b.len] = '\0';
	*out = b.data;
	*len = b.len;
	return 0;
}

/* Whether the open file f is no longer what fstat said in *before: its
 * size or modification time differs (a writer was at work). */
static int changed(FILE *f, const struct stat *before)
{
	struct stat now;

	if (fstat(fileno(f), &now) != 0)
		return 1;
	return now.st_size != before->st_size ||
	       now.st_mtim.tv_sec != before->st_mtim.tv_sec ||
	       now.st_mtim.tv_nsec != before->st_mtim.tv_nsec;
}

int geokg_graph_load(geokg_graph **out, const char *path, geokg_error *err)
{
	const char *name = strcmp(path, "-") == 0 ? "<stdin>" : path;
	char *buf = NULL;
	size_t len = 0;
	struct stat st;
	FILE *f;
	int rc;

	*out = NULL;
	if (strcmp(path, "-") == 0) {
		f = stdin;
	} else {
		if (!(f = fopen(path, "rb")))
			return geokg__fail(err, errno == ENOENT ? GEOKG_ENOTFOUND : GEOKG_EIO,
			                   "%s: %s", path, strerror(errno));
		if (fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode)) {
			fclose(f);
			return geokg__fail(err, GEOKG_EIO, "%s: is a directory", path);
		}
		if (S_ISREG(st.st_mode) && (uintmax_t)st.st_size > GEOKG_GRAPH_MAX_BYTES) {
			fclose(f);
			return geokg__fail(err, GEOKG_ELIMIT,
			                   "%s: %jd bytes, over the limit of %zu for a graph",
			                   path, (intmax_t)st.st_size,
			                   (size_t)GEOKG_GRAPH_MAX_BYTES);
		}
		/* The file is read, not mapped: a mapped file that another
		 * program truncates while we parse it kills us with SIGBUS. */
	}
	rc = slurp(f, name, &buf, &len, err);
	if (!rc && f != stdin && S_ISREG(st.st_mode) && changed(f, &st))
		rc = geokg__fail(err, GEOKG_EIO,
		                 "%s: the file changed while it was read", path);
	if (f != stdin)
		fclose(f);
	if (!rc)
		rc = geokg_graph_load_buffer(out, buf ? buf : "", len, name, err);
	free(buf);
	return rc;
}

/* ---- writing ------------------------------------------------------- */

static int strp_cmp(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int role_cmp(const void *a, const void *b)
{
	const geokg_role *x = a, *y = b;
	int c;

	if ((c = geokg__strcmp0(x->start, y->start)) ||
	    (c = strcmp(x->role, y->role)) ||
	    (c = geokg__strcmp0(x->of, y->of)) ||
	    (c = geokg__strcmp0(x->end, y->end)))
		return c;
	return geokg__strcmp0(x->note, y->note);
}

/*
 * The writer emits JSON directly into a buffer, in the bytes Jansson's
 * compact dump would give (the format's first writer used Jansson objects;
 * building them cost two thirds of a large merge).  Strings are escaped
 * as Jansson does: \" \\ \b \f \n \r \t, other bytes below 0x20 as \u00XX,
 * everything else (UTF-8 included) as is.
 */

/* Append s as a JSON string. */
static int put_string(geokg_buf *b, const char *s)
{
	static const char hex[] = "0123456789ABCDEF";
	const char *run = s;
	char esc[7];

	if (geokg__buf_put(b, "\"", 1))
		return -1;
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		size_t n = 2;

		if (c >= 0x20 && c != '"' && c != '\\')
			continue;
		if (s > run && geokg__buf_put(b, run, (size_t)(s - run)))
			return -1;
		esc[0] = '\\';
		switch (c) {
		case '"': esc[1] = '"'; break;
		case '\\': esc[1] = '\\'; break;
		case '\b': esc[1] = 'b'; break;
		case '\f': esc[1] = 'f'; break;
		case '\n': esc[1] = 'n'; break;
		case '\r': esc[1] = 'r'; break;
		case '\t': esc[1] = 't'; break;
		default:
			memcpy(esc + 1, "u00", 3);
			esc[4] = hex[c >> 4];
			esc[5] = hex[c & 15];
			n = 6;
		}
		if (geokg__buf_put(b, esc, n))
			return -1;
		run = s + 1;
	}
	if (s > run && geokg__buf_put(b, run, (size_t)(s - run)))
		return -1;
	return geokg__buf_put(b, "\"", 1);
}

/* Append ,"key": (or "key": when first) */
static int put_key(geokg_buf *b, const char *key, int first)
{
	return geokg__buf_printf(b, first ? "\"%s\":" : ",\"%s\":", key);
}

/* Append ,"key":"value" when value is not NULL. */
static int put_opt(geokg_buf *b, const char *key, const char *v)
{
	if (!v)
		return 0;
	return put_key(b, key, 0) || put_string(b, v);
}

/* Append ,"key":"value" with null for NULL. */
static int put_nullable(geokg_buf *b, const char *key, const char *v)
{
	if (put_key(b, key, 0))
		return -1;
	return v ? put_string(b, v) : geokg__buf_put(b, "null", 4);
}

static int put_int(geokg_buf *b, const char *key, long long v)
{
	return put_key(b, key, 0) || geokg__buf_printf(b, "%lld", v);
}

/* Append ,"key":[sorted strings] (omitted when n is 0). */
static int put_strs(geokg_buf *b, const char *key, const char *const *a,
                    size_t n)
{
	const char **s;
	size_t i;
	int rc = -1;

	if (!n)
		return 0;
	if (!(s = malloc(n * sizeof *s)))
		return -1;
	memcpy(s, a, n * sizeof *s);
	qsort(s, n, sizeof *s, strp_cmp);
	if (put_key(b, key, 0) || geokg__buf_put(b, "[", 1))
		goto done;
	for (i = 0; i < n; i++)
		if ((i && geokg__buf_put(b, ",", 1)) || put_string(b, s[i]))
			goto done;
	rc = geokg__buf_put(b, "]", 1);
done:
	free(s);
	return rc;
}

/* Append ,"roles":[...] sorted (omitted when none). */
static int put_roles(geokg_buf *b, const geokg_node *n)
{
	geokg_role *r;
	size_t i;
	int rc = -1;

	if (!n->n_roles)
		return 0;
	if (!(r = malloc(n->n_roles * sizeof *r)))
		return -1;
	memcpy(r, n->roles, n->n_roles * sizeof *r);
	qsort(r, n->n_roles, sizeof *r, role_cmp);
	if (put_key(b, "roles", 0) || geokg__buf_put(b, "[", 1))
		goto done;
	for (i = 0; i < n->n_roles; i++)
		if ((i && geokg__buf_put(b, ",", 1)) ||
		    geokg__buf_put(b, "{", 1) || put_key(b, "role", 1) ||
		    put_string(b, r[i].role) || put_nullable(b, "of", r[i].of) ||
		    put_nullable(b, "start", r[i].start) ||
		    put_nullable(b, "end", r[i].end) || put_opt(b, "note", r[i].note) ||
		    geokg__buf_put(b, "}", 1))
			goto done;
	rc = geokg__buf_put(b, "]", 1);
done:
	free(r);
	return rc;
}

/* Append the record of a node. */
static int put_node(geokg_buf *b, const geokg_node *n)
{
	return geokg__buf_put(b, "{", 1) || put_key(b, "id", 1) ||
	       put_string(b, n->id) || put_opt(b, "kind", geokg_kind_name(n->kind)) ||
	       put_opt(b, "name", n->name) || put_opt(b, "country", n->country) ||
	       put_strs(b, "aliases", n->aliases, n->n_aliases) ||
	       put_strs(b, "demonyms", n->demonyms, n->n_demonyms) ||
	       put_strs(b, "metonyms", n->metonyms, n->n_metonyms) ||
	       put_strs(b, "ambiguous", n->ambiguous, n->n_ambiguous) ||
	       put_roles(b, n) || geokg__buf_put(b, "}", 1);
}

/* Append ,"evidence":[...] sorted. */
static int put_evidence(geokg_buf *b, const geokg_edge *e)
{
	geokg_evidence *ev;
	size_t i;
	int rc = -1;

	if (!(ev = malloc((e->n_evidence ? e->n_evidence : 1) * sizeof *ev)))
		return -1;
	if (e->n_evidence)
		memcpy(ev, e->evidence, e->n_evidence * sizeof *ev);
	qsort(ev, e->n_evidence, sizeof *ev, geokg__evidence_cmp);
	if (put_key(b, "evidence", 0) || geokg__buf_put(b, "[", 1))
		goto done;
	for (i = 0; i < e->n_evidence; i++)
		if ((i && geokg__buf_put(b, ",", 1)) ||
		    geokg__buf_put(b, "{", 1) || put_key(b, "doc", 1) ||
		    put_string(b, ev[i].doc) || put_opt(b, "date", ev[i].date) ||
		    put_int(b, "sentence", ev[i].sentence) ||
		    put_int(b, "start", ev[i].start) || put_int(b, "end", ev[i].end) ||
		    put_opt(b, "text", ev[i].text) || geokg__buf_put(b, "}", 1))
			goto done;
	rc = geokg__buf_put(b, "]", 1);
done:
	free(ev);
	return rc;
}

/* Append the record of an edge. */
static int put_edge(geokg_buf *b, const geokg_graph *g, const geokg_edge *e)
{
	return geokg__buf_put(b, "{", 1) || put_key(b, "source", 1) ||
	       put_string(b, g->nodes[e->source].pub.id) ||
	       put_opt(b, "target", g->nodes[e->target].pub.id) ||
	       put_opt(b, "type", geokg_type_name(e->type)) ||
	       put_opt(b, "modality", geokg_modality_name(e->modality)) ||
	       put_opt(b, "object", e->object) || put_opt(b, "location", e->location) ||
	       put_opt(b, "first_seen", e->first_seen) ||
	       put_opt(b, "last_seen", e->last_seen) ||
	       put_int(b, "weight", (long long)e->weight) || put_evidence(b, e) ||
	       geokg__buf_put(b, "}", 1);
}

/* The separator before record i of a list. */
static const char *sep(size_t i, int oneline)
{
	if (i == 0)
		return oneline ? "" : "\n";
	return oneline ? "," : ",\n";
}

int geokg_graph_dump(const geokg_graph *g, unsigned flags, char **out,
                     size_t *len, geokg_error *err)
{
	int oneline = (flags & GEOKG_WRITE_ONELINE) != 0;
	size_t *no = geokg__graph_node_order(g), *eo = geokg__graph_edge_order(g);
	geokg_buf b = {0};
	size_t i;
	int rc = GEOKG_ENOMEM;

	*out = NULL;
	if (!no || !eo)
		goto done;
	if (geokg__buf_puts(&b, oneline ? "{\"format\":\"geokg\",\"version\":1,\"nodes\":["
	                                : "{\"format\":\"geokg\",\"version\":1,\n\"nodes\":["))
		goto done;
	for (i = 0; i < g->n_nodes; i++)
		if (geokg__buf_puts(&b, sep(i, oneline)) ||
		    put_node(&b, &g->nodes[no[i]].pub))
			goto done;
	if (geokg__buf_puts(&b, oneline || !g->n_nodes ? "],\"edges\":[" : "\n],\n\"edges\":["))
		goto done;
	for (i = 0; i < g->n_edges; i++)
		if (geokg__buf_puts(&b, sep(i, oneline)) ||
		    put_edge(&b, g, &g->edges[eo[i]].pub))
			goto done;
	if (geokg__buf_puts(&b, oneline || !g->n_edges ? "]}\n" : "\n]}\n"))
		goto done;
	*out = b.data;
	*len = b.len;
	b.data = NULL;
	rc = 0;
done:
	free(no);
	free(eo);
	geokg__buf_free(&b);
	return rc ? geokg__nomem(err) : 0;
}

int geokg_graph_write(const geokg_graph *g, FILE *f, unsigned flags,
                      geokg_error *err)
{
	char *s;
	size_t len;
	int rc;

	if ((rc = geokg_graph_dump(g, flags, &s, &len, err)))
		return rc;
	if (fwrite(s, 1, len, f) != len || fflush(f) != 0)
		rc = geokg__fail(err, GEOKG_EIO, "write error: %s", strerror(errno));
	free(s);
	return rc;
}

int geokg_graph_save(const geokg_graph *g, const char *path, unsigned flags,
                     geokg_error *err)
{
	char *s;
	size_t len;
	int rc;

	if (strcmp(path, "-") == 0)
		return geokg_graph_write(g, stdout, flags, err);
	if ((rc = geokg_graph_dump(g, flags, &s, &len, err)))
		return rc;
	rc = geokg__write_file(path, s, len, err);
	free(s);
	return rc;
}
