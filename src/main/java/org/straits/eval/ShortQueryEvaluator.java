package org.straits.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.straits.bench.BenchRunner;
import org.straits.bench.IndexingBench;
import org.straits.entity.EntityMatcher;
import org.straits.index.FacetDims;
import org.straits.ingest.SourceDocument;
import org.straits.search.IndexView;
import org.straits.search.Notices;
import org.straits.search.SearchRequest;
import org.straits.search.SearchResult;
import org.straits.search.SearchService;

/**
 * Short queries as readers type them (two to four words), run through the real search service
 * over an index of a corpus, and graded per language without relevance judgements:
 * conjunctive precision@10 (the share of top-10 hits whose text holds every query word, an
 * inflection of it, or the named entity's name; also over the queries that did not fall back
 * to some of the words because no document has them all), highlight coverage (of the query words inside
 * the returned titles and snippets, the share marked) and false marks (of the marked spans, the
 * share that is neither a query word nor another name of a named entity).
 */
public final class ShortQueryEvaluator {
  private static final int TOP = 10;

  private final Path work;
  private final Path gazetteer;
  private final int threads;

  public ShortQueryEvaluator(Path work, Path gazetteer, int threads) {
    this.work = work;
    this.gazetteer = gazetteer;
    this.threads = threads;
  }

  /** Figures for one language of the suite. */
  public record LanguageScores(String lang, int queries, int withoutResults, int fellBack, int hits,
      double conjunctivePrecision10, double conjunctiveWhereAllExist, int words, double highlightCoverage, int marks,
      double falseMarks) {}

  public List<LanguageScores> evaluate(List<SourceDocument> documents, List<ShortQuery> queries) throws IOException {
    Path scratch = Files.createDirectories(work).resolve("short");
    BenchRunner.deleteTree(scratch);
    try {
      IndexingBench.IndexedCorpus indexed = IndexingBench.index(documents, scratch, gazetteer, threads);
      Map<String, String> texts = new HashMap<>();
      documents.forEach(d -> texts.put(d.id(), d.title() + "\n" + d.body() + "\n" + orEmpty(d.notes())));
      EntityMatcher matcher = indexed.app().entityNames().matcher();
      Map<String, Tally> byLang = new LinkedHashMap<>();
      try (IndexView view = indexed.app().openIndex()) {
        SearchService service = indexed.app().searchService(view);
        for (ShortQuery query : queries) {
          Tally tally = byLang.computeIfAbsent(query.lang(), lang -> new Tally());
          tally.add(service.search(request(query)), QueryWords.of(query.text(), matcher), texts);
        }
      }
      List<LanguageScores> scores = new ArrayList<>();
      byLang.forEach((lang, tally) -> scores.add(tally.scores(lang)));
      return scores;
    } finally {
      BenchRunner.deleteTree(scratch);
    }
  }

  private static SearchRequest request(ShortQuery query) {
    Map<String, List<String>> filters = query.region().isEmpty() ? Map.of() : Map.of(FacetDims.REGION, List.of(query.region()));
    return new SearchRequest(query.text(), filters, null, null, null, 1, TOP, 0);
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }

  /** Counts for one language, summed over its queries (micro-averages). */
  private static final class Tally {
    int queries;
    int withoutResults;
    int fellBack;
    int hits;
    int conjunctive;
    int hitsWhereAllExist;
    int conjunctiveWhereAllExist;
    int words;
    int markedWords;
    int marks;
    int falseMarks;

    void add(SearchResult result, QueryWords words, Map<String, String> texts) {
      queries++;
      if (result.hits().isEmpty()) {
        withoutResults++;
      }
      // Straits says so when no document has all the words and it shows documents with some.
      boolean fallback = result.notices().stream()
          .anyMatch(n -> n.key().equals(Notices.SOME_WORDS) || n.key().equals(Notices.SYNTAX_SOME_WORDS));
      fellBack += fallback ? 1 : 0;
      for (SearchResult.Hit hit : result.hits()) {
        hits++;
        boolean all = words.allIn(texts.getOrDefault(hit.id(), ""));
        conjunctive += all ? 1 : 0;
        if (!fallback) {
          hitsWhereAllExist++;
          conjunctiveWhereAllExist += all ? 1 : 0;
        }
        grade(MarkedText.parse(hit.titleHtml()), words);
        hit.snippets().forEach(snippet -> grade(MarkedText.parse(snippet), words));
      }
    }

    private void grade(MarkedText shown, QueryWords query) {
      List<int[]> wanted = query.occurrences(shown.text());
      for (int[] word : wanted) {
        words++;
        if (shown.isMarked(word[0], word[1])) {
          markedWords++;
        }
      }
      for (int[] mark : shown.marks()) {
        marks++;
        if (!covered(shown.text(), mark, wanted)) {
          falseMarks++;
        }
      }
    }

    /** Whether every letter of the mark belongs to a wanted word. */
    private static boolean covered(String text, int[] mark, List<int[]> wanted) {
      for (int pos = mark[0]; pos < mark[1]; pos++) {
        if (Character.isLetterOrDigit(text.charAt(pos)) && !inAny(pos, wanted)) {
          return false;
        }
      }
      return true;
    }

    private static boolean inAny(int pos, List<int[]> spans) {
      for (int[] span : spans) {
        if (pos >= span[0] && pos < span[1]) {
          return true;
        }
      }
      return false;
    }

    LanguageScores scores(String lang) {
      return new LanguageScores(lang, queries, withoutResults, fellBack, hits, share(conjunctive, hits),
          share(conjunctiveWhereAllExist, hitsWhereAllExist), words, share(markedWords, words), marks, share(falseMarks, marks));
    }

    private static double share(int part, int whole) {
      return whole == 0 ? 0 : (double) part / whole;
    }
  }
}
