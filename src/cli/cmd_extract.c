/*
 * cmd_extract.c - `geokg extract`: an article (or a stream of JSON Lines
 * documents) to its graph of typed edges with modality and evidence.
 */
#include "config.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <jansson.h>

#include "cli.h"

static const char usage[] =
	"usage: geokg extract [--id ID] [--date YYYY-MM-DD] [--world FILE]\n"
	"                     [--jsonl] [FILE|-]\n"
	"\n"
	"Read a news article (UTF-8 text; standard input when FILE is - or\n"
	"missing) and print its graph in the native JSON format: the actors it\n"
	"relates, and typed edges (meets, supplies, threatens, sanctions) with\n"
	"modality, object, location and evidence (document, date, sentence,\n"
	"byte span of the sentence in the input, the sentence).\n"
	"\n"
	"  --id ID       the document id written in the evidence (default: the\n"
	"                file name, or '-')\n"
	"  --date DATE   the article's date: resolves \"the Russian president\"\n"
	"  --world FILE  the world graph of known actors (default: $GEOKG_WORLD,\n"
	"                then the build tree's graphs/world.json, then the\n"
	"                installed one)\n"
	"  --jsonl       read JSON Lines documents {\"id\", \"date\", \"text\"} and\n"
	"                write one graph per line; a bad record is reported with\n"
	"                its line number and skipped (exit status 2 at the end);\n"
	"                dates as geokg ingest reads them (2017-12-13,\n"
	"                \"December 13, 2017\", \"13 Dec 2017\")\n"
	"  --stats       at the end, print to standard error the documents,\n"
	"                sentences, bytes and edges read, and the time taken\n"
	"\n"
	"Invalid UTF-8 is replaced by U+FFFD with a warning; input holding NUL\n"
	"bytes is refused (\"not text\").\n";

int cli_extractor_open(geokg_extractor **out, const char *world_opt);

/*
 * Load the world graph (geokg_world_load: --world, $GEOKG_WORLD, the build
 * tree's graphs/world.json, the installed one; a missing one names the
 * paths tried) and build an extractor.  Returns a CLI status.
 */
int cli_extractor_open(geokg_extractor **out, const char *world_opt)
{
	geokg_graph *w = NULL;
	geokg_error err;
	if (geokg_world_load(&w, world_opt, &err))
		return cli_report(&err);
	if (geokg_extractor_new(out, w, &err)) {
		geokg_graph_free(w);
		return cli_report(&err);
	}
	geokg_graph_free(w);
	return CLI_OK;
}

/* Read a whole stream into a malloc'd buffer. */
static int slurp(FILE *f, char **buf, size_t *len)
{
	size_t cap = 1 << 16, n = 0;
	char *b = malloc(cap);
	if (!b)
		return -1;
	for (;;) {
		size_t r;
		if (n == cap) {
			char *nb = cap > SIZE_MAX / 2 ? NULL : realloc(b, cap * 2);
			if (!nb) {
				free(b);
				return -1;
			}
			b = nb;
			cap *= 2;
		}
		r = fread(b + n, 1, cap - n, f);
		n += r;
		if (r == 0)
			break;
	}
	if (ferror(f)) {
		free(b);
		return -1;
	}
	*buf = b;
	*len = n;
	return 0;
}

/* Totals for --stats. */
static struct {
	size_t docs, sentences, bytes, relations;
} totals;

/* Extract one document and write its graph.  Returns a CLI status. */
static int run_one(const geokg_extractor *x, const geokg_document *doc,
                   const char *where, unsigned flags)
{
	geokg_graph *g = NULL;
	geokg_extract_info info;
	geokg_error err;
	if (geokg_extract(&g, x, doc, &info, &err)) {
		if (where)
			return cli_error(err.code == GEOKG_ENOMEM ? CLI_FAIL : CLI_USAGE,
			                 "%s: %s", where, err.message);
		return cli_report(&err);
	}
	totals.docs++;
	totals.sentences += info.sentences;
	totals.bytes += doc->len;
	totals.relations += info.relations;
	if (info.invalid_bytes)
		cli_warn("%s: %zu invalid UTF-8 byte%s replaced",
		         where ? where : doc->id, info.invalid_bytes,
		         info.invalid_bytes == 1 ? "" : "s");
	if (geokg_graph_write(g, stdout, flags, &err)) {
		geokg_graph_free(g);
		return cli_report(&err);
	}
	if (flags & GEOKG_WRITE_ONELINE)
		fflush(stdout);
	geokg_graph_free(g);
	return CLI_OK;
}

