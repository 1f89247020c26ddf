package org.straits.ingest;

import java.time.LocalDate;
import java.util.List;

/**
 * One document as read from a source file, before analysis.
 *
 * @param id stable identifier: the id given inside the file, else the file's relative path
 * @param file the source file's path relative to the source folder, with '/' separators
 * @param title the title, or "" when the file has none
 * @param body the main text, page furniture removed
 * @param notes footnotes and references: searchable, but kept out of snippets
 * @param date publication date, or null when it cannot be established (never guessed)
 * @param authors persons, normalised ("Xiu Chunping"), in the order given
 * @param editors persons credited as editors
 * @param source publishing organisation or outlet, or ""
 * @param url canonical URL, or ""
 * @param lang "en" or "zh" when known from the file, else "" (the indexer detects it)
 */
public record SourceDocument(
    String id,
    String file,
    String title,
    String body,
    String notes,
    LocalDate date,
    List<String> authors,
    List<String> editors,
    String source,
    String url,
    String lang) {

  public SourceDocument {
    title = title == null ? "" : title;
    body = body == null ? "" : body;
    notes = notes == null ? "" : notes;
    authors = authors == null ? List.of() : List.copyOf(authors);
    editors = editors == null ? List.of() : List.copyOf(editors);
    source = source == null ? "" : source;
    url = url == null ? "" : url;
    lang = lang == null ? "" : lang;
  }
}
