package org.straits.index;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.straits.ingest.SourceFile;

/** Which source files an incremental run must add, re-index, delete, or may leave alone. */
public record IndexPlan(
    List<SourceFile> added, List<SourceFile> changed, List<String> removed, List<String> unchanged) {

  public static IndexPlan compare(List<SourceFile> files, IndexedFiles indexed) {
    return compare(files, indexed, Set.of());
  }

  /** As {@link #compare(List, IndexedFiles)}, with {@code reread} files counted as changed even when they are not. */
  public static IndexPlan compare(List<SourceFile> files, IndexedFiles indexed, Set<String> reread) {
    List<SourceFile> added = new ArrayList<>();
    List<SourceFile> changed = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    Set<String> present = new HashSet<>();
    for (SourceFile file : files) {
      present.add(file.relativePath());
      String indexedHash = indexed.hashByFile().get(file.relativePath());
      if (indexedHash == null) {
        added.add(file);
      } else if (indexedHash.equals(file.contentHash()) && !reread.contains(file.relativePath())) {
        unchanged.add(file.relativePath());
      } else {
        changed.add(file);
      }
    }
    List<String> removed =
        indexed.hashByFile().keySet().stream().filter(f -> !present.contains(f)).sorted().toList();
    return new IndexPlan(added, changed, removed, unchanged);
  }

  /** Files to read, in source order. */
  public List<SourceFile> toRead() {
    List<SourceFile> all = new ArrayList<>(added);
    all.addAll(changed);
    all.sort(java.util.Comparator.comparing(SourceFile::relativePath));
    return all;
  }
}
