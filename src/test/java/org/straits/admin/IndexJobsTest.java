package org.straits.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.straits.App;
import org.straits.Fixtures;

class IndexJobsTest {
  @TempDir Path source;
  @TempDir Path index;

  @Test
  void runsInTheBackgroundOneAtATimeAndRemembersRuns() throws Exception {
    Fixtures.writeCorpus(source);
    for (int i = 0; i < 200; i++) {
      Fixtures.write(source, "bulk/doc" + i + ".txt", "Bulk " + i + "\n\nText about Kinmen number " + i + ".\n");
    }
    App app = Fixtures.app(source, index);
    AtomicInteger refreshes = new AtomicInteger();
    try (IndexJobs jobs = new IndexJobs(app::indexer, source, index,
        new RunHistory(app.config().stateDir().resolve("runs.jsonl")), refreshes::incrementAndGet)) {
      JobStatus started = jobs.start(false, "admin@test");
      assertTrue(started.running());
      JobAlreadyRunningException second = assertThrows(JobAlreadyRunningException.class, () -> jobs.start(true, "other"));
      assertTrue(second.getMessage().contains("admin@test"), second.getMessage());
      jobs.awaitIdle(Duration.ofMinutes(1));

      JobStatus done = jobs.status();
      assertFalse(done.running());
      assertTrue(done.last().ok(), done.last().outcome());
      assertEquals(206, done.last().documentsIndexed());
      assertEquals(1, refreshes.get());

      jobs.start(false, "admin@test");
      jobs.awaitIdle(Duration.ofMinutes(1));
      assertEquals(2, jobs.history().recent(10).size());
      assertEquals(0, jobs.history().recent(1).get(0).documentsIndexed(), "nothing changed the second time");
    }
  }

  @Test
  void aFailedRunIsRecordedWithItsReason() throws Exception {
    App app = Fixtures.app(source.resolve("missing"), index);
    try (IndexJobs jobs = new IndexJobs(app::indexer, source.resolve("missing"), index,
        new RunHistory(index.resolve(".straits/runs.jsonl")), () -> {})) {
      jobs.start(false, "admin");
      jobs.awaitIdle(Duration.ofMinutes(1));
      RunRecord last = jobs.status().last();
      assertFalse(last.ok());
      assertTrue(last.outcome().contains("missing"), last.outcome());
    }
  }

  @Test
  void historySurvivesRestartsAndSkipsADamagedLine() throws Exception {
    Path file = index.resolve("runs.jsonl");
    RunHistory history = new RunHistory(file);
    App app = Fixtures.app(source, index);
    Fixtures.writeCorpus(source);
    history.add(RunRecord.succeeded(java.time.Instant.now(), "a", app.indexer().run(source, index, false, p -> {})));
    Files.writeString(file, "{\"started\":", java.nio.file.StandardOpenOption.APPEND);
    RunHistory reopened = new RunHistory(file);
    assertEquals(1, reopened.recent(5).size());
    assertEquals(6, reopened.recent(5).get(0).documentsIndexed());
  }
}
