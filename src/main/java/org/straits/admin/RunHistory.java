package org.straits.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.time.Instant;
import org.straits.index.IndexRunSummary;

/** The last indexing runs, kept as JSON Lines next to the index so they survive restarts. */
public final class RunHistory {
  private static final int KEPT = 50;
  private static final ObjectMapper JSON = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private final Path file;

  public RunHistory(Path file) {
    this.file = file;
  }

  /** One indexing run, as {@link #recordRun} runs it. */
  @FunctionalInterface
  public interface IndexRun {
    IndexRunSummary run() throws IOException;
  }

  /**
   * Runs {@code run} and appends how it ended, so that runs from the command line are listed
   * beside those from the admin page; a failed run is recorded, then rethrown.
   */
  public IndexRunSummary recordRun(String by, boolean full, IndexRun run) throws IOException {
    Instant started = Instant.now();
    IndexRunSummary summary;
    try {
      summary = run.run();
    } catch (IOException | RuntimeException e) {
      add(RunRecord.failed(started, by, full, e));
      throw e;
    }
    add(RunRecord.succeeded(started, by, summary));
    return summary;
  }

  /** Who ran a command-line run, as "Last runs" shows it: the command and the system user. */
  public static String commandLineUser(String command) {
    return command + ":" + System.getProperty("user.name", "unknown");
  }

  public synchronized void add(RunRecord run) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, JSON.writeValueAsString(run) + "\n", StandardCharsets.UTF_8,
        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    if (lines.size() > KEPT * 2) {
      Path trimmed = file.resolveSibling(file.getFileName() + ".tmp");
      Files.write(trimmed, lines.subList(lines.size() - KEPT, lines.size()), StandardCharsets.UTF_8);
      Files.move(trimmed, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Newest first; a damaged line (a crash mid-write) is passed over. */
  public synchronized List<RunRecord> recent(int limit) throws IOException {
    if (!Files.exists(file)) {
      return List.of();
    }
    List<RunRecord> runs = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      try {
        runs.add(JSON.readValue(line, RunRecord.class));
      } catch (IOException damaged) {
        // Only the line being appended when the process died can be partial.
      }
    }
    Collections.reverse(runs);
    return runs.subList(0, Math.min(limit, runs.size()));
  }
}
