package org.straits.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;
import org.straits.index.Fields;
import org.straits.index.IndexAnalyzer;

/** The keyword-or-sentence rule holds on the Han bigram fields as on the word fields. */
class ParserForFieldsTest {
  private static final org.apache.lucene.analysis.Analyzer ANALYZER = IndexAnalyzer.create();
  private final ParserForFields parser = new ParserForFields(
      UserQueryParser.BOOSTS.keySet().toArray(String[]::new), ANALYZER, UserQueryParser.BOOSTS,
      new QueryAnalysis(ANALYZER));

  @Test
  void aNameMustOccurAsWrittenInTheBigrams() {
    assertInstanceOf(PhraseQuery.class, parser.plainField(Fields.BODY_CJK, "蔡英文"));
  }

  @Test
  void aQuestionsBigramsStayOred() {
    // A pasted question (DRCD-style): a phrase of all its bigrams would match only itself.
    Query query = parser.plainField(Fields.BODY_CJK, "陸特和漢斯雷頓開創了哪一地區對梵語的學術研究");
    BooleanQuery any = assertInstanceOf(BooleanQuery.class, query);
    assertTrue(any.clauses().size() > 5, query.toString());
    assertFalse(any.clauses().stream().anyMatch(c -> c.query() instanceof PhraseQuery), query.toString());
  }

  @Test
  void aShortQuestionIsNaturalLanguageNotAKeyword() {
    // Four words at most, but a question: no paragraph contains it word for word.
    for (String question : java.util.List.of("什麼是庫侖定律?", "什么是库仑定律？", "誰發明電話")) {
      assertFalse(parser.plainField(Fields.BODY, question) instanceof PhraseQuery, question);
      assertFalse(parser.plainField(Fields.BODY_CJK, question) instanceof PhraseQuery, question);
    }
    assertInstanceOf(PhraseQuery.class, parser.plainField(Fields.BODY, "蔡英文"));
  }
}
