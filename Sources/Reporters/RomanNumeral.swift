/// How decisions number their groups: sectors `I, II, III…` and levels `A, B, C…`.
enum RomanNumeral {
    /// `1` → `I`, `14` → `XIV`; a number below 1 is written in digits.
    static func of(_ number: Int) -> String {
        guard number >= 1 else { return String(number) }
        let values = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
                      (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = number
        var text = ""
        for (value, numeral) in values {
            while rest >= value {
                text += numeral
                rest -= value
            }
        }
        return text
    }
}

enum AnnexLetter {
    /// `1` → `A`, `26` → `Z`, then `AA`, `AB`… as spreadsheet columns count.
    static func of(_ number: Int) -> String {
        guard number >= 1 else { return String(number) }
        var rest = number
        var text = ""
        while rest > 0 {
            rest -= 1
            text = String(UnicodeScalar(UInt8(65 + rest % 26))) + text
            rest /= 26
        }
        return text
    }
}
