package org.straits.ingest;

/** Receives what a reader finds in one file: documents, and problems that did not stop it. */
public interface DocumentSink {
  void document(SourceDocument document);

  void problem(IngestProblem problem);
}
