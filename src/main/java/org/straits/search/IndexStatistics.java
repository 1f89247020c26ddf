package org.straits.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.Directory;
import org.straits.index.FacetDims;
import org.straits.index.Fields;
import org.straits.index.IndexMetadata;

/**
 * What an index holds.
 *
 * @param facetCardinalities distinct values per dimension (top level for hierarchical ones)
 */
public record IndexStatistics(
    long documents,
    Map<String, Long> languages,
    Map<String, Integer> facetCardinalities,
    long distinctEntities,
    long sizeBytes,
    int segments,
    String lastCommit) {

  public static IndexStatistics read(IndexView index) throws IOException {
    return index.read((searcher, state) -> {
      Map<String, Long> languages = new LinkedHashMap<>();
      Map<String, Integer> cardinalities = new LinkedHashMap<>();
      FacetCounts all = FacetCounts.ofAll(state);
      for (String dim : FacetDims.ALL) {
        FacetResult result = all.all(dim);
        cardinalities.put(dim, result == null ? 0 : result.childCount);
        if (dim.equals(FacetDims.LANG) && result != null) {
          for (LabelAndValue lv : result.labelValues) {
            languages.put(lv.label, lv.value.longValue());
          }
        }
      }
      Directory dir = index.directory();
      return new IndexStatistics(searcher.getIndexReader().numDocs(), languages, cardinalities,
          distinctTerms(searcher.getIndexReader(), Fields.ENTITY), sizeOf(dir),
          searcher.getIndexReader().leaves().size(),
          IndexMetadata.read(dir).getOrDefault(IndexMetadata.COMMITTED, "unknown"));
    });
  }

  private static long distinctTerms(org.apache.lucene.index.IndexReader reader, String field) throws IOException {
    Terms terms = MultiTerms.getTerms(reader, field);
    if (terms == null) {
      return 0;
    }
    long count = 0;
    TermsEnum it = terms.iterator();
    while (it.next() != null) {
      count++;
    }
    return count;
  }

  private static long sizeOf(Directory dir) throws IOException {
    long total = 0;
    for (String file : dir.listAll()) {
      try {
        total += dir.fileLength(file);
      } catch (java.nio.file.NoSuchFileException deletedMeanwhile) {
        // A concurrent commit removed an old file; it no longer counts.
      }
    }
    return total;
  }
}
