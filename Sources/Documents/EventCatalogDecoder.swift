import Catalog
import Vocabulary
import YAMLTree

/// Decodes a catalog file straight from libyaml's events, without building
/// its tree: keys matched on bytes, each value read in place by the same
/// scalar rules as the tree's decoder (`NodeDecoder`, through `ScalarSource`).
///
/// It reads the files the review meets nearly always: one document, the
/// catalog's own keys, no anchor, alias, tag or merge key, no key twice, and
/// nothing to report. At the first thing outside that it gives up (nil), and
/// the tree's decoder reads the file again, so every finding, message and
/// location stays what it is; it never reports anything itself. Fixes are not
/// collected: `tthc fix` reads through the tree.
struct EventCatalogDecoder: ~Copyable {
    /// Giving up: the tree's decoder takes the file.
    struct GiveUp: Error {}

    private var events: YAMLEvents
    private var d: NodeDecoder
    private let declarations: [String: TraitDeclaration]
    private let limits: Limits
    private var nodes = 0
    private var textBytes = 0
    private var depth = 0
    /// Kept between procedures, so that each list is built once at its size.
    private var scratchSteps: [Step] = []
    private var scratchBasis: [String] = []
    /// Every procedure's traits, one after another: the file's procedures
    /// share the list, each its part (`Traits(sharing:)`), given them when
    /// the file is read.
    private var traitPool = TraitList()
    private var traitParts: [(row: Int, range: Range<Int>)] = []
    /// The declared traits, to find a key by its bytes.
    private let declarationList: [TraitDeclaration]
    private let texts: TextInterner

    /// The file `bytes` holds, or nil when the tree's decoder must read it.
    /// `texts` keeps the procedures' names, legal bases and decisions once
    /// across files.
    static func decode(
        bytes: [UInt8], path: String, traits: [String: TraitDeclaration], limits: Limits,
        texts: TextInterner = TextInterner()
    ) -> CatalogFile? {
        YAMLEvents.read(bytes, limits: limits) { events -> CatalogFile? in
            var decoder = EventCatalogDecoder(events: events, file: path, traits: traits, limits: limits, texts: texts)
            do throws(GiveUp) {
                return try decoder.file(path: path)
            } catch {
                return nil
            }
        }
    }

    private init(
        events: consuming YAMLEvents, file: String, traits: [String: TraitDeclaration], limits: Limits,
        texts: TextInterner
    ) {
        self.events = events
        self.texts = texts
        self.d = NodeDecoder(file: file)
        self.declarations = traits
        declarationList = traits.keys.sorted().compactMap { traits[$0] }
        self.limits = limits
    }

    // MARK: Events

    /// The next event, counted against the limits the tree keeps; an alias,
    /// an anchor, a tag or a syntax error gives up.
    private mutating func next() throws(GiveUp) -> ParserEvent {
        guard let event = events.next() else { throw GiveUp() }
        switch event {
        case .alias: throw GiveUp()
        case .scalar(let bytes, _, let anchor, let tag, _, _):
            guard anchor == nil, tag == nil else { throw GiveUp() }
            nodes += 1
            textBytes += bytes.count
        case .sequenceStart(let anchor, let tag, _, _, _), .mappingStart(let anchor, let tag, _, _, _):
            guard anchor == nil, tag == nil else { throw GiveUp() }
            nodes += 1
            depth += 1
            guard depth <= limits.maxDepth else { throw GiveUp() }
        case .sequenceEnd, .mappingEnd:
            depth -= 1
        case .streamStart, .streamEnd, .documentStart, .documentEnd:
            break
        }
        guard nodes <= limits.maxExpandedNodes, textBytes <= limits.maxExpandedBytes else { throw GiveUp() }
        return event
    }

    /// The mapping's next key, nil at its end. A key not among `allowed`,
    /// given twice (`seen`, a bit a key), or not a scalar gives up.
    private mutating func key<Key>(in allowed: KeyBytes<Key>, seen: inout UInt64) throws(GiveUp) -> Key? {
        switch try next() {
        case .mappingEnd:
            return nil
        case .scalar(let bytes, _, _, _, _, _):
            guard let (slot, key) = allowed.key(bytes) else { throw GiveUp() }
            let bit: UInt64 = 1 << UInt64(slot)
            guard seen & bit == 0 else { throw GiveUp() }
            seen |= bit
            return key
        default:
            throw GiveUp()
        }
    }

