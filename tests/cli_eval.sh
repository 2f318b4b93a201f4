#!/bin/sh
# geokg eval: gold files with text, text_file and corpus rows; scores,
# -v listings, --min-f1, bad gold files.
. "${GEOKG_TOP_SRCDIR:-$(dirname "$0")/..}/tests/setup"
W="$DATA/extract-world.json"
mkdir -p "$T/gold" "$T/corpus"

cat >"$T/gold/a.json" <<'J'
{"doc": "a", "date": "2020-01-01",
 "text": "Canada imposed sanctions on Iran. The Russian president met Hu Jintao.",
 "actors": {"Vladimir Putin": "RUS", "Hu Jintao": "CHN"},
 "edges": [
  {"type": "sanctions", "source": "CAN", "target": "IRN", "modality": "asserted", "why": "imposed"},
  {"type": "meets", "source": "Hu Jintao", "target": "Vladimir Putin", "modality": "asserted", "why": "met"},
  {"type": "threatens", "source": "IRN", "target": "CAN", "modality": "asserted", "why": "not in the text"}
 ]}
J
printf 'Kenya will host Uganda.' >"$T/gold/b.txt"
cat >"$T/gold/b.json" <<'J'
{"doc": "b", "text_file": "b.txt", "actors": {},
 "edges": [{"type": "meets", "source": "KEN", "target": "UGA", "modality": "expected"}]}
J
printf 'id,title,text\n1,"Headline","Egypt sold grain to Sudan, officials said."\n2,"x","Peru met ""Chile""."\n' >"$T/corpus/c.csv"
cat >"$T/gold/c.json" <<'J'
{"doc": "c", "corpus": {"file": "corpus/c.csv", "row": 1, "columns": [1, 2]},
 "actors": {}, "edges": [{"type": "supplies", "source": "EGY", "target": "SDN"}]}
J

printf '[{"id": "r1", "text": "Peru met Chile."}, {"id": "r2", "text": "Ghana sold cocoa to Mali."}]' >"$T/corpus/recs.json"
cat >"$T/gold/d.json" <<'J'
{"doc": "d", "corpus": {"file": "corpus/recs.json", "id": "r2"}, "actors": {},
 "edges": []}
J
expect_status 0 geokg eval --world "$W" "$T/gold/d.json"
expect_grep 'documents: 1, extractor errors: 0' "$T/out"
sed 's/"r2"/"r9"/' "$T/gold/d.json" >"$T/nod.json"
expect_status 2 geokg eval --world "$W" "$T/nod.json"
expect_grep 'record not found' "$T/err"
rm "$T/gold/d.json"

expect_status 0 geokg eval --world "$W" "$T/gold"
expect_grep 'documents: 3, extractor errors: 0' "$T/out"
expect_grep '  threatens     1.000  0.000  0.000   (0/0/1)' "$T/out"
expect_grep '  all           1.000  0.800  0.889   (4/0/1)' "$T/out"
expect_grep 'country-level F1 0.889 on 3 documents' "$T/out"

expect_status 0 geokg eval -v --world "$W" "$T/gold/a.json"
expect_grep 'a: missed threatens(IRN -> CAN): not in the text' "$T/out"
expect_status 0 geokg eval -v --level entity --world "$W" "$T/gold/a.json"
expect_grep 'entity-level F1 0.800' "$T/out"

# --min-f1: exit 1 below the mark
expect_status 1 geokg eval --min-f1 0.95 --world "$W" "$T/gold"
expect_grep 'below 0.950' "$T/err"
expect_status 0 geokg eval --min-f1 0.85 --world "$W" "$T/gold"

# bad gold files and options
printf '{"doc": "x", "edges": [' >"$T/bad.json"
expect_status 2 geokg eval --world "$W" "$T/bad.json"
expect_grep 'bad.json:1:' "$T/err"
printf '{"doc": "x", "edges": []}' >"$T/notext.json"
expect_status 2 geokg eval --world "$W" "$T/notext.json"
expect_grep 'no text, text_file or corpus' "$T/err"
expect_status 2 geokg eval --world "$W" "$T/none.json"
expect_status 2 geokg eval --min-f1 2 --world "$W" "$T/gold"
expect_status 2 geokg eval
expect_status 0 geokg eval --help

# the team's example articles: at least the stated score
expect_status 0 geokg eval --world "$W" --min-f1 0.80 "$GEOKG_TOP_SRCDIR/examples/articles"
expect_status 0 geokg eval --world "$W" --level entity --min-f1 0.75 "$GEOKG_TOP_SRCDIR/examples/articles"
exit 0
