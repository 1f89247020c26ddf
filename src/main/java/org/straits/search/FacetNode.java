package org.straits.search;

import java.util.List;

/**
 * A facet value with its count and full path, and for hierarchical dimensions the values under
 * it; {@code discovered}: an unreviewed value found by discovery.
 */
public record FacetNode(String value, long count, List<String> path, List<FacetNode> children, boolean discovered) {
  public FacetNode(String value, long count, List<String> path, List<FacetNode> children) {
    this(value, count, path, children, false);
  }
}
