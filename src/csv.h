/*
 * csv.h - private: a reader of delimited text (RFC 4180 CSV and
 * tab-separated tables) over a buffer in memory, and the parsing of the
 * dates found in such tables.  Used by ingest (CSV documents) and the
 * GDELT import.  Nothing here is exported.
 */
#ifndef GEOKG_CSV_H
#define GEOKG_CSV_H

#include <stddef.h>

#include "geokg.h"
#include "util.h"

/*
 * A reader.  Fields are separated by `delim`; records end at LF or CRLF.
 * With `quotes`, a field that starts with '"' runs to the next lone '"',
 * may hold delimiters and line breaks, and "" in it is one '"' (RFC
 * 4180); text after the closing quote is kept as it is.  Without
 * `quotes` (GDELT's tab-separated files) '"' is an ordinary character.
 * After geokg__csv_next() returns 1, fields[0..n-1] are the record's
 * NUL-terminated fields (valid until the next call) and `line` is the
 * line the record starts on (from 1).
 */
typedef struct geokg_csv {
	const char *buf, *name;
	size_t len, pos, next_line;
	char delim;
	int quotes;
	size_t line;       /* line of the current record */
	size_t n;          /* fields in the current record */
	const char **fields;
	size_t cap_fields;
	geokg_buf text;    /* the fields' bytes, NUL after each */
	size_t *offs;      /* offsets of the fields in text */
	size_t cap_offs;
} geokg_csv;

/* Start reading buf (len bytes; borrowed) named `name` in messages; a
 * UTF-8 byte order mark is skipped.  This function can't fail. */
void geokg__csv_init(geokg_csv *c, const char *buf, size_t len,
                     const char *name, char delim, int quotes);
/* Read the next record: 1 when there is one, 0 at the end, or a negative
 * code (an unterminated quoted field: "name:line: ..."; out of memory).
 * A blank line is a record of one empty field. */
int geokg__csv_next(geokg_csv *c, geokg_error *err);
void geokg__csv_free(geokg_csv *c);

/* The index of the field equal to `name` (ASCII case ignored) in the
 * current record, or -1. */
long geokg__csv_find(const geokg_csv *c, const char *name);

/*
 * Parse a date as found in news tables into out ("YYYY-MM-DD"): ISO 8601
 * ("2017-12-13", also with a time after it: "2017-12-13T08:00:00Z"),
 * "20171213", "December 13, 2017", "Dec 13, 2017", "Dec. 13, 2017",
 * "13 December 2017", "13 Dec 2017", with any surrounding white space.
 * Returns 0, or -1 when s is not such a date (or not a valid day).
 */
int geokg__date_parse(const char *s, char out[11]);

#endif
