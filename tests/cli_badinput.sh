#!/bin/sh
# The catalogue of bad inputs (doc/bad-input.md): each case gives the
# message and exit status the table says, and nothing is written or lost:
# an output file that existed keeps its bytes (checksums compared), none
# is created, and no temporary file is left behind.  The big cases (a
# 100 MB line, a million documents, a graph changed while read) are in
# cli_badinput_big.sh.
. "${GEOKG_TOP_SRCDIR:-$(dirname "$0")/..}/tests/setup"
W="$DATA/extract-world.json"
GOOD="$DATA/small.json"

# case STATUS PATTERN CMD...: CMD must exit with STATUS and, unless
# PATTERN is empty, print exactly one error line to stderr that matches
# it (after "geokg: "), besides warnings ("geokg: warning: ...").
case_() {
	st=$1 pat=$2
	shift 2
	expect_status "$st" "$@"
	if [ -n "$pat" ]; then
		[ "$st" -eq 0 ] || [ "$(grep -cv '^geokg: warning: ' "$T/err")" -eq 1 ] ||
			{ cat "$T/err" >&2; fail "'$*': more than one line on stderr"; }
		grep -q "^geokg: .*$pat" "$T/err" ||
			{ cat "$T/err" >&2; fail "'$*': no '$pat' on stderr"; }
	fi
	# no raw control characters (but the newline) in any message
	if LC_ALL=C grep -q "$(printf '[\001-\011\013-\037\177]')" "$T/err"; then
		fail "'$*': a control character on stderr"
	fi
}

# Output files that must not change: a sentinel with known bytes.
sentinel() {
	printf 'the previous content\n' >"$T/$1"
}
unchanged() {
	[ "$(cksum <"$T/$1")" = "$(printf 'the previous content\n' | cksum)" ] ||
		fail "$1 was changed by a failing command"
	leftovers=$(find "$T" -name '*.tmp.*' | head -n 1)
	[ -z "$leftovers" ] || fail "temporary file left behind: $leftovers"
}

# ---- empty files --------------------------------------------------------
: >"$T/empty"
case_ 2 "empty:1:1: empty input, expected a geokg graph" geokg stats "$T/empty"
sentinel out.json
case_ 2 "empty:1:1: empty input" geokg merge "$GOOD" "$T/empty" -o "$T/out.json"
unchanged out.json
case_ 0 "" geokg extract --world "$W" "$T/empty"
expect_grep '"nodes":\[\],"edges":\[\]' "$T/out"
case_ 0 "" geokg import-gdelt --no-world -q "$T/empty"
expect_grep '"nodes":\[\],"edges":\[\]' "$T/out"
case_ 2 "pattern:1:1: expected an actor" geokg match "$GOOD" ""

# ---- NUL bytes ------------------------------------------------------------
printf '{"format":"geokg",\000}' >"$T/nul.json"
printf 'Putin met Xi.\000More text.' >"$T/nul.txt"
case_ 2 "nul.json: not text (contains NUL bytes)" geokg stats "$T/nul.json"
case_ 2 "not text" geokg extract --world "$W" "$T/nul.txt"
[ ! -s "$T/out" ] || fail "extract printed a graph for binary input"
sentinel out.json
case_ 2 "not text" geokg import-gdelt --no-world -o "$T/out.json" "$T/nul.txt"
unchanged out.json
printf '{"id":"a","text":"x\\u0000y"}\n{"id":"b","text":"Putin met Xi."}\n' >"$T/nul.jsonl"
case_ 2 "" geokg extract --world "$W" --jsonl "$T/nul.jsonl"
expect_grep 'nul.jsonl:1:.*bad record skipped' "$T/err"
[ "$(wc -l <"$T/out")" -eq 1 ] || fail "the good record after a NUL record was lost"

# ---- invalid and overlong UTF-8 ------------------------------------------
# invalid byte, overlong '/', a surrogate, a code point past U+10FFFF
printf 'Putin met Xi \377 in \300\257 Moscow \355\240\200 today \364\220\200\200.\n' >"$T/bad-utf8.txt"
case_ 0 "" geokg extract --world "$W" "$T/bad-utf8.txt"
expect_grep "invalid UTF-8 bytes replaced" "$T/err"
if command -v iconv >/dev/null; then
	iconv -f UTF-8 -t UTF-8 "$T/out" >/dev/null || fail "extract wrote invalid UTF-8"
