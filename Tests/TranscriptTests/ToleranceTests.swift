import Testing

@testable import Transcript

/// The CSV header and Showa's row of `project 2040 Showa --format csv`, as the shell prints it.
private let header =
  "municipality,romaji,year,population,elderly,elderly_share,staff_supply,staff_demand"
private let showa =
  "昭和村,Showa,2040,650,403.1755627009647,0.6202700964630226,41.58324896448447,32.964828719036355"

/// A transcript expecting Showa's row, after `directives`.
private func showaTranscript(_ directives: String) -> String {
  directives + "> project 2040 Showa --format csv\n  \(header)\n  \(showa)\n"
}

/// Whether a run printing the header and `row` passes the transcript with `directives`.
private func passes(_ directives: String, _ row: String) throws -> Bool {
  let run = TranscriptRun(outputs: [stdout(header, row)])
  return try parsed(showaTranscript(directives)).compared(with: run).isPassing
}

@Suite("Numbers compared within a tolerance")
struct ToleranceTests {
  static let lastDigit = showa.replacing("41.58324896448447", with: "41.58324896448449")

  @Test("without '% tolerance' a last digit fails; with a relative one it passes")
  func lastDigitMoves() throws {
    #expect(try !passes("", Self.lastDigit))
    #expect(try passes("% tolerance 1e-12\n", Self.lastDigit))
    // 2e-14 apart on 41.58: a relative difference of 4.8e-16, beyond 1e-16.
    #expect(try !passes("% tolerance 1e-16\n", Self.lastDigit))
    #expect(try passes("% tolerance abs 1e-13\n", Self.lastDigit))
    #expect(try !passes("% tolerance abs 1e-15\n", Self.lastDigit))
    // Either tolerance is enough.
    #expect(try passes("% tolerance 1e-16\n% tolerance abs 1e-13\n", Self.lastDigit))
  }

  @Test(
    "text is still compared exactly, and each number on its own",
    arguments: [
      (showa.replacing("Showa", with: "Shouwa"), false),
      (showa.replacing(",650,", with: ",650.0000000000001,"), true),
      (showa.replacing(",650,", with: ",651,"), false),
      (showa.replacing(",2040,", with: ",2040.0,"), true),
      (showa.replacing(",650,", with: ",650,,"), false),
      (showa.replacing(",650,", with: ", 650,"), false),
      (showa.replacing("0.6202700964630226", with: "0.62027009646302"), true),
      (showa.replacing("0.6202700964630226", with: "6.202700964630226e-1"), true),
      (showa.replacing("0.6202700964630226", with: "-0.6202700964630226"), false),
      (showa + ",true", false),
    ])
  func fieldByField(row: String, passes expected: Bool) throws {
    #expect(try passes("% tolerance 1e-12\n", row) == expected)
  }

  @Test("a line with a placeholder is matched as written, outside its placeholders")
  func placeholders() throws {
    let text = "% tolerance 1e-6\n> version\n  aizusim {{version}} 1.000001\n"
    let file = try parsed(text)
    #expect(file.compared(with: TranscriptRun(outputs: [stdout("aizusim 0.1 1.000001")])).isPassing)
    #expect(
      !file.compared(with: TranscriptRun(outputs: [stdout("aizusim 0.1 1.0000011")])).isPassing)
  }

  @Test("--update keeps a line that is within the tolerance as written")
  func updateKeepsCloseNumbers() throws {
    let text = showaTranscript("% tolerance 1e-12\n") + "> echo x\n  x\n"
    let run = TranscriptRun(outputs: [stdout(header, Self.lastDigit), stdout("y")])
    #expect(
      try updated(text, run)
        == showaTranscript("% tolerance 1e-12\n") + "> echo x\n  y\n")
  }

  @Test(
    "a line is cut into numbers and the text between them",
    arguments: [
      ("2040,95000", ["2040=2040.0", ",", "95000=95000.0"]),
      ("R22 令和22", ["R22 令和", "22=22.0"]),
      ("2020-2040", ["2020=2020.0", "-", "2040=2040.0"]),
      ("-53.002 x -1", ["-53.002=-53.002", " x ", "-1=-1.0"]),
      ("9.39e-05,1E3,2e", ["9.39e-05=9.39e-05", ",", "1E3=1000.0", ",2e"]),
      ("3rd 65+ v1.2.0", ["3rd ", "65=65.0", "+ v1.2.0"]),
      ("0.1.0", ["0.1=0.1", ".0"]),
      ("95,000", ["95=95.0", ",", "000=0.0"]),
      ("2040年", ["2040=2040.0", "年"]),
    ])
  func pieces(line: String, pieces: [String]) {
    let cut = NumericText(line).pieces.map { piece in
      piece.value.map { "\(piece.text)=\($0)" } ?? String(piece.text)
    }
    #expect(cut == pieces)
  }
}
