/// What a runner observed when it ran a transcript in a fresh shell session.
///
/// A runner starts a session with the transcript's `arguments` and `environment`, collects
/// what the session writes before it reads any input into `startupOutput`, then feeds each
/// block's command in order and collects what the session writes in reply into one entry of
/// `outputs`. When the session ends early (a `quit`, a fatal error), it stops feeding: the
/// blocks without an entry are reported as not run. Output written after the last command,
/// such as a farewell at end of input, belongs to the last block.
///
///     var outputs: [[OutputLine]] = []
///     for block in file.blocks {
///       outputs.append(replyLines(session.execute(block.command)))
///     }
///     let run = TranscriptRun(outputs: outputs, exitStatus: status)
public struct TranscriptRun: Sendable, Equatable {
  /// The lines the session wrote before it read the first command.
  public var startupOutput: [OutputLine]
  /// The lines written in reply to each command, one entry per block, in order.
  ///
  /// Fewer entries than blocks mean the session ended early; entries beyond the blocks are
  /// counted with the last block.
  public var outputs: [[OutputLine]]
  /// The exit status of the whole run.
  public var exitStatus: Int32

  /// A run that wrote `startupOutput` on start, `outputs` in reply to the commands, and ended
  /// with `exitStatus`.
  public init(startupOutput: [OutputLine] = [], outputs: [[OutputLine]], exitStatus: Int32 = 0) {
    self.startupOutput = startupOutput
    self.outputs = outputs
    self.exitStatus = exitStatus
  }
}
