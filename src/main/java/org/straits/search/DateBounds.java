package org.straits.search;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** Reads the ends of a date range: a day (2024-02-21), a month (2024-02) or a year (2024). */
public final class DateBounds {
  private DateBounds() {}

  /** The first day of what {@code text} names; null for blank. */
  public static LocalDate from(String text) {
    return parse(text, true);
  }

  /** The last day of what {@code text} names; null for blank. */
  public static LocalDate to(String text) {
    return parse(text, false);
  }

  private static LocalDate parse(String text, boolean first) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.strip();
    try {
      if (t.matches("\\d{4}")) {
        int year = Integer.parseInt(t);
        return first ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31);
      }
      if (t.matches("\\d{4}-\\d{2}")) {
        YearMonth month = YearMonth.parse(t);
        return first ? month.atDay(1) : month.atEndOfMonth();
      }
      return LocalDate.parse(t);
    } catch (DateTimeParseException e) {
      throw new SearchException("notADate", "'" + text + "' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD", text);
    }
  }
}
