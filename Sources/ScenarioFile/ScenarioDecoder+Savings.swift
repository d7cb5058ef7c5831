import Bilingual
import Simulation

/// `savings = { … }` and shares by age group (`reach`, `uptake`), written the same
/// way by measures and guidelines' options (docs/scenario-format.md, "`savings`").
extension ScenarioDecoder {
  /// The ways `savings` states staff time, each under its own key.
  enum SavingsForm: String, CaseIterable {
    case hours
    case minutes
    case perCase = "per_case"
    case routineShare = "routine_share"

    /// How a suggestion names the form.
    var written: String {
      self == .perCase ? "per_case = { minutes, cases_per_1000, uptake }" : rawValue
    }
  }

  /// Who states savings, which decides what they may say.
  enum SavingsOwner {
    /// A measure frees staff time and never uses it. The regional office has no
    /// residents or routine work in the scenario, so it states hours or minutes.
    case measure(atRegionalOffice: Bool)
    /// An option frees staff time or, negative, uses it, and has no routine hours to
    /// take a share of (docs/model.md, "Guidelines and options"). A per-case uptake
    /// defaults to the option's `reach`: `nil` when that is missing or wrong, which
    /// has been reported already.
    case option(reach: Reach?)
  }

  /// The keys of `savings`: one form at a time.
  static let savingsKeys = SavingsForm.allCases.map(\.rawValue)
  /// The keys of `savings.per_case`.
  static let perCaseKeys = ["minutes", "cases_per_1000", "uptake"]
  /// The keys of `reach` and `uptake`: residents under 65 and aged 65 and over.
  static let reachKeys = ["under65", "elderly"]

  /// `savings = { hours = N }`, `{ minutes = N }`,
  /// `{ per_case = { minutes, cases_per_1000, uptake } }` or `{ routine_share = s }`:
  /// exactly one form, and one that `owner` may state. The same keys, checks and
  /// messages for measures and options.
  mutating func decodeSavings(_ node: Node, _ path: String, for owner: SavingsOwner) -> Savings? {
    guard let table = context.table(node, path, known: Self.savingsKeys) else { return nil }
    let allowed = Self.forms(for: owner)
    let given = SavingsForm.allCases.filter { table[$0.rawValue] != nil }
    guard given.count == 1, let form = given.first else {
      context.error(
        node.origin, path,
        given.isEmpty ? Message.noSavings : Message.savingsGivesBoth(given.map(\.rawValue)),
        suggestion: Message.giveOneOf(allowed.map(\.written)))
      return nil
    }
    guard allowed.contains(form) else {
      let instead = Message.stateSavingsIn(allowed.map(\.rawValue))
      switch owner {
      case .measure:
        context.error(
          node.origin, path, Message.regionalOfficeHasNoRoutine, suggestion: instead)
      case .option:
        context.error(
          node.origin, path, Message.optionCannotState(form.rawValue), suggestion: instead)
      }
      return nil
    }
    let isSigned = if case .option = owner { true } else { false }
    // A number of 0 or more; negative too (time used) where `owner` allows it.
    func amount(_ node: Node, _ path: String, _ what: LocalizedText, limit: Double) -> Double? {
      context.number(node, path, in: isSigned ? -limit...limit : 0...limit, what: what)
    }
    let value = table[form.rawValue] ?? node
    let valuePath = join(path, form.rawValue)
    switch form {
    case .hours:
      return amount(value, valuePath, Message.Quantity.hoursAYear, limit: Limits.hoursPerYear).map {
        .hoursPerYear($0)
      }
    case .minutes:
      return amount(
        value, valuePath, Message.Quantity.minutesAYear, limit: Limits.minutesPerYear
      ).map {
        .hoursPerYear($0 / 60)
      }
    case .routineShare:
      return context.share(value, valuePath).map { .shareOfRoutine($0) }
    case .perCase:
      guard let fields = context.table(value, valuePath, known: Self.perCaseKeys) else {
        return nil
      }
      for key in ["minutes", "cases_per_1000"] where fields[key] == nil {
        context.error(value.origin, valuePath, Message.missing(key))
      }
      let minutes = fields["minutes"].flatMap {
        amount(
          $0, join(valuePath, "minutes"), Message.Quantity.minutesPerCase,
          limit: Limits.minutesPerCase)
      }
      let cases = fields["cases_per_1000"].flatMap {
        context.number(
          $0, join(valuePath, "cases_per_1000"), in: Limits.casesPer1000,
          what: Message.Quantity.casesPer1000)
      }
      var uptake: Reach?
      if let node = fields["uptake"] {
        uptake = decodeReach(node, join(valuePath, "uptake"))
      } else if case .option(let reach) = owner {
        uptake = reach
      } else {
        context.error(
          value.origin, valuePath, Message.missing("uptake"), suggestion: Message.addUptake)
      }
      guard let minutes, let cases, let uptake else { return nil }
      return .perCase(minutes: minutes, casesPer1000: cases, uptake: uptake)
    }
  }

  /// `{ under65 = share, elderly = share }`, both required: an option's `reach`, or
  /// the `uptake` of savings per case.
  mutating func decodeReach(_ node: Node, _ path: String) -> Reach? {
    guard let table = context.table(node, path, known: Self.reachKeys) else { return nil }
    var shares: [Double] = []
    for key in Self.reachKeys {
      guard let value = table[key] else {
        context.error(
          node.origin, path, Message.missing(key), suggestion: Message.addShare(key))
        continue
      }
      if let share = context.share(value, join(path, key)) { shares.append(share) }
    }
    guard shares.count == 2 else { return nil }
    return Reach(under65: shares[0], elderly: shares[1])
  }

  /// The forms `owner` may state.
  private static func forms(for owner: SavingsOwner) -> [SavingsForm] {
    switch owner {
    case .measure(atRegionalOffice: true): [.hours, .minutes]
    case .measure(atRegionalOffice: false): SavingsForm.allCases
    case .option: [.hours, .minutes, .perCase]
    }
  }
}

extension DecodingContext {
  /// A cost in yen (`Limits.yen`), or in yen per resident (`Limits.yenPerResident`).
  mutating func yen(_ node: Node, _ path: String, perResident: Bool = false) -> Double? {
    perResident
      ? number(node, path, in: Limits.yenPerResident, what: Message.Quantity.yenPerResident)
      : number(node, path, in: Limits.yen, what: Message.Quantity.yen)
  }
}
