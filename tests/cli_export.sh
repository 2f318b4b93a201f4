#!/bin/sh
# geokg export: the golden DOT file, DOT read back by Graphviz, SVG that is
# well-formed and injects nothing, GraphML through NetworkX, Gephi CSV,
# PNG/PDF, views, errors, and the SVG drawn by headless Chromium.
. "${GEOKG_TOP_SRCDIR:-$(dirname "$0")/..}/tests/setup"

# Under --enable-sanitizers, LeakSanitizer would add its table of
# suppressed Graphviz leaks to the one-line errors checked below.
LSAN_OPTIONS="${LSAN_OPTIONS:-}:print_suppressions=0"
export LSAN_OPTIONS
PY=${SYSTEM_PYTHON:-/usr/bin/python3}
[ -x "$PY" ] || fail "no system python ($PY): run ./bootstrap"
"$PY" -c 'import networkx, PIL' || fail "$PY lacks networkx or PIL: run ./bootstrap"
DOTPROG=${DOT:-dot}
command -v "$DOTPROG" >/dev/null || fail "no Graphviz dot program: run ./bootstrap"
command -v xmllint >/dev/null || fail "no xmllint (libxml2-utils): run ./bootstrap"

# ---- usage and errors ------------------------------------------------
expect_status 0 geokg export --help
expect_grep '^usage: geokg export' "$T/out"
expect_grep 'auto is dot for focus and path views' "$T/out"
expect_status 2 geokg export --format gexf "$DATA/small.json"
expect_grep "^geokg: unknown format 'gexf'" "$T/err"
expect_status 2 geokg export --layout spring "$DATA/small.json"
expect_status 2 geokg export --focus Atlantis "$DATA/small.json"
expect_grep "^geokg: no actor 'Atlantis'" "$T/err"
[ "$(wc -l <"$T/err")" -eq 1 ] || fail "more than one line of error"
[ ! -s "$T/out" ] || fail "output after an unknown actor"
expect_status 2 geokg export --path USA "$DATA/small.json"
expect_status 2 geokg export --path USA kim-jong-un "$DATA/small.json"
expect_grep "no path from 'USA' to 'kim-jong-un'" "$T/err"
expect_status 2 geokg export --format csv "$DATA/small.json"
expect_grep "csv.*two files" "$T/err"
expect_status 2 geokg export --type allies "$DATA/small.json"
expect_status 2 geokg export "$DATA/bad/unknown-kind.json"
expect_status 1 geokg export --format svg -o "$T/no/such/dir/g.svg" "$DATA/small.json"
[ "$(wc -l <"$T/err")" -eq 1 ] || { cat "$T/err"; fail "more than one line of error"; }
[ ! -e "$T/no" ] || fail "a failed export left something behind"

# ---- DOT: the golden file, read back by Graphviz -----------------------
expect_status 0 geokg export "$DATA/small.json"
diff -u "$DATA/export-small.dot" "$T/out" || fail "DOT differs from tests/data/export-small.dot"
"$DOTPROG" -Tsvg "$T/out" >"$T/dot.svg" || fail "dot cannot read our DOT"
xmllint --noout "$T/dot.svg" || fail "dot's SVG of our DOT is not XML"
expect_status 0 geokg export -o "$T/g.dot" "$DATA/small.json"
cmp "$T/g.dot" "$DATA/export-small.dot" || fail "-o differs from standard output"
ls "$T" | grep -q '\.tmp\.' && fail "temporary file left behind"
# a special file (a FIFO here; /dev/null alike) is written in place, not
# replaced by a rename
mkfifo "$T/fifo"
cat "$T/fifo" >"$T/fifo.out" &
expect_status 0 geokg export -o "$T/fifo" "$DATA/small.json"
wait
[ -p "$T/fifo" ] || fail "the FIFO was replaced"
cmp "$T/fifo.out" "$DATA/export-small.dot" || fail "wrong bytes through the FIFO"

# ---- the other formats of the small graph ------------------------------
expect_status 0 geokg export --format png -o "$T/g.png" "$DATA/small.json"
head -c 8 "$T/g.png" | od -An -c | grep -q 'P   N   G' || fail "not a PNG"
expect_status 0 geokg export --format pdf -o "$T/g.pdf" "$DATA/small.json"
head -c 5 "$T/g.pdf" | grep -q '^%PDF-' || fail "not a PDF"
expect_status 0 geokg export --format json - <"$DATA/small.json"
"$PY" -c 'import json,sys; g=json.load(open(sys.argv[1])); assert len(g["nodes"]) == 6' "$T/out" ||
	fail "json export"

