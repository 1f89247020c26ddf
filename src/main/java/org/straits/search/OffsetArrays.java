package org.straits.search;

import java.io.IOException;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * One term's offsets in one hit, read once and replayable ({@link PageOffsets}): what Lucene's
 * postings-backed and span-collected enums give, the same term, frequency and offsets in the same
 * order, but held in arrays so a second strategy of the same field reads them without the postings.
 */
final class OffsetArrays extends OffsetsEnum {
  private final BytesRef term;
  private final int freq;
  private final int[] starts;
  private final int[] ends;
  private int size;
  private int at = -1;

  private OffsetArrays(BytesRef term, int freq, int[] starts, int[] ends, int size) {
    this.term = term;
    this.freq = freq;
    this.starts = starts;
    this.ends = ends;
    this.size = size;
  }

  /** As Lucene's {@code OffsetsEnum.OfPostings}: every position of the hit, freq the postings' own. */
  static OffsetArrays of(BytesRef term, PostingsEnum postings) throws IOException {
    int freq = postings.freq();
    int[] starts = new int[freq];
    int[] ends = new int[freq];
    for (int i = 0; i < freq; i++) {
      postings.nextPosition();
      starts[i] = postings.startOffset();
      ends[i] = postings.endOffset();
    }
    return new OffsetArrays(term, freq, starts, ends, freq);
  }

  /**
   * As Lucene's span-collected enum: room for {@code capacity} pairs, filled by {@link #collect},
   * whose frequency is the number of distinct pairs collected.
   */
  static OffsetArrays collecting(BytesRef term, int capacity) {
    return new OffsetArrays(term, -1, new int[capacity], new int[capacity], 0);
  }

  /**
   * Adds a pair in (start, end) order unless it is there already: Lucene's span collector's rule,
   * searching from the end since spans arrive mostly in order.
   */
  void collect(int start, int end) {
    int i = size - 1;
    for (; i >= 0; i--) {
      int cmp = Integer.compare(starts[i], start);
      if (cmp == 0) {
        cmp = Integer.compare(ends[i], end);
      }
      if (cmp == 0) {
        return;
      }
      if (cmp < 0) {
        break;
      }
    }
    int shift = size - (i + 1);
    if (shift > 0) {
      System.arraycopy(starts, i + 1, starts, i + 2, shift);
      System.arraycopy(ends, i + 1, ends, i + 2, shift);
    }
    starts[i + 1] = start;
    ends[i + 1] = end;
    size++;
  }

  /** The same offsets from the start, for the field's second strategy. */
  OffsetArrays replay() {
    return new OffsetArrays(term, freq, starts, ends, size);
  }

  @Override
  public boolean nextPosition() {
    return ++at < size;
  }

  @Override
  public int freq() {
    return freq < 0 ? size : freq;
  }

  @Override
  public BytesRef getTerm() {
    return term;
  }

  @Override
  public int startOffset() {
    return starts[at];
  }

  @Override
  public int endOffset() {
    return ends[at];
  }
}
