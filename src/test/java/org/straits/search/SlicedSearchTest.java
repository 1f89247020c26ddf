package org.straits.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.straits.App;
import org.straits.Fixtures;
import org.straits.RepostCorpus;
import org.straits.index.Fields;
import org.straits.schema.FacetDim;

/**
 * A search of a large index without filters runs in two halves at once (issue 11, the 200k tail):
 * on a real index of several segments, the halves give the one pass's hits in the same order with
 * the same scores, the same totals and hidden versions, and the same counts of every dimension.
 */
class SlicedSearchTest {
  @TempDir Path source;
  @TempDir Path indexDir;

  @Test
  void halvesGiveTheOnePassAnswer() throws IOException {
    RepostCorpus.write(source);
    App app = Fixtures.app(source, indexDir);
    Fixtures.indexCleanly(app, source);
    // Each run commits a segment of its own: the index is searched in more than one slice.
    Fixtures.write(source, "wire.jsonl", RepostCorpus.repostLine(RepostCorpus.STORY_REPOST, "2024-03-06"));
    Fixtures.indexCleanly(app, source);
    Fixtures.write(source, "more/kinmen.txt", "Kinmen ferry\n\nThe coast guard at Kinmen checked a ferry from Xiamen.\n");
    Fixtures.indexCleanly(app, source);
    try (IndexView view = app.openIndex()) {
      view.read((searcher, state) -> {
        assertTrue(SlicedSearch.applies(searcher.getIndexReader(), 0), "several segments");
        SearchPass onePass = new SearchPass(view.facetsConfig(), Integer.MAX_VALUE);
        SearchPass halves = new SearchPass(view.facetsConfig(), 0);
        Query either = new BooleanQuery.Builder()
            .add(new TermQuery(new Term(Fields.BODY, "coast")), BooleanClause.Occur.SHOULD)
            .add(new TermQuery(new Term(Fields.BODY_CJK, "两岸")), BooleanClause.Occur.SHOULD).build();
        for (Query base : List.of(new TermQuery(new Term(Fields.BODY, "kinmen")), either)) {
          for (SortOrder sort : List.of(SortOrder.RELEVANCE, SortOrder.NEWEST)) {
            SearchRequest request = new SearchRequest("q", Map.of(), null, null, sort, 1, 3, 10, false, false);
            DrillDownQuery query = new DrillDownQuery(view.facetsConfig(), base);
            assertSame(onePass.run(searcher, state, query, request), halves.run(searcher, state, query, request));
          }
        }
        return null;
      });
    }
  }

  private static void assertSame(SearchPass.Counted expected, SearchPass.Counted actual) throws IOException {
    assertTrue(expected.total() > 1, "the query matches documents");
    assertTrue(expected.hidden() > 0, "a repost is hidden");
    assertEquals(expected.total(), actual.total());
    assertEquals(expected.hidden(), actual.hidden());
    assertEquals(describe(expected), describe(actual));
    for (FacetDim dim : FacetDim.values()) {
      assertEquals(String.valueOf(expected.facets().all(dim.id())), String.valueOf(actual.facets().all(dim.id())), dim.id());
    }
  }

  private static List<String> describe(SearchPass.Counted counted) {
    return Arrays.stream(counted.top().scoreDocs).map(d -> d.doc + ":" + d.score).toList();
  }
}
