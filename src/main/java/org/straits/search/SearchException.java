package org.straits.search;

import java.util.List;

/**
 * A request that cannot be answered as asked; the message is meant for the person who asked.
 * With a {@code key} (and its arguments) the web pages show it in the reader's language.
 */
public class SearchException extends RuntimeException {
  private final String key;
  private final List<Object> args;

  public SearchException(String message) {
    this(null, message);
  }

  /** {@code key} names the UI message {@code error.<key>}; {@code args} fill its {0}, {1}, …. */
  public SearchException(String key, String message, Object... args) {
    super(message);
    this.key = key;
    this.args = List.of(args);
  }

  /** The UI message key, or null when the message exists in English only. */
  public String key() {
    return key;
  }

  public List<Object> args() {
    return args;
  }
}
