package org.straits.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.straits.index.IndexRunSummary;
import org.straits.ingest.IngestProblem;

/**
 * One finished indexing run, as the admin pages list it.
 *
 * @param outcome "ok", or "failed: <reason>"
 * @param problems failures and warnings (file, line, reason), at most {@link #MAX_PROBLEMS}
 * @param documentsExcluded documents skipped because an administrator excluded them
 */
public record RunRecord(
    Instant started,
    Instant finished,
    String by,
    boolean full,
    String outcome,
    int filesAdded,
    int filesChanged,
    int filesRemoved,
    int filesUnchanged,
    long documentsIndexed,
    long documentsDeleted,
    long failures,
    double documentsPerSecond,
    List<IngestProblem> problems,
    long documentsExcluded) {
  public static final int MAX_PROBLEMS = 200;

  public static RunRecord succeeded(Instant started, String by, IndexRunSummary s) {
    return new RunRecord(started, Instant.now(), by, s.fullRebuild(), "ok", s.filesAdded(),
        s.filesChanged(), s.filesRemoved(), s.filesUnchanged(), s.documentsIndexed(),
        s.documentsDeleted(), s.failures(), s.documentsPerSecond(),
        s.problems().stream().limit(MAX_PROBLEMS).toList(), s.documentsExcluded());
  }

  public static RunRecord failed(Instant started, String by, boolean full, Exception e) {
    String reason = e.getMessage() == null ? e.toString() : e.getMessage();
    return new RunRecord(started, Instant.now(), by, full, "failed: " + reason, 0, 0, 0, 0, 0, 0, 0, 0, List.of(), 0);
  }

  /** Documents per second, or null when the run was too small or short for the figure to mean anything. */
  public Double meaningfulRate() {
    return IndexRunSummary.meaningful(documentsIndexed, Duration.between(started, finished)) ? documentsPerSecond : null;
  }

  public boolean ok() {
    return outcome.equals("ok");
  }
}
