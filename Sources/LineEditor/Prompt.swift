/// The text shown before the line being edited, optionally in colour.
///
/// ```swift
/// editor.prompt = Prompt(text: "aizu*> ", colorEscape: "\u{1B}[1;36m")
/// ```
public struct Prompt: Equatable, Sendable {
  /// What the user sees.
  public var text: String
  /// An escape sequence such as `"\u{1B}[1;36m"` that colours `text`, or `nil` for none.
  /// The caller decides whether colour is wanted (a terminal, no `NO_COLOR`).
  public var colorEscape: String?

  public init(text: String, colorEscape: String? = nil) {
    self.text = text
    self.colorEscape = colorEscape
  }

  /// The marker around invisible characters in the prompt given to libedit (`EL_PROMPT_ESC`).
  static let invisibleMarker: Character = "\u{1}"

  /// The prompt as libedit takes it: each escape sequence between two `\1` markers, so that
  /// libedit does not count it as columns and places the cursor right.
  ///
  /// libedit prints such a sequence together with the character after it, and drops one that
  /// nothing follows, so the colour is reset before the last character (usually the space
  /// after `>`), not after it. A prompt of one character is not coloured.
  var editorText: String {
    let visible = text.filter { $0 != Self.invisibleMarker }
    guard let colorEscape, !colorEscape.isEmpty, let last = visible.last, visible.count > 1
    else { return visible }
    let marker = String(Self.invisibleMarker)
    return marker + colorEscape + marker + visible.dropLast() + marker + "\u{1B}[0m" + marker
      + String(last)
  }
}
