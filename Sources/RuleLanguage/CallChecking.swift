import Vocabulary

/// Resolves a function call to one overload of `Function` and checks its
/// arguments; literal regular expressions and dates are checked here, once.
extension TypeChecker {
    mutating func checkCall(
        _ name: String, nameRange: SourceRange, arguments: [Syntax], _ syntax: Syntax
    ) throws(LanguageError) -> TypedExpression {
        guard let signature = Function.signatures[name] else {
            if let macro = Macro(rawValue: name) {
                throw error("`\(name)` is a macro over a list: write `list.\(macro.rawValue)(x, …)`", nameRange)
            }
            if scope.index(of: name) != nil {
                throw error("`\(name)` is a field, not a function", nameRange)
            }
            let phrase = Suggestion.phrase(for: name, in: Function.signatures.keys.sorted())
            throw error("unknown function `\(name)`\(phrase)", nameRange)
        }
        guard arguments.count == signature.arity else {
            let count = signature.arity == 1 ? "1 argument" : "\(signature.arity) arguments"
            throw error("`\(name)` takes \(count), found \(arguments.count): \(signature.text)", syntax.range)
        }
        if name == "has" {
            guard arguments[0].pathNames != nil else {
                throw error("`has` takes a field path such as `deadline.proposed`: \(signature.text)", arguments[0].range)
            }
            return typed(.call(.has, [try check(arguments[0])]), .bool, syntax)
        }
        var checked: [TypedExpression] = []
        for argument in arguments {
            checked.append(try check(argument))
        }
        let first = checked[0]
        func require(_ ok: Bool, _ argument: TypedExpression, _ expected: String) throws(LanguageError) {
            guard ok else {
                throw error("`\(name)` expects \(expected), found \(argument.type): \(signature.text)", argument.range)
            }
        }
        let function: Function
        let type: ValueType
        switch name {
        case "len":
            if first.type.admitsString {
                function = .lengthOfString
            } else {
                try require(first.type.listElement != nil, first, "a string or a list")
                function = .lengthOfList
            }
            type = .number
        case "count":
            try require(first.type.listElement != nil, first, "a list")
            (function, type) = (.count, .number)
        case "sum", "min", "max", "avg":
            try require(first.type.listElement?.admitsNumber ?? false, first, "a list of numbers")
            function = [.sum, .min, .max, .avg][["sum", "min", "max", "avg"].firstIndex(of: name) ?? 0]
            type = name == "sum" ? .number : .optional(.number)
        case "abs", "pct":
            try require(first.type.admitsNumber, first, "a number")
            (function, type) = name == "abs" ? (.abs, .number) : (.pct, .string)
        case "round":
            try require(first.type.admitsNumber, first, "a number")
            try require(checked[1].type.admitsNumber, checked[1], "a number of digits")
            (function, type) = (.round, .number)
        case "lower":
            try require(first.type.admitsString, first, "a string")
            (function, type) = (.lower, .string)
        case "string":
            (function, type) = (.string, .string)
        case "startsWith", "matches":
            try require(first.type.admitsString, first, "a string")
            try require(checked[1].type.admitsString, checked[1], "a string")
            function = name == "matches" ? .matches(try literalPattern(checked[1])) : .startsWith
            type = .bool
        case "contains":
            if let element = first.type.listElement, !first.type.admitsString {
                let itemType = checked[1].type
                try require(
                    itemType.nonOptional != .null && ValueType.unify(itemType.nonOptional, element.nonOptional) != nil,
                    checked[1], "an element of \(first.type)")
                function = .containsList
            } else {
                try require(first.type.admitsString, first, "a string or a list")
                try require(checked[1].type.admitsString, checked[1], "a string")
                function = .containsString
            }
            type = .bool
        case "date":
            try require(first.type.admitsString, first, "a string")
            if case .constant(.string(let literal)) = first.kind {
                guard let date = LocalDate(literal) else {
                    throw error("`\(literal)` is not a date; dates are written YYYY-MM-DD", first.range)
                }
                return typed(.constant(.date(date)), .date, syntax)
            }
            (function, type) = (.date, .date)
        default:
            throw error("unknown function `\(name)`", nameRange)
        }
        return typed(.call(function, checked), type, syntax)
    }

    /// A literal pattern compiled now, so that a bad one stops the rules loading.
    private func literalPattern(_ argument: TypedExpression) throws(LanguageError) -> Pattern? {
        guard case .constant(.string(let source)) = argument.kind else { return nil }
        do throws(LanguageError) {
            return try Pattern(source)
        } catch {
            throw LanguageError(message: error.message, range: argument.range)
        }
    }
}
