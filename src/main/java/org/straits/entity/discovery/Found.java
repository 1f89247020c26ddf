package org.straits.entity.discovery;

import org.straits.entity.EntityType;

/**
 * One name a finder saw in a text, before names are pooled per document.
 *
 * @param start offset of the first char in the text
 * @param end offset after the last char
 * @param name the name as the document writes it (Chinese in simplified form)
 * @param type the kind of thing it looks like; the type fixes the facet dimension
 * @param alias an acronym the text defines for it ("CNAS"), or ""
 */
record Found(int start, int end, String name, EntityType type, String alias) {

  boolean overlaps(int otherStart, int otherEnd) {
    return start < otherEnd && otherStart < end;
  }
}
