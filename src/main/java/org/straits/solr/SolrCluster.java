package org.straits.solr;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.ContentStreamBase;
import org.apache.solr.common.util.NamedList;
import org.straits.search.EngineUnavailableException;

/**
 * A SolrCloud cluster reached through SolrJ's {@link CloudSolrClient} on Solr base URLs (the
 * cluster state comes from the nodes over HTTP: no ZooKeeper client in Straits). Every failure
 * to reach it becomes an {@link EngineUnavailableException} naming the URLs. Requests are built
 * from {@link ModifiableSolrParams} and generic requests only, so moving to SolrJ 10 is a version
 * change.
 *
 * <p>Every request has a bound: a node that accepts connections but does not answer (a long GC
 * pause, a network black hole) costs a reader at most {@link #READER_TIMEOUT}, never a hung
 * server thread; SolrJ's default would wait 120 s.
 */
public final class SolrCluster implements Closeable {
  /** How long a search may wait for Solr: long enough for a cold facet request, short enough for a person. */
  public static final Duration READER_TIMEOUT = Duration.ofSeconds(15);
  /** Indexing requests (batches, a commit that opens a searcher, creating a collection) may take longer. */
  public static final Duration INDEXING_TIMEOUT = Duration.ofSeconds(120);
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  private static final int MAX_REPLICAS = 3;

  private final List<String> urls;
  private final Duration timeout;
  private final Http2SolrClient http;
  private final CloudSolrClient client;

  /** A cluster for indexing and administration ({@link #INDEXING_TIMEOUT}). */
  public SolrCluster(List<String> urls) {
    this(urls, INDEXING_TIMEOUT);
  }

  /** A cluster whose every request gives up after {@code timeout} without an answer. */
  public SolrCluster(List<String> urls, Duration timeout) {
    if (urls.isEmpty()) {
      throw new IllegalArgumentException("no Solr URLs: set solr-urls (e.g. http://host:8983/solr)");
    }
    this.urls = List.copyOf(urls);
    this.timeout = timeout;
    this.http = new Http2SolrClient.Builder()
        .withConnectionTimeout(Math.min(CONNECT_TIMEOUT.toMillis(), timeout.toMillis()), TimeUnit.MILLISECONDS)
        .withIdleTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
        .withRequestTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
        .build();
    this.client = new CloudSolrClient.Builder(this.urls).withHttpClient(http).build();
  }

  public List<String> urls() {
    return urls;
  }

  /** A search on {@code collection} (an alias or a collection). */
  QueryResponse query(String collection, ModifiableSolrParams params) {
    return query(collection, "/select", params);
  }

  /** A request to another handler of the collection ({@code /terms}). */
  QueryResponse query(String collection, String handler, ModifiableSolrParams params) {
    return call("search " + collection, () -> {
      QueryRequest request = new QueryRequest(params, SolrRequest.METHOD.POST);
      request.setPath(handler);
      return request.process(client, collection);
    });
  }

  void add(String collection, Collection<SolrInputDocument> docs) {
    if (docs.isEmpty()) {
      return;
    }
    call("index into " + collection, () -> {
      UpdateRequest update = new UpdateRequest();
      update.add(docs);
      return update.process(client, collection);
    });
  }

  void deleteByQuery(String collection, String query) {
    call("delete from " + collection, () -> {
      UpdateRequest update = new UpdateRequest();
      update.deleteByQuery(query);
      return update.process(client, collection);
    });
  }

  /** A hard commit that opens a new searcher: what readers see from now on. */
  void commit(String collection) {
    call("commit " + collection, () -> client.commit(collection, true, true));
  }

  /** Collection names and alias → collection. */
  List<String> collections() {
    return call("list collections", () -> {
      List<String> names = new ArrayList<>();
      CollectionAdminRequest.listCollections(client).forEach(names::add);
      return names;
    });
  }

