import Catalog
import Documents
import FuzzSupport

/// Decodes the input as one catalog file, both ways: straight from libyaml's
/// events where the file is clean (EventCatalogDecoder), and through the tree
/// (YAMLLoader: libyaml, the limits, the tree builder; then the schema,
/// traits, durations, NFC). Any input must come back as findings, never a
/// crash, and the two readings must be the same, marks and all.
let decoder = CatalogDecoder(traits: ShippedRules.ruleSet.traits)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCatalog(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let file = decoder.decode(bytes: bytes, path: "catalog/fuzz.yaml")
    // Every finding is placed in the file, at a real line and column.
    for finding in file.findings where finding.location.line < 1 || finding.location.column < 1 {
        fatalError("finding without a place: \(finding)")
    }
    var read = ""
    var tree = ""
    dump(file, to: &read)
    dump(decoder.decodeThroughTree(bytes: bytes, path: "catalog/fuzz.yaml"), to: &tree)
    if read != tree { fatalError("the event decoder read the file otherwise than the tree:\n\(read)\n---\n\(tree)") }
    return 0
}

/// The executable's entry point (built with -parse-as-library, so there is no
/// top-level code): libFuzzer's driver, calling the function above.
@_cdecl("FuzzCatalog_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { fuzzCatalog($0, $1) }
}
