package org.straits.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/** The gazetteer shipped with Straits; skipped until the data file is on the classpath. */
@EnabledIf("bundledGazetteerPresent")
class DefaultGazetteerTest {
  private static Gazetteer gazetteer;
  private static EntityMatcher matcher;

  static boolean bundledGazetteerPresent() {
    return DefaultGazetteerTest.class.getResource(Gazetteer.DEFAULT_RESOURCE) != null;
  }

  @BeforeAll
  static void load() {
    gazetteer = Gazetteer.loadDefault();
    matcher = new EntityMatcher(gazetteer);
  }

  @Test
  void loadsWithEnoughEntities() {
    assertTrue(gazetteer.entities().size() >= 200,
        "only " + gazetteer.entities().size() + " entities");
    assertEquals(64, gazetteer.fingerprint().length());
  }

  @Test
  void findsTheActorsAndPlacesOfAnIswBriefing() {
    // From seeds/002 (ISW China–Taiwan Weekly Update).
    Map<String, Integer> counts = matcher.counts("The Chinese Coast Guard (CCG) pledged to"
        + " begin conducting regular maritime inspections around Taiwan-controlled Kinmen"
        + " Island. Normalizing PRC maritime enforcement around the island will erode Taiwan’s"
        + " control.");
    assertEquals(2, counts.get(idNamed("China Coast Guard")), counts.toString());
    assertEquals(1, counts.get("kinmen"), counts.toString());
    assertEquals(2, counts.get(idNamed("Taiwan")), counts.toString());
  }

  @Test
  void findsChineseNamesInEitherScript() {
    Map<String, Integer> counts = matcher.counts("中國海警在金門附近巡查，台湾海峡局势紧张。");
    assertTrue(counts.containsKey("kinmen"), counts.toString());
    assertTrue(counts.containsKey(idNamed("Taiwan Strait")), counts.toString());
    assertFalse(counts.containsKey(idNamed("Taiwan")), counts.toString());
  }

  @Test
  void stopAliasesBlockShorterNamesInsideThem() {
    // 北京时间 is "Beijing time", 欧美国家 "Western countries": neither names Beijing or the US.
    Map<String, Integer> counts = matcher.counts("北京时间今天上午，欧美国家代表抵达北京。");
    assertEquals(Map.of("beijing", 1), counts.entrySet().stream()
        .filter(e -> e.getKey().equals("beijing") || e.getKey().equals("united-states"))
        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    assertTrue(matcher.find("Chad Smith met officials").isEmpty(), "a stop alias never matches on its own");
  }

  @Test
  void aLongerNameWinsOverTheAliasInsideIt() {
    // From seeds/002 (curly apostrophe) and a Guardian-style sentence: the People's Republic of
    // China is China, never Taiwan's "Republic of China".
    for (String text : new String[] {
        "The loss of Compact of Free Association (COFA) funding for Palau presents opportunities"
            + " for the People’s Republic of China to fill the gap.",
        "the founding of the People's Republic of China in 1949",
        "THE PEOPLE'S REPUBLIC OF CHINA said", "the People’s Republic of China’s navy",
        "the Chinese People's Republic of China's army", "the people's republic of china"}) {
      Map<String, Integer> counts = matcher.counts(text);
      assertFalse(counts.containsKey(idNamed("Taiwan")), text + " -> " + counts);
    }
  }

  /** The id of the entity whose canonical name is {@code name}; ids are the data file's choice. */
  private static String idNamed(String name) {
    return gazetteer.entities().stream()
        .filter(e -> e.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entity named '" + name + "'"))
        .id();
  }
}
