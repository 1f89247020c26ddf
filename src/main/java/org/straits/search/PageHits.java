package org.straits.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TaskExecutor;

/**
 * A page's hits read and highlighted: each hit's stored fields read once, for what the hit shows
 * and what its snippets are made of, then its title and snippets. After the search pass this is
 * most of a request's time (docs/benchmarks.md, "Intra-query concurrency"), and each hit's part
 * of it is its own: a hit's marks and passages depend on its own text and matches, the page's
 * highlight query is pruned only of what matches none of its hits ({@link PageHighlightQuery}).
 * So when a core is free ({@link SpareCores#free}) the page is read as two halves, one of them on
 * that core, through Lucene's {@link TaskExecutor} (the caller runs a half nobody has started);
 * otherwise in one piece, as before. Either way the same documents and highlights, in page order.
 */
final class PageHits {
  /** Below this many hits a second thread's hand-over costs about what it saves. */
  static final int MIN_SPLIT = 4;

  private final Snippets snippets;
  private final Set<String> fields;
  private final SpareCores cores;
  private final TaskExecutor parts;

  /** @param fields the stored fields a hit needs: what it shows and at least {@link Snippets#FIELDS} */
  PageHits(Snippets snippets, Set<String> fields, SpareCores cores) {
    this.snippets = snippets;
    this.fields = fields;
    this.cores = cores;
    this.parts = new TaskExecutor(cores);
  }

  /** The page's stored documents and highlights, both in the order of {@code docIds}. */
  record Read(Document[] docs, List<Snippets.Highlight> highlights) {}

  Read read(IndexSearcher searcher, Query query, int[] docIds) throws IOException {
    if (docIds.length < MIN_SPLIT || !cores.free()) {
      return part(searcher, query, docIds);
    }
    int half = docIds.length / 2;
    int[] first = Arrays.copyOfRange(docIds, 0, half);
    int[] second = Arrays.copyOfRange(docIds, half, docIds.length);
    List<Callable<Read>> halves = List.of(() -> part(searcher, query, first), () -> part(searcher, query, second));
    List<Read> read = parts.invokeAll(halves);
    return joined(read.get(0), read.get(1));
  }

  /** One piece of the page, on whichever thread runs it (stored fields are read per thread). */
  private Read part(IndexSearcher searcher, Query query, int[] docIds) throws IOException {
    StoredFields stored = searcher.storedFields();
    Document[] docs = new Document[docIds.length];
    for (int i = 0; i < docIds.length; i++) {
      docs[i] = stored.document(docIds[i], fields);
    }
    return new Read(docs, snippets.highlight(searcher, query, docIds, docs));
  }

  private static Read joined(Read first, Read second) {
    Document[] docs = Arrays.copyOf(first.docs(), first.docs().length + second.docs().length);
    System.arraycopy(second.docs(), 0, docs, first.docs().length, second.docs().length);
    List<Snippets.Highlight> highlights = new ArrayList<>(first.highlights());
    highlights.addAll(second.highlights());
    return new Read(docs, highlights);
  }
}
