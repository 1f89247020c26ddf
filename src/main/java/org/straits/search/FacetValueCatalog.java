package org.straits.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.BytesRef;

/** The flat facet values a snapshot holds, from its facet ordinals: no search needed. */
final class FacetValueCatalog implements FilterResolver.ValueCatalog {
  private final SortedSetDocValuesReaderState state;

  FacetValueCatalog(SortedSetDocValuesReaderState state) {
    this.state = state;
  }

  @Override
  public boolean has(String dim, String value) {
    if (state == null) {
      return false;
    }
    try {
      return state.getDocValues().lookupTerm(new BytesRef(FacetsConfig.pathToString(dim, new String[] {value}))) >= 0;
    } catch (IOException e) {
      throw new UncheckedIOException("reading the facet ordinals of " + dim, e);
    }
  }

  @Override
  public List<String> values(String dim) {
    List<String> values = new ArrayList<>();
    if (state == null || state.getOrdRange(dim) == null) {
      return values;
    }
    try {
      SortedSetDocValues ords = state.getDocValues();
      SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dim);
      for (int ord = range.start(); ord <= range.end(); ord++) {
        String[] path = FacetsConfig.stringToPath(ords.lookupOrd(ord).utf8ToString());
        values.add(path[path.length - 1]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading the facet values of " + dim, e);
    }
    return values;
  }
}
