import Bilingual
import Rendering
import Simulation
import Words

/// Where a row of a report is: a municipality, the region or the regional office, by the
/// names programs read and the one people read.
struct ReportPlace: Sendable {
  /// The name programs read in `municipality`: kanji, or the region's or office's name.
  var name: String
  /// The name programs read in `romaji`.
  var romaji: String
  /// What people read: both names.
  var shown: LocalizedText

  static func municipality(_ municipality: Municipality) -> ReportPlace {
    ReportPlace(
      name: municipality.name, romaji: municipality.romaji,
      shown: LocalizedText("\(municipality.name) \(municipality.romaji)"))
  }

  static func region(of scenario: Scenario) -> ReportPlace {
    ReportPlace(
      name: scenario.region.ja, romaji: scenario.region.en,
      shown: LocalizedText("\(scenario.region.ja) \(scenario.region.en)"))
  }

  /// The regional office: programs read its name in Japanese and English, as a
  /// municipality's.
  static let office = ReportPlace(
    name: Words.Ledger.regionalOffice.ja, romaji: Words.Ledger.regionalOffice.en,
    shown: Words.Ledger.regionalOfficeRow)
}

/// A row of a report that is somewhere in a year: the ledger's, hours freed, categories.
protocol PlacedRow: Sendable {
  var place: ReportPlace { get }
  var year: Int { get }
}

extension PlacedRow {
  /// The columns that say where and when: for people the year (a key, dropped for a single
  /// year, which the title gives) and both names in one cell, under `header`; for programs
  /// the name, the romaji when asked for, then the year.
  static func placeColumns(_ header: LocalizedText, romaji: Bool = false) -> [ReportColumn<Self>] {
    let P = Words.Projection.self
    return [
      .init(P.year, field: "year", isKey: true, audience: .people) { .year($0.year) },
      .init(header, field: "municipality", alignment: .left, isKey: true, audience: .people) {
        .words($0.place.shown)
      },
      .init(header, field: "municipality", alignment: .left, isKey: true, audience: .programs) {
        .text($0.place.name)
      },
    ]
      + (romaji
        ? [
          .init(Words.Ledger.romaji, field: "romaji", alignment: .left, audience: .programs) {
            .text($0.place.romaji)
          }
        ] : [])
      + [.init(P.year, field: "year", audience: .programs) { .year($0.year) }]
  }
}

extension Array {
  /// The columns without the first, the people's year, when there is one year: the title
  /// gives it.
  func droppingYear<Row>(for years: [Int]) -> [ReportColumn<Row>]
  where Element == ReportColumn<Row> {
    years.count == 1 ? Array(dropFirst()) : self
  }
}

extension Year {
  /// `2040 (R22)`, or a range `2020 (R2)–2040 (R22)`.
  static func label(_ years: [Int]) -> String {
    guard let first = years.first, let last = years.last else { return "" }
    return years.count == 1 ? label(first) : "\(label(first))–\(label(last))"
  }
}
