package org.straits.search;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.straits.index.Fields;
import org.straits.schema.Schema;

/**
 * Stored Lucene documents → the plain records above the engine (a hit, an exported row, a
 * document page), written once so the three always show the same metadata the same way.
 */
final class StoredDocuments {
  /** The stored fields hits and rows read: those with a column in the schema, and the first indexing time. */
  static final Set<String> HIT_FIELDS = hitFields();

  private final EntityNames entities;

  StoredDocuments(EntityNames entities) {
    this.entities = entities;
  }

  SearchResult.Hit hit(Document doc, float score, String highlightedTitle, List<String> snippets,
      List<SearchResult.Version> versions) {
    String title = text(doc, Fields.TITLE);
    String titleHtml = highlightedTitle.isEmpty() ? Html.escape(title) : highlightedTitle;
    String date = text(doc, Fields.DATE);
    return new SearchResult.Hit(doc.get(Fields.ID), title, titleHtml, date,
        List.of(doc.getValues(Fields.AUTHORS)), text(doc, Fields.SOURCE), text(doc, Fields.URL),
        text(doc, Fields.LANG), regions(doc), actors(doc), scoreOf(score), snippets,
        updated(date, doc.getField(Fields.INDEXED_AT)), versions);
  }

  private static String updated(String date, IndexableField indexedAt) {
    return SearchResult.Hit.updated(date, indexedAt == null ? null : indexedAt.numericValue().longValue());
  }

  private static Set<String> hitFields() {
    Set<String> fields = new HashSet<>(Schema.hitFields());
    fields.add(Fields.INDEXED_AT);
    return Set.copyOf(fields);
  }

  ResultStream.Row row(Document doc, float score, String snippet) {
    return new ResultStream.Row(doc.get(Fields.ID), text(doc, Fields.TITLE), text(doc, Fields.DATE),
        List.of(doc.getValues(Fields.AUTHORS)), text(doc, Fields.SOURCE), text(doc, Fields.LANG),
        text(doc, Fields.URL), regions(doc), actors(doc), scoreOf(score), snippet);
  }

  DocumentLookup.DocumentView view(Document doc, String titleHtml, String bodyHtml, String notesHtml, int matches) {
    return new DocumentLookup.DocumentView(doc.get(Fields.ID), text(doc, Fields.TITLE), titleHtml,
        text(doc, Fields.DATE), List.of(doc.getValues(Fields.AUTHORS)), List.of(doc.getValues(Fields.EDITORS)),
        text(doc, Fields.SOURCE), text(doc, Fields.URL), text(doc, Fields.LANG), regions(doc), actors(doc),
        bodyHtml, notesHtml, matches, UnreviewedValue.of(doc.getValues(Fields.DISCOVERED)));
  }

  private List<String> regions(Document doc) {
    return entities.namesByMentions(doc.getValues(Fields.REGION_IDS));
  }

  private List<String> actors(Document doc) {
    return entities.namesByMentions(doc.getValues(Fields.ACTOR_IDS));
  }

  static String text(Document doc, String field) {
    String value = doc.get(field);
    return value == null ? "" : value;
  }

  private static float scoreOf(float score) {
    return Float.isNaN(score) ? 0f : score;
  }
}
