import Vocabulary
/// Resolves names and checks types, turning `Syntax` into `TypedExpression`.
/// Every error points at the sub-expression or token at fault.
struct TypeChecker {
    let scope: RecordType
    /// The text being checked: the rule's expression, or a definition's body.
    private(set) var text: SourceText
    let names: RuleNames
    /// Macro variables (and definition parameters), innermost last; a
    /// variable's slot is its index.
    private var variables: [(name: String, type: ValueType)] = []
    /// The first slot the text being checked may see: a definition's body
    /// sees its parameters, not its caller's variables.
    private var firstVisibleSlot = 0
    /// The definitions being expanded, outermost first.
    private var expanding: [String] = []

    init(scope: RecordType, text: SourceText, names: RuleNames = RuleNames()) {
        self.scope = scope
        self.text = text
        self.names = names
    }

    func typed(_ kind: TypedExpression.Kind, _ type: ValueType, _ syntax: Syntax) -> TypedExpression {
        TypedExpression(kind: kind, type: type, range: syntax.range, text: text.slice(syntax.range))
    }

    func error(_ message: TypeMessage, _ range: SourceRange) -> LanguageError {
        LanguageError(.type(message), range: range)
    }

    mutating func check(_ syntax: Syntax) throws(LanguageError) -> TypedExpression {
        switch syntax.kind {
        case .number(let value): return typed(.constant(.number(value)), .number, syntax)
        case .string(let value): return typed(.constant(.string(value)), .string, syntax)
        case .bool(let value): return typed(.constant(.bool(value)), .bool, syntax)
        case .null: return typed(.constant(.null), .null, syntax)
        case .list(let elements): return try checkList(elements, syntax)
        case .name(let name): return try checkName(name, syntax)
        case .member(let base, let name, let nameRange): return try checkMember(base, name, nameRange, syntax)
        case .index(let base, let position): return try checkIndex(base, position, syntax)
        case .call(let name, let nameRange, let arguments):
            return try checkCall(name, nameRange: nameRange, arguments: arguments, syntax)
        case .method(let receiver, let name, let nameRange, let arguments):
            return try checkMacro(receiver, name, nameRange: nameRange, arguments: arguments, syntax)
        case .unary(let op, let operatorRange, let operand): return try checkUnary(op, operatorRange, operand, syntax)
        case .binary(let op, let operatorRange, let left, let right):
            return try checkBinary(op, operatorRange, left, right, syntax)
        case .conditional(let condition, let then, let otherwise):
            return try checkConditional(condition, then, otherwise, syntax)
        }
    }

    private mutating func checkList(_ elements: [Syntax], _ syntax: Syntax) throws(LanguageError) -> TypedExpression {
        var typedElements: [TypedExpression] = []
        var elementType = ValueType.any
        for element in elements {
            let checked = try check(element)
            guard let unified = ValueType.unify(elementType, checked.type) else {
                throw error(.listOfOneType(expected: elementType.description, found: checked.type.description), element.range)
            }
            elementType = unified
            typedElements.append(checked)
        }
        var constants: [Value] = []
        for element in typedElements {
            guard case .constant(let value) = element.kind else {
                return typed(.list(typedElements), .list(elementType), syntax)
            }
            constants.append(value)
        }
        return typed(.constant(.list(constants)), .list(elementType), syntax)
    }

    private mutating func checkName(_ name: String, _ syntax: Syntax) throws(LanguageError) -> TypedExpression {
        if let slot = variables.lastIndex(where: { $0.name == name }), slot >= firstVisibleSlot {
            return typed(.path(Path(root: .variable(slot: slot), fields: [], names: [name])), variables[slot].type, syntax)
        }
        // A definition's body does not see the `let`s of the rule using it.
        if expanding.isEmpty, let index = names.lets.index(of: name) {
            let bound = names.lets.bindings[index].expression
            var path = typed(
                .path(Path(root: .binding(index: index, reads: bound.firstPath), fields: [], names: [name])), bound.type,
                syntax)
            path.values = bound.root.values
            return path
        }
        if let definition = names.definitions.definition(name) {
            return try expand(definition, arguments: [], syntax)
        }
        if name == "params", expanding.isEmpty, let params = names.params {
            return typed(.constant(.record(params)), .record(params.type), syntax)
        }
        if let index = scope.index(of: name) {
            var path = typed(.path(Path(root: .scope(index: index), fields: [], names: [name])), scope.fields[index].type, syntax)
            path.values = scope.fields[index].values
            return path
        }
        if Function.signatures[name] != nil {
            throw error(.functionAsName(name), syntax.range)
        }
        let candidates =
            scope.fields.map(\.name) + variables[firstVisibleSlot...].map(\.name)
            + (expanding.isEmpty ? names.lets.names : []) + names.definitions.names
        throw error(.unknownName(name, suggestion: Suggestion.closest(to: name, in: candidates)), syntax.range)
    }

