import Foundation
import TestSupport
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// `export` from the real binary, in a temporary folder: each format by its extension,
/// the SVG and the HTML well-formed XML, the CSV with a byte-order mark for Excel, and the
/// same rules as `save` for a file that exists.
@Suite("export writes pictures, reports and tables")
struct ExportTests {
  /// Elements and text of an XML document, or the parser's error.
  final class Reader: NSObject, XMLParserDelegate {
    var elements: [String] = []
    var text = ""

    func parser(
      _ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
      qualifiedName: String?, attributes: [String: String]
    ) {
      elements.append(name)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
  }

  static func parse(_ path: String) throws -> Reader {
    let parser = XMLParser(data: try Data(contentsOf: URL(fileURLWithPath: path)))
    let reader = Reader()
    parser.delegate = reader
    #expect(parser.parse(), "\(path): \(String(describing: parser.parserError))")
    return reader
  }

  /// The region's population: 239,190 in 2020 (table 1), 179,610 in 2040 (the sum of the
  /// municipalities' anchors, table 2); its ticks are round values just outside them.
  @Test("a line chart as SVG: well-formed, its title, axis and legend in the language asked")
  func svg() throws {
    let folder = try TemporaryDirectory()
    let run = try Binary.run(
      ["--lang", "ja", "-c", "chart 人口", "-c", "export population.svg"], directory: folder.path)
    #expect(run.status == 0)
    #expect(run.stdout.hasSuffix("population.svg に書き出しました\n"))
    let svg = try Self.parse(folder.path + "/population.svg")
    #expect(svg.elements.first == "svg")
    #expect(svg.text.contains("人口 — 会津地域 — 2020–2040"))
    #expect(svg.text.contains("240,000"))
    #expect(svg.text.contains("170,000"))
    #expect(svg.text.contains("会津地域 Aizu region"))
  }

  @Test("the forum report as HTML: well-formed, every section, the 18 verdicts, no network")
  func html() throws {
    let folder = try TemporaryDirectory()
    let run = try Binary.run(
      ["--lang", "en", "-c", "export forum.html", "-c", "export forum-ja.html --lang ja"],
      directory: folder.path)
    #expect(run.status == 0, "\(run.stderr)")
    let page = try Self.parse(folder.path + "/forum.html")
    #expect(page.elements.first == "html")
    #expect(page.elements.filter { $0 == "h2" }.count == 6)
    // Population, its change, the 65+ share over the years and by municipality, supply and
    // demand, staff per 1,000, the shortfall, face-to-face hours per resident aged 65+.
    #expect(page.elements.filter { $0 == "svg" }.count == 8)
    #expect(page.text.contains("179,610"))  // the region in 2040
    #expect(page.text.contains("The 18 guidelines — Aizu region, 2040 (R22)"))
    let html = try String(contentsOfFile: folder.path + "/forum.html", encoding: .utf8)
    #expect(!html.contains("src=\"http") && !html.contains("href=\"http"))
    #expect(!html.contains("<link") && !html.contains("<script") && !html.contains("@import"))
    let japanese = try Self.parse(folder.path + "/forum-ja.html")
    #expect(japanese.text.contains("仮定と出典"))
  }

  @Test("CSV opens in Excel: a byte-order mark unless --no-bom; JSON and Markdown as shown")
  func tables() throws {
    let folder = try TemporaryDirectory()
    let run = try Binary.run(
      [
        "-c", "project 2040 昭和村", "-c", "export showa.csv", "-c", "export plain.csv --no-bom",
        "-c", "export showa.json", "-c", "export showa.md",
      ], directory: folder.path)
    #expect(run.status == 0, "\(run.stderr)")
    let csv = try Data(contentsOf: URL(fileURLWithPath: folder.path + "/showa.csv"))
    #expect(Array(csv.prefix(3)) == [0xEF, 0xBB, 0xBF])
    let text = String(decoding: csv.dropFirst(3), as: UTF8.self)
    #expect(text.hasPrefix("municipality,romaji,year,population,"))
    #expect(text.contains("\n昭和村,Showa,2040,650,"))
    let plain = try String(contentsOfFile: folder.path + "/plain.csv", encoding: .utf8)
    #expect(plain == text)
    let json = try JSONSerialization.jsonObject(
      with: Data(contentsOf: URL(fileURLWithPath: folder.path + "/showa.json")))
    let rows = try #require(json as? [[String: Any]])
    #expect(rows.count == 1)
    #expect(rows[0]["population"] as? Int == 650)
    let markdown = try String(contentsOfFile: folder.path + "/showa.md", encoding: .utf8)
    #expect(markdown.contains("| 昭和村 "))
  }

  @Test("an existing file is kept without --force; with it, the link and the mode are kept")
  func existingFile() throws {
    let folder = try TemporaryDirectory()
    let real = folder.path + "/real.svg"
    let link = folder.path + "/link.svg"
    try "old\n".write(toFile: real, atomically: true, encoding: .utf8)
    #expect(chmod(real, 0o600) == 0)
    #expect(symlink("real.svg", link) == 0)
    let refused = try Binary.run(
      ["-c", "chart population", "-c", "export link.svg"], directory: folder.path)
    #expect(refused.status == 1)
    #expect(
      refused.stderr
        == "-c:2: error: 'link.svg' exists (choose another name, or `export link.svg --force` to replace it)\n"
    )
    #expect(try String(contentsOfFile: real, encoding: .utf8) == "old\n")
    let forced = try Binary.run(
      ["-c", "chart population", "-c", "export link.svg --force"], directory: folder.path)
    #expect(forced.status == 0)
    var status = stat()
    #expect(lstat(link, &status) == 0)
    #expect(status.st_mode & S_IFMT == S_IFLNK)
    #expect(stat(real, &status) == 0)
    #expect(status.st_mode & 0o777 == 0o600)
    #expect(try String(contentsOfFile: real, encoding: .utf8).hasPrefix("<?xml"))
  }
}
