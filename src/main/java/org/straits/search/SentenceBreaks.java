package org.straits.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;

/**
 * Sentence boundaries for snippets, found in one pass over the text: after {@code . ! ?} (and
 * their closing quotes or brackets) followed by white space and no lower-case word ("U.S.
 * officials" is one sentence), after {@code 。！？}, and at line breaks. The JDK's sentence
 * instance gives nearly the same passages but re-scans the text backwards for every {@code
 * preceding} call the highlighter makes; on long bodies that was a third of a query's time
 * (docs/benchmarks.md, "Query path, issue 11").
 */
final class SentenceBreaks extends BreakIterator {
  private static final String LATIN_ENDS = ".!?";
  private static final String HAN_ENDS = "。！？";
  private static final String CLOSERS = "\"'’”」』）)]》〉";

  private String text = "";
  private int[] boundaries = {0};
  private int count = 1;
  /** Index into {@link #boundaries} of the current boundary. */
  private int at;

  @Override
  public void setText(String newText) {
    text = newText;
    findBoundaries();
  }

  @Override
  public void setText(CharacterIterator newText) {
    StringBuilder chars = new StringBuilder(newText.getEndIndex() - newText.getBeginIndex());
    for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
      chars.append(c);
    }
    setText(chars.toString());
  }

  @Override
  public CharacterIterator getText() {
    return new StringCharacterIterator(text);
  }

  private void findBoundaries() {
    int length = text.length();
    boundaries = new int[Math.max(8, length / 64)];
    count = 0;
    add(0);
    int i = 0;
    while (i < length) {
      char c = text.charAt(i);
      if (!mayEnd(c)) {
        i++;
        continue;
      }
      boolean lineBreak = c == '\n' || c == '\r' || c == '\u2029';
      boolean han = HAN_ENDS.indexOf(c) >= 0;
      int end = i + 1;
      while (end < length && (LATIN_ENDS.indexOf(text.charAt(end)) >= 0 || HAN_ENDS.indexOf(text.charAt(end)) >= 0
          || CLOSERS.indexOf(text.charAt(end)) >= 0)) {
        end++;
      }
      int next = end;
      while (next < length && Character.isWhitespace(text.charAt(next))) {
        next++;
      }
      boolean spaced = next > end || next == length;
      if (next < length && (lineBreak || han || (spaced && !Character.isLowerCase(text.charAt(next))))) {
        add(next);
      }
      i = Math.max(next, i + 1);
    }
    if (boundaries[count - 1] != length) {
      add(length);
    }
    at = 0;
  }

  /**
   * Whether {@code c} may end a sentence (a line break, {@code . ! ?} or {@code 。！？}): one test per
   * character of the text, so the common letter is turned away with two comparisons instead of
   * three string searches.
   */
  private static boolean mayEnd(char c) {
    if (c < '\u3002') {
      return c == '.' || c == '!' || c == '?' || c == '\n' || c == '\r' || c == '\u2029';
    }
    return c == '。' || c == '！' || c == '？';
  }

  private void add(int boundary) {
    if (count == boundaries.length) {
      boundaries = Arrays.copyOf(boundaries, count * 2);
    }
    boundaries[count++] = boundary;
  }

  @Override
  public int first() {
    at = 0;
    return boundaries[0];
  }

  @Override
  public int last() {
    at = count - 1;
    return boundaries[at];
  }

  @Override
  public int next(int n) {
    int target = at + n;
    if (target < 0 || target >= count) {
      at = target < 0 ? 0 : count - 1;
      return DONE;
    }
    at = target;
    return boundaries[at];
  }

  @Override
  public int next() {
    return next(1);
  }

  @Override
  public int previous() {
    return next(-1);
  }

  @Override
  public int following(int offset) {
    checkOffset(offset);
    int found = Arrays.binarySearch(boundaries, 0, count, offset);
    int index = found >= 0 ? found + 1 : -found - 1;
    if (index >= count) {
      at = count - 1;
      return DONE;
    }
    at = index;
    return boundaries[at];
  }

  @Override
  public int preceding(int offset) {
    checkOffset(offset);
    int found = Arrays.binarySearch(boundaries, 0, count, offset);
    int index = (found >= 0 ? found : -found - 1) - 1;
    if (index < 0) {
      at = 0;
      return DONE;
    }
    at = index;
    return boundaries[at];
  }

  @Override
  public boolean isBoundary(int offset) {
    checkOffset(offset);
    int found = Arrays.binarySearch(boundaries, 0, count, offset);
    if (found >= 0) {
      at = found;
      return true;
    }
    following(offset);
    return false;
  }

  @Override
  public int current() {
    return boundaries[at];
  }

  private void checkOffset(int offset) {
    if (offset < 0 || offset > text.length()) {
      throw new IllegalArgumentException("offset " + offset + " outside the text (0–" + text.length() + ")");
    }
  }
}
