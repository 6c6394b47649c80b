#!/usr/bin/env bash
# Load benchmark of the Inclusietracker server (issue 13, item 7; docs/performance.md): 500
# simulated respondents at once join a round and save their answers one at a time, first on the
# embedded database, then on a throw-away PostgreSQL cluster (Debian's binaries, made and removed
# by the run). Each run starts its own server process on 127.0.0.1 and talks to nothing else;
# respondents, answers and time are bounded. Writes benchmarks/results/server-load-{embedded,postgresql}.json.
#
#   benchmarks/server-load.sh                     both databases, 500 respondents x 72 answers
#   benchmarks/server-load.sh quick               both databases, 50 respondents x 10 answers (into inclusion-server/target)
#   benchmarks/server-load.sh -- --think-ms 0     extra options for ServerLoad (see its comment)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
results="$root/benchmarks/results"
mkdir -p "$results"
extra=()
if [[ "${1:-}" == "quick" ]]; then
  # A check that everything runs; its numbers stay out of benchmarks/results.
  extra=(--respondents 50 --answers 10 --ramp-s 2 --deadline-s 60)
  results="$root/inclusion-server/target/server-load-quick"
  mkdir -p "$results"
  shift
fi
[[ "${1:-}" == "--" ]] && shift
extra+=("$@")

cd "$root"
# The server and the generator (test classes of inclusion-server) and their class path.
./mvnw -q -B -pl inclusion-server -am test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/load-classpath.txt >&2
cp="$root/inclusion-server/target/test-classes:$root/inclusion-server/target/classes:$(cat "$root/inclusion-server/target/load-classpath.txt")"

for db in embedded postgresql; do
  echo "server-load: $db" >&2
  java -Xmx1g -cp "$cp" org.inclusionscan.server.load.ServerLoad --db "$db" \
    --out "$results/server-load-$db.json" "${extra[@]}"
done
