import Foundation
import LineEditor
import TestSupport
import Testing

@Suite struct PlainLineReaderTests {
  /// Every line `bytes` yields, read through a file as a script would be.
  func lines(
    of bytes: [UInt8], limit: Int = PlainLineReader.defaultMaximumLineLength
  ) throws -> [String] {
    let directory = try TemporaryDirectory()
    let path = directory.path + "/input"
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    let descriptor = open(path, O_RDONLY)
    defer { close(descriptor) }
    let reader = PlainLineReader(fileDescriptor: descriptor, maximumLineLength: limit)
    var lines: [String] = []
    while let line = try reader.readLine() { lines.append(line) }
    return lines
  }

  @Test(arguments: [
    ("a\nb\n", ["a", "b"]),
    ("a\r\nb\r\n", ["a", "b"]),  // Windows line endings
    ("a\nb", ["a", "b"]),  // no final newline
    ("", []),
    ("\n", [""]),
    ("a\n\nb\n", ["a", "", "b"]),
    ("a\rb\n", ["a\rb"]),  // a lone carriage return is text
    ("show 予算\n会津若松市\n", ["show 予算", "会津若松市"]),
    ("\u{FEFF}echo hi\necho \u{FEFF}\n", ["echo hi", "echo \u{FEFF}"]),  // only a leading BOM goes
    ("\u{FEFF}", []),
    ("\u{FEFF}\n", [""]),
    ("\u{EF}\n", ["\u{EF}"]),  // a BOM's first letter alone stays
  ])
  func splitsLines(input: String, expected: [String]) throws {
    #expect(try lines(of: Array(input.utf8)) == expected)
  }

  @Test func invalidUTF8IsReplaced() throws {
    #expect(try lines(of: [0x61, 0xFF, 0x62, 0x0A, 0xE4, 0xBA]) == ["a\u{FFFD}b", "\u{FFFD}"])
  }

  @Test func characterAcrossABlockBoundaryStaysWhole() throws {
    // The reader reads 65,536 bytes at a time: 予 starts one byte before the boundary.
    let input = Array(repeating: UInt8(ascii: "a"), count: 65535) + Array("予\nnext\n".utf8)
    let result = try lines(of: input)
    #expect(result.count == 2)
    #expect(result.first?.hasSuffix("a予") == true)
    #expect(result.last == "next")
  }

  @Test func largeInput() throws {
    let count = 200_000
    let input = (0..<count).map { "line \($0) 会津\n" }.joined()
    let result = try lines(of: Array(input.utf8))
    #expect(result.count == count)
    #expect(result.last == "line \(count - 1) 会津")
    let long = String(repeating: "予", count: 300_000)
    #expect(try lines(of: Array((long + "\nend").utf8)) == [long, "end"])
  }

  @Test func readsFromAPipe() throws {
    var descriptors: [Int32] = [0, 0]
    #expect(pipe(&descriptors) == 0)
    let text = Array("one\ntwo".utf8)
    #expect(write(descriptors[1], text, text.count) == text.count)
    close(descriptors[1])
    defer { close(descriptors[0]) }
    let reader = PlainLineReader(fileDescriptor: descriptors[0])
    #expect(try reader.readLine() == "one")
    #expect(try reader.readLine() == "two")
    #expect(try reader.readLine() == nil)
    #expect(try reader.readLine() == nil)
  }

  @Test func aLineOverTheLimitEndsTheInput() throws {
    let input =
      Array("ok\n".utf8) + Array(repeating: UInt8(0), count: 200_000) + Array("\nnext\n".utf8)
    #expect(throws: PlainLineReader.LineTooLong(limit: 100_000)) {
      try lines(of: input, limit: 100_000)
    }
    // Exactly at the limit is fine; one byte more is not.
    let exact = String(repeating: "a", count: 1000)
    #expect(try lines(of: Array((exact + "\n").utf8), limit: 1000) == [exact])
    #expect(throws: PlainLineReader.LineTooLong.self) {
      try lines(of: Array((exact + "a\n").utf8), limit: 1000)
    }
    #expect(throws: PlainLineReader.LineTooLong.self) {
      try lines(of: Array((exact + "a").utf8), limit: 1000)
    }
  }
}
