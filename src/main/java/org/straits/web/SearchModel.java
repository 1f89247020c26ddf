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
import org.straits.search.FacetNode;
import org.straits.search.SearchRequest;
import org.straits.search.SearchResult;
import org.straits.search.SortOrder;

/** The search page's view model: facet panels, filter chips, sort links, pager, hit links. */
final class SearchModel {
  /** Values listed per level before "Show more"; the selected ones are listed too, whatever their rank. */
  static final int SHOWN = 8;
  /**
   * Levels of a region or actor tree listed before "Show more": the top one (Taiwan's parts are
   * listed once Taiwan is selected, or with "Show more"). Only these are counted: "Show more" is
   * offered when a level has more values, or a listed value has parts in the gazetteer.
   */
  static final int SHOWN_DEPTH = 1;

  /**
   * A facet value; {@code entityHref} is the entity page of a region or actor value, else null;
   * {@code open}: a selected value is below it, so its parts are shown unfolded.
   */
  record Item(String label, String value, long count, boolean selected, String href, String entityHref,
      List<Item> children, boolean discovered, boolean open) {}

  /** The switch that hides or shows unreviewed (discovered) region and actor values. */
  record UnreviewedSwitch(boolean hidden, String href) {}

  /**
   * A facet's values as listed: the top {@link #SHOWN} per level (and the selected ones), or every
   * value fetched when {@code expanded}. {@code moreHref} shows the rest ({@code more=dim}), null
   * when nothing is left out; {@code fewerHref} folds an expanded panel again.
   */
  record Panel(String dim, String labelKey, List<Item> items, boolean hierarchical, String moreHref,
      String fewerHref) {}

  /**
   * An active filter. {@code negated}: an exclusion ({@code not_region}); {@code flipHref} turns
   * an inclusion into an exclusion and back; {@code unknown}: the value names nothing and is not
   * applied.
   */
  record Chip(String labelKey, String text, String removeHref, boolean negated, String flipHref, boolean unknown) {}

  /** "Any of / all of" for a facet with several selected values. */
  record OperatorLink(String labelKey, boolean all, String href) {}

  /** A filter value that names nothing, with links to what it may have meant. */
  record Unknown(String labelKey, String value, List<Suggestion> suggestions) {}

  record Suggestion(String name, String href) {}

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
  Panel flatPanel(String dim, List<SearchResult.FacetValue> values, boolean expanded) {
    List<Item> items = flatItems(dim, values);
    return panel(dim, items, expanded ? items : shown(items, 1), false, expanded);
  }

  List<Item> flatItems(String dim, List<SearchResult.FacetValue> values) {
    List<String> selected = params.all(dim);
    return values.stream()
        .map(v -> new Item(labels.value(dim, v.value()), v.value(), v.count(), selected.contains(v.value()),
            links.toggle(dim, v.value()), null, List.of(), false, false))
        .toList();
  }

  /** A tree panel (region, actor); a node is selected when a filter value names its path. */
  Panel treePanel(String dim, List<FacetNode> roots, boolean expanded) {
    List<Item> items = treeItems(dim, roots);
    return panel(dim, items, expanded ? items : shown(items, SHOWN_DEPTH), true, expanded);
  }

  List<Item> treeItems(String dim, List<FacetNode> roots) {
    Map<String, String> selectedByPath = new HashMap<>();
    for (String value : params.all(dim)) {
      selectedByPath.put(String.join("/", entities.facetPath(value)), value);
    }
    return treeItems(dim, roots, selectedByPath);
  }

  private List<Item> treeItems(String dim, List<FacetNode> nodes, Map<String, String> selectedByPath) {
    List<Item> items = new ArrayList<>();
    for (FacetNode node : nodes) {
      String path = String.join("/", node.path());
      String selectedAs = selectedByPath.get(path);
      String href = links.toggle(dim, selectedAs == null ? path : selectedAs);
      String entityHref = node.discovered() ? null : entities.idOf(node.value()).map(EntityPage::href).orElse(null);
      List<Item> children = treeItems(dim, node.children(), selectedByPath);
      items.add(new Item(labels.of(node.value()), path, node.count(), selectedAs != null, href, entityHref,
          children, node.discovered(), children.stream().anyMatch(SearchModel::holdsSelected)));
    }
    return items;
  }

  private static boolean holdsSelected(Item item) {
    return item.selected() || item.children().stream().anyMatch(SearchModel::holdsSelected);
  }

