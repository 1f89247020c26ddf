package org.straits.index;

import org.apache.lucene.index.IndexWriterConfig;

/**
 * How every writer Straits opens on its index is set up: flush and file policy. One place, so
 * every run writes the same way.
 */
public final class WriterSettings {
  /**
   * Enough for a full rebuild of ~10k documents per thread before a flush. 64 MB flushed during
   * the run instead but cost 8% more CPU in merges, for five segments instead of two
   * (docs/benchmarks.md, "Indexing, issue 11"); the final flush runs on every worker instead.
   */
  static final double RAM_BUFFER_MB = 256;

  private WriterSettings() {}

  /**
   * Applies the settings to {@code config} and returns it. Stored fields are LZ4 high compression
   * over 16 kB chunks ({@link StraitsCodec}): 10% less stored text at the same read cost per hit,
   * for about 2–4% more indexing CPU (docs/benchmarks.md, "Issue 11's targets in this run").
   */
  public static IndexWriterConfig apply(IndexWriterConfig config) {
    config.setCodec(new StraitsCodec());
    config.setRAMBufferSizeMB(RAM_BUFFER_MB);
    // Flushed segments are large (tens of MB); packing them into a compound file copies every byte once more.
    config.setUseCompoundFile(false);
    return config;
  }
}
