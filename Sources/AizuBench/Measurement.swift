// Timing and statistics for the benchmarks: a monotonic clock, samples, and budgets.

#if canImport(Glibc)
  import Glibc
#endif

/// Nanoseconds on the monotonic clock.
func now() -> UInt64 {
  var time = timespec()
  clock_gettime(CLOCK_MONOTONIC, &time)
  return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
}

/// Keeps a value alive and opaque to the optimizer, so the work that made it is not removed.
@inline(never)
func blackHole<T>(_ value: T) {
  withExtendedLifetime(value) {}
}

/// Repeated measurements of one quantity (nanoseconds, or bytes for memory).
struct Samples {
  var values: [Double]

  init(_ values: [Double]) { self.values = values.sorted() }

  /// The value at percentile `p` (0…100), by the nearest-rank rule: the smallest value with
  /// at least p% of the values at or below it.
  func percentile(_ p: Double) -> Double {
    guard !values.isEmpty else { return .nan }
    let rank = Int((p / 100 * Double(values.count)).rounded(.up))
    return values[Swift.min(Swift.max(rank, 1), values.count) - 1]
  }

  var median: Double { percentile(50) }
  var p99: Double { percentile(99) }
  var min: Double { values.first ?? .nan }
  var max: Double { values.last ?? .nan }
}

/// Times `body` `count` times after `warmup` untimed runs. Each sample is a batch of
/// `batch` runs divided by `batch`, so that runs of a few microseconds are not lost in the
/// clock's own cost; choose `batch` so that a batch takes at least some 100 µs.
func measure(count: Int, batch: Int = 1, warmup: Int = 3, _ body: () -> Void) -> Samples {
  for _ in 0..<warmup { body() }
  var values: [Double] = []
  values.reserveCapacity(count)
  for _ in 0..<count {
    let start = now()
    for _ in 0..<batch { body() }
    values.append(Double(now() - start) / Double(batch))
  }
  return Samples(values)
}

/// The unit a budget is stated in.
enum Unit {
  case nanoseconds
  case bytes

  func format(_ value: Double) -> String {
    guard value.isFinite else { return "–" }
    switch self {
    case .nanoseconds:
      if value < 1_000 { return fixed(value, 0) + " ns" }
      if value < 1_000_000 { return fixed(value / 1_000, value < 10_000 ? 2 : 1) + " µs" }
      if value < 1_000_000_000 {
        return fixed(value / 1_000_000, value < 10_000_000 ? 2 : 1) + " ms"
      }
      return fixed(value / 1_000_000_000, 2) + " s"
    case .bytes:
      return fixed(value / 1_048_576, 1) + " MB"
    }
  }

  private func fixed(_ value: Double, _ digits: Int) -> String {
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let rounded = (value * scale).rounded() / scale
    var text = String(rounded)
    if digits == 0, text.hasSuffix(".0") { text.removeLast(2) }
    if let dot = text.firstIndex(of: ".") {
      let decimals = text.distance(from: dot, to: text.endIndex) - 1
      if decimals < digits { text += String(repeating: "0", count: digits - decimals) }
    }
    return text
  }
}

/// Which statistic a budget limits.
enum Statistic: String {
  case median
  case p99
  case max
}

/// One budget of issue 14 and what was measured against it.
struct Result {
  /// What was measured, in Japanese and English.
  var name: String
  var unit: Unit
  /// The budget, if this measurement has one (the scaling curve's points have none).
  var limit: Double?
  var statistic: Statistic
  var samples: Samples

  var measured: Double {
    switch statistic {
    case .median: samples.median
    case .p99: samples.p99
    case .max: samples.max
    }
  }

  var passed: Bool? { limit.map { measured <= $0 } }
}
