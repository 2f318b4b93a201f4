#!/bin/sh
# geokg path: text and JSON, directions, --all/--k/--max-hops, filters,
# unknown and ambiguous actors, no path, batch mode.
. "${GEOKG_TOP_SRCDIR:-$(dirname "$0")/..}/tests/setup"
W="$DATA/query-world.json"

expect_status 0 geokg path "$W" "Kim Jong Un" Biden
expect_grep '^Kim Jong Un to Joe Biden: 3 hops$' "$T/out"
expect_grep '^  Kim Jong Un -meets- Vladimir Putin  \[asserted, 3 documents\]  "Putin was greeted by Kim at Pyongyang airport early on Wednesday." (wire-0619, 2024-06-19)$' "$T/out"
expect_grep '(+1 more edge between them)' "$T/out"
expect_grep '^  Xi Jinping -meets- Joe Biden ' "$T/out"

# role phrases, metonyms and titles name actors too (the world index)
expect_status 0 geokg path "$W" "the Russian president" "North Korea's supreme leader"
expect_grep '^Vladimir Putin to Kim Jong Un: 1 hop$' "$T/out"
expect_status 0 geokg path "$W" Moscow Pyongyang
expect_grep '^Russia to North Korea: 1 hop$' "$T/out"

# ... also in a graph whose nodes carry no roles, demonyms or capitals, as
# extraction writes them: the world graph names them
cat >"$T/bare.json" <<'J'
{"format":"geokg","version":1,"nodes":[
{"id":"IRN","kind":"country","name":"Iran"},
{"id":"RUS","kind":"country","name":"Russia"},
{"id":"vladimir-putin","kind":"person","name":"Vladimir Putin","country":"RUS"}
],"edges":[
{"source":"IRN","target":"RUS","type":"supplies","modality":"asserted","evidence":[{"doc":"t1","date":"2024-02-01","sentence":0,"start":0,"end":30,"text":"Iran shipped drones to Russia."}]},
{"source":"vladimir-putin","target":"RUS","type":"meets","modality":"asserted","evidence":[{"doc":"t2","date":"2024-02-02","sentence":0,"start":0,"end":20,"text":"A made-up sentence."}]}
]}
J
unset GEOKG_WORLD
expect_status 0 geokg path "$T/bare.json" "the Russian president" Tehran
expect_grep '^Vladimir Putin to Iran: 2 hops$' "$T/out"
expect_status 0 geokg neighbors "$T/bare.json" Iranian
expect_grep '^Iran (IRN): 1 actor within 1 hop, 1 edge$' "$T/out"
expect_status 0 geokg match "$T/bare.json" '?x -supplies-> Moscow'
expect_grep '^?x = Iran$' "$T/out"
expect_status 2 geokg path "$T/bare.json" "the U.S. president" Iran
expect_grep "^geokg: no actor 'the U.S. president' in the graph (the world graph's .* is not in it; closest: " "$T/err"

# walking against an edge shows the arrow the other way
expect_status 0 geokg path "$W" RUS DPRK
expect_grep '^  Russia <-supplies- North Korea  \[asserted, 2 documents, artillery shells\]' "$T/out"

# no path is an answer
expect_status 0 geokg path --directed "$W" Russia "United States"
expect_grep '^no path from Russia to United States$' "$T/out"
expect_status 0 geokg path --directed "$W" USA RUS
expect_grep '^  United States -sanctions-> Russia ' "$T/out"

expect_status 0 geokg path --all "$W" Iran "North Korea"
expect_grep '^Iran to North Korea: 2 paths$' "$T/out"
expect_grep '^  Iran <-sanctions- United States ' "$T/out"
expect_grep '^  Iran -supplies-> Russia ' "$T/out"
expect_status 0 geokg path --k 3 "$W" IRN PRK
expect_grep '^Iran to North Korea: 3 paths$' "$T/out"
expect_grep '^path 3: 3 hops$' "$T/out"
expect_status 0 geokg path --max-hops 2 "$W" IRN PRK
expect_grep '^Iran to North Korea: 2 paths$' "$T/out"
expect_status 0 geokg path --max-hops 6 --limit 3 "$W" IRN PRK
expect_grep '^Iran to North Korea: 3 paths (limit reached)$' "$T/out"

# filters apply during the search
expect_status 0 geokg path --all --type sanctions "$W" IRN PRK
expect_grep '^Iran to North Korea: 1 path$' "$T/out"
expect_grep 'United States -sanctions-> North Korea' "$T/out"
expect_status 0 geokg path --since 2023-01-01 "$W" IRN PRK
expect_grep '^no path from Iran to North Korea$' "$T/out"
expect_status 0 geokg path --modality expected "$W" kim-jong-un Putin
expect_grep '\[expected, 1 document\]' "$T/out"
expect_status 2 geokg path --type allies "$W" IRN PRK
expect_grep "unknown edge type 'allies'" "$T/err"

