package org.straits.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.straits.entity.Gazetteer;
import org.straits.Fixtures;
import org.straits.index.IndexAnalyzer;
import org.straits.search.EntityNames;
import org.straits.search.UserQueryParser;

/** Straits' Lucene queries in Solr syntax: terms quoted, gaps kept, nothing left to Solr's analysis. */
class SolrQueryWriterTest {
  private final SolrQueryWriter writer = new SolrQueryWriter();

  @Test
  void termsArePhrasesOfAnalysedTermsWithGapsAndOperatorsAreKept() {
    PhraseQuery phrase = new PhraseQuery.Builder().add(new Term("body", "cross"), 0).add(new Term("body", "relat"), 2).build();
    BooleanQuery query = new BooleanQuery.Builder()
        .add(new TermQuery(new Term("title", "a\"b\\c")), BooleanClause.Occur.MUST)
        .add(new BoostQuery(phrase, 0.5f), BooleanClause.Occur.SHOULD)
        .add(new ConstantScoreQuery(new TermQuery(new Term("entity", "kinmen"))), BooleanClause.Occur.MUST_NOT)
        .build();
    assertEquals("(+title:\"a\\\"b\\\\c\" (body:\"cross " + SolrConfigset.GAP + " relat\")^0.5 -(entity:\"kinmen\")^=1)",
        writer.write(query));
  }

  @Test
  void aNameKeptOutOfLongerNamesIsWrittenAsItsPhrase() {
    // search.LongerNames: Solr's syntax has no span exclusion, so the name's phrase is written.
    var include = org.apache.lucene.queries.spans.SpanNearQuery.newOrderedNearQuery("body")
        .addClause(new org.apache.lucene.queries.spans.SpanTermQuery(new Term("body", "republic")))
        .addGap(1)
        .addClause(new org.apache.lucene.queries.spans.SpanTermQuery(new Term("body", "china"))).build();
    var exclude = new org.apache.lucene.queries.spans.SpanTermQuery(new Term("body", "people"));
    assertEquals("body:\"republic " + SolrConfigset.GAP + " china\"",
        writer.write(new org.apache.lucene.queries.spans.SpanNotQuery(include, exclude)));
  }

  @Test
  void prohibitionsAloneMatchNothingAsInLucene() {
    BooleanQuery none = new BooleanQuery.Builder().add(new TermQuery(new Term("body", "x")), BooleanClause.Occur.MUST_NOT).build();
    assertEquals(SolrQueryWriter.MATCH_NONE, writer.write(none));
  }

  @Test
  void everyQueryTheParserMakesHasASolrForm() throws Exception {
    Gazetteer gazetteer = Gazetteer.load(Fixtures.smallGazetteer());
    UserQueryParser parser = new UserQueryParser(IndexAnalyzer.create(), new EntityNames(gazetteer));
    for (String text : List.of("inspect*", "\"cross-strait relations\"", "Taiwan AND NOT Kinmen", "title:relations",
        "臺灣", "两岸关系和平发展符合台湾同胞利益吗?", "Kinmen", "what (is) the: relation?", "te?t", "relation~1", "/rel.*/")) {
      String solr = writer.write(parser.parse(text).query());
      assertTrue(!solr.isBlank(), text);
      System.out.println(text + " -> " + solr);
    }
  }
}
