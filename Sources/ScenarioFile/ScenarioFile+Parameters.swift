import Simulation
import Words

/// The parameters `sweep`, `sensitivity`, `montecarlo` and `solve` vary: the numeric
/// assumptions and the measures' figures, each with the limits `set` enforces and the
/// place in a `Scenario` value that `set PATH VALUE` would change (docs/model.md,
/// "Parameters the exploring commands vary").
extension ScenarioFile {
  /// The assumptions that are one number a year, read linearly: a parameter is one year of
  /// them (`recruitment_index.2040`).
  public static let seriesAssumptions = ["recruitment_index", "elderly_share_rise"]

  /// The assumptions that are one number.
  static let scalarAssumptions = [
    "hours_per_fte", "leave_rate", "elderly_weight", "elasticity", "facetime_share_2020",
  ]

  /// Why a path names no parameter.
  public enum ParameterProblem: Error, Sendable, Equatable {
    /// Not a parameter; the closest one, if any is close.
    case unknown(closest: String?)
    /// A year of a series that is not one (`recruitment_index.R0`), or is outside the
    /// base year to 2100.
    case badYear(String)
    /// A year given to an assumption that is one number (`leave_rate.2040`).
    case notASeries(String)
  }

  /// Every parameter of `scenario`: the numeric assumptions in the order `show assumptions`
  /// lists them, a series at the horizon year, then each measure's `max_adoption` and
  /// savings figures.
  public static func parameters(of scenario: Scenario) -> [Parameter] {
    let assumptions = ScenarioDecoder.assumptionNames.compactMap { name -> Parameter? in
      if seriesAssumptions.contains(name) {
        return seriesParameter(name, year: scenario.horizon)
      }
      return name == "staff_target" ? staffTargetShare : scalarParameter(name)
    }
    return assumptions + scenario.measures.flatMap(measureParameters)
  }

  /// The names a user may type for a parameter, for did-you-mean and completion: the
  /// assumptions (series without a year) and the measures' figures.
  public static func parameterNames(of scenario: Scenario) -> [String] {
    scalarAssumptions + seriesAssumptions + ["staff_target.share"]
      + scenario.measures.flatMap(measureParameters).map(\.path)
  }

  /// The parameter `text` names, as `set` names it: `leave_rate`, `assumptions.leave_rate`,
  /// `recruitment_index.2040` (or `.R22`), `staff_target.share`,
  /// `measures.online_procedures.max_adoption`. A series named without a year is taken at
  /// `year`, else at the horizon.
  public static func parameter(_ text: String, year: Int? = nil, in scenario: Scenario)
    -> Result<Parameter, ParameterProblem>
  {
    var parts = splitPath(text)
    if parts.first == "assumptions", parts.count > 1 { parts.removeFirst() }
    let name = parts.first ?? ""
    let unknown = ParameterProblem.unknown(
      closest: Suggestion.closest(to: text, among: parameterNames(of: scenario)))
    if seriesAssumptions.contains(name) {
      guard parts.count <= 2 else { return .failure(unknown) }
      guard parts.count == 2 else {
        return .success(seriesParameter(name, year: year ?? scenario.horizon))
      }
      guard let given = Year.parse(parts[1]), given >= scenario.baseYear,
        given <= Scenario.lastYear
      else { return .failure(.badYear(parts[1])) }
      return .success(seriesParameter(name, year: given))
    }
    if name == "staff_target", parts.count == 1 || parts == ["staff_target", "share"] {
      return .success(staffTargetShare)
    }
    if scalarAssumptions.contains(name) {
      guard parts.count == 1 else { return .failure(.notASeries(name)) }
      return scalarParameter(name).map { .success($0) } ?? .failure(unknown)
    }
    let path = parts.map(key).joined(separator: ".")
    if name == "measures",
      let found = scenario.measures.flatMap(measureParameters).first(where: { $0.path == path })
    {
      return .success(found)
    }
    return .failure(unknown)
  }

  /// Whether `text` names an assumption that is a series, so that a year may follow it.
  public static func isSeries(_ text: String) -> Bool {
    var parts = splitPath(text)
    if parts.first == "assumptions", parts.count > 1 { parts.removeFirst() }
    return parts.count == 1 && seriesAssumptions.contains(parts[0])
  }

  // MARK: - Assumptions

  private static func scalarParameter(_ name: String) -> Parameter? {
    switch name {
    case "hours_per_fte":
      Parameter(
        path: name, limits: Limits.hoursPerFTE, read: { $0.model.hoursPerFTE },
        write: { $0.model.hoursPerFTE = $1 })
    case "leave_rate":
      Parameter(
        path: name, limits: 0...1, read: { $0.model.leaveRate },
        write: { $0.model.leaveRate = $1 })
    case "elderly_weight":
      Parameter(
        path: name, limits: Limits.ratio, read: { $0.model.elderlyWeight },
        write: { $0.model.elderlyWeight = $1 })
    case "elasticity":
      // A scenario that says `fitted` has the fitted ε in force; a number replaces it, as
      // `set elasticity 0.6` does.
      Parameter(
        path: name, limits: Limits.elasticity,
        read: { $0.model.elasticity ?? Projection.fittedElasticity($0) ?? 1 },
        write: { $0.model.elasticity = $1 })
    case "facetime_share_2020":
      Parameter(
        path: name, limits: 0...1, excludesLowerLimit: true,
        read: { $0.model.facetimeShare2020 }, write: { $0.model.facetimeShare2020 = $1 })
    default: nil
    }
  }

