import Bilingual
import Foundation
import Synchronization

/// A session being set up. At a terminal with no `--scenario`, the built-in scenario is decoded
/// on a thread of its own, so that the banner and the first prompt show at once and the
/// scenario is ready by the time the first line has been typed (docs/performance.md,
/// "Start-up, third pass"): the banner and the prompt need only the scenario's name and title,
/// read from its nodes without decoding them.
///
/// ```swift
/// let starting = StartingSession(options, fileSystem: LocalFileSystem(), environment: env,
///                                inBackground: true)
/// let (name, title) = starting.heading()   // for the banner and the prompt
/// starting.start()
/// let line = editor.readLine()             // the scenario decodes meanwhile
/// let session = try starting.session()     // waits for it, if need be
/// ```
public final class StartingSession: Sendable {
  /// Whether the session is made later, on another thread once `start()` is called (or on the
  /// thread asking for it first), so that a failure to make it is known only from `session()`;
  /// otherwise it is made already.
  public let isInBackground: Bool
  private let work: BackgroundWork<Result<Session, CommandError>>

  /// Sets up the session `options` ask for: later, in the background, when `inBackground` is
  /// set and the options load only the built-in scenario, else at once, on this thread.
  public init(
    _ options: SessionOptions, fileSystem: any FileSystem, environment: [String: String],
    inBackground: Bool
  ) {
    let make = { @Sendable () -> Result<Session, CommandError> in
      do throws(CommandError) {
        return .success(try options.session(fileSystem: fileSystem, environment: environment))
      } catch {
        return .failure(error)
      }
    }
    isInBackground = inBackground && options.scenario == nil
    work = isInBackground ? BackgroundWork(make) : BackgroundWork(finished: make())
  }

  /// Starts decoding on a thread of its own: called just before the first prompt, so that the
  /// work does not take the processor from the banner and the prompt.
  public func start() {
    work.start()
  }

  /// The session, once it is made: waits for it when it is being made in the background.
  public func session() throws(CommandError) -> Session {
    try work.value.get()
  }

  /// The scenario's short name and title, for the banner and the prompt: without waiting for
  /// the scenario to be decoded when it is the built-in one.
  public func heading() -> (name: String, title: LocalizedText) {
    if isInBackground, let heading = Session.builtinHeading { return heading }
    let scenario = try? session().scenario
    return (scenario?.name ?? "", scenario?.title ?? LocalizedText(""))
  }
}

/// A value worked out on a thread of its own once `start()` is called, for the caller to wait
/// for when it needs it; worked out on the caller's thread if it is needed before it is started.
final class BackgroundWork<Value: Sendable>: Sendable {
  private enum Phase {
    case waiting(@Sendable () -> Value)
    case running(pthread_t)
    case finished
  }

  private let result: Mutex<Value?>
  private let phase: Mutex<Phase>

  init(_ work: @escaping @Sendable () -> Value) {
    result = Mutex(nil)
    phase = Mutex(.waiting(work))
  }

  /// A value worked out already.
  init(finished value: Value) {
    result = Mutex(value)
    phase = Mutex(.finished)
  }

  /// Starts the work on a new thread, unless it has started; works it out on this thread if no
  /// thread can be made.
  func start() {
    phase.withLock { phase in
      guard case .waiting(let work) = phase else { return }
      let body = { @Sendable in
        let value = work()
        self.result.withLock { $0 = value }
      }
      if let id = Self.thread(running: body) {
        phase = .running(id)
      } else {
        body()
        phase = .finished
      }
    }
  }

  /// The value: waits for the thread to finish it, or works it out if it has not started.
  var value: Value {
    phase.withLock { phase in
      switch phase {
      case .waiting(let work):
        let value = work()
        result.withLock { $0 = value }
      case .running(let id):
        pthread_join(id, nil)
      case .finished:
        break
      }
      phase = .finished
    }
    // Set by the work before it ended, or by `init`.
    guard let value = result.withLock({ $0 }) else {
      preconditionFailure("the background work ended without its value")
    }
    return value
  }

  /// A new thread running `body`, or `nil` when none can be made.
  private static func thread(running body: @escaping @Sendable () -> Void) -> pthread_t? {
    let context = Unmanaged.passRetained(ThreadStart(body)).toOpaque()
    // Signals (Ctrl-C, a resized window) stay with the thread that reads the terminal: the new
    // thread starts with every signal blocked, as it inherits this thread's mask.
    var all = sigset_t()
    var previous = sigset_t()
    sigfillset(&all)
    pthread_sigmask(SIG_SETMASK, &all, &previous)
    defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
    // A batch thread gets its share of the processor but does not take it from the thread
    // that started it on waking.
    var attributes = pthread_attr_t()
    pthread_attr_init(&attributes)
    defer { pthread_attr_destroy(&attributes) }
    var parameters = sched_param()
    let isBatch =
      pthread_attr_setinheritsched(&attributes, Int32(PTHREAD_EXPLICIT_SCHED)) == 0
      && pthread_attr_setschedpolicy(&attributes, schedBatch) == 0
      && pthread_attr_setschedparam(&attributes, &parameters) == 0
    let entry: @convention(c) (UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? = { context in
      guard let context else { return nil }
      Unmanaged<ThreadStart>.fromOpaque(context).takeRetainedValue().body()
      return nil
    }
    var id = pthread_t()
    if isBatch, pthread_create(&id, &attributes, entry, context) == 0 { return id }
    if pthread_create(&id, nil, entry, context) == 0 { return id }
    Unmanaged<ThreadStart>.fromOpaque(context).release()
    return nil
  }
}

/// `SCHED_BATCH` of `<sched.h>`, which Swift does not see (it needs `_GNU_SOURCE`).
private let schedBatch: Int32 = 3

/// What a new thread runs, handed to it through `pthread_create`'s one pointer.
private final class ThreadStart: Sendable {
  let body: @Sendable () -> Void
  init(_ body: @escaping @Sendable () -> Void) { self.body = body }
}
