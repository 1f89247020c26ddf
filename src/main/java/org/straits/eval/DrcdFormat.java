package org.straits.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.straits.ingest.SourceDocument;

/**
 * DRCD (SQuAD layout) as a retrieval test: every paragraph is a document, titled with its article,
 * and every question a query whose one relevant document is its own paragraph. The questions are
 * asked twice: as written (traditional) and converted to simplified characters.
 */
public final class DrcdFormat {
  private DrcdFormat() {}

  public static TestCollection read(Path file) throws IOException {
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    if (!root.path("data").isArray()) {
      throw new IOException(file + ": not SQuAD layout (no top-level \"data\" list)");
    }
    List<SourceDocument> docs = new ArrayList<>();
    List<EvalQuery> questions = new ArrayList<>();
    Map<String, Map<String, Integer>> qrels = new HashMap<>();
    for (JsonNode article : root.path("data")) {
      for (JsonNode paragraph : article.path("paragraphs")) {
        String id = required(paragraph, "id", file);
        docs.add(new SourceDocument(id, "", article.path("title").asText(""), required(paragraph, "context", file),
            "", null, List.of(), List.of(), "", "", "zh"));
        for (JsonNode qa : paragraph.path("qas")) {
          String queryId = required(qa, "id", file);
          questions.add(new EvalQuery(queryId, required(qa, "question", file)));
          qrels.put(queryId, Map.of(id, 1));
        }
      }
    }
    return new TestCollection("drcd", docs,
        List.of(new QuerySet("drcd", questions, qrels), new QuerySet("drcd-simplified", simplified(questions), qrels)));
  }

  static List<EvalQuery> simplified(List<EvalQuery> questions) {
    Transliterator toSimplified = Transliterator.getInstance("Traditional-Simplified");
    return questions.stream().map(q -> new EvalQuery(q.id(), toSimplified.transliterate(q.text()))).toList();
  }

  private static String required(JsonNode node, String field, Path file) throws IOException {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      throw new IOException(file + ": an entry lacks the text field \"" + field + "\": " + abbreviate(node));
    }
    return value.textValue();
  }

  private static String abbreviate(JsonNode node) {
    String text = node.toString();
    return text.length() > 120 ? text.substring(0, 120) + "…" : text;
  }
}
