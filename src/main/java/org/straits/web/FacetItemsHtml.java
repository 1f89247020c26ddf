package org.straits.web;

import java.util.List;
import java.util.Locale;
import org.straits.search.Html;

/**
 * The sidebar's facet sections, and a facet's value list as they and "Show more" show it ({@code <ul class="facet-values">},
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
    this.unreviewed = Html.escape(views.message(locale, "facet.unreviewed"));
    this.unreviewedTitle = Html.escape(views.message(locale, "facet.unreviewedTitle"));
    this.selected = Html.escape("(" + views.message(locale, "facet.selected") + ")");
  }

  /**
   * The sidebar's facet sections, one per panel with values (a panel without values leaves the
   * whitespace the template's iteration left): heading, the unreviewed-names switch of a tree,
   * the values, "Show more" or "Show fewer", and the filter box.
   */
  String panels(List<SearchModel.Panel> panels, SearchModel.UnreviewedSwitch unreviewedSwitch,
      java.util.Map<String, String> fragmentHrefs) {
    StringBuilder html = new StringBuilder(panels.size() * 4_000);
    for (int i = 0; i < panels.size(); i++) {
      SearchModel.Panel panel = panels.get(i);
      html.append(i == 0 ? "" : "\n\n    ");
      if (!panel.items().isEmpty()) {
        panel(html, panel, unreviewedSwitch, fragmentHrefs.get(panel.dim()));
      }
    }
    return html.toString();
  }

  private void panel(StringBuilder html, SearchModel.Panel panel, SearchModel.UnreviewedSwitch unreviewedSwitch,
      String fragmentHref) {
    String dim = Html.escape(panel.dim());
    html.append("<section class=\"facet\" id=\"facet-").append(dim).append("\" data-dim=\"").append(dim)
        .append("\">\n      <h3>").append(Html.escape(views.message(locale, panel.labelKey()))).append("</h3>\n      ");
    if (panel.hierarchical()) {
      html.append("<p class=\"unreviewed-switch\"><a href=\"").append(Html.escape(unreviewedSwitch.href())).append("\">")
          .append(Html.escape(views.message(locale, unreviewedSwitch.hidden() ? "facet.showUnreviewed" : "facet.hideUnreviewed")))
          .append("</a></p>");
    }
    html.append("\n      ");
    list(html, panel.items());
    html.append("\n      ");
    String fewer = views.message(locale, "facet.fewer");
    if (panel.moreHref() != null) {
      html.append("<p class=\"facet-more-bar\">\n        <a class=\"facet-more\" href=\"").append(Html.escape(panel.moreHref()))
          .append("\" data-fragment=\"").append(Html.escape(fragmentHref)).append("\" data-label-fewer=\"")
          .append(Html.escape(fewer)).append("\">").append(Html.escape(views.message(locale, "facet.more"))).append("</a></p>");
    }
    html.append("\n      ");
    if (panel.fewerHref() != null) {
      html.append("<p class=\"facet-more-bar\">\n        <a class=\"facet-fewer\" href=\"").append(Html.escape(panel.fewerHref()))
          .append("\">").append(Html.escape(fewer)).append("</a></p>");
    }
    html.append("\n      ");
    if (panel.hierarchical() || panel.moreHref() != null || panel.fewerHref() != null) {
      html.append("<div class=\"facet-filter\">\n        <label><span>").append(Html.escape(views.message(locale, "facet.filter")))
          .append("</span>\n          <input type=\"search\" placeholder=\"")
          .append(Html.escape(views.message(locale, "facet.filterPlaceholder"))).append("\" data-dim=\"").append(dim)
          .append("\" data-none=\"").append(Html.escape(views.message(locale, "facet.none")))
          .append("\"></label>\n        <ul class=\"facet-values filter-results\" aria-live=\"polite\"></ul>\n      </div>");
    }
    html.append("\n    </section>");
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
    html.append("<li><a href=\"").append(Html.escape(item.href())).append("\" class=\"facet-link")
        .append(item.selected() ? " selected" : "").append(item.discovered() ? " discovered" : "")
        .append("\"><span\n   class=\"check\" aria-hidden=\"true\">").append(item.selected() ? "✓" : "")
        .append("</span><span class=\"label\">").append(Html.escape(item.label())).append("</span>");
    if (item.discovered()) {
      html.append("<span\n   class=\"unreviewed\" title=\"").append(unreviewedTitle).append("\">").append(unreviewed)
          .append("</span>");
    }
    if (item.selected()) {
      html.append("<span\n   class=\"visually-hidden\">").append(selected).append("</span>");
    }
    html.append("<span class=\"count\">").append(item.count()).append("</span></a>");
    if (item.entityHref() != null) {
      String about = Html.escape(views.formatted(locale, "entity.about", item.label()));
      html.append("<a\n   class=\"entity-info\" href=\"").append(Html.escape(item.entityHref())).append("\" title=\"")
          .append(about).append("\" aria-label=\"").append(about).append("\">ⓘ</a>");
    }
    if (!item.children().isEmpty()) {
      html.append("<details class=\"sub\"").append(item.open() ? " open=\"open\"" : "").append(">\n      <summary>")
          .append(Html.escape(views.formatted(locale, "facet.expand", item.label()))).append("</summary>\n      ");
      list(html, item.children());
      html.append("\n    </details>");
    }
    html.append("</li>");
  }
}
