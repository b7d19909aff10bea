import Catalog
import Vocabulary
import YAMLTree

/// Decodes one catalog file (SPEC §3) into a sector and its procedures, with a
/// `schema` finding for everything that does not fit and a `duplicate-key`
/// finding for every repeated key.
public struct CatalogDecoder: Sendable {
    public var traits: [String: TraitDeclaration]
    public var limits: Limits
    /// Names, legal bases and decisions, kept once across the files this
    /// decoder reads.
    let texts = TextInterner()

    public init(traits: [String: TraitDeclaration], limits: Limits = .standard) {
        self.traits = traits
        self.limits = limits
    }

    /// Parses and decodes `bytes` read from `path`: straight from the
    /// parser's events when the file is clean, as nearly all are, else
    /// through its tree, which says what is wrong.
    public func decode(bytes: [UInt8], path: String) -> CatalogFile {
        if let file = EventCatalogDecoder.decode(bytes: bytes, path: path, traits: traits, limits: limits, texts: texts) {
            return file
        }
        return decodeForFix(bytes: bytes, path: path).file
    }

    /// The file as the tree's decoder alone reads it: what `decode(bytes:path:)`
    /// must give whichever way it reads, for the tests and the fuzzer that
    /// compare the two.
    public func decodeThroughTree(bytes: [UInt8], path: String) -> CatalogFile {
        decodeForFix(bytes: bytes, path: path).file
    }

    /// The file and the rewrites into canonical forms `tthc fix` would make
    /// (none when the file is written canonically, as nearly all are). Kept
    /// apart from the `CatalogFile`, so that a review holds no YAML edits.
    func decodeForFix(bytes: [UInt8], path: String) -> (file: CatalogFile, fixes: [ScalarRewriter.Edit]) {
        do {
            return decode(try YAMLLoader.load(bytes, limits: limits), path: path)
        } catch {
            return (
                CatalogFile(
                    path: path, sector: nil, procedures: [], procedureEntries: 0, findings: [error.finding(file: path)]),
                []
            )
        }
    }

    /// One loaded stream; its first document is the file (a rule test's
    /// inline sector is one such document).
    func decode(_ yaml: LoadedYAML, path: String) -> (file: CatalogFile, fixes: [ScalarRewriter.Edit]) {
        var decoder = NodeDecoder(file: path)
        decoder.reportDuplicateKeys(of: yaml)
        func empty() -> (file: CatalogFile, fixes: [ScalarRewriter.Edit]) {
            (CatalogFile(path: path, sector: nil, procedures: [], procedureEntries: 0, findings: decoder.findings), [])
        }
        guard let root = yaml.documents.first else {
            decoder.schema(.emptyCatalogFile, at: Mark(line: 1, column: 1))
            return empty()
        }
        for extra in yaml.documents.dropFirst() {
            decoder.schema(.oneDocumentPerFile, at: extra.mark)
        }
        guard let top = decoder.fields(root, of: .catalogFile, allowed: CatalogKeys.file, required: CatalogKeys.fileRequired)
        else { return empty() }
        // Findings about the sector's own keys already name it.
        decoder.sector = top["sector"].flatMap { NodeDecoder.peek("id", in: $0) }
        let sector = top["sector"].flatMap { decodeSector($0, &decoder) }
        decoder.sector = sector?.id.value
        var procedures: [Procedure] = []
        var entries = 0
        if root.mapping?.contains(where: { $0.key.isScalar("procedures") }) == false {
            decoder.schema(.missingProcedures, at: root.mark, keyPath: "procedures")
        }
        if let list = top["procedures"], let items = decoder.list(list, "procedures") {
            entries = items.count
            procedures.reserveCapacity(items.count)
            for item in items {
                if let procedure = decodeProcedure(item, &decoder) { procedures.append(procedure) }
                decoder.endProcedure()
            }
        }
        let file = CatalogFile(
            path: path, sector: sector, procedures: procedures, procedureEntries: entries, findings: decoder.findings)
        return (file, decoder.fixes)
    }

    // MARK: Sector

