package org.straits.search;

/**
 * {@code text.replaceAll("\\s+", " ")} without a regular expression: every snippet of every hit and
 * every entity name key goes through it, and the pattern was compiled on each call.
 */
final class Spaces {
  private Spaces() {}

  /** Runs of {@code \s} (space, tab, line feed, vertical tab, form feed, carriage return) made one space. */
  static String collapse(String text) {
    int length = text.length();
    int i = firstChange(text);
    if (i == length) {
      return text; // no tab, line break or run of spaces: nothing to change
    }
    StringBuilder out = new StringBuilder(length).append(text, 0, i);
    while (i < length) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        out.append(' ');
        while (i < length && isSpace(text.charAt(i))) {
          i++;
        }
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** Where the first tab or line break, or the first space followed by another, is; the length if none. */
  private static int firstChange(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' ? i + 1 < text.length() && isSpace(text.charAt(i + 1)) : isSpace(c)) {
        return i;
      }
    }
    return text.length();
  }

  /** The regular expression's {@code \s}: {@code [ \t\n\x0B\f\r]}. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
