package org.straits.admin;

/** An upload that was not stored; the message says why, for the administrator. */
public final class UploadRejectedException extends Exception {
  public UploadRejectedException(String name, String reason) {
    super(name + ": " + reason);
  }
}
