package org.straits.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * A page's hits read and highlighted: each hit's stored fields read once, for what the hit shows
 * and what its snippets are made of, then its title and snippets. After the search pass this is
 * most of a request's time (docs/benchmarks.md, "Intra-query concurrency"), and each hit's part
 * of it is its own: a hit's marks and passages depend on its own text and matches, the page's
 * highlight query is pruned only of what matches none of its hits ({@link PageHighlightQuery}).
 * So when a core is free ({@link SpareCores#free}) the later hits are read on that core while
 * the caller does the request's other work and then the first hits (the caller runs the helper's
 * share itself if no helper has started it); otherwise the page is read in one piece, as before.
 * Either way the same documents and highlights, in page order.
 */
final class PageHits {
  /** Below this many hits a second thread's hand-over costs about what it saves. */
  static final int MIN_SPLIT = 4;

  private final Snippets snippets;
  private final Set<String> fields;
  private final SpareCores cores;

  /** @param fields the stored fields a hit needs: what it shows and at least {@link Snippets#FIELDS} */
  PageHits(Snippets snippets, Set<String> fields, SpareCores cores) {
    this.snippets = snippets;
    this.fields = fields;
    this.cores = cores;
  }

  /** The page's stored documents and highlights, both in the order of the page, and what was done besides. */
  record Read<B>(Document[] docs, List<Snippets.Highlight> highlights, B besides) {}

  /**
   * Reads the page {@code docIds} and runs {@code besides} (the request's work that needs no
   * hit's text: versions, facet values) on this thread meanwhile.
   */
  <B> Read<B> read(IndexSearcher searcher, Query query, int[] docIds, SearchSlots.Work<B> besides)
      throws IOException {
    if (docIds.length < MIN_SPLIT || !cores.free()) {
      Read<Void> whole = part(searcher, query, docIds);
      return new Read<>(whole.docs(), whole.highlights(), besides.run());
    }
    // The caller's share is the smaller: it also does the besides (about four hits' worth at the median).
    int mine = docIds.length * 2 / 5;
    int[] first = Arrays.copyOfRange(docIds, 0, mine);
    int[] rest = Arrays.copyOfRange(docIds, mine, docIds.length);
    SpareCores.Part<Read<Void>> later = cores.fork(() -> part(searcher, query, rest));
    try {
      B done = besides.run();
      Read<Void> own = part(searcher, query, first);
      return joined(own, later.join(), done);
    } finally {
      later.settle();
    }
  }

  /** One piece of the page, on whichever thread runs it (stored fields are read per thread). */
  private Read<Void> part(IndexSearcher searcher, Query query, int[] docIds) throws IOException {
    StoredFields stored = searcher.storedFields();
    Document[] docs = new Document[docIds.length];
    for (int i = 0; i < docIds.length; i++) {
      docs[i] = stored.document(docIds[i], fields);
    }
    return new Read<>(docs, snippets.highlight(searcher, query, docIds, docs), null);
  }

  private static <B> Read<B> joined(Read<Void> first, Read<Void> second, B besides) {
    Document[] docs = Arrays.copyOf(first.docs(), first.docs().length + second.docs().length);
    System.arraycopy(second.docs(), 0, docs, first.docs().length, second.docs().length);
    List<Snippets.Highlight> highlights = new ArrayList<>(first.highlights());
    highlights.addAll(second.highlights());
    return new Read<>(docs, highlights, besides);
  }
}
