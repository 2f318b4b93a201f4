/*
 * graph_fast.c - the fast path of the native-format reader.
 *
 * A scanner made for the record shapes of doc/format.md: it walks the
 * bytes once, interns strings straight from the input (copying only
 * strings with escapes) and adds records to the graph without building a
 * JSON tree.  It is strict: it accepts only input that the validating
 * reader in graph_json.c accepts with the same result, and gives up
 * (GIVE_UP) at the first thing it does not expect: a syntax error, an
 * unknown or repeated field, a value of the wrong type, a bad date, an
 * unknown node, edges before nodes, a \u escape of NUL or a surrogate.
 * The caller then throws the partial graph away and runs the validating
 * reader, which either accepts the input or explains the error with its
 * line and column.  Errors are thus never reported from here.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "graph_impl.h"

enum { GIVE_UP = 1 };

/* Reusable buffers for the strings and records of one node or edge. */
typedef struct strvec {
	const char **v;
	size_t n, cap;
} strvec;

typedef struct edge_ctx {
	size_t ends[2];
	int type, modality;
	const char *object, *location;
} edge_ctx;

typedef struct fscan {
	const char *p, *end;
	geokg_graph *g;
	geokg_error *err;
	geokg_buf tmp;         /* an unescaped string */
	strvec names[4];       /* aliases, demonyms, metonyms, ambiguous */
	geokg_role *roles;
	size_t n_roles, cap_roles;
	geokg_evidence *evs;
	size_t n_evs, cap_evs;
	char last_date[11];    /* the last valid date seen, or "" */
	const char *last_src;  /* the last edge source read, in the input */
	size_t last_src_n, last_src_node;
	int nodes_sorted;      /* node ids so far in increasing order */
	int sorted;            /* edges so far in strictly increasing order */
	int have_last;
	edge_ctx last;         /* the last edge read */
} fscan;

/* A string value: bytes s[0..n), or null (s == NULL). */
typedef struct fstr {
	const char *s;
	size_t n;
} fstr;

static void ws(fscan *f)
{
	while (f->p < f->end && (*f->p == ' ' || *f->p == '\n' || *f->p == '\t' ||
	                         *f->p == '\r'))
		f->p++;
}

/* Consume c after white space: 1 when it was there, else 0. */
static int lit(fscan *f, char c)
{
	ws(f);
	if (f->p < f->end && *f->p == c) {
		f->p++;
		return 1;
	}
	return 0;
}

/* The length of the valid UTF-8 sequence (2 to 4 bytes) at s, or 0: no
 * overlong forms, surrogates or code points above U+10FFFF. */
static size_t utf8_seq(const unsigned char *s, const unsigned char *end)
{
	unsigned c = s[0], v;
	size_t n, i;

	if (c < 0xC2 || c > 0xF4)
		return 0;
	n = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
	if ((size_t)(end - s) < n)
		return 0;
	v = c & (0x3Fu >> (n - 1));
	for (i = 1; i < n; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		v = (v << 6) | (s[i] & 0x3Fu);
	}
	if ((n == 3 && v < 0x800) || (n == 4 && v < 0x10000) || v > 0x10FFFF ||
	    (v >= 0xD800 && v <= 0xDFFF))
		return 0;
	return n;
}

/* Four hex digits at s as a number, or -1. */
static long hex4(const unsigned char *s)
{
	long v = 0;
	int i;

	for (i = 0; i < 4; i++) {
		int c = s[i];

		v <<= 4;
		if (c >= '0' && c <= '9')
			v |= c - '0';
		else if (c >= 'a' && c <= 'f')
			v |= c - 'a' + 10;
		else if (c >= 'A' && c <= 'F')
			v |= c - 'A' + 10;
		else
			return -1;
	}
	return v;
}

/* The rest of a string with escapes, from `start` (after the quote),
 * unescaped into f->tmp. */
