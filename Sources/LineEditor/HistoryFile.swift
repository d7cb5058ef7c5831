#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The history file: libedit's `_HiStOrY_V2_` format, oldest entry first, shared safely by
/// shells that run at the same time.
///
/// Only a ``LineEditor`` reads or writes it, so a script run (which never creates one) leaves it
/// alone. Saving takes a lock, re-reads the file, appends the entries typed since the last save
/// after whatever other shells saved meanwhile, keeps the newest `limit`, and replaces the file
/// atomically (temporary file, `fsync`, `rename`).
public struct HistoryFile: Sendable {
  /// Where the history of `program`'s interactive sessions is kept: `$PROGRAM_HISTORY` (the
  /// program's name in upper case) if set (an empty value turns history files off), else
  /// `$XDG_STATE_HOME/program/history`, else `$HOME/.local/state/program/history`; `nil` when
  /// none of them is usable.
  public static func defaultPath(for program: String, environment: [String: String]) -> String? {
    if let explicit = environment[variable(for: program)] {
      return explicit.isEmpty ? nil : explicit
    }
    // The XDG base directory specification ignores relative paths.
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
      return directory(state) + "/\(program)/history"
    }
    if let home = environment["HOME"], !home.isEmpty {
      return directory(home) + "/.local/state/\(program)/history"
    }
    return nil
  }

  /// The environment variable that names `program`'s history file: `AIZUSIM_HISTORY`.
  public static func variable(for program: String) -> String {
    program.uppercased().map { $0.isLetter || $0.isNumber ? $0 : "_" } + "_HISTORY"
  }

  /// The path to read and write.
  var path: String
  /// The most entries the file keeps; older ones are dropped.
  var limit: Int

  /// The first line of every history file, as libedit writes it.
  public static let header = "_HiStOrY_V2_"

  private static func directory(_ path: String) -> String {
    var trimmed = Substring(path)
    while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
    return trimmed == "/" ? "" : String(trimmed)
  }
}

/// Why the history could not be read or saved, as values: what failed, on which file, and
/// the C library's error number. The program that prints it says it in its own words (for
/// `aizusim`, in the user's language); `description` is plain English for one that has none.
public struct HistoryFileError: Error, CustomStringConvertible, Equatable, Sendable {
  public enum Kind: Sendable, Equatable {
    /// The file is not a history file (its first line is not `HistoryFile.header`): it is
    /// never overwritten.
    case notAHistoryFile
    case cannotRead
    /// The directory `path` (or one above it) could not be created.
    case cannotCreateDirectory
    case cannotLock
    /// Another shell held the lock on `path` for this many seconds.
    case stayedLocked(seconds: Int)
    case cannotWrite
  }

  public let kind: Kind
  /// The history file, or for `cannotCreateDirectory` the directory.
  public let path: String
  /// `errno` of the system call that failed, if one did.
  public let code: Int32?

  init(_ kind: Kind, path: String, code: Int32? = nil) {
    self.kind = kind
    self.path = path
    self.code = code
  }

  /// The C library's reason for `code` (`strerror`, in English), or `nil`.
  public var reason: String? { code.map { String(cString: strerror($0)) } }

  public var description: String {
    let because = reason.map { ": \($0)" } ?? ""
    switch kind {
    case .notAHistoryFile:
      return "'\(path)' is not a history file (its first line is not \(HistoryFile.header)); "
        + "move it away, or choose another history file"
    case .cannotRead: return "cannot read history file '\(path)'" + because
    case .cannotCreateDirectory:
      return "cannot create directory '\(path)' for the history" + because
    case .cannotLock: return "cannot lock history file '\(path)'" + because
    case .stayedLocked(let seconds):
      return "history file '\(path)' stayed locked by another shell for \(seconds) seconds; "
        + "history not saved"
    case .cannotWrite: return "cannot write history file '\(path)'" + because
    }
  }
}

// MARK: - The format

