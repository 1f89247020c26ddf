package org.straits.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.straits.ingest.SourceDocument;

/**
 * The SMART format of the classic collections (CISI, CACM, …): records opened by {@code .I n}, with
 * fields {@code .T} title, {@code .A} author (repeatable), {@code .W} text, {@code .B} and
 * {@code .X} (bibliographic data, cross-references: ignored); judgments as lines
 * {@code query doc ...}, every listed pair relevant.
 */
public final class SmartFormat {
  private SmartFormat() {}

  /** CISI as it is distributed: CISI.ALL, CISI.QRY and CISI.REL in {@code dir}. */
  public static TestCollection cisi(Path dir) throws IOException {
    List<SourceDocument> docs = documents(dir.resolve("CISI.ALL"));
    List<EvalQuery> queries = queries(dir.resolve("CISI.QRY"));
    return new TestCollection("cisi", docs, List.of(new QuerySet("cisi", queries, judgments(dir.resolve("CISI.REL")))));
  }

  public static List<SourceDocument> documents(Path file) throws IOException {
    List<SourceDocument> docs = new ArrayList<>();
    for (Map<String, List<String>> record : records(file)) {
      String id = field(record, ".I");
      docs.add(new SourceDocument(id, "", field(record, ".T"), field(record, ".W"), "", null,
          record.getOrDefault(".A", List.of()), List.of(), "", "", "en"));
    }
    return docs;
  }

  /** Queries: title and text together, as the collection's users wrote them. */
  public static List<EvalQuery> queries(Path file) throws IOException {
    List<EvalQuery> queries = new ArrayList<>();
    for (Map<String, List<String>> record : records(file)) {
      String text = (field(record, ".T") + "\n" + field(record, ".W")).strip();
      queries.add(new EvalQuery(field(record, ".I"), text));
    }
    return queries;
  }

  /** Lines {@code query doc [anything]}: each listed pair is relevant (grade 1). */
  public static Map<String, Map<String, Integer>> judgments(Path file) throws IOException {
    Map<String, Map<String, Integer>> qrels = new HashMap<>();
    int number = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      number++;
      String[] parts = line.strip().split("\\s+");
      if (parts.length < 2) {
        if (!line.isBlank()) {
          throw new IOException(file + ":" + number + ": expected 'query doc', got '" + line.strip() + "'");
        }
        continue;
      }
      qrels.computeIfAbsent(parts[0], q -> new HashMap<>()).put(parts[1], 1);
    }
    return qrels;
  }

  /** Each record's fields: marker → the text of each occurrence. */
  static List<Map<String, List<String>>> records(Path file) throws IOException {
    List<Map<String, List<String>>> records = new ArrayList<>();
    Map<String, List<String>> current = null;
    String marker = null;
    StringBuilder text = new StringBuilder();
    int number = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
      number++;
      if (line.startsWith(".I")) {
        close(current, marker, text);
        current = new LinkedHashMap<>();
        current.put(".I", new ArrayList<>(List.of(line.substring(2).strip())));
        records.add(current);
        marker = null;
      } else if (line.matches("^\\.[A-Z]\\s*$")) {
        close(current, marker, text);
        marker = line.strip();
      } else if (current == null) {
        throw new IOException(file + ":" + number + ": text before the first .I record");
      } else if (marker != null) {
        text.append(line).append('\n');
      }
    }
    close(current, marker, text);
    return records;
  }

  private static void close(Map<String, List<String>> record, String marker, StringBuilder text) {
    if (record != null && marker != null) {
      record.computeIfAbsent(marker, m -> new ArrayList<>()).add(text.toString().strip());
    }
    text.setLength(0);
  }

  private static String field(Map<String, List<String>> record, String marker) {
    return String.join("\n", record.getOrDefault(marker, List.of()));
  }
}
