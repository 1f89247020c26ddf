package org.straits.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesReaderTest {

  private static final Path CCTV = Path.of("/work/shared/corpus/cctv-xwlb.jsonl");

  @TempDir Path root;
  private final JsonLinesReader reader = new JsonLinesReader();

  @Test
  void readsEveryGoodLineAndReportsBadOnesByLineNumber() throws IOException {
    SourceFile file = Collected.write(root, "corpus/mixed.jsonl", String.join("\n",
        "{\"id\":\"a\",\"title\":\"Taiwan\",\"body\":\"First body.\",\"date\":\"2024-02-21\","
            + "\"authors\":[\"Jane  Roe\",\"John Doe\"],\"source\":\"The Guardian\",\"url\":\"https://g.co/a\",\"lang\":\"en\"}",
        "{\"id\":\"b\", \"body\": ",
        "",
        "{\"title\":\"no id\",\"body\":\"x\"}",
        "{\"id\":\"c\",\"title\":\"no body\"}",
        "{\"id\":\"d\",\"body\":\"x\",\"authors\":\"Jane Roe\"}",
        "{\"id\":\"e\",\"body\":\"x\",\"date\":\"2024-02-30\"}",
        "{\"id\":7,\"body\":\"x\"}",
        "{\"id\":\"f\",\"body\":\"x\",\"lang\":\"fr\"}",
        "{\"id\":\"g\",\"body\":\"x\"} trailing",
        "   ",
        "{\"id\":\"cctv:1\",\"title\":\"习近平会见\",\"body\":\"新华社北京电。\",\"date\":\"2023年5月1日\",\"lang\":\"zh\"}",
        ""));
    Collected sink = Collected.read(reader, file);
    assertEquals(List.of("a", "cctv:1"), sink.documents().stream().map(SourceDocument::id).toList());
    SourceDocument first = sink.documents().get(0);
    assertEquals(new SourceDocument("a", "corpus/mixed.jsonl", "Taiwan", "First body.", "",
        LocalDate.of(2024, 2, 21), List.of("Jane Roe", "John Doe"), List.of(), "The Guardian",
        "https://g.co/a", "en"), first);
    assertEquals(LocalDate.of(2023, 5, 1), sink.documents().get(1).date());
    assertEquals("zh", sink.documents().get(1).lang());
    assertEquals(List.of(2, 4, 5, 6, 7, 8, 9, 10), sink.problems().stream().map(IngestProblem::line).toList());
    assertTrue(sink.problems().stream().allMatch(p -> p.fatal() && p.file().equals("corpus/mixed.jsonl")));
    List<String> reasons = sink.problems().stream().map(IngestProblem::reason).toList();
    assertTrue(reasons.get(0).startsWith("invalid JSON"), reasons.get(0));
    assertEquals(List.of("missing id", "missing body", "authors must be a list of strings",
        "bad date \"2024-02-30\"", "id must be a string, not number", "lang must be en or zh, not \"fr\""),
        reasons.subList(1, reasons.size() - 1));
    assertTrue(reasons.get(reasons.size() - 1).startsWith("invalid JSON"), reasons.toString());
  }

  @Test
  void markdownInABodyIsReadAsTextAndItsLinkBecomesTheUrl() throws IOException {
    SourceFile file = Collected.write(root, "cctv.jsonl", String.join("\n",
        "{\"id\":\"c1\",\"body\":\"**两岸**交流。\\n\\n[查看原文](https://tv.cctv.com/2022/09/25/V1.shtml)\"}",
        "{\"id\":\"c2\",\"body\":\"见[原文](https://example.org/b)。\",\"url\":\"https://own.example/c2\"}",
        ""));
    List<SourceDocument> docs = Collected.read(reader, file).documents();
    assertEquals("两岸交流。\n\n查看原文", docs.get(0).body());
    assertEquals("https://tv.cctv.com/2022/09/25/V1.shtml", docs.get(0).url());
    assertEquals("见原文。", docs.get(1).body());
    assertEquals("https://own.example/c2", docs.get(1).url(), "a document's own url wins");
  }

  @Test
  void refusesAFileThatIsNotUtf8() throws IOException {
    SourceFile file = Collected.write(root, "gbk.jsonl",
        "{\"id\":\"a\",\"body\":\"台湾\"}".getBytes(java.nio.charset.Charset.forName("GBK")));
    IOException e = assertThrows(IOException.class, () -> Collected.read(reader, file));
    assertTrue(e.getMessage().contains("gbk.jsonl: not valid UTF-8"), e.getMessage());
  }

  @Test
  void readsTheCctvCorpusQuickly(TestReporter reporter) throws IOException {
    assumeTrue(Files.isReadable(CCTV), "shared corpus not present");
    SourceFile file = new SourceFile(CCTV, "cctv-xwlb.jsonl", Files.size(CCTV), "");
    long start = System.nanoTime();
    Collected sink = Collected.read(reader, file);
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    reporter.publishEntry("cctv-xwlb.jsonl read time", elapsed.toMillis() + " ms for "
        + sink.documents().size() + " documents");
    assertEquals(16_831, sink.documents().size(), sink.problems().toString());
    assertTrue(sink.problems().isEmpty());
    assertTrue(sink.documents().stream().allMatch(d -> d.date() != null && !d.body().isBlank()));
    assertTrue(sink.documents().stream().noneMatch(d -> d.body().contains("](http")), "Markdown links left");
    assertTrue(sink.documents().stream().filter(d -> d.url().startsWith("https://tv.cctv.com/")).count() > 16_000);
    assertTrue(elapsed.toSeconds() < 20, "took " + elapsed);
  }
}
