import Vocabulary

/// The words of `TypeMessage`: an expression refused when the rules load.
/// English names a type as the language does, bare (`found number or null`);
/// Vietnamese keeps it in backticks, as the code it is.
enum TypeMessageText {
    static func english(_ message: TypeMessage, _ w: Words) -> String {
        let type = { (name: String) in w.text(name) }
        switch message {
        case .listOfOneType(let expected, let found):
            return "a list holds values of one type: expected \(type(expected)), found \(type(found))"
        case .functionAsName(let name): return "\(w.code(name)) is a function; call it as \(w.code(name + "(…)"))"
        case .unknownName(let name, let suggestion): return "unknown name \(w.code(name))" + w.didYouMean(suggestion)
        case .macroAsField(let name, let receiver):
            return "\(w.code(name)) is a macro: write \(w.code("\(receiver).\(name)(x, …)"))"
        case .memberNeedsRecord(let field, let receiver, let found):
            return "\(w.code("." + field)) needs a record, but \(w.code(receiver)) is \(type(found))"
        case .unknownField(let name, let record, let suggestion):
            return "\(w.code(name)) is not a field of \(type(record))" + w.didYouMean(suggestion)
        case .indexNeedsList(let receiver, let found):
            return "\(w.code("[]")) needs a list, but \(w.code(receiver)) is \(type(found))"
        case .indexNotNumber(let found): return "a list index must be a number, found \(type(found))"
        case .mapKeyNotString(let found): return "a map is read by a string key, found \(type(found))"
        case .notNeedsBool(let op, let found): return "\(w.code(op)) needs a bool, found \(type(found))"
        case .negateNeedsNumber(let found): return "\(w.code("-")) needs a number, found \(type(found))"
        case .conditionNotBool(let found): return "the condition of \(w.code("?:")) must be a bool, found \(type(found))"
        case .branchesDiffer(let first, let second):
            return "the branches of \(w.code("?:")) must have one type, found \(type(first)) and \(type(second))"
        case .logicNeedsBools(let op, let found): return "\(w.code(op)) needs bools, found \(type(found))"
        case .arithmeticNeedsNumbers(let op, let found): return "\(w.code(op)) needs numbers, found \(type(found))"
        case .additionNeedsSameType(let left, let right):
            return "\(w.code("+")) needs two numbers, two strings or two lists of one type, found \(type(left)) and \(type(right))"
        case .additionNeedsNumbersOrStrings(let found): return "\(w.code("+")) needs numbers, strings or lists, found \(type(found))"
        case .orderNeedsOrdered(let op, let found):
            return "\(w.code(op)) compares numbers, strings or dates, found \(type(found))"
        case .comparisonOfOneType(let op, let left, let right):
            return "\(w.code(op)) compares values of one type, found \(type(left)) and \(type(right))"
        case .inNeedsList(let found): return "\(w.code("in")) needs a list on its right, found \(type(found))"
        case .inOnText(let found, let text, let part):
            return "\(w.code("in")) needs a list on its right, found \(type(found)); "
                + "for a substring write \(w.code("contains(\(text), \(part))"))"
        case .inElementType(let found, let element):
            return "\(w.code("in")) looks for \(type(found)) in a list of \(type(element))"
        case .functionAsMethod(let name, let receiver):
            return "\(w.code(name)) is a function, not a method: write \(w.code("\(name)(\(receiver), …)"))"
        case .unknownMethod(let name, let suggestion):
            return "unknown method \(w.code(name))"
                + (suggestion == nil ? "; the methods are all, exists, exists_one, filter, map and sum" : w.didYouMean(suggestion))
        case .macroArguments(let name):
            return "\(w.code(name)) takes a variable and \(name == "map" || name == "sum" ? "an expression" : "a predicate"): "
                + w.text(usage(name))
        case .macroVariable(let name):
            return "the first argument of \(w.code(name)) must be a variable name, such as \(w.code("x")) in \(w.text(usage(name)))"
        case .macroNeedsList(let name, let receiver, let found):
            return "\(w.code(name)) needs a list, but \(w.code(receiver)) is \(type(found))"
        case .predicateNotBool(let name, let found): return "the predicate of \(w.code(name)) must be a bool, found \(type(found))"
        case .notAmongValues(let literal, let field, let values, let suggestion):
            return "\(w.code(literal)) is not a value of \(w.code(field)), which is one of "
                + values.map { w.code($0) }.joined(separator: ", ") + w.didYouMean(suggestion)
        case .sumNotNumber(let found): return "the expression of \(w.code("sum")) must be a number, found \(type(found))"
        case .macroAsFunction(let name):
            return "\(w.code(name)) is a macro over a list: write \(w.code("list.\(name)(x, …)"))"
        case .fieldAsFunction(let name): return "\(w.code(name)) is a field, not a function"
        case .unknownFunction(let name, let suggestion): return "unknown function \(w.code(name))" + w.didYouMean(suggestion)
        case .arity(let name, let expected, let found, let signature):
            let count = expected == 1 ? "1 argument" : "\(expected) arguments"
            return "\(w.code(name)) takes \(count), found \(found): \(w.text(signature))"
        case .hasNeedsPath(let signature):
            return "\(w.code("has")) takes a field path such as \(w.code("deadline.proposed")): \(w.text(signature))"
        case .argument(let function, let expected, let found, let signature):
            return "\(w.code(function)) expects \(englishExpected(expected, w)), found \(type(found)): \(w.text(signature))"
        case .notDate(let text): return "\(w.code(text)) is not a date; dates are written YYYY-MM-DD"
        case .invalidPattern(let pattern): return "\(w.code(pattern)) is not a valid regular expression"
        case .exponentialPattern(let pattern, let fragment, let problem):
            let why =
                switch problem {
                case .nestedRepetition: "\(w.code(fragment)) repeats a group that is itself only a repetition"
                case .overlappingAlternatives:
                    "\(w.code(fragment)) repeats a choice between alternatives that match the same text"
                }
            return "the regular expression \(w.code(pattern)) can take exponential time on a text it does not match: "
                + "\(why); write each repetition so that only one way of matching is possible (\(w.code("(a+)+")) as \(w.code("a+")))"
        case .definitionsTooDeep(let limit):
            return "definitions use one another more than \(limit) levels deep here; use fewer levels"
        case .recursiveDefinition(let chain):
            return "\(w.code(chain.first ?? "")) uses itself (\(w.text(chain.joined(separator: " → ")))): a definition cannot be recursive"
        case .expressionType(let expected, let found): return "the expression must be a \(type(expected)), found \(type(found))"
        }
    }

