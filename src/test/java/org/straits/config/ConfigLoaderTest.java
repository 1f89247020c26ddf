package org.straits.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  @TempDir Path dir;

  @Test
  void flagBeatsEnvironmentBeatsFileBeatsDefault() throws Exception {
    Path file = dir.resolve("straits.properties");
    Files.writeString(file, "index=/from/file\nsource=/src/file\nport=9000\nbind=0.0.0.0\n");
    Map<String, String> env = Map.of("STRAITS_INDEX", "/from/env", "STRAITS_PORT", "9100");
    Map<String, String> flags = new HashMap<>();
    flags.put("index", "/from/flag");
    flags.put("source", null);
    StraitsConfig config = new ConfigLoader(env).load(file, flags);
    assertEquals(Path.of("/from/flag"), config.index());
    assertEquals(9100, config.port());
    assertEquals(Path.of("/src/file"), config.source());
    assertEquals("0.0.0.0", config.bind());
    assertEquals(StraitsConfig.defaults().threads(), config.threads());
  }

  @Test
  void defaultsNeedNoFile() throws Exception {
    StraitsConfig config = new ConfigLoader(Map.of()).load(null, Map.of());
    assertEquals("127.0.0.1", config.bind());
    assertTrue(config.index().endsWith("index"));
  }

  @Test
  void badValuesAndUnknownKeysAreNamed() throws IOException {
    Path file = dir.resolve("bad.properties");
    Files.writeString(file, "colour=red\n");
    ConfigException unknown = assertThrows(ConfigException.class, () -> new ConfigLoader(Map.of()).load(file, Map.of()));
    assertTrue(unknown.getMessage().contains("unknown setting 'colour'"), unknown.getMessage());
    ConfigException port = assertThrows(ConfigException.class,
        () -> new ConfigLoader(Map.of("STRAITS_PORT", "eighty")).load(null, Map.of()));
    assertTrue(port.getMessage().contains("port"), port.getMessage());
    ConfigException range = assertThrows(ConfigException.class,
        () -> new ConfigLoader(Map.of()).load(null, Map.of("port", "70000")));
    assertTrue(range.getMessage().contains("between 0 and 65535"), range.getMessage());
    ConfigException missing = assertThrows(ConfigException.class,
        () -> new ConfigLoader(Map.of()).load(dir.resolve("absent.properties"), Map.of()));
    assertTrue(missing.getMessage().contains("absent.properties"), missing.getMessage());
  }

  @Test
  void searchThreadsDefaultToTheCoresAndAreBounded() throws Exception {
    assertEquals(Runtime.getRuntime().availableProcessors(), new ConfigLoader(Map.of()).load(null, Map.of()).searchThreads());
    assertEquals(3, new ConfigLoader(Map.of("STRAITS_SEARCH_THREADS", "3")).load(null, Map.of()).searchThreads());
    ConfigException zero = assertThrows(ConfigException.class,
        () -> new ConfigLoader(Map.of("STRAITS_SEARCH_THREADS", "0")).load(null, Map.of()));
    assertTrue(zero.getMessage().contains("search-threads must be between 1 and 256"), zero.getMessage());
  }

  @Test
  void theEngineIsChosenLikeEveryOtherSetting() throws Exception {
    Path file = dir.resolve("solr.properties");
    Files.writeString(file, "backend=solr\nsolr-urls=http://a:8983/solr/, http://b:8983/solr\n");
    StraitsConfig fromFile = new ConfigLoader(Map.of()).load(file, Map.of());
    assertTrue(fromFile.onSolr());
    assertEquals(java.util.List.of("http://a:8983/solr", "http://b:8983/solr"), fromFile.solrUrls());
    assertEquals("straits", fromFile.solrCollection());
    StraitsConfig fromEnv = new ConfigLoader(Map.of("STRAITS_SOLR_COLLECTION", "news", "STRAITS_BACKEND", "lucene"))
        .load(file, Map.of("solr-collection", "archive"));
    assertEquals("archive", fromEnv.solrCollection());
    assertEquals(StraitsConfig.LUCENE, fromEnv.backend());
    ConfigException engine = assertThrows(ConfigException.class,
        () -> new ConfigLoader(Map.of()).load(null, Map.of("backend", "elastic")));
    assertTrue(engine.getMessage().contains("lucene or solr"), engine.getMessage());
    ConfigException urls = assertThrows(ConfigException.class,
        () -> new ConfigLoader(Map.of()).load(null, Map.of("backend", "solr")));
    assertTrue(urls.getMessage().contains("solr-urls"), urls.getMessage());
    ConfigException bad = assertThrows(ConfigException.class,
        () -> new ConfigLoader(Map.of()).load(null, Map.of("solr-urls", "ftp://x")));
    assertTrue(bad.getMessage().contains("solr-urls"), bad.getMessage());
  }
}
