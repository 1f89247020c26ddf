package org.straits.ingest;

import java.io.IOException;

/** Reads one source format. One implementation per format; {@code Ingestor} picks by file name. */
public interface DocumentReader {

  /** True when this reader handles files with this name (decided by extension). */
  boolean accepts(String fileName);

  /**
   * Reads every document in {@code file} into {@code sink}. A problem confined to part of the
   * file (one bad JSON line) goes to {@link DocumentSink#problem} and reading carries on; a file
   * that cannot be read at all throws, with a message that says why.
   */
  void read(SourceFile file, DocumentSink sink) throws IOException;

  /** About how many documents {@code file} holds, for progress; one unless the format says otherwise. */
  default long expectedDocuments(SourceFile file) throws IOException {
    return 1;
  }
}
