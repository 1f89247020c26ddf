package org.straits.solr;

import org.straits.schema.FacetDim;

/**
 * The Solr-side names that the schema table does not have: one facet field per dimension, whose
 * values are depth-prefixed paths ({@code 0/Asia}, {@code 1/Asia/Taiwan}), so a hierarchy is
 * filtered and counted with plain terms, and a dimension's children are the terms with a prefix.
 */
final class SolrFields {
  /** Between the depth and the path, and between path elements. */
  static final char SEPARATOR = '/';

  private SolrFields() {}

  static String facetField(FacetDim dim) {
    return "facet_" + dim.id();
  }

  /** The term for {@code path} (a full path from the top): its depth, then its elements. */
  static String pathTerm(java.util.List<String> path) {
    return (path.size() - 1) + String.valueOf(SEPARATOR) + String.join(String.valueOf(SEPARATOR), path);
  }

  /** The prefix shared by the terms of the children of {@code parent} (empty: the top level). */
  static String childPrefix(java.util.List<String> parent) {
    return parent.isEmpty() ? "0" + SEPARATOR
        : parent.size() + String.valueOf(SEPARATOR) + String.join(String.valueOf(SEPARATOR), parent) + SEPARATOR;
  }

  /** The last element of a path term: the value shown ("1/Asia/Taiwan" → "Taiwan"). */
  static String label(String term) {
    return term.substring(term.lastIndexOf(SEPARATOR) + 1);
  }

  /** The path of a path term ("1/Asia/Taiwan" → [Asia, Taiwan]). */
  static java.util.List<String> path(String term) {
    String rest = term.substring(term.indexOf(SEPARATOR) + 1);
    return java.util.List.of(rest.split(java.util.regex.Pattern.quote(String.valueOf(SEPARATOR)), -1));
  }
}
