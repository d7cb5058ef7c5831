/// Whether a sequence of `length` elements is matched by `pieces` with a wildcard between
/// each two: the first piece at the start, the last at the end, the others in order between,
/// and any elements where the wildcards stand.
///
/// This is the matching of `{{name}}` within a line (pieces of characters) and of `{{...}}`
/// within a block (pieces of expected lines). The leftmost place of each middle piece leaves
/// the most room for the pieces after it, so a greedy search is exact.
///
/// - Parameters:
///   - pieces: The pieces, one more than there are wildcards; never empty.
///   - length: The number of elements in the sequence.
///   - fits: Whether a piece matches the elements from an offset on, for as many elements as
///     the piece has.
/// - Returns: Whether some placing of the pieces matches every element.
func piecesMatch<Piece: Collection>(
  _ pieces: [Piece], length: Int, fits: (Piece, Int) -> Bool
) -> Bool {
  guard let first = pieces.first, let last = pieces.last else { return length == 0 }
  guard pieces.count > 1 else { return first.count == length && fits(first, 0) }
  guard first.count + last.count <= length, fits(first, 0), fits(last, length - last.count)
  else { return false }
  var position = first.count
  let end = length - last.count
  for piece in pieces.dropFirst().dropLast() {
    let places = stride(from: position, through: end - piece.count, by: 1)
    guard let found = places.first(where: { fits(piece, $0) }) else { return false }
    position = found + piece.count
  }
  return true
}
