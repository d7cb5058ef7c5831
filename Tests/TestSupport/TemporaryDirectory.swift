import Foundation

/// A fresh directory under the system's temporary directory, removed when the value goes away.
public final class TemporaryDirectory {
  public let path: String

  public init() throws {
    var template = Array((NSTemporaryDirectory() + "/LineEditorTests.XXXXXX").utf8CString)
    let created = template.withUnsafeMutableBufferPointer { buffer in
      buffer.baseAddress.flatMap { mkdtemp($0) }
    }
    guard let created else {
      throw CocoaError(.fileWriteUnknown)
    }
    path = String(cString: created)
  }

  deinit {
    try? FileManager.default.removeItem(atPath: path)
  }

  /// The POSIX permission bits of the file at `relativePath`, such as 0o600.
  public func permissions(of relativePath: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path + "/" + relativePath)
    return (attributes[.posixPermissions] as? Int) ?? -1
  }
}
