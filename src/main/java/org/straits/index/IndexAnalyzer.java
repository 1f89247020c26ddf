package org.straits.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.straits.analysis.BilingualAnalyzer;
import org.straits.analysis.HanBigramAnalyzer;

/** Which analyzer each field gets; indexing and query parsing must agree, so both use this. */
public final class IndexAnalyzer {
  private IndexAnalyzer() {}

  public static Analyzer create() {
    Analyzer keyword = new KeywordAnalyzer();
    Analyzer bigrams = new HanBigramAnalyzer();
    return new PerFieldAnalyzerWrapper(new BilingualAnalyzer(), Map.of(
        Fields.TITLE_CJK, bigrams,
        Fields.BODY_CJK, bigrams,
        Fields.SOURCE, keyword,
        Fields.LANG, keyword,
        Fields.ID, keyword));
  }
}
