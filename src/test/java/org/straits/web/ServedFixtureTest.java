package org.straits.web;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** HTTP tests share one real server over the fixture index per test class. */
abstract class ServedFixtureTest {
  @TempDir static Path dir;
  static WebFixture site;

  @BeforeAll
  static void startSite() throws Exception {
    site = WebFixture.start(dir);
  }

  @AfterAll
  static void stopSite() throws Exception {
    site.close();
  }
}
