package org.straits.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.straits.Fixtures;
import org.straits.admin.ExcludedIds;
import org.straits.admin.PasswordHash;
import picocli.CommandLine;

/** What the command line says: help, errors that name the flag to use, run summaries, passwords. */
class CliMessagesTest {
  @TempDir Path source;
  @TempDir Path index;

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  private CliRun withData(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--index", index.toString(), "--source", source.toString(), "--gazetteer", Fixtures.smallGazetteer().toString()));
    return run(all.toArray(String[]::new));
  }

  private CliRun withInput(String input, String... args) {
    InputStream before = System.in;
    System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
    try {
      return run(args);
    } finally {
      System.setIn(before);
    }
  }

  @Test
  void everyCommandIsListedWithAWholeSentence() {
    CommandLine cli = StraitsCommand.commandLine();
    String help = run("--help").out();
    String flat = help.replaceAll("\\s+", " ");
    cli.getSubcommands().forEach((name, sub) -> {
      if (name.equals("help")) {
        return;
      }
      String summary = sub.getCommandSpec().usageMessage().description()[0];
      assertTrue(summary.endsWith("."), name + ": " + summary);
      assertTrue(flat.contains(summary), name + "'s summary is printed whole: " + help);
      String own = run(name, "--help").out().replaceAll("\\s+", " ");
      for (String paragraph : sub.getCommandSpec().usageMessage().description()) {
        assertTrue(own.contains(paragraph.strip()), name + " --help prints '" + paragraph + "' whole: " + own);
      }
    });
    for (String line : help.split("\n")) {
      assertTrue(line.length() <= 80, "wrapped to the width: " + line);
    }
  }

  @Test
  void entitiesListsEvalByItsOwnName() {
    String help = run("entities", "--help").out();
    assertTrue(help.matches("(?s).*\\n  eval +Evaluate.*"), help);
    assertTrue(help.contains("  check "), help);
    assertFalse(help.contains("entities, eval"), help);
    assertTrue(run("eval", "--help").out().matches("(?s).*\\n  entities +Evaluate.*"));
  }

  @Test
  void hashPasswordNeedsTwoMatchingEntriesEvenFromAPipe() {
    CliRun good = withInput("a long admin password\na long admin password\n", "admin", "hash-password");
    assertEquals(0, good.exit(), good.err());
    assertTrue(PasswordHash.verify("a long admin password".toCharArray(), good.out().strip()));

    CliRun differ = withInput("a long admin password\na long admin passwort\n", "admin", "hash-password");
    assertEquals(1, differ.exit());
    assertTrue(differ.err().contains("the two passwords differ"), differ.err());
    assertEquals("", differ.out(), "no hash for a mismatch");

    CliRun once = withInput("a long admin password\n", "admin", "hash-password");
    assertEquals(1, once.exit());
    assertTrue(once.err().contains("second entry is missing"), once.err());
    assertEquals("", once.out());

    CliRun empty = withInput("", "admin", "hash-password");
    assertEquals(1, empty.exit());
    assertTrue(empty.err().contains("no password given"), empty.err());

    CliRun shortOne = withInput("short\nshort\n", "admin", "hash-password");
    assertEquals(1, shortOne.exit());
    assertTrue(shortOne.err().contains("at least 12 characters"), shortOne.err());
  }

  @Test
  void aBusyPortIsNamedWithTheFlagToChooseAnother() throws Exception {
    Fixtures.writeCorpus(source);
    withData("index");
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int port = taken.getLocalPort();
      CliRun serve = withData("serve", "--port", String.valueOf(port));
      assertEquals(1, serve.exit());
      assertTrue(serve.err().contains("127.0.0.1:" + port + ": the port is already in use"), serve.err());
      assertTrue(serve.err().contains("--port N"), serve.err());
      assertFalse(serve.err().contains("BindException"), serve.err());
    }
  }

  @Test
  void aMissingIndexNamesTheIndexFlag() {
    CliRun search = withData("search", "taiwan");
    assertEquals(1, search.exit());
    assertTrue(search.err().contains("run './straits index' first"), search.err());
    assertTrue(search.err().contains("--index DIR"), search.err());
    assertTrue(withData("stats").err().contains("--index DIR"));
  }

  @Test
  void theSummarySaysWhatHappenedToExcludedDocumentsAndNoRateForASmallRun() throws Exception {
    Fixtures.writeCorpus(source);
    new ExcludedIds(index.resolve(".straits"))
        .add(new ExcludedIds.Entry("en/relations.txt", "en/relations.txt", "Relations across the strait", Instant.now(), "test"));
    CliRun indexed = withData("index");
    assertEquals(0, indexed.exit(), indexed.err());
    assertTrue(indexed.out().contains("5 new, 0 changed"), indexed.out());
    assertTrue(indexed.out().contains("5 indexed"), indexed.out());
    assertTrue(indexed.out().contains("excluded:  1 document skipped: deleted by an administrator but still in the source folder"), indexed.out());
    assertFalse(indexed.out().contains("documents/s"), "six documents make no rate: " + indexed.out());

    String runs = Files.readString(index.resolve(".straits/runs.jsonl"));
    assertTrue(runs.contains("\"by\":\"index:" + System.getProperty("user.name") + "\""), runs);
    assertTrue(runs.contains("\"documentsExcluded\":1"), runs);
  }

  @Test
  void aFailedRunIsRecordedAndStillReported() throws Exception {
    org.straits.admin.RunHistory history = new org.straits.admin.RunHistory(index.resolve(".straits/runs.jsonl"));
    java.io.IOException failure = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
        () -> history.recordRun("index:test", true, () -> {
          throw new java.io.IOException("disk full while writing segment _3");
        }));
    assertEquals("disk full while writing segment _3", failure.getMessage());
    org.straits.admin.RunRecord recorded = history.recent(1).get(0);
    assertEquals("failed: disk full while writing segment _3", recorded.outcome());
    assertEquals("index:test", recorded.by());
    assertTrue(recorded.full());
  }
}
