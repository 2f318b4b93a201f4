#!/bin/sh
# geokg edges: all edges, --from/--to, filters, JSON.
. "${GEOKG_TOP_SRCDIR:-$(dirname "$0")/..}/tests/setup"
W="$DATA/query-world.json"

expect_status 0 geokg edges "$W"
expect_grep '^20 edges$' "$T/out"
[ "$(grep -c '^  ' "$T/out")" -eq 20 ] || fail "edges: 20 lines"

expect_status 0 geokg edges --from "United States" "$W"
expect_grep '^4 edges$' "$T/out"
expect_grep '^  United States -supplies-> Ukraine  \[asserted, 2 documents, air defence systems\]  "The United States is providing more air defence systems to Ukraine." (wire-0502, 2023-05-02)$' "$T/out"

expect_status 0 geokg edges --to RUS --type supplies --modality asserted "$W"
expect_grep '^2 edges$' "$T/out"
expect_grep '^  Iran -supplies-> Russia ' "$T/out"
expect_grep '^  North Korea -supplies-> Russia ' "$T/out"

# meets from either end reads from the actor asked about
expect_status 0 geokg edges --from Putin --to Xi "$W"
expect_grep '^1 edge$' "$T/out"
expect_grep '^  Vladimir Putin -meets- Xi Jinping ' "$T/out"

expect_status 0 geokg edges --since 2024-01-01 --until 2024-12-31 "$W"
expect_grep '^3 edges$' "$T/out"
expect_status 0 geokg edges --min-weight 2 "$W"
expect_grep '^5 edges$' "$T/out"

expect_status 0 geokg edges --json --from PRK "$W"
if [ -x "${SYSTEM_PYTHON:-/usr/bin/python3}" ]; then
	"${SYSTEM_PYTHON:-/usr/bin/python3}" - "$T/out" <<'PY' || fail "edges --json"
import json, sys
d = json.load(open(sys.argv[1]))
assert [(e["target"], e["type"], e["modality"]) for e in d["edges"]] == \
    [("RUS", "supplies", "asserted"), ("USA", "threatens", "conditional")], d
assert d["edges"][0]["weight"] == 2 and d["edges"][0]["object"] == "artillery shells"
PY
fi

expect_status 2 geokg edges --from Narnia "$W"
expect_grep "no actor 'Narnia'" "$T/err"
expect_status 2 geokg edges --since yesterday "$W"
expect_grep "^geokg: --since: 'yesterday' is not a date (YYYY-MM-DD)$" "$T/err"
expect_status 2 geokg edges --until 2024-02-30 "$W"
expect_grep "^geokg: --until: '2024-02-30' is not a date" "$T/err"
expect_status 2 geokg edges --modality sure "$W"
expect_grep "^geokg: --modality: unknown modality 'sure'" "$T/err"
expect_status 2 geokg edges --type allies "$W"
expect_grep "^geokg: --type: unknown edge type 'allies'" "$T/err"
[ "$(wc -l <"$T/err")" -eq 1 ] || fail "a bad filter: more than one line"
