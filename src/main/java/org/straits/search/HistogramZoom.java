package org.straits.search;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * How far the date histogram zooms, engine-neutral: a range of at most three months shows days,
 * at most two years months, anything longer years; the bins cover the range without gaps.
 */
public final class HistogramZoom {
  public enum Unit {
    YEAR, MONTH, DAY;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** One bin: its label ("2024", "2024-02", "2024-02-21") and the days of the range it covers. */
  public record Bin(String label, LocalDate start, LocalDate end) {}

  private HistogramZoom() {}

  public static Unit unitFor(LocalDate from, LocalDate to) {
    if (!to.isAfter(from.plusMonths(3).minusDays(1))) {
      return Unit.DAY;
    }
    if (!to.isAfter(from.plusYears(2).minusDays(1))) {
      return Unit.MONTH;
    }
    return Unit.YEAR;
  }

  /** The bins of {@code unit} from {@code from} to {@code to}, the first and last cut to the range. */
  public static List<Bin> bins(Unit unit, LocalDate from, LocalDate to) {
    List<Bin> bins = new ArrayList<>();
    LocalDate start = from;
    while (!start.isAfter(to)) {
      LocalDate periodEnd = switch (unit) {
        case YEAR -> LocalDate.of(start.getYear(), 12, 31);
        case MONTH -> YearMonth.from(start).atEndOfMonth();
        case DAY -> start;
      };
      LocalDate end = periodEnd.isAfter(to) ? to : periodEnd;
      bins.add(new Bin(label(unit, start), start, end));
      start = periodEnd.plusDays(1);
    }
    return bins;
  }

  private static String label(Unit unit, LocalDate day) {
    String iso = day.toString();
    return switch (unit) {
      case YEAR -> iso.substring(0, 4);
      case MONTH -> iso.substring(0, 7);
      case DAY -> iso;
    };
  }
}
