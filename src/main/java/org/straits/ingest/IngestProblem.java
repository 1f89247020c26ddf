package org.straits.ingest;

/**
 * Something in a source file that could not be used, or a warning about it.
 *
 * @param file path relative to the source folder
 * @param line 1-based line number for line-oriented formats, 0 when the whole file is concerned
 * @param reason one line saying what is wrong, for the run summary
 * @param fatal true when the file (or line) was skipped; false for a warning such as "no date"
 */
public record IngestProblem(String file, int line, String reason, boolean fatal) {

  public static IngestProblem skipped(String file, int line, String reason) {
    return new IngestProblem(file, line, reason, true);
  }

  public static IngestProblem warning(String file, String reason) {
    return new IngestProblem(file, 0, reason, false);
  }

  @Override
  public String toString() {
    return file + (line > 0 ? ":" + line : "") + ": " + reason;
  }
}