    private mutating func checkMember(
        _ base: Syntax, _ name: String, _ nameRange: SourceRange, _ syntax: Syntax
    ) throws(LanguageError) -> TypedExpression {
        let receiver = try check(base)
        guard let record = receiver.type.recordType else {
            if let macro = Macro(rawValue: name) {
                throw error(.macroAsField(macro.rawValue, receiver: receiver.text), nameRange)
            }
            throw error(.memberNeedsRecord(field: name, receiver: receiver.text, type: receiver.type.description), nameRange)
        }
        guard let index = record.index(of: name) else {
            let suggestion = Suggestion.closest(to: name, in: record.fields.map(\.name))
            throw error(.unknownField(name, record: record.name, suggestion: suggestion), nameRange)
        }
        let field = FieldAccess(index: index, name: name, record: record)
        let fieldType = record.fields[index].type
        let type = receiver.type.isOptional ? fieldType.orNull : fieldType
        var result: TypedExpression
        if case .constant(.record(let constant)) = receiver.kind, constant.type === record {
            // `params.max_days`: a constant of the compiled rule.
            result = typed(.constant(constant.values[index]), type, syntax)
        } else if case .path(var path) = receiver.kind {
            path.fields.append(field)
            path.names.append(name)
            result = typed(.path(path), type, syntax)
        } else {
            result = typed(.member(receiver, field), type, syntax)
        }
        result.values = record.fields[index].values
        return result
    }

    private mutating func checkIndex(_ base: Syntax, _ position: Syntax, _ syntax: Syntax) throws(LanguageError) -> TypedExpression {
        let list = try check(base)
        if case .map(let element) = list.type.nonOptional {
            // `plan.targets.X[sector.id]`, `catalog.by_code[code]`: null for a key outside the map.
            let key = try check(position)
            guard key.type.admitsString else {
                throw error(.mapKeyNotString(type: key.type.description), position.range)
            }
            return typed(.index(list, key), element.orNull, syntax)
        }
        guard let element = list.type.listElement else {
            throw error(.indexNeedsList(receiver: list.text, type: list.type.description), base.range)
        }
        let index = try check(position)
        guard index.type.admitsNumber else {
            throw error(.indexNotNumber(type: index.type.description), position.range)
        }
        let type = list.type.isOptional ? element.orNull : element
        return typed(.index(list, index), type, syntax)
    }

    private mutating func checkUnary(
        _ op: UnaryOperator, _ operatorRange: SourceRange, _ operand: Syntax, _ syntax: Syntax
    ) throws(LanguageError) -> TypedExpression {
        let checked = try check(operand)
        let spelled = text.slice(operatorRange)
        switch op {
        case .not:
            guard checked.type.admitsBool else {
                throw error(.notNeedsBool(operator: spelled, found: checked.type.description), operand.range)
            }
        case .negate:
            guard checked.type.admitsNumber else {
                throw error(.negateNeedsNumber(found: checked.type.description), operand.range)
            }
        }
        var result = typed(.unary(op, checked), op == .not ? .bool : .number, syntax)
        result.operatorText = spelled
        return result
    }

