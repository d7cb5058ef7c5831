import Bilingual

/// A kind of face-to-face service that a municipality's face-to-face hours go to:
/// home visits to older residents, counter consultations, community participation
/// (指針7), disaster preparedness (指針3).
///
/// The scenario names the categories and the share of face-to-face hours each
/// receives; the shares add up to 1 (docs/model.md, "Face-to-face hours").
public struct FacetimeCategory: Sendable, Equatable {
  /// The key in the scenario file (`home_visits`).
  public var id: String
  public var name: LocalizedText
  /// The share of face-to-face hours, 0 to 1.
  public var share: Double
  /// The guideline (指針) the category serves, if the scenario names one.
  public var guideline: Int?
  /// Why the share is what it is.
  public var note: LocalizedText

  public init(
    id: String, name: LocalizedText, share: Double, guideline: Int? = nil,
    note: LocalizedText = LocalizedText("")
  ) {
    self.id = id
    self.name = name
    self.share = share
    self.guideline = guideline
    self.note = note
  }
}
