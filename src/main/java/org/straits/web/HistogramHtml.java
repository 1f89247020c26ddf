package org.straits.web;

import java.util.Locale;
import org.straits.search.Html;

/**
 * The date histogram ({@link DateHistogram.Chart}) as SVG, written here instead of by a template
 * fragment: a bar is seven expressions, and a page has up to forty bars. Markup, whitespace and
 * escaping are the fragment's own ({@code SearchPageSameTest} compares the two); nothing when the
 * chart has no bars.
 */
final class HistogramHtml {
  private HistogramHtml() {}

  static String of(DateHistogram.Chart chart, Views views, Locale locale) {
    if (chart.isEmpty()) {
      return "";
    }
    StringBuilder svg = new StringBuilder(200 + chart.bars().size() * 260);
    svg.append("<svg class=\"histogram\" role=\"group\"\n     preserveAspectRatio=\"xMinYMax meet\"")
        .append(" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(chart.width()).append(' ')
        .append(chart.height() + 16).append("\" aria-label=\"")
        .append(Html.escape(views.message(locale, "date.chart"))).append("\">\n  ");
    for (DateHistogram.Bar bar : chart.bars()) {
      String label = bar.label() + ": " + bar.count();
      svg.append("<a href=\"").append(Html.escape(bar.href())).append("\" aria-label=\"")
          .append(Html.escape(label)).append("\">\n    <title>").append(Html.escape(label))
          .append("</title>\n    <rect class=\"").append(bar.inRange() ? "bar in-range" : "bar")
          .append(bar.empty() ? " zero" : "").append("\" x=\"").append(bar.x()).append("\" y=\"").append(bar.y())
          .append("\" width=\"").append(bar.width()).append("\" height=\"").append(bar.height())
          .append("\"></rect>\n  </a>");
    }
    int axisY = chart.height() + 13;
    return svg.append("\n  <text class=\"axis\" x=\"0\" y=\"").append(axisY).append("\">")
        .append(Html.escape(chart.firstLabel())).append("</text>\n  <text class=\"axis\" text-anchor=\"end\" x=\"")
        .append(chart.lastLabelX()).append("\" y=\"").append(axisY).append("\">").append(Html.escape(chart.lastLabel()))
        .append("</text>\n</svg>").toString();
  }
}
