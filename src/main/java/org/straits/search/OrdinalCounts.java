package org.straits.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;

/**
 * One dimension's counts of a search ({@link OrdinalCounting}), answered from the count array
 * and the snapshot's kept ordinals ({@link FacetOrdinals}) the way Lucene's sorted-set facets
 * answer, without their cost: Lucene's top children walk a dimension's children through sibling
 * links and a priority queue, and look every label up in the compressed terms dictionary, for
 * every request (docs/benchmarks.md, "The median, round two"). The results are Lucene's: the same
 * values, counts, order (count descending, then ordinal, which is label order), path count and
 * child count, and null (no top values, no children) when nothing was counted at all.
 */
final class OrdinalCounts {
  private final OrdinalCounting.Tally counts;
  private final FacetOrdinals ordinals;
  private final FacetsConfig.DimConfig config;

  OrdinalCounts(OrdinalCounting.Tally counts, FacetOrdinals ordinals, String dim) {
    this.counts = counts;
    this.ordinals = ordinals;
    this.config = ordinals.getFacetsConfig().getDimConfig(dim);
  }

  /** Lucene's {@code getTopChildren}: the {@code topN} most frequent children, ties in ordinal order. */
  FacetResult top(int topN, String dim, String... path) throws IOException {
    if (topN <= 0) {
      throw new IllegalArgumentException("topN must be > 0 (got: " + topN + ")");
    }
    if (!counts.counted()) {
      return null;
    }
    Children children = children(dim, path);
    if (children == null) {
      return null;
    }
    int[] topOrds = new int[topN];
    int[] topCounts = new int[topN];
    int size = 0;
    int sum = 0;
    int childCount = 0;
    for (int i = children.from(); i < children.ords().length; i++) {
      int ord = children.ords()[i];
      int count = counts.count(ord);
      if (count <= 0) {
        continue;
      }
      sum += count;
      childCount++;
      if (size == topN && !before(count, ord, topCounts[size - 1], topOrds[size - 1])) {
        continue;
      }
      int at = size == topN ? size - 1 : size++;
      while (at > 0 && before(count, ord, topCounts[at - 1], topOrds[at - 1])) {
        topCounts[at] = topCounts[at - 1];
        topOrds[at] = topOrds[at - 1];
        at--;
      }
      topCounts[at] = count;
      topOrds[at] = ord;
    }
    if (childCount == 0) {
      return null;
    }
    LabelAndValue[] values = new LabelAndValue[size];
    for (int i = 0; i < size; i++) {
      values[i] = new LabelAndValue(ordinals.label(topOrds[i]), topCounts[i]);
    }
    return new FacetResult(dim, path, pathCount(children.pathOrd(), sum), values, childCount);
  }

  /** Lucene's {@code getAllChildren}: every child with a count, in ordinal order. */
  FacetResult all(String dim, String... path) throws IOException {
    Children children = children(dim, path);
    if (children == null || !counts.counted()) {
      return null;
    }
    List<LabelAndValue> values = new ArrayList<>();
    int sum = 0;
    for (int i = children.from(); i < children.ords().length; i++) {
      int ord = children.ords()[i];
      int count = counts.count(ord);
      if (count > 0) {
        sum += count;
        values.add(new LabelAndValue(ordinals.label(ord), count));
      }
    }
    return new FacetResult(dim, path, pathCount(children.pathOrd(), sum), values.toArray(LabelAndValue[]::new),
        values.size());
  }

  /** Lucene's {@code getSpecificValue}: the count of one path, -1 when it was never indexed. */
  int specific(String dim, String... path) throws IOException {
    if (!config.hierarchical && path.length != 1) {
      throw new IllegalArgumentException(dim + " is not configured as hierarchical, path must be length=1");
    }
    int ord = ordinals.ord(dim, path);
    return ord < 0 ? -1 : counts.count(ord);
  }

  /** Before in Lucene's order of top children: more frequent, or as frequent and a lower ordinal. */
  private static boolean before(int count, int ord, int otherCount, int otherOrd) {
    return count > otherCount || (count == otherCount && ord < otherOrd);
  }

  /** A path's ordinal and its children's ordinals, from index {@code from} (a dimension's own ordinal skipped). */
  private record Children(int pathOrd, int[] ords, int from) {}

  private Children children(String dim, String... path) throws IOException {
    if (config.hierarchical) {
      int pathOrd = path.length > 0 ? ordinals.ord(dim, path) : ordinals.getDimTree(dim).dimStartOrd;
      return pathOrd < 0 ? null : new Children(pathOrd, ordinals.children(dim, pathOrd), 0);
    }
    if (path.length > 0) {
      throw new IllegalArgumentException("Field is not configured as hierarchical, path should be 0 length");
    }
    SortedSetDocValuesReaderState.OrdRange range = ordinals.getOrdRange(dim);
    if (range == null) {
      return null;
    }
    int[] ords = new int[range.end() - range.start() + 1];
    for (int i = 0; i < ords.length; i++) {
      ords[i] = range.start() + i;
    }
    // A multi-valued dimension that counts itself indexes its own ordinal first.
    return new Children(range.start(), ords, config.multiValued && config.requireDimCount ? 1 : 0);
  }

  /** Lucene's path count: indexed for hierarchical dimensions and those that require it, else summed or unknown. */
  private int pathCount(int pathOrd, int summed) {
    if (config.hierarchical || (config.multiValued && config.requireDimCount)) {
      return counts.count(pathOrd);
    }
    return config.multiValued ? -1 : summed;
  }
}