static int str_escaped(fscan *f, const unsigned char *start, fstr *out)
{
	const unsigned char *p = start, *end = (const unsigned char *)f->end;
	char u[4];
	size_t k;

	f->tmp.len = 0;
	for (;;) {
		const unsigned char *run = p;

		while (p < end && *p >= 0x20 && *p < 0x80 && *p != '"' && *p != '\\')
			p++;
		if (p > run && geokg__buf_put(&f->tmp, (const char *)run, (size_t)(p - run)))
			return GEOKG_ENOMEM;
		if (p >= end || *p < 0x20)
			return GIVE_UP;
		if (*p == '"')
			break;
		if (*p >= 0x80) {
			if (!(k = utf8_seq(p, end)) ||
			    geokg__buf_put(&f->tmp, (const char *)p, k))
				return k ? GEOKG_ENOMEM : GIVE_UP;
			p += k;
			continue;
		}
		/* a backslash */
		if (end - p < 2)
			return GIVE_UP;
		switch (p[1]) {
		case '"': case '\\': case '/': u[0] = (char)p[1]; k = 1; break;
		case 'b': u[0] = '\b'; k = 1; break;
		case 'f': u[0] = '\f'; k = 1; break;
		case 'n': u[0] = '\n'; k = 1; break;
		case 'r': u[0] = '\r'; k = 1; break;
		case 't': u[0] = '\t'; k = 1; break;
		case 'u': {
			long v = end - p >= 6 ? hex4(p + 2) : -1;

			if (v <= 0 || (v >= 0xD800 && v <= 0xDFFF))
				return GIVE_UP; /* NUL, surrogates: the slow path */
			if (v < 0x80) {
				u[0] = (char)v;
				k = 1;
			} else if (v < 0x800) {
				u[0] = (char)(0xC0 | (v >> 6));
				u[1] = (char)(0x80 | (v & 0x3F));
				k = 2;
			} else {
				u[0] = (char)(0xE0 | (v >> 12));
				u[1] = (char)(0x80 | ((v >> 6) & 0x3F));
				u[2] = (char)(0x80 | (v & 0x3F));
				k = 3;
			}
			p += 4;
			break;
		}
		default: return GIVE_UP;
		}
		if (geokg__buf_put(&f->tmp, u, k))
			return GEOKG_ENOMEM;
		p += 2;
	}
	out->s = f->tmp.len ? f->tmp.data : "";
	out->n = f->tmp.len;
	f->p = (const char *)p + 1;
	return 0;
}

/* The first byte at or after p that is not plain printable ASCII other
 * than '"' and '\\' (or end): 8 bytes at a time while possible. */
static const unsigned char *plain_run(const unsigned char *p,
                                      const unsigned char *end)
{
	const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
	uint64_t w, q, b, m;

	while (end - p >= 8) {
		memcpy(&w, p, 8);
		q = w ^ (ones * '"');
		b = w ^ (ones * '\\');
		/* a zero byte in q or b, a byte < 0x20, or a high bit; the
		 * lowest flag marks the first such byte exactly */
		m = (((q - ones) & ~q) | ((b - ones) & ~b) |
		     ((w - ones * 0x20) & ~w) | w) & highs;
		if (m) {
#if defined(__GNUC__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
			return p + (__builtin_ctzll(m) >> 3);
#else
			break;
#endif
		}
		p += 8;
	}
	while (p < end && *p >= 0x20 && *p < 0x80 && *p != '"' && *p != '\\')
		p++;
	return p;
}

/* A JSON string after white space: bytes in the input when it has no
 * escapes, else in f->tmp (valid until the next string). */
static int str(fscan *f, fstr *out)
{
	const unsigned char *p, *start, *end = (const unsigned char *)f->end;
	size_t k;

	ws(f);
	if (f->p >= f->end || *f->p != '"')
		return GIVE_UP;
	p = start = (const unsigned char *)f->p + 1;
	for (;;) {
		p = plain_run(p, end);
		if (p >= end || *p < 0x20)
			return GIVE_UP;
		if (*p == '"')
			break;
		if (*p == '\\')
			return str_escaped(f, start, out);
		if (!(k = utf8_seq(p, end)))
			return GIVE_UP;
		p += k;
	}
	out->s = (const char *)start;
	out->n = (size_t)(p - start);
	f->p = (const char *)p + 1;
	return 0;
}

/* A string or null (out->s NULL). */
static int str_or_null(fscan *f, fstr *out)
{
	ws(f);
	if (f->end - f->p >= 4 && memcmp(f->p, "null", 4) == 0) {
		f->p += 4;
		out->s = NULL;
		out->n = 0;
		return 0;
	}
	return str(f, out);
}

/* A non-negative integer that the validating reader takes as one (no
 * sign, fraction, exponent or leading zero; at most 0x7fffffffffff). */
