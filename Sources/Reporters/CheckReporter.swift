import Review

/// Renders a check's report in one output format; a pure function of the report.
public protocol CheckReporter {
    func render(_ report: CheckReport) -> String
}
