/// Options weighed in each of some municipalities' projected paths in one year, and in
/// the area they make up together (docs/model.md, "Guidelines and options").
///
/// The figures of an option in a municipality follow from the option and the
/// municipality's residents alone; an area's are the sums over its municipalities. So
/// the options of every guideline are weighed once per municipality, a row each, and
/// the area's rows added up from theirs: `Comparison` weighs one guideline so,
/// `Comparisons` all of a scenario's at once.
struct Weighing {
  let year: Int
  let baseYear: Int
  let horizon: Int
  /// The options weighed: one guideline's, or all of a scenario's one after another.
  let specs: [OptionSpec]
  /// The residents and the residents aged 65+ in `year`: each municipality's, then the
  /// area's (their sums).
  private(set) var population: [Double]
  private(set) var elderly: [Double]
  /// Every option's figures, area by area in the order of `population`.
  private(set) var rows: [WeighedOption]
  /// Each municipality's residents in the base year and summed from each year through
  /// the horizon.
  private let sums: PopulationSums

  /// Weighs `specs` in each of `paths` and in their sum; `nil` without paths or when one
  /// lacks `year`.
  init?(paths: [MunicipalityPath], specs: [OptionSpec], year: Int, baseYear: Int, horizon: Int) {
    guard !paths.isEmpty else { return nil }
    self.year = year
    self.baseYear = baseYear
    self.horizon = horizon
    self.specs = specs
    let towns = paths.count
    let count = specs.count
    var population = [Double](repeating: 0, count: towns + 1)
    var elderly = [Double](repeating: 0, count: towns + 1)
    for m in 0..<towns {
      guard let residents = paths[m].residents(in: year) else { return nil }
      (population[m], elderly[m]) = residents
      population[towns] += residents.population
      elderly[towns] += residents.elderly
    }
    let sums = PopulationSums(paths, baseYear: baseYear, horizon: horizon)
    self.population = population
    self.elderly = elderly
    self.sums = sums
    self.rows = []
    // Option by option: each municipality's row, and the area's, their sum.
    rows = Array(unsafeUninitializedCapacity: (towns + 1) * count) { buffer, initialized in
      for k in 0..<count {
        let spec = specs[k]
        func row(_ m: Int) -> WeighedOption {
          let row = weigh(
            spec, fallback: nil, population: population[m], elderly: elderly[m],
            cost: sums.cost(spec, in: m))
          buffer.initializeElement(at: m * count + k, to: row)
          return row
        }
        var sum = row(0)
        for m in 1..<towns { sum.add(row(m)) }
        sum.settle()
        buffer.initializeElement(at: towns * count + k, to: sum)
      }
      initialized = (towns + 1) * count
    }
  }

  /// How many municipalities; the area they make up is the next.
  var municipalities: Int { population.count - 1 }

  /// The rows of area `m`: a municipality, or `municipalities` for their sum.
  func options(in m: Int) -> ArraySlice<WeighedOption> {
    rows[m * specs.count..<(m + 1) * specs.count]
  }

  /// The figures of `specs[digital]` with `specs[fallback]` serving those it misses, in
  /// municipality `m`, or in the area when `m` is `municipalities`: the sums over its
  /// municipalities.
  func hybrid(_ digital: Int, fallback: Int, in m: Int) -> WeighedOption {
    guard m == municipalities else { return hybridIn(m, digital, fallback) }
    return areaHybrid(digital, fallback: fallback) { _ in nil }
  }

  /// The area's figures of the hybrid: the sums of the municipalities', each as `known`
  /// gives it, else worked out.
  func areaHybrid(_ digital: Int, fallback: Int, known: (Int) -> WeighedOption?)
    -> WeighedOption
  {
    var sum = known(0) ?? hybridIn(0, digital, fallback)
    for m in 1..<municipalities { sum.add(known(m) ?? hybridIn(m, digital, fallback)) }
    sum.settle()
    return sum
  }

  private func hybridIn(_ m: Int, _ digital: Int, _ fallback: Int) -> WeighedOption {
    let count = specs.count
    let cost = rows[m * count + digital].costToHorizon + rows[m * count + fallback].costToHorizon
    return weigh(
      specs[digital], fallback: specs[fallback], population: population[m], elderly: elderly[m],
      cost: cost)
  }

