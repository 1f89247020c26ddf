package org.straits.search;

import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;

/**
 * The merged field infos of the snapshot being served, kept: the highlighter merges every
 * segment's field infos once per instance, and there is one instance per request (2.5% of a
 * median request's CPU time, docs/benchmarks.md). The last snapshot's are kept, by its reader's
 * cache key; another reader's are merged and kept instead.
 */
final class MergedFieldInfos {
  private record Kept(IndexReader.CacheKey key, FieldInfos infos) {}

  private static volatile Kept last;

  private MergedFieldInfos() {}

  static FieldInfos of(IndexReader reader) {
    IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
    if (helper == null) {
      return FieldInfos.getMergedFieldInfos(reader);
    }
    Kept kept = last;
    if (kept == null || kept.key() != helper.getKey()) {
      kept = new Kept(helper.getKey(), FieldInfos.getMergedFieldInfos(reader));
      last = kept;
    }
    return kept.infos();
  }
}
