package org.straits.admin;

/** No document in the index has the given id. */
public final class DocumentNotFoundException extends Exception {
  public DocumentNotFoundException(String id) {
    super("no document with id '" + id + "' in the index");
  }
}
