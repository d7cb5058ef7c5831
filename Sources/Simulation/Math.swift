#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// The model needs only pow, log and exp from the C library; this keeps Foundation out
// of the pure core.
func pow(_ base: Double, _ exponent: Double) -> Double {
  #if canImport(Glibc)
    Glibc.pow(base, exponent)
  #else
    Darwin.pow(base, exponent)
  #endif
}

func exp(_ x: Double) -> Double {
  #if canImport(Glibc)
    Glibc.exp(x)
  #else
    Darwin.exp(x)
  #endif
}

func log(_ x: Double) -> Double {
  #if canImport(Glibc)
    Glibc.log(x)
  #else
    Darwin.log(x)
  #endif
}

/// Ordinary least squares of `y` on `x`: the slope and the intercept, or `nil`
/// when fewer than two distinct `x` values make the slope undefined.
func leastSquares(x: [Double], y: [Double]) -> (slope: Double, intercept: Double)? {
  let n = Double(x.count)
  guard x.count == y.count, x.count >= 2 else { return nil }
  let meanX = x.reduce(0, +) / n
  let meanY = y.reduce(0, +) / n
  var sxy = 0.0
  var sxx = 0.0
  for (xi, yi) in zip(x, y) {
    sxy += (xi - meanX) * (yi - meanY)
    sxx += (xi - meanX) * (xi - meanX)
  }
  guard sxx > 0 else { return nil }
  let slope = sxy / sxx
  return (slope, meanY - slope * meanX)
}
