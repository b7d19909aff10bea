import FuzzSupport
import RuleLanguage

/// Compiles the input as a rule expression (lexer, parser, type checker,
/// compiler; literal regular expressions and dates are checked there too), as
/// a `when:`/`assert:` must be (a bool), and as a message template, over the
/// procedure scope of the shipped rules. Any input must come back compiled or
/// as a LanguageError pointing into the text, never a crash.
let scope = ShippedRules.schema.procedureScope

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExpression(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let source = String(decoding: UnsafeBufferPointer(start: data, count: data == nil ? 0 : size), as: UTF8.self)
    let length = source.unicodeScalars.count
    func check(_ error: LanguageError) {
        guard error.range.lowerBound >= 0, error.range.upperBound <= length else {
            fatalError("error range \(error.range) outside a text of \(length) scalars: \(error.message)")
        }
    }
    do throws(LanguageError) {
        _ = try RuleCompiler.compile(source, in: scope)
    } catch {
        check(error)
    }
    do throws(LanguageError) {
        _ = try RuleCompiler.compile(source, in: scope, expecting: .bool)
    } catch {
        check(error)
    }
    do throws(LanguageError) {
        _ = try RuleCompiler.compileTemplate(source, in: scope)
    } catch {
        check(error)
    }
    return 0
}

/// The executable's entry point (built with -parse-as-library, so there is no
/// top-level code): libFuzzer's driver, calling the function above.
@_cdecl("FuzzExpression_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { fuzzExpression($0, $1) }
}
