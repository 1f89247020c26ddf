package org.straits.eval.entity;

import org.straits.entity.EntityMatcher;
import org.straits.entity.Gazetteer;
import org.straits.entity.GazetteerException;

/** The small test gazetteer (Taiwan, Kinmen, PRC, US …) as a matcher. */
final class EvalFixtures {
  private EvalFixtures() {}

  static EntityMatcher matcher() {
    try {
      return new EntityMatcher(Gazetteer.load(org.straits.Fixtures.smallGazetteer()));
    } catch (GazetteerException e) {
      throw new IllegalStateException(e);
    }
  }
}
