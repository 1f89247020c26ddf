package org.straits.search;

/**
 * The search engine cannot be reached or failed (a SolrCloud node list nobody answers, a
 * collection missing): the message names what was tried, for the person running Straits. Pages and
 * the API answer 503 with it, never 500.
 */
public class EngineUnavailableException extends RuntimeException {
  public EngineUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
