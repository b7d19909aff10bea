#!/usr/bin/env python3
"""Generate the benchmark's national catalog, deterministically.

34 provinces × about 2,100 procedures in about 1,100 sector files, in the
format of SPEC §3, written under bench/out/national/<province>/<sector>.yaml.
Python 3 standard library only; the same seed gives the same bytes.

The catalog is valid for tthc with the shipped rules/ (no `schema`, `syntax`
or duplicate finding) except for deliberate violations of every default rule,
a few per province, listed in bench/out/manifest.json.

    python3 bench/generate.py [--out bench/out] [--seed 20261126] [--provinces N]
"""

import argparse
import hashlib
import json
import os
import random
import shutil
import sys
import unicodedata

sys.dont_write_bytecode = True   # no __pycache__ beside the sources
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from vocabulary import ACTIONS, NOTES, PROVINCES, QUALIFIERS, SECTORS, WAIVER_REASONS  # noqa: E402

SEED = 20261126
POOL_SIZE = 2330          # national procedures; a province takes ~92% of them
TAKE = 0.925
LIST_ELIGIBLE = 0.99      # an eligible procedure is on the 4-on-the-spot list
CUT_SHARE = 0.07          # procedures with a proposed cut
STEPS_SHARE = 0.25       # procedures that record their internal steps

# legal deadlines in working days and their weights (a national catalog has
# many short commune-level procedures and a long tail of 30-60 day ones)
SHORT = [(0.5, 3), (1, 10), (2, 5), (3, 8), (4, 3), (5, 10)]
LONG = [(7, 10), (10, 16), (12, 5), (15, 14), (20, 12), (25, 3), (30, 10), (45, 4), (60, 3)]
CALENDAR = [(7, 2), (15, 4), (30, 3), (45, 1), (60, 1)]


def weighted(rng, table):
    total = sum(w for _, w in table)
    x = rng.random() * total
    for value, w in table:
        x -= w
        if x < 0:
            return value
    return table[-1][0]


def num(x):
    """A number as the catalog writes it: 10, 0.5, 2.25."""
    if x == int(x):
        return str(int(x))
    return repr(float(x))


def half(x):
    """Round to a multiple of 0.5 (exact in binary, like every value here)."""
    return round(x * 2) / 2


RESERVED = {"true", "false", "yes", "no", "on", "off", "null", "y", "n", "~", ""}


def scalar(s, flow=False):
    """A string as YAML text: plain where that reads back as the same text."""
    bad_start = "-?:,[]{}#&*!|>'\"%@` "
    plain = (
        s and s[0] not in bad_start and s[-1] not in ": " and ": " not in s and " #" not in s
        and "\t" not in s and "\n" not in s and s.lower() not in RESERVED
        and not s.replace(".", "").replace("-", "").isdigit()
        and not (flow and any(c in s for c in ",[]{}"))
    )
    if plain:
        return s
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


class Procedure:
    __slots__ = (
        "code", "name", "level", "legal_basis", "basis_style", "legal", "calendar", "current", "proposed",
        "decision", "interagency", "field", "traits_recorded", "online", "fee", "listed", "write_listed",
        "has_steps", "steps_offset", "steps_off_center", "waivers", "note", "violations", "form_seed",
        "flow",
    )

    def __init__(self):
        self.current = None
        self.proposed = None
        self.decision = None
        self.waivers = []
        self.note = None
        self.violations = []
        self.steps_offset = 0.0
        self.steps_off_center = False
        self.has_steps = False
        self.flow = False

    @property
    def in_force(self):
        if self.proposed is not None:
            return self.proposed
        if self.current is not None:
            return self.current
        return self.legal

    def eligible(self):
        return not self.calendar and not self.interagency and not self.field and self.in_force <= 5


