#!/bin/sh
# The program's skeleton: help, version, unknown commands, exit statuses.
. "${GEOKG_TOP_SRCDIR:-$(dirname "$0")/..}/tests/setup"

expect_status 0 geokg --version
expect_grep '^geokg [0-9]' "$T/out"
expect_status 0 geokg help
expect_grep 'stats' "$T/out"
expect_status 2 geokg
expect_grep 'usage: geokg' "$T/err"
expect_status 2 geokg frobnicate
expect_grep "geokg: unknown command 'frobnicate'" "$T/err"
# `geokg help CMD` is `geokg CMD --help`
expect_status 0 geokg help stats
cp "$T/out" "$T/help1"
expect_status 0 geokg stats --help
cmp "$T/out" "$T/help1" || fail "help stats differs from stats --help"
expect_status 2 geokg stats --no-such-option
expect_grep 'usage: geokg stats' "$T/err"
# getopt's own messages name the program and the command, like every
# other diagnostic
expect_grep "^geokg stats: unrecognized option '--no-such-option'" "$T/err"
expect_status 2 geokg merge -o
expect_grep "^geokg merge: option requires an argument -- 'o'" "$T/err"

# The manual covers every command and every long option of its --help, in
# the command's own section (the query commands share theirs).
MAN="$GEOKG_TOP_SRCDIR/doc/geokg.1"
expect_status 0 geokg help
cmds=$(awk '/^Commands:/ { on = 1; next } on && /^  [a-z]/ { print $1 } on && /^$/ { exit }' "$T/out")
[ "$(echo "$cmds" | wc -w)" -ge 13 ] || fail "geokg help lists only: $cmds"
for c in $cmds; do
	# the command's section: from its .SS line to the next .SS or .SH
	sed 's/\\-/-/g' "$MAN" | awk -v c="$c" '
		/^\.S[SH] / { on = index($0, "\"geokg " c " ") || index($0, "\"geokg " c "\"") ||
		                (index($0, "Queries:") && index($0, " " c)) ||
		                (index($0, "pattern language") && c == "match") }
		on' >"$T/section"
	[ -s "$T/section" ] || fail "no section for '$c' in doc/geokg.1"
	geokg "$c" --help | grep -o -- '--[a-z][a-z0-9-]*' | sort -u >"$T/opts"
	while read -r o; do
		[ "$o" = --help ] && continue
		grep -q -- "$o" "$T/section" || fail "doc/geokg.1: '$c' has no $o"
	done <"$T/opts"
done
