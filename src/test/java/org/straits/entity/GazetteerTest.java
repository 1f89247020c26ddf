package org.straits.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerTest {
  private static Path fixture;
  private static Gazetteer gazetteer;

  @BeforeAll
  static void loadFixture() throws Exception {
    fixture = Path.of(GazetteerTest.class.getResource("/entity/small-gazetteer.yaml").toURI());
    gazetteer = Gazetteer.load(fixture);
  }

  @Test
  void readsEveryFieldOfAnEntity() {
    Entity taiwan = gazetteer.byId("taiwan").orElseThrow();
    assertEquals("Taiwan", taiwan.name());
    assertEquals(EntityType.STATE, taiwan.type());
    assertEquals(EntityKind.REGION, taiwan.kind());
    assertEquals("台湾", taiwan.zhHans());
    assertEquals("臺灣", taiwan.zhHant());
    assertEquals(List.of("Formosa", "Republic of China", "ROC", "中华民国", "中華民國"),
        taiwan.aliases());
    assertEquals(null, taiwan.parent());
    Entity tsai = gazetteer.byId("tsai-ing-wen").orElseThrow();
    assertEquals(EntityKind.ACTOR, tsai.kind());
    assertEquals(List.of("dpp"), tsai.affiliations());
  }

  @Test
  void keepsFileOrderAndStopAliases() {
    assertEquals(16, gazetteer.entities().size());
    assertEquals("taiwan", gazetteer.entities().get(0).id());
    assertEquals("dpp", gazetteer.entities().get(15).id());
    assertEquals(Set.of("Chad"), gazetteer.stopAliases());
    assertTrue(gazetteer.byId("nowhere").isEmpty());
  }

  @Test
  void hierarchyGivesFacetPaths() {
    assertEquals(List.of("Taiwan", "Kinmen"), gazetteer.path("kinmen"));
    assertEquals(List.of("PRC Government", "People's Liberation Army", "Eastern Theater Command"),
        gazetteer.path("eastern-theater-command"));
    assertEquals(List.of("prc-government", "pla", "eastern-theater-command"),
        gazetteer.pathIds("eastern-theater-command"));
    assertEquals(List.of("Taiwan"), gazetteer.path("taiwan"));
    assertEquals(List.of("eastern-theater-command", "plan"),
        gazetteer.children("pla").stream().map(Entity::id).toList());
    assertEquals(List.of(), gazetteer.children("kinmen"));
    assertEquals(List.of("taiwan", "taiwan-strait", "prc", "south-china-sea", "us", "chad"),
        gazetteer.roots(EntityKind.REGION).stream().map(Entity::id).toList());
  }

  @Test
  void unknownIdInHierarchyQueriesIsAnError() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> gazetteer.path("taiwn"));
    assertTrue(e.getMessage().contains("'taiwn'"), e.getMessage());
  }

  @Test
  void fingerprintIsTheSha256OfTheFile(@TempDir Path dir) throws Exception {
    assertEquals(64, gazetteer.fingerprint().length());
    String yaml = Files.readString(fixture);
    assertEquals(gazetteer.fingerprint(), Gazetteer.parse(yaml, "copy.yaml").fingerprint());
    Path edited = dir.resolve("edited.yaml");
    Files.writeString(edited, yaml + "\n# reviewed\n");
    assertNotEquals(gazetteer.fingerprint(), Gazetteer.load(edited).fingerprint());
    // sha256sum of the 14 bytes "entities: []\n"
    assertEquals("5d166f7335289778db8989d0a81fc709376d6c61e5e0bb8bc050014cc4e3540e",
        Gazetteer.parse("entities: []\n", "empty.yaml").fingerprint());
  }

  @Test
  void errorMessagesUseTheFileName(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("gazetteer.yaml");
    Files.writeString(bad, """
        entities:
          - id: kinmen
            name: Kinmen
            type: county
            parent: taiwn
        """);
    GazetteerException e = assertThrows(GazetteerException.class, () -> Gazetteer.load(bad));
    assertEquals("gazetteer.yaml:2: entity 'kinmen': unknown parent 'taiwn'", e.getMessage());
    assertEquals("gazetteer.yaml", e.source());
  }

  @Test
  void missingFileIsAGazetteerException(@TempDir Path dir) {
    GazetteerException e = assertThrows(GazetteerException.class,
        () -> Gazetteer.load(dir.resolve("absent.yaml")));
    assertTrue(e.getMessage().startsWith("absent.yaml: cannot read"), e.getMessage());
  }
}
