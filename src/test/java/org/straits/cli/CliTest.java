package org.straits.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.straits.Fixtures;

class CliTest {
  @TempDir Path source;
  @TempDir Path index;

  private CliRun run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    if (args.length > 0 && !args[0].startsWith("-")) {
      all.addAll(List.of("--index", index.toString(), "--source", source.toString(),
          "--gazetteer", Fixtures.smallGazetteer().toString()));
    }
    return CliRun.of(all.toArray(String[]::new));
  }

  @Test
  void indexThenSearchAsJson() throws Exception {
    Fixtures.writeCorpus(source);
    CliRun indexed = run("index");
    assertEquals(0, indexed.exit(), indexed.err());
    assertTrue(indexed.out().contains("5 new, 0 changed, 0 removed, 0 unchanged, 0 failed"), indexed.out());
    assertTrue(indexed.out().contains("6 indexed"), indexed.out());

    CliRun found = run("search", "Kinmen", "--region", "Taiwan", "--json");
    assertEquals(0, found.exit(), found.err());
    JsonNode json = new ObjectMapper().readTree(found.out());
    assertTrue(json.get("total").asLong() >= 1);
    assertTrue(json.has("took_ms"));
    JsonNode hit = json.get("hits").get(0);
    for (String key : List.of("id", "title", "date", "authors", "source", "url", "lang", "regions", "actors", "score", "snippets")) {
      assertTrue(hit.has(key), "hit has " + key);
    }
    assertTrue(json.get("facets").get("region").get(0).has("count"));

    CliRun again = run("index");
    assertTrue(again.out().contains("5 unchanged"), again.out());
  }

  @Test
  void statsDescribesTheIndex() {
    Fixtures.writeCorpus(source);
    run("index");
    CliRun stats = run("stats");
    assertEquals(0, stats.exit(), stats.err());
    assertTrue(stats.out().contains("documents:   6"), stats.out());
    assertTrue(stats.out().contains("zh 3"), stats.out());
    assertTrue(stats.out().matches("(?s).*committed:   \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} UTC\n.*"), stats.out());

    CliRun files = run("stats", "--files");
    assertTrue(files.out().matches("(?s).*\n  fdt +\\d+\\.\\d\\d MB +\\d+\\.\\d%\n.*"), "stored text has its line: " + files.out());
    assertTrue(files.out().contains("  tim ") && files.out().contains("  pos "), files.out());
  }

  @Test
  void mistakesGetClearMessages() {
    CliRun badFlag = run("search", "--colour", "red");
    assertEquals(2, badFlag.exit());
    assertTrue(badFlag.err().contains("--colour"), badFlag.err());

    CliRun noIndex = run("search", "taiwan");
    assertEquals(1, noIndex.exit());
    assertTrue(noIndex.err().contains("run './straits index' first"), noIndex.err());

    Fixtures.writeCorpus(source);
    run("index");
    CliRun badDate = run("search", "taiwan", "--from", "yesterday");
    assertEquals(1, badDate.exit());
    assertTrue(badDate.err().contains("is not a date"), badDate.err());

    CliRun help = run("--help");
    assertEquals(0, help.exit());
    assertTrue(help.out().contains("index") && help.out().contains("search") && help.out().contains("stats"));
  }
}
