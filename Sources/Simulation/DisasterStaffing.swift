import Bilingual

/// Disaster-day staffing (指針3, the seed's table 3): how many staff can reach an
/// office when the roads between municipalities are cut.
///
/// On such a day only the staff who live inside a municipality can reach its
/// office. A wide-area arrangement lets staff report instead to the office of the
/// municipality where they live, so each office also gets the staff of other
/// municipalities who live near it. Table 3 says how many staff live outside the
/// municipality they work for, not where: that is an assumption the scenario
/// states (docs/model.md, "Disaster-day staffing").
///
/// ```swift
/// let day = DisasterStaffing(scenario)
/// day.row(of: "北塩原村")?.inside              // 29 of 63 (table 3)
/// day.row(of: "北塩原村")?.withArrangement     // 29 + staff of other towns living there
/// ```
public struct DisasterStaffing: Sendable {
  public let rows: [DisasterRow]

  public init(_ scenario: Scenario) {
    let municipalities = scenario.municipalities
    let base = scenario.baseYear
    let population = Dictionary(
      uniqueKeysWithValues: municipalities.map {
        ($0.name, $0.population[base] ?? $0.population.logLinear(at: base))
      })
    // Where each municipality's outside staff go: shares by destination.
    var spreads: [String: (shares: [String: Double], elsewhere: Double, isDefault: Bool)] = [:]
    for municipality in municipalities {
      if let stated = scenario.outsideResidence[municipality.name] {
        spreads[municipality.name] = (stated.shares, stated.elsewhere, false)
      } else {
        let others = municipalities.filter { $0.name != municipality.name }
        let total = others.reduce(0) { $0 + (population[$1.name] ?? 0) }
        let shares = Dictionary(
          uniqueKeysWithValues: others.map {
            ($0.name, total > 0 ? (population[$0.name] ?? 0) / total : 0)
          })
        spreads[municipality.name] = (shares, 0, true)
      }
    }
    rows = municipalities.map { municipality in
      let received = municipalities.compactMap { other -> StaffFrom? in
        guard other.name != municipality.name, let outside = other.residence?.outside,
          let share = spreads[other.name]?.shares[municipality.name], share > 0
        else { return nil }
        return StaffFrom(municipality: other.name, staff: outside * share)
      }
      let spread = spreads[municipality.name]
      return DisasterRow(
        municipality: municipality, received: received,
        outsideElsewhere: (municipality.residence?.outside ?? 0) * (spread?.elsewhere ?? 0),
        isSpreadStated: spread.map { !$0.isDefault } ?? false)
    }
  }

  public func row(of name: String) -> DisasterRow? {
    rows.first { $0.municipality.matches(name) }
  }

  /// Staff received somewhere in the region: the outside staff of table 3 less
  /// those the scenario places outside the region's municipalities.
  public var regionReceived: Double {
    rows.reduce(0) { $0 + $1.receivedStaff }
  }
}

/// Staff of another municipality who live in this one.
public struct StaffFrom: Sendable, Equatable {
  /// The municipality they work for (kanji name).
  public var municipality: String
  public var staff: Double

  public init(municipality: String, staff: Double) {
    self.municipality = municipality
    self.staff = staff
  }
}

/// One municipality on a day the roads between municipalities are cut.
public struct DisasterRow: Sendable, Equatable {
  public var municipality: Municipality
  /// Staff of other municipalities who live here and, under a wide-area
  /// arrangement, report to this office; they rest on the spread assumption.
  public var received: [StaffFrom]
  /// This municipality's own outside staff who live outside the region's
  /// municipalities, by the stated spread (0 under the default spread).
  public var outsideElsewhere: Double
  /// Whether the scenario states where this municipality's outside staff live
  /// (otherwise the default spread by population applies).
  public var isSpreadStated: Bool

  /// Table 3: staff surveyed, living inside, living outside; `nil` when the
  /// scenario has no survey for this municipality.
  public var survey: StaffResidence? { municipality.residence }

  /// Staff who can reach their own office: those living inside it (table 3).
  public var inside: Double { survey?.inside ?? 0 }

  /// inside / staff surveyed.
  public var insideShare: Double {
    guard let survey, survey.staff > 0 else { return 0 }
    return survey.inside / survey.staff
  }

  /// Staff received from other municipalities under the arrangement.
  public var receivedStaff: Double { received.reduce(0) { $0 + $1.staff } }

  /// Staff at this office under the wide-area arrangement: inside + received.
  public var withArrangement: Double { inside + receivedStaff }
}

/// Where a municipality's staff who live outside it live, as shares by destination.
public struct OutsideResidence: Sendable, Equatable {
  /// Shares by destination municipality (kanji name).
  public var shares: [String: Double]
  /// The share living outside the scenario's municipalities.
  public var elsewhere: Double
  /// Why the shares are what they are.
  public var note: LocalizedText

  public init(
    shares: [String: Double], elsewhere: Double = 0, note: LocalizedText = LocalizedText("")
  ) {
    self.shares = shares
    self.elsewhere = elsewhere
    self.note = note
  }
}
