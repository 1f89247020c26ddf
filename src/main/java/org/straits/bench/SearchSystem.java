package org.straits.bench;

import java.io.Closeable;
import java.io.IOException;

/** Something the query benchmark can time: Straits in-process, over HTTP, or a peer. */
public interface SearchSystem extends Closeable {
  String name();

  /** Runs one query to completion (hits, and facets where the system has them); returns the total hits. */
  long search(BenchQuery query) throws IOException;

  @Override
  default void close() throws IOException {}
}