  Map<String, String> aliases() {
    return call("list aliases", () -> new CollectionAdminRequest.ListAliases().process(client).getAliases());
  }

  /** What {@code name} refers to: the collection an alias points at, the collection itself, or empty. */
  Optional<String> resolve(String name) {
    String target = aliases().get(name);
    if (target != null) {
      return Optional.of(target);
    }
    return collections().contains(name) ? Optional.of(name) : Optional.empty();
  }

  int liveNodes() {
    return call("read the cluster state", () -> {
      NamedList<Object> status = CollectionAdminRequest.getClusterStatus().process(client).getResponse();
      Object cluster = status.get("cluster");
      Object live = cluster instanceof NamedList<?> c ? c.get("live_nodes") : null;
      return live instanceof List<?> nodes ? Math.max(1, nodes.size()) : 1;
    });
  }

  /** Uploads the generated configset as {@code name} (replacing one of that name). */
  void uploadConfigset(String name) throws IOException {
    byte[] zip = SolrConfigset.zip();
    call("upload configset " + name, () -> {
      ConfigSetAdminRequest.Upload upload = new ConfigSetAdminRequest.Upload()
          .setConfigSetName(name)
          .setOverwrite(true)
          .setCleanup(true)
          .setUploadStream(new ContentStreamBase.ByteArrayStream(zip, name + ".zip", "application/zip"));
      return upload.process(client);
    });
  }

  /**
   * A collection of one shard with a replica on every live node (at most {@link #MAX_REPLICAS}).
   * One shard because shards commit one after the other: a search spanning two could count one
   * shard's new commit and the other's old one (the soak saw half files). Every answer comes from
   * one replica, so from one commit; a node that goes away leaves full answers from the others; and
   * term statistics are the whole collection's, as in the embedded engine. Straits' corpora are far
   * below the size where one shard is too big for a node.
   */
  void createCollection(String name, String configset) {
    int replicas = Math.min(liveNodes(), MAX_REPLICAS);
    call("create collection " + name, () ->
        CollectionAdminRequest.createCollection(name, configset, 1, replicas).process(client));
  }

  /** Points {@code alias} at {@code collection}: readers move over in one step. */
  void alias(String alias, String collection) {
    call("point alias " + alias + " at " + collection, () ->
        CollectionAdminRequest.createAlias(alias, collection).process(client));
  }

  void deleteCollection(String name) {
    call("delete collection " + name, () -> CollectionAdminRequest.deleteCollection(name).process(client));
  }

  private interface SolrCall<T> {
    T run() throws SolrServerException, IOException;
  }

  private <T> T call(String what, SolrCall<T> call) {
    try {
      return call.run();
    } catch (SolrServerException | IOException | RuntimeException e) {
      if (e instanceof EngineUnavailableException unavailable) {
        throw unavailable;
      }
      throw new EngineUnavailableException("Solr at " + String.join(",", urls) + ": cannot " + what + ": "
          + rootMessage(e), e);
    }
  }

  /** The innermost message, in words: a timeout says how long was waited, never a class name. */
  private String rootMessage(Throwable e) {
    Throwable at = e;
    String message = e.getMessage();
    while (true) {
      if (at instanceof java.util.concurrent.TimeoutException || at instanceof java.net.SocketTimeoutException) {
        return "no answer within " + timeout.toSeconds() + " s";
      }
      if (at.getCause() == null || at.getCause() == at) {
        break;
      }
      at = at.getCause();
      if (at.getMessage() != null) {
        message = at.getMessage();
      }
    }
    if (message != null && message.contains("fetching live_nodes")) {
      // SolrJ's words suggest re-creating its client; what a reader needs is that no node answered.
      return "no node answered (none of the URLs gave the cluster state; each is given " + timeout.toSeconds() + " s)";
    }
    return message == null ? at.getClass().getSimpleName() : message;
  }

  SolrClient client() {
    return client;
  }

  @Override
  public void close() throws IOException {
    client.close();
    http.close();
  }
}
