/*
 * cli.c - helpers shared by the geokg commands: messages, usage, option
 * values, loading graphs.
 */
#include "config.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "cli.h"

int cli_error(int status, const char *fmt, ...)
{
	va_list ap;

	fputs("geokg: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	return status;
}

void cli_warn(const char *fmt, ...)
{
	va_list ap;

	fputs("geokg: warning: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

int cli_report(const geokg_error *err)
{
	switch (err->code) {
	case GEOKG_EINVAL:
	case GEOKG_ENOTFOUND:
	case GEOKG_EAMBIGUOUS:
	case GEOKG_ELIMIT:
		return cli_error(CLI_USAGE, "%s", err->message);
	default:
		return cli_error(CLI_FAIL, "%s", err->message);
	}
}

int cli_usage(const char *usage, int to_stdout)
{
	fputs(usage, to_stdout ? stdout : stderr);
	return to_stdout ? CLI_OK : CLI_USAGE;
}

long cli_parse_count(const char *opt, const char *s)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(s, &end, 10);
	if (errno || end == s || *end || v < 0) {
		cli_error(CLI_USAGE, "%s: expected a non-negative integer, got '%s'",
		          opt, s);
		return -1;
	}
	return v;
}

int cli_load_graph(geokg_graph **out, const char *path)
{
	geokg_error err;

	if (geokg_graph_load(out, path, &err))
		return cli_report(&err);
	return CLI_OK;
}

int cli_filter_option(int c, const char *arg, geokg_filter *f)
{
	geokg_error err;
	long n;
	int rc;

	switch (c) {
	case 0x100: rc = geokg_filter_set_types(f, arg, &err); break;
	case 0x101: rc = geokg_filter_set_modalities(f, arg, &err); break;
	case 0x102: rc = geokg_filter_set_date(&f->since, arg, &err); break;
	case 0x103: rc = geokg_filter_set_date(&f->until, arg, &err); break;
	case 0x104:
		if ((n = cli_parse_count("--min-weight", arg)) < 0)
			return -1;
		f->min_weight = (size_t)n;
		return 1;
	default: return 0;
	}
	if (rc) { /* "--since: '2024-13-01' is not a date (YYYY-MM-DD)" */
		static const char *const opt[] = {"--type", "--modality", "--since",
		                                  "--until"};

		cli_error(CLI_USAGE, "%s: %s", opt[c - 0x100], err.message);
		return -1;
	}
	return 1;
}
