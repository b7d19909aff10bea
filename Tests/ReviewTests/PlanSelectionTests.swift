import Documents
import Reporters
import Catalog
import Review
import Testing
import Vocabulary

@Suite struct PlanSelectionTests {
    let plans = """
        plans:
          - id: old
            effective: { from: 2016-01-01, until: 2020-12-31 }
          - id: current
            name: Đề án 2021-2030
            effective: { from: 2021-01-01, until: 2030-12-31 }
            targets:
              reduction_rate: { 2021-01-01: 0.30, 2026-01-01: 0.40 }
              four_on_spot_share: 0.3
        """

    func load(_ text: String) throws -> RuleSet {
        try RuleSetLoader.load([source("rules/plan.yaml", text)]).get()
    }

    @Test func choosesThePlanInForceOnTheRunDate() throws {
        let ruleSet = try load(plans)
        let plan = try PlanSelection.select(from: ruleSet.plans, id: nil, on: LocalDate("2024-05-01")!).get()
        #expect(plan.id.value == "current")
        let old = try PlanSelection.select(from: ruleSet.plans, id: nil, on: LocalDate("2020-12-31")!).get()
        #expect(old.id.value == "old")
    }

    @Test func explicitPlanWinsOverTheDate() throws {
        let ruleSet = try load(plans)
        let plan = try PlanSelection.select(from: ruleSet.plans, id: "old", on: LocalDate("2024-05-01")!).get()
        #expect(plan.id.value == "old")
    }

    @Test func noPlanInForceListsThePlansAndTheirPeriods() throws {
        let ruleSet = try load(plans)
        let result = PlanSelection.select(from: ruleSet.plans, id: nil, on: LocalDate("2031-01-01")!)
        guard case .failure(let error) = result else {
            Issue.record("expected no plan in force")
            return
        }
        #expect(PlanSelectionText.render(error, in: .en).contains("no plan is in force on 2031-01-01"))
        #expect(PlanSelectionText.render(error, in: .en).contains("old (2016-01-01 to 2020-12-31)"))
        #expect(PlanSelectionText.render(error, in: .en).contains("current (2021-01-01 to 2030-12-31)"))
    }

    @Test func overlappingPlansAreAnError() throws {
        let ruleSet = try load(plans + "\n  - id: extra\n    effective: { from: 2024-01-01 }\n")
        guard case .failure(let error) = PlanSelection.select(from: ruleSet.plans, id: nil, on: LocalDate("2025-01-01")!)
        else {
            Issue.record("expected two plans in force")
            return
        }
        #expect(PlanSelectionText.render(error, in: .en).contains("2 plans are in force on 2025-01-01"))
    }

    @Test func unknownPlanIdIsAnError() throws {
        let ruleSet = try load(plans)
        guard case .failure(let error) = PlanSelection.select(from: ruleSet.plans, id: "nope", on: LocalDate("2025-01-01")!)
        else {
            Issue.record("expected an unknown plan")
            return
        }
        #expect(PlanSelectionText.render(error, in: .en).contains("no plan has the id `nope`"))
    }

    @Test func datedTargetsChangeOnTheirDate() throws {
        let plan = try load(plans).plans[1]
        let rate = try #require(plan.targets["reduction_rate"])
        #expect(rate.value(on: LocalDate("2020-12-31")!) == nil)
        #expect(rate.value(on: LocalDate("2021-01-01")!) == 0.30)
        #expect(rate.value(on: LocalDate("2025-12-31")!) == 0.30)
        #expect(rate.value(on: LocalDate("2026-01-01")!) == 0.40)
        #expect(plan.targets["four_on_spot_share"]?.value(on: LocalDate("2000-01-01")!) == 0.3)
    }
}
