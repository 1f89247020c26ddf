package org.straits.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.straits.bench.BenchReport;
import org.straits.bench.BenchRunner;
import org.straits.bench.Throughput;
import org.straits.search.SearchJson;

/** The indexing rows of {@code bench} and {@code bench --report}, for reports with and without the warm run. */
class BenchTablesTest {
  @Test
  void reportFromBeforeTheWarmRowPrintsTheColdShareAlone() throws IOException {
    String tables = print(oldReport());
    // 180c021's quiet bench: 848 docs/s against a ceiling of 3,563.
    assertTrue(tables.contains("| cold JVM, first run (`./straits index`) | 848 | 0.24 |"), tables);
    assertTrue(tables.contains("| indexing ÷ Analysis only, cold JVM | 0.24 | ≥ 0.7 |"), tables);
    assertTrue(tables.contains("| indexing docs/s, cold JVM | 848 | ≥ 1,500 |"), tables);
    assertFalse(tables.contains("warm JVM"), tables);
    assertFalse(tables.contains("Shortened:"), "a default run (or an old report) has no scope line: " + tables);
  }

  @Test
  void aShortenedRunSaysWhatItShortenedUnderTheMachineLine() throws IOException {
    BenchReport old = oldReport();
    BenchReport quick = new BenchReport(old.machine(), old.seed(), old.corpora(), old.http(), old.httpBaseline(),
        "--quick, a smoke run: synthetic 1,000 documents only");
    BenchReport reread = SearchJson.mapper().readValue(SearchJson.mapper().writeValueAsString(quick), BenchReport.class);
    assertEquals(quick, reread);
    String[] lines = print(reread).split("\n");
    assertTrue(lines[0].startsWith("Machine: "), lines[0]);
    assertEquals("Shortened: --quick, a smoke run: synthetic 1,000 documents only", lines[1]);
  }

  @Test
  void warmRunIsPrintedBesideTheColdOneAndSurvivesTheJsonRoundTrip() throws IOException {
    BenchReport old = oldReport();
    BenchReport.CorpusReport real = old.corpora().get(0);
    Map<String, Throughput> indexing = new LinkedHashMap<>(real.indexing());
    Throughput cold = real.indexing().get(BenchRunner.STRAITS);
    indexing.put(BenchRunner.STRAITS_WARM, new Throughput(cold.documents(), cold.textBytes(), cold.seconds() / 2,
        cold.diskBytes(), cold.peakHeapBytes()));
    BenchReport report = new BenchReport(old.machine(), old.seed(), List.of(new BenchReport.CorpusReport(real.name(),
        real.documents(), real.textBytes(), real.languages(), indexing, real.queries(), real.readersFirst())),
        old.http(), old.httpBaseline(), null);

    BenchReport reread = SearchJson.mapper().readValue(SearchJson.mapper().writeValueAsString(report), BenchReport.class);
    assertEquals(report, reread);
    String tables = print(reread);
    assertTrue(tables.contains("| Straits, warm JVM (2nd run) | 1,695 |"), tables);
    assertTrue(tables.contains("| cold JVM, first run (`./straits index`) | 848 | 0.24 |"), tables);
    assertTrue(tables.contains("| warm JVM, the same rebuild again (a server that reindexes) | 1,695 | 0.48 |"), tables);
    assertTrue(tables.contains("| indexing ÷ Analysis only, warm JVM | 0.48 | ≥ 0.7 |"), tables);
  }

  private static BenchReport oldReport() throws IOException {
    try (InputStream in = BenchTablesTest.class.getResourceAsStream("/bench/report-180c021-real.json")) {
      return SearchJson.mapper().readValue(in, BenchReport.class);
    }
  }

  private static String print(BenchReport report) {
    StringWriter text = new StringWriter();
    new BenchTables(new PrintWriter(text, true)).print(report);
    return text.toString();
  }
}