# A Graphviz without the cairo plugins (only dot layout and core output,
# as a minimal install has): png is a clear one-line error, svg still works.
gvlib=$(pkg-config --variable=libdir libgvc)/graphviz
[ -d "$gvlib" ] || fail "no Graphviz plugin directory ($gvlib)"
mkdir "$T/gv"
ln -s "$gvlib"/libgvplugin_dot_layout.so.6 "$gvlib"/libgvplugin_core.so.6 "$T/gv/"
GVBINDIR=$T/gv "$DOTPROG" -c || fail "dot -c cannot configure $T/gv"
expect_status 1 env GVBINDIR="$T/gv" "$GEOKG" export --format png -o "$T/min.png" "$DATA/small.json"
expect_grep "^geokg: graphviz cannot render format 'png' here: renderer for png is unavailable$" "$T/err"
[ "$(wc -l <"$T/err")" -eq 1 ] || fail "more than one line of error"
[ ! -e "$T/min.png" ] || fail "a failed render left a file"
expect_status 0 env GVBINDIR="$T/gv" "$GEOKG" export --format svg "$DATA/small.json"
expect_grep '<svg' "$T/out"

# ---- views -----------------------------------------------------------
expect_status 0 geokg export --format json --focus "north korea" "$DATA/small.json"
expect_grep '"id":"USA"' "$T/out"
grep -q '"id":"UN"' "$T/out" && fail "focus kept an actor that is not a neighbour"
for order in a b; do
	if [ $order = a ]; then
		expect_status 0 geokg export --format dot --path USA Russia "$DATA/small.json"
	else
		expect_status 0 geokg export "$DATA/small.json" --path USA Russia --format dot
	fi
	expect_grep '^	USA -> PRK' "$T/out"
	expect_grep 'penwidth=4' "$T/out" # an edge on the path, drawn heavier
	grep -q 'kim-jong-un' "$T/out" && fail "path view kept an unrelated actor"
done
expect_status 0 geokg export --format csv-nodes --top 1 "$DATA/small.json"
[ "$(wc -l <"$T/out")" -eq 2 ] || fail "--top 1 gave $(wc -l <"$T/out") lines"
expect_grep '^PRK,North Korea,country' "$T/out"
expect_status 0 geokg export --format dot --type meets --no-legend "$DATA/small.json"
grep -Eq '^[[:space:]]+(PRK|geokg_legend)[[:space:]]' "$T/out" &&
	fail "--type meets / --no-legend not applied"
expect_grep 'kim-jong-un' "$T/out"
expect_status 0 geokg export --format dot --layout sfdp "$DATA/small.json"
expect_grep 'layout=sfdp' "$T/out"
expect_grep 'overlap=prism' "$T/out"

# ---- an empty graph, and a view that keeps nothing ---------------------
echo '{"format":"geokg","version":1,"nodes":[],"edges":[]}' >"$T/empty.json"
for f in dot svg png pdf json csv-nodes csv-edges; do
	expect_status 0 geokg export --format $f -o "$T/empty.$f" "$T/empty.json"
	[ -s "$T/empty.$f" ] || fail "empty graph: empty $f file"
	[ ! -s "$T/err" ] || fail "empty graph: messages for $f"
done
"$DOTPROG" -Tsvg "$T/empty.dot" >/dev/null || fail "dot cannot read the empty graph's DOT"
xmllint --noout "$T/empty.svg" || fail "empty graph: SVG is not XML"
# the picture says it is empty; no legend of nothing (the legend node's
# name was drawn in its place)
expect_grep '>no actors to draw<' "$T/empty.svg"
grep -q 'legend' "$T/empty.svg" && fail "empty graph: a legend was drawn"
[ "$(head -1 "$T/empty.csv-nodes" | tr -d '\r')" = "Id,Label,kind,country,aliases,demonyms,metonyms,ambiguous,roles" ] ||
	fail "empty graph: csv-nodes header"
[ "$(wc -l <"$T/empty.csv-edges")" -eq 1 ] || fail "empty graph: csv-edges has rows"
expect_status 0 geokg export --format svg --type sanctions --until 1900-01-01 "$DATA/small.json"
expect_grep '>no actors to draw<' "$T/out"
expect_status 0 geokg export --format svg --no-legend "$T/empty.json"
expect_grep '>no actors to draw<' "$T/out"

# ---- a graph whose strings try to break out ----------------------------
"$PY" - "$T/nasty.json" <<'EOF'
import json, sys
big = "<script>" + "w" * 9992
nodes = [
    {"id": "A\"B", "kind": "country", "name": "C:\\new\\table\\",
     "aliases": ["<script>alert(1)</script>", "x\"]; evil=\"1"]},
    {"id": "node", "kind": "org", "name": "<b>bold</b> & \"quoted\"\nnext line -->",
     "aliases": ["&nbsp; &#0; ]]>"]},
    {"id": "p", "kind": "person", "name": big, "country": "A\"B",
     "roles": [{"role": "envoy", "of": "A\"B", "start": None, "end": None,
                "note": "\\N \\G \\L"}]},
]
ev = lambda doc, text: {"doc": doc, "date": "2024-01-02", "sentence": 1,
                        "start": 0, "end": 10, "text": text}
