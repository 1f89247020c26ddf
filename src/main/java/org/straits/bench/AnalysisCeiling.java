package org.straits.bench;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.straits.analysis.HanBigramAnalyzer;
import org.straits.entity.EntityMatcher;
import org.straits.index.Fields;
import org.straits.index.IndexAnalyzer;
import org.straits.ingest.SourceDocument;

/**
 * The work indexing cannot avoid: every text field through the index's per-field analyzer
 * ({@link IndexAnalyzer}: bilingual words, Han bigram shadows) and the title and body through the
 * entity matcher, with no index written. Indexing throughput is
 * reported as a share of this ceiling.
 */
public final class AnalysisCeiling {
  private final EntityMatcher matcher;
  private final int threads;

  public AnalysisCeiling(EntityMatcher matcher, int threads) {
    this.matcher = matcher;
    this.threads = Math.max(1, threads);
  }

  /** Analyses {@code docs} on as many threads as indexing uses (an analyzer reuses its chain per thread). */
  public Throughput measure(List<SourceDocument> docs) throws IOException {
    long start = System.nanoTime();
    try (HeapSampler heap = HeapSampler.start(); Analyzer analyzer = IndexAnalyzer.create()) {
      Parallel.forEach(docs, threads, doc -> analyse(analyzer, doc));
      double seconds = (System.nanoTime() - start) / 1e9;
      return new Throughput(docs.size(), CorpusFiles.textBytes(docs), seconds, 0, heap.peakBytes());
    }
  }

  private void analyse(Analyzer analyzer, SourceDocument doc) throws IOException {
    consume(analyzer, Fields.TITLE, doc.title());
    consume(analyzer, Fields.BODY, doc.body());
    if (HanBigramAnalyzer.hasHan(doc.title())) {
      consume(analyzer, Fields.TITLE_CJK, doc.title());
    }
    if (HanBigramAnalyzer.hasHan(doc.body())) {
      consume(analyzer, Fields.BODY_CJK, doc.body());
    }
    consume(analyzer, Fields.NOTES, doc.notes());
    for (String author : doc.authors()) {
      consume(analyzer, Fields.AUTHOR_TEXT, author);
    }
    matcher.counts(doc.title() + "\n" + doc.body());
  }

  /** Reads every term of the token stream, as the indexing chain does. */
  static void consume(Analyzer analyzer, String field, String text) throws IOException {
    if (text.isEmpty()) {
      return;
    }
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        term.length();
      }
      stream.end();
    }
  }
}