def national_pool(seed):
    """The national procedures: code, name, level, legal basis, legal deadline, facts."""
    rng = random.Random(f"{seed}:pool")
    weights = sum(s[3] for s in SECTORS)
    numbers = rng.sample(range(1, 999999), POOL_SIZE + 200)
    pool = {}
    k = 0
    for slug, _name, _agency, weight, commune, objects, bases in SECTORS:
        size = round(POOL_SIZE * weight / weights)
        names = set()
        items = []
        while len(items) < size:
            name = rng.choice(ACTIONS) + " " + rng.choice(objects) + rng.choice(QUALIFIERS)
            if name in names:
                continue
            names.add(name)
            short = rng.random() < 0.41
            if rng.random() < 0.07 and not short:
                legal, calendar = weighted(rng, CALENDAR), True
            else:
                legal, calendar = weighted(rng, SHORT if short else LONG), False
            if short:
                interagency, field = rng.random() < 0.18, rng.random() < 0.12
            else:
                interagency, field = rng.random() < 0.45, rng.random() < 0.3
            nb = 1 + (rng.random() < 0.12)
            basis = rng.sample(bases, min(nb, len(bases)))
            if rng.random() < 0.85:      # most entries cite a decree by its number only
                basis = [b.split(" ngày ")[0].split(" của ")[0] for b in basis]
            if rng.random() < 0.1:
                basis.append(f"Quyết định số {rng.randint(100, 3999)}/QĐ-{rng.choice(['BTP', 'BYT', 'BXD', 'BTC', 'BNNMT', 'BNV', 'BCT'])}"
                             f" ngày {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(2022, 2025)} công bố thủ tục hành chính")
            items.append({
                "prefix": rng.choice("112"), "number": numbers[k], "name": name,
                "level": "commune" if rng.random() < commune else "province",
                "basis": basis, "legal": legal, "calendar": calendar,
                "interagency": interagency, "field": field,
                "online": rng.choice(["full", "full", "partial", "partial", "none"]),
                "fee": rng.choice([0, 0, 0, 20000, 50000, 100000, 150000, 200000, 500000, 1000000]),
            })
            k += 1
        pool[slug] = items
    return pool


def cut_value(rng, legal, low=0.30, high=0.46):
    """A proposed deadline cutting between low and high of legal (multiples of 0.5)."""
    for _ in range(20):
        p = half(legal * (1 - rng.uniform(low, high)))
        if p > 0 and low <= (legal - p) / legal <= high + 0.05:
            return p
    return half(legal * (1 - low)) if legal * (1 - low) >= 0.5 else 0.5


def make_procedures(rng, prov_code, items, shallow_sector):
    procs = []
    for it in items:
        p = Procedure()
        long_suffix = rng.random() < 0.9
        suffix = f".000.00.00.H{prov_code:02d}" if long_suffix else f".H{prov_code:02d}"
        p.code = f"{it['prefix']}.{it['number']:06d}{suffix}"
        p.name = it["name"]
        p.level = it["level"]
        p.legal_basis = list(it["basis"])
        p.basis_style = rng.random()
        p.legal = it["legal"]
        p.calendar = it["calendar"]
        p.interagency = it["interagency"]
        p.field = it["field"]
        p.online = it["online"]
        p.fee = it["fee"]
        p.form_seed = rng.random()
        p.traits_recorded = p.interagency or p.field or rng.random() < 0.9
        # a proposed cut on the reduction list, on deadlines of 3 days or more
        if p.legal >= 3 and rng.random() < (CUT_SHARE - 0.007) / 0.8:
            if shallow_sector:
                p.proposed = cut_value(rng, p.legal, 0.10, 0.16) if p.legal >= 7 else None
            else:
                p.proposed = cut_value(rng, p.legal)
            if p.proposed is not None:
                if rng.random() < 0.25:
                    p.current = p.legal if rng.random() < 0.4 else max(p.proposed, half((p.legal + p.proposed) / 2))
                if rng.random() < 0.7:
                    p.decision = f"{rng.randint(100, 2999)}/QĐ-UBND"
        elif rng.random() < 0.05 and p.legal >= 2:
            p.current = p.legal if rng.random() < 0.4 else half(p.legal * 0.7)
        if rng.random() < 0.06:
            p.note = rng.choice(NOTES)
        procs.append(p)
    return procs


def list_and_steps(rng, procs):
    for p in procs:
        p.listed = p.eligible() and rng.random() < LIST_ELIGIBLE
        p.write_listed = p.listed or rng.random() < 0.2
        p.has_steps = not p.calendar and p.in_force >= 1 and rng.random() < STEPS_SHARE


