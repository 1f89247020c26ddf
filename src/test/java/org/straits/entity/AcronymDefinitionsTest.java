package org.straits.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A document's own acronym definitions win over the gazetteer's reading (the real gazetteer). */
class AcronymDefinitionsTest {
  private static EntityMatcher matcher;

  @BeforeAll
  static void load() throws Exception {
    matcher = new EntityMatcher(Gazetteer.loadDefault());
  }

  private static Map<String, Integer> counts(String text) {
    return matcher.counts(text);
  }

  @Test
  void aLongNameThatIsNoEntityTakesTheAcronymAwayFromTheGazetteer() {
    String text = "Japan actively promoted the Trans-Pacific Strategic Economic Partnership Agreement (TPP)"
        + " negotiations. Later the TPP stalled.";
    assertFalse(counts(text).containsKey("tpp"), counts(text).toString());
    assertTrue(counts(text).containsKey("japan"));
    // Without the definition the gazetteer's reading stands.
    assertEquals(Map.of("tpp", 1), counts("The TPP stalled."));
  }

  @Test
  void aLongNameThatIsAnEntityMakesTheAcronymThatEntity() {
    // The gazetteer's TPP is the Taiwan People's Party; here the document says it is the trade pact.
    String text = "Tokyo joined the Trans-Pacific Partnership (TPP) talks; the TPP was signed in 2016.";
    Map<String, Integer> found = counts(text);
    assertEquals(3, found.get("cptpp"), found.toString());
    assertFalse(found.containsKey("tpp"));
    // The party defined as itself stays the party.
    Map<String, Integer> party = counts("KMT and Taiwan People's Party (TPP) leaders met. The TPP agreed.");
    assertEquals(3, party.get("tpp"), party.toString());
  }

  @Test
  void anAcronymTheGazetteerDoesNotKnowCountsAsTheEntityItWasDefinedAs() {
    Map<String, Integer> found = counts("The Association of Southeast Asian Nations (ASN) met; ASN leaders agreed.");
    assertEquals(3, found.get("asean"), found.toString());
  }

  @Test
  void chineseLongFormsDefineAcronymsToo() {
    Map<String, Integer> found = counts("日本推动跨太平洋伙伴关系协定（TPP）谈判。TPP于2016年签署。");
    assertFalse(found.containsKey("tpp"), found.toString());
    assertEquals(3, found.get("cptpp"), found.toString());
  }

  @Test
  void parenthesesThatAreNoDefinitionChangeNothing() {
    // "the ruling party" does not spell DPP: the gazetteer's DPP stands.
    Map<String, Integer> found = counts("Lawmakers from the ruling party (DPP) objected.");
    assertEquals(Map.of("dpp", 1), found);
  }

  @Test
  void theGazetteersNameWrittenAnotherWayKeepsTheGazetteersReading() {
    // The gazetteer matches "Democratic Progressive Party"; the Guardian writes "party".
    Map<String, Integer> found = counts("backed by the ruling Democratic Progressive party (DPP). The DPP won.");
    assertEquals(2, found.get("dpp"), found.toString());
  }

  @Test
  void listsAndHeadingsInCapitalsDefineNothing() {
    String text = "Offices: HMV UK Ltd, Intel Corporation (UK) and UNITED KINGDOM Aga Khan (UK).";
    assertEquals(counts(text.replace("(UK)", "UK")), counts(text));
    assertEquals(4, counts(text).get("united-kingdom"), counts(text).toString());
  }

  @Test
  void longFormsAreFoundAsSchwartzAndHearstDescribe() {
    String text = "the Trans-Pacific Strategic Economic Partnership Agreement";
    assertEquals(text.indexOf("Trans"), AcronymDefinitions.englishLongFormStart(text, text.length(), "TPP"));
    String kmt = "the opposition Kuomintang";
    assertEquals(kmt.indexOf("Kuomintang"), AcronymDefinitions.englishLongFormStart(kmt, kmt.length(), "KMT"));
    String none = "talks in Beijing";
    assertEquals(-1, AcronymDefinitions.englishLongFormStart(none, none.length(), "PRC"));
    assertEquals(List.of("TPP"), List.copyOf(AcronymDefinitions.find("the Taiwan People's Party (TPP) and").keySet()));
  }
}
