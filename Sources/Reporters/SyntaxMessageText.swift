import Vocabulary

/// The words of `SyntaxMessage`. libyaml words its errors in English; the
/// Vietnamese text translates the ones a hand-written file meets.
enum SyntaxMessageText {
    static func english(_ message: SyntaxMessage, _ w: Words) -> String {
        switch message {
        case .libyaml(let problem, let context, let line, let column, let hint):
            var text = w.text(problem)
            if let context, let line, let column { text += " (\(w.text(context)) started at \(line):\(column))" }
            return text + (hint.map { englishHint($0) } ?? "")
        case .utf16: return "the file is not UTF-8 (it looks like UTF-16); save it as UTF-8"
        case .invalidUTF8(let byte): return "invalid UTF-8 byte 0x\(hex(byte)); save the file as UTF-8"
        case .tooLarge(let size, let limit):
            return "file of \(size) bytes is larger than the limit of \(limit) bytes; split it into smaller files"
        case .tooDeep(let limit): return "nesting deeper than the limit of \(limit) levels; flatten the structure"
        case .tooManyNodes(let limit, let aliased):
            return aliased
                ? "aliases expand the document beyond the limit of \(limit) nodes"
                : "the document has more than the limit of \(limit) nodes; split it into smaller files"
        case .tooManyTextBytes(let limit, let aliased):
            return aliased
                ? "aliases expand the document beyond the limit of \(limit) bytes of text"
                : "the document has more than the limit of \(limit) bytes of text; split it into smaller files"
        case .recursiveAlias(let anchor):
            return "alias *\(w.text(anchor)) refers to a collection that contains it; recursive aliases are not allowed"
        case .undefinedAlias(let anchor): return "alias *\(w.text(anchor)) names no anchor defined before it"
        case .mergeNeedsMapping(let found, let inList):
            return "the merge key << needs a mapping or a list of mappings, not " + (inList ? "a list holding " : "") + w.kind(found)
        case .outOfMemory: return "libyaml ran out of memory"
        case .unexpectedEvent: return "unexpected parser event"
        case .nameNotUTF8(let name, let isDirectory):
            return isDirectory
                ? "the directory name \(w.code(name)) is not UTF-8, so its files are not read; rename the directory"
                : "the file name \(w.code(name)) is not UTF-8, so the file is not read; rename the file"
        }
    }

    static func vietnamese(_ message: SyntaxMessage, _ w: Words) -> String {
        switch message {
        case .libyaml(let problem, let context, let line, let column, let hint):
            var text = "YAML không hợp lệ: " + (problems[problem] ?? w.text(problem))
            if let context, let line, let column {
                text += " (\(contexts[context] ?? w.text(context)) bắt đầu ở dòng \(line), cột \(column))"
            }
            return text + (hint.map { vietnameseHint($0) } ?? "")
        case .utf16: return "tệp không phải UTF-8 (có vẻ là UTF-16); hãy lưu lại dưới dạng UTF-8"
        case .invalidUTF8(let byte): return "tệp không phải UTF-8: byte 0x\(hex(byte)) không hợp lệ; hãy lưu lại dưới dạng UTF-8"
        case .tooLarge(let size, let limit):
            return "vượt giới hạn: tệp \(w.count(size)) byte lớn hơn giới hạn \(w.count(limit)) byte; hãy tách thành các tệp nhỏ hơn"
        case .tooDeep(let limit): return "vượt giới hạn: lồng sâu hơn \(w.count(limit)) cấp; hãy làm phẳng cấu trúc"
        case .tooManyNodes(let limit, let aliased):
            return aliased
                ? "vượt giới hạn: bí danh (alias) làm tài liệu vượt quá \(w.count(limit)) nút"
                : "vượt giới hạn: tài liệu có hơn \(w.count(limit)) nút; hãy tách thành các tệp nhỏ hơn"
        case .tooManyTextBytes(let limit, let aliased):
            return aliased
                ? "vượt giới hạn: bí danh (alias) làm tài liệu vượt quá \(w.count(limit)) byte văn bản"
                : "vượt giới hạn: tài liệu có hơn \(w.count(limit)) byte văn bản; hãy tách thành các tệp nhỏ hơn"
        case .recursiveAlias(let anchor):
            return "YAML không hợp lệ: bí danh *\(w.text(anchor)) trỏ tới tập hợp chứa chính nó; không được dùng bí danh đệ quy"
        case .undefinedAlias(let anchor):
            return "YAML không hợp lệ: bí danh *\(w.text(anchor)) không trỏ tới neo (anchor) nào được định nghĩa trước đó"
        case .mergeNeedsMapping(let found, let inList):
            return "YAML không hợp lệ: khóa gộp << cần một ánh xạ hoặc danh sách ánh xạ, không phải "
                + (inList ? "danh sách chứa " : "") + w.kind(found)
        case .outOfMemory: return "vượt giới hạn: libyaml hết bộ nhớ"
        case .unexpectedEvent: return "YAML không hợp lệ: sự kiện phân tích không mong đợi"
        case .nameNotUTF8(let name, let isDirectory):
            return isDirectory
                ? "tên thư mục \(w.code(name)) không phải UTF-8 nên các tệp trong đó không được đọc; đổi tên thư mục"
                : "tên tệp \(w.code(name)) không phải UTF-8 nên tệp không được đọc; đổi tên tệp"
        }
    }

