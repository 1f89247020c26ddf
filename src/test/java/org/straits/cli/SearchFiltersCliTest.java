package org.straits.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.straits.Fixtures;
import picocli.CommandLine;

/** {@code search --not-region}, {@code --region-op and}, unknown values, {@code stats} without dates. */
class SearchFiltersCliTest {
  @TempDir static Path source;
  @TempDir static Path index;

  private record Outcome(int exit, String out, String err) {}

  private static Outcome run(String... args) {
    CommandLine cli = StraitsCommand.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--index", index.toString(), "--source", source.toString(),
        "--gazetteer", Fixtures.smallGazetteer().toString()));
    return new Outcome(cli.execute(all.toArray(String[]::new)), out.toString(), err.toString());
  }

  private static long total(String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of("search"));
    all.addAll(List.of(args));
    all.add("--json");
    Outcome outcome = run(all.toArray(String[]::new));
    assertEquals(0, outcome.exit(), outcome.err());
    return new ObjectMapper().readTree(outcome.out()).get("total").asLong();
  }

  @BeforeAll
  static void index() {
    Fixtures.writeCorpus(source);
    Outcome indexed = run("index");
    assertEquals(0, indexed.exit(), indexed.err());
  }

  @Test
  void excludeAndAllOf() throws Exception {
    long all = total();
    assertEquals(all, total("--region", "Taiwan") + total("--not-region", "Taiwan"));
    long both = total("--region", "Taiwan", "--region", "United States", "--region-op", "and");
    long either = total("--region", "Taiwan", "--region", "United States");
    assertTrue(both >= 1 && both < either, both + " of " + either);
    Outcome bad = run("search", "--region-op", "xor");
    assertEquals(2, bad.exit());
    assertTrue(bad.err().contains("--region-op must be 'and' or 'or'"), bad.err());
  }

  @Test
  void unknownValuesAreNamed() throws Exception {
    Outcome typo = run("search", "--region", "Tiawan");
    assertEquals(0, typo.exit(), typo.err());
    assertTrue(typo.out().contains("note: no region called 'Tiawan'; did you mean Taiwan?"), typo.out());
    JsonNode json = new ObjectMapper().readTree(run("search", "--lang", "english", "--json").out());
    assertTrue(json.get("notice").asText().contains("no lang called 'english'"), json.toString());
    assertFalse(json.get("notices").isEmpty());
  }
}
