package org.straits.bench;

import org.straits.analysis.ChineseFolding;

/** Which script text is in: Han or not, and traditional or simplified Chinese. */
final class Scripts {
  /** Share of Han characters that must fold to another character for text to count as traditional. */
  private static final int TRADITIONAL_PER_MILLE = 50;
  private static final int SAMPLE = 2_000;

  private Scripts() {}

  /** True when {@code text} has a Han character: what routes a query to a peer's Chinese field. */
  static boolean hasHan(String text) {
    return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  static boolean looksTraditional(String text) {
    int han = 0;
    int folded = 0;
    for (int i = 0; i < Math.min(text.length(), SAMPLE); i++) {
      char c = text.charAt(i);
      if (ChineseFolding.isHan(c)) {
        han++;
        folded += ChineseFolding.fold(c) != c ? 1 : 0;
      }
    }
    return han > 0 && folded * 1000L >= han * (long) TRADITIONAL_PER_MILLE;
  }
}
