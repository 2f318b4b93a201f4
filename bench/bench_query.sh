#!/bin/sh
# bench/bench_query.sh - one path question as a whole process: geokg
# against NetworkX and python-igraph (Debian's python3-networkx and
# python3-igraph under /usr/bin/python3), each loading the same JSON file
# with its own reader (Python: the json module).  Then batch mode.
#
# The graph: N nodes (default 10,000) and 10N typed edges (100,000), one
# evidence record each, written by geokg itself (canonical form).
# Timings: median of RUNS (default 5) runs, wall clock and CPU (user+sys);
# the machine is shared, so CPU time is the steadier figure.
set -eu
N=${BENCH_QUERY_NODES:-10000}
RUNS=${BENCH_QUERY_RUNS:-5}
PY=${SYSTEM_PYTHON:-/usr/bin/python3}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

# The program itself, not libtool's wrapper script around it (an installed
# geokg has no wrapper; the wrapper costs a shell start).
BIN=$GEOKG
if [ -n "${GEOKG_TOP_BUILDDIR:-}" ] && [ -x "$GEOKG_TOP_BUILDDIR/src/.libs/geokg" ]; then
	BIN=$GEOKG_TOP_BUILDDIR/src/.libs/geokg
	LD_LIBRARY_PATH=$GEOKG_TOP_BUILDDIR/src/.libs${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}
	export LD_LIBRARY_PATH
fi

awk -v n="$N" 'BEGIN {
	srand(7); split("meets supplies threatens sanctions", ty, " ");
	split("asserted asserted asserted expected possible", mo, " ");
	printf "{\"format\":\"geokg\",\"version\":1,\"nodes\":[\n";
	for (i = 0; i < n; i++)
		printf "%s{\"id\":\"A%05d\",\"kind\":\"country\",\"name\":\"Actor %d\"}\n", i ? "," : "", i, i;
	printf "],\"edges\":[\n";
	for (i = 0; i < 10 * n; i++) {
		s = int(rand() * n); t = int(rand() * n);
		d = sprintf("20%02d-%02d-%02d", 15 + int(rand() * 10), 1 + int(rand() * 12), 1 + int(rand() * 28));
		printf "%s{\"source\":\"A%05d\",\"target\":\"A%05d\",\"type\":\"%s\",\"modality\":\"%s\",\"evidence\":[{\"doc\":\"doc-%d\",\"date\":\"%s\",\"sentence\":%d,\"start\":%d,\"end\":%d,\"text\":\"Actor %d and actor %d were named together in report number %d of the series.\"}]}\n",
			i ? "," : "", s, t, ty[1 + i % 4], mo[1 + int(rand() * 5)], int(i / 3), d, i % 20, i % 20 * 90, i % 20 * 90 + 80, s, t, i;
	}
	printf "]}\n" }' >"$T/raw.json"
"$BIN" merge "$T/raw.json" -o "$T/g.json"
FROM=A00017
TO=A09321
size=$(wc -c <"$T/g.json")

cat >"$T/nx.py" <<'EOF'
import json, sys
import networkx as nx
with open(sys.argv[1]) as f:
    d = json.load(f)
g = nx.MultiGraph()
g.add_nodes_from(n["id"] for n in d["nodes"])
g.add_edges_from((e["source"], e["target"]) for e in d["edges"])
p = nx.shortest_path(g, sys.argv[2], sys.argv[3])
print(len(p) - 1)
EOF
cat >"$T/ig.py" <<'EOF'
import json, sys
import igraph
with open(sys.argv[1]) as f:
    d = json.load(f)
ids = [n["id"] for n in d["nodes"]]
index = {v: i for i, v in enumerate(ids)}
g = igraph.Graph(n=len(ids), edges=[(index[e["source"]], index[e["target"]]) for e in d["edges"]])
p = g.get_shortest_paths(index[sys.argv[2]], index[sys.argv[3]])[0]
print(len(p) - 1)
EOF

