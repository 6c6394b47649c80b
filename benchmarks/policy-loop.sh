#!/usr/bin/env bash
# The policy team's loop (issue 17, target 3): `bin/inclusion check DIR` of a data-only rules
# directory and of directories with DRL, and the whole loop edit -> check -> HTML report, against a
# plain `java -version` in the same run. Median wall time (hyperfine when installed, else a bash
# loop), median CPU time (user + sys, of every process of the command), which a busy machine
# disturbs less than wall time, and median peak RSS (of the largest process), from /usr/bin/time.
# Writes benchmarks/results/policy-loop.json and policy-loop.txt.
#
#   benchmarks/policy-loop.sh          10 runs per command
#   benchmarks/policy-loop.sh quick    3 runs per command
#
# The directories, made once in a temporary folder:
#   data      `init-rules --data-only`: thresholds, table, wording, scenarios; no DRL (mode=extend)
#   drl       `init-rules`: a full copy with the DRL files, unchanged (the same files as the bundled
#             rules, so the precompiled rule base is used: nothing is compiled)
#   drl-edit  the same with a comment added to overall.drl: its DRL is compiled (Drools' classic
#             DRL builder with Eclipse's Java compiler), as after any real rule change
# The loop edits thresholds.properties (priority.overall.strong 30 <-> 31, a change every bundled
# scenario survives), then runs `check DIR` and `score DEMO --rules DIR --format html --out FILE`.
# The last row leaves `check` out: `score --rules` compiles the directory and runs its scenarios
# too, and refuses it with every failure listed, so it is the same gate in one process.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
results="$root/benchmarks/results"
mkdir -p "$results"
runs=10
[[ "${1:-}" == "quick" ]] && runs=3
demo="$root/examples/src/main/resources/org/inclusionscan/examples/het-anker-2025.json"
cli="$root/bin/inclusion"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# First use builds the command line (and its class-data archive); not part of the measurement.
"$cli" score "$demo" --format json >/dev/null
"$cli" init-rules --data-only "$work/data" 2>/dev/null
"$cli" init-rules "$work/drl" 2>/dev/null
cp -r "$work/drl" "$work/drl-edit"
echo "// edited by benchmarks/policy-loop.sh" >> "$work/drl-edit/overall.drl"

# One step of the loop: a scripted edit of the thresholds, the check, the HTML report. Stops at the
# first failure (a failing check would make the report refuse the directory).
cat > "$work/loop.sh" <<EOF
#!/usr/bin/env bash
set -euo pipefail
dir="\$1"
if grep -q '^priority.overall.strong=30\$' "\$dir/thresholds.properties"; then
  sed -i 's/^priority.overall.strong=30\$/priority.overall.strong=31/' "\$dir/thresholds.properties"
else
  sed -i 's/^priority.overall.strong=31\$/priority.overall.strong=30/' "\$dir/thresholds.properties"
fi
if [[ "\${2:-}" != "report-only" ]]; then
  "$cli" check "\$dir" >/dev/null
fi
"$cli" score "$demo" --rules "\$dir" --format html --out "$work/report.html"
EOF
chmod +x "$work/loop.sh"
bash "$work/loop.sh" "$work/data"   # warms the file cache; fails here, loudly, if the loop is broken

# label|command
commands=(
  "java -version|java -version"
  "check DIR (data-only dir)|$cli check $work/data"
  "check --data-only DIR|$cli check --data-only $work/data"
  "check DIR (DRL, unchanged copy)|$cli check $work/drl"
  "check DIR (DRL, one file edited)|$cli check $work/drl-edit"
  "loop edit+check+html (data-only)|$work/loop.sh $work/data"
  "loop edit+check+html (DRL edited)|$work/loop.sh $work/drl-edit"
  "loop edit+html, no check (data-only)|$work/loop.sh $work/data report-only"
)

source "$root/benchmarks/lib/measure.sh"
measure_commands policy-loop "policy loop"
