package org.straits.entity.discovery;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The cue-word lookup that replaced a regular-expression alternation: same answers, by first and last character. */
class HanWordsTest {
  private final HanWords words = new HanWords("发言人", "叫", "总书记", "书记");

  @Test
  void findsAWordInsideARangeOnly() {
    String text = "外交部发言人毛宁说";
    assertTrue(words.occursIn(text, 0, text.length()));
    assertTrue(words.occursIn(text, 3, 6), "the word fills the range exactly");
    assertFalse(words.occursIn(text, 3, 5), "a word running past the range's end does not count");
    assertFalse(words.occursIn(text, 6, text.length()));
  }

  @Test
  void endsAtAndStartsAtAPlace() {
    String text = "总书记习近平表示";
    assertTrue(words.endsAt(text, 3), "总书记 and 书记 both end there");
    assertFalse(words.endsAt(text, 2));
    assertFalse(words.endsAt(text, 0));
    assertTrue(words.startsAt(text, 0));
    assertTrue(words.startsAt(text, 1), "书记 starts inside 总书记");
    assertFalse(words.startsAt(text, text.length()));
  }

  @Test
  void moreWordsAndNoEmptyWord() {
    HanWords more = words.with("表示");
    assertTrue(more.startsAt("习近平表示", 3));
    assertFalse(words.startsAt("习近平表示", 3), "the list it was made from is unchanged");
    assertThrows(IllegalArgumentException.class, () -> new HanWords(""));
  }
}
