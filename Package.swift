// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "tthc",
    // Synchronization.Atomic (Parallel) needs macOS 15.
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "tthc", targets: ["tthc"]),
        .library(name: "Review", targets: ["Review", "Documents"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // The ZIP container of XLSX and DOCX files (Office only); we never write ZIP or DEFLATE ourselves.
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .target(name: "YAMLTree", dependencies: ["CYAML", "Vocabulary"]),
        .target(name: "Vocabulary"),
        .target(name: "Catalog", dependencies: ["Vocabulary"]),
        .target(name: "RuleLanguage", dependencies: ["Vocabulary"]),
        .target(name: "Office", dependencies: ["Vocabulary", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .target(name: "Review", dependencies: ["Catalog", "Office", "RuleLanguage", "Vocabulary"]),
        // The one reader and writer of YAML: catalog files, rules/ and rule
        // tests into the values of Catalog and Review; `fix` and `import`.
        .target(name: "Documents", dependencies: ["YAMLTree", "Catalog", "Review", "RuleLanguage", "Vocabulary"]),
        .target(name: "Reporters", dependencies: ["Review", "Catalog", "RuleLanguage", "Office", "Vocabulary"]),
        .executableTarget(
            name: "tthc",
            dependencies: [
                "Documents",
                "Review",
                "Reporters",
                "Catalog",
                "Office",
                "Vocabulary",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "YAMLTreeTests", dependencies: ["YAMLTree", "Reporters", "Vocabulary"]),
        .testTarget(name: "CatalogTests", dependencies: ["Catalog", "Vocabulary", "Reporters"]),
        .testTarget(
            name: "DocumentsTests",
            dependencies: ["Documents", "YAMLTree", "Catalog", "Review", "Office", "Vocabulary", "Reporters"]),
        .testTarget(name: "RuleLanguageTests", dependencies: ["RuleLanguage", "Vocabulary", "Reporters"]),
        .testTarget(
            name: "ReviewTests",
            dependencies: ["Review", "Documents", "Catalog", "Office", "Vocabulary", "Reporters", "RuleLanguage"]),
        .testTarget(name: "ReportersTests", dependencies: ["Reporters", "Review", "Documents", "Vocabulary"], exclude: ["Golden"]),
        .testTarget(name: "CLITests", dependencies: ["tthc", "Office"]),
        .testTarget(name: "OfficeTests", dependencies: ["Office", "Reporters", "Vocabulary"]),
    ]
)
