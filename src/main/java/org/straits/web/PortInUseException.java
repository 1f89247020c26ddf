package org.straits.web;

/** The server cannot listen: another program holds the address and port. */
public final class PortInUseException extends RuntimeException {
  private final String bind;
  private final int port;

  PortInUseException(String bind, int port, Throwable cause) {
    super("cannot listen on " + bind + ":" + port + ": the port is already in use", cause);
    this.bind = bind;
    this.port = port;
  }

  public String bind() {
    return bind;
  }

  public int port() {
    return port;
  }
}