static int count(fscan *f, long *out)
{
	long v = 0;

	ws(f);
	if (f->p >= f->end || *f->p < '0' || *f->p > '9')
		return GIVE_UP;
	if (*f->p == '0' && f->end - f->p > 1 && f->p[1] >= '0' && f->p[1] <= '9')
		return GIVE_UP;
	while (f->p < f->end && *f->p >= '0' && *f->p <= '9') {
		v = v * 10 + (*f->p++ - '0');
		if (v > 0x7fffffffffffL)
			return GIVE_UP;
	}
	if (f->p < f->end && (*f->p == '.' || *f->p == 'e' || *f->p == 'E'))
		return GIVE_UP;
	*out = v;
	return 0;
}

/* The interned copy of a string value (NULL for null); GEOKG_ENOMEM. */
static int intern(fscan *f, const fstr *s, const char **out)
{
	if (!s->s) {
		*out = NULL;
		return 0;
	}
	*out = geokg__intern_n(&f->g->pool, s->s, s->n);
	return *out ? 0 : GEOKG_ENOMEM;
}

/* Whether n bytes at a and b are equal (short strings: no call). */
static int bytes_eq(const char *a, const char *b, size_t n)
{
	uint64_t x, y;

	for (; n >= 8; a += 8, b += 8, n -= 8) {
		memcpy(&x, a, 8);
		memcpy(&y, b, 8);
		if (x != y)
			return 0;
	}
	for (; n; n--)
		if (*a++ != *b++)
			return 0;
	return 1;
}

/* geokg_date_valid() for 10 bytes, without calls: YYYY-MM-DD, a real
 * day of the proleptic Gregorian calendar. */
static int date_valid(const char *s)
{
	static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31,
	                            30, 31};
	int i, y = 0, m, d;

	for (i = 0; i < 10; i++)
		if (i == 4 || i == 7 ? s[i] != '-' : s[i] < '0' || s[i] > '9')
			return 0;
	for (i = 0; i < 4; i++)
		y = y * 10 + (s[i] - '0');
	m = (s[5] - '0') * 10 + (s[6] - '0');
	d = (s[8] - '0') * 10 + (s[9] - '0');
	if (m < 1 || m > 12 || d < 1 || d > mdays[m - 1])
		return 0;
	return !(m == 2 && d == 29 && !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)));
}

/* Whether the 10 bytes of s are a valid date (the last one checked is
 * remembered: dates repeat). */
static int date_ok(fscan *f, const fstr *s)
{
	char d[11];

	if (bytes_eq(f->last_date, s->s, 10))
		return 1;
	memcpy(d, s->s, 10);
	d[10] = '\0';
	if (!date_valid(d))
		return 0;
	memcpy(f->last_date, d, 11);
	return 1;
}

/* Read a string-or-null field and intern it; `date` checks YYYY-MM-DD,
 * `required` rejects null, `nonempty` the empty string. */
static int field_str(fscan *f, const char **out, int required, int nonempty,
                     int date)
{
	fstr s;
	int rc;

	if ((rc = str_or_null(f, &s)))
		return rc;
	if ((required && !s.s) || (nonempty && s.s && !s.n) ||
	    (date && s.s && s.n != 10))
		return GIVE_UP;
	if (date && s.s && !date_ok(f, &s))
		return GIVE_UP;
	return intern(f, &s, out);
}

/* A date field that is only checked (first_seen, last_seen: they are
 * recomputed from the evidence). */
static int check_date(fscan *f)
{
	fstr s;
	int rc;

	if ((rc = str_or_null(f, &s)))
		return rc;
	return !s.s || (s.n == 10 && date_ok(f, &s)) ? 0 : GIVE_UP;
}

/* A field name and its length. */
typedef struct fkey {
	const char *name;
	size_t len;
} fkey;
#define K(s) {s, sizeof s - 1}

/* The index of key s among the names, or -1; canonical records list
 * their fields in table order, so the one after `prev` is tried first. */
static int key_index(const fstr *s, const fkey *names, int prev)
{
	int i = prev + 1;

	if (names[i].name && names[i].len == s->n &&
	    bytes_eq(names[i].name, s->s, s->n))
		return i;
	for (i = 0; names[i].name; i++)
		if (names[i].len == s->n && bytes_eq(names[i].name, s->s, s->n))
			return i;
	return -1;
}

/*
 * Walk an object whose field names are `names`: for each field, `value`
 * reads its value (field number i).  Unknown or repeated fields give up.
 * *seen receives the bit set of fields present.
 */
