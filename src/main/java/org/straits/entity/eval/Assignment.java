package org.straits.entity.eval;

/** One facet assignment: the matcher gave document {@code docId} the entity {@code entityId}. */
public record Assignment(String docId, String entityId) {}
