import Bilingual
import Words

/// At most this many field notes a block: enough to see what moved, few enough to read.
private let noteLimit = 5

extension Reconciliation {
  /// Where each changed line of a block first differs from its counterpart, as
  /// `file:line:column: field 7 (staff_supply): expected 41.58324896448447, got 41.58324896449`
  /// (docs/transcripts.md, "Reading a diff"); at most 5 a block.
  ///
  /// A removed expected line's counterpart is the added actual line in the same place of the
  /// same run of changes: the first removed with the first added, and so on.
  func fieldNotes(for change: Change) -> [LocalizedText] {
    var notes: [LocalizedText] = []
    var removed: [Int] = []
    var added: [Int] = []
    func pairUp() {
      for (e, a) in zip(removed, added) where notes.count < noteLimit {
        if let note = fieldNote(in: change.block, expected: e, actual: change.actual[a]) {
          notes.append(note)
        }
      }
      removed = []
      added = []
    }
    for step in change.steps {
      switch step {
      case .kept:
        pairUp()
      case .removed(let expected):
        if !added.isEmpty { pairUp() }
        removed.append(expected)
      case .added(let actual):
        added.append(actual)
      }
    }
    pairUp()
    return notes
  }

  /// The note for expected line `index` of `block` and its counterpart `actual`, if the place
  /// where they differ can be named.
  private func fieldNote(
    in block: TranscriptFile.Block, expected index: Int, actual: OutputLine
  ) -> LocalizedText? {
    let expected = block.expected[index]
    // A line with placeholders or escapes is not compared field by field.
    guard expected.stream == actual.stream, expected.pattern.literal == expected.text
    else { return nil }
    let header = block.expected.first.flatMap { first in
      first.stream == .stdout && first.line != expected.line ? first.pattern.literal : nil
    }
    guard
      let difference = fieldDifference(
        expected: expected.text, actual: actual.text, header: header, tolerance: file.tolerance)
    else { return nil }
    // Columns count the two characters of the `  ` or `! ` prefix.
    return difference.message.map {
      "\(file.name):\(expected.line):\(difference.offset + 3): \($0)"
    }
  }
}

/// Where `actual` first differs from `expected`, and how, when it can be named: a CSV field,
/// a JSON member, or a number.
///
/// - A CSV row, split into as many comma-separated fields as `header`, a first line without
///   numbers: `field 7 (staff_supply): expected 41.58324896448447, got 41.58324896448449`.
/// - A JSON member with the same name on both lines: `field "population": expected 95000,
///   got 95001`.
/// - Any other line whose first difference is a number, with the same text before it:
///   `expected 95000, got 95001`.
///
/// Numbers are compared within `tolerance`; text is quoted in the message, numbers are not.
///
/// - Returns: The 0-based offset, in characters, of the expected field or number, and the
///   message; `nil` when the lines differ in some other way.
func fieldDifference(
  expected: String, actual: String, header: String?, tolerance: Tolerance
) -> (offset: Int, message: LocalizedText)? {
  func differs(_ e: Substring, _ a: Substring) -> Bool {
    !tolerance.accepts(NumericText(String(e)), NumericText(String(a)))
  }

  if let header {
    let names = csvFields(header)
    let expectedFields = csvFields(expected)
    let actualFields = csvFields(actual)
    if names.count >= 2, expectedFields.count == names.count, actualFields.count == names.count,
      !names.contains(where: { isNumber($0.text) })
    {
      guard
        let k = expectedFields.indices.first(where: {
          differs(expectedFields[$0].text, actualFields[$0].text)
        })
      else { return nil }
      return (
        expectedFields[k].offset,
        Words.Transcripts.csvField(
          k + 1, name: names[k].text.isEmpty ? nil : String(names[k].text),
          expected: shown(expectedFields[k].text), got: shown(actualFields[k].text))
      )
    }
  }

  if let e = jsonMember(expected), let a = jsonMember(actual), e.name == a.name {
    guard differs(e.value, a.value) else { return nil }
    return (
      e.offset,
      Words.Transcripts.jsonField(String(e.name), expected: String(e.value), got: String(a.value))
    )
  }

  let e = NumericText(expected)
  let a = NumericText(actual)
  guard let index = tolerance.firstDifference(e, a), index < e.pieces.count,
    index < a.pieces.count, e.pieces[index].value != nil, a.pieces[index].value != nil
  else { return nil }
  return (
    e.pieces[index].offset,
    Words.Transcripts.number(
      expected: String(e.pieces[index].text), got: String(a.pieces[index].text))
  )
}

/// The comma-separated fields of a CSV line, each with its 0-based offset in characters;
/// commas inside double quotes do not separate.
func csvFields(_ line: String) -> [(offset: Int, text: Substring)] {
  var fields: [(offset: Int, text: Substring)] = []
  var start = line.startIndex
  var startOffset = 0
  var isQuoted = false
  for (offset, index) in line.indices.enumerated() {
    if line[index] == "\"" {
      isQuoted.toggle()
    } else if line[index] == ",", !isQuoted {
      fields.append((startOffset, line[start..<index]))
      start = line.index(after: index)
      startOffset = offset + 1
    }
  }
  fields.append((startOffset, line[start...]))
  return fields
}

/// The name and value of a line that holds one JSON member, `  "name": value,`, with the
/// 0-based offset of the value; the name keeps its quotes, the value loses its comma.
private func jsonMember(_ line: String) -> (name: Substring, value: Substring, offset: Int)? {
  let body = line.drop(while: isBlank)
  guard body.first == "\"", let separator = body.dropFirst().firstRange(of: "\": ") else {
    return nil
  }
  let name = body[body.startIndex..<body.index(after: separator.lowerBound)]
  var value = body[separator.upperBound...]
  if value.last == "," {
    value = value.dropLast()
  }
  return (name, value, line.distance(from: line.startIndex, to: value.startIndex))
}

/// Whether `text` is one number, as `NumericText` reads numbers.
private func isNumber(_ text: Substring) -> Bool {
  let pieces = NumericText(String(text)).pieces
  return pieces.count == 1 && pieces[0].value != nil
}

/// A field as a message shows it: a number as written, anything else in quotes.
private func shown(_ text: Substring) -> String {
  isNumber(text) ? String(text) : "'\(text)'"
}
