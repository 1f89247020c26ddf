package org.straits.eval.entity;

/** One facet assignment: the matcher gave document {@code docId} the entity {@code entityId}. */
public record Assignment(String docId, String entityId) {}
