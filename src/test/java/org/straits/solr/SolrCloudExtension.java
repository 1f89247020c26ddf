package org.straits.solr;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts one real 2-node SolrCloud (Solr 9.10 in a forked JVM, embedded ZooKeeper) for the whole
 * test run and stops it when the run ends. Test classes reach it through {@link #cloud()}.
 */
public final class SolrCloudExtension implements BeforeAllCallback {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SolrCloudExtension.class);

  private static volatile Started started;

  /** The cluster and how long it took to start. */
  public record Started(LocalSolrCloud cloud, long startMillis) implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    @Override
    public void close() {
      cloud.close();
    }
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Started.class, key -> start(), Started.class);
  }

  private static Started start() {
    try {
      long begin = System.nanoTime();
      Path home = Path.of(System.getProperty("straits.home", ".")).toAbsolutePath();
      LocalSolrCloud cloud = LocalSolrCloud.start(home, 2, null, 0);
      started = new Started(cloud, (System.nanoTime() - begin) / 1_000_000);
      return started;
    } catch (IOException e) {
      throw new IllegalStateException("cannot start the local SolrCloud: " + e.getMessage(), e);
    }
  }

  public static LocalSolrCloud cloud() {
    return started.cloud();
  }

  public static long startMillis() {
    return started.startMillis();
  }
}
