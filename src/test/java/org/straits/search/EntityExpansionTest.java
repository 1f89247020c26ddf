package org.straits.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;
import org.straits.entity.Entity;
import org.straits.entity.Gazetteer;
import org.straits.index.IndexAnalyzer;

class EntityExpansionTest {
  private final EntityExpansion expansion = new EntityExpansion(
      new EntityNames(Gazetteer.loadDefault()), IndexAnalyzer.create(), PhraseIdf.NONE);

  private List<String> named(String query) {
    return expansion.namedEntities(query).stream().map(Entity::id).toList();
  }

  @Test
  void namesAreFoundInAnyScriptAndCase() {
    assertEquals(List.of("kinmen"), named("kinmen"));
    assertEquals(List.of("kinmen"), named("Quemoy"));
    assertEquals(List.of("kinmen"), named("金門"));
    assertEquals(List.of("taiwan"), named("臺灣"));
  }

  @Test
  void filterValuesResolveThroughAnyNameInAnyScript() {
    EntityNames names = new EntityNames(Gazetteer.loadDefault());
    for (String value : List.of("kinmen", "Kinmen", "Quemoy", "金門", "金门", "Taiwan/Kinmen County")) {
      assertEquals(List.of("Taiwan", "Kinmen County"), List.of(names.facetPath(value)), value);
    }
  }

  @Test
  void acronymsMustBeTypedInCapitals() {
    assertEquals(List.of(), named("us trade"));
    assertEquals(List.of("united-states"), named("US trade"));
    assertEquals(List.of(), named("invasion plan"));
  }

  @Test
  void queriesWithOperatorsOrFieldsAreLeftAsWritten() {
    Query parsed = new MatchAllDocsQuery();
    assertSame(parsed, expansion.expand("Kinmen AND ferry", parsed).query());
    assertSame(parsed, expansion.expand("title:Kinmen", parsed).query());
    assertSame(parsed, expansion.expand("-Kinmen Taiwan", parsed).query());
    assertSame(parsed, expansion.expand("ferry schedules", parsed).query());
    assertSame(parsed, expansion.expand("What did the governments of Taiwan and Japan say about the ferry schedules last year", parsed).query(),
        "a pasted sentence is not widened");
  }

  @Test
  void aNameInsideALongerQuotedPhraseIsNotWidened() {
    Query parsed = new MatchAllDocsQuery();
    assertSame(parsed, expansion.expand("\"文化中国\"", parsed).query(), "the phrase, not every document about China");
    assertSame(parsed, expansion.expand("\"from china\" trade", parsed).query());
    assertEquals(List.of("tsai-ing-wen"), widenedIds(expansion.expand("\"蔡英文\"", parsed).query()), "a quoted name is the name");
    assertEquals(List.of("china"), widenedIds(expansion.expand("\"文化中国\" 中国", parsed).query()),
        "the name outside the phrase is widened");
  }

  /** The entity keys a widened query matches through. */
  private static List<String> widenedIds(Query query) {
    java.util.Set<org.apache.lucene.index.Term> terms = new java.util.LinkedHashSet<>();
    query.visit(org.apache.lucene.search.QueryVisitor.termCollector(terms));
    return terms.stream().filter(t -> t.field().equals(org.straits.index.Fields.ENTITY)).map(t -> t.text()).toList();
  }
}
