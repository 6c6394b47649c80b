#!/usr/bin/env bash
# Whole-process start-up: `bin/inclusion score` on the demo scan to a finished JSON report,
# against a plain `java -version`, in the same run. Median wall time of several runs (hyperfine,
# installed with apt-get when missing and possible, else a bash loop) and median peak RSS
# (/usr/bin/time), and median CPU time (user + sys), which a busy machine disturbs less than wall
# time. When a JDK 25 is installed (JDK25_HOME, default /usr/lib/jvm/temurin-25-jdk-amd64), also the
# launcher on it with its ahead-of-time cache. Writes benchmarks/results/startup.json and startup.txt.
#
#   benchmarks/startup.sh          10 runs per command
#   benchmarks/startup.sh quick    3 runs per command
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
results="$root/benchmarks/results"
mkdir -p "$results"
runs=10
[[ "${1:-}" == "quick" ]] && runs=3
demo="$root/examples/src/main/resources/org/inclusionscan/examples/het-anker-2025.json"
cli="$root/bin/inclusion"

if ! command -v hyperfine >/dev/null 2>&1 && [[ $EUID -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
  apt-get install -y -q hyperfine >/dev/null 2>&1 || true
fi

# First use builds the command line (and its class-data archive); not part of the measurement.
"$cli" score "$demo" --format json >/dev/null
jdk25="${JDK25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
if [[ -x "$jdk25/bin/java" ]]; then
  JAVA_HOME="$jdk25" "$cli" score "$demo" --format json >/dev/null   # writes the AOT cache
fi

# label|command
commands=(
  "java -version|java -version"
  "inclusion score (as shipped)|$cli score $demo --format json"
  "inclusion score, no CDS, no C1 limit|env INCLUSION_FAST_START=off $cli score $demo --format json"
)
if [[ -x "$jdk25/bin/java" ]]; then
  commands+=("inclusion score, JDK 25 + AOT cache|env JAVA_HOME=$jdk25 $cli score $demo --format json")
fi

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

{
  echo "# start-up, $runs runs each, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(java -version 2>&1 | head -n 1)"
  echo "# load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  printf '%-40s %10s %10s %10s %10s\n' "command" "median s" "min s" "CPU s" "peak RSS MB"
} > "$results/startup.txt"
json="["
for entry in "${commands[@]}"; do
  label="${entry%%|*}"
  command="${entry#*|}"
  rss=()
  times=()
  cpus=()
  for ((i = 0; i < runs; i++)); do
    /usr/bin/time -o "$results/startup-time.tmp" -f '%e %U %S %M' bash -c "$command" >/dev/null 2>&1
    read -r wall user sys peak < <(tail -n 1 "$results/startup-time.tmp")
    times+=("$wall")
    cpus+=("$(awk -v u="$user" -v s="$sys" 'BEGIN {print u + s}')")
    rss+=("$peak")
  done
  if command -v hyperfine >/dev/null 2>&1; then
    hyperfine -N --warmup 1 --runs "$runs" --export-json "$results/startup-hyperfine.tmp.json" "$command" >/dev/null 2>&1 \
      || hyperfine --warmup 1 --runs "$runs" --export-json "$results/startup-hyperfine.tmp.json" "$command" >/dev/null 2>&1
    read -r med min < <(python3 -c "import json,sys; r=json.load(open(sys.argv[1]))['results'][0]; print(r['median'], r['min'])" \
      "$results/startup-hyperfine.tmp.json")
    rm -f "$results/startup-hyperfine.tmp.json"
  else
    med=$(printf '%s\n' "${times[@]}" | median)
    min=$(printf '%s\n' "${times[@]}" | sort -n | head -n 1)
  fi
  rss_mb=$(printf '%s\n' "${rss[@]}" | median | awk '{printf "%.0f", $1 / 1024}')
  cpu=$(printf '%s\n' "${cpus[@]}" | median)
  printf '%-40s %10.3f %10.3f %10.2f %10s\n' "$label" "$med" "$min" "$cpu" "$rss_mb" >> "$results/startup.txt"
  json+=$(printf '{"command":"%s","median_s":%s,"min_s":%s,"cpu_s":%s,"peak_rss_mb":%s,"runs":%s},' "$label" "$med" "$min" "$cpu" "$rss_mb" "$runs")
done
rm -f "$results/startup-time.tmp"
echo "# load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$results/startup.txt"
echo "${json%,}]" > "$results/startup.json"
cat "$results/startup.txt" >&2
