package org.straits.admin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.straits.index.DuplicateGroups;
import org.straits.index.Fields;

/**
 * Removes one document from the index and, when asked and possible, its file from the source
 * folder. A document that stays in the source folder is remembered as excluded, so incremental
 * runs do not bring it back.
 */
public final class DocumentRemoval {
  private final Path index;
  private final Path source;
  private final ExcludedIds excluded;

  public DocumentRemoval(Path index, Path source, ExcludedIds excluded) {
    this.index = index;
    this.source = source;
    this.excluded = excluded;
  }

  /** What happened, in words for the administrator. */
  public record Outcome(String id, String file, boolean fileDeleted, String message) {}

  /** Must not run beside an indexing run: callers go through {@link IndexJobs#exclusive}. */
  public Outcome remove(String id, boolean fromSource) throws IOException, DocumentNotFoundException {
    try (Directory dir = FSDirectory.open(index)) {
      String file = fileOf(dir, id);
      int siblings = documentsIn(dir, file) - 1;
      boolean deleteFile = fromSource && siblings == 0;
      try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
        writer.deleteDocuments(new Term(Fields.ID, id));
        if (deleteFile) {
          Files.deleteIfExists(source.resolve(file).normalize());
        } else {
          excluded.add(id);
        }
        // A removed representative hands its group over to the next version in the same commit.
        DuplicateGroups.update(writer);
        writer.commit();
      }
      return new Outcome(id, file, deleteFile, message(id, file, fromSource, deleteFile, siblings));
    }
  }

  private static String message(String id, String file, boolean fromSource, boolean deleted, int siblings) {
    if (deleted) {
      return "removed " + id + " from the index and deleted " + file + " from the source folder";
    }
    if (fromSource) {
      return "removed " + id + " from the index; " + file + " holds " + siblings
          + " other documents, so it stays in the source folder and " + id + " is excluded from future runs";
    }
    return "removed " + id + " from the index; its file stays and it is excluded from future runs";
  }

  private static String fileOf(Directory dir, String id) throws IOException, DocumentNotFoundException {
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      TopDocs top = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
      if (top.scoreDocs.length == 0) {
        throw new DocumentNotFoundException(id);
      }
      Document doc = searcher.storedFields().document(top.scoreDocs[0].doc, Set.of(Fields.FILE));
      return doc.get(Fields.FILE);
    }
  }

  private static int documentsIn(Directory dir, String file) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      return new IndexSearcher(reader).count(new TermQuery(new Term(Fields.FILE, file)));
    }
  }
}
