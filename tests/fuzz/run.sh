#!/bin/sh
# tests/fuzz/run.sh SRCDIR BUILDDIR SECONDS "CFLAGS" "LIBS" "SOURCES" TARGET...
#
# `make fuzz`: builds each fuzz target tests/fuzz/fuzz_TARGET.c with clang's
# libFuzzer, ASan and UBSan (the library's .c files compiled in), and runs
# it for SECONDS on its corpus tests/fuzz/corpus/TARGET/, where libFuzzer
# adds the inputs that reach new coverage.  A crash, leak or sanitizer
# report is saved under tests/fuzz/crashes/TARGET/ and fails the run; commit
# both directories: `make check` replays them (tests/fuzz_replay.sh).
set -eu
srcdir=$1 builddir=$2 seconds=$3 cflags=$4 libs=$5 sources=$6
shift 6
CLANG=${CLANG:-clang}
command -v "$CLANG" >/dev/null || { echo "fuzz: clang is needed (./bootstrap installs it)" >&2; exit 1; }
out="$builddir/fuzz"
mkdir -p "$out"
lib_c=
for s in $sources; do
	case $s in *.c) lib_c="$lib_c $srcdir/$s" ;; esac
done
status=0
for t in "$@"; do
	echo "fuzz: building $t"
	# shellcheck disable=SC2086
	$CLANG -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
		-I"$builddir" -I"$srcdir/src" $cflags -o "$out/fuzz_$t" \
		"$srcdir/tests/fuzz/fuzz_$t.c" $lib_c $libs
	mkdir -p "$srcdir/tests/fuzz/corpus/$t" "$srcdir/tests/fuzz/crashes/$t"
	echo "fuzz: running $t for ${seconds}s"
	if ! ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS="suppressions=$srcdir/tests/lsan.supp" \
		"$out/fuzz_$t" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
		-rss_limit_mb=2048 -artifact_prefix="$srcdir/tests/fuzz/crashes/$t/" \
		"$srcdir/tests/fuzz/corpus/$t" >"$out/fuzz_$t.log" 2>&1; then
		echo "fuzz: $t FAILED; see $out/fuzz_$t.log and tests/fuzz/crashes/$t/" >&2
		tail -n 30 "$out/fuzz_$t.log" >&2
		status=1
	else
		grep -E "^(#[0-9]+\s+DONE|Done)" "$out/fuzz_$t.log" | tail -n 1
	fi
done
exit $status
