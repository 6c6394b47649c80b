#!/usr/bin/env python3
"""Turns the JMH JSON files and the start-up results in a directory into Markdown tables."""
import json
import os
import sys

results = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "results")


def load(name):
    path = os.path.join(results, name + ".json")
    if not os.path.exists(path):
        return []
    with open(path) as f:
        text = f.read().strip()
    return json.loads(text) if text else []


def params(run):
    return ", ".join(f"{k}={v}" for k, v in (run.get("params") or {}).items())


def alloc(run):
    gc = run.get("secondaryMetrics", {}).get("gc.alloc.rate.norm")
    return f"{gc['score']:,.0f}" if gc else ""


def score(run):
    m = run["primaryMetric"]
    err = m.get("scoreError")
    err = "" if err is None or err != err else f" ± {err:,.2f}"
    return f"{m['score']:,.2f}{err} {m['scoreUnit']}"


def table(title, runs, extra=None):
    if not runs:
        return
    print(f"### {title}\n")
    head = "| benchmark | parameters | score | alloc B/op |" + (f" {extra[0]} |" if extra else "")
    print(head)
    print("|" + "---|" * (head.count("|") - 1))
    for run in runs:
        name = run["benchmark"].split(".", 3)[-1].replace("org.inclusionscan.benchmarks.", "")
        row = f"| {name} | {params(run)} | {score(run)} | {alloc(run)} |"
        if extra:
            row += f" {extra[1](run)} |"
        print(row)
    print()


print("## JMH results\n")
advise = load("advise")
table("Advise, per scan", advise)
by = {(r["benchmark"].rsplit(".", 1)[-1], r["params"]["input"]): r["primaryMetric"]["score"] for r in advise}
for inp in ("demo", "generated"):
    if ("drools", inp) in by and ("plainJava", inp) in by:
        print(f"- {inp}: Drools / plain Java = {by[('drools', inp)] / by[('plainJava', inp)]:.1f}x")
print()
one, two = load("advise-threads-1"), load("advise-threads-2")
table("Advisor.advise, 1 thread (throughput, all threads)", one)
table("Advisor.advise, 2 threads (throughput, all threads)", two)
if one and two:
    a, b = one[0]["primaryMetric"]["score"], two[0]["primaryMetric"]["score"] / 2
    print(f"- throughput per thread: 1 thread {a:,.1f}, 2 threads {b:,.1f} ops/ms each; 2 / 1 = {b / a:.2f} (target: within 25 %)\n")
table("Drools sessions and builds, per scan (generated cards)", load("sessions"))
table("Rule-set size, per scan (generated cards)", load("rule-scaling"))
table("End to end: JSON in, scores, advice, JSON report out (1 thread)", load("end-to-end"),
      ("scans/s per core", lambda r: f"{1e6 / r['primaryMetric']['score']:,.0f}"))
table("Stages of the demo scan, and the JSON floors (1 thread)", load("stages"))
table("Rule-set build, warm (single shot)", load("build"))
table("Executable model build at run time (single shot)", load("build-executable-model"))
table("Reload of the default rules, warm (single shot)", load("reload"))
table("First build in a fresh JVM, cold (3 forks)", load("build-cold"))
table("Precompiled defaults loaded in a fresh JVM, cold (5 forks)", load("load-precompiled-cold"))

startup = os.path.join(results, "startup.txt")
if os.path.exists(startup):
    print("## Start-up\n\n```")
    print(open(startup).read().rstrip())
    print("```")

policy_loop = os.path.join(results, "policy-loop.txt")
if os.path.exists(policy_loop):
    print("\n## Policy loop\n\n```")
    print(open(policy_loop).read().rstrip())
    print("```")
