package org.straits.analysis;

import java.io.Reader;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.core.TypeTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Overlapping bigrams of Han text, and nothing else, for the shadow fields searched beside the
 * word fields. smartcn segments by context: 解放军 alone and 解放军 inside 中国人民解放军东部战区
 * can be cut differently, so a word query misses text it plainly contains. Bigrams do not depend on
 * context, so they restore that recall; the word fields keep ranking precise.
 */
public final class HanBigramAnalyzer extends Analyzer {
  private static final char FIRST_HAN = '\u2E80';
  private static final Set<String> BIGRAM_TYPES = Set.of(CJKBigramFilter.DOUBLE_TYPE, CJKBigramFilter.SINGLE_TYPE);

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return BilingualAnalyzer.normalizeAndFold(reader);
  }

  @Override
  protected Reader initReaderForNormalization(String fieldName, Reader reader) {
    return initReader(fieldName, reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer tokenizer = new StandardTokenizer();
    TokenStream stream = new CJKBigramFilter(tokenizer, CJKBigramFilter.HAN, false);
    stream = new TypeTokenFilter(stream, BIGRAM_TYPES, true);
    return new TokenStreamComponents(tokenizer, stream);
  }

  /** Whether {@code text} has any Han character, i.e. whether the shadow field is worth writing. */
  public static boolean hasHan(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      // No Han character lies below the CJK radicals (U+2E80): English text skips the script lookup.
      if (c >= FIRST_HAN && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
        return true;
      }
    }
    return false;
  }
}
