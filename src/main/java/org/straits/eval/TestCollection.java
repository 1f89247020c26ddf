package org.straits.eval;

import java.util.List;
import org.straits.ingest.SourceDocument;

/**
 * Documents and one or more query sets judged against them (DRCD has its questions in both
 * scripts over the same paragraphs, so they share one index).
 */
public record TestCollection(String name, List<SourceDocument> documents, List<QuerySet> querySets) {
  public TestCollection {
    documents = List.copyOf(documents);
    querySets = List.copyOf(querySets);
  }
}
