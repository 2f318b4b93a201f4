/*
 * cmd_import_gdelt.c - `geokg import-gdelt [-o OUT] EVENTS...`: GDELT 1.0
 * and 2.0 event tables into a geokg graph (the mapping is the library's,
 * src/gdelt.c; doc/format.md documents it).
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char usage[] =
	"usage: geokg import-gdelt [-o OUT] [--world FILE | --no-world] [-q] EVENTS...\n"
	"\n"
	"Read GDELT 1.0 (57 or 58 columns) or 2.0 (61 columns) event tables,\n"
	"tab- or comma-separated, with or without a header, and write the events\n"
	"between states and international organisations that are meetings,\n"
	"supplies, threats or sanctions as a geokg graph.  Each event is\n"
	"evidence (document SOURCEURL or gdelt:ID, date SQLDATE).  Rows with the\n"
	"wrong number of columns are reported with their line and skipped.\n"
	"EVENTS may be - for standard input.\n"
	"\n"
	"  -o, --output OUT  write the graph to OUT (atomically), not to stdout\n"
	"      --world FILE  take actors' names from this world graph (default:\n"
	"                    $GEOKG_WORLD, the build tree's, the installed one);\n"
	"                    events of actors it does not know are skipped\n"
	"      --no-world    name actors by their codes, keep every event\n"
	"  -q, --quiet       no summary line\n";

/* Report at most this many skipped rows per file, then count the rest. */
#define MAX_WARNINGS 20

typedef struct warn_ctx {
	size_t shown, hidden;
} warn_ctx;

static void on_warn(void *ctx, const char *message)
{
	warn_ctx *w = ctx;

	if (w->shown < MAX_WARNINGS) {
		cli_warn("%s", message);
		w->shown++;
	} else {
		w->hidden++;
	}
}

/* Load the world graph: FILE, $GEOKG_WORLD, the build tree's, the
 * installed one (geokg_world_load). */
static int load_world(geokg_graph **out, const char *path)
{
	geokg_error err;

	if (geokg_world_load(out, path, &err))
		return cli_report(&err);
	return CLI_OK;
}

static int import_one(geokg_graph *g, const char *path, const geokg_graph *world,
                      int quiet)
{
	geokg_gdelt_stats st;
	geokg_error err;
	warn_ctx w = {0, 0};

	if (geokg_gdelt_import(g, path, world, on_warn, &w, &st, &err))
		return cli_report(&err);
	if (w.hidden)
		cli_warn("%s: %zu more rows skipped", path, w.hidden);
	if (!quiet)
		fprintf(stderr, "geokg: %s: %zu rows, %zu events imported, %zu of "
		        "other kinds, %zu with unknown actors, %zu bad rows skipped\n",
		        path, st.rows, st.events, st.ignored, st.unknown, st.bad);
	return CLI_OK;
}

CLI_COMMAND(import_gdelt)
{
	static const struct option opts[] = {
		{"output", required_argument, NULL, 'o'},
		{"world", required_argument, NULL, 'w'},
		{"no-world", no_argument, NULL, 'n'},
		{"quiet", no_argument, NULL, 'q'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0}};
	const char *out = "-", *world_path = NULL;
	geokg_graph *g = NULL, *world = NULL;
	geokg_error err;
	int c, i, rc = CLI_OK, no_world = 0, quiet = 0;

	while ((c = getopt_long(argc, argv, "o:qh", opts, NULL)) != -1) {
		switch (c) {
		case 'o': out = optarg; break;
		case 'w': world_path = optarg; break;
		case 'n': no_world = 1; break;
		case 'q': quiet = 1; break;
		case 'h': return cli_usage(usage, 1);
		default: return cli_usage(usage, 0);
		}
	}
	if (optind >= argc || (no_world && world_path))
		return cli_usage(usage, 0);
	if (!no_world && (rc = load_world(&world, world_path)))
		return rc;
	if (geokg_graph_new(&g, &err)) {
		rc = cli_report(&err);
		goto done;
	}
	for (i = optind; rc == CLI_OK && i < argc; i++)
		rc = import_one(g, argv[i], world, quiet);
	if (rc == CLI_OK && geokg_graph_save(g, out, 0, &err))
		rc = cli_report(&err);
done:
	geokg_graph_free(g);
	geokg_graph_free(world);
	return rc;
}
