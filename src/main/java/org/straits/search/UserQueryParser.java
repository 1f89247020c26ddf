package org.straits.search;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.straits.index.Fields;

/**
 * Turns what a person typed into a Lucene query: phrases, AND/OR/NOT, +/-, field:, prefix*. When
 * the text does not parse as syntax (pasted prose, unbalanced brackets) it is searched as plain
 * words, and the result says so: never an error, never an empty result for a syntax slip.
 */
public final class UserQueryParser {
  /** The field names people may type, and the index fields they mean. */
  static final Map<String, String> FIELD_ALIASES = org.straits.schema.Schema.typedFieldNames();

  /** Default fields and their weights, from the schema table (where the weights are explained). */
  static final Map<String, Float> BOOSTS = org.straits.schema.Schema.queryWeights();

  private final Analyzer analyzer;
  private final EntityExpansion expansion;
  private final TermFamilies families;

  /**
   * @param analyzer analyses each field as it was indexed ({@code IndexAnalyzer})
   * @param entities the gazetteer in force, for widening queries that name an entity
   */
  public UserQueryParser(Analyzer analyzer, EntityNames entities) {
    this(analyzer, entities, TermFamilies.NONE);
  }

  /**
   * @param families the word families a pasted sentence or question is widened by (the index's
   *     {@link PorterFamilies}); short queries and queries with operators keep their exact words
   */
  public UserQueryParser(Analyzer analyzer, EntityNames entities, TermFamilies families) {
    this(analyzer, entities, families, PhraseIdf.NONE);
  }

  /**
   * @param idf the term weights of the index searched ({@link PhraseIdf#over}), by which an
   *     entity's other names in a title never outweigh the typed name
   */
  public UserQueryParser(Analyzer analyzer, EntityNames entities, TermFamilies families, PhraseIdf idf) {
    this.analyzer = analyzer;
    this.expansion = new EntityExpansion(entities, analyzer, idf);
    this.families = families;
  }

  /**
   * The query for {@code text}; blank text matches every document. A few plain words must all
   * occur ({@link AllWordsQuery}), with today's any-word query as the fallback when none has them
   * all; queries with operators, and pasted sentences and questions, rank by any word.
   */
  public ParsedQuery parse(String text) {
    if (text.isBlank()) {
      return new ParsedQuery(new MatchAllDocsQuery(), "");
    }
    ParsedQuery parsed = parseText(text);
    return SearchedWords.any(parsed.query()) ? parsed
        : new ParsedQuery(new MatchNoDocsQuery("nothing to search for"), Notices.NO_WORDS);
  }

  private ParsedQuery parseText(String text) {
    // One analysis per chain and text for the whole parse, whichever parser or fallback asks.
    QueryAnalysis analysis = new QueryAnalysis(analyzer);
    if (AllWordsQuery.appliesTo(text)) {
      return allWords(text, Notices.NONE, analysis);
    }
    try {
      ParserForFields parser = syntaxParser(analysis);
      if (EntityExpansion.isProse(text) || !EntityExpansion.hasSyntax(text)) {
        parser.widenBy(families);
      }
      Query parsed = parser.parse(QueryText.prepare(text, FIELD_ALIASES));
      return widened(text, parsed, Notices.NONE);
    } catch (ParseException | IndexSearcher.TooManyClauses | IllegalArgumentException e) {
      // Never the parser's message: the reader gets a note in their language (a message key).
      String words = text.replaceAll("[\"()\\[\\]{}]", " ").strip();
      if (AllWordsQuery.appliesTo(words)) {
        return allWords(words, Notices.SYNTAX, analysis);
      }
      return widened(text, plainWords(text, analysis), Notices.SYNTAX);
    }
  }

  private ParsedQuery allWords(String text, String notice, QueryAnalysis analysis) {
    ParserForFields parser = syntaxParser(analysis);
    AllWordsQuery.Built built = new AllWordsQuery(parser, expansion, analysis.builder()).build(text);
    if (built == null) {
      return widened(text, plainWords(text, analysis), notice);
    }
    return new ParsedQuery(built.query(), notice, built.anyGroup(), built.highlight());
  }

  /** {@code parsed} widened by the entities {@code text} names, highlighted by their names. */
  private ParsedQuery widened(String text, Query parsed, String notice) {
    EntityExpansion.Widened widened = expansion.expand(text, parsed);
    return new ParsedQuery(widened.query(), notice, null, widened.highlight());
  }

  /** Every word of {@code text} in every default field, no syntax at all. */
  public Query plainWords(String text) {
    return plainWords(text, new QueryAnalysis(analyzer));
  }

  private Query plainWords(String text, QueryAnalysis analysis) {
    ParserForFields parser = syntaxParser(analysis);
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    BOOSTS.forEach((field, boost) -> {
      Query perField = parser.plainField(field, text);
      if (perField != null) {
        any.add(new BoostQuery(perField, boost), BooleanClause.Occur.SHOULD);
      }
    });
    BooleanQuery query = any.build();
    return query.clauses().isEmpty() ? new MatchNoDocsQuery("no searchable words") : query;
  }

  private ParserForFields syntaxParser(QueryAnalysis analysis) {
    String[] fields = BOOSTS.keySet().toArray(String[]::new);
    ParserForFields parser = new ParserForFields(fields, analyzer, BOOSTS, analysis);
    parser.setDefaultOperator(QueryParser.Operator.OR);
    parser.setAllowLeadingWildcard(false);
    parser.setSplitOnWhitespace(false);
    return parser;
  }


  /**
   * A parsed query: what to search, a notice for the reader (a message key of
   * {@link Notices}, or ""), the any-word query to fall back to when requiring all the words finds
   * nothing (or null), and the query whose matches highlights mark.
   */
  public record ParsedQuery(Query query, String notice, Query fallback, Query highlight) {
    public ParsedQuery(Query query, String notice) {
      this(query, notice, null, query);
    }

    /** The any-word query instead, with the notice that says so. */
    public ParsedQuery fallenBack() {
      String key = notice.equals(Notices.SYNTAX) ? Notices.SYNTAX_SOME_WORDS : Notices.SOME_WORDS;
      return new ParsedQuery(fallback, key, null, highlight);
    }
  }
}
