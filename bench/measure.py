#!/usr/bin/env python3
"""Measure tthc against its anchors on the generated national catalog.

Called by bench/run (which builds, compiles the floor and generates the
catalog first). Each command runs as a child process; wall time is taken
around it and peak RSS from its own rusage (os.wait4). Runs go round-robin
over the items so that background load spreads evenly.

Exit status: 0, or 1 when the differential check fails (tthc and Rego
disagree, or the catalog gives tthc a finding no valid catalog gives).
Missed targets are printed as NOT MET and do not fail the run.
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time

# the default rule pack: all 18 rules are written in bench/rego/tthc.rego
REGO_RULES = {
    "code-format", "legal-basis-required", "no-district-level",
    "cut-not-above-legal", "cut-not-above-current", "cut-min-rate", "cut-out-of-scope", "cut-depth",
    "steps-match-deadline", "declared-totals-match",
    "four-on-spot-no-interagency", "four-on-spot-no-field-inspection", "four-on-spot-at-center",
    "four-on-spot-max-deadline", "four-on-spot-candidate",
    "sector-reduction-target", "plan-reduction-target", "plan-four-on-spot-share",
}
# built-in findings the generated catalog gives on purpose (its waivers)
EXPECTED_BUILTINS = {"waiver-expired", "waiver-unused"}
SUBSETS = ("quarter", "half", "whole")
MIB = 1024 * 1024
# The province whose file set `tthc suggest` drafts for (the largest).
SUGGEST_PROVINCE = "ninh-binh"


def run(cmd, out_path, expected=(0,)):
    """Run cmd once: (wall seconds, peak RSS bytes, exit code, stdout text)."""
    with open(out_path, "wb") as out, open(out_path + ".err", "wb") as err:
        start = time.perf_counter()
        child = subprocess.Popen(cmd, stdout=out, stderr=err)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    with open(out_path, encoding="utf-8", errors="replace") as f:
        text = f.read()
    if child.returncode not in expected:
        with open(out_path + ".err", encoding="utf-8", errors="replace") as f:
            sys.stderr.write(f"bench: {' '.join(cmd[:3])} … exited {child.returncode}\n{f.read()[-2000:]}\n")
    return wall, usage.ru_maxrss * 1024, child.returncode, text


def cpu_model():
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown CPU"


def load_average():
    return os.getloadavg()[0]


def key(f):
    return (f["rule"], f.get("procedure") or f.get("sector") or "")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tthc", required=True)
    ap.add_argument("--floor", required=True)
    ap.add_argument("--catalog", required=True, help="the generated national catalog directory")
    ap.add_argument("--rules", required=True)
    ap.add_argument("--work", required=True, help="scratch directory for outputs")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--rego-runs", type=int, default=1)
    ap.add_argument("--rego-subset", choices=SUBSETS, default="quarter")
    ap.add_argument("--as-of", default="2026-11-26")
    args = ap.parse_args()
    here = os.path.dirname(os.path.abspath(__file__))
    os.makedirs(args.work, exist_ok=True)
    jobs = os.cpu_count() or 1

    # ------------------------------------------------------------ the files
    files = sorted(
        os.path.join(d, n) for d, _, ns in os.walk(args.catalog) for n in ns if n.endswith((".yaml", ".yml")))
    subsets = {"quarter": files[::4], "half": files[::2], "whole": files}
    size = {}
    lists = {}
    for name, fs in subsets.items():
        size[name] = sum(os.path.getsize(f) for f in fs)
        lists[name] = os.path.join(args.work, name + ".list")
        with open(lists[name], "w", encoding="utf-8") as f:
            f.write("\n".join(fs) + "\n")
    with open(os.path.join(os.path.dirname(args.catalog.rstrip("/")), "manifest.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    for f in files:                       # warm the page cache: every item reads the same bytes
        with open(f, "rb") as fh:
            fh.read()

    # The lookup item: the rules plus a procedure rule that reads the whole
    # catalog (bench/lookup-rule.yaml); what it computes from `catalog` alone
    # is computed once per run, so its scaling stays linear.
    lookup_rules = os.path.join(args.work, "rules-lookup")
    shutil.rmtree(lookup_rules, ignore_errors=True)
    shutil.copytree(args.rules, lookup_rules, ignore=shutil.ignore_patterns("tests"))
    shutil.copy(os.path.join(here, "lookup-rule.yaml"), lookup_rules)

    def tthc_cmd(subset, job_args, out, rules=args.rules):
        target = [args.catalog] if subset == "whole" else subsets[subset]
        return [args.tthc, "check", "--rules", rules, "--as-of", args.as_of, "--fail-on", "never",
                "--format", "json", "--output", out, *job_args, *target]

    items = {}   # (item, subset) -> command builder

    # The suggest item (SPEC §12): one province's file set, drafted for every
    # catalog target, beside `check` on the same files; the target is the time
    # it takes beyond check.
    province = os.path.join(args.catalog, SUGGEST_PROVINCE)
    items[("pcheck", "province")] = lambda o: [args.tthc, "check", "--rules", args.rules, "--as-of", args.as_of,
                                               "--fail-on", "never", "--catalog", province]
    items[("suggest", "province")] = lambda o: [args.tthc, "suggest", "--rules", args.rules, "--as-of", args.as_of,
                                                "--format", "json", "--catalog", province]

    for s in SUBSETS:
        items[("floor1", s)] = lambda o, s=s: [args.floor, "-j", "1", "@" + lists[s]]
        items[("floorN", s)] = lambda o, s=s: [args.floor, "-j", str(jobs), "@" + lists[s]]
        items[("tthc", s)] = lambda o, s=s: tthc_cmd(s, [], o + ".json")
        items[("tthc1", s)] = lambda o, s=s: tthc_cmd(s, ["--jobs", "1"], o + ".json")
        items[("lookup", s)] = lambda o, s=s: tthc_cmd(s, [], o + ".json", rules=lookup_rules)
        items[("pyyaml", s)] = lambda o, s=s: [sys.executable, os.path.join(here, "pyyaml_load.py"), "@" + lists[s]]
    rego_key = ("rego", args.rego_subset)
    items[rego_key] = lambda o: [sys.executable, os.path.join(here, "rego_check.py"), "--rules", args.rules,
                                 "--as-of", args.as_of, "--out", o + ".findings.json", "@" + lists[args.rego_subset]]

    results = {k: [] for k in items}
    load_start = load_average()
    print(f"bench: {len(files)} files, {manifest['procedures']:,} procedures, {size['whole'] / MIB:.1f} MiB; "
          f"{jobs} cores; load average {load_start:.2f}; {args.runs} runs each (Rego: {args.rego_runs} "
          f"on the {args.rego_subset})", flush=True)
    total_runs = max(args.runs, args.rego_runs)
    for r in range(total_runs):
        for k, build in items.items():
            if r >= (args.rego_runs if k[0] == "rego" else args.runs):
                continue
            out = os.path.join(args.work, f"{k[0]}-{k[1]}")
            wall, rss, rc, text = run(build(out), out + ".out", expected=(0, 1) if k[0] == "suggest" else (0,))
            extra = json.loads(text.strip().splitlines()[-1]) if k[0] == "rego" and rc == 0 else {}
            results[k].append({"wall": wall, "rss": rss, "rc": rc, **extra})
            # suggest exits 1 when a target is out of reach: a result, not a failure.
            if rc != 0 and not (k[0] in ("floor1", "floorN") or (k[0] == "suggest" and rc == 1)):
                print(f"bench: {k[0]} on the {k[1]} failed (exit {rc}); see {out}.out.err")
                return 2
        print(f"bench: round {r + 1} of {total_runs} done", flush=True)
    load_end = load_average()

    def best(k):
        return min(x["wall"] for x in results[k])

    def med(k):
        return statistics.median(x["wall"] for x in results[k])

    def rss(k):
        return max(x["rss"] for x in results[k])

    # ------------------------------------------------------------ the table
    labels = {
        "floor1": "(a) floor: libyaml events, 1 thread",
        "floorN": f"(a) floor: libyaml events, {jobs} threads",
        "tthc": f"(b) tthc check (default --jobs {jobs})",
        "tthc1": "(b) tthc check --jobs 1",
        "lookup": "(b) tthc check, plus a rule reading catalog.procedures",
        "pyyaml": "(d) PyYAML CSafeLoader load",
    }
    lines = []

    def row(label, subset, b, m, peak):
        nfiles = len(subsets[subset])
        lines.append(f"| {label} | {subset} | {nfiles} | {size[subset] / MIB:.1f} | {b:.3f} | {m:.3f} | "
                     + (f"{peak / MIB:.0f} | {peak / size[subset]:.2f}× |" if peak else "— | — |"))

    lines.append("| item | catalog | files | MiB | best s | median s | peak RSS MiB | RSS / size |")
    lines.append("|---|---|---:|---:|---:|---:|---:|---:|")
    for it in ("floor1", "floorN", "tthc", "tthc1"):
        row(labels[it], "whole", best((it, "whole")), med((it, "whole")), rss((it, "whole")))
    rr = results[rego_key]
    rs = args.rego_subset
    row("(c) Rego: load (PyYAML + JSON)", rs, min(x["load_s"] for x in rr), statistics.median(x["load_s"] for x in rr), 0)
    row("(c) Rego: evaluation (regopy: input + query)", rs, min(x["eval_s"] for x in rr),
        statistics.median(x["eval_s"] for x in rr), 0)
    row("(c) Rego: whole process", rs, best(rego_key), med(rego_key), rss(rego_key))
    if rs != "whole":
        row(labels["tthc"] + ", same subset", rs, best(("tthc", rs)), med(("tthc", rs)), rss(("tthc", rs)))
    row(labels["pyyaml"], "whole", best(("pyyaml", "whole")), med(("pyyaml", "whole")), rss(("pyyaml", "whole")))

    ratios = []
    t, t1 = med(("tthc", "whole")), med(("tthc1", "whole"))
    fN, f1 = med(("floorN", "whole")), med(("floor1", "whole"))
    rego_total = med(rego_key)
    rego_eval = statistics.median(x["eval_s"] for x in rr)
    ratios.append(("tthc / floor, {} jobs / {} threads".format(jobs, jobs), t / fN))
    ratios.append(("tthc --jobs 1 / floor 1 thread", t1 / f1))
    ratios.append((f"Rego / tthc, whole process ({rs})", rego_total / med(("tthc", rs))))
    ratios.append((f"Rego evaluation alone / tthc ({rs})", rego_eval / med(("tthc", rs))))
    ratios.append(("tthc with a catalog.procedures rule / tthc", med(("lookup", "whole")) / t))
    ratios.append(("PyYAML load / tthc", med(("pyyaml", "whole")) / t))
    province_check, province_suggest = med(("pcheck", "province")), med(("suggest", "province"))
    ratios.append((f"tthc suggest / tthc check, {SUGGEST_PROVINCE} ({province_check:.3f} s → {province_suggest:.3f} s)",
                   province_suggest / province_check))
    ratios.append(("PyYAML load / tthc --jobs 1", med(("pyyaml", "whole")) / t1))

    scaling = ["| item | quarter s | half s | whole s | half/quarter | whole/half |", "|---|---:|---:|---:|---:|---:|"]
    for it in ("floorN", "tthc", "tthc1", "lookup", "pyyaml"):
        q, h, w = med((it, "quarter")), med((it, "half")), med((it, "whole"))
        scaling.append(f"| {labels[it]} | {q:.3f} | {h:.3f} | {w:.3f} | {h / q:.2f} | {w / h:.2f} |")
    scaling.append(f"| catalog bytes | {size['quarter'] / MIB:.1f} MiB | {size['half'] / MIB:.1f} MiB | "
                   f"{size['whole'] / MIB:.1f} MiB | {size['half'] / size['quarter']:.2f} | {size['whole'] / size['half']:.2f} |")

    def verdict(ok):
        return "MET" if ok else "NOT MET"

    rss_t = rss(("tthc", "whole"))
    rss_t1 = rss(("tthc1", "whole"))
    wh = med(("tthc", "whole")) / med(("tthc", "half"))
    wh1 = med(("tthc1", "whole")) / med(("tthc1", "half"))
    whl = med(("lookup", "whole")) / med(("lookup", "half"))
    # The targets of issue 13 (docs/performance.md).
    rego_ratio = rego_total / med(("tthc", rs))
    pyyaml_ratio = med(("pyyaml", "whole")) / t
    targets = [
        f"- tthc wall time ≤ 2.0× the floor's ({jobs} jobs vs {jobs} threads): {t / fN:.2f}× — {verdict(t / fN <= 2.0)}",
        f"- tthc --jobs 1 wall time ≤ 2.0× the 1-thread floor's: {t1 / f1:.2f}× — {verdict(t1 / f1 <= 2.0)}",
        f"- tthc peak RSS ≤ 3× the catalog's size ({size['whole'] / MIB:.1f} MiB): {rss_t / MIB:.0f} MiB = "
        f"{rss_t / size['whole']:.2f}× — {verdict(rss_t <= 3 * size['whole'])} "
        f"(--jobs 1: {rss_t1 / MIB:.0f} MiB = {rss_t1 / size['whole']:.2f}× — {verdict(rss_t1 <= 3 * size['whole'])})",
        f"- tthc whole/half ≤ 2.1: {wh:.2f} — {verdict(wh <= 2.1)} (--jobs 1: {wh1:.2f} — {verdict(wh1 <= 2.1)})",
        f"- a procedure rule reading catalog.procedures stays linear, whole/half ≤ 2.1: {whl:.2f} — {verdict(whl <= 2.1)}",
        f"- Rego (whole process, {rs}) ≥ 100× tthc on the same files: {rego_ratio:.1f}× — {verdict(rego_ratio >= 100)}",
        f"- PyYAML's load ≥ 10× tthc: {pyyaml_ratio:.1f}× — {verdict(pyyaml_ratio >= 10)}",
        f"- tthc suggest on one province ({SUGGEST_PROVINCE}) takes well under a second beyond check (< 0.5 s): "
        f"{province_suggest - province_check:.3f} s — {verdict(province_suggest - province_check < 0.5)}",
    ]

    # ------------------------------------------------------------ the differential check
    failed = False
    diff_lines = []
    with open(os.path.join(args.work, "tthc-whole.json"), encoding="utf-8") as f:
        whole_report = json.load(f)
    bad = [x for x in whole_report["findings"] if x["rule"] not in REGO_RULES and x["rule"] not in EXPECTED_BUILTINS]
    if bad:
        failed = True
        diff_lines.append(f"FAIL: the generated catalog gives {len(bad)} built-in findings it should not:")
        for x in bad[:20]:
            diff_lines.append(f"  {x['file']}:{x.get('line')}:{x.get('column')}: {x['rule']}: {x['message']}")
    with open(os.path.join(args.work, f"tthc-{rs}.json"), encoding="utf-8") as f:
        tthc_sub = json.load(f)
    with open(os.path.join(args.work, f"rego-{rs}.findings.json"), encoding="utf-8") as f:
        rego_sub = json.load(f)
    tk = {key(x) for x in tthc_sub["findings"] if x["rule"] in REGO_RULES}
    rk = {key(x) for x in rego_sub if x["rule"] in REGO_RULES}
    per_rule = ["| rule | tthc (whole) | tthc ({}) | Rego ({}) | agree |".format(rs, rs), "|---|---:|---:|---:|---|"]
    whole_counts = {}
    for x in whole_report["findings"]:
        whole_counts[x["rule"]] = whole_counts.get(x["rule"], 0) + 1
    for rule in sorted(REGO_RULES):
        a = {k for k in tk if k[0] == rule}
        b = {k for k in rk if k[0] == rule}
        per_rule.append(f"| {rule} | {whole_counts.get(rule, 0)} | {len(a)} | {len(b)} | {'yes' if a == b else 'NO'} |")
        if not whole_counts.get(rule):
            diff_lines.append(f"note: rule {rule} gives no finding on the whole catalog")
    for rule in sorted(EXPECTED_BUILTINS):
        per_rule.append(f"| {rule} (built-in, not compared) | {whole_counts.get(rule, 0)} | — | — | — |")
    only_t, only_r = sorted(tk - rk), sorted(rk - tk)
    if only_t or only_r:
        failed = True
        diff_lines.append(f"FAIL: tthc and Rego disagree on the {rs}: {len(only_t)} findings only in tthc, "
                          f"{len(only_r)} only in Rego")
        for k in only_t[:50]:
            diff_lines.append(f"  only tthc: {k[0]} {k[1]}")
        for k in only_r[:50]:
            diff_lines.append(f"  only Rego: {k[0]} {k[1]}")
    else:
        diff_lines.append(f"PASS: tthc and Rego agree on all {len(tk)} findings of the {len(REGO_RULES)} rules "
                          f"on the {rs} ({len(subsets[rs])} files), rule by rule and procedure (or sector) by "
                          f"procedure")
    if not bad:
        diff_lines.append("PASS: on the whole catalog tthc gives no schema, syntax, duplicate or rule-error finding")

    # ------------------------------------------------------------ print
    rego_proc = rr[0].get("procedures")
    print()
    print(f"tthc benchmark — {len(files)} files, {manifest['procedures']:,} procedures, "
          f"{size['whole']:,} bytes ({size['whole'] / MIB:.1f} MiB) of {manifest['provinces']} provinces")
    print(f"machine: {jobs} cores, {cpu_model()}; load average {load_start:.2f} at start, {load_end:.2f} at end")
    print(f"wall: best and median of {args.runs} runs (Rego: {args.rego_runs} run(s) on the {rs}, "
          f"{rego_proc:,} procedures); peak RSS: the largest of the runs")
    print()
    print("\n".join(lines))
    print()
    print("ratios (medians):")
    for name, v in ratios:
        print(f"- {name}: {v:.2f}×")
    print()
    print("scaling (median wall seconds; subsets are every 4th / every 2nd file in path order):")
    print("\n".join(scaling))
    print()
    print("targets:")
    print("\n".join(targets))
    print()
    print("differential check (tthc check --format json vs Rego, findings as (rule, procedure or sector)):")
    print("\n".join(per_rule))
    print("\n".join(x for x in diff_lines if x))

    with open(os.path.join(args.work, "results.json"), "w", encoding="utf-8") as f:
        json.dump({"results": {f"{k[0]}/{k[1]}": v for k, v in results.items()}, "size": size,
                   "load_average": [load_start, load_end], "cpu": cpu_model(), "cores": jobs,
                   "failed": failed}, f, indent=1)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
