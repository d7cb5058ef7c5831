#ifndef CFUZZDRIVER_H
#define CFUZZDRIVER_H

#include <stddef.h>
#include <stdint.h>

/// The C side of the fuzzing entry points (Tests/Fuzz/Harness/Fuzzing.swift).

/// libFuzzer's driver, for a program that has its own `main` ("Using libFuzzer as a library",
/// https://llvm.org/docs/LibFuzzer.html): parses libFuzzer's flags from `argc`/`argv` and calls
/// `callback` with each input. It is in the runtime that `-sanitize=fuzzer` links, so only a
/// program built that way may call it: Swift refers to it only under `#if FUZZING`.
///
/// SwiftPM renames an executable's `main` to `<module>_main` and links it back as `main`, so
/// libFuzzer's own `main`, which the Swift documentation's `@_cdecl("LLVMFuzzerTestOneInput")`
/// plus `-parse-as-library` relies on, cannot be used in a package (the link fails with
/// "undefined symbol 'FuzzShell_main'"); the entry points call this from their `main` instead.
int LLVMFuzzerRunDriver(int *argc, char ***argv,
                        int (*callback)(const uint8_t *data, size_t size));

/// Turns LeakSanitizer's checks off (0) or on: what is allocated while they are off is never
/// reported. Does nothing without AddressSanitizer.
///
/// The entry points warm up with them off: what a target keeps for good (the built-in
/// session, tables of commands) is referred to by Swift through pointers with tag bits in
/// them, which LeakSanitizer does not recognise, so it would report it as leaked.
void CFuzzDriver_setLeakChecks(int enabled);

#endif
