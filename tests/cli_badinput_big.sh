#!/bin/sh
# The big cases of the bad-input catalogue (doc/bad-input.md), generated
# at test time: a 100 MB line, a million tiny documents, and a graph file
# rewritten in place while it is being read.
. "${GEOKG_TOP_SRCDIR:-$(dirname "$0")/..}/tests/setup"
# Under `make check-valgrind` these run the program directly: valgrind
# would take many minutes over 100 MB or a million documents, and the
# memory checks are done by the small cases (cli_badinput.sh) and the
# sanitizer build.
if [ -n "${GEOKG_VALGRIND:-}" ]; then
	geokg() { "$GEOKG" "$@"; }
fi
W="$DATA/extract-world.json"
GOOD="$DATA/small.json"

one_error() { # one_error PATTERN: stderr is one line matching PATTERN
	[ "$(wc -l <"$T/err")" -eq 1 ] || { cat "$T/err" >&2; fail "more than one line on stderr"; }
	expect_grep "^geokg: .*$1" "$T/err"
}

# ---- a 100 MB line ------------------------------------------------------------
# 100 MB without a newline (or any sentence end): extraction reads it in
# linear time and memory bounded by the input; the other readers reject it
# at once.
head -c 104857600 /dev/zero | tr '\0' 'x' >"$T/line"
expect_status 0 geokg extract --world "$W" "$T/line"
expect_grep '"nodes":\[\],"edges":\[\]' "$T/out"
expect_status 2 geokg stats "$T/line"
one_error "line:1:1: expected a JSON object"
expect_status 2 geokg import-gdelt --no-world "$T/line"
one_error "line:1: 1 columns without a header"
# a graph whose one name is the 100 MB line: over GEOKG_NAME_MAX
{ printf '{"format":"geokg","version":1,"nodes":[{"id":"A","kind":"country","name":"'
  cat "$T/line"; printf '"}],"edges":[]}\n'; } >"$T/line.json"
rm -f "$T/line"
printf 'the previous content\n' >"$T/out.json"
expect_status 2 geokg merge "$T/line.json" -o "$T/out.json"
one_error "line.json:1:[0-9]*: .*104857600 bytes, over the limit of 16384"
[ "$(cat "$T/out.json")" = "the previous content" ] || fail "out.json changed"
rm -f "$T/line.json"

# ---- a million tiny documents ---------------------------------------------------
# extract --jsonl: a graph per document, in order, none lost.
awk 'BEGIN { for (i = 0; i < 1000000; i++)
	printf "{\"id\":\"d%d\",\"text\":\"%s\"}\n", i, (i % 1000 == 0) ? "Putin met Xi." : "x" }' >"$T/million.jsonl"
expect_status 0 geokg extract --world "$W" --jsonl "$T/million.jsonl"
[ "$(wc -l <"$T/out")" -eq 1000000 ] || fail "not one graph per document"
[ "$(grep -c '"doc":"d' "$T/out")" -eq 1000 ] || fail "the documents with an edge lost their evidence"
# ingest: one corpus graph, every document known afterwards; a second
# ingest of the same stream changes nothing and extracts nothing
expect_status 0 geokg ingest -q -j 2 --world "$W" -o "$T/m.json" "$T/million.jsonl"
expect_status 0 geokg stats "$T/m.json"
expect_grep "1000 evidence records, 1000 documents" "$T/out"
sum=$(cksum <"$T/m.json")
expect_status 0 geokg ingest -j 2 --world "$W" -o "$T/m.json" "$T/million.jsonl"
expect_grep "ingested 0 documents (1000000 known, 0 failed)" "$T/err"
[ "$(cksum <"$T/m.json")" = "$sum" ] || fail "ingesting the same documents again changed the graph"
rm -f "$T/million.jsonl" "$T/out" "$T/m.json" "$T/m.json.docs"

# ---- a graph file changed while being read ----------------------------------------
# A writer rewrites the file in place (truncate, then write: not atomic)
# again and again, alternating two graphs, while geokg reads it.  Every
# read must give the statistics of one of the two graphs, or fail with
# one clean line (status 1 or 2); never crash, never answer wrongly.
awk 'BEGIN { printf "{\"format\":\"geokg\",\"version\":1,\"nodes\":[\n";
	for (i = 0; i < 20000; i++) printf "%s{\"id\":\"N%05d\",\"kind\":\"country\",\"name\":\"Node %d\"}\n", i ? "," : "", i, i;
	printf "],\"edges\":[\n";
	for (i = 0; i < 19999; i++) printf "%s{\"source\":\"N%05d\",\"target\":\"N%05d\",\"type\":\"meets\",\"modality\":\"asserted\",\"weight\":1,\"evidence\":[{\"doc\":\"d%d\",\"date\":null,\"sentence\":0,\"start\":0,\"end\":9,\"text\":\"A met B.\"}]}\n", i ? "," : "", i, i + 1, i;
	printf "]}\n" }' >"$T/big.json"
geokg stats "$T/big.json" >"$T/stats-big" || fail "the big graph does not load"
geokg stats "$GOOD" | sed "s|$GOOD|$T/g.json|" >"$T/stats-small"
sed "s|$T/big.json|$T/g.json|" "$T/stats-big" >"$T/stats-big2"
cp "$GOOD" "$T/g.json"
( while [ ! -e "$T/stop" ]; do
	cat "$T/big.json" >"$T/g.json"
	cat "$GOOD" >"$T/g.json"
  done ) &
writer=$!
ok=0 refused=0 i=0
while [ $i -lt 60 ]; do
	i=$((i + 1))
	set +e
	geokg stats "$T/g.json" >"$T/out" 2>"$T/err"
	st=$?
	set -e
	case $st in
	0)
		cmp -s "$T/out" "$T/stats-small" || cmp -s "$T/out" "$T/stats-big2" ||
			{ touch "$T/stop"; wait $writer; head -n 3 "$T/out" >&2; fail "a read gave statistics of neither graph"; }
		ok=$((ok + 1)) ;;
	1 | 2)
		[ "$(wc -l <"$T/err")" -eq 1 ] && grep -q '^geokg: ' "$T/err" ||
			{ touch "$T/stop"; wait $writer; cat "$T/err" >&2; fail "a refused read did not give one clean line"; }
		refused=$((refused + 1)) ;;
	*)
		touch "$T/stop"; wait $writer
		cat "$T/err" >&2
		fail "geokg stats died with status $st on a file being rewritten" ;;
	esac
done
touch "$T/stop"
wait $writer
echo "changed while read: $ok reads answered, $refused refused cleanly"
