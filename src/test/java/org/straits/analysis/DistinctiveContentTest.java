package org.straits.analysis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Template bulletins are not reposts; a repost is. Token weights are document frequencies over
 * the real CCTV corpus (as the index gives them), so those checks run where the corpus is.
 */
class DistinctiveContentTest {
  private static final java.nio.file.Path CCTV = java.nio.file.Path.of("/work/shared/corpus/cctv-xwlb.jsonl");
  private static Map<String, Integer> corpusDf;
  private static int corpusDocs;
  private static final String CHILE = org.straits.TemplateBulletins.CHILE;
  private static final String INDONESIA = org.straits.TemplateBulletins.INDONESIA;
  private static final String OTHER = "央视网消息（新闻联播）：国务院总理李强在北京人民大会堂举行仪式，欢迎希腊总理米佐塔基斯对我国进行正式访问。\n\n"
      + "国务委员兼国务院秘书长吴政隆等出席欢迎仪式。军乐团奏两国国歌。米佐塔基斯在李强陪同下检阅中国人民解放军仪仗队。";

  private final List<DistinctiveContent.Tokens> sample = List.of(
      DistinctiveContent.of(org.straits.TemplateBulletins.CHILE_TITLE, CHILE),
      DistinctiveContent.of(org.straits.TemplateBulletins.INDONESIA_TITLE, INDONESIA),
      DistinctiveContent.of("李强举行仪式欢迎希腊总理访华", OTHER));

  @org.junit.jupiter.api.BeforeAll
  static void documentFrequencies() throws java.io.IOException {
    if (!java.nio.file.Files.exists(CCTV)) {
      return;
    }
    corpusDf = new HashMap<>();
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    for (String line : java.nio.file.Files.readAllLines(CCTV)) {
      var doc = json.readTree(line);
      DistinctiveContent.Tokens tokens = DistinctiveContent.of(doc.path("title").asText(), doc.path("body").asText());
      tokens.han().forEach(t -> corpusDf.merge(t, 1, Integer::sum));
      tokens.words().forEach(t -> corpusDf.merge(t, 1, Integer::sum));
      corpusDocs++;
    }
  }

  private static double similarity(DistinctiveContent.Tokens a, DistinctiveContent.Tokens b) {
    org.junit.jupiter.api.Assumptions.assumeTrue(corpusDf != null, "the CCTV corpus is not at " + CCTV);
    return DistinctiveContent.containment(a, b, t -> corpusDf.getOrDefault(t, 0), t -> corpusDf.getOrDefault(t, 0), corpusDocs);
  }

  private static boolean sameStory(DistinctiveContent.Tokens a, DistinctiveContent.Tokens b) {
    return !a.isStub() && !b.isStub() && similarity(a, b) >= DistinctiveContent.THRESHOLD;
  }

  @Test
  void aTemplateReusedForAnotherVisitIsNotTheSameStory() {
    assertFalse(sameStory(sample.get(0), sample.get(1)), "similarity " + similarity(sample.get(0), sample.get(1)));
    assertFalse(sameStory(sample.get(0), sample.get(2)), "similarity " + similarity(sample.get(0), sample.get(2)));
  }

  @Test
  void aRepostWithAnEditedTitleAndADroppedParagraphIs() {
    DistinctiveContent.Tokens repost = DistinctiveContent.of(org.straits.TemplateBulletins.CHILE_REPOST_TITLE,
        org.straits.TemplateBulletins.CHILE_REPOST);
    assertTrue(sameStory(sample.get(0), repost), "similarity " + similarity(sample.get(0), repost));
  }

  @Test
  void aBulletinStubHasNothingToCompareButItsTitle() {
    DistinctiveContent.Tokens stub = DistinctiveContent.of("国际联播快讯", "[查看原文](https://tv.cctv.com/2023/03/07/VIDE1.shtml)");
    assertTrue(stub.isStub());
    DistinctiveContent.Tokens same = DistinctiveContent.of("国际联播快讯", "[查看原文](https://tv.cctv.com/2023/03/07/VIDE1.shtml)");
    assertFalse(DistinctiveContent.sameStory(stub, same, t -> 1, t -> 1, 1000), "even word for word, a stub is not compared");
  }
}
