package org.straits.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntitiesCommandTest {
  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  private static String fixture(String name) {
    return Path.of("src/test/resources/entity/check", name).toString();
  }

  @Test
  void checkPassesTheBuiltInGazetteer() {
    CliRun ok = run("entities", "check");
    assertEquals(0, ok.exit(), ok.err());
    assertTrue(ok.out().contains("gazetteer.yaml: "), ok.out());
    assertTrue(ok.out().contains(" loads; "), ok.out());
  }

  @Test
  void lintFindingsAreWarningsAndASharedNameIsReportedOnceWithBothIds() {
    CliRun ok = run("entities", "check", "--gazetteer", fixture("shared-name.yaml"));
    assertEquals(0, ok.exit(), ok.err());
    String[] lines = ok.out().split("\n");
    long formosa = java.util.Arrays.stream(lines)
        .filter(l -> l.contains("name 'Formosa'")).count();
    assertEquals(1, formosa, ok.out());
    assertTrue(ok.out().contains("'taiwan', 'formosa-plastics'"), ok.out());
    assertTrue(ok.out().contains("person without affiliations"), ok.out());
    assertTrue(ok.out().contains("shared-name.yaml:"), ok.out());
  }

  @Test
  void loadErrorsExitOneWithFileLineAndReason() {
    CliRun bad = run("entities", "check", "--gazetteer", fixture("broken.yaml"));
    assertEquals(1, bad.exit(), bad.out());
    assertTrue(bad.err().contains("broken.yaml:"), bad.err());
    assertTrue(bad.err().contains("broken.yaml:4: entity 'd': unknown parent 'nowhere'"),
        bad.err());
    assertTrue(bad.err().contains("cannot be used"), bad.err());
    assertEquals("", bad.out());
    CliRun cycle = run("entities", "check", "--gazetteer", fixture("cycle.yaml"));
    assertEquals(1, cycle.exit(), cycle.out());
    assertTrue(cycle.err().contains("cycle"), cycle.err());
    assertTrue(cycle.err().contains("cycle.yaml:"), cycle.err());
  }

  @Test
  void evalSaysClearlyWhenTheCorpusIsMissing(@TempDir Path dir) {
    CliRun missing = run("entities", "eval", "--guardian", dir.resolve("none.jsonl").toString());
    assertEquals(1, missing.exit());
    assertTrue(missing.err().contains("no corpus file"), missing.err());
    assertTrue(missing.err().contains("none.jsonl"), missing.err());
  }
}
