#!/bin/sh
# Map-reduce with geokg: splitting a corpus into k parts, extracting each
# in its own process (`geokg extract --jsonl`, the mapper) and merging in
# any grouping (`geokg merge`, the combiner and reducer) gives exactly the
# bytes of a single `geokg ingest`.  Also runs the GNU parallel recipe of
# doc/scaling.md when parallel is installed, and the Hadoop Streaming
# data flow (map, sort, reduce) with sort(1) standing in for the shuffle.
# The corpus is the team's example articles.
. "${GEOKG_TOP_SRCDIR:-$(dirname "$0")/..}/tests/setup"

W=${GEOKG_WORLD_BUILT:-}
[ -n "$W" ] && [ -f "$W" ] || W="$DATA/extract-world.json"
export GEOKG_WORLD="$W"
ART="$GEOKG_TOP_SRCDIR/examples/articles"

# The corpus as JSON Lines documents {"id", "date", "text"}, the text
# JSON-escaped by sed and joined by awk; dates 2024-01-01, "January 2,
# 2024", 2024-01-03, ... (both forms, as news tables write them)
i=0
for f in "$ART"/*.txt; do
	i=$((i + 1))
	sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e 's/\t/\\t/g' -e 's/\r/\\r/g' "$f" |
	awk -v id="$(basename "$f" .txt)" -v day="$i" '
		BEGIN { ORS = "" }
		{ text = text (NR > 1 ? "\\n" : "") $0 }
		END { d = (day - 1) % 28 + 1
		      date = day % 2 ? sprintf("2024-01-%02d", d) : sprintf("January %d, 2024", d)
		      printf "{\"id\":\"%s\",\"date\":\"%s\",\"text\":\"%s\"}\n", id, date, text }'
done >"$T/corpus.jsonl"
n=$(wc -l <"$T/corpus.jsonl")
[ "$n" -ge 10 ] || fail "only $n example articles"

# The reference: one ingest.
expect_status 0 geokg ingest -q "$T/corpus.jsonl"
cp "$T/out" "$T/single.json"
grep -q '"source"' "$T/single.json" || fail "the corpus gives no edges"

# Map: k parts, one extract process each, in parallel.
for k in 2 3 5; do
	rm -f "$T"/part.* "$T"/map.*
	split -n "l/$k" -d "$T/corpus.jsonl" "$T/part."
	for p in "$T"/part.*; do
		"$GEOKG" extract --jsonl <"$p" >"$T/map.${p##*.}" &
	done
	wait
	[ "$(cat "$T"/map.* | wc -l)" -eq "$n" ] || fail "k=$k: not one graph per document"

	# Reduce everything at once.
	cat "$T"/map.* | geokg merge - >"$T/r1.json"
	cmp -s "$T/r1.json" "$T/single.json" || fail "k=$k: merge of all map outputs differs from ingest"
	# Combiner per part, then reducer; in reverse order of the parts.
	for m in "$T"/map.*; do geokg merge --jsonl - <"$m" >"$m.comb"; done
	ls "$T"/map.*.comb | sort -r | xargs cat | geokg merge - >"$T/r2.json"
	cmp -s "$T/r2.json" "$T/single.json" || fail "k=$k: combine then reduce differs"
	# A tree: pairs of combined parts as files, then those.
	set -- "$T"/map.*.comb
	j=0
	while [ $# -gt 0 ]; do
		j=$((j + 1))
		if [ $# -ge 2 ]; then
			cat "$1" "$2" | geokg merge - >"$T/tree.$j.json"
			shift 2
		else
			geokg merge - <"$1" >"$T/tree.$j.json"
			shift
		fi
	done
	geokg merge "$T"/tree.*.json >"$T/r3.json"
	rm -f "$T"/tree.*.json
	cmp -s "$T/r3.json" "$T/single.json" || fail "k=$k: a tree of merges differs"
done

# Hadoop Streaming's data flow: mapper per split, shuffle (sort of the
# map output lines), two reducers by a hash of the line, then a final merge
# of the reducers' outputs (part-00000, part-00001).
# Streaming hands lines to reducers as KEY<TAB>VALUE; a graph line has no
# tab, so it is all key and arrives with a tab after it.
cat "$T"/map.* | sort | awk -v dir="$T" '{ print $0 "\t" > (dir "/shuffle." (length($0) % 2)) }'
for r in 0 1; do
	[ -f "$T/shuffle.$r" ] || : >"$T/shuffle.$r"
	geokg merge - <"$T/shuffle.$r" >"$T/part-0000$r"
done
geokg merge "$T"/part-0000* >"$T/r4.json"
cmp -s "$T/r4.json" "$T/single.json" || fail "the Hadoop Streaming flow differs"

# The GNU parallel recipe from doc/scaling.md (local jobs; --sshlogin :
# is this machine), when GNU parallel is installed.
if command -v parallel >/dev/null 2>&1 && parallel --version 2>/dev/null | grep -q 'GNU parallel'; then
	parallel --will-cite --pipe -N 4 -j 3 --sshlogin : \
		"'$GEOKG' extract --jsonl --world '$W' | '$GEOKG' merge --jsonl -" \
		<"$T/corpus.jsonl" | geokg merge - >"$T/r5.json"
	cmp -s "$T/r5.json" "$T/single.json" || fail "the GNU parallel recipe differs"
else
	echo "GNU parallel not installed: its recipe was not run" >&2
fi
exit 0
