package org.straits.bench;

import org.straits.analysis.ChineseFolding;

/** Tells traditional from simplified Chinese text, for reporting a corpus's language mix. */
final class Scripts {
  /** Share of Han characters that must fold to another character for text to count as traditional. */
  private static final int TRADITIONAL_PER_MILLE = 50;
  private static final int SAMPLE = 2_000;

  private Scripts() {}

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