    static func vietnamese(_ message: TypeMessage, _ w: Words) -> String {
        let type = { (name: String) in w.code(name) }
        switch message {
        case .listOfOneType(let expected, let found):
            return "một danh sách chỉ chứa giá trị cùng một kiểu: cần \(type(expected)), nhưng có phần tử kiểu \(type(found))"
        case .functionAsName(let name): return "\(w.code(name)) là một hàm; hãy gọi nó dạng \(w.code(name + "(…)"))"
        case .unknownName(let name, let suggestion): return "không có tên \(w.code(name))" + w.didYouMean(suggestion)
        case .macroAsField(let name, let receiver):
            return "\(w.code(name)) là một macro: viết \(w.code("\(receiver).\(name)(x, …)"))"
        case .memberNeedsRecord(let field, let receiver, let found):
            return "\(w.code("." + field)) cần một bản ghi, nhưng \(w.code(receiver)) có kiểu \(type(found))"
        case .unknownField(let name, let record, let suggestion):
            return "\(w.code(name)) không phải là trường của \(type(record))" + w.didYouMean(suggestion)
        case .indexNeedsList(let receiver, let found):
            return "\(w.code("[]")) cần một danh sách, nhưng \(w.code(receiver)) có kiểu \(type(found))"
        case .indexNotNumber(let found): return "chỉ số của danh sách phải là một số, nhưng có kiểu \(type(found))"
        case .mapKeyNotString(let found): return "bảng tra được đọc bằng một khóa chuỗi, nhưng có kiểu \(type(found))"
        case .notNeedsBool(let op, let found): return "\(w.code(op)) cần một giá trị đúng/sai, nhưng toán hạng có kiểu \(type(found))"
        case .negateNeedsNumber(let found): return "\(w.code("-")) cần một số, nhưng toán hạng có kiểu \(type(found))"
        case .conditionNotBool(let found):
            return "điều kiện của \(w.code("?:")) phải là giá trị đúng/sai, nhưng có kiểu \(type(found))"
        case .branchesDiffer(let first, let second):
            return "hai nhánh của \(w.code("?:")) phải cùng một kiểu, nhưng có kiểu \(type(first)) và \(type(second))"
        case .logicNeedsBools(let op, let found): return "\(w.code(op)) chỉ dùng với giá trị đúng/sai, nhưng một vế có kiểu \(type(found))"
        case .arithmeticNeedsNumbers(let op, let found): return "\(w.code(op)) chỉ dùng với số, nhưng một vế có kiểu \(type(found))"
        case .additionNeedsSameType(let left, let right):
            return "\(w.code("+")) cần hai số, hai chuỗi hoặc hai danh sách cùng kiểu, nhưng hai vế có kiểu \(type(left)) và \(type(right))"
        case .additionNeedsNumbersOrStrings(let found): return "\(w.code("+")) chỉ cộng số, nối chuỗi hoặc nối danh sách, nhưng một vế có kiểu \(type(found))"
        case .orderNeedsOrdered(let op, let found):
            return "\(w.code(op)) so sánh số, chuỗi hoặc ngày, nhưng vế trái có kiểu \(type(found))"
        case .comparisonOfOneType(let op, let left, let right):
            return "\(w.code(op)) so sánh hai giá trị cùng một kiểu, nhưng hai vế có kiểu \(type(left)) và \(type(right))"
        case .inNeedsList(let found): return "vế phải của \(w.code("in")) phải là một danh sách, nhưng có kiểu \(type(found))"
        case .inOnText(let found, let text, let part):
            return "vế phải của \(w.code("in")) phải là một danh sách, nhưng có kiểu \(type(found)); "
                + "để tìm một đoạn trong chuỗi, viết \(w.code("contains(\(text), \(part))"))"
        case .inElementType(let found, let element):
            return "\(w.code("in")) tìm một giá trị kiểu \(type(found)) trong một danh sách các giá trị kiểu \(type(element))"
        case .functionAsMethod(let name, let receiver):
            return "\(w.code(name)) là một hàm, không phải phương thức: viết \(w.code("\(name)(\(receiver), …)"))"
        case .unknownMethod(let name, let suggestion):
            return "không có phương thức \(w.code(name))"
                + (suggestion == nil
                    ? "; các phương thức là \(w.code("all")), \(w.code("exists")), \(w.code("exists_one")), "
                        + "\(w.code("filter")), \(w.code("map")) và \(w.code("sum"))"
                    : w.didYouMean(suggestion))
        case .macroArguments(let name):
            return "\(w.code(name)) nhận một biến và \(name == "map" || name == "sum" ? "một biểu thức" : "một điều kiện"): \(w.code(usage(name)))"
        case .macroVariable(let name):
            return "đối số thứ nhất của \(w.code(name)) phải là tên một biến, như \(w.code("x")) trong \(w.code(usage(name)))"
        case .macroNeedsList(let name, let receiver, let found):
            return "\(w.code(name)) cần một danh sách, nhưng \(w.code(receiver)) có kiểu \(type(found))"
        case .notAmongValues(let literal, let field, let values, let suggestion):
            return "\(w.code(literal)) không phải là một giá trị của \(w.code(field)), vốn là một trong "
                + values.map { w.code($0) }.joined(separator: ", ") + w.didYouMean(suggestion)
        case .sumNotNumber(let found):
            return "biểu thức của \(w.code("sum")) phải là một số, nhưng có kiểu \(type(found))"
        case .predicateNotBool(let name, let found):
            return "điều kiện của \(w.code(name)) phải là giá trị đúng/sai, nhưng có kiểu \(type(found))"
        case .macroAsFunction(let name):
            return "\(w.code(name)) là một macro trên danh sách: viết \(w.code("list.\(name)(x, …)"))"
        case .fieldAsFunction(let name): return "\(w.code(name)) là một trường, không phải hàm"
        case .unknownFunction(let name, let suggestion): return "không có hàm \(w.code(name))" + w.didYouMean(suggestion)
        case .arity(let name, let expected, let found, let signature):
            return "\(w.code(name)) nhận \(expected) đối số, nhưng được gọi với \(found): \(w.code(signature))"
        case .hasNeedsPath(let signature):
            return "\(w.code("has")) nhận một đường dẫn trường như \(w.code("deadline.proposed")): \(w.code(signature))"
        case .argument(let function, let expected, let found, let signature):
            return "\(w.code(function)) cần \(vietnameseExpected(expected, w)), nhưng đối số có kiểu \(type(found)): \(w.code(signature))"
        case .notDate(let text): return "\(w.code(text)) không phải là ngày; ngày được viết dạng YYYY-MM-DD"
        case .invalidPattern(let pattern): return "\(w.code(pattern)) không phải là biểu thức chính quy hợp lệ"
        case .exponentialPattern(let pattern, let fragment, let problem):
            let why =
                switch problem {
                case .nestedRepetition: "\(w.code(fragment)) lặp lại một nhóm mà bản thân nhóm chỉ là một phép lặp"
                case .overlappingAlternatives:
                    "\(w.code(fragment)) lặp lại một lựa chọn giữa các nhánh khớp cùng một đoạn văn bản"
                }
            return "biểu thức chính quy \(w.code(pattern)) có thể chạy mất thời gian theo hàm mũ trên văn bản không khớp: "
                + "\(why); hãy viết mỗi phép lặp sao cho chỉ có một cách khớp (\(w.code("(a+)+")) thành \(w.code("a+")))"
        case .definitionsTooDeep(let limit):
            return "ở đây các định nghĩa dùng lồng nhau quá \(limit) tầng; hãy giảm số tầng"
        case .recursiveDefinition(let chain):
            return "\(w.code(chain.first ?? "")) tự dùng lại chính nó (\(w.text(chain.joined(separator: " → ")))): một định nghĩa không được đệ quy"
        case .expressionType(let expected, let found): return "biểu thức phải có kiểu \(type(expected)), nhưng có kiểu \(type(found))"
        }
    }