  /// `option`, or with `fallback` a hybrid, in a municipality with `p` residents, `e` of
  /// them aged 65+; `cost` is the cost to the horizon of both.
  private func weigh(
    _ option: OptionSpec, fallback: OptionSpec?, population p: Double, elderly e: Double,
    cost: Double
  ) -> WeighedOption {
    let isOn = isInEffect(option)
    let own = isOn ? option.reach : .nobody
    var reach = own
    let ownHours = isOn ? hours(option.savings, population: p, elderly: e) : 0
    var fallbackHours: Double?
    var fallbackOn = false
    if let fallback {
      fallbackOn = isInEffect(fallback)
      let other = fallbackOn ? fallback.reach : .nobody
      // The fallback serves whom the digital option misses.
      reach = Reach(
        under65: own.under65 + (1 - own.under65) * other.under65,
        elderly: own.elderly + (1 - own.elderly) * other.elderly)
      let served = fallback.savings.forResidents(missedBy: own)
      fallbackHours = fallbackOn ? hours(served, population: p, elderly: e) : 0
    }
    var figures = WeighedOption(
      optionIndex: option.index, fallbackIndex: fallback?.index ?? -1,
      approach: fallback == nil ? option.approach : .hybrid, isInEffect: isOn || fallbackOn,
      worksInDisaster: option.worksInDisaster || fallback?.worksInDisaster == true,
      population: p, elderly: e, reached: reach.residentsReached(population: p, elderly: e),
      unreachedElderly: e * (1 - reach.elderly), costToHorizon: cost,
      netHours: ownHours + (fallbackHours ?? 0), fallbackPart: fallbackHours ?? 0)
    figures.settle()
    return figures
  }

  /// An option starts in the base year and takes effect `leadYears` later.
  private func isInEffect(_ option: OptionSpec) -> Bool {
    year >= baseYear + option.leadYears
  }

  private func hours(_ savings: Savings, population: Double, elderly: Double) -> Double {
    // Options state savings in hours, minutes or per case; a share of routine work has
    // no routine hours to apply to here (the scenario file refuses it for options).
    savings.hours(population: population, elderly: elderly, routineHours: 0)
  }
}

/// What the figures of an option need of it: its numbers without its texts, and its
/// index among its guideline's options.
struct OptionSpec {
  var index: Int
  var approach: Approach
  var worksInDisaster: Bool
  var leadYears: Int
  var reach: Reach
  var cost: OptionCost
  var savings: Savings

  init(_ option: ServiceOption, index: Int) {
    self.index = index
    approach = option.approach
    worksInDisaster = option.worksInDisaster
    leadYears = option.leadYears
    reach = option.reach
    cost = option.cost
    savings = option.savings
  }

  /// `options`, each with its index.
  static func of(_ options: [ServiceOption]) -> [OptionSpec] {
    options.indices.map { OptionSpec(options[$0], index: $0) }
  }
}

/// Each municipality's residents in the base year, and summed from each year through
/// the horizon, for costs to the horizon without a loop over the years per option.
struct PopulationSums {
  let baseYear: Int
  let horizon: Int
  /// Per municipality `stride` numbers: the base year's residents, then for each year
  /// from the base year the residents summed from it through the horizon, then 0.
  private let sums: [Double]
  private let stride: Int

  init(_ paths: [MunicipalityPath], baseYear: Int, horizon: Int) {
    self.baseYear = baseYear
    self.horizon = horizon
    let years = max(horizon - baseYear + 1, 0)
    stride = years + 2
    var sums = [Double](repeating: 0, count: paths.count * stride)
    for m in paths.indices {
      let start = m * stride
      sums[start] = paths[m].residents(in: baseYear)?.population ?? 0
      // The years projected, as offsets from the base year.
      let projected = paths[m].years
      let first = projected.isEmpty ? 0 : projected[0].year - baseYear
      var sum = 0.0
      for offset in Swift.stride(from: years - 1, through: 0, by: -1) {
        let index = offset - first
        sum += index >= 0 && index < projected.count ? projected[index].population : 0
        sums[start + 1 + offset] = sum
      }
    }
    self.sums = sums
  }

  /// The cost of `option` in municipality `m` from the base year through the horizon:
  /// initial costs in the base year, yearly costs from the year it takes effect;
  /// per-resident costs on each year's population.
  func cost(_ option: OptionSpec, in m: Int) -> Double {
    let cost = option.cost
    let start = m * stride
    let total = cost.initial + cost.initialPerResident * sums[start]
    let first = baseYear + option.leadYears
    guard first <= horizon else { return total }
    let years = Double(horizon - first + 1)
    let residents = sums[start + 1 + min(max(first - baseYear, 0), stride - 2)]
    return total + years * cost.yearly + cost.yearlyPerResident * residents
  }
}

extension MunicipalityPath {
  /// The residents and the residents aged 65+ in `year`, if projected: `self[year]`
  /// without copying the year's other figures.
  func residents(in year: Int) -> (population: Double, elderly: Double)? {
    guard !years.isEmpty else { return nil }
    let index = year - years[0].year
    guard index >= 0, index < years.count else { return nil }
    return (years[index].population, years[index].elderly)
  }
}