static int object(fscan *f, const fkey *names, unsigned *seen,
                  int (*value)(fscan *f, int i, void *ctx), void *ctx)
{
	fstr k;
	int rc, i = -1;

	*seen = 0;
	if (!lit(f, '{'))
		return GIVE_UP;
	if (lit(f, '}'))
		return 0;
	for (;;) {
		if ((rc = str(f, &k)))
			return rc;
		if ((i = key_index(&k, names, i)) < 0 || (*seen & (1u << i)) ||
		    !lit(f, ':'))
			return GIVE_UP;
		*seen |= 1u << i;
		if ((rc = value(f, i, ctx)))
			return rc;
		if (lit(f, ','))
			continue;
		return lit(f, '}') ? 0 : GIVE_UP;
	}
}

/* Walk an array, calling `item` for each element. */
static int array(fscan *f, int (*item)(fscan *f, void *ctx), void *ctx)
{
	int rc;

	if (!lit(f, '['))
		return GIVE_UP;
	if (lit(f, ']'))
		return 0;
	for (;;) {
		if ((rc = item(f, ctx)))
			return rc;
		if (lit(f, ','))
			continue;
		return lit(f, ']') ? 0 : GIVE_UP;
	}
}

/* ---- nodes --------------------------------------------------------- */

static const fkey node_keys[] = {
	K("id"), K("kind"), K("name"), K("country"), K("aliases"),
	K("demonyms"), K("metonyms"), K("ambiguous"), K("roles"), {NULL, 0}};
static const fkey role_keys[] = {
	K("role"), K("of"), K("start"), K("end"), K("note"), {NULL, 0}};

typedef struct node_ctx {
	geokg_node n;
	const char *kind;
} node_ctx;

static int name_item(fscan *f, void *ctx)
{
	strvec *v = ctx;
	const char *s;
	int rc;

	if ((rc = field_str(f, &s, 1, 1, 0)))
		return rc;
	if (geokg__grow(&v->v, &v->cap, v->n + 1, sizeof *v->v))
		return GEOKG_ENOMEM;
	v->v[v->n++] = s;
	return 0;
}

static int role_value(fscan *f, int i, void *ctx)
{
	geokg_role *r = ctx;

	switch (i) {
	case 0: return field_str(f, &r->role, 1, 0, 0);
	case 1: return field_str(f, &r->of, 0, 0, 0);
	case 2: return field_str(f, &r->start, 0, 0, 1);
	case 3: return field_str(f, &r->end, 0, 0, 1);
	default: return field_str(f, &r->note, 0, 0, 0);
	}
}

static int role_item(fscan *f, void *ctx)
{
	geokg_role r;
	unsigned seen;
	int rc;

	(void)ctx;
	memset(&r, 0, sizeof r);
	if ((rc = object(f, role_keys, &seen, role_value, &r)))
		return rc;
	if (!r.role)
		return GIVE_UP;
	if (geokg__grow(&f->roles, &f->cap_roles, f->n_roles + 1, sizeof r))
		return GEOKG_ENOMEM;
	f->roles[f->n_roles++] = r;
	return 0;
}

static int node_value(fscan *f, int i, void *ctx)
{
	node_ctx *c = ctx;

	switch (i) {
	case 0: return field_str(f, &c->n.id, 1, 1, 0);
	case 1: return field_str(f, &c->kind, 1, 0, 0);
	case 2: return field_str(f, &c->n.name, 1, 0, 0);
	case 3: return field_str(f, &c->n.country, 0, 0, 0);
	case 8: return array(f, role_item, NULL);
	default: return array(f, name_item, &f->names[i - 4]);
	}
}

static int node_item(fscan *f, void *ctx)
{
	node_ctx c;
	unsigned seen;
	size_t n_before;
	int rc, k, i;

	(void)ctx;
	memset(&c, 0, sizeof c);
	for (i = 0; i < 4; i++)
		f->names[i].n = 0;
	f->n_roles = 0;
	if ((rc = object(f, node_keys, &seen, node_value, &c)))
		return rc;
	if (!c.n.id || !c.kind || !c.n.name || (k = geokg_kind_parse(c.kind)) < 0 ||
	    geokg_graph_find(f->g, c.n.id) >= 0)
		return GIVE_UP;
	c.n.kind = (geokg_kind)k;
	c.n.aliases = f->names[0].v;
	c.n.n_aliases = f->names[0].n;
	c.n.demonyms = f->names[1].v;
	c.n.n_demonyms = f->names[1].n;
	c.n.metonyms = f->names[2].v;
	c.n.n_metonyms = f->names[2].n;
	c.n.ambiguous = f->names[3].v;
	c.n.n_ambiguous = f->names[3].n;
	c.n.roles = f->roles;
	c.n.n_roles = f->n_roles;
	n_before = geokg_graph_node_count(f->g);
	if (n_before && strcmp(geokg_graph_node(f->g, n_before - 1)->id, c.n.id) > 0)
		f->nodes_sorted = 0;
	rc = geokg_graph_add_node(f->g, &c.n, NULL, f->err);
	return rc == GEOKG_ENOMEM ? rc : rc ? GIVE_UP : 0;
}

