#!/bin/sh
# geokg ingest: directories, JSON Lines and CSV documents, the same bytes
# for any -j, re-ingesting changes nothing, adding to a graph, the lock,
# atomic writes under kill, bad paths and documents skipped, missing CSV
# columns, and the progress bar only on a terminal.  Documents are the
# team's example articles and text written here.
. "${GEOKG_TOP_SRCDIR:-$(dirname "$0")/..}/tests/setup"

W=${GEOKG_WORLD_BUILT:-}
[ -n "$W" ] && [ -f "$W" ] || W="$DATA/extract-world.json"
export GEOKG_WORLD="$W"
ART="$GEOKG_TOP_SRCDIR/examples/articles"
n_art=$(ls "$ART"/*.txt | wc -l)

# A directory: .txt files only, the same bytes for any number of threads.
expect_status 0 geokg ingest -q -j 1 "$ART"
cp "$T/out" "$T/j1.json"
grep -q '"source"' "$T/j1.json" || fail "no edges from the example articles"
[ ! -s "$T/err" ] || fail "-q printed something"
for j in 2 3 8; do
	expect_status 0 geokg ingest -q -j $j "$ART"
	cmp -s "$T/out" "$T/j1.json" || fail "-j $j gives other bytes than -j 1"
done
expect_grep "\"doc\":\"$ART/01-putin-trip-pyongyang.txt\"" "$T/j1.json"
grep -q '"doc":"[^"]*\.json"' "$T/j1.json" && fail "a .json file in a directory was ingested"
# The summary line, on stderr only.
expect_status 0 geokg ingest -j 2 "$ART"
expect_grep "^geokg: ingested $n_art documents (0 known, 0 failed) from $n_art files, .* MB/s): [0-9]* nodes, [0-9]* edges" "$T/err"
[ "$(wc -l <"$T/err")" -eq 1 ] || fail "more than the summary on stderr"
grep -q 'ETA' "$T/err" && fail "a progress bar without a terminal"
# ... and a progress bar on a terminal.
script -qec "'$GEOKG' ingest -j 2 -o '$T/tty.json' '$ART'" /dev/null >"$T/tty" 2>&1 || fail "ingest on a terminal failed"
expect_grep 'docs .* MB/s  ETA' "$T/tty"
expect_grep 'geokg: ingested' "$T/tty"

# -o: a corpus graph with its GRAPH.docs; a second run changes nothing.
G="$T/corpus.json"
expect_status 0 geokg ingest -o "$G" "$ART"
[ ! -s "$T/out" ] || fail "-o also wrote to stdout"
cmp -s "$G" "$T/j1.json" || fail "-o GRAPH differs from the stdout graph"
[ "$(sed 1d "$G.docs" | wc -l)" -eq "$n_art" ] || fail "GRAPH.docs does not list $n_art documents"
expect_grep '^geokg-docs 1 [0-9a-f]\{32\}$' "$G.docs"
cp "$G" "$T/before.json"
expect_status 0 geokg ingest -o "$G" "$ART"
expect_grep "ingested 0 documents ($n_art known, 0 failed)" "$T/err"
cmp -s "$G" "$T/before.json" || fail "ingesting the same documents again changed the graph"
# ... even without the record: merging is idempotent.
rm "$G.docs"
expect_status 0 geokg ingest -o "$G" "$ART"
expect_grep "ingested $n_art documents (0 known" "$T/err"
cmp -s "$G" "$T/before.json" || fail "re-extracting the same documents changed the graph"

# Adding documents: JSON Lines (an id, a number id, no id, a bad line,
# an English date), the same as merging their graphs.
cat >"$T/more.jsonl" <<'EOT'
{"id":"note-1","date":"2024-03-02","text":"Russia supplied North Korea with fuel on Friday, officials said."}
{"id":42,"date":"March 3, 2024","text":"The United States imposed new sanctions on Iran on Sunday."}
this line is not JSON
{"text":"China and Russia held talks in Beijing."}
EOT
expect_status 0 geokg ingest -o "$G" "$T/more.jsonl"
expect_grep "geokg: warning: .*more.jsonl:3: .*; document skipped" "$T/err"
expect_grep "ingested 3 documents (0 known, 1 failed)" "$T/err"
expect_grep '"doc":"note-1","date":"2024-03-02"' "$G"
expect_grep '"doc":"42","date":"2024-03-03"' "$G"
expect_grep "\"doc\":\"$T/more.jsonl:4\"" "$G"
expect_status 0 geokg ingest -q - <"$T/more.jsonl"
expect_grep '"doc":"<stdin>:4"' "$T/out"
expect_status 0 geokg ingest -q "$T/more.jsonl"
geokg merge "$T/before.json" "$T/out" >"$T/merged.json"
cmp -s "$G" "$T/merged.json" || fail "adding to a graph differs from merging the graphs"

# CSV: columns by header name, RFC 4180 quoting, English dates, ids by
# file and row without --id-column; by number with --no-header.
printf '%s\n' 'key,headline,body,published' \
	'a1,Talks,"Germany and France held talks in Berlin, officials said.","December 13, 2017"' \
	'a2,"Aid ""now""","Japan sent aid to the Philippines.","Dec 14, 2017"' \
	'a3,Warning,"North Korea threatened the United States.",15 December 2017' >"$T/news.csv"
expect_status 0 geokg ingest -q --text-column headline,body --date-column published --id-column key "$T/news.csv"
expect_grep '"doc":"a1","date":"2017-12-13"' "$T/out"
expect_grep '"doc":"a3","date":"2017-12-15"' "$T/out"
expect_status 0 geokg ingest -q --text-column body "$T/news.csv"
expect_grep "\"doc\":\"$T/news.csv:1\"" "$T/out"
sed 1d "$T/news.csv" >"$T/nohead.csv"
expect_status 0 geokg ingest -q --no-header --text-column 3 --id-column 1 "$T/nohead.csv"
expect_grep '"doc":"a1"' "$T/out"
# A missing column is an error naming it; nothing is written.
cp "$G" "$T/keep.json"
expect_status 2 geokg ingest -o "$G" --text-column text "$T/news.csv"
expect_grep "^geokg: .*news.csv:1: no column 'text' (columns: 'key', 'headline', 'body', 'published')" "$T/err"
cmp -s "$G" "$T/keep.json" || fail "a failed ingest changed the graph"
expect_status 2 geokg ingest --text-column body --date-column when "$T/news.csv"
expect_grep "no column 'when'" "$T/err"
expect_status 2 geokg ingest "$T/news.csv"
expect_grep "need --text-column" "$T/err"

# Unreadable paths are reported and skipped.
mkdir "$T/dir"
cp "$ART/01-putin-trip-pyongyang.txt" "$T/dir/a.txt"
ln -s nowhere.txt "$T/dir/broken.txt"
expect_status 0 geokg ingest "$T/none.txt" "$T/dir"
expect_grep "^geokg: warning: .*none.txt: No such file or directory; skipped" "$T/err"
expect_grep "^geokg: warning: .*broken.txt: No such file or directory; skipped" "$T/err"
expect_grep "ingested 1 documents" "$T/err"
# Symbolic links to directories are followed, each directory once: a link
# to an ancestor (a loop) or a second link to a directory is reported and
# skipped, so the walk ends and no document comes twice.
mkdir -p "$T/links/sub" "$T/other"
echo "Russia met China on Monday." >"$T/links/sub/a.txt"
echo "Iran met Iraq on Tuesday." >"$T/other/b.txt"
ln -s .. "$T/links/sub/up"
ln -s "$T/links" "$T/links/self"
ln -s "$T/other" "$T/links/o1"
ln -s "$T/other" "$T/links/o2"
expect_status 0 timeout 60 "$GEOKG" ingest "$T/links"
expect_grep "ingested 2 documents" "$T/err"
expect_grep "links/sub/up: a directory already walked" "$T/err"
expect_grep "links/self: a directory already walked" "$T/err"
expect_grep "links/o2: a directory already walked" "$T/err"
expect_grep "\"doc\":\"$T/links/o1/b.txt\"" "$T/out"

# A document that is not text is reported and skipped.
printf 'Russia and China\000 met.' >"$T/dir/nul.txt"
expect_status 0 geokg ingest "$T/dir"
expect_grep "nul.txt: .*not text.*; document skipped" "$T/err"

# The lock: an ingest waits while GRAPH.lock is held...
L="$T/locked.json"
flock "$L.lock" sh -c "touch '$T/held'; while [ ! -e '$T/release' ]; do sleep 0.1; done" &
holder=$!
i=0
while [ ! -e "$T/held" ] && [ $i -lt 300 ]; do sleep 0.1; i=$((i + 1)); done
geokg ingest -o "$L" "$T/more.jsonl" 2>"$T/lock.err" &
ingester=$!
i=0
while ! grep -q 'waiting for another ingest' "$T/lock.err" && [ $i -lt 300 ]; do sleep 0.1; i=$((i + 1)); done
[ ! -e "$L" ] || fail "an ingest wrote while another held the lock"
touch "$T/release"
wait $holder
wait $ingester || fail "the waiting ingest failed"
expect_grep "waiting for another ingest into $L" "$T/lock.err"
expect_grep '"doc":"note-1"' "$L"
# ... and two ingests into one graph at once lose neither's documents.
for k in 1 2 3; do
	"$GEOKG" ingest -q -o "$L" "$T/dir/a.txt" 2>>"$T/bg.err" &
	"$GEOKG" ingest -q -o "$L" "$ART" 2>>"$T/bg.err" &
	wait
done
expect_grep '"doc":"note-1"' "$L"
expect_grep "\"doc\":\"$T/dir/a.txt\"" "$L"
expect_grep "\"doc\":\"$ART/01-putin-trip-pyongyang.txt\"" "$L"
[ "$(sed 1d "$L.docs" | wc -l)" -eq $((3 + 1 + n_art)) ] || fail "an ingest lost the other's documents"

# A killed writer's temporary file (GRAPH.tmp.XXXXXX, not locked) is
# removed by the next write of GRAPH, GRAPH.docs's by the next write of
# GRAPH.docs; a temporary file that a live writer holds locked is left
# alone, and so are other files whose names only look alike.
S="$T/stale.json"
expect_status 0 geokg ingest -q -o "$S" "$T/more.jsonl"
for f in "$S.tmp.AbC123" "$S.docs.tmp.x9Y8z7" "$S.tmp.live00" "$S.tmp.toolong" \
	"$S.tmp.ab" "$T/other.json.tmp.AbC123"; do
	printf 'partial' >"$f"
done
flock "$S.tmp.live00" sh -c "touch '$T/tmpheld'; while [ ! -e '$T/tmprelease' ]; do sleep 0.1; done" &
holder=$!
i=0
while [ ! -e "$T/tmpheld" ] && [ $i -lt 300 ]; do sleep 0.1; i=$((i + 1)); done
cp "$S" "$T/stale-before.json"
expect_status 0 geokg ingest -q -o "$S" "$ART"
touch "$T/tmprelease"
wait $holder
[ ! -e "$S.tmp.AbC123" ] || fail "a dead writer's temporary graph was left"
[ ! -e "$S.docs.tmp.x9Y8z7" ] || fail "a dead writer's temporary document list was left"
for f in "$S.tmp.live00" "$S.tmp.toolong" "$S.tmp.ab" "$T/other.json.tmp.AbC123"; do
	[ -e "$f" ] || fail "$f was removed"
done
cmp -s "$S" "$T/stale-before.json" && fail "the ingest after the clean-up wrote nothing"
# merge -o cleans up the same way
printf 'partial' >"$S.tmp.QwE456"
expect_status 0 geokg merge -o "$S" "$S" "$T/stale-before.json"
[ ! -e "$S.tmp.QwE456" ] || fail "merge -o left a dead writer's temporary graph"
# Through a symbolic link: the link stays and the file it names is
# replaced; an ingest keeps that file's list of documents and lock next
# to it.
mkdir "$T/real"
cp "$S" "$T/real/g.json"
ln -s real/g.json "$T/link.json"
expect_status 0 geokg merge -o "$T/link.json" "$T/real/g.json" "$T/stale-before.json"
[ -L "$T/link.json" ] || fail "merge -o replaced the symbolic link"
expect_status 0 geokg ingest -q -o "$T/link.json" "$T/dir/a.txt"
[ -L "$T/link.json" ] || fail "ingest -o replaced the symbolic link"
[ -f "$T/real/g.json.docs" ] && [ -f "$T/real/g.json.lock" ] ||
	fail "the list of documents and the lock are not next to the linked graph"
[ ! -e "$T/link.json.docs" ] || fail "a second list of documents next to the link"
expect_grep "\"doc\":\"$T/dir/a.txt\"" "$T/real/g.json"

# an empty output name is an error, and removes nothing (not even a file
# named .tmp.XXXXXX, which an empty base name would match)
mkdir "$T/cwd"
printf 'partial' >"$T/cwd/.tmp.AbC123"
(cd "$T/cwd" && expect_status 2 geokg merge -o "" "$S")
expect_grep "empty file name" "$T/err"
[ -e "$T/cwd/.tmp.AbC123" ] || fail "merge -o '' removed .tmp.AbC123"

# A killed run leaves the previous graph whole: the file is always the
# old graph or the new one.
for k in 1 2 3 4 5 6 7 8; do mkdir -p "$T/many/$k"; cp "$ART"/*.txt "$T/many/$k/"; done
cp "$T/before.json" "$T/kill.json"
rm -f "$T/kill.json.docs"
for delay in 0.01 0.05 0.1 0.2; do
	"$GEOKG" ingest -q -j 2 -o "$T/kill.json" "$T/many" 2>>"$T/bg.err" &
	pid=$!
	sleep $delay
	kill -9 $pid 2>/dev/null || true
	wait $pid 2>/dev/null || true
	geokg stats "$T/kill.json" >/dev/null 2>&1 || fail "a killed ingest left a broken graph"
done
exit 0
