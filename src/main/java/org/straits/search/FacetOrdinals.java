package org.straits.search;

import java.io.IOException;
import java.util.Map;
import java.util.PrimitiveIterator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.BytesRef;

/**
 * The facet ordinals of one snapshot, with what every request would otherwise look up again kept
 * beside them: each path's children as an array (a dimension's root has some 29,000 actors on the
 * real corpus, walked through sibling links for every request), each ordinal's label (Lucene
 * decompresses a block of the terms dictionary for every label it shows) and the ordinals of the
 * paths asked for. None of it depends on a query, so it lives as long as the snapshot's reader.
 */
final class FacetOrdinals extends DefaultSortedSetDocValuesReaderState {
  /** Paths asked for by ordinal are kept up to this many; requests can name any path. */
  private static final int KEPT_PATHS = 10_000;
  private static final int[] NONE = new int[0];

  private final Map<Integer, int[]> children = new ConcurrentHashMap<>();
  private final Map<String, Integer> pathOrds = new ConcurrentHashMap<>();
  private final AtomicReferenceArray<String> labels;
  /** Read only under this object's lock: doc values are not thread-safe. */
  private SortedSetDocValues values;

  FacetOrdinals(IndexReader reader, FacetsConfig config) throws IOException {
    super(reader, config);
    this.labels = new AtomicReferenceArray<>(getSize());
  }

  /** The children of a hierarchical dimension's path ordinal, in ordinal order (Lucene's dim tree). */
  int[] children(String dim, int pathOrd) {
    return children.computeIfAbsent(pathOrd, ord -> {
      PrimitiveIterator.OfInt it = getDimTree(dim).iterator(ord);
      int[] found = new int[16];
      int size = 0;
      while (it.hasNext()) {
        if (size == found.length) {
          found = java.util.Arrays.copyOf(found, size * 2);
        }
        found[size++] = it.nextInt();
      }
      return size == 0 ? NONE : java.util.Arrays.copyOf(found, size);
    });
  }

  /** The last component of the ordinal's path, as Lucene's facet results label it. */
  String label(int ord) throws IOException {
    String label = labels.get(ord);
    if (label == null) {
      BytesRef term;
      synchronized (this) {
        term = BytesRef.deepCopyOf(docValues().lookupOrd(ord));
      }
      String[] parts = FacetsConfig.stringToPath(term.utf8ToString());
      label = parts[parts.length - 1];
      labels.set(ord, label);
    }
    return label;
  }

  /** The ordinal of a full path ({@code dim} and its components), negative when it was never indexed. */
  int ord(String dim, String... path) throws IOException {
    String key = FacetsConfig.pathToString(dim, path);
    Integer known = pathOrds.get(key);
    if (known != null) {
      return known;
    }
    int ord;
    synchronized (this) {
      ord = (int) docValues().lookupTerm(new BytesRef(key));
    }
    if (pathOrds.size() < KEPT_PATHS) {
      pathOrds.put(key, ord);
    }
    return ord;
  }

  private SortedSetDocValues docValues() throws IOException {
    if (values == null) {
      values = getDocValues();
    }
    return values;
  }
}
