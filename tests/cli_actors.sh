#!/bin/sh
# geokg actors: names, role phrases by date, ambiguity, unknown names with
# suggestions, --json, --list, --world and the search for the world graph.
. "${GEOKG_TOP_SRCDIR:-$(dirname "$0")/..}/tests/setup"
W=${GEOKG_WORLD_BUILT:-$GEOKG_TOP_BUILDDIR/graphs/world.json}
unset GEOKG_WORLD

# found next to the uninstalled program, without --world
expect_status 0 geokg actors Moscow
expect_grep '^Moscow: RUS (country) Russia  \[metonym' "$T/out"

expect_status 0 geokg actors --world "$W" --date 2004-10-15 "the U.S. president" \
	"U.S. Defense Secretary" Kremlin
expect_grep '^the U.S. president on 2004-10-15: george-w-bush (person, USA)' "$T/out"
expect_grep 'role: president of USA from 2001-01-20 to 2009-01-20' "$T/out"
expect_grep '^U.S. Defense Secretary on 2004-10-15: donald-rumsfeld ' "$T/out"
expect_grep '^Kremlin on 2004-10-15: RUS ' "$T/out"

# without a date a role phrase lists every holder
expect_status 0 geokg actors --world "$W" "the U.S. secretary of state"
expect_grep '^the U.S. secretary of state: [0-9]* actors' "$T/out"
expect_grep '^  colin-powell ' "$T/out"
expect_grep '^  hillary-clinton ' "$T/out"

# ambiguity is shown
expect_status 0 geokg actors --world "$W" Congo Georgia
expect_grep '^Congo: 2 actors' "$T/out"
expect_grep '^  COD .*needs context' "$T/out"
expect_grep '^  COG .*needs context' "$T/out"
expect_grep '^Georgia: GEO .*needs context' "$T/out"

# unknown: exit 2, suggestions, the known names still printed
expect_status 2 geokg actors --world "$W" Clintn Moscow
expect_grep "^geokg: unknown actor 'Clintn'; did you mean: Clinton" "$T/err"
expect_grep '^Moscow: RUS' "$T/out"

# JSON
expect_status 2 geokg actors --world "$W" --json --date 2016-12-01 \
	"Britain's prime minister" 'Xyzzyland'
expect_grep '"query":"Britain.s prime minister","date":"2016-12-01","matches":\[{"id":"theresa-may","kind":"person"' "$T/out"
expect_grep '"query":"Xyzzyland","date":"2016-12-01","matches":\[\],"suggestions":\[' "$T/out"
if [ -x "${SYSTEM_PYTHON:-/usr/bin/python3}" ]; then
	"${SYSTEM_PYTHON:-/usr/bin/python3}" -c 'import json,sys; d=json.load(open(sys.argv[1])); assert len(d) == 2' "$T/out" ||
		fail "actors --json is not a JSON array of 2"
fi

# listing
expect_status 0 geokg actors --world "$W" --list --kind org
expect_grep '^NATO	org	North Atlantic Treaty Organization	-$' "$T/out"
[ "$(grep -c . "$T/out")" -ge 22 ] || fail "fewer than 22 organisations"
grep -q '	country	' "$T/out" && fail "--kind org listed a country"
expect_status 0 geokg actors --world "$W" --list --country USA
expect_grep '^barack-obama	person	Barack Obama	USA$' "$T/out"
expect_status 0 geokg actors --world "$W" --list --json --kind country
expect_grep '{"id":"RUS","kind":"country","name":"Russia"}' "$T/out"

# usage and bad input
expect_status 0 geokg actors --help
expect_grep '^usage: geokg actors' "$T/out"
expect_status 2 geokg actors
expect_status 2 geokg actors --date 2023-02-30 Putin
expect_grep "bad date '2023-02-30'" "$T/err"
expect_status 2 geokg actors --list --kind planet
expect_status 2 geokg actors --kind org Moscow
expect_status 2 geokg actors --list --country XXX
expect_status 2 geokg actors --world "$T/none.json" Moscow
expect_grep 'none.json' "$T/err"

# GEOKG_WORLD, and --world beats it
cat >"$T/w.json" <<'JSON'
{"format":"geokg","version":1,"nodes":[
{"id":"FRD","kind":"country","name":"Freedonia","demonyms":["Freedonian"]},
{"id":"rufus-firefly","kind":"person","name":"Rufus T. Firefly","country":"FRD","aliases":["Firefly"],"roles":[{"role":"leader","of":"FRD","start":"1933-11-17","end":null,"note":null}]}],
"edges":[]}
JSON
export GEOKG_WORLD="$T/w.json"
expect_status 0 geokg actors --date 1934-01-01 "the Freedonian leader" Firefly
expect_grep '^the Freedonian leader on 1934-01-01: rufus-firefly ' "$T/out"
expect_grep '^Firefly on 1934-01-01: rufus-firefly .*alias' "$T/out"
expect_status 2 geokg actors Moscow
expect_status 0 geokg actors --world "$W" Moscow
GEOKG_WORLD="$T/none.json"
expect_status 2 geokg actors Moscow
expect_grep 'none.json' "$T/err"
exit 0
