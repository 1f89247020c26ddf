package org.straits.entity;

/** The facet dimension an entity belongs to: where something is, or who acts. */
public enum EntityKind {
  REGION,
  ACTOR
}
