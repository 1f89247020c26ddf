package org.straits.search;

import java.io.IOException;
import java.util.Map;
import java.util.PrimitiveIterator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.BytesRef;

/**
 * The facet ordinals of one snapshot, with what every request would otherwise look up again kept
 * beside them: each path's children as an array (a dimension's root has some 29,000 actors on the
 * real corpus, walked through sibling links for every request), each ordinal's label (Lucene
 * decompresses a block of the terms dictionary for every label it shows) and the ordinals of the
 * paths asked for. None of it depends on a query, so it lives as long as the snapshot's reader.
 *
 * <p>For counting ({@link OrdinalCounting}) it also keeps each segment's ordinals as global
 * ordinals in a plain array (Lucene maps every ordinal of every hit through the packed ordinal
 * map) and each dimension's range of global ordinals (a dimension's paths sort together).
 */
final class FacetOrdinals extends DefaultSortedSetDocValuesReaderState {
  /** Paths asked for by ordinal are kept up to this many; requests can name any path. */
  private static final int KEPT_PATHS = 10_000;
  private static final int[] NONE = new int[0];

  private final Map<Integer, int[]> children = new ConcurrentHashMap<>();
  private final Map<String, Integer> pathOrds = new ConcurrentHashMap<>();
  private final AtomicReferenceArray<String> labels;
  /** Each segment's global ordinals by segment ordinal, built on first use; null until then. */
  private final AtomicReferenceArray<int[]> globalOrds;
  private final Map<String, int[]> dimRanges = new java.util.HashMap<>();
  /** Read only under this object's lock: doc values are not thread-safe. */
  private SortedSetDocValues values;

  FacetOrdinals(IndexReader reader, FacetsConfig config) throws IOException {
    super(reader, config);
    this.labels = new AtomicReferenceArray<>(getSize());
    this.globalOrds = new AtomicReferenceArray<>(reader.leaves().size());
    keepDimRanges();
  }

  /** {@code state} as this snapshot's ordinals (what {@link IndexView} builds); null for an index without facets. */
  static FacetOrdinals of(org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState state) {
    if (state == null || state instanceof FacetOrdinals) {
      return (FacetOrdinals) state;
    }
    throw new IllegalArgumentException("facet counts need the snapshot's FacetOrdinals, not " + state.getClass().getName());
  }

  /** Each dimension's first ordinal (its dim tree's or flat range's start); it ends where the next one starts. */
  private void keepDimRanges() {
    java.util.TreeMap<Integer, String> byStart = new java.util.TreeMap<>();
    for (String dim : getDims()) {
      byStart.put(getFacetsConfig().getDimConfig(dim).hierarchical ? getDimTree(dim).dimStartOrd
          : getOrdRange(dim).start(), dim);
    }
    byStart.forEach((start, dim) -> {
      Integer next = byStart.higherKey(start);
      dimRanges.put(dim, new int[] {start, next == null ? getSize() - 1 : next - 1});
    });
  }

  /** The first and last global ordinal of {@code dim}; null when no document has it. */
  int[] dimRange(String dim) {
    return dimRanges.get(dim);
  }

  /**
   * The global ordinal of each ordinal of {@code leaf}'s facet doc values, one array per segment
   * kept for the snapshot. {@code leaf} must be a segment of this snapshot's reader.
   */
  int[] globalOrds(LeafReaderContext leaf, SortedSetDocValues segmentValues) throws IOException {
    if (ReaderUtil.getTopLevelContext(leaf).reader() != getReader()) {
      throw new IllegalStateException("facet ordinals of another reader than the one searched: " + leaf);
    }
    int[] kept = globalOrds.get(leaf.ord);
    if (kept == null) {
      kept = new int[(int) segmentValues.getValueCount()];
      LongValues toGlobal = ordinalMap() == null ? LongValues.IDENTITY : ordinalMap().getGlobalOrds(leaf.ord);
      for (int ord = 0; ord < kept.length; ord++) {
        kept[ord] = (int) toGlobal.get(ord);
      }
      globalOrds.set(leaf.ord, kept);
    }
    return kept;
  }

  /** The map of segment to global ordinals; null for a single segment, whose ordinals are global. */
  private OrdinalMap ordinalMap() throws IOException {
    SortedSetDocValues top;
    synchronized (this) {
      top = docValues();
    }
    return top instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
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
