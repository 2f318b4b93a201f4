/*
 * fuzz_csv.c - fuzz target for the CSV/TSV reader (src/csv.c) and the
 * parser of dates found in news tables.  The first byte of the input
 * chooses the dialect (comma with quotes, tab without, tab with quotes,
 * semicolon with quotes); the rest is the table.  The reader must end
 * (each record consumes input), give at least one field per record, line
 * numbers that never go back and never pass the input's line count, and
 * fields no longer than the input; an error must be one line naming the
 * table.  Every field is also given to the date parser, whose output must
 * be a valid date when it accepts one.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "csv.h"
#include "fuzz_world.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char delims[4] = {',', '\t', '\t', ';'};
	static const int quotes[4] = {1, 0, 1, 1};
	const char *buf = (const char *)data + 1;
	size_t len, lines = 1, last_line = 0, last_pos = 0, i;
	geokg_csv c;
	geokg_error err;
	int rc, d;

	if (size < 1)
		return 0;
	d = data[0] & 3;
	len = size - 1;
	for (i = 0; i < len; i++)
		if (buf[i] == '\n')
			lines++;
	geokg__csv_init(&c, buf, len, "t.csv", delims[d], quotes[d]);
	while ((rc = geokg__csv_next(&c, &err)) == 1) {
		if (c.n < 1 || c.line < last_line || c.line > lines ||
		    (c.pos <= last_pos && last_line))
			abort();
		last_line = c.line;
		last_pos = c.pos;
		for (i = 0; i < c.n; i++) {
			char date[11];

			if (strlen(c.fields[i]) > len)
				abort();
			if (geokg__date_parse(c.fields[i], date) == 0 &&
			    (!geokg_date_valid(date) || strlen(date) != 10))
				abort();
		}
		if (c.n > 0 && geokg__csv_find(&c, c.fields[0]) != 0)
			abort();
	}
	if (rc < 0 && (rc != GEOKG_EINVAL || !fuzz_one_line(err.message) ||
	               strncmp(err.message, "t.csv:", 6) != 0))
		abort();
	if (rc == 0 && c.pos < len)
		abort();
	geokg__csv_free(&c);
	return 0;
}
