package org.straits.admin;

import org.straits.entity.Gazetteer;
import org.straits.entity.GazetteerException;

/** The gazetteer in force and its reload, for the administration pages. */
public interface GazetteerSource {
  Gazetteer current();

  /**
   * Re-reads the configured file: a file with an error is refused (the exception names the line
   * and the reason) and the gazetteer in force stays.
   */
  Gazetteer reload() throws GazetteerException;
}
