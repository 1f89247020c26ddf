package org.straits.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.straits.App;
import org.straits.bench.BenchRunner;
import org.straits.bench.IndexingBench;
import org.straits.bench.PlainLuceneBaseline;
import org.straits.bench.RankedDoc;
import org.straits.index.Fields;
import org.straits.search.IndexView;
import org.straits.search.PorterFamilies;
import org.straits.search.UserQueryParser;

/**
 * Scores Straits and the plain-Lucene baseline on a test collection in one run. Straits indexes
 * through the real JSON Lines → Indexer → DocumentBuilder path into a scratch index and ranks with
 * {@link UserQueryParser} over the same fields and boosts as the search service (facets and
 * snippets do not change the ranking). Both rank the first {@link #DEPTH} documents, as trec_eval
 * runs usually do; run files go to {@code runDir/<query set>-<system>.run}.
 */
public final class Evaluator {
  public static final String STRAITS = "Straits";
  public static final String BASELINE = "Plain Lucene";
  public static final int DEPTH = 1000;

  private final Path work;
  private final Path runDir;
  private final Path gazetteer;
  private final int threads;

  public Evaluator(Path work, Path runDir, Path gazetteer, int threads) {
    this.work = work;
    this.runDir = runDir;
    this.gazetteer = gazetteer;
    this.threads = threads;
  }

  public List<EvalResult> evaluate(TestCollection collection) throws IOException {
    Path scratch = Files.createDirectories(work).resolve(collection.name());
    BenchRunner.deleteTree(scratch);
    List<EvalResult> results = new ArrayList<>();
    try {
      IndexingBench.IndexedCorpus straits = IndexingBench.index(collection.documents(), scratch.resolve("straits"),
          gazetteer, threads);
      try (IndexView view = straits.app().openIndex();
          PlainLuceneBaseline baseline = PlainLuceneBaseline.build(collection.documents(), scratch.resolve("lucene"), threads)) {
        StraitsRanker ranker = new StraitsRanker(view, straits.app());
        for (QuerySet set : collection.querySets()) {
          Map<String, Scores> bySystem = new LinkedHashMap<>();
          bySystem.put(STRAITS, score(set, STRAITS, ranker::rank));
          bySystem.put(BASELINE, score(set, BASELINE, baseline::rank));
          results.add(new EvalResult(set.name(), collection.documents().size(), set.judged().size(), bySystem));
        }
      }
    } finally {
      BenchRunner.deleteTree(scratch);
    }
    return results;
  }

  /** A system's ranking for query text. */
  @FunctionalInterface
  interface Ranker {
    List<RankedDoc> rank(String text, int depth) throws IOException;
  }

  private Scores score(QuerySet set, String system, Ranker ranker) throws IOException {
    Map<String, List<RankedDoc>> rankings = new LinkedHashMap<>();
    List<Scores> perQuery = new ArrayList<>();
    for (EvalQuery query : set.judged()) {
      List<RankedDoc> ranking = ranker.rank(query.text(), DEPTH);
      rankings.put(query.id(), ranking);
      perQuery.add(Measures.score(ranking.stream().map(RankedDoc::id).toList(), set.qrels().get(query.id())));
    }
    String runName = system.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
    RunFile.write(runDir.resolve(set.name() + "-" + runName + ".run"), runName, rankings);
    return Scores.mean(perQuery);
  }

  /** Straits' ranking: the user query parser's query over the index the real indexer wrote. */
  private static final class StraitsRanker {
    private static final Set<String> ID_ONLY = Set.of(Fields.ID);
    private final IndexView view;
    private final UserQueryParser parser;

    /** The app's per-field analyzer and gazetteer, as the search service parses with. */
    StraitsRanker(IndexView view, App app) {
      this.view = view;
      this.parser = new UserQueryParser(app.analyzer(), app.entityNames(), PorterFamilies.over(view),
          org.straits.search.PhraseIdf.over(view));
    }

    List<RankedDoc> rank(String text, int depth) throws IOException {
      UserQueryParser.ParsedQuery parsed = parser.parse(text);
      return view.read((searcher, facets) -> {
        TopDocs top = searcher.search(parsed.query(), depth);
        if (top.scoreDocs.length == 0 && parsed.fallback() != null) {
          top = searcher.search(parsed.fallback(), depth);
        }
        StoredFields stored = searcher.storedFields();
        List<RankedDoc> ranking = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc hit : top.scoreDocs) {
          ranking.add(new RankedDoc(stored.document(hit.doc, ID_ONLY).get(Fields.ID), hit.score));
        }
        return ranking;
      });
    }
  }
}
