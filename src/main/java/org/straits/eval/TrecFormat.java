package org.straits.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A generic collection: TREC topics ({@code <top>} with {@code <num>} and {@code <title>}) or JSON
 * Lines queries ({@code {"id":…, "text":…}}), TREC qrels ({@code query iteration doc grade}) and a
 * JSON Lines corpus in the ingest format.
 */
public final class TrecFormat {
  private static final Pattern TOPIC = Pattern.compile("<top>(.*?)</top>", Pattern.DOTALL);
  private static final Pattern NUMBER = Pattern.compile("<num>\\s*(?:Number:)?\\s*(\\S+)");
  private static final Pattern TITLE = Pattern.compile("<title>\\s*(?:Topic:)?\\s*(.*?)\\s*(?=<|$)", Pattern.DOTALL);

  private TrecFormat() {}

  /** Queries from a .jsonl file, else TREC topics. */
  public static List<EvalQuery> queries(Path file) throws IOException {
    return file.getFileName().toString().endsWith(".jsonl") ? jsonQueries(file) : topics(file);
  }

  public static List<EvalQuery> topics(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    List<EvalQuery> queries = new ArrayList<>();
    Matcher topic = TOPIC.matcher(text);
    while (topic.find()) {
      Matcher number = NUMBER.matcher(topic.group(1));
      Matcher title = TITLE.matcher(topic.group(1));
      if (!number.find() || !title.find()) {
        throw new IOException(file + ": a topic lacks <num> or <title>: " + topic.group(1).strip().lines().findFirst().orElse(""));
      }
      queries.add(new EvalQuery(number.group(1), title.group(1).strip().replaceAll("\\s+", " ")));
    }
    if (queries.isEmpty()) {
      throw new IOException(file + ": no <top> topics found");
    }
    return queries;
  }

  public static List<EvalQuery> jsonQueries(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<EvalQuery> queries = new ArrayList<>();
    int number = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode node = json.readTree(line);
      if (!node.path("id").isValueNode() || !node.path("text").isTextual()) {
        throw new IOException(file + ":" + number + ": a query needs \"id\" and \"text\"");
      }
      queries.add(new EvalQuery(node.get("id").asText(), node.get("text").textValue()));
    }
    return queries;
  }

  /** TREC qrels: {@code query iteration doc grade}, whitespace-separated. */
  public static Map<String, Map<String, Integer>> qrels(Path file) throws IOException {
    Map<String, Map<String, Integer>> qrels = new HashMap<>();
    int number = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      String[] parts = line.strip().split("\\s+");
      try {
        qrels.computeIfAbsent(parts[0], q -> new HashMap<>()).put(parts[2], Integer.parseInt(parts[3]));
      } catch (ArrayIndexOutOfBoundsException | NumberFormatException e) {
        throw new IOException(file + ":" + number + ": expected 'query iteration doc grade', got '" + line.strip() + "'", e);
      }
    }
    return qrels;
  }
}
