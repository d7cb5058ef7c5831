import Foundation

#if FUZZING
  import CFuzzDriver
#endif

/// The `main` of every fuzzing entry point.
///
/// Built by Tests/Fuzz/run.sh (`-sanitize=fuzzer -DFUZZING`), it hands the target to
/// libFuzzer's driver, which takes libFuzzer's usual flags and corpus folders. Built normally,
/// it runs the target once on each file named, or on each file in each folder named (a
/// corpus), and says how many ran: `swift run FuzzShell Tests/Fuzz/shell` replays a corpus,
/// so that a finding can be reproduced, stepped through in a debugger or timed without the
/// sanitizers.
public enum Fuzzing {
  ///
  /// - Parameters:
  ///   - warmUp: inputs run first, outside libFuzzer, so that what the target keeps for good is
  ///     made before the leak checks start (see `CFuzzDriver_setLeakChecks`).
  public static func main<Result>(
    name: String, warmUp: [[UInt8]] = [], _ target: @escaping ([UInt8]) -> Result
  ) -> Never {
    #if FUZZING
      CFuzzDriver_setLeakChecks(0)
      for input in warmUp { _ = target(input) }
      CFuzzDriver_setLeakChecks(1)
      currentTarget = { _ = target($0) }
      runDriver()
    #else
      replay(name: name, target)
    #endif
  }

  #if FUZZING
    /// The target libFuzzer's callback runs: a C function pointer cannot capture it.
    nonisolated(unsafe) private static var currentTarget: ([UInt8]) -> Void = { _ in }

    private static func runDriver() -> Never {
      var argc = CommandLine.argc
      var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
      exit(
        LLVMFuzzerRunDriver(&argc, &argv) { data, size in
          Fuzzing.currentTarget(Array(UnsafeBufferPointer(start: data, count: size)))
          return 0
        })
    }
  #endif

  private static func replay<Result>(name: String, _ target: ([UInt8]) -> Result) -> Never {
    let paths = Array(CommandLine.arguments.dropFirst())
    guard !paths.isEmpty else {
      print(
        """
        usage: \(name) FILE|FOLDER…
        Runs the fuzzing target on each input file, or on each file in a folder (a corpus).
        Built with -sanitize=fuzzer -DFUZZING it is a libFuzzer binary: see Tests/Fuzz/run.sh.
        """)
      exit(2)
    }
    var count = 0
    for path in paths {
      for file in files(at: path) {
        guard let data = FileManager.default.contents(atPath: file) else {
          print("\(name): cannot read \(file)")
          exit(1)
        }
        let start = ContinuousClock.now
        _ = target(Array(data))
        let elapsed = ContinuousClock.now - start
        if elapsed > .milliseconds(100) {
          print("\(file): \(elapsed)")
        }
        count += 1
      }
    }
    print("\(name): \(count) inputs run")
    exit(0)
  }

  /// The file at `path`, or the files in the folder at `path`, sorted, hidden ones left out.
  public static func files(at path: String) -> [String] {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue
    else { return [path] }
    let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
    return names.filter { !$0.hasPrefix(".") }.sorted().map { path + "/" + $0 }
  }
}
