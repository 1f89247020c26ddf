package org.straits.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Seeded bilingual JSON Lines files for load tests: every document has a language and a date. */
final class SoakCorpus {
  private static final String[] EN = {"Kinmen", "coast", "guard", "patrol", "ferry", "Taiwan", "Strait", "election",
      "navy", "exercise", "trade", "talks", "Xiamen", "harbour", "missile", "drill", "Matsu", "fishing"};
  private static final String[] ZH = {"台湾", "海峡", "两岸", "金门", "海警", "演习", "解放军", "融合发展", "选举",
      "臺灣", "國防", "交流", "经济", "合作"};
  private static final ObjectMapper JSON = new ObjectMapper();

  private SoakCorpus() {}

  static void write(Path source, int fromFile, int toFile, int docsPerFile) throws IOException {
    for (int f = fromFile; f < toFile; f++) {
      Random random = new Random(f);
      StringBuilder lines = new StringBuilder();
      for (int d = 0; d < docsPerFile; d++) {
        lines.append(JSON.writeValueAsString(doc(f, d, random))).append('\n');
      }
      Files.writeString(source.resolve(name(f)), lines.toString(), StandardCharsets.UTF_8);
    }
  }

  static void delete(Path source, int fromFile, int toFile) throws IOException {
    for (int f = fromFile; f < toFile; f++) {
      Files.deleteIfExists(source.resolve(name(f)));
    }
  }

  private static String name(int file) {
    return String.format("soak-%03d.jsonl", file);
  }

  private static Map<String, Object> doc(int file, int n, Random random) {
    boolean zh = random.nextInt(3) == 0;
    String[] words = zh ? ZH : EN;
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 120; i++) {
      body.append(words[random.nextInt(words.length)]).append(zh ? (i % 9 == 8 ? "。" : "") : (i % 12 == 11 ? ". " : " "));
    }
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("id", "soak:" + file + ":" + n);
    doc.put("title", words[random.nextInt(words.length)] + (zh ? "" : " ") + words[random.nextInt(words.length)]);
    doc.put("date", String.format("20%02d-%02d-%02d", 10 + random.nextInt(15), 1 + random.nextInt(12), 1 + random.nextInt(28)));
    doc.put("authors", List.of("Desk " + random.nextInt(20)));
    doc.put("source", zh ? "新华社" : "Wire");
    doc.put("lang", zh ? "zh" : "en");
    doc.put("body", body.toString());
    return doc;
  }
}
