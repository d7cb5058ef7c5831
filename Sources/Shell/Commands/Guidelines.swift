import Bilingual
import Rendering
import Simulation

extension Command {
  static let guidelines = Command(
    name: "guidelines",
    usage: "guidelines [MUNICIPALITY] [YEAR]",
    summary: LocalizedText(ja: "18の指針と今の判定を一覧にする", en: "List the 18 guidelines and their verdicts"),
    details: LocalizedText(
      ja: """
        会津地域自治体広域連携指針の18の指針を、番号・題名・分類(行政の仕事 指針1〜9、地域の暮らし 指針10〜18)と、
        選ぶべき方法(デジタル・アナログ・併用)とその決め手とともに示します。市町村を省くと地域全体、
        年を省くとシナリオの目標年です。一つの指針の詳しい比較は compare 番号 で見られます。
        """,
      en: """
        Lists the 18 guidelines of the Aizu joint guideline: number, title, group
        (administrative work, 指針1–9; community life, 指針10–18), the option to choose
        (digital, analog or both) and the rule that decided it. With no municipality, the
        region; with no year, the scenario's horizon. `compare NUMBER` shows one guideline
        in detail.
        """),
    examples: ["guidelines", "guidelines 金山町 2040", "guidelines Showa --format csv"],
    complete: { context in yearsOrMunicipalities(context) },
    run: { invocation, session throws(CommandError) in
      try invocation.rejectUnknownOptions(known: ["--format", "--lang"])
      let (year, chosen) = try session.yearAndMunicipalities(
        invocation.arguments, command: "guidelines")
      guard chosen.count <= 1 else {
        throw CommandError(
          "guidelines takes one municipality", suggestion: "or none, for the region")
      }
      guard !session.scenario.guidelines.isEmpty else {
        throw CommandError(
          "the scenario lists no guidelines", suggestion: "the built-in scenario 'aizu' has all 18")
      }
      return [
        session.render(
          try GuidelineList(session: session, year: year, municipality: chosen.first).table)
      ]
    })
}

/// The table `guidelines` shows: one row per guideline with its verdict.
struct GuidelineList {
  let session: Session
  let year: Int
  let municipality: Municipality?
  let comparisons: [Comparison]

  init(session: Session, year: Int, municipality: Municipality?) throws(CommandError) {
    self.session = session
    self.year = year
    self.municipality = municipality
    let projection = session.projection(through: year)
    var comparisons: [Comparison] = []
    for guideline in session.scenario.guidelines {
      comparisons.append(
        try session.comparison(guideline, in: municipality, year: year, projection: projection))
    }
    self.comparisons = comparisons
  }

  private var isMachine: Bool { session.format == .csv || session.format == .json }

  var table: Table {
    let rows = comparisons.map(row)
    let firstCommunity = comparisons.firstIndex { $0.guideline.group == .community }
    let rules: Set<Int> = isMachine ? [] : firstCommunity.map { [$0] } ?? []
    return Table(title: title, columns: columns, rows: rows, ruleBeforeRows: rules, notes: notes)
  }

  private var title: String {
    let area = municipality?.bilingualName ?? session.regionName
    return session.text(ja: "18の指針", en: "The 18 guidelines") + " — \(area), \(Year.label(year))"
  }

  private var columns: [Table.Column] {
    if isMachine {
      return [
        .init("guideline", field: "guideline", isKey: true),
        .init("title", field: "title", alignment: .left),
        .init("group", field: "group", alignment: .left),
        .init("municipality", field: "municipality", alignment: .left),
        .init("year", field: "year"),
        .init("option", field: "option", alignment: .left),
        .init("kind", field: "kind", alignment: .left),
        .init("reason", field: "reason", alignment: .left),
      ]
    }
    return [
      .init(session.text(Label.guideline), field: "guideline", isKey: true),
      .init(session.text(ja: "題名", en: "Title"), field: "title", alignment: .left),
      .init(session.text(Label.verdict), field: "verdict", alignment: .left),
      .init(session.text(Label.decidedBy), field: "reason", alignment: .left),
    ]
  }

  private func row(_ comparison: Comparison) -> [Table.Cell] {
    let guideline = comparison.guideline
    let winner = comparison.verdict.winner
    if isMachine {
      return [
        .integer(guideline.number), .text(session.text(guideline.title)),
        .text(guideline.group.rawValue),
        .text(municipality?.name ?? session.scenario.region.ja), .integer(year),
        winner.map { .text($0.id) } ?? .empty, winner.map { .text($0.approach.rawValue) } ?? .empty,
        .text(comparison.verdict.reason.rawValue),
      ]
    }
    let verdict = winner.map {
      session.kindText($0.approach) + session.text(ja: "（", en: " (")
        + $0.name.text(in: session.language)
        + session.text(ja: "）", en: ")")
    }
    return [
      .integer(guideline.number), .text(session.text(guideline.title)), .text(verdict ?? "-"),
      .text(session.text(comparison.verdict.reason.label)),
    ]
  }

  private var notes: [String] {
    [
      session.text(
        ja: "指針1〜9: 行政の仕事、指針10〜18: 地域の暮らし。"
          + "compare 番号 で方法ごとの比較と理由を示します。",
        en: "指針1–9: administrative work; 指針10–18: community life. "
          + "`compare NUMBER` shows the options and why.")
    ]
  }
}
