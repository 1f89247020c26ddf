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

  /**
   * @param analyzer analyses each field as it was indexed ({@code IndexAnalyzer})
   * @param entities the gazetteer in force, for widening queries that name an entity
   */
  public UserQueryParser(Analyzer analyzer, EntityNames entities) {
    this.analyzer = analyzer;
    this.expansion = new EntityExpansion(entities, analyzer);
  }

  /** The query for {@code text}; blank text matches every document. */
  public ParsedQuery parse(String text) {
    if (text.isBlank()) {
      return new ParsedQuery(new MatchAllDocsQuery(), "");
    }
    try {
      Query parsed = syntaxParser().parse(QueryText.prepare(text, FIELD_ALIASES));
      return new ParsedQuery(expansion.expand(text, parsed), "");
    } catch (ParseException | IndexSearcher.TooManyClauses | IllegalArgumentException e) {
      return new ParsedQuery(expansion.expand(text, plainWords(text)),
          "The query syntax could not be read (" + firstLine(e.getMessage()) + "); searched for the words instead.");
    }
  }

  /** Every word of {@code text} in every default field, no syntax at all. */
  public Query plainWords(String text) {
    ParserForFields parser = syntaxParser();
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

  private ParserForFields syntaxParser() {
    String[] fields = BOOSTS.keySet().toArray(String[]::new);
    ParserForFields parser = new ParserForFields(fields, analyzer, BOOSTS);
    parser.setDefaultOperator(QueryParser.Operator.OR);
    parser.setAllowLeadingWildcard(false);
    parser.setSplitOnWhitespace(false);
    return parser;
  }


  private static String firstLine(String message) {
    if (message == null) {
      return "syntax error";
    }
    String line = message.lines().findFirst().orElse(message);
    return line.length() > 120 ? line.substring(0, 120) + "…" : line;
  }

  /** A parsed query and, when the text was not read as syntax, a notice saying so. */
  public record ParsedQuery(Query query, String notice) {}
}
