import Bilingual

/// Every word AizuSim shows a user, in Japanese and English: labels, notes, verdict
/// sentences, help, error messages and suggestions.
///
/// One catalog, so that `--lang ja` gives Japanese everywhere and a translator reads every
/// sentence in one place. It is one type, `Words`, extended by concern in
/// `Words+Concern.swift` files (`Words+Errors.swift`, `Words+Projection.swift`, …). An
/// entry is a `static let` for fixed words or a `static func` for words with values in
/// them, always a `LocalizedText` written as one `LocalizedText(ja:en:)` with both
/// languages side by side:
///
/// ```swift
/// extension Words {
///   static func unknownMunicipality(_ name: String) -> LocalizedText {
///     LocalizedText(ja: "市町村 '\(name)' はありません", en: "unknown municipality '\(name)'")
///   }
/// }
/// throw CommandError(Words.unknownMunicipality(word), suggestion: Words.showMunicipalities)
/// ```
///
/// Numbers inside words are formatted by the caller with `Rendering.NumberFormat`, so they
/// read the same in both languages and in every table. Names from the data (a guideline's
/// title, an option's name) are not words of the program: they come from scenario files,
/// in both languages, and are passed in.
///
/// `Tests/WordsTests` reads every entry of these files and fails on one missing a
/// language, and fails when a `LocalizedText(ja:en:)` with words appears anywhere else.
public enum Words {}

extension Words {
  /// `did you mean 'X'?`: the suggestion after an unknown name.
  public static func didYouMean(_ name: String) -> LocalizedText {
    LocalizedText(ja: "'\(name)' のことですか?", en: "did you mean '\(name)'?")
  }

  /// `error: ` before a message.
  public static let errorPrefix = LocalizedText(ja: "エラー: ", en: "error: ")
  /// `warning: ` before a message.
  public static let warningPrefix = LocalizedText(ja: "警告: ", en: "warning: ")
}
