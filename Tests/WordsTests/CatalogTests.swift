import Foundation
import Testing

/// The catalog as a whole: every entry written in both languages, and no words written
/// anywhere else.
///
/// The entries are read from the catalog's source files, so that an entry nobody calls in a
/// test is checked all the same: each `LocalizedText(ja: …, en: …)` with its two literals.
@Suite("One catalog of words, in both languages")
struct CatalogTests {
  /// The package's folder, from this file's place in it.
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// One `LocalizedText(ja: "…", en: "…")` of the catalog: where it is, and its two texts as
  /// written (interpolations included).
  struct Entry: CustomStringConvertible {
    var place: String
    var ja: String
    var en: String
    var description: String { "\(place): ja \"\(ja)\", en \"\(en)\"" }
  }

  static func files(in folder: String) throws -> [URL] {
    let url = root.appendingPathComponent(folder)
    return try FileManager.default.contentsOfDirectory(at: url, includingPropertiesForKeys: nil)
      .filter { $0.pathExtension == "swift" }.sorted { $0.path < $1.path }
  }

  /// Every entry of the catalog's files.
  static func entries() throws -> [Entry] {
    var entries: [Entry] = []
    for file in try files(in: "Sources/Words") {
      let text = try String(contentsOf: file, encoding: .utf8)
      var scanner = Scanner(Array(text), file: file.lastPathComponent)
      entries += scanner.entries()
    }
    return entries
  }