    private func decodeSector(_ node: Node, _ d: inout NodeDecoder) -> Sector? {
        guard let f = d.fields(node, of: .key("sector"), allowed: CatalogKeys.sector, required: CatalogKeys.sectorRequired) else { return nil }
        var id = f["id"].flatMap { d.identifier($0, "sector.id") }
        if let value = id?.value, !Self.isIdentifier(value) {
            d.schema(.notIdentifier(field: "sector.id", found: value), at: id!.mark)
            id = nil
        }
        let name = f["name"].flatMap { d.text($0, "sector.name") }
        let agency = f["agency"].flatMap { d.text($0, "sector.agency") }
        var declared: DeclaredTotals?
        if let node = f["declared"], let g = d.fields(node, of: .key("sector.declared"), allowed: CatalogKeys.declared) {
            declared = DeclaredTotals(
                procedures: g["procedures"].flatMap { d.number($0, "declared.procedures") },
                legalDays: g["legal_days"].flatMap { d.number($0, "declared.legal_days") },
                cutDays: g["cut_days"].flatMap { d.number($0, "declared.cut_days") },
                rate: g["rate"].flatMap { d.number($0, "declared.rate") },
                mark: g.mark)
        }
        guard let id, let name else { return nil }
        return Sector(id: id, name: name, agency: agency, declared: declared)
    }

