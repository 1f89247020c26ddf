package org.straits.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads JSON Lines: one document a line with {@code id}, {@code title}, {@code body},
 * {@code date}, {@code authors}, {@code source}, {@code url} and {@code lang}. A body is read as
 * Markdown and kept as its text. A bad line is reported with its number and skipped; the rest of the
 * file is still read.
 */
public final class JsonLinesReader implements DocumentReader {

  private static final ObjectReader JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .readerFor(JsonNode.class);
  private static final Set<String> LANGUAGES = Set.of("en", "zh");

  /** A line that cannot become a document; the message is the reason reported for it. */
  private static final class BadLine extends Exception {
    BadLine(String reason) {
      super(reason, null, false, false);
    }
  }

  @Override
  public boolean accepts(String fileName) {
    return FileNames.hasExtension(fileName, Set.of("jsonl"));
  }

  @Override
  public void read(SourceFile file, DocumentSink sink) throws IOException {
    // JSON Lines is UTF-8 by definition; a file that is not is unreadable, not guessed at.
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    int lineNumber = 0;
    try (BufferedReader in = new BufferedReader(
        new InputStreamReader(Files.newInputStream(file.path()), decoder), 1 << 16)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        try {
          sink.document(toDocument(line, file.relativePath()));
        } catch (BadLine e) {
          sink.problem(IngestProblem.skipped(file.relativePath(), lineNumber, e.getMessage()));
        }
      }
    } catch (CharacterCodingException e) {
      throw new IOException(file.relativePath() + ": not valid UTF-8 after line " + lineNumber, e);
    }
  }

  /** The non-blank lines, counted over the bytes without decoding (a quick pass, for progress). */
  @Override
  public long expectedDocuments(SourceFile file) throws IOException {
    long lines = 0;
    boolean text = false;
    byte[] buffer = new byte[1 << 16];
    try (var in = Files.newInputStream(file.path())) {
      for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
        for (int i = 0; i < n; i++) {
          byte b = buffer[i];
          if (b == '\n') {
            lines += text ? 1 : 0;
            text = false;
          } else if (b != ' ' && b != '\t' && b != '\r') {
            text = true;
          }
        }
      }
    }
    return lines + (text ? 1 : 0);
  }

  private static SourceDocument toDocument(String line, String rel) throws BadLine {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new BadLine("invalid JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new BadLine("not a JSON object");
    }
    String id = text(node, "id");
    String body = text(node, "body");
    if (id.isBlank()) {
      throw new BadLine("missing id");
    }
    if (body.isBlank()) {
      throw new BadLine("missing body");
    }
    String lang = text(node, "lang");
    if (!lang.isEmpty() && !LANGUAGES.contains(lang)) {
      throw new BadLine("lang must be en or zh, not \"" + lang + "\"");
    }
    // Bodies may carry Markdown (CCTV ends each with [查看原文](https://tv.cctv.com/…)): index and
    // show its words, and keep the link as the document's address when it has none of its own.
    String url = text(node, "url");
    return new SourceDocument(id, rel, text(node, "title"), MarkdownText.strip(body), text(node, "notes"),
        date(node), authors(node), List.of(), text(node, "source"),
        url.isBlank() ? MarkdownText.firstLinkUrl(body) : url, lang);
  }

  /** The string field, "" when absent or null; any other type is an error. */
  private static String text(JsonNode node, String field) throws BadLine {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return "";
    }
    if (!value.isTextual()) {
      String type = value.getNodeType().name().toLowerCase(Locale.ROOT);
      throw new BadLine(field + " must be a string, not " + type);
    }
    return value.textValue();
  }

  private static LocalDate date(JsonNode node) throws BadLine {
    String written = text(node, "date");
    if (written.isBlank()) {
      return null;
    }
    return DateParser.parse(written).orElseThrow(() -> new BadLine("bad date \"" + written + "\""));
  }

  private static List<String> authors(JsonNode node) throws BadLine {
    JsonNode value = node.get("authors");
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (!value.isArray()) {
      throw new BadLine("authors must be a list of strings");
    }
    List<String> authors = new ArrayList<>(value.size());
    for (JsonNode author : value) {
      if (!author.isTextual()) {
        throw new BadLine("authors must be a list of strings");
      }
      authors.add(PersonNames.normalise(author.textValue()));
    }
    return authors;
  }
}
