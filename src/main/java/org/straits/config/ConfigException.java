package org.straits.config;

/** A configuration value that cannot be used; the message names the setting and the value. */
public final class ConfigException extends Exception {
  public ConfigException(String message) {
    super(message);
  }
}
