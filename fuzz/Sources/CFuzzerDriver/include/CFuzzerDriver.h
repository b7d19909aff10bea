#ifndef TTHC_FUZZER_DRIVER_H
#define TTHC_FUZZER_DRIVER_H

#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver (compiler-rt, LLVM 12 and later), for an executable
/// whose `main` is its own: SwiftPM names a Swift executable's entry point
/// `<Module>_main` and links it as `main`, so libFuzzer's `main` never runs.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
