import Bilingual
import Words

extension TranscriptFile {
  /// A way in which a run differs from its transcript, at the line of the file it concerns.
  public struct Mismatch: Sendable, Equatable, CustomStringConvertible {
    /// The name of the transcript file.
    public let file: String
    /// The 1-based line: the command whose output differs, the `% exit` line, or the first
    /// command not run.
    public let line: Int
    /// What differs, as a lower-case fragment, in both languages.
    public let message: LocalizedText

    /// `file:line: message`, in English.
    public var description: String { text(in: .en) }

    /// `file:line: message` in `language`.
    public func text(in language: Language) -> String {
      "\(file):\(line): \(message.text(in: language))"
    }
  }

  /// How a run compares with its transcript.
  public struct Comparison: Sendable, Equatable {
    /// Every difference, in the order of the file; empty when the run matches.
    public let mismatches: [Mismatch]
    /// The differences in unified diff form, in transcript notation, with the transcript's
    /// own line numbers (docs/transcripts.md, "Reading a diff"); empty when the run matches.
    /// Its headings and notes are in both languages; the lines are the file's and the run's.
    public let localizedDiff: LocalizedText
    /// The commands that were not run because the session ended before them, in order.
    ///
    /// No update can make such a run pass: the transcript goes on after the session ends,
    /// so `--update` would record only part of it.
    public let commandsNotRun: [Block]

    /// Whether the run matches the transcript: same outputs, same exit status.
    public var isPassing: Bool { mismatches.isEmpty }

    /// The differences as a unified diff, in English.
    public var unifiedDiff: String { localizedDiff.en }

    /// The differences as a unified diff, its headings and notes in `language`.
    public func unifiedDiff(in language: Language) -> String { localizedDiff.text(in: language) }
  }

  /// How `run` compares with this transcript.
  ///
  /// Each block's expected lines are matched against the lines the run wrote in reply, with
  /// `{{name}}` and `{{...}}` matching what varies, trailing blanks and trailing empty lines
  /// ignored; then the exit status is compared (docs/transcripts.md, "Comparison").
  public func compared(with run: TranscriptRun) -> Comparison {
    let reconciliation = Reconciliation(file: self, run: run)
    return Comparison(
      mismatches: reconciliation.mismatches,
      localizedDiff: LocalizedText(
        ja: reconciliation.unifiedDiff(in: .ja), en: reconciliation.unifiedDiff(in: .en)),
      commandsNotRun: reconciliation.commandsNotRun)
  }

  /// The text of this transcript rewritten so that `run` matches it.
  ///
  /// Comments, directives, commands and the layout of empty lines stay as written, and so
  /// does every block that matches. In a block that differs, each expected line that still
  /// matches is kept as written, so `{{...}}` placeholders survive; the other lines give way
  /// to what the run wrote. `% exit` is added, changed or removed to fit the exit status
  /// (docs/transcripts.md, "Updating").
  ///
  /// - Returns: The new text, equal to the parsed text when the run matches.
  public func updated(with run: TranscriptRun) -> String {
    Reconciliation(file: self, run: run).updatedText
  }
}

/// What it takes to bring a transcript in line with a run: the mismatches, and the edits to
/// the file's lines that both the diff and the rewritten file are made from.
struct Reconciliation {
  /// A replacement of some lines of the file by others.
  struct Edit {
    /// The lines replaced; an empty range where lines are inserted before its bound.
    var lines: Range<Int>
    var replacement: [String]

    /// How many more lines the file has after the edit.
    var growth: Int { replacement.count - lines.count }
  }

  /// A block whose output differs, with the steps from its expected lines to the actual.
  struct Change {
    var block: TranscriptFile.Block
    var steps: [Step]
    var actual: [OutputLine]
    /// The index of the change's edit in `edits`.
    var edit: Int
  }

  let file: TranscriptFile
  private(set) var edits: [Edit] = []
  /// The index in `edits` of the edit to the `% exit` line, if there is one.
  private(set) var exitEdit: Int?
  private(set) var changes: [Change] = []
  /// Mismatches that no hunk shows: the exit status, commands not run.
  private(set) var notes: [TranscriptFile.Mismatch] = []
  /// The blocks after the session ended.
  private(set) var commandsNotRun: [TranscriptFile.Block] = []

