package org.straits.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Markdown with optional YAML front matter ({@code title}, {@code author}/{@code authors},
 * {@code editors}, {@code date}, {@code source}, {@code url}, {@code lang}, {@code id}). The body
 * keeps the words and drops the most obvious markup, so that "**Taiwan**" is found as "Taiwan".
 */
public final class MarkdownReader implements DocumentReader {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Pattern FRONT_MATTER =
      Pattern.compile("\\A---[ \\t]*\\n(.*?)\\n(?:---|\\.\\.\\.)[ \\t]*(?:\\n|\\z)", Pattern.DOTALL);
  private static final Pattern FIRST_HEADING = Pattern.compile("(?m)^#[ \\t]+(.+?)[ \\t#]*$");

  @Override
  public boolean accepts(String fileName) {
    return FileNames.hasExtension(fileName, Set.of("md", "markdown"));
  }

  @Override
  public void read(SourceFile file, DocumentSink sink) throws IOException {
    String text = TextDecoder.decode(file.path()).text();
    JsonNode meta = YAML.createObjectNode();
    Matcher front = FRONT_MATTER.matcher(text);
    if (front.find()) {
      meta = frontMatter(front.group(1), file);
      text = text.substring(front.end());
    }
    String rel = file.relativePath();
    String title = field(meta, "title");
    if (title.isEmpty()) {
      Matcher heading = FIRST_HEADING.matcher(text);
      title = heading.find() ? MarkdownText.strip(heading.group(1)) : FileNames.stem(rel);
    }
    LocalDate date = null;
    String dateText = field(meta, "date");
    if (!dateText.isEmpty()) {
      date = DateParser.parse(dateText).orElse(null);
      if (date == null) {
        sink.problem(IngestProblem.warning(rel,
            "no date: cannot read front matter date \"" + dateText + "\""));
      }
    }
    Footnotes.Split split = Footnotes.split(MarkdownText.strip(text));
    List<String> authors = new ArrayList<>(names(meta, "authors"));
    authors.addAll(names(meta, "author"));
    String id = field(meta, "id");
    sink.document(new SourceDocument(id.isEmpty() ? rel : id, rel, title, split.body(), split.notes(),
        date, authors, names(meta, "editors"), field(meta, "source"), field(meta, "url"),
        field(meta, "lang")));
  }

  private static JsonNode frontMatter(String yaml, SourceFile file) throws IOException {
    try {
      JsonNode node = YAML.readTree(yaml);
      return node != null && node.isObject() ? node : YAML.createObjectNode();
    } catch (JsonProcessingException e) {
      throw new IOException("invalid YAML front matter in " + file.relativePath() + ": "
          + e.getOriginalMessage(), e);
    }
  }

  private static String field(JsonNode meta, String name) {
    JsonNode value = meta.get(name);
    return value == null || value.isNull() || value.isContainerNode() ? "" : value.asText().strip();
  }

  /** A list of names, or one string of names joined with commas and "and". */
  private static List<String> names(JsonNode meta, String name) {
    JsonNode value = meta.get(name);
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (!value.isArray()) {
      return PersonNames.split(value.asText());
    }
    List<String> names = new ArrayList<>();
    value.forEach(item -> names.add(PersonNames.normalise(item.asText())));
    return names;
  }
}
