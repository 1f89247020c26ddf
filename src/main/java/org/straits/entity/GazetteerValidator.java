package org.straits.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks that need the whole file: ids unique, parents and affiliations that exist, a
 * hierarchy without cycles and within one dimension, and sibling names that can be told apart
 * as facet values. A file with any problem is refused whole, so the index never sees half a
 * hierarchy.
 */
final class GazetteerValidator {
  private final String source;
  private final List<LocatedEntity> entities;
  private final Map<String, LocatedEntity> byId = new LinkedHashMap<>();
  private final List<GazetteerException.Problem> problems = new ArrayList<>();

  private GazetteerValidator(String source, List<LocatedEntity> entities) {
    this.source = source;
    this.entities = entities;
  }

  /** Returns the entities by id, in file order, or throws with every problem found. */
  static Map<String, LocatedEntity> validate(String source, List<LocatedEntity> entities)
      throws GazetteerException {
    GazetteerValidator validator = new GazetteerValidator(source, entities);
    validator.checkIdsUnique();
    validator.checkParents();
    validator.checkAffiliations();
    if (validator.problems.isEmpty()) {
      // Cycle and sibling checks assume every parent exists in the right dimension.
      validator.checkNoCycles();
      validator.checkSiblingNamesDistinct();
    }
    if (!validator.problems.isEmpty()) {
      throw new GazetteerException(source, validator.problems);
    }
    return validator.byId;
  }

  private void checkIdsUnique() {
    for (LocatedEntity located : entities) {
      LocatedEntity first = byId.putIfAbsent(located.id(), located);
      if (first != null) {
        problem(located, "duplicate id (first defined at line " + first.line() + ")");
      }
    }
  }

  private void checkParents() {
    for (LocatedEntity located : entities) {
      Entity entity = located.entity();
      if (entity.parent() == null) {
        continue;
      }
      LocatedEntity parent = byId.get(entity.parent());
      if (parent == null) {
        problem(located, "unknown parent '" + entity.parent() + "'");
      } else if (parent.entity().kind() != entity.kind()) {
        problem(located, "parent '" + entity.parent() + "' is a " + describe(parent.entity())
            + " but this is a " + describe(entity) + "; a parent must be in the same dimension");
      }
    }
  }

  private static String describe(Entity entity) {
    return entity.kind().name() + " (" + entity.type().yamlName() + ")";
  }

  private void checkAffiliations() {
    for (LocatedEntity located : entities) {
      for (String affiliation : located.entity().affiliations()) {
        if (!byId.containsKey(affiliation)) {
          problem(located, "unknown affiliation '" + affiliation + "'");
        }
      }
    }
  }

  private void checkNoCycles() {
    // A walk stops at an entity an earlier walk passed, so each cycle is reported once.
    Set<String> walked = new HashSet<>();
    for (LocatedEntity located : entities) {
      List<String> chain = new ArrayList<>();
      String current = located.id();
      while (current != null && !walked.contains(current)) {
        if (chain.contains(current)) {
          reportCycle(chain.subList(chain.indexOf(current), chain.size()));
          break;
        }
        chain.add(current);
        current = byId.get(current).entity().parent();
      }
      walked.addAll(chain);
    }
  }

  /** Reports a cycle once, on the member defined first in the file. */
  private void reportCycle(List<String> cycle) {
    String first = cycle.stream()
        .min((a, b) -> Integer.compare(byId.get(a).line(), byId.get(b).line()))
        .orElseThrow();
    List<String> fromFirst = new ArrayList<>(cycle);
    Collections.rotate(fromFirst, -fromFirst.indexOf(first));
    fromFirst.add(first);
    problem(byId.get(first), "parent cycle: " + String.join(" -> ", fromFirst));
  }

  private void checkSiblingNamesDistinct() {
    Map<String, LocatedEntity> bySiblingName = new HashMap<>();
    for (LocatedEntity located : entities) {
      Entity entity = located.entity();
      // Roots of one dimension are siblings too: they share the facet's top level.
      String key = entity.kind() + "\0" + entity.parent() + "\0" + entity.name();
      LocatedEntity first = bySiblingName.putIfAbsent(key, located);
      if (first != null) {
        problem(located, "name '" + entity.name() + "' is also the name of sibling '"
            + first.id() + "' (line " + first.line() + ")");
      }
    }
  }

  private void problem(LocatedEntity located, String reason) {
    problems.add(new GazetteerException.Problem(located.line(), located.id(), reason));
  }
}
