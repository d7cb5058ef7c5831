import Dispatch
import Foundation
import Synchronization

/// Runs independent, numbered runs on several threads, stopping early when asked: the
/// engine behind `montecarlo`.
///
/// Workers take the next run number in turn, so a slow run does not hold up the others;
/// each run writes only its own results (by its number), so the results do not depend on
/// the number of workers or on which worker did which run. The caller's `isCancelled` is
/// polled before each run; `progress` is told the runs done every `total / 100` runs, one
/// call at a time.
enum ParallelRuns {
  /// How the runs ended.
  struct Ending: Sendable, Equatable {
    /// Runs finished (all of them unless stopped).
    var done: Int
    var wasCancelled: Bool
  }

  /// The number of workers to use: one per core the process may use.
  static var machineWorkers: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

  /// Runs `body(index)` for every index in `0..<count` on `workers` threads, unless
  /// `isCancelled` says to stop first.
  static func run(
    count: Int, workers: Int, isCancelled: @Sendable () -> Bool,
    progress: @Sendable (_ done: Int) -> Void, body: @Sendable (Int) -> Void
  ) -> Ending {
    let shared = Shared()
    let stride = max(1, count / 100)
    DispatchQueue.concurrentPerform(iterations: max(1, min(workers, count))) { _ in
      while !shared.stop.load(ordering: .relaxed) {
        if isCancelled() {
          shared.stop.store(true, ordering: .relaxed)
          return
        }
        let index = shared.next.add(1, ordering: .relaxed).oldValue
        guard index < count else { return }
        body(index)
        let done = shared.done.add(1, ordering: .relaxed).newValue
        if done % stride == 0 {
          shared.reported.withLock { reported in
            // Calls from two workers may arrive out of order: report forwards only.
            guard done > reported else { return }
            reported = done
            progress(done)
          }
        }
      }
    }
    let done = shared.done.load(ordering: .relaxed)
    return Ending(done: done, wasCancelled: done < count)
  }

  /// What the workers share: the next run to take, the runs done, whether to stop, and the
  /// last count reported.
  private final class Shared: Sendable {
    let next = Atomic<Int>(0)
    let done = Atomic<Int>(0)
    let stop = Atomic<Bool>(false)
    let reported = Mutex<Int>(0)
  }
}

/// Where each run's results go: one slot per output, each a column of runs (output k of run
/// i at `k * runs + i`). Each run writes only its own cells, so workers never write the
/// same memory, and nothing else is kept per run.
final class RunResults: @unchecked Sendable {
  let runs: Int
  private let values: UnsafeMutableBufferPointer<Double>

  init(outputs: Int, runs: Int) {
    self.runs = runs
    values = .allocate(capacity: outputs * runs)
    values.initialize(repeating: .nan)
  }

  deinit { values.deallocate() }

  /// Writes output `slot` of run `run`.
  func record(_ slot: Int, run: Int, _ value: Double) {
    values[slot * runs + run] = value
  }

  /// Hands the values to `body` to read or sort in place, once every run has finished.
  func withValues<Result>(_ body: (inout UnsafeMutableBufferPointer<Double>) -> Result) -> Result {
    var buffer = values
    return body(&buffer)
  }
}
