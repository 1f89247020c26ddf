package org.straits.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;

/**
 * When each id already in the index was first indexed. A reindex or a full rebuild keeps these
 * times, so a feed does not present every document as new after a rebuild.
 */
final class FirstSeen {
  private final Map<String, Long> byId;
  private final long now;

  private FirstSeen(Map<String, Long> byId, long now) {
    this.byId = byId;
    this.now = now;
  }

  /** The times in the last commit of {@code dir} (none when there is no index or no such field). */
  static FirstSeen read(Directory dir) throws IOException {
    Map<String, Long> times = new HashMap<>();
    if (DirectoryReader.indexExists(dir)) {
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        for (LeafReaderContext leaf : reader.leaves()) {
          readLeaf(leaf.reader(), times);
        }
      }
    }
    return new FirstSeen(times, System.currentTimeMillis());
  }

  private static void readLeaf(LeafReader leaf, Map<String, Long> times) throws IOException {
    NumericDocValues indexedAt = leaf.getNumericDocValues(Fields.INDEXED_AT);
    if (indexedAt == null) {
      return;
    }
    Bits live = leaf.getLiveDocs();
    StoredFields stored = leaf.storedFields();
    for (int doc = indexedAt.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = indexedAt.nextDoc()) {
      if (live == null || live.get(doc)) {
        times.put(stored.document(doc, Set.of(Fields.ID)).get(Fields.ID), indexedAt.longValue());
      }
    }
  }

  /** The first time {@code id} was indexed: its recorded time, or the start of this run. */
  long of(String id) {
    return byId.getOrDefault(id, now);
  }
}
