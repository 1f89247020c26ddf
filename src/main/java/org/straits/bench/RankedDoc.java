package org.straits.bench;

/** One document of a ranking: its id and the score it was ranked by. */
public record RankedDoc(String id, float score) {}
