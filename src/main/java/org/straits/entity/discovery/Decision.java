package org.straits.entity.discovery;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.straits.entity.Entity;

/**
 * A reviewer's decision on one discovered value.
 *
 * @param key the value's key ({@link Discovered#key()}: "actor/Zhu Fenglian")
 * @param action what was decided
 * @param entity for {@link Action#ACCEPT}: the new gazetteer entity, as the reviewer edited it
 * @param target for {@link Action#MERGE}: the id of the entity it is another name of
 * @param names for MERGE: the aliases added to the target; for REJECT: the names never proposed again
 */
public record Decision(String key, Action action, Entity entity, String target, List<String> names,
    String by, Instant at) {

  public enum Action { ACCEPT, MERGE, REJECT }

  public Decision {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(action, "action");
    names = names == null ? List.of() : List.copyOf(names);
    if (action == Action.ACCEPT && entity == null) {
      throw new IllegalArgumentException("an accept decision needs the new entity");
    }
    if (action == Action.MERGE && (target == null || target.isBlank() || names.isEmpty())) {
      throw new IllegalArgumentException("a merge decision needs the entity and the names it gains");
    }
  }

  /** The value's name: the key without its dimension. */
  public String name() {
    return key.substring(key.indexOf('/') + 1);
  }
}
