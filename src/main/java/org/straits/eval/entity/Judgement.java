package org.straits.eval.entity;

/**
 * A reader's verdict on one sampled assignment.
 *
 * @param correct whether the mention really names that entity
 * @param why a few words of reason
 */
public record Judgement(String docId, String entityId, boolean correct, String why) {

  public Assignment assignment() {
    return new Assignment(docId, entityId);
  }
}
