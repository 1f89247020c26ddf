package org.straits.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.straits.ingest.SourceDocument;

/**
 * The floor Straits is measured against, in the benchmark and the evaluation alike: out-of-the-box
 * Lucene with {@link EnglishAnalyzer} for English documents and {@link SmartChineseAnalyzer} for
 * Chinese ones (one field each, chosen by the document's language; queries routed by script),
 * BM25, no facets, no highlighting, no traditional/simplified folding, no entities.
 */
public final class PlainLuceneBaseline implements SearchSystem {
  static final String ID = "id";
  static final String TITLE = "title";
  static final String BODY_EN = "body_en";
  static final String BODY_ZH = "body_zh";
  static final String LANG = "lang";
  static final String SOURCE = "source";
  static final String DAY = "day";
  private static final Set<String> HIT_FIELDS = Set.of(ID, TITLE);
  private static final Sort NEWEST = new Sort(new SortField(DAY, SortField.Type.LONG, true));

  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final Throughput indexing;

  private PlainLuceneBaseline(Directory directory, Throughput indexing) throws IOException {
    this.directory = directory;
    this.reader = DirectoryReader.open(directory);
    this.searcher = new IndexSearcher(reader);
    this.indexing = indexing;
  }

  /** Indexes {@code docs} into a new index at {@code dir} and opens it for searching. */
  public static PlainLuceneBaseline build(List<SourceDocument> docs, Path dir, int threads) throws IOException {
    Directory directory = FSDirectory.open(dir);
    long start = System.nanoTime();
    try (HeapSampler heap = HeapSampler.start()) {
      IndexWriterConfig config = new IndexWriterConfig(analyzer());
      config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
      config.setRAMBufferSizeMB(256);
      try (IndexWriter writer = new IndexWriter(directory, config)) {
        Parallel.forEach(docs, threads, doc -> writer.addDocument(document(doc)));
        writer.commit();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      Throughput indexing = new Throughput(docs.size(), CorpusFiles.textBytes(docs), seconds,
          IndexingBench.sizeOnDisk(dir), heap.peakBytes());
      return new PlainLuceneBaseline(directory, indexing);
    }
  }

  private static Analyzer analyzer() {
    return new PerFieldAnalyzerWrapper(new EnglishAnalyzer(), Map.of(BODY_ZH, new SmartChineseAnalyzer()));
  }

  private static Document document(SourceDocument source) {
    String lang = SyntheticCorpus.languageOf(source);
    Document doc = new Document();
    doc.add(new StringField(ID, source.id(), Field.Store.YES));
    doc.add(new StoredField(TITLE, source.title()));
    doc.add(new TextField(lang.equals("zh") ? BODY_ZH : BODY_EN, source.title() + "\n" + source.body(), Field.Store.NO));
    doc.add(new StringField(LANG, lang, Field.Store.NO));
    doc.add(new StringField(SOURCE, source.source(), Field.Store.NO));
    doc.add(new NumericDocValuesField(DAY, source.date() == null ? Long.MIN_VALUE : source.date().toEpochDay()));
    return doc;
  }

  public Throughput indexing() {
    return indexing;
  }

  @Override
  public String name() {
    return "Plain Lucene";
  }

  /** The best {@code k} documents for plain query text (no syntax), best first. */
  public List<RankedDoc> rank(String text, int k) throws IOException {
    TopDocs top = searcher.search(textQuery(text, false), k);
    StoredFields stored = searcher.storedFields();
    List<RankedDoc> ranking = new ArrayList<>(top.scoreDocs.length);
    for (ScoreDoc hit : top.scoreDocs) {
      ranking.add(new RankedDoc(stored.document(hit.doc, HIT_FIELDS).get(ID), hit.score));
    }
    return ranking;
  }

  @Override
  public long search(BenchQuery query) throws IOException {
    Query base = query.text().isEmpty() ? new MatchAllDocsQuery()
        : query.allWords() ? allWordsQuery(query.bareText()) : textQuery(query.bareText(), query.isPhrase());
    Query filtered = query.filtered() ? filter(base, query) : base;
    int window = query.page() * BenchQuery.PAGE_SIZE;
    TopDocs top = query.text().isEmpty() ? searcher.search(filtered, window, NEWEST) : searcher.search(filtered, window);
    StoredFields stored = searcher.storedFields();
    for (int i = (query.page() - 1) * BenchQuery.PAGE_SIZE; i < top.scoreDocs.length; i++) {
      stored.document(top.scoreDocs[i].doc, HIT_FIELDS);
    }
    return top.totalHits.value();
  }

  private static Query filter(Query base, BenchQuery query) {
    String field = query.filterDim().equals("lang") ? LANG : SOURCE;
    return new BooleanQuery.Builder()
        .add(base, BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(field, query.filterValue())), BooleanClause.Occur.FILTER)
        .build();
  }

  /** Every analysed word required, as Straits requires a few plain words. */
  private static Query allWordsQuery(String text) {
    boolean chinese = Scripts.hasHan(text);
    QueryBuilder builder = new QueryBuilder(chinese ? new SmartChineseAnalyzer() : new EnglishAnalyzer());
    Query query = builder.createBooleanQuery(chinese ? BODY_ZH : BODY_EN, text, BooleanClause.Occur.MUST);
    return query == null ? new MatchNoDocsQuery("no searchable words") : query;
  }

  /** Chinese text goes to the Chinese field, anything else to the English one. */
  private static Query textQuery(String text, boolean phrase) {
    boolean chinese = Scripts.hasHan(text);
    String field = chinese ? BODY_ZH : BODY_EN;
    QueryBuilder builder = new QueryBuilder(chinese ? new SmartChineseAnalyzer() : new EnglishAnalyzer());
    Query query = phrase ? builder.createPhraseQuery(field, text)
        : builder.createBooleanQuery(field, text, BooleanClause.Occur.SHOULD);
    return query == null ? new MatchNoDocsQuery("no searchable words") : query;
  }

  @Override
  public void close() throws IOException {
    reader.close();
    directory.close();
  }
}
