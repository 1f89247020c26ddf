package org.straits.index;

import java.util.List;
import org.straits.schema.Schema;

/**
 * Every field name Straits writes or reads, as short constants for the Lucene side; the names,
 * and what each field is, are declared once in {@link Schema}.
 */
public final class Fields {
  public static final String ID = Schema.ID;
  public static final String FILE = Schema.FILE;
  public static final String FILE_HASH = Schema.FILE_HASH;
  public static final String TITLE = Schema.TITLE;
  public static final String BODY = Schema.BODY;
  public static final String NOTES = Schema.NOTES;
  public static final String TITLE_CJK = Schema.TITLE_CJK;
  public static final String BODY_CJK = Schema.BODY_CJK;
  public static final String AUTHOR_TEXT = Schema.AUTHOR_TEXT;
  public static final String AUTHORS = Schema.AUTHORS;
  public static final String EDITORS = Schema.EDITORS;
  public static final String SOURCE = Schema.SOURCE;
  public static final String URL = Schema.URL;
  public static final String LANG = Schema.LANG;
  public static final String DATE = Schema.DATE;
  public static final String DATE_DAY = Schema.DATE_DAY;
  public static final String REGION_IDS = Schema.REGION_IDS;
  public static final String ACTOR_IDS = Schema.ACTOR_IDS;
  public static final String ENTITY = Schema.ENTITY;
  /**
   * Names no one curated, found at index time ({@code entity.discovery.Discovered#stored}, one
   * value each); they are root values of the region and actor facets, marked unreviewed.
   */
  public static final String DISCOVERED = Schema.DISCOVERED;
  /** Discovered values as keywords ("actor/Zhu Fenglian"): the documents a review decision touches. */
  public static final String DISCOVERED_KEY = Schema.DISCOVERED_KEY;

  /** When this id was first indexed, epoch milliseconds (stored + doc values); kept across reindexing. */
  public static final String INDEXED_AT = Schema.INDEXED_AT;
  /**
   * The time a feed reports for the document, epoch milliseconds (doc values): its date, or its
   * indexing time when it was indexed later, so a newly indexed old story still reads as new.
   */
  public static final String UPDATED = Schema.UPDATED;

  /** Near-duplicate detection (see docs/engine.md): the MinHash signature, binary doc values. */
  public static final String DUP_SIGNATURE = Schema.DUP_SIGNATURE;
  /** The group of versions of one story (numeric doc values, updated in place; 0: a story of one). */
  public static final String DUP_GROUP = Schema.DUP_GROUP;
  /** 1 for a version hidden behind its group's representative, 0 otherwise (numeric doc values). */
  public static final String DUP_HIDDEN = Schema.DUP_HIDDEN;

  /** Fields searched by a query without a field prefix. */
  public static final List<String> SEARCHED = List.copyOf(Schema.queryWeights().keySet());

  /** Fields that snippets are drawn from, in order of preference. */
  public static final List<String> SNIPPETED = List.of(BODY, NOTES);

  private Fields() {}
}
