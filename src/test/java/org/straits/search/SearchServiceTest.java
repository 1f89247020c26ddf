package org.straits.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.straits.App;
import org.straits.Fixtures;
import org.straits.index.FacetDims;
import org.straits.index.IndexProgress;

class SearchServiceTest {
  @TempDir static Path source;
  @TempDir static Path indexDir;
  static IndexView index;
  static SearchService service;

  @BeforeAll
  static void buildIndex() throws IOException {
    Fixtures.writeCorpus(source);
    Fixtures.write(source, "en/xss.txt", """
        <script>alert(1)</script> title | 作者: Mallory | 时间: 2020-01-01 | 责编: X
        Body with <b>tags</b> & "quotes" about Taiwan.
        """);
    Fixtures.write(source, "zh/pla.txt", """
        東部戰區演習 | 作者: 記者 | 时间: 2019-05-23 | 责编: 編輯
        中國人民解放軍東部戰區在臺灣島周邊開展聯合演習。
        """);
    Fixtures.write(source, "en/quemoy.txt", "Quemoy harbour\n\nFishing boats returned to Quemoy harbour at dawn.\n");
    Fixtures.write(source, "zh/english-report.txt", "这份英文报告 | 作者: 编辑部 | 时间: 2018-01-01 | 责编: 编辑\n蔡先生阅读了这份英文报告。\n");
    App app = Fixtures.app(source, indexDir);
    app.indexer().run(source, indexDir, false, IndexProgress.Listener.NONE);
    index = app.openIndex();
    service = app.searchService(index);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  private static Set<String> ids(String query) throws IOException {
    return ids(SearchRequest.of(query));
  }

  private static Set<String> ids(SearchRequest request) throws IOException {
    return service.search(request).hits().stream().map(SearchResult.Hit::id).collect(Collectors.toSet());
  }

  private static SearchRequest filtered(String query, Map<String, List<String>> filters) {
    return new SearchRequest(query, filters, null, null, null, 1, 10, 20);
  }

  @Test
  void traditionalAndSimplifiedQueriesFindEachOther() throws IOException {
    assertEquals(Set.of("zh/traditional.txt", "cctv:1"), ids("电脑"));
    assertEquals(Set.of("zh/traditional.txt", "cctv:1"), ids("電腦"));
    assertTrue(ids("臺灣").containsAll(Set.of("zh/traditional.txt", "cctv:1")));
    assertEquals(ids("臺灣"), ids("台湾"));
  }

  @Test
  void chineseWordsInsideLongerSegmentedWordsAreFound() throws IOException {
    // smartcn keeps 中国人民解放军 as one word, so only the bigram fields can find 解放军 in it.
    assertEquals(Set.of("zh/pla.txt"), ids("解放军"));
    assertEquals(Set.of("zh/pla.txt"), ids("解放軍"));
    assertEquals(Set.of("zh/pla.txt"), ids("\"人民解放军\""));
    assertEquals(Set.of(), ids("部演"), "an unquoted keyword must occur as written, not as scattered pieces");
    SearchResult.Hit hit = service.search(SearchRequest.of("解放军")).hits().get(0);
    // Marked as the document writes it: the whole 中國人民解放軍 when the entity expansion finds it.
    assertTrue(String.join("", hit.snippets()).matches(".*<mark>[^<]*解放軍</mark>.*"), hit.snippets().toString());
  }

  @Test
  void anEntityNamedInOneScriptOrRomanisationFindsTheOthers() throws IOException {
    assertTrue(ids("Quemoy").containsAll(Set.of("en/kinmen.txt", "zh/traditional.txt")), ids("Quemoy").toString());
    assertTrue(ids("金门").contains("en/kinmen.txt"), "a Chinese name finds the English text");
    SearchResult.Hit english = service.search(SearchRequest.of("金门")).hits().stream()
        .filter(h -> h.id().equals("en/kinmen.txt")).findFirst().orElseThrow();
    assertTrue(String.join(" ", english.snippets()).contains("<mark>Kinmen"), "the original mention is marked: " + english.snippets());
    List<String> ranked = service.search(SearchRequest.of("Kinmen")).hits().stream().map(SearchResult.Hit::id).toList();
    assertEquals("en/kinmen.txt", ranked.get(0), "the typed form ranks first: " + ranked);
  }

  @Test
  void aChineseNameMatchesAsWrittenNotByItsPieces() throws IOException {
    // smartcn cuts 蔡英文 into 蔡 + 英文 ("English"); or-ed, it would match the report below.
    assertFalse(ids("蔡英文").contains("zh/english-report.txt"));
    assertTrue(ids("英文").contains("zh/english-report.txt"));
    assertTrue(ids("台湾同胞利益 电脑产业合作加强 这是一个很长的问题").contains("cctv:1"),
        "a long pasted sentence still finds documents sharing some of its words");
  }

  @Test
  void englishIsStemmed() throws IOException {
    assertTrue(ids("relations").contains("en/relations.txt"), "relations finds 'relation'");
    assertTrue(ids("inspection").contains("en/kinmen.txt"), "inspection finds 'inspections'");
  }

  @Test
  void phrasesBooleansFieldsAndPrefixesWork() throws IOException {
    assertEquals(Set.of("en/kinmen.txt"), ids("\"cross-strait relations\""));
    assertEquals(Set.of("cctv:1", "zh/traditional.txt"), ids("\"两岸关系\""));
    assertEquals(Set.of("en/kinmen.txt"), ids("Kinmen AND inspections"));
    assertEquals(Set.of("en/relations.txt"), ids("title:relations"));
    assertEquals(Set.of("en/kinmen.txt"), ids("author:alice"));
    assertTrue(ids("inspect*").contains("en/kinmen.txt"));
    assertFalse(ids("Taiwan NOT Kinmen").contains("en/kinmen.txt"));
  }

  @Test
  void pastedNaturalLanguageNeverFails() throws IOException {
    for (String pasted : List.of("What is Kinmen?", "Taiwan: the (next crisis", "\"unbalanced quote Kinmen",
        "cross-strait relations [1]", "http://example.com/kinmen", "*Kinmen", "Kinmen!!", "AND", "~ ^ /")) {
      SearchResult result = service.search(SearchRequest.of(pasted));
      if (pasted.contains("Kinmen")) {
        assertTrue(result.total() > 0, "no results for: " + pasted);
      }
    }
    assertFalse(service.search(SearchRequest.of("Taiwan: the (next crisis")).notice().isEmpty());
  }

  /**
   * A query with nothing to look for (punctuation alone, or exclusions alone, which Lucene matches
   * against nothing) says so instead of showing "0 results" unexplained; an exclusion beside a
   * word, or a bracket around one, is searched as before.
   */
  @Test
  void aQueryWithNothingToSearchForSaysSo() throws IOException {
    for (String nothing : List.of("?", "-", "*", "()", "\"", "。", "-taiwan", "NOT Kinmen", "-\"cross-strait relations\"")) {
      SearchResult result = service.search(SearchRequest.of(nothing));
      assertEquals(0, result.total(), nothing);
      assertEquals(List.of(Notices.NO_WORDS), result.notices().stream().map(SearchResult.Notice::key).toList(), nothing);
      assertTrue(result.notice().startsWith("The query has nothing to search for"), result.notice());
    }
    for (String something : List.of("Taiwan -Kinmen", "(Kinmen)", "inspect*", "台湾?")) {
      SearchResult result = service.search(SearchRequest.of(something));
      assertTrue(result.total() > 0, something);
      assertFalse(result.notices().stream().anyMatch(n -> n.key().equals(Notices.NO_WORDS)), something);
    }
  }

  @Test
  void facetCountsAreDrillSideways() throws IOException {
    SearchResult all = service.search(filtered("", Map.of()));
    SearchResult zh = service.search(filtered("", Map.of(FacetDims.LANG, List.of("zh"))));
    assertEquals(5, zh.total());
    assertEquals(all.facets().get(FacetDims.LANG), zh.facets().get(FacetDims.LANG),
        "the language facet ignores its own selection");
    long sourcesCctv = zh.facets().get(FacetDims.SOURCE).stream().filter(v -> v.value().equals("CCTV")).count();
    assertEquals(1, sourcesCctv);
    assertTrue(zh.facets().get(FacetDims.SOURCE).stream().allMatch(v -> v.value().equals("CCTV")),
        "other facets narrow to the selection");
  }

  @Test
  void valuesOfOneFacetAreOredAndFacetsAreAnded() throws IOException {
    Map<String, List<String>> either = Map.of(FacetDims.AUTHOR, List.of("Alice Chen", "David Wu"));
    assertEquals(Set.of("en/kinmen.txt", "en/relations.txt"), ids(filtered("", either)));
    Map<String, List<String>> both = new LinkedHashMap<>(either);
    both.put(FacetDims.REGION, List.of("Kinmen"));
    assertEquals(Set.of("en/kinmen.txt"), ids(filtered("", both)));
  }

  @Test
  void regionFilterOnAParentIncludesItsParts() throws IOException {
    Set<String> taiwan = ids(filtered("", Map.of(FacetDims.REGION, List.of("Taiwan"))));
    Set<String> kinmen = ids(filtered("", Map.of(FacetDims.REGION, List.of("kinmen"))));
    assertTrue(taiwan.containsAll(kinmen), taiwan + " should include " + kinmen);
    assertTrue(kinmen.contains("zh/traditional.txt"), "金門 in traditional script is found as Kinmen");
  }

  @Test
  void exactEntityFiltersLeaveOutDocumentsNamingOnlyAPart() throws IOException {
    Map<String, List<String>> taiwan = Map.of(FacetDims.REGION, List.of("Taiwan"));
    assertTrue(ids(filtered("", taiwan)).contains("en/quemoy.txt"), "by default Taiwan includes Kinmen");
    SearchRequest exact = new SearchRequest("", taiwan, null, null, null, 1, 20, 10, true);
    Set<String> naming = ids(exact);
    assertFalse(naming.contains("en/quemoy.txt"), "it names only Quemoy (Kinmen)");
    assertTrue(naming.contains("zh/traditional.txt"), "臺灣 is named there: " + naming);
    SearchRequest exactKinmen = new SearchRequest("", Map.of(FacetDims.REGION, List.of("Quemoy")), null, null, null, 1, 20, 10, true);
    assertTrue(ids(exactKinmen).contains("en/quemoy.txt"), "a value may be any name of the entity");
  }

  @Test
  void dateRangeAndSortOrders() throws IOException {
    SearchRequest range = new SearchRequest("", Map.of(), LocalDate.of(2022, 1, 1), LocalDate.of(2023, 12, 31),
        SortOrder.OLDEST, 1, 10, 10);
    List<String> inRange = service.search(range).hits().stream().map(SearchResult.Hit::date).toList();
    assertEquals(List.of("2022-10-01", "2023-01-15", "2023-05-01"), inRange);
    List<SearchResult.Hit> newest = service.search(SearchRequest.of("")).hits();
    assertEquals("2024-02-21", newest.get(0).date(), "an empty query browses newest first");
    assertEquals("", newest.get(newest.size() - 1).date(), "undated documents come last");
  }

  @Test
  void snippetsMarkMatchesAndEscapeEverythingElse() throws IOException {
    SearchResult.Hit xss = service.search(SearchRequest.of("tags")).hits().get(0);
    String snippet = String.join(" ", xss.snippets());
    assertTrue(snippet.contains("&lt;b&gt;<mark>tags</mark>&lt;/b&gt;"), snippet);
    assertTrue(snippet.contains("&amp; &quot;quotes&quot;"), snippet);
    assertTrue(xss.titleHtml().startsWith("&lt;script&gt;"), xss.titleHtml());
    SearchResult.Hit zh = service.search(SearchRequest.of("電腦")).hits().get(0);
    assertTrue(String.join("", zh.snippets()).matches(".*<mark>(電腦|电脑)</mark>.*"), zh.snippets().toString());
  }

  @Test
  void footnotesDoNotCrowdOutTheBody() throws IOException {
    SearchResult.Hit kinmen = service.search(SearchRequest.of("Alice researcher Kinmen")).hits().stream()
        .filter(h -> h.id().equals("en/kinmen.txt")).findFirst().orElseThrow();
    assertTrue(kinmen.snippets().get(0).contains("<mark>Kinmen"), kinmen.snippets().toString());
    SearchResult.Hit notesOnly = service.search(SearchRequest.of("archipelago")).hits().get(0);
    assertTrue(notesOnly.snippets().get(0).contains("<mark>archipelago</mark>"), "falls back to the notes");
  }

  @Test
  void hitsCarryMetadataAndEntities() throws IOException {
    SearchResult.Hit hit = service.search(SearchRequest.of("inspections")).hits().get(0);
    assertEquals("en/kinmen.txt", hit.id());
    assertEquals("Coast guard patrols near Kinmen", hit.title());
    assertEquals(List.of("Alice Chen"), hit.authors());
    assertEquals("en", hit.lang());
    assertTrue(hit.regions().containsAll(List.of("Kinmen", "Taiwan")), hit.regions().toString());
  }

  @Test
  void badRequestsAreRefusedWithAReason() {
    assertThrows(SearchException.class, () -> new SearchRequest("x", Map.of(), null, null, null, 0, 10, 10));
    assertThrows(SearchException.class, () -> new SearchRequest("x", Map.of(), null, null, null, 1, 1000, 10));
    assertThrows(SearchException.class, () -> new SearchRequest("x".repeat(5000), Map.of(), null, null, null, 1, 10, 10));
    assertThrows(SearchException.class, () -> new SearchRequest("x", Map.of("colour", List.of("red")), null, null, null, 1, 10, 10));
    assertThrows(SearchException.class, () -> DateBounds.from("last tuesday"));
  }

  @Test
  void pagesPastTheEndAreEmptyNotErrors() throws IOException {
    SearchResult result = service.search(new SearchRequest("", Map.of(), null, null, null, 50, 10, 10));
    assertTrue(result.hits().isEmpty());
    assertEquals(10, result.total());
  }
}
