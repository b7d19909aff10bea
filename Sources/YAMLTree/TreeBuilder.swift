import Vocabulary
/// Folds parser events into a `NodeStore` with an explicit stack (never
/// recursion, so deep nesting cannot overflow the call stack), resolving
/// anchors, aliases and merge keys and enforcing the depth and alias-expansion
/// limits.
struct TreeBuilder {
    private struct Frame {
        var isMapping: Bool
        var isFlow: Bool
        var inFlow: Bool
        var source: UInt32
        var mark: Mark
        var tag: Int32
        var anchor: String?
        /// Where this collection's children start in `pending`.
        var first: Int
    }

    let limits: Limits
    private var stack: [Frame] = []
    /// The children of every open collection, innermost last.
    private var pending: [Int32] = []
    /// How many open collections are flow collections.
    private var flowDepth = 0
    private var anchors: [String: Int32] = [:]
    private var expandedNodes = 0
    private var expandedBytes = 0
    /// Whether the document has used an alias: the limits' messages blame
    /// aliases only when there are some.
    private var aliased = false
    private var entries: [NodeStore.Entry] = []
    private var children: [Int32] = []
    private var text: [UInt8] = []
    private var tags: [String] = []
    private var tagIndex: [String: Int32] = [:]
    private var roots: [Int32] = []
    private(set) var duplicateKeys: [DuplicateKey] = []
    /// Scratch for `appendPairs`, kept to spare an allocation per mapping.
    private var seen = SeenKeys()

    init(limits: Limits, expectedBytes: Int = 0) {
        self.limits = limits
        // Scalar text is most of a file; nodes come about one per 11 bytes.
        text.reserveCapacity(expectedBytes)
        entries.reserveCapacity(expectedBytes / 11)
        children.reserveCapacity(expectedBytes / 11)
    }

    /// The documents built, sharing one store.
    func documents() -> [Node] {
        let store = NodeStore(entries: entries, children: children, text: text, tags: tags)
        return roots.map { Node(store, $0) }
    }

    mutating func consume(_ event: ParserEvent) throws(YAMLError) {
        switch event {
        case .streamStart, .streamEnd, .documentEnd:
            break
        case .documentStart:
            anchors.removeAll(keepingCapacity: true)
            expandedNodes = 0
            expandedBytes = 0
            aliased = false
        case .alias(let anchor, let mark):
            if stack.contains(where: { $0.anchor == anchor }) {
                throw YAMLError(
.syntax, .recursiveAlias(anchor), at: mark)
            }
            guard let index = anchors[anchor] else {
                throw YAMLError(.syntax, .undefinedAlias(anchor), at: mark)
            }
            let node = entries[Int(index)]
            aliased = true
            expandedNodes += node.weight
            expandedBytes += node.textBytes
            try checkExpansion(at: mark)
            add(index)
        case .scalar(let bytes, let style, let anchor, let tag, let mark, let source):
            expandedNodes += 1
            expandedBytes += bytes.count
            try checkExpansion(at: mark)
            let start = text.count
            text.append(contentsOf: bytes)
            add(
                append(
                    NodeStore.Entry(
                        kind: NodeStore.Kind(style), inFlow: flowDepth > 0, mark: mark, tag: intern(tag),
                        sourceStart: UInt32(clamping: source.lowerBound), sourceEnd: UInt32(clamping: source.upperBound),
                        start: start, count: bytes.count, weight: 1, textBytes: bytes.count)),
                anchor: anchor)
        case .sequenceStart(let anchor, let tag, let mark, let flow, let at),
            .mappingStart(let anchor, let tag, let mark, let flow, let at):
            guard stack.count < limits.maxDepth else {
                throw YAMLError(
                    .limit,
.tooDeep(limit: limits.maxDepth), at: mark)
            }
            expandedNodes += 1
            try checkExpansion(at: mark)
            var isMapping = false
            if case .mappingStart = event { isMapping = true }
            stack.append(
                Frame(
                    isMapping: isMapping, isFlow: flow, inFlow: flowDepth > 0, source: UInt32(clamping: at), mark: mark,
                    tag: intern(tag), anchor: anchor, first: pending.count))
            if flow { flowDepth += 1 }
        case .sequenceEnd, .mappingEnd:
            let frame = stack.removeLast()
            if frame.isFlow { flowDepth -= 1 }
            let start = children.count
            if frame.isMapping {
                try appendPairs(from: frame.first)
            } else {
                children.append(contentsOf: pending[frame.first...])
            }
            pending.removeSubrange(frame.first...)
            var weight = 1
            var textBytes = 0
            for child in children[start...] {
                weight &+= entries[Int(child)].weight
                textBytes &+= entries[Int(child)].textBytes
            }
            let index = append(
                NodeStore.Entry(
                    kind: frame.isMapping ? .mapping : .sequence, inFlow: frame.inFlow, mark: frame.mark, tag: frame.tag,
                    sourceStart: frame.source, sourceEnd: frame.source, start: start, count: children.count - start,
                    weight: weight, textBytes: textBytes))
            add(index, anchor: frame.anchor)
        }
    }

    private func checkExpansion(at mark: Mark) throws(YAMLError) {
        if expandedNodes > limits.maxExpandedNodes {
            throw YAMLError(
                .limit,
                .tooManyNodes(limit: limits.maxExpandedNodes, aliased: aliased),
                at: mark)
        }
        if expandedBytes > limits.maxExpandedBytes {
            throw YAMLError(
                .limit,
                .tooManyTextBytes(limit: limits.maxExpandedBytes, aliased: aliased),
                at: mark)
        }
    }

