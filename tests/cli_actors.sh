#!/bin/sh
# geokg actors: names, role phrases by date, ambiguity, unknown names with
# suggestions, --json, --list, --world and the search for the world graph.
. "${GEOKG_TOP_SRCDIR:-$(dirname "$0")/..}/tests/setup"
W=${GEOKG_WORLD_BUILT:-$GEOKG_TOP_BUILDDIR/graphs/world.json}
unset GEOKG_WORLD

# The country codes are ISO 3166-1's (Debian's iso-codes, which
# ./bootstrap installs), every one, plus Kosovo (XKX) and nothing else.
ISO=/usr/share/iso-codes/json/iso_3166-1.json
if [ -f "$ISO" ]; then
	grep -o '"alpha_3": *"[A-Z]*"' "$ISO" | sed 's/.*"\([A-Z]*\)"$/\1/' | sort >"$T/iso"
	[ "$(wc -l <"$T/iso")" -ge 249 ] || fail "read only $(wc -l <"$T/iso") codes from $ISO"
	expect_status 0 geokg actors --world "$W" --list --kind country
	cut -f1 "$T/out" | sort >"$T/ours"
	echo XKX >>"$T/iso"
	sort -o "$T/iso" "$T/iso"
	diff "$T/iso" "$T/ours" >&2 || fail "the world's country codes are not ISO 3166-1's plus XKX"
else
	echo "no $ISO: the code list is not compared with iso-codes"
fi

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

# a word that names nothing else is tried as a surname
expect_status 0 geokg actors --world "$W" Sisulu Kim
expect_grep "^Sisulu: lindiwe-sisulu (person, ZAF) Lindiwe Sisulu  \[surname 'Lindiwe Sisulu'\]" "$T/out"
expect_grep '^Kim: [0-9]* actors' "$T/out"
expect_grep "^  kim-jong-un (person, PRK) Kim Jong Un  \[surname 'Kim Jong Un'; needs context\]" "$T/out"

