package org.straits.bench;

/** The kinds of query in the benchmark mix, each timed on its own. */
public enum QueryKind {
  EN_TERM("English term"),
  EN_PHRASE("English phrase"),
  ZH_WORD("Chinese word"),
  ZH_PHRASE("Chinese phrase"),
  ZH_TRADITIONAL("Traditional-character word"),
  FILTERED("Term + source filter"),
  BROWSE("Empty query, browse facets"),
  DEEP_PAGE("Term, page 20"),
  EN_WORDS("English reader words (2–4)"),
  ZH_WORDS("Chinese reader words (2–3)"),
  ENTITY("Entity name, widened");

  private final String label;

  QueryKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
