import Bilingual
import Rendering
import Words

extension ReportColumn {
  /// The columns that name a row's municipality: both names in one column for people
  /// (`会津若松市 Aizuwakamatsu`), each in its own for programs (`municipality`, `romaji`).
  static func municipality(
    name: @escaping @Sendable (Row) -> String, romaji: @escaping @Sendable (Row) -> String
  ) -> [ReportColumn<Row>] {
    [
      .init(
        Words.Projection.municipality, field: "municipality", alignment: .left, isKey: true,
        audience: .people
      ) { .text("\(name($0)) \(romaji($0))") },
      .init(
        Words.Projection.municipality, field: "municipality", alignment: .left, isKey: true,
        audience: .programs
      ) { .text(name($0)) },
      .init(LocalizedText("romaji"), field: "romaji", alignment: .left, audience: .programs) {
        .text(romaji($0))
      },
    ]
  }
}
