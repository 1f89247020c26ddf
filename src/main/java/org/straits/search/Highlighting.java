package org.straits.search;

import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.straits.index.Fields;

/** The highlighter settings every view shares: snippets, whole documents, exports. */
final class Highlighting {
  /**
   * A stored field is highlighted with the matches of its Han-bigram shadow too, so a Chinese
   * query found only through bigrams still marks the characters in the text.
   */
  private static final Map<String, Set<String>> MASKED = org.straits.schema.Schema.highlightSources();

  private Highlighting() {}

  static UnifiedHighlighter.Builder builder(IndexSearcher searcher, Analyzer analyzer, int maxLength) {
    return UnifiedHighlighter.builder(searcher, analyzer)
        .withMaxLength(maxLength)
        // Weight matches rebuild the whole multi-field query for every field of every hit: over
        // half a query's time (docs/benchmarks.md). Term offsets from the postings are enough;
        // phrases are still marked only where they occur as phrases, word by word.
        .withWeightMatches(false)
        .withScorer(new PassageScores())
        .withMaskedFieldsFunc(field -> MASKED.getOrDefault(field, Set.of(field)));
  }
}
