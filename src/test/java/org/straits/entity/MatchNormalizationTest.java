package org.straits.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MatchNormalizationTest {
  /** The definition: letters and digits of every script but Han and kana. */
  private static boolean wordCharByScript(char c) {
    if (!Character.isLetterOrDigit(c)) {
      return false;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script != Character.UnicodeScript.HAN
        && script != Character.UnicodeScript.HIRAGANA
        && script != Character.UnicodeScript.KATAKANA;
  }

  @Test
  void wordCharsAreTheDefinitionsForEveryChar() {
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      assertEquals(wordCharByScript(c), MatchNormalization.isWordChar(c), () -> "U+" + Integer.toHexString(c));
    }
  }
}
