package org.straits.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.straits.App;
import org.straits.Fixtures;
import org.straits.schema.Schema;

/** The index's stored-field format (StraitsCodec) on real indexes, and indexes written before it. */
class StoredFieldsFormatTest {
  @TempDir Path source;
  @TempDir Path index;
  @TempDir Path old;

  /** Several chunks' worth of text: a hit in the middle of a chunk decompresses its start too. */
  private static String longBody() {
    StringBuilder body = new StringBuilder();
    for (int i = 0; body.length() < 40_000; i++) {
      body.append("两岸关系第").append(i).append("段，金门海巡 patrol number ").append(i).append(". ");
    }
    return body.toString().strip();
  }

  private App indexed(String body) throws IOException {
    Fixtures.writeCorpus(source);
    Fixtures.write(source, "zh/long.jsonl", "{\"id\":\"long:1\",\"title\":\"长文\",\"body\":\"" + body
        + "\",\"date\":\"2024-03-01\",\"lang\":\"zh\"}\n");
    App app = Fixtures.app(source, index);
    app.indexer().run(source, index, false, IndexProgress.Listener.NONE);
    return app;
  }

  private static String storedBody(DirectoryReader reader, String id) throws IOException {
    TopDocs hits = new IndexSearcher(reader).search(new TermQuery(new Term(Schema.ID, id)), 1);
    assertEquals(1, hits.totalHits.value(), id);
    StoredFields stored = reader.storedFields();
    Document doc = stored.document(hits.scoreDocs[0].doc, Set.of(Schema.BODY));
    return doc.get(Schema.BODY);
  }

  private static Set<String> codecs(DirectoryReader reader) {
    Set<String> names = new java.util.TreeSet<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      names.add(((SegmentReader) leaf.reader()).getSegmentInfo().info.getCodec().getName());
    }
    return names;
  }

  @Test
  void storedTextReadsBackAfterReopenInTheIndexsOwnFormat() throws IOException {
    String body = longBody();
    indexed(body);
    try (Directory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
      assertEquals(Set.of(StraitsCodec.NAME), codecs(reader));
      assertEquals(body, storedBody(reader, "long:1"));
      assertTrue(storedBody(reader, "cctv:1").contains("两岸"), "a short document beside the long one");
      assertEquals(StraitsCodec.FORMAT, IndexMetadata.read(dir).get(IndexMetadata.FORMAT));
      for (int doc = 0; doc < reader.maxDoc(); doc++) {
        assertFalse(reader.storedFields().document(doc).get(Schema.ID).isEmpty());
      }
    }
  }

  /**
   * An index from before the format (Lucene's own codec, no format in its commit data) still
   * opens and reads, and the next run rebuilds it in the new format with the same documents.
   */
  @Test
  void anIndexInLucenesDefaultFormatOpensAndIsRebuilt() throws IOException {
    String body = longBody();
    App app = indexed(body);
    int documents = rewriteInLucenesDefaultCodec(index, old);
    try (Directory dir = FSDirectory.open(old); DirectoryReader reader = DirectoryReader.open(dir)) {
      assertEquals(Set.of(Codec.getDefault().getName()), codecs(reader));
      assertEquals(body, storedBody(reader, "long:1"));
    }
    String reason = app.indexer().staleness(old);
    assertTrue(reason != null && reason.contains("stored-field format"), reason);

    IndexRunSummary rebuilt = app.indexer().run(source, old, false, IndexProgress.Listener.NONE);
    assertTrue(rebuilt.fullRebuild());
    assertEquals(reason, rebuilt.rebuildReason());
    assertNull(app.indexer().staleness(old));
    try (Directory dir = FSDirectory.open(old); DirectoryReader reader = DirectoryReader.open(dir)) {
      assertEquals(Set.of(StraitsCodec.NAME), codecs(reader));
      assertEquals(documents, reader.numDocs());
      assertEquals(body, storedBody(reader, "long:1"));
    }
  }

  /** Copies the index at {@code from} into {@code to} as an earlier release wrote it. */
  private static int rewriteInLucenesDefaultCodec(Path from, Path to) throws IOException {
    try (Directory in = FSDirectory.open(from); DirectoryReader reader = DirectoryReader.open(in);
        Directory out = FSDirectory.open(to);
        IndexWriter writer = new IndexWriter(out, new IndexWriterConfig().setCodec(Codec.getDefault()))) {
      List<CodecReader> leaves = reader.leaves().stream().map(l -> (CodecReader) l.reader()).toList();
      writer.addIndexes(leaves.toArray(CodecReader[]::new));
      Map<String, String> data = new HashMap<>(IndexMetadata.read(in));
      data.remove(IndexMetadata.FORMAT);
      writer.setLiveCommitData(data.entrySet());
      writer.commit();
      return reader.numDocs();
    }
  }
}
