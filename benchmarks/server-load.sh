#!/usr/bin/env bash
# Load benchmark of the Inclusietracker server (issue 13, item 7; docs/performance.md): 500
# simulated respondents at once join a round and save their answers one at a time, first on the
# embedded database, then on a throw-away PostgreSQL cluster (Debian's binaries, made and removed
# by the run). Each run starts its own server process on 127.0.0.1 and talks to nothing else;
# respondents, answers and time are bounded. Writes benchmarks/results/server-load-{embedded,postgresql}.json.
#
#   benchmarks/server-load.sh                     both databases: 500 respondents x 72 answers; 50 clients x 200
#                                                 full responses; 50 coordinators x 30 reports of closed rounds
#   benchmarks/server-load.sh quick               both databases, 50 respondents x 10 answers (into inclusion-server/target)
#   benchmarks/server-load.sh -- --think-ms 0     extra options for ServerLoad (see its comment)
#   WARM_UP=0 benchmarks/server-load.sh           a freshly started server (results named *-cold.json)
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

# Three loads per database (issue 25, item 4): single-answer saves of 500 people; full responses posted by
# 50 clients of a case system without pause; 50 coordinators opening closed rounds' reports at once.
# MODES="responses" benchmarks/server-load.sh runs only some of them.
modes="${MODES:-saves responses reports}"
# Every simulated client sends over an HTTP/1.1 connection of its own (--client raw; CLIENT=java for Java's HTTP
# client, as before issue 25's stop 29), and the server is warmed up first with requests of the same kind into
# rounds of their own (WARM_UP=0: a freshly started server, whose compiler then takes most of its CPU).
client="${CLIENT:-raw}"
warm_up="${WARM_UP:-on}"
for db in embedded postgresql; do
  for mode in $modes; do
    case "$mode" in
      # 500 people on one machine's address: Java's client shares connections between them, where the raw client's
      # connection each would pass the server's limit per address (128; real respondents come from many addresses).
      saves) shape=() ; name="server-load-$db" ; warm=20 ;;
      responses) shape=(--respondents 50 --answers 200 --think-ms 0 --ramp-s 0) ; name="server-load-responses-$db" ; warm=200 ;;
      reports) shape=(--respondents 50 --answers 30 --think-ms 0 --ramp-s 0) ; name="server-load-reports-$db" ; warm=60 ;;
      *) echo "server-load: unknown mode $mode (saves, responses, reports)" >&2; exit 2 ;;
    esac
    if [[ "$warm_up" == "0" || "$warm_up" == "off" ]]; then
      warm=0
      name="$name-cold"
    fi
    if [[ "$mode" == saves ]]; then
      shape+=(--client java --warm-up "$warm")
    else
      shape+=(--client "$client" --warm-up "$warm")
    fi
    echo "server-load: $db $mode (load average $(cut -d' ' -f1-3 /proc/loadavg))" >&2
    java -Xmx1g -cp "$cp" org.inclusionscan.server.load.ServerLoad --db "$db" --mode "$mode" "${shape[@]}" \
      --out "$results/$name.json" "${extra[@]}"
  done
done
