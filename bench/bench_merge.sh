#!/bin/sh
# bench/bench_merge.sh - `geokg merge` of many article graphs.
#
# Article graphs are generated here (awk, seeded): each has 2-6 actors out
# of 250 and 1-5 edges with 1-2 evidence records of about 120 bytes, like
# the graph `geokg extract` makes of one news article.  Prints:
#   - the merge of 10,000 graph files (target: under 2 s), median of 3;
#   - the same 10,000 graphs as JSON Lines on standard input;
#   - the merge's peak memory (max RSS) against the merged JSON's size
#     (target: under 5x);
#   - time for 1,000, 10,000 and 100,000 graphs (target: linear).
set -eu
: "${GEOKG:?GEOKG must name the geokg program}"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

# gen N SEED: N article graphs as JSON Lines on stdout.
gen() {
	awk -v n="$1" -v seed="$2" 'BEGIN {
		srand(seed);
		split("meets supplies threatens sanctions", types, " ");
		split("asserted asserted asserted expected possible negated", mods, " ");
		split("talks visit summit weapons grain oil missiles warning tariffs embargo envoy minister president capital border treaty", words, " ");
		for (i = 0; i < n; i++) {
			na = 2 + int(rand() * 5);
			for (k = 0; k < na; k++) a[k] = sprintf("C%03d", int(rand() * 250));
			printf "{\"format\":\"geokg\",\"version\":1,\"nodes\":[";
			delete seen; first = 1;
			for (k = 0; k < na; k++) {
				if (a[k] in seen) continue;
				seen[a[k]] = 1;
				printf "%s{\"id\":\"%s\",\"kind\":\"country\",\"name\":\"Country %s\"}", first ? "" : ",", a[k], a[k];
				first = 0;
			}
			printf "],\"edges\":[";
			ne = 1 + int(rand() * 5);
			date = sprintf("20%02d-%02d-%02d", 10 + int(rand() * 14), 1 + int(rand() * 12), 1 + int(rand() * 28));
			for (e = 0; e < ne; e++) {
				s = a[int(rand() * na)]; t = a[int(rand() * na)];
				printf "%s{\"source\":\"%s\",\"target\":\"%s\",\"type\":\"%s\",\"modality\":\"%s\",\"weight\":1,\"evidence\":[", e ? "," : "", s, t, types[1 + int(rand() * 4)], mods[1 + int(rand() * 6)];
				nv = 1 + int(rand() * 2);
				for (v = 0; v < nv; v++) {
					sn = int(rand() * 30);
					text = "";
					for (w = 0; w < 16; w++) text = text words[1 + int(rand() * 16)] " ";
					printf "%s{\"doc\":\"article-%d-%d\",\"date\":\"%s\",\"sentence\":%d,\"start\":%d,\"end\":%d,\"text\":\"%s\"}", v ? "," : "", seed, i, date, sn, sn * 130, sn * 130 + 120, text;
				}
				printf "]}";
			}
			printf "]}\n";
		}
	}'
}

# ms CMD...: wall milliseconds of one run of CMD (output discarded).
ms() {
	s=$(date +%s%N)
	"$@" >/dev/null
	e=$(date +%s%N)
	echo $(((e - s) / 1000000))
}

median3() {
	echo "$1 $2 $3" | tr ' ' '\n' | sort -n | sed -n 2p
}

gen 10000 1 >"$T/10k.jsonl"
mkdir "$T/files"
# one file per graph: files/g00000.json ...
awk -v dir="$T/files" '{ f = sprintf("%s/g%05d.json", dir, NR - 1); print > f; close(f) }' "$T/10k.jsonl"

a=$(ms "$GEOKG" merge -o "$T/m.json" "$T"/files/*.json)
b=$(ms "$GEOKG" merge -o "$T/m.json" "$T"/files/*.json)
c=$(ms "$GEOKG" merge -o "$T/m.json" "$T"/files/*.json)
echo "merge of 10,000 graph files: median $(median3 $a $b $c) ms of 3 (target < 2000 ms)"
a=$(ms sh -c "'$GEOKG' merge - <'$T/10k.jsonl'")
b=$(ms sh -c "'$GEOKG' merge - <'$T/10k.jsonl'")
c=$(ms sh -c "'$GEOKG' merge - <'$T/10k.jsonl'")
echo "merge of 10,000 graphs as JSON Lines on stdin: median $(median3 $a $b $c) ms of 3"

# Peak memory against the merged graph's size.
/usr/bin/time -v "$GEOKG" merge -o "$T/m.json" "$T"/files/*.json 2>"$T/time" >/dev/null
rss=$(awk -F: '/Maximum resident set size/ { gsub(/ /, "", $2); print $2 }' "$T/time")
size=$(wc -c <"$T/m.json")
awk -v rss="$rss" -v size="$size" 'BEGIN {
	printf "merge peak memory: %.1f MB max RSS for a %.1f MB merged graph: %.2fx (target < 5x)\n",
	       rss / 1024, size / 1e6, rss * 1024 / size }'

# Growth: 1,000 -> 10,000 -> 100,000 graphs, the fastest of 3 runs, net
# of the program's start (merging nothing).
best3() {
	a=$(ms sh -c "$1"); b=$(ms sh -c "$1"); c=$(ms sh -c "$1")
	echo "$a $b $c" | tr ' ' '\n' | sort -n | head -n 1
}
head -n 1000 "$T/10k.jsonl" >"$T/1k.jsonl"
for i in 1 2 3 4 5 6 7 8 9 10; do gen 10000 $((i + 100)); done >"$T/100k.jsonl"
base=$(best3 "'$GEOKG' merge - </dev/null")
echo "merge growth (fastest of 3, net of ${base} ms to start the program):"
prev=
for n in 1k 10k 100k; do
	m=$(best3 "'$GEOKG' merge - <'$T/$n.jsonl'")
	net=$((m - base))
	[ $net -gt 0 ] || net=1
	count=$(wc -l <"$T/$n.jsonl")
	awk -v n="$n" -v m="$m" -v net="$net" -v c="$count" -v prev="$prev" 'BEGIN {
		printf "  %5s graphs: %6d ms (%.1f us per graph)", n, m, net * 1000 / c;
		if (prev != "") printf ", %.1fx the previous size (linear: 10x)", net / prev;
		printf "\n" }'
	prev=$net
done
