#!/bin/sh
# Crash safety: `geokg ingest -o GRAPH` killed with SIGKILL at random
# moments, many times.  After every kill the graph file must be the old
# graph or the new one, byte for byte, and valid (`geokg stats` reads
# it); the lock must be free (`flock -n`, and a following ingest finishes
# without waiting); finishing the interrupted work must give exactly the
# graph of an uninterrupted run (nothing lost, nothing doubled) and remove
# the temporary files the killed run left.
# The articles are generated here from sentences written for this test.
. "${GEOKG_TOP_SRCDIR:-$(dirname "$0")/..}/tests/setup"
# Under `make check-valgrind` these run the program directly: valgrind
# would take many minutes over 100 MB or a million documents, and the
# memory checks are done by the small cases (cli_badinput.sh) and the
# sanitizer build.
if [ -n "${GEOKG_VALGRIND:-}" ]; then
	geokg() { "$GEOKG" "$@"; }
fi
if ! geokg help ingest >/dev/null 2>&1; then
	echo "geokg ingest does not exist yet: nothing to test"
	exit 77
fi
W=${GEOKG_WORLD_BUILT:-}
[ -n "$W" ] && [ -f "$W" ] || W="$DATA/extract-world.json"
export GEOKG_WORLD="$W"
KILLS=${GEOKG_CRASH_KILLS:-30}

# Two collections of articles: the old graph is made of the first, the
# new one adds the second.
gen() { # gen DIR SEED COUNT
	mkdir -p "$1"
	awk -v dir="$1" -v seed="$2" -v n="$3" 'BEGIN {
		srand(seed)
		split("Russia|North Korea|China|Iran|the United States|Ukraine|Germany|the European Union|NATO|Belarus", a, "|")
		split("met officials from|sent artillery shells to|threatened|imposed sanctions on|will meet|may supply drones to|refused to arm|warned", v, "|")
		for (d = 0; d < n; d++) {
			f = sprintf("%s/art-%04d.txt", dir, d)
			printf "CAPITAL (Wire) - " > f
			for (s = 0; s < 12; s++) {
				x = a[int(rand() * 10) + 1]; y = a[int(rand() * 10) + 1]
				printf "%s %s %s on day %d of the talks. ", toupper(substr(x, 1, 1)) substr(x, 2), v[int(rand() * 8) + 1], y, int(rand() * 900) > f
			}
			printf "\n" > f
			close(f)
		}
	}'
}
gen "$T/old" 1 150
gen "$T/new" 2 400

G="$T/corpus.json"
expect_status 0 geokg ingest -q -j 2 -o "$G" "$T/old"
cp "$G" "$T/old.json"
cp "$G.docs" "$T/old.docs"
old_sum=$(cksum <"$T/old.json")
# the new graph, from an uninterrupted run (and how long one takes)
start=$(date +%s%N)
expect_status 0 geokg ingest -q -j 2 -o "$G" "$T/new"
end=$(date +%s%N)
cp "$G" "$T/new.json"
new_sum=$(cksum <"$T/new.json")
[ "$old_sum" != "$new_sum" ] || fail "the second collection added nothing"
ms=$(((end - start) / 1000000))
[ "$ms" -gt 0 ] || ms=1

restore() {
	cp "$T/old.json" "$G"
	cp "$T/old.docs" "$G.docs"
}

k=0 saw_old=0 saw_new=0
while [ $k -lt "$KILLS" ]; do
	k=$((k + 1))
	restore
	# a random moment within 1.2 times an uninterrupted run
	delay=$(awk -v s="$k$$" -v ms="$ms" 'BEGIN { srand(s); printf "%.3f", rand() * ms * 1.2 / 1000 }')
	"$GEOKG" ingest -q -j 2 -o "$G" "$T/new" >/dev/null 2>&1 &
	pid=$!
	sleep "$delay"
	kill -9 $pid 2>/dev/null || true
	wait $pid 2>/dev/null || true
	sum=$(cksum <"$G")
	if [ "$sum" = "$old_sum" ]; then
		saw_old=$((saw_old + 1))
	elif [ "$sum" = "$new_sum" ]; then
		saw_new=$((saw_new + 1))
	else
		cp "$G" "$T/../geokg-crash-bad.json" 2>/dev/null || true
		fail "kill $k after ${delay}s: the graph is neither the old one nor the new one"
	fi
	geokg stats "$G" >/dev/null 2>"$T/err" || { cat "$T/err" >&2; fail "kill $k: the graph does not load"; }
	if command -v flock >/dev/null; then
		flock -n "$G.lock" true || fail "kill $k: the lock is still held"
	fi
	# finish the work: no waiting for a lock, and the graph of an
	# uninterrupted run
	expect_status 0 timeout 60 "$GEOKG" ingest -j 2 -o "$G" "$T/new"
	grep -q -i 'wait' "$T/err" && fail "kill $k: the next ingest waited for a lock"
	cmp -s "$G" "$T/new.json" || fail "kill $k: finishing the work gave another graph"
	# and the temporary files of the killed run are gone
	left=$(find "$T" -maxdepth 1 -name 'corpus.json*.tmp.*' | wc -l)
	[ "$left" -eq 0 ] || fail "kill $k: $left temporary files of the killed run were left"
done
echo "crash safety: $KILLS kills (run ~${ms} ms): $saw_old left the old graph, $saw_new the new one; no temporary file left"
