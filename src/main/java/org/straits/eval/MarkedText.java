package org.straits.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * A snippet or title as the reader sees it: the text without tags and the spans that were inside
 * {@code <mark>}. Straits writes only escaped text and {@code <mark>} elements into snippets.
 */
record MarkedText(String text, List<int[]> marks) {

  static MarkedText parse(String html) {
    StringBuilder text = new StringBuilder(html.length());
    List<int[]> marks = new ArrayList<>();
    int markStart = -1;
    int i = 0;
    while (i < html.length()) {
      char c = html.charAt(i);
      if (c == '<') {
        int close = html.indexOf('>', i);
        String tag = html.substring(i, close + 1);
        if (tag.startsWith("<mark")) {
          markStart = text.length();
        } else if (tag.equals("</mark>") && markStart >= 0) {
          marks.add(new int[] {markStart, text.length()});
          markStart = -1;
        }
        i = close + 1;
      } else if (c == '&') {
        int semi = html.indexOf(';', i);
        text.append(entity(html.substring(i + 1, semi)));
        i = semi + 1;
      } else {
        text.append(c);
        i++;
      }
    }
    return new MarkedText(text.toString(), marks);
  }

  private static String entity(String name) {
    return switch (name) {
      case "amp" -> "&";
      case "lt" -> "<";
      case "gt" -> ">";
      case "quot" -> "\"";
      case "#39", "apos" -> "'";
      default -> name.startsWith("#") ? new String(Character.toChars(Integer.parseInt(name.substring(1)))) : "&" + name + ";";
    };
  }

  /** Whether every character of {@code [start, end)} lies inside a mark. */
  boolean isMarked(int start, int end) {
    for (int pos = start; pos < end; pos++) {
      if (!inMark(pos)) {
        return false;
      }
    }
    return true;
  }

  private boolean inMark(int pos) {
    for (int[] mark : marks) {
      if (pos >= mark[0] && pos < mark[1]) {
        return true;
      }
    }
    return false;
  }
}
