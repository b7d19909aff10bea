import Review
import Vocabulary
import YAMLTree

/// Reads every file of rules/ and merges them (`RuleSetMerge`); any finding
/// there stops the run.
public enum RuleSetLoader {
    /// The merged rule set, or every error found (already sorted), each located.
    public static func load(
        _ files: [SourceFile], limits: Limits = .standard
    ) -> Result<RuleSet, RuleSetErrors> {
        var findings: [Finding] = []
        var merge = RuleSetMerge()
        for file in files {
            let yaml: LoadedYAML
            var text = ""
            do throws(YAMLError) {
                switch file.content {
                case .tooLarge(let size): throw YAMLLoader.tooLarge(size: size, limits: limits)
                case .unreadableName:
                    if let finding = file.nameFinding { findings.append(finding) }
                    continue
                case .bytes(let bytes):
                    yaml = try YAMLLoader.load(bytes, limits: limits)
                    text = String(decoding: bytes, as: UTF8.self)
                }
            } catch {
                findings.append(error.finding(file: file.path))
                continue
            }
            var decoder = RuleSetDecoder(file: file.path, text: text)
            decoder.decode(yaml)
            findings += decoder.findings
            findings += merge.add(decoder.ruleSet, from: file.path)
        }
        findings += merge.finish()
        guard findings.isEmpty else {
            return .failure(RuleSetErrors(findings: Finding.sorted(findings), decoded: merge.merged))
        }
        return .success(merge.merged)
    }
}
