package org.straits.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Turns "U.S" (from "U.S.", or "u.s.") into "US", so that U.S. and US match; leaves "3.5" alone. */
public final class AcronymDotFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  public AcronymDotFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (isDottedAcronym(term.buffer(), term.length())) {
      int kept = 0;
      char[] buffer = term.buffer();
      for (int i = 0; i < term.length(); i++) {
        if (buffer[i] != '.') {
          buffer[kept++] = Character.toUpperCase(buffer[i]);
        }
      }
      term.setLength(kept);
    }
    return true;
  }

  /** Single letters separated by dots: u.s, u.k, p.r.c (the tokenizer drops the final dot). */
  static boolean isDottedAcronym(char[] buffer, int length) {
    if (length < 3) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      boolean letterSlot = i % 2 == 0;
      char c = buffer[i];
      if (letterSlot ? !Character.isLetter(c) : c != '.') {
        return false;
      }
    }
    return true;
  }
}
