import Bilingual
import Rendering
import Testing

/// Reports: columns declared once, bilingual words, marks, the columns each format shows,
/// essential columns on a narrow screen, and records when even those do not fit.
@Suite("Reports as values")
struct ReportTests {
  struct Town {
    var name: String
    var romaji: String
    var population: Double
    var elderlyShare: Double
    var isAssumed: Bool
  }

  static let columns: [ReportColumn<Town>] = [
    .init(
      LocalizedText(ja: "市町村", en: "Municipality"), field: "municipality", alignment: .left,
      isKey: true, audience: .people
    ) { .text("\($0.name) \($0.romaji)") },
    .init(
      LocalizedText(ja: "市町村", en: "Municipality"), field: "municipality", alignment: .left,
      isKey: true, audience: .programs
    ) { .text($0.name) },
    .init(LocalizedText("romaji"), field: "romaji", audience: .programs) { .text($0.romaji) },
    .init(LocalizedText(ja: "人口", en: "Population"), field: "population", isEssential: true) {
      .number($0.population, decimals: 0)
    },
    .init(
      LocalizedText(ja: "高齢化率", en: "65+ share"), field: "elderly_share",
      unit: LocalizedText("%"), isEssential: true
    ) { .percent($0.elderlyShare, decimals: 1).marked($0.isAssumed ? "*" : nil) },
    .init(LocalizedText(ja: "備考", en: "Remark"), field: "remark", alignment: .left) { _ in
      .words(LocalizedText(ja: "県の資料", en: "from the prefecture's data"))
    },
  ]

  static let report = Report(
    title: LocalizedText(ja: "人口 2040", en: "Population 2040"),
    rows: [
      Town(
        name: "会津若松市", romaji: "Aizuwakamatsu", population: 95_000, elderlyShare: 0.3531,
        isAssumed: true),
      Town(name: "昭和村", romaji: "Showa", population: 650, elderlyShare: 0.62027, isAssumed: false),
    ],
    columns: columns,
    notes: [LocalizedText(ja: "* 仮定", en: "* assumption")])

  @Test("one report, two languages, marks aligned on the last digit")
  func languages() {
    #expect(
      Self.report.rendered(OutputSettings(language: .ja)) == """
        人口 2040
        市町村                      人口  高齢化率  備考
        ------------------------  ------  --------  --------
        会津若松市 Aizuwakamatsu  95,000    35.3%*  県の資料
        昭和村 Showa                 650    62.0%   県の資料
        * 仮定

        """)
    #expect(
      Self.report.rendered(OutputSettings(language: .en)).hasPrefix(
        "Population 2040\nMunicipality              Population  65+ share  Remark\n"))
  }

  @Test("programs get their own columns, full precision, no marks, no words of notes")
  func machineFormats() {
    #expect(
      Self.report.rendered(OutputSettings(format: .csv, language: .ja)) == """
        municipality,romaji,population,elderly_share,remark
        会津若松市,Aizuwakamatsu,95000,0.3531,from the prefecture's data
        昭和村,Showa,650,0.62027,from the prefecture's data

        """)
  }

  @Test("on a narrow screen: key and essential columns first, the rest named in a note")
  func essentialColumns() {
    let text = Self.report.rendered(OutputSettings(language: .en, width: 50))
    #expect(
      text == """
        Population 2040
        Municipality              Population  65+ share
        ------------------------  ----------  ---------
        会津若松市 Aizuwakamatsu      95,000     35.3%*
        昭和村 Showa                     650     62.0%
        (not shown to fit the screen: remark)
        * assumption

        """)
    // With room for every column, no note.
    #expect(!Self.report.rendered(OutputSettings(language: .en, width: 80)).contains("not shown"))
  }

  @Test("when even the essential columns do not fit, rows become records")
  func records() {
    let text = Self.report.rendered(OutputSettings(language: .ja, width: 30))
    #expect(
      text == """
        人口 2040
        -[ 会津若松市 Aizuwakamatsu ]-
        人口      95,000
        高齢化率  35.3%*
        備考      県の資料
        -[ 昭和村 Showa ]-
        人口         650
        高齢化率  62.0%
        備考      県の資料
        * 仮定

        """)
    #expect(
      Self.report.rendered(OutputSettings(language: .ja, width: 30, layout: .vertical))
        == text)
  }

  @Test("--columns chooses fields, keys always included")
  func chosenColumns() {
    let settings = OutputSettings(format: .csv, columns: .only(["population"]))
    #expect(
      Self.report.rendered(settings) == "municipality,population\n会津若松市,95000\n昭和村,650\n")
  }
}
