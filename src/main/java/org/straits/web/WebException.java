package org.straits.web;

import java.util.List;

/**
 * A request the site answers with an error status; the message is shown to the person asking,
 * in the reader's language when it has a {@code key} (the UI message {@code error.<key>}).
 */
final class WebException extends RuntimeException {
  private final int status;
  private final String key;
  private final List<Object> args;

  WebException(int status, String message) {
    this(status, null, message);
  }

  WebException(int status, String key, String message, Object... args) {
    super(message);
    this.status = status;
    this.key = key;
    this.args = List.of(args);
  }

  int status() {
    return status;
  }

  String key() {
    return key;
  }

  List<Object> args() {
    return args;
  }
}
