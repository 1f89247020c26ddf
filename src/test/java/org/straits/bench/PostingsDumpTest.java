package org.straits.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.straits.App;
import org.straits.Fixtures;

class PostingsDumpTest {
  @TempDir Path dir;

  private List<String> indexAndDump(Path source, String name) throws IOException {
    Path index = dir.resolve(name);
    App app = Fixtures.app(source, index);
    Fixtures.indexCleanly(app, source);
    return PostingsDump.dump(index, 1);
  }

  @Test
  void twoBuildsOfOneSourceDumpTheSameAndAnEditShows() throws IOException {
    Path source = dir.resolve("source");
    Fixtures.writeCorpus(source);
    List<String> first = indexAndDump(source, "a");
    assertEquals(first, indexAndDump(source, "b"), "the same documents, indexed again");
    // 两岸 in cctv:1's body ("台湾问题是中国的内政。两岸关系…"): once, with its offsets into the text.
    assertTrue(first.stream().anyMatch(line -> line.startsWith("cctv:1\tbody\t两岸\t1 ") && line.endsWith(":11-13")),
        () -> String.join("\n", first.stream().filter(l -> l.startsWith("cctv:1\tbody\t")).toList()));
    assertTrue(first.stream().anyMatch(line -> line.startsWith("cctv:1\tbody_cjk\t")));

    Fixtures.write(source, "zh/news.jsonl", """
        {"id":"cctv:1","title":"两岸关系和平发展","body":"两岸关系和平发展符合台湾同胞利益。","date":"2022-10-01","authors":[],"source":"CCTV","lang":"zh"}
        """);
    assertNotEquals(first, indexAndDump(source, "c"));
  }
}
