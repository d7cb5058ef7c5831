/// A municipality's residents by broad age band at a few years, from an official
/// projection: in the built-in scenario, IPSS's 2023 municipal projections (the 2020
/// census and every five years to 2050).
///
/// The bands drive two rules of docs/model.md: the change of the 65+ share after the
/// base year ("Residents aged 65+") and the working-age recruitment pool ("Staff
/// supply"). Both read the bands' shares linearly between their years:
///
/// ```swift
/// let showa = AgeBands(
///   population: YearSeries([2020: 1_246, 2040: 791]),
///   children: YearSeries([2020: 66, 2040: 39]),
///   workingAge: YearSeries([2020: 487, 2040: 361]),
///   elderly: YearSeries([2020: 693, 2040: 391]))
/// showa.elderlyShare(at: 2040)   // 391 / 791 = 0.494311
/// showa.covers(2045)             // false: beyond the bands' last year
/// ```
public struct AgeBands: Sendable, Equatable {
  /// The municipality's code in the source (`07202`), if the scenario gives it.
  public var code: String?
  /// Residents in all, at the bands' years.
  public var population: YearSeries { didSet { updateShares() } }
  /// Residents aged 0–14.
  public var children: YearSeries
  /// Residents aged 15–64: the working-age population.
  public var workingAge: YearSeries { didSet { updateShares() } }
  /// Residents aged 65 and over.
  public var elderly: YearSeries { didSet { updateShares() } }
  /// The 65+ and 15–64 shares at the bands' years, worked out once when the bands are set:
  /// the projection reads them every year of every municipality (docs/performance.md).
  private var elderlyShares = YearSeries([:])
  private var workingAgeShares = YearSeries([:])

  public init(
    code: String? = nil, population: YearSeries, children: YearSeries, workingAge: YearSeries,
    elderly: YearSeries
  ) {
    self.code = code
    self.population = population
    self.children = children
    self.workingAge = workingAge
    self.elderly = elderly
    updateShares()
  }

  private mutating func updateShares() {
    elderlyShares = Self.shares(of: elderly, in: population)
    workingAgeShares = Self.shares(of: workingAge, in: population)
  }

  /// The years the bands give, in order.
  public var years: [Int] { population.years }

  /// The first and last of the bands' years, if any.
  public var span: (first: Int, last: Int)? {
    guard let first = population.anchors.first, let last = population.anchors.last else {
      return nil
    }
    return (first.year, last.year)
  }

  /// Whether `year` lies within the bands' years (from the first to the last, both
  /// included), where their shares are data read linearly rather than held.
  public func covers(_ year: Int) -> Bool {
    guard let first = population.anchors.first, let last = population.anchors.last else {
      return false
    }
    return year >= first.year && year <= last.year
  }

  /// s(t): the share of residents aged 65+, read linearly between the bands' years and
  /// held beyond them (docs/model.md, "Residents aged 65+").
  public func elderlyShare(at year: Int) -> Double {
    elderlyShares.linear(at: year)
  }

  /// w(t): the share of residents aged 15–64, read as `elderlyShare(at:)` is
  /// (docs/model.md, "Staff supply").
  public func workingAgeShare(at year: Int) -> Double {
    workingAgeShares.linear(at: year)
  }

  /// The 15–64 shares at the bands' years, which `workingAgeShare(at:)` reads linearly.
  var workingAgeShareSeries: YearSeries { workingAgeShares }

  /// The 65+ shares at the bands' years, which `elderlyShare(at:)` reads linearly.
  var elderlyShareSeries: YearSeries { elderlyShares }

  /// The band's share of the population at each year both give; a year with no
  /// residents gives no share (the scenario file refuses such a year).
  private static func shares(of band: YearSeries, in population: YearSeries) -> YearSeries {
    var shares: [Int: Double] = [:]
    for (year, count) in band.anchors {
      if let total = population[year], total > 0 { shares[year] = count / total }
    }
    return YearSeries(shares)
  }
}
