// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "tthc",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "tthc", targets: ["tthc"]),
        .library(name: "Review", targets: ["Review"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .target(name: "YAMLTree", dependencies: ["CYAML"]),
        .target(name: "Vocabulary"),
        .target(name: "Catalog", dependencies: ["YAMLTree", "Vocabulary"]),
        .target(name: "RuleLanguage", dependencies: ["Vocabulary"]),
        .target(name: "Review", dependencies: ["Catalog", "RuleLanguage", "YAMLTree", "Vocabulary"]),
        .target(name: "Reporters", dependencies: ["Review", "RuleLanguage", "Vocabulary"]),
        .executableTarget(
            name: "tthc",
            dependencies: [
                "Review",
                "Reporters",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "YAMLTreeTests", dependencies: ["YAMLTree"]),
        .testTarget(name: "CatalogTests", dependencies: ["Catalog", "YAMLTree", "Vocabulary"]),
        .testTarget(name: "RuleLanguageTests", dependencies: ["RuleLanguage", "Vocabulary"]),
        .testTarget(name: "ReviewTests", dependencies: ["Review", "Catalog", "Vocabulary"]),
        .testTarget(name: "ReportersTests", dependencies: ["Reporters", "Review", "Vocabulary"], exclude: ["Golden"]),
        .testTarget(name: "CLITests", dependencies: ["tthc"]),
    ]
)
