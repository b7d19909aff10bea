import CFuzzerDriver

/// Runs libFuzzer on `callback` with the process's arguments: the body of
/// each fuzz target's entry point (see CFuzzerDriver.h for why it is needed).
public func runFuzzer(
    _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv, callback)
}