    private static func englishHint(_ hint: SyntaxMessage.Hint) -> String {
        switch hint {
        case .tab: "; it is a tab: indent YAML with spaces"
        case .yamlVersion: "; the `%YAML` directive names a version tthc does not read: write `%YAML 1.2` or remove the line"
        case .missingSpaceAfterColon: "; is a space missing after a `:`? Write `key: value`"
        case .colonInPlainValue: "; a value that contains `: ` must be quoted, as in name: \"Cấp phép: lần đầu\""
        case .indentation: "; check the indentation: the keys of one mapping, and the `-` items of one list, start in the same column"
        }
    }

    private static func vietnameseHint(_ hint: SyntaxMessage.Hint) -> String {
        switch hint {
        case .tab: "; đó là ký tự tab: hãy thụt lề bằng dấu cách"
        case .yamlVersion: "; chỉ thị `%YAML` nêu phiên bản tthc không đọc được: ghi `%YAML 1.2` hoặc bỏ dòng này"
        case .missingSpaceAfterColon: "; có thể thiếu dấu cách sau dấu `:`: hãy ghi `khóa: giá trị`"
        case .colonInPlainValue: "; giá trị có chứa `: ` phải đặt trong nháy kép, ví dụ name: \"Cấp phép: lần đầu\""
        case .indentation: "; hãy kiểm tra thụt lề: các khóa của cùng một ánh xạ, và các mục `-` của cùng một danh sách, phải thẳng cột"
        }
    }

    private static func hex(_ byte: UInt8) -> String {
        let text = String(byte, radix: 16, uppercase: true)
        return text.count == 1 ? "0" + text : text
    }

    /// libyaml's problems that a hand-written file meets, in Vietnamese.
    private static let problems: [String: String] = [
        "mapping values are not allowed in this context": "không được đặt cặp khóa: giá trị ở đây",
        "could not find expected ':'": "không tìm thấy dấu `:` cần có",
        "did not find expected key": "không tìm thấy khóa cần có",
        "did not find expected '-' indicator": "không tìm thấy dấu `-` của mục danh sách",
        "block sequence entries are not allowed in this context": "không được đặt mục danh sách `-` ở đây",
        "found character that cannot start any token": "gặp ký tự không thể mở đầu một giá trị",
        "found unexpected end of stream": "tệp kết thúc khi giá trị chưa đóng",
        "did not find expected node content": "thiếu giá trị",
        "found unknown escape character": "gặp chuỗi thoát (escape) không hợp lệ",
        "did not find expected ',' or ']'": "thiếu dấu `,` hoặc `]`",
        "did not find expected ',' or '}'": "thiếu dấu `,` hoặc `}`",
        "found a tab character that violates indentation": "ký tự tab làm sai thụt lề",
        "found a tab character where an indentation space is expected": "gặp ký tự tab ở chỗ cần dấu cách thụt lề",
        "found incompatible YAML document": "phiên bản YAML không được hỗ trợ",
        "did not find expected <document start>": "thiếu dấu mở đầu tài liệu `---`",
        "control characters are not allowed": "tệp chứa ký tự điều khiển không được phép",
        "found unexpected ':'": "gặp dấu `:` không mong đợi",
        "found undefined tag handle": "gặp tiền tố thẻ (tag) chưa khai báo",
        "found duplicate %YAML directive": "chỉ thị %YAML bị lặp",
        "did not find URI escaped octet": "thiếu byte thoát trong URI",
        "found extra tokens after the end of the stream": "còn nội dung sau khi tệp đã kết thúc",
    ]

    private static let contexts: [String: String] = [
        "while parsing a block mapping": "trong ánh xạ khối",
        "while parsing a block collection": "trong tập hợp khối",
        "while parsing a flow sequence": "trong danh sách `[ ]`",
        "while parsing a flow mapping": "trong ánh xạ `{ }`",
        "while scanning a simple key": "trong khóa",
        "while scanning a quoted scalar": "trong chuỗi đặt trong nháy",
        "while scanning a block scalar": "trong khối văn bản nhiều dòng",
        "while scanning a plain scalar": "trong giá trị",
        "while parsing a block node": "trong nút khối",
        "while parsing a flow node": "trong nút `[ ]`/`{ }`",
        "while scanning an anchor": "trong neo (anchor)",
        "while scanning an alias": "trong bí danh (alias)",
        "while scanning a tag": "trong thẻ (tag)",
        "while scanning a directive": "trong chỉ thị",
        "while parsing a node": "trong nút",
    ]
}
