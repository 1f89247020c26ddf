package org.straits.eval.entity;

/**
 * A sampled facet assignment with the text that caused it, for a human to judge.
 *
 * @param surface the first mention of the entity in the document, as written
 * @param context about 60 chars either side of that mention, on one line
 */
public record SampleItem(String docId, String entityId, String entityName, String surface,
    String context) {}
