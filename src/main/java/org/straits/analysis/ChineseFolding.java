package org.straits.analysis;

import com.ibm.icu.text.Transliterator;

/**
 * Folds traditional Chinese characters to simplified ones, one UTF-16 unit for one, so that
 * offsets into folded text are offsets into the original: highlights and entity mentions found
 * on folded text point at the characters the author wrote.
 *
 * <p>The table is ICU's {@code Traditional-Simplified} transform applied to each BMP ideograph on
 * its own; the few mappings whose target lies outside the BMP are left out (they are rare
 * characters and would break the one-for-one guarantee).
 */
public final class ChineseFolding {
  private static final int FIRST = 0x3400;
  private static final int LAST = 0xFAFF;

  private ChineseFolding() {}

  private static final class Table {
    static final char[] SIMPLIFIED = build();

    private static char[] build() {
      Transliterator toSimplified = Transliterator.getInstance("Traditional-Simplified");
      char[] table = new char[LAST - FIRST + 1];
      for (int c = FIRST; c <= LAST; c++) {
        table[c - FIRST] = (char) c;
        if (!Character.isIdeographic(c)) {
          continue;
        }
        String folded = toSimplified.transliterate(String.valueOf((char) c));
        if (folded.length() == 1) {
          table[c - FIRST] = folded.charAt(0);
        }
      }
      return table;
    }
  }

  /** The simplified form of {@code c}, or {@code c} itself. */
  public static char fold(char c) {
    return c < FIRST || c > LAST ? c : Table.SIMPLIFIED[c - FIRST];
  }

  /** {@code text} with every traditional character replaced; same length as {@code text}. */
  public static String fold(CharSequence text) {
    char[] out = new char[text.length()];
    boolean changed = false;
    for (int i = 0; i < out.length; i++) {
      char c = text.charAt(i);
      out[i] = fold(c);
      changed |= out[i] != c;
    }
    return changed ? new String(out) : text.toString();
  }

  /** Folds {@code buffer[offset, offset+length)} in place. */
  public static void foldInPlace(char[] buffer, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      buffer[i] = fold(buffer[i]);
    }
  }

  /**
   * The whole table as data, traditional character → simplified one, only where they differ: for
   * an external engine's mapping file (a Solr {@code MappingCharFilter} with these single-character
   * entries folds exactly as {@link ChineseFoldingCharFilter} does).
   */
  public static java.util.Map<String, String> table() {
    java.util.Map<String, String> table = new java.util.TreeMap<>();
    for (int c = FIRST; c <= LAST; c++) {
      char folded = Table.SIMPLIFIED[c - FIRST];
      if (folded != c) {
        table.put(String.valueOf((char) c), String.valueOf(folded));
      }
    }
    return java.util.Collections.unmodifiableMap(table);
  }

  /** True for a Han ideograph (CJK unified or compatibility, any plane). */
  public static boolean isHan(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
  }
}