    /// A value that must be a scalar, read by `read` while its bytes are
    /// valid; nil for an empty value (the key is as good as absent).
    private mutating func scalar<T>(_ read: (inout NodeDecoder, EventScalar) -> T?) throws(GiveUp) -> T? {
        guard case .scalar(let bytes, let style, _, _, let mark, _) = try next() else { throw GiveUp() }
        let value = EventScalar(bytes: bytes, style: style, mark: mark)
        if value.isNull { return nil }
        return read(&d, value)
    }

    /// The start of a collection value: its mark, or nil for an empty value.
    private mutating func start(mapping: Bool) throws(GiveUp) -> Mark? {
        switch try next() {
        case .mappingStart(_, _, let mark, _, _) where mapping: return mark
        case .sequenceStart(_, _, let mark, _, _) where !mapping: return mark
        case .scalar(let bytes, let style, _, _, let mark, _):
            guard EventScalar(bytes: bytes, style: style, mark: mark).isNull else { throw GiveUp() }
            return nil
        default: throw GiveUp()
        }
    }

    /// Whether the sequence being read has another item (its start read:
    /// the item's mark), or has ended. Items must be mappings.
    private mutating func nextMapping() throws(GiveUp) -> Mark? {
        switch try next() {
        case .sequenceEnd: return nil
        case .mappingStart(_, _, let mark, _, _): return mark
        default: throw GiveUp()
        }
    }

    // MARK: File

    private mutating func file(path: String) throws(GiveUp) -> CatalogFile {
        guard case .streamStart = try next(), case .documentStart = try next(), case .mappingStart = try next() else {
            throw GiveUp()
        }
        var seen: UInt64 = 0
        var sector: Sector?
        var procedures = MovingList<Procedure>()
        var entries = 0
        while let key = try key(in: Self.fileKeys, seen: &seen) {
            switch key {
            case .sector:
                guard let mark = try start(mapping: true) else { throw GiveUp() }
                sector = try self.sector(mark)
            case .procedures:
                guard try start(mapping: false) != nil else { throw GiveUp() }
                while let mark = try nextMapping() {
                    procedures.append(try procedure(mark, row: procedures.count))
                    entries += 1
                }
            }
        }
        guard let sector, seen == 0b11, case .documentEnd = try next(), case .streamEnd = try next(), d.findings.isEmpty
        else { throw GiveUp() }
        var list = procedures.take()
        if !traitParts.isEmpty {
            let traits = Traits.sharing(traitPool.sizedCopy(), traitParts.map(\.range))
            for (part, traits) in zip(traitParts, traits) { list[part.row].traits = traits }
        }
        return CatalogFile(path: path, sector: sector, procedures: list, procedureEntries: entries, findings: [])
    }

    private mutating func sector(_ mark: Mark) throws(GiveUp) -> Sector {
        var seen: UInt64 = 0
        var id: Located<String>?
        var name: Located<String>?
        var agency: Located<String>?
        var declared: DeclaredTotals?
        while let key = try key(in: Self.sectorKeys, seen: &seen) {
            switch key {
            case .id: id = try scalar { $0.identifier($1, "sector.id") }
            case .name: name = try scalar { $0.text($1, "sector.name") }
            case .agency: agency = try scalar { $0.text($1, "sector.agency") }
            case .declared:
                guard let mark = try start(mapping: true) else { continue }
                declared = try self.declared(mark)
            }
        }
        guard let id, CatalogDecoder.isIdentifier(id.value), let name else { throw GiveUp() }
        return Sector(id: id, name: name, agency: agency, declared: declared)
    }

    private mutating func declared(_ mark: Mark) throws(GiveUp) -> DeclaredTotals {
        var seen: UInt64 = 0
        var values: [CatalogKeys.DeclaredKey: Located<Double>] = [:]
        while let key = try key(in: Self.declaredKeys, seen: &seen) {
            values[key] = try scalar { $0.number($1, "declared." + key.rawValue) }
        }
        return DeclaredTotals(
            procedures: values[.procedures], legalDays: values[.legalDays], cutDays: values[.cutDays],
            rate: values[.rate], mark: mark)
    }

