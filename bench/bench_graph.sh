#!/bin/sh
# bench/bench_graph.sh - loading and writing graphs in the native format.
# Builds a random graph of N nodes and 10N edges with the program itself
# (no external generator), then times `geokg stats` (load + count) on it,
# median of 5 runs.
set -eu
N=${BENCH_GRAPH_NODES:-10000}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
awk -v n="$N" 'BEGIN {
	srand(42); types[0]="meets"; types[1]="supplies"; types[2]="threatens"; types[3]="sanctions";
	printf "{\"format\":\"geokg\",\"version\":1,\"nodes\":[\n";
	for (i = 0; i < n; i++) printf "%s{\"id\":\"N%d\",\"kind\":\"country\",\"name\":\"Node %d\"}\n", i ? "," : "", i, i;
	printf "],\"edges\":[\n";
	for (i = 0; i < 10 * n; i++) {
		s = int(rand() * n); t = int(rand() * n);
		printf "%s{\"source\":\"N%d\",\"target\":\"N%d\",\"type\":\"%s\",\"modality\":\"asserted\",\"weight\":1,\"evidence\":[{\"doc\":\"d%d\",\"date\":\"2020-01-01\",\"sentence\":0,\"start\":0,\"end\":10,\"text\":\"sentence %d\"}]}\n", i ? "," : "", s, t, types[i % 4], i, i;
	}
	printf "]}\n" }' >"$T/g.json"
size=$(wc -c <"$T/g.json")
times=
for i in 1 2 3 4 5; do
	s=$(date +%s%N)
	"$GEOKG" stats "$T/g.json" >/dev/null
	e=$(date +%s%N)
	times="$times $(((e - s) / 1000000))"
done
med=$(echo $times | tr ' ' '\n' | sort -n | sed -n 3p)
echo "graph load ($N nodes, $((10 * N)) edges, $size bytes): median ${med} ms of 5 runs (all: $times ms)"
