package org.straits.entity;

/**
 * A span of a document that names an entity.
 *
 * @param start offset of the first char in the original text
 * @param end offset after the last char in the original text
 */
public record Mention(String entityId, int start, int end) {

  public Mention {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException(
          "bad mention span [" + start + ", " + end + ") for entity '" + entityId + "'");
    }
  }

  /** The mentioned text, cut from the document this mention was found in. */
  public String textIn(CharSequence document) {
    return document.subSequence(start, end).toString();
  }
}
