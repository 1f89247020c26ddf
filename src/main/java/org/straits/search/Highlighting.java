package org.straits.search;

import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
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
  /** Lucene's gap clause of a span phrase ({@code SpanNearQuery.SpanGapQuery}, not public). */
  private static final Class<?> GAP = SpanNearQuery.newOrderedNearQuery(Fields.BODY)
      .addClause(new SpanTermQuery(new Term(Fields.BODY, "a"))).addGap(1)
      .addClause(new SpanTermQuery(new Term(Fields.BODY, "b"))).build().getClauses()[1].getClass();

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

  /**
   * The unified highlighter, told that a span phrase's gap needs no rewriting. Lucene treats every
   * span type it does not list as needing a rewrite, and a field whose query needs one is
   * highlighted by re-analysing each hit's whole text into a memory index instead of reading the
   * offsets in the postings: an entity name with a longer name around a stop word ({@link
   * LongerNames}' exclusions, "Standing Committee of the National People's Congress") made a
   * query naming it 5–10× slower (docs/benchmarks.md, "Query path, issue 11"). A gap matches
   * positions only, so the postings give the same marks.
   */
  static class PostingsHighlighter extends UnifiedHighlighter {
    PostingsHighlighter(Builder builder) {
      super(builder);
    }

    @Override
    protected Boolean requiresRewrite(SpanQuery spanQuery) {
      return GAP.isInstance(spanQuery) ? Boolean.FALSE : null;
    }
  }
}
