package org.straits.index;

import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;

/**
 * Lucene's default codec with stored fields in LZ4 high compression over whole 16 kB chunks
 * instead of fast LZ4 over 80 kB chunks with a preset dictionary. The stored text (title, body,
 * notes) is a third of the index; this makes it 10% smaller at about the same CPU per hit read
 * (23 against 22 µs), because a hit's read decompresses its chunk up to the hit, ~10 kB either
 * way. DEFLATE and larger chunks save more but every saved MB costs ~5 µs per hit, ten hits a
 * result page (docs/benchmarks.md, "Index size, round three"). Readers open segments by the
 * codec name recorded in them (registered in META-INF/services), so an index written with
 * Lucene's own codec still opens.
 */
public final class StraitsCodec extends FilterCodec {
  /** The SPI name, with the Lucene codec it delegates to: a Lucene upgrade adds a new name. */
  public static final String NAME = "Straits104";
  /** Written with every commit: an index with another (or no) name is rebuilt in this one. */
  public static final String FORMAT = NAME + "-lz4high";
  /**
   * Bytes per chunk: the size against read CPU trade. Only the writer uses it; a reader takes each
   * chunk's length from the file.
   */
  static final int CHUNK_BYTES = 16 * 1024;
  /** A chunk is also closed after this many documents (Lucene's fast mode's value). */
  static final int MAX_DOCS_PER_CHUNK = 1024;
  /** log2 of the chunks per block of the chunk index (Lucene's own value). */
  private static final int BLOCK_SHIFT = 10;

  private final StoredFieldsFormat storedFields;

  public StraitsCodec() {
    this(CHUNK_BYTES);
  }

  /**
   * A codec writing chunks of {@code chunkBytes}, to measure the trade (bench); what it writes
   * opens by {@link #NAME} like the default's.
   */
  public StraitsCodec(int chunkBytes) {
    super(NAME, new Lucene104Codec());
    storedFields = new Lucene90CompressingStoredFieldsFormat("StraitsStoredFieldsLz4High",
        CompressionMode.FAST_DECOMPRESSION, chunkBytes, MAX_DOCS_PER_CHUNK, BLOCK_SHIFT);
  }

  @Override
  public StoredFieldsFormat storedFieldsFormat() {
    return storedFields;
  }
}
