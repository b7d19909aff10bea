import Foundation
import Testing

/// `tthc schema` (SPEC §9.4): a JSON Schema of a catalog file, with the traits
/// declared in rules/, described in the language of `--lang`. That files
/// validate against it is checked with a real validator by
/// scripts/check-formats; here, what the schema says.
@Suite("tthc schema")
struct SchemaTests {
    func schema(_ arguments: [String] = [], in directory: URL = Paths.packageRoot, sourceLocation: SourceLocation = #_sourceLocation)
        throws -> [String: Any]
    {
        let result = try TTHC.run(["schema"] + arguments, in: directory, sourceLocation: sourceLocation)
        #expect(result.status == 0, "\(result)", sourceLocation: sourceLocation)
        #expect(result.stderr.isEmpty, "\(result)", sourceLocation: sourceLocation)
        return try #require(
            try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any], "\(result)",
            sourceLocation: sourceLocation)
    }

    /// The object at `path` of `json`, by keys, through the non-null branch
    /// of an optional key's schema (`anyOf: [schema, {type: null}]`).
    func object(_ json: [String: Any], _ path: String..., sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
        var current = json
        for key in path {
            current = try #require(
                current[key] as? [String: Any] ?? nonNull(current)?[key] as? [String: Any], "no object at \(path)",
                sourceLocation: sourceLocation)
        }
        return current
    }

    func nonNull(_ property: [String: Any]) -> [String: Any]? {
        (property["anyOf"] as? [[String: Any]])?.first { $0["type"] as? String != "null" }
    }

    /// The mapping schema of a property: itself, or that of an optional key.
    func mapping(_ property: [String: Any]) -> [String: Any] { nonNull(property) ?? property }

    /// Every mapping schema in `json`, with where it is.
    func mappings(_ json: Any, at path: String = "") -> [(path: String, schema: [String: Any])] {
        var found: [(String, [String: Any])] = []
        if let object = json as? [String: Any] {
            if object["properties"] != nil { found.append((path, object)) }
            for (key, value) in object { found += mappings(value, at: path + "/" + key) }
        } else if let array = json as? [Any] {
            for (index, value) in array.enumerated() { found += mappings(value, at: path + "/\(index)") }
        }
        return found
    }

    @Test("schema prints a draft 2020-12 JSON Schema whose mappings refuse unknown keys and require the keys of SPEC §3")
    func structure() throws {
        let json = try schema()
        #expect(json["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        #expect(json["type"] as? String == "object")
        #expect(json["required"] as? [String] == ["sector", "procedures"])
        let sector = try object(json, "properties", "sector")
        #expect(sector["required"] as? [String] == ["id", "name"])
        let procedure = try object(json, "properties", "procedures", "items")
        #expect(procedure["required"] as? [String] == ["code", "name", "level", "deadline"])
        let keys = Set(try object(procedure, "properties").keys)
        let spec: Set = [
            "code", "name", "level", "legal_basis", "deadline", "decision", "steps", "traits", "four_on_spot", "waivers", "note",
        ]
        #expect(spec.isSubset(of: keys), "\(keys)")
        let deadline = mapping(try object(procedure, "properties", "deadline"))
        #expect(deadline["required"] as? [String] == ["legal"])
        let stepItem = try object(procedure, "properties", "steps", "items")
        #expect(stepItem["required"] as? [String] == ["step", "by", "days"])
        let stepKinds = try object(stepItem, "properties", "step")["enum"] as? [String]
        #expect(stepKinds == ["receive", "appraise", "approve", "return", "verify", "consult", "other"])
        #expect(try object(stepItem, "properties", "by")["enum"] as? [String] == ["center", "agency", "external"])

        let all = mappings(json)
        #expect(all.count >= 8, "sector, declared, procedure, deadline, step, traits, waiver and the file")
        for (path, schema) in all {
            #expect(schema["additionalProperties"] as? Bool == false, "\(path) allows unknown keys")
            for (key, property) in try #require(schema["properties"] as? [String: Any]) {
                let description = (property as? [String: Any])?["description"] as? String
                #expect(description?.isEmpty == false, "\(path)/\(key) has no description")
            }
        }
    }

    @Test("schema lists the traits declared in the shipped rules/ with their types and enum values, and no other")
    func shippedTraits() throws {
        let json = try schema()
        let procedure = try object(json, "properties", "procedures", "items")
        let traits = mapping(try object(procedure, "properties", "traits"))
        let declared = try object(traits, "properties")
        #expect(Set(declared.keys) == ["field_inspection", "interagency", "online", "fee_vnd"])
        #expect(try object(declared, "field_inspection")["$ref"] as? String == "#/$defs/bool")
        #expect(try object(declared, "interagency")["$ref"] as? String == "#/$defs/bool")
        #expect(try object(declared, "online")["enum"] as? [String] == ["full", "partial", "none"])
        #expect(try object(declared, "fee_vnd")["$ref"] as? String == "#/$defs/number")
        #expect(
            try object(declared, "field_inspection")["description"] as? String
                == "A trait of type `bool` declared in rules/: requires an on-site inspection")
        // true and false as YAML types them, and as text.
        let booleans = try #require(try object(json, "$defs", "bool")["enum"] as? [Any])
        #expect(booleans.count == 4 && booleans.compactMap { $0 as? String } == ["true", "false"], "\(booleans)")
        #expect(booleans.prefix(2).compactMap { $0 as? Bool } == [true, false], "\(booleans)")
    }

    @Test("schema --rules DIR reads the traits of that directory")
    func rulesOption() throws {
        let dir = try TemporaryDirectory("tthc-schema")
        try FileManager.default.copyItem(at: Paths.packageRoot.appendingPathComponent("rules"), to: dir.path("rules"))
        try dir.write(
            "other/traits.yaml",
            """
            traits:
              channel: { type: enum, values: [post, counter], default: counter }
              remark: { type: string }
            """)
        try FileManager.default.copyItem(
            at: Paths.packageRoot.appendingPathComponent("rules/plan.yaml"), to: dir.path("other/plan.yaml"))
        let json = try schema(["--rules", "other"], in: dir.url)
        let procedure = try object(json, "properties", "procedures", "items")
        let declared = try object(mapping(try object(procedure, "properties", "traits")), "properties")
        #expect(Set(declared.keys) == ["channel", "remark"])
        #expect(try object(declared, "channel")["enum"] as? [String] == ["post", "counter"])
        #expect(try object(declared, "remark")["$ref"] as? String == "#/$defs/text")

        let missing = try TTHC.run(["schema", "--rules", "nowhere"], in: dir.url)
        #expect(missing.status == 2, "\(missing)")
        #expect(missing.stdout.isEmpty, "\(missing)")
    }

    @Test("schema --lang vi: the descriptions in Vietnamese, the rest the same bytes as in English, every run")
    func vietnamese() throws {
        let vi = try schema(["--lang", "vi"])
        let en = try schema(["--lang", "en"])
        #expect(vi["description"] as? String == "Một tệp danh mục của tthc: một lĩnh vực và các thủ tục hành chính của lĩnh vực đó.")
        #expect(en["description"] as? String == "A catalog file of tthc: one sector and its administrative procedures.")
        let procedure = try object(vi, "properties", "procedures", "items")
        #expect(try object(procedure, "properties", "code")["description"] as? String == "Mã thủ tục, không trùng trong danh mục.")
        #expect(try object(vi, "$defs", "date")["description"] as? String == "Ngày: YYYY-MM-DD hoặc DD/MM/YYYY.")

        func withoutDescriptions(_ json: Any) -> Any {
            if let object = json as? [String: Any] {
                return object.filter { $0.key != "description" }.mapValues(withoutDescriptions)
            }
            if let array = json as? [Any] { return array.map(withoutDescriptions) }
            return json
        }
        func bytes(_ json: Any) throws -> Data {
            try JSONSerialization.data(withJSONObject: withoutDescriptions(json), options: [.sortedKeys])
        }
        #expect(try bytes(vi) == bytes(en))

        let first = try TTHC.run(["schema", "--lang", "vi"], in: Paths.packageRoot)
        let second = try TTHC.run(["schema", "--lang", "vi"], in: Paths.packageRoot)
        #expect(first.stdoutBytes == second.stdoutBytes)
    }

    /// Whether `pattern` (as the schema gives it) finds a match in `text`, as
    /// a JSON Schema validator does (patterns are not implicitly anchored).
    func matches(_ pattern: String, _ text: String) throws -> Bool {
        let regex = try NSRegularExpression(pattern: pattern)
        return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    @Test("the duration, level, date and number patterns accept the forms tthc reads and refuse the ones it does not")
    func patterns() throws {
        let json = try schema()
        let definitions = try object(json, "$defs")
        let duration = try #require(try object(definitions, "duration")["pattern"] as? String)
        for form in [
            "10", "0.5", "03", "4h", "3d", "3 working days", "1 working day", "same day", "15 calendar days", "15cd",
            "10 ngày làm việc", "10 ngày lv", "4 giờ", "4 giờ làm việc", "trong ngày", "trong ngày làm việc", "15 ngày",
            "15 ngày lịch", "0,5", "1,5 ngày làm việc", "Không quá 05 ngày làm việc", "10 Ngày Làm Việc.",
            "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ", " 2 h ", "0.5h",
        ] {
            #expect(try matches(duration, form), "\(form) is a duration")
        }
        for form in [
            "0", "0h", "-3", "0,0", "ten days", "3 weeks", "1e3", "", "5.", "1.000,5", "3-4 ngày",
            "Trực tiếp: 10 Ngày làm việc; Trực tuyến: 8 Ngày làm việc",
        ] {
            #expect(try !matches(duration, form), "\(form) is not a duration")
        }

        let procedure = try object(json, "properties", "procedures", "items")
        let level = try #require((try object(procedure, "properties", "level")["anyOf"] as? [[String: Any]]))
        #expect(level.first?["enum"] as? [String] == ["province", "district", "commune"])
        let vietnameseLevel = try #require(level.last?["pattern"] as? String)
        for form in ["tỉnh", "cấp tỉnh", "Cấp Tỉnh", "huyện", "cấp huyện", "xã", "CẤP XÃ", "cấp  xã"] {
            #expect(try matches(vietnameseLevel, form), "\(form) is a level")
        }
        for form in ["tinh", "Province", "provincial", "cấp", "tỉnh huyện"] {
            #expect(try !matches(vietnameseLevel, form), "\(form) is not a level")
        }

        let date = try #require(try object(definitions, "date")["pattern"] as? String)
        for form in ["2026-12-31", "31/12/2026", "1/2/2026", " 2026-01-01 "] { #expect(try matches(date, form), "\(form)") }
        for form in ["2025-13-01", "26-12-31", "12/31/2026", "31.12.2026", "2026-1-1"] { #expect(try !matches(date, form), "\(form)") }

        let number = try #require(try object(definitions, "number")["pattern"] as? String)
        for form in ["10", "0.5", "-3", ".5"] { #expect(try matches(number, form), "\(form)") }
        for form in ["mười", "37%", "1_000", "5.", "1,5", "100 nghìn"] { #expect(try !matches(number, form), "\(form)") }
    }
}
