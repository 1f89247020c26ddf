package org.straits.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.straits.Fixtures;

/**
 * Chinese marks follow the query's words on a real index: a pasted sentence's bigrams no longer
 * glue into one mark across a word edge (是中国的内 for 是中国的内政 in 是中国的内部事务), while a
 * keyword found inside a longer word or cut otherwise by the segmenter is still marked whole.
 */
class ChineseMarksTest {
  private static final Pattern MARK = Pattern.compile("<mark[^>]*>(.*?)</mark>");
  /** A CCTV sentence as a reader pastes it: prose (over 16 characters), its words or-ed, its bigrams too. */
  private static final String SENTENCE = "涉港、涉疆、涉藏等问题都是中国的内政，越方反对任何势力干涉中国内政";

  @TempDir static Path source;
  @TempDir static Path indexDir;
  static Fixtures.Served served;

  @BeforeAll
  static void buildIndex() throws IOException {
    Fixtures.write(source, "cctv.jsonl", """
        {"id":"election","title":"国台办就台湾地区选举答问","body":"发言人表示，台湾地区选举是中国的内部事务，外国无权干涉。","date":"2024-01-13","lang":"zh"}
        {"id":"affairs","title":"外交部答记者问","body":"发言人表示，涉港问题纯属中国内政，是中国的内政。","date":"2024-02-01","lang":"zh"}
        {"id":"pla","title":"东部战区组织演习","body":"中国人民解放军东部战区组织联合演习，两岸关系受到关注。蔡英文发表讲话。","date":"2024-03-01","lang":"zh"}
        """);
    served = Fixtures.served(Fixtures.app(source, indexDir), source);
  }

  @AfterAll
  static void close() throws IOException {
    served.close();
  }

  private static List<String> snippetMarks(String query, String id) throws IOException {
    return served.service().search(SearchRequest.of(query)).hits().stream().filter(h -> h.id().equals(id))
        .map(h -> marks(h.titleHtml() + String.join(" ", h.snippets()))).findFirst().orElseThrow();
  }

  private static List<String> pageMarks(String query, String id) throws IOException {
    return marks(served.lookup().find(id, query).orElseThrow().bodyHtml());
  }

  private static List<String> marks(String html) {
    List<String> marked = new ArrayList<>();
    Matcher m = MARK.matcher(html);
    while (m.find()) {
      marked.add(m.group(1));
    }
    return marked;
  }

  @Test
  void aSentencesBigramsDoNotGlueAcrossWordEdges() throws IOException {
    // 是中, 国的, 的内 are the sentence's bigrams, but only 中国 (and 干涉) are words of it in this text.
    assertEquals(List.of("中国", "干涉"), pageMarks(SENTENCE, "election"));
    assertEquals(List.of("中国", "干涉"), snippetMarks(SENTENCE, "election"));
  }

  @Test
  void theSentencesOwnWordsAreMarkedWordByWord() throws IOException {
    List<String> marks = pageMarks(SENTENCE, "affairs");
    assertEquals(List.of("涉港问题", "中国内政", "中国", "内政"), marks, "words next to each other make one mark");
  }

  @Test
  void keywordsAreStillMarkedWhole() throws IOException {
    assertEquals(List.of("解放军"), pageMarks("解放军", "pla"), "inside 中国人民解放军, one word to smartcn");
    assertEquals(List.of("两岸关系"), pageMarks("两岸关系", "pla"));
    assertEquals(List.of("蔡英文"), pageMarks("蔡英文", "pla"));
    assertEquals(List.of("是中国的内部事务"), pageMarks("\"是中国的内部事务\"", "election"), "a quoted phrase as typed");
    assertTrue(snippetMarks("中国 内政", "affairs").contains("内政"));
  }
}
