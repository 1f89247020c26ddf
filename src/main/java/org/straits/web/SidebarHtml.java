package org.straits.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.straits.search.Html;

/**
 * The search page's {@code <aside>}: the reader's saved searches (filled in by the browser), the
 * date histogram and date form, and the facet sections, written here instead of by the template
 * (issue 11, with {@link ResultsHtml}). Markup, whitespace and escaping are the template's own
 * ({@code SearchPageSameTest} compares the page with the templates as they were).
 */
final class SidebarHtml {
  /** The labels {@code searches.js} reads from the saved-searches section, attribute by message key. */
  private static final List<String[]> SAVED_LABELS = List.of(new String[] {"saved", "saved.saved"},
      new String[] {"recent", "saved.recent"}, new String[] {"star", "saved.star"},
      new String[] {"unstar", "saved.unstar"}, new String[] {"copy", "saved.copyFeed"},
      new String[] {"copied", "saved.copied"}, new String[] {"remove", "saved.remove"},
      new String[] {"none", "saved.none"}, new String[] {"all", "saved.all"});

  /**
   * What the sidebar shows; {@code fromError} and {@code toError} are the text typed into a date
   * field that is not a date (null when fine), {@code rangeError} an end before the start.
   */
  record Parts(String feedHref, String savedTitle, String histogramHtml, List<Map.Entry<String, String>> dateHidden,
      String fromValue, String toValue, String fromError, String toError, boolean rangeError, String panelsHtml) {}

  private final Views views;
  private final Locale locale;

  SidebarHtml(Views views, Locale locale) {
    this.views = views;
    this.locale = locale;
  }

  private String text(String key) {
    return Html.escape(views.message(locale, key));
  }

  /** The inside of {@code <aside>}, from the whitespace after its start tag to the one before its end tag. */
  String of(Parts parts) {
    StringBuilder html = new StringBuilder(3_000 + parts.histogramHtml().length() + parts.panelsHtml().length());
    html.append("\n    <section id=\"my-searches\" class=\"facet my-searches\" hidden");
    for (String[] label : SAVED_LABELS) {
      html.append(" data-label-").append(label[0]).append("=\"").append(text(label[1])).append('"');
    }
    html.append(" data-feed=\"").append(Html.escape(parts.feedHref())).append("\" data-title=\"")
        .append(Html.escape(parts.savedTitle())).append("\">\n      <h2>").append(text("saved.heading"))
        .append("</h2>\n    </section>\n    <div class=\"facets-top\">\n      <h2 class=\"facets-heading\">")
        .append(text("facets.heading")).append("</h2>\n      <a class=\"filters-close\" href=\"#results\">")
        .append(text("filters.close")).append("</a>\n    </div>\n\n    <section class=\"facet facet-date\">\n      <h3>")
        .append(text("facet.date")).append("</h3>\n      ").append(parts.histogramHtml())
        .append("\n      <form class=\"date-range\" method=\"get\" action=\"/search\">\n        ");
    for (Map.Entry<String, String> hidden : parts.dateHidden()) {
      // A void element's iterations follow one another without the whitespace before it.
      html.append("<input type=\"hidden\" name=\"").append(Html.escape(hidden.getKey()))
          .append("\" value=\"").append(Html.escape(hidden.getValue())).append("\">");
    }
    html.append("\n        ");
    dateField(html, "from", parts.fromValue(), parts.fromError(), false);
    html.append("\n        ");
    dateField(html, "to", parts.toValue(), parts.toError(), parts.rangeError());
    html.append("\n        ");
    if (parts.rangeError()) {
      html.append("<p id=\"to-error\" class=\"field-error\" role=\"alert\">").append(text("date.emptyRange")).append("</p>");
    }
    return html.append("\n        <button type=\"submit\">").append(text("date.apply"))
        .append("</button>\n      </form>\n    </section>\n\n    ").append(parts.panelsHtml()).append("\n  ").toString();
  }

  /** A date field's label and input, and the error under it when what was typed is not a date. */
  private void dateField(StringBuilder html, String name, String value, String error, boolean rangeError) {
    boolean invalid = error != null || rangeError;
    html.append("<label><span>").append(text("date." + name)).append("</span>\n          <input name=\"").append(name)
        .append("\" type=\"text\" inputmode=\"numeric\" maxlength=\"10\" autocomplete=\"off\" value=\"")
        .append(Html.escape(value)).append("\"\n                 placeholder=\"").append(text("date.placeholder"))
        .append("\" title=\"").append(text("date.format")).append('"')
        .append(invalid ? " aria-invalid=\"true\" aria-describedby=\"" + name + "-error\"" : "").append("></label>\n        ");
    if (error != null) {
      html.append("<p id=\"").append(name).append("-error\" class=\"field-error\" role=\"alert\">")
          .append(Html.escape(views.formatted(locale, "date.invalid", error))).append("</p>");
    }
  }
}
