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

  /**
   * The first line of the message, which readers write for people; for a library's wrapper
   * ("TIKA-237: Illegal SAXException …") the message of the cause that says what happened.
   */
  static String shortReason(Throwable e) {
    if (e instanceof StackOverflowError) {
      return "nested too deeply to read";
    }
    Throwable telling = e;
    while (telling.getCause() != null && isWrapper(telling.getMessage())) {
      telling = telling.getCause();
    }
    String message = telling.getMessage();
    if (telling != e && message != null && !message.isBlank()) {
      return prefix(e.getMessage()) + shorten(message);
    }
    message = e.getMessage();
    if (message == null || message.isBlank()) {
      return e.getClass().getSimpleName();
    }
    return shorten(message);
  }

  private static String shorten(String message) {
    String firstLine = message.strip().lines().findFirst().orElse("");
    return firstLine.length() <= MAX_REASON_CHARS
        ? firstLine
        : firstLine.substring(0, MAX_REASON_CHARS) + "…";
  }

  /** Messages that name a library's plumbing rather than the file's problem. */
  private static boolean isWrapper(String message) {
    return message == null || message.contains("TIKA-") || message.contains("Illegal SAXException")
        || message.contains("Unexpected RuntimeException from");
  }

  /** What our own reader said before the library's wrapper text ("corrupt … file x.docx: "). */
  private static String prefix(String message) {
    if (message == null) {
      return "";
    }
    int wrapper = message.indexOf("TIKA-");
    return wrapper > 0 ? message.substring(0, wrapper) : "";
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
