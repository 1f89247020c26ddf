package org.straits.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** An append-only record of administrative actions: who, what, when, outcome (JSON Lines). */
public final class AuditLog {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;

  public AuditLog(Path file) {
    this.file = file;
  }

  public Path file() {
    return file;
  }

  public synchronized void record(String who, String action, String target, String outcome) {
    Map<String, String> entry = new LinkedHashMap<>();
    entry.put("time", Instant.now().toString());
    entry.put("who", who);
    entry.put("action", action);
    entry.put("target", target);
    entry.put("outcome", outcome);
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, JSON.writeValueAsString(entry) + "\n", StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.SYNC);
    } catch (IOException e) {
      // An action that cannot be audited must not go unnoticed.
      throw new UncheckedIOException("cannot write the audit log " + file, e);
    }
  }
}