edges = [
    {"source": "A\"B", "target": "node", "type": "supplies", "modality": "possible",
     "object": "q\\\"x", "weight": 1,
     "evidence": [ev("https://news.example/a?b=1&c=\"<2>\"", big)]},
    {"source": "p", "target": "node", "type": "meets", "modality": "asserted",
     "location": "<i>Geneva</i>", "weight": 2,
     "evidence": [ev("doc\\2", "\\N ends in \\"), ev("d'3", "tab\there\r\nand <svg onload=x>")]},
]
json.dump({"format": "geokg", "version": 1, "nodes": nodes, "edges": edges},
          open(sys.argv[1], "w"))
EOF
expect_status 0 geokg export --format dot -o "$T/nasty.dot" "$T/nasty.json"
"$DOTPROG" -Tsvg "$T/nasty.dot" >/dev/null 2>"$T/dot.err" || fail "dot cannot read the nasty DOT"
expect_status 0 geokg export --format svg -o "$T/nasty.svg" "$T/nasty.json"
xmllint --noout "$T/nasty.svg" || fail "nasty SVG is not well-formed XML"
"$PY" - "$T/nasty.svg" <<'EOF' || fail "nasty SVG injects markup"
import sys
from xml.dom import minidom
doc = minidom.parse(sys.argv[1])
elements = {"svg", "g", "title", "polygon", "ellipse", "path", "text", "a", "polyline"}
attributes = {"xmlns", "xmlns:xlink", "width", "height", "viewBox", "id", "class",
              "transform", "fill", "stroke", "points", "cx", "cy", "rx", "ry", "d", "x",
              "y", "text-anchor", "font-family", "font-size", "font-weight",
              "xlink:title", "xlink:href", "stroke-dasharray", "stroke-width"}
titles, hrefs = [], []
for el in doc.getElementsByTagName("*"):
    assert el.tagName in elements, "element <%s>" % el.tagName
    for name, value in el.attributes.items():
        assert name in attributes, "attribute %s=%r on <%s>" % (name, value, el.tagName)
        if name == "xlink:title":
            titles.append(value)
        if name == "xlink:href":
            hrefs.append(value)
texts = [t.firstChild.data for t in doc.getElementsByTagName("text") if t.firstChild]
alltitles = "\n".join(titles)
# the strings come through as text, literally
assert "C:\\new\\table\\" in texts, texts
assert any(t.startswith("<b>bold</b> & \"quoted\" next") for t in texts), texts
assert "<b>bold</b> & \"quoted\" next line -->" in alltitles
assert "<script>alert(1)</script>" in alltitles
assert "\\N ends in \\" in alltitles
assert "and <svg onload=x>" in alltitles
assert "&nbsp; &#0; ]]>" in alltitles
assert "<i>Geneva</i>" in alltitles
assert "\\N \\G \\L" not in alltitles  # notes are not in tooltips; roles are
assert "envoy of A\"B" in alltitles
# a 10,000-character sentence is cut for the tooltip
assert "<script>wwww" in alltitles and max(len(t) for t in titles) < 3000
assert hrefs and all(h == "https://news.example/a?b=1&c=%22%3C2%3E%22" for h in hrefs), hrefs
EOF

# ---- GraphML through NetworkX, CSV through Python's csv ----------------
for g in "$T/nasty.json" "$DATA/small.json" "$T/empty.json"; do
	expect_status 0 geokg export --format graphml -o "$T/g.graphml" "$g"
	xmllint --noout "$T/g.graphml" || fail "GraphML of $g is not XML"
	expect_status 0 geokg export --format csv -o "$T/tables.csv" "$g"
	[ -s "$T/tables-nodes.csv" ] && [ -s "$T/tables-edges.csv" ] || fail "csv files"
	"$PY" - "$g" "$T/g.graphml" "$T/tables-nodes.csv" "$T/tables-edges.csv" <<'EOF' ||
import csv, json, sys
import networkx as nx
src = json.load(open(sys.argv[1]))
G = nx.read_graphml(sys.argv[2])
assert G.is_directed()
assert sorted(G.nodes) == sorted(n["id"] for n in src["nodes"]), list(G.nodes)
for n in src["nodes"]:
    a = G.nodes[n["id"]]
    assert a["label"] == n["name"] and a["kind"] == n["kind"], (a, n)
    assert a.get("country") == n.get("country")
    for k in ("aliases", "demonyms", "metonyms", "ambiguous", "roles"):
        assert json.loads(a.get(k, "[]")) == n.get(k, []), (k, a, n)
