#!/bin/sh
# bench/bench_export.sh - drawing a large graph.  Builds a random cyclic
# graph of N actors (default 2,000) and 3N edges, then times (wall clock,
# median of 3 runs, one for the slow dot runs; the timeout is per run):
#   - `geokg export --format svg` (automatic layout: sfdp above
#     GEOKG_EXPORT_DOT_MAX actors), and with --layout dot (ranks from a BFS
#     spanning forest);
#   - Graphviz's own programs on the DOT file geokg writes for each:
#     `sfdp -Tsvg` and `dot -Tsvg`;
#   - `dot -Tsvg` on the same graph without geokg's rank constraints and
#     effort limits (plain dot), which is expected to hit the timeout.
set -eu
N=${BENCH_EXPORT_NODES:-2000}
LIMIT=${BENCH_EXPORT_TIMEOUT:-60}
RUNS=${BENCH_EXPORT_RUNS:-3}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
awk -v n="$N" 'BEGIN {
	srand(7); split("meets supplies threatens sanctions", types, " ");
	split("asserted asserted asserted expected possible negated", mods, " ");
	printf "{\"format\":\"geokg\",\"version\":1,\"nodes\":[\n";
	for (i = 0; i < n; i++) {
		if (i % 10 == 9)
			printf ",{\"id\":\"P%d\",\"kind\":\"person\",\"name\":\"Person %d\",\"country\":\"C%d\"}\n", i, i, i - 9;
		else
			printf "%s{\"id\":\"C%d\",\"kind\":\"%s\",\"name\":\"Actor %d\"}\n", i ? "," : "", i, i % 10 == 8 ? "org" : "country", i;
	}
	printf "],\"edges\":[\n";
	for (i = 0; i < 3 * n; i++) {
		s = int(rand() * n); t = int(rand() * n);
		printf "%s{\"source\":\"%s%d\",\"target\":\"%s%d\",\"type\":\"%s\",\"modality\":\"%s\",\"weight\":1,\"evidence\":[{\"doc\":\"https://news.example/%d\",\"date\":\"2024-01-01\",\"sentence\":0,\"start\":0,\"end\":10,\"text\":\"Sentence %d.\"}]}\n",
			i ? "," : "", s % 10 == 9 ? "P" : "C", s, t % 10 == 9 ? "P" : "C", t,
			types[i % 4 + 1], mods[i % 6 + 1], i, i;
	}
	printf "]}\n" }' >"$T/g.json"

# ms CMD...: the wall time of CMD in milliseconds, or "timeout".
ms() {
	s=$(date +%s%N)
	if timeout "$LIMIT" "$@" >/dev/null 2>"$T/err"; then
		e=$(date +%s%N)
		echo $(((e - s) / 1000000))
	else
		echo timeout
	fi
}

# bench NAME CMD...: median of RUNS runs (one run when the first times out).
bench() {
	name=$1
	shift
	times=
	for i in $(seq "$RUNS"); do
		t=$(ms "$@")
		times="$times $t"
		[ "$t" = timeout ] && break
	done
	case $times in
	*timeout*) echo "$name: did not finish in $LIMIT s" ;;
	*) med=$(echo $times | tr ' ' '\n' | sort -n | sed -n "$(((RUNS + 1) / 2))p")
	   echo "$name: median ${med} ms of $RUNS runs (all:$times ms)" ;;
	esac
}

"$GEOKG" export --layout sfdp --format dot -o "$T/sfdp.dot" "$T/g.json"
"$GEOKG" export --layout dot --format dot -o "$T/dot.dot" "$T/g.json"
# plain dot: no layout attribute, no effort limits, no constraint=false
sed -e 's/constraint=false/constraint=true/' \
	-e 's/\([^_]\)\(nslimit1\|nslimit\|mclimit\)=/\1x_\2=/' "$T/dot.dot" >"$T/plain.dot"
echo "export of a random graph: $N actors, $((3 * N)) edges"
bench "geokg export --format svg (auto: sfdp)" "$GEOKG" export --format svg -o "$T/a.svg" "$T/g.json"
bench "sfdp -Tsvg on geokg's DOT" sfdp -Tsvg -o "$T/b.svg" "$T/sfdp.dot"
# dot takes tens of seconds here: one run each
RUNS=1 bench "geokg export --format svg --layout dot" "$GEOKG" export --layout dot --format svg -o "$T/c.svg" "$T/g.json"
RUNS=1 bench "dot -Tsvg on geokg's DOT (BFS-forest ranks)" dot -Tsvg -o "$T/d.svg" "$T/dot.dot"
RUNS=1 bench "dot -Tsvg, plain (no rank constraints or limits)" dot -Tsvg -o "$T/e.svg" "$T/plain.dot"
grep -c '<g id="node' "$T/a.svg" | sed 's/^/nodes drawn by geokg (auto): /'
