import Bilingual
import Rendering
import Words

/// What `show columns COMMAND` shows: each column of the command's report, as the command
/// declares it, so that a user knows what `--columns` takes and what a narrow screen leaves out.
enum ColumnsReport {
  typealias S = Words.Show

  static let columns: [ReportColumn<Report.Column>] = [
    .init(S.field, field: "field", alignment: .left, isKey: true) { .text($0.field) },
    .init(S.header, field: "header", alignment: .left, isEssential: true) { .words($0.header) },
    .init(S.headerInJapanese, field: "header_ja", alignment: .left, audience: .programs) {
      .text($0.header.ja)
    },
    .init(S.unit, field: "unit", alignment: .left, isEssential: true) { column in
      column.unit.map { .words($0) } ?? .empty
    },
    .init(S.unitInJapanese, field: "unit_ja", alignment: .left, audience: .programs) { column in
      column.unit.map { .text($0.ja) } ?? .empty
    },
    .init(S.shown, field: "shown", alignment: .left, isEssential: true, audience: .people) {
      .words($0.isKey ? S.always : $0.isEssential ? S.first : S.ifRoom)
    },
    .init(S.isKey, field: "key", audience: .programs) { .bool($0.isKey, display: S.always) },
    .init(S.isEssential, field: "essential", audience: .programs) {
      .bool($0.isEssential, display: S.first)
    },
    .init(S.formats, field: "audience", alignment: .left, isEssential: true) { column in
      switch column.audience {
      case .everyone: .words(S.everyFormat, value: "everyone")
      case .people: .words(S.forPeople, value: "people")
      case .programs: .words(S.forPrograms, value: "programs")
      }
    },
  ]

  /// `show columns` (the commands with a table), `show columns COMMAND`, or
  /// `show columns show TOPIC`.
  static func output(_ arguments: [String], _ session: Session) throws(CommandError) -> Output {
    guard let name = arguments.first else {
      let names = Command.all.filter { $0.name == "show" || !$0.columns.isEmpty }.map(\.name)
      return .text(S.commandsWithColumns(names))
    }
    let command = try Command.existing(name)
    let topic = Array(arguments.dropFirst())
    if command.name == "show" {
      guard let word = topic.first else {
        throw CommandError(S.columnsDependOnTopic, suggestion: S.showColumnsExample)
      }
      guard topic.count == 1 else { throw CommandError(S.oneTopic, suggestion: S.topics) }
      if !Command.showTopics.contains(word) { _ = try session.municipality(word) }
    }
    let declared = command.columns(for: topic, in: session)
    let label = ([command.name] + topic).joined(separator: " ")
    guard !declared.isEmpty else { throw CommandError(S.noTable(label)) }
    return .report(
      Report(title: S.columnsTitle(label), rows: declared, columns: columns, notes: [S.columnsNote])
    )
  }
}
