package org.straits.eval.entity;

import java.util.Objects;

/**
 * One document of an evaluation corpus (a Guardian article or a CCTV story).
 *
 * @param id the corpus id, e.g. {@code guardian:world/2007/jan/08/china.bookextracts}
 */
public record Article(String id, String title, String body) {

  public Article {
    Objects.requireNonNull(id, "id");
    title = title == null ? "" : title;
    body = body == null ? "" : body;
  }

  /** The text the matcher sees: title and body, joined as the indexer joins them. */
  public String text() {
    return title + "\n" + body;
  }
}
