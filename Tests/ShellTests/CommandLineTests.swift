import Bilingual
import Shell
import Testing
import Words

/// The command line's own messages in Japanese: ArgumentParser writes `--help` and usage
/// errors in English, and `JapaneseCommandLine` says them again from the catalog.
@Suite("The command line in Japanese")
struct CommandLineTests {
  private func message(_ arguments: [String], environment: [String: String] = [:]) -> (
    String, Int32
  )? {
    guard
      case .message(let text, let status) = AizuSimCommand.parseCommandLine(
        arguments, environment: environment)
    else { return nil }
    return (text, status)
  }

  /// The options an English help page lists: its lines that start with two spaces and `-`.
  private func optionNames(_ help: String) -> Set<String> {
    Set(
      help.split(separator: "\n").compactMap { line -> String? in
        guard line.hasPrefix("  -") else { return nil }
        let names = line.dropFirst(2).split(separator: "  ", maxSplits: 1).first ?? ""
        return String(names)
      })
  }

  @Test("every option of the English help has its Japanese line, and no other")
  func sameOptions() throws {
    let (english, _) = try #require(message(["--help"]))
    let (japanese, status) = try #require(message(["--lang", "ja", "--help"]))
    #expect(status == 0)
    #expect(optionNames(english) == Set(Words.CommandLine.options.map(\.names)))
    for entry in Words.CommandLine.options {
      #expect(japanese.contains("  \(entry.names)"))
      #expect(japanese.contains(entry.help.prefix(10)))
    }
    let (testEnglish, _) = try #require(message(["help", "test"]))
    #expect(optionNames(testEnglish) == Set(Words.CommandLine.testOptions.map(\.names)))
  }

  @Test("the Japanese help keeps the English usage line")
  func usageLine() throws {
    let (english, _) = try #require(message(["--help"]))
    let (japanese, _) = try #require(message(["--help"], environment: ["LANG": "ja_JP.UTF-8"]))
    let usage = try #require(english.split(separator: "\n").first { $0.hasPrefix("USAGE: ") })
    #expect(japanese.hasPrefix("概要: 会津地域"))
    #expect(japanese.contains("\n使い方: " + usage.dropFirst("USAGE: ".count) + "\n"))
  }

  @Test(
    "usage errors in Japanese, status 2",
    arguments: [
      (["--lang", "ja", "--bogus"], "エラー: 不明なオプション '--bogus'"),
      (["--lang=ja", "--scenario"], "エラー: '--scenario <FILE>' に値がありません"),
      (
        ["--lang", "ja", "--color", "blue"],
        "エラー: 値 'blue' は '--color <color>' に使えません。'auto'、'always'、'never' のどれかにしてください"
      ),
      (["--format", "xml", "--lang", "ja"], "エラー: 出力形式 'xml' はありません (table, csv, json, md のどれか)"),
      (["test", "--lang", "ja", "--bogus"], "エラー: 不明なオプション '--lang'"),
    ])
  func usageErrors(arguments: [String], first: String) throws {
    let (text, status) = try #require(message(arguments))
    #expect(status == 2)
    let lines = text.split(separator: "\n").map(String.init)
    #expect(lines.first == first)
    #expect(lines.last?.hasSuffix("を見てください。") == true)
  }

  @Test("--lang wins over the locale; an unknown --lang leaves the locale's language")
  func languageChoice() throws {
    let ja = ["LANG": "ja_JP.UTF-8"]
    #expect(
      try #require(message(["--lang", "en", "--bogus"], environment: ja)).0
        .hasPrefix("Error: Unknown option '--bogus'"))
    #expect(try #require(message(["--bogus"], environment: ja)).0.hasPrefix("エラー: "))
    #expect(
      try #require(message(["--lang", "fr"], environment: ja)).0
        .hasPrefix("エラー: 言語"))
    #expect(try #require(message(["--version"], environment: ja)).0 == AizuSimVersion.string)
  }
}
