import Testing

@testable import LineEditor

@Suite struct PromptTests {
  @Test func plainPromptIsTheText() {
    #expect(Prompt(text: "aizu> ").editorText == "aizu> ")
  }

  @Test func colourIsMarkedInvisibleAndResetBeforeTheLastCharacter() {
    // libedit drops an escape sequence that no character follows, so the reset precedes " ".
    let prompt = Prompt(text: "aizu*> ", colorEscape: "\u{1B}[1;36m")
    #expect(prompt.editorText == "\u{1}\u{1B}[1;36m\u{1}aizu*>\u{1}\u{1B}[0m\u{1} ")
  }

  @Test func japanesePromptInColour() {
    let prompt = Prompt(text: "会津> ", colorEscape: "\u{1B}[32m")
    #expect(prompt.editorText == "\u{1}\u{1B}[32m\u{1}会津>\u{1}\u{1B}[0m\u{1} ")
  }

  @Test func markersInTheTextAreRemoved() {
    #expect(Prompt(text: "a\u{1}b> ").editorText == "ab> ")
  }

  @Test func promptsTooShortToColourStayPlain() {
    #expect(Prompt(text: ">", colorEscape: "\u{1B}[1m").editorText == ">")
    #expect(Prompt(text: "", colorEscape: "\u{1B}[1m").editorText == "")
    #expect(Prompt(text: "> ", colorEscape: "").editorText == "> ")
  }
}
