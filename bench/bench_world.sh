#!/bin/sh
# bench/bench_world.sh - load and index the world graph (graphs/bench_world.c),
# then time a whole `geokg actors` run (process start included).
set -eu
W="$GEOKG_TOP_BUILDDIR/graphs/world.json"
"$GEOKG_TOP_BUILDDIR/graphs/bench_world" "$W" 9
s=$(date +%s%N)
for i in 1 2 3 4 5; do
	"$GEOKG" actors --world "$W" --date 2023-09-12 "the Russian president" >/dev/null
done
e=$(date +%s%N)
echo "geokg actors (whole process): $(((e - s) / 5000000)) ms per run"
