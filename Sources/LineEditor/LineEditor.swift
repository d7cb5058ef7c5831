import CEditLine

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads lines from the terminal with editing, history and Tab completion (libedit, emacs keys).
///
/// A line editor exists only when standard input and output are a terminal: the initializer
/// fails otherwise, so a script run never reads or writes the history file.
///
/// ```swift
/// guard let editor = LineEditor(
///   program: "aizusim",
///   historyFile: HistoryFile.defaultPath(
///     for: "aizusim", environment: ProcessInfo.processInfo.environment),
///   completer: { lineBeforeCursor in shell.completion(for: lineBeforeCursor) })
/// else { /* not a terminal: read with PlainLineReader */ }
/// editor.prompt = Prompt(text: "aizu> ", colorEscape: "\u{1B}[1;36m")
/// loop: while true {
///   switch editor.readLine() {
///   case .line(let text):
///     editor.addToHistory(text)
///     Interrupt.reset()
///     run(text)  // polls Interrupt.isRequested
///   case .interrupted: continue  // Ctrl-C: the line was dropped
///   case .endOfInput: break loop  // Ctrl-D on an empty line
///   }
/// }
/// try editor.saveHistory()
/// ```
///
/// Keys are libedit's emacs bindings (arrows, Ctrl-A/E/K/U/W, Up and Down through the history)
/// and Tab for completion. Ctrl-R searches the history as bash does, shown in the prompt as
/// ``(reverse-i-search)`会津': ``; it replaces libedit's own search, which many kanji end. Ctrl-Z
/// suspends with the terminal restored; a window resize redraws the line. `~/.editrc` is not
/// read, so every terminal behaves alike. Only one line editor should exist at a time: it owns
/// the process's SIGINT handler.
public final class LineEditor {
  /// What ``readLine()`` read.
  public enum InputEvent: Equatable, Sendable {
    /// A line, without its newline.
    case line(String)
    /// Ctrl-C: the line being typed was dropped.
    case interrupted
    /// Ctrl-D on an empty line, or the terminal went away.
    case endOfInput
  }

  /// Shown before each line; takes effect at the next ``readLine()``.
  public var prompt = Prompt(text: "> ") {
    didSet { prompt.editorText.withCString { _ = CEditLine_setPrompt(editor, $0) } }
  }

  private let editor: OpaquePointer
  let completer: ((String) -> Completion)?
  private let historyFile: HistoryFile?
  /// Entries added since the last save, oldest first.
  private var unsavedEntries: [String] = []
  private var lastEntry: String?

  /// A line editor on the terminal, or `nil` when standard input or output is not a terminal.
  ///
  /// - Parameters:
  ///   - program: The program's name, as libedit's `editrc` settings name it.
  ///   - historyFile: Where history is loaded from and saved to, or `nil` for none; see
  ///     ``HistoryFile/defaultPath(for:environment:)``. A missing file is created on the first
  ///     save; an unreadable one starts an empty history.
  ///   - historyLimit: The most entries kept, in memory and in the file.
  ///   - completer: Called on Tab with the text before the cursor; returns what to offer.
  public init?(
    program: String, historyFile: String?, historyLimit: Int = 1000,
    completer: ((_ lineBeforeCursor: String) -> Completion)? = nil
  ) {
    guard Terminal.isInteractive,
      let editor = CEditLine_create(program, Int32(clamping: max(historyLimit, 1)))
    else { return nil }
    self.editor = editor
    self.completer = completer
    self.historyFile = historyFile.map { HistoryFile(path: $0, limit: max(historyLimit, 1)) }
    let history = CEditLine_history(editor)
    for entry in (try? self.historyFile?.load()) ?? [] {
      entry.withCString { _ = CEditLine_historyEnter(history, $0) }
      lastEntry = entry
    }
    prompt.editorText.withCString { _ = CEditLine_setPrompt(editor, $0) }
    CEditLine_setContext(editor, Unmanaged.passUnretained(self).toOpaque())
    if completer != nil {
      _ = CEditLine_addFunction(
        editor, "complete-word", "Complete the word before the cursor", completeWord, "^I")
    }
    _ = CEditLine_catchInterrupts()
  }

  deinit {
    CEditLine_releaseInterrupts()
    CEditLine_destroy(editor)
  }

  /// Shows the prompt and reads one line with editing.
  ///
  /// On Ctrl-C the rest of the line is drawn, followed by `^C` and a newline, and the result is
  /// ``InputEvent/interrupted``; on Ctrl-D a newline ends the prompt's row.
  public func readLine() -> InputEvent {
    Interrupt.reset()
    var count: Int32 = 0
    errno = 0
    if let text = CEditLine_gets(editor, &count) {
      var line = String(cString: text)
      if line.hasSuffix("\n") { line.removeLast() }
      return .line(line)
    }
    // el_gets has put the terminal back in its normal mode.
    if count < 0 && (errno == EINTR || Interrupt.isRequested) {
      CEditLine_writeStandardOutput(textAfterCursor() + "^C\n")
      return .interrupted
    }
    CEditLine_writeStandardOutput("\n")
    return .endOfInput
  }

  /// Adds `line` to the history that Up and Ctrl-R search and that ``saveHistory()`` saves.
  /// Blank lines and a repeat of the previous entry are skipped.
  public func addToHistory(_ line: String) {
    guard !line.allSatisfy(\.isWhitespace), line != lastEntry else { return }
    lastEntry = line
    line.withCString { _ = CEditLine_historyEnter(CEditLine_history(editor), $0) }
    unsavedEntries.append(line)
    if let limit = historyFile?.limit, unsavedEntries.count > limit {
      unsavedEntries.removeFirst(unsavedEntries.count - limit)
    }
  }

  /// Saves the entries added since the last save, merged after any that other shells saved
  /// meanwhile. Cheap when nothing was added, so it may be called after every line.
  ///
  /// - Throws: ``HistoryFileError`` when the file cannot be written; the entries stay unsaved
  ///   and the next call tries again.
  public func saveHistory() throws(HistoryFileError) {
    guard let historyFile, !unsavedEntries.isEmpty else { return }
    try historyFile.append(unsavedEntries)
    unsavedEntries.removeAll()
  }

  /// The text from the cursor to the end of the line just abandoned, so that printing it moves
  /// the cursor past the line before `^C`.
  private func textAfterCursor() -> String {
    guard let line = CEditLine_line(editor)?.pointee, let cursor = line.cursor,
      let end = line.lastchar, end > cursor
    else { return "" }
    let bytes = UnsafeRawPointer(cursor).assumingMemoryBound(to: UInt8.self)
    return String(decoding: UnsafeBufferPointer(start: bytes, count: end - cursor), as: UTF8.self)
  }
}
