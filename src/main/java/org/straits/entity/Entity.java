package org.straits.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One region or actor from the gazetteer.
 *
 * @param id stable identifier, {@code [a-z0-9-]+}
 * @param name canonical English name, used as the facet value
 * @param zhHans simplified Chinese name, or null
 * @param zhHant traditional Chinese name, or null
 * @param aliases other names it is mentioned by, in file order
 * @param parent id of the entity it is part of, or null for a root
 * @param affiliations ids of organisations a person belongs to; empty for non-persons
 * @param note free text for reviewers, or null
 */
public record Entity(
    String id,
    String name,
    EntityType type,
    String zhHans,
    String zhHant,
    List<String> aliases,
    String parent,
    List<String> affiliations,
    String note) {

  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    affiliations = affiliations == null ? List.of() : List.copyOf(affiliations);
  }

  public EntityKind kind() {
    return type.kind();
  }

  /** The names that identify it in the canonical slot: English name, then the Chinese names. */
  public List<String> primaryNames() {
    List<String> names = new ArrayList<>(3);
    names.add(name);
    if (zhHans != null) {
      names.add(zhHans);
    }
    if (zhHant != null) {
      names.add(zhHant);
    }
    return names;
  }

  /** Every name it can be mentioned by: the primary names followed by the aliases. */
  public List<String> allNames() {
    List<String> names = primaryNames();
    names.addAll(aliases);
    return names;
  }
}
