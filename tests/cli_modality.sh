#!/bin/sh
# The query commands' default modalities: path, neighbors, match and rank
# leave negated edges out unless --modality any (or a list naming
# negated) asks for them; edges lists every modality.
. "${GEOKG_TOP_SRCDIR:-$(dirname "$0")/..}/tests/setup"

# The only link between Aland and Borduria is a meeting that did not
# happen; Borduria supplies Carpania.
G="$T/denied.json"
cat >"$G" <<'J'
{"format":"geokg","version":1,"nodes":[
{"id":"AAA","kind":"country","name":"Aland"},
{"id":"BBB","kind":"country","name":"Borduria"},
{"id":"CCC","kind":"country","name":"Carpania"}
],"edges":[
{"source":"AAA","target":"BBB","type":"meets","modality":"negated","evidence":[{"doc":"n1","date":"2024-05-02","sentence":0,"start":0,"end":40,"text":"Aland's envoy did not meet Borduria's."}]},
{"source":"BBB","target":"CCC","type":"supplies","modality":"asserted","object":"grain","evidence":[{"doc":"n2","date":"2024-05-03","sentence":0,"start":0,"end":30,"text":"Borduria sent grain to Carpania."}]}
]}
J

# --help says what the default is
expect_status 0 geokg path --help
expect_grep '(default: all but negated)' "$T/out"
expect_status 0 geokg edges --help
expect_grep '(default: any)' "$T/out"

# path: a denied meeting connects nobody; "no path" is an answer (status
# 0, on standard output, nothing on standard error) that says when a path
# through negated edges exists
H=' (only through negated edges: --modality any shows it)'
for q in "AAA BBB Aland Borduria" "Carpania Aland Carpania Aland"; do
	set -- $q
	expect_status 0 geokg path "$G" "$1" "$2"
	[ "$(cat "$T/out")" = "no path from $3 to $4$H" ] ||
		fail "path $1 $2 by default: $(cat "$T/out")"
	[ ! -s "$T/err" ] || fail "path $1 $2 by default: a message on stderr"
done
expect_status 0 geokg path --json "$G" AAA BBB
expect_grep '"paths":\[\],' "$T/out"
printf 'AAA BBB\nBBB CCC\n' >"$T/questions"
expect_status 0 geokg path --batch "$T/questions" "$G"
expect_grep "^no path from Aland to Borduria$H\$" "$T/out"
expect_grep '^Borduria to Carpania: 1 hop$' "$T/out"
# other filters keep the default modalities
expect_status 0 geokg path --type meets "$G" AAA BBB
expect_grep "^no path from Aland to Borduria$H\$" "$T/out"
# no hint when no path exists through negated edges either, or when the
# user named the modalities
sed 's/^{"id":"CCC".*"}$/&,{"id":"DDD","kind":"country","name":"Dorado"}/' "$G" >"$T/isolated.json"
expect_status 0 geokg path "$T/isolated.json" AAA DDD
[ "$(cat "$T/out")" = "no path from Aland to Dorado" ] ||
	fail "path to an isolated actor: $(cat "$T/out")"

# ... and --modality any, negated or a list naming it finds it
expect_status 0 geokg path --modality any "$G" AAA BBB
expect_grep '^Aland to Borduria: 1 hop$' "$T/out"
expect_grep '^  Aland -meets- Borduria  \[negated, 1 document\]' "$T/out"
expect_status 0 geokg path --modality negated "$G" BBB AAA
expect_grep '^Borduria to Aland: 1 hop$' "$T/out"
expect_status 0 geokg path --modality asserted,negated "$G" AAA CCC
expect_grep '^Aland to Carpania: 2 hops$' "$T/out"
expect_status 0 geokg path --modality asserted "$G" AAA BBB
expect_grep '^no path from Aland to Borduria$' "$T/out"

# neighbors: the denied meeting is no neighbour
expect_status 0 geokg neighbors "$G" Aland
[ "$(cat "$T/out")" = "Aland (AAA): 0 actors within 1 hop, 0 edges" ] ||
	fail "neighbors by default: $(cat "$T/out")"
expect_status 0 geokg neighbors "$G" Borduria
expect_grep '^Borduria (BBB): 1 actor within 1 hop, 1 edge$' "$T/out"
grep -q 'Aland' "$T/out" && fail "neighbors by default: the negated edge"
expect_status 0 geokg neighbors --modality any "$G" Borduria
expect_grep '^Borduria (BBB): 2 actors within 1 hop, 2 edges$' "$T/out"
expect_grep '^  Borduria -meets- Aland  \[negated, 1 document\]' "$T/out"
expect_status 0 geokg neighbors --modality negated "$G" Aland
expect_grep '^Aland (AAA): 1 actor within 1 hop, 1 edge$' "$T/out"

# match: the denied meeting binds nothing
expect_status 0 geokg match "$G" '?x -meets- ?y'
expect_grep '^0 matches$' "$T/out"
expect_status 0 geokg match "$G" '?x -*- Borduria'
expect_grep '^1 match$' "$T/out"
expect_grep '^?x = Carpania$' "$T/out"
expect_status 0 geokg match --modality any "$G" '?x -*- Borduria'
expect_grep '^2 matches$' "$T/out"
expect_grep '^?x = Aland$' "$T/out"
expect_grep '^  Aland -meets- Borduria  \[negated, 1 document\]' "$T/out"
expect_status 0 geokg match --modality negated "$G" 'Aland -meets- ?y'
expect_grep '^1 match$' "$T/out"

# rank: the denied meeting adds to nobody's degree; every actor is still
# ranked (the default is not a filter that drops actors)
expect_status 0 geokg rank "$G"
expect_grep '^top 3 actors by degree:$' "$T/out"
expect_grep '^   [12]         1  BBB  *Borduria$' "$T/out"
expect_grep '^   3         0  AAA  *Aland$' "$T/out"
expect_status 0 geokg rank --json --by betweenness "$G"
expect_grep '"score":0,"actor":{"id":"BBB"' "$T/out"
expect_status 0 geokg rank --modality any "$G"
expect_grep '^   1         2  BBB  *Borduria$' "$T/out"
expect_grep '^   [23]         1  AAA  *Aland$' "$T/out"
expect_status 0 geokg rank --modality any --by betweenness "$G"
expect_grep '^   1 *1\.0000  BBB ' "$T/out"
# asking for negated is a filter: actors without such an edge are not ranked
expect_status 0 geokg rank --modality negated "$G"
expect_grep '^top 2 actors by degree:$' "$T/out"
grep -q CCC "$T/out" && fail "rank --modality negated: Carpania"

# edges lists what the graph holds, denials too
expect_status 0 geokg edges "$G"
expect_grep '^2 edges$' "$T/out"
expect_grep '^  Aland -meets- Borduria  \[negated, 1 document\]' "$T/out"
expect_status 0 geokg edges --modality asserted,expected,possible,requested,conditional "$G"
expect_grep '^1 edge$' "$T/out"
exit 0