/* One JSON Lines record: {"id": ..., "date": ..., "text": ...}. */
static int run_record(const geokg_extractor *x, const char *line, size_t n,
                      const char *name, size_t lineno, size_t *bad)
{
	json_error_t je;
	json_t *j = NULL, *id, *date, *text;
	geokg_document doc;
	char where[512], idbuf[32], datebuf[11];
	int rc;

	snprintf(where, sizeof where, "%s:%zu", name, lineno);
	j = json_loadb(line, n, JSON_REJECT_DUPLICATES, &je);
	if (!j || !json_is_object(j)) {
		cli_error(CLI_USAGE, "%s:%d: bad record skipped: %s", where,
		          j ? 1 : je.column, j ? "not an object" : je.text);
		goto bad;
	}
	id = json_object_get(j, "id");
	date = json_object_get(j, "date");
	text = json_object_get(j, "text");
	if (!json_is_string(text) || (id && !json_is_string(id) &&
	                              !json_is_integer(id)) ||
	    (date && !json_is_string(date) && !json_is_null(date))) {
		cli_error(CLI_USAGE, "%s: bad record skipped: want string \"text\", "
		          "\"id\" and \"date\"", where);
		goto bad;
	}
	memset(&doc, 0, sizeof doc);
	if (json_is_integer(id)) {
		snprintf(idbuf, sizeof idbuf, "%" JSON_INTEGER_FORMAT,
		         json_integer_value(id));
		doc.id = idbuf;
	} else {
		doc.id = id ? json_string_value(id) : where;
	}
	/* dates as geokg ingest reads them, so that a map-reduce run gives
	 * the graph of an ingest of the same documents */
	if (json_is_string(date) && json_string_length(date) > 0) {
		if (geokg_date_normalize(json_string_value(date), datebuf)) {
			cli_error(CLI_USAGE, "%s: bad date '%s' (want YYYY-MM-DD or "
			          "'December 13, 2017'); record skipped", where,
			          json_string_value(date));
			goto bad;
		}
		doc.date = datebuf;
	}
	doc.text = json_string_value(text);
	doc.len = json_string_length(text);
	rc = run_one(x, &doc, where, GEOKG_WRITE_ONELINE);
	json_decref(j);
	if (rc == CLI_USAGE) {
		(*bad)++;
		return CLI_OK;
	}
	return rc;
bad:
	json_decref(j);
	(*bad)++;
	return CLI_OK;
}

static int run_jsonl(const geokg_extractor *x, FILE *f, const char *name)
{
	char *line = NULL;
	size_t cap = 0, lineno = 0, bad = 0;
	ssize_t n;
	int rc = CLI_OK;
	while (rc == CLI_OK && (n = getline(&line, &cap, f)) >= 0) {
		lineno++;
		while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
			n--;
		if (n == 0)
			continue;
		rc = run_record(x, line, (size_t)n, name, lineno, &bad);
	}
	free(line);
	if (rc == CLI_OK && ferror(f))
		rc = cli_error(CLI_FAIL, "%s: read error: %s", name, strerror(errno));
	if (rc == CLI_OK && bad)
		rc = cli_error(CLI_USAGE, "%s: %zu bad record%s skipped", name, bad,
		               bad == 1 ? "" : "s");
	return rc;
}

CLI_COMMAND(extract)
{
	static const struct option opts[] = {
		{"id", required_argument, NULL, 'i'},
		{"date", required_argument, NULL, 'd'},
		{"world", required_argument, NULL, 'w'},
		{"jsonl", no_argument, NULL, 'l'},
		{"stats", no_argument, NULL, 's'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0}};
	const char *id = NULL, *date = NULL, *world = NULL, *path = "-";
	int jsonl = 0, stats = 0, c, rc;
	struct timespec t0, t1;
	geokg_extractor *x = NULL;
	FILE *f = stdin;

	optind = 0;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 'i': id = optarg; break;
		case 'd': date = optarg; break;
		case 'w': world = optarg; break;
		case 'l': jsonl = 1; break;
		case 's': stats = 1; break;
		case 'h': return cli_usage(usage, 1);
		default: return cli_usage(usage, 0);
		}
	}
	if (optind + 1 < argc)
		return cli_usage(usage, 0);
	if (optind < argc)
		path = argv[optind];
	if (date && !geokg_date_valid(date))
		return cli_error(CLI_USAGE, "bad --date '%s' (want YYYY-MM-DD)", date);
	if (strcmp(path, "-") != 0 && !(f = fopen(path, "rb")))
		return cli_error(CLI_USAGE, "cannot open '%s': %s", path,
		                 strerror(errno));
	if ((rc = cli_extractor_open(&x, world)))
		goto done;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	if (jsonl) {
		rc = run_jsonl(x, f, strcmp(path, "-") ? path : "<stdin>");
	} else {
		geokg_document doc;
		char *buf = NULL;
		size_t len = 0;
		if (slurp(f, &buf, &len)) {
			rc = cli_error(CLI_FAIL, "cannot read '%s': %s", path,
			               strerror(errno));
			goto done;
		}
		memset(&doc, 0, sizeof doc);
		doc.id = id ? id : path;
		doc.date = date;
		doc.text = buf;
		doc.len = len;
		rc = run_one(x, &doc, NULL, 0);
		free(buf);
	}
	if (stats) {
		double sec;
		clock_gettime(CLOCK_MONOTONIC, &t1);
		sec = (double)(t1.tv_sec - t0.tv_sec) +
		      (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
		fprintf(stderr, "geokg: extracted %zu documents, %zu sentences, %zu "
		        "bytes, %zu relations in %.3f s\n", totals.docs,
		        totals.sentences, totals.bytes, totals.relations, sec);
	}
done:
	geokg_extractor_free(x);
	if (f && f != stdin)
		fclose(f);
	return rc;
}