    static func isIdentifier(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D }
    }

    // MARK: Procedure

    private func decodeProcedure(_ node: Node, _ d: inout NodeDecoder) -> Procedure? {
        // Every finding about the procedure, its keys included, names its code.
        d.begin(procedure: node)
        guard let f = d.fields(node, of: .procedure, allowed: CatalogKeys.procedure, required: CatalogKeys.procedureRequired)
        else { return nil }
        let code = f["code"].flatMap { d.identifier($0, "code") }
        d.decoded(code: code?.value)
        let name = f["name"].flatMap { d.internedText($0, "name", in: texts) }
        let level = f["level"].flatMap { d.level($0, "level") }
        var legalBasis: [String] = []
        if let node = f["legal_basis"], let items = d.list(node, "legal_basis") {
            legalBasis = d.sharedList(Self.decoded(items) { d.internedText($0, "legal_basis", in: texts)?.value })
        }
        let deadline = f["deadline"].flatMap { decodeDeadline($0, &d) }
        let decision = f["decision"].flatMap { d.internedText($0, "decision", in: texts) }
        let steps = f["steps"].flatMap { node in d.list(node, "steps").map { Self.decoded($0) { decodeStep($0, &d) } } }
        let traits = f["traits"].map { decodeTraits($0, &d) } ?? Traits()
        let fourOnTheSpot = f["four_on_spot"].flatMap { d.bool($0, "four_on_spot") }
        let waivers = f["waivers"].flatMap { node in d.list(node, "waivers").map { Self.decoded($0) { decodeWaiver($0, &d) } } } ?? []
        let note = f["note"].flatMap { d.text($0, "note") }
        let agency = f["agency"].flatMap { d.text($0, "agency") }
        let dossiers = f["dossiers_per_year"].flatMap { d.count($0, "dossiers_per_year") }
        if let steps { Self.checkStepKinds(steps, deadline: deadline, &d) }
        guard let code, let name, let level, let deadline else { return nil }
        return Procedure(
            code: code, name: name, level: level, legalBasis: legalBasis, legalBasisMark: f["legal_basis"]?.mark,
            deadline: deadline, decision: decision, steps: steps, traits: traits, fourOnTheSpot: fourOnTheSpot,
            waivers: waivers, note: note, agency: agency, dossiersPerYear: dossiers, mark: node.mark)
    }

    /// The items that decode, in an array sized for all of them: `compactMap`
    /// grows its array by doubling, and a national catalog keeps these.
    private static func decoded<T>(_ items: Node.Items, _ decode: (Node) -> T?) -> [T] {
        var result: [T] = []
        result.reserveCapacity(items.count)
        for item in items {
            if let value = decode(item) { result.append(value) }
        }
        return result
    }

    private func decodeDeadline(_ node: Node, _ d: inout NodeDecoder) -> Deadline? {
        guard let f = d.fields(node, of: .key("deadline"), allowed: CatalogKeys.deadline, required: CatalogKeys.deadlineRequired)
        else { return nil }
        guard let legal = f["legal"].flatMap({ d.duration($0, "deadline.legal") }) else {
            // Still read the others so every bad value is reported in one run.
            _ = f["current"].flatMap { d.duration($0, "deadline.current") }
            _ = f["proposed"].flatMap { d.duration($0, "deadline.proposed") }
            return nil
        }
        func sameKind(_ value: Located<Duration>?, _ key: String) -> Located<Duration>? {
            guard let value, value.value.kind != legal.value.kind else { return value }
            d.schema(
                .deadlineKindMismatch(field: "deadline.\(key)", kind: value.value.kind, legal: legal.value.kind),
                at: value.mark)
            return nil
        }
        let current = sameKind(f["current"].flatMap { d.duration($0, "deadline.current") }, "current")
        let proposed = sameKind(f["proposed"].flatMap { d.duration($0, "deadline.proposed") }, "proposed")
        return Deadline(legal: legal, current: current, proposed: proposed)
    }

    /// Steps spend the deadline in its kind of day (SPEC §10): a step in the
    /// other kind, or steps in two kinds, is a finding at the step.
    static func checkStepKinds(_ steps: [Step], deadline: Deadline?, _ d: inout NodeDecoder) {
        guard let first = steps.first else { return }
        let expected = deadline?.legal.value.kind ?? first.days.value.kind
        for (index, step) in steps.enumerated() where step.days.value.kind != expected {
            let field = "steps[\(index)].days"
            let message: SchemaMessage =
                deadline == nil
                ? .stepKindsDiffer(field: field, kind: step.days.value.kind, first: expected)
                : .stepKindMismatch(field: field, kind: step.days.value.kind, deadline: expected)
            d.schema(message, at: step.days.mark)
        }
    }

    private func decodeStep(_ node: Node, _ d: inout NodeDecoder) -> Step? {
        guard let f = d.fields(node, of: .step, allowed: CatalogKeys.step, required: CatalogKeys.stepRequired)
        else { return nil }
        let step = f["step"].flatMap { d.choice($0, "steps.step", Step.Kind.self) }
        let by = f["by"].flatMap { d.choice($0, "steps.by", Step.Actor.self) }
        let days = f["days"].flatMap { d.duration($0, "steps.days") }
        let level = f["level"].flatMap { d.level($0, "steps.level") }
        let channel = f["channel"].flatMap { d.choice($0, "steps.channel", Step.Channel.self) }
        guard let step, let by, let days else { return nil }
        return Step(step: step, by: by, days: days, level: level, channel: channel, mark: node.mark)
    }

    private func decodeWaiver(_ node: Node, _ d: inout NodeDecoder) -> Waiver? {
        guard let f = d.fields(node, of: .waiver, allowed: CatalogKeys.waiver, required: CatalogKeys.waiverRequired)
        else { return nil }
        let rule = f["rule"].flatMap { d.text($0, "waivers.rule") }
        let reason = f["reason"].flatMap { d.text($0, "waivers.reason") }
        let until = f["until"].flatMap { d.date($0, "waivers.until") }
        guard let rule, let reason else { return nil }
        return Waiver(rule: rule, reason: reason, until: until, mark: node.mark)
    }

    private func decodeTraits(_ node: Node, _ d: inout NodeDecoder) -> Traits {
        let entries = d.entries(node, of: .key("traits")) ?? []
        var values = Traits()
        for (key, value) in entries {
            guard let declaration = traits[key.value] else {
                d.schema(
                    .undeclaredTrait(key.value, suggestion: Suggestion.closest(to: key.value, in: traits.keys)),
                    at: key.mark)
                continue
            }
            if let typed = TraitTyping.read(value, as: declaration, &d) { values[key.value] = typed }
        }
        return values
    }
}
