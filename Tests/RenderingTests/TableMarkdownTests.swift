import Rendering
import Testing

@Suite("Table as Markdown")
struct TableMarkdownTests {
  @Test("writes a GitHub table aligned by display width, title and notes around it")
  func population() {
    let expected = """
      **人口と高齢化率 2020**

      | 市町村     |    人口 | 高齢化率 |
      | :--------- | ------: | -------: |
      | 会津若松市 | 118,322 |    28.9% |
      | 昭和村     |   1,244 |    64.2% |
      | 計         | 119,566 |    29.3% |

      * assumption: cohort survival

      """
    #expect(Fixtures.population.rendered(as: .md) == expected)
  }

  @Test("escapes pipes in cells and emphasis in the title; ignores the width")
  func escaping() {
    let table = Table(
      title: "a*b_c",
      columns: [
        .init("x|y", field: "xy", alignment: .left),
        .init("n", field: "n"),
      ],
      rows: [[.text("a|b\nc"), .integer(1)]],
      notes: ["first", "second"]
    )
    let expected = """
      **a\\*b\\_c**

      | x\\|y   |    n |
      | :----- | ---: |
      | a\\|b c |    1 |

      first

      second

      """
    #expect(table.rendered(as: .md) == expected)
    #expect(table.rendered(as: .md, width: 10) == expected)
  }
}
