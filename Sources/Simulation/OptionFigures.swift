/// One option's figures in one area and year: residents reached and left out, its
/// cost to the horizon and the staff hours it frees (docs/model.md, "Guidelines and
/// options").
///
/// For the region every figure is the sum over the municipalities, each adopting
/// the option. A hybrid AizuSim puts together for a verdict (a digital option with
/// an analog fallback) has a `fallback`.
public struct OptionFigures: Sendable, Equatable {
  /// The option; for a hybrid put together, its digital part.
  public var option: ServiceOption
  /// For a hybrid put together: the analog option serving those `option` misses.
  public var fallback: ServiceOption?
  /// Whether any part has taken effect by the year compared.
  public var isInEffect: Bool
  public var population: Double
  /// Residents aged 65+.
  public var elderly: Double
  public var reached: Double
  /// Residents aged 65+ not reached.
  public var unreachedElderly: Double
  /// Yen, from the base year through the horizon.
  public var costToHorizon: Double
  /// Staff hours a year freed (positive) or used (negative), the fallback's included.
  public var netHours: Double
  /// For a hybrid put together: the fallback's share of `netHours`.
  public var fallbackHours: Double?
  public var worksInDisaster: Bool

  public init(
    option: ServiceOption, fallback: ServiceOption? = nil, isInEffect: Bool, population: Double,
    elderly: Double, reached: Double, unreachedElderly: Double, costToHorizon: Double,
    netHours: Double, fallbackHours: Double? = nil, worksInDisaster: Bool
  ) {
    self.option = option
    self.fallback = fallback
    self.isInEffect = isInEffect
    self.population = population
    self.elderly = elderly
    self.reached = reached
    self.unreachedElderly = unreachedElderly
    self.costToHorizon = costToHorizon
    self.netHours = netHours
    self.fallbackHours = fallbackHours
    self.worksInDisaster = worksInDisaster
  }

  /// `online` for an option, `online+visits` for a hybrid put together.
  public var id: String { fallback.map { "\(option.id)+\($0.id)" } ?? option.id }

  public var approach: Approach { fallback == nil ? option.approach : .hybrid }

  /// Whether AizuSim put this hybrid together for the verdict.
  public var isPutTogether: Bool { fallback != nil }

  /// Yen per resident reached; `nil` when it reaches nobody.
  public var costPerReached: Double? { reached > 0 ? costToHorizon / reached : nil }

  public var unreached: Double { population - reached }

  /// The share of residents the option reaches.
  public var reachedShare: Double { population > 0 ? reached / population : 0 }

  /// The share of residents aged 65+ the option does not reach: the 指針9 test.
  public var unreachedElderlyShare: Double { elderly > 0 ? unreachedElderly / elderly : 0 }

  /// The hours the option itself frees, without its fallback's.
  public var ownHours: Double { netHours - (fallbackHours ?? 0) }

  /// For a hybrid put together: whether the hours its digital part frees cover the
  /// hours its fallback uses (docs/model.md, "Verdict").
  public var paysForItself: Bool {
    fallback != nil && ownHours > 0 && netHours >= 0
  }
}
