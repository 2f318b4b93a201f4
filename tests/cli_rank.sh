#!/bin/sh
# geokg rank: degree, PageRank, betweenness, filters, --top, JSON.
. "${GEOKG_TOP_SRCDIR:-$(dirname "$0")/..}/tests/setup"
W="$DATA/query-world.json"

# by default China's negated supply is no link; --modality any counts it
expect_status 0 geokg rank "$W"
expect_grep '^top 10 actors by degree:$' "$T/out"
expect_grep '^   1         7  RUS  *Russia$' "$T/out"
[ "$(grep -c '^ *[0-9]' "$T/out")" -eq 10 ] || fail "rank: 10 lines"
expect_status 0 geokg rank --modality any --top 1 "$W"
expect_grep '^   1         8  RUS  *Russia$' "$T/out"

expect_status 0 geokg rank --type meets --top 1 "$W"
expect_grep '^   1         5  vladimir-putin  *Vladimir Putin$' "$T/out"
expect_status 0 geokg rank --by betweenness --type meets --top 2 "$W"
expect_grep '^   1 .* vladimir-putin ' "$T/out"
expect_grep '^   2 .* xi-jinping ' "$T/out"
expect_status 0 geokg rank --by pagerank --type supplies --top 2 "$W"
expect_grep '^   1 .* BLR ' "$T/out"
expect_grep '^   2 .* RUS ' "$T/out"

expect_status 0 geokg rank --json --top 0 --by pagerank "$W"
if [ -x "${SYSTEM_PYTHON:-/usr/bin/python3}" ]; then
	"${SYSTEM_PYTHON:-/usr/bin/python3}" - "$T/out" <<'PY' || fail "rank --json"
import json, sys
d = json.load(open(sys.argv[1]))
assert d["by"] == "pagerank" and len(d["actors"]) == 17
assert abs(sum(a["score"] for a in d["actors"]) - 1) < 1e-3
PY
fi
expect_status 2 geokg rank --by fame "$W"
expect_grep "expected degree, pagerank or betweenness" "$T/err"

# an empty graph ranks nobody, by every measure
echo '{"format":"geokg","version":1,"nodes":[],"edges":[]}' >"$T/empty.json"
for by in degree pagerank betweenness; do
	expect_status 0 geokg rank --by $by "$T/empty.json"
	[ "$(cat "$T/out")" = "top 0 actors by $by:" ] || fail "rank --by $by of nothing: $(cat "$T/out")"
	expect_status 0 geokg rank --json --by $by "$T/empty.json"
	[ "$(cat "$T/out")" = "{\"by\":\"$by\",\"actors\":[]}" ] || fail "rank --json --by $by of nothing"
done

# with a filter, actors without an edge that passes it are not ranked;
# without one, every actor is
expect_status 0 geokg rank --type supplies "$DATA/one-edge-three-actors.json"
expect_grep '^top 2 actors by degree:$' "$T/out"
grep -q CCC "$T/out" && fail "rank --type: an actor without such an edge"
for by in degree pagerank betweenness; do
	expect_status 0 geokg rank --by $by --type meets "$DATA/one-edge-three-actors.json"
	[ "$(cat "$T/out")" = "top 0 actors by $by:" ] || fail "rank --by $by --type meets: $(cat "$T/out")"
done
expect_status 0 geokg rank "$DATA/one-edge-three-actors.json"
expect_grep '^top 3 actors by degree:$' "$T/out"
expect_grep '^   3         0  CCC  *Carpania$' "$T/out"
