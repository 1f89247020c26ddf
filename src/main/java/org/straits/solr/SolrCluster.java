package org.straits.solr;

import java.io.Closeable;
import java.io.IOException;
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
 */
public final class SolrCluster implements Closeable {
  private final List<String> urls;
  private final Http2SolrClient http;
  private final CloudSolrClient client;

  public SolrCluster(List<String> urls) {
    if (urls.isEmpty()) {
      throw new IllegalArgumentException("no Solr URLs: set solr-urls (e.g. http://host:8983/solr)");
    }
    this.urls = List.copyOf(urls);
    this.http = new Http2SolrClient.Builder()
        .withConnectionTimeout(5, TimeUnit.SECONDS)
        .withIdleTimeout(120, TimeUnit.SECONDS)
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

  /** A collection with one shard per live node, one replica each. */
  void createCollection(String name, String configset) {
    int shards = liveNodes();
    call("create collection " + name, () ->
        CollectionAdminRequest.createCollection(name, configset, shards, 1).process(client));
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

  private static String rootMessage(Throwable e) {
    Throwable at = e;
    String message = e.getMessage();
    while (at.getCause() != null && at.getCause() != at) {
      at = at.getCause();
      if (at.getMessage() != null) {
        message = at.getMessage();
      }
    }
    return message == null ? e.toString() : message;
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
