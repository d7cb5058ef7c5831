import Words

/// The input of a run without a terminal: the `-c` commands, then each script file, or,
/// when there are neither, standard input; with the place of each line for messages
/// (`-c:2`, `tour.aizu:5`, `<stdin>:3`).
///
/// ```swift
/// var input = ScriptInput(commands: ["project 2040"], files: [], fileSystem: LocalFileSystem())
/// let status = shell.run(next: { _ in input.next() }, write: print)
/// ```
public struct ScriptInput {
  private var pending: [InputLine]
  private var files: [String]
  private let fileSystem: any FileSystem
  private let readStandardInput: (() throws(CommandError) -> String?)?
  private var standardInputLine = 0

  /// - Parameter readStandardInput: Reads a line of standard input, or `nil` at its end;
  ///   used only when there are no commands and no files.
  public init(
    commands: [String], files: [String], fileSystem: any FileSystem,
    readStandardInput: (() throws(CommandError) -> String?)? = nil
  ) {
    pending = commands.enumerated().map { InputLine($1, at: Location(file: "-c", line: $0 + 1)) }
    self.files = files
    self.fileSystem = fileSystem
    self.readStandardInput = commands.isEmpty && files.isEmpty ? readStandardInput : nil
  }

  /// The next line, or the end, or a file that cannot be read.
  public mutating func next() -> InputEvent {
    while pending.isEmpty, !files.isEmpty {
      let file = files.removeFirst()
      do {
        pending = Interpreter.scriptLines(
          try fileSystem.read(file, allowingPipes: true), name: file)
      } catch {
        return .failed(
          CommandError(Words.Shell.cannotReadScript(file, reason: FileError.reason(of: error))),
          at: nil)
      }
    }
    if !pending.isEmpty { return .line(pending.removeFirst()) }
    guard let readStandardInput else { return .end }
    standardInputLine += 1
    let location = Location(file: "<stdin>", line: standardInputLine)
    do {
      guard let text = try readStandardInput() else { return .end }
      return .line(InputLine(text, at: location))
    } catch {
      return .failed(error, at: location)
    }
  }
}
