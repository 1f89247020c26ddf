package org.straits.search;

/** HTML escaping for text that goes between tags or into attribute values. */
public final class Html {
  private Html() {}

  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    escape(text, 0, text.length(), out);
    return out.toString();
  }

  static void escape(String text, int start, int end, StringBuilder out) {
    // Runs without a special character are appended whole: a snippet's text is mostly such runs,
    // and a character at a time was a tenth of highlighting's time (docs/benchmarks.md).
    int from = start;
    for (int i = start; i < end; i++) {
      String entity = switch (text.charAt(i)) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        case '\'' -> "&#39;";
        default -> null;
      };
      if (entity != null) {
        out.append(text, from, i).append(entity);
        from = i + 1;
      }
    }
    if (from < end) {
      out.append(text, from, end);
    }
  }
}
