import Review

func source(_ path: String, _ text: String) -> SourceFile {
    SourceFile(path: path, content: .bytes(Array(text.utf8)))
}
