package org.straits.web;

import java.util.List;
import java.util.Locale;
import org.straits.search.Html;
import org.straits.search.SearchResult;
import org.unbescape.uri.UriEscape;

/**
 * The search page's {@code <main>}: syntax help, filter chips, notices, the result bar (count,
 * versions, sort, export, follow), the hits and the pager, written here instead of by the template
 * (issue 11: its expressions were most of what the page cost beside the search). Markup, whitespace
 * and escaping are the template's own ({@code SearchPageSameTest} compares the page with the
 * templates as they were); text and attributes are escaped as Thymeleaf escapes them.
 */
final class ResultsHtml {
  /** What the results column shows, from the page's model. */
  record Parts(String query, SearchResult result, boolean allVersions, List<SearchModel.Chip> chips,
      List<SearchModel.OperatorLink> operators, SearchModel.ScopeLink scope, SearchModel.EntityFilter entityFilter,
      List<String> queryNotices, boolean partial, List<SearchModel.Unknown> unknown, String versionsHref,
      String csvAllHref, List<SearchModel.SortLink> sorts, String csvHref, String xlsxHref, String jsonHref,
      String feedHref, boolean noHits, String hitsHtml, SearchModel.Pager pager) {}

  private final Views views;
  private final Locale locale;

  ResultsHtml(Views views, Locale locale) {
    this.views = views;
    this.locale = locale;
  }

  private String text(String key) {
    return Html.escape(views.message(locale, key));
  }

  private String text(String key, Object... args) {
    return Html.escape(views.formatted(locale, key, args));
  }

  /** The inside of {@code <main>}, from the whitespace after its start tag to the one before its end tag. */
  String of(Parts parts) {
    StringBuilder html = new StringBuilder(4_000 + parts.hitsHtml().length());
    html.append("\n    <details class=\"syntax-help\">\n      <summary>").append(text("search.help.summary"))
        .append("</summary>\n      <ul>\n        <li>").append(text("search.help.phrase"))
        .append("</li>\n        <li>").append(text("search.help.boolean"))
        .append("</li>\n        <li>").append(text("search.help.field"))
        .append("</li>\n        <li>").append(text("search.help.prefix")).append("</li>\n      </ul>\n    </details>\n\n    ");
    if (!parts.chips().isEmpty()) {
      chips(html, parts);
    }
    html.append("\n\n    ");
    if (parts.entityFilter() != null) {
      entityFilter(html, parts.entityFilter());
    }
    html.append("\n\n    ");
    notices(html, parts);
    html.append("\n\n    <p class=\"filters-open-bar\">\n      <a class=\"filters-open\" href=\"#facets\" aria-controls=\"facets\">")
        .append(parts.chips().isEmpty() ? text("filters.open") : text("filters.openCount", parts.chips().size()))
        .append("</a>\n    </p>\n\n    ");
    resultBar(html, parts);
    html.append("\n\n    ");
    if (parts.noHits()) {
      html.append("<p class=\"empty\">").append(text("results.none")).append("</p>");
    }
    html.append("\n\n    ").append(parts.hitsHtml()).append("\n\n    ");
    if (parts.pager().last() > 1) {
      pager(html, parts.pager());
    }
    return html.append("\n  ").toString();
  }

