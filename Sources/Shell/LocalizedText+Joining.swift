import Bilingual

extension LocalizedText {
  /// Texts joined into one, language by language: lines of help, a chain of files.
  static func joined(_ texts: [LocalizedText], separator: String = "") -> LocalizedText {
    LocalizedText(
      ja: texts.map(\.ja).joined(separator: separator),
      en: texts.map(\.en).joined(separator: separator))
  }
}
