package org.straits.search;

import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.straits.analysis.HanBigramAnalyzer;
import org.straits.index.Fields;

/**
 * The classic multi-field parser with one rule for unquoted Chinese, applied per
 * whitespace-separated chunk: a short chunk (a keyword or a name, at most {@value #KEYWORD_WORDS}
 * words) must occur as written — a phrase of words, or of bigrams on the bigram fields — because
 * smartcn cuts names into characters (蔡 英文) and or-ed pieces match everything (英文 is
 * "English"). A longer chunk is a pasted sentence or question: its words stay or-ed for recall.
 * English is parsed as usual.
 */
final class ParserForFields extends MultiFieldQueryParser {
  static final Set<String> BIGRAM_FIELDS = Set.of(Fields.TITLE_CJK, Fields.BODY_CJK);
  static final int KEYWORD_WORDS = 3;

  private final Map<String, Float> boosts;

  ParserForFields(String[] fields, Analyzer analyzer, Map<String, Float> boosts) {
    super(fields, analyzer, boosts);
    this.boosts = boosts;
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
    if (quoted || (field == null && !HanBigramAnalyzer.hasHan(queryText))) {
      return super.getFieldQuery(field, queryText, quoted);
    }
    if (field == null) {
      // The superclass would query each field through its own method and bypass these rules.
      return acrossFields(queryText);
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    Query only = null;
    int clauses = 0;
    for (String chunk : queryText.strip().split("\\s+")) {
      Query part = chunk.isEmpty() ? null : chunkQuery(field, chunk);
      if (part != null) {
        any.add(part, BooleanClause.Occur.SHOULD);
        only = part;
        clauses++;
      }
    }
    return clauses <= 1 ? only : any.build();
  }

  private Query acrossFields(String queryText) throws ParseException {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String field : fields) {
      Query perField = getFieldQuery(field, queryText, false);
      if (perField != null) {
        any.add(new org.apache.lucene.search.BoostQuery(perField, boosts.getOrDefault(field, 1f)), BooleanClause.Occur.SHOULD);
      }
    }
    BooleanQuery query = any.build();
    return query.clauses().isEmpty() ? null : query;
  }

  private Query chunkQuery(String field, String chunk) throws ParseException {
    boolean han = HanBigramAnalyzer.hasHan(chunk);
    if (BIGRAM_FIELDS.contains(field)) {
      // The same rule as for words: only a keyword's bigrams must be adjacent; a sentence's stay or-ed.
      return han ? super.getFieldQuery(field, chunk, isKeyword(chunk)) : null;
    }
    if (han && isKeyword(chunk)) {
      return super.getFieldQuery(field, chunk, true);
    }
    return super.getFieldQuery(field, chunk, false);
  }

  /** At most {@value #KEYWORD_WORDS} words as the body's analysis cuts them (or not a plain phrase). */
  private boolean isKeyword(String chunk) throws ParseException {
    Query phrase = super.getFieldQuery(Fields.BODY, chunk, true);
    return !(phrase instanceof PhraseQuery p) || p.getTerms().length <= KEYWORD_WORDS;
  }

  /** The query for plain {@code text} on {@code field}, with the same rules; may be null. */
  Query plainField(String field, String text) {
    try {
      return getFieldQuery(field, text, false);
    } catch (ParseException e) {
      return null;
    }
  }
}
