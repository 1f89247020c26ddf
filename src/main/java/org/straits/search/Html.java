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
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
  }
}
