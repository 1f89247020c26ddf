package org.straits.index;

import java.util.List;

/** Every Lucene field name Straits writes or reads, defined once. */
public final class Fields {
  /** Unique document id; a keyword. */
  public static final String ID = "id";
  /** Source file, relative to the source folder: what incremental indexing deletes by. */
  public static final String FILE = "file";
  /** SHA-256 of the source file at indexing time. */
  public static final String FILE_HASH = "file_hash";

  public static final String TITLE = "title";
  public static final String BODY = "body";
  /** Footnotes and references: searchable, weighted low, never the first choice for snippets. */
  public static final String NOTES = "notes";
  /** Han bigrams of the title and body: context-free Chinese matching beside smartcn's words. */
  public static final String TITLE_CJK = "title_cjk";
  public static final String BODY_CJK = "body_cjk";
  /** Author names as analysed text, for {@code author:} queries. */
  public static final String AUTHOR_TEXT = "author_text";
  public static final String AUTHORS = "authors";
  public static final String EDITORS = "editors";
  public static final String SOURCE = "source";
  public static final String URL = "url";
  public static final String LANG = "lang";
  /** Publication date as yyyy-MM-dd (stored) and epoch day (points + doc values). */
  public static final String DATE = "date";
  public static final String DATE_DAY = "date_day";
  /** Entity ids found in the document, with their counts, e.g. "kinmen:4". */
  public static final String REGION_IDS = "region_ids";
  public static final String ACTOR_IDS = "actor_ids";
  /** Entity ids as keywords, for exact (non-hierarchical) filtering. */
  public static final String ENTITY = "entity";

  /** When this id was first indexed, epoch milliseconds (stored + doc values); kept across reindexing. */
  public static final String INDEXED_AT = "indexed_at";
  /**
   * The time a feed reports for the document, epoch milliseconds (doc values): its date, or its
   * indexing time when it was indexed later, so a newly indexed old story still reads as new.
   */
  public static final String UPDATED = "updated";

  /** Near-duplicate detection (see docs/engine.md): the MinHash signature, stored. */
  public static final String DUP_SIGNATURE = "dup_sig";
  /** LSH band keys of the signature, keywords: documents sharing one are candidates. */
  public static final String DUP_BAND = "dup_band";
  /** The group of versions of one story (numeric doc values, updated in place; 0: a story of one). */
  public static final String DUP_GROUP = "dup_group";
  /** 1 for a version hidden behind its group's representative, 0 otherwise (numeric doc values). */
  public static final String DUP_HIDDEN = "dup_hidden";

  /** Fields searched by a query without a field prefix. */
  public static final List<String> SEARCHED = List.of(TITLE, BODY, NOTES, AUTHOR_TEXT);

  /** Fields that snippets are drawn from, in order of preference. */
  public static final List<String> SNIPPETED = List.of(BODY, NOTES);

  private Fields() {}
}
