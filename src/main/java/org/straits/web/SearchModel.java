package org.straits.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.straits.entity.Entity;
import org.straits.index.FacetDims;
import org.straits.search.EntityDims;
import org.straits.search.EntityNames;
import org.straits.search.FacetBrowser.FacetNode;
import org.straits.search.SearchRequest;
import org.straits.search.SearchResult;
import org.straits.search.SortOrder;

/** The search page's view model: facet panels, filter chips, sort links, pager, hit links. */
final class SearchModel {
  /** Values listed before the "more" disclosure. */
  static final int SHOWN = 8;

  /** A facet value; {@code entityHref} is the entity page of a region or actor value, else null. */
  record Item(String label, String value, long count, boolean selected, String href, String entityHref,
      List<Item> children) {}

  record Panel(String dim, String labelKey, List<Item> top, List<Item> more, boolean hierarchical) {}

  record Chip(String labelKey, String text, String removeHref) {}

  /** Whether region/actor filters include the entities' parts, and the link that flips it. */
  record ScopeLink(boolean exact, String href) {}

  record SortLink(String value, String labelKey, String href, boolean current) {}

  record PageLink(int number, String href, boolean current) {}

  record Pager(String previous, String next, List<PageLink> pages, int last) {}

  /** A hit and the links of its story's other versions. */
  record HitView(SearchResult.Hit hit, String href, List<VersionLink> versions) {}

  record VersionLink(SearchResult.Version version, String href) {}

  /** "Filter by Region: Kinmen" for a query that names an entity: the filter, without the query. */
  record EntityFilter(String labelKey, String name, String href, String entityHref) {}

  private final SearchRequest request;
  private final RequestParams params;
  private final SearchLinks links;
  private final EntityNames entities;
  private final EntityLabels labels;

  /** {@code labels} name the values; the links keep ids and canonical names. */
  SearchModel(SearchRequest request, RequestParams params, SearchLinks links, EntityNames entities,
      EntityLabels labels) {
    this.request = request;
    this.params = params;
    this.links = links;
    this.entities = entities;
    this.labels = labels;
  }

  /** A flat panel from the service's facet counts (author, language, source). */
  Panel flatPanel(String dim, List<SearchResult.FacetValue> values) {
    List<String> selected = params.all(dim);
    List<Item> items = values.stream()
        .map(v -> new Item(labels.value(dim, v.value()), v.value(), v.count(), selected.contains(v.value()),
            links.toggle(dim, v.value()), null, List.of()))
        .toList();
    return split(dim, items, false);
  }

  /** A tree panel (region, actor); a node is selected when a filter value names its path. */
  Panel treePanel(String dim, List<FacetNode> roots) {
    Map<String, String> selectedByPath = new HashMap<>();
    for (String value : params.all(dim)) {
      selectedByPath.put(String.join("/", entities.facetPath(value)), value);
    }
    return split(dim, treeItems(dim, roots, selectedByPath), true);
  }

  private List<Item> treeItems(String dim, List<FacetNode> nodes, Map<String, String> selectedByPath) {
    List<Item> items = new ArrayList<>();
    for (FacetNode node : nodes) {
      String path = String.join("/", node.path());
      String selectedAs = selectedByPath.get(path);
      String href = links.toggle(dim, selectedAs == null ? path : selectedAs);
      String entityHref = entities.idOf(node.value()).map(EntityPage::href).orElse(null);
      items.add(new Item(labels.of(node.value()), path, node.count(), selectedAs != null, href, entityHref,
          treeItems(dim, node.children(), selectedByPath)));
    }
    return items;
  }

  private static Panel split(String dim, List<Item> items, boolean hierarchical) {
    int cut = Math.min(SHOWN, items.size());
    return new Panel(dim, "facet." + dim, items.subList(0, cut), items.subList(cut, items.size()), hierarchical);
  }

  /** The one-click filter for {@code named}: the current filters plus it, and no query text. */
  EntityFilter entityFilter(Entity named) {
    String dim = EntityDims.of(named);
    Map<String, List<String>> next = new LinkedHashMap<>(params.asMap());
    next.remove(RequestParams.QUERY);
    next.remove(RequestParams.PAGE);
    List<String> values = new ArrayList<>(params.all(dim));
    if (!values.contains(named.id())) {
      values.add(named.id());
    }
    next.put(dim, values);
    return new EntityFilter("facet." + dim, labels.of(named), new SearchLinks(WebServer.SEARCH_PATH, next).current(),
        EntityPage.href(named.id()));
  }

  /** Null unless a region or actor filter is on: only then does the scope matter. */
  ScopeLink scope() {
    if (params.all(FacetDims.REGION).isEmpty() && params.all(FacetDims.ACTOR).isEmpty()) {
      return null;
    }
    return new ScopeLink(request.exactEntities(), links.with(RequestParams.EXACT, request.exactEntities() ? "" : "1"));
  }

  List<Chip> chips() {
    List<Chip> chips = new ArrayList<>();
    for (String dim : RequestParams.FILTERS) {
      for (String value : params.all(dim)) {
        String[] path = FacetDims.isHierarchical(dim) ? entities.facetPath(value) : new String[] {value};
        String text = path.length == 0 ? value : labels.value(dim, path[path.length - 1]);
        chips.add(new Chip("facet." + dim, text, links.toggle(dim, value)));
      }
    }
    if (request.from() != null || request.to() != null) {
      String text = (request.from() == null ? "…" : request.from().toString()) + " – "
          + (request.to() == null ? "…" : request.to().toString());
      chips.add(new Chip("facet.date", text, links.with(RequestParams.FROM, "", RequestParams.TO, "")));
    }
    return chips;
  }

  List<SortLink> sorts() {
    List<SortLink> sorts = new ArrayList<>();
    for (SortOrder order : SortOrder.values()) {
      sorts.add(new SortLink(order.label(), "sort." + order.label(),
          links.with(RequestParams.SORT, order.label()), order == request.sort()));
    }
    return sorts;
  }

  Pager pager(long total) {
    int last = (int) Math.max(1, Math.min((total + request.size() - 1) / request.size(),
        SearchRequest.MAX_WINDOW / request.size()));
    int current = request.page();
    List<PageLink> pages = new ArrayList<>();
    for (int n = Math.max(1, current - 2); n <= Math.min(last, current + 2); n++) {
      pages.add(new PageLink(n, links.page(n), n == current));
    }
    return new Pager(current > 1 ? links.page(current - 1) : null,
        current < last ? links.page(current + 1) : null, pages, last);
  }

  List<HitView> hits(SearchResult result) {
    return result.hits().stream().map(h -> new HitView(h, SearchLinks.document(h.id(), request.query()),
        h.versions().stream().map(v -> new VersionLink(v, SearchLinks.document(v.id(), request.query()))).toList()))
        .toList();
  }
}
