package org.straits.entity;

import org.straits.analysis.ChineseFolding;

/**
 * The char-for-char rewriting that both names and documents go through before matching. Every
 * mapping is one UTF-16 unit to one, so an offset in rewritten text is an offset in the original.
 */
final class MatchNormalization {
  private static final int FULLWIDTH_FIRST = 0xFF01;
  private static final int FULLWIDTH_LAST = 0xFF5E;
  private static final int FULLWIDTH_TO_ASCII = 0xFF01 - '!';
  // Ideographs (CJK extension A and unified): no case, no punctuation, only folding to do.
  private static final int IDEOGRAPHS_FIRST = 0x3400;
  private static final int IDEOGRAPHS_LAST = 0x9FFF;

  private MatchNormalization() {}

  /**
   * Folds traditional to simplified Chinese, fullwidth ASCII to ASCII, apostrophe, hyphen and
   * middle-dot look-alikes to one spelling each, and any space to a plain space: documents spell
   * these every which way, the gazetteer lists each name once.
   */
  static char normalize(char c) {
    if (c < 0x80) {
      return c == '\t' || c == '\n' || c == '\r' || c == '\f' ? ' ' : c;
    }
    if (c >= IDEOGRAPHS_FIRST && c <= IDEOGRAPHS_LAST) {
      return ChineseFolding.fold(c);
    }
    if (c >= FULLWIDTH_FIRST && c <= FULLWIDTH_LAST) {
      return (char) (c - FULLWIDTH_TO_ASCII);
    }
    return switch (c) {
      case '\u2018', '\u2019', '\u02BC', '\u2032' -> '\'';
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212', '\uFE63' -> '-';
      case '\u2027', '\u30FB', '\uFF65', '\u2022' -> '\u00B7';
      default -> Character.isSpaceChar(c) ? ' ' : ChineseFolding.fold(c);
    };
  }

  /** {@code text} normalised; same length as {@code text}. */
  static char[] normalize(CharSequence text) {
    char[] out = new char[text.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = normalize(text.charAt(i));
    }
    return out;
  }

  /** Upper-cases one char for one, so that headline capitals meet the same automaton path. */
  static char upper(char c) {
    if (c < 0x80) {
      return c >= 'a' && c <= 'z' ? (char) (c - ('a' - 'A')) : c;
    }
    return c >= IDEOGRAPHS_FIRST && c <= IDEOGRAPHS_LAST ? c : Character.toUpperCase(c);
  }

  static char[] upper(char[] normalized) {
    char[] out = new char[normalized.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = upper(normalized[i]);
    }
    return out;
  }

  /**
   * True for a char that continues a word in a space-separated script. Han and kana are left
   * out: Chinese and Japanese have no spaces, so a name there may touch anything.
   */
  static boolean isWordChar(char c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    if (c >= IDEOGRAPHS_FIRST && c <= IDEOGRAPHS_LAST) {
      // Chinese text is nearly all here: Han, or the Yijing symbols (no letters), without the
      // script look-up (a binary search) for every character beside a candidate name.
      return false;
    }
    return isWordCharByScript(c);
  }

  /** The definition {@link #isWordChar} answers faster: letters and digits but Han and kana. */
  static boolean isWordCharByScript(char c) {
    if (!Character.isLetterOrDigit(c)) {
      return false;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script != Character.UnicodeScript.HAN
        && script != Character.UnicodeScript.HIRAGANA
        && script != Character.UnicodeScript.KATAKANA;
  }
}
