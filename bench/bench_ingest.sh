#!/bin/sh
# bench/bench_ingest.sh - `geokg ingest` of the corpus news (AG's News test
# split and the ISOT sample from $BENCH_CORPUS) with 1 and 2 threads.
# Target: 2 threads at least 1.8x as fast as one.
#
# The whole corpus takes well under a second of CPU, so that fixed costs
# (loading the world graph) and the noise of a shared machine do not
# decide the ratio, the corpus is ingested as BENCH_INGEST_COPIES copies
# (default 8; the copies have other file names, so their documents have
# other ids and are all extracted).  Each setting runs 5 times, the two
# alternating; the fastest run counts.  Also checks that -j 1 and -j 2 write the same bytes,
# and prints the CPU time of each thread of a -j 2 run, with the speed-up
# range it allows on two idle cores (a figure the load does not change).
set -eu
: "${GEOKG:?GEOKG must name the geokg program}"
: "${BENCH_CORPUS:?BENCH_CORPUS must name the corpus directory}"
AG="$BENCH_CORPUS/ag_news_test.csv"
ISOT="$BENCH_CORPUS/isot_true_sample.csv"
[ -f "$AG" ] && [ -f "$ISOT" ] || { echo "bench_ingest: no corpus in $BENCH_CORPUS; skipped"; exit 0; }
COPIES=${BENCH_INGEST_COPIES:-8}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

# One command ingests both: AG's file gets a header naming its columns
# like ISOT's (class, title, text; it has no date column, so its rows have
# no date).
mkdir "$T/news"
{ echo 'class,title,text,date'; cat "$AG"; } >"$T/ag.csv"
i=0
while [ $i -lt "$COPIES" ]; do
	ln -s "$T/ag.csv" "$T/news/ag-$i.csv"
	ln -s "$ISOT" "$T/news/isot-$i.csv"
	i=$((i + 1))
done
bytes=$(( ($(wc -c <"$AG") + $(wc -c <"$ISOT")) * COPIES ))

# run J OUT: ingest the news with J threads into OUT; prints "WALL_MS
# CPU_MS" (CPU: user + system).
run() {
	rm -f "$2" "$2.docs"
	/usr/bin/time -f "%e %U %S" -o "$T/t" "$GEOKG" ingest -q -j "$1" -o "$2" \
		--text-column title,text --date-column date "$T/news"
	awk '{ printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000 }' "$T/t"
}

# The settings alternate, 5 rounds, so that the load of a shared machine
# falls on both alike; the fastest run of each counts.
load=$(cut -d' ' -f1 /proc/loadavg)
for round in 1 2 3 4 5; do
	run 1 "$T/g1.json" >>"$T/r1"
	run 2 "$T/g2.json" >>"$T/r2"
done
r1=$(sort -n "$T/r1" | head -n 1)
r2=$(sort -n "$T/r2" | head -n 1)
cmp -s "$T/g1.json" "$T/g2.json" || { echo "bench_ingest: -j 1 and -j 2 differ" >&2; exit 1; }
docs=$(sed 1d "$T/g1.json.docs" | wc -l)
echo "$r1 $r2" | awk -v b="$bytes" -v c="$COPIES" -v d="$docs" -v load="$load" '{
	t1 = $1; c1 = $2; t2 = $3; c2 = $4;
	printf "ingest of AG + ISOT news x%d (%.1f MB, %d documents), %d cores, load average %s at the start:\n", c, b / 1e6, d, '"$(nproc)"', load;
	printf "  1 thread:  %5d ms wall, %5d ms CPU (%.1f MB/s)\n", t1, c1, b / 1e3 / t1;
	printf "  2 threads: %5d ms wall, %5d ms CPU (%.1f MB/s)\n", t2, c2, b / 1e3 / t2;
	printf "  speed-up with 2 threads: %.2fx wall (target >= 1.8x); CPU cost of threading: %+.0f%%\n", t1 / t2, c1 ? (c2 - c1) * 100 / c1 : 0;
	if (load + 0 > 1.5) printf "  (the machine was busy: wall times understate the speed-up)\n" }'

# Where the CPU time of a 2-thread run goes, thread by thread (sampled
# from /proc every 10 ms; needs python3): on a busy machine the wall
# times above say little, but this split does not depend on the load.
# The main thread reads and merges, the workers extract; with the main
# thread's work counted as serial (it mostly overlaps the workers'), two
# idle cores give at least the first speed-up printed (Amdahl's law), and
# at most the second (the busiest thread, or half the work).
command -v python3 >/dev/null || exit 0
rm -f "$T/g2.json" "$T/g2.json.docs"
python3 - "$GEOKG" "$T/g2.json" "$T/news" "$(echo "$r1" | cut -d' ' -f2)" <<'PY'
import glob, os, subprocess, sys, time
one = int(sys.argv[4])  # CPU ms of the fastest 1-thread run
p = subprocess.Popen([sys.argv[1], "ingest", "-q", "-j", "2", "-o", sys.argv[2],
                      "--text-column", "title,text", "--date-column", "date",
                      sys.argv[3]])
cpu = {}
while p.poll() is None:
    for f in glob.glob("/proc/%d/task/*/stat" % p.pid):
        try:
            v = open(f).read().rsplit(")", 1)[1].split()
            cpu[int(f.split("/")[4])] = int(v[11]) + int(v[12])
        except (OSError, IndexError, ValueError):
            pass
    time.sleep(0.01)
ms = 1000 / os.sysconf("SC_CLK_TCK")
main = cpu.pop(p.pid, 0) * ms
work = sorted((v * ms for v in cpu.values()), reverse=True)[:2]
total = main + sum(work)
if p.returncode != 0 or len(work) < 2 or total == 0:
    sys.exit("bench_ingest: the per-thread sampling failed")
print("  CPU by thread (-j 2): main %d ms, workers %d and %d ms (%.0f%% of "
      "the work in the workers)" % (main, work[0], work[1], sum(work) * 100 / total))
print("  speed-up two idle cores would give over the 1-thread run: at least "
      "%.2fx (main thread counted as serial), at most %.2fx"
      % (one / (main + sum(work) / 2),
         min(2.0, one / max(main, work[0], total / 2))))
PY
