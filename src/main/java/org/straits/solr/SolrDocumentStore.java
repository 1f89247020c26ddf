package org.straits.solr;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.straits.index.DocumentStore;
import org.straits.schema.Schema;

/**
 * A Solr collection as the admin area's removal sees it: a document found by id in the live
 * collection, and deleted there with Straits' records kept right (the file's ids, the versions of
 * its story regrouped in the same commit). Each call uses a client of its own.
 */
public final class SolrDocumentStore implements DocumentStore {
  private final Supplier<SolrCluster> clusters;
  private final String alias;
  private final Path stateDir;

  public SolrDocumentStore(Supplier<SolrCluster> clusters, String alias, Path stateDir) {
    this.clusters = clusters;
    this.alias = alias;
    this.stateDir = stateDir;
  }

  @Override
  public Optional<Stored> find(String id) throws IOException {
    try (SolrCluster cluster = clusters.get()) {
      SolrDocumentList found = select(cluster, "{!term f=" + Schema.ID + "}" + id, 1);
      if (found.isEmpty()) {
        return Optional.empty();
      }
      String file = SolrHits.string(found.get(0), Schema.FILE);
      long inFile = select(cluster, "{!term f=" + Schema.FILE + "}" + file, 0).getNumFound();
      return Optional.of(new Stored(file, SolrHits.string(found.get(0), Schema.TITLE), (int) inFile - 1));
    }
  }

  private SolrDocumentList select(SolrCluster cluster, String query, int rows) {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", query);
    params.set("rows", rows);
    params.set("fl", Schema.FILE + "," + Schema.TITLE);
    return cluster.query(alias, params).getResults();
  }

  @Override
  public void delete(String id) throws IOException {
    SolrFileState state = SolrFileState.read(stateDir);
    if (state.collection() == null) {
      throw new IOException("Straits has no record of a Solr collection in " + stateDir + ": run 'straits index --backend solr'");
    }
    try (SolrCluster cluster = clusters.get()) {
      cluster.deleteByQuery(state.collection(), "{!term f=" + Schema.ID + "}" + id);
      SolrStories stories = SolrStories.read(stateDir, state.collection(), null);
      stories.remove(id);
      SolrIndexer.regroupAndCommit(cluster, state.collection(), stories);
      new SolrFileState(state.collection(), state.schema(), state.gazetteer(), without(state.files(), id),
          state.building()).write(stateDir);
      stories.write();
    }
  }

  /** The files' ids without {@code id}: its file stays, the document is excluded from it. */
  private static Map<String, SolrFileState.FileEntry> without(Map<String, SolrFileState.FileEntry> files, String id) {
    Map<String, SolrFileState.FileEntry> kept = new LinkedHashMap<>();
    files.forEach((file, entry) -> kept.put(file, entry.ids().contains(id)
        ? new SolrFileState.FileEntry(entry.hash(), entry.ids().stream().filter(other -> !other.equals(id)).toList())
        : entry));
    return kept;
  }
}
