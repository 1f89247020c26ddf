package org.straits.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.straits.index.Fields;

/**
 * The other versions of each hit's story: one lookup of the page's group keys (a set query on the
 * group field), whichever filters the search had — a version is listed even when it is in another
 * language or source than the filters ask for, since it is the same story.
 */
final class Versions {
  private static final int MAX_LOOKED_UP = 2_000;
  private static final Set<String> FIELDS = Set.of(Fields.ID, Fields.TITLE, Fields.DATE, Fields.SOURCE, Fields.LANG);

  private Versions() {}

  /** Per hit (same order as {@code docIds}), its story's other versions, oldest first. */
  static List<List<SearchResult.Version>> of(IndexSearcher searcher, int[] docIds) throws IOException {
    long[] groups = new long[docIds.length];
    for (int i = 0; i < docIds.length; i++) {
      groups[i] = group(searcher, docIds[i]);
    }
    Map<Long, List<Member>> byGroup = members(searcher, groups, docIds);
    List<List<SearchResult.Version>> out = new ArrayList<>(docIds.length);
    for (int i = 0; i < docIds.length; i++) {
      int self = docIds[i];
      List<SearchResult.Version> others = byGroup.getOrDefault(groups[i], List.of()).stream()
          .filter(m -> m.doc != self).map(Member::version).toList();
      out.add(SearchResult.Version.others(others, ""));
    }
    return out;
  }

  private record Member(int doc, String date, SearchResult.Version version) {}

  private static long group(IndexSearcher searcher, int doc) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    NumericDocValues values = leaf.reader().getNumericDocValues(Fields.DUP_GROUP);
    return values != null && values.advanceExact(doc - leaf.docBase) ? values.longValue() : 0;
  }

  private static Map<Long, List<Member>> members(IndexSearcher searcher, long[] groups, int[] docIds)
      throws IOException {
    long[] keys = java.util.Arrays.stream(groups).filter(g -> g != 0).distinct().toArray();
    Map<Long, List<Member>> byGroup = new HashMap<>();
    if (keys.length == 0) {
      return byGroup;
    }
    int[] members = StoryMembers.of(searcher.getIndexReader()).ofStories(keys, groups, docIds, MAX_LOOKED_UP);
    if (members.length <= keys.length) {
      return byGroup; // every story on the page is its only version
    }
    StoredFields stored = searcher.storedFields();
    for (int member : members) {
      long group = group(searcher, member);
      Document doc = stored.document(member, FIELDS);
      String date = orEmpty(doc.get(Fields.DATE));
      SearchResult.Version version = new SearchResult.Version(doc.get(Fields.ID), orEmpty(doc.get(Fields.TITLE)),
          date, orEmpty(doc.get(Fields.SOURCE)), orEmpty(doc.get(Fields.LANG)));
      byGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(new Member(member, date.isEmpty() ? "9999" : date, version));
    }
    return byGroup;
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
