package org.straits.solrnode;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * A real SolrCloud on this machine for trying and testing Straits on Solr: N Solr nodes (Jetty)
 * and an embedded ZooKeeper in this JVM, which Straits forks with Solr 9's own classpath.
 *
 * <p>Arguments: {@code --nodes N} (2), {@code --dir DIR} (a fresh temporary folder), {@code --port P}
 * (node i listens on P+i; 0 picks free ports). Prints {@code solr-urls: URL1,URL2} once every node
 * is up, then reads commands from standard input, one a line — {@code stop N}, {@code start N}
 * (node N, from 1) and {@code quit} — so a test can take a node down mid-suite. Stops cleanly on
 * SIGTERM, Ctrl-C or the end of standard input.
 */
public final class LocalSolrCloud {
  private final MiniSolrCloudCluster cluster;
  private final List<JettySolrRunner> nodes = new ArrayList<>();

  private LocalSolrCloud(int count, Path dir, int port) throws Exception {
    cluster = new MiniSolrCloudCluster(0, dir, JettyConfig.builder().build());
    for (int i = 0; i < count; i++) {
      JettyConfig config = JettyConfig.builder().setPort(port == 0 ? 0 : port + i).stopAtShutdown(true).build();
      nodes.add(cluster.startJettySolrRunner("node" + (i + 1), "/solr", config));
    }
    cluster.waitForAllNodes(60);
  }

  public static void main(String[] args) throws Exception {
    int count = 2;
    int port = 0;
    Path dir = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--nodes" -> count = Integer.parseInt(args[++i]);
        case "--port" -> port = Integer.parseInt(args[++i]);
        case "--dir" -> dir = Path.of(args[++i]);
        default -> {
          System.err.println("solr-node: unknown argument " + args[i] + " (use --nodes N, --dir DIR, --port P)");
          System.exit(2);
        }
      }
    }
    if (count < 1 || count > 9) {
      System.err.println("solr-node: --nodes must be between 1 and 9, not " + count);
      System.exit(2);
    }
    Path base = dir == null ? Files.createTempDirectory("straits-solr-") : Files.createDirectories(dir);
    LocalSolrCloud cloud = new LocalSolrCloud(count, base, port);
    Runtime.getRuntime().addShutdownHook(new Thread(cloud::shutdown, "solr-node-shutdown"));
    System.out.println("solr-urls: " + String.join(",", cloud.urls()));
    System.out.println("solr-dir: " + base);
    System.out.flush();
    cloud.serveCommands();
    System.exit(0);
  }

  private List<String> urls() {
    return nodes.stream().map(n -> n.getBaseUrl().toString()).toList();
  }

  /** Commands on standard input until "quit" or its end (the parent went away). */
  private void serveCommands() throws Exception {
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String line;
    while ((line = in.readLine()) != null) {
      String[] words = line.strip().split("\\s+");
      try {
        switch (words[0]) {
          case "quit" -> { return; }
          case "stop" -> {
            JettySolrRunner node = node(words);
            node.stop();
            System.out.println("stopped: " + words[1]);
          }
          case "start" -> {
            JettySolrRunner node = node(words);
            node.start(true);
            cluster.waitForNode(node, 60);
            System.out.println("started: " + words[1] + " " + node.getBaseUrl());
          }
          case "" -> { }
          default -> System.out.println("error: unknown command '" + words[0] + "' (stop N, start N, quit)");
        }
      } catch (RuntimeException e) {
        System.out.println("error: " + e.getMessage());
      }
      System.out.flush();
    }
  }

  private JettySolrRunner node(String[] words) {
    if (words.length < 2) {
      throw new IllegalArgumentException("which node? e.g. '" + words[0] + " 2'");
    }
    int index = Integer.parseInt(words[1]) - 1;
    if (index < 0 || index >= nodes.size()) {
      throw new IllegalArgumentException("no node " + words[1] + " (1.." + nodes.size() + ")");
    }
    return nodes.get(index);
  }

  private synchronized void shutdown() {
    try {
      cluster.shutdown();
    } catch (Exception e) {
      System.err.println("solr-node: shutdown: " + e.getMessage());
    }
  }
}
