package org.straits.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.straits.index.Exclusions;

/**
 * Documents an administrator removed from the index but not from the source folder. The indexer
 * skips them, or the next incremental run would bring them back. Restoring one takes it off the
 * list and marks its file to be read again, since the file itself has not changed.
 *
 * <p>Kept under the index's state folder as {@code excluded.jsonl} (id, file, title, when, by) and
 * {@code reread-files.txt}; ids in an older {@code excluded-ids.txt} (one a line) still count.
 */
public final class ExcludedIds implements Exclusions {
  private static final ObjectMapper JSON = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  /** One excluded document, with what the admin page shows of it; details may be empty for old entries. */
  public record Entry(String id, String file, String title, Instant excluded, String by) {}

  private final Path entries;
  private final Path legacy;
  private final Path reread;

  public ExcludedIds(Path stateDir) {
    this.entries = stateDir.resolve("excluded.jsonl");
    this.legacy = stateDir.resolve("excluded-ids.txt");
    this.reread = stateDir.resolve("reread-files.txt");
  }

  /** Every excluded document, most recently excluded first; read on every call. */
  public synchronized List<Entry> entries() {
    Map<String, Entry> byId = new LinkedHashMap<>();
    for (String id : lines(legacy)) {
      byId.put(id, new Entry(id, "", "", null, ""));
    }
    for (String line : lines(entries)) {
      try {
        Entry entry = JSON.readValue(line, Entry.class);
        byId.put(entry.id(), entry);
      } catch (IOException damaged) {
        throw new UncheckedIOException("cannot read the excluded documents in " + entries + ": " + damaged.getMessage(), damaged);
      }
    }
    List<Entry> all = new ArrayList<>(byId.values());
    all.sort(Comparator.comparing(Entry::excluded, Comparator.nullsLast(Comparator.reverseOrder())));
    return all;
  }

  @Override
  public Set<String> excludedIds() {
    return entries().stream().map(Entry::id).collect(Collectors.toUnmodifiableSet());
  }

  public synchronized void add(Entry entry) throws IOException {
    List<Entry> all = new ArrayList<>(entries());
    all.removeIf(e -> e.id().equals(entry.id()));
    all.add(0, entry);
    write(all);
  }

  /**
   * Takes {@code id} off the list and marks its file to be read again by the next run.
   *
   * @return the entry restored, empty when {@code id} was not excluded
   */
  public synchronized Optional<Entry> restore(String id) throws IOException {
    List<Entry> all = new ArrayList<>(entries());
    Optional<Entry> found = all.stream().filter(e -> e.id().equals(id)).findFirst();
    if (found.isEmpty()) {
      return found;
    }
    all.remove(found.get());
    if (!found.get().file().isEmpty()) {
      Set<String> files = new TreeSet<>(filesToReread());
      files.add(found.get().file());
      replace(reread, List.copyOf(files));
    }
    write(all);
    return found;
  }

  @Override
  public synchronized Set<String> filesToReread() {
    return Set.copyOf(lines(reread));
  }

  @Override
  public synchronized void reread(Collection<String> files) throws IOException {
    if (files.isEmpty()) {
      return;
    }
    Set<String> left = new TreeSet<>(filesToReread());
    if (left.removeAll(files)) {
      replace(reread, List.copyOf(left));
    }
  }

  private void write(List<Entry> all) throws IOException {
    List<String> lines = new ArrayList<>();
    for (Entry entry : all) {
      lines.add(JSON.writeValueAsString(entry));
    }
    replace(entries, lines);
    // Its ids now live in excluded.jsonl, so a restore must not leave them behind here.
    Files.deleteIfExists(legacy);
  }

  private static List<String> lines(Path file) {
    try {
      if (!Files.exists(file)) {
        return List.of();
      }
      return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
          .map(String::strip).filter(s -> !s.isEmpty()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static void replace(Path file, List<String> lines) throws IOException {
    Files.createDirectories(file.getParent());
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.write(tmp, lines, StandardCharsets.UTF_8);
    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }
}
