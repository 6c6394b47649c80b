#!/usr/bin/env bash
# Reruns every benchmark of docs/performance.md: builds the benchmarks module, runs the JMH
# benchmarks (with the gc profiler for allocation), the start-up and policy-loop measurements, and writes the
# results under benchmarks/results/ (JMH JSON, start-up JSON, summary.md).
#
#   benchmarks/run.sh            everything (about 15 minutes on 2 cores)
#   benchmarks/run.sh quick      one short iteration each, to check that everything runs
#   JMH_FILTER=EndToEnd benchmarks/run.sh   only the JMH benchmarks whose name matches
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
results="$root/benchmarks/results"
mkdir -p "$results"
cd "$root"

echo "benchmarks: building..." >&2
./mvnw -q -B -pl benchmarks -am package -DskipTests 1>&2

cp="$root/benchmarks/target/classes:$(cat "$root/benchmarks/target/classpath.txt")"
jvm_args="-Xms1g -Xmx4g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn"
if [[ "${1:-}" == "quick" ]]; then
  timed=(-f 1 -wi 1 -w 1s -i 1 -r 1s)
  shots=(-f 1 -wi 0 -i 1)
else
  # Warm-up is 5 x 2 s: on a busy 2-core machine the JIT needs about 60,000 scans to settle.
  timed=(-f 1 -wi 5 -w 2s -i 5 -r 1s)
  shots=(-f 1 -wi 3 -i 5)
fi
filter="${JMH_FILTER:-.}"

jmh() {
  local name="$1"; shift
  if [[ ! "$name" =~ $filter ]]; then
    return 0
  fi
  echo "benchmarks: JMH $name..." >&2
  java -cp "$cp" org.openjdk.jmh.Main "$@" -jvmArgs "$jvm_args" -prof gc -rf json -rff "$results/$name.json" \
    | grep -v ' INFO ' > "$results/$name.txt"
  tail -n 40 "$results/$name.txt" >&2
}

# Per scan (average time, microseconds).
jmh advise 'AdviseBenchmark' "${timed[@]}"
# The same ratio in thread CPU time, both advisors in turns in one JVM: steady on a busy machine,
# where wall times are not (docs/performance.md, issue 17, item 4).
if [[ "advise-cpu" =~ $filter ]]; then
  for input in demo generated; do
    echo "benchmarks: advise CPU time ($input)..." >&2
    if [[ "${1:-}" == "quick" ]]; then cpu_args=(5 5 200); else cpu_args=(40 30 2000); fi
    java $jvm_args -cp "$cp" org.inclusionscan.benchmarks.AdviseCpuTime "$input" "${cpu_args[@]}" \
      | tee "$results/advise-cpu-$input.txt" >&2
  done
fi
# Thread scaling of Advisor.advise (issue 25, item 1): JMH throughput with one and with two threads (per thread
# = score / threads), then thread CPU time per advice with 1 and 2 threads in one JVM, which load disturbs less.
# Two threads need a longer warm-up: in 10 s the second thread's C2 compilations were still arriving (stop 27).
threaded=("${timed[@]}")
[[ "${1:-}" != "quick" ]] && threaded=(-f 1 -wi 10 -w 5s -i 5 -r 2s)
jmh advise-threads-1 'AdviseThreadsBenchmark' -t 1 "${threaded[@]}"
jmh advise-threads-2 'AdviseThreadsBenchmark' -t 2 "${threaded[@]}"
if [[ "advise-threads-cpu" =~ $filter ]]; then
  echo "benchmarks: advise threads, CPU time..." >&2
  if [[ "${1:-}" == "quick" ]]; then threads_args=(3 3 500); else threads_args=(30 20 5000); fi
  { echo "# load average before: $(cut -d' ' -f1-3 /proc/loadavg); java -version: $( { /usr/bin/time -f '%e s' java -version; } 2>&1 | tail -n 1)"
    java $jvm_args -cp "$cp" org.inclusionscan.benchmarks.AdviseThreadsCpuTime "${threads_args[@]}"; } \
    | tee "$results/advise-threads-cpu.txt" >&2
fi
jmh sessions 'SessionBenchmark' "${timed[@]}"
jmh rule-scaling 'RuleScalingBenchmark' "${timed[@]}"
jmh end-to-end 'EndToEndBenchmark' "${timed[@]}"
jmh stages 'StagesBenchmark' "${timed[@]}"
# Rule-set builds (single shots, milliseconds): warm builds of 1x, 10x, 100x, the executable
# model of the defaults, a reload of the defaults, the first build in a fresh JVM (cold), and
# the precompiled defaults loaded in a fresh JVM (cold, what Advisor.defaults() does).
jmh build 'RuleSetBuildBenchmark.build$' "${shots[@]}"
jmh build-executable-model 'RuleSetBuildBenchmark.buildExecutableModel' -p copies=1,10 "${shots[@]}"
jmh reload 'RuleSetBuildBenchmark.reloadDefaults' -p copies=1 "${shots[@]}"
jmh build-cold 'RuleSetBuildBenchmark.build$' -p copies=1 -f 3 -wi 0 -i 1
jmh load-precompiled-cold 'RuleSetBuildBenchmark.loadPrecompiledDefaults' -p copies=1 -f 5 -wi 0 -i 1

if [[ "$filter" == "." ]]; then
  "$root/benchmarks/startup.sh" ${1:+"$1"}
  "$root/benchmarks/policy-loop.sh" ${1:+"$1"}
  # Batch thread scaling on 30,000 scans (issue 25, items 1 and 2), beside java -version and the Jackson floors.
  if [[ "${1:-}" == "quick" ]]; then "$root/benchmarks/batch.sh" 2000 1 2; else PAIRS=5 "$root/benchmarks/batch.sh" 30000 1 2; fi
  # The same with the full JIT forced (the launcher uses the client compiler below 1 GB of input).
  if [[ "${1:-}" != "quick" ]]; then INCLUSION_BATCH_C2_FROM=0 BATCH_NAME=batch-c2-forced "$root/benchmarks/batch.sh" 30000 1 2; fi
fi
python3 "$root/benchmarks/summarize.py" "$results" > "$results/summary.md"
echo "benchmarks: results in $results (summary.md)" >&2
