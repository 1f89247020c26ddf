package org.straits.solr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The local SolrCloud of {@code solr-node/} (N Solr 9.10 nodes and an embedded ZooKeeper) in a
 * JVM of its own: Solr's Lucene 9 never meets Straits' Lucene 10 on one classpath. The node
 * build is compiled on first use ({@code mvn -f solr-node/pom.xml compile}, which writes the
 * classpath file this reads).
 */
public final class LocalSolrCloud implements AutoCloseable {
  private static final String MAIN = "org.straits.solrnode.LocalSolrCloud";
  private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

  private final Process process;
  private final PrintWriter commands;
  private final BlockingQueue<String> lines = new ArrayBlockingQueue<>(1024);
  private final List<String> urls;

  private LocalSolrCloud(Process process) throws IOException {
    this.process = process;
    this.commands = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
    Thread reader = new Thread(this::readLines, "solr-node-output");
    reader.setDaemon(true);
    reader.start();
    this.urls = awaitUrls();
  }

  /** Starts a cluster of {@code nodes} nodes under {@code dir} (null: a temporary folder); port 0 = free ports. */
  public static LocalSolrCloud start(Path home, int nodes, Path dir, int port) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command(home, nodes, dir, port));
    // Solr logs to standard error: kept in a file to read when something goes wrong.
    builder.redirectError(Files.createTempFile("straits-solr-node-", ".log").toFile());
    return new LocalSolrCloud(builder.start());
  }

  /** The java command line of the node JVM; {@code ./straits solr start} runs it in the foreground. */
  public static List<String> command(Path home, int nodes, Path dir, int port) throws IOException {
    Path classpath = nodeClasspath(home);
    Path logs = dir == null ? Files.createTempDirectory("straits-solr-logs-") : dir.resolve("logs");
    List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx1g", "-Dsolr.log.dir=" + logs,
        "-cp", home.resolve("solr-node/target/classes") + java.io.File.pathSeparator
            + Files.readString(classpath).strip(),
        MAIN, "--nodes", String.valueOf(nodes), "--port", String.valueOf(port)));
    if (dir != null) {
      command.add("--dir");
      command.add(dir.toString());
    }
    return command;
  }

  /** solr-node's classpath file, building solr-node first when it is missing or older than its sources. */
  static Path nodeClasspath(Path home) throws IOException {
    Path build = home.resolve("solr-node");
    Path classpath = build.resolve("target/classpath.txt");
    if (!Files.isRegularFile(build.resolve("pom.xml"))) {
      throw new IOException("no solr-node/pom.xml under " + home + " (set -Dstraits.home to the Straits folder)");
    }
    if (!Files.exists(classpath) || isOlder(classpath, build)) {
      Process mvn = new ProcessBuilder("mvn", "-q", "-B", "-f", build.resolve("pom.xml").toString(), "compile")
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      try {
        if (!mvn.waitFor(10, TimeUnit.MINUTES) || mvn.exitValue() != 0) {
          throw new IOException("building solr-node failed: run 'mvn -f solr-node/pom.xml compile' to see why");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while building solr-node", e);
      }
    }
    return classpath;
  }

  private static boolean isOlder(Path classpath, Path build) throws IOException {
    long built = Files.getLastModifiedTime(classpath).toMillis();
    try (var files = Files.walk(build.resolve("src"))) {
      return Files.getLastModifiedTime(build.resolve("pom.xml")).toMillis() > built
          || files.anyMatch(f -> f.toFile().lastModified() > built);
    }
  }

  private static String javaBinary() {
    return ProcessHandle.current().info().command().orElse("java");
  }

  private void readLines() {
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        java.io.Writer log = Files.newBufferedWriter(Files.createTempFile("straits-solr-node-", ".out"))) {
      String line;
      while ((line = out.readLine()) != null) {
        lines.offer(line);
        log.write(line);
        log.write('\n');
        log.flush();
      }
    } catch (IOException e) {
      // The process ended; await* notices through isAlive.
    }
  }

  private List<String> awaitUrls() throws IOException {
    String line = awaitLine("solr-urls: ", START_TIMEOUT);
    return List.of(line.substring("solr-urls: ".length()).split(","));
  }

  private String awaitLine(String prefix, Duration timeout) throws IOException {
    long deadline = System.nanoTime() + timeout.toNanos();
    try {
      while (System.nanoTime() < deadline) {
        String line = lines.poll(200, TimeUnit.MILLISECONDS);
        if (line != null && line.startsWith("error: ")) {
          throw new IOException("local SolrCloud: " + line.substring(7));
        }
        if (line != null && line.startsWith(prefix)) {
          return line;
        }
        if (line == null && !process.isAlive()) {
          throw new IOException("the local SolrCloud stopped (exit " + process.exitValue() + ") before '" + prefix.strip() + "'");
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for the local SolrCloud", e);
    }
    close();
    throw new IOException("the local SolrCloud did not answer '" + prefix.strip() + "' within " + timeout.toSeconds() + " s");
  }

  public List<String> urls() {
    return urls;
  }

  /** Stops node {@code n} (from 1), as a crash would take it away. */
  public void stopNode(int n) throws IOException {
    commands.println("stop " + n);
    awaitLine("stopped: " + n, Duration.ofMinutes(1));
  }

  /** Starts node {@code n} again on its port. */
  public void startNode(int n) throws IOException {
    commands.println("start " + n);
    awaitLine("started: " + n, Duration.ofMinutes(2));
  }

  @Override
  public void close() {
    if (!process.isAlive()) {
      return;
    }
    commands.println("quit");
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
