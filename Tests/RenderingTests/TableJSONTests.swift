import Rendering
import Testing

@Suite("Table as JSON")
struct TableJSONTests {
  @Test("writes one object per row, keys in column order, full precision")
  func population() {
    let expected = """
      [
        {
          "municipality": "会津若松市",
          "population": 118322,
          "aging_rate": 0.2892
        },
        {
          "municipality": "昭和村",
          "population": 1244,
          "aging_rate": 0.6417689719322403
        },
        {
          "municipality": "計",
          "population": 119566,
          "aging_rate": 0.2929
        }
      ]

      """
    #expect(Fixtures.population.rendered(as: .json) == expected)
  }

  @Test(
    "escapes strings per RFC 8259 and keeps non-ASCII as it is",
    arguments: [
      ("plain", #""plain""#),
      ("say \"hi\"", #""say \"hi\"""#),
      (#"C:\path"#, #""C:\\path""#),
      ("line\nbreak\r\ttab", #""line\nbreak\r\ttab""#),
      ("\u{08}\u{0C}", #""\b\f""#),
      ("\u{01}\u{1B}\u{1F}", #""\u0001\u001B\u001F""#),
      ("\u{7F}/", "\"\u{7F}/\""),
      ("会津若松市 👍", #""会津若松市 👍""#),
    ] as [(String, String)])
  func escaping(_ text: String, _ literal: String) {
    let table = Table(columns: [.init("x", field: "x")], rows: [[.text(text)]])
    #expect(table.rendered(as: .json) == "[\n  {\n    \"x\": " + literal + "\n  }\n]\n")
  }

  @Test("writes null, booleans, and null for numbers JSON cannot hold")
  func values() {
    let table = Table(
      columns: [
        .init("a", field: "a"), .init("b", field: "b"), .init("c", field: "c"),
        .init("d \"q\"", field: "d \"q\""), .init("e", field: "e"),
      ],
      rows: [
        [
          .empty, .number(.infinity, decimals: 0), Table.Cell(display: "no", value: .bool(false)),
          .number(1e21, decimals: 0), .integer(Int.min),
        ]
      ])
    let expected = """
      [
        {
          "a": null,
          "b": null,
          "c": false,
          "d \\"q\\"": 1e+21,
          "e": -9223372036854775808
        }
      ]

      """
    #expect(table.rendered(as: .json) == expected)
  }

  @Test("writes an empty array for no rows and empty objects for no columns")
  func empty() {
    #expect(Table(title: "t", columns: [.init("n", field: "n")]).rendered(as: .json) == "[]\n")
    let noColumns = Table(columns: [], rows: [[], []])
    #expect(noColumns.rendered(as: .json) == "[\n  {},\n  {}\n]\n")
  }
}
