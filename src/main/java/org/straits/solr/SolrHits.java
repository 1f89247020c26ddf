package org.straits.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.straits.schema.Schema;
import org.straits.search.DocumentLookup;
import org.straits.search.EntityNames;
import org.straits.search.Html;
import org.straits.search.ResultStream;
import org.straits.search.SearchResult;

/**
 * Solr documents and highlights as Straits' hits, rows and document views. Solr marks matches
 * with two control characters; Straits escapes the text and turns them into {@code <mark>}, so
 * the HTML is the embedded engine's.
 */
final class SolrHits {
  private static final int LIKE_TERMS = 25;

  private final EntityNames entities;
  private final Analyzer analyzer;

  SolrHits(EntityNames entities, Analyzer analyzer) {
    this.entities = entities;
    this.analyzer = analyzer;
  }

  List<SearchResult.Hit> hits(SolrDocumentList docs, Map<String, Map<String, List<String>>> highlighting,
      Map<Long, List<SearchResult.Version>> versions) {
    List<SearchResult.Hit> hits = new ArrayList<>(docs.size());
    for (SolrDocument doc : docs) {
      String id = string(doc, Schema.ID);
      Map<String, List<String>> marks = highlighting == null ? Map.of() : highlighting.getOrDefault(id, Map.of());
      String title = string(doc, Schema.TITLE);
      String titleHtml = first(marks.get(Schema.TITLE));
      List<String> body = html(marks.get(Schema.BODY));
      List<String> notes = html(marks.get(Schema.NOTES));
      List<String> snippets = hasMark(body) || !hasMark(notes) ? body : notes;
      hits.add(new SearchResult.Hit(id, title, titleHtml.isEmpty() ? Html.escape(title) : titleHtml,
          string(doc, Schema.DATE), strings(doc, Schema.AUTHORS), string(doc, Schema.SOURCE), string(doc, Schema.URL),
          string(doc, Schema.LANG), names(doc, Schema.REGION_IDS), names(doc, Schema.ACTOR_IDS), score(doc), snippets,
          SearchResult.Hit.updated(string(doc, Schema.DATE),
              doc.getFirstValue(Schema.INDEXED_AT) instanceof Number at ? at.longValue() : null),
          SearchResult.Version.others(versions.getOrDefault(group(doc), List.of()), id)));
    }
    return hits;
  }

  /** An exported row; its snippet is the body's best passage as plain text, as the embedded engine gives it. */
  ResultStream.Row row(SolrDocument doc, Map<String, Map<String, List<String>>> highlighting) {
    String id = string(doc, Schema.ID);
    List<String> passages = highlighting == null ? null : highlighting.getOrDefault(id, Map.of()).get(Schema.BODY);
    String snippet = passages == null || passages.isEmpty() ? ""
        : passages.get(0).replace(SolrRequests.MARK_START, "").replace(SolrRequests.MARK_END, "")
            .replaceAll("\\s+", " ").strip();
    return new ResultStream.Row(id, string(doc, Schema.TITLE), string(doc, Schema.DATE),
        strings(doc, Schema.AUTHORS), string(doc, Schema.SOURCE), string(doc, Schema.LANG), string(doc, Schema.URL),
        names(doc, Schema.REGION_IDS), names(doc, Schema.ACTOR_IDS), score(doc), snippet);
  }

  DocumentLookup.DocumentView view(SolrDocument doc, Map<String, Map<String, List<String>>> highlighting) {
    String id = string(doc, Schema.ID);
    Map<String, List<String>> marks = highlighting == null ? Map.of() : highlighting.getOrDefault(id, Map.of());
    String title = string(doc, Schema.TITLE);
    String titleHtml = whole(marks.get(Schema.TITLE), title);
    String bodyHtml = whole(marks.get(Schema.BODY), string(doc, Schema.BODY));
    String notesHtml = whole(marks.get(Schema.NOTES), string(doc, Schema.NOTES));
    int matches = count(bodyHtml) + count(notesHtml);
    return new DocumentLookup.DocumentView(id, title, titleHtml, string(doc, Schema.DATE), strings(doc, Schema.AUTHORS),
        strings(doc, Schema.EDITORS), string(doc, Schema.SOURCE), string(doc, Schema.URL), string(doc, Schema.LANG),
        names(doc, Schema.REGION_IDS), names(doc, Schema.ACTOR_IDS), bodyHtml, notesHtml, matches,
        org.straits.search.UnreviewedValue.of(strings(doc, Schema.DISCOVERED).toArray(String[]::new)));
  }

  /** The most frequent words of a document's title and body, or-ed: its "more like this" query. */
  String likeQuery(SolrDocument doc) {
    Map<String, Integer> counts = new HashMap<>();
    for (String field : List.of(Schema.TITLE, Schema.BODY)) {
      try (TokenStream stream = analyzer.tokenStream(field, string(doc, field))) {
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        stream.reset();
        while (stream.incrementToken()) {
          if (term.length() > 1) {
            counts.merge(term.toString(), 1, Integer::sum);
          }
        }
        stream.end();
      } catch (IOException e) {
        throw new UncheckedIOException("analysing a stored document", e);
      }
    }
    StringBuilder query = new StringBuilder();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(LIKE_TERMS)
        .forEach(e -> {
          query.append(query.isEmpty() ? "" : " ").append(Schema.BODY).append(':');
          SolrQueryWriter.quoted(e.getKey(), query);
        });
    return query.toString();
  }

  private static String whole(List<String> marked, String text) {
    String html = first(marked);
    return html.isEmpty() ? Html.escape(text) : html;
  }

  private static int count(String html) {
    int count = 0;
    for (int at = html.indexOf("<mark>"); at >= 0; at = html.indexOf("<mark>", at + 1)) {
      count++;
    }
    return count;
  }

  private static String first(List<String> snippets) {
    List<String> html = html(snippets);
    return html.isEmpty() ? "" : html.get(0);
  }

  /** Solr's passages (text with control-character marks) as escaped HTML with {@code <mark>}. */
  static List<String> html(List<String> passages) {
    if (passages == null) {
      return List.of();
    }
    List<String> html = new ArrayList<>(passages.size());
    for (String passage : passages) {
      String escaped = Html.escape(passage)
          .replace(SolrRequests.MARK_START, "<mark>")
          .replace(SolrRequests.MARK_END, "</mark>");
      html.add(escaped.replaceAll("\\s+", " ").strip());
    }
    return html;
  }

  private static boolean hasMark(List<String> snippets) {
    return snippets.stream().anyMatch(s -> s.contains("<mark>"));
  }

  private List<String> names(SolrDocument doc, String field) {
    return entities.namesByMentions(strings(doc, field).toArray(String[]::new));
  }

  private static float score(SolrDocument doc) {
    Object score = doc.getFieldValue("score");
    return score instanceof Number n && !Float.isNaN(n.floatValue()) ? n.floatValue() : 0f;
  }

  static long group(SolrDocument doc) {
    return doc.getFirstValue(Schema.DUP_GROUP) instanceof Number group ? group.longValue() : 0;
  }

  static String string(SolrDocument doc, String field) {
    Object value = doc.getFirstValue(field);
    return value == null ? "" : String.valueOf(value);
  }

  static List<String> strings(SolrDocument doc, String field) {
    return List.copyOf(SolrEngine.values(doc, field));
  }
}
