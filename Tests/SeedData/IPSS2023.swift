import Foundation

/// IPSS's 2023 municipal projections for the 13 municipalities, read from the
/// project's copy of the data, `Scenarios/data/ipss2023-aizu.csv` (a byte-for-byte
/// copy of `../shared/data/ipss2023-aizu.csv`; its README cites the source).
///
/// Read, not typed in: tests compare the built-in scenario's `age_bands`, the
/// `ipss2023` what-if and the model's outputs with these rows, so a slip in copying
/// any of the 91 rows into a scenario file fails a test.
public enum IPSS2023 {
  /// One row of the file: a municipality in one year, persons.
  public struct Row: Sendable, Equatable {
    public let municipality: String
    public let romaji: String
    public let code: String
    public let year: Int
    public let population: Double
    public let age0to14: Double
    public let age15to64: Double
    public let age65plus: Double
  }

  /// The file's rows in its order, or none when it cannot be read (tests that count
  /// them then fail).
  public static let rows: [Row] = parse(text)

  /// The years of the projection: 2020 (the census) and every five years to 2050.
  public static let years = [2020, 2025, 2030, 2035, 2040, 2045, 2050]

  /// The path of the project's copy.
  public static var path: String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Scenarios/data/ipss2023-aizu.csv").path
  }

  /// The file's text, or empty when it cannot be read.
  public static var text: String {
    FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) } ?? ""
  }

  /// The row of `municipality` (kanji) in `year`, if any.
  public static func row(_ municipality: String, _ year: Int) -> Row? {
    rows.first { $0.municipality == municipality && $0.year == year }
  }

  /// The sum of `value` over the 13 municipalities in `year`.
  public static func total(_ year: Int, _ value: (Row) -> Double) -> Double {
    rows.filter { $0.year == year }.reduce(0) { $0 + value($1) }
  }

  /// Rows of the header's eight columns; a line that does not have them is skipped.
  static func parse(_ text: String) -> [Row] {
    let lines = text.split(whereSeparator: \.isNewline).map(String.init)
    guard
      lines.first
        == "municipality,romaji,code,year,population,age_0_14,age_15_64,age_65_plus"
    else { return [] }
    return lines.dropFirst().compactMap { line in
      let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      guard fields.count == 8, let year = Int(fields[3]), let population = Double(fields[4]),
        let children = Double(fields[5]), let working = Double(fields[6]),
        let elderly = Double(fields[7])
      else { return nil }
      return Row(
        municipality: fields[0], romaji: fields[1], code: fields[2], year: year,
        population: population, age0to14: children, age15to64: working, age65plus: elderly)
    }
  }
}