  init(file: TranscriptFile, run: TranscriptRun) {
    self.file = file
    if run.exitStatus != file.expectedExitStatus {
      reconcileExitStatus(run.exitStatus)
    }

    let ran = file.blocks.prefix(run.outputs.count)
    var outputs = [run.startupOutput] + run.outputs.prefix(ran.count)
    // Output after the last command belongs to the last block.
    outputs[outputs.count - 1] += run.outputs.dropFirst(ran.count).joined()
    for (block, output) in zip([file.startup] + ran, outputs) {
      let actual = OutputLine.normalized(output)
      let steps = alignment(of: block.expected, with: actual, tolerance: file.tolerance)
      if steps.contains(where: \.isChange) {
        let change = Change(block: block, steps: steps, actual: actual, edit: edits.count)
        let replacement = outputLines(of: change).filter { $0.kind != .removed }.map(\.text)
        changes.append(change)
        edits.append(Edit(lines: block.region, replacement: replacement))
      }
    }

    commandsNotRun = Array(file.blocks.dropFirst(ran.count))
    if let first = commandsNotRun.first {
      let ending = Words.Transcripts.sessionEnded(after: ran.last?.line)
      notes.append(mismatch(at: first.line, Words.Transcripts.notRun(first.command, ending)))
    }
  }

  private mutating func reconcileExitStatus(_ status: Int32) {
    let line = file.exitLine ?? 1
    notes.append(
      mismatch(
        at: line, Words.Transcripts.exitStatus(expected: file.expectedExitStatus, got: status)))
    let directive = "% exit \(status)"
    exitEdit = edits.count
    if let exitLine = file.exitLine {
      // Absent means 0, so a run that ends with 0 needs no `% exit` line.
      let replacement = status == 0 ? [] : [directive]
      edits.append(Edit(lines: exitLine..<(exitLine + 1), replacement: replacement))
    } else {
      edits.append(Edit(lines: file.headerEndLine..<file.headerEndLine, replacement: [directive]))
    }
  }

  /// The lines of a block's output as a diff shows them, in order: the expected lines kept
  /// or removed, as written, and the actual lines added, in transcript notation.
  func outputLines(of change: Change) -> [(kind: LineChange, text: String)] {
    change.steps.map { step in
      switch step {
      case .kept(let expected):
        return (.kept, file.source.lines[change.block.expected[expected].line - 1])
      case .removed(let expected):
        return (.removed, file.source.lines[change.block.expected[expected].line - 1])
      case .added(let actual):
        return (.added, change.actual[actual].notation)
      }
    }
  }

  func mismatch(at line: Int, _ message: LocalizedText) -> TranscriptFile.Mismatch {
    TranscriptFile.Mismatch(file: file.name, line: line, message: message)
  }

  /// The message for a block whose output differs.
  func message(for change: Change) -> TranscriptFile.Mismatch {
    guard change.block.line > 0 else {
      return mismatch(at: change.block.region.lowerBound, Words.Transcripts.startupOutputDiffers)
    }
    return mismatch(at: change.block.line, Words.Transcripts.outputDiffers(change.block.command))
  }

  /// Every mismatch, in the order of the file; the exit status first among equals.
  var mismatches: [TranscriptFile.Mismatch] {
    sortedByLine(notes + changes.map(message(for:)), line: \.line)
  }

  /// The text of the file with every edit made.
  var updatedText: String {
    guard !edits.isEmpty else { return file.source.text }
    let lines = file.source.lines
    var result: [String] = []
    var next = 1
    // By place, then in the order made, so that a new `% exit` line goes before startup
    // output inserted at the same place.
    for edit in sortedByLine(edits, line: \.lines.lowerBound) {
      result += lines[(next - 1)..<(edit.lines.lowerBound - 1)]
      result += edit.replacement
      next = edit.lines.upperBound
    }
    result += lines[(next - 1)...]
    return file.source.joined(result)
  }
}

/// What became of a line of a block's output, as the first character of its diff line.
enum LineChange: String {
  case kept = " "
  case removed = "-"
  case added = "+"
}

/// `items` in the order of their lines; items on the same line keep their order.
func sortedByLine<T>(_ items: [T], line: (T) -> Int) -> [T] {
  items.indices.sorted { (line(items[$0]), $0) < (line(items[$1]), $1) }.map { items[$0] }
}
