package org.straits.search;

import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Years ("2015") or months ("2015-03") with the empty periods between the first and the last put
 * back as zero: the date facet lists only periods that have documents, and a chart of mentions
 * over time that skipped the silent years would show a trend that is not there.
 */
final class TimelineGaps {
  /** More periods than this are left as they are rather than drawn as hairlines. */
  private static final int MAX_PERIODS = 600;

  private TimelineGaps() {}

  /** {@code periods} sorted and of one granularity, as the date facet gives them. */
  static List<SearchResult.FacetValue> fill(List<SearchResult.FacetValue> periods) {
    if (periods.size() < 2) {
      return periods;
    }
    Map<String, SearchResult.FacetValue> byLabel = new HashMap<>();
    periods.forEach(p -> byLabel.put(p.value(), p));
    List<String> labels;
    try {
      labels = between(periods.get(0), periods.get(periods.size() - 1));
    } catch (DateTimeParseException notIso) {
      // A year outside 0000–9999 reads differently; such a timeline is drawn as it is.
      return periods;
    }
    if (labels.isEmpty() || labels.size() > MAX_PERIODS) {
      return periods;
    }
    List<SearchResult.FacetValue> filled = new ArrayList<>(labels.size());
    for (String label : labels) {
      SearchResult.FacetValue known = byLabel.get(label);
      filled.add(known != null ? known : new SearchResult.FacetValue(label, 0, pathOf(label)));
    }
    return filled;
  }

  private static List<String> between(SearchResult.FacetValue first, SearchResult.FacetValue last) {
    List<String> labels = new ArrayList<>();
    if (first.value().length() == 4) {
      for (Year y = Year.parse(first.value()); !y.isAfter(Year.parse(last.value())); y = y.plusYears(1)) {
        labels.add(y.toString());
      }
    } else if (first.value().length() == 7) {
      for (YearMonth m = YearMonth.parse(first.value()); !m.isAfter(YearMonth.parse(last.value())); m = m.plusMonths(1)) {
        labels.add(m.toString());
      }
    }
    return labels;
  }

  /** The facet path of a period: the year, then the month. */
  private static List<String> pathOf(String label) {
    return label.length() == 4 ? List.of(label) : List.of(label.substring(0, 4), label);
  }
}
