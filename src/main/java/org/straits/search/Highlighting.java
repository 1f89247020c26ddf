package org.straits.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.uhighlight.FieldHighlighter;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.MultiFieldsOffsetStrategy;
import org.apache.lucene.search.uhighlight.SplittingBreakIterator;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.straits.index.Fields;

/** The highlighter settings every view shares: snippets, whole documents, exports. */
final class Highlighting {
  /**
   * A stored field is highlighted with the matches of its Han-bigram shadow too, so a Chinese
   * query found only through bigrams still marks the characters in the text; in the schema's fixed
   * order, which decides passages on a tie ({@link org.straits.schema.Schema#highlightSources}).
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
   * The unified highlighter, told that a span phrase's gap is understood as it is. Lucene takes a
   * gap for a span type needing a rewrite, and for an unknown leaf, and a field whose query has
   * either is highlighted by re-analysing each hit's whole text (smartcn included) into a memory
   * index instead of reading the offsets in the postings. Entity widening has gaps wherever a name
   * has a stop word ({@link LongerNames}: "Standing Committee of the National People's Congress"),
   * which made queries naming China, Taiwan or the NPC 3–10× slower than others
   * (docs/benchmarks.md, "Query path, issue 11"). A gap matches positions only, so the span
   * phrases evaluated on the postings give the same marks.
   */
  static class PostingsHighlighter extends UnifiedHighlighter {
    PostingsHighlighter(Builder builder) {
      super(builder);
      if (searcher != null) {
        fieldInfos = MergedFieldInfos.of(searcher.getIndexReader());
      }
    }

    /**
     * Lucene's, with a masked field's own strategy read once: Lucene lists the field among its
     * masked fields and then once more as the original field, so every hit's offsets of the field
     * were read twice; the second is now the first's twin ({@link PageOffsets#twin()}), the same
     * enums in the same place, so passages and marks are the same.
     */
    @Override
    protected FieldHighlighter getFieldHighlighter(String field, Query query, Set<Term> allTerms, int maxPassages) {
      Set<String> maskedFields = getMaskedFields(field);
      if (maskedFields == null || maskedFields.isEmpty()) {
        return super.getFieldHighlighter(field, query, allTerms, maxPassages);
      }
      List<FieldOffsetStrategy> strategies = new ArrayList<>(maskedFields.size() + 1);
      FieldOffsetStrategy own = null;
      for (String masked : maskedFields) {
        FieldOffsetStrategy strategy = strategy(masked, query, allTerms);
        own = masked.equals(field) ? strategy : own;
        strategies.add(strategy);
      }
      strategies.add(own instanceof PageOffsets page ? page.twin() : strategy(field, query, allTerms));
      return newFieldHighlighter(field, new MultiFieldsOffsetStrategy(strategies),
          new SplittingBreakIterator(getBreakIterator(field), UnifiedHighlighter.MULTIVAL_SEP_CHAR), getScorer(field),
          maxPassages, getMaxNoHighlightPassages(field), getFormatter(field), getPassageSortComparator(field));
    }

    private FieldOffsetStrategy strategy(String field, Query query, Set<Term> allTerms) {
      UHComponents components = getHighlightComponents(field, query, allTerms);
      return getOffsetStrategy(getOptimizedOffsetSource(components), components);
    }

    /** Postings offsets read once per term and segment for the page's hits ({@link PageOffsets}). */
    @Override
    protected FieldOffsetStrategy getOffsetStrategy(OffsetSource offsetSource, UHComponents components) {
      return offsetSource == OffsetSource.POSTINGS ? new PageOffsets(components)
          : super.getOffsetStrategy(offsetSource, components);
    }

    @Override
    protected Boolean requiresRewrite(SpanQuery spanQuery) {
      return GAP.isInstance(spanQuery) ? Boolean.FALSE : null;
    }

    @Override
    protected UHComponents getHighlightComponents(String field, Query query, Set<Term> allTerms) {
      UHComponents found = super.getHighlightComponents(field, query, allTerms);
      if (!found.hasUnrecognizedQueryPart() || leavesBesidesGaps(query, found.fieldMatcher())) {
        return found;
      }
      return new UHComponents(found.field(), found.fieldMatcher(), found.query(), found.terms(), found.phraseHelper(),
          found.automata(), false, found.highlightFlags());
    }

    /**
     * Whether the field's query has leaves other than gaps that Lucene may not know. Any such leaf
     * leaves Lucene's answer as it is; a multi-term leaf needs the memory index anyway.
     */
    private static boolean leavesBesidesGaps(Query query, Predicate<String> fieldMatcher) {
      boolean[] unknown = {false};
      query.visit(new QueryVisitor() {
        @Override
        public boolean acceptField(String field) {
          return !unknown[0] && fieldMatcher.test(field);
        }

        @Override
        public void visitLeaf(Query leaf) {
          if (!GAP.isInstance(leaf) && !(leaf instanceof MatchAllDocsQuery) && !(leaf instanceof MatchNoDocsQuery)) {
            unknown[0] = true;
          }
        }
      });
      return unknown[0];
    }
  }
}
