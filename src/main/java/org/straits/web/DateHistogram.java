package org.straits.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.straits.search.SearchRequest;
import org.straits.search.SearchResult;

/**
 * The response's date histogram drawn as bars (years, months or days as the range calls for;
 * empty periods as a flat zero bar), laid out here so the template only writes SVG attributes:
 * no script is needed to draw or use it. A bar links to its period, which zooms in.
 */
final class DateHistogram {
  static final int WIDTH = 260;
  static final int HEIGHT = 90;
  private static final int GAP = 2;
  /** A lone bar or two stay bar-shaped instead of filling the chart. */
  private static final int MAX_SLOT = 40;
  /** Width of one axis character (the CSS gives the axis 11px in chart units), and the space kept between labels. */
  private static final double AXIS_DIGIT_WIDTH = 7.0;
  private static final int LABEL_GAP = 8;

  record Bar(String label, long count, String href, int x, int y, int width, int height, boolean inRange) {
    public boolean empty() {
      return count == 0;
    }
  }

  record Chart(List<Bar> bars, int width, int height, String firstLabel, String lastLabel, int lastLabelX) {
    public boolean isEmpty() {
      return bars.isEmpty();
    }
  }

  private DateHistogram() {}

  /** Bars for the histogram's bins (labels "2015", "2015-03" or "2015-03-10"), each linking to that period. */
  static Chart of(SearchResult.Histogram histogram, SearchRequest request, SearchLinks links) {
    return of(histogram.bins(), request, links);
  }

  /** Bars for {@code values} (labels "2015", "2015-03" or "2015-03-10"), each linking to that period. */
  static Chart of(List<SearchResult.FacetValue> values, SearchRequest request, SearchLinks links) {
    if (values.isEmpty()) {
      return new Chart(List.of(), WIDTH, HEIGHT, "", "", 0);
    }
    long max = values.stream().mapToLong(SearchResult.FacetValue::count).max().orElse(1);
    int slot = Math.min(MAX_SLOT, Math.max(3, WIDTH / values.size()));
    int barWidth = Math.max(1, slot - GAP);
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      SearchResult.FacetValue v = values.get(i);
      // An empty period shows as a hairline at zero, so a gap reads as a gap; any other at least a sliver.
      int height = v.count() == 0 ? 1 : (int) Math.max(2, Math.round((double) v.count() / max * (HEIGHT - 4)));
      bars.add(new Bar(v.value(), v.count(), links.with(RequestParams.FROM, v.value(), RequestParams.TO, v.value()),
          i * slot, HEIGHT - height, barWidth, height, inRange(v.value(), request)));
    }
    Bar last = bars.get(bars.size() - 1);
    // One period needs one label; otherwise the last label ends under the last bar, not the chart's
    // edge, unless the bars are too few to hold both labels apart (two days: "2008-03-10" twice).
    String lastLabel = bars.size() == 1 ? "" : last.label();
    int width = Math.max(WIDTH, values.size() * slot);
    int lastLabelX = last.x() + last.width();
    if (lastLabelX - labelWidth(lastLabel) < labelWidth(values.get(0).value()) + LABEL_GAP) {
      lastLabelX = width;
    }
    return new Chart(bars, width, HEIGHT, values.get(0).value(), lastLabel, lastLabelX);
  }

  /**
   * How wide an axis label is drawn, generously: its digits at the axis font (11 units) in the
   * widest font a page uses for them (a CJK font's digits on the Chinese interface, about 0.6 em).
   */
  static int labelWidth(String label) {
    return (int) Math.ceil(label.length() * AXIS_DIGIT_WIDTH);
  }

  private static boolean inRange(String period, SearchRequest request) {
    if (request.from() == null && request.to() == null || period.length() > 10) {
      return false;
    }
    LocalDate start = org.straits.search.DateBounds.from(period);
    LocalDate end = org.straits.search.DateBounds.to(period);
    boolean afterFrom = request.from() == null || !end.isBefore(request.from());
    boolean beforeTo = request.to() == null || !start.isAfter(request.to());
    return afterFrom && beforeTo;
  }
}
