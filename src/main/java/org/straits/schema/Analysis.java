package org.straits.schema;

/** How a field's text is cut into terms; index and query side always use the same one. */
public enum Analysis {
  /** Not indexed as text. */
  NONE,
  /** The whole value is one term. */
  KEYWORD,
  /**
   * Straits' bilingual chain: NFKC, traditional→simplified folding before segmentation, smartcn
   * words for Han runs, English stemming.
   */
  BILINGUAL,
  /** Han character bigrams after the same folding: Chinese matching independent of segmentation. */
  HAN_BIGRAMS
}
