/// Whether a measure or a service option works through digital means, analog
/// means, or both (指針 "use digital where it is best, analog where that serves
/// residents better").
public enum Approach: String, Sendable, CaseIterable, Comparable {
  case digital, analog, hybrid

  public static func < (lhs: Approach, rhs: Approach) -> Bool {
    allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
  }
}
