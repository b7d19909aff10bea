import Vocabulary

/// Resolves a function call to one overload of `Function` and checks its
/// arguments; literal regular expressions and dates are checked here, once.
extension TypeChecker {
    mutating func checkCall(
        _ name: String, nameRange: SourceRange, arguments: [Syntax], _ syntax: Syntax
    ) throws(LanguageError) -> TypedExpression {
        if let definition = names.definitions.definition(name) {
            return try expand(definition, arguments: arguments, syntax)
        }
        guard let signature = Function.signatures[name] else {
            if let macro = Macro(rawValue: name) {
                throw error(.macroAsFunction(macro.rawValue), nameRange)
            }
            if scope.index(of: name) != nil {
                throw error(.fieldAsFunction(name), nameRange)
            }
            let suggestion = Suggestion.closest(to: name, in: Function.signatures.keys.sorted() + names.definitions.names)
            throw error(.unknownFunction(name, suggestion: suggestion), nameRange)
        }
        guard arguments.count == signature.arity else {
            throw error(
                .arity(name, expected: signature.arity, found: arguments.count, signature: signature.text), syntax.range)
        }
        if name == "has" {
            guard arguments[0].pathNames != nil else {
                throw error(.hasNeedsPath(signature: signature.text), arguments[0].range)
            }
            return typed(.call(.has, [try check(arguments[0])]), .bool, syntax)
        }
        var checked: [TypedExpression] = []
        for argument in arguments {
            checked.append(try check(argument))
        }
        let first = checked[0]
        func require(_ ok: Bool, _ argument: TypedExpression, _ expected: TypeMessage.Expected) throws(LanguageError) {
            guard ok else {
                throw error(
                    .argument(function: name, expected: expected, found: argument.type.description, signature: signature.text),
                    argument.range)
            }
        }
        let function: Function
        let type: ValueType
        switch name {
        case "len":
            if first.type.admitsString {
                function = .lengthOfString
            } else {
                try require(first.type.listElement != nil, first, .stringOrList)
                function = .lengthOfList
            }
            type = .number
        case "count":
            try require(first.type.listElement != nil, first, .list)
            (function, type) = (.count, .number)
        case "sum", "min", "max", "avg":
            try require(first.type.listElement?.admitsNumber ?? false, first, .numbers)
            function = [.sum, .min, .max, .avg][["sum", "min", "max", "avg"].firstIndex(of: name) ?? 0]
            type = name == "sum" ? .number : .optional(.number)
        case "abs", "pct":
            try require(first.type.admitsNumber, first, .number)
            (function, type) = name == "abs" ? (.abs, .number) : (.pct, .string)
        case "round":
            try require(first.type.admitsNumber, first, .number)
            try require(checked[1].type.admitsNumber, checked[1], .digits)
            (function, type) = (.round, .number)
        case "lower", "upper", "trim":
            try require(first.type.admitsString, first, .string)
            (function, type) = ([.lower, .upper, .trim][["lower", "upper", "trim"].firstIndex(of: name) ?? 0], .string)
        case "endsWith":
            try require(first.type.admitsString, first, .string)
            try require(checked[1].type.admitsString, checked[1], .string)
            (function, type) = (.endsWith, .bool)
        case "split":
            try require(first.type.admitsString, first, .string)
            try require(checked[1].type.admitsString, checked[1], .string)
            (function, type) = (.split, .list(.string))
        case "replace":
            for argument in checked { try require(argument.type.admitsString, argument, .string) }
            (function, type) = (.replace, .string)
        case "join":
            try require(first.type.listElement?.admitsString ?? false, first, .strings)
            try require(checked[1].type.admitsString, checked[1], .string)
            (function, type) = (.join, .string)
        case "unique":
            try require(first.type.listElement != nil, first, .list)
            (function, type) = (.unique, first.type.nonOptional)
        case "sort":
            let element = first.type.listElement?.nonOptional
            try require(element == .number || element == .string || element == .date || element == .any, first, .sortable)
            (function, type) = (.sort, first.type.nonOptional)
        case "string":
            (function, type) = (.string, .string)
        case "startsWith", "matches":
            try require(first.type.admitsString, first, .string)
            try require(checked[1].type.admitsString, checked[1], .string)
            function = name == "matches" ? .matches(try literalPattern(checked[1])) : .startsWith
            type = .bool
        case "contains":
            if let element = first.type.listElement, !first.type.admitsString {
                let itemType = checked[1].type
                try require(
                    itemType.nonOptional != .null && ValueType.unify(itemType.nonOptional, element.nonOptional) != nil,
                    checked[1], .element(of: first.type.description))
                function = .containsList
            } else {
                try require(first.type.admitsString, first, .stringOrList)
                try require(checked[1].type.admitsString, checked[1], .string)
                function = .containsString
            }
            type = .bool
        case "date":
            try require(first.type.admitsString, first, .string)
            if case .constant(.string(let literal)) = first.kind {
                guard let date = LocalDate(literal) else {
                    throw error(.notDate(literal), first.range)
                }
                return typed(.constant(.date(date)), .date, syntax)
            }
            (function, type) = (.date, .date)
        case "days_between":
            try require(first.type.admits(.date), first, .date)
            try require(checked[1].type.admits(.date), checked[1], .date)
            (function, type) = (.daysBetween, .number)
        case "add_days":
            try require(first.type.admits(.date), first, .date)
            try require(checked[1].type.admitsNumber, checked[1], .number)
            (function, type) = (.addDays, .date)
        case "year", "month":
            try require(first.type.admits(.date), first, .date)
            (function, type) = (name == "year" ? .year : .month, .number)
        case "kind":
            try require(first.type.admitsNumber, first, .number)
            var call = typed(.call(.kind, checked), .optional(.string), syntax)
            // `kind(d) == "calender"` is a load error with a "did you mean".
            call.values = ["working", "calendar"]
            return call
        case "hours", "days":
            try require(first.type.admitsNumber, first, .number)
            (function, type) = (name == "hours" ? .hours : .days, .number)
        default:
            throw error(.unknownFunction(name, suggestion: nil), nameRange)
        }
        return typed(.call(function, checked), type, syntax)
    }

    /// A literal pattern compiled now, so that a bad one stops the rules loading.
    private func literalPattern(_ argument: TypedExpression) throws(LanguageError) -> Pattern? {
        guard case .constant(.string(let source)) = argument.kind else { return nil }
        do throws(LanguageError) {
            return try Pattern(source)
        } catch {
            throw LanguageError(error.message, range: argument.range)
        }
    }
}
