#!/bin/sh
# geokg neighbors: depth, direction, grouping by type, filters, JSON.
. "${GEOKG_TOP_SRCDIR:-$(dirname "$0")/..}/tests/setup"
W="$DATA/query-world.json"

expect_status 0 geokg neighbors "$W" Putin
expect_grep '^Vladimir Putin (vladimir-putin): 4 actors within 1 hop, 5 edges$' "$T/out"
expect_grep '^meets:$' "$T/out"
expect_grep '^  Vladimir Putin -meets- Kim Jong Un  \[asserted, 3 documents\]' "$T/out"
expect_grep '^  Vladimir Putin -meets- Kim Jong Un  \[expected, 1 document\]' "$T/out"

expect_status 0 geokg neighbors --depth 2 --type meets "$W" vladimir-putin
expect_grep '^Vladimir Putin (vladimir-putin): 5 actors within 2 hops, 6 edges$' "$T/out"
expect_grep '^  Xi Jinping -meets- Joe Biden ' "$T/out"

expect_status 0 geokg neighbors --direction out "$W" Russia
expect_grep ': 3 actors within 1 hop, 3 edges$' "$T/out"
# grouped by type, in the order of the types
[ "$(grep -v '^ ' "$T/out" | tail -n +2 | tr '\n' ' ')" = "supplies: threatens: " ] ||
	fail "neighbors: groups $(grep -v '^ ' "$T/out" | tr '\n' ' ')"
expect_grep '^  Russia -threatens-> NATO ' "$T/out"
expect_status 0 geokg neighbors --direction in --modality any "$W" Russia
expect_grep ': 5 actors within 1 hop, 5 edges$' "$T/out"
expect_grep '^  Russia <-supplies- Iran ' "$T/out"
expect_grep '^  Russia <-supplies- China  \[negated' "$T/out"
expect_grep '^sanctions:$' "$T/out"
# by default, China's negated supply is left out
expect_status 0 geokg neighbors --direction in "$W" Russia
expect_grep ': 4 actors within 1 hop, 4 edges$' "$T/out"
grep -q 'China' "$T/out" && fail "neighbors: a negated edge by default"
expect_status 0 geokg neighbors --direction in --modality asserted "$W" Russia
expect_grep ': 4 actors within 1 hop, 4 edges$' "$T/out"

expect_status 0 geokg neighbors --json "$W" DPRK
expect_grep '^{"actor":{"id":"PRK","name":"North Korea"},"neighbors":\[' "$T/out"
if [ -x "${SYSTEM_PYTHON:-/usr/bin/python3}" ]; then
	"${SYSTEM_PYTHON:-/usr/bin/python3}" - "$T/out" <<'PY' || fail "neighbors --json"
import json, sys
d = json.load(open(sys.argv[1]))
assert sorted(n["actor"]["id"] for n in d["neighbors"]) == ["RUS", "USA"], d["neighbors"]
assert len(d["edges"]["threatens"]) == 1 and len(d["edges"]["sanctions"]) == 1
assert d["edges"]["meets"] == []
PY
fi

expect_status 2 geokg neighbors --direction sideways "$W" RUS
expect_grep "expected in, out or both" "$T/err"
expect_status 2 geokg neighbors "$W" Muscovy
expect_grep "no actor 'Muscovy'" "$T/err"
expect_status 2 geokg neighbors "$W"

# an actor without edges (or none that pass the filters) has an empty
# neighbourhood: an answer, not an error
expect_status 0 geokg neighbors "$DATA/one-edge-three-actors.json" Carpania
[ "$(cat "$T/out")" = "Carpania (CCC): 0 actors within 1 hop, 0 edges" ] ||
	fail "neighbors of a lone actor: $(cat "$T/out")"
[ ! -s "$T/err" ] || fail "neighbors of a lone actor: a message"
expect_status 0 geokg neighbors --type meets --depth 3 "$DATA/one-edge-three-actors.json" AAA
expect_grep '^Aland (AAA): 0 actors within 3 hops, 0 edges$' "$T/out"
expect_status 0 geokg neighbors --json "$DATA/one-edge-three-actors.json" CCC
[ "$(cat "$T/out")" = '{"actor":{"id":"CCC","name":"Carpania"},"neighbors":[],"edges":{"meets":[],"supplies":[],"threatens":[],"sanctions":[]}}' ] ||
	fail "neighbors --json of a lone actor: $(cat "$T/out")"
