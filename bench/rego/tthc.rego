# The default rule pack of tthc (rules/*.yaml), written in Rego for the
# benchmark's comparison with a policy engine (bench/rego_check.py runs it with
# regopy, the Python binding of rego-cpp).
#
# input (built by bench/rego_check.py from the catalog files and rules/plan.yaml):
#   as_of:   "YYYY-MM-DD", the run's date
#   targets: the plan's targets in force on as_of (dated values resolved)
#   sectors: [{sector: {...}, procedures: [...]}], one per catalog file, as the
#            YAML reads, with every duration converted to a number of days
#            (hours / 8, "same day" = 1, calendar days at face value) and dates
#            as "YYYY-MM-DD" strings; absent keys stay absent.
#
# data.tthc.findings is the set of {rule, procedure} / {rule, sector} / {rule}.
# All 18 rules of the default pack are here. Procedure rules honour waivers in
# force (until >= as_of, or no until), as tthc does.
package tthc

import rego.v1

# Written for rego-cpp's evaluator: each rule walks input.sectors[_].procedures[_]
# itself and inlines its helpers. A set of procedure objects, or a function
# taking a procedure as argument, makes rego-cpp quadratic in the catalog's
# size (2,054 procedures took 188 s that way; see docs/performance.md).

all_procedures := [p | some s in input.sectors; some p in s.procedures]

# waivers in force, as [rule, code] pairs
waived contains [w.rule, p.code] if {
	some s in input.sectors
	some p in s.procedures
	some w in p.waivers
	not w.until < input.as_of
}

# ------------------------------------------------ rules/procedures.yaml

findings contains {"rule": "code-format", "procedure": p.code} if {
	some s in input.sectors
	some p in s.procedures
	not regex.match(`^[0-9][.][0-9]{6}([.]000[.]00[.]00[.]H[0-9]{2}|[.]H[0-9]{2})?$`, p.code)
	not ["code-format", p.code] in waived
}

findings contains {"rule": "legal-basis-required", "procedure": p.code} if {
	some s in input.sectors
	some p in s.procedures
	count(object.get(p, "legal_basis", [])) < 1
	not ["legal-basis-required", p.code] in waived
}

findings contains {"rule": "no-district-level", "procedure": p.code} if {
	input.as_of >= "2025-07-01"
	some s in input.sectors
	some p in s.procedures
	p.level == "district"
	not ["no-district-level", p.code] in waived
}

# ------------------------------------------------ rules/deadlines.yaml

findings contains {"rule": "cut-not-above-legal", "procedure": p.code} if {
	some s in input.sectors
	some p in s.procedures
	p.deadline.proposed >= p.deadline.legal
	not ["cut-not-above-legal", p.code] in waived
}

findings contains {"rule": "cut-not-above-current", "procedure": p.code} if {
	some s in input.sectors
	some p in s.procedures
	p.deadline.proposed > p.deadline.current
	not ["cut-not-above-current", p.code] in waived
}

findings contains {"rule": "cut-min-rate", "procedure": p.code} if {
	some s in input.sectors
	some p in s.procedures
	p.deadline.proposed < p.deadline.legal
	p.deadline.legal >= input.targets.cut_scope_min_days
	rate := (p.deadline.legal - p.deadline.proposed) / p.deadline.legal
	rate < input.targets.procedure_cut_rate
	not ["cut-min-rate", p.code] in waived
}

findings contains {"rule": "cut-out-of-scope", "procedure": p.code} if {
	some s in input.sectors
	some p in s.procedures
	p.deadline.proposed
	p.deadline.legal < input.targets.cut_scope_min_days
	not ["cut-out-of-scope", p.code] in waived
}

findings contains {"rule": "cut-depth", "procedure": p.code} if {
	some s in input.sectors
	some p in s.procedures
	p.deadline.proposed
	rate := (p.deadline.legal - p.deadline.proposed) / p.deadline.legal
	rate > 0.8
	not ["cut-depth", p.code] in waived
}

