package org.straits.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/** The embedded index on disk as the admin area's removal sees it. */
public final class LuceneDocumentStore implements DocumentStore {
  private final Path index;

  public LuceneDocumentStore(Path index) {
    this.index = index;
  }

  @Override
  public Optional<Stored> find(String id) throws IOException {
    try (Directory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      TopDocs top = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      Document doc = searcher.storedFields().document(top.scoreDocs[0].doc, Set.of(Fields.FILE, Fields.TITLE));
      String file = doc.get(Fields.FILE);
      String title = doc.get(Fields.TITLE) == null ? "" : doc.get(Fields.TITLE);
      int siblings = searcher.count(new TermQuery(new Term(Fields.FILE, file))) - 1;
      return Optional.of(new Stored(file, title, siblings));
    }
  }

  @Override
  public void delete(String id) throws IOException {
    try (Directory dir = FSDirectory.open(index);
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
      writer.deleteDocuments(new Term(Fields.ID, id));
      // A removed representative hands its group over to the next version in the same commit.
      DuplicateGroups.update(writer);
      writer.commit();
    }
  }
}
