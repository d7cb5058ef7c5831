/// An output of the model that commands can name, chart, compare, explain or aim at:
/// one number for a municipality, or the region, in a year (docs/model.md defines each).
///
/// The one list of outputs: `chart`, `sweep`, `sensitivity`, `montecarlo`, `solve`,
/// `explain`, `diff` and `[[check]]` all read values through `value(of:in:ledger:)`.
public enum Metric: String, CaseIterable, Sendable {
  case population, elderly, elderly_share, staff_supply, staff_demand, shortfall, staff_per_1000
  case facetime, facetime_per_elderly, facetime_index

  /// The value for the municipality with this kanji name, or for the region when `nil`;
  /// `nil` when the ledger has no such municipality or year.
  public func value(of municipality: String?, in year: Int, ledger: Ledger) -> Double? {
    guard ledger.years.contains(year) else { return nil }
    let figures: Figures
    let entry: LedgerEntry
    if let municipality {
      guard let f = ledger.projection.state(of: municipality, in: year),
        let e = ledger.entry(of: municipality, in: year)
      else { return nil }
      (figures, entry) = (f, e)
    } else {
      (figures, entry) = (ledger.projection.region(in: year), ledger.region(in: year))
    }
    return value(figures, entry)
  }

  /// The value from a year's figures and ledger entry.
  public func value(_ figures: Figures, _ entry: LedgerEntry) -> Double {
    value(figures, facetime: entry.facetimeHours, baseLevel: entry.baseLevel)
  }

  /// The value from a year's figures, its face-to-face hours F and the base level of F per
  /// resident aged 65+: what a ledger entry adds to the figures, without putting the entry
  /// together (`montecarlo` reads three outputs of every area in each of thousands of runs).
  public func value(_ figures: Figures, facetime: Double, baseLevel: Double) -> Double {
    switch self {
    case .population: figures.population
    case .elderly: figures.elderly
    case .elderly_share: figures.elderlyShare
    case .staff_supply: figures.staffSupply
    case .staff_demand: figures.staffDemand
    case .shortfall: figures.shortfallFTE
    case .staff_per_1000: figures.staffPer1000
    case .facetime: facetime
    case .facetime_per_elderly: figures.elderly > 0 ? facetime / figures.elderly : 0
    case .facetime_index:
      LedgerEntry.facetimeIndex(facetime: facetime, elderly: figures.elderly, baseLevel: baseLevel)
    }
  }

  /// Whether the value rests on an assumption when the year's staff supply does.
  public var usesSupply: Bool {
    [.staff_supply, .shortfall, .staff_per_1000].contains(self)
  }

  /// Whether the value rests on the 65+ assumption when the year's 65+ does.
  public var usesElderly: Bool {
    switch self {
    case .elderly, .elderly_share, .facetime_per_elderly, .facetime_index, .staff_demand,
      .shortfall:
      true
    default: false
    }
  }

  /// Whether the value is a share (0.25 for 25%), shown as a percentage.
  public var isShare: Bool { self == .elderly_share }
}
