package org.straits.entity.discovery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.straits.entity.Gazetteer;
import org.straits.entity.GazetteerException;

/**
 * The gazetteer in force: the curated file plus what reviewers accepted (new entities) and
 * merged (aliases of existing ones), and the names they rejected (never discovered again). The
 * latest decision on a value wins. A decision the file no longer allows (its merge target was
 * removed, its id is now taken) is left out and listed in {@link #skipped()}.
 */
public record ReviewedGazetteer(Gazetteer gazetteer, Set<String> rejected, List<Decision> skipped) {

  public static ReviewedGazetteer of(Gazetteer base, List<Decision> decisions) {
    Map<String, Decision> latest = new LinkedHashMap<>();
    for (Decision d : decisions) {
      latest.remove(d.key());
      latest.put(d.key(), d);
    }
    Gazetteer current = base;
    Set<String> rejected = new LinkedHashSet<>();
    List<Decision> skipped = new ArrayList<>();
    for (Decision d : latest.values()) {
      switch (d.action()) {
        case REJECT -> rejected.addAll(d.names().isEmpty() ? List.of(d.name()) : d.names());
        case ACCEPT, MERGE -> {
          try {
            current = apply(current, d);
          } catch (GazetteerException e) {
            skipped.add(d);
          }
        }
      }
    }
    return new ReviewedGazetteer(current, Set.copyOf(rejected), List.copyOf(skipped));
  }

  /** {@code gazetteer} with one accept or merge applied; refused with the reason when it breaks it. */
  public static Gazetteer apply(Gazetteer gazetteer, Decision d) throws GazetteerException {
    return switch (d.action()) {
      case ACCEPT -> gazetteer.withAdditions(List.of(d.entity()), Map.of());
      case MERGE -> {
        if (gazetteer.byId(d.target()).isEmpty()) {
          throw GazetteerException.single(gazetteer.source(), 0, d.target(), "no entity '" + d.target() + "' to merge into");
        }
        yield gazetteer.withAdditions(List.of(), Map.of(d.target(), d.names()));
      }
      case REJECT -> gazetteer;
    };
  }
}
