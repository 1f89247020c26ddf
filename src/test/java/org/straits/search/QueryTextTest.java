package org.straits.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QueryTextTest {
  private static String prepare(String text) {
    return QueryText.prepare(text, UserQueryParser.FIELD_ALIASES);
  }

  @Test
  void knownFieldsAreMappedAndOtherColonsEscaped() {
    assertEquals("author_text:xiu", prepare("author:xiu"));
    assertEquals("Taiwan\\: the crisis", prepare("Taiwan: the crisis"));
    assertEquals("title:\"a: b\"", prepare("title:\"a: b\""));
  }

  @Test
  void proseOperatorsAreEscaped() {
    assertEquals("what is it\\?", prepare("what is it?"));
    assertEquals("wow\\!", prepare("wow!"));
    assertEquals("a\\/b", prepare("a/b"));
    assertEquals("\\*x y*", prepare("*x y*"));
  }
}
