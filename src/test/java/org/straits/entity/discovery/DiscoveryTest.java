package org.straits.entity.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.straits.entity.EntityMatcher;
import org.straits.entity.EntityType;
import org.straits.entity.Gazetteer;

/** Discovery with the shipped gazetteer, on sentences written the way the field writes them. */
class DiscoveryTest {
  private static final Gazetteer GAZETTEER = Gazetteer.loadDefault();
  private static final EntityMatcher MATCHER = new EntityMatcher(GAZETTEER);

  private static Map<String, Discovered> found(String text, Set<String> rejected) {
    return new Discovery(GAZETTEER, rejected).find(text, MATCHER.claimedSpans(text)).stream()
        .collect(Collectors.toMap(Discovered::name, Function.identity()));
  }

  private static Map<String, Discovered> found(String text) {
    return found(text, Set.of());
  }

  @Test
  void personsAfterRolesAndInTheShapeOfChineseNames() {
    Map<String, Discovered> found = found("TAO spokesperson Qiu Wenming said on Wednesday that the "
        + "talks would go on. CCP International Department Head Lin Haoyu met Hsu Chih-hung, and the "
        + "late Koo Chen-fu was remembered.");
    assertFoundAs(found, EntityType.PERSON, List.of("Qiu Wenming", "Lin Haoyu", "Hsu Chih-hung", "Koo Chen-fu"));
  }

  @Test
  void organisationsByTheirHeadWordsAndDefinedAcronyms() {
    Map<String, Discovered> found = found("Analysts at the Center for Maritime Strategy Studies (CMSS) "
        + "disagreed. CMSS later said more. Germany for the Institute for the Study of Warfare Studies "
        + "was not asked; the Ministry of Ocean Affairs was.");
    Discovered cnas = found.get("Center for Maritime Strategy Studies");
    assertTrue(cnas != null, found.keySet().toString());
    assertEquals("CMSS", cnas.alias(), "the acronym joins its long name");
    assertEquals(2, cnas.count(), "the long name once and the acronym once more");
    assertTrue(found.containsKey("Ministry of Ocean Affairs"), found.keySet().toString());
    assertTrue(found.containsKey("Institute for the Study of Warfare Studies"), found.keySet().toString());
    assertFalse(found.keySet().stream().anyMatch(n -> n.startsWith("Germany")), "a run is cut after its last connector");
  }

  @Test
  void curatedNamesAlwaysWinAndNoiseStaysOut() {
    Map<String, Discovered> found = found("President Tsai Ing-wen met the press. Never Jones's strong point. "
        + "He read \"Citizen Cannes\" on Monday. The Taiwan Affairs Office spokesperson Ma Xiaoguang spoke.");
    assertFalse(found.containsKey("Ma Xiaoguang"), "a curated person after a role is not discovered");
    assertFalse(found.containsKey("Tsai Ing-wen"), "a curated person is not discovered again");
    assertFalse(found.containsKey("Taiwan Affairs Office"), "nor a curated organisation");
    assertFalse(found.containsKey("Never Jones"));
    assertFalse(found.containsKey("Citizen Cannes"), "a quoted title is not a person");
  }

  @Test
  void chineseNamesAndTheirPinyinBecomeOneValue() {
    Map<String, Discovered> found = found("国台办发言人邱文明表示，两岸交流不会停止。邱文明说，"
        + "TAO spokesperson Qiu Wenming spoke in Beijing.");
    Discovered zhu = found.get("Qiu Wenming");
    assertTrue(zhu != null, found.keySet().toString());
    assertEquals("邱文明", zhu.zh());
    assertFalse(found.containsKey("邱文明"), "the Chinese name joined the romanised one");
    assertTrue(zhu.count() >= 3, "both scripts' mentions count: " + zhu.count());
  }

  @Test
  void foreignNamesCutByTheRecogniserAndSidesOfTalksAreNotPersons() {
    Map<String, Discovered> found = found("以色列称哈马斯领导人辛瓦尔被打死。乌称控制卢甘斯克一个居民点。乌方称。中方愿同斯方共同努力。");
    assertFalse(found.containsKey("辛瓦"), found.keySet().toString());
    assertFalse(found.containsKey("卢甘"), found.keySet().toString());
    assertFalse(found.containsKey("乌方"), found.keySet().toString());
    assertFalse(found.containsKey("斯方"), found.keySet().toString());
  }

