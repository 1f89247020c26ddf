package org.straits.web;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.straits.entity.Gazetteer;
import org.straits.search.EntityProfile.DocumentRef;
import org.straits.search.EntityProfile.Profile;
import org.straits.search.SearchRequest;

/**
 * {@code /entity/{id}}: one region or actor with its names in every script, its hierarchy and
 * affiliations, a chart of the documents mentioning it over time, what is named beside it, and
 * its newest documents. Related entities link to their own pages; counts link to searches.
 */
final class EntityPage implements HttpHandler {
  static final String PREFIX = "/entity/";
  /** Gazetteer ids are {@code [a-z0-9-]+}; anything else cannot name an entity. */
  private static final Pattern ID = Pattern.compile("[a-z0-9-]{1,100}");

  /** A document of the entity and the address of its page. */
  record DocumentLink(DocumentRef doc, String href) {}

  /** A piece of the gazetteer's note: plain text, or ({@code id} set) an entity the page names and links. */
  record NotePart(String text, String id) {}

  /** An entity id as the gazetteer's notes cite one: {@code `roc-government`}. */
  private static final Pattern CITED_ID = Pattern.compile("`([a-z0-9-]{1,100})`");

  private final Site site;

  EntityPage(Site site) {
    this.site = site;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    String id = idFrom(exchange, PREFIX);
    RequestParams.of(exchange.getQueryParameters(), Set.of());
    Profile profile = site.profiles.find(id).orElseThrow(() -> notFound(id));
    String dim = profile.entity().kind();
    SearchLinks filtered = new SearchLinks(WebServer.SEARCH_PATH, Map.of(dim, List.of(id)));
    Map<String, Object> vars = new HashMap<>();
    vars.put("profile", profile);
    vars.put("e", profile.entity());
    vars.put("noteParts", noteParts(profile.note(), site.entities.gazetteer()));
    vars.put("searchHref", filtered.current());
    DateHistogram.Chart histogram = DateHistogram.of(profile.timeline(), SearchRequest.of(""), filtered);
    vars.put("histogram", histogram);
    vars.put("histogramHtml", HistogramHtml.of(histogram, site.views, UiLanguage.of(exchange)));
    vars.put("coMentions", List.of(Map.entry("entity.coRegions", profile.regions()),
        Map.entry("entity.coActors", profile.actors())));
    vars.put("documents", profile.newest().stream()
        .map(doc -> new DocumentLink(doc, SearchLinks.document(doc.id(), ""))).toList());
    site.page(exchange, 200, "entity", vars);
  }

  /**
   * The note as readers see it: each cited id becomes the entity it names (shown in the reader's
   * language by the template, linked to its page); an id the gazetteer lacks is plain text.
   */
  static List<NotePart> noteParts(String note, Gazetteer gazetteer) {
    List<NotePart> parts = new ArrayList<>();
    if (note == null) {
      return parts;
    }
    Matcher cited = CITED_ID.matcher(note);
    int from = 0;
    StringBuilder text = new StringBuilder();
    while (cited.find()) {
      text.append(note, from, cited.start());
      from = cited.end();
      if (gazetteer.byId(cited.group(1)).isEmpty()) {
        text.append(cited.group(1));
        continue;
      }
      parts.add(new NotePart(text.toString(), null));
      text.setLength(0);
      parts.add(new NotePart(cited.group(1), cited.group(1)));
    }
    parts.add(new NotePart(text.append(note.substring(from)).toString(), null));
    return parts;
  }

  /** The note's text as the page reads it: each cited entity by its name in {@code labels}' script. */
  static String noteText(List<NotePart> parts, EntityLabels labels) {
    StringBuilder text = new StringBuilder();
    parts.forEach(part -> text.append(part.id() == null ? part.text() : labels.of(part.id())));
    return text.toString();
  }

  /** The ids of the entities a note cites, in order, each once. */
  static List<String> citedIds(List<NotePart> parts) {
    return parts.stream().map(NotePart::id).filter(java.util.Objects::nonNull).distinct().toList();
  }

  /** The page of entity {@code id}. */
  static String href(String id) {
    return PREFIX + id;
  }

  /** The entity id after {@code prefix}; 400 for anything that is not shaped like an id. */
  static String idFrom(HttpServerExchange exchange, String prefix) {
    String raw = exchange.getRequestURI();
    String id = raw.startsWith(prefix) ? raw.substring(prefix.length()) : "";
    if (id.isEmpty()) {
      throw new WebException(404, "noEntityId", "No entity id was given.");
    }
    if (!ID.matcher(id).matches()) {
      throw new WebException(400, "badEntityId",
          "This is not a valid entity id: ids are lower-case letters, digits and hyphens.");
    }
    return id;
  }

  static WebException notFound(String id) {
    return new WebException(404, "noEntity", "There is no region or actor with the id '" + id + "' in the gazetteer.", id);
  }
}