# ---------------------------------------------------------------- violations

def pick(rng, procs, used, test):
    candidates = [p for p in procs if id(p) not in used and test(p)]
    if not candidates:
        return None
    p = rng.choice(candidates)
    used.add(id(p))
    return p


def plain_long(p):
    return not p.calendar and not p.listed and p.proposed is None and p.current is None and p.level != "district"


def inject(rng, procs, prov_code, manifest):
    used = set()
    out = manifest.setdefault("injected", {})

    def mark(rule, p):
        if p is None:
            return
        p.violations.append(rule)
        out[rule] = out.get(rule, 0) + 1

    for _ in range(rng.randint(2, 4)):
        p = pick(rng, procs, used, lambda q: not q.violations)
        if p:
            head, rest = p.code.split(".", 1)
            variant = rng.randrange(4)
            if variant == 0:
                p.code = p.code.replace(f".H{prov_code:02d}", f".H{prov_code:03d}")
            elif variant == 1:
                p.code = p.code.replace(".H", ".h")
            elif variant == 2:
                p.code = f"{head}-{rest}"
            else:
                p.code = p.code.replace(".000.00.00.H", ".00.00.H") if ".000." in p.code else p.code + "0"
            mark("code-format", p)
    for _ in range(rng.randint(2, 4)):
        p = pick(rng, procs, used, lambda q: True)
        if p:
            p.legal_basis = [] if rng.random() < 0.6 else None
            mark("legal-basis-required", p)
    for _ in range(rng.randint(2, 4)):
        p = pick(rng, procs, used, lambda q: plain_long(q) and q.legal > 5)
        if p:
            p.proposed = p.legal if rng.random() < 0.5 else p.legal + rng.choice([1, 2, 5])
            mark("cut-not-above-legal", p)
    for _ in range(rng.randint(2, 4)):
        p = pick(rng, procs, used, lambda q: plain_long(q) and q.legal >= 10)
        if p:
            p.current, p.proposed = half(p.legal * 0.5), half(p.legal * 0.6)
            mark("cut-not-above-current", p)
    for _ in range(rng.randint(2, 4)):
        p = pick(rng, procs, used, lambda q: plain_long(q) and q.legal >= 10)
        if p:
            p.proposed = half(p.legal * 0.85)
            mark("cut-min-rate", p)
    for _ in range(rng.randint(2, 4)):
        p = pick(rng, procs, used, lambda q: q.listed and q.proposed is None and q.current is None and 1 <= q.legal < 3)
        if p:
            p.proposed = p.legal / 2
            mark("cut-out-of-scope", p)
    for _ in range(rng.randint(2, 4)):
        p = pick(rng, procs, used, lambda q: plain_long(q) and q.legal >= 20 and (q.interagency or q.field))
        if p:
            p.proposed = half(p.legal * 0.1)
            mark("cut-depth", p)
    for _ in range(rng.randint(2, 4)):
        p = pick(rng, procs, used, lambda q: not q.calendar and q.in_force >= 1 and not q.listed)
        if p:
            p.has_steps = True
            p.steps_offset = rng.choice([0.5, -0.25, 1])
            if p.steps_offset < 0 and p.in_force < 3:
                p.steps_offset = 0.5
            mark("steps-match-deadline", p)
    for _ in range(rng.randint(2, 4)):
        p = pick(rng, procs, used, lambda q: q.level == "province" and not q.violations)
        if p:
            p.level = "district"
            mark("no-district-level", p)
    for rule, attr in (("four-on-spot-no-interagency", "interagency"), ("four-on-spot-no-field-inspection", "field")):
        for _ in range(rng.randint(2, 4)):
            p = pick(rng, procs, used, lambda q: q.listed)
            if p:
                setattr(p, attr, True)
                p.traits_recorded = True
                mark(rule, p)
    for _ in range(rng.randint(2, 4)):
        p = pick(rng, procs, used, lambda q: q.listed and q.in_force >= 1)
        if p:
            p.has_steps = True
            p.steps_off_center = True
            mark("four-on-spot-at-center", p)
    for _ in range(rng.randint(2, 4)):
        p = pick(rng, procs, used, lambda q: q.listed and q.proposed is None and q.current is None)
        if p:
            p.legal = rng.choice([7, 10, 15])
            mark("four-on-spot-max-deadline", p)
    # candidates are left by list_and_steps: eligible, not on the list (~1%)

    # waivers: one covering a violation (no finding), one expired (finding and
    # waiver-expired), one on a candidate the province keeps off the list,
    # and one of a rule that does not fire (waiver-unused)
    p = pick(rng, procs, used, lambda q: q.listed and q.proposed is None and q.current is None)
    if p:
        p.legal = 8
        p.waivers.append(("four-on-spot-max-deadline", rng.choice(["2027-06-30", None])))
        manifest["waived"] = manifest.get("waived", 0) + 1
    p = pick(rng, procs, used, lambda q: plain_long(q) and q.legal >= 10)
    if p:
        p.proposed = half(p.legal * 0.85)
        p.waivers.append(("cut-min-rate", "2025-12-31"))
        mark("cut-min-rate", p)
    p = pick(rng, procs, used, lambda q: not q.listed and q.eligible())
    if p:
        p.waivers.append(("four-on-spot-candidate", None))
        manifest["waived"] = manifest.get("waived", 0) + 1
    for p in procs:
        if not p.listed and p.eligible() and not p.waivers:
            mark("four-on-spot-candidate", p)
    p = pick(rng, procs, used, lambda q: q.proposed is not None and not q.violations)
    if p:
        p.waivers.append(("cut-depth", "2027-12-31"))