  /**
   * The first {@link #SHOWN} values of each level, {@code depth} levels deep, and every selected
   * value with the values above it: what the panel lists before "Show more".
   */
  private static List<Item> shown(List<Item> items, int depth) {
    List<Item> kept = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      boolean onSelectedPath = holdsSelected(item);
      if ((i < SHOWN && depth > 0) || onSelectedPath) {
        // A selected value's own parts are listed (drilling down), as deep as its siblings' at least.
        List<Item> children = shown(item.children(), item.selected() ? Math.max(depth - 1, 1) : depth - 1);
        kept.add(new Item(item.label(), item.value(), item.count(), item.selected(), item.href(), item.entityHref(),
            children, item.discovered(), item.open()));
      }
    }
    return kept;
  }

  /** Whether a listed value without its parts listed has parts in the gazetteer (Taiwan: Kinmen, …). */
  private boolean partsLeftOut(List<Item> items) {
    for (Item item : items) {
      if (item.children().isEmpty() ? hasParts(item) : partsLeftOut(item.children())) {
        return true;
      }
    }
    return false;
  }

  private boolean hasParts(Item item) {
    String[] path = item.value().split("/");
    return !item.discovered() && entities.idOf(path[path.length - 1])
        .map(id -> !entities.gazetteer().children(id).isEmpty()).orElse(false);
  }

  private static int size(List<Item> items) {
    return items.stream().mapToInt(item -> 1 + size(item.children())).sum();
  }

  private Panel panel(String dim, List<Item> all, List<Item> listed, boolean hierarchical, boolean expanded) {
    boolean more = size(listed) < size(all) || hierarchical && partsLeftOut(listed);
    String moreHref = expanded || !more ? null : links.expand(dim);
    return new Panel(dim, "facet." + dim, listed, hierarchical, moreHref, expanded ? links.at(dim) : null);
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

  UnreviewedSwitch unreviewedSwitch() {
    return new UnreviewedSwitch(request.reviewedOnly(),
        links.with(RequestParams.REVIEWED, request.reviewedOnly() ? "" : "1"));
  }

  /** Null unless a region or actor filter is on: only then does the scope matter. */
  ScopeLink scope() {
    if (params.all(FacetDims.REGION).isEmpty() && params.all(FacetDims.ACTOR).isEmpty()) {
      return null;
    }
    return new ScopeLink(request.exactEntities(), links.with(RequestParams.EXACT, request.exactEntities() ? "" : "1"));
  }

  List<Chip> chips(List<SearchResult.Notice> notices) {
    List<Chip> chips = new ArrayList<>();
    for (String dim : RequestParams.FILTERS) {
      String not = RequestParams.NOT_PREFIX + dim;
      for (String value : params.all(dim)) {
        chips.add(new Chip("facet." + dim, chipText(dim, value), links.toggle(dim, value), false,
            links.move(dim, not, value), isUnknown(notices, dim, value)));
      }
      for (String value : params.all(not)) {
        chips.add(new Chip("facet." + dim, chipText(dim, value), links.toggle(not, value), true,
            links.move(not, dim, value), isUnknown(notices, dim, value)));
      }
    }
    if (request.from() != null || request.to() != null) {
      String text = (request.from() == null ? "…" : request.from().toString()) + " – "
          + (request.to() == null ? "…" : request.to().toString());
      chips.add(new Chip("facet.date", text, links.with(RequestParams.FROM, "", RequestParams.TO, ""), false, null,
          false));
    }
    return chips;
  }

  private String chipText(String dim, String value) {
    String[] path = FacetDims.isHierarchical(dim) ? entities.facetPath(value) : new String[] {value};
    return path.length == 0 ? value : labels.value(dim, path[path.length - 1]);
  }

  private static boolean isUnknown(List<SearchResult.Notice> notices, String dim, String value) {
    return notices.stream().anyMatch(n -> n.kind().equals(SearchResult.Notice.UNKNOWN_VALUE)
        && n.dim().equals(dim) && n.value().equals(value));
  }

  /** For each facet with two or more selected values: the link switching between any of and all of. */
  List<OperatorLink> operators() {
    List<OperatorLink> operators = new ArrayList<>();
    for (String dim : RequestParams.FILTERS) {
      if (params.all(dim).size() >= 2) {
        boolean all = request.requiresAll(dim);
        operators.add(new OperatorLink("facet." + dim, all,
            links.with(dim + RequestParams.OP_SUFFIX, all ? "" : "and")));
      }
    }
    return operators;
  }

  /** The unknown filter values, each suggestion a link that puts it in the value's place. */
  List<Unknown> unknownValues(List<SearchResult.Notice> notices) {
    List<Unknown> unknown = new ArrayList<>();
    for (SearchResult.Notice notice : notices) {
      if (!notice.kind().equals(SearchResult.Notice.UNKNOWN_VALUE)) {
        continue;
      }
      String name = params.all(notice.dim()).contains(notice.value()) ? notice.dim()
          : RequestParams.NOT_PREFIX + notice.dim();
      List<Suggestion> suggestions = notice.suggestions().stream()
          .map(s -> new Suggestion(labels.value(notice.dim(), s), links.replace(name, notice.value(), s))).toList();
      unknown.add(new Unknown("filters.unknown." + notice.dim(), notice.value(), suggestions));
    }
    return unknown;
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
