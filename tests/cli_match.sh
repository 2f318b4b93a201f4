#!/bin/sh
# geokg match: bindings with evidence, filters, JSON, pattern errors with
# columns, unknown actors.
. "${GEOKG_TOP_SRCDIR:-$(dirname "$0")/..}/tests/setup"
W="$DATA/query-world.json"

# China's denied supply is left out unless --modality any asks for it
expect_status 0 geokg match "$W" '?x -supplies-> RUS'
expect_grep '^2 matches$' "$T/out"
grep -q '^?x = China$' "$T/out" && fail "match: a negated edge by default"
expect_status 0 geokg match --modality any "$W" '?x -supplies-> RUS'
expect_grep '^3 matches$' "$T/out"
expect_grep '^?x = China$' "$T/out"
expect_grep '^  China -supplies-> Russia  \[negated, 1 document, weapons\]' "$T/out"

expect_status 0 geokg match --modality asserted "$W" '?a -supplies-> ?b -threatens-> ?c'
expect_grep '^4 matches$' "$T/out"
expect_grep '^?a = Iran, ?b = Russia, ?c = NATO$' "$T/out"
expect_grep '^  Russia -threatens-> NATO  \[asserted, 1 document\]' "$T/out"

expect_status 0 geokg match "$W" '"Kim Jong Un" -meets- ?y'
expect_grep '^1 match$' "$T/out"
# both edges between them are shown
[ "$(grep -c '^  Kim Jong Un -meets- Vladimir Putin' "$T/out")" -eq 2 ] || fail "match: both meetings"
expect_status 0 geokg match "$W" '?x <-sanctions- USA'
expect_grep '^3 matches$' "$T/out"
expect_grep '^  Iran <-sanctions- United States ' "$T/out"
expect_status 0 geokg match "$W" 'NATO -threatens-> ?x'
expect_grep '^0 matches$' "$T/out"
expect_status 0 geokg match --limit 2 "$W" '?x -*- ?y'
expect_grep '^2 matches (limit reached)$' "$T/out"

expect_status 0 geokg match --json "$W" '?x -sanctions|supplies-> Ukraine'
if [ -x "${SYSTEM_PYTHON:-/usr/bin/python3}" ]; then
	"${SYSTEM_PYTHON:-/usr/bin/python3}" - "$T/out" <<'PY' || fail "match --json"
import json, sys
d = json.load(open(sys.argv[1]))
m = d["matches"]
assert len(m) == 1 and m[0]["terms"][0] == {"term": "?x", "actor": {"id": "USA", "name": "United States"}}, m
assert m[0]["relations"][0][0]["type"] == "supplies"
PY
fi

# a bad pattern: status 2, the column of the error, before reading the graph
expect_status 2 geokg match "$W" '?x -meets ?y'
expect_grep "^geokg: pattern:1:11: expected '->' or '-'$" "$T/err"
expect_status 2 geokg match "$T/no-such.json" '?x -allies-> ?y'
expect_grep "^geokg: pattern:1:5: unknown edge type 'allies'$" "$T/err"
expect_status 2 geokg match "$W" '?x <-supplies-> ?y'
expect_grep 'pattern:1:14: ' "$T/err"
expect_status 2 geokg match "$W" '?x -meets- Atlantis'
expect_grep "no actor 'Atlantis'" "$T/err"
expect_status 2 geokg match "$W"
