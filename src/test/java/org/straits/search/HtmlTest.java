package org.straits.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Escaping appends the runs between special characters whole: the same text as a character at a time. */
class HtmlTest {
  @Test
  void escapesAsCharacterByCharacter() {
    assertEquals("a &amp; b &lt;i&gt; &quot;q&quot; &#39;s&#39; 台湾", Html.escape("a & b <i> \"q\" 's' 台湾"));
    String alphabet = "ab &<>\"'台 ";
    Random random = new Random(11);
    for (int n = 0; n < 5_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(14); i > 0; i--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = text.toString();
      int start = s.isEmpty() ? 0 : random.nextInt(s.length() + 1);
      int end = start + (s.length() == start ? 0 : random.nextInt(s.length() - start + 1));
      StringBuilder escaped = new StringBuilder("x");
      Html.escape(s, start, end, escaped);
      assertEquals("x" + oneByOne(s, start, end), escaped.toString(), s + " " + start + "-" + end);
    }
    StringBuilder empty = new StringBuilder();
    Html.escape("abc", 2, 1, empty);
    assertEquals("", empty.toString(), "an empty or reversed range appends nothing, as before");
  }

  private static String oneByOne(String text, int start, int end) {
    StringBuilder out = new StringBuilder();
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
    return out.toString();
  }
}
