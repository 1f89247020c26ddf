package org.straits.index;

import java.time.LocalDate;

/** The date facet's hierarchy: "2024" → "2024-02" → "2024-02-21", readable at every level. */
public final class DatePaths {
  private DatePaths() {}

  public static String[] of(LocalDate date) {
    String iso = date.toString();
    return new String[] {iso.substring(0, 4), iso.substring(0, 7), iso};
  }
}
