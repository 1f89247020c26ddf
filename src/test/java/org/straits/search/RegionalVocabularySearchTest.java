package org.straits.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.straits.Fixtures;

/** Taiwan and mainland vocabulary, and Markdown in JSON Lines bodies, on a real index on disk. */
class RegionalVocabularySearchTest {
  @TempDir static Path source;
  @TempDir static Path indexDir;
  static Fixtures.Served served;

  @BeforeAll
  static void buildIndex() throws IOException {
    Fixtures.write(source, "cn/news.jsonl", """
        {"id":"cn:1","title":"软件产业","body":"国产软件和芯片企业加强网络安全，人工智能服务器需求增长。\\n\\n[查看原文](https://tv.cctv.com/2024/01/02/VIDE1.shtml)","date":"2024-01-02","source":"CCTV","lang":"zh"}
        {"id":"cn:2","title":"图书馆","body":"档案馆整理历史资料，统计数据显示读者增加。","date":"2024-01-03","source":"CCTV","lang":"zh"}
        """);
    Fixtures.write(source, "tw/report.txt", """
        臺灣軟體產業 | 作者: 林記者 | 时间: 2024-02-01 | 责编: 陳編輯
        臺灣的軟體與晶片廠商重視網路安全，人工智慧伺服器訂單增加，網際網路服務也在成長。
        """);
    served = Fixtures.served(Fixtures.app(source, indexDir), source);
  }

  @AfterAll
  static void close() throws IOException {
    served.close();
  }

  private static Set<String> ids(String query) throws IOException {
    return served.service().search(SearchRequest.of(query)).hits().stream().map(SearchResult.Hit::id).collect(Collectors.toSet());
  }

  private static String snippets(String query, String id) throws IOException {
    return served.service().search(SearchRequest.of(query)).hits().stream().filter(h -> h.id().equals(id))
        .map(h -> h.titleHtml() + " " + String.join(" ", h.snippets())).findFirst().orElseThrow();
  }

  @Test
  void taiwanAndMainlandWordsFindEachOther() throws IOException {
    Set<String> both = Set.of("cn:1", "tw/report.txt");
    for (String query : new String[] {"軟體", "软件", "人工智慧", "人工智能", "晶片", "芯片", "伺服器", "服务器", "網路 安全", "网络安全"}) {
      assertEquals(both, ids(query), query);
    }
    assertTrue(ids("互联网").contains("tw/report.txt"), "互联网 finds 網際網路");
  }

  @Test
  void highlightsMarkTheDocumentsOwnWords() throws IOException {
    assertTrue(snippets("软件", "tw/report.txt").contains("<mark>軟體</mark>"), snippets("软件", "tw/report.txt"));
    assertTrue(snippets("軟體", "cn:1").contains("<mark>软件</mark>"), snippets("軟體", "cn:1"));
    assertTrue(snippets("互联网", "tw/report.txt").contains("<mark>網際網路</mark>"), snippets("互联网", "tw/report.txt"));
    String page = served.lookup().find("tw/report.txt", "人工智能").orElseThrow().bodyHtml();
    assertTrue(page.matches("(?s).*<mark[^>]*>人工智慧</mark>.*"), page);
  }

  @Test
  void wordsWithAnotherMeaningOnTheMainlandStayApart() throws IOException {
    // 資料 is "data" in Taiwan, but 资料 is "materials" on the mainland: not unified with 数据.
    assertEquals(Set.of("cn:2"), ids("数据"));
    assertEquals(Set.of("cn:2"), ids("資料"));
    assertFalse(ids("数据").isEmpty());
  }

  @Test
  void markdownBodiesAreTextAndTheirLinkIsTheUrl() throws IOException {
    SearchResult.Hit hit = served.service().search(SearchRequest.of("查看原文")).hits().get(0);
    assertEquals("cn:1", hit.id());
    assertEquals("https://tv.cctv.com/2024/01/02/VIDE1.shtml", hit.url());
    assertFalse(String.join(" ", hit.snippets()).contains("]("), hit.snippets().toString());
    DocumentLookup.DocumentView page = served.lookup().find("cn:1", "").orElseThrow();
    assertFalse(page.bodyHtml().contains("https://"), page.bodyHtml());
    assertTrue(page.bodyHtml().contains("查看原文"), page.bodyHtml());
    assertTrue(ids("tv.cctv.com").isEmpty(), "the address is not indexed as body text");
  }
}
