package org.straits;

import org.straits.cli.StraitsCommand;

public final class Main {
  /** Held so the setting is not garbage-collected with the logger; Lucene's INFO lines are noise here. */
  private static final java.util.logging.Logger LUCENE_LOG = java.util.logging.Logger.getLogger("org.apache.lucene");

  private Main() {}

  public static void main(String[] args) {
    LUCENE_LOG.setLevel(java.util.logging.Level.WARNING);
    System.exit(StraitsCommand.run(args));
  }
}
