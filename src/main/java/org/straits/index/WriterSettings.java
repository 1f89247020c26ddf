package org.straits.index;

import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.lucene90.Lucene90StoredFieldsFormat;
import org.apache.lucene.index.IndexWriterConfig;

/**
 * How the index is written: the codec (stored text compressed harder than Lucene's default) and
 * the flush and file policy of the writer. One place, so every run writes the same format.
 */
public final class WriterSettings {
  /** Enough for a full rebuild of ~20k documents per thread before a flush. */
  static final double RAM_BUFFER_MB = 256;

  private WriterSettings() {}

  /** The settings of every writer Straits opens on its index; returns {@code config}. */
  public static IndexWriterConfig apply(IndexWriterConfig config) {
    config.setRAMBufferSizeMB(RAM_BUFFER_MB);
    config.setCodec(codec());
    // Flushed segments are large (tens of MB); packing them into a compound file copies every byte once more.
    config.setUseCompoundFile(false);
    return config;
  }

  /**
   * The default codec with stored fields in DEFLATE blocks instead of LZ4: bilingual text shrinks by
   * about half (docs/benchmarks.md, "Indexing, issue 11"). The codec keeps the default's name: the
   * stored-fields reader takes the mode from each segment, so any index reads with the default codec.
   */
  static Codec codec() {
    Codec base = Codec.getDefault();
    String mode = System.getProperty("straits.ixperf.stored", "BEST_COMPRESSION");
    StoredFieldsFormat stored = new Lucene90StoredFieldsFormat(Lucene90StoredFieldsFormat.Mode.valueOf(mode));
    return new FilterCodec(base.getName(), base) {
      @Override
      public StoredFieldsFormat storedFieldsFormat() {
        return stored;
      }
    };
  }
}
