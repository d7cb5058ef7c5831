import Bilingual

/// An assertion a scenario states about its own outputs, as Vensim's Reality Check and
/// SDEverywhere's checks do: an output in a place and a year compared with a number, or with
/// the same output in another year times a factor.
///
/// ```swift
/// // Face-to-face hours per resident aged 65+ in 2040 at least 90% of 2020's, everywhere.
/// let kept = Check(
///   id: "facetime_kept", title: LocalizedText("…"), metric: .facetime_per_elderly,
///   place: .each, year: 2040, relation: .atLeast, bound: .relative(year: 2020, times: 0.9))
/// kept.results(in: ledger).filter { !$0.passed }   // the municipalities that fail
/// ```
///
/// docs/scenario-format.md, "`[checks.ID]`", gives the syntax; docs/model.md, "Checks",
/// how one is decided.
public struct Check: Sendable, Equatable {
  /// Where the output is read.
  public enum Place: Sendable, Equatable {
    /// The region's figure (a sum over the municipalities, or a ratio of sums).
    case region
    /// One municipality, by its kanji name.
    case municipality(String)
    /// Every municipality of the scenario, each on its own.
    case each
  }

  /// How the value must compare with the bound.
  public enum Relation: String, Sendable, CaseIterable {
    case below, above
    case atMost = "at_most"
    case atLeast = "at_least"

    /// Whether `value` satisfies the relation to `bound`. Equality allows for rounding
    /// (a relative 10⁻⁹), so that a value computed two ways compares as equal to itself.
    public func holds(_ value: Double, _ bound: Double) -> Bool {
      let tolerance = 1e-9 * max(abs(value), abs(bound))
      switch self {
      case .below: return value < bound - tolerance
      case .above: return value > bound + tolerance
      case .atMost: return value <= bound + tolerance
      case .atLeast: return value >= bound - tolerance
      }
    }
  }

  /// What the value is compared with.
  public enum Bound: Sendable, Equatable {
    /// A number, in the metric's own unit (a share as a share: 0.4 for 40%).
    case value(Double)
    /// The same metric, in the same place, in another year, times a factor.
    case relative(year: Int, times: Double)
  }

  /// The key in the scenario file (`population_falls`).
  public var id: String
  public var title: LocalizedText
  public var metric: Metric
  public var place: Place
  public var year: Int
  public var relation: Relation
  public var bound: Bound
  /// Why the check is there, if the scenario says.
  public var note: LocalizedText

  public init(
    id: String, title: LocalizedText, metric: Metric, place: Place, year: Int,
    relation: Relation, bound: Bound, note: LocalizedText = LocalizedText("")
  ) {
    self.id = id
    self.title = title
    self.metric = metric
    self.place = place
    self.year = year
    self.relation = relation
    self.bound = bound
    self.note = note
  }

  /// The latest year the check reads.
  public var lastYear: Int {
    if case .relative(let other, _) = bound { return max(year, other) }
    return year
  }

  /// One comparison: the value in a place, the bound it was held to, and whether it held.
  public struct Result: Sendable, Equatable {
    /// The municipality's kanji name, or `nil` for the region.
    public var municipality: String?
    public var value: Double
    /// The number the value was compared with.
    public var bound: Double
    /// For a relative bound, the other year's value (the bound is it times the factor).
    public var reference: Double?
    public var passed: Bool

    /// How far the value is from failing, relative to the bound (negative: it fails).
    public func margin(_ relation: Relation) -> Double {
      let difference =
        relation == .below || relation == .atMost ? bound - value : value - bound
      return bound == 0 ? difference : difference / abs(bound)
    }
  }

  /// The comparisons in `ledger`: one for the region or the municipality, one per
  /// municipality for `each`; none where the ledger does not reach the years.
  public func results(in ledger: Ledger) -> [Result] {
    let places: [String?]
    switch place {
    case .region: places = [nil]
    case .municipality(let name): places = [name]
    case .each: places = ledger.paths.map(\.municipality.name)
    }
    return places.compactMap { name in
      guard let value = metric.value(of: name, in: year, ledger: ledger) else { return nil }
      let bound: Double
      var reference: Double?
      switch self.bound {
      case .value(let x): bound = x
      case .relative(let other, let times):
        guard let then = metric.value(of: name, in: other, ledger: ledger) else { return nil }
        reference = then
        bound = then * times
      }
      return Result(
        municipality: name, value: value, bound: bound, reference: reference,
        passed: relation.holds(value, bound))
    }
  }
}
