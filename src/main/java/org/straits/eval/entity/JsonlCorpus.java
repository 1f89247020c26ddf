package org.straits.eval.entity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the evaluation corpora: JSON Lines of articles and of Guardian tag lists. */
public final class JsonlCorpus {
  private static final ObjectReader JSON = new ObjectMapper().readerFor(JsonNode.class);

  private JsonlCorpus() {}

  /** Articles with {@code id}, {@code title}, {@code body}, in file order. */
  public static List<Article> articles(Path file) throws IOException {
    List<Article> articles = new ArrayList<>();
    forEachLine(file, node -> articles.add(new Article(
        node.path("id").asText(), node.path("title").asText(""), node.path("body").asText(""))));
    return articles;
  }

  /** Tag lists ({@code id}, {@code tags}) by article id, in file order. */
  public static Map<String, List<String>> tags(Path file) throws IOException {
    Map<String, List<String>> tags = new LinkedHashMap<>();
    forEachLine(file, node -> {
      List<String> list = new ArrayList<>();
      node.path("tags").forEach(tag -> list.add(tag.asText()));
      tags.put(node.path("id").asText(), List.copyOf(list));
    });
    return tags;
  }

  private interface NodeHandler {
    void accept(JsonNode node);
  }

  private static void forEachLine(Path file, NodeHandler handler) throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        try {
          handler.accept(JSON.readValue(line));
        } catch (IOException e) {
          throw new IOException(file + ":" + number + ": not a JSON object: " + e.getMessage(), e);
        }
      }
    }
  }
}
