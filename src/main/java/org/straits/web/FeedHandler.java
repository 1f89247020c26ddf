package org.straits.web;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.straits.search.SearchRequest;
import org.straits.search.SearchResult;
import org.straits.search.SortOrder;

/**
 * {@code /feed.atom?<search parameters>}: an Atom 1.0 feed of the newest documents matching a
 * search, most recently added first, so a feed reader follows a search with nothing but the URL.
 * The XML writer escapes all text; characters XML 1.0 cannot carry are dropped.
 */
final class FeedHandler implements HttpHandler {
  static final String PATH = "/feed.atom";
  static final int ENTRIES = 50;
  private static final String ATOM = "http://www.w3.org/2005/Atom";

  private final Site site;

  FeedHandler(Site site) {
    this.site = site;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    RequestParams params = RequestParams.of(exchange.getQueryParameters(), RequestParams.SEARCH);
    SearchRequest asked = params.searchRequest(0);
    SearchResult result = site.engine.search(asked.withQuery(asked.query(), SortOrder.ADDED, ENTRIES, 0));
    String base = exchange.getRequestScheme() + "://" + exchange.getHostAndPort();
    Map<String, List<String>> state = params.asMap();
    // Named as the saved searches list it, in the language of whoever reads the feed (a feed
    // reader's Accept-Language, a browser's cookie), as a saved search is read in today's language.
    java.util.Locale locale = UiLanguage.of(exchange);
    String title = site.views.message(locale, "app.name") + ": "
        + new SavedSearchTitles(site).title(params, asked, exchange, locale);
    String xml = atom(base, title, new SearchLinks(PATH, state).current(),
        new SearchLinks(WebServer.SEARCH_PATH, state).current(), result, asked.query());
    exchange.setStatusCode(200);
    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/atom+xml; charset=utf-8");
    exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-cache");
    exchange.getResponseSender().send(xml, java.nio.charset.StandardCharsets.UTF_8);
  }

  private static String atom(String base, String title, String self, String alternate, SearchResult result,
      String query) throws XMLStreamException {
    StringWriter out = new StringWriter();
    XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
    xml.writeStartDocument("UTF-8", "1.0");
    xml.writeStartElement("feed");
    xml.writeDefaultNamespace(ATOM);
    element(xml, "id", base + self);
    element(xml, "title", title);
    element(xml, "updated", result.hits().isEmpty() ? Instant.now().toString() : updated(result.hits().get(0)));
    link(xml, "self", "application/atom+xml", base + self);
    link(xml, "alternate", "text/html", base + alternate);
    xml.writeStartElement("author");
    element(xml, "name", "Straits");
    xml.writeEndElement();
    element(xml, "generator", "Straits");
    for (SearchResult.Hit hit : result.hits()) {
      entry(xml, base, hit, query);
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    xml.close();
    return out.toString();
  }

  private static void entry(XMLStreamWriter xml, String base, SearchResult.Hit hit, String query)
      throws XMLStreamException {
    String href = base + SearchLinks.document(hit.id(), query);
    xml.writeStartElement("entry");
    element(xml, "id", base + SearchLinks.document(hit.id(), ""));
    element(xml, "title", hit.title().isBlank() ? hit.id() : hit.title());
    element(xml, "updated", updated(hit));
    if (!hit.date().isEmpty()) {
      element(xml, "published", hit.date() + "T00:00:00Z");
    }
    link(xml, "alternate", "text/html", href);
    for (String author : hit.authors()) {
      xml.writeStartElement("author");
      element(xml, "name", author);
      xml.writeEndElement();
    }
    if (!hit.source().isEmpty()) {
      xml.writeStartElement("category");
      xml.writeAttribute("term", clean(hit.source()));
      xml.writeEndElement();
    }
    // The snippet is HTML (escaped text plus <mark>): type="html" carries it escaped once more.
    xml.writeStartElement("summary");
    xml.writeAttribute("type", "html");
    xml.writeCharacters(clean(String.join(" … ", hit.snippets())));
    xml.writeEndElement();
    xml.writeEndElement();
  }

  private static String updated(SearchResult.Hit hit) {
    return hit.updated().isEmpty() ? Instant.EPOCH.toString() : hit.updated();
  }

  private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(clean(text));
    xml.writeEndElement();
  }

  private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
    xml.writeStartElement("link");
    xml.writeAttribute("rel", rel);
    xml.writeAttribute("type", type);
    xml.writeAttribute("href", clean(href));
    xml.writeEndElement();
  }

  /** Drops what XML 1.0 cannot carry at all (most control characters, lone surrogates). */
  static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
          || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
      if (allowed) {
        out.appendCodePoint(c);
      }
    }
    return out.toString();
  }
}
