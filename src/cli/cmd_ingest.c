/*
 * cmd_ingest.c - `geokg ingest [-o GRAPH] [-j N] PATH...`: extract whole
 * collections into one corpus graph, with worker threads, a progress bar,
 * a lock that serialises ingests into one graph, and an atomic write.
 * The work is the library's (geokg_ingest, src/ingest.c); this file binds
 * it to the extractor and draws the progress.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"

static const char usage[] =
	"usage: geokg ingest [-o GRAPH] [-j N] [--world FILE] [--text-column C]\n"
	"                    [--id-column C] [--date-column C] [--no-header] [-q]\n"
	"                    PATH...\n"
	"\n"
	"Extract the documents under PATH... and merge them into one graph.  A\n"
	"file is one document (its id is its path); a directory is walked for\n"
	".txt, .jsonl, .csv and .tsv files; a .jsonl file holds one document\n"
	"{\"id\", \"date\", \"text\"} per line (so does -, standard input); a .csv\n"
	"or .tsv file one per row.\n"
	"With -o, documents are added to GRAPH when it exists, and a document\n"
	"already in it (same id, same content) is skipped; GRAPH is written\n"
	"atomically, with its list of documents in GRAPH.docs, and a lock\n"
	"(GRAPH.lock) makes ingests into one graph wait for each other.\n"
	"Unreadable paths and failing documents are reported and skipped.\n"
	"\n"
	"  -o, --output GRAPH   the corpus graph to add to (default: write a new\n"
	"                       graph to standard output)\n"
	"  -j, --jobs N         worker threads (default: the number of cores);\n"
	"                       the result does not depend on N\n"
	"      --world FILE     the world graph of known actors (default:\n"
	"                       $GEOKG_WORLD, the build tree's, the installed one)\n"
	"      --text-column C  CSV: the column(s) of the text, by header name\n"
	"                       (C1,C2 joins several)\n"
	"      --id-column C    CSV: the column of the document id (default:\n"
	"                       FILE:ROW)\n"
	"      --date-column C  CSV: the column of the date (ISO 8601, or\n"
	"                       \"December 13, 2017\", \"Dec 13, 2017\",\n"
	"                       \"13 December 2017\")\n"
	"      --no-header      CSV files have no header: columns by number\n"
	"  -q, --quiet          no progress bar and no summary\n";

/* ---- progress ------------------------------------------------------ */

typedef struct ui {
	int bar;          /* draw a bar: stderr is a terminal */
	int drawn;        /* a bar is on the screen */
	struct timespec t0;
} ui;

static double elapsed(const ui *u)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (double)(now.tv_sec - u->t0.tv_sec) +
	       (double)(now.tv_nsec - u->t0.tv_nsec) / 1e9;
}

static void clear_bar(ui *u)
{
	if (u->drawn) {
		fputs("\r\033[K", stderr);
		u->drawn = 0;
	}
}

/* [#######.......]  52%  1234 docs  3.1 MB/s  ETA 0:42 */
static void on_progress(void *ctx, const geokg_ingest_progress *p)
{
	ui *u = ctx;
	double t = elapsed(u), frac, rate;
	long eta;
	char bar[31];
	int i, fill;

	if (!u->bar)
		return;
	frac = p->bytes_total ? (double)p->bytes_done / (double)p->bytes_total : 0;
	frac = frac > 1 ? 1 : frac;
	rate = t > 0 ? (double)p->bytes_done / 1e6 / t : 0;
	eta = rate > 0 ? (long)(((double)(p->bytes_total - p->bytes_done) / 1e6) / rate) : 0;
	fill = (int)(frac * 30);
	for (i = 0; i < 30; i++)
		bar[i] = i < fill ? '#' : '.';
	bar[30] = '\0';
	fprintf(stderr, "\r\033[K[%s] %3d%%  %zu docs  %.1f MB/s  ETA %ld:%02ld",
	        bar, (int)(frac * 100), p->docs + p->known, rate, eta / 60, eta % 60);
	u->drawn = 1;
}

static void on_warn(void *ctx, const char *message)
{
	clear_bar(ctx);
	cli_warn("%s", message);
}

/* ---- extraction ---------------------------------------------------- */

static int extract_doc(void *ctx, const char *id, const char *date,
                       const char *text, size_t len, geokg_graph **out,
                       geokg_error *err)
{
	geokg_document d;

	d.id = id;
	d.date = date;
	d.text = text;
	d.len = len;
	return geokg_extract(out, ctx, &d, NULL, err);
}

/* The extractor on the world graph (cmd_extract.c): --world,
 * $GEOKG_WORLD, the build tree's, the installed one. */
int cli_extractor_open(geokg_extractor **out, const char *world_opt);

/* ---- the lock ------------------------------------------------------ */

/* Take GRAPH.lock (waiting, with a word, when another ingest holds it);
 * returns the descriptor or -1 after printing an error. */
