package org.straits.index;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.store.Directory;

/** The commit user data Straits keeps with every commit, and how to read it back. */
public final class IndexMetadata {
  public static final String SCHEMA = "straits.schema";
  public static final String GAZETTEER = "straits.gazetteer";
  public static final String COMMITTED = "straits.committed";
  /** The stored-field format ({@link StraitsCodec#FORMAT}); absent in indexes written before it. */
  public static final String FORMAT = "straits.format";

  private IndexMetadata() {}

  static Map<String, String> of(String gazetteerFingerprint, Instant committed) {
    return Map.of(
        SCHEMA, Indexer.SCHEMA_VERSION,
        GAZETTEER, gazetteerFingerprint,
        FORMAT, StraitsCodec.FORMAT,
        COMMITTED, committed.toString());
  }

  /** The latest commit's user data; empty when there is no index. */
  public static Map<String, String> read(Directory dir) throws IOException {
    if (!DirectoryReader.indexExists(dir)) {
      return Map.of();
    }
    java.util.List<IndexCommit> commits = DirectoryReader.listCommits(dir);
    return commits.get(commits.size() - 1).getUserData();
  }
}
