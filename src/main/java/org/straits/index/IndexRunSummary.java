package org.straits.index;

import java.time.Duration;
import java.util.List;
import org.straits.ingest.IngestProblem;

/**
 * What an indexing run did.
 *
 * @param fullRebuild whether the index was rebuilt from scratch
 * @param rebuildReason why, when it was (asked for, no index yet, gazetteer or schema changed)
 * @param filesAdded new source files read
 * @param filesChanged changed source files re-read
 * @param filesRemoved source files gone, whose documents were deleted
 * @param filesUnchanged source files skipped because their content had not changed
 * @param documentsIndexed documents written
 * @param documentsDeleted documents removed (from removed or changed files)
 * @param documentsExcluded documents skipped because an administrator excluded them
 * @param problems files and lines that failed (fatal) and warnings, with reasons
 * @param totalDocuments documents in the index after the run
 * @param elapsed wall-clock time
 */
public record IndexRunSummary(
    boolean fullRebuild,
    String rebuildReason,
    int filesAdded,
    int filesChanged,
    int filesRemoved,
    int filesUnchanged,
    long documentsIndexed,
    long documentsDeleted,
    long documentsExcluded,
    List<IngestProblem> problems,
    long totalDocuments,
    Duration elapsed) {

  public long failures() {
    return problems.stream().filter(IngestProblem::fatal).count();
  }

  public List<IngestProblem> warnings() {
    return problems.stream().filter(p -> !p.fatal()).toList();
  }

  /** Whether a documents-per-second figure says anything: enough documents over enough time. */
  public static boolean meaningful(long documents, Duration elapsed) {
    return documents >= 100 && elapsed.toMillis() >= 500;
  }

  public double documentsPerSecond() {
    double seconds = Math.max(elapsed.toNanos() / 1e9, 1e-3);
    return documentsIndexed / seconds;
  }
}
