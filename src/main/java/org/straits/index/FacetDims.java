package org.straits.index;

import java.util.List;
import org.apache.lucene.facet.FacetsConfig;
import org.straits.schema.FacetDim;

/** The facet dimensions ({@link FacetDim}) as Lucene indexes them. */
public final class FacetDims {
  public static final String AUTHOR = FacetDim.AUTHOR.id();
  public static final String DATE = FacetDim.DATE.id();
  public static final String REGION = FacetDim.REGION.id();
  public static final String ACTOR = FacetDim.ACTOR.id();
  public static final String LANG = FacetDim.LANG.id();
  public static final String SOURCE = FacetDim.SOURCE.id();

  public static final List<String> ALL = FacetDim.ids();

  private FacetDims() {}

  public static boolean isHierarchical(String dim) {
    return FacetDim.of(dim).map(FacetDim::hierarchical).orElse(false);
  }

  /** One shared configuration: indexing and searching must agree on it. */
  public static FacetsConfig config() {
    FacetsConfig config = new FacetsConfig();
    for (FacetDim dim : FacetDim.values()) {
      config.setMultiValued(dim.id(), dim.multiValued());
      config.setHierarchical(dim.id(), dim.hierarchical());
      config.setRequireDimCount(dim.id(), true);
    }
    return config;
  }
}