# ---------------------------------------------------------------- rendering

def steps_of(rng, p):
    t = p.in_force
    r = 0.5 if t >= 2 else 0.25
    approve = 1 if t >= 10 else (0.5 if t >= 3 else 0.25)
    steps = [["receive", "center", r]]
    extra = []
    if p.interagency and t >= 5 and not p.listed:
        extra.append(["consult", "external", half(t * 0.2) or 0.5])
    if p.field and t >= 5 and not p.listed:
        extra.append(["verify", "agency", half(t * 0.15) or 0.5])
    appraise = t - r - r - approve - sum(e[2] for e in extra)
    if appraise <= 0:
        extra = []
        appraise = t - r - r - approve
    by = "center" if p.listed else "agency"
    steps.append(["appraise", "agency" if p.steps_off_center else by, appraise + p.steps_offset])
    steps.extend(extra)
    steps.append(["approve", by, approve])
    steps.append(["return", "center", r])
    return steps


def duration_text(days, calendar, style):
    if calendar:
        return f'"{num(days)} calendar days"' if style < 0.5 else f'"{num(days)}cd"'
    if days == 1 and style < 0.08:
        return '"same day"'
    if days < 1 or (days < 3 and days * 8 == int(days * 8) and style < 0.15):
        return f'"{num(days * 8)}h"'
    if days == int(days):
        if style < 0.72:
            return num(days)
        if style < 0.86:
            return f'"{num(days)}d"'
        return f'"{num(days)} working days"' if days != 1 else '"1 working day"'
    return num(days)


def step_days_text(days, style):
    if days == 0.5 and style < 0.3:
        return '"4h"'
    if days == 0.25 and style < 0.3:
        return '"2h"'
    return num(days)


