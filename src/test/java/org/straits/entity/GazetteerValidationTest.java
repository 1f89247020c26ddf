package org.straits.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerValidationTest {

  private static GazetteerException refused(String yaml) {
    return assertThrows(GazetteerException.class, () -> Gazetteer.parse(yaml, "test.yaml"));
  }

  @Test
  void unknownParentNamesFileLineEntityAndParent() {
    GazetteerException e = refused("""
        # a comment
        entities:
          - id: taiwan
            name: Taiwan
            type: state
          - id: kinmen
            name: Kinmen
            type: county
            parent: taiwn
        """);
    assertEquals("test.yaml:6: entity 'kinmen': unknown parent 'taiwn'", e.getMessage());
    assertEquals(6, e.line());
    assertEquals("kinmen", e.entityId());
  }

  @Test
  void parentCycleIsReportedOnce() {
    GazetteerException e = refused("""
        entities:
          - {id: a, name: A, type: region, parent: c}
          - {id: b, name: B, type: region, parent: a}
          - {id: c, name: C, type: region, parent: b}
          - {id: d, name: D, type: region, parent: c}
          - {id: e, name: E, type: region, parent: e}
        """);
    assertEquals("""
        test.yaml:2: entity 'a': parent cycle: a -> c -> b -> a
        test.yaml:6: entity 'e': parent cycle: e -> e""", e.getMessage());
  }

  @Test
  void duplicateIdPointsAtTheFirstDefinition() {
    GazetteerException e = refused("""
        entities:
          - id: taiwan
            name: Taiwan
            type: state
          - id: taiwan
            name: Formosa
            type: island
        """);
    assertEquals("test.yaml:5: entity 'taiwan': duplicate id (first defined at line 2)",
        e.getMessage());
  }

  @Test
  void parentMustBeInTheSameDimension() {
    GazetteerException e = refused("""
        entities:
          - {id: taiwan, name: Taiwan, type: state}
          - {id: kmt, name: Kuomintang, type: party, parent: taiwan}
        """);
    assertEquals("test.yaml:3: entity 'kmt': parent 'taiwan' is a REGION (state) but this is"
        + " a ACTOR (party); a parent must be in the same dimension", e.getMessage());
  }

  @Test
  void unknownTypeIsNamed() {
    GazetteerException e = refused("""
        entities:
          - id: taiwan
            name: Taiwan
            type: country
        """);
    assertEquals("test.yaml:4: entity 'taiwan': unknown type 'country'", e.getMessage());
  }

  @Test
  void yamlSyntaxErrorCarriesItsLine() {
    GazetteerException e = refused("""
        entities:
          - id: taiwan
            name: Taiwan
            type: state
            aliases: [Formosa, ROC
          - id: kinmen
        """);
    assertEquals(6, e.line());
    assertTrue(e.getMessage().startsWith("test.yaml:6: YAML syntax error: expected ',' or ']'"),
        e.getMessage());
    assertTrue(e.getMessage().endsWith("(while parsing a flow sequence from line 5)"),
        e.getMessage());
  }

  @Test
  void tabIndentationIsReportedOnItsLine() {
    GazetteerException e = refused("entities:\n  - id: a\n\t name: A\n");
    assertEquals(3, e.line());
    assertTrue(e.getMessage().contains("TAB"), e.getMessage());
  }

  @Test
  void unknownFieldIsReportedOnItsOwnLine() {
    GazetteerException e = refused("""
        entities:
          - id: taiwan
            name: Taiwan
            zh_hans: 台湾
            zh-hant: 臺灣
            type: state
        """);
    assertEquals("test.yaml:5: entity 'taiwan': unknown field 'zh-hant'", e.getMessage());
  }

  @Test
  void missingRequiredFieldsAreEachReported() {
    GazetteerException e = refused("""
        entities:
          - name: Taiwan
            type: state
          - id: kinmen
            type: county
          - id: penghu
            name: Penghu
        """);
    assertEquals(List.of(
            new GazetteerException.Problem(2, null, "missing 'id'"),
            new GazetteerException.Problem(4, "kinmen", "missing 'name'"),
            new GazetteerException.Problem(6, "penghu", "missing 'type'")),
        e.problems());
  }

  @Test
  void badIdSyntaxIsRefused() {
    GazetteerException e = refused("""
        entities:
          - {id: Taiwan_ROC, name: Taiwan, type: state}
        """);
    assertEquals("test.yaml:2: entity 'Taiwan_ROC': bad id syntax (expected [a-z0-9-]+)",
        e.getMessage());
  }

  @Test
  void affiliationMustNameAKnownEntity() {
    GazetteerException e = refused("""
        entities:
          - {id: kmt, name: Kuomintang, type: party}
          - {id: han-kuo-yu, name: Han Kuo-yu, type: person, affiliations: [kmt, ly]}
        """);
    assertEquals("test.yaml:3: entity 'han-kuo-yu': unknown affiliation 'ly'", e.getMessage());
  }

  @Test
  void siblingsNeedDistinctCanonicalNames() {
    GazetteerException e = refused("""
        entities:
          - {id: us-georgia, name: Georgia, type: state}
          - {id: georgia, name: Georgia, type: state}
          - {id: georgia-party, name: Georgia, type: party}
        """);
    assertEquals("test.yaml:3: entity 'georgia': name 'Georgia' is also the name of sibling"
        + " 'us-georgia' (line 2)", e.getMessage());
  }

  @Test
  void sameNameUnderDifferentParentsIsFine() throws GazetteerException {
    Gazetteer gazetteer = Gazetteer.parse("""
        entities:
          - {id: taiwan, name: Taiwan, type: state}
          - {id: prc, name: PRC, type: state}
          - {id: taiwan-coast, name: Coast, type: region, parent: taiwan}
          - {id: prc-coast, name: Coast, type: region, parent: prc}
        """, "test.yaml");
    assertEquals(List.of("PRC", "Coast"), gazetteer.path("prc-coast"));
  }

  @Test
  void fieldsOfTheWrongShapeAreRefused() {
    GazetteerException e = refused("""
        stop_aliases: Chad
        entities:
          - id: taiwan
            name: [Taiwan]
            type: state
            aliases: Formosa
        """);
    assertEquals(List.of(
            new GazetteerException.Problem(1, null, "'stop_aliases' must be a list"),
            new GazetteerException.Problem(4, "taiwan", "'name' must be a single value"),
            new GazetteerException.Problem(6, "taiwan", "'aliases' must be a list")),
        e.problems());
  }

  @Test
  void fileWithoutEntitiesIsRefused() {
    assertEquals("test.yaml: no 'entities' list", refused("stop_aliases: []\n").getMessage());
    assertEquals("test.yaml:1: unknown top-level field 'entites'",
        refused("entites: []\nentities: []\n").getMessage());
  }

  @Test
  void scalarsKeepTheirSourceTextInsteadOfYamlBooleansAndNumbers() throws GazetteerException {
    Gazetteer gazetteer = Gazetteer.parse("""
        entities:
          - {id: norway, name: Norway, type: state, aliases: [NO, "Yes", ON, 1.50, 0x1F]}
        """, "test.yaml");
    assertEquals(List.of("NO", "Yes", "ON", "1.50", "0x1F"),
        gazetteer.byId("norway").orElseThrow().aliases());
  }

  @Test
  void nullEntriesAndRepeatedKeysAreRefused() {
    GazetteerException e = refused("""
        entities:
          - {id: taiwan, name: Taiwan, type: state, aliases: [Formosa, ~]}
          - {id: kinmen, name: Kinmen, type: county, type: island}
        entities: []
        """);
    assertEquals(List.of(
            new GazetteerException.Problem(2, "taiwan", "'aliases' has an empty or non-text entry"),
            new GazetteerException.Problem(3, "kinmen", "field 'type' given twice"),
            new GazetteerException.Problem(4, null, "top-level field 'entities' given twice")),
        e.problems());
  }
}
