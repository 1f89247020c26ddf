package org.straits.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.straits.index.Fields;

/**
 * The live documents of every story with more than one version in one snapshot, by group key, in
 * doc id order: what a set query on the group field found for each page (a scan of every
 * document's group, once per page: a tenth of a millisecond at the median on the real corpus,
 * docs/benchmarks.md), kept for the snapshot instead. The last snapshot's are kept, by its
 * reader's cache key; the groups are updated in place, and an update is a new snapshot.
 */
final class StoryMembers {
  private record Kept(IndexReader.CacheKey key, StoryMembers members) {}

  private static volatile Kept last;

  private final Map<Long, int[]> byGroup;

  private StoryMembers(Map<Long, int[]> byGroup) {
    this.byGroup = byGroup;
  }

  static StoryMembers of(IndexReader reader) throws IOException {
    IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
    if (helper == null) {
      return read(reader);
    }
    Kept kept = last;
    if (kept == null || kept.key() != helper.getKey()) {
      kept = new Kept(helper.getKey(), read(reader));
      last = kept;
    }
    return kept.members();
  }

  /**
   * The documents of the stories {@code keys} (the page's {@code groups}, one per page document of
   * {@code docIds}), in doc id order, at most {@code limit}: a story of one version is the page
   * document itself.
   */
  int[] ofStories(long[] keys, long[] groups, int[] docIds, int limit) {
    int[] found = new int[16];
    int size = 0;
    for (long key : keys) {
      int[] members = byGroup.get(key);
      if (members == null) {
        members = pageDocuments(key, groups, docIds);
      }
      if (size + members.length > found.length) {
        found = Arrays.copyOf(found, Math.max(found.length * 2, size + members.length));
      }
      System.arraycopy(members, 0, found, size, members.length);
      size += members.length;
    }
    int[] sorted = Arrays.copyOf(found, size);
    Arrays.sort(sorted);
    return sorted.length <= limit ? sorted : Arrays.copyOf(sorted, limit);
  }

  private static int[] pageDocuments(long key, long[] groups, int[] docIds) {
    return java.util.stream.IntStream.range(0, docIds.length).filter(i -> groups[i] == key).map(i -> docIds[i])
        .distinct().toArray();
  }

  private static StoryMembers read(IndexReader reader) throws IOException {
    Map<Long, int[]> all = new HashMap<>();
    Map<Long, Integer> sizes = new HashMap<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      NumericDocValues values = leaf.reader().getNumericDocValues(Fields.DUP_GROUP);
      if (values == null) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
        long group = values.longValue();
        if (group == 0 || (live != null && !live.get(doc))) {
          continue;
        }
        int at = sizes.merge(group, 1, Integer::sum) - 1;
        int[] members = all.get(group);
        if (members == null || at == members.length) {
          members = members == null ? new int[2] : Arrays.copyOf(members, members.length * 2);
          all.put(group, members);
        }
        members[at] = leaf.docBase + doc;
      }
    }
    Map<Long, int[]> stories = new HashMap<>();
    sizes.forEach((group, size) -> {
      if (size > 1) {
        stories.put(group, Arrays.copyOf(all.get(group), size));
      }
    });
    return new StoryMembers(stories);
  }
}