# unknown: exit 2, suggestions, the known names still printed
expect_status 2 geokg actors --world "$W" Clintn Moscow
expect_grep "^geokg: unknown actor 'Clintn'; did you mean: Clinton" "$T/err"
expect_grep '^Moscow: RUS' "$T/out"
# a role phrase with a misspelt state: the phrase with the closest names
# that give a holder (not the names of people)
expect_status 2 geokg actors --world "$W" "Japn's foreign minister" "the Frech president"
expect_grep "^geokg: unknown actor 'Japn's foreign minister'; did you mean: Japan's foreign minister?\$" "$T/err"
expect_grep "^geokg: unknown actor 'the Frech president'; did you mean: the French president" "$T/err"
expect_status 2 geokg actors --world "$W" --json "the Frech president"
expect_grep '"suggestions":\["the French president"' "$T/out"

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
# graphs/mkworld: good tables build a graph; a bad row is "file:line: message"
MK="$GEOKG_TOP_BUILDDIR/graphs/mkworld"
hdr_c='id	name	aliases	demonyms	metonyms	ambiguous	leader'
hdr_p='id	name	country	aliases	ambiguous'
hdr_r='person	role	of	start	end	note'
printf '# test\n%s\nFRD\tFreedonia\t-\tFreedonian\tFredville\t-\tpresident\nSYL\tSylvania\t-\t-\t-\t-\t-\n' "$hdr_c" >"$T/countries.tsv"
printf '%s\nrufus-firefly\tRufus T. Firefly\tFRD\tFirefly\t-\nbob-roe\tBob Roe\tFRD\t-\t-\n' "$hdr_p" >"$T/people-t.tsv"
printf '%s\nrufus-firefly\tpresident\tFRD\t1933-11-17\t1940-01-01\t-\nbob-roe\tpresident\tFRD\t1940-01-01\t-\tdate uncertain\n' "$hdr_r" >"$T/roles-t.tsv"
expect_status 0 "$MK" -o "$T/w2.json" "$T/countries.tsv" "$T/people-t.tsv" "$T/roles-t.tsv"
expect_status 0 geokg actors --world "$T/w2.json" --date 1941-05-05 "the Freedonian leader" "Fredville"
expect_grep '^the Freedonian leader on 1941-05-05: bob-roe .*leader of FRD since 1940-01-01 (as president)' "$T/out"
expect_grep '^Fredville on 1941-05-05: FRD ' "$T/out"
bad() {  # bad FILE-CONTENT-FILE EXPECTED-MESSAGE
	expect_status 1 "$MK" -o "$T/w3.json" "$T/countries.tsv" "$T/people-t.tsv" "$1"
	expect_grep "$2" "$T/err"
	[ ! -e "$T/w3.json" ] || fail "mkworld wrote output after an error"
}
printf '%s\nrufus-firefly\tpresident\tFRD\t1933-11-17\n' "$hdr_r" >"$T/roles-b.tsv"
bad "$T/roles-b.tsv" "roles-b.tsv:2: expected 6 tab-separated columns, found 4"
printf '%s\nrufus-firefly\tpresident\tFRD\t1933-02-30\t-\t-\n' "$hdr_r" >"$T/roles-b.tsv"
bad "$T/roles-b.tsv" "roles-b.tsv:2: bad date '1933-02-30'"
printf '%s\nrufus-firefly\tgrand vizier\tFRD\t-\t-\t-\n' "$hdr_r" >"$T/roles-b.tsv"
bad "$T/roles-b.tsv" "roles-b.tsv:2: unknown role 'grand vizier'"
printf '%s\nrufus-firefly\tpremier\tFRD\t-\t-\t-\n' "$hdr_r" >"$T/roles-b.tsv"
bad "$T/roles-b.tsv" "roles-b.tsv:2: write the role 'premier' as 'prime minister'"
printf '%s\nnobody\tpresident\tFRD\t-\t-\t-\n' "$hdr_r" >"$T/roles-b.tsv"
bad "$T/roles-b.tsv" "roles-b.tsv:2: unknown person 'nobody'"
printf '%s\nrufus-firefly\tpresident\tFRD\t1933-11-17\t1941-01-01\t-\nbob-roe\tpresident\tFRD\t1940-01-01\t-\t-\n' "$hdr_r" >"$T/roles-b.tsv"
bad "$T/roles-b.tsv" "roles-b.tsv:3: president of FRD: bob-roe from 1940-01-01 overlaps rufus-firefly (.*roles-b.tsv:2, until 1941-01-01)"
printf '%s\nrufus-firefly\tpresident\tFRD\t1941-01-01\t1940-01-01\t-\n' "$hdr_r" >"$T/roles-b.tsv"
bad "$T/roles-b.tsv" "roles-b.tsv:2: end 1940-01-01 is not after start 1941-01-01"
printf 'id\tname\n' >"$T/roles-b.tsv"
bad "$T/roles-b.tsv" "roles-b.tsv:1: expected the header"
printf '%s\nsam-fred\tSam Fred\tSYL\tFirefly\t-\n' "$hdr_p" >"$T/people-b.tsv"
bad "$T/people-b.tsv" "people-t.tsv:2: 'Firefly' also names 'sam-fred' (.*people-b.tsv:2): mark it ambiguous on both"
printf '%s\nsam-fred\tSam Fred\tXXX\t-\t-\n' "$hdr_p" >"$T/people-b.tsv"
bad "$T/people-b.tsv" "people-b.tsv:2: unknown country or organisation 'XXX'"
printf '%s\nrufus-firefly\tRufus\tFRD\t-\t-\n' "$hdr_p" >"$T/people-b.tsv"
bad "$T/people-b.tsv" "people-b.tsv:2: duplicate id 'rufus-firefly'"
printf '%s\nSam Fred\tSam Fred\tSYL\t-\t-\n' "$hdr_p" >"$T/people-b.tsv"
bad "$T/people-b.tsv" "people-b.tsv:2: bad person id 'Sam Fred'"
printf '%s\nsam-fred\tSam \377Fred\tSYL\t-\t-\n' "$hdr_p" >"$T/people-b.tsv"
bad "$T/people-b.tsv" "people-b.tsv:2: column 2: invalid UTF-8"
exit 0
