import Documents
import Foundation
import Review

/// The rules/ directory tthc ships, loaded once: its traits type the catalog
/// fuzzer's input, and its targets and traits make the expression fuzzer's scope.
public enum ShippedRules {
    /// The repository: `TTHC_ROOT` if set, else found from this file's place
    /// in fuzz/Sources/FuzzSupport/.
    public static let root: URL = {
        if let root = ProcessInfo.processInfo.environment["TTHC_ROOT"] { return URL(fileURLWithPath: root) }
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url
    }()

    public static let ruleSet: RuleSet = {
        let directory = root.appendingPathComponent("rules")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
            .filter { $0.hasSuffix(".yaml") }.sorted()
        let files = names.compactMap { name -> SourceFile? in
            guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path) else {
                return nil
            }
            return SourceFile(path: "rules/" + name, content: .bytes(Array(data)))
        }
        switch RuleSetLoader.load(files) {
        case .success(let ruleSet) where !files.isEmpty:
            return ruleSet
        case .success:
            fatalError("no rules found under \(directory.path); set TTHC_ROOT to the repository")
        case .failure(let errors):
            fatalError("the shipped rules do not load: \(errors.findings)")
        }
    }()

    /// The names a procedure rule may use, typed by the shipped traits and targets.
    public static let schema = RuleSchema(
        traits: ruleSet.traits, targets: Dictionary(uniqueKeysWithValues: RuleContext.standardTargets.map { ($0, .number) }))
}