/* ---- edges --------------------------------------------------------- */

static const fkey edge_keys[] = {
	K("source"), K("target"), K("type"), K("modality"), K("object"),
	K("location"), K("first_seen"), K("last_seen"), K("weight"),
	K("evidence"), {NULL, 0}};
static const fkey ev_keys[] = {
	K("doc"), K("date"), K("sentence"), K("start"), K("end"), K("text"),
	{NULL, 0}};


/* An evidence text: kept in the graph's text arena, not interned (texts
 * are many, long and rarely equal). */
static int text_value(fscan *f, const char **out)
{
	char *t;
	fstr s;
	int rc;

	if ((rc = str_or_null(f, &s)))
		return rc;
	*out = NULL;
	if (!s.s)
		return 0;
	if (!(t = geokg__arena_alloc(&f->g->texts, s.n + 1)))
		return GEOKG_ENOMEM;
	memcpy(t, s.s, s.n);
	t[s.n] = '\0';
	*out = t;
	return 0;
}

static int ev_value(fscan *f, int i, void *ctx)
{
	geokg_evidence *ev = ctx;

	switch (i) {
	case 0: return field_str(f, &ev->doc, 1, 1, 0);
	case 1: return field_str(f, &ev->date, 0, 0, 1);
	case 2: return count(f, &ev->sentence);
	case 3: return count(f, &ev->start);
	case 4: return count(f, &ev->end);
	default: return text_value(f, &ev->text);
	}
}

static int ev_item(fscan *f, void *ctx)
{
	geokg_evidence ev;
	unsigned seen;
	int rc;

	(void)ctx;
	memset(&ev, 0, sizeof ev);
	if ((rc = object(f, ev_keys, &seen, ev_value, &ev)))
		return rc;
	/* doc, sentence, start and end are required */
	if ((seen & 0x1D) != 0x1D || ev.end < ev.start)
		return GIVE_UP;
	if (geokg__grow(&f->evs, &f->cap_evs, f->n_evs + 1, sizeof ev))
		return GEOKG_ENOMEM;
	f->evs[f->n_evs++] = ev;
	return 0;
}

/* The value of a name among n names (geokg_type_name etc.), or -1. */
static int vocab(const fstr *s, const char *(*name)(int), int n)
{
	int i;

	for (i = 0; s->s && s->n && i < n; i++)
		if (name(i)[0] == s->s[0] && strncmp(name(i), s->s, s->n) == 0 &&
		    name(i)[s->n] == '\0')
			return i;
	return -1;
}

static const char *type_name(int i)
{
	return geokg_type_name((geokg_type)i);
}

static const char *modality_name(int i)
{
	return geokg_modality_name((geokg_modality)i);
}

static int edge_value(fscan *f, int i, void *ctx)
{
	edge_ctx *c = ctx;
	size_t v;
	long w;
	fstr s;
	int rc;

	switch (i) {
	case 0: case 1:
		if ((rc = str(f, &s)))
			return rc;
		/* canonical files list the edges of one source together */
		if (i == 0 && f->last_src && s.n == f->last_src_n &&
		    bytes_eq(s.s, f->last_src, s.n)) {
			c->ends[0] = f->last_src_node;
			return 0;
		}
		if (!geokg__map_get(&f->g->node_ids, s.s, s.n, &v))
			return GIVE_UP;
		c->ends[i] = v;
		if (i == 0 && s.s != f->tmp.data) {
			f->last_src = s.s;
			f->last_src_n = s.n;
			f->last_src_node = v;
		}
		return 0;
	case 2: case 3:
		if ((rc = str(f, &s)))
			return rc;
		if (i == 2 && (c->type = vocab(&s, type_name, GEOKG_TYPE_COUNT)) < 0)
			return GIVE_UP;
		if (i == 3 && (c->modality = vocab(&s, modality_name, GEOKG_MOD_COUNT)) < 0)
			return GIVE_UP;
		return 0;
	case 4: return field_str(f, &c->object, 0, 0, 0);
	case 5: return field_str(f, &c->location, 0, 0, 0);
	case 6: case 7: return check_date(f);
	case 8: return count(f, &w);
	default: return array(f, ev_item, NULL);
	}
}

