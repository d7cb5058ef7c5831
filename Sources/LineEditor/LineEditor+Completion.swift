import CEditLine

/// libedit's Tab function. It reaches the line editor through the editor's client data
/// (`CEditLine_context`), so no Swift global is involved.
let completeWord: CEditLine_Function = { editLine, _ in
  guard let editLine, let context = CEditLine_context(editLine) else {
    return UInt8(CC_ERROR)
  }
  return Unmanaged<LineEditor>.fromOpaque(context).takeUnretainedValue().complete(in: editLine)
}

extension LineEditor {
  /// Asks the completer about the text before the cursor, edits the line, and lists the
  /// candidates when there are several. Returns libedit's CC_* code.
  fileprivate func complete(in editLine: OpaquePointer) -> UInt8 {
    guard let completer, let line = el_line(editLine)?.pointee,
      let buffer = line.buffer, let cursor = line.cursor, let end = line.lastchar
    else { return UInt8(CC_ERROR) }
    let bytes = UnsafeBufferPointer(
      start: UnsafeRawPointer(buffer).assumingMemoryBound(to: UInt8.self), count: end - buffer)
    let before = Self.textBeforeCursor(in: bytes, cursorOffset: cursor - buffer)
    let completion = completer(before)
    guard let edit = completion.edit(textBeforeCursor: before) else {
      return UInt8(CC_REFRESH_BEEP)
    }
    // Where libedit drew the line, before the edit changes it.
    let cursorRow = Int(CEditLine_row(editLine, 0))
    let lastRow = Int(CEditLine_row(editLine, 1))
    if edit.deletedScalarCount > 0 {
      el_deletestr(editLine, Int32(clamping: edit.deletedScalarCount))
    }
    if !edit.insertion.isEmpty {
      _ = edit.insertion.withCString { el_insertstr(editLine, $0) }
    }
    guard edit.isListing else { return UInt8(CC_REFRESH) }
    let listing = Self.listing(
      rows: completion.listedRows(width: Terminal.width), cursorRow: cursorRow, lastRow: lastRow)
    listing.withCString { CEditLine_write(editLine, $0) }
    return UInt8(CC_REDISPLAY)
  }

  /// The line's text before the cursor. libedit's cursor is a byte offset into the UTF-8 line
  /// (a kanji is three bytes); an offset inside a character is moved back to its start.
  static func textBeforeCursor(in line: UnsafeBufferPointer<UInt8>, cursorOffset: Int) -> String {
    var offset = min(max(cursorOffset, 0), line.count)
    while offset > 0 && offset < line.count && line[offset] & 0xC0 == 0x80 {
      offset -= 1
    }
    return String(decoding: UnsafeBufferPointer(rebasing: line[..<offset]), as: UTF8.self)
  }

  /// What to print to list candidates below the line, the cursor on `cursorRow` of a line that
  /// ends on `lastRow` (rows counted from the prompt's first).
  ///
  /// First newlines down past the line's last row, so that no row of the line is overwritten;
  /// then the rows; then as many blank lines as the cursor's row number, because libedit's
  /// redisplay first clears that many rows above the cursor as it believes it stands.
  static func listing(rows: [String], cursorRow: Int, lastRow: Int) -> String {
    let down = String(repeating: "\n", count: max(lastRow - cursorRow, 0) + 1)
    return down + rows.map { $0 + "\n" }.joined() + String(repeating: "\n", count: cursorRow)
  }
}
