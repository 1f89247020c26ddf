package org.straits.web;

import java.util.List;
import java.util.Locale;
import org.unbescape.html.HtmlEscape;

/**
 * A facet's value list as the sidebar and "Show more" show it ({@code <ul class="facet-values">},
 * a region's parts nested in a {@code <details>}), written here instead of by a template fragment:
 * the list is most of a search page's elements, and Thymeleaf spent more on its expressions than the
 * search spent counting it. The markup, whitespace and escaping are the fragment's own (the page is
 * byte for byte what it was; {@code SearchPageSameTest} renders both and compares them); text and
 * attributes are escaped as Thymeleaf escapes them.
 */
final class FacetItemsHtml {
  private final Views views;
  private final Locale locale;
  private final String unreviewed;
  private final String unreviewedTitle;
  private final String selected;

  FacetItemsHtml(Views views, Locale locale) {
    this.views = views;
    this.locale = locale;
    this.unreviewed = text(views.message(locale, "facet.unreviewed"));
    this.unreviewedTitle = attribute(views.message(locale, "facet.unreviewedTitle"));
    this.selected = text("(" + views.message(locale, "facet.selected") + ")");
  }

  /** The list of {@code items}, their parts nested below them. */
  String of(List<SearchModel.Item> items) {
    StringBuilder html = new StringBuilder(items.size() * 400);
    list(html, items);
    return html.toString();
  }

  private void list(StringBuilder html, List<SearchModel.Item> items) {
    html.append("<ul class=\"facet-values\">");
    for (SearchModel.Item item : items) {
      html.append("\n  ");
      item(html, item);
    }
    if (items.isEmpty()) {
      // What an iteration over nothing leaves of the fragment: the whitespace around the element.
      html.append("\n  ");
    }
    html.append("\n</ul>");
  }

  private void item(StringBuilder html, SearchModel.Item item) {
    html.append("<li><a href=\"").append(attribute(item.href())).append("\" class=\"facet-link")
        .append(item.selected() ? " selected" : "").append(item.discovered() ? " discovered" : "")
        .append("\"><span\n   class=\"check\" aria-hidden=\"true\">").append(item.selected() ? "✓" : "")
        .append("</span><span class=\"label\">").append(text(item.label())).append("</span>");
    if (item.discovered()) {
      html.append("<span\n   class=\"unreviewed\" title=\"").append(unreviewedTitle).append("\">").append(unreviewed)
          .append("</span>");
    }
    if (item.selected()) {
      html.append("<span\n   class=\"visually-hidden\">").append(selected).append("</span>");
    }
    html.append("<span class=\"count\">").append(item.count()).append("</span></a>");
    if (item.entityHref() != null) {
      String about = attribute(views.formatted(locale, "entity.about", item.label()));
      html.append("<a\n   class=\"entity-info\" href=\"").append(attribute(item.entityHref())).append("\" title=\"")
          .append(about).append("\" aria-label=\"").append(about).append("\">ⓘ</a>");
    }
    if (!item.children().isEmpty()) {
      html.append("<details class=\"sub\"").append(item.open() ? " open=\"open\"" : "").append(">\n      <summary>")
          .append(text(views.formatted(locale, "facet.expand", item.label()))).append("</summary>\n      ");
      list(html, item.children());
      html.append("\n    </details>");
    }
    html.append("</li>");
  }

  /** Text escaped as {@code th:text} escapes it. */
  static String text(String text) {
    return HtmlEscape.escapeHtml4Xml(text);
  }

  /** An attribute value escaped as Thymeleaf escapes one it sets. */
  static String attribute(String value) {
    return HtmlEscape.escapeHtml4Xml(value);
  }
}
