package org.straits.admin;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.straits.entity.discovery.Decision;

/**
 * Reviewers' decisions on discovered values, one JSON line each, appended in the index's state
 * folder. The file is outside the Lucene files, so a full rebuild keeps it, and the rebuild
 * applies every decision again. Read on every call, so that the CLI and the server agree.
 */
public final class ReviewDecisions {
  private static final ObjectMapper JSON = new ObjectMapper()
      .registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
      .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final Path file;

  public ReviewDecisions(Path file) {
    this.file = file;
  }

  public Path file() {
    return file;
  }

  /** Every decision, oldest first; a line that cannot be read is an error naming it. */
  public synchronized List<Decision> all() {
    if (!Files.exists(file)) {
      return List.of();
    }
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      List<Decision> decisions = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).isBlank()) {
          continue;
        }
        try {
          decisions.add(JSON.readValue(lines.get(i), Decision.class));
        } catch (IOException | IllegalArgumentException e) {
          throw new UncheckedIOException(new IOException(file + ":" + (i + 1) + ": not a review decision: " + e.getMessage(), e));
        }
      }
      return decisions;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the review decisions in " + file, e);
    }
  }

  public synchronized void add(Decision decision) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, JSON.writeValueAsString(decision) + "\n", StandardCharsets.UTF_8,
        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }
}
