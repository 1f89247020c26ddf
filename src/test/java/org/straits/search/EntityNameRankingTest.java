package org.straits.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.straits.entity.Gazetteer;

/** The one best-match order that the search box and the facet value boxes share. */
class EntityNameRankingTest {
  private static final Gazetteer GAZETTEER = parse("""
      entities:
        - id: taiwan
          name: Taiwan
          type: state
          zh_hans: 台湾
          zh_hant: 臺灣
        - id: kinmen
          name: Kinmen County
          type: county
          zh_hans: 金门县
          zh_hant: 金門縣
          parent: taiwan
          aliases: [Kinmen, Quemoy, 金门]
        - id: uk
          name: United Kingdom
          type: state
          zh_hans: 英国
          aliases: [UK, Britain]
        - id: thailand
          name: Thailand
          type: state
          zh_hans: 泰国
          aliases: [Kingdom of Thailand]
        - id: okinawa
          name: Okinawa
          type: island
        - id: tonkin
          name: Gulf of Tonkin
          type: sea
      """);

  private static Gazetteer parse(String yaml) {
    try {
      return Gazetteer.parse(yaml, "test");
    } catch (org.straits.entity.GazetteerException e) {
      throw new AssertionError(e);
    }
  }

  /** Ids for {@code typed}, ranked with the given document counts. */
  private static List<String> ranked(String typed, Map<String, Integer> documents) {
    return ranked(GAZETTEER, typed, documents);
  }

  private static List<String> ranked(Gazetteer gazetteer, String typed, Map<String, Integer> documents) {
    EntityNameIndex index = EntityNameIndex.of(gazetteer);
    record Ranked(EntityNameIndex.Match match, long documents) {}
    List<Ranked> ranked = new ArrayList<>();
    index.prefixMatches(EntityNameIndex.key(typed), typed)
        .forEach((id, match) -> ranked.add(new Ranked(match, documents.getOrDefault(id, 0))));
    ranked.sort(EntityNameIndex.ranking(Ranked::match, Ranked::documents));
    return ranked.stream().map(r -> r.match().entry().entity().id()).toList();
  }

  @Test
  void kinFindsKinmenBeforeTheMoreMentionedUnitedKingdom() {
    Map<String, Integer> counts = Map.of("uk", 3680, "thailand", 347, "kinmen", 16);
    assertEquals(List.of("kinmen", "uk", "thailand"), ranked("Kin", counts),
        "a name that begins with the text, then a canonical name with a word that does, then an alias; "
            + "Okinawa and Tonkin only contain the letters");
  }

  @Test
  void exactAliasFirstAndEveryScript() {
    assertEquals("kinmen", ranked("quemoy", Map.of()).get(0));
    assertEquals(List.of("kinmen"), ranked("金", Map.of()));
    assertEquals(List.of("kinmen"), ranked("金門", Map.of()), "traditional folds to simplified");
    assertEquals(List.of("taiwan"), ranked("臺", Map.of()));
  }

  @Test
  void amongEqualsTheMoreMentionedFirst() {
    Gazetteer two = parse("""
        entities:
          - {id: cai-qi, name: Cai Qi, type: person, zh_hans: 蔡奇}
          - {id: tsai, name: Tsai Ing-wen, type: person, zh_hans: 蔡英文, zh_hant: 蔡英文}
        """);
    assertEquals(List.of("tsai", "cai-qi"), ranked(two, "蔡", Map.of("tsai", 40, "cai-qi", 5)));
    assertEquals(List.of("cai-qi", "tsai"), ranked(two, "蔡", Map.of("tsai", 4, "cai-qi", 50)));
  }
}
