package org.straits.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.codecs.CompoundDirectory;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Bytes of a Lucene index by file extension ({@code tim}, {@code doc}, {@code pos}, {@code pay},
 * {@code fdt}, {@code dvd}, …), the files inside compound segments counted by their own
 * extension: what each structure of the index costs on disk.
 */
public final class IndexFileSizes {
  private IndexFileSizes() {}

  /** Extension → bytes, over every segment of the latest commit (doc-values updates included). */
  public static Map<String, Long> of(Path indexDir) throws IOException {
    Map<String, Long> bytes = new TreeMap<>();
    try (Directory dir = FSDirectory.open(indexDir)) {
      SegmentInfos infos = SegmentInfos.readLatestCommit(dir);
      for (SegmentCommitInfo segment : infos) {
        for (String file : segment.files()) {
          if (file.endsWith(".cfs")) {
            addCompound(bytes, segment);
          } else if (!file.endsWith(".cfe")) {
            bytes.merge(extension(file), dir.fileLength(file), Long::sum);
          }
        }
      }
    }
    return bytes;
  }

  private static void addCompound(Map<String, Long> bytes, SegmentCommitInfo segment) throws IOException {
    Directory dir = segment.info.dir;
    try (CompoundDirectory compound = segment.info.getCodec().compoundFormat().getCompoundReader(dir, segment.info)) {
      for (String inner : compound.listAll()) {
        bytes.merge(extension(inner), compound.fileLength(inner), Long::sum);
      }
    }
  }

  private static String extension(String file) {
    int dot = file.lastIndexOf('.');
    return dot < 0 ? file : file.substring(dot + 1);
  }
}