  @Test("the catalog has its entries where the test can read them")
  func found() throws {
    let entries = try Self.entries()
    #expect(entries.count > 400)
    #expect(
      entries.contains {
        $0.ja == "市町村" && $0.en == "Municipality"
      })
  }

  @Test("every entry is in Japanese and in English")
  func bothLanguages() throws {
    for entry in try Self.entries() {
      #expect(!entry.ja.isEmpty && !entry.en.isEmpty, "\(entry)")
      // Words the same in both are written once (`LocalizedText("%")`), not as a pair.
      #expect(entry.ja != entry.en, "written twice the same: \(entry)")
      // English words need Japanese ones, unless the Japanese only arranges the values it
      // is given (`\(command): \(message.ja)`: no letters of its own).
      let words = Self.withoutInterpolations(entry.en).contains { $0.isLetter && $0.isASCII }
      let arranges = !Self.withoutInterpolations(entry.ja).contains(where: \.isLetter)
      if words, !arranges {
        #expect(
          Self.withoutInterpolations(entry.ja).unicodeScalars.contains(where: Self.isJapanese),
          "no Japanese: \(entry)")
      }
      #expect(
        !Self.withoutInterpolations(entry.en).unicodeScalars.contains(where: Self.isKana),
        "kana in the English: \(entry)")
    }
  }

  /// `LocalizedText(ja: "…"` with a literal anywhere but the catalog (and the one module
  /// that defines the type): words typed where they are used, which issue 10 gathered here.
  @Test("no words are written outside the catalog")
  func onlyInTheCatalog() throws {
    var found: [String] = []
    let folders = try FileManager.default.contentsOfDirectory(
      atPath: Self.root.appendingPathComponent("Sources").path
    ).filter { !["Words", "Bilingual"].contains($0) }
    for folder in folders {
      guard let files = try? Self.files(in: "Sources/" + folder) else { continue }
      for file in files {
        let text = try String(contentsOf: file, encoding: .utf8)
        for (number, line) in text.split(separator: "\n").enumerated()
        where !line.trimmingCharacters(in: .whitespaces).hasPrefix("//")
          && line.contains("(ja: \"")
        {
          found.append("\(folder)/\(file.lastPathComponent):\(number + 1): \(line)")
        }
      }
    }
    #expect(found.isEmpty, "\(found.joined(separator: "\n"))")
  }

  static func withoutInterpolations(_ text: String) -> String {
    var result = ""
    var depth = 0
    var index = text.startIndex
    while index < text.endIndex {
      let next = text.index(after: index)
      if text[index] == "\\", next < text.endIndex, text[next] == "(" {
        depth += 1
        index = text.index(after: next)
        continue
      }
      if depth > 0 {
        if text[index] == "(" { depth += 1 }
        if text[index] == ")" { depth -= 1 }
      } else {
        result.append(text[index])
      }
      index = next
    }
    return result
  }

  static func isJapanese(_ scalar: Unicode.Scalar) -> Bool {
    isKana(scalar) || (0x4E00...0x9FFF).contains(scalar.value)
      || (0x3000...0x303F).contains(scalar.value) || (0xFF00...0xFFEF).contains(scalar.value)
  }

  static func isKana(_ scalar: Unicode.Scalar) -> Bool {
    (0x3040...0x30FF).contains(scalar.value)
  }

  /// Finds `LocalizedText(ja: LITERAL, en: LITERAL` in Swift source: string literals with
  /// escapes, interpolations (which may hold strings of their own) and `"""` blocks.
  struct Scanner {
    let chars: [Character]
    let file: String
    var index = 0
    var line = 1

    init(_ chars: [Character], file: String) {
      self.chars = chars
      self.file = file
    }

    mutating func entries() -> [Entry] {
      var entries: [Entry] = []
      let opener = Array("LocalizedText(")
      while index < chars.count {
        if chars[index] == "\n" { line += 1 }
        if chars[index...].starts(with: opener) {
          index += opener.count
          let start = line
          if let ja = labelled("ja"), skipComma(), let en = labelled("en") {
            entries.append(Entry(place: "\(file):\(start)", ja: ja, en: en))
          }
          continue
        }
        if chars[index] == "\"" {
          _ = literal()
          continue
        }
        index += 1
      }
      return entries
    }

    mutating func skipSpace() {
      while index < chars.count, chars[index].isWhitespace {
        if chars[index] == "\n" { line += 1 }
        index += 1
      }
    }

    mutating func skipComma() -> Bool {
      skipSpace()
      guard index < chars.count, chars[index] == "," else { return false }
      index += 1
      return true
    }

    /// `label: "…"`: the literal's text, or `nil` when something else is there.
    mutating func labelled(_ label: String) -> String? {
      skipSpace()
      let prefix = Array(label + ":")
      guard chars[index...].starts(with: prefix) else { return nil }
      index += prefix.count
      skipSpace()
      guard index < chars.count, chars[index] == "\"" else { return nil }
      var text = literal()
      // Literals joined with `+` across lines.
      while true {
        let saved = (index, line)
        skipSpace()
        guard index < chars.count, chars[index] == "+" else {
          (index, line) = saved
          break
        }
        index += 1
        skipSpace()
        guard index < chars.count, chars[index] == "\"" else {
          (index, line) = saved
          break
        }
        text += literal()
      }
      return text
    }

    /// The literal starting at `index` (a `"`), without its quotes.
    mutating func literal() -> String {
      let isBlock = chars[index...].starts(with: Array("\"\"\""))
      index += isBlock ? 3 : 1
      var text = ""
      while index < chars.count {
        let c = chars[index]
        if c == "\n" { line += 1 }
        if c == "\\", index + 1 < chars.count {
          if chars[index + 1] == "(" {
            text += "\\("
            index += 2
            var depth = 1
            while index < chars.count, depth > 0 {
              if chars[index] == "\"" {
                text += "\"" + literal() + "\""
                continue
              }
              if chars[index] == "(" { depth += 1 }
              if chars[index] == ")" { depth -= 1 }
              text.append(chars[index])
              index += 1
            }
            continue
          }
          text.append(c)
          text.append(chars[index + 1])
          index += 2
          continue
        }
        if isBlock, chars[index...].starts(with: Array("\"\"\"")) {
          index += 3
          return text.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        if !isBlock, c == "\"" {
          index += 1
          return text
        }
        text.append(c)
        index += 1
      }
      return text
    }
  }
}
