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
import org.straits.App;
import org.straits.bench.IndexingBench;
import org.straits.entity.GazetteerException;
import org.straits.index.IndexProgress;
import org.straits.index.Fields;
import org.straits.ingest.SourceDocument;
import org.straits.solr.SolrCluster;
import org.straits.solr.SolrGroups;

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

  /** Where two engines' groups differ: pairs grouped by one only, and the first few of them. */
  public record Disagreement(long onlyFirst, long onlySecond, List<String> examples) {}

  /** The set indexed by the embedded engine: each id's story key, and the source folder written for it. */
  public record Grouped(Map<String, Long> groups, Path source) {}

  public static Report run(List<NearDuplicateSet.Item> items, Path work, int threads) throws IOException {
    return report(items, groupEmbedded(documents(items), work, threads).groups());
  }

  public static List<SourceDocument> documents(List<NearDuplicateSet.Item> items) {
    return items.stream().map(NearDuplicateSet.Item::doc).toList();
  }

  public static Grouped groupEmbedded(List<SourceDocument> docs, Path work, int threads) throws IOException {
    IndexingBench.IndexedCorpus indexed = IndexingBench.index(docs, work, null, threads);
    return new Grouped(groups(indexed.indexDir()), indexed.source());
  }

  /**
   * The documents under {@code source} indexed by Straits' Solr indexer (a full build into a new
   * collection {@code collection} of the cluster at {@code urls}), and each id's story key read from it.
   */
  public static Map<String, Long> groupOnSolr(Path source, Path work, int threads, List<String> urls, String collection)
      throws IOException {
    App base = IndexingBench.app(source, work.resolve("state"), null, threads);
    App app;
    try {
      app = new App(base.config().withSolr(urls, collection));
    } catch (GazetteerException e) {
      throw new IOException(e.getMessage(), e);
    }
    try (SolrCluster cluster = app.solrCluster()) {
      app.solrIndexer(cluster).run(source, app.config().stateDir(), true, IndexProgress.Listener.NONE);
      Map<String, Long> groups = new HashMap<>();
      long[] alone = {0};
      // Group 0 is a story of one: a key of its own, not one shared with every other.
      SolrGroups.read(cluster, collection).forEach((id, group) -> groups.put(id, group == 0 ? -1 - alone[0]++ : group));
      return groups;
    }
  }

  /** The pairs one engine groups and the other does not (the same ids on both); group by group, not pair by pair. */
  public static Disagreement compare(Map<String, Long> first, Map<String, Long> second) {
    List<String> examples = new ArrayList<>();
    long onlyFirst = pairsOnlyIn(first, second, " (first only)", examples);
    long onlySecond = pairsOnlyIn(second, first, " (second only)", examples);
    return new Disagreement(onlyFirst, onlySecond, examples);
  }

  /** The pairs in one group of {@code in} and in two groups of {@code other}. */
  private static long pairsOnlyIn(Map<String, Long> in, Map<String, Long> other, String label, List<String> examples) {
    Map<Long, List<String>> byGroup = new TreeMap<>();
    in.forEach((id, group) -> byGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(id));
    long count = 0;
    for (List<String> members : byGroup.values()) {
      java.util.Collections.sort(members);
      for (int a = 0; a < members.size(); a++) {
        for (int b = a + 1; b < members.size(); b++) {
          if (!other.get(members.get(a)).equals(other.get(members.get(b)))) {
            count++;
            if (examples.size() < 20) {
              examples.add(members.get(a) + " = " + members.get(b) + label);
            }
          }
        }
      }
    }
    return count;
  }

  /** Precision and recall of {@code groups} (id → story key) against the set's truth. */
  public static Report report(List<NearDuplicateSet.Item> items, Map<String, Long> groups) {
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
