#!/usr/bin/env python3
"""Runs a reference command and a measured command in turn, N times each (reference, measured, reference, ...),
and reports the median wall time of each and the median of the ratios of each pair: on a virtual machine whose
speed drifts over minutes, a ratio taken from two runs a moment apart is steadier than one taken from two
series run one after the other (issue 25). Writes a JSON object to OUT and a short table to standard output.

    pairs.py N OUT.json "reference label" "reference command" "measured label" "measured command"
"""
import json
import os
import statistics
import subprocess
import sys
import time


def run(command):
    start = time.perf_counter()
    process = subprocess.Popen(command, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    if status != 0:
        sys.exit(f"pairs.py: the command failed ({status}): {command}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def main():
    if len(sys.argv) != 7:
        sys.exit(__doc__)
    count, out = int(sys.argv[1]), sys.argv[2]
    reference_label, reference, measured_label, measured = sys.argv[3:]
    load_before = open("/proc/loadavg").read().split()[:3]
    pairs = [(run(reference), run(measured)) for _ in range(count)]
    load_after = open("/proc/loadavg").read().split()[:3]
    ratios = [m[0] / r[0] for r, m in pairs]
    result = {
        "pairs": count,
        "reference": reference_label,
        "measured": measured_label,
        "reference_median_s": round(statistics.median(r[0] for r, _ in pairs), 3),
        "measured_median_s": round(statistics.median(m[0] for _, m in pairs), 3),
        "measured_cpu_median_s": round(statistics.median(m[1] for _, m in pairs), 3),
        "measured_peak_rss_median_mb": round(statistics.median(m[2] for _, m in pairs)),
        "ratio_median": round(statistics.median(ratios), 2),
        "ratio_quartiles": [round(q, 2) for q in statistics.quantiles(ratios, n=4)],
        "load_average_before": load_before,
        "load_average_after": load_after,
    }
    with open(out, "w") as f:
        json.dump(result, f, indent=1)
    print(f"# {count} pairs run in turn ({reference_label}, then {measured_label}); load average before {' '.join(load_before)}")
    print(f"{reference_label}: median {result['reference_median_s']:.3f} s; {measured_label}: median {result['measured_median_s']:.3f} s, "
          f"CPU {result['measured_cpu_median_s']:.2f} s, peak RSS {result['measured_peak_rss_median_mb']} MB")
    print(f"ratio of each pair: median {result['ratio_median']:.2f}x (quartiles {result['ratio_quartiles'][0]:.2f}-{result['ratio_quartiles'][2]:.2f})")


if __name__ == "__main__":
    main()
