package org.straits.admin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
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
 * runs do not bring it back; {@link #restore} brings it back.
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

  /**
   * What deleting a document would do, for the confirmation page and the outcome message.
   *
   * @param siblings other documents in the same file: when there are any, the file stays
   * @param fileGoes whether the file is deleted from the source folder too
   */
  public record Plan(String id, String title, String file, int siblings, boolean fromSource, boolean fileGoes) {}

  /** What happened. */
  public record Outcome(Plan plan, boolean fileDeleted) {}

  /** What {@link #remove} would do, without doing it. */
  public Plan plan(String id, boolean fromSource) throws IOException, DocumentNotFoundException {
    try (Directory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      TopDocs top = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
      if (top.scoreDocs.length == 0) {
        throw new DocumentNotFoundException(id);
      }
      Document doc = searcher.storedFields().document(top.scoreDocs[0].doc, Set.of(Fields.FILE, Fields.TITLE));
      String file = doc.get(Fields.FILE);
      String title = doc.get(Fields.TITLE) == null ? "" : doc.get(Fields.TITLE);
      int siblings = searcher.count(new TermQuery(new Term(Fields.FILE, file))) - 1;
      return new Plan(id, title, file, siblings, fromSource, fromSource && siblings == 0);
    }
  }

  /** Must not run beside an indexing run: callers go through {@link IndexJobs#exclusive}. */
  public Outcome remove(String id, boolean fromSource, String by) throws IOException, DocumentNotFoundException {
    Plan plan = plan(id, fromSource);
    try (Directory dir = FSDirectory.open(index);
        IndexWriter writer = new IndexWriter(dir,
            org.straits.index.WriterSettings.apply(new IndexWriterConfig()).setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
      writer.deleteDocuments(new Term(Fields.ID, id));
      boolean deleted = false;
      if (plan.fileGoes()) {
        deleted = Files.deleteIfExists(source.resolve(plan.file()).normalize());
      } else {
        excluded.add(new ExcludedIds.Entry(id, plan.file(), plan.title(), Instant.now(), by));
      }
      // A removed representative hands its group over to the next version in the same commit.
      DuplicateGroups.update(writer);
      writer.commit();
      return new Outcome(plan, deleted);
    }
  }

  /**
   * Takes {@code id} off the excluded list and marks its file to be read again; the caller starts
   * the run that brings the document back.
   *
   * @return the restored entry and whether its file is still in the source folder
   */
  public Restored restore(String id) throws IOException, DocumentNotFoundException {
    ExcludedIds.Entry entry = excluded.restore(id).orElseThrow(() -> new DocumentNotFoundException(id, "excluded"));
    boolean present = !entry.file().isEmpty() && Files.isRegularFile(source.resolve(entry.file()).normalize());
    return new Restored(entry, present);
  }

  /** A restored document: its entry, and whether its file is still there to read it from. */
  public record Restored(ExcludedIds.Entry entry, boolean filePresent) {}
}
