package org.straits.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.straits.index.IndexMetadata;

/**
 * The searchable view of an index on disk. Searches share one point-in-time reader; {@link
 * #refresh()} moves to the latest commit (another process may be indexing), so readers never see a
 * half-written index.
 */
public final class IndexView implements Closeable {
  private final Path path;
  private final Directory directory;
  private final SearcherManager manager;
  private final FacetsConfig facetsConfig;

  private IndexView(Path path, Directory directory, FacetsConfig facetsConfig) throws IOException {
    this.path = path;
    this.directory = directory;
    this.facetsConfig = facetsConfig;
    this.manager = new SearcherManager(directory, new FacetStateFactory(facetsConfig));
  }

  /** Opens the index at {@code path}; a clear error when there is none. */
  public static IndexView open(Path path, FacetsConfig facetsConfig) throws IOException {
    if (!Files.isDirectory(path)) {
      throw new IOException("no index at " + path + ": run './straits index' first, or give the folder of an existing index with --index DIR");
    }
    Directory directory = FSDirectory.open(path);
    if (!DirectoryReader.indexExists(directory)) {
      directory.close();
      throw new IOException("no index at " + path + ": run './straits index' first, or give the folder of an existing index with --index DIR");
    }
    return new IndexView(path, directory, facetsConfig);
  }

  public Path path() {
    return path;
  }

  public Directory directory() {
    return directory;
  }

  public FacetsConfig facetsConfig() {
    return facetsConfig;
  }

  /** Picks up the latest commit if there is a newer one; true when it did. */
  public boolean refresh() throws IOException {
    IndexSearcher before = manager.acquire();
    try {
      manager.maybeRefreshBlocking();
      IndexSearcher after = manager.acquire();
      try {
        return after != before;
      } finally {
        manager.release(after);
      }
    } finally {
      manager.release(before);
    }
  }

  /**
   * The gazetteer fingerprint of the commit being served ("" when unknown), so names resolve
   * with the gazetteer the served documents were built with until a rebuild is served.
   */
  public String gazetteerFingerprint() throws IOException {
    FacetedSearcher searcher = (FacetedSearcher) manager.acquire();
    try {
      return searcher.gazetteerFingerprint;
    } finally {
      manager.release(searcher);
    }
  }

  /** Runs {@code work} on one consistent snapshot of the index. */
  public <T> T read(SnapshotWork<T> work) throws IOException {
    FacetedSearcher searcher = (FacetedSearcher) manager.acquire();
    try {
      return work.apply(searcher, searcher.facetState);
    } finally {
      manager.release(searcher);
    }
  }

  @Override
  public void close() throws IOException {
    manager.close();
    directory.close();
  }

  /** What a piece of work does with a snapshot. The facet state is null for an index with no facets. */
  @FunctionalInterface
  public interface SnapshotWork<T> {
    T apply(IndexSearcher searcher, SortedSetDocValuesReaderState facets) throws IOException;
  }

  /** A searcher that carries the facet ordinals of its own reader, computed once per refresh. */
  static final class FacetedSearcher extends IndexSearcher {
    final SortedSetDocValuesReaderState facetState;
    final String gazetteerFingerprint;

    FacetedSearcher(IndexReader reader, SortedSetDocValuesReaderState facetState) throws IOException {
      super(reader);
      this.facetState = facetState;
      this.gazetteerFingerprint = reader instanceof DirectoryReader directoryReader
          ? directoryReader.getIndexCommit().getUserData().getOrDefault(IndexMetadata.GAZETTEER, "")
          : "";
    }
  }

  private static final class FacetStateFactory extends SearcherFactory {
    private final FacetsConfig config;

    FacetStateFactory(FacetsConfig config) {
      this.config = config;
    }

    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
      return new FacetedSearcher(reader, facetState(reader));
    }

    private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
      try {
        return new FacetOrdinals(reader, config);
      } catch (IllegalArgumentException noFacetsYet) {
        // An index whose documents carry no facet field at all (e.g. empty): nothing to count.
        return null;
      }
    }
  }
}
