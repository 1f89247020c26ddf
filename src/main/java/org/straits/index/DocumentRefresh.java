package org.straits.index;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.straits.ingest.SourceDocument;

/**
 * Rebuilds the few documents a review decision touches from what the index stores of them (text,
 * metadata), with the gazetteer and discovery now in force, and swaps them in with one commit:
 * accepting, merging or rejecting a discovered name takes effect without a full rebuild.
 */
public final class DocumentRefresh {
  private final DocumentBuilder builder;

  public DocumentRefresh(DocumentBuilder builder) {
    this.builder = builder;
  }

  /** Re-indexes every document holding the discovered value {@code key}; returns how many. */
  public int refresh(Path indexDir, String key) throws IOException {
    try (Directory dir = FSDirectory.open(indexDir)) {
      if (!DirectoryReader.indexExists(dir)) {
        return 0;
      }
      Map<String, String> metadata = IndexMetadata.read(dir);
      try (IndexWriter writer = open(dir, indexDir); DirectoryReader reader = DirectoryReader.open(writer)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        ScoreDoc[] hits = searcher.search(new TermQuery(new Term(Fields.DISCOVERED_KEY, key)), Integer.MAX_VALUE).scoreDocs;
        for (ScoreDoc hit : hits) {
          Document stored = searcher.storedFields().document(hit.doc);
          writer.updateDocument(new Term(Fields.ID, stored.get(Fields.ID)),
              builder.build(sourceOf(stored), stored.get(Fields.FILE_HASH), firstSeen(stored)));
        }
        if (hits.length > 0) {
          // The rebuilt documents start ungrouped: put them back into their stories in this commit.
          DuplicateGroups.update(writer);
          Map<String, String> data = new java.util.HashMap<>(metadata);
          data.put(IndexMetadata.COMMITTED, Instant.now().toString());
          writer.setLiveCommitData(data.entrySet());
          writer.commit();
        }
        return hits.length;
      }
    }
  }

  /** The id's first indexing time, kept (an index from before feeds: now). */
  private static long firstSeen(Document stored) {
    org.apache.lucene.index.IndexableField field = stored.getField(Fields.INDEXED_AT);
    return field == null || field.numericValue() == null ? System.currentTimeMillis() : field.numericValue().longValue();
  }

  private static IndexWriter open(Directory dir, Path indexDir) throws IOException {
    IndexWriterConfig config = WriterSettings.apply(new IndexWriterConfig(IndexAnalyzer.create()))
        .setOpenMode(IndexWriterConfig.OpenMode.APPEND)
        .setCommitOnClose(false);
    try {
      return new IndexWriter(dir, config);
    } catch (LockObtainFailedException e) {
      throw new IOException("an indexing run is using " + indexDir + "; try again when it has finished", e);
    }
  }

  /** The source document as indexed: every field it is built from is stored. */
  static SourceDocument sourceOf(Document stored) {
    String date = stored.get(Fields.DATE);
    return new SourceDocument(stored.get(Fields.ID), stored.get(Fields.FILE), stored.get(Fields.TITLE),
        stored.get(Fields.BODY), stored.get(Fields.NOTES), date == null ? null : LocalDate.parse(date),
        List.of(stored.getValues(Fields.AUTHORS)), List.of(stored.getValues(Fields.EDITORS)),
        stored.get(Fields.SOURCE), stored.get(Fields.URL), stored.get(Fields.LANG));
  }
}