  @Test
  void personsByGivenNameAndParticleWithoutACue() {
    Map<String, Discovered> found = found("The film reunites Danny Boyle with Jimmy White, and a new "
        + "book on Miguel de Cervantes. Jean-Luc Godard was there. Ignoring Pelosi's warning, they "
        + "went on. Had Federer won, it would be over.");
    assertFoundAs(found, EntityType.PERSON, List.of("Danny Boyle", "Jimmy White", "Miguel de Cervantes", "Jean-Luc Godard"));
    assertFalse(found.containsKey("Ignoring Pelosi"), found.keySet().toString());
    assertFalse(found.containsKey("Had Federer"), found.keySet().toString());
  }

  @Test
  void organisationsByWhatBusinessNewsWritesAroundThem() {
    Map<String, Discovered> found = found("Elsewhere insurer Resolution fell 4p. Weir rose 25p to £14.05, "
        + "Amlin, up 1p to 384.75p, and shares in Lonmin slipped. Software group Sage topped the risers "
        + "while France's Cac was off 0.8%. Shares in B&Q's owner slipped 1p. The Foreign and "
        + "Commonwealth Office said so.");
    assertFoundAs(found, EntityType.COMPANY, List.of("Resolution", "Weir", "Amlin", "Lonmin", "Sage"));
    assertTrue(found.containsKey("Foreign and Commonwealth Office"), found.keySet().toString());
    assertFalse(found.containsKey("Commonwealth Office"), found.keySet().toString());
    assertFalse(found.containsKey("Cac"), "an index is not a company");
    assertFalse(found.containsKey("B"), "a cut name is not a company");
  }

  @Test
  void chinesePersonsOnlyWhereTheTextWritesThemAsPersons() {
    Map<String, Discovered> found = found("会议听取了全国人大财经委副主任委员许宏才作的报告。"
        + "要以水定城、以水定地、以水定人、以水定产。决定任命王晓萍为部长。在拉巴特会见首相阿赫努什。");
    assertTrue(found.containsKey("许宏才"), found.keySet().toString());
    assertFalse(found.containsKey("水定人"), "a cut phrase in a list is not a person");
    assertFalse(found.containsKey("王晓"), "a cut name is not a person");
    assertFalse(found.containsKey("努什"), "the tail of a foreign name is not a person");
  }

  @Test
  void placeWordsInsideCompanyNamesAndPrepositionsAreNotNames() {
    Map<String, Discovered> found = found("开滦集团董事长在唐山表示。京东物流发布报告。"
        + "Inside Yahoo the mood was grim. Behind Oxford Street, nothing.");
    assertFalse(found.containsKey("开滦"), "a place word before 集团 names the company: " + found.keySet());
    assertFalse(found.containsKey("京东"), found.keySet().toString());
    assertFalse(found.keySet().stream().anyMatch(n -> n.startsWith("Inside") || n.startsWith("Behind")),
        found.keySet().toString());
  }

  @Test
  void aRejectedNameIsNeverProposedAgain() {
    String text = "TAO spokesperson Qiu Wenming said so.";
    assertTrue(found(text).containsKey("Qiu Wenming"));
    assertFalse(found(text, Set.of("Qiu Wenming")).containsKey("Qiu Wenming"));
  }

  @Test
  void theStoredFormReadsBack() {
    Discovered d = new Discovered("Zhu Fenglian", "朱凤莲", "", EntityType.PERSON, 3);
    assertEquals(d, Discovered.parse(d.stored()));
    assertEquals("actor/Zhu Fenglian", d.key());
  }

  /** Each of {@code names} is discovered, with {@code type}. */
  private static void assertFoundAs(Map<String, Discovered> found, EntityType type, List<String> names) {
    for (String name : names) {
      assertTrue(found.containsKey(name), name + " in " + found.keySet());
      assertEquals(type, found.get(name).type(), name);
    }
  }

  @Test
  void aNameIsWrittenInTraditionalScriptAsTaiwanWritesIt() {
    assertEquals("朱鳳蓮", Discovery.traditional("朱凤莲"));
    assertEquals("王東峰", Discovery.traditional("王东峰"), "峰, not the variant 峯");
    assertEquals("國台辦", Discovery.traditional("国台办"));
    assertEquals("Qiu Wenming", Discovery.traditional("Qiu Wenming"));
  }
}
