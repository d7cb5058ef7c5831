// A tiny shell over LineEditor for trying it by hand and for the pseudo-terminal tests:
// it echoes each line as `got: <line>` and completes a few words. Commands:
//   wait            runs for up to 10 seconds, stopped early by Ctrl-C
//   prompt <text>   changes the prompt
// Plain mode (stdin not a terminal) echoes lines without prompt or history.

import Foundation
import LineEditor

let words = [
  "会津若松市", "会津坂下町", "会津美里町", "Aizuwakamatsu", "Kaneyama", "prompt", "wait",
]

func completion(for lineBeforeCursor: String) -> Completion {
  let word = lineBeforeCursor.split(separator: " ", omittingEmptySubsequences: false).last ?? ""
  return Completion(word: String(word), candidates: words.filter { $0.hasPrefix(word) })
}

/// Runs for up to ten seconds, polling for Ctrl-C as a long command would.
func waitForInterrupt() {
  print("waiting (Ctrl-C stops)")
  for _ in 0..<1000 {
    if Interrupt.isRequested {
      print("wait interrupted")
      return
    }
    usleep(10_000)
  }
  print("wait finished")
}

let environment = ProcessInfo.processInfo.environment
guard
  let editor = LineEditor(
    program: "linedemo",
    historyFile: HistoryFile.defaultPath(for: "linedemo", environment: environment),
    completer: completion)
else {
  let reader = PlainLineReader()
  while let line = try? reader.readLine() { print("got: \(line)") }
  exit(0)
}

let color = environment["NO_COLOR"] == nil ? "\u{1B}[1;36m" : nil
editor.prompt = Prompt(text: "demo> ", colorEscape: color)
loop: while true {
  switch editor.readLine() {
  case .line(let line):
    editor.addToHistory(line)
    do {
      try editor.saveHistory()
    } catch {
      FileHandle.standardError.write(Data("demo: \(error)\n".utf8))
    }
    if line == "wait" {
      Interrupt.reset()
      waitForInterrupt()
    } else if line.hasPrefix("prompt ") {
      editor.prompt = Prompt(text: String(line.dropFirst("prompt ".count)), colorEscape: color)
    } else {
      print("got: \(line)")
    }
  case .interrupted:
    continue
  case .endOfInput:
    break loop
  }
}