  /// One year of a series: the value read linearly there; applying it sets (or adds) that
  /// year's anchor, as `set recruitment_index.2040 VALUE` does.
  private static func seriesParameter(_ name: String, year: Int) -> Parameter {
    let path = "\(name).\(year)"
    if name == "recruitment_index" {
      return Parameter(
        path: path, limits: Limits.ratio, read: { $0.model.recruitmentIndex.linear(at: year) },
        write: { $0.model.recruitmentIndex.set($1, at: year) })
    }
    return Parameter(
      path: path, limits: 0...1, read: { $0.model.nationalElderlyShare.linear(at: year) },
      write: { $0.model.nationalElderlyShare.set($1, at: year) })
  }

  /// The `target` policy's share of base-year staff (its year is a year, not varied).
  private static let staffTargetShare = Parameter(
    path: "staff_target.share", limits: 0...1, read: { $0.model.staffTarget.share },
    write: { $0.model.staffTarget.share = $1 })

  /// The parameter of an assumption `name` that a range names by `key`: a year of a series
  /// (`2040`), `share` of `staff_target`, or `nil` for an assumption that is one number.
  static func rangedParameter(_ name: String, key: Int?) -> Parameter? {
    if seriesAssumptions.contains(name) { return key.map { seriesParameter(name, year: $0) } }
    if name == "staff_target" { return staffTargetShare }
    return scalarParameter(name)
  }

  // MARK: - Measures

  /// A measure's `max_adoption` and the figures of its savings, each as a decoded value:
  /// minutes become hours as the file's `minutes` do (docs/model.md, "Savings").
  private static func measureParameters(_ measure: Measure) -> [Parameter] {
    let id = measure.id
    let prefix = "measures.\(key(id)).savings"
    func parameter(
      _ path: String, _ limits: ClosedRange<Double>, read: @escaping @Sendable (Measure) -> Double,
      write: @escaping @Sendable (inout Measure, Double) -> Void
    ) -> Parameter {
      Parameter(
        path: path, limits: limits,
        read: { scenario in scenario.measure(id).map(read) ?? 0 },
        write: { scenario, value in
          guard let i = scenario.measures.firstIndex(where: { $0.id == id }) else { return }
          write(&scenario.measures[i], value)
        })
    }
    var parameters = [
      parameter("measures.\(key(id)).max_adoption", 0...1, read: \.maxAdoption) {
        $0.maxAdoption = $1
      }
    ]
    switch measure.savings {
    case .hoursPerYear:
      parameters.append(
        measure.isStatedInMinutes
          ? parameter(
            "\(prefix).minutes", 0...Limits.minutesPerYear, read: { $0.savings.fixedHours * 60 }
          ) { $0.savings = .hoursPerYear($1 / 60) }
          : parameter("\(prefix).hours", 0...Limits.hoursPerYear, read: \.savings.fixedHours) {
            $0.savings = .hoursPerYear($1)
          })
    case .shareOfRoutine:
      parameters.append(
        parameter("\(prefix).routine_share", 0...1, read: \.savings.routineShare) {
          $0.savings = .shareOfRoutine($1)
        })
    case .perCase:
      let perCase = "\(prefix).per_case"
      parameters += [
        parameter(
          "\(perCase).minutes", 0...Limits.minutesPerCase, read: { $0.savings.perCase.minutes }
        ) { $0.savings.perCase.minutes = $1 },
        parameter(
          "\(perCase).cases_per_1000", Limits.casesPer1000,
          read: { $0.savings.perCase.casesPer1000 }
        ) { $0.savings.perCase.casesPer1000 = $1 },
        parameter(
          "\(perCase).uptake.under65", 0...1, read: { $0.savings.perCase.uptake.under65 }
        ) { $0.savings.perCase.uptake.under65 = $1 },
        parameter(
          "\(perCase).uptake.elderly", 0...1, read: { $0.savings.perCase.uptake.elderly }
        ) { $0.savings.perCase.uptake.elderly = $1 },
      ]
    }
    return parameters
  }
}

/// The figures of each form of savings, read and written in place.
extension Savings {
  /// Fixed hours a year (0 for another form).
  fileprivate var fixedHours: Double {
    if case .hoursPerYear(let hours) = self { return hours }
    return 0
  }

  /// The share of routine work (0 for another form).
  fileprivate var routineShare: Double {
    if case .shareOfRoutine(let share) = self { return share }
    return 0
  }

  /// The per-case figures (zeros for another form; setting them switches no form).
  fileprivate var perCase: (minutes: Double, casesPer1000: Double, uptake: Reach) {
    get {
      if case .perCase(let minutes, let cases, let uptake) = self {
        return (minutes, cases, uptake)
      }
      return (0, 0, Reach(under65: 0, elderly: 0))
    }
    set {
      guard case .perCase = self else { return }
      self = .perCase(
        minutes: newValue.minutes, casesPer1000: newValue.casesPer1000, uptake: newValue.uptake)
    }
  }
}
