#!/bin/sh
# examples/demo.sh GEOKG TOP_SRCDIR OUTDIR - the main job on the bundled
# example articles: extract each (with the date its gold file gives),
# merge them, ask the graph a few questions, render an SVG.
set -eu
geokg=$1
top=$2
out=$3
mkdir -p "$out/graphs"

n=0
for a in "$top"/examples/articles/*.txt; do
	id=$(basename "$a" .txt)
	date=$(sed -n 's/.*"date": *"\([0-9-]*\)".*/\1/p' "${a%.txt}.json" 2>/dev/null | head -n 1)
	"$geokg" extract --id "$id" ${date:+--date "$date"} "$a" >"$out/graphs/$id.json"
	n=$((n + 1))
done
echo "demo: extracted $n articles into $out/graphs/"

"$geokg" merge -o "$out/corpus.json" "$out"/graphs/*.json
echo "demo: the corpus graph is $out/corpus.json"
"$geokg" stats "$out/corpus.json"

echo
echo "demo: how is North Korea connected to the United States?"
"$geokg" path "$out/corpus.json" PRK USA
echo
echo "demo: who supplies an actor that threatens the United States?"
"$geokg" match "$out/corpus.json" '?a -supplies-> ?b -threatens-> USA'
echo
echo "demo: who sanctions whom, as stated (not planned or denied)?"
"$geokg" edges --type sanctions --modality asserted "$out/corpus.json"
echo
"$geokg" export "$out/corpus.json" --format svg -o "$out/corpus.svg"
echo "demo: the picture is $out/corpus.svg"
