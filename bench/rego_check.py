#!/usr/bin/env python3
"""Run the default rules written in Rego (bench/rego/*.rego) over catalog files.

The way a script author would do it: PyYAML's CSafeLoader (libyaml) loads each
file, the catalog becomes one JSON input document (durations converted to
days as SPEC §3 says, dates as text), and regopy (rego-cpp, OPA-compatible)
evaluates data.tthc.findings. Load and evaluation are timed apart.

    rego_check.py [--rules DIR] [--as-of DATE] [--out FILE] FILE... | @LIST

Prints one JSON line: {"files", "procedures", "findings", "load_s",
"ingest_s", "query_s", "eval_s"}; writes the findings to --out.
"""

import argparse
import datetime
import glob
import json
import os
import sys
import time

import yaml


def duration_days(value):
    """SPEC §3: a number is working days; "4h" hours (8 a day); "3d", "3 working
    days"; "same day" is one day; "15 calendar days" / "15cd" at face value."""
    if isinstance(value, bool):
        raise ValueError(f"not a duration: {value!r}")
    if isinstance(value, (int, float)):
        return float(value)
    words = " ".join(str(value).lower().split())
    if words == "same day":
        return 1.0
    end = 0
    while end < len(words) and (words[end].isdigit() or words[end] in ".-+"):
        end += 1
    amount = float(words[:end])
    unit = words[end:].strip()
    if unit in ("", "d", "working day", "working days", "cd", "calendar day", "calendar days"):
        return amount
    if unit in ("h", "hour", "hours"):
        return amount / 8
    raise ValueError(f"not a duration: {value!r}")


def plain(value):
    """YAML values as JSON: dates as text, None left out of mappings."""
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return value


def load_file(path):
    with open(path, "rb") as f:
        doc = yaml.load(f, Loader=yaml.CSafeLoader)
    doc = plain(doc)
    for p in doc.get("procedures") or []:
        deadline = p.get("deadline", {})
        for key in ("legal", "current", "proposed"):
            if key in deadline:
                deadline[key] = duration_days(deadline[key])
        for step in p.get("steps") or []:
            if "days" in step:
                step["days"] = duration_days(step["days"])
    return doc


def plan_targets(rules_dir, as_of):
    """The targets of the plan in force on as_of, dated values resolved."""
    plans = []
    for path in sorted(glob.glob(os.path.join(rules_dir, "**", "*.y*ml"), recursive=True)):
        if os.path.relpath(path, rules_dir).split(os.sep)[0] == "tests":
            continue
        with open(path, "rb") as f:
            doc = yaml.load(f, Loader=yaml.CSafeLoader) or {}
        plans.extend(doc.get("plans") or [])
    day = datetime.date.fromisoformat(as_of)
    in_force = [p for p in plans
                if p["effective"]["from"] <= day and ("until" not in p["effective"] or day <= p["effective"]["until"])]
    if len(in_force) != 1:
        sys.exit(f"rego_check: {len(in_force)} plans in force on {as_of}")
    targets = {}
    for name, value in in_force[0].get("targets", {}).items():
        if isinstance(value, dict):
            dated = sorted((d, v) for d, v in value.items() if d <= day)
            if not dated:
                continue
            value = dated[-1][1]
        targets[name] = value
    return targets


def main():
    from regopy import Interpreter   # installed by bench/run when absent

    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--rules", default=os.path.join(here, "..", "rules"))
    ap.add_argument("--policy", default=os.path.join(here, "rego"))
    ap.add_argument("--as-of", default="2026-11-26")
    ap.add_argument("--out")
    ap.add_argument("files", nargs="+")
    args = ap.parse_args()
    files = []
    for a in args.files:
        if a.startswith("@"):
            with open(a[1:], encoding="utf-8") as f:
                files.extend(line.strip() for line in f if line.strip())
        else:
            files.append(a)

    t0 = time.perf_counter()
    sectors = [load_file(path) for path in files]
    document = {"as_of": args.as_of, "targets": plan_targets(args.rules, args.as_of), "sectors": sectors}
    text = json.dumps(document, ensure_ascii=False)
    t1 = time.perf_counter()

    rego = Interpreter()
    for path in sorted(glob.glob(os.path.join(args.policy, "*.rego"))):
        with open(path, encoding="utf-8") as f:
            rego.add_module(os.path.basename(path), f.read())
    rego.set_input_term(text)
    t2 = time.perf_counter()
    output = rego.query("x = data.tthc.findings")
    t3 = time.perf_counter()
    if not output.ok():
        sys.exit(f"rego_check: the query failed: {output}")
    findings = json.loads(output.binding("x").json())

    if args.out:
        with open(args.out, "w", encoding="utf-8") as f:
            json.dump(findings, f, ensure_ascii=False, indent=0)
    print(json.dumps({
        "files": len(files), "procedures": sum(len(s.get("procedures") or []) for s in sectors),
        "findings": len(findings), "load_s": t1 - t0, "ingest_s": t2 - t1, "query_s": t3 - t2, "eval_s": t3 - t1,
    }))


if __name__ == "__main__":
    main()
