package org.straits.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.straits.analysis.BilingualAnalyzer;
import org.straits.analysis.HanBigramAnalyzer;

/**
 * How far the stock-factory chains of the configset ({@link StockChain}) are from Straits' own
 * analysis, on real text: terms counted per document as a multiset, and the share of term
 * occurrences one chain has and the other lacks. The reason text fields are sent pre-analysed.
 */
public final class AnalysisParity {
  /** Per chain: documents, term occurrences in Straits' analysis, occurrences that differ, documents that differ. */
  public record Result(String chain, int documents, long straitsTerms, long differingTerms, int differingDocuments) {
    public double differingShare() {
      return straitsTerms == 0 ? 0 : (double) differingTerms / straitsTerms;
    }
  }

  private AnalysisParity() {}

  public static List<Result> measure(List<String> texts) throws IOException {
    Path configset = Files.createTempDirectory("straits-configset-");
    try {
      SolrConfigset.write(configset);
      List<Result> results = new ArrayList<>();
      try (Analyzer words = StockChain.words().analyzer(configset);
          Analyzer bigrams = StockChain.bigrams().analyzer(configset);
          Analyzer straitsWords = new BilingualAnalyzer();
          Analyzer straitsBigrams = new HanBigramAnalyzer()) {
        results.add(compare("words (title/body/notes)", texts, straitsWords, words));
        results.add(compare("Han bigrams (title_cjk/body_cjk)", texts, straitsBigrams, bigrams));
      }
      return results;
    } finally {
      try (var files = Files.walk(configset)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static Result compare(String chain, List<String> texts, Analyzer straits, Analyzer stock) {
    long total = 0;
    long differing = 0;
    int documents = 0;
    for (String text : texts) {
      Map<String, Integer> ours = terms(straits, text);
      Map<String, Integer> theirs = terms(stock, text);
      long diff = 0;
      for (Map.Entry<String, Integer> term : ours.entrySet()) {
        diff += Math.abs(term.getValue() - theirs.getOrDefault(term.getKey(), 0));
      }
      for (Map.Entry<String, Integer> term : theirs.entrySet()) {
        if (!ours.containsKey(term.getKey())) {
          diff += term.getValue();
        }
      }
      total += ours.values().stream().mapToLong(Integer::longValue).sum();
      differing += diff;
      documents += diff > 0 ? 1 : 0;
    }
    return new Result(chain, texts.size(), total, differing, documents);
  }

  private static Map<String, Integer> terms(Analyzer analyzer, String text) {
    Map<String, Integer> counts = new HashMap<>();
    try (TokenStream stream = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        counts.merge(term.toString(), 1, Integer::sum);
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return counts;
  }
}
