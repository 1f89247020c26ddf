package org.straits.index;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.straits.analysis.BilingualAnalyzer;
import org.straits.analysis.HanBigramAnalyzer;
import org.straits.schema.FieldSpec;
import org.straits.schema.Schema;

/**
 * Which analyzer each field gets, from the schema's analysis column; indexing and query parsing
 * must agree, so both use this.
 */
public final class IndexAnalyzer {
  private IndexAnalyzer() {}

  public static Analyzer create() {
    Analyzer keyword = new KeywordAnalyzer();
    Analyzer bigrams = new HanBigramAnalyzer();
    Map<String, Analyzer> perField = new HashMap<>();
    for (FieldSpec field : Schema.FIELDS) {
      switch (field.analysis()) {
        case KEYWORD -> perField.put(field.name(), keyword);
        case HAN_BIGRAMS -> perField.put(field.name(), bigrams);
        case BILINGUAL, NONE -> { }
      }
    }
    return new PerFieldAnalyzerWrapper(new BilingualAnalyzer(), perField);
  }
}
