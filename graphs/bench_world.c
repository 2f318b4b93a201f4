/*
 * bench_world.c - how long loading the world graph and indexing its
 * names takes, and how fast phrases resolve.  Run by bench/bench_world.sh
 * (`make bench`); it lives in graphs/ because bench/ is distributed as a
 * whole directory, build products included.  Prints the median of R runs.
 *
 *   bench_world WORLD.json [RUNS]
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "geokg.h"

static double now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int dcmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

int main(int argc, char **argv)
{
	static const char *const phrases[] = {
		"Putin", "the Russian president", "Japan's foreign minister",
		"Moscow", "Kim Jong-un", "the U.S. secretary of state", "Georgia",
		"President Erdogan", "North Korean", "Unknownia"};
	enum { NPHRASE = sizeof phrases / sizeof phrases[0] };
	int runs = argc > 2 ? atoi(argv[2]) : 9, r, i, k;
	double *load, *index, resolve = 0;
	geokg_error err;

	if (argc < 2 || runs < 1) {
		fputs("usage: bench_world WORLD.json [RUNS]\n", stderr);
		return 2;
	}
	load = calloc((size_t)runs, sizeof *load);
	index = calloc((size_t)runs, sizeof *index);
	if (!load || !index)
		return 1;
	for (r = 0; r < runs; r++) {
		geokg_graph *g;
		geokg_actors *ix;
		double t0 = now_ms(), t1, t2;

		if (geokg_graph_load(&g, argv[1], &err)) {
			fprintf(stderr, "bench_world: %s\n", err.message);
			return 1;
		}
		t1 = now_ms();
		if (geokg_actors_new(&ix, g, &err)) {
			fprintf(stderr, "bench_world: %s\n", err.message);
			return 1;
		}
		t2 = now_ms();
		load[r] = t1 - t0;
		index[r] = t2 - t1;
		for (k = 0; r == 0 && k < 100; k++) {
			for (i = 0; i < NPHRASE; i++) {
				geokg_match *m;
				size_t n;

				if (geokg_actors_resolve(ix, phrases[i], "2020-01-01", &m, &n,
				                         &err) == 0)
					free(m);
			}
		}
		if (r == 0)
			resolve = (now_ms() - t2) / (100.0 * NPHRASE);
		if (r == 0)
			printf("world graph: %zu nodes\n", geokg_graph_node_count(g));
		geokg_actors_free(ix);
		geokg_graph_free(g);
	}
	qsort(load, (size_t)runs, sizeof *load, dcmp);
	qsort(index, (size_t)runs, sizeof *index, dcmp);
	printf("world load: median %.2f ms; index: median %.2f ms; "
	       "load+index %.2f ms (goal < 50 ms; %d runs)\n",
	       load[runs / 2], index[runs / 2], load[runs / 2] + index[runs / 2],
	       runs);
	printf("resolve: %.1f us per phrase (incl. role phrases and misses)\n",
	       resolve * 1000.0);
	free(load);
	free(index);
	return 0;
}
