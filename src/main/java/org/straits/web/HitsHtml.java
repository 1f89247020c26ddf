package org.straits.web;

import java.util.List;
import java.util.Locale;
import org.straits.search.Html;
import org.straits.search.SearchResult;

/**
 * The search page's list of hits ({@code <ol class="hits">}: title, date, authors, source,
 * language, snippets, a story's other versions), written here instead of by the template: with the
 * facet lists ({@link FacetItemsHtml}) it was most of the page's expressions. Markup, whitespace and
 * escaping are what the template wrote ({@code SearchPageSameTest} compares the two); titles and
 * snippets are already HTML (escaped text and {@code <mark>}).
 */
final class HitsHtml {
  private final Views views;
  private final Locale locale;

  HitsHtml(Views views, Locale locale) {
    this.views = views;
    this.locale = locale;
  }

  /** The list of {@code hits}, numbered from {@code start}; nothing when there are none. */
  String of(List<SearchModel.HitView> hits, int start) {
    if (hits.isEmpty()) {
      return "";
    }
    StringBuilder html = new StringBuilder(hits.size() * 2_000);
    html.append("<ol class=\"hits\" start=\"").append(start).append("\">");
    for (SearchModel.HitView view : hits) {
      html.append("\n      ");
      hit(html, view);
    }
    return html.append("\n    </ol>").toString();
  }

  private void hit(StringBuilder html, SearchModel.HitView view) {
    SearchResult.Hit hit = view.hit();
    String href = Html.escape(view.href());
    html.append("<li class=\"hit\"").append(lang(hit.lang())).append(">\n        <h2 class=\"hit-title\">\n          ");
    if (!hit.title().isBlank()) {
      html.append("<a href=\"").append(href).append("\">").append(hit.titleHtml()).append("</a>");
    }
    html.append("\n          ");
    if (hit.title().isBlank()) {
      html.append("<a href=\"").append(href).append("\">").append(Html.escape(hit.id())).append("</a>");
    }
    html.append("\n        </h2>\n        <p class=\"hit-meta\">\n          ");
    if (!hit.date().isEmpty()) {
      String date = Html.escape(hit.date());
      html.append("<span><time datetime=\"").append(date).append("\">").append(date).append("</time></span>");
    }
    html.append("\n          ");
    if (!hit.authors().isEmpty()) {
      html.append("<span>").append(Html.escape(String.join(", ", hit.authors()))).append("</span>");
    }
    html.append("\n          ");
    if (!hit.source().isEmpty()) {
      html.append("<span class=\"source\">").append(Html.escape(hit.source())).append("</span>");
    }
    html.append("\n          ");
    if (!hit.lang().isEmpty()) {
      html.append("<span class=\"lang-badge\">").append(Html.escape(hit.lang())).append("</span>");
    }
    html.append("\n        </p>\n        ");
    for (int i = 0; i < hit.snippets().size(); i++) {
      html.append(i == 0 ? "" : "\n        ").append("<p class=\"snippet\">").append(hit.snippets().get(i)).append("</p>");
    }
    html.append("\n        ");
    if (!view.versions().isEmpty()) {
      versions(html, view.versions());
    }
    html.append("\n      </li>");
  }

  private void versions(StringBuilder html, List<SearchModel.VersionLink> versions) {
    html.append("<details class=\"versions\">\n          <summary>")
        .append(Html.escape(views.formatted(locale, "versions.other", versions.size())))
        .append("</summary>\n          <ul>");
    for (SearchModel.VersionLink link : versions) {
      SearchResult.Version v = link.version();
      html.append("\n            <li").append(lang(v.lang())).append(">\n              <a href=\"")
          .append(Html.escape(link.href())).append("\">")
          .append(Html.escape(v.title().isBlank() ? v.id() : v.title()))
          .append("</a>\n              <span class=\"hit-meta-inline\">")
          .append(Html.escape(v.date() + (v.source().isEmpty() ? "" : " · " + v.source())))
          .append("</span>\n            </li>");
    }
    html.append("\n          </ul>\n        </details>");
  }

  /** The {@code lang} attribute of a hit or version in another language than the page's; none when unknown. */
  private static String lang(String lang) {
    return lang.isEmpty() ? "" : " lang=\"" + Html.escape(lang) + "\"";
  }
}
