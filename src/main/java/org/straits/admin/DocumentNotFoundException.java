package org.straits.admin;

/** No document with the given id in the index (or among the excluded ones). */
public final class DocumentNotFoundException extends Exception {
  private final String id;

  public DocumentNotFoundException(String id) {
    super("no document with id '" + id + "' in the index");
    this.id = id;
  }

  public DocumentNotFoundException(String id, String where) {
    super("no " + where + " document with id '" + id + "'");
    this.id = id;
  }

  public String id() {
    return id;
  }
}
