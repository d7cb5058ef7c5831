import Bilingual

/// A self-contained page: XHTML that a browser opens from a file and prints on A4, every
/// style inline, every chart an inline SVG, fonts from the system, nothing fetched from a
/// network. Written as XML (XHTML syntax in an HTML document), so an XML parser can check it.
///
/// The caller gives the words and the values; the page renders them in its language:
///
/// ```swift
/// let page = HTMLPage(
///   title: LocalizedText(ja: "会津地域の推計", en: "Aizu projections"),
///   blocks: [.heading(LocalizedText(ja: "人口", en: "Population")), .lineChart(chart),
///            .table(report)])
/// let html = page.rendered(language: .ja)
/// ```
public struct HTMLPage: Sendable {
  /// A piece of the page, in order.
  public enum Block: Sendable {
    /// A section heading (`<h2>`), which a printed page keeps with what follows it.
    case heading(LocalizedText)
    /// A paragraph; its line breaks are kept.
    case paragraph(LocalizedText)
    /// A smaller paragraph: a source, an assumption, what a mark means.
    case note(LocalizedText)
    /// A report as a table, its title as the caption and its notes below.
    case table(Report)
    /// A line chart as an SVG figure, its notes in it.
    case lineChart(LineChart.Localized)
    /// A bar chart as an SVG figure, its notes in it.
    case barChart(BarChart.Localized)
  }

  public var title: LocalizedText
  /// Lines under the title: what the page is of, and when.
  public var subtitle: [LocalizedText]
  public var blocks: [Block]

  public init(title: LocalizedText, subtitle: [LocalizedText] = [], blocks: [Block]) {
    self.title = title
    self.subtitle = subtitle
    self.blocks = blocks
  }

  /// The page in `language`, ending in a line feed.
  public func rendered(language: Language) -> String {
    let code = language.rawValue
    var html = """
      <!DOCTYPE html>
      <html xmlns="http://www.w3.org/1999/xhtml" lang="\(code)" xml:lang="\(code)">
      <head>
      <meta charset="utf-8"/>
      <meta name="viewport" content="width=device-width, initial-scale=1"/>
      <title>\(Markup.escaped(title.text(in: language)))</title>
      <style>\(Self.style)</style>
      </head>
      <body>
      <header><h1>\(Markup.escaped(title.text(in: language)))</h1>

      """
    for line in subtitle {
      html += "<p class=\"subtitle\">\(Markup.escaped(line.text(in: language)))</p>\n"
    }
    html += "</header>\n"
    var isOpen = false
    // A heading, its sentences and the first figure or table after them stay on one page.
    var isLeading = false
    for block in blocks {
      switch block {
      case .heading(let text):
        if isLeading { html += "</div>\n" }
        if isOpen { html += "</section>\n" }
        html +=
          "<section>\n<div class=\"lead\">\n<h2>\(Markup.escaped(text.text(in: language)))</h2>\n"
        isOpen = true
        isLeading = true
        continue
      case .paragraph(let text):
        html += "<p>\(Self.lines(text.text(in: language)))</p>\n"
        continue
      case .note(let text):
        html += "<p class=\"note\">\(Self.lines(text.text(in: language)))</p>\n"
        continue
      case .table(let report):
        html += "<div class=\"table\">\(report.html(language: language))</div>\n"
      case .lineChart(let chart):
        html += "<figure>\(chart.svgElement(language: language, width: 760))</figure>\n"
      case .barChart(let chart):
        html += "<figure>\(chart.svgElement(language: language, width: 760))</figure>\n"
      }
      if isLeading { html += "</div>\n" }
      isLeading = false
    }
    if isLeading { html += "</div>\n" }
    if isOpen { html += "</section>\n" }
    return html + "</body>\n</html>\n"
  }

  /// `text` escaped, its line breaks kept as `<br/>`.
  static func lines(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map {
      Markup.escaped(String($0))
    }.joined(separator: "<br/>")
  }

  /// The page's style: A4 when printed (a table's rows and a figure kept whole, headings
  /// kept with what follows them), larger type on a wide screen such as a projector's,
  /// where a chart is never taller than the window.
  static let style = """

    @page { size: A4; margin: 14mm 12mm; }
    html { font-family: \(Markup.fontFamily); color: #222; background: #fff; }
    body { max-width: 186mm; margin: 0 auto; padding: 6mm 4mm; font-size: 10.5pt; line-height: 1.5; }
    header { border-bottom: 3px solid #0072B2; margin-bottom: 8pt; }
    h1 { font-size: 20pt; margin: 0 0 4pt; line-height: 1.25; }
    h2 { font-size: 14pt; margin: 18pt 0 6pt; padding-bottom: 2pt; border-bottom: 1px solid #0072B2; break-after: avoid; page-break-after: avoid; }
    p { margin: 4pt 0; }
    p.subtitle { margin: 0 0 4pt; color: #444; }
    p.note { font-size: 8.5pt; color: #444; margin: 2pt 0; }
    div.table { overflow-x: auto; }
    table { border-collapse: collapse; width: 100%; margin: 6pt 0 2pt; font-size: 8.5pt; line-height: 1.35; }
    caption { text-align: left; font-weight: bold; font-size: 10pt; padding-bottom: 3pt; }
    th, td { padding: 2pt 4pt; border-bottom: 1px solid #ddd; vertical-align: top; }
    th { background: #eef3f8; font-weight: bold; }
    .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
    .text { text-align: left; }
    tr.total td { border-top: 2px solid #444; font-weight: bold; }
    tr { break-inside: avoid; page-break-inside: avoid; }
    thead { display: table-header-group; }
    div.lead { break-inside: avoid; page-break-inside: avoid; }
    figure { margin: 8pt 0; break-inside: avoid; page-break-inside: avoid; }
    figure svg { width: 100%; height: auto; display: block; }
    @media screen and (min-width: 1100px) { body { max-width: 1180px; font-size: 12pt; } table { font-size: 10pt; } figure svg { max-height: 92vh; } }
    @media print { body { max-width: none; padding: 0; } div.table { overflow: visible; } }

    """
}
