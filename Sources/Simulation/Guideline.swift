import Bilingual

/// One of the 18 principles of the Aizu joint guideline, 『人生100年時代 会津地域
/// 自治体広域連携指針』 (指針1–18), with the ways of carrying it out that a planner
/// weighs against each other.
///
/// The guideline asks for digital means where they serve best and analog means
/// where those serve residents better, leaving nobody behind (指針9). So every
/// guideline in a scenario lists at least one analog and one digital option, and a
/// hybrid where one is in use; `Comparison` weighs them for a municipality or the
/// region in a year:
///
/// ```swift
/// let tape = scenario.guideline(18)          // 多様性の尊重
/// tape?.options.map(\.id)                    // ["qr_app", "floor_tape"]
/// let comparison = Comparison(projection, guideline: tape!, area: .region, year: 2030)
/// comparison?.verdict.winner?.id             // "floor_tape"
/// ```
public struct Guideline: Sendable, Equatable {
  /// 1 to 18, as the guideline numbers them.
  public var number: Int
  /// The title: Japanese exactly as the seed gives it, and an English rendering.
  public var title: LocalizedText
  public var group: Group
  /// The options, in the order the scenario lists them; ties are broken by it.
  public var options: [ServiceOption]

  public init(number: Int, title: LocalizedText, group: Group, options: [ServiceOption]) {
    self.number = number
    self.title = title
    self.group = group
    self.options = options
  }

  /// The numbers the guideline uses.
  public static let numbers = 1...18

  /// The option with this id (`floor_tape`), if any.
  public func option(_ id: String) -> ServiceOption? {
    options.first { $0.id == id }
  }

  /// Whether the scenario lists a hybrid: then AizuSim puts none together
  /// (docs/model.md, "Verdict").
  var listsHybrid: Bool { options.contains { $0.approach == .hybrid } }

  /// Whether the options at indices `a` and `b` have the same id.
  func haveSameID(_ a: Int, _ b: Int) -> Bool { options[a].id == options[b].id }

  /// The two halves of the guideline.
  ///
  /// The seed calls them 行政DX and 地域社会DX; the catalog's words for them
  /// (`Words.Guidelines.group`) say it in plain words, as the seed itself asks
  /// (タイトルに「DX」の言葉は使わない; 指針5).
  public enum Group: String, Sendable, CaseIterable {
    /// 指針1–9: the municipalities' own work.
    case administrative
    /// 指針10–18: life in the community.
    case community
  }
}

extension Scenario {
  /// The guideline numbered `number`, if the scenario lists it.
  public func guideline(_ number: Int) -> Guideline? {
    guidelines.first { $0.number == number }
  }
}
