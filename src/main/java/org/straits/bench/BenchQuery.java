package org.straits.bench;

/**
 * One query of the benchmark mix.
 *
 * @param kind what kind of query this is
 * @param text the query as a person types it; phrases are in double quotes; "" browses
 * @param filterDim facet dimension filtered on, or "" for none
 * @param filterValue the value selected in that dimension
 * @param page 1-based page of {@link #PAGE_SIZE} hits
 */
public record BenchQuery(QueryKind kind, String text, String filterDim, String filterValue, int page) {
  public static final int PAGE_SIZE = 10;

  public boolean filtered() {
    return !filterDim.isEmpty();
  }

  /** The text without the quotes of a phrase. */
  public String bareText() {
    return isPhrase() ? text.substring(1, text.length() - 1) : text;
  }

  public boolean isPhrase() {
    return text.length() > 2 && text.startsWith("\"") && text.endsWith("\"");
  }

  /**
   * Several plain words (not a phrase): Straits requires every one, so the peers do too, or they
   * would answer an easier question.
   */
  public boolean allWords() {
    return !isPhrase() && words().size() > 1;
  }

  /** The whitespace-separated words of the text. */
  public java.util.List<String> words() {
    String bare = text.strip();
    return bare.isEmpty() ? java.util.List.of() : java.util.List.of(bare.split("\\s+"));
  }

  /** True when the query has Chinese characters: peers route it to their Chinese field. */
  public boolean isChinese() {
    return Scripts.hasHan(text);
  }
}
