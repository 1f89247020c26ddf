package org.straits.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.straits.App;
import org.straits.Fixtures;
import org.straits.RepostCorpus;
import org.straits.index.Fields;

/**
 * A hit's other versions come from the snapshot's kept story members ({@link StoryMembers}): the
 * same versions as the set query on the group field per page gave, for every page of every
 * document (reposts folded and not), and a refreshed snapshot's, not the old one's.
 */
class StoryMembersTest {
  @TempDir Path source;
  @TempDir Path indexDir;

  @Test
  void versionsAreThoseTheGroupQueryFound() throws IOException {
    RepostCorpus.write(source);
    App app = Fixtures.app(source, indexDir);
    Fixtures.indexCleanly(app, source);
    try (IndexView view = app.openIndex()) {
      int withVersions = compareEveryPage(view);
      assertTrue(withVersions > 0, "the corpus has reposts");
      Fixtures.write(source, "wire.jsonl", RepostCorpus.repostLine(RepostCorpus.STORY_REPOST, "2024-03-06"));
      Fixtures.indexCleanly(app, source);
      assertTrue(view.refresh());
      assertTrue(compareEveryPage(view) > withVersions, "the new repost is a version in the refreshed snapshot");
    }
  }

  /** Every page of three consecutive documents; the number of hits that have other versions. */
  private static int compareEveryPage(IndexView view) throws IOException {
    return view.read((searcher, state) -> {
      int maxDoc = searcher.getIndexReader().maxDoc();
      int withVersions = 0;
      for (int first = 0; first < maxDoc; first++) {
        int[] page = java.util.stream.IntStream.range(first, Math.min(maxDoc, first + 3)).toArray();
        List<List<SearchResult.Version>> kept = Versions.of(searcher, page);
        assertEquals(byGroupQuery(searcher, page), kept, "page from " + first);
        withVersions += kept.get(0).isEmpty() ? 0 : 1;
      }
      return withVersions;
    });
  }

  /** As versions were found before: one set query on the page's group keys. */
  private static List<List<SearchResult.Version>> byGroupQuery(IndexSearcher searcher, int[] docIds) throws IOException {
    long[] groups = new long[docIds.length];
    for (int i = 0; i < docIds.length; i++) {
      groups[i] = group(searcher, docIds[i]);
    }
    long[] keys = java.util.Arrays.stream(groups).filter(g -> g != 0).distinct().toArray();
    Map<Long, List<Object[]>> byGroup = new HashMap<>();
    if (keys.length > 0) {
      for (ScoreDoc hit : searcher.search(NumericDocValuesField.newSlowSetQuery(Fields.DUP_GROUP, keys), 2_000).scoreDocs) {
        Document doc = searcher.storedFields().document(hit.doc, Set.of(Fields.ID, Fields.TITLE, Fields.DATE,
            Fields.SOURCE, Fields.LANG));
        SearchResult.Version version = new SearchResult.Version(doc.get(Fields.ID), orEmpty(doc.get(Fields.TITLE)),
            orEmpty(doc.get(Fields.DATE)), orEmpty(doc.get(Fields.SOURCE)), orEmpty(doc.get(Fields.LANG)));
        byGroup.computeIfAbsent(group(searcher, hit.doc), g -> new ArrayList<>()).add(new Object[] {hit.doc, version});
      }
    }
    List<List<SearchResult.Version>> out = new ArrayList<>();
    for (int i = 0; i < docIds.length; i++) {
      int self = docIds[i];
      out.add(SearchResult.Version.others(byGroup.getOrDefault(groups[i], List.of()).stream()
          .filter(m -> (int) m[0] != self).map(m -> (SearchResult.Version) m[1]).toList(), ""));
    }
    return out;
  }

  private static long group(IndexSearcher searcher, int doc) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    NumericDocValues values = leaf.reader().getNumericDocValues(Fields.DUP_GROUP);
    return values != null && values.advanceExact(doc - leaf.docBase) ? values.longValue() : 0;
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
