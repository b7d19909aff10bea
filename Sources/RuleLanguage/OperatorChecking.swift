import Vocabulary

/// The static rules of the binary operators (SPEC §4.4): arithmetic on numbers
/// (`+` also joins strings), ordering on numbers, strings or dates, equality
/// between values of one type or with null, `in` on a list, logic on bools.
extension TypeChecker {
    mutating func checkBinary(
        _ op: BinaryOperator, _ operatorRange: SourceRange, _ leftSyntax: Syntax, _ rightSyntax: Syntax, _ syntax: Syntax
    ) throws(LanguageError) -> TypedExpression {
        let left = try check(leftSyntax)
        let right = try check(rightSyntax)
        let spelled = text.slice(operatorRange)
        let type: ValueType
        switch op {
        case .and, .or:
            for side in [left, right] where !side.type.admitsBool {
                throw error(.logicNeedsBools(operator: spelled, found: side.type.description), side.range)
            }
            type = .bool
        case .add:
            type = try checkAddition(left, right)
        case .subtract, .multiply, .divide, .remainder:
            for side in [left, right] where !side.type.admitsNumber {
                throw error(.arithmeticNeedsNumbers(operator: spelled, found: side.type.description), side.range)
            }
            type = .number
        case .less, .lessEqual, .greater, .greaterEqual:
            guard left.type.isOrdered else {
                throw error(.orderNeedsOrdered(operator: spelled, found: left.type.description), left.range)
            }
            guard right.type.nonOptional != .null,
                ValueType.unify(left.type.nonOptional, right.type.nonOptional) != nil
            else {
                throw error(
                    .comparisonOfOneType(operator: spelled, left.type.nonOptional.description, right.type.description),
                    right.range)
            }
            type = .bool
        case .equal, .notEqual:
            guard ValueType.unify(left.type, right.type) != nil else {
                throw error(
                    .comparisonOfOneType(operator: spelled, left.type.description, right.type.description), operatorRange)
            }
            try checkEnumLiteral(left, right)
            try checkEnumLiteral(right, left)
            type = .bool
        case .in:
            guard let element = right.type.listElement else {
                if right.type.admitsString {
                    throw error(.inOnText(found: right.type.description, text: right.text, part: left.text), right.range)
                }
                throw error(.inNeedsList(found: right.type.description), right.range)
            }
            guard left.type.nonOptional != .null, ValueType.unify(left.type.nonOptional, element.nonOptional) != nil else {
                throw error(.inElementType(found: left.type.description, element: element.description), left.range)
            }
            if left.values != nil, case .list(let elements) = rightSyntax.kind {
                // Checked again for their ranges: a list of literals is folded to one constant.
                for element in elements { try checkEnumLiteral(left, try check(element)) }
            }
            type = .bool
        }
        var result = typed(.binary(op, left, right), type, syntax)
        result.operatorText = spelled
        return result
    }

    /// `level == "provice"` is always false: a literal compared with an enum
    /// field must be one of its values (SPEC §10).
    private func checkEnumLiteral(_ field: TypedExpression, _ literal: TypedExpression) throws(LanguageError) {
        guard let values = field.values, case .constant(.string(let text)) = literal.kind, !values.contains(text) else {
            return
        }
        throw error(
            .notAmongValues(text, field: field.text, values: values, suggestion: Suggestion.closest(to: text, in: values)),
            literal.range)
    }

    /// `+`: number + number, string + string, or list + list of one element type.
    private func checkAddition(_ left: TypedExpression, _ right: TypedExpression) throws(LanguageError) -> ValueType {
        let base = left.type.nonOptional
        switch base {
        case .list(let element):
            guard let other = right.type.listElement, let joined = ValueType.unify(element, other) else {
                throw error(.additionNeedsSameType(base.description, right.type.description), right.range)
            }
            return .list(joined)
        case .number, .string:
            guard right.type.admits(base) else {
                throw error(.additionNeedsSameType(base.description, right.type.description), right.range)
            }
            return base
        case .any:
            guard right.type.admitsNumber || right.type.admitsString || right.type.listElement != nil else {
                throw error(.additionNeedsNumbersOrStrings(found: right.type.description), right.range)
            }
            return right.type.nonOptional
        default:
            throw error(.additionNeedsNumbersOrStrings(found: left.type.description), left.range)
        }
    }
}
