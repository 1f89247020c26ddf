package org.straits.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every matchable name of a gazetteer, grouped by automaton key. Within a key the names are in
 * the order a collision is settled: canonical and Chinese names before aliases, then file order.
 */
final class NameTable {
  private static final Comparator<SurfaceName> PRECEDENCE =
      Comparator.comparing((SurfaceName n) -> !n.primary())
          .thenComparingInt(SurfaceName::entityOrder);

  private final Map<String, List<SurfaceName>> namesByKey;

  private NameTable(Map<String, List<SurfaceName>> namesByKey) {
    this.namesByKey = namesByKey;
  }

  static NameTable of(Gazetteer gazetteer) {
    Set<String> stopForms = new HashSet<>();
    for (String stopAlias : gazetteer.stopAliases()) {
      stopForms.add(new String(MatchNormalization.normalize(stopAlias)));
    }
    Map<String, List<SurfaceName>> byKey = new LinkedHashMap<>();
    List<Entity> entities = gazetteer.entities();
    for (int order = 0; order < entities.size(); order++) {
      for (SurfaceName name : namesOf(entities.get(order), order, stopForms)) {
        byKey.computeIfAbsent(name.key(), k -> new ArrayList<>()).add(name);
      }
    }
    // Stop aliases stay in the automaton as blockers: 北京时间 must win the longest match
    // against 北京 inside it, and then yield no mention at all.
    for (String stopForm : stopForms) {
      if (!stopForm.isEmpty()) {
        SurfaceName blocker = SurfaceName.blocker(stopForm.toCharArray());
        byKey.computeIfAbsent(blocker.key(), k -> new ArrayList<>()).add(blocker);
      }
    }
    byKey.replaceAll((key, names) -> names.stream().sorted(PRECEDENCE).toList());
    return new NameTable(Collections.unmodifiableMap(byKey));
  }

  /** An entity's names, minus stop aliases and minus spellings that normalise alike. */
  private static List<SurfaceName> namesOf(Entity entity, int order, Set<String> stopForms) {
    List<SurfaceName> names = new ArrayList<>();
    Set<String> seenForms = new HashSet<>();
    int primaryCount = entity.primaryNames().size();
    List<String> all = entity.allNames();
    for (int i = 0; i < all.size(); i++) {
      String written = all.get(i);
      char[] form = MatchNormalization.normalize(written);
      String formText = new String(form);
      if (form.length > 0 && !stopForms.contains(formText) && seenForms.add(formText)) {
        names.add(new SurfaceName(entity.id(), written, form, CaseRule.of(formText),
            i < primaryCount, order));
      }
    }
    return names;
  }

  /** Keys in first-seen order, each with its names in precedence order. */
  Map<String, List<SurfaceName>> namesByKey() {
    return namesByKey;
  }
}
