/*
 * csv.c - delimited text (RFC 4180 CSV, tab-separated tables) read from a
 * buffer in memory, and dates in the forms news tables use.  See csv.h.
 */
#include "config.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "csv.h"

void geokg__csv_init(geokg_csv *c, const char *buf, size_t len,
                     const char *name, char delim, int quotes)
{
	memset(c, 0, sizeof *c);
	c->buf = buf;
	c->len = len;
	c->name = name ? name : "<csv>";
	c->delim = delim;
	c->quotes = quotes;
	c->next_line = 1;
	if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
		c->pos = 3;
}

void geokg__csv_free(geokg_csv *c)
{
	geokg__buf_free(&c->text);
	free(c->fields);
	free(c->offs);
	memset(c, 0, sizeof *c);
}

/* Whether position p ends a line: LF, or CR before LF or the end. */
static int at_eol(const geokg_csv *c, size_t p)
{
	return c->buf[p] == '\n' ||
	       (c->buf[p] == '\r' && (p + 1 == c->len || c->buf[p + 1] == '\n'));
}

/* Copy unquoted bytes up to the next delimiter or end of line. */
static int copy_plain(geokg_csv *c)
{
	size_t p = c->pos;

	while (p < c->len && c->buf[p] != c->delim && !at_eol(c, p))
		p++;
	if (geokg__buf_put(&c->text, c->buf + c->pos, p - c->pos))
		return GEOKG_ENOMEM;
	c->pos = p;
	return 0;
}

/* Copy a quoted field's contents (c->pos is after the opening quote). */
static int copy_quoted(geokg_csv *c, geokg_error *err)
{
	for (;;) {
		const char *q = memchr(c->buf + c->pos, '"', c->len - c->pos);
		size_t p = q ? (size_t)(q - c->buf) : c->len, i;

		for (i = c->pos; i < p; i++)
			if (c->buf[i] == '\n')
				c->next_line++;
		if (geokg__buf_put(&c->text, c->buf + c->pos, p - c->pos))
			return geokg__nomem(err);
		if (!q)
			return geokg__fail(err, GEOKG_EINVAL,
			                   "%s:%zu: a quoted field is not closed",
			                   c->name, c->line);
		if (p + 1 < c->len && c->buf[p + 1] == '"') {
			if (geokg__buf_put(&c->text, "\"", 1))
				return geokg__nomem(err);
			c->pos = p + 2;
			continue;
		}
		c->pos = p + 1;
		return 0;
	}
}

/* Read one field into c->text, NUL-terminated; records its offset. */
static int read_field(geokg_csv *c, geokg_error *err)
{
	int rc;

	if (geokg__grow(&c->offs, &c->cap_offs, c->n + 1, sizeof *c->offs))
		return geokg__nomem(err);
	c->offs[c->n++] = c->text.len;
	if (c->quotes && c->pos < c->len && c->buf[c->pos] == '"') {
		c->pos++;
		if ((rc = copy_quoted(c, err)))
			return rc;
	}
	if (copy_plain(c) || geokg__buf_put(&c->text, "", 1))
		return geokg__nomem(err);
	return 0;
}

int geokg__csv_next(geokg_csv *c, geokg_error *err)
{
	size_t i;
	int rc;

	if (c->pos >= c->len)
		return 0;
	c->line = c->next_line;
	c->n = 0;
	c->text.len = 0;
	for (;;) {
		if ((rc = read_field(c, err)))
			return rc;
		if (c->pos < c->len && c->buf[c->pos] == c->delim) {
			c->pos++;
			continue;
		}
		break;
	}
	if (c->pos < c->len && c->buf[c->pos] == '\r')
		c->pos++;
	if (c->pos < c->len && c->buf[c->pos] == '\n')
		c->pos++;
	c->next_line++;
	if (geokg__grow(&c->fields, &c->cap_fields, c->n, sizeof *c->fields))
		return geokg__nomem(err);
	for (i = 0; i < c->n; i++)
		c->fields[i] = c->text.data + c->offs[i];
	return 1;
}

