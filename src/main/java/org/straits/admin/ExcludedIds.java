package org.straits.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.TreeSet;

/**
 * Document ids an administrator removed from the index but not from the source folder. The
 * indexer skips them, or the next incremental run would bring them back.
 */
public final class ExcludedIds {
  private final Path file;

  public ExcludedIds(Path file) {
    this.file = file;
  }

  /** The current set; read on every call so that the CLI and the server agree. */
  public synchronized Set<String> load() {
    try {
      if (!Files.exists(file)) {
        return Set.of();
      }
      return Set.copyOf(Files.readAllLines(file, StandardCharsets.UTF_8).stream()
          .map(String::strip).filter(s -> !s.isEmpty()).toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the excluded ids in " + file, e);
    }
  }

  public synchronized void add(String id) throws IOException {
    Set<String> ids = new TreeSet<>(load());
    if (ids.add(id)) {
      write(ids);
    }
  }

  public synchronized void remove(String id) throws IOException {
    Set<String> ids = new TreeSet<>(load());
    if (ids.remove(id)) {
      write(ids);
    }
  }

  private void write(Set<String> ids) throws IOException {
    Files.createDirectories(file.getParent());
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.write(tmp, ids, StandardCharsets.UTF_8);
    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }
}