extension HistoryFile {
  /// The file's bytes for `entries`, oldest first.
  ///
  /// Byte for byte what libedit's `H_SAVE` writes (`strvis` with `VIS_WHITE`) for every entry
  /// libedit itself keeps intact: space, tab, newline and backslash as octal (`\040`, `\011`,
  /// `\012`, `\134`), other control characters as `\^X`, UTF-8 as is. Where libedit corrupts an
  /// entry (it writes U+3000 IDEOGRAPHIC SPACE and other non-ASCII spaces as a broken escape, and
  /// C1 controls as `\M^X`, which reads back as an invalid byte), the raw UTF-8 is written
  /// instead, which libedit's `H_LOAD` reads back correctly.
  static func encoded(_ entries: [String]) -> [UInt8] {
    var bytes = Array(header.utf8)
    bytes.append(0x0A)
    for entry in entries {
      for scalar in entry.unicodeScalars {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x5C:
          let value = UInt8(scalar.value)
          bytes += [0x5C, 0x30 + (value >> 6), 0x30 + ((value >> 3) & 7), 0x30 + (value & 7)]
        case 0x00..<0x20:
          bytes += [0x5C, 0x5E, UInt8(scalar.value) + 0x40]
        case 0x7F:
          bytes += Array(#"\^?"#.utf8)
        default:
          bytes += Array(String(scalar).utf8)
        }
      }
      bytes.append(0x0A)
    }
    return bytes
  }

  /// The entries in a history file's bytes, oldest first, or `nil` when the first line does not
  /// start with ``header`` (not a history file). Decodes every escape libedit's `strunvis` knows;
  /// invalid UTF-8 becomes U+FFFD.
  static func decoded(_ bytes: [UInt8]) -> [String]? {
    var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
    if lines.last?.isEmpty == true { lines.removeLast() }
    guard let first = lines.first, first.starts(with: header.utf8) else { return nil }
    return lines.dropFirst().map { String(decoding: unescaped($0), as: UTF8.self) }
  }

  /// One line with libedit's `vis` escapes undone (`strunvis`): `\\`, octal `\NNN`, `\^X`,
  /// `\^?`, `\M-x`, `\M^X`, the C escapes `\n \r \b \a \v \t \f \s \E`, and `\$` (nothing).
  /// Any other escaped character stands for itself; a trailing backslash is kept.
  private static func unescaped(_ line: ArraySlice<UInt8>) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(line.count)
    var index = line.startIndex
    func next() -> UInt8? {
      guard index < line.endIndex else { return nil }
      defer { index += 1 }
      return line[index]
    }
    func control(_ byte: UInt8) -> UInt8 { byte == UInt8(ascii: "?") ? 0x7F : byte & 0x1F }
    while let byte = next() {
      guard byte == UInt8(ascii: "\\") else {
        output.append(byte)
        continue
      }
      guard let escaped = next() else {
        output.append(byte)
        break
      }
      switch escaped {
      case UInt8(ascii: "0")...UInt8(ascii: "7"):
        var value = escaped - UInt8(ascii: "0")
        for _ in 0..<2 {
          guard index < line.endIndex, (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(line[index])
          else { break }
          value = value &<< 3 &+ (line[index] - UInt8(ascii: "0"))
          index += 1
        }
        output.append(value)
      case UInt8(ascii: "^"):
        if let character = next() { output.append(control(character)) }
      case UInt8(ascii: "M"):
        let kind = next()
        guard let character = next() else { break }
        output.append(0x80 | (kind == UInt8(ascii: "^") ? control(character) : character))
      case UInt8(ascii: "$"):
        break
      default:
        output.append(cEscapes[escaped] ?? escaped)
      }
    }
    return output
  }

  private static let cEscapes: [UInt8: UInt8] = [
    UInt8(ascii: "n"): 0x0A, UInt8(ascii: "r"): 0x0D, UInt8(ascii: "b"): 0x08,
    UInt8(ascii: "a"): 0x07, UInt8(ascii: "v"): 0x0B, UInt8(ascii: "t"): 0x09,
    UInt8(ascii: "f"): 0x0C, UInt8(ascii: "s"): 0x20, UInt8(ascii: "E"): 0x1B,
  ]

  /// `existing` followed by `new`, without a duplicate where they meet, keeping the newest
  /// `limit` entries.
  static func merged(_ existing: [String], _ new: [String], limit: Int) -> [String] {
    var result = existing
    for entry in new where entry != result.last {
      result.append(entry)
    }
    return Array(result.suffix(max(limit, 0)))
  }
}
