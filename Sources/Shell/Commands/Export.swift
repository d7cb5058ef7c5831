import Bilingual
import Rendering
import Simulation
import Words

extension Command {
  static let exportOptions = ["--force", "--no-bom", "--lang"]

  static let export = Command(
    name: "export",
    usage: "export FILE.svg|FILE.html|FILE.csv|FILE.json|FILE.md [YEAR] [--force] [--no-bom]",
    summary: Words.Help.exportSummary,
    details: Words.Help.exportDetails,
    examples: [
      "export shortfall.svg", "export forum.html --lang ja", "export forum.html 2050",
      "export project2040.csv", "export project2040.csv --no-bom --force",
    ],
    // The file name says the format; `--lang` is read here, and `--format` refused.
    takesOutputOptions: false,
    complete: { context in
      guard context.previous.count > 1 || context.current.hasPrefix("-") else {
        return fileCandidates(context, extensions: ExportFormat.allCases.map { "." + $0.rawValue })
      }
      if context.previous.last == "--lang" {
        return Language.allCases.map(\.rawValue).filter { $0.hasPrefix(context.current) }
      }
      return exportOptions.filter { $0.hasPrefix(context.current) }
    },
    run: { invocation, session throws(CommandError) in
      var invocation = invocation
      let force = invocation.flag("--force")
      let noBOM = invocation.flag("--no-bom")
      let language =
        try invocation.option("--lang").map { text throws(CommandError) in
          try Settings.language(text)
        } ?? session.language
      try invocation.rejectUnknownOptions(known: exportOptions)
      guard let path = invocation.arguments.first else {
        throw CommandError(Words.Export.needsFile, suggestion: Words.Export.example)
      }
      let format = try ExportFormat(path: path)
      let rest = Array(invocation.arguments.dropFirst())
      guard format == .html || rest.isEmpty else {
        throw CommandError(
          Words.Export.takesNoArguments(format.rawValue, rest),
          suggestion: Words.Export.yearIsForHTML)
      }
      guard !noBOM || format == .csv else {
        throw CommandError(Words.Export.noBOMIsForCSV)
      }
      let text: String
      switch format {
      case .svg:
        guard let chart = session.lastChart else {
          throw CommandError(Words.Export.noChartYet, suggestion: Words.Export.drawAChart)
        }
        text = chart.svg(language: language)
      case .html:
        guard rest.count <= 1 else {
          throw CommandError(
            Words.Export.oneYear(rest),
            suggestion: Words.Export.reportYearExample(path, year: rest[rest.count - 1]))
        }
        let year = try rest.first.map { word throws(CommandError) in try session.year(word) }
        text = ForumReport(session: session, year: year ?? session.scenario.horizon).page
          .rendered(language: language)
      case .csv, .json, .md:
        guard let report = session.lastReport else {
          throw CommandError(Words.Export.noReportYet, suggestion: Words.Export.showAReport)
        }
        let settings = OutputSettings(
          format: format.outputFormat, language: language, phrases: Words.renderingPhrases)
        text = (format == .csv && !noBOM ? "\u{FEFF}" : "") + report.rendered(settings)
      }
      try session.export(text, to: path, replacing: force)
      return .text(Words.Export.wrote(format.rawValue, to: path, withBOM: format == .csv && !noBOM))
    })
}

/// What `export` writes, by the file name's extension.
enum ExportFormat: String, CaseIterable {
  case svg, html, csv, json, md

  /// The format a file name asks for: its extension, in any case (`.SVG`, `.htm`).
  init(path: String) throws(CommandError) {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    let known = Self.allCases.map { "." + $0.rawValue }
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else {
      throw CommandError(Words.Export.noExtension(path), suggestion: Words.Export.extensions(known))
    }
    let ending = name[name.index(after: dot)...].lowercased()
    if let format = Self(rawValue: ending == "htm" || ending == "xhtml" ? "html" : ending) {
      self = format
      return
    }
    throw CommandError(
      Words.Export.unknownExtension("." + ending),
      suggestion: Suggestion.guess("." + ending, among: known) ?? Words.Export.extensions(known))
  }

  /// The output format of the last report written in this format.
  var outputFormat: OutputFormat {
    switch self {
    case .json: .json
    case .md: .md
    default: .csv
    }
  }
}

extension Session {
  /// Writes an exported file as `save` writes a scenario: atomically, and over an existing
  /// file only when `replacing` (a symbolic link is followed and a replaced file keeps its
  /// permissions: `FileSystem.write`).
  func export(_ text: String, to path: String, replacing: Bool) throws(CommandError) {
    let exists = CommandError(
      Words.Files.fileExists(path), suggestion: Words.Export.chooseAnotherName(path))
    if !replacing, fileSystem.exists(path) { throw exists }
    do {
      try fileSystem.write(text, to: path, replacing: replacing)
    } catch {
      if error as? FileError == .exists { throw exists }
      throw CommandError(Words.Files.cannotWrite(path, reason: FileError.reason(of: error)))
    }
  }
}
