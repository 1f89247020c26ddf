package org.straits.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MatchNormalizationTest {
  @Test
  void wordCharsAreTheDefinitionsForEveryChar() {
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      assertEquals(MatchNormalization.isWordCharByScript(c), MatchNormalization.isWordChar(c), () -> "U+" + Integer.toHexString(c));
    }
  }
}
