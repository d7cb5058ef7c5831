/// Writing SVG and XHTML by hand: text escaped for XML, numbers for attributes, and the
/// system fonts both use (no web fonts, nothing fetched from a network).
enum Markup {
  /// Fonts every page and picture asks for: Japanese ones on each system, then any sans-serif.
  static let fontFamily =
    "'Noto Sans CJK JP', 'Noto Sans JP', 'Hiragino Sans', 'Hiragino Kaku Gothic ProN', "
    + "'Yu Gothic', 'Meiryo', sans-serif"

  /// Colours of the series, from Okabe and Ito's palette, told apart by most people with a
  /// colour vision deficiency; markers and dashes tell the series apart without colour too.
  static let colors = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9"]

  /// `text` with `&`, `<`, `>`, `"` and `'` escaped, and control characters (which XML 1.0
  /// does not allow, except tab and line feed) dropped: safe in text and in attributes.
  static func escaped(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      case "\t", "\n": result.unicodeScalars.append(scalar)
      default:
        // C0 and C1 controls, and the two noncharacters XML refuses.
        if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
          || scalar.value == 0xFFFE || scalar.value == 0xFFFF
        {
          continue
        }
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// A coordinate for an attribute, to a tenth: `12.3`, `40`; 0 for a value not finite.
  static func number(_ x: Double) -> String {
    guard x.isFinite else { return "0" }
    let tenths = (x * 10).rounded() / 10
    return NumberFormat.plain(tenths == 0 ? 0 : tenths)
  }

  /// A rough width in pixels of `text` at `size`: a column of display width is about half
  /// the font size (kanji are two columns, so about a whole em).
  static func textWidth(_ text: String, size: Double) -> Double {
    Double(displayWidth(text)) * size * 0.55
  }

  /// `text` in lines no wider than `width` pixels at `size`.
  static func lines(_ text: String, width: Double, size: Double) -> [String] {
    let columns = max(10, Int(exactly: (width / (size * 0.55)).rounded(.down)) ?? 10)
    return text.lines(wrappedTo: columns)
  }

  /// A `<text>` element.
  static func text(
    _ text: String, x: Double, y: Double, size: Double, anchor: String = "start",
    weight: String? = nil, fill: String = "#222"
  ) -> String {
    let bold = weight.map { " font-weight=\"\($0)\"" } ?? ""
    return "<text x=\"\(number(x))\" y=\"\(number(y))\" font-size=\"\(number(size))\""
      + " text-anchor=\"\(anchor)\" fill=\"\(fill)\"\(bold)>\(escaped(text))</text>"
  }

  /// The opening tag of a standalone or inline `<svg>` of `width` × `height` pixels.
  static func svgOpening(width: Double, height: Double, label: String) -> String {
    "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(number(width))\""
      + " height=\"\(number(height))\" viewBox=\"0 0 \(number(width)) \(number(height))\""
      + " font-family=\"\(fontFamily)\" role=\"img\" aria-label=\"\(escaped(label))\">"
  }

  /// The XML declaration that makes an SVG file standalone.
  static let xmlDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
}
