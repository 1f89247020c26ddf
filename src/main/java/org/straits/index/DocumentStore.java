package org.straits.index;

import java.io.IOException;
import java.util.Optional;

/** What the admin area's removal needs of the engine holding the documents. */
public interface DocumentStore {
  /** An indexed document's file and title, and how many other documents its file gave. */
  record Stored(String file, String title, int siblings) {}

  Optional<Stored> find(String id) throws IOException;

  /** Deletes {@code id} and commits; a removed story representative hands its group over in the same commit. */
  void delete(String id) throws IOException;
}