static int lock_graph(const char *path)
{
	size_t n = strlen(path);
	char *lp = malloc(n + 6);
	int fd;

	if (!lp) {
		cli_error(CLI_FAIL, "out of memory");
		return -1;
	}
	sprintf(lp, "%s.lock", path);
	if ((fd = open(lp, O_RDWR | O_CREAT | O_CLOEXEC, 0644)) < 0) {
		cli_error(CLI_FAIL, "%s: %s", lp, strerror(errno));
	} else if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
		fprintf(stderr, "geokg: waiting for another ingest into %s\n", path);
		if (flock(fd, LOCK_EX) != 0) {
			cli_error(CLI_FAIL, "%s: %s", lp, strerror(errno));
			close(fd);
			fd = -1;
		}
	}
	free(lp);
	return fd;
}

/* ---- the command --------------------------------------------------- */

static void summary(const ui *u, const geokg_ingest_progress *p,
                    const geokg_graph *g)
{
	double t = elapsed(u);

	fprintf(stderr, "geokg: ingested %zu documents (%zu known, %zu failed) from "
	        "%zu files, %.1f MB in %.1f s (%.2f MB/s): %zu nodes, %zu edges\n",
	        p->docs, p->known, p->failed, p->files, (double)p->bytes_total / 1e6,
	        t, t > 0 ? (double)p->bytes_total / 1e6 / t : 0.0,
	        geokg_graph_node_count(g), geokg_graph_edge_count(g));
}

static int parse_options(int argc, char **argv, geokg_ingest_options *o,
                         const char **out, const char **world, int *quiet)
{
	static const struct option opts[] = {
		{"output", required_argument, NULL, 'o'},
		{"jobs", required_argument, NULL, 'j'},
		{"world", required_argument, NULL, 'w'},
		{"text-column", required_argument, NULL, 't'},
		{"id-column", required_argument, NULL, 'i'},
		{"date-column", required_argument, NULL, 'd'},
		{"no-header", no_argument, NULL, 'H'},
		{"quiet", no_argument, NULL, 'q'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0}};
	long n;
	int c;

	while ((c = getopt_long(argc, argv, "o:j:qh", opts, NULL)) != -1) {
		switch (c) {
		case 'o': *out = optarg; break;
		case 'j':
			if ((n = cli_parse_count("--jobs", optarg)) < 0)
				return CLI_USAGE;
			if (n < 1 || n > 1024)
				return cli_error(CLI_USAGE, "--jobs: expected 1 to 1024, got '%s'",
				                 optarg);
			o->threads = (unsigned)n;
			break;
		case 'w': *world = optarg; break;
		case 't': o->text_column = optarg; break;
		case 'i': o->id_column = optarg; break;
		case 'd': o->date_column = optarg; break;
		case 'H': o->no_header = 1; break;
		case 'q': *quiet = 1; break;
		case 'h': return cli_usage(usage, 1) == CLI_OK ? -1 : CLI_USAGE;
		default: return cli_usage(usage, 0);
		}
	}
	if (optind >= argc)
		return cli_usage(usage, 0);
	return CLI_OK;
}

CLI_COMMAND(ingest)
{
	geokg_ingest_options o;
	geokg_ingest_progress p;
	geokg_graph *g = NULL;
	geokg_extractor *x = NULL;
	geokg_docset *docs = NULL;
	geokg_error err;
	const char *out = NULL, *world_path = NULL;
	char *real = NULL;
	struct stat st;
	int quiet = 0, lock = -1, rc;
	ui u;

	memset(&o, 0, sizeof o);
	memset(&u, 0, sizeof u);
	if ((rc = parse_options(argc, argv, &o, &out, &world_path, &quiet)))
		return rc < 0 ? CLI_OK : rc;
	if ((rc = cli_extractor_open(&x, world_path)))
		return rc;
	if (out && strcmp(out, "-") != 0) {
		/* through a symbolic link, the graph, its lock and its list of
		 * documents are those of the file it names */
		if (lstat(out, &st) == 0 && S_ISLNK(st.st_mode) &&
		    (real = realpath(out, NULL)))
			out = real;
		if ((lock = lock_graph(out)) < 0) {
			rc = CLI_FAIL;
			goto done;
		}
		rc = geokg_corpus_open(&g, &docs, out, &err);
	} else {
		out = NULL;
		if (!(rc = geokg_graph_new(&g, &err)))
			rc = geokg_docset_new(&docs, &err);
	}
	if (rc) {
		rc = cli_report(&err);
		goto done;
	}
	u.bar = !quiet && isatty(STDERR_FILENO);
	clock_gettime(CLOCK_MONOTONIC, &u.t0);
	o.extract = extract_doc;
	o.extract_ctx = x;
	o.warn = on_warn;
	o.warn_ctx = &u;
	o.progress = on_progress;
	o.progress_ctx = &u;
	rc = geokg_ingest(g, docs, (const char *const *)argv + optind,
	                  (size_t)(argc - optind), &o, &p, &err);
	clear_bar(&u);
	if (rc) {
		rc = cli_report(&err);
		goto done;
	}
	if (out ? geokg_corpus_save(g, docs, out, &err)
	        : geokg_graph_save(g, "-", 0, &err)) {
		rc = cli_report(&err);
		goto done;
	}
	if (!quiet)
		summary(&u, &p, g);
	rc = CLI_OK;
done:
	if (lock >= 0)
		close(lock); /* releases the lock */
	geokg_docset_free(docs);
	geokg_graph_free(g);
	geokg_extractor_free(x);
	free(real);
	return rc;
}
