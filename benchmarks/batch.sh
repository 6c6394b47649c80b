#!/usr/bin/env bash
# Batch throughput of `bin/inclusion score --batch` (issue 17, item 1), with its references measured
# in the same run: `java -version` (what starting any JVM costs here) and the Jackson floors
# (tokenizing every input line, writing every output line; BatchFloors). Writes
# benchmarks/results/batch.json and batch.txt (BATCH_NAME=other writes other.json and other.txt).
#
#   benchmarks/batch.sh [N] [THREADS...]     N generated scans (default 100000), for each thread
#                                            count (default: 1 and the number of cores)
#   benchmarks/batch.sh 1000000              the target's size (about 9 GB of input in $BATCH_DIR)
#
# The input (BatchInput: like the demo, six respondents, one line in 100 with two mistakes) is kept
# in $BATCH_DIR (default /tmp/inclusion-batch) and reused by later runs with the same N. Times are
# wall and CPU (user + sys) of the whole process, start-up included; on a shared machine CPU time
# per scan is the steadier figure, and the load average before and after is recorded with them.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
results="$root/benchmarks/results"
dir="${BATCH_DIR:-/tmp/inclusion-batch}"
mkdir -p "$results" "$dir"
cd "$root"

count="${1:-100000}"
shift || true
threads=("$@")
if [[ ${#threads[@]} -eq 0 ]]; then
  threads=(1 "$(nproc)")
fi

echo "batch: building..." >&2
./mvnw -q -B -o -pl benchmarks,inclusion-cli -am package -DskipTests 1>&2
touch "$root/inclusion-cli/target/inclusion-cli.jar"
cp="$root/benchmarks/target/classes:$(cat "$root/benchmarks/target/classpath.txt")"

input="$dir/scans-$count.jsonl"
if [[ ! -s "$input" ]]; then
  echo "batch: generating $count scans into $input..." >&2
  java -cp "$cp" org.inclusionscan.benchmarks.BatchInput "$count" "$input.tmp"
  mv "$input.tmp" "$input"
fi
bytes=$(stat -c %s "$input")

# The same-run reference: a JVM that does nothing (median of 5).
reference=$(for i in 1 2 3 4 5; do /usr/bin/time -f '%e' java -version 2>&1 >/dev/null | tail -n 1; done | sort -n | sed -n 3p)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
bin/inclusion score --help >/dev/null 2>&1 || true   # builds the class-data archive, outside the timings

runs=()
last_output=""
for t in "${threads[@]}"; do
  output="$dir/out-$count-$t.jsonl"
  echo "batch: $count scans, --threads $t..." >&2
  stats=$(/usr/bin/time -f '%e %U %S %M' bin/inclusion score --batch "$input" --out "$output" --threads "$t" --lang en \
            2>&1 >/dev/null | tail -n 1 || true)   # exit code 2: one line in 100 has mistakes, on purpose
  read -r wall user sys rss <<<"$stats"
  lines=$(wc -l < "$output")
  runs+=("$(python3 - "$t" "$wall" "$user" "$sys" "$rss" "$lines" "$count" <<'PY'
import json, sys
t, wall, user, sys_, rss, lines, count = sys.argv[1:]
wall, user, sys_, lines, count = float(wall), float(user), float(sys_), int(lines), int(count)
print(json.dumps({"threads": int(t), "wallSeconds": wall, "cpuSeconds": round(user + sys_, 2), "peakRssMb": round(int(rss) / 1024),
                  "outputLines": lines, "scansPerSecond": round(count / wall), "cpuUsPerScan": round((user + sys_) * 1e6 / count, 1),
                  "secondsFor1MExtrapolated": round(wall * 1_000_000 / count, 1)}))
PY
)")
  last_output="$output"
done

echo "batch: Jackson floors..." >&2
floors=$(java -Xms1g -cp "$cp" org.inclusionscan.benchmarks.BatchFloors "$input" "$last_output")
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

python3 - "$count" "$bytes" "$reference" "$load_before" "$load_after" "$floors" "$(nproc)" "${runs[@]}" > "$results/${BATCH_NAME:-batch}.json" <<'PY'
import json, sys
count, size, reference, before, after, floors, cores = sys.argv[1:8]
runs = [json.loads(r) for r in sys.argv[8:]]
floors = json.loads(floors)
floor = floors["tokenizeCpuUs"] + floors["writeCpuUs"]
for run in runs:
    run["cpuPerScanOverFloors"] = round(run["cpuUsPerScan"] / floor, 1)
print(json.dumps({"scans": int(count), "inputBytes": int(size), "cores": int(cores), "javaVersionSeconds": float(reference),
                  "loadAverageBefore": before, "loadAverageAfter": after, "floors": floors,
                  "floorCpuUsPerScan": round(floor, 2), "runs": runs}, indent=2))
PY
python3 - "$results/${BATCH_NAME:-batch}.json" > "$results/${BATCH_NAME:-batch}.txt" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
f = r["floors"]
print(f"{r['scans']:,} scans ({r['inputBytes'] / 1e6:.0f} MB), {r['cores']} cores, load average {r['loadAverageBefore']} -> {r['loadAverageAfter']}")
print(f"reference: java -version {r['javaVersionSeconds']:.2f} s")
print(f"floors (one core, CPU): tokenize {f['tokenizeCpuUs']:.1f} us + write {f['writeCpuUs']:.1f} us = {r['floorCpuUsPerScan']:.1f} us per scan"
      f" (wall {f['tokenizeWallUs']:.1f} + {f['writeWallUs']:.1f} us)")
print("| threads | wall | scans/s | CPU | CPU per scan | x floors | 1M scans (extrapolated) | peak RSS |")
print("|---|---|---|---|---|---|---|---|")
for x in r["runs"]:
    print(f"| {x['threads']} | {x['wallSeconds']:.1f} s | {x['scansPerSecond']:,} | {x['cpuSeconds']:.1f} s | {x['cpuUsPerScan']:.0f} us"
          f" | {x['cpuPerScanOverFloors']}x | {x['secondsFor1MExtrapolated']:.0f} s | {x['peakRssMb']} MB |")
PY
cat "$results/${BATCH_NAME:-batch}.txt" >&2

# PAIRS=N: the first two thread counts again, N times each in turn (the second count, then the first), with the ratio of
# each pair: on a machine whose speed drifts over minutes that ratio is steadier than the one of the two runs above
# (issue 25, stop 29). benchmarks/run.sh asks for 5.
if (( ${PAIRS:-0} > 0 && ${#threads[@]} >= 2 )); then
  python3 "$root/benchmarks/lib/pairs.py" "$PAIRS" "$results/${BATCH_NAME:-batch}-pairs.json" \
    "--threads ${threads[1]}" "bin/inclusion score --batch $input --out $dir/pairs-${threads[1]}.jsonl --threads ${threads[1]} --lang en; true" \
    "--threads ${threads[0]}" "bin/inclusion score --batch $input --out $dir/pairs-${threads[0]}.jsonl --threads ${threads[0]} --lang en; true" \
    | tee -a "$results/${BATCH_NAME:-batch}.txt" >&2
fi
