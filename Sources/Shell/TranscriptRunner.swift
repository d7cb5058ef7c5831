import Bilingual
import Transcript
import Words

/// Runs golden transcripts (docs/transcripts.md) in fresh sessions and compares the
/// answers: `aizusim test PATH…`, and the regression suite under `swift test`.
public struct TranscriptRunner: Sendable {
  public let fileSystem: any FileSystem
  /// The language of what it reports (a result's summary and report): `aizusim test` takes
  /// it from the environment (`LANG`, `LC_ALL`), like the rest of its output.
  public let language: Language

  public init(fileSystem: any FileSystem = LocalFileSystem(), language: Language = .en) {
    self.fileSystem = fileSystem
    self.language = language
  }

  /// The outcome for one transcript file.
  ///
  /// It is `Codable` so that a child process can run the transcript and hand it back
  /// (`TranscriptRunner+Isolation.swift`).
  public struct Result: Sendable, Equatable, Codable {
    /// How a transcript fared.
    public enum Status: String, Sendable, Codable {
      /// The run matches the transcript.
      case passed
      /// The run differs from the transcript; `--update` can rewrite it unless commands were
      /// not run.
      case failed
      /// The file could not be read or does not parse: nothing was run.
      case invalid
      /// The run ended without a result: the shell crashed (a trap), or the child process
      /// running the transcript could not start or ended without reporting.
      case crashed
    }

    /// A command of the transcript that the session never ran.
    public struct CommandNotRun: Sendable, Equatable, Codable {
      /// The 1-based line of its `>` line.
      public var line: Int
      /// The command as typed.
      public var command: String
    }

    public var path: String
    public var status: Status
    /// What went wrong, in one line (the first mismatch, diagnostic or the crash); empty
    /// when passing.
    public var summary: String
    /// A unified diff, the file's parse errors or the crash; empty when passing.
    public var report: String
    /// The file rewritten from this run's answers (for `--update`).
    public var updatedText: String?
    /// The file as read, byte order mark included.
    public var originalText: String
    /// The commands after the session ended: `--update` cannot record them.
    public var commandsNotRun: [CommandNotRun]

    public init(
      path: String, status: Status, summary: String = "", report: String = "",
      updatedText: String? = nil, originalText: String = "", commandsNotRun: [CommandNotRun] = []
    ) {
      self.path = path
      self.status = status
      self.summary = summary
      self.report = report
      self.updatedText = updatedText
      self.originalText = originalText
      self.commandsNotRun = commandsNotRun
    }

    /// Whether the run matches the transcript.
    public var isPassing: Bool { status == .passed }
  }

  /// Every `.transcript` file under `paths` (files, or folders searched recursively), sorted.
  public func transcripts(under paths: [String]) -> [String] {
    var found: [String] = []
    for path in paths {
      if !fileSystem.isDirectory(path) {
        found.append(path)
        continue
      }
      let folder = path.hasSuffix("/") ? path : path + "/"
      for entry in fileSystem.entries(of: folder) {
        if entry.hasSuffix("/") {
          found += transcripts(under: [folder + entry])
        } else if entry.hasSuffix(".transcript") {
          found.append(folder + entry)
        }
      }
    }
    return found.sorted()
  }

  /// Runs one transcript file in this process.
  ///
  /// - Parameters:
  ///   - path: The transcript.
  ///   - beforeEach: Called with each command's block just before the command runs, so that a
  ///     child process can say how far it got should the shell crash.
  public func run(
    _ path: String, beforeEach: (TranscriptFile.Block) -> Void = { _ in }
  ) -> Result {
    let text: String
    do {
      // With its byte order mark, which --update must write back.
      text = try fileSystem.read(path)
    } catch {
      let message = Words.Transcripts.cannotRead(path, reason: "\(error)").text(in: language)
      return Result(path: path, status: .invalid, summary: message, report: message + "\n")
    }
    let file: TranscriptFile
    switch TranscriptFile.parse(text, name: path) {
    case .failure(let error):
      return Result(
        path: path, status: .invalid,
        summary: error.diagnostics.first?.text(in: language) ?? "",
        report: error.text(in: language) + "\n", originalText: text)
    case .success(let parsed):
      file = parsed
    }
    let run = execute(file, directory: directory(of: path), beforeEach: beforeEach)
    let comparison = file.compared(with: run)
    return Result(
      path: path, status: comparison.isPassing ? .passed : .failed,
      summary: comparison.mismatches.first?.text(in: language) ?? "",
      report: comparison.unifiedDiff(in: language),
      updatedText: file.updated(with: run), originalText: text,
      commandsNotRun: comparison.commandsNotRun.map {
        Result.CommandNotRun(line: $0.line, command: $0.command)
      })
  }

