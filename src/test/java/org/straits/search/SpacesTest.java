package org.straits.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SpacesTest {
  @Test
  void collapsesAsTheRegularExpressionDid() {
    assertEquals("a b c", Spaces.collapse("a \t\n b\r\nc"));
    assertEquals(" a ", Spaces.collapse("  a  "));
    assertEquals("台湾\u3000 海峡", Spaces.collapse("台湾\u3000  海峡"), "only \\s is collapsed, as before");
    String alphabet = "ab \t\n\r\f\u000B\u00A0\u3000台";
    Random random = new Random(7);
    for (int n = 0; n < 5_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertEquals(text.toString().replaceAll("\\s+", " "), Spaces.collapse(text.toString()), text.toString());
    }
  }
}
