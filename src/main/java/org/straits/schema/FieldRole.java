package org.straits.schema;

/** What a field is for; an engine maps each role to its own field type. */
public enum FieldRole {
  /** The unique document key: an exact keyword, stored. */
  KEY,
  /** Bookkeeping of the indexer (source file, content hash): exact keyword or stored only. */
  BOOKKEEPING,
  /** Prose the reader searches and sees: analysed, with offsets for highlighting. */
  TEXT,
  /** A second analysis of a TEXT field (Han bigrams), not stored; highlighted through its source. */
  SHADOW,
  /** An exact value: filtered on, faceted, shown. */
  KEYWORD,
  /** A number for range filters and sorting: a day number, or a time in epoch milliseconds. */
  DAY,
  /** Stored for display only. */
  STORED,
  /** Gazetteer entity ids with mention counts ("kinmen:4"), stored for display. */
  ENTITY_MENTIONS,
  /** Gazetteer entity ids as exact keywords: documents naming the entity itself. */
  ENTITY_KEY,
  /**
   * A number rewritten in place after its document is written (the story a version belongs to,
   * whether it is hidden behind the story's representative): doc values only.
   */
  IN_PLACE,
  /**
   * Bytes the indexer reads back for every document at once (the repost signature): binary doc
   * values, neither stored nor searched.
   */
  BINARY
}