  private void chips(StringBuilder html, Parts parts) {
    String remove = text("filters.remove");
    html.append("<section class=\"chips\" aria-label=\"").append(text("filters.heading"))
        .append("\">\n      <h2 class=\"visually-hidden\">").append(text("filters.heading")).append("</h2>\n      <ul>");
    for (SearchModel.Chip chip : parts.chips()) {
      html.append("\n        <li class=\"").append(chip.unknown() ? "chip-item unknown" : "chip-item")
          .append("\">\n          <a class=\"").append(chip.negated() ? "chip negated" : "chip").append("\" href=\"")
          .append(Html.escape(chip.removeHref())).append("\" title=\"").append(remove)
          .append("\">\n            <span class=\"chip-dim\">").append(Html.escape(views.message(locale, chip.labelKey()) + ":"))
          .append("</span>\n            ");
      if (chip.negated()) {
        html.append("<span class=\"chip-not\">").append(text("filters.not")).append("</span>");
      }
      html.append("\n            <span class=\"chip-value\">").append(Html.escape(chip.text()))
          .append("</span>\n            <span aria-hidden=\"true\">×</span><span class=\"visually-hidden\">")
          .append(Html.escape("(" + views.message(locale, "filters.remove") + ")")).append("</span>\n          </a>\n          ");
      if (chip.flipHref() != null) {
        html.append("<a class=\"chip-flip\" href=\"").append(Html.escape(chip.flipHref())).append("\">")
            .append(chip.negated() ? text("filters.include") : text("filters.exclude")).append("</a>");
      }
      html.append("\n        </li>");
    }
    String clear = parts.query().isEmpty() ? "/search" : "/search?q=" + UriEscape.escapeUriQueryParam(parts.query());
    html.append("\n        <li><a class=\"chip clear\" href=\"").append(Html.escape(clear)).append("\">")
        .append(text("filters.clear")).append("</a></li>\n      </ul>\n      ");
    for (int i = 0; i < parts.operators().size(); i++) {
      SearchModel.OperatorLink op = parts.operators().get(i);
      String dim = views.message(locale, op.labelKey());
      html.append(i == 0 ? "" : "\n      ").append("<p class=\"filter-operator\">\n        <span>")
          .append(op.all() ? text("filters.op.all", dim) : text("filters.op.any", dim))
          .append("</span>\n        <a href=\"").append(Html.escape(op.href())).append("\">")
          .append(op.all() ? text("filters.op.toAny") : text("filters.op.toAll")).append("</a>\n      </p>");
    }
    html.append("\n      ");
    SearchModel.ScopeLink scope = parts.scope();
    if (scope != null) {
      html.append("<p class=\"filter-scope\">\n        <span>")
          .append(scope.exact() ? text("filters.scope.exact") : text("filters.scope.parts"))
          .append("</span>\n        <a href=\"").append(Html.escape(scope.href())).append("\">")
          .append(scope.exact() ? text("filters.scope.toParts") : text("filters.scope.toExact")).append("</a>\n      </p>");
    }
    html.append("\n    </section>");
  }

  private void entityFilter(StringBuilder html, SearchModel.EntityFilter filter) {
    String about = text("entity.about", filter.name());
    html.append("<p class=\"notice entity-filter\">\n      <a class=\"entity-filter-link\" href=\"")
        .append(Html.escape(filter.href())).append("\">")
        .append(text("entity.filterBy", views.message(locale, filter.labelKey()), filter.name()))
        .append("</a>\n      <a class=\"entity-info\" href=\"").append(Html.escape(filter.entityHref())).append("\" title=\"")
        .append(about).append("\" aria-label=\"").append(about).append("\">ⓘ</a>\n    </p>");
  }

  private void notices(StringBuilder html, Parts parts) {
    for (int i = 0; i < parts.queryNotices().size(); i++) {
      html.append(i == 0 ? "" : "\n    ").append("<p class=\"notice\" role=\"status\">")
          .append(text(parts.queryNotices().get(i))).append("</p>");
    }
    html.append("\n    ");
    if (parts.partial()) {
      html.append("<p class=\"notice partial-results\" role=\"status\">").append(text("notice.partial")).append("</p>");
    }
    html.append("\n    ");
    for (int i = 0; i < parts.unknown().size(); i++) {
      SearchModel.Unknown u = parts.unknown().get(i);
      html.append(i == 0 ? "" : "\n    ").append("<p class=\"notice unknown-value\" role=\"status\">\n      <span>")
          .append(text(u.labelKey(), u.value())).append("</span>\n      ");
      if (!u.suggestions().isEmpty()) {
        html.append("\n        <span>").append(text("filters.didYouMean")).append("</span>\n        ");
        for (int s = 0; s < u.suggestions().size(); s++) {
          SearchModel.Suggestion suggestion = u.suggestions().get(s);
          html.append("<a class=\"suggestion\" href=\"")
              .append(Html.escape(suggestion.href())).append("\">").append(Html.escape(suggestion.name())).append("</a>")
              .append(s + 1 < u.suggestions().size() ? "<span>, </span>" : "");
        }
        html.append("?\n      ");
      }
      html.append("\n      <span>").append(text("filters.unknownLeftOut")).append("</span>\n    </p>");
    }
  }