    /// Each mapping's keys, as bytes to match a key event with.
    private static let fileKeys = KeyBytes<CatalogKeys.FileKey>()
    private static let sectorKeys = KeyBytes<CatalogKeys.SectorKey>()
    private static let declaredKeys = KeyBytes<CatalogKeys.DeclaredKey>()
    private static let procedureKeys = KeyBytes<CatalogKeys.ProcedureKey>()
    private static let deadlineKeys = KeyBytes<CatalogKeys.DeadlineKey>()
    private static let stepKeys = KeyBytes<CatalogKeys.StepKey>()
    private static let waiverKeys = KeyBytes<CatalogKeys.WaiverKey>()

    // MARK: Procedure

    /// The procedure at `mark`, the file's `row`th.
    private mutating func procedure(_ mark: Mark, row: Int) throws(GiveUp) -> Procedure {
        var seen: UInt64 = 0
        var code: Located<String>?
        var name: Located<String>?
        var level: Located<Level>?
        var legalBasis: [String] = []
        var legalBasisMark: Mark?
        var deadline: Deadline?
        var decision: Located<String>?
        var steps: [Step]?
        var traits: Range<Int>?
        var fourOnTheSpot: Located<Bool>?
        var waivers: [Waiver] = []
        var note: Located<String>?
        var agency: Located<String>?
        var dossiers: Located<Int>?
        while let key = try key(in: Self.procedureKeys, seen: &seen) {
            switch key {
            case .code: code = try scalar { $0.identifier($1, "code") }
            case .name: name = try scalar { [texts] in $0.internedText($1, "name", in: texts) }
            case .level: level = try scalar { $0.level($1, "level") }
            case .legalBasis:
                guard let mark = try start(mapping: false) else { continue }
                legalBasisMark = mark
                legalBasis = try self.legalBasis()
            case .deadline:
                guard let mark = try start(mapping: true) else { continue }
                deadline = try self.deadline(mark)
            case .decision: decision = try scalar { [texts] in $0.internedText($1, "decision", in: texts) }
            case .steps:
                guard try start(mapping: false) != nil else { continue }
                steps = try self.steps()
            case .traits:
                guard try start(mapping: true) != nil else { continue }
                traits = try self.traits()
            case .fourOnTheSpot: fourOnTheSpot = try scalar { $0.bool($1, "four_on_spot") }
            case .waivers:
                guard try start(mapping: false) != nil else { continue }
                waivers = try self.waivers()
            case .note: note = try scalar { $0.text($1, "note") }
            case .agency: agency = try scalar { $0.text($1, "agency") }
            case .dossiersPerYear: dossiers = try scalar { $0.count($1, "dossiers_per_year") }
            }
        }
        guard let code, let name, let level, let deadline, d.findings.isEmpty else { throw GiveUp() }
        if let steps {
            CatalogDecoder.checkStepKinds(steps, deadline: deadline, &d)
            guard d.findings.isEmpty else { throw GiveUp() }
        }
        if let traits { traitParts.append((row, traits)) }
        return Procedure(
            code: code, name: name, level: level, legalBasis: legalBasis, legalBasisMark: legalBasisMark,
            deadline: deadline, decision: decision, steps: steps, traits: Traits(), fourOnTheSpot: fourOnTheSpot,
            waivers: waivers, note: note, agency: agency, dossiersPerYear: dossiers, mark: mark)
    }

    /// After the list's start: its texts, each kept once per file.
    private mutating func legalBasis() throws(GiveUp) -> [String] {
        scratchBasis.removeAll(keepingCapacity: true)
        while true {
            switch try next() {
            case .sequenceEnd:
                return d.sharedList(scratchBasis)
            case .scalar(let bytes, let style, _, _, let mark, _):
                let value = EventScalar(bytes: bytes, style: style, mark: mark)
                guard let text = d.internedText(value, "legal_basis", in: texts) else {
                    throw GiveUp()
                }
                scratchBasis.append(text.value)
            default:
                throw GiveUp()
            }
        }
    }

    private mutating func deadline(_ mark: Mark) throws(GiveUp) -> Deadline {
        var seen: UInt64 = 0
        var legal: Located<Duration>?
        var current: Located<Duration>?
        var proposed: Located<Duration>?
        while let key = try key(in: Self.deadlineKeys, seen: &seen) {
            switch key {
            case .legal: legal = try scalar { $0.duration($1, "deadline.legal") }
            case .current: current = try scalar { $0.duration($1, "deadline.current") }
            case .proposed: proposed = try scalar { $0.duration($1, "deadline.proposed") }
            }
        }
        // A current or proposed deadline in the other kind of day is a finding.
        guard let legal, current.map({ $0.value.kind == legal.value.kind }) ?? true,
            proposed.map({ $0.value.kind == legal.value.kind }) ?? true
        else { throw GiveUp() }
        return Deadline(legal: legal, current: current, proposed: proposed)
    }

