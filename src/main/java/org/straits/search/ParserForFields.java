package org.straits.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.sandbox.search.CombinedFieldQuery;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
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
  private static final Set<String> COMBINED = Set.of(Fields.TITLE, Fields.BODY);
  /** Question marks and interrogatives, in both scripts. */
  private static final java.util.regex.Pattern QUESTION = java.util.regex.Pattern.compile(
      "[?？]|什么|什麼|哪|谁|誰|如何|为何|為何|为什么|為什麼|多少|吗|嗎|何时|何時|怎么|怎麼|几|幾");

  private final Map<String, Float> boosts;
  private final QueryAnalysis analysis;
  /** Whether a chunk is a keyword, asked once per field and again as typed: answered once per parse. */
  private final Map<String, Boolean> keywords = new java.util.HashMap<>();
  private TermFamilies families = TermFamilies.NONE;

  /** @param analysis the parse's analysis of its text, shared by every field and parser of one parse */
  ParserForFields(String[] fields, Analyzer analyzer, Map<String, Float> boosts, QueryAnalysis analysis) {
    super(fields, analyzer, boosts);
    this.boosts = boosts;
    this.analysis = analysis;
  }

  /** Every field query of the parser reads its text's analysis from the parse's {@link QueryAnalysis}. */
  @Override
  protected Query createFieldQuery(Analyzer ignored, BooleanClause.Occur operator, String field, String queryText,
      boolean quoted, int phraseSlop) {
    return createFieldQuery(analysis.tokenStream(field, queryText), operator, field, quoted, phraseSlop);
  }

  /** Each English word of unquoted text also matches its family's terms, scored as the same word. */
  void widenBy(TermFamilies families) {
    this.families = families;
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
    if (quoted) {
      return super.getFieldQuery(field, queryText, true);
    }
    if (field == null && !HanBigramAnalyzer.hasHan(queryText)) {
      return combinedFields(queryText);
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

  /**
   * English words scored with BM25F over title and body together (one length, one idf), as if
   * they were one field, and on the other fields as usual. Summing separate title and body
   * BM25 scores over-rewards a word repeated in both and ranked worse on CISI.
   */
  private Query combinedFields(String queryText) {
    List<List<String>> positions = analyzedPositions(queryText);
    if (positions.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (List<String> terms : positions) {
      TermFamilies.Family family = families.widen(terms);
      Query word = wordAnyField(family.terms());
      all.add(family.weight() == 1f ? word : new BoostQuery(word, family.weight()), BooleanClause.Occur.SHOULD);
    }
    return all.build();
  }

  /**
   * One English word in every default field: BM25F over title and body, the other word fields
   * as usual. Several terms (a word and its acronym twin from a headline in capitals) count as one.
   */
  Query wordAnyField(List<String> terms) {
    BooleanQuery.Builder anyField = new BooleanQuery.Builder();
    CombinedFieldQuery.Builder combined = new CombinedFieldQuery.Builder()
        .addField(Fields.TITLE, boosts.getOrDefault(Fields.TITLE, 1f))
        .addField(Fields.BODY, boosts.getOrDefault(Fields.BODY, 1f));
    terms.forEach(term -> combined.addTerm(new BytesRef(term)));
    anyField.add(combined.build(), BooleanClause.Occur.SHOULD);
    for (String field : fields) {
      if (!COMBINED.contains(field) && !BIGRAM_FIELDS.contains(field)) {
        for (String term : terms) {
          Query single = new TermQuery(new Term(field, term));
          anyField.add(new BoostQuery(single, boosts.getOrDefault(field, 1f)), BooleanClause.Occur.SHOULD);
        }
      }
    }
    return anyField.build();
  }

  /** The body analysis of {@code text}, as terms grouped by position. */
  List<List<String>> analyzedPositions(String text) {
    List<List<String>> positions = new ArrayList<>();
    try (TokenStream stream = analysis.tokenStream(Fields.BODY, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        if (increment.getPositionIncrement() > 0 || positions.isEmpty()) {
          positions.add(new ArrayList<>());
        }
        positions.get(positions.size() - 1).add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing a query cannot fail on a string", e);
    }
    return positions;
  }

  /** A whitespace-free chunk of Chinese across the default fields, by the keyword rule; may be null. */
  Query hanChunk(String chunk) {
    try {
      return acrossFields(chunk);
    } catch (ParseException e) {
      return null;
    }
  }

  /** A chunk of Chinese as written (a phrase of its words, and of its bigrams), in every default field. */
  Query hanAsWritten(String chunk) {
    try {
      return super.getFieldQuery(null, chunk, true);
    } catch (ParseException e) {
      return null;
    }
  }

  /** Question marks and interrogatives in either script: natural language, not keywords. */
  static boolean isQuestion(String text) {
    return QUESTION.matcher(text).find();
  }

  private Query acrossFields(String queryText) throws ParseException {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String field : fields) {
      Query perField = getFieldQuery(field, queryText, false);
      if (perField != null) {
        any.add(new BoostQuery(perField, boosts.getOrDefault(field, 1f)), BooleanClause.Occur.SHOULD);
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

  /**
   * At most {@value #KEYWORD_WORDS} words as the body's analysis cuts them (or not a plain
   * phrase), and not a question: 什麼是庫侖定律? is short but natural language, and no text
   * contains it word for word.
   */
  private boolean isKeyword(String chunk) throws ParseException {
    Boolean known = keywords.get(chunk);
    if (known == null) {
      known = !isQuestion(chunk) && isShortPhrase(super.getFieldQuery(Fields.BODY, chunk, true));
      keywords.put(chunk, known);
    }
    return known;
  }

  private static boolean isShortPhrase(Query phrase) {
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
