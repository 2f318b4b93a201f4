/*
 * cmd_path.c - `geokg path GRAPH FROM TO`: how two actors are connected,
 * every hop with its strongest edge and evidence; `--batch FILE` answers
 * one FROM TO question a line after a single load.
 */
#include "config.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

#include "cli.h"
#include "cli_query.h"

static const char usage[] =
	"usage: geokg path [OPTIONS] GRAPH FROM TO\n"
	"       geokg path [OPTIONS] --batch FILE GRAPH\n"
	"\n"
	"Show how actor FROM is connected to actor TO in GRAPH: the shortest\n"
	"path, each hop with its type, direction, modality, documents and\n"
	"strongest evidence.  Actors are named by id, name, alias, demonym,\n"
	"capital or role phrase (\"the Russian president\"), as geokg actors\n"
	"resolves them.  No path is an answer (status 0).\n"
	"\n"
	"  --directed           follow edges from source to target (meets\n"
	"                       is symmetric); default: either way\n"
	"  --all                every shortest path\n"
	"  --k N                the N shortest simple paths\n"
	"  --max-hops N         every simple path of at most N hops\n"
	"  --limit N            at most N paths for --all and --max-hops\n"
	"                       (default 1000)\n"
	"  --batch FILE         answer each line \"FROM TO\" of FILE (- for\n"
	"                       standard input; quote names with spaces)\n"
	"  --json               JSON (one object a line with --batch)\n"
	CLI_QUERY_FILTER_USAGE;

typedef struct opts {
	geokg_path_query q;
	geokg_filter f;
	int json;
} opts;

/* Whether, with the default modalities, a path would have been found
 * through negated edges (the answer is then worth a hint). */
static int negated_path(const geokg_graph *g, const opts *o)
{
	geokg_path_query q = o->q;
	geokg_filter f = o->f;
	geokg_paths *p = NULL;
	int found;

	if (f.modalities != GEOKG_MODALITIES_NOT_NEGATED)
		return 0;
	f.modalities = 0; /* any */
	q.filter = &f;
	found = geokg_paths_find(g, &q, &p, NULL) == 0 && p->n > 0;
	geokg_paths_free(p);
	return found;
}

static void print_text(const geokg_graph *g, const opts *o,
                       const geokg_paths *p)
{
	const char *from = geokg_graph_node(g, o->q.from)->name;
	const char *to = geokg_graph_node(g, o->q.to)->name;
	size_t i, j;

	if (!p->n) {
		printf("no path from %s to %s%s\n", from, to,
		       negated_path(g, o) ? " (only through negated edges: "
		                            "--modality any shows it)" : "");
		return;
	}
	if (o->q.mode == GEOKG_PATH_SHORTEST)
		printf("%s to %s: %zu hop%s\n", from, to, p->paths[0].n_hops,
		       p->paths[0].n_hops == 1 ? "" : "s");
	else
		printf("%s to %s: %zu path%s%s\n", from, to, p->n,
		       p->n == 1 ? "" : "s", p->truncated ? " (limit reached)" : "");
	for (i = 0; i < p->n; i++) {
		const geokg_path *path = &p->paths[i];

		if (o->q.mode != GEOKG_PATH_SHORTEST)
			printf("path %zu: %zu hop%s\n", i + 1, path->n_hops,
			       path->n_hops == 1 ? "" : "s");
		for (j = 0; j < path->n_hops; j++) {
			const geokg_hop *h = &path->hops[j];

			cliq_edge_text(stdout, g, h->edge, h->from, "  ");
			if (h->n_edges > 1)
				printf("      (+%zu more edge%s between them)\n",
				       h->n_edges - 1, h->n_edges == 2 ? "" : "s");
		}
	}
}

