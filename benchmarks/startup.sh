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

# The floors: the same JVM, options and class-data archive as the launcher (JDK 17), stopping after
# reading the scan (Jackson), after loading the rules (the precompiled Drools rule base) and after
# advising; what remains of `score` beyond the last one is rendering and writing the report. These options
# repeat bin/inclusion's for single commands on JDK 17: change them together.
jar="$root/inclusion-cli/target/inclusion-cli.jar"
archive="$root/inclusion-cli/target/inclusion-cli.jsa"
if [[ -d "$root/benchmarks/target/classes/org/inclusionscan/benchmarks" && -f "$archive" ]]; then
  floor="java -Xlog:disable -Xlog:all=warning:stderr -XX:SharedArchiveFile=$archive -Xshare:auto -XX:TieredStopAtLevel=1"
  floor+=" -XX:+UseSerialGC -Xmn8m -XX:-UsePerfData -Dslf4j.provider=org.slf4j.simple.SimpleServiceProvider -Dslf4j.internal.verbosity=WARN"
  if grep -qE '\[(madvise|always)\]' /sys/kernel/mm/transparent_hugepage/enabled 2>/dev/null; then
    floor+=" -XX:+UseTransparentHugePages"
  fi
  floor+=" -cp $jar:$root/benchmarks/target/classes org.inclusionscan.benchmarks.StartupFloor"
  commands+=(
    "floor: read the scan|$floor read $demo"
    "floor: read, load the rules|$floor rules $demo"
    "floor: read, rules, advise|$floor advise $demo"
  )
else
  echo "startup.sh: no floors (build the benchmarks module and run bin/inclusion once first)" >&2
fi

source "$root/benchmarks/lib/measure.sh"
measure_commands startup "start-up"

# The same two commands again, run in turn (java -version, score, java -version, ...): the ratio of each pair,
# steadier on a machine whose speed drifts than the ratio of two series (issue 25, stop 29).
python3 "$root/benchmarks/lib/pairs.py" "$((runs * 2))" "$results/startup-pairs.json" "java -version" "java -version" \
  "inclusion score (as shipped)" "$cli score $demo --format json" | tee -a "$results/startup.txt" >&2
