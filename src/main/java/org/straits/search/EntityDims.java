package org.straits.search;

import org.straits.entity.Entity;
import org.straits.entity.EntityKind;
import org.straits.index.FacetDims;

/** Which facet dimension, and so which search filter, an entity belongs to. */
public final class EntityDims {
  private EntityDims() {}

  /** {@link FacetDims#REGION} or {@link FacetDims#ACTOR}. */
  public static String of(Entity entity) {
    return entity.kind() == EntityKind.REGION ? FacetDims.REGION : FacetDims.ACTOR;
  }
}