long geokg__csv_find(const geokg_csv *c, const char *name)
{
	size_t i;

	for (i = 0; i < c->n; i++)
		if (strcasecmp(c->fields[i], name) == 0)
			return (long)i;
	return -1;
}

/* ---- dates --------------------------------------------------------- */

static const char *const months[12] = {
	"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december"};

/* The month (1-12) named by the n letters at s: the full English name or
 * its first three letters ("Sept" too), any case; 0 when none. */
static int month_of(const char *s, size_t n)
{
	int m;

	for (m = 0; m < 12; m++)
		if ((n == strlen(months[m]) || n == 3 ||
		     (m == 8 && n == 4)) &&
		    strncasecmp(s, months[m], n) == 0)
			return m + 1;
	return 0;
}

/* Read digits at *s (at most max): the value, or -1 when none. */
static long digits(const char **s, int max)
{
	long v = 0;
	int n = 0;

	while (n < max && isdigit((unsigned char)**s)) {
		v = v * 10 + (**s - '0');
		(*s)++;
		n++;
	}
	return n ? v : -1;
}

/* A word of letters at *s: its length; *s moves past it. */
static size_t word(const char **s)
{
	const char *b = *s;

	while (isalpha((unsigned char)**s))
		(*s)++;
	return (size_t)(*s - b);
}

static void skip_space(const char **s)
{
	while (isspace((unsigned char)**s))
		(*s)++;
}

/* Write y-m-d to out if it is a valid date; 0 or -1. */
static int make_date(long y, long m, long d, char out[11])
{
	if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31)
		return -1;
	snprintf(out, 11, "%04ld-%02ld-%02ld", y, m, d);
	return geokg_date_valid(out) ? 0 : -1;
}

/* "2017-12-13[T...]" or "20171213" */
static int iso_date(const char *s, char out[11])
{
	long y, m, d;

	if ((y = digits(&s, 4)) < 0)
		return -1;
	if (*s == '-') {
		s++;
		if ((m = digits(&s, 2)) < 0 || *s++ != '-' || (d = digits(&s, 2)) < 0)
			return -1;
	} else if ((m = digits(&s, 2)) < 0 || (d = digits(&s, 2)) < 0) {
		return -1;
	}
	if (*s && *s != 'T' && *s != 't' && !isspace((unsigned char)*s))
		return -1;
	return make_date(y, m, d, out);
}

/* "December 13, 2017", "Dec. 13 2017" */
static int month_first(const char *s, char out[11])
{
	const char *w = s;
	size_t n = word(&s);
	long m = month_of(w, n), d, y;

	if (!m)
		return -1;
	if (*s == '.')
		s++;
	skip_space(&s);
	if ((d = digits(&s, 2)) < 0)
		return -1;
	if (*s == ',')
		s++;
	skip_space(&s);
	if ((y = digits(&s, 4)) < 0)
		return -1;
	skip_space(&s);
	return *s ? -1 : make_date(y, m, d, out);
}

/* "13 December 2017", "13 Dec. 2017" */
static int day_first(const char *s, char out[11])
{
	long d = digits(&s, 2), m, y;
	const char *w;

	if (d < 0)
		return -1;
	skip_space(&s);
	w = s;
	if (!(m = month_of(w, word(&s))))
		return -1;
	if (*s == '.')
		s++;
	if (*s == ',')
		s++;
	skip_space(&s);
	if ((y = digits(&s, 4)) < 0)
		return -1;
	skip_space(&s);
	return *s ? -1 : make_date(y, m, d, out);
}

int geokg__date_parse(const char *s, char out[11])
{
	const char *p = s;

	skip_space(&p);
	if (isalpha((unsigned char)*p))
		return month_first(p, out);
	if (isdigit((unsigned char)p[0]) && isdigit((unsigned char)p[1]) &&
	    isdigit((unsigned char)p[2]) && isdigit((unsigned char)p[3]))
		return iso_date(p, out);
	return day_first(p, out);
}

int geokg_date_normalize(const char *s, char out[11])
{
	char d[11];

	if (!s || geokg__date_parse(s, d))
		return GEOKG_EINVAL;
	memcpy(out, d, sizeof d);
	return 0;
}
