#!/bin/sh
# bench/bench_extract.sh - extraction speed on real news, one thread, with
# `grep -c -i -F -f NAMES` over the same input as the reference (NAMES =
# every name, alias, demonym and metonym in the world graph).
#
# The input is made at bench time from $BENCH_CORPUS (default
# ../shared/corpus): the AG news test set and the ISOT sample as JSON Lines
# documents, repeated to at least $BENCH_EXTRACT_MB MB (default 50).
# Nothing from the corpus is kept.  Targets: >= 100,000 sentences/s and at
# most 3x grep's time.
set -eu
: "${GEOKG:?GEOKG must name the geokg program}"
CORPUS=${BENCH_CORPUS:-${GEOKG_TOP_SRCDIR:-.}/../shared/corpus}
MB=${BENCH_EXTRACT_MB:-50}
PY=${SYSTEM_PYTHON:-python3}
WORLD=${GEOKG_WORLD:-}
if [ -z "$WORLD" ]; then
	for w in "${GEOKG_TOP_BUILDDIR:-.}/graphs/world.json" \
	         "${GEOKG_TOP_SRCDIR:-.}/tests/data/extract-world.json"; do
		[ -f "$w" ] && { WORLD=$w; break; }
	done
fi
for f in ag_news_test.csv isot_true_sample.csv; do
	[ -f "$CORPUS/$f" ] || { echo "bench_extract: no $CORPUS/$f (set BENCH_CORPUS)"; exit 0; }
done
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

"$PY" - "$CORPUS" "$MB" "$T/in.jsonl" "$WORLD" "$T/names.txt" <<'PY'
import csv, json, sys
corpus, mb, out, world, names = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
docs = []
for f, header in (("ag_news_test.csv", False), ("isot_true_sample.csv", True)):
    rows = list(csv.reader(open(f"{corpus}/{f}", encoding="utf-8", newline="")))
    for i, r in enumerate(rows[1:] if header else rows):
        docs.append(json.dumps({"id": f"{f[:4]}-{i}", "date": None,
                                "text": r[1] + "\n\n" + r[2]}))
block = ("\n".join(docs) + "\n").encode()
with open(out, "wb") as o:
    n = 0
    while n < mb * 1024 * 1024:
        o.write(block)
        n += len(block)
g = json.load(open(world, encoding="utf-8"))
seen = set()
for nd in g["nodes"]:
    for k in ("aliases", "demonyms", "metonyms"):
        seen.update(nd.get(k, []))
    seen.add(nd["name"])
open(names, "w", encoding="utf-8").write("\n".join(sorted(seen)) + "\n")
PY

size=$(wc -c <"$T/in.jsonl")
nnames=$(wc -l <"$T/names.txt")
# user CPU seconds of a command (its output to a file: GNU grep stops at
# the first match when its output is /dev/null)
cpu() {
	/usr/bin/time -f "%U %e" -o "$T/time" "$@" >"$T/out" 2>"$T/stderr" || true
	cat "$T/time"
}
set -- $(cpu "$GEOKG" extract --world "$WORLD" --jsonl --stats "$T/in.jsonl")
xu=$1 xr=$2
stats=$(grep 'extracted' "$T/stderr" || true)
docs=$(echo "$stats" | sed 's/.*extracted \([0-9]*\) documents.*/\1/')
sents=$(echo "$stats" | sed 's/.* \([0-9]*\) sentences.*/\1/')
set -- $(cpu grep -c -i -F -f "$T/names.txt" "$T/in.jsonl")
gu=$1 gr=$2
awk -v size="$size" -v docs="$docs" -v sents="$sents" -v xu="$xu" -v xr="$xr" \
    -v gu="$gu" -v gr="$gr" -v nn="$nnames" 'BEGIN {
	if (xu < 0.01) xu = 0.01; if (gu < 0.01) gu = 0.01;
	printf "extract: %.1f MB, %d documents, %d sentences in %.2f s CPU (%.2f s wall)\n", size / 1048576, docs, sents, xu, xr;
	printf "extract: %.1f MB/s, %.0f docs/s, %.0f sentences/s (target >= 100000)\n", size / 1048576 / xu, docs / xu, sents / xu;
	printf "grep -c -i -F -f NAMES (%d names): %.2f s CPU (%.2f s wall)\n", nn, gu, gr;
	printf "extract / grep time: %.2fx (target <= 3x)\n", xu / gu }'