  private void resultBar(StringBuilder html, Parts parts) {
    SearchResult result = parts.result();
    html.append("<div class=\"result-bar\">\n      <h1 class=\"result-count\">\n        <span>")
        .append(text("results.count", result.total(), result.tookMs())).append("</span>\n        ");
    if (parts.query().isEmpty()) {
      html.append("<span class=\"browse\">").append(Html.escape("· " + views.message(locale, "results.browse"))).append("</span>");
    }
    html.append("\n      </h1>\n      <p class=\"versions-note\">\n        ");
    if (!parts.allVersions()) {
      boolean folded = result.hidden() > 0;
      html.append("\n          ");
      if (folded) {
        html.append("<span>").append(text("versions.folded", result.hidden())).append("</span>");
      }
      html.append("\n          ");
      if (folded) {
        html.append("<a class=\"versions-toggle\" href=\"").append(Html.escape(parts.versionsHref())).append("\">")
            .append(text("versions.showAll")).append("</a>");
      }
      html.append("\n          ");
      if (folded) {
        html.append("<a class=\"versions-export\" href=\"").append(Html.escape(parts.csvAllHref())).append("\">")
            .append(text("results.csvAll")).append("</a>");
      }
      html.append("\n        ");
    }
    html.append("\n        ");
    if (parts.allVersions()) {
      html.append("<a class=\"versions-toggle\" href=\"").append(Html.escape(parts.versionsHref())).append("\">")
          .append(text("versions.fold")).append("</a>");
    }
    html.append("\n      </p>\n      <nav class=\"sort\" aria-label=\"").append(text("results.sort"))
        .append("\">\n        <span>").append(text("results.sort")).append("</span>\n        ");
    for (SearchModel.SortLink sort : parts.sorts()) {
      html.append("\n          <a href=\"").append(Html.escape(sort.href())).append('"')
          .append(sort.current() ? " class=\"current\" aria-current=\"true\"" : "").append('>')
          .append(text(sort.labelKey())).append("</a>\n        ");
    }
    html.append("\n      </nav>\n      <nav class=\"export\" aria-label=\"").append(text("results.export"))
        .append("\">\n        <span>").append(text("results.export")).append("</span>\n        <a href=\"")
        .append(Html.escape(parts.csvHref())).append("\">CSV</a> <a href=\"").append(Html.escape(parts.xlsxHref()))
        .append("\">").append(text("results.xlsx")).append("</a> <a href=\"").append(Html.escape(parts.jsonHref()))
        .append("\">JSON</a>\n      </nav>\n      <nav class=\"follow\" aria-label=\"").append(text("feed.follow"))
        .append("\">\n        <a class=\"feed-link\" href=\"").append(Html.escape(parts.feedHref()))
        .append("\" type=\"application/atom+xml\" title=\"").append(text("feed.help")).append("\">")
        .append(text("feed.follow")).append("</a>\n        <a class=\"batch-link\" href=\"/batch\">")
        .append(text("batch.title")).append("</a>\n      </nav>\n    </div>");
  }

  private void pager(StringBuilder html, SearchModel.Pager pager) {
    html.append("<nav class=\"pager\" aria-label=\"").append(text("pager.label")).append("\">\n      ");
    if (pager.previous() != null) {
      html.append("<a href=\"").append(Html.escape(pager.previous())).append("\" rel=\"prev\">")
          .append(Html.escape("‹ " + views.message(locale, "pager.prev"))).append("</a>");
    }
    html.append("\n      ");
    for (SearchModel.PageLink page : pager.pages()) {
      html.append("\n        <a href=\"").append(Html.escape(page.href())).append('"')
          .append(page.current() ? " class=\"current\" aria-current=\"page\"" : "").append(" aria-label=\"")
          .append(text("pager.page", page.number())).append("\">").append(page.number()).append("</a>\n      ");
    }
    html.append("\n      ");
    if (pager.next() != null) {
      html.append("<a href=\"").append(Html.escape(pager.next())).append("\" rel=\"next\">")
          .append(Html.escape(views.message(locale, "pager.next") + " ›")).append("</a>");
    }
    html.append("\n    </nav>");
  }
}