    private mutating func checkConditional(
        _ condition: Syntax, _ then: Syntax, _ otherwise: Syntax, _ syntax: Syntax
    ) throws(LanguageError) -> TypedExpression {
        let test = try check(condition)
        guard test.type.admitsBool else {
            throw error(.conditionNotBool(found: test.type.description), condition.range)
        }
        let first = try check(then)
        let second = try check(otherwise)
        guard let type = ValueType.unify(first.type, second.type) else {
            throw error(.branchesDiffer(first.type.description, second.type.description), otherwise.range)
        }
        return typed(.conditional(test, first, second), type, syntax)
    }

    /// `L.all(x, p)`, `L.exists(x, p)`, `L.exists_one(x, p)`, `L.filter(x, p)`,
    /// `L.map(x, e)`, `L.sum(x, e)`.
    private mutating func checkMacro(
        _ receiver: Syntax, _ name: String, nameRange: SourceRange, arguments: [Syntax], _ syntax: Syntax
    ) throws(LanguageError) -> TypedExpression {
        guard let macro = Macro(rawValue: name) else {
            if Function.signatures[name] != nil {
                throw error(.functionAsMethod(name, receiver: text.slice(receiver.range)), nameRange)
            }
            let suggestion = Suggestion.closest(to: name, in: Macro.allCases.map(\.rawValue))
            throw error(.unknownMethod(name, suggestion: suggestion), nameRange)
        }
        guard arguments.count == 2 else {
            throw error(.macroArguments(name), syntax.range)
        }
        guard case .name(let variable) = arguments[0].kind else {
            throw error(.macroVariable(name), arguments[0].range)
        }
        let list = try check(receiver)
        guard let element = list.type.listElement else {
            throw error(.macroNeedsList(name, receiver: list.text, type: list.type.description), receiver.range)
        }
        variables.append((variable, element))
        let slot = variables.count - 1
        let body = try check(arguments[1])
        variables.removeLast()
        let type: ValueType
        switch macro {
        case .all, .exists, .existsOne, .filter:
            guard body.type.admitsBool else {
                throw error(.predicateNotBool(name, found: body.type.description), arguments[1].range)
            }
            type = macro == .filter ? .list(element) : .bool
        case .map:
            type = .list(body.type)
        case .sum:
            guard body.type.admitsNumber else {
                throw error(.sumNotNumber(found: body.type.description), arguments[1].range)
            }
            type = .number
        }
        return typed(.macro(macro, list, variable: variable, slot: slot, body), type, syntax)
    }

    /// A definition used by name or called: its arguments are checked here,
    /// then its body with its parameters of their types, as if written in
    /// place but seeing only its parameters. An error inside the body is
    /// located in the definition's text and names it.
    mutating func expand(
        _ definition: Definitions.Definition, arguments: [Syntax], _ syntax: Syntax
    ) throws(LanguageError) -> TypedExpression {
        guard !expanding.contains(definition.name) else {
            throw error(.recursiveDefinition(expanding + [definition.name]), syntax.range)
        }
        guard expanding.count < Definitions.maxDepth else {
            throw error(.definitionsTooDeep(limit: Definitions.maxDepth), syntax.range)
        }
        guard arguments.count == definition.parameters.count else {
            throw error(
                .arity(
                    definition.name, expected: definition.parameters.count, found: arguments.count,
                    signature: definition.signature), syntax.range)
        }
        var checked: [TypedExpression] = []
        for argument in arguments { checked.append(try check(argument)) }
        let saved = (text, firstVisibleSlot, variables.count)
        let slot = variables.count
        for (parameter, argument) in zip(definition.parameters, checked) {
            variables.append((parameter, argument.type))
        }
        text = definition.text
        firstVisibleSlot = slot
        expanding.append(definition.name)
        defer {
            (text, firstVisibleSlot) = (saved.0, saved.1)
            variables.removeLast(variables.count - saved.2)
            expanding.removeLast()
        }
        let body: TypedExpression
        do {
            body = try check(definition.syntax)
        } catch {
            var located = error
            if located.definition == nil { located.definition = definition.name }
            throw located
        }
        var result = TypedExpression(
            kind: .inline(name: definition.name, arguments: checked, slot: slot, body: body), type: body.type,
            range: syntax.range, text: saved.0.slice(syntax.range))
        result.values = body.values
        return result
    }
}