fi
geokg stats "$T/out" >/dev/null 2>&1 || fail "extract's graph of invalid UTF-8 does not read back"
printf '{"format":"geokg","version":1,"nodes":[{"id":"A","kind":"country","name":"\300\257"}],"edges":[]}\n' >"$T/overlong.json"
case_ 2 "overlong.json:1:.*byte 0xc0" geokg stats "$T/overlong.json"
printf '{"format":"geokg","version":1,"nodes":[{"id":"A","kind":"country","name":"A\377"}],"edges":[]}\n' >"$T/invalid.json"
sentinel out.json
case_ 2 "invalid.json:1:.*byte 0xff" geokg merge "$GOOD" "$T/invalid.json" -o "$T/out.json"
unchanged out.json

# ---- deeply nested JSON --------------------------------------------------
awk 'BEGIN { printf "{\"format\":\"geokg\",\"version\":1,\"nodes\":";
	for (i = 0; i < 100000; i++) printf "["; for (i = 0; i < 100000; i++) printf "]";
	printf ",\"edges\":[]}\n" }' >"$T/deep.json"
sentinel out.json
case_ 2 "deep.json:1:[0-9]*: JSON nested deeper than 2048 levels" geokg merge "$T/deep.json" -o "$T/out.json"
unchanged out.json
awk 'BEGIN { printf "{\"id\":\"deep\",\"text\":\"x\",\"x\":";
	for (i = 0; i < 5000; i++) printf "["; for (i = 0; i < 5000; i++) printf "]";
	printf "}\n{\"id\":\"b\",\"text\":\"Putin met Xi.\"}\n" }' >"$T/deep.jsonl"
case_ 2 "" geokg extract --world "$W" --jsonl "$T/deep.jsonl"
expect_grep 'deep.jsonl:1:.*bad record skipped' "$T/err"
[ "$(wc -l <"$T/out")" -eq 1 ] || fail "the good record after a deep record was lost"

# ---- huge numbers ---------------------------------------------------------
node='{"id":"A","kind":"country","name":"A"}'
printf '{"format":"geokg","version":1e400,"nodes":[],"edges":[]}' >"$T/huge-version.json"
case_ 2 "huge-version.json:1:[0-9]*: real number overflow" geokg stats "$T/huge-version.json"
printf '{"format":"geokg","version":1,"nodes":[%s],"edges":[{"source":"A","target":"A","type":"meets","modality":"asserted","weight":99999999999999999999999}]}' "$node" >"$T/huge-weight.json"
case_ 2 "huge-weight.json:1:[0-9]*: too big integer" geokg stats "$T/huge-weight.json"
printf '{"format":"geokg","version":1,"nodes":[%s],"edges":[{"source":"A","target":"A","type":"meets","modality":"asserted","weight":1,"evidence":[{"doc":"d","date":null,"sentence":0,"start":0,"end":18446744073709551616,"text":null}]}]}' "$node" >"$T/huge-span.json"
sentinel out.json
case_ 2 "huge-span.json:1:[0-9]*: too big integer" geokg merge "$T/huge-span.json" -o "$T/out.json"
unchanged out.json
case_ 2 "" geokg path "$GOOD" RUS USA --max-hops 99999999999999999999

# ---- duplicate ids and dangling edges -------------------------------------
sentinel out.json
case_ 2 "duplicate-id.json:[0-9]*:[0-9]*: .*duplicate" geokg merge "$DATA/bad/duplicate-id.json" -o "$T/out.json"
unchanged out.json
case_ 2 "dangling-edge.json:[0-9]*:[0-9]*: .*not a node" geokg merge "$GOOD" "$DATA/bad/dangling-edge.json" -o "$T/out.json"
unchanged out.json

# ---- names of 1 MB ---------------------------------------------------------
awk 'BEGIN { printf "{\"format\":\"geokg\",\"version\":1,\"nodes\":[{\"id\":\"A\",\"kind\":\"country\",\"name\":\"";
	for (i = 0; i < 1048576; i++) printf "n"; printf "\"}],\"edges\":[]}\n" }' >"$T/long-name.json"
sentinel out.json
case_ 2 "long-name.json:1:[0-9]*: .*1048576 bytes, over the limit of 16384" geokg merge "$T/long-name.json" -o "$T/out.json"
unchanged out.json
awk 'BEGIN { printf "{\"id\":\""; for (i = 0; i < 1048576; i++) printf "i";
	printf "\",\"text\":\"Putin met Xi.\"}\n{\"id\":\"b\",\"text\":\"Putin met Xi.\"}\n" }' >"$T/long-id.jsonl"
