package org.straits.eval;

import java.util.List;
import java.util.Map;

/**
 * Queries and their judgments over one collection's documents.
 *
 * @param name how it is reported, e.g. "cisi", "drcd-simplified"
 * @param queries the queries; only those with at least one relevant judgment are scored
 * @param qrels query id → document id → relevance grade (above zero is relevant)
 */
public record QuerySet(String name, List<EvalQuery> queries, Map<String, Map<String, Integer>> qrels) {
  public QuerySet {
    queries = List.copyOf(queries);
    qrels = Map.copyOf(qrels);
  }

  /** The queries that count: those with a relevant document. */
  public List<EvalQuery> judged() {
    return queries.stream()
        .filter(q -> qrels.getOrDefault(q.id(), Map.of()).values().stream().anyMatch(g -> g > 0))
        .toList();
  }
}