    /// After the list's start: each step.
    private mutating func steps() throws(GiveUp) -> [Step] {
        scratchSteps.removeAll(keepingCapacity: true)
        while let mark = try nextMapping() {
            var seen: UInt64 = 0
            var kind: Located<Step.Kind>?
            var by: Located<Step.Actor>?
            var days: Located<Duration>?
            var level: Located<Level>?
            var channel: Located<Step.Channel>?
            while let key = try key(in: Self.stepKeys, seen: &seen) {
                switch key {
                case .step: kind = try scalar { $0.choice($1, "steps.step", Step.Kind.self) }
                case .by: by = try scalar { $0.choice($1, "steps.by", Step.Actor.self) }
                case .days: days = try scalar { $0.duration($1, "steps.days") }
                case .level: level = try scalar { $0.level($1, "steps.level") }
                case .channel: channel = try scalar { $0.choice($1, "steps.channel", Step.Channel.self) }
                }
            }
            guard let kind, let by, let days else { throw GiveUp() }
            scratchSteps.append(Step(step: kind, by: by, days: days, level: level, channel: channel, mark: mark))
        }
        return scratchSteps.sizedCopy()
    }

    /// After the mapping's start: each declared trait by its declaration,
    /// appended to the file's pool; their place in it.
    private mutating func traits() throws(GiveUp) -> Range<Int> {
        let start = traitPool.count
        while true {
            switch try next() {
            case .mappingEnd:
                // A part is kept as two Int32s.
                guard traitPool.count <= Int(Int32.max) else { throw GiveUp() }
                return start..<traitPool.count
            case .scalar(let bytes, let style, _, _, let mark, _):
                // A declared name is found by its bytes (its declaration's
                // own text); any other is normalized and looked up, as the tree does.
                let declaration =
                    declarationList.first { ScalarBytes.same(bytes, $0.name) }
                    ?? declarations[TextNormalization.nfc(EventScalar(bytes: bytes, style: style, mark: mark).scalar ?? "")]
                guard let declaration, traitPool.index(of: declaration.name, in: start..<traitPool.count) == nil,
                    case .scalar(let valueBytes, let valueStyle, _, _, let valueMark, _) = try next(),
                    let value = TraitTyping.read(EventScalar(bytes: valueBytes, style: valueStyle, mark: valueMark), as: declaration, &d)
                else { throw GiveUp() }
                guard traitPool.append(declaration.name, value) else { throw GiveUp() }
            default:
                throw GiveUp()
            }
        }
    }

    /// After the list's start: each waiver.
    private mutating func waivers() throws(GiveUp) -> [Waiver] {
        var waivers: [Waiver] = []
        while let mark = try nextMapping() {
            var seen: UInt64 = 0
            var rule: Located<String>?
            var reason: Located<String>?
            var until: Located<LocalDate>?
            while let key = try key(in: Self.waiverKeys, seen: &seen) {
                switch key {
                case .rule: rule = try scalar { $0.text($1, "waivers.rule") }
                case .reason: reason = try scalar { $0.text($1, "waivers.reason") }
                case .until: until = try scalar { $0.date($1, "waivers.until") }
                }
            }
            guard let rule, let reason else { throw GiveUp() }
            waivers.append(Waiver(rule: rule, reason: reason, until: until, mark: mark))
        }
        return waivers.sizedCopy()
    }
}

/// A scalar event's value, read in place: its bytes are libyaml's, valid
/// until the next event.
struct EventScalar: ScalarSource {
    let bytes: UnsafeBufferPointer<UInt8>
    let style: Node.ScalarStyle
    let mark: Mark

    var scalar: String? { String(decoding: bytes, as: UTF8.self) }
    var scalarStyle: Node.ScalarStyle? { style }

    /// As the tree reads it: events with a tag never get here.
    var isNull: Bool { style == .plain && ScalarBytes.isNull(plain: bytes) }

    var nodeKind: NodeKind { isNull ? .empty : .scalar }

    func isScalar(_ literal: String) -> Bool { ScalarBytes.same(bytes, literal) }

    func withScalarBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? { body(bytes) }

    func edit(to value: String, preferredStyle: Node.ScalarStyle?) -> ScalarRewriter.Edit? { nil }
}
