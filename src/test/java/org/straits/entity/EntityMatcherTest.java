package org.straits.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EntityMatcherTest {
  private static EntityMatcher matcher;

  @BeforeAll
  static void loadFixture() throws Exception {
    Path fixture = Path.of(EntityMatcherTest.class.getResource("/entity/small-gazetteer.yaml")
        .toURI());
    matcher = new EntityMatcher(Gazetteer.load(fixture));
  }

  /** Entity ids found in {@code text}, in order. */
  private static List<String> ids(String text) {
    return matcher.find(text).stream().map(Mention::entityId).toList();
  }

  /** The mentioned text of each mention, in order. */
  private static List<String> spans(String text) {
    return matcher.find(text).stream().map(m -> m.textIn(text)).toList();
  }

  @Test
  void acronymDoesNotMatchInsideLongerWord() {
    assertEquals(List.of(), ids("Plug the USB cable into the USBC port."));
    assertEquals(List.of("us"), ids("The US navy, not a USB stick."));
  }

  @Test
  void acronymMatchesOnlyAsWritten() {
    assertEquals(List.of(), ids("Let us plan the Plan; it is a plain PLAIN."));
    assertEquals(List.of("pla", "plan"), ids("The PLA sent PLAN ships."));
    assertEquals(List.of(), ids("The pla and the Pla and plA."));
  }

  @Test
  void nameMatchesWithApostropheAndHyphenNeighbours() {
    assertEquals(List.of("Taiwan", "Taiwan", "Taiwan"),
        spans("Taiwan's navy, Taiwan’s coast guard and pro-Taiwan voices."));
  }

  @Test
  void ordinaryNameMatchesAsWrittenOrInCapitalsButNotLowerCase() {
    assertEquals(List.of(), ids("Fine china and chinaware."));
    assertEquals(List.of("prc", "taiwan", "prc"), ids("CHINA WARNS TAIWAN; China does."));
    assertEquals(List.of(), ids("cHINA and ChInA are not names."));
  }

  @Test
  void chineseLongestMatchWins() {
    String text = "解放军在台湾海峡演习";
    List<Mention> mentions = matcher.find(text);
    assertEquals(List.of(new Mention("pla", 0, 3), new Mention("taiwan-strait", 4, 8)), mentions);
  }

  @Test
  void englishLongestMatchWins() {
    assertEquals(List.of("south-china-sea"), ids("Patrols in the South China Sea."));
    assertEquals(List.of("china-coast-guard", "china-coast-guard", "china-coast-guard", "prc"),
        ids("The Chinese Coast Guard (CCG) is the China Coast Guard of China."));
    assertEquals(List.of("plan", "pla"),
        ids("The People's Liberation Army Navy and the People’s Liberation Army."));
    assertEquals(List.of("taiwan-strait"), ids("TAIWAN STRAIT tensions"));
  }

  @Test
  void traditionalAndSimplifiedFoldToTheSameEntity() {
    assertEquals(List.of("taiwan", "taiwan", "taiwan"), ids("臺灣、台灣與台湾"));
    assertEquals(List.of("kmt", "kmt", "kmt"), ids("國民黨和国民党以及中國國民黨"));
    assertEquals(List.of("中國國民黨"), spans("他是中國國民黨黨員"));
  }

  @Test
  void offsetsPointIntoTheOriginalText() {
    String text = "Across the 臺灣海峽, Taiwan’s KMT met the 國民黨 delegation.";
    List<Mention> mentions = matcher.find(text);
    assertEquals(List.of("taiwan-strait", "taiwan", "kmt", "kmt"),
        mentions.stream().map(Mention::entityId).toList());
    assertEquals(List.of("臺灣海峽", "Taiwan", "KMT", "國民黨"),
        mentions.stream().map(m -> m.textIn(text)).toList());
    assertEquals(11, mentions.get(0).start());
  }

  @Test
  void eitherNameOrderOfAPersonMatches() {
    assertEquals(List.of("abe-shinzo", "abe-shinzo", "abe-shinzo"),
        ids("Shinzo Abe (Abe Shinzo, 安倍晉三) spoke."));
  }

  @Test
  void stopAliasIsNeverMatchedButLongerNamesAre() {
    assertEquals(List.of(), ids("Chad said Chad would come."));
    assertEquals(List.of("chad"), ids("The Republic of Chad voted."));
  }

  @Test
  void punctuationInsideNamesIsMatched() {
    assertEquals(List.of("us", "us"), ids("U.S. forces and USA"));
    assertEquals(List.of("tsai-ing-wen"), ids("President Tsai Ing–wen"));
  }

  @Test
  void namesMayStartAndEndBesideChinese() {
    assertEquals(List.of("us", "taiwan"), ids("美国对Taiwan的政策"));
  }

  @Test
  void countsPerDocumentInOrderOfFirstMention() {
    Map<String, Integer> counts = matcher.counts(
        "Taiwan's KMT and Taiwan's DPP: 民进党 and 國民黨 differ on the PRC. Taiwan votes.");
    assertEquals(List.of("taiwan", "kmt", "dpp", "prc"), List.copyOf(counts.keySet()));
    assertEquals(Map.of("taiwan", 3, "kmt", 2, "dpp", 2, "prc", 1), counts);
  }

  @Test
  void mentionsAreSortedAndDisjoint() {
    String text = "中華民國台灣海峽金門Kinmen Island 南海 China Coast Guard CCG US";
    List<Mention> mentions = matcher.find(text);
    for (int i = 1; i < mentions.size(); i++) {
      assertTrue(mentions.get(i - 1).end() <= mentions.get(i).start(), mentions.toString());
    }
    assertEquals(List.of("taiwan", "taiwan-strait", "kinmen", "kinmen", "south-china-sea",
        "china-coast-guard", "china-coast-guard", "us"),
        mentions.stream().map(Mention::entityId).toList());
  }

  @Test
  void emptyTextHasNoMentions() {
    assertEquals(List.of(), matcher.find(""));
  }

  @Test
  void oneMatcherServesManyThreads() throws Exception {
    String text = "The PLA Navy sailed from 金門 past Taiwan into the South China Sea; ".repeat(50);
    List<Mention> expected = matcher.find(text);
    assertEquals(200, expected.size());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Mention>>> results = pool.invokeAll(
          Collections.nCopies(16, () -> matcher.find(text)));
      for (Future<List<Mention>> result : results) {
        assertEquals(expected, result.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
