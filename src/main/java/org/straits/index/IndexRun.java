package org.straits.index;

import java.io.IOException;
import java.nio.file.Path;

/** One indexing run into whichever engine is configured: the embedded index or a Solr collection. */
@FunctionalInterface
public interface IndexRun {
  /**
   * Brings the engine's documents in line with {@code source}; {@code stateDir} is where Straits
   * keeps its own record of the run (the index folder, or the state folder beside a Solr collection).
   */
  IndexRunSummary run(Path source, Path stateDir, boolean full, IndexProgress.Listener listener) throws IOException;
}
