package org.straits.schema;

import java.util.List;

/**
 * One field of the schema.
 *
 * @param name the field's name in the index (and in a Solr schema)
 * @param role what it is for
 * @param analysis how its text becomes terms
 * @param stored whether the original value is kept for display
 * @param multiValued whether a document may hold several values
 * @param weight weight among the fields a query without a field prefix searches; 0 = not searched
 *     by default
 * @param typedNames names a reader may type as a field prefix ({@code title:}, {@code author:})
 * @param highlighted whether hits show this field with the query's matches marked
 * @param shadowOf for a shadow field, the stored field whose highlights its matches mark; else null
 * @param facet the facet dimension this field's values feed; null for none
 * @param column the name of the value in hits, exported rows and the JSON API; null when it is not
 *     shown
 * @param description what the field holds, for people
 */
public record FieldSpec(
    String name,
    FieldRole role,
    Analysis analysis,
    boolean stored,
    boolean multiValued,
    float weight,
    List<String> typedNames,
    boolean highlighted,
    String shadowOf,
    FacetDim facet,
    String column,
    String description) {

  public FieldSpec {
    typedNames = List.copyOf(typedNames);
  }

  /** True when a query without a field prefix searches this field. */
  public boolean searched() {
    return weight > 0;
  }

  /** True when the field is indexed for search (as text or as a keyword). */
  public boolean indexed() {
    return analysis != Analysis.NONE;
  }
}
