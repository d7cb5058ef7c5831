import Bilingual
import Words

/// `aizusim test [--update] [--junit FILE] [PATH…]`: runs every transcript under the paths,
/// says how each fared in a line of its own, and sums up (docs/transcripts.md, "For the
/// runner").
///
///     let suite = TranscriptSuite(paths: ["Scenarios/regression"]) { path in
///       runner.runInChild(path, executable: executable, arguments: ["test", "--child=" + path])
///     }
///     let status = suite.run { text, stream in print(text, terminator: "") }
///
/// For each transcript it prints `PASS PATH`, `UPDATED PATH` (with `--update`) or `FAIL PATH`
/// and then what failed: the diff, the parse errors, the crash, or why `--update` could not
/// record it. Then `N passed, N failed`, and the exit status is 1 if any failed.
public struct TranscriptSuite {
  /// The transcript files, or folders searched for them.
  public var paths: [String]
  /// Whether to rewrite failing transcripts from the answers the shell gives now.
  public var isUpdating: Bool
  /// Where to write a JUnit XML report, if anywhere.
  public var junitPath: String?
  /// Finds the transcripts, and reads and writes files.
  public var runner: TranscriptRunner
  /// Runs one transcript: in a child process under `aizusim test`, in process in tests.
  public var runOne: (String) -> TranscriptRunner.Result

  public init(
    paths: [String], isUpdating: Bool = false, junitPath: String? = nil,
    runner: TranscriptRunner = TranscriptRunner(),
    runOne: @escaping (String) -> TranscriptRunner.Result
  ) {
    self.paths = paths
    self.isUpdating = isUpdating
    self.junitPath = junitPath
    self.runner = runner
    self.runOne = runOne
  }

  /// How one transcript ended up, for the summary and the JUnit report.
  struct Case {
    enum Outcome: Equatable {
      case passed
      /// Rewritten by `--update`: it passes from now on.
      case updated
      /// The run differs, the file is invalid, or `--update` could not record it; `kind` is
      /// the JUnit failure type.
      case failed(message: String, kind: String)
      /// The run ended without a result.
      case crashed(message: String)
    }

    var path: String
    var outcome: Outcome
    /// The diff, diagnostics or crash report; empty when passing.
    var details: String
    var seconds: Double
  }

  /// Runs every transcript, one after the other, writing the report as it goes.
  ///
  /// - Parameter write: Writes text to stdout or stderr.
  /// - Returns: The exit status: 0 when every transcript passed or was updated, 1 otherwise
  ///   (including when there is none, or the JUnit report cannot be written).
  public func run(write: (String, Reply.Stream) -> Void) -> Int32 {
    let files = runner.transcripts(under: paths)
    guard !files.isEmpty else {
      write(error(Words.Transcripts.noTranscripts(under: paths)), .error)
      return 1
    }
    let clock = ContinuousClock()
    var cases: [Case] = []
    for file in files {
      let start = clock.now
      let result = runOne(file)
      var item = judged(result, write: write)
      let elapsed = start.duration(to: clock.now).components
      item.seconds = Double(elapsed.seconds) + Double(elapsed.attoseconds) * 1e-18
      cases.append(item)
    }

    let failed = cases.count { if case .failed = $0.outcome { true } else { false } }
    let crashed = cases.count { if case .crashed = $0.outcome { true } else { false } }
    let updated = cases.count { $0.outcome == .updated }
    let passed = cases.count - failed - crashed - updated
    let summary = Words.Transcripts.summary(
      passed: passed, updated: isUpdating ? updated : nil, failed: failed + crashed,
      crashed: crashed)
    write(line(summary), .output)

    if let junitPath {
      do {
        try runner.fileSystem.write(junitReport(cases), to: junitPath, replacing: true)
      } catch let failure {
        write(error(Words.Transcripts.cannotWriteJUnit(junitPath, reason: "\(failure)")), .error)
        return 1
      }
    }
    return failed + crashed > 0 ? 1 : 0
  }

  /// What became of `result`, with its line written: updated if asked and possible.
  private func judged(
    _ result: TranscriptRunner.Result, write: (String, Reply.Stream) -> Void
  ) -> Case {
    let path = result.path
    func failing(_ outcome: Case.Outcome, _ details: String) -> Case {
      write(line(Words.Transcripts.fail(path)) + details, .output)
      return Case(path: path, outcome: outcome, details: details, seconds: 0)
    }
    switch result.status {
    case .passed:
      write(line(Words.Transcripts.pass(path)), .output)
      return Case(path: path, outcome: .passed, details: "", seconds: 0)
    case .crashed:
      return failing(.crashed(message: result.summary), result.report)
    case .invalid:
      return failing(.failed(message: result.summary, kind: "invalid"), result.report)
    case .failed where !isUpdating:
      return failing(.failed(message: result.summary, kind: "mismatch"), result.report)
    case .failed:
      break
    }

    if let first = result.commandsNotRun.first {
      let notRun = Words.Transcripts.commandsNotRun(
        result.commandsNotRun.map { (line: $0.line, command: $0.command) })
      let note = said(Words.Transcripts.notUpdated(path, line: first.line, notRun: notRun))
      return failing(.failed(message: note, kind: "not-updated"), note + "\n" + result.report)
    }
    guard let text = result.updatedText, text != result.originalText else {
      return failing(.failed(message: result.summary, kind: "mismatch"), result.report)
    }
    do {
      try runner.fileSystem.write(text, to: path, replacing: true)
    } catch let failure {
      let message = Words.Transcripts.cannotUpdate(path, reason: "\(failure)")
      write(error(message), .error)
      return failing(.failed(message: said(message), kind: "not-updated"), result.report)
    }
    write(line(Words.Transcripts.updated(path)), .output)
    return Case(path: path, outcome: .updated, details: "", seconds: 0)
  }
}

extension TranscriptSuite {
  /// Words in the runner's language (`TranscriptRunner.language`).
  private func said(_ words: LocalizedText) -> String { words.text(in: runner.language) }

  /// Words as a line of the report.
  private func line(_ words: LocalizedText) -> String { said(words) + "\n" }

  /// `error: …` as a line, in the runner's language.
  private func error(_ words: LocalizedText) -> String {
    Words.errorPrefix.text(in: runner.language) + line(words)
  }
}
