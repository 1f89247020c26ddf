package org.straits.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.straits.Fixtures;

/**
 * Entity widening adds names and never outweighs the typed one: an alias of many words in a title
 * ("United States of America") scores no more than the typed name (美国) in a title would, while
 * a title with an alias still ranks above a document naming the entity only in its body.
 */
class AliasTitleWeightTest {
  @TempDir static Path source;
  @TempDir static Path indexDir;
  static Fixtures.Served served;

  @BeforeAll
  static void buildIndex() throws Exception {
    Fixtures.write(source, "en/us.jsonl", """
        {"id":"en:fiver","title":"The Fiver | the entire United States of America giggles","body":"Football, and the whole United States of America laughed at the keeper.","date":"2012-05-29","source":"Guardian","lang":"en"}
        {"id":"en:body","title":"Transfer window","body":"The striker moved to a club in the United States of America last week.","date":"2012-06-01","source":"Guardian","lang":"en"}
        {"id":"en:other","title":"Keeper saves the day","body":"The keeper saved a penalty in the final minute.","date":"2012-06-02","source":"Guardian","lang":"en"}
        """);
    // 美国 in many titles weighs little (a low idf), each word of the alias in one title much more:
    // summed over three words, the alias outscored the typed name before its weight was capped.
    StringBuilder zh = new StringBuilder();
    String[] topics = {"关税", "大选", "国会", "经济", "军费", "移民", "科技"};
    for (int i = 0; i < topics.length; i++) {
      zh.append("{\"id\":\"zh:us").append(i).append("\",\"title\":\"美国").append(topics[i])
          .append("问题\",\"body\":\"美国").append(topics[i]).append("问题引起各方关注。\",\"date\":\"2025-04-0")
          .append(i + 1).append("\",\"source\":\"CCTV\",\"lang\":\"zh\"}\n");
    }
    zh.append("""
        {"id":"zh:other","title":"渔业新闻","body":"渔民一早出海捕鱼，傍晚回港。","date":"2025-04-09","source":"CCTV","lang":"zh"}
        """);
    Fixtures.write(source, "zh/us.jsonl", zh.toString());
    served = Fixtures.served(Fixtures.builtInGazetteerApp(source, indexDir), source);
  }

  @AfterAll
  static void close() throws IOException {
    served.close();
  }

  private static List<String> ranked(String q) throws IOException {
    return served.service().search(SearchRequest.of(q)).hits().stream().map(SearchResult.Hit::id).toList();
  }

  @Test
  void theTypedNameInATitleOutranksALongerAliasInOne() throws IOException {
    List<String> ids = ranked("美国");
    assertTrue(ids.get(0).startsWith("zh:us"), "美国 typed and in the title, before the alias's three words: " + ids);
    assertTrue(ids.indexOf("en:fiver") > 6, "every title with the typed name first: " + ids);
    assertTrue(ids.contains("en:fiver") && ids.contains("en:body"), "the other names still find their documents: " + ids);
  }

  @Test
  void anAliasInATitleStillRanksAboveTheEntityInABodyAlone() throws IOException {
    List<String> ids = ranked("美国");
    assertTrue(ids.indexOf("en:fiver") < ids.indexOf("en:body"), "the alias in the title counts, below the typed name: " + ids);
  }

  @Test
  void aTypedAliasKeepsItsOwnWeight() throws IOException {
    List<String> ids = ranked("United States of America");
    assertEquals("en:fiver", ids.get(0), "the typed words in the title first: " + ids);
  }
}
