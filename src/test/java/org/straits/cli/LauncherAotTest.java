package org.straits.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.straits.Fixtures;

/**
 * The launcher's AOT cache (JDK 25+), through the real {@code straits} script in a home of its own
 * (the script, and a jar of the compiled classes whose manifest lists the test's class path): a
 * recording run prints nothing of the JVM's own, a run of two documents is not assembled into a
 * cache, a run of a thousand is, and the next command starts with it without a word on stderr.
 */
class LauncherAotTest {
  @TempDir Path home;
  @TempDir Path work;

  @Test
  void onlyASubstantialIndexRunBecomesTheCacheAndNoRunSaysAnythingAboutIt() throws Exception {
    assumeTrue(Runtime.version().feature() >= 25, "the launcher's AOT cache needs JDK 25");
    installLauncher();
    Path aot = home.resolve("target/aot");

    Path seeds = Files.createDirectories(work.resolve("seeds"));
    Fixtures.write(seeds, "a.txt", "Notes on Kinmen\n\nFerries to Kinmen from Xiamen, Taiwan.\n");
    Fixtures.write(seeds, "b.txt", "More notes\n\nThe PRC and Taiwan.\n");
    Run tiny = launch("index", "--source", seeds.toString(), "--index", work.resolve("tiny").toString());
    assertEquals(0, tiny.exit(), tiny.err());
    assertEquals("", tiny.err(), "a recording run prints nothing of the JVM's own");
    awaitTraining(aot);
    assertEquals(List.of(), caches(aot), "two documents train nothing worth keeping");
    assertTrue(Files.readString(aot.resolve("training.log")).contains("not assembled"));

    Path corpus = Files.createDirectories(work.resolve("corpus"));
    Fixtures.write(corpus, "many.jsonl", thousandDocuments());
    Run substantial = launch("index", "--source", corpus.toString(), "--index", work.resolve("many").toString());
    assertEquals(0, substantial.exit(), substantial.err());
    assertEquals("", substantial.err());
    awaitTraining(aot);
    assertEquals(1, caches(aot).size(), Files.readString(aot.resolve("training.log")));

    Run next = launch("stats", "--index", work.resolve("many").toString());
    assertEquals(0, next.exit(), next.err());
    assertEquals("", next.err(), "the cache is taken without a word");
    assertTrue(next.out().contains("1,000") || next.out().contains("1000"), next.out());
  }

  private static String thousandDocuments() {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 1000; i++) {
      lines.append("{\"id\":\"d").append(i).append("\",\"title\":\"Strait report ").append(i)
          .append("\",\"date\":\"2024-01-").append(String.format("%02d", 1 + i % 28)).append("\",\"lang\":\"")
          .append(i % 2 == 0 ? "en" : "zh").append("\",\"body\":\"")
          .append(i % 2 == 0 ? "The coast guard patrolled near Kinmen while Taiwan and Xiamen discussed ferries, number " + i + "."
              : "台湾海峡两岸关系出现新的变化，金门附近第" + i + "次演习。")
          .append("\"}\n");
    }
    return lines.toString();
  }

  /** The script, and a jar of target/classes whose manifest names every jar of the class path. */
  private void installLauncher() throws IOException {
    Path script = home.resolve("straits");
    Files.copy(Path.of("straits"), script);
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path classes = Path.of("target/classes").toAbsolutePath();
    List<String> jars = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (entry.endsWith(".jar")) {
        jars.add(Path.of(entry).toUri().toString());
      }
    }
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "org.straits.Main");
    manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", jars));
    Path jar = Files.createDirectories(home.resolve("target")).resolve("straits.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
        Stream<Path> files = Files.walk(classes)) {
      for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace(File.separatorChar, '/')));
        Files.copy(file, out);
        out.closeEntry();
      }
    }
  }

  private record Run(int exit, String out, String err) {}

  private Run launch(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(home.resolve("straits").toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
    Map<String, String> env = builder.environment();
    env.put("JAVA_HOME", System.getProperty("java.home"));
    env.remove("STRAITS_AOT");
    env.remove("STRAITS_JAVA_OPTS");
    env.remove("JDK_JAVA_OPTIONS");
    Path out = Files.createTempFile(work, "out", ".txt");
    Path err = Files.createTempFile(work, "err", ".txt");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    try (OutputStream stdin = process.getOutputStream()) {
      // No input.
    }
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("the launcher did not finish: " + command);
    }
    return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }

  /** The background assembly holds target/aot/training.lock until it has finished. */
  private static void awaitTraining(Path aot) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    while (Files.exists(aot.resolve("training.lock"))) {
      assertFalse(System.nanoTime() > deadline, "the AOT assembly did not finish");
      Thread.sleep(200);
    }
  }

  private static List<String> caches(Path aot) throws IOException {
    try (Stream<Path> files = Files.list(aot)) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("straits-.*\\.aot")).toList();
    }
  }
}