static void print_json(const geokg_graph *g, const opts *o,
                       const geokg_paths *p)
{
	size_t i, j;

	fputs("{\"from\":", stdout);
	cliq_actor_json(stdout, g, o->q.from);
	fputs(",\"to\":", stdout);
	cliq_actor_json(stdout, g, o->q.to);
	fputs(",\"paths\":[", stdout);
	for (i = 0; i < p->n; i++) {
		printf("%s{\"hops\":[", i ? "," : "");
		for (j = 0; j < p->paths[i].n_hops; j++) {
			const geokg_hop *h = &p->paths[i].hops[j];

			printf("%s{\"from\":", j ? "," : "");
			cliq_json_str(stdout, geokg_graph_node(g, h->from)->id);
			fputs(",\"to\":", stdout);
			cliq_json_str(stdout, geokg_graph_node(g, h->to)->id);
			printf(",\"edges\":%zu,\"edge\":", h->n_edges);
			cliq_edge_json(stdout, g, h->edge, h->from);
			fputc('}', stdout);
		}
		fputs("]}", stdout);
	}
	printf("],\"truncated\":%s}\n", p->truncated ? "true" : "false");
}

/* Answer one question (o->q.from, o->q.to set). */
static int answer(const geokg_graph *g, opts *o)
{
	geokg_paths *p;
	geokg_error err;

	o->q.filter = &o->f;
	if (geokg_paths_find(g, &o->q, &p, &err))
		return cli_report(&err);
	if (o->json)
		print_json(g, o, p);
	else
		print_text(g, o, p);
	geokg_paths_free(p);
	return CLI_OK;
}

/* The next word of a batch line at *s: "quoted" (with \" and \\) or up
 * to a space, terminated in place.  1 with *w set, 0 at the end of the
 * line, -1 for an unterminated quote (*w at the quote). */
static int next_word(char **s, char **w)
{
	char *p = *s, *d;

	while (isspace((unsigned char)*p))
		p++;
	*w = p;
	if (!*p)
		return 0;
	if (*p == '"') {
		*w = d = ++p;
		for (; *p && *p != '"'; p++) {
			if (*p == '\\' && p[1])
				p++;
			*d++ = *p;
		}
		if (*p != '"') {
			*w -= 1;
			return -1;
		}
		p++;
		*d = '\0';
	} else {
		while (*p && !isspace((unsigned char)*p))
			p++;
		if (*p)
			*p++ = '\0';
	}
	*s = p;
	return 1;
}

/* The column (from 1, in characters) of byte `off` of a line. */
static size_t column(const char *line, size_t off)
{
	size_t i, col = 1;

	for (i = 0; i < off && line[i]; i++)
		col += ((unsigned char)line[i] & 0xC0) != 0x80;
	return col;
}

/*
 * Read the two actors of a batch line (modified in place; `orig` is an
 * unmodified copy, for columns) into o->q.  0, or CLI_USAGE after
 * printing "NAME:LINE:COL: message".
 */
static int batch_line(const geokg_graph *g, opts *o, char *line,
                      const char *orig, const char *name, size_t lineno)
{
	char *s = line, *w[3];
	size_t *node[2] = {&o->q.from, &o->q.to}, i;
	geokg_error err;
	int r[3] = {0, 0, 0};

	for (i = 0; i < 3; i++)
		if ((r[i] = next_word(&s, &w[i])) <= 0)
			break;
	if (i < 3 && r[i] < 0)
		return cli_error(CLI_USAGE, "%s:%zu:%zu: unterminated quoted name",
		                 name, lineno, column(orig, (size_t)(w[i] - line)));
	if (i < 2)
		return cli_error(CLI_USAGE, "%s:%zu:%zu: expected FROM TO, found %s",
		                 name, lineno, column(orig, (size_t)(w[i] - line)),
		                 i ? "only FROM" : "nothing");
	if (i == 3)
		return cli_error(CLI_USAGE, "%s:%zu:%zu: expected FROM TO, found a "
		                 "third name (quote names with spaces)", name, lineno,
		                 column(orig, (size_t)(w[2] - line)));
	for (i = 0; i < 2; i++)
		if (geokg_query_actor(g, w[i], node[i], &err))
			return cli_error(CLI_USAGE, "%s:%zu:%zu: %s", name, lineno,
			                 column(orig, (size_t)(w[i] - line)), err.message);
	return 0;
}