case_ 2 "" geokg extract --world "$W" --jsonl "$T/long-id.jsonl"
expect_grep 'long-id.jsonl:1: .*over the limit of 65536' "$T/err"
[ "$(wc -l <"$T/out")" -eq 1 ] || fail "the good record after a long id was lost"

# ---- control characters -----------------------------------------------------
# in a graph: valid JSON, kept, and escaped again on output
printf '{"format":"geokg","version":1,"nodes":[{"id":"A","kind":"country","name":"bell\\u0007 esc\\u001b[31m nl\\n"}],"edges":[]}\n' >"$T/ctrl.json"
case_ 0 "" geokg merge "$T/ctrl.json"
expect_grep 'bell\\u0007 esc\\u001[bB]\[31m nl\\n' "$T/out"
# in an actor name on the command line: one clean line
case_ 2 "no actor 'X?\[31m?Y' in the graph" geokg path "$GOOD" "$(printf 'X\033[31m\nY')" USA
# in an article: extracted, the graph reads back
printf 'Putin\001 met\033[0m Xi\r in\f Moscow.\vIran\b sent drones to Russia.\n' >"$T/ctrl.txt"
case_ 0 "" geokg extract --world "$W" "$T/ctrl.txt"
geokg stats "$T/out" >/dev/null 2>&1 || fail "extract's graph of control characters does not read back"

# ---- files that are directories ---------------------------------------------
mkdir "$T/dir"
case_ 1 "dir: is a directory" geokg stats "$T/dir"
case_ 1 "Is a directory" geokg extract --world "$W" "$T/dir"
case_ 1 "dir: is a directory" geokg import-gdelt --no-world "$T/dir"
sentinel out.json
case_ 1 "dir: is a directory" geokg merge "$GOOD" "$T/dir" -o "$T/out.json"
unchanged out.json
case_ 1 "dir: Is a directory" geokg merge "$GOOD" -o "$T/dir"
[ -d "$T/dir" ] && [ -z "$(ls "$T/dir")" ] || fail "the directory given as output was changed"
unchanged out.json

# ---- unreadable files --------------------------------------------------------
# Root reads a file whatever its mode, so as root the command runs as
# 'nobody' (setpriv) on a file of mode 000; without setpriv the case is
# skipped with a note.  As another user, chmod 000 is enough.
cp "$GOOD" "$T/secret.json"
chmod 000 "$T/secret.json"
as=
if [ "$(id -u)" -eq 0 ]; then
	if command -v setpriv >/dev/null && id nobody >/dev/null 2>&1; then
		chmod 755 "$T"
		as="setpriv --reuid=nobody --regid=$(id -g nobody) --clear-groups"
		# 'nobody' must be able to run the build's geokg (a build under
		# a private directory such as mktemp -d's is out of its reach).
		if ! $as "$GEOKG" --version >/dev/null 2>&1; then
			echo "note: 'nobody' cannot run $GEOKG: unreadable-file case skipped"
			as=skip
		fi
	else
		echo "note: running as root without setpriv: unreadable-file case skipped"
		as=skip
	fi
fi
if [ "$as" != skip ]; then
	# shellcheck disable=SC2086
	case_ 1 "secret.json: Permission denied" $as "$GEOKG" stats "$T/secret.json"
	sentinel out.json
	chmod 666 "$T/out.json"
	# shellcheck disable=SC2086
	case_ 1 "secret.json: Permission denied" $as "$GEOKG" merge "$GOOD" "$T/secret.json" -o "$T/out.json"
	unchanged out.json
fi

# ---- a full disk ----------------------------------------------------------------
if [ -c /dev/full ]; then
	case_ 1 "write error on standard output: No space left on device" sh -c '"$1" stats "$2" >/dev/full' - "$GEOKG" "$GOOD"
	case_ 1 "write error" sh -c '"$1" extract --world "$2" "$3" >/dev/full' - "$GEOKG" "$W" "$DATA/../../examples/articles/01-putin-trip-pyongyang.txt"
	case_ 1 "/dev/full: write error: No space left on device" geokg merge "$GOOD" -o /dev/full
	case_ 1 "No space left on device" geokg export "$GOOD" -o /dev/full
	case_ 1 "No space left on device" geokg import-gdelt --no-world -q -o /dev/full "$DATA/gdelt-v2.csv"
	[ -c /dev/full ] || fail "/dev/full is no longer a device"
	[ -z "$(find /dev -maxdepth 1 -name 'full.*' | head -n 1)" ] || fail "a file was left in /dev"
fi
echo "bad-input catalogue: all cases passed"
