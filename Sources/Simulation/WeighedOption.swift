/// One option's figures in one area and year, the option named by its place among its
/// guideline's options: what `Comparisons` keeps for every guideline and area.
///
/// The figures of `OptionFigures` without the options themselves (their ids and
/// bilingual names and notes), so that the verdict can weigh, rank and copy them as a
/// few numbers; `Comparison` turns them into `OptionFigures` when it is built.
public struct WeighedOption: Sendable, Equatable {
  var optionIndex: Int
  /// −1 unless a hybrid put together.
  var fallbackIndex: Int
  /// The kind; `hybrid` for a hybrid put together.
  public internal(set) var approach: Approach
  /// Whether any part has taken effect by the year compared.
  public internal(set) var isInEffect: Bool
  public internal(set) var worksInDisaster: Bool
  public internal(set) var population: Double
  /// Residents aged 65+.
  public internal(set) var elderly: Double
  public internal(set) var reached: Double
  /// Residents aged 65+ not reached.
  public internal(set) var unreachedElderly: Double
  /// Yen, from the base year through the horizon.
  public internal(set) var costToHorizon: Double
  /// Staff hours a year freed (positive) or used (negative), the fallback's included.
  public internal(set) var netHours: Double
  /// The fallback's share of `netHours`; 0 unless a hybrid put together.
  var fallbackPart: Double
  /// The cost per resident reached, infinite when it reaches nobody: what the verdict
  /// ranks options by, worked out once with the other figures (`settle()`).
  private(set) var perReached = Double.infinity

  /// The option's index in its guideline's `options`; for a hybrid put together, its
  /// digital part's.
  public var option: Int { optionIndex }

  /// For a hybrid put together: the index of the analog option serving those `option`
  /// misses.
  public var fallback: Int? { fallbackIndex < 0 ? nil : fallbackIndex }

  /// For a hybrid put together: the fallback's share of `netHours`.
  public var fallbackHours: Double? { fallbackIndex < 0 ? nil : fallbackPart }

  var isPutTogether: Bool { fallbackIndex >= 0 }

  /// Works out `perReached` from the other figures.
  mutating func settle() {
    perReached = reached > 0 ? costToHorizon / reached : .infinity
  }

  /// The share of residents aged 65+ it does not reach: the 指針9 test.
  var unreachedElderlyShare: Double { elderly > 0 ? unreachedElderly / elderly : 0 }

  /// Adds `part`'s figures, another municipality's: a region's figures are their sums
  /// (docs/model.md, "Guidelines and options"). `settle()` when all are added.
  mutating func add(_ part: WeighedOption) {
    population += part.population
    elderly += part.elderly
    reached += part.reached
    unreachedElderly += part.unreachedElderly
    costToHorizon += part.costToHorizon
    netHours += part.netHours
    fallbackPart += part.fallbackPart
  }
}

extension OptionFigures {
  /// `weighed` with its options, from the guideline whose options it indexes.
  init(_ weighed: WeighedOption, of options: [ServiceOption]) {
    self.init(
      option: options[weighed.option], fallback: weighed.fallback.map { options[$0] },
      isInEffect: weighed.isInEffect, population: weighed.population, elderly: weighed.elderly,
      reached: weighed.reached, unreachedElderly: weighed.unreachedElderly,
      costToHorizon: weighed.costToHorizon, netHours: weighed.netHours,
      fallbackHours: weighed.fallbackHours, worksInDisaster: weighed.worksInDisaster)
  }
}