/* Answer every line of `path`; errors go to stderr with the line number
 * and the status of the worst. */
static int batch(const geokg_graph *g, opts *o, const char *path)
{
	FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "r");
	const char *name = f == stdin ? "<stdin>" : path;
	char *line = NULL, *orig = NULL, *s;
	size_t cap = 0, lineno = 0;
	ssize_t len;
	int status = CLI_OK, rc;

	if (!f)
		return cli_error(CLI_FAIL, "%s: cannot open: %m", path);
	while ((len = getline(&line, &cap, f)) > 0) {
		lineno++;
		while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
			line[--len] = '\0';
		s = line;
		while (isspace((unsigned char)*s))
			s++;
		if (!*s || *s == '#')
			continue;
		free(orig);
		if (!(orig = strdup(line))) {
			status = cli_error(CLI_FAIL, "out of memory");
			break;
		}
		if ((rc = batch_line(g, o, line, orig, name, lineno)) ||
		    (rc = answer(g, o)))
			if (rc > status)
				status = rc;
	}
	free(orig);
	free(line);
	if (f != stdin)
		fclose(f);
	return status;
}

CLI_COMMAND(path)
{
	static const struct option longopts[] = {
		{"directed", no_argument, NULL, 'd'},
		{"all", no_argument, NULL, 'a'},
		{"k", required_argument, NULL, 'k'},
		{"max-hops", required_argument, NULL, 'm'},
		{"limit", required_argument, NULL, 'l'},
		{"batch", required_argument, NULL, 'b'},
		{"json", no_argument, NULL, 'j'},
		{"help", no_argument, NULL, 'h'},
		CLI_FILTER_OPTIONS,
		{NULL, 0, NULL, 0}};
	const char *batch_file = NULL;
	geokg_graph *g = NULL;
	opts o;
	long n;
	int c, rc, modes = 0;

	memset(&o, 0, sizeof o);
	o.f = (geokg_filter)CLI_QUERY_FILTER;
	while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		if ((rc = cli_filter_option(c, optarg, &o.f)) < 0)
			return CLI_USAGE;
		if (rc)
			continue;
		switch (c) {
		case 'd': o.q.directed = 1; break;
		case 'a': o.q.mode = GEOKG_PATH_ALL_SHORTEST; modes++; break;
		case 'k': case 'm': case 'l':
			if ((n = cli_parse_count(c == 'k' ? "--k" : c == 'm' ?
			                         "--max-hops" : "--limit", optarg)) < 0)
				return CLI_USAGE;
			if (c == 'k') {
				if (n < 1)
					return cli_error(CLI_USAGE, "--k: must be at least 1");
				o.q.mode = GEOKG_PATH_K_SHORTEST;
				o.q.k = (size_t)n;
				modes++;
			} else if (c == 'm') {
				o.q.mode = GEOKG_PATH_MAX_HOPS;
				o.q.max_hops = (size_t)n;
				modes++;
			} else {
				o.q.limit = (size_t)n;
			}
			break;
		case 'b': batch_file = optarg; break;
		case 'j': o.json = 1; break;
		case 'h': return cli_usage(usage, 1);
		default: return cli_usage(usage, 0);
		}
	}
	if (modes > 1)
		return cli_error(CLI_USAGE, "--all, --k and --max-hops exclude each other");
	if (optind != argc - (batch_file ? 1 : 3))
		return cli_usage(usage, 0);
	if ((rc = cli_load_graph(&g, argv[optind])))
		return rc;
	if (batch_file)
		rc = batch(g, &o, batch_file);
	else if (!(rc = cliq_actor(g, argv[optind + 1], &o.q.from)) &&
	         !(rc = cliq_actor(g, argv[optind + 2], &o.q.to)))
		rc = answer(g, &o);
	geokg_graph_free(g);
	return rc;
}
