#!/bin/sh
# geokg merge: files, JSON Lines on standard input, order independence,
# --verbose conflicts, -o, and bad inputs that stop the merge unwritten.
. "${GEOKG_TOP_SRCDIR:-$(dirname "$0")/..}/tests/setup"

A="$DATA/merge-a.json"
B="$DATA/merge-b.json"

# Two files, in either order, give the stored result.
expect_status 0 geokg merge "$A" "$B"
cmp -s "$T/out" "$DATA/merge-ab.json" || { diff "$DATA/merge-ab.json" "$T/out" >&2; fail "merge a b differs from merge-ab.json"; }
[ ! -s "$T/err" ] || fail "merge without --verbose printed to stderr"
expect_status 0 geokg merge "$B" "$A"
cmp -s "$T/out" "$DATA/merge-ab.json" || fail "merge b a differs from merge a b"
# The conflict rule: the smaller name and country are kept.
expect_grep '"id":"jean-exemple","kind":"person","name":"J. Exemple","country":"BEL","aliases":\["Jean Exemple"\]' "$T/out"
expect_grep '"weight":2,' "$T/out"

# Idempotent: merging the result with its inputs again changes nothing.
expect_status 0 geokg merge "$DATA/merge-ab.json" "$A" "$B" "$A"
cmp -s "$T/out" "$DATA/merge-ab.json" || fail "merge is not idempotent"

# --verbose reports each conflict with the input and the node.
expect_status 0 geokg merge --verbose "$A" "$B"
expect_grep "^geokg: .*merge-b.json: node 'jean-exemple': country 'FRA' vs 'BEL': kept 'BEL'" "$T/err"
expect_grep "node 'DEU': name 'Germany' vs 'Federal Republic of Germany'" "$T/err"
expect_grep 'merged 2 graphs: 3 nodes, 2 edges, 3 node conflicts' "$T/err"

# -o writes the file atomically; --jsonl writes one line.
expect_status 0 geokg merge -o "$T/m.json" "$A" "$B"
cmp -s "$T/m.json" "$DATA/merge-ab.json" || fail "-o output differs"
[ ! -s "$T/out" ] || fail "-o also wrote to stdout"
expect_status 0 geokg merge --jsonl "$A" "$B"
[ "$(wc -l <"$T/out")" -eq 1 ] || fail "--jsonl output is not one line"

# JSON Lines on standard input, mixed with files, blank lines skipped.
geokg merge --jsonl "$A" >"$T/a.jsonl"
geokg merge --jsonl "$B" >"$T/b.jsonl"
{ cat "$T/b.jsonl"; echo; cat "$T/a.jsonl"; } >"$T/ab.jsonl"
expect_status 0 geokg merge - <"$T/ab.jsonl"
cmp -s "$T/out" "$DATA/merge-ab.json" || fail "merge - (JSON Lines) differs"
expect_status 0 geokg merge "$A" - <"$T/b.jsonl"
cmp -s "$T/out" "$DATA/merge-ab.json" || fail "merge file - differs"
# One multi-line graph on standard input works too.
expect_status 0 geokg merge - "$B" <"$A"
cmp -s "$T/out" "$DATA/merge-ab.json" || fail "merge - (one graph) differs"
# Empty input is an empty graph.
expect_status 0 geokg merge - </dev/null
expect_grep '"nodes":\[\],"edges":\[\]' "$T/out"

# A bad file is named with its error; nothing is written.
cp "$DATA/merge-ab.json" "$T/keep.json"
expect_status 2 geokg merge -o "$T/keep.json" "$A" "$DATA/merge-bad.json" "$B"
expect_grep "^geokg: .*merge-bad.json:6:1: edge 0: unknown type 'allies'" "$T/err"
[ "$(wc -l <"$T/err")" -eq 1 ] || fail "more than one line of error"
cmp -s "$T/keep.json" "$DATA/merge-ab.json" || fail "a failed merge changed its output"
ls "$T" | grep -q 'tmp' && fail "a failed merge left a temporary file"
expect_status 2 geokg merge "$A" "$DATA/merge-bad.json"
[ ! -s "$T/out" ] || fail "output written after a bad input"
# ... also on standard input, named by line.
{ cat "$T/a.jsonl"; printf '{"format":"geokg","version":1,"nodes":[],"edges":[],"x":1}\n'; } >"$T/bad.jsonl"
expect_status 2 geokg merge - <"$T/bad.jsonl"
expect_grep "^geokg: <stdin>:2:1:.*unknown field 'x'" "$T/err"
[ ! -s "$T/out" ] || fail "output written after a bad JSON line"
# Two kinds for one id cannot be merged.
expect_status 2 geokg merge "$A" "$DATA/merge-kind.json"
expect_grep "merge-kind.json: node 'DEU' is a" "$T/err"
# Every catalogued bad graph is refused.
for f in "$DATA"/bad/*.json; do
	expect_status 2 geokg merge "$A" "$f"
	expect_grep "bad/$(basename "$f")" "$T/err"
done
# A missing file, and usage errors.
expect_status 2 geokg merge "$A" "$T/none.json"
expect_grep 'none.json: No such file' "$T/err"
expect_status 2 geokg merge
expect_status 2 geokg merge --bogus "$A"
expect_status 0 geokg merge --help
expect_grep '^usage: geokg merge' "$T/out"
exit 0
