import Foundation
import Testing

/// Messages of built-in checks and of the CLI in Vietnamese and English:
/// `--lang`, else `LC_ALL`/`LANG` (`vi*` → Vietnamese), else English.
@Suite("Languages")
struct LanguageTests {
    @Test("--lang vi: built-in check messages, the summary and rule messages in Vietnamese")
    func vietnameseByOption() throws {
        let result = try TTHC.run(
            ["check", "--catalog", "typo", "--rules", "rules", "--as-of", "2026-11-26", "--lang", "vi"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("khóa `legal_basic` không hợp lệ trong thủ tục; có phải là `legal_basis`?"))
        #expect(result.stdoutLines.last?.hasPrefix("đã kiểm tra 1 tệp, 1 lĩnh vực") == true)
    }

    @Test("LANG=vi_VN.UTF-8 chooses Vietnamese, LC_ALL overrides LANG, --lang overrides both")
    func vietnameseByLocale() throws {
        let args = ["check", "--catalog", "typo", "--rules", "rules", "--as-of", "2026-11-26"]
        let vi = try TTHC.run(args, environment: ["LANG": "vi_VN.UTF-8"])
        #expect(vi.stdout.contains("có phải là `legal_basis`?"))
        let en = try TTHC.run(args, environment: ["LANG": "vi_VN.UTF-8", "LC_ALL": "en_US.UTF-8"])
        #expect(en.stdout.contains("did you mean `legal_basis`?"))
        let forced = try TTHC.run(args + ["--lang", "en"], environment: ["LC_ALL": "vi_VN.UTF-8"])
        #expect(forced.stdout.contains("did you mean `legal_basis`?"))
    }

    @Test("a run that cannot be made says why in Vietnamese and exits 2")
    func vietnameseRunFailure() throws {
        let result = try TTHC.run(["check", "--catalog", "nope", "--rules", "rules"], environment: ["LANG": "vi_VN.UTF-8"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("không tìm thấy thư mục danh mục `nope`"))
    }

    @Test("rule messages given as {vi, en} follow the language")
    func ruleMessagesFollowTheLanguage() throws {
        let root = Paths.packageRoot
        let vi = try TTHC.run(["check", "--as-of", "2026-11-26", "--lang", "vi"], in: root)
        #expect(vi.stdout.contains("thấp hơn chỉ tiêu 40,00% của đề án [plan-reduction-target]"))
        let en = try TTHC.run(["check", "--as-of", "2026-11-26", "--lang", "en"], in: root)
        #expect(en.stdout.contains("below the plan's target of 40.00% [plan-reduction-target]"))
    }
}
