package org.straits.search;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.MultiFacets;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;

/**
 * One dimension's counts of a search, as Lucene's sorted-set facets counted them, answered from
 * the count array and the snapshot's kept ordinals ({@link FacetOrdinals}) instead of by Lucene:
 * its top children walk a dimension's children through sibling links and a priority queue, and
 * look every label up in the compressed terms dictionary, for every request (docs/benchmarks.md,
 * "The median, round two"). The results are Lucene's: the same values, counts, order (count
 * descending, then ordinal, which is label order), path count and child count.
 *
 * <p>Lucene keeps the counts to itself; they are read through variable handles on its fields
 * (both libraries are on the class path). When that is not possible — another Lucene, or counts
 * of another kind — {@link #of} answers null and the caller asks Lucene as before.
 */
final class OrdinalCounts {
  private static final Access ACCESS = Access.open();

  private final int[] counts;
  private final FacetOrdinals ordinals;
  private final FacetsConfig.DimConfig config;

  private OrdinalCounts(int[] counts, FacetOrdinals ordinals, FacetsConfig.DimConfig config) {
    this.counts = counts;
    this.ordinals = ordinals;
    this.config = config;
  }

  /** The counts of {@code dim} in {@code facets}, or null when only Lucene can answer for them. */
  static OrdinalCounts of(Facets facets, String dim, SortedSetDocValuesReaderState state) {
    if (ACCESS == null || !(state instanceof FacetOrdinals ordinals)) {
      return null;
    }
    Facets counted = ACCESS.forDim(facets, dim);
    if (!(counted instanceof SortedSetDocValuesFacetCounts sorted) || ACCESS.state(sorted) != state) {
      return null;
    }
    int[] counts = ACCESS.counts(sorted);
    return counts == null ? null : new OrdinalCounts(counts, ordinals, state.getFacetsConfig().getDimConfig(dim));
  }

  /** Lucene's {@code getTopChildren}: the {@code topN} most frequent children, ties in ordinal order. */
  FacetResult top(int topN, String dim, String... path) throws IOException {
    if (topN <= 0) {
      throw new IllegalArgumentException("topN must be > 0 (got: " + topN + ")");
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
      int count = counts[ord];
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
    if (children == null) {
      return null;
    }
    List<LabelAndValue> values = new ArrayList<>();
    int sum = 0;
    for (int i = children.from(); i < children.ords().length; i++) {
      int ord = children.ords()[i];
      int count = counts[ord];
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
    return ord < 0 ? -1 : counts[ord];
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
      return counts[pathOrd];
    }
    return config.multiValued ? -1 : summed;
  }

  /** The fields of Lucene's facet classes these counts are read from. */
  private record Access(VarHandle counts, VarHandle state, VarHandle byDim, VarHandle fallback) {
    static Access open() {
      try {
        MethodHandles.Lookup sorted = MethodHandles.privateLookupIn(SortedSetDocValuesFacetCounts.class,
            MethodHandles.lookup());
        MethodHandles.Lookup multi = MethodHandles.privateLookupIn(MultiFacets.class, MethodHandles.lookup());
        return new Access(sorted.findVarHandle(SortedSetDocValuesFacetCounts.class, "counts", int[].class),
            sorted.findVarHandle(SortedSetDocValuesFacetCounts.class, "state", SortedSetDocValuesReaderState.class),
            multi.findVarHandle(MultiFacets.class, "dimToFacets", Map.class),
            multi.findVarHandle(MultiFacets.class, "defaultFacets", Facets.class));
      } catch (ReflectiveOperationException | RuntimeException notThisLucene) {
        return null;
      }
    }

    int[] counts(SortedSetDocValuesFacetCounts facets) {
      return (int[]) this.counts.get(facets);
    }

    Object state(SortedSetDocValuesFacetCounts facets) {
      return this.state.get(facets);
    }

    /** The facets a multi-facets object asks for {@code dim}, as it does: the dimension's own, else the default. */
    Facets forDim(Facets facets, String dim) {
      if (!(facets instanceof MultiFacets multi)) {
        return facets;
      }
      Facets own = (Facets) ((Map<?, ?>) byDim.get(multi)).get(dim);
      return own != null ? own : (Facets) fallback.get(multi);
    }
  }

  /** Whether counts are read here (true with the Lucene this was built for); false means Lucene answers. */
  static boolean available() {
    return ACCESS != null;
  }
}
