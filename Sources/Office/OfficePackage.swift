/// One part of an XLSX or DOCX package, read with the standard limits: for a
/// test or a tool that checks what a writer put inside (`word/document.xml`).
public enum OfficePackage {
    /// The part's bytes; nil when the package has no such part.
    public static func part(_ path: String, of bytes: [UInt8]) throws(OfficeError) -> [UInt8]? {
        var parts = try ZipParts(bytes, limits: .standard)
        return try parts.read(path)
    }
}
