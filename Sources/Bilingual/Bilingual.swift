/// Text in Japanese and English, and the choice between them.
///
/// AizuSim speaks both: every word a user sees exists in each language, and names from the
/// data (a guideline's title, an option's name) are given in both by the scenario file.
/// These two types are the whole module, so that the model, the scenario reader and the
/// renderer can all hold bilingual text without depending on one another.
///
/// ```swift
/// let title = LocalizedText(ja: "多様性の尊重", en: "Respect for diversity")
/// title.text(in: .ja)   // "多様性の尊重"
/// ```

/// The language of labels and messages.
public enum Language: String, Sendable, CaseIterable, Codable {
  case ja, en
}

/// Text in Japanese and English.
public struct LocalizedText: Sendable, Equatable, Hashable {
  public var ja: String
  public var en: String

  public init(ja: String, en: String) {
    self.ja = ja
    self.en = en
  }

  /// The same text in both languages: a number, a name in romaji, an identifier.
  public init(_ both: String) {
    self.init(ja: both, en: both)
  }

  public func text(in language: Language) -> String {
    switch language {
    case .ja: ja
    case .en: en
    }
  }

  /// Whether there is no text in either language (a note the data leaves out).
  public var isEmpty: Bool { ja.isEmpty && en.isEmpty }

  /// Each language's text changed the same way.
  public func map(_ transform: (String) -> String) -> LocalizedText {
    LocalizedText(ja: transform(ja), en: transform(en))
  }
}
