package org.straits.eval.entity;

/**
 * A reader's finding on one sampled story: an assignment judged {@link Kind#RIGHT} or
 * {@link Kind#WRONG}, an entity the story clearly mentions that the matcher did not assign
 * ({@link Kind#MISSING}), or {@link Kind#CHECKED}: the whole story was read for missing
 * entities, so it counts towards recall.
 *
 * @param subject RIGHT/WRONG: the assigned entity id; MISSING: the entity id if the gazetteer
 *     has the entity, else its name as written in the story; CHECKED: "*"
 */
public record StoryJudgement(String storyId, String subject, Kind kind, String why) {

  public enum Kind { RIGHT, WRONG, MISSING, CHECKED }
}
