package org.straits.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.straits.entity.Entity;
import org.straits.entity.EntityMatcher;
import org.straits.entity.Gazetteer;

/**
 * Maps between what people type or click (ids, names, paths) and the gazetteer's facet paths.
 * Follows the gazetteer in force: an administrator can reload it while the server runs.
 */
public final class EntityNames {
  private final java.util.function.Supplier<Gazetteer> source;
  private volatile Lookup lookup;

  public EntityNames(Gazetteer gazetteer) {
    this(() -> gazetteer);
  }

  public EntityNames(java.util.function.Supplier<Gazetteer> source) {
    this.source = source;
  }

  /**
   * A gazetteer with everything derived from it, built once per gazetteer and shared by every
   * service: names → ids, the name index the suggester scans, the matcher automaton.
   */
  private record Lookup(Gazetteer gazetteer, Map<String, String> idByName, EntityNameIndex names,
      EntityMatcher matcher) {
    static Lookup of(Gazetteer gazetteer) {
      Map<String, String> idByName = new HashMap<>();
      // Canonical names first, so that they win over another entity's alias of the same spelling.
      for (Entity entity : gazetteer.entities()) {
        idByName.putIfAbsent(key(entity.name()), entity.id());
      }
      for (Entity entity : gazetteer.entities()) {
        entity.allNames().forEach(name -> idByName.putIfAbsent(key(name), entity.id()));
      }
      return new Lookup(gazetteer, idByName, EntityNameIndex.of(gazetteer), new EntityMatcher(gazetteer));
    }
  }

  /**
   * A name as it is compared, the suggester's normalisation for every resolver: NFKC (full-width
   * Ｋｉｎｍｅｎ), case, traditional→simplified, runs of spaces ("kinmen  county").
   */
  public static String key(String name) {
    return EntityNameIndex.key(name);
  }

  /** The gazetteer in force. */
  public Gazetteer gazetteer() {
    return current().gazetteer();
  }

  /** A matcher for the gazetteer in force (shared: matchers are immutable). */
  public EntityMatcher matcher() {
    return current().matcher();
  }

  /** The names of the gazetteer in force, as the suggester scans them. */
  EntityNameIndex nameIndex() {
    return current().names();
  }

  /**
   * Up to {@code limit} canonical names of entities of {@code kind} ("region", "actor") spelled
   * like {@code typed}: names it starts, then names a slip or two away (Tiawan → Taiwan).
   */
  public List<String> similar(String kind, String typed, int limit) {
    return current().names().similar(kind, key(typed), limit);
  }

  private Lookup current() {
    Gazetteer now = source.get();
    Lookup known = lookup;
    if (known == null || known.gazetteer() != now) {
      known = Lookup.of(now);
      lookup = known;
    }
    return known;
  }

  /** The facet path for a filter value: an entity id, a canonical name, or "A/B/C". */
  public String[] facetPath(String value) {
    if (value.contains("/")) {
      return Arrays.stream(value.split("/")).map(String::strip).filter(s -> !s.isEmpty()).toArray(String[]::new);
    }
    // One lookup for both steps: a reload in between must not pair an id with another gazetteer.
    Lookup names = current();
    return idOf(names, value).map(id -> names.gazetteer().path(id).toArray(String[]::new))
        .orElse(new String[] {value});
  }

  /** The id of the entity {@code value} names: an id, or any of its names in any case or script. */
  public Optional<String> idOf(String value) {
    return idOf(current(), value);
  }

  private static Optional<String> idOf(Lookup names, String value) {
    if (names.gazetteer().byId(value).isPresent()) {
      return Optional.of(value);
    }
    return Optional.ofNullable(names.idByName().get(key(value)));
  }

  /**
   * Whether a region or actor facet path is a discovered value: a root value that is not the
   * canonical name of a root entity of that dimension (curated paths start at a root entity).
   */
  public boolean isDiscovered(String dim, List<String> path) {
    if (path.size() != 1 || !(dim.equals(org.straits.index.FacetDims.REGION) || dim.equals(org.straits.index.FacetDims.ACTOR))) {
      return false;
    }
    return current().gazetteer().byId(idOfRoot(path.get(0))).map(e -> !EntityDims.of(e).equals(dim)).orElse(true);
  }

  private String idOfRoot(String name) {
    Lookup names = current();
    String id = names.idByName().get(key(name));
    if (id == null) {
      return "";
    }
    Entity entity = names.gazetteer().byId(id).orElseThrow();
    return entity.parent() == null && entity.name().equals(name) ? id : "";
  }

  /** Canonical names for stored "id:count" values, most mentioned first. */
  public List<String> namesByMentions(String[] idCounts) {
    List<String[]> parsed = new ArrayList<>();
    for (String idCount : idCounts) {
      int colon = idCount.lastIndexOf(':');
      parsed.add(new String[] {idCount.substring(0, colon), idCount.substring(colon + 1)});
    }
    parsed.sort(Comparator.comparingInt((String[] p) -> -Integer.parseInt(p[1])).thenComparing(p -> p[0]));
    Gazetteer gazetteer = current().gazetteer();
    return parsed.stream()
        .map(p -> gazetteer.byId(p[0]).map(Entity::name).orElse(p[0]))
        .toList();
  }
}
