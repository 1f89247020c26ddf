package org.straits.ingest;

import java.io.IOException;
import java.util.List;

/**
 * Reads any supported source file into documents. Never throws: a file that cannot be read
 * becomes one skipped problem with a short reason, so one bad file never stops a run.
 */
public final class Ingestor {

  private static final int MAX_REASON_CHARS = 200;

  private final List<DocumentReader> readers;

  public Ingestor() {
    this(List.of(new PlainTextReader(), new MarkdownReader(), new JsonLinesReader(), new TikaReader()));
  }

  public Ingestor(List<DocumentReader> readers) {
    this.readers = List.copyOf(readers);
  }

  public boolean supports(String fileName) {
    return readers.stream().anyMatch(reader -> reader.accepts(fileName));
  }

  /** About how many documents {@code file} holds (for progress); one when it cannot tell. */
  public long expectedDocuments(SourceFile file) {
    DocumentReader reader = readers.stream().filter(r -> r.accepts(file.relativePath())).findFirst().orElse(null);
    try {
      return reader == null ? 1 : Math.max(1, reader.expectedDocuments(file));
    } catch (IOException | RuntimeException e) {
      // Only an estimate: reading the file proper reports what is wrong with it.
      return 1;
    }
  }

  public void read(SourceFile file, DocumentSink sink) {
    String rel = file.relativePath();
    DocumentReader reader = readers.stream().filter(r -> r.accepts(rel)).findFirst().orElse(null);
    if (reader == null) {
      sink.problem(IngestProblem.skipped(rel, 0, "unsupported file type"));
      return;
    }
    StampingSink stamping = new StampingSink(rel, sink);
    try {
      reader.read(file, stamping);
    } catch (Exception | LinkageError | StackOverflowError e) {
      sink.problem(IngestProblem.skipped(rel, 0, shortReason(e)));
      return;
    }
    if (stamping.documents == 0) {
      sink.problem(IngestProblem.skipped(rel, 0, "no text found"));
    }
  }

  /** The first line of the message, which readers write for people; the type when there is none. */
  static String shortReason(Throwable e) {
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      return e.getClass().getSimpleName();
    }
    String firstLine = message.strip().lines().findFirst().orElse("");
    return firstLine.length() <= MAX_REASON_CHARS
        ? firstLine
        : firstLine.substring(0, MAX_REASON_CHARS) + "…";
  }

  /**
   * Gives every document its file and, when the file gave none, the relative path as id; drops
   * documents with no text at all so that such a file counts as having none.
   */
  private static final class StampingSink implements DocumentSink {
    private final String rel;
    private final DocumentSink target;
    private int documents;

    StampingSink(String rel, DocumentSink target) {
      this.rel = rel;
      this.target = target;
    }

    @Override
    public void document(SourceDocument d) {
      if (d.body().isBlank() && d.title().isBlank()) {
        return;
      }
      String id = d.id() == null || d.id().isBlank() ? rel : d.id();
      documents++;
      target.document(new SourceDocument(id, rel, d.title(), d.body(), d.notes(), d.date(),
          d.authors(), d.editors(), d.source(), d.url(), d.lang()));
    }

    @Override
    public void problem(IngestProblem problem) {
      target.problem(problem);
    }
  }
}
