/// How static types combine. Optional types pass where their base fits (null
/// is then a run-time error); `any`, the element type of `[]`, fits everything.
extension ValueType {
    /// The one type that both fit, or nil: `number` and `null` unify to
    /// `number or null`, `list of any` and `list of string` to `list of string`.
    static func unify(_ a: ValueType, _ b: ValueType) -> ValueType? {
        switch (a, b) {
        case _ where a == b: return a
        case (.any, _): return b
        case (_, .any): return a
        case (.null, _): return b.orNull
        case (_, .null): return a.orNull
        case (.optional(let x), _): return unify(x, b)?.orNull
        case (_, .optional(let y)): return unify(a, y)?.orNull
        case (.list(let x), .list(let y)): return unify(x, y).map(ValueType.list)
        default: return nil
        }
    }

    /// This type, allowing null (without wrapping twice).
    var orNull: ValueType {
        switch self {
        case .optional, .null, .any: self
        default: .optional(self)
        }
    }

    var isOptional: Bool {
        switch self {
        case .optional, .null: true
        default: false
        }
    }

    /// True when the value, once known not to be null, may be of `base`.
    func admits(_ base: ValueType) -> Bool {
        switch nonOptional {
        case .any: true
        case .null: false
        case let type: type == base
        }
    }

    var admitsNumber: Bool { admits(.number) }
    var admitsString: Bool { admits(.string) }
    var admitsBool: Bool { admits(.bool) }

    /// The element type when this may be a list (`any` for `any`).
    var listElement: ValueType? {
        switch nonOptional {
        case .list(let element): element
        case .any: .any
        default: nil
        }
    }

    /// The record type when this may be a record.
    var recordType: RecordType? {
        if case .record(let record) = nonOptional { return record }
        return nil
    }

    /// Can be ordered with `<`: number, string, date.
    var isOrdered: Bool {
        switch nonOptional {
        case .number, .string, .date, .any: true
        default: false
        }
    }
}
