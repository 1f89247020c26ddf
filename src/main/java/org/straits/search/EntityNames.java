package org.straits.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.straits.entity.Entity;
import org.straits.entity.Gazetteer;

/** Maps between what people type or click (ids, names, paths) and the gazetteer's facet paths. */
public final class EntityNames {
  private final Gazetteer gazetteer;
  private final Map<String, String> idByName = new HashMap<>();

  public EntityNames(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    for (Entity entity : gazetteer.entities()) {
      idByName.putIfAbsent(entity.name().toLowerCase(Locale.ROOT), entity.id());
    }
  }

  /** The facet path for a filter value: an entity id, a canonical name, or "A/B/C". */
  public String[] facetPath(String value) {
    if (value.contains("/")) {
      return Arrays.stream(value.split("/")).map(String::strip).filter(s -> !s.isEmpty()).toArray(String[]::new);
    }
    String id = gazetteer.byId(value).isPresent() ? value : idByName.get(value.toLowerCase(Locale.ROOT));
    return id == null ? new String[] {value} : gazetteer.path(id).toArray(String[]::new);
  }

  /** Canonical names for stored "id:count" values, most mentioned first. */
  public List<String> namesByMentions(String[] idCounts) {
    List<String[]> parsed = new ArrayList<>();
    for (String idCount : idCounts) {
      int colon = idCount.lastIndexOf(':');
      parsed.add(new String[] {idCount.substring(0, colon), idCount.substring(colon + 1)});
    }
    parsed.sort(Comparator.comparingInt((String[] p) -> -Integer.parseInt(p[1])).thenComparing(p -> p[0]));
    return parsed.stream()
        .map(p -> gazetteer.byId(p[0]).map(Entity::name).orElse(p[0]))
        .toList();
  }
}
