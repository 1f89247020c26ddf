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

  /** True when the query has Chinese characters: peers route it to their Chinese field. */
  public boolean isChinese() {
    return Scripts.hasHan(text);
  }
}
