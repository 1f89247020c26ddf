package org.straits.search;

import java.util.Map;

/**
 * Prepares pasted natural language for the classic query syntax. Characters that are operators
 * in the syntax but punctuation in prose are escaped: {@code ?} and {@code !} always, {@code /}
 * (no regular expressions), {@code *} at the start of a word, and {@code :} unless it follows a
 * known field name, which is rewritten to the index field. Quoted phrases pass through.
 */
final class QueryText {
  private QueryText() {}

  static String prepare(String text, Map<String, String> fieldAliases) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    boolean quoted = false;
    int wordStart = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        out.append(c).append(text.charAt(++i));
        continue;
      }
      if (c == '"') {
        quoted = !quoted;
      }
      if (quoted || c == '"') {
        out.append(c);
        continue;
      }
      if (c == ':') {
        appendColon(out, wordStart, fieldAliases);
      } else if (c == '?' || c == '!' || c == '/' || (c == '*' && i == wordStart)) {
        out.append('\\').append(c);
      } else {
        out.append(c);
      }
      if (!isWordChar(c)) {
        wordStart = i + 1;
      }
    }
    return out.toString();
  }

  /** Rewrites "author:" to the index field, or escapes the colon of "Taiwan: the crisis". */
  private static void appendColon(StringBuilder out, int wordStart, Map<String, String> fieldAliases) {
    int start = out.length();
    while (start > 0 && isWordChar(out.charAt(start - 1))) {
      start--;
    }
    String word = out.substring(start).toLowerCase(java.util.Locale.ROOT);
    String field = fieldAliases.get(word);
    if (field != null && !word.isEmpty()) {
      out.setLength(start);
      out.append(field).append(':');
    } else {
      out.append("\\:");
    }
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }
}
