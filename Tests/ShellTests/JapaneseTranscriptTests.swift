import Bilingual
import Foundation
import Rendering
import ScenarioFile
import Simulation
import Testing
import Transcript

@testable import Shell

/// `--lang ja` gives Japanese everywhere (issue 10): every command of every regression
/// transcript, run again in Japanese, answers with no English word but names (romaji, the
/// region's), identifiers (commands, options, fields, keys, ids, setting values, file
/// names), what the user typed, placeholders (`FILE`) and units.
@Suite("Every transcript's commands answer in Japanese with --lang ja")
struct JapaneseTranscriptTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Scenarios/regression")

  static var transcripts: [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
      .filter { $0.hasSuffix(".transcript") }.sorted()
  }

  /// Words that are names or units, whatever the language.
  static let names: Set<String> = [
    "AizuSim", "aizusim", "TOML", "toml", "CSV", "csv", "JSON", "json", "Markdown", "md", "FTE",
    "MiB", "km", "psql", "Tab", "Ctrl-C", "Ctrl-D", "Excel", "QR", "SNS", "IT", "DX", "ε", "x",
    "e", "R", "H", "S", "IPSS", "JRI", "UTF-8", "NO_COLOR", "LANG", "what-if", "i", "f0",
    // The elasticity's keyword value, and words the user types.
    "fitted", "all", "true", "false", "extends",
    // What tests/fixtures/tour.aizu echoes.
    "done",
    // The file types `export` writes, named by their extensions; the byte-order mark.
    "svg", "html", "SVG", "HTML", "BOM", "A4",
  ]

  /// The words of docs/model.md's headings, which notes and help cite as the places to read
  /// (「Hours ledger」): the document is in English.
  static let modelHeadings: Set<String> = {
    let url = folder.deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("docs/model.md")
    let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    return Set(
      text.split(separator: "\n").filter { $0.hasPrefix("#") }.flatMap { words(String($0)) })
  }()

  /// Every identifier the shell knows: commands, options, topics, fields, keys and ids of the
  /// scenario, setting values, formats, layouts, languages.
  static func identifiers(_ session: Session) -> Set<String> {
    let scenario = session.scenario
    var known = Set(Command.all.flatMap { [$0.name] + $0.aliases })
    known.formUnion(Command.showTopics + Command.measureActions)
    known.formUnion(scenario.municipalities.map(\.romaji))
    known.formUnion(scenario.region.en.split(separator: " ").map(String.init))
    known.formUnion(scenario.assumptions.map(\.name))
    known.formUnion(scenario.sources.map(\.id))
    known.formUnion(scenario.measures.map(\.id))
    known.formUnion(scenario.facetimeCategories.map(\.id))
    known.formUnion(scenario.guidelines.flatMap { $0.options.map(\.id) })
    known.formUnion(ScenarioFile.builtinNames + [scenario.name])
    known.formUnion(OutputFormat.allCases.map(\.rawValue) + Language.allCases.map(\.rawValue))
    known.formUnion(OutputSettings.Layout.allCases.map(\.rawValue))
    known.formUnion(PopulationMethod.allCases.map(\.rawValue))
    known.formUnion(StaffingPolicy.allCases.map(\.rawValue))
    known.formUnion(ElderlyRise.allCases.map(\.rawValue))
    known.formUnion(RecruitmentPool.allCases.map(\.rawValue))
    known.formUnion(Approach.allCases.map(\.rawValue))
    known.formUnion(Verdict.Reason.allCases.map(\.rawValue))
    for command in Command.all {
      for topic in [[]] + Command.showTopics.map({ [$0] }) {
        known.formUnion(command.columns(for: topic, in: session).map(\.field))
      }
    }
    known.formUnion(
      ScenarioFile.settablePaths(session.document).flatMap { $0.split(separator: ".") }
        .map(String.init))
    known.formUnion(Metric.allCases.map(\.rawValue))
    // The model's equations as docs/model.md writes them (`explain`): their functions and
    // symbols; and the words a check's `where` takes in a scenario file.
    known.formUnion(["min", "max", "ln", "hires", "index", "region", "each"])
    known.formUnion(modelHeadings)
    // Data given in one language serves both (issue 10): its words are the data's.
    var data = [scenario.title] + scenario.sources.flatMap { [$0.title, $0.citation] }
    data += scenario.municipalities.flatMap { $0.notes.values }
    data += scenario.assumptions.flatMap { [$0.note, $0.unit] }
    data += scenario.measures.flatMap { [$0.name, $0.note] }
    data += scenario.guidelines.flatMap { $0.options.flatMap { [$0.name, $0.note] } }
    for text in data where text.ja == text.en { known.formUnion(words(text.en)) }
    return known
  }

  @Test("no English word in a Japanese answer", arguments: transcripts)
  func japanese(name: String) throws {
    let text = try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
    let file = try TranscriptFile.parse(text, name: name).get()
    // The transcript's own start, in Japanese.
    var arguments: [String] = []
    var skip = false
    for argument in file.arguments {
      if skip {
        skip = false
      } else if argument == "--lang" {
        skip = true
      } else if !argument.hasPrefix("--lang=") {
        arguments.append(argument)
      }
    }
    guard case .shell(let command) = AizuSimCommand.parseCommandLine(arguments + ["--lang", "ja"]),
      command.commands.isEmpty, command.files.isEmpty
    else { return }
    let session: Session
    do {
      session = try command.session.session(
        fileSystem: RootedFileSystem(base: Self.folder.path + "/", LocalFileSystem()),
        environment: file.environment)
    } catch {
      // A session that cannot start says why, in Japanese too.
      let message = Interpreter.message(for: error, language: .ja)
      #expect(message.hasPrefix("エラー: "), "\(message)")
      return
    }
    var shell = Interpreter(session: session)
    var found: [String: String] = [:]
    var typed: Set<String> = []
    for block in file.blocks {
      typed.formUnion(Self.words(block.command))
      let outcome = shell.execute(block.command)
      // Identifiers and one-language data of the scenario as it stands after the command.
      let known = Self.names.union(Self.identifiers(shell.session))
      // After `lang en` the session speaks English; CSV and JSON are data for programs.
      let settings = shell.session.outputSettings
      let isData =
        settings.format.isForPrograms
        || ["--format csv", "--format json"].contains { block.command.contains($0) }
      if settings.language == .en || isData || block.command.contains("--lang en") { continue }
      for reply in outcome.replies {
        // Colour escapes, and text in quotes: what a file or the user wrote, quoted back.
        let plain = reply.text.replacingOccurrences(
          of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression
        ).replacingOccurrences(of: "'[^'\n]*'", with: "''", options: .regularExpression)
          // Addresses, and the key path a diagnostic names after its place in a file.
          .replacingOccurrences(of: "https?://\\S+", with: "", options: .regularExpression)
          .replacingOccurrences(
            of: "(?m)^(\\s*\\S+:\\d+:\\d+: )[^:\\s]+: ", with: "$1",
            options: .regularExpression)
        // Help's examples are commands to type, written as typed; so is a command that a
        // presentation shows after the prompt, as its script has it.
        let commands = Set(Command.all.map(\.name))
        let prompt = shell.prompt
        let prose = plain.split(separator: "\n", omittingEmptySubsequences: false).filter { line in
          !(line.hasPrefix("  ")
            && commands.contains(String(line.dropFirst(2).prefix { $0 != " " })))
            && !line.hasPrefix(prompt)
        }.joined(separator: "\n")
        for word in Self.words(prose) where !known.contains(word) && !typed.contains(word) {
          // Paths and keys (`Showa.staff`, `docs/model.md`), options, placeholders, codes.
          // Symbols of the model's equations (r(t), w) are single letters.
          if word.contains(where: { "./_=".contains($0) || $0.isNumber }) || word.hasPrefix("-")
            || word == word.uppercased() || word.count == 1
          {
            continue
          }
          found[word] = found[word] ?? "'\(word)' in \(name): > \(block.command): \(plain)"
        }
      }
    }
    #expect(found.isEmpty, "\(found.values.sorted().joined(separator: "\n"))")
  }

  /// The runs of ASCII letters, digits and `_-./=` in `text` that hold a letter.
  static func words(_ text: String) -> [String] {
    var words: [String] = []
    var word = ""
    for character in text + " " {
      if character.isASCII, character.isLetter || character.isNumber || "_-./=".contains(character)
      {
        word.append(character)
        continue
      }
      var trimmed = Substring(word)
      while let last = trimmed.last, ".-=".contains(last) { trimmed = trimmed.dropLast() }
      while let first = trimmed.first, ".=".contains(first) { trimmed = trimmed.dropFirst() }
      if trimmed.contains(where: \.isLetter) { words.append(String(trimmed)) }
      word = ""
    }
    return words
  }
}
