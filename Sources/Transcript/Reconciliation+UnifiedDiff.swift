import Bilingual
import Words

/// The lines of context a hunk shows around its changes, as `diff -u` does.
private let contextLength = 3

/// A line of a diff, with where it stands in the file before and after the update.
private struct DiffLine {
  var kind: LineChange
  var text: String
  /// The line in the transcript; for an added line, the line it goes before.
  var oldLine: Int
  /// The line in the updated transcript; for a removed line, the line after it.
  var newLine: Int
}

extension Reconciliation {
  /// The differences as a unified diff in transcript notation (docs/transcripts.md, "Reading
  /// a diff"); empty when there are none.
  ///
  /// Each block that differs gets a `file:line:` header naming its command, then a
  /// `file:line:column:` note for each changed line whose differing field can be named, then
  /// hunks of its own lines with 3 lines of context. `-` numbers are the transcript's lines; `+` numbers
  /// are the lines of the file that `updated(with:)` writes, but for a `% exit` line added
  /// or removed, which is reported on a line of its own.
  func unifiedDiff(in language: Language) -> String {
    var sections = notes.map { (line: $0.line, lines: [$0.text(in: language)]) }
    for change in changes {
      let header = message(for: change)
      sections.append(
        (
          header.line,
          [header.text(in: language)] + fieldNotes(for: change).map { $0.text(in: language) }
            + hunks(for: change)
        ))
    }
    guard !sections.isEmpty else { return "" }
    let lines =
      [
        Words.Transcripts.expectedHeading(file.name).text(in: language),
        Words.Transcripts.actualHeading(file.name).text(in: language),
      ]
      + sortedByLine(sections, line: \.line).flatMap(\.lines)
    return lines.map { $0 + "\n" }.joined()
  }

  /// The hunks of one block's diff, each with its `@@` line.
  private func hunks(for change: Change) -> [String] {
    let lines = diffLines(for: change)
    var ranges: [Range<Int>] = []
    for index in lines.indices where lines[index].kind != .kept {
      let range =
        Swift.max(0, index - contextLength)..<Swift.min(lines.count, index + contextLength + 1)
      if let last = ranges.last, range.lowerBound <= last.upperBound {
        ranges[ranges.count - 1] = last.lowerBound..<range.upperBound
      } else {
        ranges.append(range)
      }
    }
    return ranges.flatMap { range in
      let hunk = lines[range]
      let oldCount = hunk.count(where: { $0.kind != .added })
      let newCount = hunk.count(where: { $0.kind != .removed })
      let header =
        "@@ -\(span(hunk[range.lowerBound].oldLine, oldCount)) "
        + "+\(span(hunk[range.lowerBound].newLine, newCount)) @@"
      return [header] + hunk.map { $0.kind.rawValue + $0.text }
    }
  }

  /// The lines of a block from its command on, with the expected lines turned into the
  /// actual ones step by step.
  private func diffLines(for change: Change) -> [DiffLine] {
    let source = file.source.lines
    let block = change.block
    var lines: [DiffLine] = []
    var oldLine = block.firstLine
    var growth = 0
    func newLine() -> Int { updatedLine(for: oldLine, besides: change.edit) + growth }

    while oldLine < block.region.lowerBound {
      lines.append(
        DiffLine(kind: .kept, text: source[oldLine - 1], oldLine: oldLine, newLine: newLine()))
      oldLine += 1
    }
    for (kind, text) in outputLines(of: change) {
      lines.append(DiffLine(kind: kind, text: text, oldLine: oldLine, newLine: newLine()))
      switch kind {
      case .kept: oldLine += 1
      case .removed:
        oldLine += 1
        growth -= 1
      case .added: growth += 1
      }
    }
    return lines
  }

  /// Where `line` of the transcript stands once the outputs are updated, counting the edits
  /// to other blocks but not `excluded`, the one being shown, nor the `% exit` line.
  ///
  /// The `% exit` line is reported on its own rather than in a hunk, and counting it would
  /// make the hunks of the startup output, which may stand around it, inconsistent.
  private func updatedLine(for line: Int, besides excluded: Int) -> Int {
    var result = line
    for (index, edit) in edits.enumerated()
    where index != excluded && index != exitEdit && edit.lines.upperBound <= line {
      result += edit.growth
    }
    return result
  }
}

/// A line range in a hunk header: `start,count`, or `start` alone for one line; an empty
/// range names the line before it, as `diff -u` writes it.
private func span(_ start: Int, _ count: Int) -> String {
  switch count {
  case 0: return "\(start - 1),0"
  case 1: return "\(start)"
  default: return "\(start),\(count)"
  }
}
