import Vocabulary

/// The words of `ParseMessage`: an expression or a message template that does not parse.
enum ParseMessageText {
    static func english(_ message: ParseMessage, _ w: Words) -> String {
        switch message {
        case .singleEquals: return "unexpected \(w.code("=")); write \(w.code("==")) to compare"
        case .singleAmpersand: return "unexpected \(w.code("&")); write \(w.code("&&")) (or \(w.code("and")))"
        case .singleBar: return "unexpected \(w.code("|")); write \(w.code("||")) (or \(w.code("or")))"
        case .unexpectedCharacter(let character): return "unexpected character \(w.code(character))"
        case .numberWithSuffix(let text):
            return "a number is written with digits and one \(w.code(".")) only (no exponent or suffix), found \(w.code(text))"
        case .numberTooLarge(let text): return "the number \(w.code(text)) is too large"
        case .unknownEscape(let character):
            return "unknown escape \(w.code("\\" + character)) in a string; write \(w.code("\\\\")) for a backslash"
        case .unterminatedString(let quote): return "unterminated string; it needs a closing \(w.code(quote))"
        case .empty: return "the expression is empty"
        case .trailing(let token): return "unexpected \(w.code(token)) after a complete expression"
        case .expected(let closing, let found):
            return "expected \(w.code(closing.symbol)) \(englishPurpose(closing, w)), found \(englishFound(found, w))"
        case .tooDeep(let levels): return "the expression nests more than \(levels) levels deep"
        case .fieldNameExpected(let found): return "expected a field name after \(w.code(".")), found \(englishFound(found, w))"
        case .keywordWithoutOperand(let word): return "\(w.code(word)) needs an operand before it"
        case .endsEarly: return "the expression ends too early; expected an operand"
        case .operandExpected(let token): return "unexpected \(w.code(token)); expected an operand"
        case .unmatchedBrace: return "unmatched \(w.code("}")) in the message; write \(w.code("}}")) for a literal brace"
        case .emptyHole: return "empty \(w.code("{}")) in the message; write \(w.code("{{}}")) for literal braces"
        case .unclosedHole:
            return "unclosed \(w.code("{")) in the message; close it with \(w.code("}")) or write \(w.code("{{")) for a literal brace"
        }
    }

    static func vietnamese(_ message: ParseMessage, _ w: Words) -> String {
        switch message {
        case .singleEquals: return "không dùng \(w.code("=")) đơn; viết \(w.code("==")) để so sánh"
        case .singleAmpersand: return "không dùng \(w.code("&")) đơn; viết \(w.code("&&")) (hoặc \(w.code("and")))"
        case .singleBar: return "không dùng \(w.code("|")) đơn; viết \(w.code("||")) (hoặc \(w.code("or")))"
        case .unexpectedCharacter(let character): return "ký tự \(w.code(character)) không được dùng trong biểu thức"
        case .numberWithSuffix(let text):
            return "số chỉ được viết bằng chữ số và nhiều nhất một dấu \(w.code(".")) (không có số mũ hay hậu tố), "
                + "gặp \(w.code(text))"
        case .numberTooLarge(let text): return "số \(w.code(text)) quá lớn"
        case .unknownEscape(let character):
            return "chuỗi có ký tự thoát không hợp lệ \(w.code("\\" + character)); "
                + "viết \(w.code("\\\\")) cho một dấu gạch chéo ngược"
        case .unterminatedString(let quote): return "chuỗi chưa được đóng; cần thêm dấu \(w.code(quote)) ở cuối chuỗi"
        case .empty: return "biểu thức để trống"
        case .trailing(let token): return "thừa \(w.code(token)) sau một biểu thức đã hoàn chỉnh"
        case .expected(let closing, let found):
            return "cần \(w.code(closing.symbol)) \(vietnamesePurpose(closing, w)), nhưng gặp \(vietnameseFound(found, w))"
        case .tooDeep(let levels): return "biểu thức lồng nhau quá \(levels) cấp"
        case .fieldNameExpected(let found): return "cần tên trường sau \(w.code(".")), nhưng gặp \(vietnameseFound(found, w))"
        case .keywordWithoutOperand(let word): return "\(w.code(word)) cần một toán hạng đứng trước"
        case .endsEarly: return "biểu thức kết thúc quá sớm; còn thiếu một toán hạng"
        case .operandExpected(let token): return "gặp \(w.code(token)) ở chỗ cần một toán hạng"
        case .unmatchedBrace:
            return "thông báo có \(w.code("}")) không khớp với dấu mở nào; viết \(w.code("}}")) để in một dấu ngoặc nhọn"
        case .emptyHole: return "thông báo có \(w.code("{}")) để trống; viết \(w.code("{{}}")) để in hai dấu ngoặc nhọn"
        case .unclosedHole:
            return "thông báo có \(w.code("{")) chưa được đóng; đóng bằng \(w.code("}")) "
                + "hoặc viết \(w.code("{{")) để in một dấu ngoặc nhọn"
        }
    }

    private static func englishPurpose(_ closing: ParseMessage.Closing, _ w: Words) -> String {
        switch closing {
        case .conditional: "between the branches of \(w.code("?:"))"
        case .parenthesis: "to close \(w.code("("))"
        case .index: "to close \(w.code("["))"
        case .list: "to close the list"
        case .arguments(let name): "to close the arguments of \(w.code(name))"
        }
    }

    private static func vietnamesePurpose(_ closing: ParseMessage.Closing, _ w: Words) -> String {
        switch closing {
        case .conditional: "giữa hai nhánh của \(w.code("?:"))"
        case .parenthesis: "để đóng \(w.code("("))"
        case .index: "để đóng \(w.code("["))"
        case .list: "để đóng danh sách"
        case .arguments(let name): "để đóng danh sách đối số của \(w.code(name))"
        }
    }

    private static func englishFound(_ found: ParseMessage.Found, _ w: Words) -> String {
        switch found {
        case .token(let text): w.code(text)
        case .end: "the end of the expression"
        }
    }

    private static func vietnameseFound(_ found: ParseMessage.Found, _ w: Words) -> String {
        switch found {
        case .token(let text): w.code(text)
        case .end: "cuối biểu thức"
        }
    }
}
