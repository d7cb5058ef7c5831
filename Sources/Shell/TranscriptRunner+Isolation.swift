import Bilingual
import Foundation
import Transcript
import Words

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Running each transcript in a child process, so that a crash in the shell (a trap, exit 132)
/// fails that transcript, with its signal, and the run goes on to the next.
///
/// The parent starts the same executable (`aizusim test --child PATH`), which runs the one
/// transcript in process with `runAsChild(_:environment:write:)` and writes one JSON object a
/// line on stdout: a `running` event before each command, then the `finished` result. The
/// parent reads them with `runInChild(_:executable:arguments:)`; if the child dies of a signal,
/// the last `running` event names the command that crashed, and whatever else the child wrote
/// (the runtime's message and backtrace) goes into the report.
extension TranscriptRunner {
  /// What a child runner reports on stdout, one JSON object a line.
  public enum ChildEvent: Sendable, Equatable, Codable {
    /// The child is about to run the command at this line of the transcript.
    case running(line: Int, command: String)
    /// The child ran the transcript to its end (or the session's).
    case finished(Result)
  }

  /// The environment variable of the crash test hook: a child runner, or the interactive
  /// shell, about to run a command typed exactly as its value traps instead, as a crash in
  /// the shell would. Only `runAsChild` and the executable's terminal loop read it; the tests
  /// set it to check that a crash fails one transcript and not the run, and that a crash at
  /// the prompt restores the terminal and keeps the unsaved changes.
  public static let crashHookVariable = "AIZUSIM_TEST_HOOK_CRASH_BEFORE"

  /// Runs `path` in this process as a child of `aizusim test`, writing `ChildEvent` lines.
  ///
  /// - Parameters:
  ///   - environment: The process environment, for the crash test hook.
  ///   - write: Writes a line of text on stdout, at once (a crash must not lose it).
  public func runAsChild(
    _ path: String, environment: [String: String], write: (String) -> Void
  ) {
    let crashBefore = environment[Self.crashHookVariable]
    let result = run(path) { block in
      write(Self.line(for: .running(line: block.line, command: block.command)))
      if block.command == crashBefore {
        fatalError("\(Self.crashHookVariable): crashing before '> \(block.command)' on purpose")
      }
    }
    write(Self.line(for: .finished(result)))
  }

  /// `event` as one line of JSON, with its line feed.
  public static func line(for event: ChildEvent) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    // Encoding plain strings and numbers cannot fail.
    let data = (try? encoder.encode(event)) ?? Data()
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  /// Runs `path` in a child process, `executable` with `arguments`, which must run it with
  /// `runAsChild` (`aizusim test --child PATH`).
  ///
  /// - Returns: The child's result; or, when the child died of a signal or ended without a
  ///   result, a `crashed` result naming the signal, the command it was running, and what
  ///   the child wrote besides its events.
  public func runInChild(_ path: String, executable: String, arguments: [String]) -> Result {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    var environment = ProcessInfo.processInfo.environment
    if environment["SWIFT_BACKTRACE"] == nil {
      // The runtime's backtrace of a crash goes into the report: the crashed thread's frames,
      // without registers, images or colour, unless the caller asked for something else.
      environment["SWIFT_BACKTRACE"] = "interactive=no,color=no,registers=none,images=none"
    }
    process.environment = environment
    // One pipe for both streams: the events and the runtime's crash message, in order, and no
    // second pipe that could fill up while the first is read.
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    process.standardInput = FileHandle.nullDevice
    do {
      try process.run()
    } catch {
      let message = Words.Transcripts.cannotStart(path, executable: executable, reason: "\(error)")
        .text(in: language)
      return Result(path: path, status: .crashed, summary: message, report: message + "\n")
    }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()

    var running: (line: Int, command: String)?
    var result: Result?
    var otherLines: [Substring] = []
    let decoder = JSONDecoder()
    let text = String(decoding: data, as: UTF8.self)
    for output in text.split(separator: "\n", omittingEmptySubsequences: false) {
      switch try? decoder.decode(ChildEvent.self, from: Data(output.utf8)) {
      case .running(let line, let command): running = (line, command)
      case .finished(let finished): result = finished
      case nil: otherLines.append(output)
      }
    }
    if let result, process.terminationReason == .exit, process.terminationStatus == 0 {
      return result
    }

    let ending: LocalizedText
    if process.terminationReason == .uncaughtSignal {
      let signal = process.terminationStatus
      ending = Words.Transcripts.crashed(signal: signal, name: signalName(signal))
    } else {
      ending = Words.Transcripts.endedWithoutResult(status: process.terminationStatus)
    }
    let place = running.map {
      Words.Transcripts.whileRunning(path, line: $0.line, ending, command: $0.command)
    }
    let summary = (place ?? Words.Transcripts.beforeFirstCommand(path, ending)).text(in: language)
    while otherLines.last?.isEmpty == true {
      otherLines.removeLast()
    }
    let details = otherLines.map { $0.isEmpty ? "\n" : "  \($0)\n" }.joined()
    return Result(path: path, status: .crashed, summary: summary, report: summary + "\n" + details)
  }

  /// The path of the running executable, to start it again as a child.
  public static var currentExecutable: String {
    // /proc/self/exe names the binary even when it was started through $PATH or a link.
    (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
      ?? Bundle.main.executablePath ?? CommandLine.arguments[0]
  }
}

/// `SIGILL`: the name to look up for the number a shell reports, if it is a common one.
func signalName(_ signal: Int32) -> String? {
  let names: [Int32: String] = [
    SIGHUP: "SIGHUP", SIGINT: "SIGINT", SIGQUIT: "SIGQUIT", SIGILL: "SIGILL",
    SIGTRAP: "SIGTRAP", SIGABRT: "SIGABRT", SIGBUS: "SIGBUS", SIGFPE: "SIGFPE",
    SIGKILL: "SIGKILL", SIGSEGV: "SIGSEGV", SIGPIPE: "SIGPIPE", SIGTERM: "SIGTERM",
  ]
  return names[signal]
}
