#!/bin/sh
# geokg stats: counts, --json, standard input, and every kind of bad graph.
. "${GEOKG_TOP_SRCDIR:-$(dirname "$0")/..}/tests/setup"

expect_status 0 geokg stats "$DATA/small.json"
expect_grep '6 nodes, 3 edges, 4 evidence records, 2 documents' "$T/out"
expect_grep 'country 3  org 1  person 2' "$T/out"
expect_grep 'meets 1  supplies 1  threatens 1  sanctions 0' "$T/out"
expect_grep '^ *2  PRK ' "$T/out"

expect_status 0 geokg stats --json --top 1 - <"$DATA/small.json"
expect_grep '"nodes":6,"edges":3' "$T/out"
expect_grep '"top":\[{"id":"PRK","degree":2}\]' "$T/out"
if [ -x "${SYSTEM_PYTHON:-/usr/bin/python3}" ]; then
	"${SYSTEM_PYTHON:-/usr/bin/python3}" -c 'import json,sys; json.load(open(sys.argv[1]))' "$T/out" ||
		fail "stats --json is not JSON"
fi

for f in "$DATA"/bad/*.json; do
	expect_status 2 geokg stats "$f"
	expect_grep "^geokg: .*bad/$(basename "$f"):[0-9]*:[0-9]*: " "$T/err"
	[ "$(wc -l <"$T/err")" -eq 1 ] || fail "$f: more than one line of error"
	[ ! -s "$T/out" ] || fail "$f: output on bad input"
done
expect_status 2 geokg stats "$T/no-such-file.json"
expect_grep 'no-such-file.json: No such file' "$T/err"
expect_status 1 geokg stats "$T"
expect_grep 'is a directory' "$T/err"
