package org.straits.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.straits.App;
import org.straits.Fixtures;
import org.straits.Measurements;
import org.straits.RepostCorpus;
import org.straits.TemplateBulletins;
import org.straits.admin.Administration;
import org.straits.analysis.DistinctiveContent;
import org.straits.analysis.NearDuplicateSignature;
import org.straits.admin.DocumentRemoval;
import org.straits.index.IndexProgress;
import org.straits.index.IndexRunSummary;
import org.straits.schema.FacetDim;
import org.straits.search.DiscoveredCandidates;
import org.straits.search.DocumentPicker;
import org.straits.search.FacetNode;
import org.straits.search.EngineUnavailableException;
import org.straits.search.EntityProfile;
import org.straits.search.IndexView;
import org.straits.search.SearchRequest;
import org.straits.search.SearchResult;
import org.straits.search.SearchService;
import org.straits.search.SortOrder;

/**
 * The fixtures indexed into both engines, and one golden set of requests against both: equal
 * totals and facet counts, highlights on the original text, the top-10 overlap measured; then
 * faults (a node stopped, Solr unreachable) and incremental indexing.
 */
@ExtendWith(SolrCloudExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SolrEngineTest {
  @TempDir static Path source;
  @TempDir static Path luceneIndex;
  @TempDir static Path solrState;
  static IndexView index;
  static SearchService lucene;
  static SolrCluster cluster;
  static org.straits.search.SearchEngine solr;
  static App solrApp;
  static long indexMillis;

  @BeforeAll
  static void indexBothEngines() throws Exception {
    Fixtures.writeCorpus(source);
    RepostCorpus.write(source);
    TemplateBulletins.write(source);
    org.straits.web.ReviewWebTest.writeDiscoveryCorpus(source);
    Fixtures.write(source, "wire.jsonl", RepostCorpus.repostLine(RepostCorpus.STORY_REPOST, "2024-03-06"));
    Fixtures.write(source, "zh/pla.txt", """
        東部戰區演習 | 作者: 記者 | 时间: 2019-05-23 | 责编: 編輯
        中國人民解放軍東部戰區在臺灣島周邊開展聯合演習。
        """);
    App app = Fixtures.app(source, luceneIndex);
    app.indexer().run(source, luceneIndex, false, IndexProgress.Listener.NONE);
    index = app.openIndex();
    lucene = app.searchService(index);
    List<String> urls = SolrCloudExtension.cloud().urls();
    solrApp = new App(Fixtures.config(source, solrState).withSolr(urls, "straits_test"));
    cluster = solrApp.solrCluster();
    long begin = System.nanoTime();
    IndexRunSummary summary = solrApp.solrIndexer(cluster).run(source, solrState.resolve(".straits"), false,
        IndexProgress.Listener.NONE);
    indexMillis = (System.nanoTime() - begin) / 1_000_000;
    assertTrue(summary.fullRebuild(), summary.rebuildReason());
    solr = new org.straits.search.ReviewAwareEngine(solrApp.solrEngine(cluster), solrApp.entityNames());
  }

  @AfterAll
  static void close() throws IOException {
    if (index != null) {
      index.close();
    }
    if (cluster != null) {
      cluster.close();
    }
  }

  static SearchRequest request(String query, Map<String, List<String>> filters, LocalDate from, LocalDate to,
      SortOrder sort, int page, int size) {
    return new SearchRequest(query, filters, from, to, sort, page, size, 50);
  }

  static final String PROSE_REGIONAL = "Which regional powers were involved?";

  /** Keyword EN/ZH in both scripts, phrases, operators, fields, prefixes, filters, hierarchy, dates, sorts, paging, browse. */
  static Map<String, SearchRequest> golden() {
    Map<String, SearchRequest> golden = new LinkedHashMap<>();
    golden.put("browse", request("", Map.of(), null, null, null, 1, 10));
    golden.put("en keyword", request("coast guard", Map.of(), null, null, null, 1, 10));
    golden.put("en stemmed", request("relations", Map.of(), null, null, null, 1, 10));
    golden.put("en phrase", request("\"cross-strait relations\"", Map.of(), null, null, null, 1, 10));
    golden.put("en boolean", request("Taiwan AND NOT Kinmen", Map.of(), null, null, null, 1, 10));
    golden.put("en must/mustnot", request("+taiwan -computers", Map.of(), null, null, null, 1, 10));
    golden.put("field title", request("title:relations", Map.of(), null, null, null, 1, 10));
    golden.put("field author", request("author:chen", Map.of(), null, null, null, 1, 10));
    golden.put("prefix", request("inspect*", Map.of(), null, null, null, 1, 10));
    golden.put("zh simplified", request("台湾", Map.of(), null, null, null, 1, 10));
    golden.put("zh traditional", request("臺灣", Map.of(), null, null, null, 1, 10));
    golden.put("zh inside a word", request("解放军", Map.of(), null, null, null, 1, 10));
    golden.put("zh phrase", request("\"两岸关系\"", Map.of(), null, null, null, 1, 10));
    golden.put("zh sentence", request("两岸关系和平发展符合台湾同胞利益吗?", Map.of(), null, null, null, 1, 10));
    golden.put("entity widening", request("Kinmen", Map.of(), null, null, null, 1, 10));
    golden.put("prose", request("what (is) the: relation?", Map.of(), null, null, null, 1, 10));
    // Pasted prose is widened to the index's Porter families: only "region" and "inspections" match these.
    golden.put("prose families", request(PROSE_REGIONAL, Map.of(), null, null, null, 1, 10));
    golden.put("prose families 2", request("Were they inspecting the boats?", Map.of(), null, null, null, 1, 10));
    golden.put("filter lang", request("", Map.of("lang", List.of("zh")), null, null, null, 1, 10));
    golden.put("filter or", request("", Map.of("source", List.of("CCTV"), "lang", List.of("en", "zh")), null, null, null, 1, 10));
    golden.put("filter author", request("", Map.of("author", List.of("Alice Chen")), null, null, null, 1, 10));
    golden.put("hierarchy region", request("", Map.of("region", List.of("Taiwan")), null, null, null, 1, 10));
    golden.put("hierarchy by name zh", request("", Map.of("region", List.of("金門")), null, null, null, 1, 10));
    golden.put("date range", request("", Map.of(), LocalDate.of(2022, 1, 1), LocalDate.of(2023, 12, 31), null, 1, 10));
    golden.put("oldest", request("", Map.of(), null, null, SortOrder.OLDEST, 1, 10));
    golden.put("newest keyword", request("taiwan", Map.of(), null, null, SortOrder.NEWEST, 1, 10));
    golden.put("page 2", request("", Map.of(), null, null, SortOrder.NEWEST, 2, 3));
    golden.put("no match", request("zzzyxq", Map.of(), null, null, null, 1, 10));
    golden.put("not lang", full("", Map.of(), Map.of("lang", List.of("zh")), Set.of(), false));
    golden.put("not region", full("taiwan", Map.of(), Map.of("region", List.of("Kinmen")), Set.of(), false));
    golden.put("region all-of", full("", Map.of("region", List.of("Taiwan", "China")), Map.of(), Set.of("region"), false));
    golden.put("region exact", full("", Map.of("region", List.of("Taiwan")), Map.of(), Set.of(), true));
    golden.put("unknown value", full("", Map.of("region", List.of("Atlantis"), "source", List.of("CCVT")), Map.of(),
        Set.of(), false));
    golden.put("month zoom", new SearchRequest("", Map.of(), Map.of(), Set.of(), LocalDate.of(2023, 1, 1),
        LocalDate.of(2023, 12, 31), null, 1, 10, 20, 2, false));
    golden.put("reposts", request("Kinmen coast guard", Map.of(), null, null, null, 1, 10));
    golden.put("reposts zh", request("两岸同胞", Map.of(), null, null, null, 1, 10));
    golden.put("reposts template", request("欢迎仪式", Map.of(), null, null, null, 1, 10));
    golden.put("reposts filtered", request("coast guard", Map.of("source", List.of("Wire")), null, null, null, 1, 10));
    golden.put("added", request("", Map.of(), null, null, SortOrder.ADDED, 1, 10));
    // The page's facets list the top few and every selected value whatever its rank.
    golden.put("selected below top", narrow("", Map.of("author", List.of("David Wu"), "source", List.of("Wire", "CCTV"),
        "region", List.of("Kinmen"), "lang", List.of("en"))));
    golden.put("selected below top zh", narrow("两岸", Map.of("region", List.of("金門", "Taiwan"), "source", List.of("CCTV"))));
    // Every request twice: reposts collapsed (the default) and every version (dups=show).
    Map<String, SearchRequest> both = new LinkedHashMap<>();
    golden.forEach((name, request) -> {
      both.put(name, request);
      both.put(name + " +dups", request.withAllVersions(true));
    });
    return both;
  }

  /** A request with every operator and the region/actor trees. */
  static SearchRequest full(String query, Map<String, List<String>> filters, Map<String, List<String>> excluded,
      Set<String> allOf, boolean exact) {
    return new SearchRequest(query, filters, excluded, allOf, null, null, null, 1, 10, 20, 3, exact);
  }

  /** A request counting one value per level, one level deep: most selected values are below the top. */
  static SearchRequest narrow(String query, Map<String, List<String>> filters) {
    return new SearchRequest(query, filters, Map.of(), Set.of(), null, null, null, 1, 10, 1, 1, false);
  }

  @Test
  @Order(1)
  void totalsAndFacetCountsAreEqualOnBothEngines() throws IOException {
    List<String> report = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    double overlapSum = 0;
    int ranked = 0;
    for (Map.Entry<String, SearchRequest> golden : golden().entrySet()) {
      SearchResult expected = lucene.search(golden.getValue());
      SearchResult actual = solr.search(golden.getValue());
      if (expected.total() != actual.total()) {
        failures.add(golden.getKey() + ": total " + expected.total() + " (lucene) vs " + actual.total() + " (solr)");
      }
      if (!expected.trees().equals(actual.trees())) {
        failures.add(golden.getKey() + ": trees " + expected.trees() + " (lucene) vs " + actual.trees() + " (solr)");
      }
      if (!expected.histogram().equals(actual.histogram())) {
        failures.add(golden.getKey() + ": histogram " + expected.histogram() + " (lucene) vs " + actual.histogram() + " (solr)");
      }
      if (expected.hidden() != actual.hidden()) {
        failures.add(golden.getKey() + ": hidden " + expected.hidden() + " (lucene) vs " + actual.hidden() + " (solr)");
      }
      Map<String, List<String>> wantVersions = versions(expected);
      Map<String, List<String>> gotVersions = versions(actual);
      if (expected.listed() > expected.hits().size()) {
        // Ranking may differ: compare the versions of the hits both pages list.
        wantVersions.keySet().retainAll(gotVersions.keySet());
        gotVersions.keySet().retainAll(wantVersions.keySet());
      }
      if (!wantVersions.equals(gotVersions)) {
        failures.add(golden.getKey() + ": versions " + wantVersions + " (lucene) vs " + gotVersions + " (solr)");
      }
      if (!expected.notices().equals(actual.notices())) {
        failures.add(golden.getKey() + ": notices " + expected.notices() + " (lucene) vs " + actual.notices() + " (solr)");
      }
      for (FacetDim dim : FacetDim.values()) {
        Map<String, Long> want = counts(expected.facets().get(dim.id()));
        Map<String, Long> got = counts(actual.facets().get(dim.id()));
        if (!want.equals(got)) {
          failures.add(golden.getKey() + ": facet " + dim.id() + " " + want + " (lucene) vs " + got + " (solr)");
        }
      }
      Set<String> top = ids(expected, 10);
      Set<String> solrTop = ids(actual, 10);
      Set<String> both = new HashSet<>(top);
      both.retainAll(solrTop);
      double overlap = top.isEmpty() ? 1 : (double) both.size() / top.size();
      if (!top.isEmpty()) {
        overlapSum += overlap;
        ranked++;
      }
      report.add(String.format("%-22s total %3d/%3d  top-10 overlap %3.0f%%", golden.getKey(), expected.total(),
          actual.total(), 100 * overlap));
    }
    report.add(String.format("mean top-10 overlap %.0f%% over %d requests; cluster start %d ms, indexing %d ms",
        100 * overlapSum / Math.max(1, ranked), ranked, SolrCloudExtension.startMillis(), indexMillis));
    Measurements.write("solr-engine-parity", String.join(System.lineSeparator(), report));
    assertTrue(failures.isEmpty(), String.join("\n", failures));
    assertTrue(solr.search(request(PROSE_REGIONAL, Map.of(), null, null, null, 1, 10)).hits().stream()
        .anyMatch(h -> h.id().equals("en/relations.txt")), "Solr widens \"regional\" to the index's \"region\"");
  }

  /**
   * A bulletin template reused for another visit shares most shingles but not its news: MinHash
   * alone would fold it, the content check keeps it apart on both engines, and the repost (title
   * edited, a paragraph dropped) is folded on both; the check's document frequencies are equal.
   */
  @Test
  @Order(1)
  void templateBulletinsStayApartAndRepostsAreFoldedOnBothEngines() throws IOException {
    NearDuplicateSignature chile = NearDuplicateSignature.of(TemplateBulletins.CHILE_TITLE, TemplateBulletins.CHILE);
    NearDuplicateSignature indonesia = NearDuplicateSignature.of(TemplateBulletins.INDONESIA_TITLE, TemplateBulletins.INDONESIA);
    assertTrue(chile.similarity(indonesia) >= NearDuplicateSignature.THRESHOLD, "MinHash alone would fold the template: "
        + chile.similarity(indonesia));
    assertFalse(java.util.Collections.disjoint(chile.bandKeys(), indonesia.bandKeys()), "the template pair are candidates");
    SearchRequest bulletins = request("欢迎仪式", Map.of(), null, null, null, 1, 10);
    SearchRequest kinmen = request("Kinmen coast guard", Map.of(), null, null, null, 1, 10);
    assertFolded("lucene", lucene.search(bulletins), lucene.search(kinmen));
    assertFolded("solr", solr.search(bulletins), solr.search(kinmen));
    assertEquals(versions(lucene.search(bulletins.withAllVersions(true))), versions(solr.search(bulletins.withAllVersions(true))));

    SolrContent.Pass pass = new SolrContent().pass(cluster, cluster.resolve("straits_test").orElseThrow(), 1);
    DistinctiveContent.Tokens tokens = pass.content(TemplateBulletins.INDONESIA_ID);
    DistinctiveContent.Frequencies onSolr = pass.frequencies();
    try (org.apache.lucene.index.DirectoryReader reader = org.apache.lucene.index.DirectoryReader.open(index.directory())) {
      for (String han : tokens.han()) {
        assertEquals(reader.docFreq(new org.apache.lucene.index.Term(org.straits.index.StoryGrouping.HAN_FREQUENCIES, han)),
            onSolr.han().applyAsInt(han), han);
      }
      for (String word : tokens.words()) {
        assertEquals(reader.docFreq(new org.apache.lucene.index.Term(org.straits.index.StoryGrouping.WORD_FREQUENCIES, word)),
            onSolr.words().applyAsInt(word), word);
      }
    }
  }

  private static void assertFolded(String engine, SearchResult bulletins, SearchResult kinmen) {
    assertEquals(List.of(TemplateBulletins.CHILE_REPOST_ID), hit(bulletins, TemplateBulletins.CHILE_ID).duplicates(), engine);
    assertEquals(List.of(), hit(bulletins, TemplateBulletins.INDONESIA_ID).duplicates(), engine + ": a template is not a repost");
    assertEquals(List.of(RepostCorpus.STORY_REPOST), hit(kinmen, RepostCorpus.STORY).duplicates(), engine);
  }

  /**
   * A selected author, source or region below the top values is listed with its count after them,
   * on Solr as on the embedded engine (Solr once left it to its filter chip): the least frequent
   * value of each flat facet, and the least mentioned region, each selected alone with a limit of
   * one value a level.
   */
  @Test
  @Order(2)
  void aSelectedValueBelowTheTopIsListedWithItsCountOnBothEngines() throws IOException {
    SearchResult every = lucene.search(full("", Map.of(), Map.of(), Set.of(), false));
    for (String dim : List.of("author", "source")) {
      List<SearchResult.FacetValue> values = every.facets().get(dim);
      assertTrue(values.size() > 1, dim + " has values to leave out: " + values);
      String selected = values.get(values.size() - 1).value();
      SearchRequest narrow = narrow("", Map.of(dim, List.of(selected)));
      List<SearchResult.FacetValue> listed = lucene.search(narrow).facets().get(dim);
      assertEquals(2, listed.size(), dim + ": the top value and the selected one: " + listed);
      assertEquals(selected, listed.get(1).value());
      assertTrue(listed.get(1).count() > 0);
      assertEquals(listed, solr.search(narrow).facets().get(dim), dim + " on Solr");
    }
    FacetNode rarest = rarest(every.trees().get("region"));
    SearchRequest narrow = narrow("", Map.of("region", List.of(rarest.value())));
    SearchResult expected = lucene.search(narrow);
    assertTrue(contains(expected.trees().get("region"), rarest.path()), expected.trees().toString());
    assertEquals(expected.trees(), solr.search(narrow).trees());
  }

  private static FacetNode rarest(List<FacetNode> nodes) {
    FacetNode rarest = null;
    for (FacetNode node : nodes) {
      FacetNode candidate = node.children().isEmpty() ? node : rarest(node.children());
      if (rarest == null || candidate.count() < rarest.count()) {
        rarest = candidate;
      }
    }
    return rarest;
  }

  private static boolean contains(List<FacetNode> nodes, List<String> path) {
    return nodes.stream().anyMatch(n -> n.path().equals(path) || contains(n.children(), path));
  }

  @Test
  @Order(2)
  void highlightsMarkTheOriginalText() throws IOException {
    SearchResult traditional = solr.search(request("台湾", Map.of(), null, null, null, 1, 10));
    assertTrue(traditional.hits().stream().anyMatch(h -> h.titleHtml().contains("<mark>臺灣</mark>")),
        "the traditional title is marked as written: " + traditional.hits());
    SearchResult english = solr.search(request("coast guard", Map.of(), null, null, null, 1, 10));
    assertTrue(english.hits().get(0).snippets().stream().anyMatch(s -> s.contains("<mark>Coast</mark>")),
        english.hits().get(0).snippets().toString());
  }

  @Test
  @Order(3)
  void exclusionsAndAllOfFilters() throws IOException {
    long all = solr.search(request("", Map.of(), null, null, null, 1, 10)).total();
    long zh = solr.search(request("", Map.of("lang", List.of("zh")), null, null, null, 1, 10)).total();
    SearchRequest notZh = new SearchRequest("", Map.of(), Map.of("lang", List.of("zh")), Set.of(), null, null, null,
        1, 10, 10, 0, false);
    assertEquals(all - zh, solr.search(notZh).total());
    SearchRequest both = new SearchRequest("", Map.of("region", List.of("Taiwan", "Kinmen")), Map.of(), Set.of("region"),
        null, null, null, 1, 10, 10, 2, false);
    SearchResult result = solr.search(both);
    long kinmen = solr.search(request("", Map.of("region", List.of("Kinmen")), null, null, null, 1, 10)).total();
    assertEquals(kinmen, result.total(), "Kinmen is part of Taiwan: all-of equals Kinmen alone");
    assertFalse(result.trees().get("region").isEmpty());
    SearchRequest unknown = request("", Map.of("region", List.of("Atlantis")), null, null, null, 1, 10);
    SearchResult left = solr.search(unknown);
    assertEquals(all, left.total());
    assertTrue(left.notices().stream().anyMatch(n -> n.kind().equals(SearchResult.Notice.UNKNOWN_VALUE)));
  }

  @Test
  @Order(4)
  void exportStreamsEveryHitInOrder() throws IOException {
    List<String> ids = new ArrayList<>();
    long sent = solr.export(request("", Map.of(), null, null, SortOrder.NEWEST, 1, 10), row -> ids.add(row.id()));
    assertEquals(lucene.search(request("", Map.of(), null, null, null, 1, 10)).listed(), sent, "one row per story");
    assertEquals(sent, new HashSet<>(ids).size());
    long every = solr.export(request("", Map.of(), null, null, SortOrder.NEWEST, 1, 10).withAllVersions(true), row -> { });
    assertEquals(lucene.search(request("", Map.of(), null, null, null, 1, 10)).total(), every, "dups=show: every version");
  }

  @Test
  @Order(5)
  void entityPagesAndTheDocumentPickerReadTheEngineInUse() throws IOException {
    App embedded = Fixtures.app(source, luceneIndex);
    org.straits.search.SearchEngine luceneEngine = embedded.searchEngine(index);
    for (String name : List.of("Kinmen", "Taiwan", "China")) {
      String id = solrApp.entityNames().idOf(name).orElseThrow();
      EntityProfile.Profile want = embedded.entityProfile(luceneEngine).find(id).orElseThrow();
      EntityProfile.Profile got = solrApp.entityProfile(solr).find(id).orElseThrow();
      assertTrue(want.documents() > 0, name + " is named in the fixtures");
      assertEquals(want.documents(), got.documents(), name);
      assertEquals(want.timeline(), got.timeline(), name);
      assertEquals(want.regions(), got.regions(), name);
      assertEquals(want.actors(), got.actors(), name);
      // Documents of one day may come in another order: the same newest documents.
      assertEquals(new HashSet<>(want.newest()), new HashSet<>(got.newest()), name);
    }
    for (String typed : List.of("en/", "cctv:haixia-1", "Kinmen", "两岸")) {
      List<DocumentPicker.Pick> want = embedded.documentPicker(luceneEngine).find(typed, 10);
      List<DocumentPicker.Pick> got = solrApp.documentPicker(solr).find(typed, 10);
      assertFalse(want.isEmpty(), typed);
      assertEquals(new HashSet<>(want), new HashSet<>(got), typed);
    }
  }

  @Test
  @Order(7)
  void theReviewQueueOfDiscoveredNamesReadsTheEngineInUse() throws IOException {
    App embedded = Fixtures.app(source, luceneIndex);
    List<DiscoveredCandidates.Candidate> want = new DiscoveredCandidates(embedded.searchEngine(index)).list(null, "", 50);
    List<DiscoveredCandidates.Candidate> got = new DiscoveredCandidates(solr).list(null, "", 50);
    assertFalse(want.isEmpty(), "the fixtures have names no one curated");
    assertEquals(summary(want), summary(got));
    DiscoveredCandidates.Candidate first = want.get(0);
    assertEquals(first.documents(), new DiscoveredCandidates(solr).find(first.key()).documents());
  }

  /** What a candidate says apart from the order of its contexts: key, name, documents, co-mentioned entities. */
  private static List<String> summary(List<DiscoveredCandidates.Candidate> candidates) {
    return candidates.stream().map(c -> c.key() + " " + c.name() + " " + c.zh() + " " + c.type() + " " + c.documents()
        + " " + c.keys() + " " + new java.util.TreeSet<>(c.coMentioned())).toList();
  }

  @Test
  @Order(6)
  void adminRemovalAndReindexingWorkOnSolr() throws Exception {
    SearchRequest reposts = request("Kinmen coast guard", Map.of(), null, null, null, 1, 10);
    SearchResult before = solr.search(reposts);
    Administration admin = solrApp.administration(() -> { });
    try {
      DocumentRemoval.Plan plan = admin.removal().plan(RepostCorpus.STORY, false);
      assertEquals("reuters.jsonl", plan.file());
      assertEquals(1, plan.siblings());
      admin.jobs().exclusive(() -> admin.removal().remove(RepostCorpus.STORY, false, "test"));
      SearchResult removed = solr.search(reposts);
      assertEquals(before.total() - 1, removed.total(), "the document is gone from Solr");
      assertEquals(List.of(), hit(removed, RepostCorpus.STORY_REPOST).duplicates(),
          "the repost hands over: shown on its own");
      assertEquals(0, removed.hidden());

      admin.jobs().start(false, "test");
      admin.jobs().awaitIdle(java.time.Duration.ofMinutes(2));
      assertTrue(admin.jobs().status().last().ok(), admin.jobs().status().last().toString());
      assertEquals(removed.total(), solr.search(reposts).total(), "a reindex keeps the removed document out");

      admin.removal().restore(RepostCorpus.STORY);
      admin.jobs().start(false, "test");
      admin.jobs().awaitIdle(java.time.Duration.ofMinutes(2));
      SearchResult restored = solr.search(reposts);
      assertEquals(before.total(), restored.total());
      assertEquals(List.of(RepostCorpus.STORY_REPOST), hit(restored, RepostCorpus.STORY).duplicates(),
          "restored, the oldest version is the story again");
    } finally {
      admin.jobs().close();
    }
  }

  private static SearchResult.Hit hit(SearchResult result, String id) {
    return result.hits().stream().filter(h -> h.id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError(id + " is not a hit: " + result.hits()));
  }

  @Test
  @Order(15)
  void incrementalRunsReadOnlyWhatChanged() throws IOException {
    IndexRunSummary again = solrApp.solrIndexer(cluster).run(source, solrState.resolve(".straits"), false,
        IndexProgress.Listener.NONE);
    assertFalse(again.fullRebuild(), again.rebuildReason());
    assertEquals(0, again.documentsIndexed());
    Fixtures.write(source, "en/new.txt", "A new note | 作者: Z | 时间: 2024-03-01 | 责编: Y\nKinmen hovercraft resumes.\n");
    IndexRunSummary added = solrApp.solrIndexer(cluster).run(source, solrState.resolve(".straits"), false,
        IndexProgress.Listener.NONE);
    assertEquals(1, added.filesAdded());
    assertEquals(1, solr.search(request("hovercraft", Map.of(), null, null, null, 1, 10)).total());
  }

  /** A collection whose groups were made by MinHash alone (record version 2) says so, and is rebuilt. */
  @Test
  @Order(14)
  void aCollectionGroupedByMinHashAloneIsRebuilt() throws IOException {
    Path state = solrState.resolve(".straits");
    String live = cluster.resolve("straits_test").orElseThrow();
    Path record = SolrStories.file(state, live);
    byte[] bytes = java.nio.file.Files.readAllBytes(record);
    java.nio.ByteBuffer.wrap(bytes).putInt(0, 2);
    java.nio.file.Files.write(record, bytes);
    IOException refused = assertThrows(IOException.class, () -> SolrStories.read(state, live, null));
    assertTrue(refused.getMessage().contains("MinHash alone"), refused.getMessage());

    IndexRunSummary rebuilt = solrApp.solrIndexer(cluster).run(source, state, false, IndexProgress.Listener.NONE);
    assertTrue(rebuilt.fullRebuild() && rebuilt.rebuildReason().contains("MinHash alone"), rebuilt.rebuildReason());
    assertTrue(SolrStories.current(state, cluster.resolve("straits_test").orElseThrow()));
    SearchResult result = solr.search(request("欢迎仪式", Map.of(), null, null, null, 1, 10));
    assertEquals(List.of(), hit(result, TemplateBulletins.INDONESIA_ID).duplicates());
    assertEquals(List.of(TemplateBulletins.CHILE_REPOST_ID), hit(result, TemplateBulletins.CHILE_ID).duplicates());
  }

  @Test
  @Order(16)
  void anInterruptedRebuildLeavesReadersOnTheOldCollectionAndResumes() throws Exception {
    long before = solr.search(request("", Map.of(), null, null, null, 1, 10)).total();
    String live = cluster.resolve("straits_test").orElseThrow();
    int[] files = {0};
    IndexProgress.Listener crash = progress -> {
      if (progress.filesDone() > 0 && ++files[0] == 2) {
        throw new IllegalStateException("simulated crash mid-rebuild");
      }
    };
    App quick = new App(Fixtures.config(source, solrState).withCommitSeconds(1)
        .withSolr(SolrCloudExtension.cloud().urls(), "straits_test"));
    assertThrows(IllegalStateException.class,
        () -> quick.solrIndexer(cluster).run(source, solrState.resolve(".straits"), true, crash));
    assertEquals(live, cluster.resolve("straits_test").orElseThrow(), "readers stay on the complete collection");
    assertEquals(before, solr.search(request("", Map.of(), null, null, null, 1, 10)).total());
    IndexRunSummary resumed = quick.solrIndexer(cluster).run(source, solrState.resolve(".straits"), false,
        IndexProgress.Listener.NONE);
    assertTrue(resumed.rebuildReason().startsWith("resuming"), resumed.rebuildReason());
    assertFalse(cluster.resolve("straits_test").orElseThrow().equals(live), "the alias moved to the rebuilt collection");
    assertFalse(cluster.collections().contains(live), "the old collection is gone");
    assertEquals(before, solr.search(request("", Map.of(), null, null, null, 1, 10)).total());
    // Grouped once at the end, documents committed before the crash included: as the embedded engine groups.
    SearchRequest bulletins = request("欢迎仪式", Map.of(), null, null, null, 1, 10);
    assertEquals(versions(lucene.search(bulletins.withAllVersions(true))), versions(solr.search(bulletins.withAllVersions(true))));
    assertFolded("solr", solr.search(bulletins), solr.search(request("Kinmen coast guard", Map.of(), null, null, null, 1, 10)));
  }

  @Test
  @Order(17)
  void aStoppedNodeLeavesFullResultsFromTheOtherReplica() throws IOException {
    long all = solr.search(request("", Map.of(), null, null, null, 1, 10)).total();
    SolrCloudExtension.cloud().stopNode(2);
    try {
      // One shard with a replica on each node (SolrCluster.createCollection): the other node answers in full.
      SearchResult full = solr.search(request("", Map.of(), null, null, null, 1, 10));
      assertEquals(all, full.total());
      assertTrue(full.notices().stream().noneMatch(n -> n.kind().equals(SearchResult.Notice.PARTIAL)),
          full.notices().toString());
    } finally {
      SolrCloudExtension.cloud().startNode(2);
    }
  }

  @Test
  @Order(18)
  void unreachableSolrIsAnErrorNamingTheUrl() throws IOException {
    try (SolrCluster nowhere = new SolrCluster(List.of("http://127.0.0.1:9/solr"))) {
      SolrEngine engine = solrApp.solrEngine(nowhere);
      EngineUnavailableException e = assertThrows(EngineUnavailableException.class,
          () -> engine.search(SearchRequest.of("taiwan")));
      assertTrue(e.getMessage().contains("http://127.0.0.1:9/solr"), e.getMessage());
    }
  }

  private static Map<String, Long> counts(List<SearchResult.FacetValue> values) {
    Map<String, Long> counts = new TreeMap<>();
    if (values != null) {
      values.forEach(v -> counts.put(v.value(), v.count()));
    }
    return counts;
  }

  /** Each listed hit and its other versions. */
  private static Map<String, List<String>> versions(SearchResult result) {
    Map<String, List<String>> versions = new TreeMap<>();
    result.hits().forEach(h -> versions.put(h.id(), h.duplicates()));
    return versions;
  }

  private static Set<String> ids(SearchResult result, int n) {
    Set<String> ids = new HashSet<>();
    result.hits().stream().limit(n).forEach(h -> ids.add(h.id()));
    return ids;
  }
}
