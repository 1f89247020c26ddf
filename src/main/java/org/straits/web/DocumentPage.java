package org.straits.web;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.straits.index.FacetDims;
import org.straits.search.DocumentLookup.DocumentView;
import org.straits.search.RelatedDocuments.Related;

/**
 * {@code /doc/{id}}: metadata, the full text with the query's matches marked and a link to the
 * first, the regions and actors found in it as search links, and related documents.
 */
final class DocumentPage implements HttpHandler {
  static final String PREFIX = "/doc/";
  static final Set<String> PARAMS = Set.of(RequestParams.QUERY);
  private static final int RELATED = 8;
  private static final int MAX_ID_LENGTH = 1000;

  record Link(String text, String href) {}

  /** A region or actor: {@code href} filters the search by it, {@code entityHref} is its page (or null). */
  record EntityLink(String text, String href, String entityHref) {}

  private final Site site;

  DocumentPage(Site site) {
    this.site = site;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    String id = idFrom(exchange, PREFIX);
    RequestParams params = RequestParams.of(exchange.getQueryParameters(), PARAMS);
    String q = params.first(RequestParams.QUERY);
    DocumentView doc = site.engine.document(id, q).orElseThrow(() -> notFound(id));
    Map<String, Object> vars = new HashMap<>();
    vars.put("q", q);
    vars.put("doc", doc);
    EntityLabels labels = site.labels(exchange, q);
    vars.put("labels", labels);
    vars.put("regions", entityLinks(FacetDims.REGION, doc.regions(), labels));
    vars.put("actors", entityLinks(FacetDims.ACTOR, doc.actors(), labels));
    vars.put("unreviewed", doc.unreviewed().stream()
        .map(u -> new EntityLink(u.zh().isEmpty() ? labels.of(u.name()) : labels.of(u.name()) + " · " + labels.of(u.zh()),
            WebServer.SEARCH_PATH + "?" + u.dim() + "=" + SearchLinks.encode(u.name()), null))
        .toList());
    vars.put("related", site.engine.related(id, RELATED).stream()
        .map(r -> new Link(relatedText(r), SearchLinks.document(r.id(), q))).toList());
    vars.put("backHref", q.isEmpty() ? WebServer.SEARCH_PATH : WebServer.SEARCH_PATH + "?q=" + SearchLinks.encode(q));
    site.page(exchange, 200, "document", vars);
  }

  /**
   * The document id in the path after {@code prefix}, percent-decoded ('+' stays a plus). Ids are
   * lookup keys, never file names, but "..", control characters and absurd lengths are refused
   * anyway: no legitimate id has them.
   */
  static String idFrom(HttpServerExchange exchange, String prefix) {
    String raw = exchange.getRequestURI();
    if (!raw.startsWith(prefix) || raw.length() == prefix.length()) {
      throw new WebException(404, "noDocumentId", "No document id was given.");
    }
    String id;
    try {
      id = URLDecoder.decode(raw.substring(prefix.length()).replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new WebException(400, "badEncoding", "The document id in this address is not validly encoded.");
    }
    if (id.length() > MAX_ID_LENGTH || id.contains("..") || id.chars().anyMatch(Character::isISOControl)) {
      throw new WebException(400, "badDocumentId", "This is not a valid document id.");
    }
    return id;
  }

  static WebException notFound(String id) {
    String shown = id.length() > 80 ? id.substring(0, 80) + "…" : id;
    return new WebException(404, "noDocument",
        "There is no document with the id '" + shown + "' (it may have been removed from the index).", shown);
  }

  private List<EntityLink> entityLinks(String dim, List<String> names, EntityLabels labels) {
    return names.stream()
        .map(name -> new EntityLink(labels.of(name), WebServer.SEARCH_PATH + "?" + dim + "=" + SearchLinks.encode(name),
            site.entities.idOf(name).map(EntityPage::href).orElse(null)))
        .toList();
  }

  private static String relatedText(Related related) {
    String title = related.title().isBlank() ? related.id() : related.title();
    return related.date().isEmpty() ? title : title + " (" + related.date() + ")";
  }
}