    /// How a macro is called: `list.all(x, predicate)`.
    private static func usage(_ name: String) -> String {
        name == "map" || name == "sum" ? "list.\(name)(x, expression)" : "list.\(name)(x, predicate)"
    }

    private static func englishExpected(_ expected: TypeMessage.Expected, _ w: Words) -> String {
        switch expected {
        case .stringOrList: "a string or a list"
        case .list: "a list"
        case .numbers: "a list of numbers"
        case .number: "a number"
        case .digits: "a number of digits"
        case .string: "a string"
        case .date: "a date"
        case .strings: "a list of strings"
        case .sortable: "a list of numbers, strings or dates"
        case .element(let list): "an element of \(w.text(list))"
        }
    }

    private static func vietnameseExpected(_ expected: TypeMessage.Expected, _ w: Words) -> String {
        switch expected {
        case .stringOrList: "một chuỗi hoặc một danh sách"
        case .list: "một danh sách"
        case .numbers: "một danh sách số"
        case .number: "một số"
        case .digits: "một số (số chữ số)"
        case .string: "một chuỗi"
        case .date: "một ngày"
        case .strings: "một danh sách chuỗi"
        case .sortable: "một danh sách số, chuỗi hoặc ngày"
        case .element(let list): "một phần tử của \(w.code(list))"
        }
    }
}
