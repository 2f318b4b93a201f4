#!/bin/sh
# examples/demo.sh GEOKG TOP_SRCDIR OUTDIR - the main job on the bundled
# example articles: extract each, merge them, answer a path query, render
# an SVG.  Steps whose command this build does not have yet are skipped
# with a note, so the demo grows as the commands land.
set -eu
geokg=$1
top=$2
out=$3
mkdir -p "$out/graphs"
has() { "$geokg" help "$1" >/dev/null 2>&1; }

articles=$(ls "$top"/examples/articles/*.txt 2>/dev/null || true)
if has extract && [ -n "$articles" ]; then
	n=0
	for a in $articles; do
		id=$(basename "$a" .txt)
		date=$(sed -n 's/.*"date": *"\([0-9-]*\)".*/\1/p' "${a%.txt}.json" 2>/dev/null | head -n 1)
		"$geokg" extract --id "$id" ${date:+--date "$date"} "$a" >"$out/graphs/$id.json"
		n=$((n + 1))
	done
	echo "demo: extracted $n articles into $out/graphs/"
else
	echo "demo: (no extract command yet) using tests/data/small.json"
	cp "$top/tests/data/small.json" "$out/graphs/small.json"
fi

if has merge; then
	"$geokg" merge -o "$out/corpus.json" "$out"/graphs/*.json
else
	cp "$(ls "$out"/graphs/*.json | head -n 1)" "$out/corpus.json"
fi
echo "demo: the corpus graph is $out/corpus.json"
"$geokg" stats "$out/corpus.json"

if has path; then
	echo "demo: how is North Korea connected to the United States?"
	"$geokg" path "$out/corpus.json" PRK USA || true
fi
if has export; then
	"$geokg" export "$out/corpus.json" --format svg -o "$out/corpus.svg"
	echo "demo: the picture is $out/corpus.svg"
fi