# median_of CMD...: run CMD $RUNS times; sets WALL and CPU (ms medians).
median_of() {
	: >"$T/times"
	i=0
	while [ "$i" -lt "$RUNS" ]; do
		/usr/bin/time -f "%e %U %S" -o "$T/t1" "$@" >"$T/out" 2>/dev/null ||
			{ echo "bench_query: '$*' failed" >&2; exit 1; }
		cat "$T/t1" >>"$T/times"
		i=$((i + 1))
	done
	WALL=$(awk '{print int($1 * 1000 + 0.5)}' "$T/times" | sort -n | sed -n "$(((RUNS + 1) / 2))p")
	CPU=$(awk '{print int(($2 + $3) * 1000 + 0.5)}' "$T/times" | sort -n | sed -n "$(((RUNS + 1) / 2))p")
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b <= 0) b = 1; printf "%.1f", a / b }'; }

echo "graph: $N nodes, $((10 * N)) edges, $size bytes; query $FROM -> $TO; median of $RUNS runs"
median_of "$BIN" stats "$T/g.json"
echo "geokg load (stats):   wall ${WALL} ms  cpu ${CPU} ms"
median_of "$BIN" path "$T/g.json" "$FROM" "$TO"
GW=$WALL GC=$CPU
hops=$(sed -n 's/.*: \([0-9]*\) hops*$/\1/p' "$T/out" | head -1)
echo "geokg path:           wall ${GW} ms  cpu ${GC} ms  ($hops hops)"
# the same question with a filter applied during the search
median_of "$BIN" path --type supplies,sanctions "$T/g.json" "$FROM" "$TO"
echo "geokg path --type:    wall ${WALL} ms  cpu ${CPU} ms"

if "$PY" -c 'import networkx' 2>/dev/null; then
	median_of "$PY" "$T/nx.py" "$T/g.json" "$FROM" "$TO"
	[ "$(cat "$T/out")" = "$hops" ] || echo "bench_query: NetworkX found $(cat "$T/out") hops, geokg $hops" >&2
	echo "NetworkX:             wall ${WALL} ms  cpu ${CPU} ms  -> geokg is $(ratio "$WALL" "$GW")x faster (wall), $(ratio "$CPU" "$GC")x (cpu); target >= 10x"
else
	echo "NetworkX: not installed ($PY), skipped"
fi
if "$PY" -c 'import igraph' 2>/dev/null; then
	median_of "$PY" "$T/ig.py" "$T/g.json" "$FROM" "$TO"
	[ "$(cat "$T/out")" = "$hops" ] || echo "bench_query: python-igraph found $(cat "$T/out") hops, geokg $hops" >&2
	echo "python-igraph:        wall ${WALL} ms  cpu ${CPU} ms  -> geokg is $(ratio "$WALL" "$GW")x faster (wall), $(ratio "$CPU" "$GC")x (cpu); target >= 1x"
else
	echo "python-igraph: not installed ($PY), skipped"
fi

# Batch: 10,000 random questions after one load, against one question.
Q=10000
awk -v n="$N" -v q="$Q" 'BEGIN { srand(11); for (i = 0; i < q; i++)
	printf "A%05d \"A%05d\"\n", int(rand() * n), int(rand() * n) }' >"$T/batch"
head -1 "$T/batch" >"$T/batch1"
median_of "$BIN" path --batch "$T/batch1" "$T/g.json"
B1=$WALL B1C=$CPU
median_of "$BIN" path --batch "$T/batch" "$T/g.json"
answered=$(grep -c ' hops*$\|^no path' "$T/out" || true)
echo "batch: $Q questions wall ${WALL} ms (1 question: ${B1} ms): $(awk -v a="$WALL" -v b="$B1" -v q="$Q" 'BEGIN { printf "%.3f", (a - b) / (q - 1) }') ms a question wall, $(awk -v a="$CPU" -v b="$B1C" -v q="$Q" 'BEGIN { printf "%.3f", (a - b) / (q - 1) }') ms cpu; $answered answered; target < 1 ms"
