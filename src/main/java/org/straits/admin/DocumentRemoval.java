package org.straits.admin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import org.straits.index.DocumentStore;

/**
 * Removes one document from the index and, when asked and possible, its file from the source
 * folder. A document that stays in the source folder is remembered as excluded, so incremental
 * runs do not bring it back; {@link #restore} brings it back.
 */
public final class DocumentRemoval {
  private final DocumentStore index;
  private final Path source;
  private final ExcludedIds excluded;

  /** {@code index}: the engine holding the documents (the embedded index or a Solr collection). */
  public DocumentRemoval(DocumentStore index, Path source, ExcludedIds excluded) {
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
    DocumentStore.Stored stored = index.find(id).orElseThrow(() -> new DocumentNotFoundException(id));
    return new Plan(id, stored.title(), stored.file(), stored.siblings(), fromSource,
        fromSource && stored.siblings() == 0);
  }

  /** Must not run beside an indexing run: callers go through {@link IndexJobs#exclusive}. */
  public Outcome remove(String id, boolean fromSource, String by) throws IOException, DocumentNotFoundException {
    Plan plan = plan(id, fromSource);
    index.delete(id);
    boolean deleted = false;
    if (plan.fileGoes()) {
      deleted = Files.deleteIfExists(source.resolve(plan.file()).normalize());
    } else {
      excluded.add(new ExcludedIds.Entry(id, plan.file(), plan.title(), Instant.now(), by));
    }
    return new Outcome(plan, deleted);
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
