package org.straits.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.straits.analysis.RegionalVocabulary;
import org.straits.bench.BenchRunner;
import org.straits.bench.IndexingBench;
import org.straits.index.Fields;
import org.straits.ingest.SourceDocument;
import org.straits.search.EntityNames;
import org.straits.search.IndexView;
import org.straits.search.UserQueryParser;

/**
 * Taiwan-vocabulary recall on a mainland corpus. For each pair of {@link RegionalVocabulary} whose
 * mainland word occurs in enough documents, a sample of those documents is indexed twice: as
 * written (mainland), and converted to Taiwan vocabulary and traditional script with OpenCC's
 * tables ({@link TaiwanConverter}). Forward recall is the share of the mainland documents that the
 * Taiwan word (typed in traditional script, 軟體) finds; reverse recall the share of the converted
 * copies that the mainland word (软件) finds. Queries go through {@link UserQueryParser} as typed.
 */
public final class VocabularyRecall {
  private static final String COPY_PREFIX = "tw:";

  private final Path work;
  private final Path gazetteer;
  private final int threads;

  public VocabularyRecall(Path work, Path gazetteer, int threads) {
    this.work = work;
    this.gazetteer = gazetteer;
    this.threads = threads;
  }

  /** One pair's figures: documents with the mainland word, and how many each direction found. */
  public record PairRecall(String taiwan, String mainland, int documents, int foundByTaiwan, int foundByMainland) {
    public double forward() {
      return documents == 0 ? 0 : (double) foundByTaiwan / documents;
    }

    public double reverse() {
      return documents == 0 ? 0 : (double) foundByMainland / documents;
    }
  }

  /** Per pair, and micro-averaged over all sampled documents. */
  public record Report(List<PairRecall> pairs, int indexed) {
    public double forward() {
      return pairs.stream().mapToInt(PairRecall::foundByTaiwan).sum() / (double) total();
    }

    public double reverse() {
      return pairs.stream().mapToInt(PairRecall::foundByMainland).sum() / (double) total();
    }

    private int total() {
      return Math.max(1, pairs.stream().mapToInt(PairRecall::documents).sum());
    }
  }

  /**
   * @param minDocuments a pair counts when its mainland word is in at least this many documents
   * @param perPair documents sampled per pair (the first ones in corpus order)
   */
  public Report measure(List<SourceDocument> corpus, int minDocuments, int perPair) throws IOException {
    TaiwanConverter converter = TaiwanConverter.load();
    Map<String, String> pairs = pairsToMeasure(corpus, converter, minDocuments);
    Map<String, List<SourceDocument>> samples = new LinkedHashMap<>();
    Map<String, SourceDocument> indexed = new LinkedHashMap<>();
    for (String mainland : pairs.values()) {
      List<SourceDocument> sample = corpus.stream().filter(d -> contains(d, mainland)).limit(perPair).toList();
      samples.put(mainland, sample);
      for (SourceDocument doc : sample) {
        indexed.putIfAbsent(doc.id(), doc);
        indexed.computeIfAbsent(COPY_PREFIX + doc.id(), id -> converted(doc, id, converter));
      }
    }
    Path scratch = Files.createDirectories(work).resolve("vocabulary");
    BenchRunner.deleteTree(scratch);
    try {
      IndexingBench.IndexedCorpus straits =
          IndexingBench.index(new ArrayList<>(indexed.values()), scratch, gazetteer, threads);
      try (IndexView view = straits.app().openIndex()) {
        UserQueryParser parser = new UserQueryParser(straits.app().analyzer(), new EntityNames(straits.app().gazetteer()));
        List<PairRecall> results = new ArrayList<>();
        for (Map.Entry<String, String> pair : pairs.entrySet()) {
          List<SourceDocument> sample = samples.get(pair.getValue());
          Set<String> found = matches(view, parser, pair.getKey());
          Set<String> foundCopies = matches(view, parser, pair.getValue());
          int byTaiwan = (int) sample.stream().filter(d -> found.contains(d.id())).count();
          int byMainland = (int) sample.stream().filter(d -> foundCopies.contains(COPY_PREFIX + d.id())).count();
          results.add(new PairRecall(pair.getKey(), pair.getValue(), sample.size(), byTaiwan, byMainland));
        }
        return new Report(results, indexed.size());
      }
    } finally {
      BenchRunner.deleteTree(scratch);
    }
  }

  /**
   * Taiwan word as written (軟體) → mainland word, for the vocabulary's pairs whose mainland word is
   * in the corpus often enough, most frequent first. The Taiwan word is OpenCC's conversion of the
   * mainland word, kept only when it folds back to the pair's key (so the query is the word a
   * converted copy contains).
   */
  static Map<String, String> pairsToMeasure(List<SourceDocument> corpus, TaiwanConverter converter, int minDocuments) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Map.Entry<String, String> pair : RegionalVocabulary.standard().pairs().entrySet()) {
      String mainland = pair.getValue();
      if (mainland.codePoints().allMatch(org.straits.analysis.ChineseFolding::isHan) && !counts.containsKey(mainland)) {
        counts.put(mainland, (int) corpus.stream().filter(d -> contains(d, mainland)).count());
      }
    }
    Map<String, String> pairs = new LinkedHashMap<>();
    counts.entrySet().stream()
        .filter(e -> e.getValue() >= minDocuments)
        .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
        .forEach(e -> {
          String taiwan = converter.convert(e.getKey());
          if (e.getKey().equals(RegionalVocabulary.standard().pairs().get(
              org.straits.analysis.ChineseFolding.fold(taiwan)))) {
            pairs.put(taiwan, e.getKey());
          }
        });
    return pairs;
  }

  private static boolean contains(SourceDocument doc, String word) {
    return doc.title().contains(word) || doc.body().contains(word);
  }

  private static SourceDocument converted(SourceDocument doc, String id, TaiwanConverter converter) {
    return new SourceDocument(id, doc.file(), converter.convert(doc.title()), converter.convert(doc.body()),
        converter.convert(doc.notes()), doc.date(), doc.authors(), doc.editors(), doc.source(), doc.url(), doc.lang());
  }

  /** Ids of every document the query matches. */
  private static Set<String> matches(IndexView view, UserQueryParser parser, String text) throws IOException {
    UserQueryParser.ParsedQuery parsed = parser.parse(text);
    return view.read((searcher, facets) -> {
      TopDocs top = searcher.search(parsed.query(), Math.max(1, searcher.getIndexReader().numDocs()));
      StoredFields stored = searcher.storedFields();
      Set<String> ids = new HashSet<>();
      for (ScoreDoc hit : top.scoreDocs) {
        ids.add(stored.document(hit.doc, Set.of(Fields.ID)).get(Fields.ID));
      }
      return ids;
    });
  }
}
