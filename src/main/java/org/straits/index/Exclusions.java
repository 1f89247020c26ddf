package org.straits.index;

import java.io.IOException;
import java.util.Collection;
import java.util.Set;

/**
 * Documents an administrator took out of the index but left in the source folder, and the files
 * that must be read again because one of their documents was restored. Read at the start of every
 * run, so that the command line and the server agree.
 */
public interface Exclusions {
  Exclusions NONE = new Exclusions() {
    @Override
    public Set<String> excludedIds() {
      return Set.of();
    }

    @Override
    public Set<String> filesToReread() {
      return Set.of();
    }

    @Override
    public void reread(Collection<String> files) {}
  };

  /** Ids the indexer must skip. */
  Set<String> excludedIds();

  /** Source files to read again although their content did not change. */
  Set<String> filesToReread();

  /** Called once a run has committed {@code files} read again (or found them gone). */
  void reread(Collection<String> files) throws IOException;
}