# JSON
expect_status 0 geokg path --json "$W" IRN UKR
expect_grep '^{"from":{"id":"IRN","name":"Iran"},"to":{"id":"UKR","name":"Ukraine"},"paths":\[{"hops":\[' "$T/out"
if [ -x "${SYSTEM_PYTHON:-/usr/bin/python3}" ]; then
	"${SYSTEM_PYTHON:-/usr/bin/python3}" - "$T/out" <<'PY' || fail "path --json"
import json, sys
d = json.load(open(sys.argv[1]))
hops = d["paths"][0]["hops"]
assert [h["from"] for h in hops] + [hops[-1]["to"]] in (["IRN", "RUS", "UKR"], ["IRN", "USA", "UKR"]), hops
assert all(h["edge"]["evidence"]["doc"].startswith("wire-") for h in hops)
PY
fi

# actors: unknown (closest named), ambiguous, usage
expect_status 2 geokg path "$W" Kim USA
expect_grep "^geokg: no actor 'Kim' in the graph (closest: Kim Jong Un (kim-jong-un), Kim Yo Jong (kim-yo-jong)" "$T/err"
[ ! -s "$T/out" ] || fail "output for an unknown actor"
expect_status 2 geokg path "$W" Atlantis USA
expect_grep "no actor 'Atlantis'" "$T/err"
expect_status 2 geokg path "$W" IRN
expect_status 2 geokg path --all --k 2 "$W" IRN PRK
expect_status 2 geokg path --k 0 "$W" IRN PRK
expect_status 0 geokg path --help
expect_grep '^usage: geokg path' "$T/out"
expect_status 2 geokg path "$DATA/bad/unknown-type.json" IRN PRK
expect_grep 'unknown-type.json:[0-9]*:[0-9]*: ' "$T/err"

# batch: one load, one answer a line, errors named by line
cat >"$T/q" <<'Q'
# questions
IRN PRK
"Kim Jong Un" "Joe Biden"

Atlantis USA
RUS
USA RUS
Q
expect_status 2 geokg path --batch "$T/q" "$W"
[ "$(grep -c '^Iran to North Korea: 2 hops$' "$T/out")" -eq 1 ] || fail "batch: IRN PRK"
expect_grep '^Kim Jong Un to Joe Biden: 3 hops$' "$T/out"
expect_grep '^United States to Russia: 1 hop$' "$T/out"
expect_grep "^geokg: $T/q:5:1: no actor 'Atlantis'" "$T/err"
expect_grep "^geokg: $T/q:6:4: expected FROM TO, found only FROM$" "$T/err"
# bad lines name the column, in characters, of what is wrong
printf '"Kim Jong Un" Atlantis\n"Kim Jong Un Biden\r\nIRN PRK USA\n\tÜber IRN\n' >"$T/q3"
expect_status 2 geokg path --batch "$T/q3" "$W"
[ "$(wc -l <"$T/err")" -eq 4 ] || fail "batch: one line per bad line"
expect_grep "^geokg: $T/q3:1:15: no actor 'Atlantis' in the graph" "$T/err"
expect_grep "^geokg: $T/q3:2:1: unterminated quoted name$" "$T/err"
expect_grep "^geokg: $T/q3:3:9: expected FROM TO, found a third name (quote names with spaces)$" "$T/err"
expect_grep "^geokg: $T/q3:4:2: no actor 'Über' in the graph" "$T/err"
[ ! -s "$T/out" ] || fail "batch: output for bad lines"
printf 'IRN PRK\nUSA UKR\n' >"$T/q2"
expect_status 0 geokg path --json --batch - "$W" <"$T/q2"
[ "$(wc -l <"$T/out")" -eq 2 ] || fail "batch --json: one line per question"
expect_grep '^{"from":{"id":"USA"' "$T/out"

# an empty graph: every actor is unknown, with no closest actor to suggest
echo '{"format":"geokg","version":1,"nodes":[],"edges":[]}' >"$T/empty.json"
expect_status 2 geokg path "$T/empty.json" IRN PRK
[ "$(cat "$T/err")" = "geokg: no actor 'IRN' in the graph (the world graph's Iran (IRN) is not in it)" ] || fail "path in an empty graph: $(cat "$T/err")"
[ ! -s "$T/out" ] || fail "path in an empty graph: output"
