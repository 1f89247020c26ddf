package org.straits.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.straits.ingest.SourceDocument;

/** A small bilingual "real" corpus for the benchmark tests, written as JSON Lines like the shared ones. */
final class BenchFixtures {
  private static final List<String> ENGLISH = List.of(
      "The coast guard patrolled the waters near Kinmen Island.",
      "Taiwan and the United States discussed trade and security.",
      "Cross-strait relations were tense after the military exercises.",
      "The Shanghai stock exchange rose sharply on Monday.",
      "Tokyo hosted talks on regional security and climate policy.");
  private static final List<String> CHINESE = List.of(
      "两岸关系和平发展符合台湾同胞利益。",
      "中国海警在金门附近海域开展执法巡查。",
      "国务院台办发言人就台湾问题回答记者提问。",
      "上海证券交易所股价大幅上涨。",
      "各地加强生态环境保护，推动经济高质量发展。");

  private BenchFixtures() {}

  static List<SourceDocument> documents(int perLanguage) {
    List<SourceDocument> docs = new ArrayList<>();
    for (int i = 0; i < perLanguage; i++) {
      docs.add(document("en-" + i, ENGLISH, i, "en", "The Guardian"));
      docs.add(document("zh-" + i, CHINESE, i, "zh", "CCTV"));
    }
    return docs;
  }

  private static SourceDocument document(String id, List<String> sentences, int i, String lang, String source) {
    StringBuilder body = new StringBuilder();
    for (int s = 0; s < 3 + i % 4; s++) {
      body.append(sentences.get((i + s) % sentences.size())).append(lang.equals("en") ? " " : "");
    }
    String title = sentences.get(i % sentences.size()).replaceAll("[.。]$", "");
    return new SourceDocument(id, "", title, body.toString().strip(), "", LocalDate.of(2020, 1, 1).plusDays(i * 7L),
        List.of(), List.of(), source, "", lang);
  }

  static Path writeCorpus(Path dir, int perLanguage) throws IOException {
    return CorpusFiles.write(documents(perLanguage), dir, Integer.MAX_VALUE).get(0);
  }
}