def render_procedure(rng, p, out):
    s = p.form_seed
    name = unicodedata.normalize("NFD", p.name) if s < 0.02 else p.name
    code = f'"{p.code}"' if s < 0.9 else (f"'{p.code}'" if s < 0.95 else p.code)
    dl = [("legal", duration_text(p.legal, p.calendar, s))]
    if p.current is not None:
        dl.append(("current", duration_text(p.current, p.calendar, (s * 7) % 1)))
    if p.proposed is not None:
        dl.append(("proposed", duration_text(p.proposed, p.calendar, (s * 13) % 1)))
    traits = []
    if p.traits_recorded:
        full = (s * 3) % 1 < 0.35
        if full or p.field:
            traits.append(("field_inspection", "true" if p.field else "false"))
        if full or p.interagency:
            traits.append(("interagency", "true" if p.interagency else "false"))
        if (s * 5) % 1 < 0.5:
            traits.append(("online", p.online))
        if (s * 11) % 1 < 0.3:
            traits.append(("fee_vnd", str(p.fee)))
    steps = steps_of(rng, p) if p.has_steps and p.in_force >= 1 else None
    assert not steps or all(d > 0 for _, _, d in steps), p.code

    if not steps and not p.waivers and p.note is None and (s * 17) % 1 < 0.12:
        # one flow mapping per procedure, as short test catalogs write them
        parts = [f"code: {code}", f"name: {scalar(name, flow=True)}", f"level: {p.level}"]
        if p.legal_basis is not None:
            parts.append("legal_basis: [" + ", ".join(scalar(b, flow=True) for b in p.legal_basis) + "]")
        parts.append("deadline: { " + ", ".join(f"{k}: {v}" for k, v in dl) + " }")
        if p.decision:
            parts.append(f"decision: {scalar(p.decision, flow=True)}")
        if traits:
            parts.append("traits: { " + ", ".join(f"{k}: {v}" for k, v in traits) + " }")
        if p.write_listed:
            parts.append(f"four_on_spot: {'true' if p.listed else 'false'}")
        out.append("  - { " + ", ".join(parts) + " }\n")
        return

    out.append(f"  - code: {code}\n    name: {scalar(name)}\n    level: {p.level}\n")
    if p.legal_basis is not None:
        if not p.legal_basis:
            out.append("    legal_basis: []\n")
        elif p.basis_style < 0.15 and len(p.legal_basis) == 1:
            out.append(f"    legal_basis: [{scalar(p.legal_basis[0], flow=True)}]\n")
        else:
            out.append("    legal_basis:\n")
            for b in p.legal_basis:
                out.append(f"      - {scalar(b)}\n")
    if (s * 19) % 1 < 0.5:
        out.append("    deadline: { " + ", ".join(f"{k}: {v}" for k, v in dl) + " }\n")
    else:
        out.append("    deadline:\n")
        for k, v in dl:
            out.append(f"      {k}: {v}\n")
    if p.decision:
        out.append(f"    decision: {scalar(p.decision)}\n")
    if steps:
        out.append("    steps:\n")
        for st, by, d in steps:
            out.append(f"      - {{ step: {st}, by: {by}, days: {step_days_text(d, (s * 23) % 1)} }}\n")
    if traits:
        if (s * 29) % 1 < 0.75:
            out.append("    traits: { " + ", ".join(f"{k}: {v}" for k, v in traits) + " }\n")
        else:
            out.append("    traits:\n")
            for k, v in traits:
                out.append(f"      {k}: {v}\n")
    if p.write_listed:
        out.append(f"    four_on_spot: {'true' if p.listed else 'false'}\n")
    if p.waivers:
        out.append("    waivers:\n")
        for rule, until in p.waivers:
            reason = rng.choice(WAIVER_REASONS).format(n=rng.randint(100, 9999))
            out.append(f"      - rule: {rule}\n        reason: {scalar(reason)}\n")
            if until:
                out.append(f"        until: {until}\n")
    if p.note is not None:
        out.append(f"    note: {scalar(p.note)}\n")


def declared_block(rng, procs, wrong):
    cut = [p for p in procs if p.proposed is not None]
    if not cut:
        return None
    legal = sum(p.legal for p in cut)
    days = sum(p.legal - p.proposed for p in cut)
    figures = {"procedures": len(cut), "legal_days": legal, "cut_days": days}
    if legal > 0:
        rate = days / legal
        if abs(rate * 10000 - int(rate * 10000) - 0.5) > 1e-6:   # no half-way rounding
            figures["rate"] = round(rate, 4)
    keys = list(figures)
    if rng.random() < 0.3 and len(keys) > 2:
        keys = rng.sample(keys, rng.randint(2, len(keys)))
        keys.sort(key=list(figures).index)
    if wrong:
        k = rng.choice([k for k in keys if k != "rate"] or keys)
        figures[k] = figures[k] + (1 if k != "rate" else 0.0123)
    return [(k, figures[k]) for k in keys]


