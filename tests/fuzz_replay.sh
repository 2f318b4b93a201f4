#!/bin/sh
# Replays every fuzz target's committed corpus and crash reproducers
# (tests/fuzz/corpus/T, tests/fuzz/crashes/T) through tests/fuzz/replay_T,
# built with the ordinary compiler: none may crash or fail its checks.
. "${GEOKG_TOP_SRCDIR:-$(dirname "$0")/..}/tests/setup"
n=0
for r in "$GEOKG_TOP_BUILDDIR"/tests/fuzz/replay_*; do
	case $r in *.o | *.log | *.trs) continue ;; esac
	[ -x "$r" ] || continue
	t=${r##*/replay_}
	dirs=
	for d in corpus crashes; do
		[ -d "$GEOKG_TOP_SRCDIR/tests/fuzz/$d/$t" ] && dirs="$dirs $GEOKG_TOP_SRCDIR/tests/fuzz/$d/$t"
	done
	[ -n "$dirs" ] || fail "no corpus for fuzz target $t"
	# shellcheck disable=SC2086
	if [ -n "${GEOKG_VALGRIND:-}" ]; then
		"$GEOKG_TOP_BUILDDIR/libtool" --mode=execute $GEOKG_VALGRIND "$r" $dirs >"$T/out" || fail "replay of $t failed"
	else
		"$r" $dirs >"$T/out" || fail "replay of $t failed"
	fi
	echo "$t: $(cat "$T/out")"
	n=$((n + 1))
done
[ "$n" -gt 0 ] || fail "no replay programs were built"
