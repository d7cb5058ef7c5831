import Rendering
import Testing

@Suite("Table as CSV")
struct TableCSVTests {
  @Test("writes field names and full-precision values, no title or notes")
  func population() {
    let expected = """
      municipality,population,aging_rate
      会津若松市,118322,0.2892
      昭和村,1244,0.6417689719322403
      計,119566,0.2929

      """
    #expect(Fixtures.population.rendered(as: .csv) == expected)
  }

  @Test(
    "quotes fields per RFC 4180",
    arguments: [
      ("plain", "plain"),
      ("a,b", "\"a,b\""),
      ("say \"hi\"", "\"say \"\"hi\"\"\""),
      ("line\nbreak", "\"line\nbreak\""),
      ("cr\rhere", "\"cr\rhere\""),
      ("crlf\r\n", "\"crlf\r\n\""),
      (" spaced ", " spaced "),
      ("会津,若松", "\"会津,若松\""),
      ("'quote'", "'quote'"),
    ] as [(String, String)])
  func quoting(_ text: String, _ field: String) {
    let table = Table(
      columns: [.init("x", field: "x"), .init("y", field: "y")],
      rows: [[.text(text), .integer(1)]])
    #expect(table.rendered(as: .csv) == "x,y\n" + field + ",1\n")
  }

  @Test("writes null and non-finite as empty fields, booleans as words")
  func values() {
    let table = Table(
      columns: [
        .init("a", field: "a"), .init("b", field: "b"), .init("c", field: "c"),
        .init("d", field: "d"), .init("e", field: "e"),
      ],
      rows: [
        [
          .empty, .number(.nan, decimals: 1), Table.Cell(display: "yes", value: .bool(true)),
          .number(-0.0, decimals: 0), .number(1e-7, decimals: 2),
        ],
        [.text("short row")],
      ])
    let expected = """
      a,b,c,d,e
      ,,true,0,1e-7
      short row,,,,

      """
    #expect(table.rendered(as: .csv) == expected)
  }

  @Test("quotes field names too, and keeps a lone empty field from being a blank line")
  func edges() {
    let table = Table(columns: [.init("区分", field: "kind, main")], rows: [[.empty], [.text("")]])
    #expect(table.rendered(as: .csv) == "\"kind, main\"\n\"\"\n\"\"\n")
    #expect(Table(columns: []).rendered(as: .csv) == "")
    let headersOnly = Table(title: "ignored", columns: [.init("n", field: "n")], notes: ["x"])
    #expect(headersOnly.rendered(as: .csv) == "n\n")
  }
}