def generate(out_dir, seed, n_provinces):
    pool = national_pool(seed)
    root = os.path.join(out_dir, "national")
    if os.path.exists(root):
        shutil.rmtree(root)
    manifest = {"seed": seed, "provinces": 0, "files": 0, "sectors": 0, "procedures": 0, "bytes": 0,
                "with_cut": 0, "four_on_spot": 0, "steps": 0, "waivers": 0, "injected": {}}
    for slug, pname, pcode in PROVINCES[:n_provinces]:
        rng = random.Random(f"{seed}:{slug}")
        os.makedirs(os.path.join(root, slug))
        sectors = list(SECTORS)
        for _ in range(rng.choice([1, 2, 2])):
            small = [s for s in sectors if s[3] <= 3]
            sectors.remove(rng.choice(small))
        shallow = rng.choice(sectors)[0] if rng.random() < 0.5 else None
        data = []
        for sec in sectors:
            items = [it for it in pool[sec[0]] if rng.random() < TAKE]
            procs = make_procedures(rng, pcode, items, sec[0] == shallow)
            data.append((sec, procs))
        everything = [p for _, procs in data for p in procs]
        list_and_steps(rng, everything)
        inject(rng, everything, pcode, manifest)
        if shallow and any(p.proposed is not None for sec, procs in data if sec[0] == shallow for p in procs):
            manifest["injected"]["sector-reduction-target"] = manifest["injected"].get("sector-reduction-target", 0) + 1
        wrong_sector = rng.choice(sectors)[0] if rng.random() < 0.6 else None
        for sec, procs in data:
            sid, sname, agency = sec[0], sec[1], sec[2]
            out = [
                f"# Danh mục TTHC lĩnh vực {sname} — {pname} (H{pcode:02d}).\n",
                "# Benchmark data generated by bench/generate.py: illustrative, not an official list.\n",
                "sector:\n",
                f"  id: {slug}-{sid}\n",
                f"  name: {scalar(sname)}\n",
                f"  agency: {scalar(agency)}\n",
            ]
            declared = declared_block(rng, procs, sid == wrong_sector) if rng.random() < 0.4 or sid == wrong_sector else None
            if declared:
                out.append("  declared:\n")
                for k, v in declared:
                    out.append(f"    {k}: {num(v) if k != 'rate' else repr(v)}\n")
                if sid == wrong_sector:
                    manifest["injected"]["declared-totals-match"] = manifest["injected"].get("declared-totals-match", 0) + 1
            out.append("procedures:\n" if procs else "procedures: []\n")
            for p in procs:
                out.append("\n")
                render_procedure(rng, p, out)
            text = "".join(out)
            path = os.path.join(root, slug, sid + ".yaml")
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            manifest["files"] += 1
            manifest["sectors"] += 1
            manifest["bytes"] += len(text.encode("utf-8"))
            manifest["procedures"] += len(procs)
            manifest["with_cut"] += sum(p.proposed is not None for p in procs)
            manifest["four_on_spot"] += sum(p.listed for p in procs)
            manifest["steps"] += sum(p.has_steps for p in procs)
            manifest["waivers"] += sum(len(p.waivers) for p in procs)
        manifest["provinces"] += 1
    manifest["injected"] = dict(sorted(manifest["injected"].items()))
    return manifest


def generator_digest():
    h = hashlib.sha256()
    here = os.path.dirname(os.path.abspath(__file__))
    for name in ("generate.py", "vocabulary.py"):
        with open(os.path.join(here, name), "rb") as f:
            h.update(f.read())
    return h.hexdigest()[:16]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=os.path.join(here, "out"))
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--provinces", type=int, default=len(PROVINCES))
    args = ap.parse_args()
    manifest = generate(args.out, args.seed, args.provinces)
    manifest["generator"] = generator_digest()
    with open(os.path.join(args.out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=2, ensure_ascii=False)
        f.write("\n")
    m = manifest
    print(f"generated {m['procedures']:,} procedures in {m['files']:,} files of {m['provinces']} provinces, "
          f"{m['bytes'] / 1e6:.1f} MB: {m['with_cut'] / m['procedures']:.1%} with a proposed cut, "
          f"{m['four_on_spot'] / m['procedures']:.1%} on the 4-on-the-spot list, {m['steps'] / m['procedures']:.1%} with steps, "
          f"{m['waivers']} waivers")


if __name__ == "__main__":
    main()
