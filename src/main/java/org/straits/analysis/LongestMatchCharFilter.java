package org.straits.analysis;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * Lucene's {@code MappingCharFilter}, faster on text that the rules rarely touch: the same output
 * and the same offset corrections (recorded through {@link BaseCharFilter} exactly as that filter
 * records them), with a character that starts no rule copied after one array read, in bulk.
 * Greedy: at each point the longest rule wins; a replacement's characters are not matched again.
 * {@code LongestMatchCharFilterTest} compares both filters' text and every offset on random and
 * real text.
 */
final class LongestMatchCharFilter extends BaseCharFilter {
  private final CharMappings mappings;
  /** Input not yet consumed: {@code buffer[position..limit)}. */
  private char[] buffer = new char[1024];
  private int position;
  private int limit;
  private boolean inputEnded;
  /** Offset in the input of {@code buffer[position]}. */
  private int inputOffset;
  private char[] replacement;
  private int replacementAt;

  LongestMatchCharFilter(CharMappings mappings, Reader in) {
    super(in);
    this.mappings = mappings;
  }

  @Override
  public int read(char[] out, int off, int len) throws IOException {
    int written = 0;
    while (written < len) {
      if (replacement != null && replacementAt < replacement.length) {
        int n = Math.min(len - written, replacement.length - replacementAt);
        System.arraycopy(replacement, replacementAt, out, off + written, n);
        replacementAt += n;
        written += n;
        continue;
      }
      if (position == limit && !fill()) {
        break;
      }
      written += copyUnmapped(out, off + written, len - written);
      if (written < len && position < limit) {
        written += mapAt(out, off + written);
      }
    }
    return written == 0 ? -1 : written;
  }

  /** Copies the buffered characters up to the next one that starts a rule; how many. */
  private int copyUnmapped(char[] out, int off, int len) {
    int end = Math.min(limit, position + len);
    int i = position;
    while (i < end && mappings.root(buffer[i]) == null) {
      out[off + i - position] = buffer[i];
      i++;
    }
    int copied = i - position;
    inputOffset += copied;
    position = i;
    return copied;
  }

  /**
   * At a character that starts a rule: the longest rule matching here becomes the replacement (and
   * its offset correction is recorded), or, when none matches whole, the character is copied.
   * Returns the characters written to {@code out} (0 or 1).
   */
  private int mapAt(char[] out, int off) throws IOException {
    CharMappings.Node node = mappings.root(buffer[position]);
    char[] match = null;
    int matchLength = 0;
    for (int length = 1; node != null; length++) {
      if (node.output != null) {
        match = node.output;
        matchLength = length;
      }
      int next = peek(length);
      node = next < 0 ? null : node.child((char) next);
    }
    if (match == null) {
      out[off] = buffer[position++];
      inputOffset++;
      return 1;
    }
    position += matchLength;
    inputOffset += matchLength;
    recordCorrection(matchLength, match.length);
    replacement = match;
    replacementAt = 0;
    return 0;
  }

  /** MappingCharFilter's bookkeeping, step for step, so offsets correct to the same input. */
  private void recordCorrection(int matchLength, int replacementLength) {
    int diff = matchLength - replacementLength;
    if (diff == 0) {
      return;
    }
    int previous = getLastCumulativeDiff();
    if (diff > 0) {
      addOffCorrectMap(inputOffset - diff - previous, previous + diff);
    } else {
      int outputStart = inputOffset - previous;
      for (int extra = 0; extra < -diff; extra++) {
        addOffCorrectMap(outputStart + extra, previous - extra - 1);
      }
    }
  }

  /** The input character {@code ahead} places after the current one, or -1 past the end. */
  private int peek(int ahead) throws IOException {
    while (position + ahead >= limit) {
      if (!fill()) {
        return -1;
      }
    }
    return buffer[position + ahead];
  }

  /** Reads more input behind what is buffered; false at the end of the input. */
  private boolean fill() throws IOException {
    if (inputEnded) {
      return false;
    }
    if (position > 0) {
      System.arraycopy(buffer, position, buffer, 0, limit - position);
      limit -= position;
      position = 0;
    }
    if (limit == buffer.length) {
      buffer = Arrays.copyOf(buffer, buffer.length * 2);
    }
    int read = input.read(buffer, limit, buffer.length - limit);
    if (read < 0) {
      inputEnded = true;
      return false;
    }
    limit += read;
    return true;
  }

  @Override
  public void reset() throws IOException {
    input.reset();
    position = 0;
    limit = 0;
    inputEnded = false;
    inputOffset = 0;
    replacement = null;
  }
}
