import Bilingual
import Words

/// The characters that a backslash escapes within double quotes.
private let escapableInDoubleQuotes: Set<Character> = ["\"", "\\", "$", "`"]

/// Why a `% args` line could not be split into words.
struct ShellWordsError: Error, Equatable {
  /// The 0-based offset, in characters, of the character at fault.
  var offset: Int
  /// What is wrong, as a lower-case fragment.
  var message: LocalizedText
}

/// The words of `text`, split the way a POSIX shell splits a command line, without any
/// expansion.
///
/// Blanks separate words. Within single quotes every character is literal. Within double
/// quotes a backslash escapes only `"`, `\`, `$` and `` ` ``. Elsewhere a backslash makes the
/// next character literal. `''` and `""` are empty words.
///
/// - Throws: `ShellWordsError` for an unterminated quote or a trailing backslash.
func shellWords(_ text: Substring) throws(ShellWordsError) -> [String] {
  let characters = Array(text)
  var words: [String] = []
  var word = ""
  var isInWord = false
  var index = 0
  while index < characters.count {
    let character = characters[index]
    switch character {
    case _ where isBlank(character):
      if isInWord {
        words.append(word)
        word = ""
        isInWord = false
      }
    case "'", "\"":
      isInWord = true
      let opening = index
      index += 1
      while true {
        guard index < characters.count else {
          throw ShellWordsError(
            offset: opening,
            message: Words.Transcripts.unclosedQuote(character))
        }
        if characters[index] == character {
          break
        }
        if character == "\"", characters[index] == "\\", index + 1 < characters.count,
          escapableInDoubleQuotes.contains(characters[index + 1])
        {
          index += 1
        }
        word.append(characters[index])
        index += 1
      }
    case "\\":
      guard index + 1 < characters.count else {
        throw ShellWordsError(
          offset: index, message: Words.Transcripts.loneBackslash)
      }
      index += 1
      word.append(characters[index])
      isInWord = true
    default:
      word.append(character)
      isInWord = true
    }
    index += 1
  }
  if isInWord {
    words.append(word)
  }
  return words
}
