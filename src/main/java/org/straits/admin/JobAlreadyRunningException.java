package org.straits.admin;

import java.time.Instant;

/** A second indexing request while one is running: the caller is told whose and since when. */
public final class JobAlreadyRunningException extends Exception {
  private final String by;
  private final Instant started;

  public JobAlreadyRunningException(String by, Instant started) {
    super("an indexing run started by " + by + " at " + started + " is still in progress; try again when it has finished");
    this.by = by;
    this.started = started;
  }

  public String by() {
    return by;
  }

  public Instant started() {
    return started;
  }
}