  /// Runs the commands of a transcript as the shell would, in a session started with
  /// the transcript's `% args`; relative paths are read from the transcript's folder.
  func execute(
    _ file: TranscriptFile, directory: String,
    beforeEach: (TranscriptFile.Block) -> Void = { _ in }
  ) -> TranscriptRun {
    let rooted = RootedFileSystem(base: directory, fileSystem)
    let command: AizuSimCommand
    switch AizuSimCommand.parseCommandLine(file.arguments) {
    case .shell(let parsed): command = parsed
    case .test:
      return Self.startupFailure(
        CommandError(Words.Transcripts.runsTheShell, suggestion: Words.Transcripts.removeTest),
        language: Session.language(fromEnvironment: file.environment))
    case .message(let text, let status):
      // --help and --version answer on stdout with status 0; bad usage on stderr with 2.
      return TranscriptRun(
        startupOutput: OutputLine.lines(of: text + "\n", on: status == 0 ? .stdout : .stderr),
        outputs: [], exitStatus: status)
    }
    // `--check FILE` is `-c check` in a session of FILE: its report is the startup output,
    // and a file it cannot check is status 2, as the executable has it.
    let isCheck = command.check != nil
    guard isCheck ? file.blocks.isEmpty : command.commands.isEmpty && command.files.isEmpty else {
      return Self.startupFailure(
        CommandError(
          Words.Transcripts.commandsAsLines, suggestion: Words.Transcripts.moveCommandsOut),
        language: command.session.language(environment: file.environment))
    }
    var shell: Interpreter
    do {
      shell = Interpreter(
        session: try command.session.session(fileSystem: rooted, environment: file.environment))
    } catch {
      // In the language the session would have spoken, as the executable says it.
      var failure = Self.startupFailure(
        error, language: command.session.language(environment: file.environment))
      if isCheck { failure.exitStatus = 2 }
      return failure
    }
    if isCheck {
      var startup: [OutputLine] = []
      var commands = command.commands[...]
      let status = shell.run(.init()) { _ in
        commands.popFirst().map { .line(InputLine($0)) } ?? .end
      } write: { outcome in
        startup += outcome.replies.flatMap { reply in
          OutputLine.lines(of: reply.text, on: reply.stream == .error ? .stderr : .stdout)
        }
      }
      return TranscriptRun(startupOutput: startup, outputs: [], exitStatus: status.exitStatus)
    }
    var outputs: [[OutputLine]] = []
    var index = 0
    let status = shell.run(.init(echo: command.echo)) { _ in
      guard index < file.blocks.count else { return .end }
      let block = file.blocks[index]
      index += 1
      beforeEach(block)
      return .line(InputLine(block.command))
    } write: { outcome in
      let lines = outcome.replies.flatMap { reply in
        OutputLine.lines(of: reply.text, on: reply.stream == .error ? .stderr : .stdout)
      }
      // What the end of the input says (an unfinished command) belongs to the last block.
      if outputs.count == index, !outputs.isEmpty {
        outputs[outputs.count - 1] += lines
      } else {
        outputs.append(lines)
      }
    }
    return TranscriptRun(outputs: outputs, exitStatus: status.exitStatus)
  }

  /// A session that could not start: the error on stderr, status 1.
  private static func startupFailure(_ error: CommandError, language: Language) -> TranscriptRun {
    TranscriptRun(
      startupOutput: OutputLine.lines(
        of: Interpreter.errorReply(error, location: nil, language: language).text, on: .stderr),
      outputs: [], exitStatus: 1)
  }

  private func directory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "" }
    return String(path[...slash])
  }
}

/// A file system that reads relative paths from a base folder, so a transcript's
/// `load ../whatif.toml` works whatever the current directory.
struct RootedFileSystem: FileSystem {
  let base: String
  let inner: any FileSystem

  init(base: String, _ inner: any FileSystem) {
    self.base = base
    self.inner = inner
  }

  private func rooted(_ path: String) -> String {
    path.hasPrefix("/") || base.isEmpty ? path : base + path
  }

  func read(_ path: String, allowingPipes: Bool) throws -> String {
    try inner.read(rooted(path), allowingPipes: allowingPipes)
  }
  func write(_ text: String, to path: String, replacing: Bool) throws {
    try inner.write(text, to: rooted(path), replacing: replacing)
  }
  func remove(_ path: String) throws { try inner.remove(rooted(path)) }
  func exists(_ path: String) -> Bool { inner.exists(rooted(path)) }
  func isDirectory(_ path: String) -> Bool { inner.isDirectory(rooted(path)) }
  func absolute(_ path: String) -> String { inner.absolute(rooted(path)) }
  func canonical(_ path: String) -> String { inner.canonical(rooted(path)) }
  func entries(of directory: String) -> [String] { inner.entries(of: rooted(directory)) }
}