/* Whether edge c comes strictly after the last one read in canonical
 * order (source id, target id, type, modality): then it is new. */
static int edge_after(const fscan *f, const edge_ctx *c)
{
	const edge_ctx *l = &f->last;
	int d;

	if (!f->have_last)
		return 1;
	if (f->nodes_sorted) {
		/* node numbers are in id order */
		if (c->ends[0] != l->ends[0])
			return c->ends[0] > l->ends[0];
		if (c->ends[1] != l->ends[1])
			return c->ends[1] > l->ends[1];
	} else if ((d = strcmp(f->g->nodes[c->ends[0]].pub.id, f->g->nodes[l->ends[0]].pub.id)))
		return d > 0;
	else if ((d = strcmp(f->g->nodes[c->ends[1]].pub.id, f->g->nodes[l->ends[1]].pub.id)))
		return d > 0;
	if (c->type != l->type)
		return c->type > l->type;
	return c->modality > l->modality;
}

static int edge_item(fscan *f, void *ctx)
{
	edge_ctx c;
	unsigned seen;
	int rc;

	(void)ctx;
	memset(&c, 0, sizeof c);
	f->n_evs = 0;
	if ((rc = object(f, edge_keys, &seen, edge_value, &c)))
		return rc;
	if ((seen & 0xF) != 0xF)
		return GIVE_UP;
	if (f->sorted && edge_after(f, &c)) {
		f->last = c;
		f->have_last = 1;
		rc = geokg__graph_append_edge(f->g, c.ends[0], c.ends[1],
		                              (geokg_type)c.type,
		                              (geokg_modality)c.modality, c.object,
		                              c.location, f->evs, f->n_evs, f->err);
		return rc == GEOKG_ENOMEM ? rc : rc ? GIVE_UP : 0;
	}
	f->sorted = 0;
	rc = geokg__graph_add_edge_interned(f->g, c.ends[0], c.ends[1],
	                                    (geokg_type)c.type,
	                                    (geokg_modality)c.modality, c.object,
	                                    c.location, f->evs, f->n_evs, f->err);
	return rc == GEOKG_ENOMEM ? rc : rc ? GIVE_UP : 0;
}

/* ---- the document -------------------------------------------------- */

static const fkey top_keys[] = {
	K("format"), K("version"), K("nodes"), K("edges"), {NULL, 0}};

static int top_value(fscan *f, int i, void *ctx)
{
	unsigned *nodes_read = ctx;
	long v;
	fstr s;
	int rc;

	switch (i) {
	case 0:
		if ((rc = str(f, &s)))
			return rc;
		return s.n == 5 && memcmp(s.s, "geokg", 5) == 0 ? 0 : GIVE_UP;
	case 1:
		if ((rc = count(f, &v)))
			return rc;
		return v == 1 ? 0 : GIVE_UP;
	case 2:
		*nodes_read = 1;
		return array(f, node_item, NULL);
	default:
		/* Edges before nodes: only an empty list here. */
		if (!*nodes_read)
			return lit(f, '[') && lit(f, ']') ? 0 : GIVE_UP;
		return array(f, edge_item, NULL);
	}
}

static void fscan_free(fscan *f)
{
	int i;

	geokg__buf_free(&f->tmp);
	for (i = 0; i < 4; i++)
		free(f->names[i].v);
	free(f->roles);
	free(f->evs);
}

int geokg__graph_read_fast(const char *buf, size_t len, geokg_graph **out,
                           geokg_error *err)
{
	unsigned seen, nodes_read = 0;
	fscan f;
	int rc;

	*out = NULL;
	memset(&f, 0, sizeof f);
	f.p = buf;
	f.end = buf + len;
	f.err = err;
	f.sorted = 1;
	f.nodes_sorted = 1;
	if ((rc = geokg_graph_new(&f.g, err)))
		return rc;
	rc = object(&f, top_keys, &seen, top_value, &nodes_read);
	ws(&f);
	if (!rc && (f.p != f.end || (seen & 3) != 3))
		rc = GIVE_UP;
	fscan_free(&f);
	if (rc) {
		geokg_graph_free(f.g);
		return rc == GEOKG_ENOMEM ? geokg__nomem(err) : GIVE_UP;
	}
	*out = f.g;
	return 0;
}
