package org.straits.search;

/** A request that cannot be answered as asked; the message is meant for the person who asked. */
public class SearchException extends RuntimeException {
  public SearchException(String message) {
    super(message);
  }
}
