import Foundation
import Review

/// What `check PATH...` reads and what it reports. Paths inside the catalog
/// directory only choose which files' findings are reported (a pre-commit hook
/// passes the changed files): the whole catalog is still read, so duplicates
/// across files and the plan's figures are those of the whole catalog. A path
/// outside it is read as a catalog directory (or file) of its own.
struct PathSelection {
    /// The directories and files to read.
    var roots: [String]
    /// Absolute paths (files or directories) inside the catalog directory
    /// whose findings are reported; nil: report every file's findings.
    var reported: [String]?

    init(paths: [String], catalog: String) {
        guard !paths.isEmpty else {
            roots = [catalog]
            reported = nil
            return
        }
        let catalogPath = FileSystemInput.isDirectory(catalog) ? Self.absolute(catalog) : nil
        var roots: [String] = []
        var inside: [String] = []
        for path in paths {
            if let catalogPath, Self.contains(catalogPath, Self.absolute(path)) {
                inside.append(Self.absolute(path))
            } else {
                roots.append(path)
            }
        }
        if !inside.isEmpty { roots.insert(catalog, at: 0) }
        self.roots = roots
        reported = inside.isEmpty ? nil : inside
    }

    /// The report with only the findings that concern a reported file: located
    /// in one, or pointing at one as a related place (the first of two
    /// duplicates). Findings outside the catalog (a catalog rule's, located
    /// in rules/) and those of files read from other paths stay.
    func limit(_ report: CheckReport, catalog: String) -> CheckReport {
        guard let reported else { return report }
        let catalogPath = Self.absolute(catalog)
        var cache: [String: Bool] = [:]
        func shown(_ file: String) -> Bool {
            if let known = cache[file] { return known }
            let path = Self.absolute(file)
            let answer = !Self.contains(catalogPath, path) || reported.contains { Self.contains($0, path) }
            cache[file] = answer
            return answer
        }
        var limited = report
        limited.findings = report.findings.filter { finding in
            shown(finding.location.file)
                || finding.related.contains { Self.contains(catalogPath, Self.absolute($0.file)) && shown($0.file) }
        }
        limited.checkedFiles = report.checkedFiles.filter { shown($0.path) }
        return limited
    }

    /// `path` made absolute, `.` and `..` resolved and symbolic links followed,
    /// so that `./catalog/x.yaml` and `catalog/x.yaml` compare equal.
    static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// Whether `path` is `directory` itself or lies below it.
    static func contains(_ directory: String, _ path: String) -> Bool {
        path == directory || path.hasPrefix(directory.hasSuffix("/") ? directory : directory + "/")
    }
}
