package org.straits.web;

/** A request the site answers with an error status; the message is shown to the person asking. */
final class WebException extends RuntimeException {
  private final int status;

  WebException(int status, String message) {
    super(message);
    this.status = status;
  }

  int status() {
    return status;
  }
}
