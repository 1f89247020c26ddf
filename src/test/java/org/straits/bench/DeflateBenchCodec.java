package org.straits.bench;

import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.codecs.lucene90.DeflateWithPresetDictCompressionMode;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;

/**
 * DEFLATE stored fields (Lucene's preset-dictionary mode) in chunks of a chosen size, for
 * {@link StoredFieldsCost} only: the alternative the index's LZ4-HC format was measured against.
 * Registered in the test classes' META-INF/services, so its indexes open by name there.
 */
public final class DeflateBenchCodec extends FilterCodec {
  private final StoredFieldsFormat storedFields;

  public DeflateBenchCodec() {
    this(80 * 1024);
  }

  DeflateBenchCodec(int chunkBytes) {
    super("StraitsBenchDeflate", new Lucene104Codec());
    storedFields = new Lucene90CompressingStoredFieldsFormat("StraitsBenchDeflateStoredFields",
        new DeflateWithPresetDictCompressionMode(), chunkBytes, 1024, 10);
  }

  @Override
  public StoredFieldsFormat storedFieldsFormat() {
    return storedFields;
  }
}
