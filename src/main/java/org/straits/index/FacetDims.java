package org.straits.index;

import java.util.List;
import org.apache.lucene.facet.FacetsConfig;

/** The facet dimensions, and how Lucene must index each of them. */
public final class FacetDims {
  public static final String AUTHOR = "author";
  /** Hierarchical: year → month → day. */
  public static final String DATE = "date";
  /** Hierarchical along the gazetteer's "part of" relation. */
  public static final String REGION = "region";
  /** Hierarchical along the gazetteer's "part of" relation. */
  public static final String ACTOR = "actor";
  public static final String LANG = "lang";
  public static final String SOURCE = "source";

  public static final List<String> ALL = List.of(AUTHOR, DATE, REGION, ACTOR, LANG, SOURCE);

  private FacetDims() {}

  public static boolean isHierarchical(String dim) {
    return dim.equals(DATE) || dim.equals(REGION) || dim.equals(ACTOR);
  }

  /** One shared configuration: indexing and searching must agree on it. */
  public static FacetsConfig config() {
    FacetsConfig config = new FacetsConfig();
    for (String dim : ALL) {
      config.setMultiValued(dim, dim.equals(AUTHOR) || dim.equals(REGION) || dim.equals(ACTOR));
      config.setHierarchical(dim, isHierarchical(dim));
      config.setRequireDimCount(dim, true);
    }
    return config;
  }
}
