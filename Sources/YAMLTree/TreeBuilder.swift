/// Folds parser events into nodes with an explicit stack (never recursion, so
/// deep nesting cannot overflow the call stack), resolving anchors, aliases and
/// merge keys and enforcing the depth and alias-expansion limits.
struct TreeBuilder {
    private struct Frame {
        var isMapping: Bool
        var mark: Mark
        var tag: String?
        var anchor: String?
        var children: [Node] = []
    }

    let limits: Limits
    private var stack: [Frame] = []
    private var anchors: [String: Node] = [:]
    private var expandedNodes = 0
    private var expandedBytes = 0
    private(set) var documents: [Node] = []
    private(set) var duplicateKeys: [DuplicateKey] = []

    init(limits: Limits) {
        self.limits = limits
    }

    mutating func consume(_ event: ParserEvent) throws(YAMLError) {
        switch event {
        case .streamStart, .streamEnd:
            break
        case .documentStart:
            anchors.removeAll(keepingCapacity: true)
            expandedNodes = 0
            expandedBytes = 0
        case .documentEnd:
            break
        case .alias(let anchor, let mark):
            if stack.contains(where: { $0.anchor == anchor }) {
                throw YAMLError(
                    .syntax, "alias *\(anchor) refers to a collection that contains it; recursive aliases are not allowed",
                    at: mark)
            }
            guard let node = anchors[anchor] else {
                throw YAMLError(.syntax, "alias *\(anchor) names no anchor defined before it", at: mark)
            }
            expandedNodes += node.weight
            expandedBytes += node.textBytes
            try checkExpansion(at: mark)
            try add(node)
        case .scalar(let text, let style, let anchor, let tag, let mark):
            expandedNodes += 1
            expandedBytes += text.utf8.count
            try checkExpansion(at: mark)
            try add(Node(.scalar(text, style), mark: mark, tag: tag), anchor: anchor)
        case .sequenceStart(let anchor, let tag, let mark), .mappingStart(let anchor, let tag, let mark):
            guard stack.count < limits.maxDepth else {
                throw YAMLError(
                    .limit,
                    "nesting deeper than the limit of \(limits.maxDepth) levels; flatten the structure",
                    at: mark)
            }
            expandedNodes += 1
            try checkExpansion(at: mark)
            var isMapping = false
            if case .mappingStart = event { isMapping = true }
            stack.append(Frame(isMapping: isMapping, mark: mark, tag: tag, anchor: anchor))
        case .sequenceEnd:
            let frame = stack.removeLast()
            try add(Node(.sequence(frame.children), mark: frame.mark, tag: frame.tag), anchor: frame.anchor)
        case .mappingEnd:
            let frame = stack.removeLast()
            let pairs = try mappingPairs(frame.children)
            try add(Node(.mapping(pairs), mark: frame.mark, tag: frame.tag), anchor: frame.anchor)
        }
    }

    private func checkExpansion(at mark: Mark) throws(YAMLError) {
        if expandedNodes > limits.maxExpandedNodes {
            throw YAMLError(
                .limit,
                "aliases expand the document beyond the limit of \(limits.maxExpandedNodes) nodes",
                at: mark)
        }
        if expandedBytes > limits.maxExpandedBytes {
            throw YAMLError(
                .limit,
                "aliases expand the document beyond the limit of \(limits.maxExpandedBytes) bytes of text",
                at: mark)
        }
    }

    private mutating func add(_ node: Node, anchor: String? = nil) throws(YAMLError) {
        if let anchor { anchors[anchor] = node }
        if stack.isEmpty {
            documents.append(node)
        } else {
            stack[stack.count - 1].children.append(node)
        }
    }

    /// Pairs of a mapping with `<<` merges applied: explicit keys win over merged
    /// ones, earlier merge sources over later ones. Repeated explicit keys are
    /// recorded as duplicates and kept, never dropped.
    private mutating func mappingPairs(_ children: [Node]) throws(YAMLError) -> [Node.Pair] {
        var pairs: [Node.Pair] = []
        pairs.reserveCapacity(children.count / 2)
        var index = 0
        var hasMerge = false
        var seen = SeenKeys()
        while index + 1 < children.count {
            let pair = Node.Pair(key: children[index], value: children[index + 1])
            index += 2
            if Self.isMergeKey(pair.key) {
                hasMerge = true
            } else if let key = pair.key.scalar {
                if let first = seen.insert(key, at: pair.key.mark) {
                    duplicateKeys.append(DuplicateKey(key: key, first: first, duplicate: pair.key.mark))
                }
            }
            pairs.append(pair)
        }
        guard hasMerge else { return pairs }

        var merged: [Node.Pair] = []
        for pair in pairs {
            guard Self.isMergeKey(pair.key) else {
                merged.append(pair)
                continue
            }
            let sources: [Node]
            switch pair.value.content {
            case .mapping: sources = [pair.value]
            case .sequence(let items):
                if let item = items.first(where: { $0.mapping == nil }) {
                    throw YAMLError(
                        .syntax,
                        "the merge key << needs a mapping or a list of mappings, not a list holding \(item.kindName)",
                        at: item.mark)
                }
                sources = items
            case .scalar:
                throw YAMLError(
                    .syntax, "the merge key << needs a mapping or a list of mappings, not \(pair.value.kindName)",
                    at: pair.value.mark)
            }
            for source in sources {
                for inherited in source.mapping ?? [] {
                    guard let key = inherited.key.scalar else {
                        merged.append(inherited)
                        continue
                    }
                    if seen.insert(key, at: inherited.key.mark) == nil {
                        merged.append(inherited)
                    }
                }
            }
        }
        return merged
    }

    private static func isMergeKey(_ node: Node) -> Bool {
        guard case .scalar("<<", .plain) = node.content else { return false }
        return node.tag == nil || node.tag == "tag:yaml.org,2002:merge"
    }
}

/// The keys of one mapping seen so far. Most mappings have a handful of keys,
/// where a linear scan beats hashing; large ones switch to a dictionary.
private struct SeenKeys {
    private var few: [(key: String, mark: Mark)] = []
    private var many: [String: Mark]?

    /// Records `key` unless already seen; returns the first mark if it was.
    mutating func insert(_ key: String, at mark: Mark) -> Mark? {
        if many != nil {
            if let first = many?[key] { return first }
            many?[key] = mark
            return nil
        }
        if let first = few.first(where: { $0.key == key }) { return first.mark }
        few.append((key, mark))
        if few.count > 16 {
            many = Dictionary(few.map { ($0.key, $0.mark) }, uniquingKeysWith: { first, _ in first })
            few = []
        }
        return nil
    }
}
