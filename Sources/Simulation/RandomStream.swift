/// The random numbers of one Monte Carlo run: xoshiro256** seeded by SplitMix64 from the
/// run's seed and index, written out here so that a seed gives the same numbers on any
/// machine, any core count and any Swift version (docs/model.md, "Uncertainty").
///
/// Every run has its own stream, derived from (seed, index) alone: runs can be done in any
/// order, on any number of threads, and each still draws the same numbers.
///
/// ```swift
/// var stream = RandomStream(seed: 1, run: 0)
/// stream.nextUnit()     // a number in [0, 1)
/// ```
public struct RandomStream: Sendable {
  private var s0: UInt64
  private var s1: UInt64
  private var s2: UInt64
  private var s3: UInt64

  /// The stream of run `run` of a sample drawn with `seed`: SplitMix64 started at
  /// mix(seed + mix(run)) gives the four words of xoshiro256**'s state.
  public init(seed: UInt64, run: UInt64) {
    var splitMix = SplitMix64(state: Self.mix(seed &+ Self.mix(run)))
    s0 = splitMix.next()
    s1 = splitMix.next()
    s2 = splitMix.next()
    s3 = splitMix.next()
  }

  /// xoshiro256** (Blackman and Vigna, 2018): the next 64 random bits.
  public mutating func next() -> UInt64 {
    let result = rotated(s1 &* 5, by: 7) &* 9
    let t = s1 << 17
    s2 ^= s0
    s3 ^= s1
    s1 ^= s2
    s0 ^= s3
    s2 ^= t
    s3 = rotated(s3, by: 45)
    return result
  }

  /// A number in [0, 1): the top 53 bits over 2⁵³, so every value is a multiple of 2⁻⁵³.
  public mutating func nextUnit() -> Double {
    Double(next() >> 11) * 0x1p-53
  }

  /// SplitMix64's output function (Steele, Lea and Flood, 2014): a bijection of 64-bit
  /// words that spreads nearby seeds and indexes far apart.
  public static func mix(_ value: UInt64) -> UInt64 {
    var z = value &+ 0x9E37_79B9_7F4A_7C15
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  private func rotated(_ x: UInt64, by k: UInt64) -> UInt64 {
    (x << k) | (x >> (64 - k))
  }
}

/// SplitMix64: a 64-bit state advanced by the golden ratio, each step mixed.
struct SplitMix64 {
  var state: UInt64

  mutating func next() -> UInt64 {
    let output = RandomStream.mix(state)
    state &+= 0x9E37_79B9_7F4A_7C15
    return output
  }
}
