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
