package org.straits.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.straits.App;
import org.straits.Fixtures;
import org.straits.index.IndexProgress;

/** The histogram's zoom rule at each level, its empty bins, and bins cut by the range. */
class DateHistogramZoomTest {
  @TempDir static Path source;
  @TempDir static Path indexDir;
  static IndexView view;
  static SearchEngine engine;

  @BeforeAll
  static void buildIndex() throws IOException {
    Fixtures.writeCorpus(source);
    // Two more in February 2024, one in March: days and months to count.
    Fixtures.write(source, "en/feb.jsonl", """
        {"id":"feb:1","title":"Early February","body":"Taiwan.","date":"2024-02-02","lang":"en"}
        {"id":"feb:2","title":"Late February","body":"Taiwan.","date":"2024-02-21","lang":"en"}
        {"id":"mar:1","title":"March","body":"Taiwan.","date":"2024-03-15","lang":"en"}
        """);
    App app = Fixtures.app(source, indexDir);
    app.indexer().run(source, indexDir, false, IndexProgress.Listener.NONE);
    view = app.openIndex();
    engine = app.searchEngine(view);
  }

  @AfterAll
  static void close() throws IOException {
    engine.close();
    view.close();
  }

  private static SearchResult.Histogram histogram(String from, String to) throws IOException {
    SearchRequest request = new SearchRequest("", Map.of(), Map.of(), Set.of(), DateBounds.from(from),
        DateBounds.to(to), null, 1, 10, 10, 0, false);
    return engine.search(request).histogram();
  }

  private static long count(SearchResult.Histogram histogram, String label) {
    return histogram.bins().stream().filter(b -> b.value().equals(label)).findFirst().orElseThrow().count();
  }

  @Test
  void ruleAtEachZoomLevel() {
    LocalDate start = LocalDate.of(2024, 1, 1);
    assertEquals(HistogramZoom.Unit.DAY, HistogramZoom.unitFor(start, start));
    assertEquals(HistogramZoom.Unit.DAY, HistogramZoom.unitFor(start, LocalDate.of(2024, 3, 31)));
    assertEquals(HistogramZoom.Unit.MONTH, HistogramZoom.unitFor(start, LocalDate.of(2024, 4, 1)));
    assertEquals(HistogramZoom.Unit.MONTH, HistogramZoom.unitFor(start, LocalDate.of(2025, 12, 31)));
    assertEquals(HistogramZoom.Unit.YEAR, HistogramZoom.unitFor(start, LocalDate.of(2026, 1, 1)));
    assertEquals(91, HistogramZoom.bins(HistogramZoom.Unit.DAY, start, LocalDate.of(2024, 3, 31)).size());
  }

  @Test
  void withoutRangeYearsWithEmptyYearsAsZero() throws IOException {
    SearchResult.Histogram years = histogram("", "");
    assertEquals("year", years.unit());
    assertEquals("2015", years.bins().get(0).value());
    assertEquals("2024", years.bins().get(years.bins().size() - 1).value());
    assertEquals(10, years.bins().size(), "2015 to 2024 without gaps");
    assertEquals(0, count(years, "2016"));
    assertEquals(4, count(years, "2024"));
  }

  @Test
  void aYearShowsItsMonths() throws IOException {
    SearchResult.Histogram months = histogram("2024", "2024");
    assertEquals("month", months.unit());
    assertEquals(12, months.bins().size());
    assertEquals("2024-01", months.bins().get(0).value());
    assertEquals(3, count(months, "2024-02"));
    assertEquals(1, count(months, "2024-03"));
    assertEquals(0, count(months, "2024-12"));
  }

  @Test
  void aMonthShowsItsDays() throws IOException {
    SearchResult.Histogram days = histogram("2024-02", "2024-02");
    assertEquals("day", days.unit());
    assertEquals(29, days.bins().size(), "2024 is a leap year");
    assertEquals(1, count(days, "2024-02-02"));
    assertEquals(2, count(days, "2024-02-21"), "the Kinmen story and feb:2");
    assertEquals(0, count(days, "2024-02-03"));
  }

  @Test
  void binsCutByTheRangeCountOnlyTheirDaysInside() throws IOException {
    SearchResult.Histogram cut = histogram("2024-02-10", "2024-06-30");
    assertEquals("month", cut.unit());
    assertEquals("2024-02", cut.bins().get(0).value());
    assertEquals(2, count(cut, "2024-02"), "feb:1 is before the range");
    SearchResult.Histogram open = histogram("2023", "");
    assertTrue(open.bins().size() <= 24, "from 2023 to the newest document: months");
    assertEquals("2023-01", open.bins().get(0).value());
  }

  @Test
  void theApiDateFacetIsTheHistogram() throws IOException {
    SearchRequest request = new SearchRequest("", Map.of(), Map.of(), Set.of(), LocalDate.of(2024, 2, 1),
        LocalDate.of(2024, 2, 29), null, 1, 10, 10, 0, false);
    SearchResult result = engine.search(request);
    assertEquals(result.histogram().bins(), result.facets().get("date"));
    assertEquals(List.of("2024", "2024-02", "2024-02-01"), result.facets().get("date").get(0).path());
  }
}
