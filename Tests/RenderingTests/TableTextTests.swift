import Rendering
import Testing

@Suite("Table as aligned text")
struct TableTextTests {
  @Test("aligns kanji by display width, with a rule before the total")
  func population() {
    let expected = """
      人口と高齢化率 2020
      市町村         人口  高齢化率
      ----------  -------  --------
      会津若松市  118,322     28.9%
      昭和村        1,244     64.2%
      ----------  -------  --------
      計          119,566     29.3%
      * assumption: cohort survival

      """
    #expect(Fixtures.population.rendered(as: .table) == expected)
  }

  @Test("matches the example in the documentation of Table")
  func documentedExample() {
    let table = Table(
      title: "人口 2020",
      columns: [
        .init("市町村", field: "municipality", alignment: .left, isKey: true),
        .init("人口", field: "population"),
      ],
      rows: [
        [.text("会津若松市"), .integer(118_322)],
        [.text("昭和村"), .integer(1_244)],
      ]
    )
    let expected = """
      人口 2020
      市町村         人口
      ----------  -------
      会津若松市  118,322
      昭和村        1,244

      """
    #expect(table.rendered(as: .table) == expected)
  }

  @Test("narrows the text column first to fit a width, and says so")
  func narrowing() {
    let expected = """
      人口と高齢化率 2020
      市町~     人口  高齢化率
      -----  -------  --------
      会津~  118,322     28.9%
      昭和~    1,244     64.2%
      -----  -------  --------
      計     119,566     29.3%
      (text ending in ~ was
      cut to fit 24 columns)
      * assumption: cohort
      survival

      """
    #expect(Fixtures.population.rendered(as: .table, width: 24) == expected)
  }

  @Test("does not wrap a table that fits, nor without a width")
  func noWrapping() {
    let unwrapped = Fixtures.population.rendered(as: .table)
    #expect(Fixtures.population.rendered(as: .table, width: 29) == unwrapped)
    #expect(Fixtures.population.rendered(as: .table, width: 0) == unwrapped)
    var wide = Fixtures.population
    wide.columns += (1...20).map { .init("列\($0)", field: "c\($0)") }
    #expect(!wide.rendered(as: .table).contains("~"))
  }

  @Test("cuts text, then hides numbers, when the key and one column cannot fit")
  func truncation() {
    let table = Table(
      columns: [
        .init("市町村", field: "municipality", alignment: .left, isKey: true),
        .init("人口", field: "population"),
      ],
      rows: [[.text("会津若松市"), .integer(118_322)], [.text("昭和村"), .integer(1_244)]]
    )
    let twelve = """
      市~     人口
      ---  -------
      会~  118,322
      昭~    1,244
      (text ending
      in ~ was cut
      to fit 12
      columns)

      """
    #expect(table.rendered(as: .table, width: 12) == twelve)
    let eight = table.rendered(as: .table, width: 8).renderedLines
    #expect(eight.prefix(4) == ["市~  人~", "---  ---", "会~  ###", "昭~  ###"])
    #expect(
      eight.dropFirst(4).joined(separator: " ")
        == "(text ending in ~ was cut to fit 8 columns)"
        + " (numbers too wide for 8 columns are shown as #)")
  }

  @Test("never exceeds the width nor leaves trailing spaces", arguments: 11...60)
  func fitsEveryWidth(_ width: Int) {
    var table = Fixtures.population
    table.columns.append(.init("備考", field: "remark", alignment: .left))
    table.rows[0].append(.text("県内最大の市 (largest city in the prefecture)"))
    for line in table.rendered(as: .table, width: width).renderedLines {
      #expect(displayWidth(String(line)) <= width, "\(line)")
      #expect(!line.hasSuffix(" "), "\(line)")
    }
  }

  @Test("bolds the title and header only when colour is on")
  func color() {
    let table = Table(
      title: "昭和村",
      columns: [.init("年", field: "year"), .init("人口", field: "population")],
      rows: [[Table.Cell(display: "2020", value: .integer(2020)), .integer(1_244)]]
    )
    let expected =
      "\u{1B}[1m昭和村\u{1B}[0m\n"
      + "\u{1B}[1m  年   人口\u{1B}[0m\n"
      + "----  -----\n"
      + "2020  1,244\n"
    #expect(table.rendered(as: .table, style: .color) == expected)
    #expect(!table.rendered(as: .table).contains("\u{1B}"))
    #expect(!table.rendered(as: .md, style: .color).contains("\u{1B}"))
  }

  @Test("pads short rows, ignores extra cells and neutralises control characters")
  func irregularRows() {
    let table = Table(
      columns: [
        .init("name", field: "name", alignment: .left),
        .init("n", field: "n"),
      ],
      rows: [
        [.text("a\tb\nc\u{1B}[31m")],
        [.text("x"), .integer(7), .text("ignored")],
      ]
    )
    let expected = """
      name        n
      ----------  -
      a b c [31m
      x           7

      """
    #expect(table.rendered(as: .table) == expected)
  }

  @Test("renders headers alone for no rows, and nothing for nothing")
  func emptyTables() {
    let headersOnly = Table(columns: [.init("人口", field: "population")])
    #expect(headersOnly.rendered(as: .table) == "人口\n----\n")
    #expect(Table(columns: []).rendered(as: .table) == "")
    #expect(Table(title: "T", columns: [], notes: ["n"]).rendered(as: .table) == "T\nn\n")
  }
}

@Suite("Notes wrap Japanese between characters, keeping 、。 and ） off a line's start")
struct JapaneseWrapTests {
  @Test func wrapsJapanese() {
    let table = Table(
      columns: [.init("A", field: "a")], rows: [[.integer(1)]],
      notes: ["決まり: 65歳以上の住民の5%を超える人に届かない方法は単独では選ばない(指針9)。"])
    #expect(
      table.rendered(as: .table, width: 24)
        == "A\n-\n1\n決まり: 65歳以上の住民の\n5%を超える人に届かない方\n法は単独では選ばない(指\n針9)。\n")
  }

  @Test func keepsClosingMarksWithTheirWord() {
    let table = Table(columns: [.init("A", field: "a")], rows: [], notes: ["あいうえおかきくけこ。さしすせそ"])
    // 10 kana fill 20 columns; 。 may not start a line, so こ moves down with it.
    #expect(table.rendered(as: .table, width: 20) == "A\n-\nあいうえおかきくけ\nこ。さしすせそ\n")
  }
}