findings contains {"rule": "steps-match-deadline", "procedure": p.code} if {
	some s in input.sectors
	some p in s.procedures
	steps := p.steps
	abs(sum([st.days | some st in steps]) - object.get(p.deadline, "proposed", object.get(p.deadline, "current", p.deadline.legal))) >= 0.001
	not ["steps-match-deadline", p.code] in waived
}

findings contains {"rule": "declared-totals-match", "sector": s.sector.id} if {
	some s in input.sectors
	d := s.sector.declared
	cut := [p | some p in s.procedures; p.deadline.proposed]
	legal := sum([p.deadline.legal | some p in cut])
	days := sum([(p.deadline.legal - p.deadline.proposed) | some p in cut])
	not declared_ok(d, count(cut), legal, days)
}

declared_ok(d, n, legal, days) if {
	figure_ok(d, "procedures", n)
	figure_ok(d, "legal_days", legal)
	figure_ok(d, "cut_days", days)
	rate_ok(d, legal, days)
}

figure_ok(d, key, _) if not key in object.keys(d)

figure_ok(d, key, value) if d[key] == value

rate_ok(d, _, _) if not "rate" in object.keys(d)

rate_ok(d, legal, days) if {
	legal > 0
	round(d.rate * 10000) == round((days / legal) * 10000)
}

# ------------------------------------------------ rules/four-on-the-spot.yaml

findings contains {"rule": "four-on-spot-no-interagency", "procedure": p.code} if {
	some s in input.sectors
	some p in s.procedures
	p.four_on_spot == true
	object.get(object.get(p, "traits", {}), "interagency", false) == true
	not ["four-on-spot-no-interagency", p.code] in waived
}

findings contains {"rule": "four-on-spot-no-field-inspection", "procedure": p.code} if {
	some s in input.sectors
	some p in s.procedures
	p.four_on_spot == true
	object.get(object.get(p, "traits", {}), "field_inspection", false) == true
	not ["four-on-spot-no-field-inspection", p.code] in waived
}

four_steps := {"receive", "appraise", "approve", "return"}

findings contains {"rule": "four-on-spot-at-center", "procedure": p.code} if {
	some s in input.sectors
	some p in s.procedures
	p.four_on_spot == true
	some st in p.steps
	st.step in four_steps
	st.by != "center"
	not ["four-on-spot-at-center", p.code] in waived
}

findings contains {"rule": "four-on-spot-max-deadline", "procedure": p.code} if {
	some s in input.sectors
	some p in s.procedures
	p.four_on_spot == true
	object.get(p.deadline, "proposed", object.get(p.deadline, "current", p.deadline.legal)) > 5
	not ["four-on-spot-max-deadline", p.code] in waived
}

findings contains {"rule": "four-on-spot-candidate", "procedure": p.code} if {
	some s in input.sectors
	some p in s.procedures
	object.get(p, "four_on_spot", false) == false
	object.get(object.get(p, "traits", {}), "interagency", false) == false
	object.get(object.get(p, "traits", {}), "field_inspection", false) == false
	object.get(p.deadline, "proposed", object.get(p.deadline, "current", p.deadline.legal)) <= 5
	not ["four-on-spot-candidate", p.code] in waived
}

# ------------------------------------------------ rules/targets.yaml

findings contains {"rule": "sector-reduction-target", "sector": s.sector.id} if {
	some s in input.sectors
	cut := [p | some p in s.procedures; p.deadline.proposed]
	count(cut) > 0
	target := input.targets.sector_reduction_rate
	legal := sum([p.deadline.legal | some p in cut])
	days := sum([(p.deadline.legal - p.deadline.proposed) | some p in cut])
	days / legal < target
}

findings contains {"rule": "plan-reduction-target"} if {
	cut := [p | some p in all_procedures; p.deadline.proposed]
	count(cut) > 0
	target := input.targets.reduction_rate
	legal := sum([p.deadline.legal | some p in cut])
	days := sum([(p.deadline.legal - p.deadline.proposed) | some p in cut])
	days / legal < target
}

findings contains {"rule": "plan-four-on-spot-share"} if {
	count(all_procedures) > 0
	target := input.targets.four_on_spot_share
	on_list := count([p | some p in all_procedures; p.four_on_spot == true])
	on_list / count(all_procedures) < target
}
