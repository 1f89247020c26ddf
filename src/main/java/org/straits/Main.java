package org.straits;

import org.straits.cli.StraitsCommand;

public final class Main {
  /** Held so the setting is not garbage-collected with the logger; Lucene's INFO lines are noise here. */
  private static final java.util.logging.Logger LUCENE_LOG = java.util.logging.Logger.getLogger("org.apache.lucene");
  /**
   * Lucene suggests the incubating vector module when it is absent; the launcher leaves it out on
   * purpose (it measured no gain here, and the JVM warns about incubator modules on every command).
   */
  private static final java.util.logging.Logger VECTOR_LOG =
      java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

  private Main() {}

  public static void main(String[] args) {
    LUCENE_LOG.setLevel(java.util.logging.Level.WARNING);
    VECTOR_LOG.setLevel(java.util.logging.Level.SEVERE);
    System.exit(StraitsCommand.run(args));
  }
}
