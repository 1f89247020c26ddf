package org.straits.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.QueryBuilder;
import org.straits.schema.Schema;

/**
 * One query's text analysed once per analysis chain: the parser analyses a chunk for each of the
 * six default fields, then again to tell a keyword from a sentence and again as typed, and four of
 * those fields share one chain (smartcn included), the bigram shadows another. The first analysis
 * of a text by a chain is recorded (each token's attributes, as Lucene's {@code CachingTokenFilter}
 * keeps them) and every later one replays it, so the queries built are the same (docs/benchmarks.md,
 * "The median's CPU (branch qcpu)"). Which chain a field has is the schema's analysis column, from
 * which {@code IndexAnalyzer} builds the analyzer; none of the chains reads the field name. One
 * instance serves one parse, on one thread.
 */
final class QueryAnalysis {
  private final Analyzer analyzer;
  private final Map<String, Recorded> recorded = new HashMap<>();

  QueryAnalysis(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** A token stream of {@code text} as {@code field}'s analysis gives it, replayed after the first time. */
  TokenStream tokenStream(String field, String text) {
    String key = chain(field) + '\u0000' + text;
    Recorded known = recorded.get(key);
    if (known == null) {
      known = record(field, text);
      recorded.put(key, known);
    }
    return known.replay();
  }

  /** A query builder whose field queries read their analysis from here. */
  QueryBuilder builder() {
    QueryAnalysis analysis = this;
    return new QueryBuilder(analyzer) {
      @Override
      protected Query createFieldQuery(Analyzer ignored, BooleanClause.Occur operator, String field,
          String queryText, boolean quoted, int phraseSlop) {
        return createFieldQuery(analysis.tokenStream(field, queryText), operator, field, quoted, phraseSlop);
      }
    };
  }

  /** The analysis chain of {@code field}: its schema analysis, or the field itself when it is not in the schema. */
  private static String chain(String field) {
    return Schema.field(field).map(spec -> spec.analysis().name()).orElse("field:" + field);
  }

  private Recorded record(String field, String text) {
    try (TokenStream source = analyzer.tokenStream(field, text)) {
      source.reset();
      List<AttributeSource.State> tokens = new ArrayList<>();
      while (source.incrementToken()) {
        tokens.add(source.captureState());
      }
      source.end();
      return new Recorded(source.cloneAttributes(), List.copyOf(tokens), source.captureState());
    } catch (IOException e) {
      throw new UncheckedIOException("analysing a query cannot fail on a string", e);
    }
  }

  /** The attributes of every token of one analysis, and those after its end. */
  private record Recorded(AttributeSource attributes, List<AttributeSource.State> tokens, AttributeSource.State end) {
    TokenStream replay() {
      return new Replay(this);
    }
  }

  /** The recorded tokens again, on attributes of their own (a stream's consumer may add attributes). */
  private static final class Replay extends TokenStream {
    private final Recorded recorded;
    private int next;

    Replay(Recorded recorded) {
      super(recorded.attributes().cloneAttributes());
      this.recorded = recorded;
    }

    @Override
    public boolean incrementToken() {
      if (next >= recorded.tokens().size()) {
        return false;
      }
      clearAttributes();
      restoreState(recorded.tokens().get(next++));
      return true;
    }

    @Override
    public void end() throws IOException {
      super.end();
      restoreState(recorded.end());
    }

    @Override
    public void reset() {
      next = 0;
    }
  }
}
