package org.straits.search;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.straits.entity.discovery.Discovered;

/**
 * A region or actor value of a document that discovery found and no one has reviewed: shown
 * apart from curated values, and as {@code "discovered": true} in the API.
 *
 * @param dim {@code region} or {@code actor}: the facet it is a value of
 * @param zh its Chinese form when the document links one, else ""
 * @param type what it looks like (a proposal: person, agency, region …)
 */
public record UnreviewedValue(String name, String dim, String zh, String alias, String type, int count,
    boolean discovered) {

  /** The values stored with a document, most mentioned first. */
  public static List<UnreviewedValue> of(String[] stored) {
    return Arrays.stream(stored).map(Discovered::parse)
        .map(d -> new UnreviewedValue(d.name(), d.dim(), d.zh(), d.alias(), d.type().yamlName(), d.count(), true))
        .sorted(Comparator.comparingInt(UnreviewedValue::count).reversed())
        .toList();
  }
}
