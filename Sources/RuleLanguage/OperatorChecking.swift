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
                throw error("`\(spelled)` needs bools, found \(side.type)", side.range)
            }
            type = .bool
        case .add:
            type = try checkAddition(left, right)
        case .subtract, .multiply, .divide, .remainder:
            for side in [left, right] where !side.type.admitsNumber {
                throw error("`\(spelled)` needs numbers, found \(side.type)", side.range)
            }
            type = .number
        case .less, .lessEqual, .greater, .greaterEqual:
            guard left.type.isOrdered else {
                throw error("`\(spelled)` compares numbers, strings or dates, found \(left.type)", left.range)
            }
            guard right.type.nonOptional != .null,
                ValueType.unify(left.type.nonOptional, right.type.nonOptional) != nil
            else {
                throw error("`\(spelled)` compares values of one type, found \(left.type.nonOptional) and \(right.type)", right.range)
            }
            type = .bool
        case .equal, .notEqual:
            guard ValueType.unify(left.type, right.type) != nil else {
                throw error("`\(spelled)` compares values of one type, found \(left.type) and \(right.type)", operatorRange)
            }
            type = .bool
        case .in:
            guard let element = right.type.listElement else {
                let hint = right.type.admitsString ? "; for a substring write `contains(\(right.text), \(left.text))`" : ""
                throw error("`in` needs a list on its right, found \(right.type)\(hint)", right.range)
            }
            guard left.type.nonOptional != .null, ValueType.unify(left.type.nonOptional, element.nonOptional) != nil else {
                throw error("`in` looks for \(left.type) in a list of \(element)", left.range)
            }
            type = .bool
        }
        var result = typed(.binary(op, left, right), type, syntax)
        result.operatorText = spelled
        return result
    }

    /// `+`: number + number, or string + string.
    private func checkAddition(_ left: TypedExpression, _ right: TypedExpression) throws(LanguageError) -> ValueType {
        let base = left.type.nonOptional
        switch base {
        case .number, .string:
            guard right.type.admits(base) else {
                throw error("`+` needs two numbers or two strings, found \(base) and \(right.type)", right.range)
            }
            return base
        case .any:
            guard right.type.admitsNumber || right.type.admitsString else {
                throw error("`+` needs numbers or strings, found \(right.type)", right.range)
            }
            return right.type.nonOptional
        default:
            throw error("`+` needs numbers or strings, found \(left.type)", left.range)
        }
    }
}
