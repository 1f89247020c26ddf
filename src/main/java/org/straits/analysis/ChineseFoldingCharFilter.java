package org.straits.analysis;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.CharFilter;

/**
 * Folds traditional characters to simplified before the tokenizer sees them. It must run before
 * segmentation: segmented first, 電腦 and 电脑 may be split differently and stop matching each
 * other. The folding is one char for one char, so offsets need no correction.
 */
public final class ChineseFoldingCharFilter extends CharFilter {

  public ChineseFoldingCharFilter(Reader in) {
    super(in);
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int read = input.read(buffer, offset, length);
    if (read > 0) {
      ChineseFolding.foldInPlace(buffer, offset, read);
    }
    return read;
  }

  @Override
  protected int correct(int currentOff) {
    return currentOff;
  }
}
