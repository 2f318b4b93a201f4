#!/bin/sh
# geokg extract: output, options, and every kind of bad input.
. "${GEOKG_TOP_SRCDIR:-$(dirname "$0")/..}/tests/setup"
W="$DATA/extract-world.json"

# an article: nodes, a typed edge with modality and evidence
printf 'Moscow and Beijing held talks.\n\nIran will sell drones to Russia.\n' >"$T/a.txt"
expect_status 0 geokg extract --world "$W" --id a1 --date 2023-05-01 "$T/a.txt"
expect_grep '"format":"geokg"' "$T/out"
expect_grep '"source":"IRN","target":"RUS","type":"supplies","modality":"expected"' "$T/out"
expect_grep '"doc":"a1","date":"2023-05-01","sentence":1,"start":32,"end":64' "$T/out"
expect_grep '"type":"meets"' "$T/out"
geokg stats "$T/out" >/dev/null || fail "extract output does not load"

# standard input, and the world from GEOKG_WORLD
GEOKG_WORLD="$W" expect_status 0 geokg extract - <"$T/a.txt"
expect_grep '"type":"supplies"' "$T/out"

# empty input: an empty graph, status 0
: >"$T/empty.txt"
expect_status 0 geokg extract --world "$W" "$T/empty.txt"
expect_grep '"nodes":\[\]' "$T/out"

# NUL bytes: not text, status 2
printf 'Iran met\000Iraq.' >"$T/bin.txt"
expect_status 2 geokg extract --world "$W" "$T/bin.txt"
expect_grep 'not text' "$T/err"
[ -s "$T/out" ] && fail "output written for binary input"

# invalid UTF-8: replaced with a warning
printf 'Iran \377\376 imposed sanctions on Iraq.' >"$T/bad.txt"
expect_status 0 geokg extract --world "$W" "$T/bad.txt"
expect_grep 'warning: .*2 invalid UTF-8 bytes replaced' "$T/err"
expect_grep '"type":"sanctions"' "$T/out"

# a malformed date
expect_status 2 geokg extract --world "$W" --date 2023-02-30 "$T/a.txt"
expect_grep "bad --date '2023-02-30'" "$T/err"
expect_status 2 geokg extract --world "$W" --date yesterday "$T/a.txt"

# a missing world graph names the paths tried
expect_status 2 geokg extract --world "$T/nope.json" "$T/a.txt"
expect_grep "nope.json" "$T/err"
GEOKG_WORLD="$T/gone.json" expect_status 2 geokg extract "$T/a.txt"
expect_grep "gone.json" "$T/err"

# a missing input file; too many arguments; --help
expect_status 2 geokg extract --world "$W" "$T/missing.txt"
expect_status 2 geokg extract --world "$W" a b
expect_status 0 geokg extract --help
expect_grep 'usage: geokg extract' "$T/out"

# JSON Lines: one graph per line, bad records reported by line and skipped
cat >"$T/docs.jsonl" <<'J'
{"id": "d1", "date": "2023-01-01", "text": "Japan imposed sanctions on Russia."}
not json
{"id": "d2", "text": 42}

{"id": 7, "date": null, "text": "Kenya met Uganda."}
{"id": "d4", "date": "2023-99-01", "text": "Kenya met Uganda."}
{"id": "d5", "date": "February 3, 2023 ", "text": "Kenya met Uganda."}
{"id": "d6", "date": "", "text": "Kenya met Uganda."}
J
expect_status 2 geokg extract --world "$W" --jsonl <"$T/docs.jsonl"
[ "$(wc -l <"$T/out")" -eq 4 ] || fail "want 4 graphs, got $(wc -l <"$T/out")"
expect_grep '"doc":"d1"' "$T/out"
expect_grep '"doc":"7"' "$T/out"
# dates as geokg ingest reads them (doc/scaling.md): normalised; empty is none
expect_grep '"doc":"d5","date":"2023-02-03"' "$T/out"
expect_grep '"doc":"d6","sentence"' "$T/out"
expect_grep '<stdin>:2:' "$T/err"
expect_grep '<stdin>:3:' "$T/err"
expect_grep '<stdin>:6:.*date' "$T/err"
expect_grep '3 bad records skipped' "$T/err"

# a long document with no newline: bounded sentences, linear time
awk 'BEGIN { for (i = 0; i < 60000; i++) printf "Kenya met Uganda and word%d ", i }' >"$T/long.txt"
expect_status 0 geokg extract --world "$W" "$T/long.txt"
expect_grep '"type":"meets"' "$T/out"
exit 0