    private mutating func append(_ entry: NodeStore.Entry) -> Int32 {
        entries.append(entry)
        return Int32(entries.count - 1)
    }

    private mutating func intern(_ tag: String?) -> Int32 {
        guard let tag else { return -1 }
        if let index = tagIndex[tag] { return index }
        tags.append(tag)
        tagIndex[tag] = Int32(tags.count - 1)
        return Int32(tags.count - 1)
    }

    private mutating func add(_ index: Int32, anchor: String? = nil) {
        if let anchor { anchors[anchor] = index }
        if stack.isEmpty {
            roots.append(index)
        } else {
            pending.append(index)
        }
    }

    /// Appends to `children` the pairs of the mapping whose keys and values
    /// start at `pending[first]`, with `<<` merges applied: explicit keys win
    /// over merged ones, earlier merge sources over later ones. Repeated
    /// explicit keys are recorded as duplicates and kept, never dropped.
    private mutating func appendPairs(from first: Int) throws(YAMLError) {
        seen.removeAll()
        var hasMerge = false
        var index = first
        while index + 1 < pending.count {
            let key = pending[index]
            index += 2
            if isMergeKey(key) {
                hasMerge = true
            } else if let duplicate = seen.insert(entries[Int(key)], in: text) {
                duplicateKeys.append(duplicate)
            }
        }
        guard hasMerge else {
            children.append(contentsOf: pending[first...])
            return
        }
        index = first
        while index + 1 < pending.count {
            let key = pending[index]
            let value = pending[index + 1]
            index += 2
            guard isMergeKey(key) else {
                children.append(key)
                children.append(value)
                continue
            }
            let source = entries[Int(value)]
            var sources: [NodeStore.Entry]
            switch source.kind {
            case .mapping:
                sources = [source]
            case .sequence:
                sources = []
                for item in children[source.start..<source.start + source.count] {
                    let entry = entries[Int(item)]
                    guard entry.kind == .mapping else {
                        throw YAMLError(
                            .syntax,
                            .mergeNeedsMapping(found: nodeKind(item), inList: true),
                            at: entry.mark)
                    }
                    sources.append(entry)
                }
            default:
                throw YAMLError(
                    .syntax, .mergeNeedsMapping(found: nodeKind(value), inList: false),
                    at: source.mark)
            }
            for mapping in sources {
                var at = mapping.start
                while at + 1 < mapping.start + mapping.count {
                    let inheritedKey = children[at]
                    let inheritedValue = children[at + 1]
                    at += 2
                    if seen.insert(entries[Int(inheritedKey)], in: text) != nil { continue }
                    children.append(inheritedKey)
                    children.append(inheritedValue)
                }
            }
        }
    }

    private func isMergeKey(_ index: Int32) -> Bool {
        let entry = entries[Int(index)]
        guard entry.kind == .plain, NodeStore.bytes(of: entry, in: text, equal: "<<") else { return false }
        return entry.tag < 0 || tags[Int(entry.tag)] == "tag:yaml.org,2002:merge"
    }

    private func nodeKind(_ index: Int32) -> NodeKind {
        NodeStore.nodeKind(entries[Int(index)], in: text)
    }
}

/// The scalar keys of one mapping seen so far. Most mappings have a handful of
/// keys, where a linear scan beats hashing; large ones switch to a dictionary.
private struct SeenKeys {
    /// Each key with whether it is all ASCII, so that two ASCII keys of
    /// different lengths are told apart without reading them.
    private var few: [(entry: NodeStore.Entry, ascii: Bool)] = []
    private var many: [String: Mark]?

    mutating func removeAll() {
        few.removeAll(keepingCapacity: true)
        many = nil
    }

    /// Records `key` unless it was seen; returns the duplicate if it was. A key
    /// that is not a scalar is never a duplicate.
    mutating func insert(_ key: NodeStore.Entry, in text: [UInt8]) -> DuplicateKey? {
        guard NodeStore.isScalar(key) else { return nil }
        if many != nil {
            let name = NodeStore.string(key, in: text)
            if let first = many?[name] { return DuplicateKey(key: name, first: first, duplicate: key.mark) }
            many?[name] = key.mark
            return nil
        }
        let ascii = NodeStore.isASCII(key, in: text)
        if let first = few.first(where: { Self.same($0, (key, ascii), in: text) }) {
            return DuplicateKey(key: NodeStore.string(key, in: text), first: first.entry.mark, duplicate: key.mark)
        }
        few.append((key, ascii))
        if few.count > 16 {
            var many: [String: Mark] = [:]
            for seen in few { many[NodeStore.string(seen.entry, in: text)] = many[NodeStore.string(seen.entry, in: text)] ?? seen.entry.mark }
            self.many = many
            few = []
        }
        return nil
    }

    /// Whether two scalar keys are the same key: equal bytes, or (for text
    /// beyond ASCII) canonically equivalent strings, as Swift compares them.
    private static func same(
        _ x: (entry: NodeStore.Entry, ascii: Bool), _ y: (entry: NodeStore.Entry, ascii: Bool), in text: [UInt8]
    ) -> Bool {
        NodeStore.bytes(of: x.entry, in: text, equal: y.entry)
            || !(x.ascii && y.ascii) && NodeStore.string(x.entry, in: text) == NodeStore.string(y.entry, in: text)
    }
}