def ev_key(e):
    return (e["doc"], e["sentence"], e["start"], e["end"])
want = {(e["source"], e["target"], e["type"], e["modality"]): e for e in src["edges"]}
got = {}
for s, t, a in G.edges(data=True):
    got[(s, t, a["type"], a["modality"])] = a
assert set(got) == set(want), (got.keys(), want.keys())
for k, e in want.items():
    a = got[k]
    assert a["weight"] == e["weight"] and a.get("object") == e.get("object")
    assert a.get("location") == e.get("location")
    assert sorted(json.loads(a["evidence"]), key=ev_key) == sorted(e["evidence"], key=ev_key)
    assert json.loads(a["documents"]) == sorted({x["doc"] for x in e["evidence"]})
with open(sys.argv[3], newline="") as f:
    rows = list(csv.DictReader(f))
assert [r["Id"] for r in rows] == sorted(n["id"] for n in src["nodes"])
names = {n["id"]: n["name"] for n in src["nodes"]}
assert all(r["Label"] == names[r["Id"]] for r in rows)
with open(sys.argv[4], newline="") as f:
    rows = list(csv.DictReader(f))
assert len(rows) == len(src["edges"])
for r in rows:
    e = want[(r["Source"], r["Target"], r["relation"], r["modality"])]
    assert r["Type"] == ("Undirected" if e["type"] == "meets" else "Directed")
    assert int(r["Weight"]) == e["weight"]
    assert sorted(json.loads(r["evidence"]), key=ev_key) == sorted(e["evidence"], key=ev_key)
EOF
		fail "GraphML/CSV of $g do not round-trip"
done

# ---- the example graph in headless Chromium ----------------------------
command -v chromium >/dev/null || fail "chromium is missing: run ./bootstrap"
shot() { # shot SVG PNG: a screenshot of SVG in headless Chromium
	chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
		--disable-background-networking --disable-component-update --disable-sync \
		--hide-scrollbars --user-data-dir="$(mktemp -d "$T/profile.XXXXXX")" \
		--window-size=1200,900 "$@" 2>>"$T/chromium.err"
}
# the example articles' graph, as `make demo` makes it (extract, merge,
# export; with a build that cannot extract yet, tests/data/small.json)
sh "$GEOKG_TOP_SRCDIR/examples/demo.sh" "$GEOKG" "$GEOKG_TOP_SRCDIR" "$T/demo" >"$T/demo.log" 2>&1 ||
	{ cat "$T/demo.log" >&2; fail "examples/demo.sh failed"; }
G=$T/demo/corpus.json
[ -s "$T/demo/corpus.svg" ] || fail "the demo drew no picture"
cp "$T/demo/corpus.svg" "$T/demo.svg"
xmllint --noout "$T/demo.svg" || fail "the demo's SVG is not XML"
shot --dump-dom "file://$T/demo.svg" >"$T/dom.html" || fail "chromium --dump-dom failed"
sed 's/<text[^>]*>[^<]*<\/text>//g' "$T/demo.svg" >"$T/notext.svg"
shot --screenshot="$T/demo.png" "file://$T/demo.svg" || fail "chromium screenshot failed"
shot --screenshot="$T/notext.png" "file://$T/notext.svg" || fail "chromium screenshot failed"
"$PY" - "$G" "$T/dom.html" "$T/demo.png" "$T/notext.png" <<'EOF' || fail "Chromium does not show the graph"
import json, sys
from PIL import Image, ImageChops
g = json.load(open(sys.argv[1]))
dom = open(sys.argv[2], encoding="utf-8").read()
import html
shown = 0
for n in g["nodes"]:
    name = html.escape(n["name"], quote=False)
    assert name in dom, "%r not in the page" % n["name"]
    shown += (">%s<" % name) in dom  # drawn as a label
assert shown >= 0.8 * len(g["nodes"]), "only %d of %d names drawn" % (shown, len(g["nodes"]))
a = Image.open(sys.argv[3]).convert("L")
b = Image.open(sys.argv[4]).convert("L")
w, h = a.size
ink = sum(1 for p in a.getdata() if p < 200)
assert ink > 0.01 * w * h, "the screenshot is nearly blank (%d dark pixels)" % ink
diff = sum(1 for p in ImageChops.difference(a, b).getdata() if p > 60)
assert diff > 500, "the text draws only %d pixels" % diff
print("chromium: %d actors, %d names drawn, %d dark pixels, %d pixels of text"
      % (len(g["nodes"]), shown, ink, diff))
EOF
