#!/bin/sh
# geokg import-gdelt: GDELT 2.0 with a header (commas, quotes), 1.0 without
# (tabs, 58 and 57 columns), world names, bad rows reported by line and
# skipped, layout errors, and `geokg stats` telling GDELT from extraction.
# The rows in tests/data/gdelt-* are made up for these tests.
. "${GEOKG_TOP_SRCDIR:-$(dirname "$0")/..}/tests/setup"

W="$DATA/gdelt-world.json"

expect_status 0 geokg import-gdelt --world "$W" -o "$T/g2.json" "$DATA/gdelt-v2.csv"
expect_grep "^geokg: warning: .*gdelt-v2.csv:14: 60 columns, expected 61; row skipped" "$T/err"
expect_grep "^geokg: warning: .*gdelt-v2.csv:15: bad SQLDATE '2023-09'; row skipped" "$T/err"
expect_grep "gdelt-v2.csv: 16 rows, 9 events imported, 4 of other kinds, 1 with unknown actors, 2 bad rows skipped" "$T/err"
G="$T/g2.json"
# names from the world graph; CAMEO ROM is ROU; the EU by its group code
expect_grep '{"id":"ROU","kind":"country","name":"Romania"}' "$G"
expect_grep '{"id":"EU","kind":"org","name":"European Union"}' "$G"
grep -q '"id":"EGY"' "$G" && fail "an actor unknown to the world graph was imported"
# 04x meets (one way round: from the smaller id); two events of one
# article on one edge are one record
expect_grep '"source":"PRK","target":"RUS","type":"meets","modality":"asserted",.*"weight":1,"evidence":\[{"doc":"https://news.example/visit","date":"2023-09-12","sentence":0,"start":0,"end":0,"text":"gdelt:1001 CAMEO 042"}\]' "$G"
expect_grep '"source":"CHN","target":"USA","type":"meets","modality":"expected".*"doc":"gdelt:1002"' "$G"
expect_grep '"source":"DEU","target":"UKR","type":"supplies","modality":"asserted","object":"humanitarian aid"' "$G"
expect_grep '"source":"USA","target":"UKR","type":"supplies","modality":"requested","object":"military protection"' "$G"
expect_grep '"source":"PRK","target":"KOR","type":"threatens","modality":"asserted"' "$G"
expect_grep '"source":"USA","target":"IRN","type":"sanctions","modality":"asserted"' "$G"
expect_grep '"source":"EU","target":"IRN","type":"sanctions","modality":"negated"' "$G"
[ "$(grep -c '"source"' "$G")" -eq 8 ] || fail "expected 8 edges in $G"
# the output is a valid graph, and stats counts its evidence as GDELT's
expect_status 0 geokg stats "$G"
expect_grep 'evidence by source:  extraction 0 (0 edges)  gdelt 8 (8 edges)  edges seen by both 0' "$T/out"
expect_status 0 geokg merge "$G" "$DATA/small.json"
geokg merge -o "$T/both.json" "$G" "$DATA/small.json"
expect_status 0 geokg stats --json "$T/both.json"
expect_grep '"by_source":{"extraction":{"evidence":4,"edges":3},"gdelt":{"evidence":8,"edges":8},"both":{"edges":0}}' "$T/out"
# an edge that GDELT and extraction both report counts as seen by both
cat >"$T/ext.json" <<'EOT'
{"format":"geokg","version":1,
"nodes":[{"id":"IRN","kind":"country","name":"Iran"},{"id":"USA","kind":"country","name":"United States"}],
"edges":[{"source":"USA","target":"IRN","type":"sanctions","modality":"asserted","weight":1,"evidence":[{"doc":"note-7","date":"2023-09-16","sentence":2,"start":80,"end":140,"text":"Washington announced new sanctions on Tehran."}]}]}
EOT
geokg merge -o "$T/both.json" "$G" "$T/ext.json"
expect_status 0 geokg stats "$T/both.json"
expect_grep 'evidence by source:  extraction 1 (1 edges)  gdelt 8 (8 edges)  edges seen by both 1' "$T/out"

# GDELT 1.0, tab-separated, no header; a quote in a tab file is a letter
expect_status 0 geokg import-gdelt --no-world "$DATA/gdelt-v1.tsv" "$DATA/gdelt-v1-57.tsv"
expect_grep "gdelt-v1.tsv:3: 57 columns, expected 58; row skipped" "$T/err"
expect_grep "gdelt-v1.tsv: 4 rows, 3 events imported" "$T/err"
expect_grep "gdelt-v1-57.tsv: 2 rows, 2 events imported" "$T/err"
expect_grep '"source":"RUS","target":"UKR","type":"threatens".*"doc":"http://news.example/crimea"' "$T/out"
expect_grep '"source":"GBR","target":"UKR","type":"supplies","modality":"asserted","object":"economic aid"' "$T/out"
expect_grep '"source":"FRA","target":"MLI","type":"supplies".*"doc":"gdelt:3001"' "$T/out"
expect_grep '{"id":"RUS","kind":"country","name":"RUS"}' "$T/out"
# standard input, and -q
expect_status 0 geokg import-gdelt --no-world -q - <"$DATA/gdelt-v1-57.tsv"
expect_grep '"source":"TUR","target":"SYR","type":"threatens"' "$T/out"
[ ! -s "$T/err" ] || fail "-q printed something"

# Errors: no output, status 2, the file named
expect_status 2 geokg import-gdelt --no-world -o "$T/x.json" "$DATA/gdelt-nocode.csv"
expect_grep "^geokg: .*gdelt-nocode.csv:1: no column 'EventCode' in the header" "$T/err"
[ ! -e "$T/x.json" ] || fail "output written after an error"
expect_status 2 geokg import-gdelt --no-world "$DATA/gdelt-width.tsv"
expect_grep "gdelt-width.tsv:1: 40 columns without a header" "$T/err"
expect_status 2 geokg import-gdelt --no-world "$T/none.tsv"
expect_grep "none.tsv: No such file" "$T/err"
expect_status 2 geokg import-gdelt --world "$T/none.json" "$DATA/gdelt-v2.csv"
expect_status 2 geokg import-gdelt
expect_status 2 geokg import-gdelt --world "$W" --no-world "$DATA/gdelt-v2.csv"
expect_status 0 geokg import-gdelt --help
expect_grep '^usage: geokg import-gdelt' "$T/out"
exit 0
