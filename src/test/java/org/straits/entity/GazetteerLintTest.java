package org.straits.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerLintTest {

  @Test
  void reportsCollisionsMissingChineseNamesAndUnaffiliatedPersons() throws GazetteerException {
    Gazetteer gazetteer = Gazetteer.parse("""
        entities:
          - {id: georgia, name: Georgia, type: state, zh_hans: 格鲁吉亚, zh_hant: 喬治亞}
          - {id: us-georgia, name: State of Georgia, type: province, zh_hans: 佐治亚州,
             zh_hant: 喬治亞州, aliases: [Georgia]}
          - {id: abe-shinzo, name: Shinzo Abe, type: person, zh_hans: 安倍晋三}
        """, "lint.yaml");
    List<GazetteerIssue> issues = gazetteer.lint();
    assertEquals(List.of(
            "lint.yaml:5: entity 'abe-shinzo': no zh_hant",
            "lint.yaml:5: entity 'abe-shinzo': person without affiliations",
            "lint.yaml:2: name 'Georgia' is shared by 'georgia', 'us-georgia'; a match goes to"
                + " 'georgia' (canonical and Chinese names before aliases, then file order)"),
        issues.stream().map(GazetteerIssue::toString).toList());
    assertEquals(List.of("georgia", "us-georgia"), issues.get(2).entityIds());
    assertEquals(GazetteerIssue.Kind.NAME_COLLISION, issues.get(2).kind());
  }

  @Test
  void collidingNameGoesToTheCanonicalNameThenFileOrder() throws GazetteerException {
    Gazetteer gazetteer = Gazetteer.parse("""
        entities:
          - {id: us-georgia, name: State of Georgia, type: province, aliases: [Georgia]}
          - {id: georgia, name: Georgia, type: state}
          - {id: roc, name: Republic of China, type: state, aliases: [ROC]}
          - {id: rok, name: Republic of Korea, type: state, aliases: [ROC]}
        """, "collide.yaml");
    EntityMatcher matcher = new EntityMatcher(gazetteer);
    assertEquals(List.of(new Mention("georgia", 0, 7), new Mention("roc", 12, 15)),
        matcher.find("Georgia and ROC"));
    assertEquals(2, gazetteer.lint().stream()
        .filter(i -> i.kind() == GazetteerIssue.Kind.NAME_COLLISION).count());
  }

  @Test
  void sameEntityListingANameTwiceIsNoCollision() throws GazetteerException {
    Gazetteer gazetteer = Gazetteer.parse("""
        entities:
          - {id: taiwan, name: Taiwan, type: state, zh_hans: 台湾, zh_hant: 臺灣,
             aliases: [台灣, Taiwan]}
        """, "self.yaml");
    assertEquals(List.of(), gazetteer.lint());
    assertEquals(3, new EntityMatcher(gazetteer).find("台湾 台灣 Taiwan").size());
  }

  @Test
  void affiliationsOnNonPersonsOrToNonOrganisationsAreFlagged() throws GazetteerException {
    Gazetteer gazetteer = Gazetteer.parse("""
        entities:
          - {id: taiwan, name: Taiwan, type: state, zh_hans: 台湾, zh_hant: 臺灣}
          - {id: kmt, name: KMT, type: party, zh_hans: 国民党, zh_hant: 國民黨,
             affiliations: [taiwan]}
        """, "odd.yaml");
    assertEquals(List.of(
            "odd.yaml:3: entity 'kmt': affiliations are for persons, this is a party",
            "odd.yaml:3: entity 'kmt': affiliation 'taiwan' is not an organisation but a state"),
        gazetteer.lint().stream().map(GazetteerIssue::toString).toList());
  }
}
