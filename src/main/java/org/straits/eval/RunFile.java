package org.straits.eval;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.straits.bench.RankedDoc;

/** Writes rankings as a TREC run file: {@code query Q0 doc rank score run}, for trec_eval. */
public final class RunFile {
  private RunFile() {}

  public static void write(Path file, String runName, Map<String, List<RankedDoc>> rankings) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, List<RankedDoc>> query : rankings.entrySet()) {
        List<RankedDoc> ranking = query.getValue();
        for (int i = 0; i < ranking.size(); i++) {
          out.write(query.getKey() + " Q0 " + ranking.get(i).id() + " " + (i + 1) + " "
              + String.format(java.util.Locale.ROOT, "%.6f", ranking.get(i).score()) + " " + runName + "\n");
        }
      }
    }
  }
}
