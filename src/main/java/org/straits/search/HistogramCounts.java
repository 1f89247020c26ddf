package org.straits.search;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.LabelAndValue;
import org.straits.index.DatePaths;
import org.straits.index.FacetDims;

/**
 * The date histogram from the drill-sideways counts of the date facet (year → month → day) of the
 * one search: the range's bins, each counted from the coarsest level it covers whole, so a bin
 * cut by the range counts only its days inside it.
 */
public final class HistogramCounts {
  /** The counts of the date values under a path (years under [], months under [year], …). */
  @FunctionalInterface
  public interface DateLevels {
    Map<String, Long> children(List<String> path) throws IOException;
  }

  private final DateLevels levels;
  private final Map<List<String>, Map<String, Long>> children = new HashMap<>();

  HistogramCounts(FacetCounts facets) {
    this(path -> {
      Map<String, Long> counts = new HashMap<>();
      FacetResult result = facets.all(FacetDims.DATE, path.toArray(String[]::new));
      if (result != null) {
        for (LabelAndValue lv : result.labelValues) {
          counts.put(lv.label, lv.value.longValue());
        }
      }
      return counts;
    });
  }

  /** Any engine's date counts: the histogram rules are the same for all. */
  public HistogramCounts(DateLevels levels) {
    this.levels = levels;
  }

  public SearchResult.Histogram histogram(LocalDate from, LocalDate to) throws IOException {
    List<String> years = new ArrayList<>(children(List.of()).keySet());
    if (years.isEmpty()) {
      return SearchResult.Histogram.EMPTY;
    }
    years.sort(null);
    LocalDate first = from != null ? from : firstDay(years.get(0));
    LocalDate last = to != null ? to : lastDay(years.get(years.size() - 1));
    HistogramZoom.Unit unit = HistogramZoom.unitFor(first, last);
    if (unit == HistogramZoom.Unit.YEAR) {
      // A wide range (1900–2100) shows the years that have documents and the gaps between them.
      LocalDate dataFirst = firstDay(years.get(0));
      LocalDate dataLast = lastDay(years.get(years.size() - 1));
      first = first.isBefore(dataFirst) ? dataFirst : first;
      last = last.isAfter(dataLast) ? dataLast : last;
      if (first.isAfter(last)) {
        return SearchResult.Histogram.EMPTY;
      }
      unit = HistogramZoom.unitFor(first, last);
    }
    List<SearchResult.FacetValue> bins = new ArrayList<>();
    for (HistogramZoom.Bin bin : HistogramZoom.bins(unit, first, last)) {
      // Only the request's own bounds cut a bin: without one, no document lies beyond the data's
      // first and last day, and the whole period is one cheap count.
      LocalDate start = from == null ? periodStart(unit, bin.start()) : bin.start();
      LocalDate end = to == null ? periodEnd(unit, bin.end()) : bin.end();
      bins.add(new SearchResult.FacetValue(bin.label(), count(start, end),
          List.of(DatePaths.of(bin.start())).subList(0, unit.ordinal() + 1)));
    }
    return new SearchResult.Histogram(unit.label(), first, last, List.copyOf(bins));
  }

  private static LocalDate periodStart(HistogramZoom.Unit unit, LocalDate day) {
    return switch (unit) {
      case YEAR -> day.withDayOfYear(1);
      case MONTH -> day.withDayOfMonth(1);
      case DAY -> day;
    };
  }

  private static LocalDate periodEnd(HistogramZoom.Unit unit, LocalDate day) {
    return switch (unit) {
      case YEAR -> LocalDate.of(day.getYear(), 12, 31);
      case MONTH -> YearMonth.from(day).atEndOfMonth();
      case DAY -> day;
    };
  }

  /** Documents dated from {@code start} to {@code end}, inclusive. */
  private long count(LocalDate start, LocalDate end) throws IOException {
    long total = 0;
    for (int year = start.getYear(); year <= end.getYear(); year++) {
      LocalDate ys = max(start, LocalDate.of(year, 1, 1));
      LocalDate ye = min(end, LocalDate.of(year, 12, 31));
      String y = Integer.toString(year);
      if (ys.getDayOfYear() == 1 && ye.getMonthValue() == 12 && ye.getDayOfMonth() == 31) {
        total += children(List.of()).getOrDefault(y, 0L);
        continue;
      }
      for (YearMonth month = YearMonth.from(ys); !month.isAfter(YearMonth.from(ye)); month = month.plusMonths(1)) {
        total += monthCount(y, month, max(ys, month.atDay(1)), min(ye, month.atEndOfMonth()));
      }
    }
    return total;
  }

  private long monthCount(String year, YearMonth month, LocalDate start, LocalDate end) throws IOException {
    String ym = month.toString();
    if (start.getDayOfMonth() == 1 && end.equals(month.atEndOfMonth())) {
      return children(List.of(year)).getOrDefault(ym, 0L);
    }
    Map<String, Long> days = children(List.of(year, ym));
    long total = 0;
    for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
      total += days.getOrDefault(day.toString(), 0L);
    }
    return total;
  }

  private Map<String, Long> children(List<String> path) throws IOException {
    Map<String, Long> known = children.get(path);
    if (known == null) {
      known = levels.children(path);
      children.put(path, known);
    }
    return known;
  }

  private LocalDate firstDay(String year) throws IOException {
    String month = minKey(children(List.of(year)));
    String day = month == null ? null : minKey(children(List.of(year, month)));
    return day != null ? LocalDate.parse(day) : LocalDate.of(Integer.parseInt(year), 1, 1);
  }

  private LocalDate lastDay(String year) throws IOException {
    String month = maxKey(children(List.of(year)));
    String day = month == null ? null : maxKey(children(List.of(year, month)));
    return day != null ? LocalDate.parse(day) : LocalDate.of(Integer.parseInt(year), 12, 31);
  }

  private static String minKey(Map<String, Long> map) {
    return map.keySet().stream().min(String::compareTo).orElse(null);
  }

  private static String maxKey(Map<String, Long> map) {
    return map.keySet().stream().max(String::compareTo).orElse(null);
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
