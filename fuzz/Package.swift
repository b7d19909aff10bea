// swift-tools-version: 6.0
// libFuzzer targets for tthc (SPEC §6: no input makes it crash, hang or print a
// stack trace). A package of its own, so that `swift build` and `swift test` of
// tthc never build them; run them with `scripts/fuzz TARGET SECONDS`, which
// builds with `-sanitize=fuzzer,address -parse-as-library`.
import PackageDescription

// A path dependency is named after its directory, whatever that is called.
let tthc = Context.packageDirectory.split(separator: "/").dropLast().last.map { String($0).lowercased() } ?? "tthc"

let package = Package(
    name: "tthc-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(path: "..")
    ],
    targets: [
        .target(name: "CFuzzerDriver"),
        .target(name: "FuzzSupport", dependencies: ["CFuzzerDriver", .product(name: "Review", package: tthc)]),
        // The YAML loader and the catalog decoder, on bytes, with the shipped traits.
        .executableTarget(name: "FuzzCatalog", dependencies: ["FuzzSupport"]),
        // The expression parser, type checker and compiler, and the message
        // template compiler, over the procedure scope of the shipped rules.
        .executableTarget(name: "FuzzExpression", dependencies: ["FuzzSupport"]),
    ]
)
