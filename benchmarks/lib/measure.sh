# Shared by startup.sh and policy-loop.sh (source it): measures each "label|command" of the array
# `commands` $runs times with /usr/bin/time (CPU = user + sys, peak RSS) and, when installed, hyperfine
# (median and minimum wall time), beside the load average, into $results/<name>.{txt,json}.

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

# measure_commands NAME TITLE: writes $results/NAME.txt (a table) and $results/NAME.json (one object per command).
measure_commands() {
  local name="$1" title="$2"
  local text="$results/$name.txt" timing="$results/$name-time.tmp" fine="$results/$name-hyperfine.tmp.json"
  {
    echo "# $title, $runs runs each, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(java -version 2>&1 | head -n 1)"
    echo "# load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
    printf '%-40s %10s %10s %10s %12s\n' "command" "median s" "min s" "CPU s" "peak RSS MB"
  } > "$text"
  local json="[" entry label command i wall user sys peak med min rss_mb cpu
  for entry in "${commands[@]}"; do
    label="${entry%%|*}"
    command="${entry#*|}"
    local rss=() times=() cpus=()
    for ((i = 0; i < runs; i++)); do
      /usr/bin/time -o "$timing" -f '%e %U %S %M' bash -c "$command" >/dev/null 2>&1
      read -r wall user sys peak < <(tail -n 1 "$timing")
      times+=("$wall")
      cpus+=("$(awk -v u="$user" -v s="$sys" 'BEGIN {print u + s}')")
      rss+=("$peak")
    done
    if command -v hyperfine >/dev/null 2>&1; then
      hyperfine -N --warmup 1 --runs "$runs" --export-json "$fine" "$command" >/dev/null 2>&1 \
        || hyperfine --warmup 1 --runs "$runs" --export-json "$fine" "$command" >/dev/null 2>&1
      read -r med min < <(python3 -c "import json,sys; r=json.load(open(sys.argv[1]))['results'][0]; print(r['median'], r['min'])" "$fine")
      rm -f "$fine"
    else
      med=$(printf '%s\n' "${times[@]}" | median)
      min=$(printf '%s\n' "${times[@]}" | sort -n | head -n 1)
    fi
    rss_mb=$(printf '%s\n' "${rss[@]}" | median | awk '{printf "%.0f", $1 / 1024}')
    cpu=$(printf '%s\n' "${cpus[@]}" | median)
    printf '%-40s %10.3f %10.3f %10.2f %12s\n' "$label" "$med" "$min" "$cpu" "$rss_mb" >> "$text"
    json+=$(printf '{"command":"%s","median_s":%s,"min_s":%s,"cpu_s":%s,"peak_rss_mb":%s,"runs":%s},' "$label" "$med" "$min" "$cpu" "$rss_mb" "$runs")
  done
  rm -f "$timing"
  echo "# load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$text"
  echo "${json%,}]" > "$results/$name.json"
  cat "$text" >&2
}
