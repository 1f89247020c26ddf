package org.straits.analysis;

import java.io.Reader;
import java.util.Map;

/**
 * Words written with symbols, spelled out before the tokenizer, which would drop the symbols and
 * keep a lone letter: NFKC turns ℃ into °C, so the tokenizer made "C" of every temperature (of
 * 降温8℃ and of 40°C alike), and of C++ and C# too, and a search for C++ marked the ℃ of
 * weather reports. Spelled out, each is a word of its own: ℃ and °C are "celsius" (so ℃ also
 * finds "Celsius"), ℉ and °F "fahrenheit", C++ is "cpp" (as its files are named), C# "csharp";
 * the letter C alone ("Plan C", "Group C", "C major", a grade "C+") stays the letter. Applied
 * after NFKC (full-width Ｃ＋＋ and ℃ arrive as C++ and °C), at index and query time alike;
 * offsets stay on the original text, so a mark covers the symbol.
 */
final class SymbolWords {
  /** Units, as NFKC writes them, and their words. */
  private static final Map<String, String> UNITS = Map.of("°C", "celsius", "°F", "fahrenheit");
  /** Names written with symbols and their words. */
  private static final Map<String, String> NAMES = Map.of("C++", "cpp", "c++", "cpp", "C#", "csharp", "c#", "csharp");

  private static final CharMappings MAP = new CharMappings(rules());

  private SymbolWords() {}

  static Reader spellOut(Reader reader) {
    return new LongestMatchCharFilter(MAP, reader);
  }

  /**
   * The mapping is by characters, longest match first, with no word boundary (°Fahrenheit would
   * lose its F, but the corpora never write it so). Digits and words glue into one token, so a
   * space goes between: a unit after a digit takes the digit along (40°C is "40" and "celsius",
   * not "40celsius"; its mark then starts at the C, while ℃ is marked whole), and so does a digit
   * after a name (C++11 is "cpp" and "11"). A replacement starts with the symbol's own word and
   * adds characters only after it, so the word's offsets cover the symbol.
   */
  static Map<String, String> rules() {
    Map<String, String> rules = new java.util.HashMap<>();
    UNITS.forEach((unit, word) -> {
      rules.put(unit, word);
      for (char digit = '0'; digit <= '9'; digit++) {
        rules.put(digit + unit, digit + " " + word);
      }
    });
    NAMES.forEach((name, word) -> {
      rules.put(name, word);
      for (char digit = '0'; digit <= '9'; digit++) {
        rules.put(name + digit, word + " " + digit);
      }
    });
    return rules;
  }
}
