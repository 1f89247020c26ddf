package org.straits.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.straits.bench.IndexingBench;
import org.straits.index.Fields;
import org.straits.ingest.SourceDocument;

/**
 * Precision and recall of repost grouping on a {@link NearDuplicateSet}: the set is indexed through
 * the real indexer, and the groups it made are compared pair by pair with the truth (a copy and its
 * original, or two copies of one original, are one story; everything else is two).
 */
public final class NearDuplicateEval {
  /** Pair counts, and per kind of edit how many copies landed in their original's group. */
  public record Report(int documents, long truePairs, long predictedPairs, long correctPairs,
      Map<String, int[]> recallByEdit, List<String> falsePairs) {
    public double precision() {
      return predictedPairs == 0 ? 1 : correctPairs / (double) predictedPairs;
    }

    public double recall() {
      return truePairs == 0 ? 1 : correctPairs / (double) truePairs;
    }
  }

  private NearDuplicateEval() {}

  public static Report run(List<NearDuplicateSet.Item> items, Path work, int threads) throws IOException {
    List<SourceDocument> docs = items.stream().map(NearDuplicateSet.Item::doc).toList();
    IndexingBench.IndexedCorpus indexed = IndexingBench.index(docs, work, null, threads);
    Map<String, Long> groups = groups(indexed.indexDir());
    Map<String, String> origin = new HashMap<>();
    items.forEach(i -> origin.put(i.doc().id(), i.origin()));
    Map<String, int[]> byEdit = new TreeMap<>();
    for (NearDuplicateSet.Item item : items) {
      if (!item.origin().equals(item.doc().id())) {
        int[] counts = byEdit.computeIfAbsent(item.edit(), e -> new int[2]);
        counts[1]++;
        if (groups.get(item.doc().id()).equals(groups.get(item.origin()))) {
          counts[0]++;
        }
      }
    }
    List<String> ids = new ArrayList<>(groups.keySet());
    long truePairs = 0, predicted = 0, correct = 0;
    List<String> falsePairs = new ArrayList<>();
    for (int a = 0; a < ids.size(); a++) {
      for (int b = a + 1; b < ids.size(); b++) {
        boolean same = origin.get(ids.get(a)).equals(origin.get(ids.get(b)));
        boolean grouped = groups.get(ids.get(a)).equals(groups.get(ids.get(b)));
        truePairs += same ? 1 : 0;
        predicted += grouped ? 1 : 0;
        correct += same && grouped ? 1 : 0;
        if (grouped && !same && falsePairs.size() < 20) {
          falsePairs.add(ids.get(a) + " = " + ids.get(b));
        }
      }
    }
    return new Report(ids.size(), truePairs, predicted, correct, byEdit, falsePairs);
  }

  private static Map<String, Long> groups(Path indexDir) throws IOException {
    Map<String, Long> groups = new HashMap<>();
    try (FSDirectory dir = FSDirectory.open(indexDir); DirectoryReader reader = DirectoryReader.open(dir)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        NumericDocValues group = leaf.reader().getNumericDocValues(Fields.DUP_GROUP);
        Bits live = leaf.reader().getLiveDocs();
        var stored = leaf.reader().storedFields();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if ((live == null || live.get(doc)) && group.advanceExact(doc)) {
            // Group 0 is a story of one: a group of its own, not one shared with every other.
            long key = group.longValue() == 0 ? -1L - leaf.docBase - doc : group.longValue();
            groups.put(stored.document(doc, Set.of(Fields.ID)).get(Fields.ID), key);
          }
        }
      }
    }
    return groups;
  }
}
